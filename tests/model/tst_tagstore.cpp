#include "casefile.h"
#include "caseseed.h"
#include "tagstore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Casebinder;
using namespace TestSupport;
using namespace Qt::StringLiterals;

class TestTagStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::optional<CaseFile> m_case;
    QList<qint64> m_documents;

    TagStore store() { return m_case->tags(); }
    qint64 create(const QString &name, std::optional<qint64> parent = {})
    {
        auto id = store().create({0, parent, name, u"#336699"_s, {}});
        return id.value_or(0);
    }

private slots:
    void init()
    {
        static int n = 0;
        auto created = CaseFile::create(m_dir.filePath(u"tags%1.casebinder"_s.arg(++n)), {});
        QVERIFY(created);
        m_case = std::move(*created);
        auto ids = seedDocuments(m_case->db(),
                                 {{DocumentKind::Exhibit, u"One"_s, u"A"_s, {}, {}, {}, {u"p1"_s}},
                                  {DocumentKind::Exhibit, u"Two"_s, u"B"_s}});
        QVERIFY(ids);
        m_documents = *ids;
        QVERIFY(seedPosts(*m_case, numberedPosts(3)));
    }

    void errorsAreValuesNotCrashes()
    {
        QCOMPARE(store().tag(77).error().code, Error::Code::NotFound);
        QCOMPARE(store().remove(77).error().code, Error::Code::NotFound);
        QCOMPARE(store().update({77, {}, u"x"_s, u"#000000"_s, {}}).error().code,
                 Error::Code::NotFound);
        QVERIFY(!store().create({0, {}, {}, u"#000000"_s, {}}));                  // no name
        QVERIFY(!store().create({0, {}, u"Bad"_s, u"red"_s, {}}));                // not #rrggbb
        QVERIFY(!store().create({0, qint64(77), u"Orphan"_s, u"#000000"_s, {}})); // no parent
        const qint64 hot = create(u"Hot"_s);
        QVERIFY(hot);
        auto twin = store().create({0, {}, u"Hot"_s, u"#000000"_s, {}});
        QVERIFY(!twin); // siblings have unique names
        QCOMPARE(store().apply(77, {{TagTargetKind::Post, 1}}).error().code, Error::Code::NotFound);
        QVERIFY(!store().apply(hot, {{TagTargetKind::Post, 99}})); // no such post
        QVERIFY(store().targetsOf(hot)->isEmpty());                // and nothing applied
        QCOMPARE(store().find(u"Cold"_s).error().code, Error::Code::NotFound);
    }

    void countsAndListsTaggingsPerTarget()
    {
        const qint64 issues = create(u"Issues"_s);
        const qint64 damages = create(u"Damages"_s, issues);
        const qint64 alpha = create(u"alpha"_s);
        QVERIFY(issues && damages && alpha);
        QCOMPARE(*store().path(damages), u"Issues/Damages"_s);
        QCOMPARE(store().find(u"Issues/Damages"_s)->id, damages);

        const TagTarget one{TagTargetKind::Document, m_documents.at(0)};
        const TagTarget two{TagTargetKind::Document, m_documents.at(1)};
        QCOMPARE(store().apply(damages, {one, two})->size(), 2);
        QCOMPARE(store().apply(damages, {one})->size(), 0); // already there
        QVERIFY(store().apply(alpha, {one, {TagTargetKind::Post, 2}}));
        auto page = store().pageTarget(m_documents.at(0), 1);
        QVERIFY(page);
        QVERIFY(store().apply(issues, {*page}));
        QCOMPARE(store().pageTarget(m_documents.at(1), 1).error().code, Error::Code::NotFound);

        auto usage = store().usageCounts();
        QVERIFY(usage);
        QCOMPARE(usage->value(damages), 2);
        QCOMPARE(usage->value(alpha), 2);
        QCOMPARE(usage->value(issues), 1);
        QCOMPARE(*store().usageCount(damages), 2);

        auto byDocument = store().tagsByTarget(TagTargetKind::Document);
        QVERIFY(byDocument);
        QCOMPARE(byDocument->size(), 2);
        // By name in binary order, as lists show them: "Damages" before "alpha".
        const QList<TagRecord> first = byDocument->value(m_documents.at(0));
        QCOMPARE(first.size(), 2);
        QCOMPARE(first.at(0).name, u"Damages"_s);
        QCOMPARE(first.at(0).parentId, std::optional<qint64>(issues));
        QCOMPARE(first.at(1).name, u"alpha"_s);
        QCOMPARE(first.at(1).color, u"#336699"_s);
        QVERIFY(!store().tagsByTarget(TagTargetKind::Event)->contains(m_documents.at(0)));

        auto names = store().tagNamesOf(TagTargetKind::Document, {m_documents.at(1), 4242});
        QVERIFY(names);
        QCOMPARE(names->value(m_documents.at(1)), QStringList{u"Damages"_s});
        QVERIFY(!names->contains(4242));
        QVERIFY(store().tagNamesOf(TagTargetKind::Post, {})->isEmpty());

        QCOMPARE(store().unapply(damages, {one})->size(), 1);
        QCOMPARE(store().usageCounts()->value(damages), 1);
        // Deleting a tag removes its subtree and its taggings.
        QVERIFY(store().remove(issues));
        QVERIFY(!store().usageCounts()->contains(damages));
        QCOMPARE(store().tags()->size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestTagStore)
#include "tst_tagstore.moc"

#include "casefile.h"
#include "caseseed.h"
#include "entitystore.h"
#include "eventstore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Casebinder;
using namespace TestSupport;
using namespace Qt::StringLiterals;

class TestEntityStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::optional<CaseFile> m_case;
    qint64 m_document = 0;
    qint64 m_event = 0;

    EntityStore store() { return m_case->entities(); }

private slots:
    void init()
    {
        static int n = 0;
        auto created = CaseFile::create(m_dir.filePath(u"entities%1.casebinder"_s.arg(++n)), {});
        QVERIFY(created);
        m_case = std::move(*created);
        auto document = seedDocument(*m_case, {DocumentKind::Exhibit, u"Agreement"_s, u"A"_s});
        QVERIFY(document);
        m_document = *document;
        EventRecord event;
        event.date = *EventDate::parse(u"2021-01-10"_s);
        event.title = u"Suspension"_s;
        auto inserted = m_case->events().insert(event);
        QVERIFY(inserted);
        m_event = *inserted;
    }

    void storesReadsAndOrdersByName()
    {
        auto parler = store().insert(
            {0, EntityKind::Organisation, u"  parler LLC "_s, EntityRole::Party, u"d"_s, {}});
        auto aws = store().insert(
            {0, EntityKind::Organisation, u"Amazon"_s, EntityRole::ThirdParty, {}, u"n"_s});
        QVERIFY(parler && aws);
        auto read = store().entity(*parler);
        QVERIFY(read);
        QCOMPARE(read->name, u"parler LLC"_s); // trimmed
        QCOMPARE(read->role, EntityRole::Party);
        QCOMPARE(read->description, u"d"_s);
        auto all = store().entities();
        QVERIFY(all);
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(0).id, *aws); // case-insensitive: Amazon before parler
        // A redo inserts with the id it had.
        QVERIFY(store().remove(*aws));
        QCOMPARE(*store().insert({*aws, EntityKind::Person, u"Again"_s, {}, {}, {}}), *aws);
    }

    void refusesWhatItCannotStore()
    {
        auto unnamed = store().insert({0, EntityKind::Person, u"  "_s, {}, {}, {}});
        QVERIFY(!unnamed);
        QCOMPARE(unnamed.error().code, Error::Code::InvalidArgument);
        auto missing = store().update({4242, EntityKind::Person, u"Nobody"_s, {}, {}, {}});
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, Error::Code::NotFound);
        QCOMPARE(store().remove(4242).error().code, Error::Code::NotFound);
        QCOMPARE(store().entity(4242).error().code, Error::Code::NotFound);
        const qint64 id = *store().insert({0, EntityKind::Person, u"Judge"_s, {}, {}, {}});
        auto taken = store().insert({id, EntityKind::Person, u"Twin"_s, {}, {}, {}});
        QVERIFY(!taken); // the id is in use
        QCOMPARE(taken.error().code, Error::Code::Constraint);
        QCOMPARE(store().linkEvent(id, 999).error().code, Error::Code::NotFound);
        QCOMPARE(store().linkDocument(999, m_document).error().code, Error::Code::NotFound);
    }

    void linksAreIdempotentAndCounted()
    {
        const qint64 a = *store().insert({0, EntityKind::Person, u"Alice"_s, {}, {}, {}});
        const qint64 b = *store().insert({0, EntityKind::Person, u"Bob"_s, {}, {}, {}});
        QCOMPARE(*store().linkEvent(a, m_event), true);
        QCOMPARE(*store().linkEvent(a, m_event), false);
        QCOMPARE(*store().linkDocument(a, m_document), true);
        QCOMPARE(*store().linkDocument(b, m_document), true);
        QCOMPARE(*store().eventsOf(a), QList<qint64>{m_event});
        QCOMPARE(*store().documentsOf(b), QList<qint64>{m_document});
        QCOMPARE(store().entitiesOfDocument(m_document)->size(), 2);
        QCOMPARE(store().entitiesOfEvent(m_event)->constFirst().name, u"Alice"_s);

        auto usage = store().usage();
        QVERIFY(usage);
        QCOMPARE(usage->value(a), (EntityUsage{1, 1}));
        QCOMPARE(usage->value(b), (EntityUsage{0, 1}));
        QCOMPARE(*store().unlinkDocument(b, m_document), true);
        QCOMPARE(*store().unlinkDocument(b, m_document), false);
        QVERIFY(!store().usage()->contains(b)); // unlinked: absent
        // Removing an entity removes its links.
        QVERIFY(store().remove(a));
        QVERIFY(store().usage()->isEmpty());
        QVERIFY(store().entitiesOfEvent(m_event)->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEntityStore)
#include "tst_entitystore.moc"

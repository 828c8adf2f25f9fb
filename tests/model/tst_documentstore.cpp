#include "casefile.h"
#include "caseseed.h"
#include "documentstore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Casebinder;
using namespace TestSupport;
using namespace Qt::StringLiterals;

class TestDocumentStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::optional<CaseFile> m_case;
    QList<qint64> m_ids; // Complaint (1), Motion (10), Order (9), Ex. B, Ex. AA, Memo

    DocumentStore store() { return m_case->documents(); }

private slots:
    void init()
    {
        static int n = 0;
        auto created = CaseFile::create(m_dir.filePath(u"documents%1.casebinder"_s.arg(++n)), {});
        QVERIFY(created);
        m_case = std::move(*created);
        auto ids = seedDocuments(
            m_case->db(),
            {
                {DocumentKind::Filing, u"Complaint"_s, {}, u"1"_s, {}, u"2021-01-11"_s, {u"a"_s}},
                {DocumentKind::Filing, u"Motion"_s, {}, u"10"_s, {}, {}, {u"b"_s, u"c"_s}},
                {DocumentKind::Filing, u"Order"_s, {}, u"9"_s},
                {DocumentKind::Exhibit, u"Agreement"_s, u"B"_s, {}, u"2020-12-01"_s},
                {DocumentKind::Exhibit, {}, u"AA"_s, {}, {}, {}, {}, false, u"emails.mbox"_s},
                {DocumentKind::Other, u"Memo"_s, {}, {}, {}, {}, {}, true},
            });
        QVERIFY2(ids, qPrintable(ids ? QString() : ids.error().fullText()));
        m_ids = *ids;
    }

    void readsWhatAnImportStored()
    {
        auto complaint = store().document(m_ids.at(0));
        QVERIFY(complaint);
        QCOMPARE(complaint->kind, DocumentKind::Filing);
        QCOMPARE(complaint->docketNumber, u"1"_s);
        QCOMPARE(complaint->filedDate, u"2021-01-11"_s);
        QVERIFY(complaint->documentDate.isNull());
        QVERIFY(complaint->exhibitLabel.isNull());
        QCOMPARE(complaint->pageCount, 1);
        QCOMPARE(*store().pageText(m_ids.at(1), 2), u"c"_s);
        QCOMPARE(store().pages(m_ids.at(1))->size(), 2);
        QCOMPARE(*store().count(), 6);
        QCOMPARE(store().documents(DocumentKind::Exhibit)->size(), 2);
        QVERIFY(store().original(m_ids.at(0))->startsWith("test seed "));
    }

    void missingDocumentsAreErrors()
    {
        auto missing = store().document(9999);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, Error::Code::NotFound);
        auto fields = store().fields(9999, {DocumentField::Title});
        QVERIFY(!fields);
        QCOMPARE(fields.error().code, Error::Code::NotFound);
        auto privileged = store().setPrivileged(9999, true);
        QVERIFY(!privileged);
        QCOMPARE(privileged.error().code, Error::Code::NotFound);
        QVERIFY(!store().checkCitablePages(9999, 1, 1));
        auto beyond = store().checkCitablePages(m_ids.at(1), 2, 3);
        QVERIFY(!beyond);
        QVERIFY(beyond.error().message.contains(u"beyond the end"_s));
        QVERIFY(store().checkCitablePages(m_ids.at(1), 1, 2));
    }

    void listingOrdersFilingsByDocketAndExhibitsByLabel()
    {
        auto all = store().listing();
        QVERIFY(all);
        QList<qint64> order;
        for (const DocumentRecord &document : std::as_const(*all))
            order.append(document.id);
        // Dkt. 1, 9, 10 (as numbers), then Ex. B before AA, then the rest.
        QCOMPARE(
            order,
            (QList<qint64>{
                m_ids.at(0), m_ids.at(2), m_ids.at(1), m_ids.at(3), m_ids.at(4), m_ids.at(5)}));
        auto exhibits = store().listing(DocumentKind::Exhibit);
        QVERIFY(exhibits);
        QCOMPARE(exhibits->size(), 2);
        QCOMPARE(exhibits->at(1).sourceName, u"emails.mbox"_s);
        QVERIFY(store().listing(DocumentKind::Other)->constFirst().privileged);
    }

    void fieldsRoundTripWithNullsForClearedFields()
    {
        const qint64 id = m_ids.at(3);
        auto before = store().fields(
            id, {DocumentField::ExhibitLabel, DocumentField::BatesBegin, DocumentField::Title});
        QVERIFY(before);
        QCOMPARE(before->value(DocumentField::ExhibitLabel), u"B"_s);
        QVERIFY(before->value(DocumentField::BatesBegin).isNull());

        QVERIFY(store().setFields(id,
                                  {{DocumentField::BatesBegin, u"  AMZ-0001 "_s},
                                   {DocumentField::ExhibitLabel, u""_s},
                                   {DocumentField::Notes, u"  as typed "_s}}));
        auto record = store().document(id);
        QVERIFY(record);
        QCOMPARE(record->batesBegin, u"AMZ-0001"_s); // trimmed
        QVERIFY(record->exhibitLabel.isNull());      // cleared: NULL, not ""
        QCOMPARE(record->notes, u"  as typed "_s);   // notes are kept as typed

        QVERIFY(store().setFields(id, *before));
        QCOMPARE(store().document(id)->exhibitLabel, u"B"_s);
        QVERIFY(store().document(id)->batesBegin.isNull());
    }

    void aConstraintViolationIsAnError()
    {
        // Validation is the command's; the schema still refuses what it cannot hold.
        auto refused = store().setFields(m_ids.at(0), {{DocumentField::DateSource, u"rumour"_s}});
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Constraint);
        QVERIFY(store().document(m_ids.at(0))->dateSource == DateSource::Unknown);
    }

    void exhibitLabelsAreFoundCaseInsensitively()
    {
        auto user = store().exhibitLabelUser(u"aa"_s, m_ids.at(3));
        QVERIFY(user);
        QVERIFY(user->has_value());
        QCOMPARE(**user, QString()); // that exhibit has no title of its own
        user = store().exhibitLabelUser(u"b"_s, m_ids.at(3)); // its own label
        QVERIFY(user);
        QVERIFY(!user->has_value());
        QVERIFY(!store().exhibitLabelUser(u"ZZ"_s, 0)->has_value());
    }

    void privilegeReportsWhetherItChanged()
    {
        const qint64 id = m_ids.at(0);
        QCOMPARE(*store().setPrivileged(id, true), true);
        QCOMPARE(*store().setPrivileged(id, true), false);
        QVERIFY(store().document(id)->privileged);
        QCOMPARE(*store().setPrivileged(id, false), true);
        QVERIFY(!store().document(id)->privileged);
    }

    void duplicatesAreFoundBySha256()
    {
        const QString sha = store().document(m_ids.at(2))->blobSha256;
        auto found = store().findBySha256(sha);
        QVERIFY(found);
        QVERIFY(found->has_value());
        QCOMPARE((*found)->id, m_ids.at(2));
        QVERIFY(!store().findBySha256(QString(64, u'0'))->has_value());
    }
};

QTEST_GUILESS_MAIN(TestDocumentStore)
#include "tst_documentstore.moc"

// Bates numbering (BatesStore, AssignBatesCommand) and the privilege-log fields of a document
// (SetDocumentFieldsCommand with PrivilegeBasis / PrivilegeDescription), with undo.
#include "batesstore.h"
#include "casedocument.h"
#include "caseseed.h"
#include "commands/batescommands.h"
#include "commands/documentcommands.h"
#include "documentstore.h"
#include "rowloop.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Casebinder;
using namespace TestSupport;
using namespace Qt::StringLiterals;

class TestBatesCommands : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CaseDocument> m_document;
    QList<qint64> m_ids; // Complaint (2 pages), Exhibit A (3 pages), Memo (1 page, privileged)

    DocumentRecord document(qint64 id) { return *m_document->documents().document(id); }

    QStringList pageNumbers(qint64 id)
    {
        auto numbers = BatesStore(m_document->caseFile().db()).pageNumbers(id);
        return numbers ? QStringList(*numbers) : QStringList{numbers.error().message};
    }

    Status assign(const QString &prefix, qint64 start, int digits, QList<qint64> ids = {})
    {
        return m_document->push(std::make_unique<AssignBatesCommand>(
            *m_document, BatesScheme{prefix, start, digits}, std::move(ids)));
    }

private slots:
    void init()
    {
        static int n = 0;
        auto created = CaseFile::create(m_dir.filePath(u"bates%1.casebinder"_s.arg(++n)), {});
        QVERIFY(created);
        auto ids = seedDocuments(
            created->db(),
            {
                {DocumentKind::Filing, u"Complaint"_s, {}, u"1"_s, {}, {}, {u"a"_s, u"b"_s}},
                {DocumentKind::Exhibit,
                 u"Agreement"_s,
                 u"A"_s,
                 {},
                 {},
                 {},
                 {u"1"_s, u"2"_s, u"3"_s}},
                {DocumentKind::Other, u"Memo"_s, {}, {}, {}, {}, {u"m"_s}, true},
            });
        QVERIFY2(ids, qPrintable(ids ? QString() : ids.error().fullText()));
        m_ids = *ids;
        m_document = std::make_unique<CaseDocument>(std::move(*created));
    }

    void numbersEveryPageAndUndoes()
    {
        QVERIFY(assign(u"PARLER"_s, 1, 6));
        QCOMPARE(document(m_ids[0]).batesBegin, u"PARLER000001"_s);
        QCOMPARE(document(m_ids[0]).batesEnd, u"PARLER000002"_s);
        QCOMPARE(pageNumbers(m_ids[1]),
                 (QStringList{u"PARLER000003"_s, u"PARLER000004"_s, u"PARLER000005"_s}));
        QCOMPARE(document(m_ids[2]).batesBegin, u"PARLER000006"_s);
        QCOMPARE(document(m_ids[2]).batesEnd, u"PARLER000006"_s);
        QCOMPARE(m_document->undoStack()->count(), 1);
        QCOMPARE(m_document->undoStack()->text(0),
                 u"Assign Bates numbers PARLER000001\u2013PARLER000006"_s);

        m_document->undoStack()->undo();
        QVERIFY(document(m_ids[0]).batesBegin.isNull());
        QVERIFY(document(m_ids[2]).batesEnd.isNull());
        QCOMPARE(pageNumbers(m_ids[1]), (QStringList{u""_s, u""_s, u""_s}));
        m_document->undoStack()->redo();
        QCOMPARE(pageNumbers(m_ids[1]).constLast(), u"PARLER000005"_s);
    }

    void numbersTheDocumentsNamedInTheirOrder()
    {
        QVERIFY(assign(u"DEF-"_s, 100, 4, {m_ids[2], m_ids[0]}));
        QCOMPARE(document(m_ids[2]).batesBegin, u"DEF-0100"_s);
        QCOMPARE(pageNumbers(m_ids[0]), (QStringList{u"DEF-0101"_s, u"DEF-0102"_s}));
        QVERIFY(document(m_ids[1]).batesBegin.isNull());
        // Continuing the run numbers only what is left.
        QVERIFY(assign(u"DEF-"_s, 103, 4));
        QCOMPARE(document(m_ids[1]).batesBegin, u"DEF-0103"_s);
        QCOMPARE(document(m_ids[1]).batesEnd, u"DEF-0105"_s);
        // Nothing left to number.
        auto none = assign(u"DEF-"_s, 106, 4);
        QVERIFY(!none);
        QCOMPARE(none.error().code, Error::Code::NotFound);
    }

    void refusesOverlapsGapsAndRenumbering()
    {
        QVERIFY(assign(u"PARLER"_s, 1, 6, {m_ids[0]}));
        const int steps = m_document->undoStack()->count();

        auto overlap = assign(u"PARLER"_s, 2, 6, {m_ids[1]});
        QVERIFY(!overlap);
        QCOMPARE(overlap.error().code, Error::Code::Duplicate);
        QVERIFY2(overlap.error().message.contains(u"PARLER000002 is already used"_s),
                 qPrintable(overlap.error().message));
        // Other padding, same number: still an overlap.
        QVERIFY(!assign(u"parler"_s, 1, 3, {m_ids[1]}));

        auto gap = assign(u"PARLER"_s, 10, 6, {m_ids[1]});
        QVERIFY(!gap);
        QVERIFY2(gap.error().message.contains(u"gap"_s), qPrintable(gap.error().message));
        QVERIFY2(gap.error().message.contains(u"Start at 3"_s), qPrintable(gap.error().message));

        auto again = assign(u"OTHER"_s, 1, 6, {m_ids[0]});
        QVERIFY(!again);
        QCOMPARE(again.error().code, Error::Code::Duplicate);
        QVERIFY(again.error().message.contains(u"already has the Bates number PARLER000001"_s));

        auto twice = assign(u"PARLER"_s, 3, 6, {m_ids[1], m_ids[1]});
        QVERIFY(!twice);
        QVERIFY(!assign(u"PARLER"_s, 3, 6, {9999}));

        // A refused command is not on the stack and changed nothing.
        QCOMPARE(m_document->undoStack()->count(), steps);
        QVERIFY(document(m_ids[1]).batesBegin.isNull());
        QCOMPARE(pageNumbers(m_ids[1]), (QStringList{u""_s, u""_s, u""_s}));

        // Right after the last number is fine; so is a run that ends just before the first.
        QVERIFY(assign(u"PARLER"_s, 3, 6, {m_ids[1]}));
        QCOMPARE(document(m_ids[1]).batesEnd, u"PARLER000005"_s);
    }

    void numbersTypedByHandCount()
    {
        // A range entered with document set (or a load file) has no page numbers, but its
        // numbers are taken.
        QVERIFY(m_document->push(std::make_unique<SetDocumentFieldsCommand>(
            *m_document,
            m_ids[0],
            DocumentEdit{{DocumentField::BatesBegin, u"ABC0010"_s},
                         {DocumentField::BatesEnd, u"ABC0019"_s}})));
        auto inside = assign(u"ABC"_s, 15, 4, {m_ids[1]});
        QVERIFY(!inside);
        QVERIFY2(inside.error().message.contains(u"Complaint"_s),
                 qPrintable(inside.error().message));
        QVERIFY(!assign(u"ABC"_s, 30, 4, {m_ids[1]})); // a gap after 19
        QVERIFY(assign(u"ABC"_s, 7, 4, {m_ids[1]}));   // 7–9 ends right before 10
        QCOMPARE(document(m_ids[1]).batesBegin, u"ABC0007"_s);
    }

    void badSchemesAreRefused_data()
    {
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<qint64>("start");
        QTest::addColumn<int>("digits");
        QTest::newRow("empty prefix") << QString() << qint64(1) << 6;
        QTest::newRow("digit at the end") << u"VOL2"_s << qint64(1) << 6;
        QTest::newRow("space") << u"A B"_s << qint64(1) << 6;
        QTest::newRow("no digits") << u"A"_s << qint64(1) << 0;
        QTest::newRow("start too wide") << u"A"_s << qint64(1000) << 3;
        QTest::newRow("run too long") << u"A"_s << qint64(995) << 3; // 6 pages: 995–1000
    }

    void badSchemesAreRefused()
    {
        QFETCH(QString, prefix);
        QFETCH(qint64, start);
        QFETCH(int, digits);
        auto refused = assign(prefix, start, digits);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::InvalidArgument);
        QCOMPARE(m_document->undoStack()->count(), 0);
    }

    void privilegeFieldsAreEditableWithUndo()
    {
        const qint64 memo = m_ids[2];
        QCOMPARE(document(memo).privilegeBasis, PrivilegeBasis::Unknown);
        QVERIFY(m_document->push(std::make_unique<SetDocumentFieldsCommand>(
            *m_document,
            memo,
            DocumentEdit{{DocumentField::PrivilegeBasis, u"attorney-client"_s}})));
        QVERIFY(m_document->push(std::make_unique<SetDocumentFieldsCommand>(
            *m_document,
            memo,
            DocumentEdit{
                {DocumentField::PrivilegeDescription,
                 u"  E-mail from counsel giving legal advice on the hosting contract "_s}})));
        QCOMPARE(document(memo).privilegeBasis, PrivilegeBasis::AttorneyClient);
        QCOMPARE(document(memo).privilegeDescription,
                 u"E-mail from counsel giving legal advice on the hosting contract"_s);
        QCOMPARE(m_document->undoStack()->text(0), u"Set privilege basis"_s);
        QCOMPARE(m_document->undoStack()->text(1), u"Edit privilege description"_s);
        QCOMPARE(privilegeBasisLabel(PrivilegeBasis::AttorneyClient),
                 u"Attorney\u2013client privilege"_s);

        m_document->undoStack()->undo();
        QVERIFY(document(memo).privilegeDescription.isEmpty());
        m_document->undoStack()->undo();
        QCOMPARE(document(memo).privilegeBasis, PrivilegeBasis::Unknown);

        auto bad = m_document->push(std::make_unique<SetDocumentFieldsCommand>(
            *m_document, memo, DocumentEdit{{DocumentField::PrivilegeBasis, u"secret"_s}}));
        QVERIFY(!bad);
        QCOMPARE(bad.error().code, Error::Code::InvalidArgument);
        QVERIFY(bad.error().message.contains(u"attorney-client, work-product or other"_s));
        // The schema holds the same line for writers that bypass the command.
        QVERIFY(!m_document->documents().setFields(
            memo, DocumentEdit{{DocumentField::PrivilegeBasis, u"secret"_s}}));
    }
};

QTEST_GUILESS_MAIN(TestBatesCommands)
#include "tst_batescommands.moc"

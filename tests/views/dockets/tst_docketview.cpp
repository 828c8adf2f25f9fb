// The Docket view: every entry and attachment with its filing; activation opens the filing;
// linking by hand from the view is one undo step.
#include "dockets/docketview.h"
#include "importsession.h"
#include "models/docketentriesmodel.h"
#include "views/viewerfixtures.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace Casebinder;
using namespace Casebinder::Views;
using namespace Qt::StringLiterals;

class TestDocketView final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_case = std::make_unique<TestCase>();
        QVERIFY(m_case->create());
        m_order = m_case->addDocument(
            u"order.pdf"_s, u"application/pdf"_s, "%PDF-1.4 order", {u"ORDER"_s});
        QVERIFY(m_order > 0);
        auto session = ImportSession::begin(m_case->document->caseFile().db(), {});
        QVERIFY(session);
        Docket docket;
        docket.courtId = u"wawd"_s;
        docket.docketNumber = u"2:21-cv-00031"_s;
        docket.caseName = u"Parler LLC v. Amazon Web Services, Inc."_s;
        DocketEntry complaint;
        complaint.documentNumber = u"1"_s;
        complaint.dateFiled = QDate(2021, 1, 11);
        complaint.description = u"COMPLAINT"_s;
        DocketEntry order;
        order.documentNumber = u"34"_s;
        order.dateFiled = QDate(2021, 1, 21);
        order.description = u"ORDER denying motion for preliminary injunction."_s;
        order.attachments.append({1, u"Exhibit A"_s, {}});
        DocketEntry minute;
        minute.description = u"MINUTE ENTRY"_s; // no number, no date
        docket.entries = {complaint, order, minute};
        QVERIFY(session->dockets().save(docket, std::nullopt));
        QVERIFY(session->commit({}));
    }

    void listsEntriesAndAttachments()
    {
        DocketView view(*m_case->document);
        QAbstractItemModelTester tester(view.table()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModel *model = view.table()->model();
        // In docket order (the undated minute entry first), each attachment under its entry.
        QCOMPARE(model->rowCount(), 4);
        QCOMPARE(model->index(0, DocketEntriesModel::FiledColumn).data().toString(), u"unknown"_s);
        QCOMPARE(model->index(0, DocketEntriesModel::NumberColumn).data().toString(), QString());
        QCOMPARE(model->index(1, DocketEntriesModel::NumberColumn).data().toString(), u"1"_s);
        QCOMPARE(model->index(3, DocketEntriesModel::NumberColumn).data().toString(), u"34-1"_s);
        QCOMPARE(model->index(3, DocketEntriesModel::TextColumn).data().toString(), u"Exhibit A"_s);
        QCOMPARE(model->index(2, DocketEntriesModel::FilingColumn).data().toString(),
                 u"not in the case"_s);
        const auto *heading = view.findChild<QLabel *>(u"docketHeading"_s);
        QVERIFY(heading);
        QVERIFY2(heading->text().contains(u"(W.D. Wash.)"_s), qPrintable(heading->text()));
        // One docket: its column is hidden.
        QVERIFY(view.table()->isColumnHidden(DocketEntriesModel::DocketColumn));
    }

    void linkByHandAndUndo()
    {
        DocketView view(*m_case->document);
        QAbstractItemModel *model = view.table()->model();
        QSignalSpy opened(&view, &DocketView::openDocumentRequested);
        view.table()->setCurrentIndex(model->index(2, 0));
        QVERIFY(view.linkSelected(m_order));
        // Its own title stays; the docket number comes from the entry.
        QCOMPARE(model->index(2, DocketEntriesModel::FilingColumn).data().toString(),
                 u"order.pdf"_s);
        QCOMPARE(model->index(2, 0).data(DocketEntriesModel::DocumentIdRole).toLongLong(), m_order);
        QCOMPARE(m_case->document->documents().document(m_order)->docketNumber, u"34"_s);

        // Enter on the linked entry opens its filing.
        view.table()->setFocus();
        view.table()->setCurrentIndex(model->index(2, 0));
        emit view.table()->activated(model->index(2, 0));
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.constFirst().at(0).toLongLong(), m_order);

        // A second filing cannot take the same entry.
        view.table()->setCurrentIndex(model->index(1, 0));
        QVERIFY(!view.linkSelected(m_order));

        m_case->document->undoStack()->undo();
        QCOMPARE(model->index(2, DocketEntriesModel::FilingColumn).data().toString(),
                 u"not in the case"_s);
        auto record = m_case->document->documents().document(m_order);
        QVERIFY(record);
        QVERIFY(record->docketNumber.isEmpty());

        // Unlinking an entry that has no filing says so and changes nothing.
        view.table()->setCurrentIndex(model->index(1, 0));
        QVERIFY(!view.unlinkSelected());
    }

private:
    std::unique_ptr<TestCase> m_case;
    qint64 m_order = 0;
};

QTEST_MAIN(TestDocketView)
#include "tst_docketview.moc"

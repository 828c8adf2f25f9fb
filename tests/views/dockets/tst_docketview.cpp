// The Docket view: every entry with its filing and its attachments nested under it; search and
// filter; activation opens the filing; linking by hand from the view is one undo step; a
// filing's entry is found from the filing.
#include "dockets/docketfilter.h"
#include "dockets/docketview.h"
#include "importsession.h"
#include "models/docketentriesmodel.h"
#include "shell/inspector.h"
#include "views/viewerfixtures.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>
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
        QAbstractItemModelTester tester(view.tree()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModel *model = view.tree()->model();
        // In docket order (the undated minute entry first); the attachment under its entry.
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(model->index(0, DocketEntriesModel::FiledColumn).data().toString(), u"unknown"_s);
        QCOMPARE(model->index(0, DocketEntriesModel::NumberColumn).data().toString(), QString());
        QCOMPARE(model->index(1, DocketEntriesModel::NumberColumn).data().toString(), u"1"_s);
        const QModelIndex order = model->index(2, 0);
        QCOMPARE(order.data().toString(), u"34"_s);
        QCOMPARE(model->rowCount(order), 1);
        QCOMPARE(model->rowCount(model->index(1, 0)), 0);
        const QModelIndex exhibit = model->index(0, DocketEntriesModel::NumberColumn, order);
        QCOMPARE(exhibit.data().toString(), u"34-1"_s);
        QCOMPARE(exhibit.parent(), order);
        QCOMPARE(model->index(0, DocketEntriesModel::TextColumn, order).data().toString(),
                 u"Exhibit A"_s);
        QCOMPARE(model->rowCount(exhibit), 0); // attachments have nothing below them
        QCOMPARE(model->index(2, DocketEntriesModel::FilingColumn).data().toString(),
                 u"not in the case"_s);
        const auto *heading = view.findChild<QLabel *>(u"docketHeading"_s);
        QVERIFY(heading);
        QVERIFY2(heading->text().contains(u"(W.D. Wash.)"_s), qPrintable(heading->text()));
        // One docket: its column is hidden.
        QVERIFY(view.tree()->isColumnHidden(DocketEntriesModel::DocketColumn));
    }

    // The search narrows to the entries whose number, date, text or filing contain every word
    // (an entry stays for its matching attachment); the filter to filings in or not in the case.
    void searchAndFilter()
    {
        DocketView view(*m_case->document);
        QAbstractItemModelTester tester(view.tree()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModel *model = view.tree()->model();
        QTest::keyClicks(view.searchField(), u"preliminary INJUNCTION"_s);
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, 0).data().toString(), u"34"_s);
        view.searchField()->setText(u"exhibit"_s);
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->rowCount(model->index(0, 0)), 1);
        QCOMPARE(model->index(0, 0, model->index(0, 0)).data().toString(), u"34-1"_s);
        QVERIFY(view.tree()->isExpanded(model->index(0, 0)));
        view.searchField()->setText(u"no such words"_s);
        QCOMPARE(model->rowCount(), 0);
        view.searchField()->clear();
        QCOMPARE(model->rowCount(), 3);

        // Link the order, then filter on it.
        view.tree()->setCurrentIndex(model->index(2, 0));
        QVERIFY(view.linkSelected(m_order));
        QComboBox *filter = view.filingFilter();
        filter->setCurrentIndex(
            filter->findData(QVariant::fromValue(DocketFilter::Filing::InCase)));
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->index(0, 0).data(DocketEntriesModel::DocumentIdRole).toLongLong(), m_order);
        filter->setCurrentIndex(
            filter->findData(QVariant::fromValue(DocketFilter::Filing::NotInCase)));
        QCOMPARE(model->rowCount(), 3); // the two others, and the order kept for its exhibit
        QCOMPARE(model->rowCount(model->index(2, 0)), 1);
        filter->setCurrentIndex(0);
        QCOMPARE(model->rowCount(), 3);
    }

    // From a filing (the inspector's "Show on docket"), its entry is selected, even when the
    // search hid it.
    void showsTheEntryOfAFiling()
    {
        DocketView view(*m_case->document);
        QAbstractItemModel *model = view.tree()->model();
        QVERIFY(!view.showDocument(m_order)); // not linked yet
        view.tree()->setCurrentIndex(model->index(2, 0));
        QVERIFY(view.linkSelected(m_order));
        view.tree()->setCurrentIndex(model->index(0, 0));
        view.searchField()->setText(u"COMPLAINT"_s);
        QVERIFY(view.showDocument(m_order));
        QVERIFY(view.searchField()->text().isEmpty());
        QCOMPARE(view.tree()->currentIndex().data(DocketEntriesModel::DocumentIdRole).toLongLong(),
                 m_order);
        QCOMPARE(view.tree()->currentIndex().data(DocketEntriesModel::EntryNumberRole).toString(),
                 u"34"_s);
    }

    void linkByHandAndUndo()
    {
        DocketView view(*m_case->document);
        QAbstractItemModel *model = view.tree()->model();
        QSignalSpy opened(&view, &DocketView::openDocumentRequested);
        view.tree()->setCurrentIndex(model->index(2, 0));
        QVERIFY(view.linkSelected(m_order));
        // Its own title stays; the docket number comes from the entry.
        QCOMPARE(model->index(2, DocketEntriesModel::FilingColumn).data().toString(),
                 u"order.pdf"_s);
        QCOMPARE(model->index(2, 0).data(DocketEntriesModel::DocumentIdRole).toLongLong(), m_order);
        QCOMPARE(m_case->document->documents().document(m_order)->docketNumber, u"34"_s);

        // Enter on the linked entry opens its filing.
        view.tree()->setFocus();
        view.tree()->setCurrentIndex(model->index(2, 0));
        emit view.tree()->activated(model->index(2, 0));
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.constFirst().at(0).toLongLong(), m_order);

        // A second filing cannot take the same entry.
        view.tree()->setCurrentIndex(model->index(1, 0));
        QVERIFY(!view.linkSelected(m_order));

        m_case->document->undoStack()->undo();
        QCOMPARE(model->index(2, DocketEntriesModel::FilingColumn).data().toString(),
                 u"not in the case"_s);
        auto record = m_case->document->documents().document(m_order);
        QVERIFY(record);
        QVERIFY(record->docketNumber.isEmpty());

        // Unlinking an entry that has no filing says so and changes nothing.
        view.tree()->setCurrentIndex(model->index(1, 0));
        QVERIFY(!view.unlinkSelected());
    }

    // A filing the docket lists shows "Show Dkt. 34 of … on the docket" in the inspector; its
    // activation asks for the Docket view with that filing; a filing no docket lists has none.
    void inspectorLinksToTheDocket()
    {
        Inspector inspector;
        inspector.setCaseDocument(m_case->document.get());
        inspector.showDocument(m_order);
        QVERIFY(!inspector.findChild<QLabel *>(u"inspectorDocketLink"_s));

        DocketView view(*m_case->document);
        QAbstractItemModel *model = view.tree()->model();
        view.tree()->setCurrentIndex(model->index(0, 0, model->index(2, 0))); // 34-1
        QVERIFY(view.linkSelected(m_order));
        inspector.showDocument(m_order);
        QTRY_VERIFY(inspector.findChild<QLabel *>(u"inspectorDocketLink"_s));
        auto *link = inspector.findChild<QLabel *>(u"inspectorDocketLink"_s);
        QVERIFY2(link->text().contains(u"Show Dkt. 34-1 of 2:21-cv-00031 on the docket"_s),
                 qPrintable(link->text()));
        QSignalSpy asked(&inspector, &Inspector::showOnDocketRequested);
        emit link->linkActivated(u"docket"_s);
        QCOMPARE(asked.count(), 1);
        QCOMPARE(asked.constFirst().at(0).toLongLong(), m_order);
        // What the main window does with it.
        view.tree()->setCurrentIndex(model->index(0, 0));
        QVERIFY(view.showDocument(asked.constFirst().at(0).toLongLong()));
        QCOMPARE(view.tree()->currentIndex().data(DocketEntriesModel::EntryNumberRole).toString(),
                 u"34-1"_s);
        QVERIFY(view.tree()->isExpanded(view.tree()->currentIndex().parent()));
    }

private:
    std::unique_ptr<TestCase> m_case;
    qint64 m_order = 0;
};

QTEST_MAIN(TestDocketView)
#include "tst_docketview.moc"

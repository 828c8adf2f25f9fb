#include "casedocument.h"
#include "export/exportdialogs.h"
#include "papersize.h"
#include "report/exportfixture.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QGroupBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Casebinder;
using namespace ExportFixture;

class TestExportDialogs final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CaseDocument> m_document;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // QSettings stay out of the user's profile
        QSettings().remove(u"export/lastFolder"_s);
        auto caseFile = CaseFile::create(m_dir.filePath(u"dialogs.casebinder"_s), parlerCaption());
        QVERIFY(caseFile);
        const qint64 exhibit
            = addDocument(*caseFile, {.title = u"Customer Agreement"_s, .label = u"A"_s});
        const qint64 event = addEvent(
            *caseFile, {.start = u"2021-01-06"_s, .title = u"Riot at the U.S. Capitol"_s});
        addEventSource(*caseFile, event, exhibit, 1, 2);
        const qint64 claim = addClaim(*caseFile, u"Public interest"_s);
        linkEvent(*caseFile, claim, event, u"undermines"_s);
        m_document = std::make_unique<CaseDocument>(std::move(*caseFile));
    }

    void timelineDialogPreviewsAndExports()
    {
        Views::ExportTimelineDialog dialog(*m_document, nullptr);
        QSignalSpy preview(&dialog, &Views::ExportTimelineDialog::previewUpdated);
        QVERIFY(preview.wait(60000));
        QVERIFY(!dialog.previewImage().isNull());
        QVERIFY(dialog.previewImage().width() > dialog.previewImage().height()); // landscape

        const QString out = m_dir.filePath(u"dialog-timeline.pdf"_s);
        dialog.setOutputPath(out);
        QSignalSpy exported(&dialog, &Views::ExportDialog::exported);
        dialog.startExport();
        QVERIFY(dialog.isRunning());
        QVERIFY(exported.wait(60000));
        QVERIFY(dialog.lastResult() && *dialog.lastResult());
        QCOMPARE((*dialog.lastResult())->items, 1);
        QVERIFY(QFile::exists(out));
        QVERIFY(QFile::exists(out + u".manifest.json"_s));
    }

    // A fresh profile may have no Documents folder: the dialog offers a folder that exists, and
    // after an export the folder of that export (issue #21 §7).
    void exportFolderExistsAndIsRemembered()
    {
        QVERIFY(QFileInfo(Views::ExportDialog::exportFolder()).isDir());
        QCOMPARE(Views::ExportDialog::exportFolder(), m_dir.path()); // the export above
        QString gone;
        {
            QTemporaryDir removed;
            gone = removed.path();
        }
        QSettings().setValue(u"export/lastFolder"_s, gone);
        QVERIFY(Views::ExportDialog::exportFolder() != gone);
        QVERIFY(QFileInfo(Views::ExportDialog::exportFolder()).isDir());
        Views::ExportMatrixDialog dialog(*m_document, nullptr);
        QVERIFY(QFileInfo(QFileInfo(dialog.outputPath()).absolutePath()).isDir());
    }

    // One paper rule for the GUI and the CLI: the court, else the locale (issue #21 §7).
    void paperFollowsTheCourtThenTheLocale()
    {
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        const auto restore = qScopeGuard([] { QLocale::setDefault(QLocale::c()); });
        {
            Views::ExportMatrixDialog dialog(*m_document, nullptr); // a U.S. court
            auto *paper = dialog.findChild<QComboBox *>(u"pageSize"_s);
            QVERIFY(paper);
            QCOMPARE(paper->currentData().toInt(), int(QPageSize::Letter));
        }
        QVERIFY(Export::isUnitedStatesCourt(u"W.D. Wash."_s));
        QVERIFY(Export::isUnitedStatesCourt(u"U.S. Court of Appeals for the Ninth Circuit"_s));
        QVERIFY(Export::isUnitedStatesCourt(u"Superior Court of California"_s));
        QVERIFY(!Export::isUnitedStatesCourt(u"Tribunal judiciaire de Paris"_s));
        QCOMPARE(Export::defaultPageSize(u"Tribunal judiciaire de Paris"_s,
                                         QLocale(QLocale::French, QLocale::France)),
                 QPageSize::A4);
        QCOMPARE(
            Export::defaultPageSize(QString(), QLocale(QLocale::English, QLocale::UnitedStates)),
            QPageSize::Letter);
        QCOMPARE(Export::defaultPageSize(QString(), QLocale::c()), QPageSize::Letter);
        QCOMPARE(
            Export::defaultPageSize(u"W.D. Wash."_s, QLocale(QLocale::German, QLocale::Germany)),
            QPageSize::Letter);
    }

    // The export's own language (issue #21 §9): English by default here, French on request,
    // written into the export and its manifest.
    void exportLanguageIsChosenInTheDialog()
    {
        Views::ExportTimelineDialog dialog(*m_document, nullptr);
        auto *language = dialog.findChild<QComboBox *>(u"exportLanguage"_s);
        QVERIFY(language);
        QCOMPARE(language->currentData().toString(), u"en"_s);
        QCOMPARE(dialog.pdfOptions().language.code(), u"en"_s);
        const int french = language->findData(u"fr"_s);
        QVERIFY(french >= 0);
        QCOMPARE(language->itemText(french), u"Français"_s);
        language->setCurrentIndex(french);
        QCOMPARE(dialog.pdfOptions().language.code(), u"fr"_s);

        const QString out = m_dir.filePath(u"dialog-timeline-fr.pdf"_s);
        dialog.setOutputPath(out);
        QSignalSpy exported(&dialog, &Views::ExportDialog::exported);
        dialog.startExport();
        QVERIFY(exported.wait(60000));
        QVERIFY(dialog.lastResult() && *dialog.lastResult());
        QFile manifest(out + u".manifest.json"_s);
        QVERIFY(manifest.open(QIODevice::ReadOnly));
        const QJsonObject options
            = QJsonDocument::fromJson(manifest.readAll()).object().value(u"options"_s).toObject();
        QCOMPARE(options.value(u"language"_s).toString(), u"fr"_s);
    }

    void timelineDatesStartAtTheCasesEvents()
    {
        Views::ExportTimelineDialog dialog(*m_document, nullptr);
        const QList<QDateEdit *> dates = dialog.findChildren<QDateEdit *>();
        QCOMPARE(dates.size(), 2);
        for (const QDateEdit *date : dates) {
            QCOMPARE(date->date(), QDate(2021, 1, 6)); // the fixture's only event
            QVERIFY(!date->isEnabled());
        }
        QVERIFY(!dialog.options().filter.from.isValid()); // not a filter until ticked
    }

    void pageOptionsFollowTheFileType()
    {
        Views::ExportExhibitsDialog dialog(*m_document, nullptr);
        QGroupBox *pages = nullptr;
        for (QGroupBox *box : dialog.findChildren<QGroupBox *>()) {
            if (box->title() == u"Pages"_s)
                pages = box;
        }
        QVERIFY(pages);
        QVERIFY(pages->isEnabled());
        dialog.setOutputPath(m_dir.filePath(u"list.CSV"_s));
        QVERIFY(!pages->isEnabled());
        dialog.setOutputPath(m_dir.filePath(u"list.pdf"_s));
        QVERIFY(pages->isEnabled());

        // "&" in the banner option is shown, not taken as a keyboard accelerator.
        bool bannerFound = false;
        for (const QCheckBox *box : pages->findChildren<QCheckBox *>())
            bannerFound |= box->text().contains(u"Privileged && Confidential"_s);
        QVERIFY(bannerFound);
    }

    void matrixAndExhibitDialogsExport()
    {
        Views::ExportMatrixDialog matrix(*m_document, nullptr);
        matrix.setOutputPath(m_dir.filePath(u"dialog-chart.pdf"_s));
        QSignalSpy chartDone(&matrix, &Views::ExportDialog::exported);
        matrix.startExport();
        QVERIFY(chartDone.wait(60000));
        QCOMPARE((*matrix.lastResult())->items, 1);

        Views::ExportExhibitsDialog exhibits(*m_document, nullptr);
        exhibits.setOutputPath(m_dir.filePath(u"dialog-exhibits.csv"_s));
        QSignalSpy listDone(&exhibits, &Views::ExportDialog::exported);
        exhibits.startExport();
        QVERIFY(listDone.wait(60000));
        QCOMPARE((*exhibits.lastResult())->items, 1);
    }

    void privilegeLogDialogExports()
    {
        Views::ExportPrivilegeLogDialog dialog(*m_document, nullptr);
        // The log lists privileged documents; "cite privileged documents" does not apply.
        auto *privileged = dialog.findChild<QCheckBox *>(u"includePrivileged"_s);
        QVERIFY(privileged);
        QVERIFY(privileged->isHidden());
        const QString out = m_dir.filePath(u"dialog-privilege-log.csv"_s);
        dialog.setOutputPath(out);
        QSignalSpy done(&dialog, &Views::ExportDialog::exported);
        dialog.startExport();
        QVERIFY(done.wait(60000));
        QVERIFY(dialog.lastResult() && *dialog.lastResult());
        QCOMPARE((*dialog.lastResult())->items, 0); // the fixture has nothing privileged
        QVERIFY(QFile::exists(out));
    }

    // Stop (the Cancel button while an export runs) cancels the job; nothing is saved and the
    // dialog stays open, ready for another try.
    void stopCancelsTheExport()
    {
        // A chronology long enough that the export is still painting when Stop is pressed.
        auto caseFile = CaseFile::create(m_dir.filePath(u"long.casebinder"_s), parlerCaption());
        QVERIFY(caseFile);
        exec(*caseFile, u"BEGIN"_s);
        for (int i = 0; i < 3000; ++i)
            addEvent(*caseFile,
                     {.start = QDate(2020, 1, 1).addDays(i % 700).toString(Qt::ISODate),
                      .title = u"Event %1"_s.arg(i)});
        exec(*caseFile, u"COMMIT"_s);
        CaseDocument document(std::move(*caseFile));
        Views::ExportTimelineDialog dialog(document, nullptr);
        dialog.show();
        const QString out = m_dir.filePath(u"stopped.pdf"_s);
        dialog.setOutputPath(out);
        QSignalSpy failed(&dialog, &Views::ExportDialog::failed);
        QSignalSpy exported(&dialog, &Views::ExportDialog::exported);
        dialog.startExport();
        QVERIFY(dialog.isRunning());
        auto *progress = dialog.findChild<QProgressBar *>();
        QVERIFY(progress && progress->isVisible());
        QPushButton *stop
            = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel);
        QCOMPARE(stop->text(), u"Stop"_s);
        stop->click();
        QVERIFY(dialog.isVisible());
        QVERIFY(failed.wait(60000));
        QCOMPARE(exported.size(), 0);
        QCOMPARE(failed.first().first().value<Error>().code, Error::Code::Cancelled);
        QVERIFY(!dialog.isRunning());
        QVERIFY(!progress->isVisible());
        QVERIFY(!QFile::exists(out));
        bool said = false;
        for (const QLabel *label : dialog.findChildren<QLabel *>())
            said |= label->text() == u"Export stopped; nothing was saved."_s;
        QVERIFY(said);

        // Not running, the same button closes the dialog.
        QCOMPARE(stop->text(), u"Close"_s);
        stop->click();
        QVERIFY(!dialog.isVisible());
    }

    void badPathReportsFailure()
    {
        Views::ExportExhibitsDialog dialog(*m_document, nullptr);
        dialog.setOutputPath(m_dir.filePath(u"missing/folder/list.pdf"_s));
        QSignalSpy failed(&dialog, &Views::ExportDialog::failed);
        dialog.startExport();
        QVERIFY(failed.wait(60000));
        QVERIFY(dialog.lastResult() && !*dialog.lastResult());
        QVERIFY(dialog.lastResult()->error().message.contains(u"does not exist"_s));
    }
};

QTEST_MAIN(TestExportDialogs)
#include "tst_exportdialogs.moc"

#include "casedocument.h"
#include "casefile.h"
#include "enrichment/scans.h"
#include "enrichmentreport.h"
#include "importers/importtestutil.h"
#include "importjob.h"
#include "mainwindow.h"
#include "ocr/pagestocheckdialog.h"
#include "shell/casenavigator.h"
#include "shell/importdialog.h"
#include "shell/recognitionrunner.h"

#include <QAction>
#include <QBuffer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Casebinder;
using namespace Qt::StringLiterals;

namespace {

QByteArray png(const QString &text)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    ScanTest::scan(text).save(&buffer, "PNG");
    return bytes;
}

bool tesseractEnglish()
{
    return QFile::exists(
        qEnvironmentVariable("TESSDATA_PREFIX", u"/usr/share/tesseract-ocr/5/tessdata"_s)
        + u"/eng.traineddata"_s);
}

QTreeWidgetItem *navigatorItem(const Views::CaseNavigator *navigator, const QString &name)
{
    for (const auto section : {Views::CaseSection::Filings, Views::CaseSection::Exhibits}) {
        QTreeWidgetItem *parent = navigator->sectionItem(section);
        for (int i = 0; i < parent->childCount(); ++i) {
            if (parent->child(i)->text(0).contains(name))
                return parent->child(i);
        }
    }
    return nullptr;
}

} // namespace

// The GUI's two ways into OCR: Document ▸ Recognise Text on the selected document, and the run
// after an import (a case setting, on by default); then Document ▸ Pages to Check.
class TestRecognition : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_cases = 0;

    QString caseWith(const QList<std::pair<QString, QByteArray>> &files)
    {
        const QString name = u"case%1"_s.arg(++m_cases);
        const QString casePath = ImportTest::newCase(m_dir.path(), name);
        if (files.isEmpty())
            return casePath;
        const QString folder = m_dir.filePath(name + u"-files"_s);
        QDir().mkpath(folder);
        for (const auto &[file, bytes] : files)
            ImportTest::writeFile(folder + u'/' + file, bytes);
        auto imported = runImport(casePath, {folder}, {});
        return imported && imported->imported() == files.size() ? casePath : QString();
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        if (!tesseractEnglish())
            QSKIP("Tesseract's English data is not installed (tesseract-ocr-eng)");
    }

    // Recognise Text reads the selected document only; the navigator drops its mark.
    void recognisesTheSelectedDocument()
    {
        const QString casePath = caseWith({{u"first.png"_s, png(ScanTest::Pages.at(0))},
                                           {u"second.png"_s, png(ScanTest::Pages.at(1))}});
        QVERIFY(!casePath.isEmpty());
        Views::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openCase(casePath));
        QTreeWidgetItem *second = navigatorItem(window.navigator(), u"second"_s);
        QVERIFY(second);
        QVERIFY(second->text(0).contains(u"needs OCR"_s));
        window.navigator()->setCurrentItem(second);

        auto *runner = window.findChild<Views::RecognitionRunner *>();
        QVERIFY(runner);
        QSignalSpy ended(runner, &Views::RecognitionRunner::runFinished);
        auto *action = window.findChild<QAction *>(u"recogniseTextAction"_s);
        QVERIFY(action);
        action->trigger();
        QVERIFY(runner->isRunning());
        QVERIFY(ended.wait(180000));
        QCOMPARE(runner->lastReport().pagesDone(), 1);
        QCOMPARE(runner->lastReport().documents.size(), 1);
        QVERIFY(runner->lastReport().documents.at(0).title.contains(u"second"_s));
        QCOMPARE(ImportTest::count(casePath, u"SELECT count(*) FROM page_ocr"_s), 1);
        QCOMPARE(ImportTest::count(casePath,
                                   u"SELECT count(*) FROM documents WHERE text_status = "
                                   u"'needs_ocr'"_s),
                 1);
        QTRY_VERIFY(!navigatorItem(window.navigator(), u"second"_s)->text(0).contains(u"OCR"_s));
        QVERIFY(navigatorItem(window.navigator(), u"first"_s)->text(0).contains(u"needs OCR"_s));

        // Pages to Check lists the page when the case's threshold is above its confidence, and
        // activating it opens the document.
        QVERIFY(window.caseDocument()->caseFile().db().exec(
            u"INSERT INTO case_settings (key, value) VALUES ('ocr.review_below', '100')"_s));
        auto *check = window.findChild<QAction *>(u"pagesToCheckAction"_s);
        QVERIFY(check);
        check->trigger();
        Views::PagesToCheckDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<Views::PagesToCheckDialog *>()));
        QTreeWidget *list = dialog->list();
        QCOMPARE(list->topLevelItemCount(), 1);
        QVERIFY(list->topLevelItem(0)->text(0).contains(u"second"_s));
        QCOMPARE(list->topLevelItem(0)->text(1), u"1"_s);
        const int tabs = window.tabs()->count();
        emit list->itemActivated(list->topLevelItem(0), 0);
        QTRY_COMPARE(window.tabs()->count(), tabs + 1);
        dialog->close();
    }

    // A page that cannot be read is reported in the status message, not tried again on the
    // next run (which says so), and listed by Pages to Check with why.
    void reportsAPageThatCannotBeRead()
    {
        QByteArray tiff("II*\0\x08\x00\x00\x00\xff\x7f", 10);
        tiff += QByteArray(64, char(0xa5));
        const QString casePath = caseWith({{u"damaged.tif"_s, tiff}});
        QVERIFY(!casePath.isEmpty());
        Views::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openCase(casePath));
        auto *runner = window.findChild<Views::RecognitionRunner *>();
        QSignalSpy ended(runner, &Views::RecognitionRunner::runFinished);
        QSignalSpy messages(runner, &Views::RecognitionRunner::message);
        auto *action = window.findChild<QAction *>(u"recogniseTextAction"_s);
        action->trigger();
        QVERIFY(ended.wait(60000));
        QCOMPARE(runner->lastReport().pagesFailed(), 1);
        QVERIFY(!messages.isEmpty());
        const QString first = messages.takeLast().at(0).toString();
        QVERIFY2(first.contains(u"could not be read"_s) && first.contains(u"damaged"_s),
                 qPrintable(first));
        action->trigger();
        QVERIFY(ended.wait(60000));
        QCOMPARE(runner->lastReport().pagesPending(), 0);
        QVERIFY(!messages.isEmpty());
        const QString second = messages.takeLast().at(0).toString();
        QVERIFY2(second.contains(u"not tried again"_s), qPrintable(second));

        window.findChild<QAction *>(u"pagesToCheckAction"_s)->trigger();
        Views::PagesToCheckDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<Views::PagesToCheckDialog *>()));
        QCOMPARE(dialog->list()->topLevelItemCount(), 1);
        QVERIFY(dialog->list()->topLevelItem(0)->text(3).contains(u"Could not be read"_s));
        dialog->close();
    }

    // After an import through the dialog, the new scan is read; with the setting off, not.
    void recognisesAfterAnImportWhenTheCaseSaysSo()
    {
        for (const bool on : {true, false}) {
            const QString casePath = caseWith({});
            const QString file = m_dir.filePath(u"scan%1.png"_s.arg(on));
            ImportTest::writeFile(file, png(ScanTest::Pages.at(0)));
            Views::MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(window.openCase(casePath));
            if (!on)
                QVERIFY(window.caseDocument()->caseFile().db().exec(
                    u"INSERT INTO case_settings (key, value) VALUES ('ocr.after_import', 'off')"_s));
            auto *runner = window.findChild<Views::RecognitionRunner *>();
            QSignalSpy ended(runner, &Views::RecognitionRunner::runFinished);
            Views::ImportDialog *dialog = window.importFiles({file});
            QVERIFY(dialog);
            auto *importButton = dialog->findChild<QPushButton *>(u"importButton"_s);
            QVERIFY(importButton);
            QTest::mouseClick(importButton, Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(dialog->step(), Views::ImportDialog::Step::Report, 20000);
            if (on) {
                QVERIFY(ended.count() > 0 || ended.wait(180000));
                QCOMPARE(runner->lastReport().pagesDone(), 1);
                QCOMPARE(ImportTest::count(casePath, u"SELECT count(*) FROM page_ocr"_s), 1);
            } else {
                QVERIFY(!runner->isRunning());
                QVERIFY(!ended.wait(500));
                QCOMPARE(ImportTest::count(casePath, u"SELECT count(*) FROM page_ocr"_s), 0);
            }
            dialog->close();
        }
    }
};

QTEST_MAIN(TestRecognition)
#include "tst_recognition.moc"

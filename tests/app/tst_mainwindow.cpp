#include "casefile.h"
#include "mainwindow.h"

#include <QLabel>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Casebinder;
using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void opensCaseAndShowsCaption()
    {
        const QString path = m_dir.filePath(u"gui.casebinder"_s);
        QVERIFY(CaseFile::create(
            path, CaseCaption{.title = u"Parler LLC v. AWS"_s, .judge = u"Rothstein"_s}));
        Views::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openCase(path));
        QVERIFY(window.windowTitle().contains(u"Parler LLC v. AWS"_s));
        bool captionShown = false;
        const auto labels = window.findChildren<QLabel *>();
        for (const QLabel *label : labels)
            captionShown = captionShown || label->text().contains(u"Rothstein"_s);
        QVERIFY(captionShown);
        QCOMPARE(QSettings().value(u"recentCases"_s).toStringList().value(0),
                 QFileInfo(path).absoluteFilePath());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

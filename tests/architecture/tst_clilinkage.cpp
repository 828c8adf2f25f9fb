// casebinder-cli paints its PDFs with Qt Gui and needs no Qt Widgets (decision 0010). Checked
// twice: the CLI's build links no target that brings Qt Widgets (Qt marks each user of a module
// with QT_<MODULE>_LIB), and the built binary loads no libQt6Widgets, directly or through a
// library it links (ldd). Debian's GCC links with --as-needed (not under the sanitizers), so a
// Widgets link the CLI never calls into leaves no trace in the binary; only the first check
// sees that one.
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

#include <expected>

using namespace Qt::StringLiterals;

class TestCliLinkage : public QObject
{
    Q_OBJECT

    // The compile definitions of casebinder-cli's sources, one a line, as CMake wrote them
    // (tests/architecture/CMakeLists.txt).
    static QStringList cliDefinitions()
    {
        QFile file(QStringLiteral(CASEBINDER_CLI_DEFINITIONS));
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            return {};
        return QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    }

    // The file name of every shared library `binary` loads, as ldd lists them.
    static std::expected<QStringList, QString> loadedLibraries(const QString &binary)
    {
        QProcess ldd;
        ldd.start(u"ldd"_s, {binary});
        if (!ldd.waitForFinished(60000) || ldd.exitStatus() != QProcess::NormalExit
            || ldd.exitCode() != 0)
            return std::unexpected(u"ldd %1 failed: %2"_s.arg(
                binary, QString::fromLocal8Bit(ldd.readAllStandardError()).trimmed()));
        // "\tlibQt6Gui.so.6 => /lib/x86_64-linux-gnu/libQt6Gui.so.6 (0x…)"
        QStringList libraries;
        for (const QByteArray &line : ldd.readAllStandardOutput().split('\n')) {
            const QByteArray name = line.trimmed().split(' ').constFirst();
            if (!name.isEmpty())
                libraries.append(QString::fromLocal8Bit(name).section(u'/', -1));
        }
        return libraries;
    }

    static QStringList widgetsIn(const QStringList &libraries)
    {
        return libraries.filter(QRegularExpression(u"^libQt6Widgets\\."_s));
    }

    static bool haveLdd() { return !QStandardPaths::findExecutable(u"ldd"_s).isEmpty(); }

private slots:
    void theCliBuildBringsNoQtWidgets()
    {
        // QT_GUI_LIB reaches the CLI only through the libraries it links: these are the
        // transitive definitions, read from the file CMake wrote.
        const QStringList definitions = cliDefinitions();
        QVERIFY2(definitions.contains(u"QT_GUI_LIB"_s),
                 qPrintable(QStringLiteral(CASEBINDER_CLI_DEFINITIONS) + u": "_s
                            + definitions.join(u' ')));
        QVERIFY2(
            !definitions.contains(u"QT_WIDGETS_LIB"_s),
            "casebinder-cli is built with QT_WIDGETS_LIB: a library it links brings Qt Widgets");
    }

    // The probe itself: the GUI loads Qt Widgets, so a clean result below means a clean CLI.
    void lddSeesQtWidgetsInTheGui()
    {
        if (!haveLdd())
            QSKIP("ldd (libc-bin) is not installed");
        const auto libraries = loadedLibraries(QStringLiteral(CASEBINDER_GUI));
        QVERIFY2(libraries, qPrintable(libraries ? QString() : libraries.error()));
        QVERIFY2(!widgetsIn(*libraries).isEmpty(), qPrintable(libraries->join(u' ')));
    }

    void theCliLoadsNoQtWidgets()
    {
        if (!haveLdd())
            QSKIP("ldd (libc-bin) is not installed");
        const auto libraries = loadedLibraries(QStringLiteral(CASEBINDER_CLI));
        QVERIFY2(libraries, qPrintable(libraries ? QString() : libraries.error()));
        const QStringList widgets = widgetsIn(*libraries);
        QVERIFY2(widgets.isEmpty(), qPrintable(u"casebinder-cli loads "_s + widgets.join(u", ")));
    }
};

QTEST_GUILESS_MAIN(TestCliLinkage)
#include "tst_clilinkage.moc"

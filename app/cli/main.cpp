#include "clicommand.h"
#include "cliutil.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>

using namespace Casebinder::Cli;

namespace {

void printUsage(FILE *stream)
{
    QString text = QStringLiteral(
        "Usage: casebinder-cli COMMAND [options] [arguments]\n\n"
        "Casebinder keeps one litigation case in one file and links its evidence to its claims.\n\n"
        "Commands:\n");
    for (const Command &command : CommandRegistry::instance().commands())
        text += QStringLiteral("  %1\n      %2\n").arg(command.synopsis, command.summary);
    text += QStringLiteral(
        "\nRun 'casebinder-cli COMMAND --help' for a command's options.\n"
        "Exit codes: 0 success, 1 failure, 2 bad usage, 3 import with rejected files.\n");
    std::fputs(text.toUtf8().constData(), stream);
}

// Qt's platform code wants XDG_RUNTIME_DIR and warns on stderr without it, which scripts
// would read as an error. Provide the private directory it would fall back to.
void ensureRuntimeDirectory()
{
    if (!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        return;
    const QByteArray path = "/tmp/runtime-" + QByteArray::number(uint(getuid()));
    ::mkdir(path.constData(), S_IRWXU);
    struct stat info = {};
    if (::stat(path.constData(), &info) == 0 && info.st_uid == getuid()
        && (info.st_mode & 0777) == S_IRWXU)
        qputenv("XDG_RUNTIME_DIR", path);
}

} // namespace

int main(int argc, char *argv[])
{
    // Commands register themselves during static initialisation; which application object we
    // need depends on the command, so look at argv before creating it.
    const Command *command
        = argc > 1 ? CommandRegistry::instance().find(QString::fromLocal8Bit(argv[1])) : nullptr;
    std::unique_ptr<QCoreApplication> app;
    if (command && command->needsGui) {
        if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
            && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        ensureRuntimeDirectory();
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("casebinder-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Casebinder"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CASEBINDER_VERSION));

    QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.isEmpty()) {
        printUsage(stderr);
        return BadUsage;
    }
    const QString first = arguments.takeFirst();
    if (first == u"--help" || first == u"-h" || first == u"help") {
        printUsage(stdout);
        return Success;
    }
    if (first == u"--version" || first == u"-v") {
        std::printf("casebinder-cli %s\n", CASEBINDER_VERSION);
        return Success;
    }
    if (!command) {
        printError(QStringLiteral("unknown command '%1'. Run 'casebinder-cli --help' for the list.")
                       .arg(first));
        return BadUsage;
    }
    return command->run(arguments);
}

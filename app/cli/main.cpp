#include "clicommand.h"
#include "cliutil.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>
#include <optional>

#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>

using namespace Casebinder;
using namespace Casebinder::Cli;
using namespace Qt::StringLiterals;

namespace {

void printUsage(FILE *stream)
{
    QString text
        = CliText::tr("Usage: casebinder-cli [--lang CODE] COMMAND [options] [arguments]\n\n"
                      "Casebinder keeps one litigation case in one file and links its "
                      "evidence to its claims.\n\n"
                      "Commands:\n");
    for (const Command &command : CommandRegistry::instance().commands())
        text += QStringLiteral("  %1\n      %2\n").arg(command.synopsis, commandSummary(command));
    text += CliText::tr("\nRun 'casebinder-cli COMMAND --help' for a command's options.\n"
                        "--lang CODE (or CASEBINDER_LANG) chooses the language of the messages "
                        "and of the exports: %1 (default en).\n"
                        "Exit codes: 0 success, 1 failure, 2 bad usage, 3 import with rejected "
                        "files.\n")
                .arg(DisplayLanguage::supportedCodes().join(u", "));
    std::fputs(text.toUtf8().constData(), stream);
}

// The global "--lang CODE" or "--lang=CODE" before the command name (a command's own --lang,
// such as ocr's Tesseract languages, comes after it and is left alone). Removes it from
// `arguments` (the arguments after the program name) and returns its value; a --lang without
// a value is reported and gives BadUsage.
struct GlobalLanguage
{
    std::optional<QString> code;
    bool missingValue = false;
};

GlobalLanguage takeGlobalLanguage(QStringList &arguments)
{
    GlobalLanguage found;
    const QString first = arguments.value(0);
    if (first == u"--lang") {
        if (arguments.size() < 2 || arguments.at(1).startsWith(u'-')) {
            found.missingValue = true;
            arguments.removeFirst();
            return found;
        }
        found.code = arguments.at(1);
        arguments.remove(0, 2);
    } else if (first.startsWith(u"--lang=")) {
        found.code = first.mid(7);
        arguments.removeFirst();
    }
    return found;
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
    QStringList rawArguments;
    for (int i = 1; i < argc; ++i)
        rawArguments.append(QString::fromLocal8Bit(argv[i]));
    const GlobalLanguage language = takeGlobalLanguage(rawArguments);
    const Command *command = !rawArguments.isEmpty()
                                 ? CommandRegistry::instance().find(rawArguments.constFirst())
                                 : nullptr;
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

    // English unless asked: scripts read this output, whatever the system's locale.
    const QString code
        = language.code ? *language.code : qEnvironmentVariable("CASEBINDER_LANG").trimmed();
    if (language.missingValue) {
        printError(CliText::tr("--lang needs a language: %1.")
                       .arg(DisplayLanguage::supportedCodes().join(u", ")));
        return BadUsage;
    }
    auto chosen = code.isEmpty() ? Casebinder::Result<DisplayLanguage>(DisplayLanguage())
                                 : DisplayLanguage::fromCode(code);
    if (!chosen) {
        printError(language.code ? chosen.error().message
                                 : u"CASEBINDER_LANG: "_s + chosen.error().message);
        return BadUsage;
    }
    chosen->install(*app);
    setCliLanguage(*chosen);

    QStringList arguments = QCoreApplication::arguments().mid(1);
    takeGlobalLanguage(arguments);
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
        printError(CliText::tr("unknown command '%1'. Run 'casebinder-cli --help' for the list.")
                       .arg(first));
        return BadUsage;
    }
    return command->run(arguments);
}

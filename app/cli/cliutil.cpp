#include "cliutil.h"

#include <QFileInfo>
#include <QJsonObject>

#include <array>
#include <cstdio>
#include <unistd.h>

namespace Casebinder::Cli {
namespace {

// Qt's own command-line parser words its errors and help headings through the
// "QCommandLineParser" context; listing them here puts them in the CLI's catalogue, so a
// French run needs no Qt translation package.
[[maybe_unused]] constexpr std::array QtParserText = {
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unknown option '%1'."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unknown options: %1."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Missing value after '%1'."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unexpected value after '%1'."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help on commandline options."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help including Qt specific options."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays version information."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Options:"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Arguments:"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Usage: %1"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "[options]"),
};

DisplayLanguage &languageStorage()
{
    static DisplayLanguage language;
    return language;
}

} // namespace

const DisplayLanguage &cliLanguage()
{
    return languageStorage();
}

void setCliLanguage(const DisplayLanguage &language)
{
    languageStorage() = language;
}

CommandRegistry &CommandRegistry::instance()
{
    static CommandRegistry registry;
    return registry;
}

bool CommandRegistry::add(Command command)
{
    m_commands.append(std::move(command));
    return true;
}

const Command *CommandRegistry::find(const QString &name) const
{
    for (const Command &command : m_commands) {
        if (command.name == name)
            return &command;
    }
    return nullptr;
}

QList<Command> CommandRegistry::commands() const
{
    QList<Command> sorted = m_commands;
    std::sort(sorted.begin(), sorted.end(), [](const Command &a, const Command &b) {
        return a.name < b.name;
    });
    return sorted;
}

ArgumentParser::ArgumentParser(const Command &command, QString description)
    : m_command(command)
{
    m_parser.setApplicationDescription(std::move(description));
    m_parser.addHelpOption();
}

void ArgumentParser::addPositional(const QString &name,
                                   const QString &description,
                                   const QString &syntax)
{
    m_parser.addPositionalArgument(name, description, syntax);
    m_positionalSyntax += u' ' + (syntax.isEmpty() ? name : syntax);
}

QString &ArgumentParser::subcommandName()
{
    static QString name;
    return name;
}

void ArgumentParser::addJsonOption()
{
    m_parser.addOption({QStringLiteral("json"), CliText::tr("Print machine-readable JSON.")});
}

bool ArgumentParser::json() const
{
    return m_parser.isSet(QStringLiteral("json"));
}

std::optional<int> ArgumentParser::parse(const QStringList &arguments,
                                         int minPositional,
                                         int maxPositional)
{
    // QCommandLineParser expects the program name first.
    QStringList withProgram = arguments;
    withProgram.prepend(QStringLiteral("casebinder-cli ") + m_command.name);
    if (!m_parser.parse(withProgram)) {
        printError(m_parser.errorText() + u'\n' + usageLine(m_command.synopsis));
        return BadUsage;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        // Qt names the binary by its path; show the command as a user types it instead.
        QString help = m_parser.helpText();
        const qsizetype lineEnd = help.indexOf(u'\n');
        const QString usage
            = usageLine(!subcommandName().isEmpty()
                            ? QStringLiteral("%1 %2 [options]%3")
                                  .arg(m_command.name, subcommandName(), positionalSyntax())
                            : m_command.synopsis);
        help.replace(0, lineEnd, usage);
        std::fputs(help.toUtf8().constData(), stdout);
        return Success;
    }
    const qsizetype count = m_parser.positionalArguments().size();
    if (count < minPositional || (maxPositional >= 0 && count > maxPositional)) {
        printError(usageLine(m_command.synopsis));
        return BadUsage;
    }
    return std::nullopt;
}

QString usageLine(const QString &synopsis)
{
    return CliText::tr("Usage: casebinder-cli %1").arg(synopsis);
}

QString commandSummary(const Command &command)
{
    return CliText::tr(command.summary.toUtf8().constData());
}

void printError(const QString &message)
{
    std::fprintf(stderr, "casebinder-cli: %s\n", qPrintable(message));
}

void printError(const Error &error)
{
    printError(error.fullText());
}

void printLine(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
}

void printJson(const QJsonDocument &document)
{
    std::fputs(document.toJson(QJsonDocument::Indented).constData(), stdout);
}

void printJson(const QJsonObject &object)
{
    printJson(QJsonDocument(object));
}

std::optional<CaseFile> openCase(const QString &path, CaseFile::Access access)
{
    // The commonest mistakes, said in the CLI's language before the case file is opened (the
    // case file's own wording is English).
    const QFileInfo info(path);
    if (!info.exists()) {
        printError(CliText::tr("%1: no such file").arg(path));
        return std::nullopt;
    }
    if (info.isDir()) {
        printError(CliText::tr("%1: is a folder, not a case file").arg(path));
        return std::nullopt;
    }
    auto opened = CaseFile::open(path, access);
    if (!opened) {
        printError(opened.error());
        return std::nullopt;
    }
    return std::move(*opened);
}

bool stderrIsTerminal()
{
    return isatty(fileno(stderr)) == 1;
}

} // namespace Casebinder::Cli

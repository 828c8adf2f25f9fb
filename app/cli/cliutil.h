#pragma once

#include "casefile.h"
#include "clicommand.h"
#include "displaylanguage.h"
#include "result.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QString>

#include <optional>

namespace Casebinder::Cli {

// The one translation context of the CLI's own messages (its catalogue is
// resources/translations/casebinder_cli_*.ts): CliText::tr("...") at print time, and
// QT_TRANSLATE_NOOP("Casebinder::Cli", "...") where the text is stored before a translator
// exists (the commands' summaries, registered during static initialisation).
struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(Casebinder::Cli)
};

// The language chosen with the global --lang option or CASEBINDER_LANG (English by default,
// whatever the system locale, so that scripts read stable output); exports default to it.
const DisplayLanguage &cliLanguage();
void setCliLanguage(const DisplayLanguage &language);

// Parses a subcommand's arguments; parse() returns an exit code when the command should stop
// there (after --help, or on bad usage, which it has reported).
class ArgumentParser
{
public:
    ArgumentParser(const Command &command, QString description);
    QCommandLineParser &parser() { return m_parser; }
    void addPositional(const QString &name, const QString &description, const QString &syntax = {});
    void addJsonOption();
    // Returns an exit code if parsing ended the command (help shown or bad usage).
    std::optional<int> parse(const QStringList &arguments,
                             int minPositional,
                             int maxPositional = -1);
    QStringList positional() const { return m_parser.positionalArguments(); }
    bool json() const;

    // The subcommand being run ("add" in "claim add"), for usage lines; set by runSubcommand.
    static QString &subcommandName();

private:
    QString positionalSyntax() const { return m_positionalSyntax; }
    QString m_positionalSyntax;
    const Command &m_command;
    QCommandLineParser m_parser;
};

// "Usage: casebinder-cli SYNOPSIS", in the CLI's language.
QString usageLine(const QString &synopsis);
// A command's one-line summary in the CLI's language (it is registered untranslated).
QString commandSummary(const Command &command);

void printError(const QString &message);
void printError(const Error &error);
void printLine(const QString &text);
void printJson(const QJsonDocument &document);
void printJson(const QJsonObject &object);

// Opens a case for a command, printing the error; nullopt means "exit 1".
std::optional<CaseFile> openCase(const QString &path, CaseFile::Access access);

// True when stderr is a terminal: progress is shown only then.
bool stderrIsTerminal();

} // namespace Casebinder::Cli

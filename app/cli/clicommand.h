#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <functional>

namespace Casebinder::Cli {

// Exit codes are a contract with scripts: never renumber them.
enum ExitCode : int {
    Success = 0,
    Failure = 1,
    BadUsage = 2,
    PartialImport = 3, // some files were rejected, the rest were imported
};

// A subcommand of casebinder-cli. Each one lives in its own cmd_*.cpp file and registers
// itself with CASEBINDER_CLI_COMMAND, so adding a command touches no shared file.
struct Command
{
    QString name;
    QString synopsis; // e.g. "new CASE [--title TEXT]"
    QString summary;
    std::function<int(const QStringList &arguments)> run;
    // Commands that paint (PDF exports, the sample case) need a QGuiApplication; it runs on
    // the offscreen platform when there is no display.
    bool needsGui = false;
};

class CommandRegistry
{
public:
    static CommandRegistry &instance();
    bool add(Command command);
    const Command *find(const QString &name) const;
    QList<Command> commands() const;

private:
    QList<Command> m_commands;
};

#define CASEBINDER_CLI_CONCAT_(a, b) a##b
#define CASEBINDER_CLI_CONCAT(a, b) CASEBINDER_CLI_CONCAT_(a, b)
#define CASEBINDER_CLI_COMMAND(...) \
    static const bool CASEBINDER_CLI_CONCAT(registered_, __LINE__) \
        = ::Casebinder::Cli::CommandRegistry::instance().add( \
            ::Casebinder::Cli::Command{__VA_ARGS__})

} // namespace Casebinder::Cli

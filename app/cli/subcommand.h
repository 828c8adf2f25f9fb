#pragma once

// Helpers for commands with subcommands ("claim add", "tag apply", ...).
#include "casedocument.h"
#include "clicommand.h"
#include "cliutil.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace Casebinder::Cli {

using Subcommand = std::function<int(const Command &command, const QStringList &arguments)>;

// Adapts a subcommand that needs only its own arguments.
inline Subcommand withArguments(int (*run)(const QStringList &arguments))
{
    return [run](const Command &, const QStringList &arguments) {
        return run(arguments);
    };
}

// Runs "NAME SUBCOMMAND ...": the first argument picks the subcommand.
inline int runSubcommand(const QString &name,
                         const QStringList &arguments,
                         const QMap<QString, Subcommand> &subcommands)
{
    const Command *command = CommandRegistry::instance().find(name);
    const QString sub = arguments.value(0);
    if (sub == u"--help" || sub == u"-h") {
        printLine(usageLine(command->synopsis));
        return Success;
    }
    const auto found = subcommands.constFind(sub);
    if (found == subcommands.cend()) {
        printError(CliText::tr("'%1' needs one of: %2.")
                       .arg(name, subcommands.keys().join(QStringLiteral(", ")))
                   + u'\n' + usageLine(command->synopsis));
        return BadUsage;
    }
    ArgumentParser::subcommandName() = sub;
    return (*found)(*command, arguments.mid(1));
}

// A case opened for undoable edits; prints the error and returns null on failure.
inline std::unique_ptr<CaseDocument> openCaseDocument(const QString &path)
{
    auto caseFile = openCase(path, CaseFile::Access::ReadWrite);
    if (!caseFile)
        return nullptr;
    return std::make_unique<CaseDocument>(std::move(*caseFile));
}

// The kind of id a message names ("document" in "'x' is not a document id"), in the CLI's
// language; the callers pass the English word, which is also the option's name.
inline QString idKindName(const QString &what)
{
    if (what == u"document")
        return CliText::tr("document");
    if (what == u"post")
        return CliText::tr("post");
    if (what == u"event")
        return CliText::tr("event");
    if (what == u"claim")
        return CliText::tr("claim");
    if (what == u"docket")
        return CliText::tr("docket");
    return what;
}

// Ids given as repeated options and/or comma-separated lists: "--post 1,2 --post 3".
inline std::optional<QList<qint64>> parseIds(const QStringList &values, const QString &what)
{
    QList<qint64> ids;
    for (const QString &value : values) {
        for (const QString &part : value.split(u',', Qt::SkipEmptyParts)) {
            bool ok = false;
            const qint64 id = part.trimmed().toLongLong(&ok);
            if (!ok || id <= 0) {
                printError(CliText::tr("'%1' is not a %2 id.").arg(part, idKindName(what)));
                return std::nullopt;
            }
            ids.append(id);
        }
    }
    return ids;
}

inline std::optional<qint64> parseId(const QString &value, const QString &what)
{
    auto ids = parseIds({value}, what);
    if (!ids || ids->size() != 1) {
        if (ids)
            printError(CliText::tr("Give one %1 id.").arg(idKindName(what)));
        return std::nullopt;
    }
    return ids->constFirst();
}

} // namespace Casebinder::Cli

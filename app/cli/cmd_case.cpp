// Commands on the case file itself: new, info, verify, custody.
#include "casestats.h"
#include "caseverifier.h"
#include "clicommand.h"
#include "cliutil.h"
#include "custodylog.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Casebinder::Cli {
namespace {

int runNew(const QStringList &arguments);
int runInfo(const QStringList &arguments);
int runVerify(const QStringList &arguments);
int runCustody(const QStringList &arguments);

CASEBINDER_CLI_COMMAND(u"new"_s,
                       u"new CASE [--title TEXT]"_s,
                       QString::fromUtf8(QT_TRANSLATE_NOOP("Casebinder::Cli",
                                                           "Create a new, empty case file.")),
                       runNew);
CASEBINDER_CLI_COMMAND(u"info"_s,
                       u"info CASE [--json]"_s,
                       QString::fromUtf8(QT_TRANSLATE_NOOP(
                           "Casebinder::Cli", "Print the caption and what the case holds.")),
                       runInfo);
CASEBINDER_CLI_COMMAND(u"verify"_s,
                       u"verify CASE [--manifest FILE|FOLDER]... [--json]"_s,
                       QString::fromUtf8(QT_TRANSLATE_NOOP(
                           "Casebinder::Cli",
                           "Check the database, re-hash every stored original and check every "
                           "export manifest.")),
                       runVerify);
CASEBINDER_CLI_COMMAND(u"custody"_s,
                       u"custody CASE [--json]"_s,
                       QString::fromUtf8(QT_TRANSLATE_NOOP("Casebinder::Cli",
                                                           "Print the chain-of-custody log.")),
                       runCustody);

int runNew(const QStringList &arguments)
{
    ArgumentParser args(*CommandRegistry::instance().find(u"new"_s),
                        CliText::tr("Create a new case file."));
    args.addPositional(u"CASE"_s, CliText::tr("The case file to create (*.casebinder)."));
    args.parser().addOptions({
        {u"title"_s,
         CliText::tr("The case title, e.g. \"Parler LLC v. Amazon Web Services\"."),
         u"TEXT"_s},
        {u"case-name"_s, CliText::tr("The full case name."), u"TEXT"_s},
        {u"court"_s, CliText::tr("The court."), u"TEXT"_s},
        {u"docket"_s, CliText::tr("The docket (case) number."), u"NUMBER"_s},
        {u"judge"_s, CliText::tr("The presiding judge."), u"NAME"_s},
    });
    if (auto exit = args.parse(arguments, 1, 1))
        return *exit;
    const QString path = args.positional().constFirst();
    CaseCaption caption;
    caption.title = args.parser().value(u"title"_s);
    caption.caseName = args.parser().value(u"case-name"_s);
    caption.court = args.parser().value(u"court"_s);
    caption.docketNumber = args.parser().value(u"docket"_s);
    caption.judge = args.parser().value(u"judge"_s);
    if (caption.title.isEmpty())
        caption.title = caption.caseName;
    auto created = CaseFile::create(path, caption);
    if (!created) {
        printError(created.error());
        return Failure;
    }
    printLine(CliText::tr("Created %1").arg(path));
    return Success;
}

int runInfo(const QStringList &arguments)
{
    ArgumentParser args(*CommandRegistry::instance().find(u"info"_s),
                        CliText::tr("Print a case's caption and counts."));
    args.addPositional(u"CASE"_s, CliText::tr("The case file."));
    args.addJsonOption();
    if (auto exit = args.parse(arguments, 1, 1))
        return *exit;
    auto caseFile = openCase(args.positional().constFirst(), CaseFile::Access::ReadOnly);
    if (!caseFile)
        return Failure;
    auto caption = caseFile->caption();
    auto counts = countCase(*caseFile);
    if (!caption || !counts) {
        printError(!caption ? caption.error() : counts.error());
        return Failure;
    }
    if (args.json()) {
        printJson(QJsonObject{{u"title"_s, caption->title},
                              {u"case_name"_s, caption->caseName},
                              {u"court"_s, caption->court},
                              {u"docket_number"_s, caption->docketNumber},
                              {u"judge"_s, caption->judge},
                              {u"schema_version"_s, caseFile->schemaVersion()},
                              {u"documents"_s, counts->documents},
                              {u"pages"_s, counts->pages},
                              {u"posts"_s, counts->posts},
                              {u"claims"_s, counts->claims},
                              {u"links"_s, counts->links},
                              {u"events"_s, counts->events},
                              {u"entities"_s, counts->entities},
                              {u"tags"_s, counts->tags},
                              {u"file_system"_s, caseFile->storage().fileSystem.name},
                              {u"network_file_system"_s, caseFile->storage().isNetwork()},
                              {u"journal_mode"_s, caseFile->storage().journalMode}});
        return Success;
    }
    if (const QString warning = caseFile->storage().warning(caseFile->path()); !warning.isEmpty())
        printError(CliText::tr("Warning: ") + warning);
    printLine(caption->title.isEmpty() ? CliText::tr("(untitled case)") : caption->title);
    if (!caption->caseName.isEmpty() && caption->caseName != caption->title)
        printLine(caption->caseName);
    if (!caption->court.isEmpty() || !caption->docketNumber.isEmpty())
        printLine(QStringList{caption->court, caption->docketNumber}.join(u", "_s));
    if (!caption->judge.isEmpty())
        printLine(CliText::tr("Judge: ") + caption->judge);
    printLine(CliText::tr("Schema version: %1").arg(caseFile->schemaVersion()));
    printLine(CliText::tr("File system: %1").arg(caseFile->storage().fileSystem.name));
    printLine(CliText::tr("Journal: %1").arg(caseFile->storage().journalMode));
    const QList<std::pair<QString, qint64>> rows = {
        {CliText::tr("Documents:"), counts->documents},
        {CliText::tr("Pages:"), counts->pages},
        {CliText::tr("Posts:"), counts->posts},
        {CliText::tr("Claims:"), counts->claims},
        {CliText::tr("Evidence links:"), counts->links},
        {CliText::tr("Events:"), counts->events},
        {CliText::tr("Entities:"), counts->entities},
        {CliText::tr("Tags:"), counts->tags},
    };
    // One column for the counts, a space wider than the longest label in this language.
    qsizetype width = 0;
    for (const auto &row : rows)
        width = std::max(width, row.first.size() + 1);
    for (const auto &[label, count] : rows)
        printLine(u"%1 %2"_s.arg(label, -int(width)).arg(count));
    return Success;
}

int runVerify(const QStringList &arguments)
{
    ArgumentParser args(
        *CommandRegistry::instance().find(u"verify"_s),
        CliText::tr("Check a case: SQLite integrity and the SHA-256 of every stored original."));
    args.addPositional(u"CASE"_s, CliText::tr("The case file."));
    args.parser().addOption(
        {u"manifest"_s,
         CliText::tr("Also check this export manifest (OUT.manifest.json), or a production "
                     "folder written by produce (missing, changed and extra files); "
                     "repeatable. Manifests of exports recorded in the case are always "
                     "checked."),
         u"FILE"_s});
    args.addJsonOption();
    if (auto exit = args.parse(arguments, 1, 1))
        return *exit;
    const QString path = args.positional().constFirst();
    // Verification is recorded in the custody log when the case is writable; a read-only
    // case is still verified.
    auto opened = CaseFile::open(path, CaseFile::Access::ReadWrite);
    if (!opened && opened.error().code == Error::Code::ReadOnly)
        opened = CaseFile::open(path, CaseFile::Access::ReadOnly);
    if (!opened) {
        printError(opened.error());
        return Failure;
    }
    auto report = verifyCase(*opened, args.parser().values(u"manifest"_s));
    if (!report) {
        printError(report.error());
        return Failure;
    }
    if (args.json()) {
        QJsonObject json = report->toJson();
        json.insert(u"case"_s, path);
        printJson(json);
    } else {
        for (const QString &problem : std::as_const(report->problems))
            printLine(CliText::tr("PROBLEM: ") + problem);
        for (const ManifestCheck &check : std::as_const(report->manifests)) {
            if (check.ok() && QFileInfo(check.manifestPath).isDir())
                printLine(CliText::tr("Production %1: OK — its %2 file(s) are unchanged.")
                              .arg(QDir::toNativeSeparators(check.manifestPath))
                              .arg(check.sourcesChecked));
            else if (check.ok())
                printLine(
                    CliText::tr(
                        "Manifest %1: OK — the export and its %2 cited source(s) are unchanged.")
                        .arg(check.manifestPath)
                        .arg(check.sourcesChecked));
        }
        printLine(
            report->ok()
                ? CliText::tr(
                      "%1: OK — database intact, %2 originals match their SHA-256, %3 export "
                      "manifest(s) verified.")
                      .arg(path)
                      .arg(report->originalsChecked)
                      .arg(report->manifests.size())
                : CliText::tr("%1: %2 problem(s) found.").arg(path).arg(report->problems.size()));
    }
    return report->ok() ? Success : Failure;
}

int runCustody(const QStringList &arguments)
{
    ArgumentParser args(*CommandRegistry::instance().find(u"custody"_s),
                        CliText::tr("Print the chain-of-custody log."));
    args.addPositional(u"CASE"_s, CliText::tr("The case file."));
    args.addJsonOption();
    if (auto exit = args.parse(arguments, 1, 1))
        return *exit;
    auto caseFile = openCase(args.positional().constFirst(), CaseFile::Access::ReadOnly);
    if (!caseFile)
        return Failure;
    auto entries = caseFile->custody().entries();
    if (!entries) {
        printError(entries.error());
        return Failure;
    }
    if (args.json()) {
        QJsonArray array;
        for (const CustodyEntry &entry : std::as_const(*entries))
            array.append(QJsonObject{{u"id"_s, entry.id},
                                     {u"at"_s, entry.at},
                                     {u"user"_s, entry.user},
                                     {u"action"_s, entry.action},
                                     {u"subject"_s, entry.subject},
                                     {u"sha256"_s, entry.sha256},
                                     {u"details"_s, entry.details}});
        printJson(QJsonObject{{u"entries"_s, array}});
        return Success;
    }
    for (const CustodyEntry &entry : std::as_const(*entries))
        printLine(u"%1  %2  %3  %4%5"_s.arg(
            entry.at,
            entry.user,
            entry.action.leftJustified(7),
            entry.subject,
            entry.sha256.isEmpty() ? QString() : CliText::tr("  sha256:") + entry.sha256));
    return Success;
}

} // namespace
} // namespace Casebinder::Cli

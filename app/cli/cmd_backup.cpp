// backup: a consistent, verified copy of a case, even while the GUI or an import has it open.
#include "casebackup.h"
#include "clicommand.h"
#include "cliutil.h"

#include <QJsonObject>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Casebinder::Cli {
namespace {

int runBackup(const QStringList &arguments);

CASEBINDER_CLI_COMMAND(u"backup"_s,
                       u"backup CASE OUT.casebinder [--json]"_s,
                       QString::fromUtf8(QT_TRANSLATE_NOOP(
                           "Casebinder::Cli",
                           "Write a consistent, verified copy of the case (safe while it is open "
                           "elsewhere); never overwrites a file.")),
                       runBackup);

int runBackup(const QStringList &arguments)
{
    ArgumentParser args(
        *CommandRegistry::instance().find(u"backup"_s),
        CliText::tr("Copy a case consistently while it may be open in the GUI or an "
                    "import, verify the copy and record it in the case's custody log."));
    args.addPositional(u"CASE"_s, CliText::tr("The case file."));
    args.addPositional(u"OUT"_s, CliText::tr("The copy to create; must not exist."));
    args.addJsonOption();
    if (auto exit = args.parse(arguments, 2, 2))
        return *exit;
    const QString path = args.positional().at(0);
    const QString out = args.positional().at(1);
    // Read-write: the backup is recorded in the source's custody log.
    auto caseFile = openCase(path, CaseFile::Access::ReadWrite);
    if (!caseFile)
        return Failure;
    const bool showProgress = !args.json() && stderrIsTerminal();
    auto report = backupCase(*caseFile, out, [showProgress](qint64 done, qint64 total) {
        if (showProgress && total > 0)
            std::fprintf(stderr, "\rCopying: %3d%%", int(done * 100 / total));
    });
    if (showProgress)
        std::fputs("\n", stderr);
    if (!report) {
        printError(report.error());
        return Failure;
    }
    if (args.json()) {
        QJsonObject json = report->toJson();
        json.insert(u"case"_s, path);
        printJson(json);
    } else {
        printLine(
            CliText::tr(
                "Copied %1 to %2 (%3 bytes, SHA-256 %4); the copy verifies, and the backup is "
                "recorded in the case's custody log.")
                .arg(path, report->path)
                .arg(report->bytes)
                .arg(report->sha256));
    }
    return Success;
}

} // namespace
} // namespace Casebinder::Cli

// Import files, directories, ZIP productions and flagged-post samples into a case.
#include "clicommand.h"
#include "cliutil.h"
#include "importjob.h"

#include <QFileInfo>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Casebinder::Cli {
namespace {

int runImportCommand(const QStringList &arguments);

// "auto|filing|exhibit|posts": the roles and every importer that may be forced.
QString kindChoices()
{
    QStringList names;
    for (const ImportKindChoice &kind : importKinds())
        names.append(kind.name);
    return names.join(u'|');
}

CASEBINDER_CLI_COMMAND(
    u"import"_s,
    u"import CASE PATH... [--kind %1] "_s.arg(kindChoices())
        + u"[--exhibit-prefix PX] [--password PW] [--map FIELD=COLUMN,...] "
          u"[--platform NAME] [--flag-category NAME] [--delimiter C] [--qualifier C] "
          u"[--events] [--json]"_s,
    QString::fromUtf8(QT_TRANSLATE_NOOP(
        "Casebinder::Cli",
        "Import PDFs, exhibits, ZIP productions, load files (DAT, OPT, LFP, EDRM XML), court "
        "dockets and flagged-post samples.")),
    runImportCommand);

void showProgress(const ImportProgress &progress)
{
    QTextStream err(stderr);
    const QString doing = progress.stage == ImportProgress::Stage::Indexing
                              ? CliText::tr("indexing ")
                          : progress.stage == ImportProgress::Stage::Saving ? CliText::tr("saving ")
                                                                            : QString();
    err << u'\r'
               + CliText::tr("[%1/%2] %3 pages, %4 posts  %5%6")
                     .arg(progress.filesDone)
                     .arg(progress.filesTotal)
                     .arg(progress.pages)
                     .arg(progress.posts)
                     .arg(doing)
                     .arg(QFileInfo(progress.currentFile).fileName().left(40), -40);
    err.flush();
}

int runImportCommand(const QStringList &arguments)
{
    ArgumentParser args(
        *CommandRegistry::instance().find(u"import"_s),
        CliText::tr("Import files into a case as one all-or-nothing job. Directories are "
                    "walked; ZIP productions are opened; CSV, JSON and NDJSON files are "
                    "read as flagged-post samples."));
    args.addPositional(u"CASE"_s, CliText::tr("The case file."));
    args.addPositional(u"PATH"_s, CliText::tr("Files or directories to import."), u"PATH..."_s);
    args.parser().addOptions({
        {u"kind"_s,
         CliText::tr("What the files are: %1 (auto, the default, recognises each file).")
             .arg(importKindNames()),
         u"KIND"_s,
         u"auto"_s},
        {u"exhibit-prefix"_s,
         CliText::tr("Label exhibits PREFIX1, PREFIX2, … after existing ones."),
         u"PREFIX"_s},
        {u"password"_s, CliText::tr("Password for encrypted PDFs."), u"PW"_s},
        {u"map"_s,
         CliText::tr("Field mapping: posts (text=full_text,author=user.screen_name) or load files "
                     "(begbates=\"Control Number\",textpath=3; a column name or its position)."),
         u"MAP"_s},
        {u"platform"_s,
         CliText::tr("Platform of the posts when the file has no platform column."),
         u"NAME"_s},
        {u"flag-category"_s,
         CliText::tr("Flag category of the posts when the file has none."),
         u"NAME"_s},
        {u"events"_s,
         CliText::tr(
             "Dockets: make each entry a chronology event on its filing date, tagged Docket.")},
        {u"delimiter"_s,
         CliText::tr(
             "Load files: the DAT's field delimiter ('|', tab, 0x14, …); detected when not given."),
         u"C"_s},
        {u"qualifier"_s,
         CliText::tr(
             "Load files: the DAT's text qualifier (þ, ^, \", or none); detected when not given."),
         u"C"_s},
    });
    args.addJsonOption();
    if (auto exit = args.parse(arguments, 2))
        return *exit;

    ImportOptions options;
    if (auto kind = options.setKind(args.parser().value(u"kind"_s)); !kind) {
        printError(kind.error().message);
        return BadUsage;
    }
    options.exhibitPrefix = args.parser().value(u"exhibit-prefix"_s);
    options.password = args.parser().value(u"password"_s);
    options.platform = args.parser().value(u"platform"_s);
    options.flagCategory = args.parser().value(u"flag-category"_s);
    options.docketEvents = args.parser().isSet(u"events"_s);
    options.loadFileDelimiter = args.parser().value(u"delimiter"_s);
    options.loadFileQualifier = args.parser().value(u"qualifier"_s);
    if (args.parser().isSet(u"map"_s)) {
        auto map = ImportOptions::parseFieldMap(args.parser().value(u"map"_s));
        if (!map) {
            printError(map.error());
            return BadUsage;
        }
        options.fieldMap = *map;
    }

    QStringList paths = args.positional();
    const QString casePath = paths.takeFirst();
    if (!QFileInfo::exists(casePath)) {
        printError(CliText::tr("%1 does not exist; create it first with \"casebinder-cli new\"")
                       .arg(casePath));
        return Failure;
    }
    const bool terminal = stderrIsTerminal();
    auto report = runImport(casePath,
                            paths,
                            options,
                            nullptr,
                            terminal ? ProgressCallback(showProgress) : ProgressCallback());
    if (terminal)
        QTextStream(stderr) << u"\r\x1b[K"_s;
    if (!report) {
        printError(report.error());
        return report.error().code == Error::Code::InvalidArgument ? BadUsage : Failure;
    }

    if (args.json()) {
        QJsonObject json = report->toJson();
        json.insert(u"case"_s, casePath);
        printJson(json);
    } else {
        for (const ImportedFile &file : std::as_const(report->files)) {
            switch (file.status) {
            case ImportedFile::Status::Imported:
                printLine(
                    file.posts > 0
                        ? CliText::tr("imported   %1 (%2 posts)").arg(file.path).arg(file.posts)
                        : CliText::tr("imported   %1 (%2 pages)").arg(file.path).arg(file.pages));
                break;
            case ImportedFile::Status::Duplicate:
                printLine(CliText::tr("duplicate  %1 (%2)").arg(file.path, file.reason));
                break;
            case ImportedFile::Status::Rejected:
                printLine(CliText::tr("REJECTED   %1: %2").arg(file.path, file.reason));
                break;
            }
            for (const QString &warning : file.warnings)
                printLine(CliText::tr("           note: ") + warning);
        }
        for (const DocketLinkNote &link : std::as_const(report->docketLinks))
            printLine(CliText::tr("linked     document %1 to %2 (%3)")
                          .arg(link.documentId)
                          .arg(link.entry,
                               link.how == u"recap_file_name" ? CliText::tr("RECAP file name")
                                                              : CliText::tr("page-1 stamp")));
        for (const QString &unresolved : std::as_const(report->docketUnresolved))
            printLine(CliText::tr("not linked ") + unresolved);
        if (report->docketEvents > 0)
            printLine(CliText::tr("%1 docket entries added to the chronology.")
                          .arg(report->docketEvents));
        printLine(CliText::tr("%1 imported, %2 duplicates, %3 rejected; %4 pages, %5 posts.")
                      .arg(report->imported())
                      .arg(report->duplicates())
                      .arg(report->rejected())
                      .arg(report->pages())
                      .arg(report->posts()));
    }
    if (report->files.isEmpty() || report->imported() + report->duplicates() == 0)
        return Failure;
    return report->rejected() > 0 ? PartialImport : Success;
}

} // namespace
} // namespace Casebinder::Cli

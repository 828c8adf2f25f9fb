// Exports a litigator files or hands out: chronology PDF, claim chart, exhibit list.
#include "clicommand.h"
#include "cliutil.h"
#include "exporter.h"
#include "papersize.h"
#include "privilegelog.h"

#include <QDir>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Casebinder::Cli {
namespace {

int runExportTimeline(const QStringList &arguments);
int runExportMatrix(const QStringList &arguments);
int runExportExhibits(const QStringList &arguments);
int runExportPrivilegeLog(const QStringList &arguments);

CASEBINDER_CLI_COMMAND(
    u"export-timeline"_s,
    u"export-timeline CASE OUT.pdf [--from DATE] [--to DATE] [--claim ID] [--tag NAME] "
    u"[--include-disputed|--undisputed-only] [--page-size letter|a4] [--title TEXT] "
    u"[--confidential] [--include-privileged] [--pdfa] [--json]"_s,
    u"Export the chronology as a PDF: caption, timeline strip and table with pin cites."_s,
    runExportTimeline,
    true);
CASEBINDER_CLI_COMMAND(
    u"export-matrix"_s,
    u"export-matrix CASE OUT.pdf [--claim ID] [--working-copy] [--page-size letter|a4] "
    u"[--title TEXT] [--confidential] [--include-privileged] [--pdfa] [--json]"_s,
    u"Export the claim chart: evidence for and against every element, gaps "
    u"highlighted."_s,
    runExportMatrix,
    true);
CASEBINDER_CLI_COMMAND(
    u"export-exhibits"_s,
    u"export-exhibits CASE OUT.pdf|OUT.csv [--page-size letter|a4] "
    u"[--title TEXT] [--confidential] [--include-privileged] [--pdfa] [--json]"_s,
    u"Export the trial exhibit list: number, description, date, Bates range and the columns "
    u"set with document set (sponsoring witness, offered, objection, admitted)."_s,
    runExportExhibits,
    true);
CASEBINDER_CLI_COMMAND(
    u"export-privilege-log"_s,
    u"export-privilege-log CASE OUT.pdf|OUT.csv [--page-size letter|a4] [--title TEXT] "
    u"[--confidential] [--pdfa] [--json]"_s,
    u"Export the privilege log of the documents marked privileged (FRCP 26(b)(5)(A)): log no., "
    u"Bates or control no., date, type, author, recipients, privilege asserted, description, "
    u"withheld or redacted."_s,
    runExportPrivilegeLog,
    true);

void addPdfOptions(ArgumentParser &args)
{
    args.parser().addOptions({
        {u"page-size"_s,
         u"Paper size: letter or a4. By default US Letter for a U.S. court, else the "
         u"locale's."_s,
         u"SIZE"_s},
        {u"title"_s, u"The document title printed under the caption."_s, u"TEXT"_s},
        {u"confidential"_s,
         u"Print a \"Privileged & Confidential — Attorney Work Product\" banner on every page."_s},
        {u"include-privileged"_s,
         u"Cite documents marked privileged (they are left out by default)."_s},
        {u"pdfa"_s, u"Write PDF/A-1b for long-term archiving."_s},
    });
    args.addJsonOption();
}

// Returns an exit code when the options are unusable.
std::optional<int> readPdfOptions(const ArgumentParser &args, Export::PdfOptions &options)
{
    QCommandLineParser &parser = const_cast<ArgumentParser &>(args).parser();
    const QString size = parser.value(u"page-size"_s).toLower();
    if (size.isEmpty())
        ; // chosen by openForExport() once the case's court is known
    else if (size == u"letter")
        options.pageSize = QPageSize::Letter;
    else if (size == u"a4")
        options.pageSize = QPageSize::A4;
    else {
        printError(u"Unknown page size \u201C%1\u201D: use letter or a4."_s.arg(size));
        return BadUsage;
    }
    options.title = parser.value(u"title"_s);
    options.confidential = parser.isSet(u"confidential"_s);
    options.pdfa = parser.isSet(u"pdfa"_s);
    return std::nullopt;
}

// "2021-01-10", "2021-01" or "2021": the first (or, for --to, the last) day it names.
std::optional<QDate> parseBound(const QString &text, bool end)
{
    const QString trimmed = text.trimmed();
    if (const QDate day = QDate::fromString(trimmed, u"yyyy-MM-dd"_s); day.isValid())
        return day;
    if (const QDate month = QDate::fromString(trimmed + u"-01"_s, u"yyyy-MM-dd"_s);
        month.isValid() && trimmed.size() == 7)
        return end ? month.addMonths(1).addDays(-1) : month;
    if (const QDate year = QDate::fromString(trimmed + u"-01-01"_s, u"yyyy-MM-dd"_s);
        year.isValid() && trimmed.size() == 4)
        return end ? QDate(year.year(), 12, 31) : year;
    return std::nullopt;
}

std::optional<CaseFile> openForExport(const ArgumentParser &args, Export::PdfOptions &pdf)
{
    // Exports are recorded in the case's custody log, so the case is opened for writing.
    auto caseFile = openCase(args.positional().at(0), CaseFile::Access::ReadWrite);
    if (caseFile && const_cast<ArgumentParser &>(args).parser().value(u"page-size"_s).isEmpty()) {
        const auto caption = caseFile->caption();
        pdf.pageSize
            = Export::defaultPageSize(caption ? caption->court : QString(), QLocale::system());
    }
    return caseFile;
}

int printOutcome(const Result<Export::ExportOutcome> &outcome,
                 bool json,
                 const QString &what,
                 const QString &emptyText)
{
    if (!outcome) {
        printError(outcome.error());
        return Failure;
    }
    if (json) {
        printJson(QJsonObject{{u"path"_s, outcome->path},
                              {u"manifest"_s, outcome->manifestPath},
                              {u"sha256"_s, outcome->sha256},
                              {u"export_id"_s, outcome->exportId},
                              {u"pages"_s, outcome->pages},
                              {u"items"_s, outcome->items},
                              {u"empty"_s, outcome->empty},
                              {u"withheld_privileged"_s, outcome->withheldPrivileged}});
        return Success;
    }
    if (outcome->empty)
        printLine(emptyText);
    QString summary = u"Wrote %1 (%2 %3"_s.arg(QDir::toNativeSeparators(outcome->path))
                          .arg(outcome->items)
                          .arg(what);
    if (outcome->pages > 0)
        summary += u", %1 page%2"_s.arg(outcome->pages).arg(outcome->pages == 1 ? u""_s : u"s"_s);
    summary += u')';
    printLine(summary);
    if (outcome->withheldPrivileged > 0)
        printLine(u"Left out %1 privileged item(s); use --include-privileged to cite them."_s.arg(
            outcome->withheldPrivileged));
    printLine(u"SHA-256 %1"_s.arg(outcome->sha256));
    printLine(u"Manifest %1"_s.arg(QDir::toNativeSeparators(outcome->manifestPath)));
    return Success;
}

int runExportTimeline(const QStringList &arguments)
{
    ArgumentParser args(*CommandRegistry::instance().find(u"export-timeline"_s),
                        u"Export the case chronology as a PDF a court or client can read."_s);
    args.addPositional(u"CASE"_s, u"The case file."_s);
    args.addPositional(u"OUT"_s, u"The PDF to write; OUT.manifest.json is written beside it."_s);
    args.parser().addOptions({
        {u"from"_s, u"Only events on or after DATE (YYYY-MM-DD, YYYY-MM or YYYY)."_s, u"DATE"_s},
        {u"to"_s, u"Only events on or before DATE."_s, u"DATE"_s},
        {u"claim"_s, u"Only events linked to this claim or its elements."_s, u"ID"_s},
        {u"tag"_s, u"Only events with this tag (or a tag beneath it)."_s, u"NAME"_s},
        {u"include-disputed"_s,
         u"Include every event, whatever its dispute status (the default)."_s},
        {u"undisputed-only"_s,
         u"Only events assessed as undisputed (leaves out disputed events and those not yet "
         "assessed)."_s},
    });
    addPdfOptions(args);
    if (auto exit = args.parse(arguments, 2, 2))
        return *exit;
    QCommandLineParser &parser = args.parser();
    Export::TimelineOptions options;
    if (auto exit = readPdfOptions(args, options.pdf))
        return *exit;
    if (parser.isSet(u"include-disputed"_s) && parser.isSet(u"undisputed-only"_s)) {
        printError(u"Use either --include-disputed or --undisputed-only, not both."_s);
        return BadUsage;
    }
    options.filter.undisputedOnly = parser.isSet(u"undisputed-only"_s);
    options.filter.includePrivileged = parser.isSet(u"include-privileged"_s);
    for (const auto &[name, isEnd] : {std::pair{u"from"_s, false}, std::pair{u"to"_s, true}}) {
        if (!parser.isSet(name))
            continue;
        const auto date = parseBound(parser.value(name), isEnd);
        if (!date) {
            printError(u"--%1 \u201C%2\u201D is not a date: use YYYY-MM-DD, YYYY-MM or YYYY."_s.arg(
                name, parser.value(name)));
            return BadUsage;
        }
        (isEnd ? options.filter.to : options.filter.from) = *date;
    }
    if (options.filter.from.isValid() && options.filter.to.isValid()
        && options.filter.from > options.filter.to) {
        printError(u"--from is after --to: no date can match."_s);
        return BadUsage;
    }
    if (parser.isSet(u"claim"_s)) {
        bool ok = false;
        const qint64 id = parser.value(u"claim"_s).toLongLong(&ok);
        if (!ok || id <= 0) {
            printError(u"--claim needs a claim id (a positive number)."_s);
            return BadUsage;
        }
        options.filter.claimId = id;
    }
    options.filter.tag = parser.value(u"tag"_s).trimmed();

    auto caseFile = openForExport(args, options.pdf);
    if (!caseFile)
        return Failure;
    return printOutcome(Export::exportTimeline(*caseFile, args.positional().at(1), options),
                        args.json(),
                        u"events"_s,
                        u"No events match the filters; the PDF is one page that says so."_s);
}

int runExportMatrix(const QStringList &arguments)
{
    ArgumentParser args(*CommandRegistry::instance().find(u"export-matrix"_s),
                        u"Export the claim chart (proof matrix) as a PDF."_s);
    args.addPositional(u"CASE"_s, u"The case file."_s);
    args.addPositional(u"OUT"_s, u"The PDF to write; OUT.manifest.json is written beside it."_s);
    args.parser().addOptions({
        {u"claim"_s, u"Only this claim and its elements."_s, u"ID"_s},
        {u"working-copy"_s,
         u"A reviewer's working copy: show link weights, the weighed balance of each assessment "
         u"and the quote checks. Without it the chart is the court copy, which leaves them out "
         u"(and any quote not found on its cited pages)."_s},
    });
    addPdfOptions(args);
    if (auto exit = args.parse(arguments, 2, 2))
        return *exit;
    Export::ClaimChartOptions options;
    if (auto exit = readPdfOptions(args, options.pdf))
        return *exit;
    options.filter.includePrivileged = args.parser().isSet(u"include-privileged"_s);
    options.workingCopy = args.parser().isSet(u"working-copy"_s);
    if (args.parser().isSet(u"claim"_s)) {
        bool ok = false;
        const qint64 id = args.parser().value(u"claim"_s).toLongLong(&ok);
        if (!ok || id <= 0) {
            printError(u"--claim needs a claim id (a positive number)."_s);
            return BadUsage;
        }
        options.filter.claimId = id;
    }
    auto caseFile = openForExport(args, options.pdf);
    if (!caseFile)
        return Failure;
    return printOutcome(Export::exportClaimChart(*caseFile, args.positional().at(1), options),
                        args.json(),
                        u"claims, elements and factors"_s,
                        u"The case has no claims; the PDF is one page that says so."_s);
}

int runExportExhibits(const QStringList &arguments)
{
    ArgumentParser args(*CommandRegistry::instance().find(u"export-exhibits"_s),
                        u"Export the exhibit list as a PDF or CSV."_s);
    args.addPositional(u"CASE"_s, u"The case file."_s);
    args.addPositional(
        u"OUT"_s, u"The file to write (.pdf or .csv); OUT.manifest.json is written beside it."_s);
    addPdfOptions(args);
    if (auto exit = args.parse(arguments, 2, 2))
        return *exit;
    Export::ExhibitListOptions options;
    if (auto exit = readPdfOptions(args, options.pdf))
        return *exit;
    options.filter.includePrivileged = args.parser().isSet(u"include-privileged"_s);
    const QString out = args.positional().at(1);
    if (!out.endsWith(u".pdf"_s, Qt::CaseInsensitive)
        && !out.endsWith(u".csv"_s, Qt::CaseInsensitive)) {
        printError(u"The exhibit list is written as .pdf or .csv; %1 is neither."_s.arg(out));
        return BadUsage;
    }
    auto caseFile = openForExport(args, options.pdf);
    if (!caseFile)
        return Failure;
    return printOutcome(Export::exportExhibitList(*caseFile, out, options),
                        args.json(),
                        u"exhibits"_s,
                        u"The case has no exhibits to list; the file says so."_s);
}

int runExportPrivilegeLog(const QStringList &arguments)
{
    ArgumentParser args(*CommandRegistry::instance().find(u"export-privilege-log"_s),
                        u"Export the privilege log as a PDF or CSV."_s);
    args.addPositional(u"CASE"_s, u"The case file."_s);
    args.addPositional(
        u"OUT"_s, u"The file to write (.pdf or .csv); OUT.manifest.json is written beside it."_s);
    args.parser().addOptions({
        {u"page-size"_s,
         u"Paper size: letter or a4. By default US Letter for a U.S. court, else the "
         u"locale's."_s,
         u"SIZE"_s},
        {u"title"_s, u"The document title printed under the caption."_s, u"TEXT"_s},
        {u"confidential"_s,
         u"Print a \"Privileged & Confidential — Attorney Work Product\" banner on every page."_s},
        {u"pdfa"_s, u"Write PDF/A-1b for long-term archiving."_s},
    });
    args.addJsonOption();
    if (auto exit = args.parse(arguments, 2, 2))
        return *exit;
    Export::PrivilegeLogOptions options;
    if (auto exit = readPdfOptions(args, options.pdf))
        return *exit;
    const QString out = args.positional().at(1);
    if (!out.endsWith(u".pdf"_s, Qt::CaseInsensitive)
        && !out.endsWith(u".csv"_s, Qt::CaseInsensitive)) {
        printError(u"The privilege log is written as .pdf or .csv; %1 is neither."_s.arg(out));
        return BadUsage;
    }
    auto caseFile = openForExport(args, options.pdf);
    if (!caseFile)
        return Failure;
    return printOutcome(Export::exportPrivilegeLog(*caseFile, out, options),
                        args.json(),
                        u"privileged documents"_s,
                        u"No document is marked privileged; the log says so."_s);
}

} // namespace
} // namespace Casebinder::Cli

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
    u"[--confidential] [--include-privileged] [--pdfa] [--lang CODE] [--json]"_s,
    QString::fromUtf8(QT_TRANSLATE_NOOP(
        "Casebinder::Cli",
        "Export the chronology as a PDF: caption, timeline strip and table with pin cites.")),
    runExportTimeline,
    true);
CASEBINDER_CLI_COMMAND(
    u"export-matrix"_s,
    u"export-matrix CASE OUT.pdf [--claim ID] [--working-copy] [--page-size letter|a4] "
    u"[--title TEXT] [--confidential] [--include-privileged] [--pdfa] [--lang CODE] [--json]"_s,
    QString::fromUtf8(
        QT_TRANSLATE_NOOP("Casebinder::Cli",
                          "Export the claim chart: evidence for and against every element, gaps "
                          "highlighted.")),
    runExportMatrix,
    true);
CASEBINDER_CLI_COMMAND(
    u"export-exhibits"_s,
    u"export-exhibits CASE OUT.pdf|OUT.csv [--page-size letter|a4] "
    u"[--title TEXT] [--confidential] [--include-privileged] [--pdfa] [--lang CODE] [--json]"_s,
    QString::fromUtf8(QT_TRANSLATE_NOOP(
        "Casebinder::Cli",
        "Export the trial exhibit list: number, description, date, Bates range and the columns "
        "set with document set (sponsoring witness, offered, objection, admitted).")),
    runExportExhibits,
    true);
CASEBINDER_CLI_COMMAND(
    u"export-privilege-log"_s,
    u"export-privilege-log CASE OUT.pdf|OUT.csv [--page-size letter|a4] [--title TEXT] "
    u"[--confidential] [--pdfa] [--lang CODE] [--json]"_s,
    QString::fromUtf8(QT_TRANSLATE_NOOP(
        "Casebinder::Cli",
        "Export the privilege log of the documents marked privileged (FRCP 26(b)(5)(A)): log no., "
        "Bates or control no., date, type, author, recipients, privilege asserted, description, "
        "withheld or redacted.")),
    runExportPrivilegeLog,
    true);

// The document's own language, which may differ from the messages' (--lang before the
// command); the case's own text is never translated.
QCommandLineOption languageOption()
{
    return {u"lang"_s,
            CliText::tr("The document's language: %1 (by default the language of the "
                        "messages).")
                .arg(DisplayLanguage::supportedCodes().join(u", "_s)),
            u"CODE"_s};
}

void addPdfOptions(ArgumentParser &args)
{
    args.parser().addOptions({
        {u"page-size"_s,
         CliText::tr("Paper size: letter or a4. By default US Letter for a U.S. court, else the "
                     "locale's."),
         u"SIZE"_s},
        {u"title"_s, CliText::tr("The document title printed under the caption."), u"TEXT"_s},
        {u"confidential"_s,
         CliText::tr("Print a \"Privileged & Confidential — Attorney Work Product\" banner on "
                     "every page.")},
        {u"include-privileged"_s,
         CliText::tr("Cite documents marked privileged (they are left out by default).")},
        {u"pdfa"_s, CliText::tr("Write PDF/A-1b for long-term archiving.")},
        languageOption(),
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
        printError(CliText::tr("Unknown page size “%1”: use letter or a4.").arg(size));
        return BadUsage;
    }
    options.title = parser.value(u"title"_s);
    options.confidential = parser.isSet(u"confidential"_s);
    options.pdfa = parser.isSet(u"pdfa"_s);
    options.language = cliLanguage();
    if (parser.isSet(u"lang"_s)) {
        auto language = DisplayLanguage::fromCode(parser.value(u"lang"_s));
        if (!language) {
            printError(u"--lang: "_s + language.error().message);
            return BadUsage;
        }
        options.language = *language;
    }
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
    QString summary = CliText::tr("Wrote %1 (%2 %3")
                          .arg(QDir::toNativeSeparators(outcome->path))
                          .arg(outcome->items)
                          .arg(what);
    if (outcome->pages > 0)
        summary += outcome->pages == 1 ? CliText::tr(", 1 page")
                                       : CliText::tr(", %1 pages").arg(outcome->pages);
    summary += u')';
    printLine(summary);
    if (outcome->withheldPrivileged > 0)
        printLine(
            CliText::tr("Left out %1 privileged item(s); use --include-privileged to cite them.")
                .arg(outcome->withheldPrivileged));
    printLine(CliText::tr("SHA-256 %1").arg(outcome->sha256));
    printLine(CliText::tr("Manifest %1").arg(QDir::toNativeSeparators(outcome->manifestPath)));
    return Success;
}

int runExportTimeline(const QStringList &arguments)
{
    ArgumentParser args(
        *CommandRegistry::instance().find(u"export-timeline"_s),
        CliText::tr("Export the case chronology as a PDF a court or client can read."));
    args.addPositional(u"CASE"_s, CliText::tr("The case file."));
    args.addPositional(u"OUT"_s,
                       CliText::tr("The PDF to write; OUT.manifest.json is written beside it."));
    args.parser().addOptions({
        {u"from"_s,
         CliText::tr("Only events on or after DATE (YYYY-MM-DD, YYYY-MM or YYYY)."),
         u"DATE"_s},
        {u"to"_s, CliText::tr("Only events on or before DATE."), u"DATE"_s},
        {u"claim"_s, CliText::tr("Only events linked to this claim or its elements."), u"ID"_s},
        {u"tag"_s, CliText::tr("Only events with this tag (or a tag beneath it)."), u"NAME"_s},
        {u"include-disputed"_s,
         CliText::tr("Include every event, whatever its dispute status (the default).")},
        {u"undisputed-only"_s,
         CliText::tr(
             "Only events assessed as undisputed (leaves out disputed events and those not yet "
             "assessed).")},
    });
    addPdfOptions(args);
    if (auto exit = args.parse(arguments, 2, 2))
        return *exit;
    QCommandLineParser &parser = args.parser();
    Export::TimelineOptions options;
    if (auto exit = readPdfOptions(args, options.pdf))
        return *exit;
    if (parser.isSet(u"include-disputed"_s) && parser.isSet(u"undisputed-only"_s)) {
        printError(CliText::tr("Use either --include-disputed or --undisputed-only, not both."));
        return BadUsage;
    }
    options.filter.undisputedOnly = parser.isSet(u"undisputed-only"_s);
    options.filter.includePrivileged = parser.isSet(u"include-privileged"_s);
    for (const auto &[name, isEnd] : {std::pair{u"from"_s, false}, std::pair{u"to"_s, true}}) {
        if (!parser.isSet(name))
            continue;
        const auto date = parseBound(parser.value(name), isEnd);
        if (!date) {
            printError(CliText::tr("--%1 “%2” is not a date: use YYYY-MM-DD, YYYY-MM or YYYY.")
                           .arg(name, parser.value(name)));
            return BadUsage;
        }
        (isEnd ? options.filter.to : options.filter.from) = *date;
    }
    if (options.filter.from.isValid() && options.filter.to.isValid()
        && options.filter.from > options.filter.to) {
        printError(CliText::tr("--from is after --to: no date can match."));
        return BadUsage;
    }
    if (parser.isSet(u"claim"_s)) {
        bool ok = false;
        const qint64 id = parser.value(u"claim"_s).toLongLong(&ok);
        if (!ok || id <= 0) {
            printError(CliText::tr("--claim needs a claim id (a positive number)."));
            return BadUsage;
        }
        options.filter.claimId = id;
    }
    options.filter.tag = parser.value(u"tag"_s).trimmed();

    auto caseFile = openForExport(args, options.pdf);
    if (!caseFile)
        return Failure;
    return printOutcome(
        Export::exportTimeline(*caseFile, args.positional().at(1), options),
        args.json(),
        CliText::tr("events"),
        CliText::tr("No events match the filters; the PDF is one page that says so."));
}

int runExportMatrix(const QStringList &arguments)
{
    ArgumentParser args(*CommandRegistry::instance().find(u"export-matrix"_s),
                        CliText::tr("Export the claim chart (proof matrix) as a PDF."));
    args.addPositional(u"CASE"_s, CliText::tr("The case file."));
    args.addPositional(u"OUT"_s,
                       CliText::tr("The PDF to write; OUT.manifest.json is written beside it."));
    args.parser().addOptions({
        {u"claim"_s, CliText::tr("Only this claim and its elements."), u"ID"_s},
        {u"working-copy"_s,
         CliText::tr(
             "A reviewer's working copy: show link weights, the weighed balance of each assessment "
             "and the quote checks. Without it the chart is the court copy, which leaves them out "
             "(and any quote not found on its cited pages).")},
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
            printError(CliText::tr("--claim needs a claim id (a positive number)."));
            return BadUsage;
        }
        options.filter.claimId = id;
    }
    auto caseFile = openForExport(args, options.pdf);
    if (!caseFile)
        return Failure;
    return printOutcome(Export::exportClaimChart(*caseFile, args.positional().at(1), options),
                        args.json(),
                        CliText::tr("claims, elements and factors"),
                        CliText::tr("The case has no claims; the PDF is one page that says so."));
}

int runExportExhibits(const QStringList &arguments)
{
    ArgumentParser args(*CommandRegistry::instance().find(u"export-exhibits"_s),
                        CliText::tr("Export the exhibit list as a PDF or CSV."));
    args.addPositional(u"CASE"_s, CliText::tr("The case file."));
    args.addPositional(
        u"OUT"_s,
        CliText::tr("The file to write (.pdf or .csv); OUT.manifest.json is written beside it."));
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
        printError(
            CliText::tr("The exhibit list is written as .pdf or .csv; %1 is neither.").arg(out));
        return BadUsage;
    }
    auto caseFile = openForExport(args, options.pdf);
    if (!caseFile)
        return Failure;
    return printOutcome(Export::exportExhibitList(*caseFile, out, options),
                        args.json(),
                        CliText::tr("exhibits"),
                        CliText::tr("The case has no exhibits to list; the file says so."));
}

int runExportPrivilegeLog(const QStringList &arguments)
{
    ArgumentParser args(*CommandRegistry::instance().find(u"export-privilege-log"_s),
                        CliText::tr("Export the privilege log as a PDF or CSV."));
    args.addPositional(u"CASE"_s, CliText::tr("The case file."));
    args.addPositional(
        u"OUT"_s,
        CliText::tr("The file to write (.pdf or .csv); OUT.manifest.json is written beside it."));
    args.parser().addOptions({
        {u"page-size"_s,
         CliText::tr("Paper size: letter or a4. By default US Letter for a U.S. court, else the "
                     "locale's."),
         u"SIZE"_s},
        {u"title"_s, CliText::tr("The document title printed under the caption."), u"TEXT"_s},
        {u"confidential"_s,
         CliText::tr("Print a \"Privileged & Confidential — Attorney Work Product\" banner on "
                     "every page.")},
        {u"pdfa"_s, CliText::tr("Write PDF/A-1b for long-term archiving.")},
        languageOption(),
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
        printError(
            CliText::tr("The privilege log is written as .pdf or .csv; %1 is neither.").arg(out));
        return BadUsage;
    }
    auto caseFile = openForExport(args, options.pdf);
    if (!caseFile)
        return Failure;
    return printOutcome(Export::exportPrivilegeLog(*caseFile, out, options),
                        args.json(),
                        CliText::tr("privileged documents"),
                        CliText::tr("No document is marked privileged; the log says so."));
}

} // namespace
} // namespace Casebinder::Cli

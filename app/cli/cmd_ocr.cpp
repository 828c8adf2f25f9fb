// ocr: recognise the text of scanned pages (issue #16), page by page, resumable.
#include "casefile.h"
#include "clicommand.h"
#include "cliutil.h"
#include "documentstore.h"
#include "enrichmentjob.h"
#include "ocr/ocrenricher.h"
#include "ocr/ocrsettings.h"
#include "ocr/tesseractengine.h"
#include "subcommand.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

#include <csignal>

using namespace Qt::StringLiterals;

namespace Casebinder::Cli {
namespace {

int runOcr(const QStringList &arguments);

CASEBINDER_CLI_COMMAND(
    u"ocr"_s,
    u"ocr CASE [--document ID...] [--lang eng+fra] [--force] [--json]"_s,
    QString::fromUtf8(QT_TRANSLATE_NOOP(
        "Casebinder::Cli",
        "Recognise the text of scanned pages, so search, quotes and cites reach it.")),
    runOcr);

// Ctrl-C stops after the page being read; every page stored so far stays.
std::atomic_bool interrupted = false;

void onInterrupt(int)
{
    interrupted = true;
}

QString duration(qint64 ms)
{
    const qint64 seconds = (ms + 500) / 1000;
    return seconds >= 60 ? u"%1m%2s"_s.arg(seconds / 60).arg(seconds % 60, 2, 10, QChar(u'0'))
                         : u"%1s"_s.arg(seconds);
}

void showProgress(const EnrichmentProgress &progress)
{
    QTextStream err(stderr);
    const QString left = progress.remainingMs >= 0
                             ? CliText::tr(", about %1 left").arg(duration(progress.remainingMs))
                             : QString();
    err << u"\r\x1b[K"_s
               + CliText::tr("[%1/%2 pages%3] %4 p. %5")
                     .arg(progress.pagesDone)
                     .arg(progress.pagesTotal)
                     .arg(left)
                     .arg(progress.document.left(40))
                     .arg(progress.page);
    err.flush();
}

int runOcr(const QStringList &arguments)
{
    ArgumentParser args(
        *CommandRegistry::instance().find(u"ocr"_s),
        CliText::tr(
            "Recognise the text of pages that have no text layer (scans), with Tesseract. Each "
            "page is saved as soon as it is read, so an interrupted run continues where it "
            "stopped the next time. The text the import extracted is kept as it was."));
    args.addPositional(u"CASE"_s, CliText::tr("The case file."));
    args.parser().addOptions({
        {u"document"_s, CliText::tr("Only this document (repeat, or ID,ID,...)."), u"ID"_s},
        {u"lang"_s,
         CliText::tr("Tesseract languages, e.g. eng+fra (default: the case's setting, else eng)."),
         u"LANGS"_s},
        {u"force"_s, CliText::tr("Read the pages again, those with a text layer or OCR text too.")},
    });
    args.addJsonOption();
    if (auto exit = args.parse(arguments, 1, 1))
        return *exit;
    auto ids = parseIds(args.parser().values(u"document"_s), u"document"_s);
    if (!ids)
        return BadUsage;

    const QString casePath = args.positional().constFirst();
    auto caseFile = openCase(casePath, CaseFile::Access::ReadWrite);
    if (!caseFile)
        return Failure;
    for (const qint64 id : std::as_const(*ids)) {
        if (auto document = caseFile->documents().document(id); !document) {
            printError(document.error());
            return Failure;
        }
    }
    auto settings = Ocr::OcrSettings::read(*caseFile);
    if (!settings) {
        printError(settings.error());
        return Failure;
    }
    Ocr::OcrOptions options;
    options.languages
        = args.parser().isSet(u"lang"_s) ? args.parser().value(u"lang"_s) : settings->languages;
    if (auto checked = Ocr::TesseractEngine::checkLanguages(options.languages); !checked) {
        printError(checked.error());
        return checked.error().code == Error::Code::InvalidArgument ? BadUsage : Failure;
    }
    const Ocr::OcrEnricher enricher(options);

    const bool terminal = stderrIsTerminal();
    interrupted = false;
    const auto previous = std::signal(SIGINT, onInterrupt);
    EnrichmentReport report;
    const Status outcome = runEnrichment(*caseFile,
                                         enricher,
                                         {*ids, args.parser().isSet(u"force"_s)},
                                         interrupted,
                                         report,
                                         terminal ? EnrichmentProgressCallback(showProgress)
                                                  : EnrichmentProgressCallback());
    std::signal(SIGINT, previous);
    if (terminal)
        QTextStream(stderr) << u"\r\x1b[K"_s;

    if (args.json()) {
        QJsonObject json = report.toJson();
        json.insert(u"case"_s, casePath);
        json.insert(u"languages"_s, options.languages);
        json.insert(u"completed"_s, bool(outcome));
        if (!outcome)
            json.insert(u"error"_s, outcome.error().fullText());
        printJson(json);
    } else {
        for (const EnrichedDocument &document : std::as_const(report.documents)) {
            printLine(CliText::tr("%1 %2 (document %3): %4 of %5 pages")
                          .arg(document.failures.isEmpty() ? CliText::tr("recognised")
                                                           : CliText::tr("PARTLY    "),
                               document.title)
                          .arg(document.id)
                          .arg(document.pagesDone)
                          .arg(document.pagesPending));
            for (const EnrichmentFailure &failure : document.failures)
                printLine(
                    CliText::tr("           page %1: %2").arg(failure.page).arg(failure.reason));
        }
        printLine(
            report.pagesPending() == 0
                ? CliText::tr("No page needs OCR.")
                : CliText::tr("%1 pages recognised, %2 failed, %3 left.")
                      .arg(report.pagesDone())
                      .arg(report.pagesFailed())
                      .arg(report.pagesPending() - report.pagesDone() - report.pagesFailed()));
    }
    if (!outcome) {
        if (!args.json())
            printError(outcome.error().code == Error::Code::Cancelled
                           ? Error{Error::Code::Cancelled,
                                   CliText::tr(
                                       "Interrupted; the pages read so far are saved, and the next "
                                       "run continues from there.")}
                           : outcome.error());
        return Failure;
    }
    // As for import: some pages could not be read, the rest were.
    return report.pagesFailed() > 0 ? PartialImport : Success;
}

} // namespace
} // namespace Casebinder::Cli

// ocr: recognise the text of scanned pages (issue #16), page by page, resumable.
#include "casefile.h"
#include "clicommand.h"
#include "cliutil.h"
#include "documentstore.h"
#include "enrichmentjob.h"
#include "ocr/ocrenricher.h"
#include "ocr/ocrsettings.h"
#include "ocr/tesseractengine.h"
#include "pagetextstore.h"
#include "subcommand.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
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

    // Pages that failed before under this engine and these languages were left alone (only
    // --force or another engine or language tries them again), and pages read with low
    // confidence are for a reviewer: both are reported with what this run did.
    PageTextStore pageText = PageTextStore::of(*caseFile);
    QList<OcrFailureRecord> earlier;
    if (auto failures = pageText.ocrFailures(*ids)) {
        for (const OcrFailureRecord &failure : std::as_const(*failures)) {
            const bool thisRun = std::ranges::any_of(report.documents, [&](const auto &d) {
                return d.id == failure.page.documentId
                       && std::ranges::any_of(d.failures, [&](const EnrichmentFailure &f) {
                              return f.page == failure.page.number;
                          });
            });
            if (!thisRun)
                earlier.append(failure);
        }
    }
    QList<OcrReviewPage> review;
    if (auto pages = pageText.pagesToReview(settings->reviewBelow)) {
        for (const OcrReviewPage &page : std::as_const(*pages)) {
            if (ids->isEmpty() || ids->contains(page.page.documentId))
                review.append(page);
        }
    }

    if (args.json()) {
        QJsonObject json = report.toJson();
        json.insert(u"case"_s, casePath);
        json.insert(u"languages"_s, options.languages);
        json.insert(u"completed"_s, bool(outcome));
        if (!outcome)
            json.insert(u"error"_s, outcome.error().fullText());
        QJsonArray failedEarlier;
        for (const OcrFailureRecord &failure : std::as_const(earlier))
            failedEarlier.append(QJsonObject{{u"document"_s, failure.page.documentId},
                                             {u"title"_s, failure.documentTitle},
                                             {u"page"_s, failure.page.number},
                                             {u"reason"_s, failure.reason},
                                             {u"engine"_s, failure.engine.engine},
                                             {u"languages"_s, failure.engine.languages},
                                             {u"failed_at"_s, failure.failedAt}});
        json.insert(u"failed_earlier"_s, failedEarlier);
        QJsonArray lowConfidence;
        for (const OcrReviewPage &page : std::as_const(review))
            lowConfidence.append(QJsonObject{{u"document"_s, page.page.documentId},
                                             {u"title"_s, page.documentTitle},
                                             {u"page"_s, page.page.number},
                                             {u"confidence"_s, page.confidence},
                                             {u"words"_s, page.words}});
        json.insert(u"low_confidence"_s, lowConfidence);
        json.insert(u"low_confidence_below"_s, settings->reviewBelow);
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
        for (const OcrFailureRecord &failure : std::as_const(earlier))
            printLine(CliText::tr("not retried %1 (document %2) page %3, failed before: %4")
                          .arg(failure.documentTitle)
                          .arg(failure.page.documentId)
                          .arg(failure.page.number)
                          .arg(failure.reason));
        if (!earlier.isEmpty())
            printLine(CliText::tr("%1 page(s) that failed before were not tried again; --force "
                                  "tries them.")
                          .arg(earlier.size()));
        for (const OcrReviewPage &page : std::as_const(review))
            printLine(CliText::tr("to check    %1 (document %2) page %3: confidence %4")
                          .arg(page.documentTitle)
                          .arg(page.page.documentId)
                          .arg(page.page.number)
                          .arg(page.confidence, 0, 'f', 1));
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

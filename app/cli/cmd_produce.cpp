// produce: a production folder (IMAGES/, TEXT/, NATIVES/, DATA/VOL.dat and VOL.opt) of Bates-
// numbered documents, privileged ones withheld behind slip sheets, recorded in the case.
#include "jobs/caseconnections.h"
#include "productionjob.h"
#include "subcommand.h"

#include <QDir>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Casebinder::Cli {
namespace {

int runProduce(const QStringList &arguments);

CASEBINDER_CLI_COMMAND(
    u"produce"_s,
    u"produce CASE OUTDIR --volume VOL001 [--documents ID,...|--tag NAME] [--legend TEXT] "
    "[--images pdf|tiff] [--include-privileged] [--recipient NAME] [--json]"_s,
    QString::fromUtf8(QT_TRANSLATE_NOOP(
        "Casebinder::Cli",
        "Write a production: Bates-stamped PDFs in IMAGES/, text in TEXT/ (one file per document, "
        "pages separated by form feeds), natives of spreadsheets, media and other files that "
        "cannot "
        "be imaged in NATIVES/ (with a placeholder page), and DATA/VOL.dat (Concordance) and "
        "DATA/VOL.opt (Opticon). Privileged documents are withheld behind a slip sheet unless "
        "--include-privileged is given. OUTDIR must be new or empty; it is written complete or not "
        "at all, and the production is recorded in the case (verify CASE --manifest OUTDIR checks "
        "it later).")),
    runProduce);

int runProduce(const QStringList &arguments)
{
    const Command &command = *CommandRegistry::instance().find(u"produce"_s);
    ArgumentParser args(
        command,
        CliText::tr("Write a production folder of Bates-numbered documents with DAT and OPT "
                    "load files."));
    args.addPositional(u"CASE"_s, CliText::tr("The case file."));
    args.addPositional(u"OUTDIR"_s, CliText::tr("The production folder to write (new or empty)."));
    args.parser().addOptions({
        {u"volume"_s,
         CliText::tr("The volume name (e.g. VOL001): DATA/VOL001.dat and .opt."),
         u"VOL"_s},
        {u"documents"_s,
         CliText::tr(
             "Produce these documents (comma-separated or repeated ids). Default: every document "
             "with a Bates number."),
         u"ID,..."_s},
        {u"tag"_s,
         CliText::tr("Produce the documents with this tag (or a tag beneath it)."),
         u"NAME"_s},
        {u"legend"_s,
         CliText::tr("Printed bottom left on every page, e.g. CONFIDENTIAL (none by default)."),
         u"TEXT"_s},
        {u"images"_s,
         CliText::tr("pdf (default: a stamped PDF per document) or tiff (single-page Group IV "
                     "TIFFs at 300 dpi; JPEG for pages in colour)."),
         u"FORMAT"_s,
         u"pdf"_s},
        {u"include-privileged"_s,
         CliText::tr(
             "Produce privileged documents too, instead of withholding them behind slip sheets.")},
        {u"recipient"_s,
         CliText::tr("Who receives the production (recorded in the case)."),
         u"NAME"_s},
    });
    args.addJsonOption();
    if (auto exit = args.parse(arguments, 2, 2))
        return *exit;
    QCommandLineParser &parser = args.parser();
    if (!parser.isSet(u"volume"_s)) {
        printError(CliText::tr("--volume is needed (e.g. --volume VOL001).") + u'\n'
                   + usageLine(command.synopsis));
        return BadUsage;
    }
    if (parser.isSet(u"documents"_s) && parser.isSet(u"tag"_s)) {
        printError(CliText::tr("Give --documents or --tag, not both."));
        return BadUsage;
    }
    Production::ProductionOptions options;
    options.outDir = args.positional().at(1);
    options.volume = parser.value(u"volume"_s).trimmed();
    options.tag = parser.value(u"tag"_s).trimmed();
    options.legend = parser.value(u"legend"_s).trimmed();
    options.includePrivileged = parser.isSet(u"include-privileged"_s);
    options.recipient = parser.value(u"recipient"_s).trimmed();
    if (parser.isSet(u"documents"_s)) {
        auto ids = parseIds(parser.values(u"documents"_s), u"document"_s);
        if (!ids)
            return BadUsage;
        options.documentIds = *ids;
    }
    const QString images = parser.value(u"images"_s).trimmed().toLower();
    if (images == u"tiff")
        options.images = Production::ImageFormat::Tiff;
    else if (images != u"pdf") {
        printError(CliText::tr("--images is pdf or tiff, not “%1”.").arg(images));
        return BadUsage;
    }
    if (auto ok = Production::checkProductionOptions(options); !ok) {
        printError(ok.error());
        return ok.error().code == Error::Code::InvalidArgument ? BadUsage : Failure;
    }
    // The production is recorded in the case, so the case opens for writing.
    if (!openCase(args.positional().at(0), CaseFile::Access::ReadWrite))
        return Failure;
    Production::ProductionJob job(CaseConnections::create(args.positional().at(0)), options);
    if (auto done = job.runHere(); !done) {
        printError(done.error());
        return Failure;
    }
    const Production::ProductionSummary &summary = job.summary();
    if (args.json()) {
        printJson(QJsonObject{{u"production_id"_s, summary.productionId},
                              {u"folder"_s, summary.folder},
                              {u"volume"_s, summary.volume},
                              {u"bates_begin"_s, summary.batesBegin},
                              {u"bates_end"_s, summary.batesEnd},
                              {u"documents"_s, summary.documents},
                              {u"imaged"_s, summary.imaged},
                              {u"natives"_s, summary.natives},
                              {u"withheld"_s, summary.withheld},
                              {u"image_pages"_s, summary.imagePages},
                              {u"files"_s, summary.files},
                              {u"dat"_s, summary.datPath},
                              {u"opt"_s, summary.optPath}});
        return Success;
    }
    printLine(
        CliText::tr("Produced %1 %2–%3 in %4: %5 document(s) (%6 imaged, %7 native, %8 withheld "
                    "as privileged), %9 file(s).")
            .arg(summary.volume,
                 summary.batesBegin,
                 summary.batesEnd,
                 QDir::toNativeSeparators(summary.folder))
            .arg(summary.documents)
            .arg(summary.imaged)
            .arg(summary.natives)
            .arg(summary.withheld)
            .arg(summary.files));
    printLine(CliText::tr("Load files %1, %2")
                  .arg(QDir::toNativeSeparators(summary.datPath),
                       QDir::toNativeSeparators(summary.optPath)));
    return Success;
}

} // namespace
} // namespace Casebinder::Cli

// The bundled sample case: `sample OUT.casebinder`.
#include "clicommand.h"
#include "cliutil.h"
#include "samplecasebuilder.h"

#include <QJsonObject>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Casebinder::Cli {
namespace {

int runSample(const QStringList &arguments);

// Paints the sample's PDFs, so it needs a QGuiApplication.
CASEBINDER_CLI_COMMAND(
    u"sample"_s,
    u"sample CASE [--json]"_s,
    QString::fromUtf8(QT_TRANSLATE_NOOP(
        "Casebinder::Cli",
        "Build the bundled sample case, Parler LLC v. Amazon Web Services, Inc.")),
    runSample,
    true);

int runSample(const QStringList &arguments)
{
    ArgumentParser args(
        *CommandRegistry::instance().find(u"sample"_s),
        CliText::tr("Build the bundled sample case (Parler LLC v. Amazon Web Services, Inc.) "
                    "through the same import and edit paths a user takes. Never overwrites."));
    args.addPositional(u"CASE"_s, CliText::tr("The case file to create (*.casebinder)."));
    args.addJsonOption();
    if (auto exit = args.parse(arguments, 1, 1))
        return *exit;
    const QString path = args.positional().constFirst();

    const bool showProgress = stderrIsTerminal();
    auto built = SampleCaseBuilder::build(path, [&](const SampleBuildProgress &progress) {
        if (showProgress)
            std::fprintf(stderr,
                         "[%d/%d] %s\n",
                         progress.step,
                         progress.steps,
                         qUtf8Printable(progress.message));
    });
    if (!built) {
        printError(built.error());
        return Failure;
    }
    if (args.json()) {
        printJson(QJsonObject{{u"case"_s, built->path},
                              {u"documents"_s, built->documents},
                              {u"pages"_s, built->pages},
                              {u"posts"_s, built->posts},
                              {u"entities"_s, built->entities},
                              {u"events"_s, built->events},
                              {u"claims"_s, built->claims},
                              {u"links"_s, built->links},
                              {u"verified_quotes"_s, built->verifiedQuotes},
                              {u"tags"_s, built->tags}});
        return Success;
    }
    printLine(
        CliText::tr("Created the sample case %1: %2 documents (%3 pages), %4 posts, %5 events, "
                    "%6 claims and elements, %7 evidence links (%8 quotes verified).")
            .arg(built->path)
            .arg(built->documents)
            .arg(built->pages)
            .arg(built->posts)
            .arg(built->events)
            .arg(built->claims)
            .arg(built->links)
            .arg(built->verifiedQuotes));
    return Success;
}

} // namespace
} // namespace Casebinder::Cli

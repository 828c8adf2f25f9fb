// matrix: the proof matrix of every claim element.
#include "clicommand.h"
#include "cliutil.h"
#include "proofmatrix.h"

using namespace Qt::StringLiterals;

namespace Casebinder::Cli {
namespace {

int runMatrix(const QStringList &arguments);

CASEBINDER_CLI_COMMAND(
    u"matrix"_s,
    u"matrix CASE [--json]"_s,
    QString::fromUtf8(QT_TRANSLATE_NOOP(
        "Casebinder::Cli",
        "For each element or factor: supporting and undermining evidence, and its assessment.")),
    runMatrix);

int runMatrix(const QStringList &arguments)
{
    ArgumentParser args(
        *CommandRegistry::instance().find(u"matrix"_s),
        CliText::tr(
            "Print the proof matrix. Each element or factor is unsupported (no solid support: a"
            " gap), contested (solid support and solid evidence against, with the weights of"
            " both) or supported (solid support, nothing solid against). Disputed events and"
            " quotes not verified are not solid. A claim is no stronger than its weakest "
            "element."));
    args.addPositional(u"CASE"_s, CliText::tr("The case file."));
    args.addJsonOption();
    if (auto exit = args.parse(arguments, 1, 1))
        return *exit;
    auto caseFile = openCase(args.positional().constFirst(), CaseFile::Access::ReadOnly);
    if (!caseFile)
        return Failure;
    auto matrix = ProofMatrix::build(*caseFile);
    if (!matrix) {
        printError(matrix.error());
        return Failure;
    }
    if (args.json()) {
        printJson(matrix->toJson());
        return Success;
    }
    for (const ClaimRollUp &claim : std::as_const(matrix->claims)) {
        printLine(
            CliText::tr("%1 (claim %2): %3").arg(claim.title).arg(claim.claimId).arg(claim.text));
        if (!claim.note.isEmpty())
            printLine(CliText::tr("  Note: ") + claim.note);
        for (const MatrixEvidence &each : claim.directUndermining)
            printLine(CliText::tr("    − against the claim as a whole: %1 (weight %2)")
                          .arg(each.cite)
                          .arg(each.weight));
        for (const ProofMatrix::Row &row : std::as_const(matrix->rows)) {
            if (row.claimId != claim.claimId)
                continue;
            printLine(CliText::tr("  %1 %2  supports %3, undermines %4, context %5  %6%7")
                          .arg(row.nodeId)
                          .arg(row.title)
                          .arg(row.evidence.supports)
                          .arg(row.evidence.undermines)
                          .arg(row.evidence.context)
                          .arg(row.evidence.gap ? CliText::tr("GAP — ") : QString(),
                               row.evidence.assessmentText));
            for (const MatrixEvidence &each : row.strongestSupport)
                printLine(CliText::tr("      + %1 (weight %2)%3")
                              .arg(each.cite)
                              .arg(each.weight)
                              .arg(each.disputed ? CliText::tr(" disputed") : QString()));
            for (const MatrixEvidence &each : row.strongestUndermining)
                printLine(CliText::tr("      − %1 (weight %2)%3")
                              .arg(each.cite)
                              .arg(each.weight)
                              .arg(each.disputed ? CliText::tr(" disputed") : QString()));
        }
    }
    if (matrix->rows.isEmpty())
        printLine(CliText::tr("No claims."));
    return Success;
}

} // namespace
} // namespace Casebinder::Cli

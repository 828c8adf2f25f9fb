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
    u"For each element or factor: supporting and undermining evidence, and its assessment."_s,
    runMatrix);

int runMatrix(const QStringList &arguments)
{
    ArgumentParser args(
        *CommandRegistry::instance().find(u"matrix"_s),
        u"Print the proof matrix. Each element or factor is unsupported (no solid support: a"
        u" gap), contested (solid support and solid evidence against, with the weights of"
        u" both) or supported (solid support, nothing solid against). Disputed events and"
        u" quotes not verified are not solid. A claim is no stronger than its weakest element."_s);
    args.addPositional(u"CASE"_s, u"The case file."_s);
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
        printLine(u"%1 (claim %2): %3"_s.arg(claim.title).arg(claim.claimId).arg(claim.text));
        if (!claim.note.isEmpty())
            printLine(u"  Note: "_s + claim.note);
        for (const MatrixEvidence &each : claim.directUndermining)
            printLine(
                u"    \u2212 against the claim as a whole: %1 (weight %2)"_s.arg(each.cite).arg(
                    each.weight));
        for (const ProofMatrix::Row &row : std::as_const(matrix->rows)) {
            if (row.claimId != claim.claimId)
                continue;
            printLine(u"  %1 %2  supports %3, undermines %4, context %5  %6%7"_s.arg(row.nodeId)
                          .arg(row.title)
                          .arg(row.evidence.supports)
                          .arg(row.evidence.undermines)
                          .arg(row.evidence.context)
                          .arg(row.evidence.gap ? u"GAP \u2014 "_s : QString(),
                               row.evidence.assessmentText));
            for (const MatrixEvidence &each : row.strongestSupport)
                printLine(u"      + %1 (weight %2)%3"_s.arg(each.cite)
                              .arg(each.weight)
                              .arg(each.disputed ? u" disputed"_s : QString()));
            for (const MatrixEvidence &each : row.strongestUndermining)
                printLine(u"      \u2212 %1 (weight %2)%3"_s.arg(each.cite)
                              .arg(each.weight)
                              .arg(each.disputed ? u" disputed"_s : QString()));
        }
    }
    if (matrix->rows.isEmpty())
        printLine(u"No claims."_s);
    return Success;
}

} // namespace
} // namespace Casebinder::Cli

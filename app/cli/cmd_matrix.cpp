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
    u"For each element or factor: supporting and undermining evidence, and gaps."_s,
    runMatrix);

int runMatrix(const QStringList &arguments)
{
    ArgumentParser args(
        *CommandRegistry::instance().find(u"matrix"_s),
        u"Print the proof matrix. An element has a gap when nothing supports it, or when"
        u" all its support is disputed (a disputed event, or a quote not verified)."_s);
    args.addPositional(u"CASE"_s, u"The case file."_s);
    args.addJsonOption();
    if (auto exit = args.parse(arguments, 1, 1))
        return *exit;
    auto caseFile = openCase(args.positional().constFirst(), CaseFile::Access::ReadOnly);
    if (!caseFile)
        return Failure;
    auto matrix = ProofMatrix::build(caseFile->db());
    if (!matrix) {
        printError(matrix.error());
        return Failure;
    }
    if (args.json()) {
        printJson(matrix->toJson());
        return Success;
    }
    qint64 claim = -1;
    for (const ProofMatrix::Row &row : std::as_const(matrix->rows)) {
        if (row.claimId != claim) {
            claim = row.claimId;
            printLine(u"%1 (claim %2)"_s.arg(row.claimTitle).arg(row.claimId));
        }
        printLine(u"  %1 %2  supports %3, undermines %4, context %5%6"_s.arg(row.nodeId)
                      .arg(row.title)
                      .arg(row.evidence.supports)
                      .arg(row.evidence.undermines)
                      .arg(row.evidence.context)
                      .arg(row.evidence.gap ? u"  GAP: "_s + row.evidence.gapReason : QString()));
        for (const MatrixEvidence &each : row.strongestSupport)
            printLine(u"      + %1 (weight %2)%3"_s.arg(each.cite)
                          .arg(each.weight)
                          .arg(each.disputed ? u" disputed"_s : QString()));
        for (const MatrixEvidence &each : row.strongestUndermining)
            printLine(u"      − %1 (weight %2)"_s.arg(each.cite).arg(each.weight));
    }
    if (matrix->rows.isEmpty())
        printLine(u"No claims."_s);
    return Success;
}

} // namespace
} // namespace Casebinder::Cli

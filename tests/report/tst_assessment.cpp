// The one assessment rule (decision 0006): the proof matrix, its JSON, the claims tree, the
// claim chart's data and the Overview must say the same thing about every node.
#include "app/clirunner.h"
#include "assessmentwording.h"
#include "casedocument.h"
#include "caseoverview.h"
#include "exportdata.h"
#include "exportfixture.h"
#include "models/claimtreemodel.h"
#include "proofmatrix.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Casebinder;
using namespace ExportFixture;
using namespace Qt::StringLiterals;

class TestAssessment : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::optional<CaseFile> makeCase(const QString &name)
    {
        auto created = CaseFile::create(m_dir.filePath(name), parlerCaption());
        if (!created)
            return std::nullopt;
        return std::move(*created);
    }

    // Every node of `caseFile`: the chart, the matrix (and its JSON), the claims tree and the
    // Overview agree. Leaves the matrix in `out` for further checks.
    void checkAgreement(CaseFile &caseFile, ProofMatrix &out)
    {
        auto matrix = ProofMatrix::build(caseFile.db());
        auto byNode = ProofMatrix::evidenceByNode(caseFile.db());
        // Privileged sources included: the chart weighs only what it cites, and the matrix
        // sees everything.
        auto chart = loadClaimChart(caseFile.db(), {.includePrivileged = true});
        QVERIFY(matrix);
        QVERIFY(byNode);
        QVERIFY2(chart, qPrintable(chart ? QString() : chart.error().fullText()));
        const QJsonObject json = matrix->toJson();
        QHash<qint64, QJsonObject> jsonNodes;
        for (const QJsonValue &claim : json.value(u"claims"_s).toArray()) {
            jsonNodes.insert(claim[u"id"_s].toInteger(), claim.toObject());
            for (const QJsonValue &element : claim[u"elements"_s].toArray())
                jsonNodes.insert(element[u"id"_s].toInteger(), element.toObject());
        }
        QHash<qint64, const ProofMatrix::Row *> rows;
        for (const ProofMatrix::Row &row : std::as_const(matrix->rows))
            rows.insert(row.nodeId, &row);
        QHash<qint64, const ClaimRollUp *> claims;
        for (const ClaimRollUp &claim : std::as_const(matrix->claims))
            claims.insert(claim.claimId, &claim);

        int compared = 0;
        for (const ChartNode &node : std::as_const(chart->nodes)) {
            const QString where = u"node %1 \u201C%2\u201D"_s.arg(node.id).arg(node.title);
            const NodeEvidence evidence = byNode->value(node.id);
            QVERIFY2(evidence.assessment.value == node.assessment.value, qPrintable(where));
            QVERIFY2(evidence.gap == node.gap, qPrintable(where));
            QCOMPARE(evidence.gapReason, node.gapReason);
            const QJsonObject nodeJson = jsonNodes.value(node.id);
            if (const ProofMatrix::Row *row = rows.value(node.id)) {
                QVERIFY2(row->evidence.assessment.value == node.assessment.value,
                         qPrintable(where));
                QCOMPARE(row->evidence.gap, node.gap);
                QCOMPARE(nodeJson.value(u"gap"_s).toBool(), node.gap);
                QCOMPARE(nodeJson.value(u"assessment"_s).toString(),
                         assessmentName(node.assessment.value));
                ++compared;
            }
            if (node.depth == 0) {
                const ClaimRollUp *claim = claims.value(node.id);
                QVERIFY2(claim, qPrintable(where));
                QVERIFY2(claim->assessment.value == node.assessment.value, qPrintable(where));
                QCOMPARE(claim->assessment.weakest, node.assessment.weakest);
                QCOMPARE(claim->note, node.rollUpNote);
                QCOMPARE(nodeJson.value(u"assessment"_s).toString(),
                         assessmentName(node.assessment.value));
                ++compared;
            }
        }
        QCOMPARE(compared, int(matrix->rows.size() + matrix->claims.size()));

        // The claims tree shows the same values.
        auto copy = caseFile.reopen(CaseFile::Access::ReadOnly);
        QVERIFY(copy);
        CaseDocument document(std::move(*copy));
        ClaimTreeModel tree(document);
        for (const ChartNode &node : std::as_const(chart->nodes)) {
            const QModelIndex index = tree.indexOfNode(node.id);
            QVERIFY(index.isValid());
            QCOMPARE(index.data(ClaimTreeModel::AssessmentRole).toString(),
                     assessmentName(node.assessment.value));
            QCOMPARE(index.data(ClaimTreeModel::GapRole).toBool(), node.gap);
        }

        // The Overview renders the matrix's roll-ups, and nothing else.
        Views::CaseOverview overview;
        overview.showClaims(*matrix);
        const QString shown = overview.claimsText();
        for (const ClaimRollUp &claim : std::as_const(matrix->claims)) {
            QVERIFY2(shown.contains(Views::AssessmentWording::rollUp(claim).toHtmlEscaped()),
                     qPrintable(shown));
            if (claim.assessment.value != Assessment::Supported)
                QVERIFY(!Views::AssessmentWording::rollUp(claim).startsWith(u"supported"_s));
        }
        QVERIFY(!shown.contains(u"every element supported"_s));
        out = *matrix;
    }

    static const ProofMatrix::Row *rowTitled(const ProofMatrix &matrix, const QString &start)
    {
        for (const ProofMatrix::Row &row : matrix.rows) {
            if (row.title.startsWith(start))
                return &row;
        }
        return nullptr;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void unverifiedQuoteOnlyIsUnsupported()
    {
        auto caseFile = makeCase(u"unverified.casebinder"_s);
        QVERIFY(caseFile);
        const qint64 claim = addClaim(*caseFile, u"Breach of contract"_s);
        const qint64 notFound = addClaim(*caseFile, u"Breach"_s, claim, u"element"_s, 0);
        const qint64 unchecked = addClaim(*caseFile, u"Damages"_s, claim, u"element"_s, 1);
        const qint64 order = addDocument(*caseFile, {.kind = u"filing"_s, .docket = u"34"_s});
        linkDocument(*caseFile, notFound, order, 3, u"supports"_s, u"no notice"_s, false, 5);
        linkDocument(*caseFile, unchecked, order, 4, u"supports"_s, u"lost revenue"_s);
        ProofMatrix matrix;
        checkAgreement(*caseFile, matrix);
        if (QTest::currentTestFailed())
            return;
        for (const QString &title : {u"Breach"_s, u"Damages"_s}) {
            const ProofMatrix::Row *row = rowTitled(matrix, title);
            QVERIFY(row);
            QCOMPARE(row->evidence.assessment.value, Assessment::Unsupported);
            QCOMPARE(row->evidence.gapReason, u"only disputed support"_s);
        }
        QCOMPARE(matrix.claims.at(0).assessment.value, Assessment::Unsupported);
    }

    void equalWeightsAreContested()
    {
        auto caseFile = makeCase(u"equal.casebinder"_s);
        QVERIFY(caseFile);
        const qint64 claim = addClaim(*caseFile, u"Breach of contract"_s);
        const qint64 breach = addClaim(*caseFile, u"Breach"_s, claim, u"element"_s, 0);
        const qint64 contract = addDocument(*caseFile, {.title = u"Agreement"_s, .label = u"A"_s});
        linkDocument(*caseFile, breach, contract, 2, u"supports"_s, u"30 days"_s, true, 4);
        linkDocument(*caseFile, breach, contract, 3, u"undermines"_s, {}, std::nullopt, 4);
        ProofMatrix matrix;
        checkAgreement(*caseFile, matrix);
        if (QTest::currentTestFailed())
            return;
        const ProofMatrix::Row *row = rowTitled(matrix, u"Breach"_s);
        QVERIFY(row);
        QCOMPARE(row->evidence.assessment.value, Assessment::Contested);
        QVERIFY(!row->evidence.gap);
        QCOMPARE(row->evidence.assessmentText,
                 u"contested: support 4 vs against 4, evenly balanced"_s);
        QCOMPARE(matrix.claims.at(0).assessment.value, Assessment::Contested);
    }

    void onlyUnderminingIsUnsupported()
    {
        auto caseFile = makeCase(u"against.casebinder"_s);
        QVERIFY(caseFile);
        const qint64 claim = addClaim(*caseFile, u"Public interest"_s);
        const qint64 order = addDocument(*caseFile, {.kind = u"filing"_s, .docket = u"34"_s});
        linkDocument(*caseFile, claim, order, 7, u"undermines"_s, u"violent content"_s, true, 5);
        ProofMatrix matrix;
        checkAgreement(*caseFile, matrix);
        if (QTest::currentTestFailed())
            return;
        const ProofMatrix::Row *row = rowTitled(matrix, u"Public interest"_s);
        QVERIFY(row); // a claim without elements is its own row
        QCOMPARE(row->evidence.assessment.value, Assessment::Unsupported);
        QCOMPARE(row->evidence.assessmentText, u"unsupported: no supporting evidence; against 5"_s);
    }

    void outweighedSupportIsNeverSupported()
    {
        auto caseFile = makeCase(u"outweighed.casebinder"_s);
        QVERIFY(caseFile);
        const qint64 claim = addClaim(*caseFile, u"Injunction"_s);
        const qint64 harm = addClaim(*caseFile, u"Irreparable harm"_s, claim, u"factor"_s, 0);
        const qint64 publicInterest
            = addClaim(*caseFile, u"Public interest"_s, claim, u"factor"_s, 1);
        const qint64 order = addDocument(*caseFile, {.kind = u"filing"_s, .docket = u"34"_s});
        linkDocument(*caseFile, harm, order, 2, u"supports"_s, {}, std::nullopt, 5);
        linkDocument(*caseFile, publicInterest, order, 3, u"supports"_s, {}, std::nullopt, 1);
        linkDocument(*caseFile, publicInterest, order, 7, u"undermines"_s, {}, std::nullopt, 5);
        const qint64 riot = addEvent(*caseFile, {.start = u"2021-01-06"_s, .title = u"Riot"_s});
        linkEvent(*caseFile, publicInterest, riot, u"undermines"_s);
        // A disputed event against is not weighed, and says so.
        const qint64 calls = addEvent(
            *caseFile, {.start = u"2021-01-09"_s, .title = u"Calls"_s, .disputed = true});
        linkEvent(*caseFile, publicInterest, calls, u"undermines"_s);
        ProofMatrix matrix;
        checkAgreement(*caseFile, matrix);
        if (QTest::currentTestFailed())
            return;
        const ProofMatrix::Row *row = rowTitled(matrix, u"Public interest"_s);
        QVERIFY(row);
        QCOMPARE(row->evidence.assessment.value, Assessment::Contested);
        QCOMPARE(row->evidence.assessmentText,
                 u"contested: support 1 vs against 8, the evidence against weighs more; 1 item "
                 u"against not weighed (disputed or unverified)"_s);
        const ClaimRollUp &rollUp = matrix.claims.at(0);
        QCOMPARE(rollUp.assessment.value, Assessment::Contested);
        QCOMPARE(rollUp.assessment.weakest, std::optional<qint64>(publicInterest));
        QVERIFY(rollUp.text.startsWith(u"contested: weakest is \u201CPublic interest\u201D"_s));
    }

    void evidenceAgainstTheWholeClaimKeepsItContested()
    {
        auto caseFile = makeCase(u"whole.casebinder"_s);
        QVERIFY(caseFile);
        const qint64 claim = addClaim(*caseFile, u"Sherman Act"_s);
        const qint64 agreement = addClaim(*caseFile, u"Agreement"_s, claim, u"element"_s, 0);
        const qint64 order = addDocument(*caseFile, {.kind = u"filing"_s, .docket = u"34"_s});
        linkDocument(*caseFile, agreement, order, 2, u"supports"_s, {}, std::nullopt, 2);
        linkDocument(*caseFile, claim, order, 4, u"undermines"_s, {}, std::nullopt, 5);
        ProofMatrix matrix;
        checkAgreement(*caseFile, matrix);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(rowTitled(matrix, u"Agreement"_s)->evidence.assessment.value,
                 Assessment::Supported);
        const ClaimRollUp &rollUp = matrix.claims.at(0);
        QCOMPARE(rollUp.assessment.value, Assessment::Contested);
        QVERIFY(rollUp.assessment.underminedAsAWhole);
        QCOMPARE(rollUp.directUndermining.size(), 1);
        const QJsonObject json = matrix.toJson().value(u"claims"_s).toArray().at(0).toObject();
        QCOMPARE(json.value(u"assessment"_s).toString(), u"contested"_s);
        QCOMPARE(json.value(u"direct"_s).toObject().value(u"undermining_weight"_s).toInt(), 5);
    }

    void sampleCase()
    {
        const QString path = m_dir.filePath(u"sample.casebinder"_s);
        const CliRun run = runCli({u"sample"_s, path}, 300000);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        auto caseFile = CaseFile::open(path, CaseFile::Access::ReadOnly);
        QVERIFY(caseFile);
        ProofMatrix matrix;
        checkAgreement(*caseFile, matrix);
        if (QTest::currentTestFailed())
            return;

        // The court denied the injunction: the record does not read "supported".
        for (const QString &title : {u"Public interest"_s, u"Parler's performance"_s}) {
            const ProofMatrix::Row *row = rowTitled(matrix, title);
            QVERIFY2(row, qPrintable(title));
            QCOMPARE(row->evidence.assessment.value, Assessment::Contested);
            QVERIFY(row->evidence.assessment.own.underminingWeight
                    > row->evidence.assessment.own.supportWeight);
        }
        for (const ClaimRollUp &claim : matrix.claims) {
            QVERIFY2(claim.assessment.value != Assessment::Supported, qPrintable(claim.title));
            if (claim.templateId == u"preliminary-injunction") {
                QCOMPARE(claim.assessment.value, Assessment::Contested);
                QCOMPARE(claim.weakestTitle, u"Public interest"_s);
                QVERIFY(claim.note.contains(u"632 F.3d 1127"_s));
                QVERIFY(claim.note.contains(u"does not decide whether the alternative"_s));
            } else {
                QVERIFY(claim.note.isEmpty());
            }
        }

        // The CLI's JSON: every element and every claim has an assessment.
        const CliRun json = runCli({u"matrix"_s, path, u"--json"_s});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray claims
            = QJsonDocument::fromJson(json.out).object().value(u"claims"_s).toArray();
        QCOMPARE(claims.size(), 4);
        QStringList contested;
        for (const QJsonValue &claim : claims) {
            QVERIFY(claim[u"assessment"_s].isString());
            for (const QJsonValue &element : claim[u"elements"_s].toArray()) {
                QVERIFY(element[u"assessment"_s].isString());
                // gap keeps its meaning: no solid support.
                QCOMPARE(element[u"gap"_s].toBool(),
                         element[u"assessment"_s].toString() == u"unsupported");
                if (element[u"assessment"_s].toString() == u"contested")
                    contested.append(element[u"title"_s].toString());
            }
        }
        QVERIFY(contested.contains(u"Public interest"_s));
        QVERIFY(contested.contains(u"Parler's performance"_s));

        // The Overview, as a user sees it.
        Views::CaseOverview overview;
        overview.showClaims(matrix);
        const QString shown = overview.claimsText();
        QVERIFY(shown.contains(u"contested — weakest: Public interest"_s));
        QVERIFY(shown.contains(u"Alliance for the Wild Rockies"_s));
    }
};

QTEST_MAIN(TestAssessment)
#include "tst_assessment.moc"

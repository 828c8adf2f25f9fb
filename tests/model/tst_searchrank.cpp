#include "sqlite/database.h"
#include "sqlite/fts5rank.h"
#include "sqlite/statement.h"
#include "sqlite/transaction.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>

using namespace Casebinder;
using namespace Qt::StringLiterals;

namespace {

struct Scored
{
    qint64 rowid;
    double exact; // FTS5's bm25()
    double ours;
};

// Rows whose words are drawn with fixed probabilities, so that each word's document frequency
// is known in advance: a stand-in for a case where some words are common and most are rare.
bool fill(Sql::Database &db, int rows, const QList<std::pair<QString, double>> &words)
{
    auto transaction = Sql::Transaction::begin(db);
    if (!transaction)
        return false;
    auto insert = db.prepare(u"INSERT INTO t (title, body) VALUES (?1, ?2)"_s);
    if (!insert)
        return false;
    QRandomGenerator random(20261123);
    for (int row = 0; row < rows; ++row) {
        QStringList title;
        QStringList body;
        for (const auto &[word, share] : words) {
            if (random.generateDouble() < share)
                (random.bounded(4) == 0 ? title : body).append(word);
            if (random.generateDouble() < share / 2)
                body.append(word); // a second occurrence in some rows
        }
        for (int filler = int(random.bounded(12)); filler >= 0; --filler)
            body.append(u"filler%1"_s.arg(random.bounded(200)));
        insert->reset();
        insert->bind(1, title.join(u' ')).bind(2, body.join(u' '));
        if (!insert->exec())
            return false;
    }
    return bool(transaction->commit());
}

Result<QList<Scored>> scores(Sql::Database &db,
                             const QString &function,
                             const QString &query,
                             const QString &weights = {})
{
    auto statement = db.prepare(u"SELECT rowid, bm25(t%2), %1(t%2) FROM t WHERE t MATCH ?1"
                                u" ORDER BY rowid"_s.arg(function, weights));
    if (!statement)
        return fail(statement.error());
    statement->bind(1, query);
    QList<Scored> result;
    for (;;) {
        auto row = statement->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            return result;
        result.append({statement->integer(0), statement->real(1), statement->real(2)});
    }
}

} // namespace

class TestSearchRank : public QObject
{
    Q_OBJECT

private:
    std::optional<Sql::Database> m_db;

private slots:
    void initTestCase()
    {
        auto db = Sql::Database::openInMemory();
        QVERIFY(db);
        m_db.emplace(std::move(*db));
        QVERIFY(m_db->exec(u"CREATE VIRTUAL TABLE t USING fts5(title, body)"_s));
        // 4,000 rows: "common" in ~14 % of them (~580), "medium" in ~2.4 %, "rare" in ~0.3 %.
        QVERIFY(fill(*m_db,
                     4000,
                     {{u"common"_s, 0.1},
                      {u"medium"_s, 0.016},
                      {u"rare"_s, 0.002},
                      {u"alpha"_s, 0.01},
                      {u"beta"_s, 0.005},
                      {u"gamma"_s, 0.008},
                      {u"gamut"_s, 0.003}}));
        // A second function on the same connection, estimating every phrase above 256 rows.
        QVERIFY(Sql::Fts5Rank::registerFunction(m_db->handle(), "capped_bm25", 256));
    }

    void matchesBuiltInBm25UnderTheCap_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("weights");
        QTest::newRow("one word") << u"common"_s << QString();
        QTest::newRow("two words") << u"common medium"_s << QString();
        QTest::newRow("or") << u"alpha OR rare OR gamma"_s << QString();
        QTest::newRow("not") << u"common NOT alpha"_s << QString();
        QTest::newRow("phrase") << u"\"common medium\""_s << QString();
        QTest::newRow("prefix") << u"gam*"_s << QString();
        QTest::newRow("prefix and word") << u"gam* common"_s << QString();
        QTest::newRow("column filter") << u"title : common"_s << QString();
        QTest::newRow("weights") << u"common OR beta"_s << u", 3.0, 0.5"_s;
    }

    void matchesBuiltInBm25UnderTheCap()
    {
        QFETCH(QString, query);
        QFETCH(QString, weights);
        auto scored = scores(*m_db, QString::fromUtf8(Sql::Fts5Rank::FunctionName), query, weights);
        QVERIFY2(scored, qPrintable(scored ? QString() : scored.error().fullText()));
        QVERIFY(scored->size() > 3);
        for (const Scored &row : std::as_const(*scored)) {
            QVERIFY(row.exact < 0);
            QVERIFY2(
                qFuzzyCompare(row.ours, row.exact),
                qPrintable(u"row %1: %2 vs bm25 %3"_s.arg(row.rowid).arg(row.ours).arg(row.exact)));
        }
    }

    // Phrases in fewer rows than the cap are counted, not estimated, whatever the cap.
    void countsPhrasesUnderTheCapExactly()
    {
        for (const QString &query : {u"rare"_s, u"beta"_s, u"rare OR beta"_s}) {
            auto scored = scores(*m_db, u"capped_bm25"_s, query);
            QVERIFY(scored);
            QVERIFY(!scored->isEmpty());
            QVERIFY(scored->size() < 256);
            for (const Scored &row : std::as_const(*scored))
                QVERIFY(qFuzzyCompare(row.ours, row.exact));
        }
    }

    // "common" is in ~580 rows and the cap is 256: its IDF is estimated from the first 256.
    // One phrase: every score is the exact one times IDF(estimate) / IDF(count), so the order is
    // the same, and for a phrase spread evenly the factor is within 10 %.
    void estimatesCommonPhrasesWithinTolerance()
    {
        auto scored = scores(*m_db, u"capped_bm25"_s, u"common"_s);
        QVERIFY(scored);
        QVERIFY(scored->size() > 400);
        const double factor = scored->constFirst().ours / scored->constFirst().exact;
        qInfo("IDF(estimate) / IDF(count) = %.4f", factor);
        QVERIFY(!qFuzzyCompare(factor, 1.0)); // the cap was in effect
        QVERIFY(std::abs(factor - 1) < 0.10);
        for (const Scored &row : std::as_const(*scored))
            QVERIFY(qFuzzyCompare(row.ours, row.exact * factor));
    }

    // Several phrases, one of them estimated: the weights between phrases shift a little, so
    // rows whose exact scores differ clearly (by more than 10 %) keep their order.
    void keepsTheOrderOfClearlyDifferentRows_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("common or medium") << u"common OR medium"_s;
        QTest::newRow("common or rare") << u"common OR rare OR alpha"_s;
        QTest::newRow("common and any") << u"common AND (gamma OR alpha OR medium)"_s;
    }

    void keepsTheOrderOfClearlyDifferentRows()
    {
        QFETCH(QString, query);
        auto scored = scores(*m_db, u"capped_bm25"_s, query);
        QVERIFY(scored);
        QVERIFY(scored->size() > 10);
        int compared = 0;
        for (const Scored &a : std::as_const(*scored)) {
            for (const Scored &b : std::as_const(*scored)) {
                if (!(a.exact < b.exact * 1.10)) // negative scores: a clearly better than b
                    continue;
                ++compared;
                QVERIFY2(a.ours < b.ours,
                         qPrintable(u"rows %1 and %2 swapped"_s.arg(a.rowid).arg(b.rowid)));
            }
        }
        QVERIFY(compared > 0);
    }

    void registersOnEveryConnection()
    {
        auto db = Sql::Database::openInMemory();
        QVERIFY(db);
        QVERIFY(db->exec(u"CREATE VIRTUAL TABLE t USING fts5(title, body)"_s));
        QVERIFY(db->exec(u"INSERT INTO t VALUES ('a', 'word'), ('b', 'other words')"_s));
        auto statement = db->prepare(u"SELECT casebinder_bm25(t) FROM t WHERE t MATCH 'word'"_s);
        QVERIFY(statement);
        auto row = statement->step();
        QVERIFY(row && *row);
        QVERIFY(statement->real(0) < 0);
    }
};

QTEST_GUILESS_MAIN(TestSearchRank)
#include "tst_searchrank.moc"

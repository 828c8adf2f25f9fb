#include "searchquery.h"
#include "sqlite/database.h"
#include "sqlite/statement.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Casebinder;
using namespace Qt::StringLiterals;

class TestSearchQuery : public QObject
{
    Q_OBJECT

private:
    // Every translated query must be accepted by FTS5 itself.
    static void runOnFts5(const QString &expression)
    {
        static auto db = [] {
            auto opened = Sql::Database::openInMemory();
            Q_ASSERT(opened);
            auto created
                = opened->exec(u"CREATE VIRTUAL TABLE t USING fts5(text);"
                               u" INSERT INTO t VALUES ('the breach of contract was material');"_s);
            Q_ASSERT(created);
            return std::move(*opened);
        }();
        auto statement = db.prepare(u"SELECT count(*) FROM t WHERE t MATCH ?"_s);
        QVERIFY(statement);
        statement->bind(1, expression);
        auto row = statement->step();
        QVERIFY2(row,
                 qPrintable(expression + u" → "_s + (row ? QString() : row.error().fullText())));
    }

private slots:
    void translates_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("fts");
        QTest::newRow("word") << u"breach"_s << u"\"breach\""_s;
        QTest::newRow("implicit and") << u"breach contract"_s << u"(\"breach\" AND \"contract\")"_s;
        QTest::newRow("phrase") << u"\"material breach\""_s << u"\"material breach\""_s;
        QTest::newRow("curly phrase") << u"“material breach”"_s << u"\"material breach\""_s;
        QTest::newRow("prefix") << u"contract*"_s << u"\"contract\"*"_s;
        QTest::newRow("phrase prefix") << u"\"material bre\"*"_s << u"\"material bre\"*"_s;
        QTest::newRow("or") << u"breach OR default"_s << u"(\"breach\" OR \"default\")"_s;
        QTest::newRow("not") << u"contract NOT lease"_s << u"(\"contract\" NOT \"lease\")"_s;
        QTest::newRow("and not") << u"contract AND NOT lease"_s
                                 << u"(\"contract\" NOT \"lease\")"_s;
        QTest::newRow("two nots") << u"a NOT b NOT c"_s << u"(\"a\" NOT (\"b\" OR \"c\"))"_s;
        QTest::newRow("precedence") << u"a b OR c"_s << u"((\"a\" AND \"b\") OR \"c\")"_s;
        QTest::newRow("parentheses") << u"a (b OR c)"_s << u"(\"a\" AND (\"b\" OR \"c\"))"_s;
        QTest::newRow("lowercase operators are words")
            << u"cats and dogs"_s << u"(\"cats\" AND \"and\" AND \"dogs\")"_s;
        QTest::newRow("fts5 syntax is quoted")
            << u"NEAR(a b) col:x ^start +y"_s
            << u"(\"NEAR\" AND (\"a\" AND \"b\") AND \"col:x\" AND \"^start\" AND \"+y\")"_s;
        QTest::newRow("hyphen") << u"non-party"_s << u"\"non-party\""_s;
        QTest::newRow("apostrophe") << u"Chapel's"_s << u"\"Chapel's\""_s;
        QTest::newRow("noise dropped")
            << u"breach & § damages"_s << u"(\"breach\" AND \"damages\")"_s;
        QTest::newRow("inner star") << u"a*b"_s << u"\"ab\""_s;
        QTest::newRow("sql injection")
            << u"x'; DROP TABLE pages;--"_s
            << u"(\"x';\" AND \"DROP\" AND \"TABLE\" AND \"pages;--\")"_s;
    }

    void translates()
    {
        QFETCH(QString, query);
        QFETCH(QString, fts);
        auto parsed = SearchQuery::parse(query);
        QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
        QCOMPARE(parsed->ftsExpression(), fts);
        runOnFts5(parsed->ftsExpression());
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("because");
        QTest::newRow("empty") << u"   "_s << u"empty"_s;
        QTest::newRow("unbalanced quote") << u"\"material breach"_s << u"quotation mark"_s;
        QTest::newRow("lone NOT") << u"NOT"_s << u"NOT without a term"_s;
        QTest::newRow("only NOT") << u"NOT lease"_s << u"only excludes"_s;
        QTest::newRow("trailing AND") << u"breach AND"_s << u"AND without a term after"_s;
        QTest::newRow("leading OR") << u"OR breach"_s << u"OR without a term before"_s;
        QTest::newRow("trailing OR") << u"breach OR"_s << u"OR without a term after"_s;
        QTest::newRow("open paren") << u"(breach OR default"_s << u"never closed"_s;
        QTest::newRow("close paren") << u"breach)"_s << u"closing parenthesis"_s;
        QTest::newRow("empty parens") << u"breach ()"_s << u"empty parentheses"_s;
        QTest::newRow("only punctuation") << u"*** ^^ ::"_s << u"no words"_s;
        QTest::newRow("empty phrase") << u"\"\""_s << u"no words"_s;
        QTest::newRow("deep") << QString(200, u'(') + u"a"_s + QString(200, u')')
                              << u"too deeply"_s;
        QTest::newRow("injection with parenthesis")
            << u"x'); DROP TABLE pages;--"_s << u"closing parenthesis"_s;
        QTest::newRow("NOT NOT") << u"a NOT NOT b"_s << u"NOT without a term"_s;
    }

    void refuses()
    {
        QFETCH(QString, query);
        QFETCH(QString, because);
        auto parsed = SearchQuery::parse(query);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().code, Error::Code::InvalidArgument);
        QVERIFY2(parsed.error().message.contains(because), qPrintable(parsed.error().message));
        QVERIFY(!parsed.error().message.contains(u"fts5"_s, Qt::CaseInsensitive));
    }

    void termsForHighlighting()
    {
        auto parsed = SearchQuery::parse(u"breach \"material term\" NOT lease"_s);
        QVERIFY(parsed);
        QCOMPARE(parsed->terms(), (QStringList{u"breach"_s, u"material term"_s}));
    }

    // Random strings of query syntax: each either parses into something FTS5 accepts or is
    // refused with a message; never an SQLite error.
    void hostileInputNeverReachesFts5AsAnError()
    {
        const QString alphabet = u"ab \"()*^:+-NOTANDOR{}'“”\\;%_"_s;
        QRandomGenerator random(20240601);
        for (int i = 0; i < 3000; ++i) {
            QString query;
            const int length = int(random.bounded(1, 24));
            for (int j = 0; j < length; ++j)
                query += alphabet.at(int(random.bounded(alphabet.size())));
            auto parsed = SearchQuery::parse(query);
            if (parsed)
                runOnFts5(parsed->ftsExpression());
            else
                QVERIFY(!parsed.error().message.isEmpty());
        }
    }
};

QTEST_GUILESS_MAIN(TestSearchQuery)
#include "tst_searchquery.moc"

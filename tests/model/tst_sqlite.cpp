#include "sqlite/database.h"
#include "sqlite/statement.h"
#include "sqlite/transaction.h"

#include <QTest>

using namespace Casebinder;
using namespace Qt::StringLiterals;

class TestSqlite : public QObject
{
    Q_OBJECT

private slots:
    void bindsAndReadsEveryType()
    {
        auto db = Sql::Database::openInMemory();
        QVERIFY(db);
        QVERIFY(db->exec(u"CREATE TABLE t (s TEXT, b BLOB, i INTEGER, r REAL, n TEXT)"_s));
        auto insert = db->prepare(u"INSERT INTO t VALUES (?, ?, ?, ?, ?)"_s);
        QVERIFY(insert);
        const QString unicode = u"Café “quoted” — עברית 🙂"_s;
        insert->bind(1, unicode)
            .bind(2, QByteArray("\0\1\2", 3))
            .bind(3, qint64(1) << 40)
            .bind(4, 2.5)
            .bind(5, nullptr);
        QVERIFY(insert->exec());
        auto select = db->prepare(u"SELECT s, b, i, r, n FROM t"_s);
        QVERIFY(select);
        auto row = select->step();
        QVERIFY(row && *row);
        QCOMPARE(select->text(0), unicode);
        QCOMPARE(select->blob(1), QByteArray("\0\1\2", 3));
        QCOMPARE(select->integer(2), qint64(1) << 40);
        QCOMPARE(select->real(3), 2.5);
        QVERIFY(select->isNull(4));
        QVERIFY(!select->optionalInteger(4));
        auto done = select->step();
        QVERIFY(done && !*done);
    }

    void errorsAreValuesWithReadableMessages()
    {
        auto db = Sql::Database::openInMemory();
        QVERIFY(db);
        auto bad = db->prepare(u"SELECT * FROM no_such_table"_s);
        QVERIFY(!bad);
        QVERIFY(bad.error().detail.contains(u"no_such_table"_s)
                || bad.error().message.contains(u"no_such_table"_s));
        QVERIFY(db->exec(u"CREATE TABLE u (x UNIQUE)"_s));
        QVERIFY(db->exec(u"INSERT INTO u VALUES (1)"_s));
        auto duplicate = db->prepare(u"INSERT INTO u VALUES (1)"_s);
        QVERIFY(duplicate);
        auto result = duplicate->exec();
        QVERIFY(!result);
        QCOMPARE(result.error().code, Error::Code::Constraint);
    }

    void prepareRefusesASecondStatement()
    {
        auto db = Sql::Database::openInMemory();
        QVERIFY(db);
        QVERIFY(db->exec(u"CREATE TABLE t (x)"_s));
        auto two = db->prepare(u"INSERT INTO t VALUES (1); DELETE FROM t"_s);
        QVERIFY(!two);
        QCOMPARE(two.error().code, Error::Code::InvalidArgument);
        auto brokenTail = db->prepare(u"SELECT 1; this is not SQL"_s);
        QVERIFY(!brokenTail);
        QVERIFY(db->prepare(u"SELECT 1;"_s));
        QVERIFY(db->prepare(u"SELECT 1; -- why\n /* and a note */ ;  "_s));
    }

    void transactionRollsBackUnlessCommitted()
    {
        auto db = Sql::Database::openInMemory();
        QVERIFY(db);
        QVERIFY(db->exec(u"CREATE TABLE t (x)"_s));
        {
            auto transaction = Sql::Transaction::begin(*db);
            QVERIFY(transaction);
            QVERIFY(db->exec(u"INSERT INTO t VALUES (1)"_s));
        }
        {
            auto transaction = Sql::Transaction::begin(*db);
            QVERIFY(transaction);
            QVERIFY(db->exec(u"INSERT INTO t VALUES (2)"_s));
            QVERIFY(transaction->commit());
        }
        auto count = db->prepare(u"SELECT group_concat(x) FROM t"_s);
        QVERIFY(count && *count->step());
        QCOMPARE(count->text(0), u"2"_s);
    }

    void cachedStatementsAreReset()
    {
        auto db = Sql::Database::openInMemory();
        QVERIFY(db);
        QVERIFY(db->exec(u"CREATE TABLE t (x)"_s));
        for (int i = 0; i < 3; ++i) {
            auto insert = db->cached("INSERT INTO t VALUES (?)");
            QVERIFY(insert);
            (*insert)->bind(1, i);
            QVERIFY((*insert)->exec());
        }
        auto first = db->cached("SELECT count(*) FROM t");
        QVERIFY(first && *(*first)->step());
        QCOMPARE((*first)->integer(0), 3);
    }
};

QTEST_GUILESS_MAIN(TestSqlite)
#include "tst_sqlite.moc"

// The bulk path for posts: SHA-256, UTF-8 batches, savepoints and the chunked PostLoader.
#include "casefile.h"
#include "importsession.h"
#include "postbatch.h"
#include "sha256.h"
#include "sqlite/database.h"
#include "sqlite/statement.h"
#include "sqlite/transaction.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Casebinder;
using namespace Qt::StringLiterals;

namespace {

qint64 scalar(Sql::Database &db, const QString &sql)
{
    auto statement = db.prepare(sql);
    if (!statement || !statement->step().value_or(false))
        return -1;
    return statement->integer(0);
}

QList<PostRecord> makePosts(int count, int firstNumber = 1)
{
    QList<PostRecord> posts;
    for (int i = 0; i < count; ++i) {
        const int n = firstNumber + i;
        PostRecord post;
        post.externalId = QString::number(n);
        post.text = u"post %1 about the levee résumé 👀"_s.arg(n);
        post.authorHandle = u"user%1"_s.arg(n % 97);
        post.flagCategory = n % 2 ? u"threat"_s : u"other"_s;
        post.postedAt = u"2021-01-%1T10:00:00Z"_s.arg(1 + n % 28, 2, 10, QChar(u'0'));
        posts.append(post);
    }
    return posts;
}

qint64 ftsTriggers(Sql::Database &db)
{
    return scalar(db,
                  u"SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name = "
                  u"'posts_fts_insert'"_s);
}

QStringList postsIndexes(Sql::Database &db)
{
    auto statement = db.prepare(u"SELECT name FROM sqlite_master WHERE type = 'index' AND "
                                u"tbl_name = 'posts' AND sql IS NOT NULL ORDER BY name"_s);
    QStringList names;
    while (statement && statement->step().value_or(false))
        names.append(statement->text(0));
    return names;
}

} // namespace

class TestPostLoading : public QObject
{
    Q_OBJECT

private slots:
    void sha256MatchesKnownDigests()
    {
        QCOMPARE(Sha256::hex("abc"),
                 u"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"_s);
        QCOMPARE(Sha256::hex({}),
                 u"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"_s);
        QByteArray random(3 * 1024 * 1024 + 17, Qt::Uninitialized);
        QRandomGenerator generator(20261123);
        for (char &byte : random)
            byte = char(generator.bounded(256));
        Sha256 incremental;
        for (qsizetype offset = 0; offset < random.size(); offset += 100000)
            incremental.addData(QByteArrayView(random).sliced(offset).first(
                std::min<qsizetype>(100000, random.size() - offset)));
        const QString expected = QString::fromLatin1(
            QCryptographicHash::hash(random, QCryptographicHash::Sha256).toHex());
        QCOMPARE(incremental.hexResult(), expected);
        QCOMPARE(Sha256::hex(random), expected);
    }

    void batchEncodesUtf8AndNulls()
    {
        PostRecord post;
        post.text = u"Ünïcode 👀 \"quoted\""_s;
        post.authorName = u""_s;
        post.extra = QJsonObject{{u"likes"_s, u"12"_s}};
        post.reportedOn = u"2021-01-08"_s;
        const PostBatch batch({post, PostRecord()});
        QCOMPARE(batch.size(), 2);
        QCOMPARE(batch.value(0, PostBatch::Column::Text).toByteArray(), post.text.toUtf8());
        QVERIFY(batch.value(0, PostBatch::Column::PostedAt).isNull()); // NULL, not ''
        QCOMPARE(batch.value(0, PostBatch::Column::ReportedOn).toByteArray(), "2021-01-08");
        QVERIFY(!batch.value(0, PostBatch::Column::AuthorName).isNull()); // '' for NOT NULL
        QCOMPARE(batch.value(0, PostBatch::Column::AuthorName).size(), 0);
        QCOMPARE(batch.value(0, PostBatch::Column::Extra).toByteArray(), "{\"likes\":\"12\"}");
        QCOMPARE(batch.value(1, PostBatch::Column::Extra).toByteArray(), "{}");
        QCOMPARE(batch.value(1, PostBatch::Column::StatusName).toByteArray(), "unknown");
    }

    void savepointUndoesOnlyItsPart()
    {
        auto db = Sql::Database::openInMemory();
        QVERIFY(db);
        QVERIFY(db->exec(u"CREATE TABLE t (v INTEGER)"_s));
        auto transaction = Sql::Transaction::begin(*db);
        QVERIFY(transaction);
        QVERIFY(db->exec(u"INSERT INTO t VALUES (1)"_s));
        {
            auto savepoint = Sql::Savepoint::begin(*db, "part");
            QVERIFY(savepoint);
            QVERIFY(db->exec(u"INSERT INTO t VALUES (2)"_s));
        } // rolled back by the destructor
        {
            auto savepoint = Sql::Savepoint::begin(*db, "part");
            QVERIFY(savepoint);
            QVERIFY(db->exec(u"INSERT INTO t VALUES (3)"_s));
            QVERIFY(savepoint->release());
        }
        QVERIFY(transaction->commit());
        auto values = db->prepare(u"SELECT group_concat(v, ',') FROM t"_s);
        QVERIFY(values && values->step().value_or(false));
        QCOMPARE(values->text(0), u"1,3"_s);
    }

    void chunkedLoadIndexesEveryPost()
    {
        QTemporaryDir dir;
        auto caseFile = CaseFile::create(dir.filePath(u"chunks.casebinder"_s), {u"Chunks"_s});
        QVERIFY(caseFile);
        Sql::Database &db = caseFile->db();
        const QStringList indexesBefore = postsIndexes(db);
        QCOMPARE(indexesBefore.size(), 4);
        auto session = ImportSession::begin(db, {});
        QVERIFY(session);
        PostLoader loader = session->loadPosts();
        // Told to expect a source that doubles the table, the loader sets the indexes aside
        // from the first chunk on.
        loader.expect(250000);
        for (int chunk = 0; chunk < 4; ++chunk)
            QVERIFY(loader.add(makePosts(1500, chunk * 1500 + 1)));
        QVERIFY(postsIndexes(db).isEmpty());
        QCOMPARE(ftsTriggers(db), 0);
        auto finished = loader.finish();
        QVERIFY(finished);
        QCOMPARE(*finished, 6000);
        QVERIFY(session->commit({}));

        QCOMPARE(postsIndexes(db), indexesBefore);
        QCOMPARE(ftsTriggers(db), 1);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM posts_fts WHERE posts_fts MATCH 'levee'"_s),
                 6000);
        QCOMPARE(
            scalar(db, u"SELECT count(*) FROM posts_fts WHERE posts_fts MATCH '\"post 4321\"'"_s),
            1);
        // Diacritics folded like every other post: the same index, the same tokenizer.
        QCOMPARE(scalar(db, u"SELECT count(*) FROM posts_fts WHERE posts_fts MATCH 'resume'"_s),
                 6000);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM posts WHERE author_handle = 'user5'"_s),
                 scalar(db, u"SELECT count(*) FROM posts WHERE author_handle || '' = 'user5'"_s));
        QVERIFY(db.exec(u"INSERT INTO posts_fts (posts_fts) VALUES ('integrity-check')"_s));
        auto check = db.prepare(u"PRAGMA integrity_check"_s);
        QVERIFY(check && check->step().value_or(false));
        QCOMPARE(check->text(0), u"ok"_s);
        // The full-text buffer setting is stored with the index.
        QCOMPARE(scalar(db, u"SELECT v FROM posts_fts_config WHERE k = 'hashsize'"_s),
                 32 * 1024 * 1024);
    }

    void smallLoadKeepsTheTrigger()
    {
        QTemporaryDir dir;
        auto caseFile = CaseFile::create(dir.filePath(u"small.casebinder"_s), {u"Small"_s});
        QVERIFY(caseFile);
        Sql::Database &db = caseFile->db();
        auto session = ImportSession::begin(db, {});
        QVERIFY(session);
        PostLoader loader = session->loadPosts();
        QVERIFY(loader.add(makePosts(20)));
        // Row by row through the trigger: nothing about the schema changes.
        QCOMPARE(postsIndexes(db).size(), 4);
        QCOMPARE(ftsTriggers(db), 1);
        QCOMPARE(loader.finish().value_or(-1), 20);
        QVERIFY(session->commit({}));
        QCOMPARE(scalar(db, u"SELECT count(*) FROM posts_fts WHERE posts_fts MATCH 'levee'"_s), 20);
    }

    void rollbackRestoresTheSchema()
    {
        QTemporaryDir dir;
        auto caseFile = CaseFile::create(dir.filePath(u"undo.casebinder"_s), {u"Undo"_s});
        QVERIFY(caseFile);
        Sql::Database &db = caseFile->db();
        const QStringList indexesBefore = postsIndexes(db);
        {
            auto session = ImportSession::begin(db, {});
            QVERIFY(session);
            PostLoader loader = session->loadPosts();
            loader.expect(300000);
            QVERIFY(loader.add(makePosts(2000)));
            QVERIFY(postsIndexes(db).isEmpty());
        } // never committed
        QCOMPARE(postsIndexes(db), indexesBefore);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM posts"_s), 0);
        QCOMPARE(ftsTriggers(db), 1);
    }
};

QTEST_GUILESS_MAIN(TestPostLoading)
#include "tst_postloading.moc"

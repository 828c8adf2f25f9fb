#include "blobstore.h"
#include "casefile.h"
#include "casestats.h"
#include "caseverifier.h"
#include "custodylog.h"
#include "schema.h"
#include "sqlite/statement.h"
#include "sqlite/transaction.h"

#include <QCryptographicHash>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace Casebinder;
using namespace Qt::StringLiterals;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

qint64 scalar(CaseFile &caseFile, const QString &sql)
{
    auto statement = caseFile.db().prepare(sql);
    if (!statement)
        return -1;
    auto row = statement->step();
    return row && *row ? statement->integer(0) : -1;
}

} // namespace

class TestCaseFile : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.isValid()); }

    void createsCaseWithSchemaAndCaption()
    {
        const QString path = m_dir.filePath(u"a.casebinder"_s);
        auto created = CaseFile::create(
            path, CaseCaption{.title = u"Parler v. AWS"_s, .judge = u"Rothstein"_s});
        QVERIFY2(created, qPrintable(created ? QString() : created.error().fullText()));
        QCOMPARE(created->schemaVersion(), Schema::currentVersion());
        QCOMPARE(scalar(*created, u"PRAGMA application_id"_s), Schema::ApplicationId);
        QCOMPARE(scalar(*created, u"PRAGMA foreign_keys"_s), 1);
        auto mode = created->db().prepare(u"PRAGMA journal_mode"_s);
        QVERIFY(mode && *mode->step());
        QCOMPARE(mode->text(0), u"wal"_s);
        auto caption = created->caption();
        QVERIFY(caption);
        QCOMPARE(caption->title, u"Parler v. AWS"_s);
        QCOMPARE(caption->judge, u"Rothstein"_s);
        auto counts = countCase(*created);
        QVERIFY(counts);
        QCOMPARE(counts->documents, 0);
        QVERIFY(!QFile::exists(path + u".partial"_s));
    }

    void createRefusesToOverwrite()
    {
        const QString path = m_dir.filePath(u"existing.casebinder"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("keep me");
        file.close();
        auto created = CaseFile::create(path, {});
        QVERIFY(!created);
        QVERIFY(created.error().message.contains(path));
        QVERIFY(created.error().message.contains(u"already exists"_s));
        QFile again(path);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(again.readAll(), QByteArray("keep me"));
    }

    void openMissingFileCreatesNothing()
    {
        const QString path = m_dir.filePath(u"missing.casebinder"_s);
        auto opened = CaseFile::open(path);
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, Error::Code::NotFound);
        QVERIFY(opened.error().message.contains(path));
        QVERIFY(!QFile::exists(path));
    }

    void refusesForeignFiles_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("png") << u"png"_s;
        QTest::newRow("empty") << u"empty"_s;
        QTest::newRow("text") << u"text"_s;
        QTest::newRow("foreign sqlite") << u"sqlite"_s;
    }

    void refusesForeignFiles()
    {
        QFETCH(QString, kind);
        const QString path = m_dir.filePath(u"foreign-"_s + kind);
        if (kind == u"png") {
            QImage image(8, 8, QImage::Format_RGB32);
            image.fill(Qt::red);
            QVERIFY(image.save(path, "PNG"));
        } else if (kind == u"empty") {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
        } else if (kind == u"text") {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(500, 'x'));
        } else {
            auto db = Sql::Database::open(path, Sql::Database::OpenMode::Create);
            QVERIFY(db);
            QVERIFY(db->exec(u"CREATE TABLE t (x); INSERT INTO t VALUES (1);"_s));
        }
        const QByteArray before = fileHash(path);
        auto opened = CaseFile::open(path);
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, Error::Code::NotACase);
        QVERIFY(opened.error().message.contains(path));
        QCOMPARE(fileHash(path), before);
        QVERIFY(!QFile::exists(path + u"-wal"_s));
    }

    void refusesNewerSchema()
    {
        const QString path = m_dir.filePath(u"newer.casebinder"_s);
        {
            auto created = CaseFile::create(path, {});
            QVERIFY(created);
            QVERIFY(created->db().exec(u"PRAGMA user_version = 99"_s));
        }
        const QByteArray before = fileHash(path);
        auto opened = CaseFile::open(path);
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, Error::Code::NewerSchema);
        QVERIFY(opened.error().message.contains(u"newer"_s));
        QCOMPARE(fileHash(path), before);
    }

    void migratesOlderSchemaKeepingData()
    {
        const QString path = m_dir.filePath(u"v1.casebinder"_s);
        {
            // A case as version 1 of Casebinder wrote it.
            auto db = Sql::Database::open(path, Sql::Database::OpenMode::Create);
            QVERIFY(db);
            QVERIFY(db->exec(u"PRAGMA application_id = %1"_s.arg(Schema::ApplicationId)));
            QVERIFY(Schema::migrate(*db, 0, 1));
            QVERIFY(db->exec(u"INSERT INTO case_meta (id, title, created_at) VALUES (1, 'Old "
                             u"case', '2021-01-01');"
                             "INSERT INTO claims (title) VALUES ('Breach of contract');"_s));
        }
        auto opened = CaseFile::open(path);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().fullText()));
        QCOMPARE(opened->schemaVersion(), Schema::currentVersion());
        QCOMPARE(scalar(*opened, u"PRAGMA user_version"_s), Schema::currentVersion());
        QCOMPARE(opened->caption()->title, u"Old case"_s);
        QCOMPARE(scalar(*opened, u"SELECT count(*) FROM claims"_s), 1);
        QCOMPARE(scalar(*opened, u"SELECT count(*) FROM exports"_s), 0);
        auto log = CustodyLog(opened->db()).entries();
        QVERIFY(log);
        QCOMPARE(log->constLast().action, u"migrate"_s);
    }

    // Version 2 -> 3: a PDF's creation date stops being the document's date (moved to the
    // metadata, logged); a date a user typed, or one a manifest may have set, stays; disputed
    // events stay disputed and the rest become "not assessed".
    void migratesVersion2DatesAndDisputes()
    {
        const QString path = m_dir.filePath(u"v2.casebinder"_s);
        {
            auto db = Sql::Database::open(path, Sql::Database::OpenMode::Create);
            QVERIFY(db);
            QVERIFY(db->exec(u"PRAGMA application_id = %1"_s.arg(Schema::ApplicationId)));
            QVERIFY(Schema::migrate(*db, 0, 2));
            const QString sha = QString(64, u'a');
            QVERIFY(db->exec(
                u"INSERT INTO case_meta (id, title, created_at) VALUES (1, 'Old', '2021-01-01');"
                u"INSERT INTO blobs (sha256, size, data, created_at) VALUES ('%1', 1, x'00', "
                u"'2026-12-02');"
                // 1: dated by the old importer from the PDF's CreationDate
                u"INSERT INTO documents (id, kind, document_date, source_name, blob_sha256, "
                u"media_type, metadata, created_at) VALUES (1, 'exhibit', '2026-12-02', "
                u"'scan.pdf', '%1', 'application/pdf', "
                u"'{\"creation_date\":\"2026-12-02T10:00:00Z\"}', '2026-12-02');"
                // 2: a date a user typed (not the creation date)
                u"INSERT INTO documents (id, kind, document_date, source_name, blob_sha256, "
                u"media_type, metadata, created_at) VALUES (2, 'exhibit', '2018-06-01', "
                u"'agreement.pdf', '%1', 'application/pdf', "
                u"'{\"creation_date\":\"2026-12-02T10:00:00Z\"}', '2026-12-02');"
                // 3, 4: a ZIP with a manifest.csv, which may have set the date of 4
                u"INSERT INTO documents (id, kind, source_name, blob_sha256, created_at) VALUES "
                u"(3, 'other', 'production.zip', '%1', '2026-12-02');"
                u"INSERT INTO documents (id, kind, document_date, source_name, blob_sha256, "
                u"media_type, metadata, parent_id, created_at) VALUES (4, 'exhibit', "
                u"'2026-12-02', 'px12.pdf', '%1', 'application/pdf', "
                u"'{\"creation_date\":\"2026-12-02T10:00:00Z\"}', 3, '2026-12-02');"
                u"INSERT INTO documents (kind, source_name, blob_sha256, parent_id, created_at) "
                u"VALUES ('other', 'manifest.csv', '%1', 3, '2026-12-02');"
                // 6: an e-mail dated by its header
                u"INSERT INTO documents (id, kind, document_date, source_name, blob_sha256, "
                u"media_type, created_at) VALUES (6, 'exhibit', '2020-11-16', 'mail.eml', '%1', "
                u"'message/rfc822', '2026-12-02');"
                u"INSERT INTO events (id, start, title, disputed) VALUES (1, '2021-01-10', "
                u"'Disputed', 1), (2, '2021-01-11', 'Never assessed', 0);"_s.arg(sha)));
        }
        auto opened = CaseFile::open(path);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().fullText()));
        QCOMPARE(scalar(*opened, u"PRAGMA user_version"_s), Schema::currentVersion());
        const auto text = [&](const QString &sql) {
            auto statement = opened->db().prepare(sql);
            if (!statement || !statement->step().value_or(false))
                return u"(no row)"_s;
            return statement->isNull(0) ? u"(null)"_s : statement->text(0);
        };
        QCOMPARE(text(u"SELECT document_date FROM documents WHERE id = 1"_s), u"(null)"_s);
        QCOMPARE(text(u"SELECT json_extract(metadata, '$.former_document_date') FROM documents "
                      u"WHERE id = 1"_s),
                 u"2026-12-02"_s);
        QCOMPARE(text(u"SELECT json_extract(metadata, '$.creation_date') FROM documents "
                      u"WHERE id = 1"_s),
                 u"2026-12-02T10:00:00Z"_s);
        QCOMPARE(text(u"SELECT document_date FROM documents WHERE id = 2"_s), u"2018-06-01"_s);
        QCOMPARE(text(u"SELECT document_date FROM documents WHERE id = 4"_s), u"2026-12-02"_s);
        QCOMPARE(text(u"SELECT document_date FROM documents WHERE id = 6"_s), u"2020-11-16"_s);
        QCOMPARE(text(u"SELECT dispute FROM events WHERE id = 1"_s), u"disputed"_s);
        QCOMPARE(text(u"SELECT dispute FROM events WHERE id = 2"_s), u"unassessed"_s);
        QCOMPARE(scalar(*opened,
                        u"SELECT count(*) FROM pragma_table_info('events') WHERE name = "
                        u"'disputed'"_s),
                 0);
        auto log = CustodyLog(opened->db()).entries();
        QVERIFY(log);
        int cleared = 0;
        for (const CustodyEntry &entry : std::as_const(*log)) {
            if (entry.action == u"migrate" && entry.details.contains(u"cleared_document_date"_s)) {
                ++cleared;
                QCOMPARE(entry.details.value(u"document"_s).toInteger(), 1);
                QCOMPARE(entry.details.value(u"cleared_document_date"_s).toString(),
                         u"2026-12-02"_s);
            }
        }
        QCOMPARE(cleared, 1);
        QCOMPARE(log->constLast().action, u"migrate"_s);
    }

    void readOnlyAccessDoesNotMigrateOrWrite()
    {
        const QString path = m_dir.filePath(u"ro.casebinder"_s);
        QVERIFY(CaseFile::create(path, {}));
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup);
        auto writable = CaseFile::open(path, CaseFile::Access::ReadWrite);
        if (QFileInfo(path).isWritable())
            QSKIP("Running as a user that can write read-only files (root)");
        QVERIFY(!writable);
        QCOMPARE(writable.error().code, Error::Code::ReadOnly);
        QVERIFY(CaseFile::open(path, CaseFile::Access::ReadOnly));
    }

    void custodyLogIsAppendOnly()
    {
        auto created = CaseFile::create(m_dir.filePath(u"log.casebinder"_s), {});
        QVERIFY(created);
        CustodyLog log(created->db());
        QVERIFY(log.append(CustodyLog::Action::Export, u"timeline.pdf"_s, u"ab"_s, {}));
        QVERIFY(!created->db().exec(u"UPDATE custody_log SET user = 'mallory'"_s));
        QVERIFY(!created->db().exec(u"DELETE FROM custody_log"_s));
        auto entries = log.entries();
        QVERIFY(entries);
        QCOMPARE(entries->size(), 2); // create + export
        QCOMPARE(entries->at(0).action, u"create"_s);
        QCOMPARE(entries->at(1).subject, u"timeline.pdf"_s);
        QVERIFY(!entries->at(1).user.isEmpty());
    }

    void blobsAreContentAddressedAndVerified()
    {
        auto created = CaseFile::create(m_dir.filePath(u"blobs.casebinder"_s), {});
        QVERIFY(created);
        BlobStore blobs(created->db());
        bool inserted = false;
        auto first = blobs.put("original bytes", &inserted);
        QVERIFY(first);
        QVERIFY(inserted);
        QCOMPARE(*first, BlobStore::sha256Hex("original bytes"));
        auto second = blobs.put("original bytes", &inserted);
        QVERIFY(second);
        QVERIFY(!inserted);
        QCOMPARE(scalar(*created, u"SELECT count(*) FROM blobs"_s), 1);
        QCOMPARE(*blobs.read(*first), QByteArray("original bytes"));

        auto clean = verifyCase(*created);
        QVERIFY(clean);
        QVERIFY(clean->ok());
        QCOMPARE(clean->originalsChecked, 1);

        QVERIFY(created->db().exec(u"UPDATE blobs SET data = X'00'"_s));
        auto tampered = verifyCase(*created);
        QVERIFY(tampered);
        QVERIFY(!tampered->ok());
        QCOMPARE(tampered->problems.size(), 1);
        QVERIFY(tampered->problems.constFirst().contains(*first));
    }

    void foreignKeysAndChecksAreEnforced()
    {
        auto created = CaseFile::create(m_dir.filePath(u"fk.casebinder"_s), {});
        QVERIFY(created);
        // A document must point at a stored original.
        QVERIFY(!created->db().exec(
            u"INSERT INTO documents (kind, source_name, blob_sha256, created_at) "
            "VALUES ('filing', 'x.pdf', '%1', 'now')"_s.arg(QString(64, u'0'))));
        QVERIFY(!created->db().exec(
            u"INSERT INTO claims (id, parent_id, title) VALUES (5, 5, 'self')"_s));
        QVERIFY(created->db().exec(u"INSERT INTO claims (id, title) VALUES (1, 'c')"_s));
        QVERIFY(!created->db().exec(
            u"INSERT INTO evidence_links (claim_id, quote, created_at) VALUES (1, 'q', 'now')"_s));
    }

    void secondWriterGetsBusyNotCorruption()
    {
        const QString path = m_dir.filePath(u"busy.casebinder"_s);
        auto first = CaseFile::create(path, {});
        QVERIFY(first);
        auto second = CaseFile::open(path);
        QVERIFY(second);
        second->db().setBusyTimeout(200);

        auto holding = Sql::Transaction::begin(first->db());
        QVERIFY(holding);
        QVERIFY(first->db().exec(u"INSERT INTO claims (title) VALUES ('first writer')"_s));
        auto blocked = Sql::Transaction::begin(second->db());
        QVERIFY(!blocked);
        QCOMPARE(blocked.error().code, Error::Code::Busy);
        QVERIFY(blocked.error().message.contains(u"busy"_s));
        // Readers are never blocked by the writer (WAL) and see only committed data.
        QCOMPARE(scalar(*second, u"SELECT count(*) FROM claims"_s), 0);
        QVERIFY(holding->commit());
        QCOMPARE(scalar(*second, u"SELECT count(*) FROM claims"_s), 1);
        QVERIFY(Sql::Transaction::begin(second->db()));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCaseFile)
#include "tst_casefile.moc"

#include "blobstore.h"

#include "sha256.h"
#include "sqlite/database.h"
#include "sqlite/statement.h"
#include "timeutil.h"

#include <QDir>
#include <QFile>

#include <sqlite3.h>

#include <limits>

namespace Casebinder {

QString BlobStore::sha256Hex(QByteArrayView bytes)
{
    return Sha256::hex(bytes);
}

Result<bool> BlobStore::contains(const QString &sha256)
{
    auto statement = m_db.cached("SELECT 1 FROM blobs WHERE sha256 = ?");
    if (!statement)
        return fail(statement.error());
    (*statement)->bind(1, sha256);
    auto found = (*statement)->step();
    // A cached statement left on a row keeps its read snapshot open; release it.
    (*statement)->reset();
    return found;
}

Result<bool> BlobStore::putWithHash(const QString &sha256, const QByteArray &bytes)
{
    auto statement = m_db.cached("INSERT INTO blobs (sha256, size, data, created_at) VALUES (?, ?, "
                                 "?, ?) ON CONFLICT (sha256) DO NOTHING");
    if (!statement)
        return fail(statement.error());
    (*statement)
        ->bind(1, sha256)
        .bind(2, qint64(bytes.size()))
        .bind(3, bytes)
        .bind(4, TimeUtil::nowUtcIso());
    if (auto ok = (*statement)->exec(); !ok)
        return fail(ok.error());
    return m_db.changes() > 0;
}

Result<bool> BlobStore::putFileWithHash(const QString &sha256, const QString &path)
{
    if (auto found = contains(sha256); !found)
        return fail(found.error());
    else if (*found)
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::Code::Io,
                    QStringLiteral("Cannot read %1 to store it: %2")
                        .arg(QDir::toNativeSeparators(path), file.errorString()));
    const qint64 size = file.size();
    if (size > std::numeric_limits<int>::max())
        return fail(Error::Code::Unsupported,
                    QStringLiteral("%1 is too large to store as one original (%2 bytes)")
                        .arg(QDir::toNativeSeparators(path))
                        .arg(size));
    auto statement = m_db.cached("INSERT INTO blobs (sha256, size, data, created_at) VALUES (?, ?, "
                                 "zeroblob(?), ?)");
    if (!statement)
        return fail(statement.error());
    (*statement)->bind(1, sha256).bind(2, size).bind(3, size).bind(4, TimeUtil::nowUtcIso());
    if (auto ok = (*statement)->exec(); !ok)
        return fail(ok.error());
    const qint64 rowId = sqlite3_last_insert_rowid(m_db.handle());
    const auto undo = [&] {
        if (auto remove = m_db.prepare(QStringLiteral("DELETE FROM blobs WHERE id = ?"))) {
            remove->bind(1, rowId);
            [[maybe_unused]] auto removed = remove->exec();
        }
    };
    sqlite3_blob *blob = nullptr;
    if (sqlite3_blob_open(m_db.handle(), "main", "blobs", "data", rowId, 1, &blob) != SQLITE_OK) {
        sqlite3_blob_close(blob);
        const Error error = m_db.lastError(QStringLiteral("Storing original %1").arg(sha256));
        undo();
        return fail(error);
    }
    Sha256 hash;
    int rc = SQLITE_OK;
    qint64 offset = 0;
    while (rc == SQLITE_OK && offset < size) {
        const QByteArray chunk = file.read(std::min<qint64>(1 << 20, size - offset));
        if (chunk.isEmpty())
            break;
        rc = sqlite3_blob_write(blob, chunk.constData(), int(chunk.size()), int(offset));
        hash.addData(chunk);
        offset += chunk.size();
    }
    sqlite3_blob_close(blob);
    if (rc != SQLITE_OK) {
        undo();
        return fail(Sql::errorFromCode(
            rc, QStringLiteral("Storing original %1").arg(QDir::toNativeSeparators(path)), {}));
    }
    if (offset != size || !file.atEnd() || hash.hexResult() != sha256) {
        undo();
        return fail(Error::Code::Corrupt,
                    QStringLiteral("%1 changed while it was being imported (its SHA-256 is no "
                                   "longer %2); import it again")
                        .arg(QDir::toNativeSeparators(path), sha256));
    }
    return true;
}

Result<QString> BlobStore::put(const QByteArray &bytes, bool *inserted)
{
    const QString hash = sha256Hex(bytes);
    auto written = putWithHash(hash, bytes);
    if (!written)
        return fail(written.error());
    if (inserted)
        *inserted = *written;
    return hash;
}

Result<QByteArray> BlobStore::read(const QString &sha256)
{
    auto statement = m_db.cached("SELECT data FROM blobs WHERE sha256 = ?");
    if (!statement)
        return fail(statement.error());
    (*statement)->bind(1, sha256);
    auto row = (*statement)->step();
    if (!row)
        return fail(row.error());
    if (!*row)
        return fail(Error::Code::NotFound,
                    QStringLiteral("The original %1 is not in the case").arg(sha256));
    return (*statement)->blob(0);
}

Result<QList<BlobStore::Mismatch>> BlobStore::verifyAll(qint64 *checked)
{
    auto statement = m_db.prepare(QStringLiteral("SELECT id, sha256 FROM blobs ORDER BY id"));
    if (!statement)
        return fail(statement.error());
    QList<Mismatch> mismatches;
    qint64 count = 0;
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    for (;;) {
        auto row = statement->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            break;
        const qint64 rowId = statement->integer(0);
        const QString expected = statement->text(1);
        // Streamed in 1 MiB chunks: memory stays flat whatever the size of the original.
        sqlite3_blob *blob = nullptr;
        if (sqlite3_blob_open(m_db.handle(), "main", "blobs", "data", rowId, 0, &blob)
            != SQLITE_OK) {
            sqlite3_blob_close(blob);
            return fail(m_db.lastError(QStringLiteral("Reading original %1").arg(expected)));
        }
        Sha256 hash;
        const int size = sqlite3_blob_bytes(blob);
        int rc = SQLITE_OK;
        for (int offset = 0; offset < size && rc == SQLITE_OK;) {
            const int length = std::min<int>(int(chunk.size()), size - offset);
            rc = sqlite3_blob_read(blob, chunk.data(), length, offset);
            hash.addData(QByteArrayView(chunk.constData(), length));
            offset += length;
        }
        sqlite3_blob_close(blob);
        if (rc != SQLITE_OK)
            return fail(
                Sql::errorFromCode(rc, QStringLiteral("Reading original %1").arg(expected), {}));
        const QString actual = hash.hexResult();
        if (actual != expected)
            mismatches.append({expected, actual});
        ++count;
    }
    if (checked)
        *checked = count;
    return mismatches;
}

} // namespace Casebinder

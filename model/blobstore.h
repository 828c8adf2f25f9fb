#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

namespace Casebinder {

namespace Sql {
class Database;
}

// Originals, stored once each and addressed by the SHA-256 of their bytes.
class BlobStore
{
public:
    explicit BlobStore(Sql::Database &db)
        : m_db(db)
    {}

    static QString sha256Hex(QByteArrayView bytes);

    // Stores `bytes` unless a blob with the same hash exists. Returns the hex SHA-256;
    // `*inserted` says whether new bytes were written.
    Result<QString> put(const QByteArray &bytes, bool *inserted = nullptr);
    // Same, with the hash already computed (e.g. on a worker thread).
    Result<bool> putWithHash(const QString &sha256, const QByteArray &bytes);
    // Same, for an original that stays on disk (a load file of a million records): the file is
    // streamed into the blob a chunk at a time (incremental BLOB I/O) and hashed as it goes, so
    // it is never in memory whole. Fails, writing nothing (the caller's transaction or
    // savepoint is rolled back), when the file no longer has `sha256` — changed since it was
    // hashed.
    Result<bool> putFileWithHash(const QString &sha256, const QString &path);
    Result<bool> contains(const QString &sha256);
    Result<QByteArray> read(const QString &sha256);

    struct Mismatch
    {
        QString sha256;
        QString actualSha256;
    };
    // Re-hashes every stored original by streaming it through incremental BLOB I/O.
    Result<QList<Mismatch>> verifyAll(qint64 *checked = nullptr);

private:
    Sql::Database &m_db;
};

} // namespace Casebinder

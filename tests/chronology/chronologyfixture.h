#pragma once

// Builds small cases for the chronology tests with plain SQL, so they do not depend on the
// importers.
#include "casefile.h"
#include "sqlite/statement.h"
#include "sqlite/transaction.h"

#include <QCryptographicHash>
#include <QString>
#include <QTest>

namespace ChronologyFixture {

using namespace Casebinder;

inline qint64 scalar(Sql::Database &db, const QString &sql)
{
    auto statement = db.prepare(sql);
    if (!statement)
        return -1;
    auto row = statement->step();
    return row && *row ? statement->integer(0) : -1;
}

inline qint64 insertDocument(Sql::Database &db,
                             const QString &kind,
                             const QString &title,
                             int pages,
                             const QString &exhibitLabel = {},
                             const QString &docketNumber = {},
                             bool privileged = false)
{
    const QByteArray data = (kind + title).toUtf8();
    const QString sha
        = QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    auto blob = db.prepare(QStringLiteral("INSERT OR IGNORE INTO blobs (sha256, size, data,"
                                          " created_at) VALUES (?, ?, ?, '2021-01-01T00:00:00Z')"));
    blob->bind(1, sha).bind(2, qint64(data.size())).bind(3, data);
    if (!blob->exec())
        return 0;
    auto document = db.prepare(QStringLiteral(
        "INSERT INTO documents (kind, title, exhibit_label, docket_number, source_name,"
        " blob_sha256, page_count, privileged, document_date, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, '2021-01-10', '2021-01-01T00:00:00Z')"));
    document->bind(1, kind)
        .bind(2, title)
        .bindOrNull(3, exhibitLabel.isEmpty() ? QString() : exhibitLabel)
        .bindOrNull(4, docketNumber.isEmpty() ? QString() : docketNumber)
        .bind(5, title + u".pdf")
        .bind(6, sha)
        .bind(7, pages)
        .bind(8, privileged);
    if (!document->exec())
        return 0;
    const qint64 id = db.lastInsertRowId();
    for (int number = 1; number <= pages; ++number) {
        auto page = db.prepare(
            QStringLiteral("INSERT INTO pages (document_id, number, text) VALUES (?, ?, ?)"));
        page->bind(1, id).bind(2, number).bind(
            3, QStringLiteral("Page %1 of %2").arg(number).arg(title));
        if (!page->exec())
            return 0;
    }
    return id;
}

// Posts 1..count: a third have no posted_at, categories cycle through five values, every
// seventh mentions "parler".
inline bool insertPosts(Sql::Database &db, int count, int firstNumber = 1)
{
    auto transaction = Sql::Transaction::begin(db);
    if (!transaction)
        return false;
    auto insert = db.prepare(QStringLiteral(
        "INSERT INTO posts (platform, external_id, author_name, author_handle, posted_at, text,"
        " flag_category, status) VALUES ('parler', ?, ?, ?, ?, ?, ?, 'removed')"));
    if (!insert)
        return false;
    static const QString categories[] = {QStringLiteral("violence"),
                                         QStringLiteral("threat"),
                                         QStringLiteral("spam"),
                                         QStringLiteral("hate"),
                                         QStringLiteral("other")};
    for (int i = firstNumber; i < firstNumber + count; ++i) {
        insert->reset();
        insert->bind(1, QString::number(1000000 + i))
            .bind(2, QStringLiteral("Author %1").arg(i % 97))
            .bind(3, QStringLiteral("user%1").arg(i % 97))
            .bindOrNull(4,
                        i % 3 == 0 ? QString()
                                   : QStringLiteral("2021-01-%1T%2:00:00Z")
                                         .arg(i % 28 + 1, 2, 10, QLatin1Char('0'))
                                         .arg(i % 24, 2, 10, QLatin1Char('0')))
            .bind(5,
                  i % 7 == 0 ? QStringLiteral("post %1 about parler").arg(i)
                             : QStringLiteral("post %1 about nothing").arg(i))
            .bind(6, categories[i % 5]);
        if (!insert->exec())
            return false;
    }
    return bool(transaction->commit());
}

} // namespace ChronologyFixture

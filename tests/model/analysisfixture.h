#pragma once

// Builds small cases for the analysis tests, so they do not depend on the importers. Events
// and tags go through their stores; documents and posts are still inserted with SQL, because
// the tests add them inside transactions of their own and need each new id back, which an
// ImportSession (its own transaction, a count of posts) does not give.
#include "casefile.h"
#include "eventstore.h"
#include "sqlite/statement.h"
#include "tagstore.h"

#include <QCryptographicHash>
#include <QStringList>
#include <QTest>

#include <optional>

namespace AnalysisFixture {

using namespace Casebinder;

struct DocumentSpec
{
    QString kind = QStringLiteral("filing");
    QString title;
    QString docketNumber;
    QString exhibitLabel;
    QString filedDate;
    QStringList pages;
};

inline qint64 exec(Sql::Database &db, const QString &sql, const QVariantList &values = {})
{
    auto statement = db.prepare(sql);
    if (!statement)
        qFatal("prepare failed: %s", qPrintable(statement.error().fullText()));
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        if (value.isNull())
            statement->bind(i + 1, nullptr);
        else if (value.typeId() == QMetaType::QString)
            statement->bind(i + 1, value.toString());
        else
            statement->bind(i + 1, value.toLongLong());
    }
    if (auto done = statement->exec(); !done)
        qFatal("exec failed: %s", qPrintable(done.error().fullText()));
    return db.lastInsertRowId();
}

inline qint64 addDocument(Sql::Database &db, const DocumentSpec &spec)
{
    static int counter = 0;
    const QString sha = QString::fromLatin1(
        QCryptographicHash::hash(QByteArray(QByteArray::number(++counter) + spec.title.toUtf8()),
                                 QCryptographicHash::Sha256)
            .toHex());
    exec(db,
         QStringLiteral("INSERT OR IGNORE INTO blobs (sha256, size, data, created_at) VALUES (?, "
                        "1, x'00', '2024-01-01T00:00:00Z')"),
         {QVariant(sha)});
    auto orNull = [](const QString &text) {
        return text.isEmpty() ? QVariant() : QVariant(text);
    };
    const qint64 id
        = exec(db,
               QStringLiteral(
                   "INSERT INTO documents (kind, title, docket_number, exhibit_label, filed_date,"
                   " source_name, blob_sha256, page_count, created_at)"
                   " VALUES (?, ?, ?, ?, ?, ?, ?, ?, '2024-01-01T00:00:00Z')"),
               {QVariant(spec.kind),
                QVariant(spec.title),
                orNull(spec.docketNumber),
                orNull(spec.exhibitLabel),
                orNull(spec.filedDate),
                QVariant(spec.title + QStringLiteral(".pdf")),
                QVariant(sha),
                QVariant(qint64(spec.pages.size()))});
    for (int i = 0; i < spec.pages.size(); ++i)
        exec(db,
             QStringLiteral("INSERT INTO pages (document_id, number, text) VALUES (?, ?, ?)"),
             {QVariant(id), QVariant(i + 1), QVariant(spec.pages.at(i))});
    return id;
}

inline qint64 addPost(Sql::Database &db,
                      const QString &externalId,
                      const QString &handle,
                      const QString &postedAt,
                      const QString &text)
{
    return exec(
        db,
        QStringLiteral(
            "INSERT INTO posts (platform, external_id, author_name, author_handle, posted_at, text)"
            " VALUES ('parler', ?, ?, ?, ?, ?)"),
        {QVariant(externalId),
         QVariant(handle.toUpper()),
         QVariant(handle),
         QVariant(postedAt),
         QVariant(text)});
}

inline qint64 addEvent(Sql::Database &db, const QString &title, bool disputed)
{
    EventRecord event;
    event.date = *EventDate::parse(QStringLiteral("2021-01-10"));
    event.title = title;
    event.dispute = disputed ? DisputeStatus::Disputed : DisputeStatus::Undisputed;
    auto id = EventStore(db).insert(event);
    if (!id)
        qFatal("addEvent failed: %s", qPrintable(id.error().fullText()));
    return *id;
}

inline qint64 addTag(Sql::Database &db,
                     const QString &name,
                     std::optional<qint64> parent = std::nullopt)
{
    TagRecord record;
    record.name = name;
    record.parentId = parent;
    auto id = TagStore(db).create(record);
    if (!id)
        qFatal("addTag failed: %s", qPrintable(id.error().fullText()));
    return *id;
}

inline void tag(Sql::Database &db, qint64 tagId, const QString &kind, qint64 targetId)
{
    const auto targetKind = tagTargetKindFromName(kind);
    if (!targetKind)
        qFatal("tag: no target kind %s", qPrintable(kind));
    if (auto applied = TagStore(db).apply(tagId, {{*targetKind, targetId}}); !applied)
        qFatal("tag failed: %s", qPrintable(applied.error().fullText()));
}

// Applies the tag to many posts at once (TagStore checks each post exists).
inline void tagPosts(Sql::Database &db, qint64 tagId, const QList<qint64> &postIds)
{
    QList<TagTarget> targets;
    targets.reserve(postIds.size());
    for (const qint64 id : postIds)
        targets.append({TagTargetKind::Post, id});
    if (auto applied = TagStore(db).apply(tagId, targets); !applied)
        qFatal("tagPosts failed: %s", qPrintable(applied.error().fullText()));
}

inline qint64 count(Sql::Database &db, const QString &sql)
{
    auto statement = db.prepare(sql);
    if (!statement || !statement->step())
        qFatal("count failed");
    return statement->integer(0);
}

} // namespace AnalysisFixture

#pragma once

#include "poststore.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <array>
#include <optional>

namespace Casebinder {

// A chunk of posts ready for the posts table, every text value already UTF-8 in one buffer:
// the thread that reads a file does the encoding, and SQLite binds the bytes as they are
// instead of converting UTF-16 on the thread that writes.
class PostBatch final
{
public:
    // The posts table's text columns, in the order ImportSession inserts them.
    enum class Column {
        Platform,
        ExternalId,
        AuthorName,
        AuthorHandle,
        PostedAt,
        Text,
        Url,
        FlagCategory,
        FlaggedBy,
        ReportedOn,
        StatusName,
        Extra,
        Notes,
    };
    static constexpr int ColumnCount = int(Column::Notes) + 1;

    PostBatch() = default;
    explicit PostBatch(const QList<PostRecord> &posts);

    qsizetype size() const { return m_sourceDocumentIds.size(); }
    bool isEmpty() const { return m_sourceDocumentIds.isEmpty(); }

    // The UTF-8 bytes of one value; a null view for SQL NULL (posted_at, reported_on).
    QByteArrayView value(qsizetype post, Column column) const;
    std::optional<qint64> sourceDocumentId(qsizetype post) const
    {
        return m_sourceDocumentIds.at(post);
    }

private:
    struct Span
    {
        qsizetype offset = 0;
        qsizetype length = -1; // -1: NULL
    };
    void append(Column column, const QString &value);

    QByteArray m_bytes;
    QList<std::array<Span, ColumnCount>> m_spans;
    QList<std::optional<qint64>> m_sourceDocumentIds;
};

} // namespace Casebinder

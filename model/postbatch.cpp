#include "postbatch.h"

#include <QJsonDocument>
#include <QStringEncoder>

using namespace Qt::StringLiterals;

namespace Casebinder {

PostBatch::PostBatch(const QList<PostRecord> &posts)
{
    qsizetype characters = 0;
    for (const PostRecord &post : posts)
        characters += post.text.size() + post.authorName.size() + post.url.size() + 64;
    m_bytes.reserve(characters * 3 / 2);
    m_spans.reserve(posts.size());
    m_sourceDocumentIds.reserve(posts.size());
    for (const PostRecord &post : posts) {
        m_spans.emplace_back();
        append(Column::Platform, post.platform);
        append(Column::ExternalId, post.externalId);
        append(Column::AuthorName, post.authorName);
        append(Column::AuthorHandle, post.authorHandle);
        append(Column::PostedAt, post.postedAt);
        append(Column::Text, post.text);
        append(Column::Url, post.url);
        append(Column::FlagCategory, post.flagCategory);
        append(Column::FlaggedBy, post.flaggedBy);
        append(Column::ReportedOn, post.reportedOn);
        append(Column::StatusName, postStatusName(post.status));
        append(Column::Extra,
               post.extra.isEmpty()
                   ? u"{}"_s
                   : QString::fromUtf8(QJsonDocument(post.extra).toJson(QJsonDocument::Compact)));
        append(Column::Notes, post.notes);
        m_sourceDocumentIds.append(post.sourceDocumentId);
    }
}

void PostBatch::append(Column column, const QString &value)
{
    Span &span = m_spans.last()[size_t(column)];
    // Only the two dates may be NULL; a null QString elsewhere is ''.
    if (value.isNull() && (column == Column::PostedAt || column == Column::ReportedOn))
        return;
    static thread_local QStringEncoder utf8(QStringEncoder::Utf8);
    const qsizetype start = m_bytes.size();
    m_bytes.resize(start + utf8.requiredSpace(value.size()));
    const char *end = utf8.appendToBuffer(m_bytes.data() + start, value);
    m_bytes.resize(end - m_bytes.constData());
    span = {start, m_bytes.size() - start};
}

QByteArrayView PostBatch::value(qsizetype post, Column column) const
{
    const Span &span = m_spans.at(post)[size_t(column)];
    if (span.length < 0)
        return {};
    return QByteArrayView(m_bytes.constData() + span.offset, span.length);
}

} // namespace Casebinder

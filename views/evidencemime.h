#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>
#include <QString>

#include <optional>

namespace Casebinder::Views {

// Drag-and-drop of evidence onto a claim node. Any view that lets the user pick evidence (a
// text selection in the document viewer, a post row, a chronology event) puts one JSON object
// under this MIME type:
//   {"document_id": 12, "page_from": 3, "page_to": 4, "quote": "text as selected"}
//   {"post_id": 57}
//   {"event_id": 9}
// page_to and quote are optional. The claims board reads it with readEvidence().
inline constexpr QLatin1StringView EvidenceMimeType{"application/x-casebinder-evidence"};

struct EvidenceRef
{
    enum class Kind { Document, Post, Event };

    Kind kind = Kind::Document;
    qint64 id = 0;
    int pageFrom = 0; // documents only; 0 when no page is cited
    int pageTo = 0;
    QString quote;

    static EvidenceRef document(qint64 documentId, int pageFrom, int pageTo, QString quote = {})
    {
        return {Kind::Document, documentId, pageFrom, pageTo, std::move(quote)};
    }
    static EvidenceRef post(qint64 postId) { return {Kind::Post, postId, 0, 0, {}}; }
    static EvidenceRef event(qint64 eventId) { return {Kind::Event, eventId, 0, 0, {}}; }
};

inline QByteArray encodeEvidence(const EvidenceRef &ref)
{
    QJsonObject object;
    switch (ref.kind) {
    case EvidenceRef::Kind::Document:
        object.insert(QLatin1StringView("document_id"), ref.id);
        if (ref.pageFrom > 0)
            object.insert(QLatin1StringView("page_from"), ref.pageFrom);
        if (ref.pageTo > 0)
            object.insert(QLatin1StringView("page_to"), ref.pageTo);
        if (!ref.quote.isEmpty())
            object.insert(QLatin1StringView("quote"), ref.quote);
        break;
    case EvidenceRef::Kind::Post:
        object.insert(QLatin1StringView("post_id"), ref.id);
        break;
    case EvidenceRef::Kind::Event:
        object.insert(QLatin1StringView("event_id"), ref.id);
        break;
    }
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

inline std::optional<EvidenceRef> decodeEvidence(const QByteArray &json)
{
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    const auto id = [&](QLatin1StringView key) {
        return qint64(object.value(key).toDouble());
    };
    if (object.contains(QLatin1StringView("document_id"))) {
        EvidenceRef ref
            = EvidenceRef::document(id(QLatin1StringView("document_id")),
                                    object.value(QLatin1StringView("page_from")).toInt(),
                                    object.value(QLatin1StringView("page_to")).toInt(),
                                    object.value(QLatin1StringView("quote")).toString());
        if (ref.pageTo < ref.pageFrom)
            ref.pageTo = ref.pageFrom;
        return ref.id > 0 ? std::optional(ref) : std::nullopt;
    }
    if (object.contains(QLatin1StringView("post_id"))) {
        const qint64 postId = id(QLatin1StringView("post_id"));
        return postId > 0 ? std::optional(EvidenceRef::post(postId)) : std::nullopt;
    }
    if (object.contains(QLatin1StringView("event_id"))) {
        const qint64 eventId = id(QLatin1StringView("event_id"));
        return eventId > 0 ? std::optional(EvidenceRef::event(eventId)) : std::nullopt;
    }
    return std::nullopt;
}

// Puts `ref` on `mime` (plus the quote as plain text, so dropping into a text editor works).
inline void writeEvidence(QMimeData &mime, const EvidenceRef &ref)
{
    mime.setData(QString(EvidenceMimeType), encodeEvidence(ref));
    if (!ref.quote.isEmpty() && !mime.hasText())
        mime.setText(ref.quote);
}

inline std::optional<EvidenceRef> readEvidence(const QMimeData &mime)
{
    if (!mime.hasFormat(QString(EvidenceMimeType)))
        return std::nullopt;
    return decodeEvidence(mime.data(QString(EvidenceMimeType)));
}

} // namespace Casebinder::Views

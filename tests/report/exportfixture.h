#pragma once

// Builds small cases for the export tests with plain SQL, so they do not depend on the stores'
// edit APIs.

#include "blobstore.h"
#include "casefile.h"
#include "sqlite/statement.h"

#include <QString>
#include <QTest>

#include <optional>

namespace ExportFixture {

using namespace Qt::StringLiterals;
using namespace Casebinder;

inline void exec(CaseFile &caseFile, const QString &sql, const QVariantList &values = {})
{
    auto statement = caseFile.db().prepare(sql);
    QVERIFY2(statement.has_value(),
             qPrintable(statement ? QString() : statement.error().fullText()));
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &value = values.at(i);
        if (value.isNull())
            statement->bind(i + 1, nullptr);
        else if (value.typeId() == QMetaType::QString)
            statement->bind(i + 1, value.toString());
        else
            statement->bind(i + 1, value.toLongLong());
    }
    auto done = statement->exec();
    QVERIFY2(done.has_value(), qPrintable(done ? QString() : done.error().fullText()));
}

inline qint64 lastId(CaseFile &caseFile)
{
    return caseFile.db().lastInsertRowId();
}

struct DocumentSpec
{
    QString kind = u"exhibit"_s;
    QString title;
    QString docket;
    QString label;
    QString date;
    QString batesBegin;
    QString batesEnd;
    bool privileged = false;
    QByteArray bytes;
};

inline qint64 addDocument(CaseFile &caseFile, const DocumentSpec &spec)
{
    const QByteArray bytes
        = spec.bytes.isEmpty() ? (u"original of "_s + spec.title).toUtf8() : spec.bytes;
    auto sha = BlobStore(caseFile.db()).put(bytes);
    if (!sha)
        return -1;
    const auto orNull = [](const QString &text) {
        return text.isEmpty() ? QVariant() : QVariant(text);
    };
    exec(caseFile,
         u"INSERT INTO documents (kind, title, docket_number, exhibit_label, document_date, "
         u"bates_begin, bates_end, source_name, blob_sha256, privileged, page_count, created_at) "
         u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 10, '2026-01-01T00:00:00Z')"_s,
         {spec.kind,
          spec.title,
          orNull(spec.docket),
          orNull(spec.label),
          orNull(spec.date),
          orNull(spec.batesBegin),
          orNull(spec.batesEnd),
          QString(spec.title + u".pdf"_s),
          *sha,
          spec.privileged ? 1 : 0});
    return lastId(caseFile);
}

struct EventSpec
{
    QString start;
    QString end;
    QString precision = u"day"_s;
    bool circa = false;
    QString timeZone;
    QString title;
    QString description;
    bool disputed = false; // false: assessed as undisputed (see `assessed`)
    bool assessed = true;  // false: nobody has assessed whether it is disputed
};

inline qint64 addEvent(CaseFile &caseFile, const EventSpec &spec)
{
    exec(caseFile,
         u"INSERT INTO events (start, end, precision, circa, time_zone, title, description, "
         u"dispute) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
         {spec.start,
          spec.end.isEmpty() ? QVariant() : QVariant(spec.end),
          spec.precision,
          spec.circa ? 1 : 0,
          spec.timeZone,
          spec.title,
          spec.description,
          !spec.assessed  ? u"unassessed"_s
          : spec.disputed ? u"disputed"_s
                          : u"undisputed"_s});
    return lastId(caseFile);
}

inline void addEventSource(CaseFile &caseFile, qint64 event, qint64 document, int from, int to)
{
    exec(caseFile,
         u"INSERT INTO event_sources (event_id, document_id, page_from, page_to) "
         u"VALUES (?, ?, ?, ?)"_s,
         {event, document, from, to});
}

inline qint64 addClaim(CaseFile &caseFile,
                       const QString &title,
                       std::optional<qint64> parent = std::nullopt,
                       const QString &kind = u"claim"_s,
                       int position = 0)
{
    exec(caseFile,
         u"INSERT INTO claims (parent_id, position, kind, title) VALUES (?, ?, ?, ?)"_s,
         {parent ? QVariant(*parent) : QVariant(), position, kind, title});
    return lastId(caseFile);
}

inline void linkEvent(CaseFile &caseFile, qint64 claim, qint64 event, const QString &stance)
{
    exec(caseFile,
         u"INSERT INTO evidence_links (claim_id, event_id, stance, created_at) "
         u"VALUES (?, ?, ?, '2026-01-01T00:00:00Z')"_s,
         {claim, event, stance});
}

inline void linkDocument(CaseFile &caseFile,
                         qint64 claim,
                         qint64 document,
                         int page,
                         const QString &stance,
                         const QString &quote = {},
                         std::optional<bool> verified = std::nullopt,
                         int weight = 3)
{
    exec(caseFile,
         u"INSERT INTO evidence_links (claim_id, document_id, page_from, page_to, quote, "
         u"quote_verified, stance, weight, created_at) "
         u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, '2026-01-01T00:00:00Z')"_s,
         {claim,
          document,
          page,
          page,
          quote,
          verified ? QVariant(*verified ? 1 : 0) : QVariant(),
          stance,
          weight});
}

inline qint64 addTag(CaseFile &caseFile, const QString &name, std::optional<qint64> parent = {})
{
    exec(caseFile,
         u"INSERT INTO tags (parent_id, name) VALUES (?, ?)"_s,
         {parent ? QVariant(*parent) : QVariant(), name});
    return lastId(caseFile);
}

inline void tagEvent(CaseFile &caseFile, qint64 tag, qint64 event)
{
    exec(caseFile,
         u"INSERT INTO taggings (tag_id, target_kind, target_id) VALUES (?, 'event', ?)"_s,
         {tag, event});
}

inline CaseCaption parlerCaption()
{
    CaseCaption caption;
    caption.title = u"Parler v. AWS"_s;
    caption.caseName = u"Parler LLC v. Amazon Web Services, Inc."_s;
    caption.court = u"United States District Court, Western District of Washington"_s;
    caption.docketNumber = u"2:21-cv-00031-BJR"_s;
    caption.judge = u"Barbara J. Rothstein"_s;
    return caption;
}

} // namespace ExportFixture

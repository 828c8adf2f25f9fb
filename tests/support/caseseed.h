#pragma once

#include "casefile.h"
#include "documentstore.h"
#include "importsession.h"
#include "poststore.h"
#include "result.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

// Cases for tests, filled the way the application fills them: documents and posts go in
// through an ImportSession (one transaction, custody entry and all), never through raw SQL,
// so a fixture cannot hold what no import could store.
namespace TestSupport {

struct DocumentSeed
{
    Casebinder::DocumentKind kind = Casebinder::DocumentKind::Exhibit;
    QString title;
    QString exhibitLabel;
    QString docketNumber;
    QString documentDate; // stored as entered by a user when set
    QString filedDate;
    QStringList pages; // one text per page
    bool privileged = false;
    QString sourceName;  // default: title + ".pdf"
    QByteArray original; // default: bytes unique to this seed (no two seeds are duplicates)
    QString mediaType = QStringLiteral("application/pdf");
};

inline Casebinder::IncomingDocument incoming(const DocumentSeed &seed)
{
    static int counter = 0;
    Casebinder::IncomingDocument document;
    Casebinder::DocumentRecord &record = document.record;
    record.kind = seed.kind;
    record.title = seed.title;
    record.exhibitLabel = seed.exhibitLabel.isEmpty() ? QString() : seed.exhibitLabel;
    record.docketNumber = seed.docketNumber.isEmpty() ? QString() : seed.docketNumber;
    record.documentDate = seed.documentDate.isEmpty() ? QString() : seed.documentDate;
    if (!record.documentDate.isEmpty())
        record.dateSource = Casebinder::DateSource::User;
    record.filedDate = seed.filedDate.isEmpty() ? QString() : seed.filedDate;
    record.privileged = seed.privileged;
    record.sourceName
        = seed.sourceName.isEmpty() ? seed.title + QStringLiteral(".pdf") : seed.sourceName;
    record.sourcePath = record.sourceName;
    record.mediaType = seed.mediaType;
    for (const QString &text : seed.pages)
        document.pages.append(Casebinder::PageRecord{0, 0, 0, text, false});
    document.original = !seed.original.isEmpty()
                            ? seed.original
                            : QByteArray("test seed ") + QByteArray::number(++counter) + ' '
                                  + seed.title.toUtf8();
    return document;
}

// Files the documents in one import session; their ids, in order. A seed whose original is
// already filed yields the existing document's id, as an import would.
inline Casebinder::Result<QList<qint64>> seedDocuments(Casebinder::Sql::Database &db,
                                                       const QList<DocumentSeed> &seeds)
{
    auto session = Casebinder::ImportSession::begin(db, {});
    if (!session)
        return Casebinder::fail(session.error());
    QList<qint64> ids;
    for (const DocumentSeed &seed : seeds) {
        auto added = session->addDocument(incoming(seed));
        if (!added)
            return Casebinder::fail(added.error());
        ids.append(added->documentId);
    }
    if (auto committed = session->commit({}); !committed)
        return Casebinder::fail(committed.error());
    return ids;
}

inline Casebinder::Result<qint64> seedDocument(Casebinder::Sql::Database &db,
                                               const DocumentSeed &seed)
{
    auto ids = seedDocuments(db, {seed});
    if (!ids)
        return Casebinder::fail(ids.error());
    return ids->constFirst();
}

inline Casebinder::Result<qint64> seedDocument(Casebinder::CaseFile &caseFile,
                                               const DocumentSeed &seed)
{
    return seedDocument(caseFile.db(), seed);
}

// Stores the posts in one import session; returns how many went in.
inline Casebinder::Result<qint64> seedPosts(Casebinder::Sql::Database &db,
                                            QList<Casebinder::PostRecord> posts)
{
    auto session = Casebinder::ImportSession::begin(db, {});
    if (!session)
        return Casebinder::fail(session.error());
    auto added = session->addPosts(std::move(posts));
    if (!added)
        return Casebinder::fail(added.error());
    if (auto committed = session->commit({}); !committed)
        return Casebinder::fail(committed.error());
    return *added;
}

inline Casebinder::Result<qint64> seedPosts(Casebinder::CaseFile &caseFile,
                                            QList<Casebinder::PostRecord> posts)
{
    return seedPosts(caseFile.db(), std::move(posts));
}

// Posts numbered first … first + count - 1, removed Parler posts: every third has no time,
// the flag category cycles through violence, threat, spam, hate, other; every seventh
// mentions "parler"; authors "user<n % 97>".
inline QList<Casebinder::PostRecord> numberedPosts(int count, int first = 1)
{
    static const QString categories[] = {QStringLiteral("violence"),
                                         QStringLiteral("threat"),
                                         QStringLiteral("spam"),
                                         QStringLiteral("hate"),
                                         QStringLiteral("other")};
    QList<Casebinder::PostRecord> posts;
    posts.reserve(count);
    for (int i = first; i < first + count; ++i) {
        Casebinder::PostRecord post;
        post.platform = QStringLiteral("parler");
        post.externalId = QString::number(1000000 + i);
        post.authorName = QStringLiteral("Author %1").arg(i % 97);
        post.authorHandle = QStringLiteral("user%1").arg(i % 97);
        if (i % 3 != 0)
            post.postedAt = QStringLiteral("2021-01-%1T%2:00:00Z")
                                .arg(i % 28 + 1, 2, 10, QLatin1Char('0'))
                                .arg(i % 24, 2, 10, QLatin1Char('0'));
        post.text = i % 7 == 0 ? QStringLiteral("post %1 about parler").arg(i)
                               : QStringLiteral("post %1 about nothing").arg(i);
        post.flagCategory = categories[i % 5];
        post.status = Casebinder::PostStatus::Removed;
        posts.append(std::move(post));
    }
    return posts;
}

} // namespace TestSupport

#pragma once

#include "pincite.h"
#include "result.h"

#include <QList>
#include <QString>

#include <optional>

namespace Casebinder {

namespace Sql {
class Database;
}

// Evidence for (or against) a claim node: a page range of a document (with an optional quote),
// a post, or a chronology event.
struct EvidenceLink
{
    enum class Stance { Supports, Undermines, Context };

    qint64 id = 0; // 0 before it is stored
    qint64 claimId = 0;
    std::optional<qint64> documentId;
    std::optional<int> pageFrom;
    std::optional<int> pageTo;
    std::optional<qint64> postId;
    std::optional<qint64> eventId;
    QString quote;
    std::optional<bool> quoteVerified; // unset: no quote, or never checked
    Stance stance = Stance::Supports;
    int weight = 3; // 1 (weak) to 5 (strong)
    QString note;
    QString createdAt;

    bool operator==(const EvidenceLink &) const = default;

    static QString stanceName(Stance stance);
    static std::optional<Stance> stanceFromName(QStringView name);
};

// A link with what the screen and the exports show about its target.
struct LinkDetails
{
    EvidenceLink link;
    QString cite;        // "Dkt. 34 at 3–4", "Post 123 (@x)", "Event: …"
    QString targetTitle; // document title, post label (PostLabel::label), event title
    bool eventDisputed = false;
};

// Evidence links. Plain reads and writes; user edits go through commands/linkcommands.h.
class LinkStore final
{
public:
    explicit LinkStore(Sql::Database &db);

    Result<EvidenceLink> link(qint64 id);
    Result<QList<EvidenceLink>> linksOf(qint64 claimId);
    // Links of several nodes (a subtree), in id order.
    Result<QList<EvidenceLink>> linksOf(const QList<qint64> &claimIds);
    Result<LinkDetails> details(qint64 id);
    Result<QList<LinkDetails>> detailsOf(qint64 claimId);
    // Every link with its cite, in one query (for the proof matrix and the claims tree).
    Result<QList<LinkDetails>> allDetails();

    // Refuses a missing claim node or target, pages outside the document, a bad weight or
    // more or less than one target, each with a reason.
    Status validate(const EvidenceLink &link);
    // Checks the quote against the stored text of the cited pages: nullopt when there is no
    // quote or the link does not cite document pages.
    Result<std::optional<bool>> checkQuote(const EvidenceLink &link);

    // Keeps link.id when it is not 0 (redo after undo, restoring a deleted subtree).
    Result<qint64> insert(const EvidenceLink &link);
    Status update(const EvidenceLink &link);
    Status setQuoteVerified(qint64 id, std::optional<bool> verified);
    Status remove(qint64 id);

    // The pin cite of a link (reads the document, post or event).
    Result<QString> cite(const EvidenceLink &link);
    Result<CitableDocument> citableDocument(qint64 documentId);

private:
    Sql::Database &m_db;
};

} // namespace Casebinder

#include "linkstore.h"

#include "documentstore.h"
#include "eventstore.h"
#include "quoteverifier.h"
#include "recordcites.h"
#include "rowloop.h"
#include "sqlite/database.h"
#include "sqlite/statement.h"
#include "timeutil.h"

using namespace Qt::StringLiterals;

namespace Casebinder {
namespace {

constexpr auto LinkColumns = u"id, claim_id, document_id, page_from, page_to, post_id, event_id,"
                             u" quote, quote_verified, stance, weight, note, created_at";

EvidenceLink readLink(const Sql::Statement &s, int first = 0)
{
    EvidenceLink link;
    link.id = s.integer(first);
    link.claimId = s.integer(first + 1);
    link.documentId = s.optionalInteger(first + 2);
    if (const auto from = s.optionalInteger(first + 3))
        link.pageFrom = int(*from);
    if (const auto to = s.optionalInteger(first + 4))
        link.pageTo = int(*to);
    link.postId = s.optionalInteger(first + 5);
    link.eventId = s.optionalInteger(first + 6);
    link.quote = s.text(first + 7);
    if (const auto verified = s.optionalInteger(first + 8))
        link.quoteVerified = *verified != 0;
    link.stance
        = EvidenceLink::stanceFromName(s.text(first + 9)).value_or(EvidenceLink::Stance::Supports);
    link.weight = int(s.integer(first + 10));
    link.note = s.text(first + 11);
    link.createdAt = s.text(first + 12);
    return link;
}

Result<QList<EvidenceLink>> readLinks(Sql::Statement &statement)
{
    QList<EvidenceLink> links;
    for (;;) {
        auto row = statement.step();
        if (!row)
            return fail(row.error());
        if (!*row)
            return links;
        links.append(readLink(statement));
    }
}

void bindLink(Sql::Statement &s, const EvidenceLink &link)
{
    s.bind(2, link.claimId)
        .bind(3, link.documentId)
        .bind(4, link.pageFrom)
        .bind(5, link.pageTo)
        .bind(6, link.postId)
        .bind(7, link.eventId)
        .bind(8, link.quote)
        .bind(9, link.quoteVerified)
        .bind(10, EvidenceLink::stanceName(link.stance))
        .bind(11, link.weight)
        .bind(12, link.note);
}

} // namespace

QString EvidenceLink::stanceName(Stance stance)
{
    switch (stance) {
    case Stance::Supports:
        return u"supports"_s;
    case Stance::Undermines:
        return u"undermines"_s;
    case Stance::Context:
        return u"context"_s;
    }
    return {};
}

std::optional<EvidenceLink::Stance> EvidenceLink::stanceFromName(QStringView name)
{
    if (name == u"supports")
        return Stance::Supports;
    if (name == u"undermines")
        return Stance::Undermines;
    if (name == u"context")
        return Stance::Context;
    return std::nullopt;
}

LinkStore::LinkStore(Sql::Database &db)
    : m_db(db)
{}

Result<EvidenceLink> LinkStore::link(qint64 id)
{
    auto statement
        = m_db.prepare(u"SELECT "_s + LinkColumns + u" FROM evidence_links WHERE id = ?"_s);
    if (!statement)
        return fail(statement.error());
    statement->bind(1, id);
    auto row = statement->step();
    if (!row)
        return fail(row.error());
    if (!*row)
        return fail(Error::Code::NotFound, u"There is no evidence link %1."_s.arg(id));
    return readLink(*statement);
}

Result<QList<EvidenceLink>> LinkStore::linksOf(qint64 claimId)
{
    auto statement = m_db.prepare(u"SELECT "_s + LinkColumns
                                  + u" FROM evidence_links WHERE claim_id = ? ORDER BY id"_s);
    if (!statement)
        return fail(statement.error());
    statement->bind(1, claimId);
    return readLinks(*statement);
}

Result<QList<EvidenceLink>> LinkStore::linksOf(const QList<qint64> &claimIds)
{
    QList<EvidenceLink> links;
    for (const qint64 id : claimIds) {
        auto some = linksOf(id);
        if (!some)
            return some;
        links += *some;
    }
    std::sort(links.begin(), links.end(), [](const auto &a, const auto &b) { return a.id < b.id; });
    return links;
}

Result<CitableDocument> LinkStore::citableDocument(qint64 documentId)
{
    auto statement
        = m_db.prepare(u"SELECT id, kind, title, coalesce(docket_number, ''),"
                       u" coalesce(exhibit_label, ''), source_name FROM documents WHERE id = ?"_s);
    if (!statement)
        return fail(statement.error());
    statement->bind(1, documentId);
    auto row = statement->step();
    if (!row)
        return fail(row.error());
    if (!*row)
        return fail(Error::Code::NotFound, u"There is no document %1."_s.arg(documentId));
    return CitableDocument{statement->integer(0),
                           statement->text(1),
                           statement->text(2),
                           statement->text(3),
                           statement->text(4),
                           statement->text(5)};
}

Result<LinkDetails> LinkStore::details(qint64 id)
{
    auto found = link(id);
    if (!found)
        return fail(found.error());
    LinkDetails details{*found};
    if (found->documentId) {
        auto document = citableDocument(*found->documentId);
        if (!document)
            return fail(document.error());
        details.cite = PinCite::document(*document, found->pageFrom, found->pageTo);
        details.targetTitle = document->title.isEmpty() ? document->sourceName : document->title;
    } else if (const std::optional<qint64> postId = found->postId) {
        auto cite = RecordCites::postCiteAndLabel(m_db, *postId);
        if (!cite)
            return fail(cite.error());
        details.cite = cite->first;
        details.targetTitle = cite->second;
    } else if (found->eventId) {
        auto statement = m_db.prepare(
            u"SELECT title, start, \"end\", precision, circa, time_zone, dispute FROM events "
            u"WHERE id = ?"_s);
        if (!statement)
            return fail(statement.error());
        statement->bind(1, *found->eventId);
        auto row = statement->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            return fail(Error::Code::NotFound, u"There is no event %1."_s.arg(*found->eventId));
        auto sources = RecordCites::eventSources(m_db, *found->eventId, true);
        if (!sources)
            return fail(sources.error());
        details.cite = PinCite::event(statement->text(0),
                                      RecordCites::eventDate(*statement, 1),
                                      sources->byEvent.value(*found->eventId));
        details.targetTitle = statement->text(0);
        details.eventDisputed = statement->text(6) == disputeStatusName(DisputeStatus::Disputed);
    }
    return details;
}

Result<QList<LinkDetails>> LinkStore::detailsOf(qint64 claimId)
{
    auto links = linksOf(claimId);
    if (!links)
        return fail(links.error());
    QList<LinkDetails> result;
    for (const EvidenceLink &each : std::as_const(*links)) {
        auto one = details(each.id);
        if (!one)
            return fail(one.error());
        result.append(*one);
    }
    return result;
}

Result<QList<LinkDetails>> LinkStore::allDetails()
{
    auto statement = m_db.prepare(
        u"SELECT l.id, l.claim_id, l.document_id, l.page_from, l.page_to, l.post_id, l.event_id,"
        u" l.quote, l.quote_verified, l.stance, l.weight, l.note, l.created_at,"
        u" d.kind, d.title, coalesce(d.docket_number, ''), coalesce(d.exhibit_label, ''),"
        u" d.source_name, p.external_id, p.author_handle, substr(p.text, 1, 120),"
        u" ev.title, ev.start, ev.\"end\", ev.precision, ev.circa, ev.time_zone, ev.dispute, "_s
        + RecordCites::PostColumns
        + u" FROM evidence_links l LEFT JOIN documents d ON d.id = l.document_id"
          u" LEFT JOIN posts p ON p.id = l.post_id "_s
        + RecordCites::PostSourceJoin
        + u" LEFT JOIN events ev ON ev.id = l.event_id ORDER BY l.id"_s);
    if (!statement)
        return fail(statement.error());
    auto sources = RecordCites::eventSources(m_db, std::nullopt, true);
    if (!sources)
        return fail(sources.error());
    QList<LinkDetails> result;
    for (;;) {
        auto row = statement->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            return result;
        const Sql::Statement &s = *statement;
        LinkDetails details{readLink(s)};
        const EvidenceLink &link = details.link;
        if (link.documentId) {
            const CitableDocument document{
                *link.documentId, s.text(13), s.text(14), s.text(15), s.text(16), s.text(17)};
            details.cite = PinCite::document(document, link.pageFrom, link.pageTo);
            details.targetTitle = document.title.isEmpty() ? document.sourceName : document.title;
        } else if (link.postId) {
            details.cite = PinCite::postRecord(RecordCites::postFromRow(s, 28));
            details.targetTitle = PostLabel::label(RecordCites::postLabelFromRow(s, 28));
        } else if (link.eventId) {
            details.cite = PinCite::event(
                s.text(21), RecordCites::eventDate(s, 22), sources->byEvent.value(*link.eventId));
            details.targetTitle = s.text(21);
            details.eventDisputed = s.text(27) == disputeStatusName(DisputeStatus::Disputed);
        }
        result.append(details);
    }
}

Result<QString> LinkStore::cite(const EvidenceLink &link)
{
    if (link.documentId) {
        auto document = citableDocument(*link.documentId);
        if (!document)
            return fail(document.error());
        return PinCite::document(*document, link.pageFrom, link.pageTo);
    }
    if (link.id != 0) {
        auto stored = details(link.id);
        if (!stored)
            return fail(stored.error());
        return stored->cite;
    }
    return fail(Error::Code::InvalidArgument, u"The evidence link has no target to cite."_s);
}

Status LinkStore::validate(const EvidenceLink &link)
{
    auto exists = [this](const QString &sql, qint64 id) -> Result<bool> {
        auto statement = m_db.prepare(sql);
        if (!statement)
            return fail(statement.error());
        statement->bind(1, id);
        return statement->step();
    };
    auto claim = exists(u"SELECT 1 FROM claims WHERE id = ?"_s, link.claimId);
    if (!claim)
        return fail(claim.error());
    if (!*claim)
        return fail(Error::Code::NotFound,
                    u"Cannot link evidence to claim %1: there is no such claim or element."_s.arg(
                        link.claimId));
    const int targets = int(link.documentId.has_value()) + int(link.postId.has_value())
                        + int(link.eventId.has_value());
    if (targets != 1)
        return fail(
            Error::Code::InvalidArgument,
            u"An evidence link needs exactly one target: a document, a post or an event."_s);
    if (link.weight < 1 || link.weight > 5)
        return fail(
            Error::Code::InvalidArgument,
            u"The weight of an evidence link must be between 1 and 5, not %1."_s.arg(link.weight));
    if (link.postId) {
        auto post = exists(u"SELECT 1 FROM posts WHERE id = ?"_s, *link.postId);
        if (!post)
            return fail(post.error());
        if (!*post)
            return fail(Error::Code::NotFound,
                        u"Cannot link post %1: there is no such post."_s.arg(*link.postId));
    }
    if (link.eventId) {
        auto event = exists(u"SELECT 1 FROM events WHERE id = ?"_s, *link.eventId);
        if (!event)
            return fail(event.error());
        if (!*event)
            return fail(Error::Code::NotFound,
                        u"Cannot link event %1: there is no such event."_s.arg(*link.eventId));
    }
    if ((link.pageFrom || link.pageTo) && !link.documentId)
        return fail(Error::Code::InvalidArgument, u"Only a document link can cite pages."_s);
    if (!link.documentId)
        return {};
    return DocumentStore(m_db).checkCitablePages(*link.documentId, link.pageFrom, link.pageTo);
}

Result<std::optional<bool>> LinkStore::checkQuote(const EvidenceLink &link)
{
    if (link.quote.trimmed().isEmpty() || !link.documentId)
        return std::optional<bool>();
    int from = link.pageFrom.value_or(1);
    int to = link.pageTo.value_or(link.pageFrom.value_or(std::numeric_limits<int>::max()));
    auto outcome = QuoteVerifier::verify(m_db, *link.documentId, from, to, link.quote);
    if (!outcome)
        return fail(outcome.error());
    return std::optional<bool>(outcome->verified);
}

Result<qint64> LinkStore::insert(const EvidenceLink &link)
{
    auto statement = m_db.prepare(
        u"INSERT INTO evidence_links (id, claim_id, document_id, page_from, page_to, post_id,"
        u" event_id, quote, quote_verified, stance, weight, note, created_at)"
        u" VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)"_s);
    if (!statement)
        return fail(statement.error());
    statement->bind(1, link.id != 0 ? std::optional<qint64>(link.id) : std::nullopt);
    bindLink(*statement, link);
    statement->bind(13, link.createdAt.isEmpty() ? TimeUtil::nowUtcIso() : link.createdAt);
    if (auto done = statement->exec(); !done)
        return fail(done.error());
    return link.id != 0 ? link.id : m_db.lastInsertRowId();
}

Status LinkStore::update(const EvidenceLink &link)
{
    auto statement = m_db.prepare(
        u"UPDATE evidence_links SET claim_id = ?2, document_id = ?3, page_from = ?4, page_to = ?5,"
        u" post_id = ?6, event_id = ?7, quote = ?8, quote_verified = ?9, stance = ?10,"
        u" weight = ?11, note = ?12 WHERE id = ?1"_s);
    if (!statement)
        return fail(statement.error());
    statement->bind(1, link.id);
    bindLink(*statement, link);
    if (auto done = statement->exec(); !done)
        return done;
    if (m_db.changes() == 0)
        return fail(Error::Code::NotFound, u"There is no evidence link %1."_s.arg(link.id));
    return {};
}

Status LinkStore::setQuoteVerified(qint64 id, std::optional<bool> verified)
{
    auto statement = m_db.prepare(u"UPDATE evidence_links SET quote_verified = ?2 WHERE id = ?1"_s);
    if (!statement)
        return fail(statement.error());
    statement->bind(1, id).bind(2, verified);
    if (auto done = statement->exec(); !done)
        return done;
    if (m_db.changes() == 0)
        return fail(Error::Code::NotFound, u"There is no evidence link %1."_s.arg(id));
    return {};
}

Status LinkStore::remove(qint64 id)
{
    return Sql::deleteRow(m_db,
                          "DELETE FROM evidence_links WHERE id = ?",
                          id,
                          u"There is no evidence link %1."_s.arg(id));
}

} // namespace Casebinder

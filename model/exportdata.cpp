#include "exportdata.h"

#include "documentstore.h"
#include "pincite.h"
#include "recordcites.h"
#include "sqlite/database.h"
#include "sqlite/statement.h"

#include <QCollator>
#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Casebinder {
namespace {

bool cancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

std::unexpected<Error> cancelledError()
{
    return fail(Error::Code::Cancelled,
                QCoreApplication::translate("Casebinder::Report", "The export was cancelled."));
}

// Runs a query row by row; `row` returns false to stop early.
template<typename Bind, typename Row>
Status forEachRow(Sql::Database &db, const QString &sql, Bind bind, Row row)
{
    auto statement = db.prepare(sql);
    if (!statement)
        return fail(statement.error());
    bind(*statement);
    for (;;) {
        auto next = statement->step();
        if (!next)
            return fail(next.error());
        if (!*next)
            return {};
        if (!row(*statement))
            return {};
    }
}

Result<CaseCaption> readCaption(Sql::Database &db)
{
    CaseCaption caption;
    auto done = forEachRow(
        db,
        u"SELECT title, case_name, court, docket_number, judge, notes FROM case_meta WHERE id = 1"_s,
        [](Sql::Statement &) {},
        [&caption](Sql::Statement &s) {
            caption = {s.text(0), s.text(1), s.text(2), s.text(3), s.text(4), s.text(5)};
            return false;
        });
    if (!done)
        return fail(done.error());
    return caption;
}

// Columns shared by every query that cites a document or a post, starting at `first`:
// d.id, d.kind, d.title, d.docket_number, d.exhibit_label, d.source_name, d.blob_sha256,
// d.privileged, p.id, p.external_id, p.author_handle, pd.id, pd.blob_sha256, pd.privileged
// then RecordCites::PostColumns (a post's record cite) from `first + 14`.
const QString SourceColumns
    = u"d.id, d.kind, d.title, d.docket_number, d.exhibit_label, d.source_name, d.blob_sha256, "
      u"d.privileged, p.id, p.external_id, p.author_handle, pd.id, pd.blob_sha256, "
      u"pd.privileged, "_s
      + RecordCites::PostColumns;
constexpr auto SourceJoins = u"LEFT JOIN documents d ON d.id = x.document_id "
                             u"LEFT JOIN posts p ON p.id = x.post_id "
                             u"LEFT JOIN documents pd ON pd.id = p.source_document_id";

struct SourceRow
{
    ExportSource source;
    bool privileged = false;
};

std::optional<SourceRow> readSource(const Sql::Statement &s,
                                    int first,
                                    std::optional<int> pageFrom,
                                    std::optional<int> pageTo,
                                    const DisplayLanguage &language)
{
    SourceRow row;
    if (!s.isNull(first)) {
        const CitableDocument document{s.integer(first),
                                       s.text(first + 1),
                                       s.text(first + 2),
                                       s.text(first + 3),
                                       s.text(first + 4),
                                       s.text(first + 5)};
        row.source.kind = ExportSource::Kind::Document;
        row.source.documentId = document.id;
        row.source.title = document.title.isEmpty() ? document.sourceName : document.title;
        row.source.cite = PinCite::document(document, pageFrom, pageTo, language);
        row.source.sha256 = s.text(first + 6);
        row.privileged = s.integer(first + 7) != 0;
        return row;
    }
    if (!s.isNull(first + 8)) {
        const CitablePost post{s.integer(first + 8), s.text(first + 9), s.text(first + 10)};
        row.source.kind = ExportSource::Kind::Post;
        row.source.postId = post.id;
        row.source.title = PostLabel::label(
            RecordCites::postLabelFromRow(s, first + 14), PostLabel::DefaultWords, language);
        row.source.cite = PinCite::postRecord(RecordCites::postFromRow(s, first + 14), language);
        if (!s.isNull(first + 11)) {
            row.source.documentId = s.integer(first + 11);
            row.source.sha256 = s.text(first + 12);
            row.privileged = s.integer(first + 13) != 0;
        }
        return row;
    }
    return std::nullopt;
}

struct ClaimNode
{
    qint64 id = 0;
    std::optional<qint64> parent;
    int position = 0;
    QString kind;
    QString title;
    QString description;
    QString assertedBy;
    QString legalStandard;
    QString status;
    QString templateId;
};

Result<QHash<qint64, ClaimNode>> readClaims(Sql::Database &db)
{
    QHash<qint64, ClaimNode> claims;
    auto done = forEachRow(
        db,
        u"SELECT id, parent_id, position, kind, title, description, asserted_by, legal_standard, "
        u"status, template_id FROM claims"_s,
        [](Sql::Statement &) {},
        [&claims](Sql::Statement &s) {
            ClaimNode node{s.integer(0),
                           s.optionalInteger(1),
                           int(s.integer(2)),
                           s.text(3),
                           s.text(4),
                           s.text(5),
                           s.text(6),
                           s.text(7),
                           s.text(8),
                           s.isNull(9) ? QString() : s.text(9)};
            claims.insert(node.id, node);
            return true;
        });
    if (!done)
        return fail(done.error());
    return claims;
}

// "Claim › Element", guarding against a damaged tree that loops.
QString claimPath(const QHash<qint64, ClaimNode> &claims, qint64 id)
{
    QStringList parts;
    std::optional<qint64> current = id;
    for (int depth = 0; current && depth < 32; ++depth) {
        const auto it = claims.constFind(*current);
        if (it == claims.cend())
            break;
        parts.prepend(it->title);
        current = it->parent;
    }
    return parts.join(u" \u203A "_s);
}

QSet<qint64> subtree(const QHash<qint64, ClaimNode> &claims, qint64 root)
{
    QHash<qint64, QList<qint64>> children;
    for (const ClaimNode &node : claims) {
        if (node.parent)
            children[*node.parent].append(node.id);
    }
    QSet<qint64> result;
    QList<qint64> pending{root};
    while (!pending.isEmpty()) {
        const qint64 id = pending.takeLast();
        if (result.contains(id))
            continue;
        result.insert(id);
        pending.append(children.value(id));
    }
    return result;
}

} // namespace

Result<QList<ClaimChoice>> topLevelClaims(Sql::Database &db)
{
    QList<ClaimChoice> claims;
    auto done = forEachRow(
        db,
        u"SELECT id, title FROM claims WHERE parent_id IS NULL ORDER BY position, id"_s,
        [](Sql::Statement &) {},
        [&claims](Sql::Statement &s) {
            claims.append({s.integer(0), s.text(1)});
            return true;
        });
    if (!done)
        return fail(done.error());
    return claims;
}

Result<std::optional<EventDaySpan>> eventDaySpan(Sql::Database &db)
{
    std::optional<EventDaySpan> span;
    auto done = forEachRow(
        db,
        u"SELECT start, end, precision, circa, time_zone FROM events"_s,
        [](Sql::Statement &) {},
        [&span](Sql::Statement &s) {
            const auto date = EventDate::fromStorage(
                s.text(0), s.text(1), s.text(2), s.integer(3) != 0, s.text(4));
            if (!date || !date->isValid())
                return true; // a malformed row is the verifier's business, not a filter's
            if (!span)
                span = EventDaySpan{date->firstDay(), date->lastDay()};
            span->first = std::min(span->first, date->firstDay());
            span->last = std::max(span->last, date->lastDay());
            return true;
        });
    if (!done)
        return fail(done.error());
    return span;
}

QList<ExportSource> citedOriginals(const QList<ExportSource> &sources)
{
    QList<ExportSource> result;
    QSet<QString> seen;
    for (const ExportSource &source : sources) {
        if (source.sha256.isEmpty() || seen.contains(source.sha256))
            continue;
        seen.insert(source.sha256);
        result.append(source);
    }
    return result;
}

Result<ChronologyData> loadChronology(Sql::Database &db,
                                      const ChronologyFilter &filter,
                                      const std::atomic_bool *cancel,
                                      const DisplayLanguage &language)
{
    ChronologyData data;
    auto caption = readCaption(db);
    if (!caption)
        return fail(caption.error());
    data.caption = *caption;
    auto claims = readClaims(db);
    if (!claims)
        return fail(claims.error());

    // Events linked to the chosen claim (or anything beneath it).
    std::optional<QSet<qint64>> allowed;
    if (filter.claimId) {
        if (!claims->contains(*filter.claimId))
            return fail(Error::Code::NotFound,
                        QCoreApplication::translate("Casebinder::Report",
                                                    "There is no claim with id %1 in this case.")
                            .arg(*filter.claimId));
        const QSet<qint64> nodes = subtree(*claims, *filter.claimId);
        QSet<qint64> events;
        auto done = forEachRow(
            db,
            u"SELECT claim_id, event_id FROM evidence_links WHERE event_id IS NOT NULL"_s,
            [](Sql::Statement &) {},
            [&](Sql::Statement &s) {
                if (nodes.contains(s.integer(0)))
                    events.insert(s.integer(1));
                return true;
            });
        if (!done)
            return fail(done.error());
        allowed = events;
    }
    if (!filter.tag.isEmpty()) {
        QHash<qint64, std::optional<qint64>> parents;
        QSet<qint64> roots;
        auto done = forEachRow(
            db,
            u"SELECT id, parent_id, name FROM tags"_s,
            [](Sql::Statement &) {},
            [&](Sql::Statement &s) {
                parents.insert(s.integer(0), s.optionalInteger(1));
                if (s.text(2).compare(filter.tag, Qt::CaseInsensitive) == 0)
                    roots.insert(s.integer(0));
                return true;
            });
        if (!done)
            return fail(done.error());
        if (roots.isEmpty())
            return fail(
                Error::Code::NotFound,
                QCoreApplication::translate("Casebinder::Report",
                                            "There is no tag named \u201C%1\u201D in this case.")
                    .arg(filter.tag));
        const auto underRoot = [&](qint64 id) {
            std::optional<qint64> current = id;
            for (int depth = 0; current && depth < 64; ++depth) {
                if (roots.contains(*current))
                    return true;
                current = parents.value(*current);
            }
            return false;
        };
        QSet<qint64> tagged;
        done = forEachRow(
            db,
            u"SELECT tag_id, target_id FROM taggings WHERE target_kind = 'event'"_s,
            [](Sql::Statement &) {},
            [&](Sql::Statement &s) {
                if (underRoot(s.integer(0)))
                    tagged.insert(s.integer(1));
                return true;
            });
        if (!done)
            return fail(done.error());
        allowed = allowed ? allowed->intersect(tagged) : tagged;
    }

    QHash<qint64, qsizetype> indexOf;
    int rows = 0;
    bool stopped = false;
    auto done = forEachRow(
        db,
        u"SELECT id, start, end, precision, circa, time_zone, title, description, dispute "
        u"FROM events WHERE (?1 = 0 OR dispute = 'undisputed')"_s,
        [&filter](Sql::Statement &s) { s.bind(1, filter.undisputedOnly); },
        [&](Sql::Statement &s) {
            if ((++rows & 1023) == 0 && cancelled(cancel)) {
                stopped = true;
                return false;
            }
            const qint64 id = s.integer(0);
            if (allowed && !allowed->contains(id))
                return true;
            ChronologyEntry entry;
            entry.id = id;
            auto date = EventDate::fromStorage(s.text(1),
                                               s.isNull(2) ? QString() : s.text(2),
                                               s.text(3),
                                               s.integer(4) != 0,
                                               s.text(5));
            if (date) {
                if (!date->overlaps(filter.from, filter.to))
                    return true;
                entry.date = *date;
                entry.dateText = date->display(language);
            } else {
                // A date the parser refuses is still shown as stored, never silently dropped.
                if (filter.from.isValid() || filter.to.isValid())
                    return true;
                entry.dateText = s.text(1);
            }
            entry.title = s.text(6);
            entry.description = s.text(7);
            entry.dispute = disputeStatusFromName(s.text(8)).value_or(DisputeStatus::NotAssessed);
            entry.disputed = entry.dispute == DisputeStatus::Disputed;
            indexOf.insert(id, data.entries.size());
            data.entries.append(std::move(entry));
            return true;
        });
    if (!done)
        return fail(done.error());
    if (stopped)
        return cancelledError();

    done = forEachRow(
        db,
        u"SELECT x.event_id, x.page_from, x.page_to, "_s + SourceColumns
            + u" FROM event_sources x "_s + SourceJoins + u" ORDER BY x.event_id, x.id"_s,
        [](Sql::Statement &) {},
        [&](Sql::Statement &s) {
            const auto it = indexOf.constFind(s.integer(0));
            if (it == indexOf.cend())
                return true;
            const auto from = s.optionalInteger(1);
            const auto to = s.optionalInteger(2);
            auto row = readSource(s,
                                  3,
                                  from ? std::optional<int>(int(*from)) : std::nullopt,
                                  to ? std::optional<int>(int(*to)) : std::nullopt,
                                  language);
            if (!row)
                return true;
            if (row->privileged && !filter.includePrivileged) {
                ++data.withheldSources;
                return true;
            }
            data.entries[*it].sources.append(row->source);
            return true;
        });
    if (!done)
        return fail(done.error());
    if (cancelled(cancel))
        return cancelledError();

    done = forEachRow(
        db,
        u"SELECT event_id, claim_id FROM evidence_links WHERE event_id IS NOT NULL "
        u"ORDER BY claim_id"_s,
        [](Sql::Statement &) {},
        [&](Sql::Statement &s) {
            const auto it = indexOf.constFind(s.integer(0));
            if (it == indexOf.cend())
                return true;
            const QString path = claimPath(*claims, s.integer(1));
            QStringList &list = data.entries[*it].claims;
            if (!path.isEmpty() && !list.contains(path))
                list.append(path);
            return true;
        });
    if (!done)
        return fail(done.error());

    done = forEachRow(
        db,
        u"SELECT t.target_id, g.name FROM taggings t JOIN tags g ON g.id = t.tag_id "
        u"WHERE t.target_kind = 'event' ORDER BY g.name"_s,
        [](Sql::Statement &) {},
        [&](Sql::Statement &s) {
            const auto it = indexOf.constFind(s.integer(0));
            if (it != indexOf.cend())
                data.entries[*it].tags.append(s.text(1));
            return true;
        });
    if (!done)
        return fail(done.error());

    std::stable_sort(data.entries.begin(),
                     data.entries.end(),
                     [](const ChronologyEntry &a, const ChronologyEntry &b) {
                         if (a.date.isValid() != b.date.isValid())
                             return a.date.isValid(); // unreadable dates last
                         if (a.date.isValid()) {
                             const auto order = EventDate::compare(a.date, b.date);
                             if (order != 0)
                                 return order < 0;
                         } else if (a.dateText != b.dateText) {
                             return a.dateText < b.dateText;
                         }
                         return a.id < b.id;
                     });
    return data;
}

Result<ClaimChartData> loadClaimChart(Sql::Database &db,
                                      const ClaimChartFilter &filter,
                                      const std::atomic_bool *cancel,
                                      const DisplayLanguage &language)
{
    ClaimChartData data;
    auto caption = readCaption(db);
    if (!caption)
        return fail(caption.error());
    data.caption = *caption;
    auto claims = readClaims(db);
    if (!claims)
        return fail(claims.error());
    if (filter.claimId && !claims->contains(*filter.claimId))
        return fail(Error::Code::NotFound,
                    QCoreApplication::translate("Casebinder::Report",
                                                "There is no claim with id %1 in this case.")
                        .arg(*filter.claimId));

    QHash<qint64, QList<qint64>> children;
    QList<qint64> roots;
    for (const ClaimNode &node : std::as_const(*claims)) {
        if (node.parent && claims->contains(*node.parent))
            children[*node.parent].append(node.id);
        else
            roots.append(node.id);
    }
    const auto byPosition = [&claims](qint64 a, qint64 b) {
        const ClaimNode &x = claims->value(a);
        const ClaimNode &y = claims->value(b);
        return x.position != y.position ? x.position < y.position : x.id < y.id;
    };
    for (auto &list : children)
        std::sort(list.begin(), list.end(), byPosition);
    std::sort(roots.begin(), roots.end(), byPosition);
    if (filter.claimId)
        roots = {*filter.claimId};

    QHash<qint64, qsizetype> indexOf;
    QSet<qint64> visited;
    const auto visit = [&](auto &self, qint64 id, int depth) -> void {
        if (visited.contains(id))
            return;
        visited.insert(id);
        const ClaimNode &node = claims->value(id);
        indexOf.insert(id, data.nodes.size());
        data.nodes.append(
            {.id = id,
             .depth = depth,
             .kind = node.kind,
             .title = node.title,
             .description = node.description,
             .assertedBy = node.assertedBy,
             .legalStandard = node.legalStandard,
             .status = node.status,
             .parentId = depth > 0 ? node.parent : std::nullopt,
             .rollUpNote = depth == 0 ? rollUpNote(node.templateId, language) : QString()});
        for (qint64 child : children.value(id))
            self(self, child, depth + 1);
    };
    for (qint64 root : std::as_const(roots))
        visit(visit, root, 0);

    ProofAssessor assessor;
    for (const ChartNode &node : std::as_const(data.nodes))
        assessor.addNode(node.id, node.parentId);
    int rows = 0;
    bool stopped = false;
    auto done = forEachRow(
        db,
        u"SELECT x.id, x.claim_id, x.page_from, x.page_to, x.quote, x.quote_verified, x.stance, "
        u"x.weight, x.note, e.id, e.title, e.start, e.end, e.precision, e.circa, e.time_zone, "
        u"e.dispute, "_s
            + SourceColumns + u" FROM evidence_links x "_s + SourceJoins
            + u" LEFT JOIN events e ON e.id = x.event_id ORDER BY x.weight DESC, x.id"_s,
        [](Sql::Statement &) {},
        [&](Sql::Statement &s) {
            if ((++rows & 1023) == 0 && cancelled(cancel)) {
                stopped = true;
                return false;
            }
            const auto it = indexOf.constFind(s.integer(1));
            if (it == indexOf.cend())
                return true;
            ChartEvidence evidence;
            evidence.linkId = s.integer(0);
            evidence.quote = s.text(4);
            if (!evidence.quote.isEmpty() && !s.isNull(5))
                evidence.quoteVerified = s.integer(5) != 0;
            evidence.weight = int(s.integer(7));
            evidence.note = s.text(8);
            if (!s.isNull(9)) {
                // The cite is completed with the event's sources once they are read.
                evidence.eventId = s.integer(9);
                evidence.cite = PinCite::event(s.text(10), RecordCites::eventDate(s, 11), language);
                evidence.disputedEvent = s.text(16) == disputeStatusName(DisputeStatus::Disputed);
            } else {
                const auto from = s.optionalInteger(2);
                const auto to = s.optionalInteger(3);
                auto row = readSource(s,
                                      17,
                                      from ? std::optional<int>(int(*from)) : std::nullopt,
                                      to ? std::optional<int>(int(*to)) : std::nullopt,
                                      language);
                if (!row)
                    return true;
                if (row->privileged && !filter.includePrivileged) {
                    ++data.withheldSources;
                    return true;
                }
                evidence.cite = row->source.cite;
                evidence.source = row->source;
            }
            ChartNode &node = data.nodes[*it];
            const QString stance = s.text(6);
            const EvidenceFacts facts = EvidenceFacts::of(
                EvidenceLink::stanceFromName(stance).value_or(EvidenceLink::Stance::Context),
                evidence.weight,
                !s.isNull(17),
                evidence.quote,
                evidence.quoteVerified,
                !s.isNull(9) && evidence.disputedEvent);
            evidence.solid = facts.solid();
            assessor.addEvidence(node.id, facts);
            if (stance == u"supports")
                node.supporting.append(std::move(evidence));
            else if (stance == u"undermines")
                node.undermining.append(std::move(evidence));
            else
                node.context.append(std::move(evidence));
            return true;
        });
    if (!done)
        return fail(done.error());
    if (stopped)
        return cancelledError();

    // An event is cited by the record that documents it: its sources' pin cites.
    auto eventSources = RecordCites::eventSources(db, std::nullopt, filter.includePrivileged);
    if (!eventSources)
        return fail(eventSources.error());
    for (ChartNode &node : data.nodes) {
        for (auto *list : {&node.supporting, &node.undermining, &node.context}) {
            for (ChartEvidence &evidence : *list) {
                if (!evidence.eventId)
                    continue;
                data.withheldSources += eventSources->withheldByEvent.value(*evidence.eventId);
                evidence.cite
                    += u" \u2014 "_s
                       + (eventSources->byEvent.contains(*evidence.eventId)
                              ? eventSources->byEvent.value(*evidence.eventId).join(u"; "_s)
                              : language.translate("Casebinder::PinCite", "no record cite"));
            }
        }
    }

    const QHash<qint64, NodeAssessment> assessments = assessor.assess();
    for (ChartNode &node : data.nodes) {
        node.assessment = assessments.value(node.id);
        node.gap = node.assessment.gap();
        node.gapReason = node.assessment.gapReason(language);
    }
    return data;
}

Result<ExhibitListData> loadExhibits(Sql::Database &db,
                                     const ExhibitFilter &filter,
                                     const DisplayLanguage &language)
{
    ExhibitListData data;
    auto caption = readCaption(db);
    if (!caption)
        return fail(caption.error());
    data.caption = *caption;

    struct Row
    {
        ExhibitEntry entry;
        QString label;
        QString sortDate;
        QStringList remarks;
    };
    QList<Row> rows;
    QHash<QString, qsizetype> bySha;
    auto done = forEachRow(
        db,
        u"SELECT id, kind, title, docket_number, exhibit_label, source_name, blob_sha256, "
        u"privileged, document_date, bates_begin, bates_end, json_extract(metadata, '$.status'), "
        u"date_source, json_extract(metadata, '$.creation_date'), media_type, "
        u"sponsoring_witness, offered, objection, admitted "
        u"FROM documents WHERE kind = 'exhibit' ORDER BY id"_s,
        [](Sql::Statement &) {},
        [&](Sql::Statement &s) {
            if (s.integer(7) != 0 && !filter.includePrivileged) {
                ++data.withheld;
                return true;
            }
            const QString sha = s.text(6);
            // One original is one exhibit, however many times it was filed.
            if (const auto it = bySha.constFind(sha); it != bySha.cend()) {
                if (!s.text(4).isEmpty())
                    rows[*it].remarks.append(
                        language.translate("Casebinder::Report", "also marked %1").arg(s.text(4)));
                return true;
            }
            Row row;
            if (const QString label = s.text(4).simplified(); !label.isEmpty())
                row.label = PinCite::documentName(CitableDocument{.exhibitLabel = label});
            row.sortDate = s.text(8);
            ExhibitEntry &entry = row.entry;
            entry.documentId = s.integer(0);
            entry.description = s.text(2).isEmpty() ? s.text(5) : s.text(2);
            // Only the document's own date; an unknown date stays blank.
            entry.date = s.isNull(8) ? QString() : displayDocumentDate(s.text(8), language);
            if (!entry.date.isEmpty())
                entry.dateSource = s.text(12);
            if (s.text(14) == u"application/pdf" && !s.isNull(13))
                entry.pdfCreated = s.text(13);
            entry.batesBegin = s.text(9);
            entry.batesEnd = s.text(10);
            entry.sponsoringWitness = s.text(15);
            entry.offered = s.text(16);
            entry.objection = s.text(17);
            entry.admitted = s.text(18);
            if (!s.isNull(11) && !s.text(11).isEmpty())
                row.remarks.append(s.text(11));
            if (s.integer(7) != 0)
                row.remarks.append(u"privileged"_s);
            entry.source.kind = ExportSource::Kind::Document;
            entry.source.documentId = entry.documentId;
            entry.source.title = entry.description;
            entry.source.sha256 = sha;
            bySha.insert(sha, rows.size());
            rows.append(std::move(row));
            return true;
        });
    if (!done)
        return fail(done.error());

    // Labelled exhibits keep their label (natural order: Ex. 2 before Ex. 10); unlabelled ones
    // get the next free number; a label used twice is made unique and the row says so.
    QCollator collator{QLocale(QLocale::English)};
    collator.setNumericMode(true);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::stable_sort(rows.begin(), rows.end(), [&collator](const Row &a, const Row &b) {
        if (a.label.isEmpty() != b.label.isEmpty())
            return !a.label.isEmpty();
        if (!a.label.isEmpty())
            return collator.compare(a.label, b.label) < 0;
        return a.sortDate != b.sortDate ? a.sortDate < b.sortDate
                                        : a.entry.documentId < b.entry.documentId;
    });
    QSet<QString> used;
    int highest = 0;
    for (const Row &row : std::as_const(rows)) {
        bool numeric = false;
        const int value = QString(row.label).remove(u"Ex. "_s).toInt(&numeric);
        if (numeric)
            highest = std::max(highest, value);
    }
    for (Row &row : rows) {
        QString number;
        if (row.label.isEmpty()) {
            do {
                number = u"Ex. %1"_s.arg(++highest);
            } while (used.contains(number.toCaseFolded()));
            row.remarks.append(language.translate("Casebinder::Report", "numbered for this list"));
        } else {
            number = row.label;
            if (used.contains(number.toCaseFolded())) {
                const QString base = number;
                int suffix = 2;
                do {
                    number = u"%1-%2"_s.arg(base).arg(suffix++);
                } while (used.contains(number.toCaseFolded()));
                row.remarks.append(
                    language.translate("Casebinder::Report", "label %1 shared, renumbered")
                        .arg(base));
            }
        }
        used.insert(number.toCaseFolded());
        row.entry.number = number;
        row.entry.status = row.remarks.join(u"; "_s);
        row.entry.source.cite = number;
        data.exhibits.append(std::move(row.entry));
    }
    return data;
}

Result<ChronologyData> loadChronology(CaseFile &caseFile,
                                      const ChronologyFilter &filter,
                                      const std::atomic_bool *cancel,
                                      const DisplayLanguage &language)
{
    return loadChronology(caseFile.db(), filter, cancel, language);
}

Result<ClaimChartData> loadClaimChart(CaseFile &caseFile,
                                      const ClaimChartFilter &filter,
                                      const std::atomic_bool *cancel,
                                      const DisplayLanguage &language)
{
    return loadClaimChart(caseFile.db(), filter, cancel, language);
}

Result<ExhibitListData> loadExhibits(CaseFile &caseFile,
                                     const ExhibitFilter &filter,
                                     const DisplayLanguage &language)
{
    return loadExhibits(caseFile.db(), filter, language);
}

Result<QList<ClaimChoice>> topLevelClaims(CaseFile &caseFile)
{
    return topLevelClaims(caseFile.db());
}

Result<std::optional<EventDaySpan>> eventDaySpan(CaseFile &caseFile)
{
    return eventDaySpan(caseFile.db());
}

} // namespace Casebinder

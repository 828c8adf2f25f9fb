#include "docketlinker.h"

#include "pacerstamp.h"
#include "rowloop.h"
#include "sqlite/database.h"
#include "sqlite/statement.h"

#include <QFileInfo>
#include <QHash>
#include <QMultiHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Casebinder {
namespace {

constexpr qsizetype TitleLength = 160;

struct DocketRow
{
    qint64 id = 0;
    QString courtId;
    QString docketNumber;
    QString pacerCaseId;
};

struct EntryRow
{
    qint64 id = 0;
    qint64 docketId = 0;
    QString documentNumber;
    QString pacerDocId;
};

struct AttachmentRow
{
    qint64 entryId = 0;
    int number = 0;
    QString pacerDocId;
};

// What the case's dockets hold, read once per run.
struct DocketIndex
{
    QList<DocketRow> dockets;
    QList<EntryRow> entries;
    QList<AttachmentRow> attachments;
    QHash<QString, qint64> holderOf; // place key → the document linked there

    static QString key(const DocketPlace &place)
    {
        return u"%1/%2"_s.arg(place.entryId).arg(place.attachmentNumber);
    }

    std::optional<DocketPlace> byNumber(qint64 docketId,
                                        const QString &number,
                                        int attachment) const
    {
        for (const EntryRow &entry : entries) {
            if (entry.docketId == docketId && entry.documentNumber == number)
                return placeIn(entry.id, attachment);
        }
        return std::nullopt;
    }

    std::optional<DocketPlace> byPacerId(qint64 docketId, const QString &pacerDocId) const
    {
        for (const EntryRow &entry : entries) {
            if (entry.docketId == docketId && entry.pacerDocId == pacerDocId)
                return DocketPlace{entry.id, 0};
        }
        for (const AttachmentRow &attachment : attachments) {
            if (attachment.pacerDocId == pacerDocId && docketOf(attachment.entryId) == docketId)
                return DocketPlace{attachment.entryId, attachment.number};
        }
        return std::nullopt;
    }

    std::optional<DocketPlace> placeIn(qint64 entryId, int attachment) const
    {
        if (attachment == 0)
            return DocketPlace{entryId, 0};
        for (const AttachmentRow &row : attachments) {
            if (row.entryId == entryId && row.number == attachment)
                return DocketPlace{entryId, attachment};
        }
        return std::nullopt;
    }

    qint64 docketOf(qint64 entryId) const
    {
        for (const EntryRow &entry : entries) {
            if (entry.id == entryId)
                return entry.docketId;
        }
        return 0;
    }
};

QString placeLabel(const QString &number, int attachment)
{
    return attachment > 0 ? u"Dkt. %1-%2"_s.arg(number).arg(attachment) : u"Dkt. "_s + number;
}

// Where a filing says it belongs, or why that cannot be said for certain.
struct Claim
{
    std::optional<DocketPlace> place;
    QString how;
    QString problem; // set when the filing names a docket place that cannot be resolved
};

// What a filing names: an entry's number (and attachment), or PACER's document id.
struct NamedPlace
{
    QString documentNumber;
    int attachmentNumber = 0;
    QString pacerDocumentId;
};

// The place on `docket` that a filing names, or why it is not there.
Claim claimOnDocket(const DocketIndex &index,
                    const DocketRow &docket,
                    const NamedPlace &named,
                    const QString &how,
                    const QString &problemPrefix)
{
    auto place = named.documentNumber.isEmpty()
                     ? index.byPacerId(docket.id, normalPacerDocumentId(named.pacerDocumentId))
                     : index.byNumber(docket.id, named.documentNumber, named.attachmentNumber);
    if (place)
        return {place, how, {}};
    const QString what = named.documentNumber.isEmpty()
                             ? u"PACER document "_s + named.pacerDocumentId
                             : placeLabel(named.documentNumber, named.attachmentNumber);
    const QString where = u"%1, which is not on docket %2"_s.arg(what, docket.docketNumber);
    return {std::nullopt,
            {},
            problemPrefix.isEmpty() ? u"%1 is not on docket %2"_s.arg(what, docket.docketNumber)
                                    : problemPrefix + where};
}

Claim claimByRecapName(const DocketIndex &index, const RecapFileName &name)
{
    // Appellate names carry the docket number; district names PACER's case id, which RECAP's
    // dockets give and PACER's docket reports do not: then the court's only docket without
    // one is taken.
    QList<DocketRow> dockets;
    QList<DocketRow> withoutCaseId;
    for (const DocketRow &docket : index.dockets) {
        if (docket.courtId != name.courtId)
            continue;
        if (name.documentNumber.isEmpty()) {
            if (sameDocketNumber(docket.docketNumber, name.caseId))
                dockets.append(docket);
        } else if (docket.pacerCaseId == name.caseId) {
            dockets.append(docket);
        } else if (docket.pacerCaseId.isEmpty()) {
            withoutCaseId.append(docket);
        }
    }
    if (dockets.isEmpty())
        dockets = withoutCaseId;
    if (dockets.isEmpty())
        return {};
    if (dockets.size() > 1)
        return {std::nullopt,
                {},
                u"the case has %1 dockets of court %2"_s.arg(dockets.size()).arg(name.courtId)};
    return claimOnDocket(index,
                         dockets.constFirst(),
                         {name.documentNumber, name.attachmentNumber, name.pacerDocumentId},
                         u"recap_file_name"_s,
                         {});
}

Claim claimByStamp(const DocketIndex &index, const PacerStamp &stamp)
{
    if (stamp.documentNumber.isEmpty() && stamp.pacerDocumentId.isEmpty())
        return {};
    QList<DocketRow> dockets;
    for (const DocketRow &docket : index.dockets) {
        if (sameDocketNumber(docket.docketNumber, stamp.caseNumber))
            dockets.append(docket);
    }
    if (dockets.isEmpty())
        return {}; // a filing of another case
    if (dockets.size() > 1)
        return {
            std::nullopt,
            {},
            u"%1 dockets in the case are numbered %2"_s.arg(dockets.size()).arg(stamp.caseNumber)};
    return claimOnDocket(index,
                         dockets.constFirst(),
                         {stamp.documentNumber, stamp.attachmentNumber, stamp.pacerDocumentId},
                         u"pacer_stamp"_s,
                         u"its stamp names "_s);
}

} // namespace

QString docketEntryTitle(const QString &text)
{
    static const QRegularExpression tail(
        uR"(\s*(?:\(Attachments:|\(Entered:|Signed by |\[Transferred from|Modified on ).*$)"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression clerkInitials(uR"(\s*\([A-Za-z]{2,4}\)\s*$)"_s);
    static const QRegularExpression receipt(uR"(\s*\((?:Filing fee[^)]*)?Receipt[^)]*\))"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    // The clerk's capitals name the kind of paper ("ORDER denying …"): a title reads it as a
    // word ("Order denying …"). The docket text itself stays as the court wrote it.
    static const QRegularExpression shouted(uR"(^([A-Z])([A-Z]{3,})\b)"_s);
    QString title = text.simplified();
    title.remove(tail);
    title.remove(clerkInitials);
    title.remove(receipt);
    while (title.endsWith(u'.') || title.endsWith(u' '))
        title.chop(1);
    if (const auto match = shouted.match(title); match.hasMatch())
        title.replace(0, match.capturedLength(), match.captured(1) + match.captured(2).toLower());
    if (title.size() > TitleLength) {
        const qsizetype cut = title.lastIndexOf(u' ', TitleLength);
        title = title.left(cut > TitleLength / 2 ? cut : TitleLength) + u'…';
    }
    return title;
}

Result<DocketLinkReport> DocketLinker::linkUnlinked()
{
    DocketIndex index;
    auto dockets
        = m_db.prepare(u"SELECT id, court_id, docket_number, pacer_case_id FROM dockets"_s);
    if (!dockets)
        return fail(dockets.error());
    if (auto done = Sql::forEachRow(
            *dockets,
            [&](Sql::Statement &row) {
                index.dockets.append({row.integer(0), row.text(1), row.text(2), row.text(3)});
            });
        !done)
        return fail(done.error());
    DocketLinkReport report;
    if (index.dockets.isEmpty())
        return report;

    auto entries = m_db.prepare(u"SELECT id, docket_id, document_number, pacer_doc_id, document_id "
                                u"FROM docket_entries"_s);
    if (!entries)
        return fail(entries.error());
    if (auto done = Sql::forEachRow(
            *entries,
            [&](Sql::Statement &row) {
                index.entries.append({row.integer(0),
                                      row.integer(1),
                                      row.text(2),
                                      normalPacerDocumentId(row.text(3))});
                if (!row.isNull(4))
                    index.holderOf.insert(DocketIndex::key({row.integer(0), 0}), row.integer(4));
            });
        !done)
        return fail(done.error());
    auto attachments = m_db.prepare(u"SELECT entry_id, attachment_number, pacer_doc_id, "
                                    u"document_id FROM docket_attachments"_s);
    if (!attachments)
        return fail(attachments.error());
    if (auto done = Sql::forEachRow(
            *attachments,
            [&](Sql::Statement &row) {
                index.attachments.append(
                    {row.integer(0), int(row.integer(1)), normalPacerDocumentId(row.text(2))});
                if (!row.isNull(3))
                    index.holderOf.insert(DocketIndex::key({row.integer(0), int(row.integer(1))}),
                                          row.integer(3));
            });
        !done)
        return fail(done.error());

    // Filings not linked yet (and not a docket's own file), with the head of their first page.
    auto candidates = m_db.prepare(
        u"SELECT d.id, d.source_name, "
        u"       substr(coalesce(nullif(p.text, ''), p.ocr_text, ''), 1, 1000) "
        u"FROM documents d LEFT JOIN pages p ON p.document_id = d.id AND p.number = 1 "
        u"WHERE NOT EXISTS (SELECT 1 FROM docket_entries e WHERE e.document_id = d.id) "
        u"  AND NOT EXISTS (SELECT 1 FROM docket_attachments a WHERE a.document_id = d.id) "
        u"  AND NOT EXISTS (SELECT 1 FROM dockets k WHERE k.source_document_id = d.id) "
        u"ORDER BY d.id"_s);
    if (!candidates)
        return fail(candidates.error());
    struct Candidate
    {
        qint64 documentId;
        QString name;
        Claim claim;
    };
    QList<Candidate> claimed;
    if (auto done = Sql::forEachRow(
            *candidates,
            [&](Sql::Statement &row) {
                const QString name = row.text(1);
                Claim byName;
                if (const auto recap = readRecapFileName(name))
                    byName = claimByRecapName(index, *recap);
                Claim byStamp;
                if (const auto stamp = readPacerStamp(row.text(2)))
                    byStamp = claimByStamp(index, *stamp);
                Claim claim = byName.place ? byName : byStamp;
                if (byName.place && byStamp.place && *byName.place != *byStamp.place)
                    claim = {std::nullopt,
                             {},
                             u"its file name and its page-1 stamp name different docket entries"_s};
                else if (!claim.place && claim.problem.isEmpty())
                    claim.problem = byName.problem.isEmpty() ? byStamp.problem : byName.problem;
                if (claim.place || !claim.problem.isEmpty())
                    claimed.append({row.integer(0), name, claim});
            });
        !done)
        return fail(done.error());

    QHash<QString, int> claimsOfPlace;
    for (const Candidate &candidate : std::as_const(claimed)) {
        if (candidate.claim.place)
            ++claimsOfPlace[DocketIndex::key(*candidate.claim.place)];
    }
    for (const Candidate &candidate : std::as_const(claimed)) {
        const QString who = u"Document %1 (%2)"_s.arg(candidate.documentId).arg(candidate.name);
        if (!candidate.claim.place) {
            report.unresolved.append(who + u": "_s + candidate.claim.problem + u'.');
            continue;
        }
        const QString key = DocketIndex::key(*candidate.claim.place);
        if (const auto holder = index.holderOf.constFind(key); holder != index.holderOf.cend()) {
            report.unresolved.append(
                u"%1: its docket entry is already linked to document %2."_s.arg(who).arg(*holder));
            continue;
        }
        if (claimsOfPlace.value(key) > 1) {
            report.unresolved.append(
                u"%1: %2 filings name the same docket entry; link one by hand."_s.arg(who).arg(
                    claimsOfPlace.value(key)));
            continue;
        }
        auto linked = attach(candidate.documentId, *candidate.claim.place, candidate.claim.how);
        if (!linked)
            return fail(linked.error());
        report.linked.append(*linked);
    }
    return report;
}

Result<DocketLinkResult> DocketLinker::link(qint64 documentId, DocketPlace place)
{
    auto current = placeOf(documentId);
    if (!current)
        return fail(current.error());
    if (*current)
        return fail(
            Error::Code::Duplicate,
            u"Document %1 is already linked to a docket entry; unlink it first."_s.arg(documentId));
    return attach(documentId, place, u"by_hand"_s);
}

Result<DocketLinkResult> DocketLinker::attach(qint64 documentId,
                                              DocketPlace place,
                                              const QString &how)
{
    DocumentStore documents(m_db);
    const QList<DocumentField> fillable{
        DocumentField::Title, DocumentField::DocketNumber, DocumentField::FiledDate};
    auto before = documents.fields(documentId, fillable);
    if (!before)
        return fail(before.error());

    auto entry
        = m_db.prepare(u"SELECT e.document_number, e.date_filed, e.description, e.document_id, "
                       u"       a.description, a.document_id, a.id "
                       u"FROM docket_entries e LEFT JOIN docket_attachments a "
                       u"  ON a.entry_id = e.id AND a.attachment_number = ?2 WHERE e.id = ?1"_s);
    if (!entry)
        return fail(entry.error());
    entry->bind(1, place.entryId).bind(2, place.attachmentNumber);
    auto found = entry->step();
    if (!found)
        return fail(found.error());
    if (!*found || (place.attachmentNumber > 0 && entry->isNull(6)))
        return fail(Error::Code::NotFound,
                    place.attachmentNumber > 0
                        ? u"Docket entry %1 has no attachment %2."_s.arg(place.entryId)
                              .arg(place.attachmentNumber)
                        : u"Docket entry %1 is not in the case."_s.arg(place.entryId));
    const QString number = entry->text(0);
    const QString filed = entry->text(1);
    const QString text = place.attachmentNumber > 0 ? entry->text(4) : entry->text(2);
    const bool held = place.attachmentNumber > 0 ? !entry->isNull(5) : !entry->isNull(3);
    const qint64 attachmentId = entry->integer(6);
    entry->reset();
    if (held)
        return fail(Error::Code::Duplicate,
                    u"%1 is already linked to another document; unlink it first."_s.arg(
                        placeLabel(number, place.attachmentNumber)));

    auto update
        = place.attachmentNumber > 0
              ? m_db.prepare(u"UPDATE docket_attachments SET document_id = ?1 WHERE id = ?2"_s)
              : m_db.prepare(u"UPDATE docket_entries SET document_id = ?1 WHERE id = ?2"_s);
    if (!update)
        return fail(update.error());
    update->bind(1, documentId).bind(2, place.attachmentNumber > 0 ? attachmentId : place.entryId);
    if (auto done = update->exec(); !done)
        return fail(done.error());

    // What the import called it: the file's base name, or the title it recorded.
    auto imported = m_db.prepare(u"SELECT source_name, json_extract(metadata, '$.imported_title') "
                                 u"FROM documents WHERE id = ?"_s);
    if (!imported)
        return fail(imported.error());
    imported->bind(1, documentId);
    if (auto row = imported->step(); !row)
        return fail(row.error());
    const QString title = before->value(DocumentField::Title);
    const bool importedTitle = title.isEmpty()
                               || title == QFileInfo(imported->text(0)).completeBaseName()
                               || (!imported->isNull(1) && title == imported->text(1));

    DocumentEdit fill;
    const QString docketNumber
        = place.attachmentNumber > 0 ? u"%1-%2"_s.arg(number).arg(place.attachmentNumber) : number;
    if (before->value(DocumentField::DocketNumber).isEmpty() && !number.isEmpty())
        fill.insert(DocumentField::DocketNumber, docketNumber);
    if (before->value(DocumentField::FiledDate).isEmpty() && !filed.isEmpty())
        fill.insert(DocumentField::FiledDate, filed);
    if (const QString entryTitle = docketEntryTitle(text); importedTitle && !entryTitle.isEmpty())
        fill.insert(DocumentField::Title, entryTitle);
    if (!fill.isEmpty()) {
        if (auto done = documents.setFields(documentId, fill); !done)
            return fail(done.error());
    }
    DocketLinkResult result{
        documentId, place, placeLabel(number, place.attachmentNumber), how, *before, fill.keys()};
    return result;
}

Status DocketLinker::unlink(const DocketLinkResult &link)
{
    auto update = link.place.attachmentNumber > 0
                      ? m_db.prepare(u"UPDATE docket_attachments SET document_id = NULL "
                                     u"WHERE entry_id = ?1 AND attachment_number = ?2 "
                                     u"AND document_id = ?3"_s)
                      : m_db.prepare(u"UPDATE docket_entries SET document_id = NULL "
                                     u"WHERE id = ?1 AND ?2 = 0 AND document_id = ?3"_s);
    if (!update)
        return fail(update.error());
    update->bind(1, link.place.entryId)
        .bind(2, link.place.attachmentNumber)
        .bind(3, link.documentId);
    if (auto done = update->exec(); !done)
        return done;
    if (m_db.changes() != 1)
        return fail(
            Error::Code::Duplicate,
            u"Document %1 is no longer linked to that docket entry."_s.arg(link.documentId));
    DocumentEdit restore;
    for (const DocumentField field : link.filled)
        restore.insert(field, link.before.value(field));
    if (restore.isEmpty())
        return {};
    return DocumentStore(m_db).setFields(link.documentId, restore);
}

Result<std::optional<DocketPlace>> DocketLinker::placeOf(qint64 documentId)
{
    auto statement
        = m_db.prepare(u"SELECT id, 0 FROM docket_entries WHERE document_id = ?1 "
                       u"UNION ALL SELECT entry_id, attachment_number FROM docket_attachments "
                       u"WHERE document_id = ?1 LIMIT 1"_s);
    if (!statement)
        return fail(statement.error());
    statement->bind(1, documentId);
    auto row = statement->step();
    if (!row)
        return fail(row.error());
    if (!*row)
        return std::optional<DocketPlace>();
    return std::optional<DocketPlace>(
        DocketPlace{statement->integer(0), int(statement->integer(1))});
}

Result<std::optional<DocketPlace>> DocketLinker::findPlace(qint64 docketId, const QString &number)
{
    static const QRegularExpression form(uR"(^\s*(?:dkt\.?\s*)?(\d+)(?:-(\d+))?\s*$)"_s,
                                         QRegularExpression::CaseInsensitiveOption);
    const auto match = form.match(number);
    if (!match.hasMatch())
        return fail(
            Error::Code::InvalidArgument,
            u"\"%1\" is not a docket entry number (34, or 34-2 for an attachment)."_s.arg(number));
    const QString entryNumber = QString::number(match.captured(1).toInt());
    const int attachment = match.captured(2).toInt();
    auto statement
        = m_db.prepare(u"SELECT e.id, a.id IS NOT NULL FROM docket_entries e "
                       u"LEFT JOIN docket_attachments a ON a.entry_id = e.id "
                       u"  AND a.attachment_number = ?3 "
                       u"WHERE e.document_number = ?1 AND (?2 = 0 OR e.docket_id = ?2)"_s);
    if (!statement)
        return fail(statement.error());
    statement->bind(1, entryNumber).bind(2, docketId).bind(3, attachment);
    QList<std::pair<qint64, bool>> found;
    if (auto done = Sql::forEachRow(*statement,
                                    [&](Sql::Statement &row) {
                                        found.append({row.integer(0), row.integer(1) != 0});
                                    });
        !done)
        return fail(done.error());
    if (found.isEmpty())
        return std::optional<DocketPlace>();
    if (found.size() > 1)
        return fail(
            Error::Code::InvalidArgument,
            u"%1 dockets in the case have an entry %2; say which docket."_s.arg(found.size())
                .arg(entryNumber));
    if (attachment > 0 && !found.constFirst().second)
        return fail(Error::Code::NotFound,
                    u"Docket entry %1 has no attachment %2."_s.arg(entryNumber).arg(attachment));
    return std::optional<DocketPlace>(DocketPlace{found.constFirst().first, attachment});
}

} // namespace Casebinder

#include "docketstore.h"

#include "sqlite/database.h"
#include "sqlite/statement.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Casebinder {

namespace {

QString isoOrEmpty(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QDate dateOf(const QString &text)
{
    return text.isEmpty() ? QDate() : QDate::fromString(text, Qt::ISODate);
}

} // namespace

QString DocketStore::entryKey(const DocketEntry &entry)
{
    if (!entry.documentNumber.isEmpty())
        return u"n:"_s + entry.documentNumber;
    if (!entry.pacerSeqNo.isEmpty())
        return u"s:"_s + entry.pacerSeqNo;
    return u"t:"_s + isoOrEmpty(entry.dateFiled) + u'|' + entry.description;
}

Result<DocketSaveOutcome> DocketStore::save(const Docket &docket,
                                            std::optional<qint64> sourceDocumentId)
{
    Result<qint64> docketId;
    if (docket.docketNumber.isEmpty() && !docket.courtListenerId.isEmpty()) {
        docketId = courtListenerDocket(docket.courtListenerId);
        if (!docketId)
            return fail(docketId.error());
    } else {
        if (docket.docketNumber.isEmpty())
            return fail(Error::Code::InvalidArgument, u"A docket needs its docket number"_s);
        docketId = saveCase(docket, sourceDocumentId);
        if (!docketId)
            return fail(docketId.error());
        if (auto saved = saveParties(*docketId, docket.parties); !saved)
            return fail(saved.error());
    }
    DocketSaveOutcome outcome;
    outcome.docketId = *docketId;
    for (const DocketEntry &entry : docket.entries) {
        if (auto saved = saveEntry(*docketId, entry, outcome); !saved)
            return fail(saved.error());
    }
    return outcome;
}

Result<qint64> DocketStore::courtListenerDocket(const QString &courtListenerId)
{
    auto select = m_db.prepare(u"SELECT id FROM dockets WHERE courtlistener_id = ?"_s);
    if (!select)
        return fail(select.error());
    select->bind(1, courtListenerId);
    auto row = select->step();
    if (!row)
        return fail(row.error());
    if (!*row)
        return fail(Error::Code::NotFound,
                    u"These docket entries belong to CourtListener docket %1, which is not in the "
                    u"case: import that docket's JSON first."_s.arg(courtListenerId));
    return select->integer(0);
}

Result<qint64> DocketStore::saveCase(const Docket &docket, std::optional<qint64> sourceDocumentId)
{
    // A value the newer download lacks keeps the one stored.
    auto upsert = m_db.prepare(
        u"INSERT INTO dockets (court_id, docket_number, case_name, date_filed, date_terminated, "
        u"assigned_to, referred_to, cause, nature_of_suit, jury_demand, jurisdiction, "
        u"source_document_id, pacer_case_id, courtlistener_id) "
        u"VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        u"ON CONFLICT (court_id, docket_number) DO UPDATE SET "
        u"case_name = coalesce(nullif(excluded.case_name, ''), case_name), "
        u"date_filed = coalesce(excluded.date_filed, date_filed), "
        u"date_terminated = coalesce(excluded.date_terminated, date_terminated), "
        u"assigned_to = coalesce(nullif(excluded.assigned_to, ''), assigned_to), "
        u"referred_to = coalesce(nullif(excluded.referred_to, ''), referred_to), "
        u"cause = coalesce(nullif(excluded.cause, ''), cause), "
        u"nature_of_suit = coalesce(nullif(excluded.nature_of_suit, ''), nature_of_suit), "
        u"jury_demand = coalesce(nullif(excluded.jury_demand, ''), jury_demand), "
        u"jurisdiction = coalesce(nullif(excluded.jurisdiction, ''), jurisdiction), "
        u"source_document_id = coalesce(excluded.source_document_id, source_document_id), "
        u"pacer_case_id = coalesce(nullif(excluded.pacer_case_id, ''), pacer_case_id), "
        u"courtlistener_id = coalesce(nullif(excluded.courtlistener_id, ''), courtlistener_id) "
        u"RETURNING id"_s);
    if (!upsert)
        return fail(upsert.error());
    upsert->bind(1, docket.courtId)
        .bind(2, docket.docketNumber)
        .bind(3, docket.caseName)
        .bindOrNull(4, isoOrEmpty(docket.dateFiled))
        .bindOrNull(5, isoOrEmpty(docket.dateTerminated))
        .bind(6, docket.assignedTo)
        .bind(7, docket.referredTo)
        .bind(8, docket.cause)
        .bind(9, docket.natureOfSuit)
        .bind(10, docket.juryDemand)
        .bind(11, docket.jurisdiction)
        .bind(12, sourceDocumentId)
        .bind(13, docket.pacerCaseId)
        .bind(14, docket.courtListenerId);
    auto row = upsert->step();
    if (!row)
        return fail(row.error());
    return upsert->integer(0);
}

Status DocketStore::saveParties(qint64 docketId, const QList<DocketParty> &parties)
{
    if (parties.isEmpty()) // a download without the party list keeps the parties known
        return {};
    auto clear = m_db.prepare(u"DELETE FROM docket_parties WHERE docket_id = ?"_s);
    if (!clear)
        return fail(clear.error());
    if (auto done = clear->bind(1, docketId).exec(); !done)
        return done;
    auto party = m_db.prepare(u"INSERT INTO docket_parties (docket_id, position, name, type, "
                              u"date_terminated) VALUES (?, ?, ?, ?, ?)"_s);
    auto attorney = m_db.prepare(u"INSERT INTO docket_attorneys (party_id, position, name, "
                                 u"contact, roles_json) VALUES (?, ?, ?, ?, ?)"_s);
    if (!party)
        return fail(party.error());
    if (!attorney)
        return fail(attorney.error());
    for (qsizetype i = 0; i < parties.size(); ++i) {
        const DocketParty &p = parties[i];
        party->reset();
        party->bind(1, docketId)
            .bind(2, qint64(i))
            .bind(3, p.name)
            .bind(4, p.type)
            .bindOrNull(5, isoOrEmpty(p.dateTerminated));
        if (auto done = party->exec(); !done)
            return done;
        const qint64 partyId = m_db.lastInsertRowId();
        for (qsizetype j = 0; j < p.attorneys.size(); ++j) {
            const DocketAttorney &a = p.attorneys[j];
            attorney->reset();
            attorney->bind(1, partyId)
                .bind(2, qint64(j))
                .bind(3, a.name)
                .bind(4, a.contact)
                .bind(5,
                      QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(a.roles))
                                            .toJson(QJsonDocument::Compact)));
            if (auto done = attorney->exec(); !done)
                return done;
        }
    }
    return {};
}

Status DocketStore::saveEntry(qint64 docketId, const DocketEntry &entry, DocketSaveOutcome &outcome)
{
    auto existing
        = m_db.prepare(u"SELECT id FROM docket_entries WHERE docket_id = ? AND entry_key = ?"_s);
    if (!existing)
        return fail(existing.error());
    existing->bind(1, docketId).bind(2, entryKey(entry));
    auto found = existing->step();
    if (!found)
        return fail(found.error());
    const std::optional<qint64> known = *found ? std::optional(existing->integer(0)) : std::nullopt;
    // A known entry is completed: what the newer download shows wins, what it lacks stays.
    auto upsert = m_db.prepare(
        u"INSERT INTO docket_entries (docket_id, entry_key, document_number, date_filed, "
        u"date_entered, description, pacer_doc_id, pacer_seq_no) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
        u"ON CONFLICT (docket_id, entry_key) DO UPDATE SET "
        u"date_filed = coalesce(excluded.date_filed, date_filed), "
        u"date_entered = coalesce(excluded.date_entered, date_entered), "
        u"description = coalesce(nullif(excluded.description, ''), description), "
        u"pacer_doc_id = coalesce(nullif(excluded.pacer_doc_id, ''), pacer_doc_id), "
        u"pacer_seq_no = coalesce(nullif(excluded.pacer_seq_no, ''), pacer_seq_no) "
        u"RETURNING id"_s);
    if (!upsert)
        return fail(upsert.error());
    upsert->bind(1, docketId)
        .bind(2, entryKey(entry))
        .bind(3, entry.documentNumber)
        .bindOrNull(4, isoOrEmpty(entry.dateFiled))
        .bindOrNull(5, isoOrEmpty(entry.dateEntered))
        .bind(6, entry.description)
        .bind(7, entry.pacerDocId)
        .bind(8, entry.pacerSeqNo);
    auto row = upsert->step();
    if (!row)
        return fail(row.error());
    const qint64 entryId = upsert->integer(0);
    upsert->reset();
    (known ? outcome.updated : outcome.added) += 1;
    auto attachment = m_db.prepare(
        u"INSERT INTO docket_attachments (entry_id, attachment_number, description, pacer_doc_id) "
        u"VALUES (?, ?, ?, ?) ON CONFLICT (entry_id, attachment_number) DO UPDATE SET "
        u"description = coalesce(nullif(excluded.description, ''), description), "
        u"pacer_doc_id = coalesce(nullif(excluded.pacer_doc_id, ''), pacer_doc_id)"_s);
    if (!attachment)
        return fail(attachment.error());
    for (const DocketAttachment &a : entry.attachments) {
        attachment->reset();
        attachment->bind(1, entryId)
            .bind(2, qint64(a.attachmentNumber))
            .bind(3, a.description)
            .bind(4, a.pacerDocId);
        if (auto done = attachment->exec(); !done)
            return done;
    }
    return {};
}

Result<QList<StoredDocket>> DocketStore::list()
{
    auto select = m_db.prepare(
        u"SELECT id, court_id, docket_number, case_name, date_filed, date_terminated, "
        u"assigned_to, referred_to, cause, nature_of_suit, jury_demand, jurisdiction, "
        u"pacer_case_id FROM dockets ORDER BY court_id, docket_number"_s);
    if (!select)
        return fail(select.error());
    QList<StoredDocket> dockets;
    for (;;) {
        auto row = select->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            break;
        StoredDocket stored;
        stored.id = select->integer(0);
        Docket &d = stored.docket;
        d.courtId = select->text(1);
        d.docketNumber = select->text(2);
        d.caseName = select->text(3);
        d.dateFiled = dateOf(select->text(4));
        d.dateTerminated = dateOf(select->text(5));
        d.assignedTo = select->text(6);
        d.referredTo = select->text(7);
        d.cause = select->text(8);
        d.natureOfSuit = select->text(9);
        d.juryDemand = select->text(10);
        d.jurisdiction = select->text(11);
        d.pacerCaseId = select->text(12);
        dockets.append(stored);
    }
    for (StoredDocket &stored : dockets) {
        auto parties = this->parties(stored.id);
        if (!parties)
            return fail(parties.error());
        stored.docket.parties = *parties;
        auto entries = this->entries(stored.id);
        if (!entries)
            return fail(entries.error());
        stored.entries = *entries;
    }
    return dockets;
}

Result<std::optional<DocketListing>> DocketStore::placeOf(qint64 documentId)
{
    auto select = m_db.prepare(
        u"SELECT d.id, d.docket_number, e.document_number, NULL FROM docket_entries e "
        u"JOIN dockets d ON d.id = e.docket_id WHERE e.document_id = ?1 "
        u"UNION ALL SELECT d.id, d.docket_number, e.document_number, a.attachment_number "
        u"FROM docket_attachments a JOIN docket_entries e ON e.id = a.entry_id "
        u"JOIN dockets d ON d.id = e.docket_id WHERE a.document_id = ?1 LIMIT 1"_s);
    if (!select)
        return fail(select.error());
    select->bind(1, documentId);
    auto row = select->step();
    if (!row)
        return fail(row.error());
    if (!*row)
        return std::optional<DocketListing>();
    DocketListing place{select->integer(0), select->text(1), select->text(2)};
    if (!select->isNull(3))
        place.entryNumber += u"-%1"_s.arg(select->integer(3));
    return std::optional<DocketListing>(place);
}

Result<QList<DocketParty>> DocketStore::parties(qint64 docketId)
{
    auto select = m_db.prepare(
        u"SELECT p.id, p.name, p.type, p.date_terminated, a.name, a.contact, a.roles_json "
        u"FROM docket_parties p LEFT JOIN docket_attorneys a ON a.party_id = p.id "
        u"WHERE p.docket_id = ? ORDER BY p.position, a.position"_s);
    if (!select)
        return fail(select.error());
    select->bind(1, docketId);
    QList<DocketParty> parties;
    qint64 lastParty = -1;
    for (;;) {
        auto row = select->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            break;
        if (select->integer(0) != lastParty) {
            lastParty = select->integer(0);
            parties.append(
                DocketParty{select->text(1), select->text(2), dateOf(select->text(3)), {}});
        }
        if (select->isNull(4))
            continue;
        QStringList roles;
        for (const QJsonValue &role : QJsonDocument::fromJson(select->text(6).toUtf8()).array())
            roles.append(role.toString());
        parties.last().attorneys.append(DocketAttorney{select->text(4), select->text(5), roles});
    }
    return parties;
}

Result<QList<StoredDocketEntry>> DocketStore::entries(qint64 docketId)
{
    // In docket order: by date filed, then as first stored.
    auto select = m_db.prepare(
        u"SELECT e.id, e.document_number, e.date_filed, e.date_entered, e.description, "
        u"e.pacer_doc_id, e.pacer_seq_no, e.document_id, a.attachment_number, a.description, "
        u"a.pacer_doc_id, a.document_id FROM docket_entries e "
        u"LEFT JOIN docket_attachments a ON a.entry_id = e.id WHERE e.docket_id = ? "
        u"ORDER BY coalesce(e.date_filed, ''), e.id, a.attachment_number"_s);
    if (!select)
        return fail(select.error());
    select->bind(1, docketId);
    QList<StoredDocketEntry> entries;
    qint64 lastEntry = -1;
    for (;;) {
        auto row = select->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            break;
        if (select->integer(0) != lastEntry) {
            lastEntry = select->integer(0);
            StoredDocketEntry stored;
            stored.id = lastEntry;
            stored.entry.documentNumber = select->text(1);
            stored.entry.dateFiled = dateOf(select->text(2));
            stored.entry.dateEntered = dateOf(select->text(3));
            stored.entry.description = select->text(4);
            stored.entry.pacerDocId = select->text(5);
            stored.entry.pacerSeqNo = select->text(6);
            stored.documentId = select->optionalInteger(7);
            entries.append(stored);
        }
        if (select->isNull(8))
            continue;
        const int attachment = int(select->integer(8));
        entries.last().entry.attachments.append(
            DocketAttachment{attachment, select->text(9), select->text(10)});
        if (const auto document = select->optionalInteger(11))
            entries.last().attachmentDocuments.insert(attachment, *document);
    }
    return entries;
}

} // namespace Casebinder

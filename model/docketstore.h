#pragma once

#include "docket.h"
#include "result.h"

#include <QHash>
#include <QList>

#include <optional>

namespace Casebinder {

namespace Sql {
class Database;
}

// A docket as stored, with the ids the case gives its rows.
struct StoredDocketEntry
{
    qint64 id = 0;
    DocketEntry entry;
    std::optional<qint64> documentId;       // the linked filing
    QHash<int, qint64> attachmentDocuments; // attachment number → its linked document
};

struct StoredDocket
{
    qint64 id = 0;
    Docket docket; // docket.entries is empty: the entries are in `entries`
    QList<StoredDocketEntry> entries;
};

// Where a filing is listed: "Dkt. 34" (or "34-2" for an attachment) of a docket.
struct DocketListing
{
    qint64 docketId = 0;
    QString docketNumber;
    QString entryNumber;
};

struct DocketSaveOutcome
{
    qint64 docketId = 0;
    int added = 0;   // entries new to the case
    int updated = 0; // entries already known, completed with what the newer download shows
};

// The case's dockets (decision 0015). A docket is known by its court and number: saving it
// again (a later download) adds the entries the case lacks and completes the known ones; an
// entry's link to its filing is kept. Parties are replaced by the newer list.
class DocketStore
{
public:
    explicit DocketStore(Sql::Database &db)
        : m_db(db)
    {}

    Result<DocketSaveOutcome> save(const Docket &docket, std::optional<qint64> sourceDocumentId);
    Result<QList<StoredDocket>> list();
    // The entry (or attachment) the document is linked to; nullopt when none.
    Result<std::optional<DocketListing>> placeOf(qint64 documentId);

    // What identifies an entry between downloads.
    static QString entryKey(const DocketEntry &entry);

private:
    Result<qint64> saveCase(const Docket &docket, std::optional<qint64> sourceDocumentId);
    Result<qint64> courtListenerDocket(const QString &courtListenerId);
    Status saveParties(qint64 docketId, const QList<DocketParty> &parties);
    Status saveEntry(qint64 docketId, const DocketEntry &entry, DocketSaveOutcome &outcome);
    Result<QList<DocketParty>> parties(qint64 docketId);
    Result<QList<StoredDocketEntry>> entries(qint64 docketId);

    Sql::Database &m_db;
};

} // namespace Casebinder

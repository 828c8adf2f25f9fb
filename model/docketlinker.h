#pragma once

#include "documentstore.h"
#include "result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Casebinder {

namespace Sql {
class Database;
}

// The docket text as a title: its first part, without the clerk's trailing notes and fee
// receipts, its first word no longer in capitals ("ORDER denying 2 Motion … Signed by Judge ….
// (SWT)" → "Order denying 2 Motion …").
QString docketEntryTitle(const QString &docketText);

// Where a filing sits on a docket: an entry, or one of its attachments.
struct DocketPlace
{
    qint64 entryId = 0;
    int attachmentNumber = 0; // 0: the entry's main document

    bool operator==(const DocketPlace &) const = default;
};

// A filing linked to its place on the docket, and what the link filled in.
struct DocketLinkResult
{
    qint64 documentId = 0;
    DocketPlace place;
    QString label;       // the place as cited: "Dkt. 34", "Dkt. 12-3"
    QString how;         // "recap_file_name", "pacer_stamp", "by_hand"
    DocumentEdit before; // the document's fields before the link filled them
    QList<DocumentField> filled;
};

struct DocketLinkReport
{
    QList<DocketLinkResult> linked;
    // Filings that name a place but could not be linked, and why (one sentence each).
    QStringList unresolved;
};

// Ties filings to their docket entries (issue #17): by the RECAP archive's file name
// (gov.uscourts.nysd.413994.212.0.pdf), by the CM/ECF stamp on page 1 ("Case 2:21-cv-00031-BJR
// Document 34 Filed 01/21/21 Page 1 of 14"), or by hand. A link is made only when it is
// certain: one docket and one entry fit, and no other filing claims the same place. A linked
// filing takes the entry's number, filed date and text as its docket number, filed date and
// title, unless it has its own: a title counts as its own when it is not the one the import
// gave it.
class DocketLinker final
{
public:
    explicit DocketLinker(Sql::Database &db)
        : m_db(db)
    {}

    // Links every filing and entry not linked yet; run after each import, so a docket finds
    // the filings imported before it and a filing the docket imported before it.
    Result<DocketLinkReport> linkUnlinked();
    // Links one filing by hand; refuses a place another filing holds.
    Result<DocketLinkResult> link(qint64 documentId, DocketPlace place);
    // Undoes link(): the place is free again and the filled fields are as `link.before` says.
    Status unlink(const DocketLinkResult &link);
    // The place a filing is linked to, if any.
    Result<std::optional<DocketPlace>> placeOf(qint64 documentId);
    // The entry of `docketId` (any docket when 0) with this number on the docket ("34"), and
    // the attachment when the number is "34-2".
    Result<std::optional<DocketPlace>> findPlace(qint64 docketId, const QString &number);

private:
    Result<DocketLinkResult> attach(qint64 documentId, DocketPlace place, const QString &how);

    Sql::Database &m_db;
};

} // namespace Casebinder

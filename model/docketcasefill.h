#pragma once

#include "docket.h"
#include "result.h"

#include <QString>
#include <QStringList>

namespace Casebinder {

namespace Sql {
class Database;
}

struct DocketCaseFillOutcome
{
    int entitiesAdded = 0;
    int entitiesReused = 0;
    QStringList captionFilled; // "case_name", "court", "docket_number", "judge", "title"
};

// What a docket tells about the case besides its entries (issue #17): its parties become
// entities with the role party, their lawyers counsel ("Counsel for Parler LLC"), its judges
// judge; an entity of the same name already in the case is reused, never duplicated or
// changed. The empty fields of the case's caption are filled from the docket; what the user
// wrote there is kept.
class DocketCaseFill final
{
public:
    explicit DocketCaseFill(Sql::Database &db)
        : m_db(db)
    {}

    Result<DocketCaseFillOutcome> apply(const Docket &docket);

    // The court as cited ("W.D. Wash.", "9th Cir.", "Bankr. S.D.N.Y."), or the id as PACER
    // writes it when the id is not a federal court's this table knows.
    static QString courtName(const QString &courtId);
    // The judge's name without "Judge", "Hon." or a title ("Magistrate Judge Jane Doe" → "Jane
    // Doe").
    static QString judgeName(const QString &assignedTo);

private:
    Status fillCaption(const Docket &docket, DocketCaseFillOutcome &outcome);

    Sql::Database &m_db;
};

} // namespace Casebinder

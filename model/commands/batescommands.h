#pragma once

#include "batesstore.h"
#include "casedocument.h"

#include <QList>

#include <optional>

namespace Casebinder {

// Numbers documents' pages with Bates numbers as one undo step (one transaction): every page
// gets the next number and each document's begin and end are its first and last page's. The
// plan is made, and gaps, overlaps and numbered documents refused, when the command is first
// applied (BatesStore::plan); plan() then says what was assigned.
class AssignBatesCommand final : public CaseCommand
{
public:
    // No ids: every document not yet numbered (BatesStore::plan).
    AssignBatesCommand(CaseDocument &document, BatesScheme scheme, QList<qint64> documentIds);

    // Valid once the command applied.
    const BatesPlan &plan() const { return *m_plan; }

protected:
    Status apply(Sql::Database &db) override;
    Status revert(Sql::Database &db) override;

private:
    BatesScheme m_scheme;
    QList<qint64> m_documentIds;
    std::optional<BatesPlan> m_plan;
};

} // namespace Casebinder

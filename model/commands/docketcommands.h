#pragma once

#include "casedocument.h"
#include "docketlinker.h"

#include <optional>

namespace Casebinder {

// Links a filing to its docket entry (or attachment) by hand, filling its docket number,
// filed date and title from the entry as an automatic link would; undo puts them back. The
// entry is named as on the docket: "34", or "34-2" for an attachment; `docketId` 0 means the
// case's only docket with such an entry.
class LinkDocketEntryCommand final : public CaseCommand
{
public:
    LinkDocketEntryCommand(CaseDocument &document,
                           qint64 documentId,
                           qint64 docketId,
                           QString entryNumber);
    // What the link filled in; set once pushed.
    const std::optional<DocketLinkResult> &result() const { return m_result; }

protected:
    Status apply(Sql::Database &db) override;
    Status revert(Sql::Database &db) override;

private:
    qint64 m_documentId;
    qint64 m_docketId;
    QString m_entryNumber;
    std::optional<DocketLinkResult> m_result;
};

// Unlinks a filing from its docket entry; the fields the link filled keep their values
// (the user may have come to rely on them), and undo links it again.
class UnlinkDocketEntryCommand final : public CaseCommand
{
public:
    UnlinkDocketEntryCommand(CaseDocument &document, qint64 documentId);

protected:
    Status apply(Sql::Database &db) override;
    Status revert(Sql::Database &db) override;

private:
    qint64 m_documentId;
    std::optional<DocketPlace> m_place;
};

} // namespace Casebinder

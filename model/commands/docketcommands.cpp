#include "commands/docketcommands.h"

#include <QCoreApplication>

namespace Casebinder {

LinkDocketEntryCommand::LinkDocketEntryCommand(CaseDocument &document,
                                               qint64 documentId,
                                               qint64 docketId,
                                               QString entryNumber)
    : CaseCommand(document,
                  QCoreApplication::translate("Casebinder::Commands", "Link to Docket Entry"),
                  CaseTable::Documents)
    , m_documentId(documentId)
    , m_docketId(docketId)
    , m_entryNumber(std::move(entryNumber))
{}

Status LinkDocketEntryCommand::apply(Sql::Database &db)
{
    DocketLinker linker(db);
    auto found = linker.findPlace(m_docketId, m_entryNumber);
    if (!found)
        return fail(found.error());
    const std::optional<DocketPlace> place = *found;
    if (!place)
        return fail(Error::Code::NotFound,
                    QCoreApplication::translate("Casebinder::Commands",
                                                "No docket in the case has an entry %1.")
                        .arg(m_entryNumber));
    auto linked = linker.link(m_documentId, *place);
    if (!linked)
        return fail(linked.error());
    m_result = *linked;
    return {};
}

Status LinkDocketEntryCommand::revert(Sql::Database &db)
{
    if (!m_result)
        return {};
    return DocketLinker(db).unlink(*m_result);
}

UnlinkDocketEntryCommand::UnlinkDocketEntryCommand(CaseDocument &document, qint64 documentId)
    : CaseCommand(document,
                  QCoreApplication::translate("Casebinder::Commands", "Unlink from Docket Entry"),
                  CaseTable::Documents)
    , m_documentId(documentId)
{}

Status UnlinkDocketEntryCommand::apply(Sql::Database &db)
{
    DocketLinker linker(db);
    auto found = linker.placeOf(m_documentId);
    if (!found)
        return fail(found.error());
    const std::optional<DocketPlace> place = *found;
    if (!place)
        return fail(Error::Code::NotFound,
                    QCoreApplication::translate("Casebinder::Commands",
                                                "Document %1 is not linked to a docket entry.")
                        .arg(m_documentId));
    m_place = place;
    return linker.unlink(DocketLinkResult{m_documentId, *place, {}, {}, {}, {}});
}

Status UnlinkDocketEntryCommand::revert(Sql::Database &db)
{
    if (!m_place)
        return {};
    // Linking again fills only what is empty, and the fields were kept: nothing changes.
    auto linked = DocketLinker(db).link(m_documentId, *m_place);
    return linked ? Status{} : fail(linked.error());
}

} // namespace Casebinder

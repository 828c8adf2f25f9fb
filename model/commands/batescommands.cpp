#include "batescommands.h"

#include <QCoreApplication>

namespace Casebinder {

AssignBatesCommand::AssignBatesCommand(CaseDocument &document,
                                       BatesScheme scheme,
                                       QList<qint64> documentIds)
    : CaseCommand(document,
                  QCoreApplication::translate("Casebinder::CaseCommand", "Assign Bates numbers"),
                  CaseTable::Documents)
    , m_scheme(std::move(scheme))
    , m_documentIds(std::move(documentIds))
{}

Status AssignBatesCommand::apply(Sql::Database &db)
{
    BatesStore store(db);
    if (!m_plan) {
        auto planned = store.plan(m_scheme, m_documentIds);
        if (!planned)
            return fail(planned.error());
        m_plan = std::move(*planned);
        setText(QCoreApplication::translate("Casebinder::CaseCommand",
                                            "Assign Bates numbers %1\u2013%2")
                    .arg(m_scheme.format(m_plan->first), m_scheme.format(m_plan->last)));
    }
    return store.assign(*m_plan);
}

Status AssignBatesCommand::revert(Sql::Database &db)
{
    if (!m_plan) // never applied: nothing to take back
        return {};
    return BatesStore(db).unassign(*m_plan);
}

} // namespace Casebinder

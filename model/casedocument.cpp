#include "casedocument.h"

#include "sqlite/transaction.h"

namespace Casebinder {

CaseCommand::CaseCommand(CaseDocument &document, const QString &text, CaseTable touches)
    : QUndoCommand(text)
    , m_document(document)
    , m_touches(touches)
{}

Status CaseCommand::run(bool forward)
{
    Sql::Database &db = m_document.db();
    auto transaction = Sql::Transaction::begin(db);
    if (!transaction)
        return fail(transaction.error());
    if (auto done = forward ? apply(db) : revert(db); !done)
        return done;
    if (auto committed = transaction->commit(); !committed)
        return committed;
    emit m_document.changed(m_touches);
    return {};
}

void CaseCommand::redo()
{
    if (std::exchange(m_alreadyApplied, false))
        return; // push() applied it already
    if (auto done = run(true); !done) {
        setObsolete(true);
        emit m_document.editFailed(done.error());
    }
}

void CaseCommand::undo()
{
    if (auto done = run(false); !done) {
        setObsolete(true);
        emit m_document.editFailed(done.error());
    }
}

CaseDocument::CaseDocument(CaseFile caseFile, QObject *parent)
    : QObject(parent)
    , m_case(std::move(caseFile))
{}

CaseDocument::~CaseDocument()
{
    // Commands reference this document; drop them before the case file closes.
    m_undoStack.clear();
}

Status CaseDocument::push(std::unique_ptr<CaseCommand> command)
{
    if (m_case.isReadOnly())
        return fail(Error::Code::ReadOnly, tr("The case is open read-only; it cannot be changed."));
    if (auto done = command->run(true); !done)
        return done;
    command->m_alreadyApplied = true;
    m_undoStack.push(command.release());
    return {};
}

} // namespace Casebinder

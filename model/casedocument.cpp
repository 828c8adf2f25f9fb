#include "casedocument.h"

#include "claimstore.h"
#include "custodylog.h"
#include "documentstore.h"
#include "entitystore.h"
#include "eventstore.h"
#include "jobs/caseconnections.h"
#include "linkstore.h"
#include "poststore.h"
#include "search.h"
#include "sqlite/transaction.h"
#include "tagstore.h"

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
    step(true);
}

void CaseCommand::undo()
{
    step(false);
}

void CaseCommand::step(bool forward)
{
    // After a failure QUndoStack may still walk other commands (a jump in the history view);
    // none of them runs, and the index is put back where the case really is.
    if (m_document.m_restoreIndex || m_document.m_restoring)
        return;
    if (auto done = run(forward); !done) {
        const int position = stackPosition();
        m_document.stepFailed(forward ? position : position + 1,
                              forward ? CaseDocument::tr("redo “%1”").arg(text())
                                      : CaseDocument::tr("undo “%1”").arg(text()),
                              done.error());
    }
}

int CaseCommand::stackPosition() const
{
    const QUndoStack &stack = m_document.m_undoStack;
    for (int i = 0; i < stack.count(); ++i) {
        if (stack.command(i) == this)
            return i;
    }
    return stack.index();
}

CaseDocument::CaseDocument(CaseFile caseFile, QObject *parent)
    : QObject(parent)
    , m_case(std::move(caseFile))
    , m_connections(CaseConnections::create(m_case.path()))
{
    // Connected first, so views that follow the index see it put back before they repaint.
    connect(&m_undoStack,
            &QUndoStack::indexChanged,
            this,
            &CaseDocument::restoreIndexAfterFailure,
            Qt::DirectConnection);
}

void CaseDocument::stepFailed(int restoreIndex, const QString &what, const Error &error)
{
    m_restoreIndex = restoreIndex;
    Error reported = error;
    if (error.code == Error::Code::Busy)
        reported.message = tr("Could not %1: the case is busy (an import or another program is "
                              "writing to it). Nothing was changed; try again when it has "
                              "finished.")
                               .arg(what);
    else
        reported.message = tr("Could not %1; nothing was changed: %2").arg(what, error.message);
    m_failure = reported;
}

void CaseDocument::restoreIndexAfterFailure()
{
    if (!m_restoreIndex || m_restoring)
        return;
    m_restoring = true;
    m_undoStack.setIndex(*std::exchange(m_restoreIndex, std::nullopt));
    m_restoring = false;
    if (auto failure = std::exchange(m_failure, std::nullopt))
        emit editFailed(*failure);
}

CaseDocument::~CaseDocument()
{
    // Commands reference this document; drop them before the case file closes.
    m_undoStack.clear();
    m_connections->closeIdle();
}

DocumentStore CaseDocument::documents()
{
    return m_case.documents();
}

PostStore CaseDocument::posts()
{
    return m_case.posts();
}

ClaimStore CaseDocument::claims()
{
    return m_case.claims();
}

LinkStore CaseDocument::links()
{
    return m_case.links();
}

EventStore CaseDocument::events()
{
    return m_case.events();
}

EntityStore CaseDocument::entities()
{
    return m_case.entities();
}

TagStore CaseDocument::tags()
{
    return m_case.tags();
}

CustodyLog CaseDocument::custody()
{
    return m_case.custody();
}

Search CaseDocument::search()
{
    return m_case.search();
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

#pragma once

#include "casefile.h"
#include "result.h"

#include <QObject>
#include <QUndoCommand>
#include <QUndoStack>

#include <memory>
#include <optional>

namespace Casebinder {

class CaseConnections;
class CaseDocument;

// What an edit touched, so item models and views know what to refresh.
enum class CaseTable {
    Caption,
    Documents,
    Pages,
    Posts,
    Claims,
    Links,
    Events,
    Entities,
    Tags,
    Taggings,
};

// An undoable edit that is written to the case file when it is done and reverted in the case
// file when it is undone: there is no separate Save step. Subclasses implement apply() and
// revert(); each runs in its own transaction.
class CaseCommand : public QUndoCommand
{
public:
    CaseCommand(CaseDocument &document, const QString &text, CaseTable touches);

    void redo() final;
    void undo() final;

protected:
    virtual Status apply(Sql::Database &db) = 0;
    virtual Status revert(Sql::Database &db) = 0;
    CaseDocument &document() const { return m_document; }

private:
    friend class CaseDocument;
    Status run(bool forward);
    // Called by QUndoStack; a failure is handed to the document, which puts the index back.
    void step(bool forward);
    int stackPosition() const;

    CaseDocument &m_document;
    CaseTable m_touches;
    bool m_alreadyApplied = false;
};

// The case a window (or a script) works on: the open case file, its undo stack and change
// notifications. Every user edit goes through push().
class CaseDocument final : public QObject
{
    Q_OBJECT

public:
    explicit CaseDocument(CaseFile caseFile, QObject *parent = nullptr);
    ~CaseDocument() override;

    CaseFile &caseFile() { return m_case; }
    // The stores and services of the window's connection (see CaseFile).
    DocumentStore documents();
    PostStore posts();
    ClaimStore claims();
    LinkStore links();
    EventStore events();
    EntityStore entities();
    TagStore tags();
    CustodyLog custody();
    Search search();
    // Connections for background jobs (see Job): a worker never uses the window's connection.
    const std::shared_ptr<CaseConnections> &connections() const { return m_connections; }

    QUndoStack *undoStack() { return &m_undoStack; }

    // Applies the edit now and, if that worked, puts it on the undo stack. A failed edit
    // leaves the case unchanged and returns why.
    Status push(std::unique_ptr<CaseCommand> command);

    // For changes that are not undoable edits (an import, for instance) but that views must
    // show: tells every listener that `table` changed.
    void notifyChanged(CaseTable table) { emit changed(table); }

signals:
    void changed(Casebinder::CaseTable table);
    // An undo or redo could not be written (disk full, case locked); the stack, its index and
    // the case are as they were, so the user can try again.
    void editFailed(const Casebinder::Error &error);

private:
    friend class CaseCommand;
    // The window's connection, for the edits it runs; everything else asks for a store.
    Sql::Database &db() { return m_case.db(); }
    void stepFailed(int restoreIndex, const QString &what, const Error &error);
    void restoreIndexAfterFailure();

    CaseFile m_case;
    std::shared_ptr<CaseConnections> m_connections;
    QUndoStack m_undoStack;
    // Set while QUndoStack finishes an undo or redo that could not be written: the index it
    // moves to is put back to this one, and commands do nothing until then.
    std::optional<int> m_restoreIndex;
    std::optional<Error> m_failure;
    bool m_restoring = false;
};

} // namespace Casebinder

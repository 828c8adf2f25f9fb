#pragma once

#include "casedocument.h"
#include "documentstore.h"

#include <QList>
#include <QString>

#include <optional>

namespace Casebinder {

// Sets one or more fields of a document as one undo step (e.g. both ends of a Bates range).
// Refuses invalid dates and an exhibit label another document already uses.
class SetDocumentFieldsCommand final : public CaseCommand
{
public:
    SetDocumentFieldsCommand(CaseDocument &document, qint64 documentId, DocumentEdit edit);

protected:
    Status apply(Sql::Database &db) override;
    Status revert(Sql::Database &db) override;

private:
    qint64 m_documentId;
    DocumentEdit m_new;
    std::optional<DocumentEdit> m_old;
};

// Marks documents privileged (or not) as one undo step; exports never cite privileged
// documents unless asked.
class SetPrivilegedCommand final : public CaseCommand
{
public:
    SetPrivilegedCommand(CaseDocument &document, QList<qint64> documentIds, bool privileged);

protected:
    Status apply(Sql::Database &db) override;
    Status revert(Sql::Database &db) override;

private:
    QList<qint64> m_documentIds;
    bool m_privileged;
    QList<qint64> m_changed;
};

class SetPostNotesCommand final : public CaseCommand
{
public:
    SetPostNotesCommand(CaseDocument &document, qint64 postId, QString notes);

protected:
    Status apply(Sql::Database &db) override;
    Status revert(Sql::Database &db) override;

private:
    qint64 m_postId;
    QString m_new;
    std::optional<QString> m_old;
};

} // namespace Casebinder

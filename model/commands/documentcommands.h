#pragma once

#include "casedocument.h"

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace Casebinder {

// The user-editable fields of a document. The filed date is an ISO day (2021-01-10); the
// document date may be a day, a month (2018-06), a year, circa or a range. An empty value
// clears a nullable field (dates, docket number, exhibit label, Bates numbers, the exhibit
// list's witness/offered/objection/admitted columns).
enum class DocumentField {
    Title,
    ExhibitLabel,
    DocketNumber,
    BatesBegin,
    BatesEnd,
    DocumentDate,
    FiledDate,
    Notes,
    SponsoringWitness,
    Offered,
    Objection,
    Admitted,
    // Where the document date came from (dateSourceName()). Setting DocumentDate without it
    // records "user" (or clears the source with the date).
    DateSource,
};

using DocumentEdit = QMap<DocumentField, QString>;

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
    Status write(Sql::Database &db, const DocumentEdit &values);
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
    Status write(Sql::Database &db, const QString &notes);
    qint64 m_postId;
    QString m_new;
    std::optional<QString> m_old;
};

} // namespace Casebinder

#include "documentcommands.h"

#include "documentstore.h"
#include "sqlite/statement.h"

#include <QCoreApplication>
#include <QDate>

using namespace Qt::StringLiterals;

namespace Casebinder {
namespace {

QString commandText(const char *source, int n = -1)
{
    return QCoreApplication::translate("Casebinder::CaseCommand", source, nullptr, n);
}

// Column names are fixed here, never taken from the caller.
QString column(DocumentField field)
{
    switch (field) {
    case DocumentField::Title:
        return u"title"_s;
    case DocumentField::ExhibitLabel:
        return u"exhibit_label"_s;
    case DocumentField::DocketNumber:
        return u"docket_number"_s;
    case DocumentField::BatesBegin:
        return u"bates_begin"_s;
    case DocumentField::BatesEnd:
        return u"bates_end"_s;
    case DocumentField::DocumentDate:
        return u"document_date"_s;
    case DocumentField::FiledDate:
        return u"filed_date"_s;
    case DocumentField::Notes:
        return u"notes"_s;
    case DocumentField::SponsoringWitness:
        return u"sponsoring_witness"_s;
    case DocumentField::Offered:
        return u"offered"_s;
    case DocumentField::Objection:
        return u"objection"_s;
    case DocumentField::Admitted:
        return u"admitted"_s;
    case DocumentField::DateSource:
        return u"date_source"_s;
    }
    return {};
}

// A document date typed by a user is the user's; clearing it leaves no source.
DocumentEdit withDateSource(DocumentEdit edit)
{
    if (edit.contains(DocumentField::DocumentDate) && !edit.contains(DocumentField::DateSource))
        edit.insert(DocumentField::DateSource,
                    edit.value(DocumentField::DocumentDate).trimmed().isEmpty()
                        ? QString()
                        : dateSourceName(DateSource::User));
    return edit;
}

bool isNullable(DocumentField field)
{
    return field != DocumentField::Title && field != DocumentField::Notes;
}

QString editText(const DocumentEdit &edit)
{
    if (edit.size() == 2 && edit.contains(DocumentField::DocumentDate)
        && edit.contains(DocumentField::DateSource))
        return commandText("Set document date");
    if (edit.size() != 1)
        return commandText("Edit document");
    switch (edit.firstKey()) {
    case DocumentField::Title:
        return commandText("Rename document");
    case DocumentField::ExhibitLabel:
        return commandText("Set exhibit label");
    case DocumentField::DocketNumber:
        return commandText("Set docket number");
    case DocumentField::BatesBegin:
    case DocumentField::BatesEnd:
        return commandText("Set Bates range");
    case DocumentField::DocumentDate:
    case DocumentField::FiledDate:
        return commandText("Set document date");
    case DocumentField::Notes:
        return commandText("Edit document notes");
    case DocumentField::SponsoringWitness:
        return commandText("Set sponsoring witness");
    case DocumentField::Offered:
    case DocumentField::Objection:
    case DocumentField::Admitted:
        return commandText("Set exhibit status");
    case DocumentField::DateSource:
        return commandText("Set document date");
    }
    return commandText("Edit document");
}

} // namespace

SetDocumentFieldsCommand::SetDocumentFieldsCommand(CaseDocument &document,
                                                   qint64 documentId,
                                                   DocumentEdit edit)
    : CaseCommand(document, editText(withDateSource(edit)), CaseTable::Documents)
    , m_documentId(documentId)
    , m_new(withDateSource(std::move(edit)))
{}

Status SetDocumentFieldsCommand::write(Sql::Database &db, const DocumentEdit &values)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        auto update
            = db.prepare(u"UPDATE documents SET %1 = ? WHERE id = ?"_s.arg(column(it.key())));
        if (!update)
            return fail(update.error());
        const QString value = it.key() == DocumentField::Notes ? it.value() : it.value().trimmed();
        if (isNullable(it.key()) && value.isEmpty())
            update->bind(1, nullptr);
        else
            update->bind(1, value);
        update->bind(2, m_documentId);
        if (auto done = update->exec(); !done)
            return done;
    }
    return {};
}

Status SetDocumentFieldsCommand::apply(Sql::Database &db)
{
    if (!m_old) {
        for (auto it = m_new.cbegin(); it != m_new.cend(); ++it) {
            const QString value = it.value().trimmed();
            if (it.key() == DocumentField::DocumentDate && !value.isEmpty()) {
                if (auto valid = checkDocumentDate(value); !valid)
                    return valid;
            }
            if (it.key() == DocumentField::DateSource && !value.isEmpty()
                && dateSourceFromName(value) == DateSource::Unknown)
                return fail(Error::Code::InvalidArgument,
                            commandText("\"%1\" is not a source of a date.").arg(value));
            if (it.key() == DocumentField::FiledDate && !value.isEmpty()
                && !QDate::fromString(value, Qt::ISODate).isValid())
                return fail(
                    Error::Code::InvalidArgument,
                    commandText("\"%1\" is not a date; write it as 2021-01-10.").arg(value));
            if (it.key() == DocumentField::ExhibitLabel && !value.isEmpty()) {
                auto clash = db.prepare(u"SELECT title FROM documents WHERE exhibit_label = ?"
                                        " COLLATE NOCASE AND id <> ?"_s);
                if (!clash)
                    return fail(clash.error());
                clash->bind(1, value).bind(2, m_documentId);
                auto row = clash->step();
                if (!row)
                    return fail(row.error());
                if (*row)
                    return fail(Error::Code::Duplicate,
                                commandText("The exhibit label \"%1\" is already used by \"%2\".")
                                    .arg(value, clash->text(0)));
            }
        }
        DocumentEdit old;
        for (auto it = m_new.cbegin(); it != m_new.cend(); ++it) {
            auto read
                = db.prepare(u"SELECT %1 FROM documents WHERE id = ?"_s.arg(column(it.key())));
            if (!read)
                return fail(read.error());
            read->bind(1, m_documentId);
            auto row = read->step();
            if (!row)
                return fail(row.error());
            if (!*row)
                return fail(Error::Code::NotFound,
                            commandText("The document %1 does not exist.").arg(m_documentId));
            old.insert(it.key(), read->isNull(0) ? QString() : read->text(0));
        }
        m_old = std::move(old);
    }
    return write(db, m_new);
}

Status SetDocumentFieldsCommand::revert(Sql::Database &db)
{
    return write(db, *m_old);
}

SetPrivilegedCommand::SetPrivilegedCommand(CaseDocument &document,
                                           QList<qint64> documentIds,
                                           bool privileged)
    : CaseCommand(document,
                  privileged
                      ? commandText("Mark %n document(s) privileged", int(documentIds.size()))
                      : commandText("Mark %n document(s) not privileged", int(documentIds.size())),
                  CaseTable::Documents)
    , m_documentIds(std::move(documentIds))
    , m_privileged(privileged)
{}

Status SetPrivilegedCommand::apply(Sql::Database &db)
{
    auto update
        = db.prepare(u"UPDATE documents SET privileged = ? WHERE id = ? AND privileged <> ?"_s);
    auto exists = db.prepare(u"SELECT 1 FROM documents WHERE id = ?"_s);
    if (!update || !exists)
        return fail(!update ? update.error() : exists.error());
    QList<qint64> changed;
    for (qint64 id : std::as_const(m_documentIds)) {
        exists->reset();
        exists->bind(1, id);
        auto row = exists->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            return fail(Error::Code::NotFound,
                        commandText("The document %1 does not exist.").arg(id));
        update->reset();
        update->bind(1, m_privileged).bind(2, id).bind(3, m_privileged);
        if (auto done = update->exec(); !done)
            return done;
        if (db.changes() > 0)
            changed.append(id);
    }
    m_changed = std::move(changed);
    return {};
}

Status SetPrivilegedCommand::revert(Sql::Database &db)
{
    auto update = db.prepare(u"UPDATE documents SET privileged = ? WHERE id = ?"_s);
    if (!update)
        return fail(update.error());
    for (qint64 id : std::as_const(m_changed)) {
        update->reset();
        update->bind(1, !m_privileged).bind(2, id);
        if (auto done = update->exec(); !done)
            return done;
    }
    return {};
}

SetPostNotesCommand::SetPostNotesCommand(CaseDocument &document, qint64 postId, QString notes)
    : CaseCommand(document, commandText("Edit post notes"), CaseTable::Posts)
    , m_postId(postId)
    , m_new(std::move(notes))
{}

Status SetPostNotesCommand::write(Sql::Database &db, const QString &notes)
{
    auto update = db.prepare(u"UPDATE posts SET notes = ? WHERE id = ?"_s);
    if (!update)
        return fail(update.error());
    update->bind(1, notes).bind(2, m_postId);
    if (auto done = update->exec(); !done)
        return done;
    if (db.changes() == 0)
        return fail(Error::Code::NotFound,
                    commandText("The post %1 does not exist.").arg(m_postId));
    return {};
}

Status SetPostNotesCommand::apply(Sql::Database &db)
{
    if (!m_old) {
        auto read = db.prepare(u"SELECT notes FROM posts WHERE id = ?"_s);
        if (!read)
            return fail(read.error());
        read->bind(1, m_postId);
        auto row = read->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            return fail(Error::Code::NotFound,
                        commandText("The post %1 does not exist.").arg(m_postId));
        m_old = read->text(0);
    }
    return write(db, m_new);
}

Status SetPostNotesCommand::revert(Sql::Database &db)
{
    return write(db, *m_old);
}

} // namespace Casebinder

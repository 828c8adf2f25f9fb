#include "documentcommands.h"

#include "documentstore.h"
#include "poststore.h"

#include <QCoreApplication>
#include <QDate>

using namespace Qt::StringLiterals;

namespace Casebinder {
namespace {

QString commandText(const char *source, int n = -1)
{
    return QCoreApplication::translate("Casebinder::CaseCommand", source, nullptr, n);
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
    case DocumentField::PrivilegeBasis:
        return commandText("Set privilege basis");
    case DocumentField::PrivilegeDescription:
        return commandText("Edit privilege description");
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

Status SetDocumentFieldsCommand::apply(Sql::Database &db)
{
    DocumentStore store(db);
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
            if (it.key() == DocumentField::PrivilegeBasis && !value.isEmpty()
                && privilegeBasisFromName(value) == PrivilegeBasis::Unknown)
                return fail(Error::Code::InvalidArgument,
                            commandText("\"%1\" is not a privilege basis: use attorney-client, "
                                        "work-product or other.")
                                .arg(value));
            if (it.key() == DocumentField::FiledDate && !value.isEmpty()
                && !QDate::fromString(value, Qt::ISODate).isValid())
                return fail(
                    Error::Code::InvalidArgument,
                    commandText("\"%1\" is not a date; write it as 2021-01-10.").arg(value));
            if (it.key() == DocumentField::ExhibitLabel && !value.isEmpty()) {
                auto user = store.exhibitLabelUser(value, m_documentId);
                if (!user)
                    return fail(user.error());
                if (const std::optional<QString> title = std::move(*user); title)
                    return fail(Error::Code::Duplicate,
                                commandText(R"(The exhibit label "%1" is already used by "%2".)")
                                    .arg(value, *title));
            }
        }
        auto old = store.fields(m_documentId, m_new.keys());
        if (!old)
            return fail(old.error());
        m_old = std::move(*old);
    }
    return store.setFields(m_documentId, m_new);
}

Status SetDocumentFieldsCommand::revert(Sql::Database &db)
{
    return DocumentStore(db).setFields(m_documentId, *m_old);
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
    DocumentStore store(db);
    QList<qint64> changed;
    for (qint64 id : std::as_const(m_documentIds)) {
        auto set = store.setPrivileged(id, m_privileged);
        if (!set)
            return fail(set.error());
        if (*set)
            changed.append(id);
    }
    m_changed = std::move(changed);
    return {};
}

Status SetPrivilegedCommand::revert(Sql::Database &db)
{
    DocumentStore store(db);
    for (qint64 id : std::as_const(m_changed)) {
        if (auto set = store.setPrivileged(id, !m_privileged); !set)
            return fail(set.error());
    }
    return {};
}

SetPostNotesCommand::SetPostNotesCommand(CaseDocument &document, qint64 postId, QString notes)
    : CaseCommand(document, commandText("Edit post notes"), CaseTable::Posts)
    , m_postId(postId)
    , m_new(std::move(notes))
{}

Status SetPostNotesCommand::apply(Sql::Database &db)
{
    PostStore store(db);
    if (!m_old) {
        auto post = store.post(m_postId);
        if (!post && post.error().code == Error::Code::NotFound)
            return fail(Error::Code::NotFound,
                        commandText("The post %1 does not exist.").arg(m_postId));
        if (!post)
            return fail(post.error());
        m_old = post->notes;
    }
    return store.setNotes(m_postId, m_new);
}

Status SetPostNotesCommand::revert(Sql::Database &db)
{
    return PostStore(db).setNotes(m_postId, *m_old);
}

} // namespace Casebinder

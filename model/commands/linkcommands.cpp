#include "linkcommands.h"

namespace Casebinder {
namespace {

bool citesSameText(const EvidenceLink &a, const EvidenceLink &b)
{
    return a.quote == b.quote && a.documentId == b.documentId && a.pageFrom == b.pageFrom
           && a.pageTo == b.pageTo;
}

} // namespace

AddLinkCommand::AddLinkCommand(CaseDocument &document, EvidenceLink link)
    : CaseCommand(document, QObject::tr("Link evidence"), CaseTable::Links)
    , m_link(std::move(link))
{}

Status AddLinkCommand::apply(Sql::Database &db)
{
    LinkStore store(db);
    if (m_link.id == 0) {
        if (auto valid = store.validate(m_link); !valid)
            return valid;
        auto verified = store.checkQuote(m_link);
        if (!verified)
            return fail(verified.error());
        m_link.quoteVerified = *verified;
    }
    auto id = store.insert(m_link);
    if (!id)
        return fail(id.error());
    if (m_link.id == 0) {
        auto stored = store.link(*id);
        if (!stored)
            return fail(stored.error());
        m_link = *stored;
    }
    return {};
}

Status AddLinkCommand::revert(Sql::Database &db)
{
    return LinkStore(db).remove(m_link.id);
}

EditLinkCommand::EditLinkCommand(CaseDocument &document, EvidenceLink changed)
    : CaseCommand(document, QObject::tr("Edit evidence link"), CaseTable::Links)
    , m_new(std::move(changed))
{}

Status EditLinkCommand::apply(Sql::Database &db)
{
    LinkStore store(db);
    if (!m_old) {
        auto old = store.link(m_new.id);
        if (!old)
            return fail(old.error());
        if (auto valid = store.validate(m_new); !valid)
            return valid;
        if (!citesSameText(*old, m_new)) {
            auto verified = store.checkQuote(m_new);
            if (!verified)
                return fail(verified.error());
            m_new.quoteVerified = *verified;
        } else {
            m_new.quoteVerified = old->quoteVerified;
        }
        m_new.createdAt = old->createdAt;
        m_old = *old;
    }
    return store.update(m_new);
}

Status EditLinkCommand::revert(Sql::Database &db)
{
    return LinkStore(db).update(*m_old);
}

DeleteLinkCommand::DeleteLinkCommand(CaseDocument &document, qint64 id)
    : CaseCommand(document, QObject::tr("Delete evidence link"), CaseTable::Links)
    , m_id(id)
{}

Status DeleteLinkCommand::apply(Sql::Database &db)
{
    LinkStore store(db);
    auto old = store.link(m_id);
    if (!old)
        return fail(old.error());
    m_deleted = *old;
    return store.remove(m_id);
}

Status DeleteLinkCommand::revert(Sql::Database &db)
{
    auto id = LinkStore(db).insert(m_deleted);
    if (!id)
        return fail(id.error());
    return {};
}

VerifyQuoteCommand::VerifyQuoteCommand(CaseDocument &document, qint64 id)
    : CaseCommand(document, QObject::tr("Verify quote"), CaseTable::Links)
    , m_id(id)
{}

Status VerifyQuoteCommand::apply(Sql::Database &db)
{
    LinkStore store(db);
    if (!m_checked) {
        auto link = store.link(m_id);
        if (!link)
            return fail(link.error());
        auto verified = store.checkQuote(*link);
        if (!verified)
            return fail(verified.error());
        m_previous = link->quoteVerified;
        m_verified = *verified;
        m_checked = true;
    }
    return store.setQuoteVerified(m_id, m_verified);
}

Status VerifyQuoteCommand::revert(Sql::Database &db)
{
    return LinkStore(db).setQuoteVerified(m_id, m_previous);
}

} // namespace Casebinder

#pragma once

#include "casedocument.h"
#include "linkstore.h"

#include <optional>

namespace Casebinder {

// Adds an evidence link; a quote is verified against the cited pages and the result stored.
class AddLinkCommand final : public CaseCommand
{
public:
    AddLinkCommand(CaseDocument &document, EvidenceLink link);
    // The stored link (id, quote_verified), once the command has been pushed.
    const EvidenceLink &link() const { return m_link; }

protected:
    Status apply(Sql::Database &db) override;
    Status revert(Sql::Database &db) override;

private:
    EvidenceLink m_link;
};

// Replaces a link's fields (same id); the quote is verified again when it or the pages changed.
class EditLinkCommand final : public CaseCommand
{
public:
    EditLinkCommand(CaseDocument &document, EvidenceLink changed);
    const EvidenceLink &link() const { return m_new; }

protected:
    Status apply(Sql::Database &db) override;
    Status revert(Sql::Database &db) override;

private:
    EvidenceLink m_new;
    std::optional<EvidenceLink> m_old;
};

class DeleteLinkCommand final : public CaseCommand
{
public:
    DeleteLinkCommand(CaseDocument &document, qint64 id);

protected:
    Status apply(Sql::Database &db) override;
    Status revert(Sql::Database &db) override;

private:
    qint64 m_id;
    EvidenceLink m_deleted;
};

// Checks a link's quote against the page text again (after the text was re-extracted or OCRed)
// and stores the result.
class VerifyQuoteCommand final : public CaseCommand
{
public:
    VerifyQuoteCommand(CaseDocument &document, qint64 id);
    std::optional<bool> verified() const { return m_verified; }

protected:
    Status apply(Sql::Database &db) override;
    Status revert(Sql::Database &db) override;

private:
    qint64 m_id;
    std::optional<bool> m_verified;
    std::optional<bool> m_previous;
    bool m_checked = false;
};

} // namespace Casebinder

#pragma once

#include "casedocument.h"
#include "linkstore.h"

#include <QAbstractTableModel>
#include <QList>

namespace Casebinder {

// The evidence linked to one claim node: pin cite, stance, weight, verified mark, note.
// Refreshes itself when links, claims, documents, posts or events change.
class LinkListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { CiteColumn, StanceColumn, WeightColumn, VerifiedColumn, NoteColumn, ColumnCount };
    enum Role {
        IdRole = Qt::UserRole + 1,
        ClaimIdRole,
        CiteRole,
        TargetTitleRole,
        StanceRole, // "supports", "undermines", "context"
        WeightRole,
        QuoteRole,
        QuoteVerifiedRole, // true, false, or an invalid QVariant when there is nothing to verify
        NoteRole,
        DocumentIdRole,
        PageFromRole,
        PageToRole,
        PostIdRole,
        EventIdRole,
        DisputedRole, // cites an event marked disputed
    };
    Q_ENUM(Role)

    explicit LinkListModel(CaseDocument &document, QObject *parent = nullptr);

    // 0 shows nothing.
    void setClaimId(qint64 claimId);
    qint64 claimId() const { return m_claimId; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section,
                        Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const LinkDetails &linkAt(int row) const { return m_links.at(row); }
    void reload();
    const Error &lastError() const { return m_lastError; }

private:
    CaseDocument &m_document;
    qint64 m_claimId = 0;
    QList<LinkDetails> m_links;
    Error m_lastError;
};

} // namespace Casebinder

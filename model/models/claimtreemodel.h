#pragma once

#include "casedocument.h"
#include "claimstore.h"
#include "proofmatrix.h"

#include <QAbstractItemModel>
#include <QList>

namespace Casebinder {

// The claims tree with evidence counts, gap flags and assessments (a claim's is its roll-up).
// Refreshes itself when claims, links or events change. Editing the title (or setData with a role
// below) pushes an undo command.
class ClaimTreeModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column {
        TitleColumn,
        StatusColumn,
        SupportsColumn,
        UnderminesColumn,
        AssessmentColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1,
        KindRole,
        TitleRole,
        DescriptionRole,
        AssertedByRole,
        LegalStandardRole,
        StatusRole,
        NotesRole,
        TemplateIdRole,
        SupportsRole,
        UnderminesRole,
        ContextRole,
        GapRole,            // bool: see ProofMatrix for the rule
        GapReasonRole,      // "no supporting evidence", "only disputed support" or empty
        AssessmentRole,     // "unsupported", "contested" or "supported" (decision 0006)
        AssessmentTextRole, // the CLI's and the exports' wording, weights included
        SupportWeightRole,  // summed weights of the solid support
        UnderminingWeightRole,
    };
    Q_ENUM(Role)

    explicit ClaimTreeModel(CaseDocument &document, QObject *parent = nullptr);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section,
                        Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    QModelIndex indexOfNode(qint64 id) const;
    qint64 nodeId(const QModelIndex &index) const;
    // Re-reads the tree; called on CaseDocument::changed.
    void reload();
    // Why the last reload or edit failed, if it did.
    const Error &lastError() const { return m_lastError; }

private:
    struct Node
    {
        ClaimNode claim;
        NodeEvidence evidence;
        int parent = -1; // index into m_nodes
        int row = 0;
        QList<int> children;
    };

    void onChanged(CaseTable table);
    static QString assessmentCell(const NodeAssessment &assessment);

public:
    // The stored kind ("element") and status ("open") as words of the interface's language.
    static QString kindLabel(const QString &kind);
    static QString statusLabel(const QString &status);

private:
    CaseDocument &m_document;
    QList<Node> m_nodes;
    QList<int> m_roots;
    Error m_lastError;
};

} // namespace Casebinder

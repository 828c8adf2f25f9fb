#pragma once

#include "casedocument.h"
#include "evidencemime.h"
#include "linkstore.h"
#include "proofmatrix.h"

#include <QWidget>

class QLabel;
class QMenu;
class QTableWidget;
class QToolButton;
class QTreeView;
class QVBoxLayout;

namespace Casebinder {
class ClaimTreeModel;
class LinkListModel;
} // namespace Casebinder

namespace Casebinder::Views {

class EvidencePreview;

// The claims board: the claims tree (supports / undermines counts, gaps in red), the
// evidence linked to the selected node, and the proof matrix of the whole case. Evidence is
// linked by dropping it on a node (EvidenceMimeType) or through linkEvidence(); every edit
// is an undo command on the case.
class ClaimsBoard final : public QWidget
{
    Q_OBJECT

public:
    explicit ClaimsBoard(CaseDocument &document, QWidget *parent = nullptr);
    ~ClaimsBoard() override;

    QTreeView *claimsView() const { return m_tree; }
    // One entry per link of the selected node, from a LinkListModel.
    QTreeView *evidenceView() const { return m_evidence; }
    QTableWidget *matrixView() const { return m_matrix; }
    QLabel *assessmentLabel() const { return m_assessment; }
    // The selected evidence's cite and quote in context.
    EvidencePreview *evidencePreview() const { return m_preview; }
    ClaimTreeModel *claimsModel() const { return m_model; }

    qint64 currentNodeId() const;
    void selectNode(qint64 id);
    // Links `evidence` to claim node `claimId` as one undoable edit; shows why when refused.
    bool linkEvidence(qint64 claimId,
                      const EvidenceRef &evidence,
                      EvidenceLink::Stance stance = EvidenceLink::Stance::Supports);
    // Adds the claim of template `templateId` (with its elements) as one undoable edit.
    bool addFromTemplate(const QString &templateId);

signals:
    void nodeSelected(qint64 id);
    // The user opened a piece of evidence (a pin cite): show it.
    void evidenceActivated(const Casebinder::EvidenceLink &link);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createToolBar(QWidget *parent, QVBoxLayout *layout);
    void rebuildTemplateMenu();
    void addNode(bool asChild);
    void deleteNode();
    void showMatrix();
    void showAssessment(); // of the selected node, with the note beside a claim's roll-up
    void onChanged(CaseTable table);
    void showEvidenceMenu(const QPoint &pos);
    void showPreview();

    CaseDocument &m_document;
    ClaimTreeModel *m_model = nullptr;
    QTreeView *m_tree = nullptr;
    LinkListModel *m_links = nullptr;
    QTreeView *m_evidence = nullptr;
    EvidencePreview *m_preview = nullptr;
    QTableWidget *m_matrix = nullptr;
    QLabel *m_assessment = nullptr;
    QHash<qint64, NodeAssessment> m_assessments; // by node, from the last showMatrix()
    QHash<qint64, ClaimRollUp> m_rollUps;
    QMenu *m_templateMenu = nullptr;
    QToolButton *m_addElement = nullptr;
    QToolButton *m_delete = nullptr;
    bool m_refreshPending = false;
};

} // namespace Casebinder::Views

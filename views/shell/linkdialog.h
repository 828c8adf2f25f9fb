#pragma once

#include "casedocument.h"
#include "evidencemime.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTreeView;

namespace Casebinder {
class ClaimTreeModel;
}

namespace Casebinder::Views {

// "Link to Claim Element…": the user picks the element or factor that a selection (a quote,
// a post, an event) is evidence for, with its stance and weight. Accepting pushes the link
// as one undoable edit.
class LinkDialog final : public QDialog
{
    Q_OBJECT

public:
    LinkDialog(CaseDocument &document, EvidenceRef evidence, QWidget *parent = nullptr);

    void setClaimNode(qint64 id);
    qint64 claimNode() const;
    // The id of the link that was added, once accepted.
    qint64 linkId() const { return m_linkId; }

    void accept() override;

private:
    void updateOk();

    CaseDocument &m_document;
    EvidenceRef m_evidence;
    ClaimTreeModel *m_model = nullptr;
    QTreeView *m_tree = nullptr;
    QComboBox *m_stance = nullptr;
    QSpinBox *m_weight = nullptr;
    QLineEdit *m_note = nullptr;
    class QPushButton *m_ok = nullptr;
    qint64 m_linkId = 0;
};

} // namespace Casebinder::Views

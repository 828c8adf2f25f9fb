#pragma once

#include "casedocument.h"
#include "evidencemime.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTreeView;
class QVBoxLayout;

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

    // For a document quote: whether it was found on the cited pages' stored text, checked
    // when the dialog opens (nullopt: nothing to check).
    std::optional<bool> quoteVerified() const { return m_quoteVerified; }

    void accept() override;

private:
    void verifyQuote(QVBoxLayout *layout);
    void updateOk();

    CaseDocument &m_document;
    EvidenceRef m_evidence;
    ClaimTreeModel *m_model = nullptr;
    QTreeView *m_tree = nullptr;
    QComboBox *m_stance = nullptr;
    QSpinBox *m_weight = nullptr;
    QLineEdit *m_note = nullptr;
    QCheckBox *m_saveUnverified = nullptr;
    std::optional<bool> m_quoteVerified;
    class QPushButton *m_ok = nullptr;
    qint64 m_linkId = 0;
};

} // namespace Casebinder::Views

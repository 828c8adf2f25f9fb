#pragma once

#include "batesstore.h"
#include "result.h"

#include <QDialog>
#include <QList>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTimer;

namespace Casebinder {
class CaseDocument;
}

namespace Casebinder::Views {

// Document ▸ Assign Bates Numbers… (and the case navigator's context menu): a prefix, a start
// number and the zero padding for the chosen documents (or, with none chosen, every document
// not yet numbered); the preview shows the first and last number the pages will get, or why
// the numbers are refused (a gap, an overlap, a document already numbered) before anything is
// written. Assign runs the same model command as `bates assign` (AssignBatesCommand): one
// undoable step.
class BatesDialog final : public QDialog
{
    Q_OBJECT

public:
    BatesDialog(CaseDocument &document, QList<qint64> documentIds, QWidget *parent = nullptr);

    BatesScheme scheme() const;
    const QList<qint64> &documentIds() const { return m_documentIds; }
    // What the preview shows now (for tests and the accessible description).
    QString previewText() const;
    QString errorText() const;
    bool canAssign() const;

    // Recomputes the preview at once (it otherwise follows typing after a short pause).
    void updatePreview();
    // Assigns the numbers (the Assign button): closes on success, shows the refusal otherwise.
    void assign();

private:
    void showError(const QString &text);

    CaseDocument &m_document;
    const QList<qint64> m_documentIds;
    QLineEdit *m_prefix = nullptr;
    QSpinBox *m_start = nullptr;
    QSpinBox *m_digits = nullptr;
    QLabel *m_scope = nullptr;
    QLabel *m_preview = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_assign = nullptr;
    QTimer *m_debounce = nullptr;
    bool m_valid = false;
};

} // namespace Casebinder::Views

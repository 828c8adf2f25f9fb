#pragma once

#include "result.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTreeView;

namespace Casebinder {
class CaseDocument;
class DocketEntriesModel;
} // namespace Casebinder

namespace Casebinder::Views {

class DocketFilter;

// The case's dockets as the court keeps them: every entry with its number, date and text, its
// attachments nested under it, and the filing in the case it lists ("not in the case"
// otherwise). A search field and a filter (all, in the case, not in the case) narrow it.
// Activating an entry opens its filing; the context menu and the keyboard link a filing to an
// entry by hand, or unlink it (undoable).
class DocketView final : public QWidget
{
    Q_OBJECT

public:
    explicit DocketView(CaseDocument &document, QWidget *parent = nullptr);

    QTreeView *tree() const { return m_tree; }
    QLineEdit *searchField() const { return m_search; }
    QComboBox *filingFilter() const { return m_filing; }
    // Selects (and shows) the entry or attachment the filing is linked to, clearing a search
    // that hides it; false when no entry lists it.
    bool showDocument(qint64 documentId);
    // Links the filing to the selected entry (what "Link Filing…" does once a filing is chosen).
    Status linkSelected(qint64 documentId);
    Status unlinkSelected();

signals:
    void openDocumentRequested(qint64 documentId, int page);
    void editFailed(const Casebinder::Error &error);

private:
    void activate(const QModelIndex &index);
    void showMenu(const QPoint &position);
    void chooseFiling();
    void updateHeading();

    CaseDocument &m_document;
    DocketEntriesModel *m_model;
    DocketFilter *m_filter;
    QLabel *m_heading;
    QLineEdit *m_search;
    QComboBox *m_filing;
    QTreeView *m_tree;
};

} // namespace Casebinder::Views

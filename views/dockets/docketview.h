#pragma once

#include "result.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace Casebinder {
class CaseDocument;
class DocketEntriesModel;
} // namespace Casebinder

namespace Casebinder::Views {

// The case's dockets as the court keeps them: every entry with its number, date and text, and
// the filing in the case it lists. Activating an entry opens its filing; the context menu and
// the keyboard link a filing to an entry by hand, or unlink it (undoable).
class DocketView final : public QWidget
{
    Q_OBJECT

public:
    explicit DocketView(CaseDocument &document, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
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
    QLabel *m_heading;
    QTableView *m_table;
};

} // namespace Casebinder::Views

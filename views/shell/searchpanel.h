#pragma once

#include "search.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeView;

namespace Casebinder {
class CaseConnections;
class SearchResultsModel;
} // namespace Casebinder

namespace Casebinder::Views {

// Case-wide full-text search: the query field, a kind filter and the hits as pin cites with
// their snippets, shown from a SearchResultsModel (each page a SearchJob on a read connection
// from the case's CaseConnections). A newer query discards the one still running, so typing
// never waits for a stale search.
class SearchPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit SearchPanel(QWidget *parent = nullptr);
    ~SearchPanel() override;

    // The case to search, through the document's connections; null clears the panel.
    void setConnections(std::shared_ptr<CaseConnections> connections);
    // The same, with connections of the panel's own (an empty path clears the panel).
    void setCasePath(const QString &path);
    QLineEdit *queryField() const { return m_query; }
    QTreeView *resultsView() const { return m_results; }
    SearchResultsModel *resultsModel() const { return m_model; }
    QComboBox *orderField() const { return m_order; }
    // Says when relevance order ranked only the most recent matches; hidden otherwise.
    QLabel *rankingNote() const { return m_rankingNote; }
    // Runs the query in the field now (Return does this; typing does it after a pause).
    void search();
    bool isSearching() const;

signals:
    void hitActivated(const Casebinder::SearchHit &hit);
    // Emitted when the hits of the latest query are on screen.
    void resultsShown(int count);

private:
    void clearResults();
    void showPage();
    void showFailure(const Error &error);

    QLineEdit *m_query = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_order = nullptr;
    QLabel *m_rankingNote = nullptr;
    SearchResultsModel *m_model = nullptr;
    QTreeView *m_results = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_more = nullptr;
    class QTimer *m_typingPause = nullptr;
};

} // namespace Casebinder::Views

#pragma once

#include "search.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace Casebinder {
class CaseConnections;
class SearchJob;
} // namespace Casebinder

namespace Casebinder::Views {

// Case-wide full-text search: the query field, a kind filter and the hits as pin cites with
// their snippets. Each query is a SearchJob on a read connection from the case's
// CaseConnections; a newer query cancels the one still running, so typing never waits for a
// stale search.
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
    QTreeWidget *resultsView() const { return m_results; }
    QComboBox *orderField() const { return m_order; }
    // Says when relevance order ranked only the most recent matches; hidden otherwise.
    QLabel *rankingNote() const { return m_rankingNote; }
    // Runs the query in the field now (Return does this; typing does it after a pause).
    void search();
    bool isSearching() const { return m_search != nullptr; }

signals:
    void hitActivated(const Casebinder::SearchHit &hit);
    // Emitted when the hits of the latest query are on screen.
    void resultsShown(int count);

private:
    void dropRunningSearch();
    void run(const SearchRequest &request, bool append);
    void show(const SearchResults &results, bool append);

    QLineEdit *m_query = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_order = nullptr;
    QLabel *m_rankingNote = nullptr;
    QTreeWidget *m_results = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_more = nullptr;
    class QTimer *m_typingPause = nullptr;
    std::shared_ptr<CaseConnections> m_connections;
    SearchJob *m_search = nullptr; // the search whose results will be shown
    QList<SearchHit> m_hits;
    SearchRequest m_lastRequest;
};

} // namespace Casebinder::Views

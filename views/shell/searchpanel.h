#pragma once

#include "search.h"

#include <QWidget>

#include <atomic>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace Casebinder::Views {

// Case-wide full-text search: the query field, a kind filter and the hits as pin cites with
// their snippets. Each query runs on a worker thread over a connection of its own; a newer
// query cancels the one still running, so typing never waits for a stale search.
class SearchPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit SearchPanel(QWidget *parent = nullptr);
    ~SearchPanel() override;

    // The case to search (its file); an empty path clears the panel.
    void setCasePath(const QString &path);
    QLineEdit *queryField() const { return m_query; }
    QTreeWidget *resultsView() const { return m_results; }
    QComboBox *orderField() const { return m_order; }
    // Says when relevance order ranked only the most recent matches; hidden otherwise.
    QLabel *rankingNote() const { return m_rankingNote; }
    // Runs the query in the field now (Return does this; typing does it after a pause).
    void search();
    bool isSearching() const { return m_running > 0; }

signals:
    void hitActivated(const Casebinder::SearchHit &hit);
    // Emitted when the hits of the latest query are on screen.
    void resultsShown(int count);

private:
    struct Connection;
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
    std::shared_ptr<Connection> m_connection;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QList<SearchHit> m_hits;
    SearchRequest m_lastRequest;
    quint64 m_generation = 0;
    int m_running = 0;
};

} // namespace Casebinder::Views

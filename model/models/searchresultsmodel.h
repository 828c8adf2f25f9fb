#pragma once

#include "search.h"

#include <QAbstractTableModel>
#include <QList>

#include <memory>

namespace Casebinder {

class CaseConnections;
class SearchJob;

// Search results. Each page is a SearchJob on a read connection from the case's
// CaseConnections; search() starts a new search (discarding the one running, whose rows never
// arrive), rows come one page at a time and fetchMore() asks for the next page.
class SearchResultsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { CiteColumn, DateColumn, SnippetColumn, ColumnCount };
    enum Role {
        KindRole = Qt::UserRole + 1, // "filing", "exhibit", "other", "post"
        CiteRole,
        TitleRole, // document title, or the post's author
        DocumentIdRole,
        PageIdRole,
        PageNumberRole,
        PostIdRole,
        ExternalIdRole,
        AuthorHandleRole,
        DateRole,          // as stored; DateColumn shows the day
        MarkedSnippetRole, // hits between SearchHit::MarkOpen and SearchHit::MarkClose
        SnippetRole,       // plain text, line breaks kept; SnippetColumn shows it on one line
        HighlightsRole,    // QVariantList of QPoint(start, length) in SnippetRole's text
        ScoreRole,
    };
    Q_ENUM(Role)

    // Searches nothing until setConnections().
    explicit SearchResultsModel(QObject *parent = nullptr);
    // Searches the case at `casePath`, through connections of the model's own.
    explicit SearchResultsModel(const QString &casePath, QObject *parent = nullptr);
    ~SearchResultsModel() override;

    // The case to search (null: none); clears the results.
    void setConnections(std::shared_ptr<CaseConnections> connections);
    bool hasConnections() const { return m_connections != nullptr; }

    // Starts `request` from its offset. The rows of the previous search stay until its first
    // page replaces them (or it fails), so a view does not flicker empty while the user types.
    void search(const SearchRequest &request);
    // Drops the results and the search running, if any.
    void clear();
    // Stops the search running; the rows already in stay.
    void cancel();
    bool isBusy() const { return m_job != nullptr; }
    qint64 total() const { return m_total; }
    bool totalIsExact() const { return m_totalIsExact; }
    bool isRanked() const { return m_ranked; }
    // How many matches relevance order ranked, of the first page (0: all of them).
    int rankedAmong() const { return m_rankedAmong; }
    // Another page follows the rows in (what fetchMore() would ask for).
    bool hasMore() const { return m_hasMore; }
    const SearchHit &hitAt(int row) const { return m_hits.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section,
                        Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void busyChanged(bool busy);
    // A page of results arrived (the first page, or one asked for by fetchMore()).
    void pageLoaded();
    void searchFailed(const Casebinder::Error &error);

private:
    void start(const SearchRequest &request);
    void dropJob();
    void onFinished();
    void onFailed(const Error &error);

    std::shared_ptr<CaseConnections> m_connections;
    SearchRequest m_request;
    QList<SearchHit> m_hits;
    qint64 m_total = 0;
    bool m_totalIsExact = true;
    bool m_ranked = false;
    int m_rankedAmong = 0;
    bool m_hasMore = false;
    bool m_replacing = false;   // the running job's page replaces the rows instead of adding
    SearchJob *m_job = nullptr; // the page whose rows will arrive
};

} // namespace Casebinder

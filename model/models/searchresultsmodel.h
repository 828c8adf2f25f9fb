#pragma once

#include "search.h"

#include <QAbstractTableModel>
#include <QFutureWatcher>
#include <QList>

#include <atomic>
#include <memory>

namespace Casebinder {

// Search results, filled by a worker thread with its own read-only connection to the case.
// search() starts a new search (cancelling the one running); rows arrive one page at a time
// and fetchMore() asks for the next page.
class SearchResultsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { CiteColumn, SnippetColumn, DateColumn, ColumnCount };
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
        DateRole,
        MarkedSnippetRole, // hits between SearchHit::MarkOpen and SearchHit::MarkClose
        SnippetRole,       // plain text
        HighlightsRole,    // QVariantList of QPoint(start, length) in SnippetRole's text
        ScoreRole,
    };
    Q_ENUM(Role)

    explicit SearchResultsModel(QString casePath, QObject *parent = nullptr);
    ~SearchResultsModel() override;

    // Clears the results and starts `request` from its offset.
    void search(const SearchRequest &request);
    void cancel();
    bool isBusy() const { return m_busy; }
    qint64 total() const { return m_total; }
    bool totalIsExact() const { return m_totalIsExact; }
    bool isRanked() const { return m_ranked; }
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
    void onFinished();
    void setBusy(bool busy);

    QString m_casePath;
    SearchRequest m_request;
    QList<SearchHit> m_hits;
    qint64 m_total = 0;
    bool m_totalIsExact = true;
    bool m_ranked = false;
    bool m_hasMore = false;
    bool m_busy = false;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QFutureWatcher<Result<SearchResults>> m_watcher;
};

} // namespace Casebinder

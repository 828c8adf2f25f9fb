#include "searchresultsmodel.h"

#include "jobs/caseconnections.h"
#include "jobs/searchjob.h"

#include <QPoint>

using namespace Qt::StringLiterals;

namespace Casebinder {

SearchResultsModel::SearchResultsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

SearchResultsModel::SearchResultsModel(const QString &casePath, QObject *parent)
    : QAbstractTableModel(parent)
    , m_connections(CaseConnections::create(casePath))
{}

// A running page is a child job: destroying it cancels it and waits for its worker.
SearchResultsModel::~SearchResultsModel() = default;

void SearchResultsModel::setConnections(std::shared_ptr<CaseConnections> connections)
{
    clear();
    m_connections = std::move(connections);
}

void SearchResultsModel::search(const SearchRequest &request)
{
    if (!m_connections) {
        clear();
        return;
    }
    m_request = request;
    m_replacing = true;
    start(request);
}

void SearchResultsModel::clear()
{
    cancel();
    m_replacing = false;
    beginResetModel();
    m_hits.clear();
    m_total = 0;
    m_totalIsExact = true;
    m_ranked = false;
    m_rankedAmong = 0;
    m_hasMore = false;
    endResetModel();
}

void SearchResultsModel::cancel()
{
    m_replacing = false;
    if (!m_job)
        return;
    dropJob();
    emit busyChanged(false);
}

void SearchResultsModel::dropJob()
{
    if (m_job)
        std::exchange(m_job, nullptr)->discard();
}

void SearchResultsModel::start(const SearchRequest &request)
{
    if (!m_connections)
        return;
    const bool wasBusy = isBusy();
    dropJob();
    m_job = new SearchJob(m_connections, request, this);
    connect(m_job, &Job::finished, this, &SearchResultsModel::onFinished);
    connect(m_job, &Job::failed, this, &SearchResultsModel::onFailed);
    m_job->start();
    if (!wasBusy)
        emit busyChanged(true);
}

void SearchResultsModel::onFinished()
{
    const SearchResults &results = m_job->results();
    m_total = results.total;
    m_totalIsExact = results.totalIsExact;
    m_ranked = results.ranked;
    // Later pages of the same request keep the first page's account of the ranking.
    if (results.offset == m_request.offset)
        m_rankedAmong = results.rankedAmong;
    m_hasMore = results.hasMore;
    // Still busy while the rows go in, so that a view reacting to rowsInserted cannot ask for
    // the next page with a stale offset.
    if (std::exchange(m_replacing, false)) {
        beginResetModel();
        m_hits = results.hits;
        endResetModel();
    } else if (!results.hits.isEmpty()) {
        beginInsertRows({}, int(m_hits.size()), int(m_hits.size() + results.hits.size() - 1));
        m_hits += results.hits;
        endInsertRows();
    }
    dropJob();
    emit busyChanged(false);
    emit pageLoaded();
}

void SearchResultsModel::onFailed(const Error &error)
{
    if (m_replacing) {
        clear(); // the rows shown answer an older query
    } else {
        dropJob();
        m_hasMore = false;
        emit busyChanged(false);
    }
    emit searchFailed(error);
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

int SearchResultsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool SearchResultsModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_hasMore && !isBusy();
}

void SearchResultsModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    SearchRequest next = m_request;
    next.offset = m_request.offset + int(m_hits.size());
    start(next);
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SearchHit &hit = m_hits.at(index.row());
    const bool isPost = hit.kind == SearchHit::Kind::Post;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case CiteColumn:
            return hit.cite();
        case SnippetColumn:
            // Page text keeps its line breaks; a result row is one line.
            return hit.plainSnippet().simplified();
        case DateColumn:
            return hit.date.left(10);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case CiteColumn:
            return isPost ? hit.authorName : hit.document.title;
        case SnippetColumn:
            return hit.plainSnippet().simplified();
        default:
            return {};
        }
    case KindRole:
        return hit.kindName();
    case CiteRole:
        return hit.cite();
    case TitleRole:
        return isPost ? hit.authorName : hit.document.title;
    case DocumentIdRole:
        return isPost ? QVariant() : QVariant(hit.document.id);
    case PageIdRole:
        return isPost ? QVariant() : QVariant(hit.pageId);
    case PageNumberRole:
        return isPost ? QVariant() : QVariant(hit.pageNumber);
    case PostIdRole:
        return isPost ? QVariant(hit.post.id) : QVariant();
    case ExternalIdRole:
        return isPost ? QVariant(hit.post.externalId) : QVariant();
    case AuthorHandleRole:
        return isPost ? QVariant(hit.post.authorHandle) : QVariant();
    case DateRole:
        return hit.date;
    case MarkedSnippetRole:
        return hit.markedSnippet;
    case SnippetRole:
        return hit.plainSnippet();
    case HighlightsRole: {
        QVariantList list;
        for (const auto &[start, length] : hit.highlights())
            list.append(QPoint(start, length));
        return list;
    }
    case ScoreRole:
        return hit.score;
    default:
        return {};
    }
}

QVariant SearchResultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case CiteColumn:
        return tr("Cite");
    case DateColumn:
        return tr("Date");
    case SnippetColumn:
        return tr("Passage");
    default:
        return {};
    }
}

QHash<int, QByteArray> SearchResultsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert({{KindRole, "kind"},
                  {CiteRole, "cite"},
                  {TitleRole, "title"},
                  {DocumentIdRole, "documentId"},
                  {PageIdRole, "pageId"},
                  {PageNumberRole, "pageNumber"},
                  {PostIdRole, "postId"},
                  {ExternalIdRole, "externalId"},
                  {AuthorHandleRole, "authorHandle"},
                  {DateRole, "date"},
                  {MarkedSnippetRole, "markedSnippet"},
                  {SnippetRole, "snippet"},
                  {HighlightsRole, "highlights"},
                  {ScoreRole, "score"}});
    return names;
}

} // namespace Casebinder

#include "searchresultsmodel.h"

#include "casefile.h"

#include <QPoint>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Casebinder {

SearchResultsModel::SearchResultsModel(QString casePath, QObject *parent)
    : QAbstractTableModel(parent)
    , m_casePath(std::move(casePath))
{
    connect(&m_watcher,
            &QFutureWatcher<Result<SearchResults>>::finished,
            this,
            &SearchResultsModel::onFinished);
}

SearchResultsModel::~SearchResultsModel()
{
    cancel();
    m_watcher.waitForFinished();
}

void SearchResultsModel::search(const SearchRequest &request)
{
    cancel();
    beginResetModel();
    m_hits.clear();
    m_total = 0;
    m_totalIsExact = true;
    m_ranked = false;
    m_hasMore = false;
    endResetModel();
    m_request = request;
    start(request);
}

void SearchResultsModel::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
    m_cancel.reset();
    if (m_busy) {
        // The old worker stops on its flag; an empty future is a cancelled one, whose
        // finished() onFinished() ignores, so its result is never read.
        m_watcher.setFuture({});
        setBusy(false);
    }
}

void SearchResultsModel::start(const SearchRequest &request)
{
    auto cancelled = std::make_shared<std::atomic<bool>>(false);
    m_cancel = cancelled;
    setBusy(true);
    m_watcher.setFuture(
        QtConcurrent::run([path = m_casePath, request, cancelled]() -> Result<SearchResults> {
            auto caseFile = CaseFile::open(path, CaseFile::Access::ReadOnly);
            if (!caseFile)
                return fail(caseFile.error());
            return Search(caseFile->db()).run(request, cancelled.get());
        }));
}

void SearchResultsModel::onFinished()
{
    if (m_watcher.future().isCanceled() || m_watcher.future().resultCount() == 0)
        return;
    const Result<SearchResults> result = m_watcher.result();
    m_cancel.reset();
    if (!result) {
        m_hasMore = false;
        setBusy(false);
        emit searchFailed(result.error());
        return;
    }
    m_total = result->total;
    m_totalIsExact = result->totalIsExact;
    m_ranked = result->ranked;
    m_hasMore = result->hasMore;
    // Still busy while the rows go in, so that a view reacting to rowsInserted cannot ask for
    // the next page with a stale offset.
    if (!result->hits.isEmpty()) {
        beginInsertRows({}, int(m_hits.size()), int(m_hits.size() + result->hits.size() - 1));
        m_hits += result->hits;
        endInsertRows();
    }
    setBusy(false);
    emit pageLoaded();
}

void SearchResultsModel::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged(busy);
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
    return !parent.isValid() && m_hasMore && !m_busy;
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
            return hit.plainSnippet();
        case DateColumn:
            return hit.date;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return isPost ? hit.authorName : hit.document.title;
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
    case SnippetColumn:
        return tr("Text");
    case DateColumn:
        return tr("Date");
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

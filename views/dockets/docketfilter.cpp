#include "docketfilter.h"

#include "models/docketentriesmodel.h"

namespace Casebinder::Views {

DocketFilter::DocketFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
}

void DocketFilter::setSearch(const QString &text)
{
    const QStringList words = text.simplified().split(u' ', Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    invalidateRowsFilter();
}

void DocketFilter::setFiling(Filing filing)
{
    if (filing == m_filing)
        return;
    m_filing = filing;
    invalidateRowsFilter();
}

bool DocketFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    const QModelIndex row = model->index(sourceRow, 0, sourceParent);
    const qint64 document = row.data(DocketEntriesModel::DocumentIdRole).toLongLong();
    if ((m_filing == Filing::InCase && document <= 0)
        || (m_filing == Filing::NotInCase && document > 0))
        return false;
    if (m_words.isEmpty())
        return true;
    QString text;
    for (int column = 0; column < model->columnCount(sourceParent); ++column)
        text += model->index(sourceRow, column, sourceParent).data().toString() + u'\n';
    return std::ranges::all_of(
        m_words, [&text](const QString &word) { return text.contains(word, Qt::CaseInsensitive); });
}

} // namespace Casebinder::Views

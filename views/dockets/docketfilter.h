#pragma once

#include <QSortFilterProxyModel>

namespace Casebinder::Views {

// What the Docket view shows: the entries (and attachments) whose number, date, text or filing
// contain the search words, all of them or only those whose filing is (or is not) in the case.
// An entry stays when one of its attachments matches, so the attachment keeps its place.
class DocketFilter final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Filing { Any, InCase, NotInCase };
    Q_ENUM(Filing)

    explicit DocketFilter(QObject *parent = nullptr);

    void setSearch(const QString &text);
    QString search() const { return m_words.join(u' '); }
    void setFiling(Filing filing);
    Filing filing() const { return m_filing; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
    Filing m_filing = Filing::Any;
};

} // namespace Casebinder::Views

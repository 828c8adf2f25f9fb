#include "casenavigator.h"

#include <QHeaderView>
#include <QLocale>

namespace Casebinder::Views {
namespace {
constexpr int SectionRole = Qt::UserRole + 1;
constexpr int IdRole = Qt::UserRole + 2;
constexpr int SectionCount = int(CaseSection::Tags) + 1;
} // namespace

CaseNavigator::CaseNavigator(QWidget *parent)
    : QTreeWidget(parent)
    , m_counts(SectionCount, -1)
{
    setObjectName(QStringLiteral("caseNavigator"));
    setAccessibleName(tr("Case navigator"));
    setColumnCount(2);
    setHeaderHidden(true);
    setRootIsDecorated(true);
    setUniformRowHeights(true);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(0, QHeaderView::Stretch);
    header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    for (int i = 0; i < SectionCount; ++i) {
        auto *item = new QTreeWidgetItem(this);
        item->setData(0, SectionRole, i);
        item->setData(0, IdRole, 0);
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        QFont font = item->font(0);
        font.setBold(true);
        item->setFont(0, font);
        updateLabel(CaseSection(i));
    }
    const auto activate = [this](QTreeWidgetItem *item) {
        const auto section = CaseSection(item->data(0, SectionRole).toInt());
        const qint64 id = item->data(0, IdRole).toLongLong();
        if (id > 0)
            emit entryActivated(section, id);
        else
            emit sectionActivated(section);
    };
    connect(this, &QTreeWidget::itemActivated, this, activate);
    connect(this, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item && item->data(0, IdRole).toLongLong() > 0)
            emit entrySelected(CaseSection(item->data(0, SectionRole).toInt()),
                               item->data(0, IdRole).toLongLong());
    });
}

QString CaseNavigator::sectionName(CaseSection section)
{
    switch (section) {
    case CaseSection::Overview:
        return tr("Overview");
    case CaseSection::Filings:
        return tr("Filings");
    case CaseSection::Exhibits:
        return tr("Exhibits");
    case CaseSection::Docket:
        return tr("Docket");
    case CaseSection::Posts:
        return tr("Posts");
    case CaseSection::Claims:
        return tr("Claims");
    case CaseSection::Chronology:
        return tr("Chronology");
    case CaseSection::Entities:
        return tr("Entities");
    case CaseSection::Tags:
        return tr("Tags");
    }
    return {};
}

QTreeWidgetItem *CaseNavigator::sectionItem(CaseSection section) const
{
    return topLevelItem(int(section));
}

qint64 CaseNavigator::sectionCount(CaseSection section) const
{
    return m_counts.value(int(section), -1);
}

void CaseNavigator::updateLabel(CaseSection section)
{
    QTreeWidgetItem *item = sectionItem(section);
    item->setText(0, sectionName(section));
    const qint64 count = m_counts.value(int(section), -1);
    item->setText(1, count < 0 ? QString() : QLocale().toString(count));
}

void CaseNavigator::setSectionCount(CaseSection section, qint64 count)
{
    m_counts[int(section)] = count;
    updateLabel(section);
}

void CaseNavigator::setCounts(const CaseCounts &counts)
{
    // Filings and exhibits are counted by setSectionItems(), which lists them.
    setSectionCount(CaseSection::Posts, counts.posts);
    setSectionCount(CaseSection::Claims, counts.claims);
    setSectionCount(CaseSection::Chronology, counts.events);
    setSectionCount(CaseSection::Entities, counts.entities);
    setSectionCount(CaseSection::Tags, counts.tags);
    setSectionCount(CaseSection::Docket, counts.docketEntries);
}

void CaseNavigator::setSectionItems(CaseSection section, const QList<NavigatorItem> &items)
{
    QTreeWidgetItem *parent = sectionItem(section);
    // An edit (a title, a note) re-lists the same documents: update the rows in place so the
    // selection and the scroll position stay where the user left them.
    bool sameItems = parent->childCount() == items.size();
    for (qsizetype i = 0; sameItems && i < items.size(); ++i)
        sameItems = parent->child(int(i))->data(0, IdRole).toLongLong() == items[i].id;
    if (!sameItems) {
        const bool wasExpanded = parent->isExpanded() || parent->childCount() == 0;
        qDeleteAll(parent->takeChildren());
        for (qsizetype i = 0; i < items.size(); ++i) {
            auto *child = new QTreeWidgetItem(parent);
            child->setData(0, SectionRole, int(section));
            child->setData(0, IdRole, items[i].id);
        }
        parent->setExpanded(wasExpanded);
    }
    for (qsizetype i = 0; i < items.size(); ++i) {
        QTreeWidgetItem *child = parent->child(int(i));
        child->setText(0, items[i].title);
        child->setToolTip(0, items[i].toolTip.isEmpty() ? items[i].title : items[i].toolTip);
    }
    setSectionCount(section, items.size());
}

QList<qint64> CaseNavigator::selectedEntryIds(std::initializer_list<CaseSection> sections) const
{
    QList<qint64> ids;
    for (const CaseSection section : sections) {
        const QTreeWidgetItem *parent = sectionItem(section);
        for (int i = 0; i < parent->childCount(); ++i) {
            if (parent->child(i)->isSelected())
                ids.append(parent->child(i)->data(0, IdRole).toLongLong());
        }
    }
    return ids;
}

void CaseNavigator::clearCase()
{
    for (int i = 0; i < SectionCount; ++i) {
        qDeleteAll(sectionItem(CaseSection(i))->takeChildren());
        m_counts[i] = -1;
        updateLabel(CaseSection(i));
    }
}

} // namespace Casebinder::Views

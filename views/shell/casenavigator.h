#pragma once

#include "casestats.h"

#include <QTreeWidget>

namespace Casebinder::Views {

// The parts of a case the navigator lists, in display order.
enum class CaseSection {
    Overview,
    Filings,
    Exhibits,
    Docket,
    Posts,
    Claims,
    Chronology,
    Entities,
    Tags,
};

// A document (or other item) listed under a section of the navigator.
struct NavigatorItem
{
    qint64 id = 0;
    QString title;
    QString toolTip;
};

// The case navigator: one row per section with its count; sections that hold documents list
// them as children. Activating a row asks the window to show that part of the case.
class CaseNavigator final : public QTreeWidget
{
    Q_OBJECT

public:
    explicit CaseNavigator(QWidget *parent = nullptr);

    // Counts of the sections that do not list their items.
    void setCounts(const CaseCounts &counts);
    void setSectionCount(CaseSection section, qint64 count);
    void setSectionItems(CaseSection section, const QList<NavigatorItem> &items);
    void clearCase();

    QTreeWidgetItem *sectionItem(CaseSection section) const;
    // The ids of the selected entries of these sections, in the order they are listed.
    QList<qint64> selectedEntryIds(std::initializer_list<CaseSection> sections) const;
    qint64 sectionCount(CaseSection section) const;

signals:
    void sectionActivated(Casebinder::Views::CaseSection section);
    void entryActivated(Casebinder::Views::CaseSection section, qint64 id);
    void entrySelected(Casebinder::Views::CaseSection section, qint64 id);

private:
    void updateLabel(CaseSection section);
    static QString sectionName(CaseSection section);

    QList<qint64> m_counts;
};

} // namespace Casebinder::Views

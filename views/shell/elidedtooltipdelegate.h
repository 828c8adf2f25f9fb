#pragma once

#include <QStyledItemDelegate>

namespace Casebinder::Views {

// A cell too narrow for its text shows the whole text as its tooltip (above the model's own
// tooltip, if it has one), so eliding a title or a list of pin cites never hides it.
class ElidedToolTipDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    bool helpEvent(QHelpEvent *event,
                   QAbstractItemView *view,
                   const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

    // Whether `index`'s text is cut short in a cell laid out with `option`.
    bool isElided(const QStyleOptionViewItem &option, const QModelIndex &index) const;
};

} // namespace Casebinder::Views

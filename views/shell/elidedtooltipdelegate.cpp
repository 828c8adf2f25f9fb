#include "elidedtooltipdelegate.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QToolTip>

using namespace Qt::StringLiterals;

namespace Casebinder::Views {

bool ElidedToolTipDelegate::isElided(const QStyleOptionViewItem &option,
                                     const QModelIndex &index) const
{
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    if (item.text.isEmpty())
        return false;
    const QStyle *style = item.widget ? item.widget->style() : QApplication::style();
    const QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &item, item.widget);
    // The style keeps a margin on each side of the text (QCommonStyle: PM_FocusFrameHMargin + 1).
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, item.widget) + 1;
    const QFontMetrics metrics(item.font);
    const QString firstLine = item.text.section(u'\n', 0, 0);
    return metrics.horizontalAdvance(firstLine) > textRect.width() - 2 * margin
           || firstLine.size() != item.text.size();
}

bool ElidedToolTipDelegate::helpEvent(QHelpEvent *event,
                                      QAbstractItemView *view,
                                      const QStyleOptionViewItem &option,
                                      const QModelIndex &index)
{
    if (event && view && index.isValid() && event->type() == QEvent::ToolTip
        && isElided(option, index)) {
        const QString text = index.data(Qt::DisplayRole).toString();
        const QString own = index.data(Qt::ToolTipRole).toString();
        // Rich text, so that long text wraps instead of running off the screen.
        QString tip = u"<p>%1</p>"_s.arg(text.toHtmlEscaped().replace(u'\n', u"<br>"_s));
        if (!own.isEmpty() && own != text)
            tip += u"<p>%1</p>"_s.arg(own.toHtmlEscaped());
        QToolTip::showText(event->globalPos(), tip, view->viewport(), view->visualRect(index));
        return true;
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

} // namespace Casebinder::Views

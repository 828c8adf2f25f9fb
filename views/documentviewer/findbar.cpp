#include "findbar.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Casebinder::Views {

FindBar::FindBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"findBar"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(u"findEdit"_s);
    m_edit->setPlaceholderText(tr("Find in document"));
    m_edit->setClearButtonEnabled(true);
    m_edit->installEventFilter(this);
    connect(m_edit, &QLineEdit::returnPressed, this, [this] {
        if (m_edit->text() != m_searched)
            emit findRequested(m_edit->text());
        else
            emit nextRequested();
    });
    auto *previous = new QToolButton(this);
    previous->setText(tr("Previous"));
    previous->setIcon(QIcon::fromTheme(u"go-up"_s));
    previous->setToolTip(tr("Previous match (Shift+F3)"));
    connect(previous, &QToolButton::clicked, this, &FindBar::previousRequested);
    auto *next = new QToolButton(this);
    next->setText(tr("Next"));
    next->setIcon(QIcon::fromTheme(u"go-down"_s));
    next->setToolTip(tr("Next match (F3)"));
    connect(next, &QToolButton::clicked, this, &FindBar::nextRequested);
    m_result = new QLabel(this);
    m_result->setObjectName(u"findResult"_s);
    m_result->setMinimumWidth(fontMetrics().horizontalAdvance(tr("Searching…")) + 20);
    auto *close = new QToolButton(this);
    close->setText(tr("Close"));
    close->setIcon(QIcon::fromTheme(u"window-close"_s));
    close->setAutoRaise(true);
    connect(close, &QToolButton::clicked, this, &FindBar::closeRequested);
    layout->addWidget(m_edit, 1);
    layout->addWidget(previous);
    layout->addWidget(next);
    layout->addWidget(m_result);
    layout->addWidget(close);
}

QString FindBar::text() const
{
    return m_edit->text();
}

void FindBar::setText(const QString &text)
{
    if (m_edit->text() != text)
        m_edit->setText(text);
}

void FindBar::activate()
{
    show();
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
}

void FindBar::showResult(const QString &searched, int current, int count, bool searching)
{
    m_searched = searched;
    if (searched.isEmpty())
        m_result->clear();
    else if (count == 0)
        m_result->setText(searching ? tr("Searching…") : tr("No matches"));
    else
        m_result->setText(
            tr("%1 of %2%3").arg(current + 1).arg(count).arg(searching ? u"…"_s : QString()));
}

QString FindBar::resultText() const
{
    return m_result->text();
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_edit && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            emit closeRequested();
            return true;
        }
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && (key->modifiers() & Qt::ShiftModifier)) {
            emit previousRequested();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Casebinder::Views

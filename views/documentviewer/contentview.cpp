#include "contentview.h"

#include <QWidget>

namespace Casebinder::Views {

ContentView::ContentView(QWidget *parent)
    : QObject(parent)
{}

// The widget goes first: it may still hold pointers into what the subclass owns (a PDF's
// backend), which are QObject children deleted after this.
ContentView::~ContentView()
{
    delete m_widget;
}

void ContentView::setWidget(QWidget *widget)
{
    m_widget = widget;
}

void ContentView::clear()
{
    clearFind();
}

void ContentView::find(const QString &text)
{
    clearFind();
    m_findText = text;
    if (text.trimmed().isEmpty())
        return;
    m_finding = true;
    startFind(text);
}

void ContentView::clearFind()
{
    if (m_finding)
        stopFind();
    m_finding = false;
    m_findText.clear();
    m_matches.clear();
    m_currentMatch = -1;
    clearFindHighlights();
}

void ContentView::setCurrentMatch(int index)
{
    if (index < 0 || index >= m_matches.size())
        return;
    m_currentMatch = index;
    showMatch(m_matches[index]);
    emit matchesChanged();
}

void ContentView::addMatches(const QList<Match> &matches)
{
    m_matches += matches;
    emit matchesChanged();
}

void ContentView::finishFind()
{
    m_finding = false;
    if (m_currentMatch < 0 && !m_matches.isEmpty())
        setCurrentMatch(0);
    emit matchesChanged();
    emit findFinished(m_findText, int(m_matches.size()));
}

} // namespace Casebinder::Views

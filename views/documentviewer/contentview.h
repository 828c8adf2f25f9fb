#pragma once

#include "result.h"
#include "viewercontent.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QRectF>
#include <QString>

class QWidget;

namespace Casebinder::Views {

// How the document viewer shows one kind of content (docs/decisions/0014-content-views.md).
// The viewer keeps the toolbar, the find bar and the pin cite being shown; a content view
// owns its widget and does what only it knows how to do: paging, zoom, finding the matches of
// a search, locating a quote, and reporting the user's selection.
class ContentView : public QObject
{
    Q_OBJECT

public:
    // A match of find in document.
    struct Match
    {
        int page = 0;
        QRectF rect;    // PDFs: in points of the page
        int offset = 0; // text: the character range in the text
        int length = 0;
    };
    enum class Fit { None, Width, Page };

    ~ContentView() override;

    virtual ViewerContent::Kind kind() const = 0;
    // The widget the viewer shows while this view is current; owned by the view.
    QWidget *widget() const { return m_widget; }

    // Starts showing `content` (which the view keeps what it needs of); answers with shown()
    // or failed().
    virtual void show(const ViewerContent &content) = 0;
    // Forgets the content, the matches and the selection.
    virtual void clear();

    virtual int pageCount() const = 0;
    virtual int currentPage() const = 0;
    virtual void goToPage(int page) = 0;

    virtual qreal zoom() const = 0;
    // Emits zoomChanged() when the zoom applies.
    virtual void setZoom(qreal zoom) = 0;
    // Fitting the page to the view, for the content that has pages to fit.
    virtual Fit fit() const { return Fit::None; }
    virtual void setFit(Fit) {}

    // Find in document: the matches may arrive in several batches (matchesChanged()) before
    // findFinished(). A blank `text` only clears.
    void find(const QString &text);
    // Stops finding and removes the matches and their highlights.
    void clearFind();
    const QList<Match> &matches() const { return m_matches; }
    bool isFinding() const { return m_finding; }
    // The match shown as current (-1: none); setting one scrolls to it.
    int currentMatch() const { return m_currentMatch; }
    void setCurrentMatch(int index);

    // Shows pages pageFrom..pageTo with `quote` highlighted where it is found; answers with
    // quoteLocated().
    virtual void locateQuote(int pageFrom, int pageTo, const QString &quote) = 0;

signals:
    void shown();
    void failed(const Casebinder::Error &error);
    void currentPageChanged(int page);
    void zoomChanged(qreal zoom);
    // Matches were added, or another became current.
    void matchesChanged();
    void findFinished(const QString &text, int matches);
    // After locateQuote(): the page now shown, and whether the whole quote was found there.
    void quoteLocated(int page, bool found);
    // The user selected text (empty: nothing) on pages firstPage..lastPage.
    void selectionChanged(const QString &text, int firstPage, int lastPage);
    // The user started to drag the selection out.
    void selectionDragStarted();
    void contextMenuRequested(const QPoint &globalPosition);

protected:
    // The view's widget is made a child of `parent` at once, so that it is laid out as part
    // of the viewer from the start; the view itself is a QObject child of it too.
    explicit ContentView(QWidget *parent);
    // Called once, by the subclass's constructor.
    void setWidget(QWidget *widget);

    // Starts finding `text` (not blank); the view answers through addMatches() and
    // finishFind().
    virtual void startFind(const QString &text) = 0;
    virtual void stopFind() {}
    virtual void showMatch(const Match &match) = 0;
    virtual void clearFindHighlights() = 0;
    void addMatches(const QList<Match> &matches);
    // The search is complete: the first match becomes current unless one already is.
    void finishFind();
    const QString &findText() const { return m_findText; }

private:
    QPointer<QWidget> m_widget;
    QString m_findText;
    QList<Match> m_matches;
    int m_currentMatch = -1;
    bool m_finding = false;
};

} // namespace Casebinder::Views

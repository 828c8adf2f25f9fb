#pragma once

#include "result.h"
#include "textflowselection.h"

#include <QByteArray>
#include <QHash>
#include <QImage>
#include <QList>
#include <QObject>
#include <QRectF>
#include <QSizeF>

#include <atomic>
#include <functional>
#include <memory>

namespace Poppler {
class Document;
}

namespace Casebinder::Views {

class PdfWorkers;

// What OCR read on a page that has no text layer: its words in reading order (boxes in points
// of the page as the PDF draws it) and the clockwise turn, 0/90/180/270, that shows it upright.
struct RecognisedPage
{
    int rotation = 0;
    PageWords words;
    QString text;
};
using RecognisedPages = QHash<int, RecognisedPage>; // by page number (1-based)

// One place where a search term was found: a page (1-based) and rectangles in points.
struct PdfHit
{
    int page = 0;
    QList<QRectF> rects;
};

// All Poppler work for one open PDF, off the GUI thread. Each worker thread loads its own
// Poppler::Document from the same bytes, because one document must never be used by two
// threads at once. Results come back as signals on the GUI thread; requests that were
// superseded (scrolled away, zoomed, a new search) are dropped or aborted mid-render.
class PdfBackend final : public QObject
{
    Q_OBJECT

public:
    explicit PdfBackend(int threadCount = 2, QObject *parent = nullptr);
    ~PdfBackend() override;

    // Loads `pdf`; answers with opened() or openFailed(). Drops all work for the previous one.
    // Pages in `recognised` are shown turned upright (their sizes, renders, words and hits in
    // points of the upright page), and where Poppler finds no text on them, their OCR words
    // stand in for it: search, words (selection) and quotes find what OCR read.
    void open(const QByteArray &pdf, RecognisedPages recognised = {});
    // The page's OCR, if it has one (as given to open()).
    const RecognisedPage *recognised(int page) const;
    void close();
    // Counts documents: results of an earlier open() carry an older generation and are stale.
    quint64 generation() const { return m_generation; }

    // Renders `page` (1-based) at `dpi` for `channel` (each view that shows pages uses its
    // own, so that one view's cancellations never drop another's requests); `priority` orders
    // the queue (higher first). Asking again for a queued render only raises its priority.
    void requestPage(int channel, int page, double dpi, int priority);
    // Cancels the channel's queued and running renders for which `keep(page, dpi)` is false.
    void retainRenders(int channel, const std::function<bool(int page, double dpi)> &keep);
    int pendingRenders() const { return int(m_renders.size()); }

    // Finds `text` on pages firstPage..lastPage (case- and diacritics-insensitive, across line
    // breaks), replacing any earlier search. Hits arrive in batches with searchHits(), page
    // order, then searchFinished().
    void search(const QString &text, int firstPage = 1, int lastPage = -1);
    void cancelSearch();

    // The words of `page` in Poppler's reading order, with their boxes, line ends and margin
    // line numbers marked. Answers with wordsReady(page, words).
    void requestWords(int page);

    // Finds the words of `quote` on pages firstPage..lastPage, ignoring case, punctuation,
    // line breaks and hyphenation at line ends, so that a quote copied from the page (or typed
    // from it) is found even when it spans several lines or pages. Answers with quoteLocated():
    // the rectangles of the matched words, merged per line; `complete` is false when only the
    // longest matching run of words was found.
    quint64 locateQuote(int firstPage, int lastPage, const QString &quote);

signals:
    void opened(const QList<QSizeF> &pageSizes);
    void openFailed(const Casebinder::Error &error);
    void pageRendered(int channel, int page, double dpi, const QImage &image);
    void searchHits(const QString &text, const QList<Casebinder::Views::PdfHit> &hits);
    void searchFinished(const QString &text);
    void wordsReady(int page, const Casebinder::Views::PageWords &words);
    void quoteLocated(quint64 requestId,
                      const QList<Casebinder::Views::PdfHit> &hits,
                      bool complete);

private:
    using Token = std::shared_ptr<std::atomic_bool>;
    struct RenderKey
    {
        int channel = 0;
        int page = 0;
        int centiDpi = 0;
        friend bool operator==(const RenderKey &, const RenderKey &) = default;
        friend size_t qHash(const RenderKey &key, size_t seed = 0)
        {
            return qHashMulti(seed, key.channel, key.page, key.centiDpi);
        }
    };
    static RenderKey renderKey(int channel, int page, double dpi);

    std::unique_ptr<PdfWorkers> m_workers;
    quint64 m_generation = 0;
    quint64 m_nextRequest = 0;
    QHash<RenderKey, Token> m_renders; // queued or running
    Token m_search;
    std::shared_ptr<const RecognisedPages> m_recognised = std::make_shared<const RecognisedPages>();
};

} // namespace Casebinder::Views

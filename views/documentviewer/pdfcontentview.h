#pragma once

#include "contentview.h"

class QPlainTextEdit;

namespace Casebinder::Views {

class PageView;
class PdfBackend;
class ThumbnailBar;
struct PdfHit;

// A PDF page by page: rendered off the GUI thread by a PdfBackend, with page thumbnails, fit
// modes, find on the backend's threads and text selection along the flow.
class PdfContentView final : public ContentView
{
    Q_OBJECT

public:
    explicit PdfContentView(QWidget *parent = nullptr);
    ~PdfContentView() override;

    ViewerContent::Kind kind() const override { return ViewerContent::Kind::Pdf; }
    void show(const ViewerContent &content) override;
    void clear() override;

    int pageCount() const override;
    int currentPage() const override;
    void goToPage(int page) override;

    qreal zoom() const override;
    void setZoom(qreal zoom) override;
    Fit fit() const override;
    void setFit(Fit fit) override;

    void locateQuote(int pageFrom, int pageTo, const QString &quote) override;

    // The thumbnails column beside the pages (on by default).
    void setThumbnailsVisible(bool visible);

    // Where the text OCR read on scanned pages is shown: not at all (the default), in a
    // column beside the pages (the current page's), or over the page image, word by word.
    enum class RecognisedText { Hidden, Beside, Over };
    void setRecognisedText(RecognisedText mode);
    RecognisedText recognisedText() const { return m_recognisedMode; }
    // Whether the document has pages OCR read.
    bool hasRecognisedText() const { return m_hasRecognised; }
    QPlainTextEdit *recognisedTextPanel() const { return m_recognisedPanel; }

    PageView *pageView() const { return m_pageView; }
    PdfBackend *backend() const { return m_backend; }

protected:
    void startFind(const QString &text) override;
    void stopFind() override;
    void showMatch(const Match &match) override;
    void clearFindHighlights() override;

private:
    void onOpened(const QList<QSizeF> &sizes);
    void onSearchHits(const QString &text, const QList<PdfHit> &hits);
    void onQuoteLocated(const QList<PdfHit> &hits, bool complete);
    void updateRecognisedPanel();

    PdfBackend *m_backend;
    PageView *m_pageView = nullptr;
    ThumbnailBar *m_thumbnails = nullptr;
    bool m_thumbnailsWanted = true;
    QPlainTextEdit *m_recognisedPanel = nullptr;
    RecognisedText m_recognisedMode = RecognisedText::Hidden;
    bool m_hasRecognised = false;
    // The pin cite whose quote the backend is looking for (0: none).
    int m_quotePage = 0;
};

} // namespace Casebinder::Views

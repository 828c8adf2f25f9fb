#pragma once

#include "evidencemime.h"
#include "result.h"
#include "viewercontent.h"

#include <QPointer>
#include <QWidget>

#include <array>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QSpinBox;
class QStackedWidget;
class QToolBar;

namespace Casebinder {
class CaseDocument;
}

namespace Casebinder::Views {

class ContentView;
class FindBar;
class ImageContentView;
class PageView;
class PdfBackend;
class PdfContentView;
class TextContentView;

// Reads one document of the case: PDFs page by page (rendered off the GUI thread) with
// thumbnails, zoom, find and text selection; text exhibits and e-mails as their stored text;
// images as images. A selection can be dragged out as evidence or offered for linking.
// Each kind of content is a ContentView (docs/decisions/0014-content-views.md); the viewer
// holds the toolbar, the find bar, the pin cite being shown and the selection as evidence.
class DocumentViewer final : public QWidget
{
    Q_OBJECT

public:
    explicit DocumentViewer(QWidget *parent = nullptr);
    ~DocumentViewer() override;

    // The case openDocument() and showPinCite() read from (on a worker thread, through a
    // connection of their own).
    void setCaseDocument(Casebinder::CaseDocument *caseDocument);

    // Loads document `documentId` of the case; answers with documentShown() or loadFailed().
    void openDocument(qint64 documentId);
    // Shows content that is already in memory (used by openDocument(), and by tests).
    void showContent(ViewerContent content);
    // Shows pages pageFrom..pageTo of the document (opening it if needed), scrolled to the
    // first page, with `quote` highlighted where it is found. Answers with pinCiteShown().
    void showPinCite(qint64 documentId, int pageFrom, int pageTo, const QString &quote);
    void clear();

    qint64 documentId() const { return m_content.documentId; }
    QString title() const { return m_content.title; }
    ViewerContent::Kind contentKind() const { return m_content.kind(); }
    bool isLoading() const;
    int pageCount() const;
    int currentPage() const;
    qreal zoom() const;

    // Find in document: the matches of the last search (one per highlighted area) and the
    // one that is current (0-based; -1 when none).
    int matchCount() const;
    int currentMatch() const;
    int currentMatchPage() const;

    QString selectedText() const { return m_selectedText; }
    // The selection as evidence: this document, the selection's pages and its text.
    std::optional<EvidenceRef> selectionEvidence() const;

    // The view showing the document (null while there is only a message: none open,
    // loading, or it cannot be shown).
    ContentView *contentView() const { return m_view; }
    PdfContentView *pdfView() const { return m_pdf; }
    TextContentView *textView() const { return m_text; }
    ImageContentView *imageView() const { return m_image; }
    FindBar *findBar() const { return m_findBar; }
    // "No text: needs OCR" with Recognise Text, over a document whose pages have no text.
    QWidget *ocrBanner() const { return m_ocrBanner; }
    int pagesWithoutText() const;
    PageView *pageView() const;
    PdfBackend *backend() const;

public slots:
    void goToPage(int page);
    void setZoom(qreal zoom);
    void zoomIn();
    void zoomOut();
    void fitWidth();
    void fitPage();
    void showFindBar();
    void find(const QString &text);
    void findNext();
    void findPrevious();
    void closeFindBar();

signals:
    void documentShown(qint64 documentId);
    void loadFailed(qint64 documentId, const Casebinder::Error &error);
    void currentPageChanged(int page);
    void zoomChanged(qreal zoom);
    void selectionChanged(const QString &text);
    // The user asked to link the selection to a claim (context menu); the shell asks which.
    void linkSelectionRequested(const Casebinder::Views::EvidenceRef &evidence);
    void findFinished(const QString &text, int matches);
    // After showPinCite(): the page now shown and whether the quote was found there.
    void pinCiteShown(int page, bool quoteFound);
    // The OCR banner's Recognise Text.
    void recognitionRequested(qint64 documentId);

private:
    struct PinCite
    {
        qint64 documentId = 0;
        int pageFrom = 0;
        int pageTo = 0;
        QString quote;
        bool retried = false;
    };

    void createToolBar();
    void createFindBar();
    QWidget *createOcrBanner();
    void updateOcrBanner();
    std::array<ContentView *, 3> views() const;
    void addView(ContentView *view);
    // Shows `view` (or the message when null) in place of what was shown.
    void setCurrentView(ContentView *view);
    void onShown(ContentView *view);
    void onViewFailed(ContentView *view, const Casebinder::Error &error);
    void onLoaded();
    void onLoadFailed(const Casebinder::Error &error);
    void dropLoader();
    void updatePageControls();
    void updateZoomControls();
    void updateMatchLabel();
    void applyPinCite();
    void finishPinCite(int page, bool found);
    void startSelectionDrag();
    void showContextMenu(const QPoint &globalPosition);
    void setSelectedText(const QString &text, int page, int lastPage);

    QPointer<Casebinder::CaseDocument> m_caseDocument;
    ViewerContent m_content;
    bool m_contentReady = false;
    ViewerContentJob *m_loader = nullptr; // the load whose document will be shown
    qint64 m_loadingId = 0;
    std::optional<PinCite> m_pinCite;

    QToolBar *m_toolBar = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_message = nullptr;
    PdfContentView *m_pdf = nullptr;
    TextContentView *m_text = nullptr;
    ImageContentView *m_image = nullptr;
    ContentView *m_view = nullptr; // the one shown, or null for the message

    QSpinBox *m_pageSpin = nullptr;
    QLabel *m_pageTotal = nullptr;
    QComboBox *m_zoomBox = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_recognisedAction = nullptr; // the Recognised Text button, for scanned PDFs

    FindBar *m_findBar = nullptr;
    QWidget *m_ocrBanner = nullptr;
    QLabel *m_ocrLabel = nullptr;
    QString m_searchText; // what the find bar last asked for

    QString m_selectedText;
    int m_selectedPage = 0;
    int m_selectedLastPage = 0;
};

} // namespace Casebinder::Views

#pragma once

#include "evidencemime.h"
#include "result.h"
#include "viewercontent.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QWidget>

#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QScrollArea;
class QSpinBox;
class QStackedWidget;
class QToolBar;

namespace Casebinder {
class CaseDocument;
}

namespace Casebinder::Views {

class PageView;
class PdfBackend;
class ThumbnailBar;
struct PdfHit;

// Reads one document of the case: PDFs page by page (rendered off the GUI thread) with
// thumbnails, zoom, find and text selection; text exhibits and e-mails as their stored text;
// images as images. A selection can be dragged out as evidence or offered for linking.
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
    int matchCount() const { return int(m_matches.size()); }
    int currentMatch() const { return m_currentMatch; }
    int currentMatchPage() const;

    QString selectedText() const { return m_selectedText; }
    // The selection as evidence: this document, the selection's pages and its text.
    std::optional<EvidenceRef> selectionEvidence() const;

    PageView *pageView() const { return m_pageView; }
    PdfBackend *backend() const { return m_backend; }

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

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct PinCite
    {
        qint64 documentId = 0;
        int pageFrom = 0;
        int pageTo = 0;
        QString quote;
        bool retried = false;
    };
    struct Match
    {
        int page = 0;
        QRectF rect;    // PDFs: points
        int offset = 0; // text: character range in the text view
        int length = 0;
    };

    void createToolBar();
    void createFindBar();
    void onLoaded();
    void onLoadFailed(const Casebinder::Error &error);
    void dropLoader();
    void onPdfOpened(const QList<QSizeF> &sizes);
    void onOpenFailed(const Casebinder::Error &error);
    void showImage();
    void showText();
    void updatePageControls();
    void updateZoomControls();
    void onSearchHits(const QString &text, const QList<PdfHit> &hits);
    void onSearchFinished(const QString &text);
    void setCurrentMatch(int index);
    void updateMatchLabel();
    void findInText(const QString &text);
    void applyPinCite();
    void finishPinCite(int page, bool found);
    void onPdfSelectionChanged();
    void onTextSelectionChanged();
    void startSelectionDrag();
    void showContextMenu(QWidget *widget, const QPoint &pos);
    void setSelectedText(const QString &text, int page, int lastPage);

    QPointer<Casebinder::CaseDocument> m_caseDocument;
    ViewerContent m_content;
    bool m_contentReady = false;
    ViewerContentJob *m_loader = nullptr; // the load whose document will be shown
    qint64 m_loadingId = 0;
    std::optional<PinCite> m_pinCite;

    PdfBackend *m_backend;
    QToolBar *m_toolBar = nullptr;
    QStackedWidget *m_stack = nullptr;
    PageView *m_pageView = nullptr;
    ThumbnailBar *m_thumbnails = nullptr;
    QPlainTextEdit *m_textView = nullptr;
    QScrollArea *m_imageArea = nullptr;
    QLabel *m_imageLabel = nullptr;
    QLabel *m_message = nullptr;
    QImage m_image;
    QFutureWatcher<QImage> m_imageLoader;
    QList<int> m_textPageOffsets;

    QSpinBox *m_pageSpin = nullptr;
    QLabel *m_pageTotal = nullptr;
    QComboBox *m_zoomBox = nullptr;
    QAction *m_thumbnailsAction = nullptr;
    QAction *m_findAction = nullptr;

    QWidget *m_findBar = nullptr;
    QLineEdit *m_findEdit = nullptr;
    QLabel *m_findStatus = nullptr;
    QString m_searchText;
    bool m_searching = false;
    bool m_searchIsPinCite = false;
    QList<Match> m_matches;
    int m_currentMatch = -1;

    QString m_selectedText;
    int m_selectedPage = 0;
    int m_selectedLastPage = 0;
};

} // namespace Casebinder::Views

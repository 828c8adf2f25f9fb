#pragma once

#include "contentview.h"

#include <QFutureWatcher>
#include <QImage>

class QLabel;
class QScrollArea;

namespace Casebinder::Views {

// An image exhibit, decoded off the GUI thread and shown whole at first (scaled down to the
// view's width when larger); the zoom scales it from there. One page, nothing to find.
class ImageContentView final : public ContentView
{
    Q_OBJECT

public:
    explicit ImageContentView(QWidget *parent = nullptr);
    ~ImageContentView() override;

    ViewerContent::Kind kind() const override { return ViewerContent::Kind::Image; }
    void show(const ViewerContent &content) override;
    void clear() override;

    int pageCount() const override { return 1; }
    int currentPage() const override { return 1; }
    void goToPage(int) override {}

    qreal zoom() const override;
    void setZoom(qreal zoom) override;

    // An image has no text: the view stays where it is and the quote is not found.
    void locateQuote(int pageFrom, int pageTo, const QString &quote) override;

    QImage image() const { return m_image; }

protected:
    void startFind(const QString &text) override;
    void showMatch(const Match &) override {}
    void clearFindHighlights() override {}

private:
    void onDecoded();

    QScrollArea *m_area = nullptr;
    QLabel *m_label = nullptr;
    QString m_title;
    QImage m_image;
    QFutureWatcher<QImage> m_decoder;
};

} // namespace Casebinder::Views

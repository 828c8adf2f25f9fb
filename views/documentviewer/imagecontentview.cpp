#include "imagecontentview.h"

#include "pageview.h"

#include <QLabel>
#include <QScrollArea>
#include <QtConcurrent/QtConcurrentRun>

namespace Casebinder::Views {

ImageContentView::ImageContentView(QWidget *parent)
    : ContentView(parent)
{
    m_area = new QScrollArea(parent);
    m_area->setAlignment(Qt::AlignCenter);
    m_area->setBackgroundRole(QPalette::Dark);
    m_label = new QLabel(m_area);
    m_area->setWidget(m_label);
    setWidget(m_area);
    connect(&m_decoder, &QFutureWatcherBase::finished, this, &ImageContentView::onDecoded);
}

ImageContentView::~ImageContentView()
{
    m_decoder.waitForFinished();
}

void ImageContentView::show(const ViewerContent &content)
{
    m_title = content.title;
    // Decoding needs no case and no connection: a plain task, not a Job.
    m_decoder.setFuture(
        QtConcurrent::run([bytes = content.original] { return QImage::fromData(bytes); }));
}

void ImageContentView::clear()
{
    ContentView::clear();
    // A decode still running is not shown: a cancelled future's finished() reads nothing.
    m_decoder.cancel();
    m_image = {};
    m_label->clear();
}

void ImageContentView::onDecoded()
{
    if (m_decoder.isCanceled() || m_decoder.future().resultCount() == 0)
        return;
    m_image = m_decoder.result();
    if (m_image.isNull()) {
        emit failed(Error{Error::Code::Unsupported,
                          tr("The image “%1” could not be decoded.").arg(m_title)});
        return;
    }
    emit shown();
    // Show a large image whole at first; the zoom box scales it from there. Measured once the
    // viewer shows the view: a hidden scroll area has not been laid out to its size yet.
    const QSize room = m_area->viewport()->size() - QSize(16, 16);
    double zoom = 1.0;
    if (m_image.width() > room.width() && room.width() > 0)
        zoom = std::max(0.1, double(room.width()) / m_image.width());
    setZoom(zoom);
}

qreal ImageContentView::zoom() const
{
    if (m_image.isNull() || m_label->pixmap().width() <= 0)
        return 1.0;
    return qreal(m_label->pixmap().width()) / m_image.width();
}

void ImageContentView::setZoom(qreal zoom)
{
    if (m_image.isNull())
        return;
    zoom = std::clamp(zoom, 0.05, PageView::MaximumZoom);
    const QSize size = (QSizeF(m_image.size()) * zoom).toSize().expandedTo(QSize(1, 1));
    m_label->setPixmap(
        QPixmap::fromImage(m_image.scaled(size, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    m_label->resize(size);
    emit zoomChanged(zoom);
}

void ImageContentView::locateQuote(int, int, const QString &)
{
    emit quoteLocated(1, false);
}

void ImageContentView::startFind(const QString &)
{
    finishFind();
}

} // namespace Casebinder::Views

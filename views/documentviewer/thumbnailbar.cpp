#include "thumbnailbar.h"

#include "pdfbackend.h"

#include <QAbstractListModel>
#include <QCache>
#include <QIcon>
#include <QPainter>
#include <QPixmap>

#include <cmath>

namespace Casebinder::Views {

namespace {
constexpr int Channel = 2;
constexpr int ThumbnailPriority = 10;
constexpr qint64 CacheBytes = 32LL * 1024 * 1024;
constexpr int MaximumHeight = ThumbnailBar::ThumbnailWidth * 3 / 2;
} // namespace

class ThumbnailModel final : public QAbstractListModel
{
public:
    ThumbnailModel(PdfBackend *backend, qreal devicePixelRatio, QObject *parent)
        : QAbstractListModel(parent)
        , m_backend(backend)
        , m_devicePixelRatio(devicePixelRatio)
        , m_cache(CacheBytes)
    {
        connect(backend, &PdfBackend::pageRendered, this, &ThumbnailModel::onRendered);
    }

    void setPageSizes(const QList<QSizeF> &sizes)
    {
        beginResetModel();
        m_sizes = sizes;
        m_cache.clear();
        endResetModel();
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_sizes.size());
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid))
            return {};
        const int page = index.row() + 1;
        switch (role) {
        case Qt::DisplayRole:
            return QString::number(page);
        case Qt::DecorationRole: {
            const QPixmap *cached = m_cache.object(page);
            if (!cached)
                m_backend->requestPage(Channel, page, dpi(page), ThumbnailPriority);
            // The same pixmap when selected: the style would otherwise tint the page blue.
            const QPixmap pixmap = cached ? *cached : placeholder(page);
            QIcon icon;
            icon.addPixmap(pixmap, QIcon::Normal);
            icon.addPixmap(pixmap, QIcon::Selected);
            return icon;
        }
        case Qt::ToolTipRole:
            return ThumbnailBar::tr("Page %1").arg(page);
        case Qt::TextAlignmentRole:
            return int(Qt::AlignHCenter | Qt::AlignTop);
        default:
            return {};
        }
    }

private:
    QSize thumbnailSize(int page) const
    {
        const QSizeF size = m_sizes[page - 1];
        const int height = int(
            std::round(ThumbnailBar::ThumbnailWidth * size.height() / std::max(1.0, size.width())));
        return {ThumbnailBar::ThumbnailWidth, std::min(height, MaximumHeight)};
    }

    double dpi(int page) const
    {
        const QSizeF size = m_sizes[page - 1];
        const double fitWidth = ThumbnailBar::ThumbnailWidth * 72.0 / std::max(1.0, size.width());
        const double fitHeight = MaximumHeight * 72.0 / std::max(1.0, size.height());
        return std::round(std::min(fitWidth, fitHeight) * m_devicePixelRatio * 100.0) / 100.0;
    }

    QPixmap placeholder(int page) const
    {
        QPixmap pixmap(thumbnailSize(page));
        pixmap.fill(Qt::white);
        QPainter painter(&pixmap);
        painter.setPen(QColor(0xc0, 0xc4, 0xca));
        painter.drawRect(pixmap.rect().adjusted(0, 0, -1, -1));
        return pixmap;
    }

    void onRendered(int channel, int page, double renderedDpi, const QImage &image)
    {
        if (channel != Channel || page < 1 || page > rowCount()
            || qRound(renderedDpi * 100) != qRound(dpi(page) * 100))
            return;
        QPixmap pixmap = QPixmap::fromImage(image);
        {
            QPainter painter(&pixmap);
            painter.setPen(QColor(0xa0, 0xa4, 0xaa));
            painter.drawRect(pixmap.rect().adjusted(0, 0, -1, -1));
        }
        pixmap.setDevicePixelRatio(m_devicePixelRatio);
        m_cache.insert(page, new QPixmap(std::move(pixmap)), image.sizeInBytes());
        const QModelIndex changed = index(page - 1);
        emit dataChanged(changed, changed, {Qt::DecorationRole});
    }

    PdfBackend *m_backend;
    qreal m_devicePixelRatio;
    QList<QSizeF> m_sizes;
    mutable QCache<int, QPixmap> m_cache;
};

ThumbnailBar::ThumbnailBar(PdfBackend *backend, QWidget *parent)
    : QListView(parent)
    , m_model(new ThumbnailModel(backend, devicePixelRatioF(), this))
{
    setModel(m_model);
    setViewMode(QListView::IconMode);
    setFlow(QListView::TopToBottom);
    setWrapping(false);
    setMovement(QListView::Static);
    setResizeMode(QListView::Adjust);
    // Uniform sizes: the view then asks only the visible items for their (lazily rendered)
    // thumbnail instead of measuring every page up front.
    setUniformItemSizes(true);
    setSpacing(6);
    setIconSize(QSize(ThumbnailWidth, MaximumHeight));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setFixedWidth(ThumbnailWidth + 2 * 6 + 2 * frameWidth() + 22);
    connect(selectionModel(),
            &QItemSelectionModel::currentChanged,
            this,
            [this](const QModelIndex &current) {
                if (!m_settingPage && current.isValid())
                    emit pageActivated(current.row() + 1);
            });
}

void ThumbnailBar::setPageSizes(const QList<QSizeF> &sizes)
{
    m_model->setPageSizes(sizes);
}

void ThumbnailBar::setCurrentPage(int page)
{
    const QModelIndex index = m_model->index(page - 1);
    if (!index.isValid() || index == currentIndex())
        return;
    m_settingPage = true;
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    scrollTo(index);
    m_settingPage = false;
}

} // namespace Casebinder::Views

#pragma once

#include <QListView>

namespace Casebinder::Views {

class PdfBackend;
class ThumbnailModel;

// A column of page thumbnails. Thumbnails are rendered on demand, only for the items the
// list actually paints, at low priority so they never hold up the page the user reads.
class ThumbnailBar final : public QListView
{
    Q_OBJECT

public:
    static constexpr int ThumbnailWidth = 112;

    explicit ThumbnailBar(PdfBackend *backend, QWidget *parent = nullptr);

    void setPageSizes(const QList<QSizeF> &sizes);
    // Marks `page` (1-based) as current without emitting pageActivated().
    void setCurrentPage(int page);

signals:
    void pageActivated(int page);

private:
    ThumbnailModel *m_model;
    bool m_settingPage = false;
};

} // namespace Casebinder::Views

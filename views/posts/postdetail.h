#pragma once

#include "poststore.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QTextBrowser;

namespace Casebinder::Views {

// One flagged post, read-only: who posted it where and when, its text, how it was flagged,
// and any source columns that had no field of their own.
class PostDetail final : public QWidget
{
    Q_OBJECT

public:
    explicit PostDetail(QWidget *parent = nullptr);

    void setPost(const PostRecord &post);
    void clear();
    qint64 postId() const { return m_postId; }
    QString text() const;

private:
    QLabel *m_author;
    QLabel *m_meta;
    QTextBrowser *m_text;
    QFormLayout *m_fields;
    qint64 m_postId = 0;
};

} // namespace Casebinder::Views

#include "postdetail.h"

#include <QDateTime>
#include <QFormLayout>
#include <QJsonValue>
#include <QLabel>
#include <QLocale>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Casebinder::Views {

namespace {

QString statusText(PostStatus status)
{
    switch (status) {
    case PostStatus::Removed:
        return PostDetail::tr("Removed");
    case PostStatus::Up:
        return PostDetail::tr("Still up");
    case PostStatus::Unknown:
        break;
    }
    return PostDetail::tr("Unknown");
}

QString displayTime(const QString &iso)
{
    const QDateTime time = QDateTime::fromString(iso, Qt::ISODate);
    if (!time.isValid())
        return iso;
    return QLocale().toString(time.toUTC(), u"d MMM yyyy HH:mm 'UTC'"_s);
}

} // namespace

PostDetail::PostDetail(QWidget *parent)
    : QWidget(parent)
    , m_author(new QLabel(this))
    , m_meta(new QLabel(this))
    , m_text(new QTextBrowser(this))
    , m_fields(new QFormLayout)
{
    QFont bold = m_author->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_author->setFont(bold);
    m_author->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Everything shown here comes from an imported file: never interpret it as rich text.
    m_author->setTextFormat(Qt::PlainText);
    m_meta->setTextFormat(Qt::PlainText);
    m_meta->setForegroundRole(QPalette::PlaceholderText);
    m_meta->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setOpenLinks(false);
    m_text->setFrameShape(QFrame::NoFrame);
    m_text->setMinimumHeight(80);
    QFont textFont = m_text->font();
    textFont.setPointSizeF(textFont.pointSizeF() * 1.1);
    m_text->setFont(textFont);
    m_fields->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_fields->setLabelAlignment(Qt::AlignRight);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_author);
    layout->addWidget(m_meta);
    layout->addWidget(m_text, 1);
    layout->addLayout(m_fields);
    clear();
}

void PostDetail::clear()
{
    m_postId = 0;
    m_author->setText(tr("No post selected"));
    m_meta->clear();
    m_text->clear();
    while (m_fields->rowCount() > 0)
        m_fields->removeRow(0);
}

QString PostDetail::text() const
{
    return m_text->toPlainText();
}

void PostDetail::setPost(const PostRecord &post)
{
    clear();
    m_postId = post.id;
    const QString handle = post.authorHandle.isEmpty() ? QString() : u"@"_s + post.authorHandle;
    m_author->setText(
        post.authorName.isEmpty()
            ? (handle.isEmpty() ? tr("Unknown author") : handle)
            : (handle.isEmpty() ? post.authorName : post.authorName + u"  "_s + handle));
    QStringList meta;
    if (!post.platform.isEmpty())
        meta.append(post.platform);
    if (!post.postedAt.isEmpty())
        meta.append(displayTime(post.postedAt));
    meta.append(tr("post %1").arg(post.id));
    m_meta->setText(meta.join(u"  ·  "_s));
    m_text->setPlainText(post.text);

    const auto addRow = [this](const QString &label, const QString &value) {
        if (value.isEmpty())
            return;
        auto *field = new QLabel(value);
        field->setTextFormat(Qt::PlainText);
        field->setWordWrap(true);
        field->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_fields->addRow(label, field);
    };
    addRow(tr("Flag category:"), post.flagCategory);
    addRow(tr("Flagged by:"), post.flaggedBy);
    addRow(tr("Reported on:"), post.reportedOn);
    addRow(tr("Status:"), statusText(post.status));
    addRow(tr("External id:"), post.externalId);
    if (const QUrl url(post.url);
        url.isValid() && (url.scheme() == u"https" || url.scheme() == u"http")) {
        // Only web links are clickable, and only on an explicit click; a file:// or custom
        // scheme from an imported post is shown as text.
        auto *link = new QLabel(u"<a href=\"%1\">%2</a>"_s.arg(
            url.toString(QUrl::FullyEncoded).toHtmlEscaped(), post.url.toHtmlEscaped()));
        link->setTextFormat(Qt::RichText);
        link->setOpenExternalLinks(true);
        link->setWordWrap(true);
        m_fields->addRow(tr("URL:"), link);
    } else {
        addRow(tr("URL:"), post.url);
    }
    for (auto it = post.extra.constBegin(); it != post.extra.constEnd(); ++it) {
        const QJsonValue value = it.value();
        addRow(it.key() + u':', value.isString() ? value.toString() : value.toVariant().toString());
    }
    addRow(tr("Notes:"), post.notes);
}

} // namespace Casebinder::Views

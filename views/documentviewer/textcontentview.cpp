#include "textcontentview.h"

#include "pageview.h"

#include <QFontDatabase>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTextBlock>

using namespace Qt::StringLiterals;

namespace Casebinder::Views {
namespace {

// A drag of selected text carries it as evidence too.
class EvidenceTextEdit final : public QPlainTextEdit
{
public:
    EvidenceTextEdit(TextContentView::EvidenceProvider provider, QWidget *parent)
        : QPlainTextEdit(parent)
        , m_provider(std::move(provider))
    {}

protected:
    QMimeData *createMimeDataFromSelection() const override
    {
        QMimeData *mime = QPlainTextEdit::createMimeDataFromSelection();
        if (const auto evidence = m_provider())
            writeEvidence(*mime, *evidence);
        return mime;
    }

private:
    TextContentView::EvidenceProvider m_provider;
};

// The quote's words with anything but whitespace between them, for finding it in page text.
QRegularExpression quotePattern(const QStringList &words)
{
    QStringList escaped;
    for (const QString &word : words)
        escaped.append(QRegularExpression::escape(word));
    return QRegularExpression(escaped.join(u"[\\s\\-\\x{00ad}]+"_s),
                              QRegularExpression::CaseInsensitiveOption);
}

QFont baseFont()
{
    return QFontDatabase::systemFont(QFontDatabase::GeneralFont);
}

} // namespace

TextContentView::TextContentView(EvidenceProvider evidence, QWidget *parent)
    : ContentView(parent)
{
    m_text = new EvidenceTextEdit(std::move(evidence), parent);
    m_text->setReadOnly(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setFont(baseFont());
    m_text->setContextMenuPolicy(Qt::CustomContextMenu);
    setWidget(m_text);
    connect(m_text, &QPlainTextEdit::selectionChanged, this, &TextContentView::onSelectionChanged);
    connect(m_text, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        emit contextMenuRequested(m_text->viewport()->mapToGlobal(pos));
    });
}

TextContentView::~TextContentView() = default;

void TextContentView::show(const ViewerContent &content)
{
    QStringList pages = content.pageTexts;
    if (pages.isEmpty() || pages.join(QString()).trimmed().isEmpty())
        pages = {QString::fromUtf8(content.original)};
    QString text;
    m_pageOffsets.clear();
    for (qsizetype i = 0; i < pages.size(); ++i) {
        if (pages.size() > 1)
            text += (i == 0 ? QString() : u"\n\n"_s) + tr("— Page %1 —").arg(i + 1) + u"\n\n"_s;
        m_pageOffsets.append(int(text.size()));
        text += pages[i];
    }
    m_text->setPlainText(text);
    emit shown();
}

void TextContentView::clear()
{
    ContentView::clear();
    m_pageOffsets.clear();
    m_text->clear();
}

int TextContentView::pageAt(int position) const
{
    const auto after = std::upper_bound(m_pageOffsets.cbegin(), m_pageOffsets.cend(), position);
    return int(std::max<qsizetype>(1, after - m_pageOffsets.cbegin()));
}

int TextContentView::pageCount() const
{
    return int(std::max<qsizetype>(1, m_pageOffsets.size()));
}

int TextContentView::currentPage() const
{
    return pageAt(m_text->cursorForPosition(QPoint(4, 4)).position());
}

void TextContentView::goToPage(int page)
{
    if (page < 1 || page > m_pageOffsets.size())
        return;
    QTextCursor cursor(m_text->document());
    cursor.setPosition(m_pageOffsets[page - 1]);
    m_text->setTextCursor(cursor);
    // From the bottom, so that the page's heading ends up at the top.
    m_text->verticalScrollBar()->setValue(m_text->verticalScrollBar()->maximum());
    m_text->ensureCursorVisible();
}

qreal TextContentView::zoom() const
{
    return m_text->font().pointSizeF() / baseFont().pointSizeF();
}

void TextContentView::setZoom(qreal zoom)
{
    zoom = std::clamp(zoom, PageView::MinimumZoom, PageView::MaximumZoom);
    QFont font = baseFont();
    font.setPointSizeF(font.pointSizeF() * zoom);
    m_text->setFont(font);
    emit zoomChanged(zoom);
}

void TextContentView::startFind(const QString &text)
{
    QList<QTextEdit::ExtraSelection> selections;
    QList<Match> found;
    QTextCharFormat format;
    format.setBackground(QColor(0xff, 0xee, 0x58));
    QTextCursor cursor(m_text->document());
    while (true) {
        cursor = m_text->document()->find(text, cursor);
        if (cursor.isNull())
            break;
        found.append({pageAt(cursor.selectionStart()),
                      {},
                      cursor.selectionStart(),
                      cursor.selectionEnd() - cursor.selectionStart()});
        selections.append({cursor, format});
    }
    m_text->setExtraSelections(selections);
    addMatches(found);
    finishFind();
}

void TextContentView::showMatch(const Match &match)
{
    QTextCursor cursor(m_text->document());
    cursor.setPosition(match.offset);
    cursor.setPosition(match.offset + match.length, QTextCursor::KeepAnchor);
    m_text->setTextCursor(cursor);
    m_text->ensureCursorVisible();
}

void TextContentView::clearFindHighlights()
{
    m_text->setExtraSelections({});
}

void TextContentView::locateQuote(int pageFrom, int pageTo, const QString &quote)
{
    const int page = std::clamp(pageFrom, 1, pageCount());
    goToPage(page);
    const int from = m_pageOffsets.value(page - 1, 0);
    const int to = pageTo < m_pageOffsets.size() ? m_pageOffsets[pageTo]
                                                 : int(m_text->document()->characterCount());
    const QStringList words = quote.split(QRegularExpression(u"\\s+"_s), Qt::SkipEmptyParts);
    const QString text = m_text->toPlainText().mid(from, to - from);
    QRegularExpressionMatch found;
    bool complete = true;
    if (!words.isEmpty()) {
        found = quotePattern(words).match(text);
        // A long quote may be paraphrased further on: its opening words still find the place.
        if (!found.hasMatch() && words.size() > 6) {
            complete = false;
            found = quotePattern(words.mid(0, 6)).match(text);
        }
    }
    if (found.hasMatch()) {
        QTextCursor cursor(m_text->document());
        cursor.setPosition(from + int(found.capturedStart()));
        cursor.setPosition(from + int(found.capturedEnd()), QTextCursor::KeepAnchor);
        QTextCharFormat format;
        format.setBackground(QColor(0xff, 0xd5, 0x4f));
        m_text->setExtraSelections({{cursor, format}});
        m_text->setTextCursor(cursor);
        m_text->ensureCursorVisible();
    }
    emit quoteLocated(page, found.hasMatch() && complete);
}

void TextContentView::onSelectionChanged()
{
    const QTextCursor cursor = m_text->textCursor();
    if (!cursor.hasSelection()) {
        emit selectionChanged({}, 0, 0);
        return;
    }
    // QTextCursor uses U+2029 between paragraphs.
    QString text = cursor.selectedText();
    text.replace(QChar::ParagraphSeparator, u'\n');
    emit selectionChanged(text, pageAt(cursor.selectionStart()), pageAt(cursor.selectionEnd() - 1));
}

} // namespace Casebinder::Views

#include "samplepdf.h"

#include "sampledata.h"

#include <QDate>
#include <QFile>
#include <QFontDatabase>
#include <QPainter>
#include <QPdfWriter>
#include <QTextLayout>

#include <mutex>

using namespace Qt::StringLiterals;

namespace Casebinder::Sample {
namespace {

// Page geometry in PostScript points (US Letter, as the court uses).
constexpr qreal PageWidth = 612;
constexpr qreal PageHeight = 792;
constexpr qreal Margin = 72;
constexpr qreal BodyBottom = PageHeight - 64;
constexpr int Resolution = 300;
constexpr qreal Scale = Resolution / 72.0;

struct Families
{
    QString serif = u"DejaVu Serif"_s;
    QString sans = u"DejaVu Sans"_s;
};

// Registering application fonts is process-wide; do it once, from whichever thread builds first.
const Families &families()
{
    static Families result;
    static std::once_flag once;
    std::call_once(once, [] {
        const QString dir = u"/usr/share/fonts/truetype/dejavu/"_s;
        const QStringList files = {u"DejaVuSerif.ttf"_s,
                                   u"DejaVuSerif-Bold.ttf"_s,
                                   u"DejaVuSerif-Italic.ttf"_s,
                                   u"DejaVuSerif-BoldItalic.ttf"_s,
                                   u"DejaVuSans.ttf"_s,
                                   u"DejaVuSans-Bold.ttf"_s,
                                   u"DejaVuSans-Oblique.ttf"_s};
        for (const QString &file : files) {
            if (!QFile::exists(dir + file))
                continue;
            const int id = QFontDatabase::addApplicationFont(dir + file);
            const QStringList found = QFontDatabase::applicationFontFamilies(id);
            if (found.isEmpty())
                continue;
            if (file.startsWith(u"DejaVuSerif"))
                result.serif = found.constFirst();
            else
                result.sans = found.constFirst();
        }
    });
    return result;
}

QFont makeFont(const QString &family, qreal points, bool bold = false, bool italic = false)
{
    QFont font(family);
    font.setPointSizeF(points);
    font.setBold(bold);
    font.setItalic(italic);
    // No ligatures or other cosmetic shaping: extracted text must match the source letter
    // for letter, or quotes would not verify.
    font.setStyleStrategy(QFont::PreferNoShaping);
    font.setHintingPreference(QFont::PreferNoHinting);
    return font;
}

QString usDate(const QString &iso)
{
    const QDate date = QDate::fromString(iso, Qt::ISODate);
    return date.isValid() ? date.toString(u"MM/dd/yy"_s) : QString();
}

class PagePainter
{
public:
    explicit PagePainter(QPainter &painter)
        : m_painter(painter)
    {}

    // Lays out and paints `text` in [left, left + width] from `top`.
    // Returns the y below the last line. Positions are in points.
    qreal text(const QString &text,
               const QFont &font,
               qreal left,
               qreal width,
               qreal top,
               Qt::Alignment alignment = Qt::AlignLeft,
               qreal lineSpacing = 1.0)
    {
        QTextLayout layout(text, font, m_painter.device());
        QTextOption option(alignment);
        option.setWrapMode(QTextOption::WordWrap);
        layout.setTextOption(option);
        layout.beginLayout();
        const qreal widthPx = width * Scale;
        qreal y = 0;
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(widthPx);
            line.setPosition(QPointF(0, y));
            y += line.height() * lineSpacing;
        }
        layout.endLayout();
        m_painter.setFont(font);
        layout.draw(&m_painter, QPointF(left * Scale, top * Scale));
        return top + y / Scale;
    }

    void line(qreal x1, qreal y1, qreal x2, qreal y2, qreal width = 0.6)
    {
        m_painter.save();
        m_painter.setPen(QPen(m_painter.pen().color(), width * Scale));
        m_painter.drawLine(QPointF(x1 * Scale, y1 * Scale), QPointF(x2 * Scale, y2 * Scale));
        m_painter.restore();
    }

    void box(const QRectF &points, qreal width = 1.0)
    {
        m_painter.save();
        m_painter.setPen(QPen(m_painter.pen().color(), width * Scale));
        m_painter.setBrush(Qt::NoBrush);
        m_painter.drawRect(QRectF(points.topLeft() * Scale, points.size() * Scale));
        m_painter.restore();
    }

    void setColor(const QColor &color) { m_painter.setPen(color); }

private:
    QPainter &m_painter;
};

class DocumentPainter
{
public:
    DocumentPainter(const SampleCase &sample, const DocumentSpec &document, QPainter &painter)
        : m_sample(sample)
        , m_document(document)
        , m_page(painter)
        , m_fonts(families())
        , m_body(makeFont(m_fonts.serif, 11))
        , m_small(makeFont(m_fonts.sans, 8))
        , m_smallItalic(makeFont(m_fonts.sans, 8, false, true))
    {}

    Status paintPage(int number)
    {
        paintFrame(number);
        qreal y = Margin;
        if (number == 1)
            y = m_document.kind == u"filing" ? paintCaption(y) : paintExhibitLabel(y);
        const QList<Block> &blocks = m_document.pages.at(number - 1).blocks;
        for (qsizetype i = 0; i < blocks.size(); ++i) {
            const Block &block = blocks.at(i);
            const BlockStyle style = styleOf(block.kind);
            y += style.before;
            if (i > 0 && blocks.at(i - 1).kind == Block::Kind::Line
                && block.kind != Block::Kind::Line)
                y += 8; // set an e-mail's header lines off from its body
            if (block.kind == Block::Kind::Bullet)
                m_page.text(u"•"_s, m_body, Margin + 10, 12, y);
            // A signature follows its date line: leave room to sign, above a rule.
            if (block.kind == Block::Kind::Signature && i > 0
                && blocks.at(i - 1).kind == Block::Kind::Signature) {
                y += 26;
                m_page.line(PageWidth - Margin - 220, y, PageWidth - Margin, y, 0.5);
                y += 4;
            }
            const qreal width = PageWidth - 2 * Margin - style.indentLeft - style.indentRight;
            y = m_page.text(block.text,
                            style.font,
                            Margin + style.indentLeft,
                            width,
                            y,
                            style.alignment,
                            style.lineSpacing)
                + style.after;
            if (y > BodyBottom)
                return fail(
                    Error::Code::InvalidArgument,
                    u"Page %1 of the sample document %2 does not fit on one page."_s.arg(number)
                        .arg(m_document.fileName));
        }
        return {};
    }

private:
    struct BlockStyle
    {
        QFont font;
        qreal before = 0;
        qreal after = 0;
        qreal indentLeft = 0;
        qreal indentRight = 0;
        Qt::Alignment alignment = Qt::AlignLeft;
        qreal lineSpacing = 1.0;
    };

    BlockStyle styleOf(Block::Kind kind) const
    {
        const qreal width = PageWidth - 2 * Margin;
        // Filings are set one-and-a-half spaced, as court papers are; exhibits tighter.
        const qreal bodySpacing = m_document.kind == u"filing" ? 1.5 : 1.3;
        switch (kind) {
        case Block::Kind::Title:
            return {makeFont(m_fonts.sans, 13, true), 4, 10, 0, 0, Qt::AlignHCenter, 1.15};
        case Block::Kind::Heading:
            return {makeFont(m_fonts.sans, 10.5, true), 6, 6};
        case Block::Kind::Subheading:
            return {makeFont(m_fonts.serif, 11, true, true), 2, 4};
        case Block::Kind::Paragraph:
            return {m_body, 0, 6, 0, 0, Qt::AlignLeft, bodySpacing};
        case Block::Kind::Quotation:
            return {makeFont(m_fonts.serif, 10.5, false, true), 0, 6, 36, 36, Qt::AlignLeft, 1.25};
        case Block::Kind::Bullet:
            return {m_body, 0, 3, 24, 0, Qt::AlignLeft, 1.25};
        case Block::Kind::Line:
            return {m_body, 0, 2};
        case Block::Kind::Signature:
            return {m_body, 4, 0, width / 3, 0, Qt::AlignRight, 1.2};
        }
        return {m_body};
    }

    int pageCount() const { return int(m_document.pages.size()); }

    QString headerText(int number) const
    {
        const QString docket = m_sample.caption.docketNumber;
        const QString page = u"Page %1 of %2"_s.arg(number).arg(pageCount());
        if (m_document.kind == u"filing")
            return u"Case %1    Document %2    Filed %3    %4"_s.arg(
                docket, m_document.docketNumber, usDate(m_document.filedDate), page);
        if (m_document.kind == u"exhibit") {
            const DocumentSpec *parent = m_sample.document(m_document.attachedTo);
            const QString attached
                = parent ? u" to Dkt. %1"_s.arg(parent->docketNumber) : QString();
            return u"Case %1    %2%3    %4"_s.arg(docket, m_document.exhibitLabel, attached, page);
        }
        return u"Case %1    Research file: %2    %3"_s.arg(docket, m_document.exhibitLabel, page);
    }

    void paintFrame(int number)
    {
        const qreal width = PageWidth - 2 * Margin;
        m_page.setColor(QColor(0x55, 0x55, 0x55));
        m_page.text(headerText(number), m_small, Margin, width, 34, Qt::AlignHCenter);
        m_page.line(Margin, PageHeight - 48, PageWidth - Margin, PageHeight - 48, 0.4);
        m_page.text(m_sample.notice, m_smallItalic, Margin, width, PageHeight - 44);
        m_page.text(
            u"Page %1"_s.arg(number), m_small, Margin, width, PageHeight - 44, Qt::AlignRight);
        m_page.setColor(Qt::black);
    }

    qreal paintCaption(qreal top)
    {
        const qreal width = PageWidth - 2 * Margin;
        const QFont judgeFont = makeFont(m_fonts.sans, 9);
        qreal y = m_page.text(u"The Honorable "_s + m_sample.caption.judge,
                              judgeFont,
                              Margin,
                              width,
                              top,
                              Qt::AlignRight);
        y += 18;
        const QFont courtFont = makeFont(m_fonts.serif, 11, true);
        y = m_page.text(
            u"UNITED STATES DISTRICT COURT\nWESTERN DISTRICT OF WASHINGTON\nAT SEATTLE"_s.replace(
                u'\n', QChar::LineSeparator),
            courtFont,
            Margin,
            width,
            y,
            Qt::AlignHCenter,
            1.2);
        y += 14;

        const QStringList parties = m_sample.caption.caseName.split(u" v. "_s);
        const QString plaintiff = parties.value(0).toUpper();
        const QString defendant = parties.value(1).toUpper();
        const qreal split = Margin + width * 0.52;
        const qreal captionTop = y;
        const QString left
            = u"%1,\n\n                    Plaintiff,\n\n          v.\n\n%2,\n\n                    Defendant."_s
                  .arg(plaintiff, defendant)
                  .replace(u'\n', QChar::LineSeparator);
        const qreal leftBottom
            = m_page.text(left, m_body, Margin, split - Margin - 10, y, Qt::AlignLeft, 1.05);
        qreal right = m_page.text(u"No. "_s + m_sample.caption.docketNumber,
                                  m_body,
                                  split + 16,
                                  PageWidth - Margin - split - 16,
                                  y + 2);
        right = m_page.text(m_document.title.toUpper(),
                            makeFont(m_fonts.serif, 11, true),
                            split + 16,
                            PageWidth - Margin - split - 16,
                            right + 14,
                            Qt::AlignLeft,
                            1.15);
        const qreal bottom = std::max(leftBottom, right) + 6;
        m_page.line(split, captionTop - 2, split, bottom);
        m_page.line(Margin, bottom, split, bottom);
        return bottom + 18;
    }

    qreal paintExhibitLabel(qreal top)
    {
        QString label = m_document.exhibitLabel;
        label.replace(u"Ex. "_s, u"Exhibit "_s);
        const QFont font = makeFont(m_fonts.sans, 12, true);
        const qreal boxWidth = 150;
        const QRectF box(PageWidth - Margin - boxWidth, top - 6, boxWidth, 30);
        m_page.box(box, 1.2);
        m_page.text(
            label.toUpper(), font, box.left(), box.width(), box.top() + 7, Qt::AlignHCenter);
        return box.bottom() + 16;
    }

    const SampleCase &m_sample;
    const DocumentSpec &m_document;
    PagePainter m_page;
    const Families &m_fonts;
    QFont m_body;
    QFont m_small;
    QFont m_smallItalic;
};

} // namespace

Status writeSamplePdf(const SampleCase &sample, const DocumentSpec &document, const QString &path)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::Letter));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(Resolution);
    writer.setTitle(document.title);
    writer.setCreator(u"Casebinder sample case — "_s + sample.notice);
    QPainter painter;
    if (!painter.begin(&writer))
        return fail(Error::Code::Io, u"Could not write the sample document %1."_s.arg(path));
    DocumentPainter pages(sample, document, painter);
    for (int number = 1; number <= document.pages.size(); ++number) {
        if (number > 1 && !writer.newPage())
            return fail(Error::Code::Io, u"Could not add a page to %1."_s.arg(path));
        if (auto painted = pages.paintPage(number); !painted) {
            painter.end();
            return painted;
        }
    }
    if (!painter.end())
        return fail(Error::Code::Io, u"Could not finish the sample document %1."_s.arg(path));
    return {};
}

} // namespace Casebinder::Sample

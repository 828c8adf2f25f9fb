#include "exportdata.h"
#include "exporter.h"
#include "exportfixture.h"
#include "exportfonts.h"
#include "pdfreport.h"

#include <QBuffer>
#include <QFile>
#include <QHash>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <poppler-qt6.h>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Casebinder;
using namespace Casebinder::Export;
using namespace ExportFixture;

namespace {

struct Word
{
    int page = 0;
    QString text;
    QRectF box; // points, origin top left
};

std::vector<Word> pageWords(Poppler::Document &document)
{
    std::vector<Word> words;
    for (int number = 0; number < document.numPages(); ++number) {
        const std::unique_ptr<Poppler::Page> page = document.page(number);
        for (const auto &box : page->textList())
            words.push_back({number, box->text(), box->boundingBox()});
    }
    return words;
}

QString pageText(Poppler::Document &document, int number)
{
    return document.page(number)->text(QRectF()).simplified();
}

// Content-stream order (`raw`), or poppler's reading order, which puts right-to-left words
// back in logical order.
QString pdftotext(const QString &pdf, bool raw)
{
    QProcess process;
    QStringList arguments{u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s};
    if (raw)
        arguments.prepend(u"-raw"_s);
    process.start(u"pdftotext"_s, arguments);
    if (!process.waitForFinished(120000))
        return {};
    return QString::fromUtf8(process.readAllStandardOutput()).simplified();
}

// The text of each page, by pdftotext -f N -l N.
QStringList pdftotextPages(const QString &pdf, int pages)
{
    QStringList result;
    for (int number = 1; number <= pages; ++number) {
        QProcess process;
        process.start(u"pdftotext"_s,
                      {u"-raw"_s,
                       u"-enc"_s,
                       u"UTF-8"_s,
                       u"-f"_s,
                       QString::number(number),
                       u"-l"_s,
                       QString::number(number),
                       pdf,
                       u"-"_s});
        if (!process.waitForFinished(120000))
            return {};
        result.append(QString::fromUtf8(process.readAllStandardOutput()).simplified());
    }
    return result;
}

// "w0001 w0002 …", whole words up to `length` characters: every word says where it belongs.
QString numberedWords(int length)
{
    QString text;
    for (int i = 1; text.size() + 5 <= length; ++i)
        text += u"w%1 "_s.arg(i, 4, 10, QChar(u'0'));
    return text.trimmed();
}

ReportSetup setupFor(const QString &title)
{
    ReportSetup setup;
    setup.caption = parlerCaption();
    setup.title = title;
    setup.exportedAt = u"1 Jan 2026 00:00 UTC"_s;
    return setup;
}

} // namespace

class TestPdfReport final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QByteArray m_longRowPdf;
    int m_longRowPages = 0;
    int m_longRowWords = 0;

private slots:
    void initTestCase()
    {
        const ReportSetup setup = setupFor(u"Long rows"_s);
        PdfReport report(setup);
        report.addCaption();
        report.beginTable({{u"Date"_s, 1}, {u"Event"_s, 4}, {u"Status"_s, 1}});
        for (int i = 0; i < 6; ++i)
            report.addRow({RichText(u"%1 Jan 2021"_s.arg(i + 1)),
                           RichText(u"Short event before %1"_s.arg(i)),
                           RichText(u"Undisputed"_s)});
        const QString description = numberedWords(5000);
        QVERIFY(description.size() >= 4990);
        m_longRowWords = int(description.split(u' ').size());
        RichText event;
        event.append(u"Long event\n"_s, RichText::bold());
        event.append(description);
        report.addRow({RichText(u"7 Jan 2021"_s), event, RichText(u"Disputed"_s)});
        for (int i = 0; i < 4; ++i)
            report.addRow({RichText(u"%1 Feb 2021"_s.arg(i + 1)),
                           RichText(u"Short event after %1"_s.arg(i)),
                           RichText(u"Undisputed"_s)});
        QBuffer buffer(&m_longRowPdf);
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        auto pages = writePdf(report, setup, buffer);
        QVERIFY2(pages, qPrintable(pages ? QString() : pages.error().fullText()));
        m_longRowPages = *pages;
    }

    void longRowSplitsBetweenLinesOnly()
    {
        auto document = Poppler::Document::loadFromData(m_longRowPdf);
        QVERIFY(document);
        QCOMPARE(document->numPages(), m_longRowPages);
        QVERIFY(m_longRowPages >= 3);

        // Every word of the 5,000-character description is on exactly one page, in order, and
        // inside the body: between the header rule and the footer of its page.
        static const QRegularExpression numbered(u"^w(\\d{4})$"_s);
        int expected = 1;
        QSet<int> pagesWithWords;
        const std::vector<Word> words = pageWords(*document);
        for (const Word &word : words) {
            const auto match = numbered.match(word.text);
            if (!match.hasMatch())
                continue;
            QCOMPARE(match.captured(1).toInt(), expected);
            ++expected;
            pagesWithWords.insert(word.page);
            qreal headerBottom = 0;
            qreal footerTop = 1e9;
            for (const Word &other : words) {
                if (other.page != word.page)
                    continue;
                if (other.text == u"rows"_s && other.box.top() < 72) // the running header
                    headerBottom = std::max(headerBottom, other.box.bottom());
                if (other.text == u"Page"_s)
                    footerTop = std::min(footerTop, other.box.top());
            }
            QVERIFY2(word.box.top() > headerBottom && word.box.bottom() < footerTop - 5,
                     qPrintable(u"%1 on page %2 at %3–%4 (body %5–%6)"_s.arg(word.text)
                                    .arg(word.page + 1)
                                    .arg(word.box.top())
                                    .arg(word.box.bottom())
                                    .arg(headerBottom)
                                    .arg(footerTop)));
        }
        QCOMPARE(expected - 1, m_longRowWords);
        QVERIFY(pagesWithWords.size() >= 2);

        // The pages the row continues on repeat the table header and say the row continues
        // (its date column ended on the first page).
        const int firstPage = *std::min_element(pagesWithWords.cbegin(), pagesWithWords.cend());
        for (const int page : std::as_const(pagesWithWords)) {
            const QString text = pageText(*document, page);
            QVERIFY2(text.contains(u"DATE EVENT STATUS"_s), qPrintable(text.left(200)));
            if (page != firstPage)
                QVERIFY2(text.contains(u"(continued)"_s), qPrintable(text.left(200)));
        }
        const QString last = pageText(*document, document->numPages() - 1);
        QVERIFY(last.contains(u"Short event after 3"_s));
    }

    void footerCountsThePages()
    {
        auto document = Poppler::Document::loadFromData(m_longRowPdf);
        QVERIFY(document);
        const int count = document->numPages();
        for (int page = 0; page < count; ++page) {
            const QString text = pageText(*document, page);
            QVERIFY2(text.contains(u"Page %1 of %2"_s.arg(page + 1).arg(count)),
                     qPrintable(text.right(120)));
            QVERIFY(text.contains(u"Parler LLC v. Amazon Web Services, Inc."_s));
            QVERIFY(text.contains(u"No. 2:21-cv-00031-BJR"_s));
        }
    }

    void textKeepsItsColours()
    {
        const ReportSetup setup = setupFor(u"Colours"_s);
        PdfReport report(setup);
        RichText paragraph(u"Plain words then "_s, TextRole::Heading);
        paragraph.append(u"RED WORDS"_s, RichText::coloured(QColor(0xd0, 0, 0), true));
        paragraph.append(u" and plain again."_s);
        report.addParagraph(paragraph);
        report.beginTable({{u"Status"_s, 1}});
        report.addRow({RichText(u"BLUE CELL"_s, TextRole::Heading, QColor(0, 0, 0xd0))});
        QByteArray pdf;
        QBuffer buffer(&pdf);
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(writePdf(report, setup, buffer));
        auto document = Poppler::Document::loadFromData(pdf);
        QVERIFY(document);
        const std::unique_ptr<Poppler::Page> page = document->page(0);
        QVERIFY(page->text(QRectF()).contains(u"Plain words then RED WORDS and plain again."_s));

        const QImage image = page->renderToImage(100, 100).convertToFormat(QImage::Format_RGB32);
        int red = 0;
        int blue = 0;
        int ink = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor pixel = image.pixelColor(x, y);
                red += pixel.red() > 150 && pixel.green() < 60 && pixel.blue() < 60;
                blue += pixel.blue() > 150 && pixel.red() < 60 && pixel.green() < 60;
                ink += pixel.red() < 60 && pixel.green() < 60 && pixel.blue() < 60;
            }
        }
        QVERIFY2(red > 50, qPrintable(QString::number(red)));
        QVERIFY2(blue > 50, qPrintable(QString::number(blue)));
        QVERIFY2(ink > 50, qPrintable(QString::number(ink)));
    }

    // Rows are shaped on every core: enough rows for several chunks, some of them in a script
    // only a fallback font has (which a worker may meet first), must come out as if shaped on
    // one thread: every row's words at the same offsets, every row extractable.
    void rowsShapedOnSeveralThreadsLookAlike()
    {
        const ReportSetup setup = setupFor(u"Threads"_s);
        PdfReport report(setup);
        report.beginTable({{u"Row"_s, 1}, {u"Text"_s, 5}});
        constexpr int Rows = 600;
        const QString fallback = u"\u6CD5\u9662\u547D\u4EE4"_s;
        for (int i = 0; i < Rows; ++i) {
            RichText text;
            text.append(u"Boldface"_s, RichText::bold());
            text.append(u" then plain "_s);
            text.append(u"italics"_s, RichText::italic());
            text.append(u" and "_s);
            text.append(u"colour"_s, RichText::coloured(QColor(0xd0, 0, 0)));
            if (i % 50 == 17)
                text.append(u" "_s + fallback);
            report.addRow({RichText(u"r%1"_s.arg(i, 4, 10, QChar(u'0'))), text});
        }
        const QString out = m_dir.filePath(u"threads.pdf"_s);
        QFile file(out);
        QVERIFY(file.open(QIODevice::WriteOnly));
        auto pages = writePdf(report, setup, file);
        QVERIFY2(pages, qPrintable(pages ? QString() : pages.error().fullText()));
        file.close();

        auto document = Poppler::Document::load(out);
        QVERIFY(document);
        QSet<QString> rows;
        QHash<QString, QSet<qint64>> offsets; // word -> its left edges relative to its row's
        qreal rowLeft = 0;
        for (const Word &word : pageWords(*document)) {
            if (word.text.size() == 5 && word.text.startsWith(u'r')) {
                rows.insert(word.text);
                rowLeft = word.box.left();
                continue;
            }
            if (word.text == u"Boldface"_s || word.text == u"then"_s || word.text == u"italics"_s
                || word.text == u"colour"_s)
                offsets[word.text].insert(qRound64((word.box.left() - rowLeft) * 100));
        }
        QCOMPARE(rows.size(), Rows);
        QCOMPARE(offsets.size(), 4);
        for (auto it = offsets.cbegin(); it != offsets.cend(); ++it)
            QVERIFY2(it->size() == 1, qPrintable(it.key()));
        QCOMPARE(pdftotext(out, true).count(fallback), Rows / 50);
    }

    // Every script a flagged post may carry is drawn with an embedded font from
    // scripts/deps.sh and found again by pdftotext; a character no font has shows a marker.
    void everyScriptIsEmbeddedAndExtractable()
    {
        const ReportSetup setup = setupFor(u"Scripts"_s);
        PdfReport report(setup);
        report.beginTable({{u"Script"_s, 1}, {u"Text"_s, 4}});
        const QList<std::pair<QString, QString>> scripts = {
            {u"Latin"_s, u"Injunction granted"_s},
            {u"Greek"_s, u"\u0394\u03B9\u03BA\u03B1\u03C3\u03C4\u03AE\u03C1\u03B9\u03BF"_s},
            {u"Cyrillic"_s, u"\u0421\u0443\u0434\u0435\u0431\u043D\u044B\u0439"_s},
            {u"Arabic"_s, u"\u0627\u0644\u0645\u062D\u0643\u0645\u0629"_s},
            {u"Hebrew"_s, u"\u05D1\u05D9\u05EA \u05DE\u05E9\u05E4\u05D8"_s},
            {u"CJK"_s, u"\u6CD5\u9662\u547D\u4EE4 \uBC95\uC6D0 \u88C1\u5224\u6240\u3067\u3059"_s},
            {u"Symbols"_s, u"\u260E\u2714\u2764\u263A"_s},
        };
        for (const auto &[script, text] : scripts)
            report.addRow({RichText(script), RichText(text)});
        const QString emoji = u"\U0001F600\U0001F525"_s;
        report.addRow({RichText(u"Emoji"_s), RichText(emoji)});
        report.addRow({RichText(u"Missing"_s), RichText(u"before \uE000 after"_s)});
        report.addRow({RichText(u"Replacement"_s), RichText(u"real \uFFFD one"_s)});
        const QString out = m_dir.filePath(u"scripts.pdf"_s);
        QFile file(out);
        QVERIFY(file.open(QIODevice::WriteOnly));
        auto pages = writePdf(report, setup, file);
        QVERIFY2(pages, qPrintable(pages ? QString() : pages.error().fullText()));
        file.close();

        const QString text = pdftotext(out, false);
        for (const auto &[script, words] : scripts) {
            for (const QString &word : words.split(u' '))
                QVERIFY2(text.contains(word),
                         qPrintable(script + u": "_s + word + u" in "_s + text));
        }

        // Embedded fonts, and the ones each script needs among them.
        QProcess fonts;
        fonts.start(u"pdffonts"_s, {out});
        QVERIFY(fonts.waitForFinished(60000));
        const QStringList lines = QString::fromUtf8(fonts.readAllStandardOutput())
                                      .split(u'\n', Qt::SkipEmptyParts)
                                      .mid(2);
        QVERIFY(!lines.isEmpty());
        QStringList names;
        for (const QString &line : lines) {
            const QStringList fields = line.simplified().split(u' ');
            QVERIFY2(line.contains(u" yes "_s), qPrintable(line)); // emb
            names.append(fields.constFirst());
        }
        const QString all = names.join(u' ');
        for (const QString &font : {u"DejaVuSerif"_s,
                                    u"NotoNaskhArabic"_s,
                                    u"NotoSerifHebrew"_s,
                                    u"WenQuanYiMicroHei"_s,
                                    u"Symbola"_s})
            QVERIFY2(all.contains(font), qPrintable(all));

        // The missing glyph is a visible marker between the words, not a gap, and the text
        // layer keeps the character it stands for (ActualText), as it does a U+FFFD the text
        // really has.
        QVERIFY2(text.contains(u"before \uE000 after"_s), qPrintable(text));
        QVERIFY2(text.contains(u"real \uFFFD one"_s), qPrintable(text));
        QVERIFY2(!text.contains(u"before \uFFFD"_s), qPrintable(text));
        QProcess check;
        check.start(u"qpdf"_s, {u"--check"_s, out});
        QVERIFY(check.waitForFinished(60000));
        QVERIFY2(check.exitCode() == 0, check.readAllStandardOutput().constData());
        auto document = Poppler::Document::load(out);
        QVERIFY(document);
        QRectF marker;
        QRectF emojiBox;
        QRectF column; // "before", where the text column starts
        for (const Word &word : pageWords(*document)) {
            if (word.text == u"\uE000"_s)
                marker = word.box;
            if (word.text == u"Emoji"_s)
                emojiBox = word.box;
            if (word.text == u"before"_s)
                column = word.box;
        }
        QVERIFY(!marker.isEmpty());
        QVERIFY(!emojiBox.isEmpty());
        const std::unique_ptr<Poppler::Page> page = document->page(0);
        constexpr double Dpi = 144;
        const QImage image = page->renderToImage(Dpi, Dpi);
        if (qEnvironmentVariableIsSet("CASEBINDER_KEEP_PNG")) // to look at it
            image.save(qEnvironmentVariable("CASEBINDER_KEEP_PNG"));
        const auto inkIn = [&](const QRectF &points) {
            const QRect pixels = QRectF(points.topLeft() * Dpi / 72, points.size() * Dpi / 72)
                                     .toAlignedRect()
                                     .intersected(image.rect());
            int ink = 0;
            for (int y = pixels.top(); y <= pixels.bottom(); ++y) {
                for (int x = pixels.left(); x <= pixels.right(); ++x)
                    ink += qGray(image.pixel(x, y)) < 128 ? 1 : 0;
            }
            return ink;
        };
        QVERIFY2(inkIn(marker) > 20, "the marker is drawn");
        // The emoji are drawn (Symbola) in the text column, level with their row's label.
        const QRectF emojiCell(column.left(), emojiBox.top(), 40, emojiBox.height());
        QVERIFY2(inkIn(emojiCell) > 20, "the emoji are drawn");
        // QPdfWriter's ToUnicode maps glyphs to BMP characters only: the emoji are drawn, but
        // the text layer cannot name them.
        QEXPECT_FAIL("", "QPdfWriter writes no ToUnicode entry beyond the BMP", Continue);
        QVERIFY(text.contains(emoji));
    }

    void claimChartKeepsHeadingsWithRowsAndSplitsOnlyBetweenRows()
    {
        auto caseFile = CaseFile::create(m_dir.filePath(u"chart.casebinder"_s), parlerCaption());
        QVERIFY(caseFile);
        const qint64 order
            = addDocument(*caseFile, {.kind = u"filing"_s, .title = u"Order"_s, .docket = u"34"_s});
        struct Item
        {
            QString begins;
            QString ends;
        };
        struct Element
        {
            QString title;
            QList<Item> items; // supporting first, in the order the chart prints them
        };
        struct Claim
        {
            QString heading;
            QList<Element> elements;
        };
        QList<Claim> claims;
        QVERIFY(caseFile->db().exec(u"BEGIN"_s));
        for (int c = 1; c <= 9; ++c) {
            Claim claim{u"Claim C%1 heading"_s.arg(c, 2, 10, QChar(u'0')), {}};
            const qint64 claimId = addClaim(*caseFile, claim.heading);
            for (int e = 1; e <= 3; ++e) {
                Element element{u"Element E%1x%2"_s.arg(c, 2, 10, QChar(u'0')).arg(e), {}};
                const qint64 elementId
                    = addClaim(*caseFile, element.title, claimId, u"element"_s, e - 1);
                const int supporting = 1 + (c * 3 + e) % 9;
                const int undermining = (c + e) % 4;
                for (int k = 1; k <= supporting + undermining; ++k) {
                    const bool supports = k <= supporting;
                    const QString id = u"%1%2x%3x%4"_s.arg(supports ? u"S"_s : u"U"_s)
                                           .arg(c, 2, 10, QChar(u'0'))
                                           .arg(e)
                                           .arg(k, 2, 10, QChar(u'0'));
                    const Item item{u"B"_s + id, u"E"_s + id};
                    // Every quote weighs the same, so the chart keeps the order of insertion.
                    linkDocument(*caseFile,
                                 elementId,
                                 order,
                                 k,
                                 supports ? u"supports"_s : u"undermines"_s,
                                 item.begins + u' ' + numberedWords(60 + 40 * (k % 4)) + u' '
                                     + item.ends,
                                 true,
                                 3);
                    element.items.append(item);
                }
                claim.elements.append(element);
            }
            claims.append(claim);
        }
        QVERIFY(caseFile->db().exec(u"COMMIT"_s));

        for (const bool working : {false, true}) {
            const QString out = m_dir.filePath(working ? u"working.pdf"_s : u"court.pdf"_s);
            ClaimChartOptions options;
            options.workingCopy = working;
            auto outcome = exportClaimChart(*caseFile, out, options);
            QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().fullText()));
            QVERIFY(outcome->pages > 4);
            const QStringList pages = pdftotextPages(out, outcome->pages);
            QCOMPARE(pages.size(), outcome->pages);
            const auto pageOf = [&pages](const QString &text) {
                int found = -1;
                for (int i = 0; i < pages.size(); ++i) {
                    if (pages.at(i).contains(text)) {
                        if (found >= 0)
                            return -2; // printed twice
                        found = i;
                    }
                }
                return found;
            };
            for (const Claim &claim : std::as_const(claims)) {
                const int heading = pageOf(claim.heading);
                QVERIFY2(heading >= 0, qPrintable(claim.heading));
                // The heading, its first element and that element's first row share a page.
                // (The roll-up above names the weakest element too; the band adds its kind.)
                const auto bandOf = [&pageOf](const Element &element) {
                    return pageOf(element.title + u" \u00B7 Element"_s);
                };
                QCOMPARE(bandOf(claim.elements.first()), heading);
                for (const Element &element : claim.elements) {
                    const int band = bandOf(element);
                    QVERIFY2(band >= 0, qPrintable(element.title));
                    QVERIFY2(pageOf(element.items.first().begins) == band,
                             qPrintable(element.title));
                    // Rows are shorter than a page: none is split.
                    for (const Item &item : element.items) {
                        const int begins = pageOf(item.begins);
                        QVERIFY2(begins >= 0, qPrintable(item.begins));
                        QVERIFY2(pageOf(item.ends) == begins, qPrintable(item.begins));
                    }
                }
            }
            const QString all = pages.join(u' ');
            QCOMPARE(all.contains(u"\u2713 verified"_s), working);
            QCOMPARE(all.contains(u"\u00B7 weight 3"_s), working);
            QCOMPARE(all.contains(u"support 3"_s), working); // the weighed balance
            QCOMPARE(all.contains(u"gaps \u00B7 court copy"_s), !working);
            QVERIFY(!all.contains(u"(continued)"_s));
        }
    }

    void chronologyOfSeveralHundredEventsIsSearchable()
    {
        const QString casePath = m_dir.filePath(u"searchable.casebinder"_s);
        auto caseFile = CaseFile::create(casePath, parlerCaption());
        QVERIFY(caseFile);
        const qint64 order
            = addDocument(*caseFile, {.kind = u"filing"_s, .title = u"Order"_s, .docket = u"34"_s});
        QVERIFY(caseFile->db().exec(u"BEGIN"_s));
        const QStringList precisions = {u"day"_s, u"month"_s, u"year"_s, u"day"_s};
        for (int i = 0; i < 320; ++i) {
            const QDate day = QDate(2019, 3, 1).addDays(i * 3);
            QString title = u"Event %1 about notice number %2"_s.arg(i).arg(i * 7);
            if (i % 40 == 5)
                title = u"R\u00E9siliation du contrat \u2014 \u00C5ngstr\u00F6m & Mu\u00F1oz %1"_s
                            .arg(i);
            if (i % 40 == 9)
                title = u"\u05D1\u05D9\u05EA \u05D4\u05DE\u05E9\u05E4\u05D8 %1"_s.arg(i);
            if (i % 40 == 13)
                title
                    = u"\u0627\u0644\u0645\u062D\u0643\u0645\u0629 \u0627\u0644\u0639\u0644\u064A\u0627 %1"_s
                          .arg(i);
            const qint64 event
                = addEvent(*caseFile,
                           {.start = day.toString(Qt::ISODate),
                            .precision = precisions.at(i % precisions.size()),
                            .circa = i % 17 == 0,
                            .title = title,
                            .description = i % 3 == 0 ? u"Described at some length so that the "
                                                        u"cell wraps onto a second line."_s
                                                      : QString(),
                            .disputed = i % 7 == 0});
            addEventSource(*caseFile, event, order, 1 + i % 20, 1 + i % 20);
        }
        QVERIFY(caseFile->db().exec(u"COMMIT"_s));

        auto expected = loadChronology(caseFile->db(), {});
        QVERIFY(expected);
        QCOMPARE(expected->entries.size(), 320);
        const QString out = m_dir.filePath(u"searchable.pdf"_s);
        auto outcome = exportTimeline(*caseFile, out, {});
        QVERIFY2(outcome, qPrintable(outcome ? QString() : outcome.error().fullText()));
        QCOMPARE(outcome->items, 320);

        const QString text = pdftotext(out, true);
        const QString reading = pdftotext(out, false);
        QVERIFY(!text.isEmpty());
        for (const ChronologyEntry &entry : std::as_const(expected->entries)) {
            QVERIFY2(text.contains(entry.dateText), qPrintable(entry.dateText));
            if (entry.title.isRightToLeft()) {
                // The words without the event number, which bidi moves to the other end.
                const QString words = entry.title.section(u' ', 0, -2);
                QVERIFY2(reading.contains(words), qPrintable(entry.title));
                continue;
            }
            QVERIFY2(text.contains(entry.title), qPrintable(entry.title));
            for (const ExportSource &source : entry.sources)
                QVERIFY2(text.contains(source.cite), qPrintable(source.cite));
        }
        auto document = Poppler::Document::load(out);
        QVERIFY(document);
        QCOMPARE(document->numPages(), outcome->pages);
        QVERIFY(pageText(*document, outcome->pages - 1)
                    .contains(u"Page %1 of %1"_s.arg(outcome->pages)));
    }
};

QTEST_MAIN(TestPdfReport)
#include "tst_pdfreport.moc"

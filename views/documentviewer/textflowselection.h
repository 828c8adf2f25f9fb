#pragma once

#include <QHash>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <compare>

namespace Casebinder::Views {

// One word of a PDF page as Poppler's text layout gives it, in reading order.
struct FlowWord
{
    QString text;
    QRectF box;                // points
    bool spaceAfter = true;    // Poppler's hasSpaceAfter()
    bool endsLine = false;     // the last word of its line (nextWord() is null)
    bool marginNumber = false; // a pleading-paper line number: layout, not text
};
using PageWords = QList<FlowWord>;

// Marks the words of `words` that are the line numbers down the margin of pleading paper
// (1–28 beside every line of a California filing): a column of lone one- or two-digit numbers,
// left of the body text, counting up. QuoteVerifier drops the same numbers from the stored
// page text, so a selection that skips them and the stored text agree.
void markMarginNumbers(PageWords &words);

// A place on a page: page number (1-based) and a point in points.
struct TextPosition
{
    int page = 0;
    QPointF point;
};

// The words between two positions, following the text flow as a PDF reader does: from the
// first word to the last in Poppler's reading order, across lines, columns and pages. Or, in
// area mode (Alt-drag, for tables), the words inside a rectangle, row by row.
//
// A value: computing it needs only the pages' words, so it is unit-tested on real PDFs.
class TextFlowSelection final
{
public:
    struct WordRef
    {
        int page = 0;
        qsizetype index = -1;
        friend auto operator<=>(const WordRef &, const WordRef &) = default;
    };
    struct PageLines
    {
        int page = 0;
        QList<QRectF> rects; // one per line of selected words, points
    };

    TextFlowSelection() = default;

    // The flow from `from` to `to` (either order). `pages` holds the words of every page
    // from the first position's page to the last's; a page missing from it is skipped.
    static TextFlowSelection flow(const QHash<int, PageWords> &pages,
                                  const TextPosition &from,
                                  const TextPosition &to);
    // The words whose centre lies inside `area` of `page`, as rows top to bottom.
    static TextFlowSelection area(int page, const PageWords &words, const QRectF &area);

    // The word nearest to `point`, preferring words on the same line; -1 on an empty page.
    static qsizetype wordAt(const PageWords &words, const QPointF &point);

    bool isEmpty() const { return m_text.isEmpty(); }
    bool isArea() const { return m_isArea; }
    int firstPage() const { return m_first.page; }
    int lastPage() const { return m_last.page; }
    WordRef first() const { return m_first; }
    WordRef last() const { return m_last; }
    // The selected text: words separated by single spaces (rows by line breaks in area mode),
    // a word broken by a hyphen at a line end joined again ("judg-" "ment" → "judgment").
    QString text() const { return m_text; }
    QList<PageLines> lines() const { return m_lines; }
    bool contains(int page, const QPointF &point) const;

private:
    WordRef m_first;
    WordRef m_last;
    QString m_text;
    QList<PageLines> m_lines;
    bool m_isArea = false;
};

} // namespace Casebinder::Views

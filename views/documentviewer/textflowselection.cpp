#include "textflowselection.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace Casebinder::Views {

namespace {

bool isLineEndHyphen(QChar c)
{
    return c == u'-' || c == QChar(0x2010);
}

// "judg-" + "ment": a word broken at the line end, to be joined without the hyphen. A part
// that already holds a hyphen ("out-of-" + "state") is a compound and keeps it, and so does
// a suspended hyphen ("pre-" + "and post-trial").
bool isSuspendedHyphen(const QString &next)
{
    return std::ranges::any_of(std::initializer_list<QLatin1StringView>{QLatin1StringView("and"),
                                                                        QLatin1StringView("or"),
                                                                        QLatin1StringView("nor"),
                                                                        QLatin1StringView("to")},
                               [&](QLatin1StringView conjunction) { return next == conjunction; });
}

bool isBrokenWord(const QString &word, const QString &next)
{
    if (word.size() < 2 || !isLineEndHyphen(word.back()) || next.isEmpty() || !next[0].isLower()
        || isSuspendedHyphen(next))
        return false;
    const QStringView stem = QStringView(word).chopped(1);
    return stem.back().isLetter()
           && std::none_of(stem.begin(), stem.end(), [](QChar c) { return isLineEndHyphen(c); });
}

bool sameLine(const QRectF &line, const QRectF &box)
{
    return std::abs(line.center().y() - box.center().y())
               < std::max(line.height(), box.height()) / 2
           && box.left() >= line.left() - 1;
}

// Appends the words one after the other as a reader would copy them.
class QuoteBuilder
{
public:
    void add(const FlowWord &word)
    {
        if (m_previous) {
            if (m_previous->text.endsWith(QChar(0x00ad))) {
                m_text.chop(1);
            } else if (m_previous->endsLine && isBrokenWord(m_previous->text, word.text)) {
                m_text.chop(1);
            } else if (m_previous->endsLine && !m_newPage && !m_previous->text.isEmpty()
                       && isLineEndHyphen(m_previous->text.back())
                       && !isSuspendedHyphen(word.text)) {
                // A compound broken after its hyphen: "out-of-" + "state".
            } else if (m_previous->endsLine || m_previous->spaceAfter || m_newPage) {
                m_text += u' ';
            }
        }
        m_text += word.text;
        m_previous = &word;
        m_newPage = false;
    }
    void newPage() { m_newPage = true; }
    QString text() const { return m_text; }

private:
    QString m_text;
    const FlowWord *m_previous = nullptr;
    bool m_newPage = false;
};

} // namespace

void markMarginNumbers(PageWords &words)
{
    // Lone numbers on a line of their own, grouped by their right edge (they are right-aligned
    // in the margin); the largest group is the numbering if it counts up down the page.
    std::map<int, QList<qsizetype>> byRightEdge;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const FlowWord &word = words[i];
        const bool alone = i == lineStart && word.endsLine;
        if (word.endsLine)
            lineStart = i + 1;
        bool ok = false;
        const int value = word.text.toInt(&ok);
        if (alone && ok && word.text.size() <= 2 && value >= 1 && value <= 99)
            byRightEdge[qRound(word.box.right() / 4.0)].append(i);
    }
    QList<qsizetype> column;
    for (auto it = byRightEdge.cbegin(); it != byRightEdge.cend(); ++it) {
        QList<qsizetype> merged = it->second;
        if (const auto next = std::next(it);
            next != byRightEdge.cend() && next->first == it->first + 1)
            merged += next->second;
        if (merged.size() > column.size())
            column = merged;
    }
    if (column.size() < 5)
        return;
    std::ranges::sort(
        column, [&](qsizetype a, qsizetype b) { return words[a].box.top() < words[b].box.top(); });
    int ascending = 0;
    for (qsizetype i = 1; i < column.size(); ++i)
        ascending += words[column[i]].text.toInt() > words[column[i - 1]].text.toInt() ? 1 : 0;
    if (ascending < (column.size() - 1) * 4 / 5)
        return;
    // The body must lie to the right of the column: these are margin numbers, not a list.
    qreal right = 0;
    for (const qsizetype i : std::as_const(column))
        right = std::max(right, words[i].box.right());
    int bodyRight = 0;
    int bodyLeft = 0;
    for (const FlowWord &word : std::as_const(words)) {
        if (word.box.top() >= words[column.first()].box.top() - 2
            && word.box.bottom() <= words[column.last()].box.bottom() + 2)
            ++(word.box.left() > right ? bodyRight : bodyLeft);
    }
    if (bodyRight < 4 * bodyLeft)
        return;
    for (const qsizetype i : std::as_const(column))
        words[i].marginNumber = true;
}

qsizetype TextFlowSelection::wordAt(const PageWords &words, const QPointF &point)
{
    qsizetype best = -1;
    qreal bestScore = 0;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const FlowWord &word = words[i];
        if (word.marginNumber)
            continue;
        const QRectF &box = word.box;
        const qreal dx = std::max({0.0, box.left() - point.x(), point.x() - box.right()});
        const qreal dy = std::max({0.0, box.top() - point.y(), point.y() - box.bottom()});
        // A point beside a line belongs to that line, not to the word above or below.
        const qreal score = dx + 8 * dy;
        if (best < 0 || score < bestScore) {
            best = i;
            bestScore = score;
        }
    }
    return best;
}

TextFlowSelection TextFlowSelection::flow(const QHash<int, PageWords> &pages,
                                          const TextPosition &from,
                                          const TextPosition &to)
{
    const auto refAt = [&](const TextPosition &position) {
        return WordRef{position.page, wordAt(pages.value(position.page), position.point)};
    };
    WordRef first = refAt(from);
    WordRef last = refAt(to);
    if (last < first)
        std::swap(first, last);

    TextFlowSelection selection;
    QuoteBuilder quote;
    for (int page = first.page; page <= last.page; ++page) {
        const auto found = pages.constFind(page);
        if (found == pages.cend())
            continue;
        const PageWords &words = *found;
        const qsizetype begin = page == first.page ? std::max<qsizetype>(0, first.index) : 0;
        const qsizetype end = page == last.page ? last.index + 1 : words.size();
        if (page != first.page)
            quote.newPage();
        PageLines lines{page, {}};
        bool lineOpen = false;
        for (qsizetype i = begin; i < end; ++i) {
            const FlowWord &word = words[i];
            if (word.marginNumber)
                continue;
            if (selection.m_first.page == 0)
                selection.m_first = {page, i};
            selection.m_last = {page, i};
            quote.add(word);
            if (lineOpen && sameLine(lines.rects.last(), word.box))
                lines.rects.last() = lines.rects.last().united(word.box);
            else
                lines.rects.append(word.box);
            lineOpen = !word.endsLine;
        }
        if (!lines.rects.isEmpty())
            selection.m_lines.append(std::move(lines));
    }
    selection.m_text = quote.text();
    return selection;
}

TextFlowSelection TextFlowSelection::area(int page, const PageWords &words, const QRectF &area)
{
    QList<qsizetype> inside;
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (!words[i].marginNumber && area.contains(words[i].box.center()))
            inside.append(i);
    }
    TextFlowSelection selection;
    selection.m_isArea = true;
    if (inside.isEmpty())
        return selection;
    // Rows top to bottom; a word belongs to the row whose middle it straddles.
    std::ranges::sort(inside, [&](qsizetype a, qsizetype b) {
        return words[a].box.center().y() < words[b].box.center().y();
    });
    QList<QList<qsizetype>> rows;
    QRectF rowBox;
    for (const qsizetype i : std::as_const(inside)) {
        const QRectF &box = words[i].box;
        if (!rows.isEmpty() && box.top() < rowBox.center().y()
            && box.bottom() > rowBox.center().y()) {
            rows.last().append(i);
            rowBox = rowBox.united(box);
        } else {
            rows.append(QList<qsizetype>{i});
            rowBox = box;
        }
    }
    QStringList texts;
    PageLines lines{page, {}};
    for (QList<qsizetype> &row : rows) {
        std::ranges::sort(row, [&](qsizetype a, qsizetype b) {
            return words[a].box.left() < words[b].box.left();
        });
        QStringList cells;
        QRectF united;
        for (const qsizetype i : std::as_const(row)) {
            cells.append(words[i].text);
            united = united.isNull() ? words[i].box : united.united(words[i].box);
        }
        texts.append(cells.join(u' '));
        lines.rects.append(united);
    }
    selection.m_first = {page, *std::ranges::min_element(inside)};
    selection.m_last = {page, *std::ranges::max_element(inside)};
    selection.m_text = texts.join(u'\n');
    selection.m_lines = {std::move(lines)};
    return selection;
}

bool TextFlowSelection::contains(int page, const QPointF &point) const
{
    for (const PageLines &lines : m_lines) {
        if (lines.page != page)
            continue;
        for (const QRectF &rect : lines.rects) {
            if (rect.adjusted(-2, -2, 2, 2).contains(point))
                return true;
        }
    }
    return false;
}

} // namespace Casebinder::Views

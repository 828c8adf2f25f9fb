#include "dockets/appellatedocket.h"

#include "dockets/docketdates.h"
#include "dockets/htmltree.h"

#include <QMap>
#include <QRegularExpression>

#include <ranges>

using namespace Qt::StringLiterals;

namespace Casebinder::Dockets {

namespace {

using Html::Node;

QString collapsed(QStringView text)
{
    return Html::collapseWhitespace(text);
}

// The node's first text child (what XPath's text() gives a string test), or empty.
QString firstText(const Node &node)
{
    for (const Node *child : node.children) {
        if (child->isText())
            return child->text;
    }
    return {};
}

// The text right after an element, inside its parent (lxml's `tail`).
QString tailOf(const Node &node)
{
    if (!node.parent)
        return {};
    const std::vector<Node *> &siblings = node.parent->children;
    auto it = std::ranges::find(siblings, &node);
    if (it == siblings.end() || ++it == siblings.end() || !(*it)->isText())
        return {};
    return (*it)->text;
}

std::vector<const Node *> followingSiblings(const Node &node)
{
    std::vector<const Node *> found;
    if (!node.parent)
        return found;
    const std::vector<Node *> &siblings = node.parent->children;
    auto it = std::ranges::find(siblings, &node);
    if (it == siblings.end())
        return found;
    for (++it; it != siblings.end(); ++it) {
        if (!(*it)->isText() && !(*it)->isComment())
            found.push_back(*it);
    }
    return found;
}

// Splits the children of `cell` at each <br> (at each pair of adjacent <br>s when `pairs`):
// the runs of nodes between them.
std::vector<std::vector<const Node *>> splitAtBreaks(const Node &cell, bool pairs)
{
    std::vector<std::vector<const Node *>> runs(1);
    const std::vector<Node *> &children = cell.children;
    for (size_t i = 0; i < children.size(); ++i) {
        const Node *child = children[i];
        if (child->is(u"br")) {
            if (!pairs) {
                runs.emplace_back();
                continue;
            }
            if (i + 1 < children.size() && children[i + 1]->is(u"br")) {
                runs.emplace_back();
                ++i;
                continue;
            }
        }
        runs.back().push_back(child);
    }
    return runs;
}

QString textOf(const std::vector<const Node *> &run)
{
    QString text;
    for (const Node *node : run)
        text += node->isText() ? node->text : node->textContent();
    return text;
}

// The lines of a run of nodes, split at every <br> below them, trimmed, empty ones left out.
QStringList linesOf(const std::vector<const Node *> &run)
{
    QStringList lines;
    QString line;
    const auto flush = [&] {
        const QString clean = collapsed(line);
        if (!clean.isEmpty())
            lines.append(clean);
        line.clear();
    };
    for (const Node *node : run) {
        if (node->isText()) {
            line += node->text;
        } else if (node->is(u"br")) {
            flush();
        } else {
            const QStringList inner = node->brLines();
            // An element's own breaks end lines too; its first line continues the current one.
            for (qsizetype i = 0; i < inner.size(); ++i) {
                if (i > 0)
                    flush();
                line += inner.at(i);
            }
        }
    }
    flush();
    return lines;
}

class Reader
{
public:
    Reader(const Html::Tree &tree, QStringView page)
        : m_root(tree.root())
        , m_page(page)
    {}

    Result<Docket> read()
    {
        // PACER's own "no such case" page carries the report's form and labels.
        if (m_page.contains(u"Case Number Not Found"_s))
            return notADocket();
        m_docket.docketNumber = docketNumber();
        if (m_docket.docketNumber.isEmpty() || !section(u"NEW SECTION - Case Stub"))
            return notADocket();
        m_docket.courtId = courtId();
        m_docket.caseName = caseName();
        m_docket.dateFiled = parseUsDate(collapsed(tailAfter(u"Docketed"_s)));
        m_docket.dateTerminated = parseUsDate(collapsed(tailAfter(u"Termed"_s)));
        m_docket.natureOfSuit = collapsed(tailAfter(u"Nature of Suit"_s));
        readParties();
        readEntries();
        return m_docket;
    }

private:
    static std::unexpected<Error> notADocket()
    {
        return fail(Error::Code::Unsupported, u"not a docket"_s);
    }

    // The first comment that contains `marker`.
    const Node *section(QStringView marker) const
    {
        const Node *found = nullptr;
        walkAll([&](const Node &node) {
            if (node.isComment() && node.text.contains(marker))
                found = &node;
            return found == nullptr;
        });
        return found;
    }

    // Calls visit(node) on every node in document order until it returns false.
    template<typename Visit>
    void walkAll(Visit &&visit) const
    {
        std::vector<const Node *> stack{&m_root};
        while (!stack.empty()) {
            const Node *node = stack.back();
            stack.pop_back();
            if (!visit(*node))
                return;
            for (const auto &child : std::ranges::reverse_view(node->children))
                stack.push_back(child);
        }
    }

    // The first element whose first text matches `pattern`.
    const Node *elementWithText(const QRegularExpression &pattern) const
    {
        const Node *found = nullptr;
        walkAll([&](const Node &node) {
            if (!node.isText() && !node.isComment() && pattern.match(firstText(node)).hasMatch())
                found = &node;
            return found == nullptr;
        });
        return found;
    }

    // juriscraper's _get_tail_by_regex: the text after the first element whose first text
    // matches.
    QString tailAfter(const QString &pattern) const
    {
        const Node *node = elementWithText(QRegularExpression(pattern));
        return node ? tailOf(*node) : QString();
    }

    QString docketNumber() const
    {
        static const QRegularExpression label(u"Docket #|Case Number"_s);
        const Node *node = elementWithText(label);
        if (!node)
            return {};
        if (QString tail = collapsed(tailOf(*node)); !tail.isEmpty())
            return tail;
        // Newer pages wrap the number in a telephone link (<a href="tel:23-30126">).
        for (const Node *sibling : followingSiblings(*node)) {
            if (sibling->is(u"a") && sibling->attribute(u"href").startsWith(u"tel:"_s))
                return collapsed(sibling->textContent());
        }
        return {};
    }

    // The court from the report's heading ("United States Court of Appeals for the First
    // Circuit"), else from the CM/ECF host its links point to.
    QString courtId() const
    {
        static const QMap<QString, QString> circuits = {
            {u"first"_s, u"1"_s},
            {u"second"_s, u"2"_s},
            {u"third"_s, u"3"_s},
            {u"fourth"_s, u"4"_s},
            {u"fifth"_s, u"5"_s},
            {u"sixth"_s, u"6"_s},
            {u"seventh"_s, u"7"_s},
            {u"eighth"_s, u"8"_s},
            {u"ninth"_s, u"9"_s},
            {u"tenth"_s, u"10"_s},
            {u"eleventh"_s, u"11"_s},
        };
        static const QRegularExpression heading(
            u"(Court of Appeals|Bankruptcy Appellate Panel) for the (\\w+(?: of \\w+)?) Circuit"_s,
            QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression veterans(u"Court of Appeals for Veterans Claims"_s,
                                                 QRegularExpression::CaseInsensitiveOption);
        const QString head = collapsed(m_page.first(std::min<qsizetype>(m_page.size(), 20000)));
        if (const auto match = heading.match(head); match.hasMatch()) {
            const QString circuit = match.captured(2).toLower();
            const bool panel = match.captured(1).startsWith(u"Bankruptcy"_s, Qt::CaseInsensitive);
            if (circuit == u"federal"_s)
                return u"cafc"_s;
            if (circuit == u"district of columbia"_s)
                return u"cadc"_s;
            if (circuits.contains(circuit))
                return (panel ? u"bap"_s : u"ca"_s) + circuits.value(circuit);
        }
        if (veterans.match(head).hasMatch())
            return u"cavc"_s;
        static const QRegularExpression host(
            u"(?:ecf|www)\\.(ca\\d+|cadc|cafc|bap\\d+)\\.uscourts\\.gov"_s,
            QRegularExpression::CaseInsensitiveOption);
        if (const auto match = host.match(m_page); match.hasMatch())
            return match.captured(1).toLower().replace(u"bap0"_s, u"bap"_s);
        return {};
    }

    // The cell of the case stub without bold text.
    QString caseName() const
    {
        const Node *stub = section(u"NEW SECTION - Case Stub");
        if (!stub)
            return {};
        for (const Node *sibling : followingSiblings(*stub)) {
            for (const Node *table : sibling->descendants(u"table")) {
                const std::vector<const Node *> rows = table->descendants(u"tr");
                if (rows.empty() || !rows.front()->hasDescendant(u"b"))
                    continue;
                for (const Node *cell : table->descendants(u"td")) {
                    if (!cell->hasDescendant(u"b"))
                        return collapsed(cell->textContent());
                }
            }
        }
        return {};
    }

    void readParties()
    {
        const Node *marker = section(u"NEW SECTION - Party/Aty List");
        if (!marker)
            return;
        const Node *outer = nullptr;
        for (const Node *sibling : followingSiblings(*marker)) {
            if (sibling->is(u"table")) {
                outer = sibling;
                break;
            }
        }
        if (!outer)
            return;
        std::vector<const Node *> rows;
        for (const Node *table : outer->descendants(u"table")) {
            for (const Node *row : table->descendants(u"tr")) {
                if (std::ranges::find(rows, row) == rows.end())
                    rows.push_back(row);
            }
        }
        for (const Node *row : rows) {
            const std::vector<const Node *> cells = row->descendants(u"td");
            if (cells.size() < 2)
                continue;
            DocketParty party = partyOf(*cells[0]);
            for (const auto &block : splitAtBreaks(*cells[1], true)) {
                QStringList lines = linesOf(block);
                if (lines.isEmpty())
                    continue;
                DocketAttorney attorney;
                attorney.name = lines.takeFirst();
                QStringList contact;
                static const QRegularExpression role(u"^\\[(.*)\\]"_s);
                for (const QString &line : std::as_const(lines)) {
                    if (const auto match = role.match(line); match.hasMatch())
                        attorney.roles.append(match.captured(1));
                    else
                        contact.append(line);
                }
                attorney.contact = contact.join(u'\n');
                party.attorneys.append(attorney);
            }
            m_docket.parties.append(party);
        }
    }

    // Name first, role last; between them "<b>Terminated: </b>07/31/2017" and the like.
    static DocketParty partyOf(const Node &cell)
    {
        DocketParty party;
        const auto runs = splitAtBreaks(cell, false);
        party.name = collapsed(textOf(runs.front()));
        party.type = collapsed(textOf(runs.back()));
        if (party.type.endsWith(u','))
            party.type.chop(1);
        for (size_t i = 1; i + 1 < runs.size(); ++i) {
            for (const Node *node : runs[i]) {
                if (!(node->is(u"b") || node->is(u"strong")))
                    continue;
                if (collapsed(node->textContent()).startsWith(u"Terminated"_s))
                    party.dateTerminated = parseUsDate(collapsed(tailOf(*node)));
            }
        }
        return party;
    }

    void readEntries()
    {
        const Node *marker = section(u"DOCKET ENTRIES");
        if (!marker)
            return;
        bool viewMultiple = false;
        for (const Node *input : m_root.descendants(u"input")) {
            if (input->attribute(u"value") == u"View Selected"_s)
                viewMultiple = true;
        }
        for (const Node *holder : followingSiblings(*marker)) {
            if (!holder->is(u"table") && !holder->is(u"form"))
                continue;
            for (const Node *row : holder->descendants(u"tr")) {
                // The rows of an attachment table nested in a row are that row's.
                if (nestedInEntryRow(*row, *holder))
                    continue;
                if (!readEntryRow(*row, viewMultiple))
                    return;
            }
        }
    }

    // Is this row inside another row with a date cell, below `holder`, i.e. part of an
    // attachment table?
    static bool nestedInEntryRow(const Node &row, const Node &holder)
    {
        for (const Node *up = row.parent; up && up != &holder; up = up->parent) {
            if (up->is(u"tr") && up->childElements(u"td").size() >= 3)
                return true;
        }
        return false;
    }

    // False when the table says there are no entries (the rest is not read).
    bool readEntryRow(const Node &row, bool viewMultiple)
    {
        const std::vector<const Node *> cells = row.childElements(u"td");
        if (cells.empty())
            return true;
        if (cells.size() == 1)
            return collapsed(cells.front()->textContent()) != u"No docket entries found."_s;
        const QString dateText = collapsed(cells[0]->textContent());
        if (dateText.isEmpty() && cells.size() >= 3) {
            const QList<DocketAttachment> attachments = attachmentsOf(*cells[2]);
            if (!attachments.isEmpty() && !m_docket.entries.isEmpty()) {
                m_docket.entries.last().attachments = attachments;
                return true;
            }
            if (viewMultiple || !attachments.isEmpty())
                return true;
        }
        if (cells.size() < 3)
            return true;
        DocketEntry entry;
        entry.dateFiled = parseUsDate(dateText);
        entry.pacerDocId = docIdOf(*cells[1]);
        entry.documentNumber = documentNumberOf(*cells[1]);
        if (entry.documentNumber.isEmpty())
            entry.documentNumber = entry.pacerDocId;
        for (const Node *input : cells[1]->descendants(u"input")) {
            entry.pacerSeqNo = input->attribute(u"value");
            break;
        }
        entry.description = Html::docketText(cells[2]->textContent());
        static const QRegularExpression entered(u"Entered:\\s*(\\d{1,2}/\\d{1,2}/\\d{4})"_s);
        if (const auto match = entered.match(entry.description); match.hasMatch())
            entry.dateEntered = parseUsDate(match.captured(1));
        m_docket.entries.append(entry);
        return true;
    }

    // The first text in the cell (outside <font>, which gives pages and size) that is all
    // digits.
    static QString documentNumberOf(const Node &cell)
    {
        QString number;
        std::vector<const Node *> stack{&cell};
        while (!stack.empty() && number.isEmpty()) {
            const Node *node = stack.back();
            stack.pop_back();
            if (node->isText()) {
                const QString text = collapsed(node->text);
                const bool digits = !text.isEmpty() && std::ranges::all_of(text, [](QChar c) {
                    return c >= u'0' && c <= u'9';
                });
                if (digits && !(node->parent && node->parent->is(u"font")))
                    number = text;
                continue;
            }
            for (const auto &child : std::ranges::reverse_view(node->children))
                stack.push_back(child);
        }
        return number;
    }

    // The first link's document id (…/docs1/00106008873?…), its fourth digit 0 as PACER names
    // the main document.
    static QString docIdOf(const Node &cell)
    {
        const std::vector<const Node *> links = cell.descendants(u"a");
        if (links.empty())
            return {};
        QString id = links.front()->attribute(u"href");
        id = id.section(u'?', 0, 0).section(u'/', -1);
        if (id.size() > 3 && id[3] == u'1')
            id[3] = u'0';
        return id;
    }

    // "View multiple documents": a table in the third cell, one row per attachment (after its
    // header): a checkbox, the number, the link, the description.
    static QList<DocketAttachment> attachmentsOf(const Node &cell)
    {
        QList<DocketAttachment> attachments;
        for (const Node *table : cell.childElements(u"table")) {
            std::vector<const Node *> rows;
            for (const Node *outerRow : table->descendants(u"tr")) {
                for (const Node *row : outerRow->descendants(u"tr")) {
                    if (std::ranges::find(rows, row) == rows.end())
                        rows.push_back(row);
                }
            }
            for (size_t i = 1; i < rows.size(); ++i) {
                const std::vector<const Node *> cells = rows[i]->childElements(u"td");
                DocketAttachment attachment;
                for (const Node *td : rows[i]->descendants(u"td")) {
                    if (const QString text = collapsed(firstText(*td)); !text.isEmpty()) {
                        attachment.attachmentNumber = text.toInt();
                        break;
                    }
                }
                // The description cell's first element or text.
                if (cells.size() >= 4) {
                    for (const Node *node : cells[3]->children) {
                        if (node->isComment())
                            continue;
                        attachment.description
                            = collapsed(node->isText() ? node->text : node->textContent());
                        break;
                    }
                }
                for (const Node *link : rows[i]->descendants(u"a")) {
                    attachment.pacerDocId = link->attribute(u"data-pacer-doc-id");
                    break;
                }
                if (attachment.attachmentNumber > 0)
                    attachments.append(attachment);
            }
        }
        return attachments;
    }

    const Node &m_root;
    QStringView m_page;
    Docket m_docket;
};

} // namespace

bool PacerAppellateReport::looksLikeAppellatePage(QByteArrayView bytes)
{
    return bytes.contains("TransportRoom") || bytes.contains("NEW SECTION - Case Stub");
}

Result<Docket> PacerAppellateReport::parse(QByteArrayView bytes)
{
    const QString page = Html::decodePage(bytes);
    const Html::Tree tree = Html::Tree::parse(page, true);
    return Reader(tree, page).read();
}

} // namespace Casebinder::Dockets

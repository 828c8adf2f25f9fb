#include "dockets/pacerdocket.h"

#include "dockets/docketdates.h"
#include "dockets/htmltree.h"

#include <QRegularExpression>

#include <cctype>

using namespace Qt::StringLiterals;

namespace Casebinder::Dockets {

namespace {

using Html::Node;

QString collapsed(const QString &text)
{
    return Html::collapseWhitespace(text);
}

bool hasChildPair(const Node &node, QStringView outer, QStringView inner)
{
    for (const Node *element : node.descendants(outer)) {
        if (!element->childElements(inner).empty())
            return true;
    }
    return false;
}

// The rows of a table, through an implied or written tbody, not those of nested tables.
std::vector<const Node *> rowsOf(const Node &table)
{
    std::vector<const Node *> rows;
    for (const Node *child : table.children) {
        if (child->is(u"tr"))
            rows.push_back(child);
        else if (child->is(u"tbody") || child->is(u"thead") || child->is(u"tfoot"))
            std::ranges::copy(child->childElements(u"tr"), std::back_inserter(rows));
    }
    return rows;
}

class Reader
{
public:
    explicit Reader(QStringView page)
        : m_page(page)
    {}

    // An entry row, handed over while the page is read (the rows are not kept in the tree).
    void streamedRow(const Node &row, const Node &header)
    {
        if (m_rowCourtId.isEmpty())
            m_rowCourtId = courtIdOf(row);
        if (&header != m_lastHeader) {
            m_lastHeader = &header;
            m_selectColumn = selectColumnOf(header);
        }
        readEntry(row, m_selectColumn);
    }

    Result<Docket> read(const Html::Tree &tree)
    {
        m_root = &tree.root();
        m_docket.courtId = courtIdOf(*m_root);
        if (m_docket.courtId.isEmpty())
            m_docket.courtId = m_rowCourtId;
        const bool bankruptcy = m_docket.courtId.endsWith(u'b');
        if (!readCaseValues())
            return notADocket();
        m_docket.docketNumber = docketNumber(bankruptcy);
        if (m_docket.docketNumber.isEmpty())
            return notADocket();
        m_docket.dateFiled = parseUsDate(value(u"Date [fF]iled:\\s+([\\d/-]+)"_s));
        m_docket.dateTerminated = parseUsDate(value(u"Date [tT]erminated:\\s+([\\d/-]+)"_s));
        m_docket.assignedTo = judge(value(u"Assigned to:\\s+(.*)"_s));
        m_docket.referredTo = judge(value(u"Referred to:\\s+(.*)"_s));
        m_docket.cause = value(u"Cause:\\s+(.*)"_s);
        m_docket.natureOfSuit = value(u"Nature of Suit:\\s+(.*)"_s);
        m_docket.juryDemand = value(u"Jury Demand:\\s+(.*)"_s);
        m_docket.jurisdiction = value(u"Jurisdiction:\\s+(.*)"_s);
        readParties();
        m_docket.caseName = bankruptcy ? debtorName() : caseName();
        readEntries();
        return m_docket;
    }

private:
    static std::unexpected<Error> notADocket()
    {
        return fail(Error::Code::Unsupported, u"not a docket"_s);
    }

    // The court's id from the page's own links (https://ecf.akd.uscourts.gov/doc1/…).
    static QString courtIdOf(const Node &root)
    {
        static const QRegularExpression host(u"(?:ecf|pacer)\\.([a-z0-9]+)\\.uscourts\\.gov"_s,
                                             QRegularExpression::CaseInsensitiveOption);
        for (const QString &name : {u"a"_s, u"form"_s}) {
            for (const Node *link : root.descendants(name)) {
                const QString target = link->attribute(name == u"a"_s ? u"href" : u"action");
                if (const auto match = host.match(target); match.hasMatch())
                    return match.captured(1).toLower();
            }
        }
        return {};
    }

    // The lines of the case table: the outermost table (without a centred receipt in it) round
    // the cell that says "Date Filed:".
    bool readCaseValues()
    {
        static const QRegularExpression dateFiled(u"Date [fF]iled:"_s);
        for (const Node *cell : m_root->descendants(u"td")) {
            if (!dateFiled.match(cell->textContent()).hasMatch())
                continue;
            const Node *table = nullptr;
            for (const Node *up = cell->ancestor(u"table"); up; up = up->ancestor(u"table")) {
                if (!up->hasDescendant(u"center"))
                    table = up;
            }
            if (!table)
                continue;
            QStringList all;
            for (const Node *valueCell : table->descendants(u"td")) {
                if (valueCell->hasDescendant(u"table"))
                    continue;
                for (const QString &line : valueCell->brLines())
                    all.append(collapsed(line));
            }
            m_values = all;
            m_values.append(all.join(u' '));
            return true;
        }
        return false;
    }

    QString value(const QString &pattern) const
    {
        const QRegularExpression regex(pattern);
        for (const QString &line : m_values) {
            if (const auto match = regex.match(line); match.hasMatch())
                return match.captured(1).trimmed();
        }
        return {};
    }

    static QString judge(QString name)
    {
        static const QRegularExpression title(
            u"^(?:(?:Honorable|Hon\\.?|Chief|Senior|District|Magistrate|Bankruptcy|U\\.S\\.|"
            u"Judge|Justice)\\s+)+"_s,
            QRegularExpression::CaseInsensitiveOption);
        return name.remove(title).trimmed();
    }

    QString docketNumber(bool bankruptcy) const
    {
        static const QRegularExpression district(u"((\\d{1,2}:)?\\d\\d-[a-zA-Z]{1,4}-\\d{1,10})"_s);
        // The Judicial Panel on Multidistrict Litigation numbers its dockets "MDL No. 2168".
        static const QRegularExpression multidistrict(u"\\b(MDL No\\.\\s*\\d+)"_s);
        static const QRegularExpression bankruptcyNumber(u"#:\\s+((\\d-)?\\d\\d-\\d*)"_s);
        std::vector<const QRegularExpression *> patterns;
        if (bankruptcy)
            patterns.push_back(&bankruptcyNumber);
        patterns.push_back(&district);
        patterns.push_back(&multidistrict);
        std::vector<QString> texts;
        for (const QString &name : {u"h3"_s, u"font"_s, u"center"_s}) {
            for (const Node *node : m_root->descendants(name))
                texts.push_back(node->textContent());
        }
        for (const QRegularExpression *pattern : patterns) {
            for (const QString &text : texts) {
                if (const auto match = pattern->match(text); match.hasMatch())
                    return match.captured(1);
            }
        }
        return {};
    }

    QString caseName() const
    {
        static const QRegularExpression versus(u"(?:Case\\s+title:\\s+)?(.*\\bv\\.\\s.*)"_s);
        static const QRegularExpression inRe(u"\\bIN\\s+RE:\\s+.*"_s,
                                             QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression title(u"Case\\s+title:\\s+(.*)"_s);
        for (const QString &line : m_values.mid(0, m_values.size() - 1)) {
            if (const auto match = versus.match(line); match.hasMatch())
                return match.captured(1).trimmed();
            if (const auto match = inRe.match(line); match.hasMatch())
                return match.captured(0).trimmed();
            if (const auto match = title.match(line); match.hasMatch())
                return match.captured(1).trimmed();
        }
        return {};
    }

    QString debtorName() const
    {
        for (const DocketParty &party : m_docket.parties) {
            if (party.type.startsWith(u"Debtor"_s, Qt::CaseInsensitive))
                return party.name;
        }
        return caseName();
    }

    // juriscraper's party rules: a row whose first cell has <b><u>TYPE</u></b> starts a party
    // type (<i><b> in bankruptcy, "----- TYPE -----" in adversary proceedings); a <b> in the
    // first cell is the party's name, the third cell its lawyers.
    void readParties()
    {
        std::vector<const Node *> rows;
        for (const Node *table : m_root->descendants(u"table")) {
            const std::vector<const Node *> tableRows = rowsOf(*table);
            const bool partyTable = std::ranges::any_of(tableRows, [](const Node *row) {
                const auto cells = row->childElements(u"td");
                if (cells.empty())
                    return false;
                const Node &first = *cells.front();
                if (hasChildPair(first, u"i", u"b") || hasChildPair(first, u"b", u"u"))
                    return true;
                return std::ranges::any_of(first.descendants(u"b"), [](const Node *b) {
                    return b->textContent().contains(u"-----"_s);
                });
            });
            if (partyTable)
                std::ranges::copy(tableRows, std::back_inserter(rows));
        }
        const bool adversary = m_page.contains(u"Adversary Proceeding"_s);
        DocketParty party;
        bool named = false;
        bool inCounts = false;
        for (size_t i = 0; i < rows.size(); ++i) {
            const Node &row = *rows[i];
            const Node *next = i + 1 < rows.size() ? rows[i + 1] : nullptr;
            const std::vector<const Node *> cells = row.descendants(u"td");
            if (cells.empty())
                continue;
            const QString rowText = collapsed(row.textContent()).toLower();
            if (rowText.isEmpty() || rowText == u"v.")
                continue;
            const Node &first = *cells.front();
            // A criminal docket's counts and complaints (each with its <b>Count 1</b>) follow
            // headings of their own; they are no parties. The next party type ends them.
            if (hasChildPair(first, u"b", u"u")) {
                static const QRegularExpression counts(
                    u"^(Pending Counts|Terminated Counts|Complaints|Highest Offense Level)"_s);
                inCounts = counts.match(collapsed(first.textContent())).hasMatch();
                if (inCounts)
                    continue;
            }
            if (inCounts)
                continue;
            if (hasChildPair(first, u"b", u"u")) {
                if (!next || !next->hasDescendant(u"b"))
                    continue;
            } else if (!row.hasDescendant(u"b")) {
                continue;
            }
            if (cells.size() == 1 && hasChildPair(first, u"b", u"u")) {
                party = DocketParty{};
                party.type = collapsed(first.textContent());
                named = false;
                continue;
            }
            if (rowText.contains(u"------"_s)) {
                QString text = collapsed(first.textContent());
                static const QRegularExpression dashes(u"----*"_s);
                if (cells.size() == 1) {
                    party = DocketParty{};
                    party.type = collapsed(text.remove(dashes));
                    named = false;
                    continue;
                }
                if (cells.size() == 3)
                    party.type = collapsed(text.split(dashes).value(0));
            } else if (cells.size() == 3 && hasChildPair(first, u"i", u"b")) {
                party.type = collapsed(first.descendants(u"i").front()->textContent());
            }
            if (const Node *name = partyNameOf(first)) {
                party.name = collapsed(name->textContent());
                party.dateTerminated = terminatedDate(first);
                named = true;
            }
            if (cells.size() == 3)
                party.attorneys = attorneysOf(*cells[2]);
            if (named && !m_docket.parties.contains(party))
                m_docket.parties.append(party);
            const QString type = party.type;
            party = DocketParty{};
            named = false;
            if (adversary)
                party.type = type;
        }
    }

    static const Node *partyNameOf(const Node &cell)
    {
        for (const Node *b : cell.descendants(u"b")) {
            if (b->parent && b->parent->is(u"i"))
                continue;
            if (!b->childElements(u"u").empty() || b->textContent().contains(u"------"_s))
                continue;
            return b;
        }
        return nullptr;
    }

    static QDate terminatedDate(const Node &cell)
    {
        static const QRegularExpression terminated(u"TERMINATED:\\s*([\\d/]+)"_s);
        for (const Node *italic : cell.descendants(u"i")) {
            if (const auto match = terminated.match(italic->textContent()); match.hasMatch())
                return parseUsDate(match.captured(1));
        }
        return {};
    }

    // Each <b> is a lawyer's name; the text after it (up to the next <b>) the contact, its
    // <i> lines the roles.
    static QList<DocketAttorney> attorneysOf(const Node &cell)
    {
        QList<DocketAttorney> attorneys;
        for (const Node *b : cell.descendants(u"b")) {
            DocketAttorney attorney;
            attorney.name = collapsed(b->textContent());
            const std::vector<Node *> &siblings = b->parent->children;
            auto it = std::ranges::find(siblings, b);
            for (++it; it != siblings.end() && !(*it)->is(u"b"); ++it) {
                const Node &node = **it;
                if (node.isText()) {
                    const QString line = collapsed(node.text);
                    if (!line.isEmpty())
                        attorney.contact += line + u'\n';
                } else if (node.is(u"i")) {
                    const QString role = collapsed(node.textContent());
                    if (!role.startsWith(u"bar status"_s, Qt::CaseInsensitive)
                        && !role.startsWith(u"designation"_s, Qt::CaseInsensitive)
                        && !role.isEmpty())
                        attorney.roles.append(role);
                }
            }
            attorneys.append(attorney);
        }
        return attorneys;
    }

    // The rows after the header row that reads "Docket Text": date, number, text.
    void readEntries()
    {
        std::vector<const Node *> headers;
        for (const Node *table : m_root->descendants(u"table")) {
            for (const Node *row : rowsOf(*table)) {
                bool header = false;
                for (const Node *cell : row->children) {
                    if (!cell->isText() && cell->textContent().contains(u"Docket Text"_s))
                        header = true;
                }
                if (header) {
                    headers.push_back(row);
                    break;
                }
            }
        }
        for (const Node *header : headers) {
            const int selectColumn = selectColumnOf(*header);
            const std::vector<Node *> &siblings = header->parent->children;
            auto it = std::ranges::find(siblings, header);
            for (++it; it != siblings.end(); ++it) {
                if ((*it)->is(u"tr"))
                    readEntry(**it, selectColumn);
            }
        }
    }

    // Newer reports have a "Select" column of checkboxes between number and text.
    static int selectColumnOf(const Node &header)
    {
        int column = 0;
        for (const Node *cell : header.children) {
            if (!cell->is(u"td") && !cell->is(u"th"))
                continue;
            if (collapsed(cell->textContent()).startsWith(u"Select"_s))
                return column;
            ++column;
        }
        return -1;
    }

    // The newer layout's row under an entry: empty cells, then a table of the entry's
    // documents (checkbox, number, description, pages, size), the main document numbered 0.
    bool readNestedAttachments(const std::vector<const Node *> &cells)
    {
        if (cells.empty() || !collapsed(cells.front()->textContent()).isEmpty())
            return false;
        const std::vector<const Node *> tables = cells.back()->descendants(u"table");
        if (tables.empty())
            return false;
        if (m_docket.entries.isEmpty())
            return true;
        DocketEntry &entry = m_docket.entries.last();
        QList<DocketAttachment> attachments;
        for (const Node *row : tables.front()->descendants(u"tr")) {
            const std::vector<const Node *> parts = row->childElements(u"td");
            if (parts.size() < 3)
                continue;
            bool ok = false;
            const int number = collapsed(parts[1]->textContent()).toInt(&ok);
            if (!ok || number <= 0)
                continue;
            DocketAttachment attachment;
            attachment.attachmentNumber = number;
            attachment.description = collapsed(parts[2]->textContent());
            // The checkbox's value starts with the document's id without the court's prefix,
            // which the entry's own id gives.
            for (const Node *input : parts[0]->descendants(u"input")) {
                const QString id = input->attribute(u"value").section(u'-', 0, 0);
                if (!id.isEmpty() && entry.pacerDocId.size() > id.size())
                    attachment.pacerDocId
                        = entry.pacerDocId.first(entry.pacerDocId.size() - id.size()) + id;
            }
            attachments.append(attachment);
        }
        if (!attachments.isEmpty())
            entry.attachments = attachments;
        return true;
    }

    void readEntry(const Node &row, int selectColumn)
    {
        std::vector<const Node *> cells = row.childElements(u"td");
        if (readNestedAttachments(cells))
            return;
        QString checkboxSeqNo;
        if (cells.size() == 5) {
            // Newer bankruptcy reports: date, the number split over two cells (padding, link),
            // a checkbox carrying the sequence number, the text.
            for (const Node *input : cells[3]->descendants(u"input"))
                checkboxSeqNo = input->attribute(u"value");
            cells = {cells[0],
                     cells[1]->textContent().trimmed().isEmpty() ? cells[2] : cells[1],
                     cells[4]};
        }
        if (cells.size() == 4 && selectColumn >= 1 && selectColumn < 4)
            cells.erase(cells.begin() + selectColumn);
        else if (cells.size() == 4) // an extra column (almb)
            cells.erase(cells.begin() + 1);
        if (cells.size() < 3)
            return;
        DocketEntry entry;
        entry.dateFiled = parseUsDate(collapsed(cells[0]->textContent()));
        const QStringList words
            = collapsed(cells[1]->textContent()).split(u' ', Qt::SkipEmptyParts);
        entry.documentNumber = words.value(0);
        if (!entry.documentNumber.isEmpty()) {
            for (const Node *link : cells[1]->descendants(u"a")) {
                if (collapsed(link->textContent()) != entry.documentNumber)
                    continue;
                entry.pacerDocId = docIdOf(link->attribute(u"href"));
                entry.pacerSeqNo = seqNoOf(link->attribute(u"onclick"));
                break;
            }
        }
        if (entry.pacerSeqNo.isEmpty())
            entry.pacerSeqNo = checkboxSeqNo;
        entry.description = Html::docketText(cells[2]->textContent());
        static const QRegularExpression entered(u"\\(Entered:\\s*([\\d/]+)\\)"_s);
        if (const auto match = entered.match(entry.description); match.hasMatch())
            entry.dateEntered = parseUsDate(match.captured(1));
        m_docket.entries.append(entry);
    }

    // ".../doc1/0230436525" → "0230436525"; an attachment's id (fourth digit 1) names its
    // document with a 0 there.
    static QString docIdOf(const QString &href)
    {
        static const QRegularExpression doc1(u"/doc1/(\\d+)"_s);
        QString id = doc1.match(href).captured(1);
        if (id.size() > 3 && id[3] == u'1')
            id[3] = u'0';
        return id;
    }

    // goDLS('/doc1/0230436525','11428','21',…): the third argument.
    static QString seqNoOf(const QString &onClick)
    {
        static const QRegularExpression goDls(u"goDLS\\('[^']*','[^']*','([^']*)'"_s);
        return goDls.match(onClick).captured(1);
    }

    const Node *m_root = nullptr;
    QStringView m_page;
    QString m_rowCourtId;
    const Node *m_lastHeader = nullptr;
    int m_selectColumn = -1;
    QStringList m_values;
    Docket m_docket;
};

} // namespace

bool PacerDocketReport::looksLikeDocketReport(QByteArrayView head)
{
    // An HTML page (not an e-mail or text quoting one) from a CM/ECF server.
    const QByteArray text = head.toByteArray().toLower();
    qsizetype start = text.startsWith("\xef\xbb\xbf") ? 3 : 0;
    while (start < text.size() && std::isspace(static_cast<unsigned char>(text[start])))
        ++start;
    if (start >= text.size() || text[start] != '<')
        return false;
    const bool html = text.contains("<html") || text.contains("<table")
                      || text.contains("<!doctype") || text.contains("<head");
    const bool pacer
        = text.contains("cm/ecf") || text.contains("uscourts.gov") || text.contains("dktrpt.pl");
    return html && pacer;
}

Result<Docket> PacerDocketReport::parse(QByteArrayView bytes)
{
    const QString page = Html::decodePage(bytes);
    Reader reader(page);
    // The entry rows are read as the page is, not kept: a docket's size is in its entries.
    const Html::Tree tree = Html::Tree::parse(
        page, Html::RowStream{u"Docket Text"_s, [&reader](const Node &row, const Node &header) {
                                  reader.streamedRow(row, header);
                              }});
    return reader.read(tree);
}

} // namespace Casebinder::Dockets

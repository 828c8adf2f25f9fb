#include "dockets/htmltree.h"

#include "common/textdecoding.h"

#include <QHash>

#include <array>

using namespace Qt::StringLiterals;

namespace Casebinder::Html {

namespace {

bool isVoid(QStringView tag)
{
    static const std::array names = {u"area"_s,
                                     u"base"_s,
                                     u"br"_s,
                                     u"col"_s,
                                     u"embed"_s,
                                     u"hr"_s,
                                     u"img"_s,
                                     u"input"_s,
                                     u"link"_s,
                                     u"meta"_s,
                                     u"param"_s,
                                     u"source"_s,
                                     u"track"_s,
                                     u"wbr"_s};
    return std::find(names.begin(), names.end(), tag) != names.end();
}

bool isSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'-' || c == u'_' || c == u':' || c == u'.';
}

// Calls visit(node) for `from` and every node below it, in document order, without recursion
// (a hostile page may nest deeper than the stack).
template<typename Visit>
void walk(const Node &from, Visit &&visit)
{
    std::vector<std::pair<const Node *, size_t>> stack{{&from, 0}};
    visit(from, true);
    while (!stack.empty()) {
        auto &[node, next] = stack.back();
        if (next == node->children.size()) {
            visit(*node, false);
            stack.pop_back();
            continue;
        }
        const Node *child = node->children[next++];
        if (!visit(*child, true))
            continue;
        stack.emplace_back(child, 0);
    }
}

const QHash<QString, char16_t> &namedEntities()
{
    static const QHash<QString, char16_t> entities = {
        {u"amp"_s, u'&'},      {u"lt"_s, u'<'},       {u"gt"_s, u'>'},       {u"quot"_s, u'"'},
        {u"apos"_s, u'\''},    {u"nbsp"_s, 0x00A0},   {u"copy"_s, 0x00A9},   {u"reg"_s, 0x00AE},
        {u"sect"_s, 0x00A7},   {u"para"_s, 0x00B6},   {u"middot"_s, 0x00B7}, {u"ndash"_s, 0x2013},
        {u"mdash"_s, 0x2014},  {u"lsquo"_s, 0x2018},  {u"rsquo"_s, 0x2019},  {u"ldquo"_s, 0x201C},
        {u"rdquo"_s, 0x201D},  {u"hellip"_s, 0x2026}, {u"bull"_s, 0x2022},   {u"trade"_s, 0x2122},
        {u"eacute"_s, 0x00E9}, {u"egrave"_s, 0x00E8}, {u"aacute"_s, 0x00E1}, {u"oacute"_s, 0x00F3},
        {u"iacute"_s, 0x00ED}, {u"uacute"_s, 0x00FA}, {u"ntilde"_s, 0x00F1}, {u"ccedil"_s, 0x00E7},
        {u"uuml"_s, 0x00FC},   {u"ouml"_s, 0x00F6},   {u"auml"_s, 0x00E4},   {u"szlig"_s, 0x00DF},
        {u"deg"_s, 0x00B0},    {u"frac12"_s, 0x00BD}, {u"cent"_s, 0x00A2},   {u"pound"_s, 0x00A3},
        {u"euro"_s, 0x20AC},   {u"laquo"_s, 0x00AB},  {u"raquo"_s, 0x00BB},  {u"shy"_s, 0x00AD},
        {u"ensp"_s, 0x2002},   {u"emsp"_s, 0x2003},   {u"thinsp"_s, 0x2009},
    };
    return entities;
}

// The characters browsers give numeric references 128–159 (they mean cp1252, not C1 controls).
char32_t numericReference(char32_t code)
{
    if (code >= 0x80 && code <= 0x9F) {
        const char byte = char(code);
        const QString mapped = TextDecoding::decodeCp1252(QByteArrayView(&byte, 1));
        return mapped.isEmpty() ? U'\uFFFD' : mapped.front().unicode();
    }
    if (code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
        return U'\uFFFD';
    return code;
}

class Builder
{
public:
    explicit Builder(std::deque<Node> &nodes, const RowStream *stream = nullptr)
        : m_nodes(nodes)
        , m_stream(stream)
    {
        m_nodes.emplace_back();
        m_open.push_back(&m_nodes.back());
    }

    // Closes whatever is still open (a truncated page).
    void finish() { closeTo(1); }

    void text(QString text)
    {
        if (text.isEmpty())
            return;
        Node *parent = m_open.back();
        if (!parent->children.empty() && parent->children.back()->isText()) {
            parent->children.back()->text += text;
            return;
        }
        Node node;
        node.text = std::move(text);
        append(std::move(node));
    }

    void comment(QString text)
    {
        Node node;
        node.tag = u"#comment"_s;
        node.text = std::move(text);
        append(std::move(node));
    }

    void start(QString tag, QList<std::pair<QString, QString>> attributes, bool selfClosing)
    {
        closeImplied(tag);
        Node node;
        node.tag = std::move(tag);
        node.attributes = std::move(attributes);
        const bool streamed
            = m_stream && !m_streaming && node.tag == u"tr" && m_headers.contains(m_open.back());
        if (streamed)
            m_streaming = true;
        Node *added = append(std::move(node));
        if (streamed)
            m_streamRow = added;
        if (!selfClosing && !isVoid(added->tag))
            m_open.push_back(added);
        else if (streamed)
            closed(added);
    }

    void end(QStringView tag)
    {
        for (size_t i = m_open.size(); i-- > 1;) {
            if (m_open[i]->tag == tag) {
                closeTo(i);
                return;
            }
            // An end tag never closes past the table (or cell) it is inside.
            if (m_open[i]->tag == u"table"_s && tag != u"table"_s)
                return;
        }
    }

private:
    Node *append(Node node)
    {
        Node *parent = m_open.back();
        node.parent = parent;
        std::deque<Node> &into = m_streaming ? m_scratch : m_nodes;
        into.push_back(std::move(node));
        parent->children.push_back(&into.back());
        return &into.back();
    }

    // Pops the open elements down to `size`, the innermost first.
    void closeTo(size_t size)
    {
        while (m_open.size() > size) {
            Node *node = m_open.back();
            m_open.pop_back();
            closed(node);
        }
    }

    void closed(Node *node)
    {
        if (!m_stream || node->tag != u"tr")
            return;
        if (node == m_streamRow) {
            Node *container = node->parent;
            m_stream->onRow(*node, *m_headers.value(container));
            container->children.pop_back(); // the row is always its container's last child
            m_scratch.clear();
            m_streaming = false;
            m_streamRow = nullptr;
            return;
        }
        if (m_streaming || !node->parent)
            return;
        for (const Node *cell : node->children) {
            if (!cell->isText() && !cell->isComment()
                && cell->textContent().contains(m_stream->headerText)) {
                m_headers.insert(node->parent, node);
                return;
            }
        }
    }

    // Closes what a new `tag` ends implicitly: an open row or cell, a paragraph, a list item.
    void closeImplied(QStringView tag)
    {
        const auto closeUpTo = [this](std::initializer_list<QStringView> closes,
                                      std::initializer_list<QStringView> stops) {
            for (size_t i = m_open.size(); i-- > 1;) {
                const QString &open = m_open[i]->tag;
                if (std::find(stops.begin(), stops.end(), open) != stops.end())
                    return;
                if (std::find(closes.begin(), closes.end(), open) != closes.end()) {
                    closeTo(i);
                    return;
                }
            }
        };
        if (tag == u"tr")
            closeUpTo({u"tr"}, {u"table"});
        else if (tag == u"td" || tag == u"th")
            closeUpTo({u"td", u"th"}, {u"tr", u"table"});
        else if (tag == u"tbody" || tag == u"thead" || tag == u"tfoot")
            closeUpTo({u"tbody", u"thead", u"tfoot"}, {u"table"});
        else if (tag == u"p" || tag == u"table" || tag == u"div" || tag == u"ul" || tag == u"ol")
            closeUpTo({u"p"}, {u"td", u"th", u"table", u"div", u"li"});
        else if (tag == u"li")
            closeUpTo({u"li"}, {u"ul", u"ol", u"table"});
        else if (tag == u"option")
            closeUpTo({u"option"}, {u"select"});
    }

    std::deque<Node> &m_nodes;
    std::vector<Node *> m_open;
    const RowStream *m_stream = nullptr;
    QHash<const Node *, const Node *> m_headers; // a streamed table (or tbody) → its header row
    std::deque<Node> m_scratch;                  // the nodes of the row being streamed
    bool m_streaming = false;
    Node *m_streamRow = nullptr;
};

class Tokenizer
{
public:
    Tokenizer(QStringView html, Builder &builder, bool keepComments)
        : m_html(html)
        , m_builder(builder)
        , m_keepComments(keepComments)
    {}

    void run()
    {
        qsizetype textStart = 0;
        while (m_pos < m_html.size()) {
            const qsizetype lt = m_html.indexOf(u'<', m_pos);
            if (lt < 0)
                break;
            m_pos = lt;
            const qsizetype before = lt;
            if (!markup())
                continue;
            if (before > textStart)
                m_builder.text(decodeEntities(m_html.sliced(textStart, before - textStart)));
            flushPending();
            textStart = m_pos;
        }
        if (textStart < m_html.size())
            m_builder.text(decodeEntities(m_html.sliced(textStart)));
    }

private:
    QChar at(qsizetype i) const { return i < m_html.size() ? m_html[i] : QChar(); }

    // Reads the markup at m_pos ('<'). False when it is not markup but text ("a < b").
    bool markup()
    {
        const QChar next = at(m_pos + 1);
        if (next == u'!') {
            if (m_html.sliced(m_pos).startsWith(u"<!--")) {
                const qsizetype end = m_html.indexOf(u"-->", m_pos + 4);
                if (m_keepComments) {
                    const qsizetype stop = end < 0 ? m_html.size() : end;
                    m_pendingComment = m_html.sliced(m_pos + 4, stop - m_pos - 4).toString();
                }
                m_pos = end < 0 ? m_html.size() : end + 3;
            } else {
                skipPast(u'>');
            }
            return true;
        }
        if (next == u'?') {
            skipPast(u'>');
            return true;
        }
        const bool closing = next == u'/';
        qsizetype i = m_pos + (closing ? 2 : 1);
        if (!at(i).isLetter()) {
            ++m_pos; // a lone '<' is text
            return false;
        }
        const qsizetype nameStart = i;
        while (i < m_html.size() && isNameChar(m_html[i]))
            ++i;
        QString name = m_html.sliced(nameStart, i - nameStart).toString().toLower();
        QList<std::pair<QString, QString>> attributes;
        bool selfClosing = false;
        // Attributes, up to '>' (or the end of a truncated page).
        while (i < m_html.size() && m_html[i] != u'>') {
            const QChar c = m_html[i];
            if (isSpace(c)) {
                ++i;
                continue;
            }
            if (c == u'/') {
                selfClosing = at(i + 1) == u'>';
                ++i;
                continue;
            }
            const qsizetype attrStart = i;
            while (i < m_html.size() && !isSpace(m_html[i]) && m_html[i] != u'>'
                   && m_html[i] != u'=' && !(m_html[i] == u'/' && at(i + 1) == u'>'))
                ++i;
            if (i == attrStart) { // a stray '=' or quote
                ++i;
                continue;
            }
            QString attrName = m_html.sliced(attrStart, i - attrStart).toString().toLower();
            while (i < m_html.size() && isSpace(m_html[i]))
                ++i;
            QString value;
            if (at(i) == u'=') {
                ++i;
                while (i < m_html.size() && isSpace(m_html[i]))
                    ++i;
                const QChar quote = at(i);
                if (quote == u'"' || quote == u'\'') {
                    const qsizetype end = m_html.indexOf(quote, i + 1);
                    const qsizetype stop = end < 0 ? m_html.size() : end;
                    value = decodeEntities(m_html.sliced(i + 1, stop - i - 1));
                    i = end < 0 ? m_html.size() : end + 1;
                } else {
                    const qsizetype valueStart = i;
                    while (i < m_html.size() && !isSpace(m_html[i]) && m_html[i] != u'>')
                        ++i;
                    value = decodeEntities(m_html.sliced(valueStart, i - valueStart));
                }
            }
            attributes.append({std::move(attrName), std::move(value)});
        }
        m_pos = std::min(i + 1, m_html.size());
        if (closing) {
            m_pending = Pending{std::move(name), {}, false, true};
            return true;
        }
        m_pending = Pending{std::move(name), std::move(attributes), selfClosing, false};
        return true;
    }

    // Hands the tag just read to the builder; the content of script and style is skipped.
    void flushPending()
    {
        if (m_pendingComment) {
            m_builder.comment(std::move(*m_pendingComment));
            m_pendingComment.reset();
        }
        if (!m_pending)
            return;
        Pending tag = std::move(*m_pending);
        m_pending.reset();
        if (tag.closing) {
            m_builder.end(tag.name);
            return;
        }
        const bool raw = tag.name == u"script"_s || tag.name == u"style"_s;
        m_builder.start(tag.name, std::move(tag.attributes), tag.selfClosing || raw);
        if (raw && !tag.selfClosing) {
            const QString endTag = u"</"_s + tag.name;
            const qsizetype end = m_html.indexOf(endTag, m_pos, Qt::CaseInsensitive);
            if (end < 0) {
                m_pos = m_html.size();
                return;
            }
            m_pos = end;
            skipPast(u'>');
        }
    }

    void skipPast(QChar c)
    {
        const qsizetype end = m_html.indexOf(c, m_pos);
        m_pos = end < 0 ? m_html.size() : end + 1;
    }

    struct Pending
    {
        QString name;
        QList<std::pair<QString, QString>> attributes;
        bool selfClosing = false;
        bool closing = false;
    };

    QStringView m_html;
    Builder &m_builder;
    qsizetype m_pos = 0;
    bool m_keepComments = false;
    std::optional<Pending> m_pending;
    std::optional<QString> m_pendingComment;
};

} // namespace

QString Node::attribute(QStringView name) const
{
    for (const auto &[key, value] : attributes) {
        if (key == name)
            return value;
    }
    return {};
}

QString Node::textContent() const
{
    QString content;
    walk(*this, [&](const Node &node, bool entering) {
        if (entering && node.isText())
            content += node.text;
        return true;
    });
    return content;
}

QStringList Node::brLines() const
{
    QStringList lines;
    QString line;
    const auto flush = [&] {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty())
            lines.append(trimmed);
        line.clear();
    };
    walk(*this, [&](const Node &node, bool entering) {
        if (!entering)
            return true;
        if (node.isText())
            line += node.text;
        else if (node.is(u"br"))
            flush();
        return true;
    });
    flush();
    return lines;
}

std::vector<const Node *> Node::descendants(QStringView name) const
{
    std::vector<const Node *> found;
    walk(*this, [&](const Node &node, bool entering) {
        if (entering && &node != this && node.tag == name)
            found.push_back(&node);
        return true;
    });
    return found;
}

std::vector<const Node *> Node::childElements(QStringView name) const
{
    std::vector<const Node *> found;
    for (const Node *child : children) {
        if (child->tag == name)
            found.push_back(child);
    }
    return found;
}

bool Node::hasDescendant(QStringView name) const
{
    bool found = false;
    walk(*this, [&](const Node &node, bool entering) {
        if (entering && &node != this && node.tag == name)
            found = true;
        return !found;
    });
    return found;
}

const Node *Node::ancestor(QStringView name) const
{
    for (const Node *node = parent; node; node = node->parent) {
        if (node->tag == name)
            return node;
    }
    return nullptr;
}

Tree Tree::parse(QStringView html, bool keepComments)
{
    Tree tree;
    Builder builder(tree.m_nodes);
    Tokenizer(html, builder, keepComments).run();
    return tree;
}

Tree Tree::parse(QStringView html, const RowStream &stream)
{
    Tree tree;
    Builder builder(tree.m_nodes, &stream);
    Tokenizer(html, builder, false).run();
    builder.finish();
    return tree;
}

QString decodeEntities(QStringView text)
{
    qsizetype amp = text.indexOf(u'&');
    if (amp < 0)
        return text.toString();
    QString out;
    out.reserve(text.size());
    qsizetype from = 0;
    while (amp >= 0) {
        out += text.sliced(from, amp - from);
        qsizetype i = amp + 1;
        char32_t decoded = 0;
        if (i < text.size() && text[i] == u'#') {
            ++i;
            const bool hex = i < text.size() && (text[i] == u'x' || text[i] == u'X');
            if (hex)
                ++i;
            const qsizetype digitsStart = i;
            while (i < text.size() && i - digitsStart < 8
                   && (hex ? isxdigit(text[i].toLatin1()) : text[i].isDigit()))
                ++i;
            if (i > digitsStart) {
                bool ok = false;
                const uint code
                    = text.sliced(digitsStart, i - digitsStart).toUInt(&ok, hex ? 16 : 10);
                decoded = numericReference(ok ? code : 0xFFFD);
            }
        } else {
            const qsizetype nameStart = i;
            while (i < text.size() && i - nameStart < 10 && text[i].isLetterOrNumber())
                ++i;
            const auto found
                = namedEntities().constFind(text.sliced(nameStart, i - nameStart).toString());
            if (i > nameStart && found != namedEntities().constEnd())
                decoded = *found;
        }
        if (decoded == 0) {
            out += u'&';
            from = amp + 1;
        } else {
            if (i < text.size() && text[i] == u';')
                ++i;
            out += QString::fromUcs4(&decoded, 1);
            from = i;
        }
        amp = text.indexOf(u'&', from);
    }
    out += text.sliced(from);
    return out;
}

QString decodePage(QByteArrayView bytes)
{
    return TextDecoding::decode(bytes).text;
}

QString collapseWhitespace(QStringView text)
{
    QString out;
    out.reserve(text.size());
    bool space = false;
    for (const QChar c : text) {
        if (c.isSpace() || c == QChar(0x00A0)) {
            space = !out.isEmpty();
            continue;
        }
        if (space)
            out += u' ';
        space = false;
        out += c;
    }
    return out;
}

QString docketText(QStringView text)
{
    return collapseWhitespace(text).replace(u" ,"_s, u","_s);
}

} // namespace Casebinder::Html

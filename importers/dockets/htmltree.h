#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringView>

#include <deque>
#include <functional>
#include <vector>

namespace Casebinder::Html {

// One element or text run of a parsed page. Elements own nothing: the Tree holds every node.
struct Node
{
    QString tag;  // lower-case element name; empty for a text node; "#comment" for a comment
    QString text; // a text node's text, entities decoded; a comment's text as written
    QList<std::pair<QString, QString>> attributes;
    Node *parent = nullptr;
    std::vector<Node *> children;

    bool isText() const { return tag.isEmpty(); }
    bool isComment() const { return tag == u"#comment"; }
    bool is(QStringView name) const { return tag == name; }
    QString attribute(QStringView name) const;
    // All text below this node, as a browser's textContent.
    QString textContent() const;
    // Text below this node, broken into lines at each <br> (each line trimmed, empty ones kept
    // out).
    QStringList brLines() const;
    // Elements below this node named `name`, in document order.
    std::vector<const Node *> descendants(QStringView name) const;
    std::vector<const Node *> childElements(QStringView name) const;
    bool hasDescendant(QStringView name) const;
    const Node *ancestor(QStringView name) const;
};

// Rows handed over while the page is read instead of being kept in the tree: every <tr> that
// follows, in the same table, a row with a cell whose text contains `headerText` ("Docket
// Text"). Each is passed to `onRow` with that header row once it is closed (nested tables and
// all), then dropped, so a docket of 100,000 entries never holds more than one row's nodes.
struct RowStream
{
    QString headerText;
    std::function<void(const Node &row, const Node &header)> onRow;
};

// A tolerant HTML reader for server-generated pages such as PACER's: tags, attributes, text
// and character references, with the implied closing of <tr>, <td>, <p> and <li> that such
// pages rely on. It never runs or renders anything: <script> and <style> content is dropped,
// event-handler attributes are just attributes. Malformed or truncated input still gives a
// tree (whatever was open is closed at the end).
class Tree
{
public:
    // Comments are dropped unless `keepComments` (then they are "#comment" nodes: appellate
    // CM/ECF pages name their sections only in comments).
    static Tree parse(QStringView html, bool keepComments = false);
    // The same, the rows `stream` names handed over and not kept.
    static Tree parse(QStringView html, const RowStream &stream);

    Tree() = default;
    Tree(Tree &&) noexcept = default;
    Tree &operator=(Tree &&) noexcept = default;
    Tree(const Tree &) = delete;
    Tree &operator=(const Tree &) = delete;

    const Node &root() const { return m_nodes.front(); }

private:
    Node &add(Node node);

    std::deque<Node> m_nodes;
};

// Decodes character references (&amp; &nbsp; &#64; &#x40;; numeric 128–159 as cp1252, as
// browsers do). Unknown references are kept as written.
QString decodeEntities(QStringView text);

// Decodes a page's bytes: a BOM, then UTF-8 when the bytes are valid UTF-8 (PACER pages often
// declare ISO-8859-1 yet carry UTF-8), else cp1252, a superset of the Latin-1 they declare.
QString decodePage(QByteArrayView bytes);

// Collapses runs of whitespace (including no-break spaces) to one space and trims.
QString collapseWhitespace(QStringView text);

// Docket text as juriscraper gives it: whitespace collapsed, and no space before a comma
// (PACER puts a line break between a linked document number and the comma after it).
QString docketText(QStringView text);

} // namespace Casebinder::Html

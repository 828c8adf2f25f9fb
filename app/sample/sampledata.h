#pragma once

#include "casefile.h"
#include "result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Casebinder::Sample {

// The sample case's source material (resources/sample-case/), read from the embedded
// resources: case.json describes the case; each document's text is a small markup file
// with explicit page breaks so that pin cites and quotes stay stable.

// One block of a page. Markup: "# " title, "## " heading, "### " subheading, "> " quotation,
// "- " bullet, "| " a line of its own (e-mail headers), "= " right-aligned line (dates,
// signatures); other lines are paragraphs
// (consecutive lines join, a blank line ends a paragraph); "@page" starts a new page.
struct Block
{
    enum class Kind { Title, Heading, Subheading, Paragraph, Quotation, Bullet, Line, Signature };
    Kind kind = Kind::Paragraph;
    QString text;
};

struct Page
{
    QList<Block> blocks;
};

struct DocumentSpec
{
    QString key;
    QString fileName; // of the markup source; the PDF gets the same base name
    QString kind;     // filing, exhibit, other
    QString title;
    QString docketNumber;
    bool docketIllustrative = false;
    QString exhibitLabel;
    QString attachedTo; // key of the filing an exhibit is attached to
    QString filedDate;
    QString documentDate; // the document's own date (day, month, circa…); empty: unknown
    QString party;        // who filed it
    QString notes;
    QStringList entities;
    QStringList tags;
    QList<Page> pages;
};

struct EntitySpec
{
    QString key;
    QString kind;
    QString name;
    QString role;
    QString description;
};

struct TagSpec
{
    QString key;
    QString name;
    QString color;
    QString parentKey;
};

struct SourceSpec
{
    QString document;
    int pageFrom = 0;
    int pageTo = 0;
};

struct EventSpec
{
    QString key;
    QString date; // EventDate::parse() syntax
    QString title;
    QString description;
    QString notes;
    QString dispute; // disputeStatusName(); empty: not assessed
    QStringList entities;
    QStringList tags;
    QList<SourceSpec> sources;
};

struct ClaimSpec
{
    QString key;
    QString templateId;
    QStringList match; // words that find this node among a template's children
    QString title;
    QString assertedBy;
    QString description;
    QString notes;
    QList<ClaimSpec> children;
};

struct LinkSpec
{
    QString claim;
    QString document;
    int pageFrom = 0;
    int pageTo = 0;
    QString post; // external id
    QString event;
    QString quote;
    QString stance;
    int weight = 3;
    QString note;
};

struct PageTagSpec
{
    QString document;
    int page = 0;
    QStringList tags;
};

struct PostsSpec
{
    QString fileName;
    QHash<QString, QString> fieldMap;
    QString title;                    // of the document the importer files the CSV under
    QHash<QString, QStringList> tags; // tag key -> external ids
};

struct SampleCase
{
    QString notice; // printed on every page
    CaseCaption caption;
    QList<EntitySpec> entities;
    QList<TagSpec> tags; // parents before children
    QList<DocumentSpec> documents;
    PostsSpec posts;
    QList<EventSpec> events;
    QList<ClaimSpec> claims;
    QList<LinkSpec> links;
    QList<PageTagSpec> pageTags;

    const DocumentSpec *document(const QString &key) const;
};

// Where the embedded source material lives (a Qt resource path).
QString resourceRoot();

// Reads and checks the whole sample from `root` (the embedded resources by default): every
// key a link, event or tag refers to exists and every page range is inside its document.
Result<SampleCase> loadSampleCase(const QString &root = resourceRoot());

// Parses one document's markup into pages.
QList<Page> parseMarkup(const QString &text);

} // namespace Casebinder::Sample

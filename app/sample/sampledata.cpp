#include "sampledata.h"

#include "documentstore.h"
#include "eventstore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace Casebinder::Sample {
namespace {

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array)
        list.append(item.toString());
    return list;
}

Result<QByteArray> readResource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::Code::NotFound,
                    u"The sample case's file %1 could not be read."_s.arg(path),
                    file.errorString());
    return file.readAll();
}

std::pair<int, int> pageRange(const QJsonValue &value)
{
    const QJsonArray range = value.toArray();
    const int from = range.at(0).toInt();
    return {from, range.size() > 1 ? range.at(1).toInt() : from};
}

ClaimSpec parseClaim(const QJsonObject &object)
{
    ClaimSpec claim;
    claim.key = object.value("key"_L1).toString();
    claim.templateId = object.value("template"_L1).toString();
    claim.match = stringList(object.value("match"_L1));
    claim.title = object.value("title"_L1).toString();
    claim.assertedBy = object.value("asserted_by"_L1).toString();
    claim.description = object.value("description"_L1).toString();
    claim.notes = object.value("notes"_L1).toString();
    const QJsonArray children = object.value("children"_L1).toArray();
    for (const QJsonValue &child : children)
        claim.children.append(parseClaim(child.toObject()));
    return claim;
}

void collectClaimKeys(const QList<ClaimSpec> &claims, QSet<QString> &keys)
{
    for (const ClaimSpec &claim : claims) {
        keys.insert(claim.key);
        collectClaimKeys(claim.children, keys);
    }
}

Error invalid(const QString &message)
{
    return Error{Error::Code::Corrupt, u"The sample case's data is inconsistent: "_s + message};
}

Status check(const SampleCase &sample)
{
    QSet<QString> entities, tags, events, claims;
    for (const EntitySpec &entity : sample.entities)
        entities.insert(entity.key);
    for (const TagSpec &tag : sample.tags)
        tags.insert(tag.key);
    for (const EventSpec &event : sample.events)
        events.insert(event.key);
    collectClaimKeys(sample.claims, claims);

    const auto checkPages = [&](const QString &key, int from, int to) -> Status {
        const DocumentSpec *document = sample.document(key);
        if (!document)
            return fail(invalid(u"no document \"%1\"."_s.arg(key)));
        if (from < 1 || to < from || to > document->pages.size())
            return fail(invalid(
                u"pages %1–%2 are not in \"%3\" (%4 pages)."_s.arg(from).arg(to).arg(key).arg(
                    document->pages.size())));
        return {};
    };
    const auto checkKeys
        = [](const QStringList &keys, const QSet<QString> &known, const QString &what) -> Status {
        for (const QString &key : keys)
            if (!known.contains(key))
                return fail(invalid(u"no %1 \"%2\"."_s.arg(what, key)));
        return {};
    };

    for (const DocumentSpec &document : sample.documents) {
        if (document.pages.isEmpty())
            return fail(invalid(u"document \"%1\" has no pages."_s.arg(document.key)));
        if (!document.documentDate.isEmpty()) {
            if (auto ok = checkDocumentDate(document.documentDate); !ok)
                return fail(
                    invalid(u"document \"%1\": %2"_s.arg(document.key, ok.error().message)));
        }
        if (auto ok = checkKeys(document.entities, entities, u"entity"_s); !ok)
            return ok;
        if (auto ok = checkKeys(document.tags, tags, u"tag"_s); !ok)
            return ok;
    }
    for (const EventSpec &event : sample.events) {
        if (!event.dispute.isEmpty() && !disputeStatusFromName(event.dispute))
            return fail(invalid(
                u"event \"%1\" has no dispute status \"%2\"."_s.arg(event.key, event.dispute)));
        if (auto ok = checkKeys(event.entities, entities, u"entity"_s); !ok)
            return ok;
        if (auto ok = checkKeys(event.tags, tags, u"tag"_s); !ok)
            return ok;
        for (const SourceSpec &source : event.sources)
            if (auto ok = checkPages(source.document, source.pageFrom, source.pageTo); !ok)
                return ok;
    }
    for (const LinkSpec &link : sample.links) {
        if (!claims.contains(link.claim))
            return fail(invalid(u"no claim \"%1\"."_s.arg(link.claim)));
        const int targets = int(!link.document.isEmpty()) + int(!link.post.isEmpty())
                            + int(!link.event.isEmpty());
        if (targets != 1)
            return fail(invalid(
                u"a link to \"%1\" must name one document, post or event."_s.arg(link.claim)));
        if (!link.document.isEmpty())
            if (auto ok = checkPages(link.document, link.pageFrom, link.pageTo); !ok)
                return ok;
        if (!link.event.isEmpty() && !events.contains(link.event))
            return fail(invalid(u"no event \"%1\"."_s.arg(link.event)));
    }
    for (const PageTagSpec &pageTag : sample.pageTags) {
        if (auto ok = checkPages(pageTag.document, pageTag.page, pageTag.page); !ok)
            return ok;
        if (auto ok = checkKeys(pageTag.tags, tags, u"tag"_s); !ok)
            return ok;
    }
    if (auto ok = checkKeys(sample.posts.tags.keys(), tags, u"tag"_s); !ok)
        return ok;
    return {};
}

} // namespace

const DocumentSpec *SampleCase::document(const QString &key) const
{
    for (const DocumentSpec &document : documents)
        if (document.key == key)
            return &document;
    return nullptr;
}

QString resourceRoot()
{
    return u":/casebinder/sample-case"_s;
}

QList<Page> parseMarkup(const QString &text)
{
    QList<Page> pages(1);
    QString paragraph;
    const auto flush = [&] {
        if (!paragraph.isEmpty())
            pages.last().blocks.append({Block::Kind::Paragraph, paragraph});
        paragraph.clear();
    };
    static const QList<std::pair<QString, Block::Kind>> prefixes = {
        {u"### "_s, Block::Kind::Subheading},
        {u"## "_s, Block::Kind::Heading},
        {u"# "_s, Block::Kind::Title},
        {u"> "_s, Block::Kind::Quotation},
        {u"- "_s, Block::Kind::Bullet},
        {u"| "_s, Block::Kind::Line},
        {u"= "_s, Block::Kind::Signature},
    };
    const QStringList lines = text.split(u'\n');
    for (const QString &rawLine : lines) {
        const QString line = rawLine.trimmed();
        if (line.isEmpty()) {
            flush();
            continue;
        }
        if (line == u"@page") {
            flush();
            pages.append(Page{});
            continue;
        }
        const auto prefix = std::find_if(prefixes.cbegin(), prefixes.cend(), [&](const auto &p) {
            return line.startsWith(p.first);
        });
        if (prefix != prefixes.cend()) {
            flush();
            pages.last().blocks.append({prefix->second, line.mid(prefix->first.size()).trimmed()});
            continue;
        }
        paragraph += paragraph.isEmpty() ? line : u' ' + line;
    }
    flush();
    return pages;
}

Result<SampleCase> loadSampleCase(const QString &root)
{
    auto bytes = readResource(root + u"/case.json"_s);
    if (!bytes)
        return fail(bytes.error());
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(*bytes, &parseError);
    if (json.isNull())
        return fail(Error::Code::Corrupt,
                    u"The sample case's case.json is not valid JSON."_s,
                    parseError.errorString());
    const QJsonObject object = json.object();

    SampleCase sample;
    sample.notice = object.value("notice"_L1).toString();
    const QJsonObject caption = object.value("caption"_L1).toObject();
    sample.caption.title = caption.value("title"_L1).toString();
    sample.caption.caseName = caption.value("case_name"_L1).toString();
    sample.caption.court = caption.value("court"_L1).toString();
    sample.caption.docketNumber = caption.value("docket_number"_L1).toString();
    sample.caption.judge = caption.value("judge"_L1).toString();
    sample.caption.notes = caption.value("notes"_L1).toString();

    for (const QJsonValue &value : object.value("entities"_L1).toArray()) {
        const QJsonObject entity = value.toObject();
        sample.entities.append({entity.value("key"_L1).toString(),
                                entity.value("kind"_L1).toString(),
                                entity.value("name"_L1).toString(),
                                entity.value("role"_L1).toString(),
                                entity.value("description"_L1).toString()});
    }

    const std::function<void(const QJsonArray &, const QString &)> readTags
        = [&](const QJsonArray &array, const QString &parent) {
              for (const QJsonValue &value : array) {
                  const QJsonObject tag = value.toObject();
                  const QString key = tag.value("key"_L1).toString();
                  sample.tags.append({key,
                                      tag.value("name"_L1).toString(),
                                      tag.value("color"_L1).toString(),
                                      parent});
                  readTags(tag.value("children"_L1).toArray(), key);
              }
          };
    readTags(object.value("tags"_L1).toArray(), QString());

    for (const QJsonValue &value : object.value("documents"_L1).toArray()) {
        const QJsonObject entry = value.toObject();
        DocumentSpec document;
        document.key = entry.value("key"_L1).toString();
        document.fileName = entry.value("file"_L1).toString();
        document.kind = entry.value("kind"_L1).toString();
        document.title = entry.value("title"_L1).toString();
        document.docketNumber = entry.value("docket"_L1).toString();
        document.docketIllustrative = entry.value("docket_illustrative"_L1).toBool();
        document.exhibitLabel = entry.value("exhibit"_L1).toString();
        document.attachedTo = entry.value("attached_to"_L1).toString();
        document.filedDate = entry.value("filed"_L1).toString();
        document.documentDate = entry.value("date"_L1).toString();
        document.party = entry.value("party"_L1).toString();
        document.notes = entry.value("notes"_L1).toString();
        document.entities = stringList(entry.value("entities"_L1));
        document.tags = stringList(entry.value("tags"_L1));
        auto text = readResource(root + u"/documents/"_s + document.fileName);
        if (!text)
            return fail(text.error());
        document.pages = parseMarkup(QString::fromUtf8(*text));
        sample.documents.append(std::move(document));
    }

    const QJsonObject posts = object.value("posts"_L1).toObject();
    sample.posts.fileName = posts.value("file"_L1).toString();
    sample.posts.title = posts.value("title"_L1).toString();
    const QJsonObject fieldMap = posts.value("field_map"_L1).toObject();
    for (auto it = fieldMap.constBegin(); it != fieldMap.constEnd(); ++it)
        sample.posts.fieldMap.insert(it.key(), it.value().toString());
    const QJsonObject postTags = posts.value("tags"_L1).toObject();
    for (auto it = postTags.constBegin(); it != postTags.constEnd(); ++it)
        sample.posts.tags.insert(it.key(), stringList(it.value()));

    for (const QJsonValue &value : object.value("events"_L1).toArray()) {
        const QJsonObject entry = value.toObject();
        EventSpec event;
        event.key = entry.value("key"_L1).toString();
        event.date = entry.value("date"_L1).toString();
        event.title = entry.value("title"_L1).toString();
        event.description = entry.value("description"_L1).toString();
        event.notes = entry.value("notes"_L1).toString();
        event.dispute = entry.value("dispute"_L1).toString();
        event.entities = stringList(entry.value("entities"_L1));
        event.tags = stringList(entry.value("tags"_L1));
        for (const QJsonValue &sourceValue : entry.value("sources"_L1).toArray()) {
            const QJsonObject source = sourceValue.toObject();
            const auto [from, to] = pageRange(source.value("pages"_L1));
            event.sources.append({source.value("document"_L1).toString(), from, to});
        }
        sample.events.append(std::move(event));
    }

    for (const QJsonValue &value : object.value("claims"_L1).toArray())
        sample.claims.append(parseClaim(value.toObject()));

    for (const QJsonValue &value : object.value("links"_L1).toArray()) {
        const QJsonObject entry = value.toObject();
        LinkSpec link;
        link.claim = entry.value("claim"_L1).toString();
        link.document = entry.value("document"_L1).toString();
        std::tie(link.pageFrom, link.pageTo) = pageRange(entry.value("pages"_L1));
        link.post = entry.value("post"_L1).toString();
        link.event = entry.value("event"_L1).toString();
        link.quote = entry.value("quote"_L1).toString();
        link.stance = entry.value("stance"_L1).toString(u"supports"_s);
        link.weight = entry.value("weight"_L1).toInt(3);
        link.note = entry.value("note"_L1).toString();
        sample.links.append(std::move(link));
    }

    for (const QJsonValue &value : object.value("page_tags"_L1).toArray()) {
        const QJsonObject entry = value.toObject();
        sample.pageTags.append({entry.value("document"_L1).toString(),
                                entry.value("page"_L1).toInt(),
                                stringList(entry.value("tags"_L1))});
    }

    if (auto ok = check(sample); !ok)
        return fail(ok.error());
    return sample;
}

} // namespace Casebinder::Sample

// search: full-text search over page text and post text.
#include "clicommand.h"
#include "cliutil.h"
#include "search.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Casebinder::Cli {
namespace {

int runSearch(const QStringList &arguments);

CASEBINDER_CLI_COMMAND(
    u"search"_s,
    u"search CASE QUERY [--kind filing|exhibit|other|post] [--tag NAME] [--from DATE]"
    u" [--to DATE] [--document ID] [--limit N] [--offset N]"
    u" [--order auto|relevance|case] [--json]"_s,
    QString::fromUtf8(QT_TRANSLATE_NOOP(
        "Casebinder::Cli", "Search page text and posts; every hit comes with a pin cite.")),
    runSearch);

std::optional<QDate> parseDate(const QString &text, bool &ok)
{
    ok = true;
    if (text.isEmpty())
        return std::nullopt;
    const QDate date = QDate::fromString(text, Qt::ISODate);
    ok = date.isValid() && text.size() == 10;
    return date;
}

QString planName(SearchRequest::Plan plan)
{
    return plan == SearchRequest::Plan::FilterFirst ? u"filter-first"_s : u"text-first"_s;
}

QJsonObject hitToJson(const SearchHit &hit)
{
    QJsonObject json{
        {u"kind"_s, hit.kindName()},
        {u"snippet"_s, hit.snippet(u"«"_s, u"»"_s)},
        {u"cite"_s, hit.cite()},
        {u"date"_s, hit.date.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(hit.date)}};
    if (hit.kind == SearchHit::Kind::Post) {
        json.insert(u"post"_s,
                    QJsonObject{{u"id"_s, hit.post.id},
                                {u"external_id"_s, hit.post.externalId},
                                {u"author"_s, hit.post.authorHandle},
                                {u"author_name"_s, hit.authorName}});
    } else {
        json.insert(u"document"_s,
                    QJsonObject{{u"id"_s, hit.document.id}, {u"title"_s, hit.document.title}});
        json.insert(u"page"_s, hit.pageNumber);
    }
    return json;
}

int runSearch(const QStringList &arguments)
{
    ArgumentParser args(
        *CommandRegistry::instance().find(u"search"_s),
        CliText::tr("Search the text of every page and post. Words, \"phrases\", prefix*, AND, OR,"
                    " NOT (upper case) and parentheses; neighbouring words must all match. In the"
                    " output, the matching words of each snippet are marked «like this»."));
    args.addPositional(u"CASE"_s, CliText::tr("The case file."));
    args.addPositional(u"QUERY"_s, CliText::tr("What to look for."));
    args.addJsonOption();
    args.parser().addOptions({
        {u"kind"_s, CliText::tr("Only filings, exhibits, other documents or posts."), u"KIND"_s},
        {u"tag"_s,
         CliText::tr("Only documents, pages and posts with this tag (or a child tag)."),
         u"NAME"_s},
        {u"from"_s, CliText::tr("Only items dated on or after this day (YYYY-MM-DD)."), u"DATE"_s},
        {u"to"_s, CliText::tr("Only items dated on or before this day (YYYY-MM-DD)."), u"DATE"_s},
        {u"document"_s, CliText::tr("Only pages of this document."), u"ID"_s},
        {u"limit"_s, CliText::tr("At most N results (default 20)."), u"N"_s, u"20"_s},
        {u"offset"_s, CliText::tr("Skip the first N results."), u"N"_s, u"0"_s},
        {u"order"_s,
         CliText::tr("auto (relevance for small result sets), relevance, or case order."),
         u"ORDER"_s,
         u"auto"_s},
    });
    if (auto exit = args.parse(arguments, 2, 2))
        return *exit;
    const QCommandLineParser &p = args.parser();

    SearchRequest request;
    request.query = args.positional().at(1);
    const QString kind = p.value(u"kind"_s);
    if (kind == u"filing")
        request.kind = SearchRequest::Kind::Filing;
    else if (kind == u"exhibit")
        request.kind = SearchRequest::Kind::Exhibit;
    else if (kind == u"other")
        request.kind = SearchRequest::Kind::Other;
    else if (kind == u"post")
        request.kind = SearchRequest::Kind::Post;
    else if (!kind.isEmpty()) {
        printError(
            CliText::tr("--kind must be filing, exhibit, other or post, not “%1”.").arg(kind));
        return BadUsage;
    }
    request.tag = p.value(u"tag"_s);
    bool ok = true;
    request.from = parseDate(p.value(u"from"_s), ok);
    if (!ok) {
        printError(CliText::tr("--from “%1” is not a date (YYYY-MM-DD).").arg(p.value(u"from"_s)));
        return BadUsage;
    }
    request.to = parseDate(p.value(u"to"_s), ok);
    if (!ok) {
        printError(CliText::tr("--to “%1” is not a date (YYYY-MM-DD).").arg(p.value(u"to"_s)));
        return BadUsage;
    }
    if (p.isSet(u"document"_s)) {
        const qint64 id = p.value(u"document"_s).toLongLong(&ok);
        if (!ok || id <= 0) {
            printError(CliText::tr("--document needs a document id."));
            return BadUsage;
        }
        request.documentId = id;
    }
    request.limit = p.value(u"limit"_s).toInt(&ok);
    if (!ok || request.limit < 1 || request.limit > 10000) {
        printError(CliText::tr("--limit must be a number from 1 to 10000."));
        return BadUsage;
    }
    request.offset = p.value(u"offset"_s).toInt(&ok);
    if (!ok || request.offset < 0) {
        printError(CliText::tr("--offset must be a number of at least 0."));
        return BadUsage;
    }
    const QString order = p.value(u"order"_s);
    if (order == u"relevance")
        request.order = SearchRequest::Order::Relevance;
    else if (order == u"case")
        request.order = SearchRequest::Order::CaseOrder;
    else if (order != u"auto") {
        printError(CliText::tr("--order must be auto, relevance or case, not “%1”.").arg(order));
        return BadUsage;
    }

    auto caseFile = openCase(args.positional().constFirst(), CaseFile::Access::ReadOnly);
    if (!caseFile)
        return Failure;
    auto results = caseFile->search().run(request);
    if (!results) {
        printError(results.error());
        return results.error().code == Error::Code::InvalidArgument ? BadUsage : Failure;
    }
    if (args.json()) {
        QJsonArray hits;
        for (const SearchHit &hit : std::as_const(results->hits))
            hits.append(hitToJson(hit));
        printJson(QJsonObject{{u"results"_s, hits},
                              {u"total"_s, results->total},
                              {u"total_is_exact"_s, results->totalIsExact},
                              {u"ranked"_s, results->ranked},
                              {u"offset"_s, results->offset},
                              {u"has_more"_s, results->hasMore},
                              {u"rankedAmong"_s, results->rankedAmong},
                              {u"plan"_s, planName(results->plan)}});
        return Success;
    }
    for (const SearchHit &hit : std::as_const(results->hits)) {
        const QString title
            = hit.kind == SearchHit::Kind::Post ? hit.authorName : hit.document.title;
        printLine(u"%1  [%2] %3"_s.arg(hit.cite(), hit.kindName(), title));
        printLine(u"    "_s + hit.snippet(u"«"_s, u"»"_s).simplified());
    }
    const qint64 shownTo = results->offset + results->hits.size();
    if (results->hits.isEmpty())
        printLine(CliText::tr("No results."));
    else
        printLine(CliText::tr("Results %1–%2 of %3%4%5.")
                      .arg(results->offset + 1)
                      .arg(shownTo)
                      .arg(results->totalIsExact ? QString() : CliText::tr("more than "))
                      .arg(results->totalIsExact ? results->total : results->total - 1)
                      .arg(results->ranked ? CliText::tr(", by relevance")
                                           : CliText::tr(", in case order")));
    if (results->rankedAmong > 0)
        printLine(
            CliText::tr("Ranked among the %1 most recently added matches of %2%3 — add words or a"
                        " filter to rank all.")
                .arg(QLocale().toString(results->rankedAmong))
                .arg(results->totalIsExact ? QString() : CliText::tr("more than "))
                .arg(QLocale().toString(results->totalIsExact ? results->total
                                                              : results->total - 1)));
    return Success;
}

} // namespace
} // namespace Casebinder::Cli

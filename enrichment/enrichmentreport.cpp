#include "enrichmentreport.h"

#include <QJsonArray>

#include <numeric>

using namespace Qt::StringLiterals;

namespace Casebinder {

QJsonObject EnrichedDocument::toJson() const
{
    QJsonArray failed;
    for (const EnrichmentFailure &failure : failures)
        failed.append(QJsonObject{{u"page"_s, failure.page}, {u"reason"_s, failure.reason}});
    return {{u"id"_s, id},
            {u"title"_s, title},
            {u"pages_pending"_s, pagesPending},
            {u"pages_done"_s, pagesDone},
            {u"failures"_s, failed}};
}

int EnrichmentReport::pagesPending() const
{
    return std::accumulate(documents.cbegin(),
                           documents.cend(),
                           0,
                           [](int sum, const EnrichedDocument &d) { return sum + d.pagesPending; });
}

int EnrichmentReport::pagesDone() const
{
    return std::accumulate(documents.cbegin(),
                           documents.cend(),
                           0,
                           [](int sum, const EnrichedDocument &d) { return sum + d.pagesDone; });
}

int EnrichmentReport::pagesFailed() const
{
    return std::accumulate(
        documents.cbegin(), documents.cend(), 0, [](int sum, const EnrichedDocument &d) {
            return sum + int(d.failures.size());
        });
}

QJsonObject EnrichmentReport::toJson() const
{
    QJsonArray list;
    for (const EnrichedDocument &document : documents)
        list.append(document.toJson());
    return {{u"enricher"_s, enricher},
            {u"documents"_s, list},
            {u"pages_pending"_s, pagesPending()},
            {u"pages_done"_s, pagesDone()},
            {u"pages_failed"_s, pagesFailed()}};
}

} // namespace Casebinder

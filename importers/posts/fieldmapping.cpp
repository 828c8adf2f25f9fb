#include "posts/fieldmapping.h"

#include "importoptions.h"
#include "posts/postreader.h"

#include <QSet>

#include <array>

using namespace Qt::StringLiterals;

namespace Casebinder::Posts {
namespace {

struct FieldCandidates
{
    const char16_t *field = nullptr;
    std::initializer_list<const char16_t *> columns; // in order of preference, lower case
};

const std::array<FieldCandidates, size_t(Field::Count)> &candidates()
{
    static const std::array<FieldCandidates, size_t(Field::Count)> table = {{
        {u"id", {u"id_str", u"id", u"tweet_id", u"post_id", u"status_id", u"external_id"}},
        {u"text", {u"full_text", u"text", u"content", u"tweet", u"body", u"message", u"post"}},
        {u"author",
         {u"screen_name",
          u"user.screen_name",
          u"username",
          u"author.username",
          u"author_handle",
          u"handle",
          u"author",
          u"user",
          u"user_name",
          u"user.username"}},
        {u"author_name", {u"author_name", u"user.name", u"author.name", u"display_name", u"name"}},
        {u"created_at",
         {u"created_at",
          u"timestamp",
          u"date",
          u"posted_at",
          u"time",
          u"datetime",
          u"publish_date",
          u"created"}},
        {u"url", {u"url", u"link", u"permalink", u"tweet_url", u"post_url"}},
        {u"platform", {u"platform", u"network", u"source_platform"}},
        {u"category", {u"flag_category", u"category", u"flag"}},
        {u"flagged_by", {u"flagged_by", u"reported_by"}},
        {u"reported_on", {u"reported_on", u"reported_at", u"flagged_on"}},
        {u"status", {u"status", u"post_status"}},
    }};
    return table;
}

// Accepts the names people naturally type in --map.
QString canonicalField(const QString &name)
{
    static const QHash<QString, QString> aliases = {
        {u"handle"_s, u"author"_s},
        {u"screen_name"_s, u"author"_s},
        {u"author_handle"_s, u"author"_s},
        {u"name"_s, u"author_name"_s},
        {u"time"_s, u"created_at"_s},
        {u"timestamp"_s, u"created_at"_s},
        {u"date"_s, u"created_at"_s},
        {u"posted_at"_s, u"created_at"_s},
        {u"flag_category"_s, u"category"_s},
        {u"external_id"_s, u"id"_s},
    };
    const QString lower = name.trimmed().toLower();
    return aliases.value(lower, lower);
}

} // namespace

QStringList mappableFields()
{
    QStringList fields;
    for (const FieldCandidates &candidate : candidates())
        fields.append(QString::fromUtf16(candidate.field));
    return fields;
}

Result<QHash<QString, QString>> resolveMapping(const Table &table,
                                               const ImportOptions &options,
                                               const QString &fileName)
{
    QHash<QString, QString> mapping;
    QHash<QString, QString> byLower;
    for (const QString &column : table.columns)
        byLower.insert(column.toLower(), column);
    for (auto it = options.fieldMap.cbegin(); it != options.fieldMap.cend(); ++it) {
        const QString field = canonicalField(it.key());
        if (!mappableFields().contains(field))
            return fail(Error::Code::InvalidArgument,
                        u"\"%1\" is not a posts field; use one of: %2"_s.arg(
                            it.key(), mappableFields().join(u", "_s)));
        const QString column
            = table.index.contains(it.value()) ? it.value() : byLower.value(it.value().toLower());
        if (column.isEmpty())
            return fail(Error::Code::InvalidArgument,
                        u"%1 has no column \"%2\" (mapped to %3); its columns are: %4"_s.arg(
                            fileName, it.value(), field, table.columns.join(u", "_s)));
        mapping.insert(field, column);
    }
    QSet<QString> used(mapping.cbegin(), mapping.cend());
    for (const FieldCandidates &candidate : candidates()) {
        const QString field = QString::fromUtf16(candidate.field);
        if (mapping.contains(field))
            continue;
        for (const char16_t *name : candidate.columns) {
            const QString column = byLower.value(QString::fromUtf16(name));
            if (!column.isEmpty() && !used.contains(column)) {
                mapping.insert(field, column);
                used.insert(column);
                break;
            }
        }
    }
    return mapping;
}

} // namespace Casebinder::Posts

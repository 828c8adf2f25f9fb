#include "importoptions.h"

#include "registry/importerregistry.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Casebinder {
namespace {

struct RoleName
{
    DocumentRole role;
    const char16_t *name;
    const char *label;
};

constexpr RoleName Roles[] = {
    {DocumentRole::Auto,
     u"auto",
     QT_TRANSLATE_NOOP("Casebinder::ImportKinds", "Decide from each file")},
    {DocumentRole::Filing,
     u"filing",
     QT_TRANSLATE_NOOP("Casebinder::ImportKinds", "Court filings")},
    {DocumentRole::Exhibit, u"exhibit", QT_TRANSLATE_NOOP("Casebinder::ImportKinds", "Exhibits")},
};

} // namespace

QString ImportOptions::kindName() const
{
    if (!format.isEmpty())
        return format;
    for (const RoleName &role : Roles) {
        if (role.role == this->role)
            return QString::fromUtf16(role.name);
    }
    return u"auto"_s;
}

Status ImportOptions::setKind(QStringView name)
{
    for (const RoleName &candidate : Roles) {
        if (name.compare(QStringView(candidate.name), Qt::CaseInsensitive) == 0) {
            role = candidate.role;
            format.clear();
            return {};
        }
    }
    if (const Importer *importer = ImporterRegistry::instance().find(name);
        importer && importer->forcedLabel()) {
        role = DocumentRole::Auto;
        format = importer->id();
        return {};
    }
    return fail(Error::Code::InvalidArgument,
                u"--kind must be %1, not \"%2\""_s.arg(importKindNames(), name.toString()));
}

QList<ImportKindChoice> importKinds()
{
    QList<ImportKindChoice> kinds;
    for (const RoleName &role : Roles)
        kinds.append({QString::fromUtf16(role.name), role.label});
    for (const Importer *importer : ImporterRegistry::instance().importers()) {
        if (importer->forcedLabel())
            kinds.append({importer->id(), importer->forcedLabel()});
    }
    return kinds;
}

QString importKindNames()
{
    QStringList names;
    for (const ImportKindChoice &kind : importKinds())
        names.append(kind.name);
    const QString last = names.takeLast();
    return names.join(u", "_s) + u" or "_s + last;
}

QJsonObject ImportOptions::toJson() const
{
    // The password is deliberately not recorded.
    QJsonObject map;
    for (auto it = fieldMap.cbegin(); it != fieldMap.cend(); ++it)
        map.insert(it.key(), it.value());
    QJsonObject json{{u"kind"_s, kindName()}, {u"repair_mojibake"_s, repairMojibake}};
    if (!exhibitPrefix.isEmpty())
        json.insert(u"exhibit_prefix"_s, exhibitPrefix);
    if (!map.isEmpty())
        json.insert(u"map"_s, map);
    if (!platform.isEmpty())
        json.insert(u"platform"_s, platform);
    if (!flagCategory.isEmpty())
        json.insert(u"flag_category"_s, flagCategory);
    if (!loadFileDelimiter.isEmpty())
        json.insert(u"delimiter"_s, loadFileDelimiter);
    if (!loadFileQualifier.isEmpty())
        json.insert(u"qualifier"_s, loadFileQualifier);
    if (!password.isEmpty())
        json.insert(u"password_given"_s, true);
    if (!provenance.isEmpty())
        json.insert(u"provenance"_s, provenance);
    if (docketEvents)
        json.insert(u"docket_events"_s, true);
    return json;
}

Result<QHash<QString, QString>> ImportOptions::parseFieldMap(const QString &spec)
{
    QHash<QString, QString> map;
    for (const QString &pair : spec.split(u',', Qt::SkipEmptyParts)) {
        const qsizetype equals = pair.indexOf(u'=');
        const QString field = pair.left(equals).trimmed();
        const QString column = pair.mid(equals + 1).trimmed();
        if (equals <= 0 || field.isEmpty() || column.isEmpty())
            return fail(Error::Code::InvalidArgument,
                        u"\"%1\" is not a field mapping; write FIELD=COLUMN, e.g. "
                        u"text=full_text"_s.arg(pair.trimmed()));
        map.insert(field, column);
    }
    return map;
}

} // namespace Casebinder

#include "registry/importerregistry.h"

#include <algorithm>

namespace Casebinder {

const ImporterRegistry &ImporterRegistry::instance()
{
    static const ImporterRegistry registry = [] {
        ImporterRegistry built;
        registerBuiltinImporters(built);
        return built;
    }();
    return registry;
}

void ImporterRegistry::add(std::unique_ptr<Importer> importer)
{
    Q_ASSERT(importer && !find(importer->id()));
    m_importers.push_back(std::move(importer));
}

QList<const Importer *> ImporterRegistry::importers() const
{
    QList<const Importer *> all;
    for (const auto &importer : m_importers)
        all.append(importer.get());
    return all;
}

const Importer *ImporterRegistry::find(QStringView id) const
{
    for (const auto &importer : m_importers) {
        if (id.compare(importer->id(), Qt::CaseInsensitive) == 0)
            return importer.get();
    }
    return nullptr;
}

QList<const Importer *> ImporterRegistry::candidates(const SniffInput &input) const
{
    struct Claim
    {
        const Importer *importer;
        Confidence confidence;
    };
    std::vector<Claim> claims;
    for (const auto &importer : m_importers) {
        if (const Confidence confidence = importer->sniff(input); confidence != Confidence::None)
            claims.push_back({importer.get(), confidence});
    }
    std::stable_sort(claims.begin(), claims.end(), [](const Claim &a, const Claim &b) {
        return int(a.confidence) > int(b.confidence);
    });
    QList<const Importer *> ordered;
    for (const Claim &claim : claims)
        ordered.append(claim.importer);
    return ordered;
}

std::optional<Result<QStringList>> ImporterRegistry::claimFolder(const QString &folder) const
{
    for (const auto &importer : m_importers) {
        if (auto claim = importer->claimFolder(folder))
            return claim;
    }
    return std::nullopt;
}

} // namespace Casebinder

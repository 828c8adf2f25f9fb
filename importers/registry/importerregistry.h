#pragma once

#include "registry/importer.h"

#include <QList>
#include <QStringView>

#include <memory>
#include <vector>

namespace Casebinder {

// The formats Casebinder reads. Built once, on first use, from registerBuiltinImporters()
// (registry/builtinimporters.cpp: one line per format); read-only afterwards, so any thread
// may ask it.
class ImporterRegistry final
{
public:
    static const ImporterRegistry &instance();

    // For tests and for registerBuiltinImporters().
    ImporterRegistry() = default;
    void add(std::unique_ptr<Importer> importer);

    QList<const Importer *> importers() const;
    const Importer *find(QStringView id) const;
    // The importers that claim the file, most certain first (ties in registration order).
    QList<const Importer *> candidates(const SniffInput &input) const;
    // The first importer's claim on a folder the user chose (Importer::claimFolder), if any.
    std::optional<Result<QStringList>> claimFolder(const QString &folder) const;

private:
    std::vector<std::unique_ptr<Importer>> m_importers;
};

// Adds every format Casebinder ships with.
void registerBuiltinImporters(ImporterRegistry &registry);

} // namespace Casebinder

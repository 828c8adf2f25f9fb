#pragma once

#include "registry/importer.h"

namespace Casebinder {

// ZIP productions: the archive is stored as a container document and each entry is prepared
// by whatever importer recognises it, as a child; a manifest.csv labels the entries. Archives
// inside archives are opened one level deep and share the outer archive's inflation budget.
class ZipImporter final : public Importer
{
public:
    QString id() const override;
    Confidence sniff(const SniffInput &input) const override;
    Outcome prepare(PreparedFile &file,
                    QByteArray bytes,
                    const PrepareContext &context) const override;
};

} // namespace Casebinder

#pragma once

#include "registry/importer.h"

namespace Casebinder {

// E-discovery load files (decision 0016): a Concordance DAT (with the Opticon OPT or IPRO LFP of
// the same name beside it), an OPT or LFP alone, or an EDRM XML file. The load file is stored as
// a document of its own; each record becomes a document under it, read from the production
// folder while the import's writer stores it (AttachedRecords), so a million records stream
// through in bounded memory inside the one import transaction. Recognised by name and content
// only (no --kind of its own): the kinds stay auto, filing, exhibit and posts.
class LoadFileImporter final : public Importer
{
public:
    QString id() const override;
    Confidence sniff(const SniffInput &input) const override;
    Outcome prepare(PreparedFile &file,
                    QByteArray bytes,
                    const PrepareContext &context) const override;
    // A production volume folder: its load file (LoadFiles::productionVolumeLoadFile()).
    std::optional<Result<QStringList>> claimFolder(const QString &folder) const override;
};

} // namespace Casebinder

#pragma once

#include "pipeline/preparedfile.h"

#include <QByteArray>
#include <QStringList>

#include <vector>

namespace Casebinder {

// manifest.csv in a production: the exhibit label, title, date and Bates range of each file
// it names, applied to the archive's prepared entries. What cannot be applied (no file column,
// a name not in the archive) becomes a warning, never a refusal.
void applyManifest(std::vector<PreparedFile> &entries,
                   const QByteArray &manifest,
                   QStringList &warnings);

} // namespace Casebinder

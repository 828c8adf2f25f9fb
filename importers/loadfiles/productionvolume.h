#pragma once

#include "result.h"

#include <QString>

#include <optional>

namespace Casebinder::LoadFiles {

// A production volume given as a folder (VOL001/ with DATA/VOL001.dat and .opt, IMAGES/, TEXT/,
// NATIVES/, or the load files at its top): the one load file to import in its place. A DAT is
// preferred (its OPT or LFP is read with it), then an EDRM XML, then an OPT or LFP alone.
//  - nullopt: the folder is not a production volume (no DATA/ or IMAGES/ folder and no load
//    file at its top): it is imported file by file as any folder is.
//  - an error, naming the folder: a volume without a load file, or with more than one of the
//    preferred kind (the message names each, so the user can import the one they mean).
std::optional<Result<QString>> productionVolumeLoadFile(const QString &folder);

} // namespace Casebinder::LoadFiles

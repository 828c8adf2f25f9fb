#pragma once

// The steps every export shares, for exports in files of their own (the privilege log, the
// Bates-stamped copies in production/): output checks, atomic writing, the page furniture's
// setup, and the manifest and custody record that finish an export.
#include "exporter.h"
#include "pdfreport.h"

#include <QIODevice>
#include <QJsonObject>

#include <functional>

namespace Casebinder::Export {

// "4 Dec 2026 18:40 UTC", for footers.
QString exportedAtText(const DisplayLanguage &language);
// Refuses the case file itself (and SQLite's files beside it), folders, a missing or read-only
// folder and a read-only file, naming the path.
Status checkOutputPath(const QString &path, const QString &casePath);
void report(const ExportControl &control, int percent);
bool cancelled(const ExportControl &control);
// Writes through a temporary file that replaces `path` only when `write` succeeded.
Status writeAtomically(const QString &path,
                       const QString &casePath,
                       const std::function<Status(QIODevice &)> &write);
Result<int> writeReport(const QString &path,
                        const QString &casePath,
                        PdfReport &pdf,
                        const ReportSetup &setup,
                        const ExportControl &control);
ReportSetup makeSetup(const CaseCaption &caption,
                      const PdfOptions &options,
                      const QString &defaultTitle,
                      QPageLayout::Orientation orientation);
QJsonObject pdfOptionsJson(const PdfOptions &options);
// Hashes the finished export, writes its manifest and records it in the case (exports table
// and custody log); a preview is only hashed.
Result<ExportOutcome> finish(CaseFile &caseFile,
                             const QString &kind,
                             const QString &path,
                             QJsonObject options,
                             const QList<ExportSource> &sources,
                             int withheld,
                             const ExportControl &control,
                             ExportOutcome outcome);
// One CSV field: RFC 4180 quoting, and a leading = + - @ quoted and prefixed so spreadsheets
// do not evaluate it.
QString csvField(const QString &value);

} // namespace Casebinder::Export

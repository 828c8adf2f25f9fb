#pragma once

#include "casefile.h"
#include "displaylanguage.h"
#include "exportdata.h"
#include "result.h"

#include <QPageSize>
#include <QString>

#include <atomic>
#include <functional>

namespace Casebinder::Export {

struct PdfOptions
{
    QPageSize::PageSizeId pageSize = QPageSize::Letter;
    QString title; // empty: the export's usual title
    bool confidential = false;
    bool pdfa = false;
    // The language the export is written in (headings, dates, cites, CSV headers); the
    // case's own text (titles, quotes, descriptions) is never translated.
    DisplayLanguage language;
};

struct TimelineOptions
{
    ChronologyFilter filter;
    PdfOptions pdf;
};

struct ClaimChartOptions
{
    ClaimChartFilter filter;
    PdfOptions pdf;
    // The working copy adds the reviewer aids: link weights, the weighed balance of each
    // assessment and the quote checks. The court copy (the default) leaves them out, and with
    // them any quote that was not found on its cited pages (its pin cite stays).
    bool workingCopy = false;
};

struct ExhibitListOptions
{
    ExhibitFilter filter;
    PdfOptions pdf; // ignored for CSV
};

// Progress (0–100) and cancellation for exports run on a worker thread.
struct ExportControl
{
    const std::atomic_bool *cancel = nullptr;
    std::function<void(int percent)> progress;
    // > 0: paint only this many pages and skip the manifest and the custody record (previews).
    int previewPages = 0;
};

struct ExportOutcome
{
    QString path;
    QString manifestPath; // empty for previews
    QString sha256;
    qint64 exportId = 0;
    int pages = 0;
    int items = 0; // events, claim nodes or exhibits exported
    int withheldPrivileged = 0;
    bool empty = false; // nothing matched: the file says so on its one page
};

// Each export writes to a temporary file beside `path` and renames it into place only when
// complete, so a failed or cancelled export never leaves a broken file. Then it writes
// `path`.manifest.json and records the export in the case (exports table + custody log), so
// `caseFile` must be writable unless `control.previewPages` is set.
//
// Empty selections are not errors: the export is a valid one-page document that names the
// filters and says that nothing matched (ExportOutcome::empty is set).
Result<ExportOutcome> exportTimeline(CaseFile &caseFile,
                                     const QString &path,
                                     const TimelineOptions &options,
                                     const ExportControl &control = {});
Result<ExportOutcome> exportClaimChart(CaseFile &caseFile,
                                       const QString &path,
                                       const ClaimChartOptions &options,
                                       const ExportControl &control = {});
// PDF, or CSV (UTF-8 with BOM, RFC 4180 quoting) when `path` ends in .csv.
Result<ExportOutcome> exportExhibitList(CaseFile &caseFile,
                                        const QString &path,
                                        const ExhibitListOptions &options,
                                        const ExportControl &control = {});

} // namespace Casebinder::Export

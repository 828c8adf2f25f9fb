#pragma once

#include "enricher.h"
#include "pagerasteriser.h"

#include <QString>

namespace Casebinder::Ocr {

struct OcrOptions
{
    QString languages = QStringLiteral("eng"); // Tesseract's form: "eng+fra"
    int workers = 0;                           // 0: one per core
    int pageTimeLimitMs = 180'000;             // a page still unread then is reported
    bool detectOrientation = true;             // read pages scanned sideways or upside down
    RasterLimits raster;
};

// OCR of the pages that have no text layer (issue #16), with Tesseract 5: one engine per
// worker thread, pages rendered at 300 dpi within RasterLimits, turned upright when OSD finds
// them sideways, and stored with PageTextStore: text, mean confidence and word boxes in page
// points (an image's pixels for image documents).
class OcrEnricher final : public Enricher
{
public:
    explicit OcrEnricher(OcrOptions options = {});

    const OcrOptions &options() const { return m_options; }

    QString id() const override;
    QString stage() const override;
    // Pages of PDFs, PNG and JPEG images and TIFF frames only; other documents are skipped,
    // even when forced.
    Result<QList<EnrichmentUnit>> pending(CaseFile &caseFile,
                                          const EnrichmentScope &scope) const override;
    Result<std::unique_ptr<EnrichmentWorker>> makeWorker() const override;
    int maxWorkers() const override;
    // A page that could not be read is recorded with its reason, under this engine and these
    // languages: pending() leaves it out until forced or until either changes.
    UnitWrite failureWrite(const EnrichmentUnit &unit, const Error &error) const override;

    // The engine and languages results and failures are recorded under.
    OcrEngineId engineId() const;

private:
    OcrOptions m_options;
};

} // namespace Casebinder::Ocr

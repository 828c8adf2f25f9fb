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
    // Pages of PDFs and PNG/JPEG images only; other documents are skipped, even when forced.
    Result<QList<EnrichmentUnit>> pending(CaseFile &caseFile,
                                          const EnrichmentScope &scope) const override;
    Result<std::unique_ptr<EnrichmentWorker>> makeWorker() const override;
    int maxWorkers() const override;

private:
    OcrOptions m_options;
};

} // namespace Casebinder::Ocr

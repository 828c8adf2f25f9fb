#pragma once

#include "casefile.h"
#include "pdfstamper.h"
#include "result.h"

#include <QList>
#include <QMetaType>
#include <QString>

#include <atomic>
#include <functional>

namespace Casebinder::Production {

enum class ImageFormat { Pdf, Tiff };

struct ProductionOptions
{
    QString outDir;            // must not exist, or be an empty folder
    QString volume;            // VOL001: names DATA/VOL001.dat and .opt and the OPT's volume column
    QList<qint64> documentIds; // these documents; empty: `tag`, or every numbered document
    QString tag;               // documents with this tag (or one beneath it)
    QString legend;            // printed on every page, as with bates stamp
    // Pdf: IMAGES/<BEGBATES>.pdf per document. Tiff: one file per page, IMAGES/<page's
    // number>.tif (1-bit CCITT Group IV, 300 dpi) or .jpg for a page in colour (decision 0021).
    ImageFormat images = ImageFormat::Pdf;
    bool includePrivileged = false; // produce privileged documents instead of slip sheets
    QString recipient;              // recorded with the production; may be empty
};

struct ProductionSummary
{
    qint64 productionId = 0;
    QString folder;
    QString volume;
    QString batesBegin;
    QString batesEnd;
    int documents = 0;
    int imaged = 0;
    int natives = 0;
    int withheld = 0;
    int imagePages = 0; // pages in IMAGES/ (slip sheets and placeholders count one each)
    int files = 0;
    QString datPath;
    QString optPath;
};

// Progress: documents done of total, and the Bates number of the one being written.
using ProductionProgress = std::function<void(int done, int total, const QString &item)>;

// Checks the options that need no case: the volume name, the legend, and OUTDIR (missing or
// empty, its parent a folder).
Status checkProductionOptions(const ProductionOptions &options);

// Writes a production folder (IMAGES/, TEXT/, NATIVES/, DATA/VOL.dat and VOL.opt) complete or
// not at all: everything is built in a hidden sibling folder that is renamed to OUTDIR at the
// end, and the production is recorded in the case (with the SHA-256 of every file in the custody
// log) in the same step. Refuses documents without Bates numbers (naming them), and stops on
// anything the stamper refuses, leaving OUTDIR as it was. Cancelled when `cancel` is set.
Result<ProductionSummary> writeProduction(CaseFile &caseFile,
                                          const ProductionOptions &options,
                                          const ProductionProgress &progress = {},
                                          const std::atomic_bool *cancel = nullptr);

} // namespace Casebinder::Production

Q_DECLARE_METATYPE(Casebinder::Production::ProductionSummary)

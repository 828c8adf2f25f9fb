#pragma once

#include "pagetextstore.h"
#include "result.h"

#include <QImage>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

namespace tesseract {
class TessBaseAPI;
}

namespace Casebinder::Ocr {

// What Tesseract read on one image. Word boxes are in the image's pixels.
struct Recognition
{
    QString text;
    double confidence = 0; // mean word confidence, 0–100
    QList<OcrWord> words;
};

// One Tesseract instance (Tesseract 5, LSTM engine), for one thread at a time. Tesseract
// keeps its own threads out: OpenMP is limited to one thread before the first engine is made
// (limitThreads()), and parallelism comes from one engine per worker instead.
class TesseractEngine final
{
public:
    ~TesseractEngine();
    TesseractEngine(const TesseractEngine &) = delete;
    TesseractEngine &operator=(const TesseractEngine &) = delete;

    // An engine for `languages` ("eng", "eng+fra"); fails with Unsupported when a language's
    // data is not installed, naming the Debian package.
    static Result<std::unique_ptr<TesseractEngine>> create(const QString &languages);
    // Whether the data of every language in `languages` is installed; the error names the
    // Debian package of the first one missing.
    static Status checkLanguages(const QString &languages);
    // The languages whose data is installed.
    static QStringList installedLanguages();
    // "tesseract 5.3.0".
    static QString version();
    // Tesseract's OpenMP loops would start threads of their own for every engine and starve
    // the other workers (a known tenfold slowdown): sets OMP_THREAD_LIMIT=1 for an OpenMP
    // runtime not loaded yet and turns parallel regions off in the one already loaded.
    static void limitThreads();

    const QString &languages() const { return m_languages; }

    // Reads the 8-bit grey `image` scanned at `ppi`. Stops with Cancelled once `cancel` is
    // set, and fails with a clear error after `timeLimitMs` (0 for none); both within one
    // page, through Tesseract's cancel callback.
    Result<Recognition> recognise(const QImage &image,
                                  int ppi,
                                  const std::atomic_bool &cancel,
                                  int timeLimitMs);
    // The clockwise rotation (0, 90, 180, 270) of the text in `image`, when the orientation
    // data is installed and sure enough; 0 otherwise.
    int orientation(const QImage &image, int ppi);

private:
    TesseractEngine(std::unique_ptr<tesseract::TessBaseAPI> api, QString languages);

    std::unique_ptr<tesseract::TessBaseAPI> m_api;
    std::unique_ptr<tesseract::TessBaseAPI> m_osd; // made on first use; null if unavailable
    bool m_osdTried = false;
    QString m_languages;
};

} // namespace Casebinder::Ocr

#include "tesseractengine.h"

#include <QDir>
#include <QElapsedTimer>

#include <omp.h>
#include <tesseract/baseapi.h>
#include <tesseract/ocrclass.h>
#include <tesseract/resultiterator.h>

#include <mutex>

using namespace Qt::StringLiterals;

namespace Casebinder::Ocr {
namespace {

// Where Tesseract looks for its data: TESSDATA_PREFIX, else Debian's tessdata folder.
QString dataDirectory()
{
    const QString prefix = qEnvironmentVariable("TESSDATA_PREFIX");
    if (!prefix.isEmpty())
        return prefix;
    return u"/usr/share/tesseract-ocr/5/tessdata"_s;
}

// Tesseract's cancel callback: polled between words and blocks, within one page.
bool stopRequested(void *cancel, int /*words*/)
{
    return static_cast<const std::atomic_bool *>(cancel)->load(std::memory_order_relaxed);
}

QString takeText(char *text)
{
    const std::unique_ptr<char[]> owned(text);
    return owned ? QString::fromUtf8(owned.get()) : QString();
}

Error tooSmall(const QImage &image)
{
    return {Error::Code::InvalidArgument,
            u"The page image is %1 × %2 pixels: too small to read."_s.arg(image.width())
                .arg(image.height())};
}

} // namespace

TesseractEngine::TesseractEngine(std::unique_ptr<tesseract::TessBaseAPI> api, QString languages)
    : m_api(std::move(api))
    , m_languages(std::move(languages))
{}

TesseractEngine::~TesseractEngine()
{
    if (m_osd)
        m_osd->End();
    m_api->End();
}

void TesseractEngine::limitThreads()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // libgomp reads OMP_THREAD_LIMIT when it is loaded, which for a program linked with
        // Tesseract is before main(): the variable only helps an OpenMP runtime loaded later.
        // For the one already loaded, no parallel region may be active any more.
        qputenv("OMP_THREAD_LIMIT", "1");
        omp_set_max_active_levels(0);
    });
}

QStringList TesseractEngine::installedLanguages()
{
    QStringList languages;
    const QStringList files = QDir(dataDirectory()).entryList({u"*.traineddata"_s}, QDir::Files);
    for (const QString &file : files)
        languages.append(file.chopped(int(sizeof(".traineddata") - 1)));
    return languages;
}

QString TesseractEngine::version()
{
    return u"tesseract "_s + QString::fromLatin1(tesseract::TessBaseAPI::Version());
}

Status TesseractEngine::checkLanguages(const QString &languages)
{
    const QStringList wanted = languages.split(u'+', Qt::SkipEmptyParts);
    if (wanted.isEmpty())
        return fail(Error::Code::InvalidArgument, u"No OCR language was given."_s);
    const QStringList installed = installedLanguages();
    for (const QString &language : wanted) {
        if (language == u"osd" || !installed.contains(language))
            return fail(Error::Code::Unsupported,
                        u"The OCR data for \"%1\" is not installed (Debian package "
                        u"tesseract-ocr-%1)."_s.arg(language),
                        installed.isEmpty() ? u"No OCR data in %1"_s.arg(dataDirectory())
                                            : u"installed: %1"_s.arg(installed.join(u", "_s)));
    }
    return {};
}

Result<std::unique_ptr<TesseractEngine>> TesseractEngine::create(const QString &languages)
{
    limitThreads();
    if (auto checked = checkLanguages(languages); !checked)
        return fail(checked.error());
    const QStringList wanted = languages.split(u'+', Qt::SkipEmptyParts);
    auto api = std::make_unique<tesseract::TessBaseAPI>();
    if (api->Init(nullptr, wanted.join(u'+').toUtf8().constData(), tesseract::OEM_LSTM_ONLY) != 0)
        return fail(Error::Code::Unsupported,
                    u"Tesseract could not load the OCR data for %1."_s.arg(languages));
    api->SetPageSegMode(tesseract::PSM_AUTO);
    api->SetVariable("debug_file", "/dev/null"); // its warnings are ours to report
    return std::unique_ptr<TesseractEngine>(new TesseractEngine(std::move(api), wanted.join(u'+')));
}

Result<Recognition> TesseractEngine::recognise(const QImage &image,
                                               int ppi,
                                               const std::atomic_bool &cancel,
                                               int timeLimitMs)
{
    if (image.width() < 3 || image.height() < 3)
        return fail(tooSmall(image));
    const QImage grey = image.format() == QImage::Format_Grayscale8
                            ? image
                            : image.convertToFormat(QImage::Format_Grayscale8);
    m_api->SetImage(grey.constBits(), grey.width(), grey.height(), 1, int(grey.bytesPerLine()));
    m_api->SetSourceResolution(ppi);

    tesseract::ETEXT_DESC monitor;
    monitor.cancel = &stopRequested;
    monitor.cancel_this = const_cast<std::atomic_bool *>(&cancel);
    monitor.set_deadline_msecs(timeLimitMs);
    const int outcome = m_api->Recognize(&monitor);
    const auto cleared = [this](Error error) {
        m_api->Clear();
        return fail(std::move(error));
    };
    if (cancel.load(std::memory_order_relaxed))
        return cleared({Error::Code::Cancelled, u"Cancelled."_s});
    if (monitor.deadline_exceeded())
        return cleared({Error::Code::Generic,
                        u"Reading the page took longer than the limit of %1 s; it was left "
                        u"unread."_s.arg(timeLimitMs / 1000.0)});
    if (outcome != 0)
        return cleared({Error::Code::Generic, u"Tesseract could not read the page."_s});

    Recognition recognition;
    const std::unique_ptr<tesseract::ResultIterator> word(m_api->GetIterator());
    if (word && !word->Empty(tesseract::RIL_WORD)) {
        do {
            const QString text = takeText(word->GetUTF8Text(tesseract::RIL_WORD)).trimmed();
            int left = 0, top = 0, right = 0, bottom = 0;
            if (text.isEmpty()
                || !word->BoundingBox(tesseract::RIL_WORD, &left, &top, &right, &bottom))
                continue;
            recognition.words.append({text,
                                      QRectF(left, top, right - left, bottom - top),
                                      word->Confidence(tesseract::RIL_WORD)});
        } while (word->Next(tesseract::RIL_WORD));
    }
    recognition.text = takeText(m_api->GetUTF8Text());
    recognition.confidence = recognition.words.isEmpty() ? 0 : m_api->MeanTextConf();
    m_api->Clear();
    return recognition;
}

int TesseractEngine::orientation(const QImage &image, int ppi)
{
    if (!m_osdTried) {
        m_osdTried = true;
        if (installedLanguages().contains(u"osd"_s)) {
            auto osd = std::make_unique<tesseract::TessBaseAPI>();
            if (osd->Init(nullptr, "osd", tesseract::OEM_TESSERACT_ONLY) == 0) {
                osd->SetPageSegMode(tesseract::PSM_OSD_ONLY);
                osd->SetVariable("debug_file", "/dev/null");
                m_osd = std::move(osd);
            }
        }
    }
    if (!m_osd || image.width() < 3 || image.height() < 3)
        return 0;
    const QImage grey = image.format() == QImage::Format_Grayscale8
                            ? image
                            : image.convertToFormat(QImage::Format_Grayscale8);
    m_osd->SetImage(grey.constBits(), grey.width(), grey.height(), 1, int(grey.bytesPerLine()));
    m_osd->SetSourceResolution(ppi);
    int degrees = 0;
    float confidence = 0;
    const char *script = nullptr;
    float scriptConfidence = 0;
    const bool found
        = m_osd->DetectOrientationScript(&degrees, &confidence, &script, &scriptConfidence);
    m_osd->Clear();
    // Below this Tesseract is guessing (a page with a few words, a photograph).
    constexpr float Sure = 2.0f;
    if (!found || confidence < Sure || degrees % 90 != 0)
        return 0;
    return ((degrees % 360) + 360) % 360;
}

} // namespace Casebinder::Ocr

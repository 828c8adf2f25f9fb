#include "ocrenricher.h"

#include "casefile.h"
#include "documentstore.h"
#include "tesseractengine.h"

#include <QCoreApplication>
#include <QHash>
#include <QThread>
#include <QTransform>

using namespace Qt::StringLiterals;

namespace Casebinder::Ocr {
namespace {

class OcrWorker final : public EnrichmentWorker
{
public:
    OcrWorker(std::unique_ptr<TesseractEngine> engine, const OcrOptions &options)
        : m_engine(std::move(engine))
        , m_options(options)
        , m_rasteriser(options.raster)
    {}

    Result<UnitWrite> enrich(const EnrichmentSource &source,
                             const EnrichmentUnit &unit,
                             const std::atomic_bool &cancel) override
    {
        auto page = m_rasteriser.render(source, unit.number);
        if (!page)
            return fail(page.error());
        if (cancel.load(std::memory_order_relaxed))
            return fail(Error::Code::Cancelled, u"Cancelled."_s);
        const int ppi = int(std::lround(page->dpi));
        // OSD gives the text's clockwise rotation; turning the image back reads it upright.
        const int tilt = m_options.detectOrientation ? m_engine->orientation(page->image, ppi) : 0;
        QTransform turn;
        QImage upright = page->image;
        if (tilt != 0) {
            turn = QImage::trueMatrix(
                QTransform().rotate(-tilt), page->image.width(), page->image.height());
            upright = page->image.transformed(turn);
        }
        auto read = m_engine->recognise(upright, ppi, cancel, m_options.pageTimeLimitMs);
        if (!read)
            return fail(read.error());

        PageOcr ocr;
        ocr.text = read->text.trimmed();
        ocr.confidence = std::clamp(read->confidence, 0.0, 100.0);
        ocr.engine = TesseractEngine::version();
        ocr.languages = m_engine->languages();
        ocr.rotation = (360 - tilt) % 360;
        ocr.dpi = page->dpi;
        const QTransform back = turn.inverted();
        ocr.words.reserve(read->words.size());
        for (OcrWord word : std::as_const(read->words)) {
            const QRectF pixels = back.mapRect(word.box);
            word.box = QRectF(pixels.topLeft() * page->unitsPerPixel,
                              pixels.size() * page->unitsPerPixel);
            ocr.words.append(std::move(word));
        }
        return UnitWrite([pageId = unit.pageId, ocr = std::move(ocr)](CaseFile &caseFile) {
            return PageTextStore::of(caseFile).saveOcr(pageId, ocr);
        });
    }

private:
    std::unique_ptr<TesseractEngine> m_engine;
    const OcrOptions m_options;
    PageRasteriser m_rasteriser;
};

} // namespace

OcrEnricher::OcrEnricher(OcrOptions options)
    : m_options(std::move(options))
{}

QString OcrEnricher::id() const
{
    return u"ocr"_s;
}

QString OcrEnricher::stage() const
{
    return QCoreApplication::translate("Casebinder::Ocr", "Recognising text");
}

Result<QList<EnrichmentUnit>> OcrEnricher::pending(CaseFile &caseFile,
                                                   const EnrichmentScope &scope) const
{
    auto pages
        = PageTextStore::of(caseFile).pagesForOcr(scope.documentIds, scope.force, engineId());
    if (!pages)
        return fail(pages.error());
    DocumentStore documents = caseFile.documents();
    QHash<qint64, bool> readable;
    QList<EnrichmentUnit> units;
    for (const PageRef &page : std::as_const(*pages)) {
        auto known = readable.constFind(page.documentId);
        if (known == readable.cend()) {
            auto document = documents.document(page.documentId);
            if (!document)
                return fail(document.error());
            known = readable.insert(page.documentId, PageRasteriser::canRead(document->mediaType));
        }
        if (*known)
            units.append(page);
    }
    return units;
}

Result<std::unique_ptr<EnrichmentWorker>> OcrEnricher::makeWorker() const
{
    auto engine = TesseractEngine::create(m_options.languages);
    if (!engine)
        return fail(engine.error());
    return std::unique_ptr<EnrichmentWorker>(
        std::make_unique<OcrWorker>(std::move(*engine), m_options));
}

int OcrEnricher::maxWorkers() const
{
    return m_options.workers > 0 ? m_options.workers : QThread::idealThreadCount();
}

UnitWrite OcrEnricher::failureWrite(const EnrichmentUnit &unit, const Error &error) const
{
    return
        [pageId = unit.pageId, engine = engineId(), reason = error.fullText()](CaseFile &caseFile) {
            return PageTextStore::of(caseFile).recordOcrFailure(pageId, engine, reason);
        };
}

OcrEngineId OcrEnricher::engineId() const
{
    return {TesseractEngine::version(),
            m_options.languages.split(u'+', Qt::SkipEmptyParts).join(u'+')};
}

} // namespace Casebinder::Ocr

#include "pdfbackend.h"

#include <QElapsedTimer>
#include <QMetaObject>
#include <QRegularExpression>
#include <QThread>

#include <poppler-qt6.h>

#include <algorithm>
#include <condition_variable>
#include <mutex>
#include <vector>

using namespace Qt::StringLiterals;

namespace Casebinder::Views {

namespace {

constexpr int OpenPriority = 1000;
constexpr int TextPriority = 900;
constexpr int SearchPriority = 60;

bool shouldAbort(const QVariant &payload)
{
    return reinterpret_cast<const std::atomic_bool *>(payload.value<quintptr>())->load();
}

// Lower case letters and digits only: what two spellings of the same word share.
QString wordKey(const QString &word)
{
    QString key;
    key.reserve(word.size());
    for (const QChar c : word) {
        if (c.isLetterOrNumber())
            key.append(c.toLower());
    }
    return key;
}

bool endsWithHyphen(const QString &word)
{
    return word.endsWith(u'-') || word.endsWith(QChar(0x2010)) || word.endsWith(QChar(0x00ad));
}

struct PageWord
{
    int page = 0;
    QString key;
    bool hyphenated = false;
    QRectF box;
};

// The boxes of consecutive words, merged into one rectangle per line and page.
QList<PdfHit> mergeIntoLines(const QList<PageWord> &words)
{
    QList<PdfHit> hits;
    for (const PageWord &word : words) {
        if (hits.isEmpty() || hits.last().page != word.page)
            hits.append(PdfHit{word.page, {}});
        QList<QRectF> &rects = hits.last().rects;
        if (!rects.isEmpty()) {
            QRectF &line = rects.last();
            const bool sameLine = std::abs(line.center().y() - word.box.center().y())
                                  < std::max(line.height(), word.box.height()) / 2;
            if (sameLine && word.box.left() >= line.left() - 1) {
                line = line.united(word.box);
                continue;
            }
        }
        rects.append(word.box);
    }
    return hits;
}

// A word's key for matching, with diacritics dropped as Poppler's search does.
QString foldedKey(const QString &word)
{
    return wordKey(word.normalized(QString::NormalizationForm_KD));
}

const RecognisedPage *recognisedPage(const RecognisedPages &pages, int page)
{
    const auto found = pages.constFind(page);
    return found == pages.cend() ? nullptr : &*found;
}

int turnOf(const RecognisedPages &pages, int page)
{
    const RecognisedPage *recognised = recognisedPage(pages, page);
    return recognised ? recognised->rotation : 0;
}

Poppler::Page::Rotation popplerRotation(int degrees)
{
    switch (degrees) {
    case 90:
        return Poppler::Page::Rotate90;
    case 180:
        return Poppler::Page::Rotate180;
    case 270:
        return Poppler::Page::Rotate270;
    default:
        return Poppler::Page::Rotate0;
    }
}

QSizeF turnedSize(const QSizeF &size, int degrees)
{
    return degrees == 90 || degrees == 270 ? size.transposed() : size;
}

// `rect` on a page of `size` (points, as drawn) on the page turned `degrees` clockwise.
QRectF turnRect(const QRectF &rect, const QSizeF &size, int degrees)
{
    switch (degrees) {
    case 90:
        return {size.height() - rect.bottom(), rect.left(), rect.height(), rect.width()};
    case 180:
        return {size.width() - rect.right(),
                size.height() - rect.bottom(),
                rect.width(),
                rect.height()};
    case 270:
        return {rect.top(), size.width() - rect.right(), rect.height(), rect.width()};
    default:
        return rect;
    }
}

// OCR's words as the flow selection wants them: a line ends where the next word starts left
// of this one or on another line.
PageWords ocrFlowWords(const RecognisedPage &page, const QSizeF &size)
{
    PageWords words;
    words.reserve(page.words.size());
    for (const FlowWord &word : page.words)
        words.append({word.text, turnRect(word.box, size, page.rotation), true, false, false});
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (i + 1 == words.size()) {
            words[i].endsLine = true;
            continue;
        }
        const QRectF &box = words[i].box;
        const QRectF &next = words[i + 1].box;
        words[i].endsLine = next.left() < box.left()
                            || std::abs(next.center().y() - box.center().y())
                                   > std::max(box.height(), next.height()) / 2;
    }
    return words;
}

// Where `keys` (a search's words) occur in OCR's `words`, as Poppler's search would find them:
// one key inside a word, several keys across consecutive words (the first ending a word, the
// last starting one).
QList<QRectF> searchWords(const PageWords &words, const QStringList &keys)
{
    QList<PageWord> found;
    if (keys.isEmpty())
        return {};
    QStringList wordKeys;
    wordKeys.reserve(words.size());
    for (const FlowWord &word : words)
        wordKeys.append(foldedKey(word.text));
    for (qsizetype start = 0; start + keys.size() <= wordKeys.size(); ++start) {
        bool match = true;
        for (qsizetype k = 0; k < keys.size() && match; ++k) {
            const QString &key = wordKeys.at(start + k);
            const QString &wanted = keys.at(k);
            if (keys.size() == 1)
                match = key.contains(wanted);
            else if (k == 0)
                match = key.endsWith(wanted);
            else if (k + 1 == keys.size())
                match = key.startsWith(wanted);
            else
                match = key == wanted;
        }
        if (!match)
            continue;
        for (qsizetype k = 0; k < keys.size(); ++k)
            found.append({1, {}, false, words.at(start + k).box});
        start += keys.size() - 1;
    }
    QList<QRectF> rects;
    for (const PdfHit &hit : mergeIntoLines(found))
        rects += hit.rects;
    return rects;
}

} // namespace

// The worker threads and their queue. A job runs on whichever thread is free, against that
// thread's own Poppler::Document for the job's generation (loaded on first use).
class PdfWorkers final
{
public:
    using Run = std::function<void(Poppler::Document *document, const std::atomic_bool &cancel)>;

    struct Job
    {
        int priority = 0;
        quint64 sequence = 0;
        quint64 generation = 0;
        std::shared_ptr<std::atomic_bool> cancel;
        Run run;
    };

    explicit PdfWorkers(int threadCount)
    {
        for (int i = 0; i < std::max(1, threadCount); ++i) {
            QThread *thread = QThread::create([this] { work(); });
            thread->setObjectName(u"Casebinder PDF worker %1"_s.arg(i + 1));
            m_threads.push_back(std::unique_ptr<QThread>(thread));
            thread->start(QThread::LowPriority);
        }
    }

    ~PdfWorkers()
    {
        {
            const std::scoped_lock lock(m_mutex);
            m_stopping = true;
            for (const Job &job : m_queue)
                job.cancel->store(true);
            m_queue.clear();
            for (const auto &running : m_running)
                running->store(true);
        }
        m_wake.notify_all();
        for (const auto &thread : m_threads)
            thread->wait();
    }

    void setDocument(quint64 generation, const QByteArray &bytes)
    {
        const std::scoped_lock lock(m_mutex);
        m_generation = generation;
        m_bytes = bytes;
        for (const Job &job : m_queue)
            job.cancel->store(true);
        m_queue.clear();
        for (const auto &running : m_running)
            running->store(true);
    }

    void submit(Job job)
    {
        {
            const std::scoped_lock lock(m_mutex);
            job.sequence = ++m_sequence;
            m_queue.push_back(std::move(job));
        }
        m_wake.notify_one();
    }

    // Raises the priority of the queued job whose cancel flag is `token`.
    void raise(const std::atomic_bool *token, int priority)
    {
        const std::scoped_lock lock(m_mutex);
        for (Job &job : m_queue) {
            if (job.cancel.get() == token)
                job.priority = std::max(job.priority, priority);
        }
    }

private:
    void work()
    {
        std::unique_ptr<Poppler::Document> document;
        quint64 documentGeneration = 0;
        for (;;) {
            Job job;
            QByteArray bytes;
            {
                std::unique_lock lock(m_mutex);
                m_wake.wait(lock, [this] { return m_stopping || !m_queue.empty(); });
                if (m_stopping)
                    return;
                std::erase_if(m_queue, [](const Job &queued) { return queued.cancel->load(); });
                if (m_queue.empty())
                    continue;
                const auto next = std::ranges::min_element(m_queue, [](const Job &a, const Job &b) {
                    return a.priority != b.priority ? a.priority > b.priority
                                                    : a.sequence < b.sequence;
                });
                job = std::move(*next);
                m_queue.erase(next);
                if (job.generation != m_generation)
                    continue;
                if (documentGeneration != job.generation)
                    bytes = m_bytes;
                m_running.push_back(job.cancel);
            }
            if (documentGeneration != job.generation) {
                document = Poppler::Document::loadFromData(bytes);
                if (document && !document->isLocked()) {
                    document->setRenderHint(Poppler::Document::Antialiasing);
                    document->setRenderHint(Poppler::Document::TextAntialiasing);
                }
                documentGeneration = job.generation;
            }
            Poppler::Document *usable
                = document && !document->isLocked() ? document.get() : nullptr;
            if (!job.cancel->load())
                job.run(usable, *job.cancel);
            const std::scoped_lock lock(m_mutex);
            std::erase(m_running, job.cancel);
        }
    }

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::vector<Job> m_queue;
    std::vector<std::shared_ptr<std::atomic_bool>> m_running;
    std::vector<std::unique_ptr<QThread>> m_threads;
    QByteArray m_bytes;
    quint64 m_generation = 0;
    quint64 m_sequence = 0;
    bool m_stopping = false;
};

PdfBackend::PdfBackend(int threadCount, QObject *parent)
    : QObject(parent)
    , m_workers(std::make_unique<PdfWorkers>(threadCount))
{}

PdfBackend::~PdfBackend()
{
    // Join the workers while this object is still whole: they post results to it.
    m_workers.reset();
}

PdfBackend::RenderKey PdfBackend::renderKey(int channel, int page, double dpi)
{
    return {channel, page, qRound(dpi * 100.0)};
}

const RecognisedPage *PdfBackend::recognised(int page) const
{
    return recognisedPage(*m_recognised, page);
}

void PdfBackend::open(const QByteArray &pdf, RecognisedPages recognised)
{
    close();
    m_recognised = std::make_shared<const RecognisedPages>(std::move(recognised));
    m_workers->setDocument(m_generation, pdf);
    const quint64 generation = m_generation;
    const auto turned = m_recognised;
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_workers->submit(
        {OpenPriority,
         0,
         generation,
         cancel,
         [this, generation, pdf, turned](Poppler::Document *document, const std::atomic_bool &) {
             QList<QSizeF> sizes;
             std::optional<Error> error;
             if (!document) {
                 // Tell a locked file from one Poppler cannot read at all.
                 const auto probe = Poppler::Document::loadFromData(pdf);
                 error = probe && probe->isLocked()
                             ? Error{Error::Code::PasswordRequired,
                                     tr("The PDF is password-protected and cannot "
                                        "be shown.")}
                             : Error{Error::Code::Corrupt,
                                     tr("The PDF could not be read; the file may "
                                        "be damaged.")};
             } else {
                 const int count = document->numPages();
                 sizes.reserve(count);
                 for (int i = 0; i < count; ++i) {
                     const std::unique_ptr<Poppler::Page> page = document->page(i);
                     sizes.append(turnedSize(page ? page->pageSizeF() : QSizeF(612, 792),
                                             turnOf(*turned, i + 1)));
                 }
             }
             QMetaObject::invokeMethod(
                 this,
                 [this, generation, sizes, error] {
                     if (generation != m_generation)
                         return;
                     if (error)
                         emit openFailed(*error);
                     else
                         emit opened(sizes);
                 },
                 Qt::QueuedConnection);
         }});
}

void PdfBackend::close()
{
    for (const Token &token : std::as_const(m_renders))
        token->store(true);
    m_renders.clear();
    cancelSearch();
    ++m_generation;
    m_workers->setDocument(m_generation, {});
}

void PdfBackend::requestPage(int channel, int page, double dpi, int priority)
{
    const RenderKey key = renderKey(channel, page, dpi);
    if (const auto running = m_renders.constFind(key); running != m_renders.cend()) {
        m_workers->raise(running.value().get(), priority);
        return;
    }
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_renders.insert(key, cancel);
    const quint64 generation = m_generation;
    m_workers->submit(
        {priority,
         0,
         generation,
         cancel,
         [this, generation, channel, page, dpi, key, cancel, turn = turnOf(*m_recognised, page)](
             Poppler::Document *document, const std::atomic_bool &cancelled) {
             QImage image;
             if (document) {
                 if (const std::unique_ptr<Poppler::Page> pdfPage = document->page(page - 1)) {
                     image = pdfPage->renderToImage(
                         dpi,
                         dpi,
                         -1,
                         -1,
                         -1,
                         -1,
                         popplerRotation(turn),
                         nullptr,
                         nullptr,
                         &shouldAbort,
                         QVariant::fromValue(reinterpret_cast<quintptr>(&cancelled)));
                 }
             }
             if (cancelled.load())
                 return;
             QMetaObject::invokeMethod(
                 this,
                 [this, generation, channel, page, dpi, key, cancel, image] {
                     if (generation != m_generation || cancel->load())
                         return;
                     if (m_renders.value(key) == cancel)
                         m_renders.remove(key);
                     if (!image.isNull())
                         emit pageRendered(channel, page, dpi, image);
                 },
                 Qt::QueuedConnection);
         }});
}

void PdfBackend::retainRenders(int channel, const std::function<bool(int, double)> &keep)
{
    for (auto it = m_renders.begin(); it != m_renders.end();) {
        if (it.key().channel != channel || keep(it.key().page, it.key().centiDpi / 100.0)) {
            ++it;
        } else {
            it.value()->store(true);
            it = m_renders.erase(it);
        }
    }
}

void PdfBackend::search(const QString &text, int firstPage, int lastPage)
{
    cancelSearch();
    if (text.trimmed().isEmpty())
        return;
    m_search = std::make_shared<std::atomic_bool>(false);
    const quint64 generation = m_generation;
    const Token cancel = m_search;
    m_workers->submit(
        {SearchPriority,
         0,
         generation,
         cancel,
         [this, generation, cancel, text, firstPage, lastPage, recognised = m_recognised](
             Poppler::Document *document, const std::atomic_bool &cancelled) {
             const auto deliver = [&](QList<PdfHit> hits, bool finished) {
                 QMetaObject::invokeMethod(
                     this,
                     [this, generation, cancel, text, hits = std::move(hits), finished] {
                         if (generation != m_generation || cancel->load())
                             return;
                         if (!hits.isEmpty())
                             emit searchHits(text, hits);
                         if (finished) {
                             m_search.reset();
                             emit searchFinished(text);
                         }
                     },
                     Qt::QueuedConnection);
             };
             QList<PdfHit> batch;
             if (document) {
                 const int last = lastPage < 1 ? document->numPages()
                                               : std::min(lastPage, document->numPages());
                 const auto flags = Poppler::Page::IgnoreCase | Poppler::Page::IgnoreDiacritics
                                    | Poppler::Page::AcrossLines;
                 QStringList keys;
                 for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
                     if (QString key = foldedKey(word); !key.isEmpty())
                         keys.append(std::move(key));
                 }
                 QElapsedTimer sinceDelivery;
                 sinceDelivery.start();
                 for (int number = std::max(1, firstPage); number <= last; ++number) {
                     if (cancelled.load())
                         return;
                     const std::unique_ptr<Poppler::Page> page = document->page(number - 1);
                     if (!page)
                         continue;
                     QList<QRectF> rects = page->search(text, flags);
                     // A scan's hits are OCR's words, on the page turned upright.
                     if (const RecognisedPage *ocr = recognisedPage(*recognised, number)) {
                         const QSizeF size = page->pageSizeF();
                         if (rects.isEmpty())
                             rects = searchWords(ocrFlowWords(*ocr, size), keys);
                         else
                             for (QRectF &rect : rects)
                                 rect = turnRect(rect, size, ocr->rotation);
                     }
                     if (!rects.isEmpty())
                         batch.append({number, rects});
                     // Show the first hits while later pages are still being searched.
                     if (!batch.isEmpty() && sinceDelivery.elapsed() > 150) {
                         deliver(std::exchange(batch, {}), false);
                         sinceDelivery.restart();
                     }
                 }
             }
             deliver(std::move(batch), true);
         }});
}

void PdfBackend::cancelSearch()
{
    if (m_search)
        m_search->store(true);
    m_search.reset();
}

void PdfBackend::requestWords(int page)
{
    const quint64 generation = m_generation;
    m_workers->submit(
        {TextPriority,
         0,
         generation,
         std::make_shared<std::atomic_bool>(false),
         [this, generation, page, recognised = m_recognised](Poppler::Document *document,
                                                             const std::atomic_bool &) {
             PageWords words;
             if (document) {
                 if (const std::unique_ptr<Poppler::Page> pdfPage = document->page(page - 1)) {
                     const RecognisedPage *ocr = recognisedPage(*recognised, page);
                     const QSizeF size = pdfPage->pageSizeF();
                     for (const auto &box : pdfPage->textList()) {
                         words.append({box->text(),
                                       turnRect(box->boundingBox(), size, ocr ? ocr->rotation : 0),
                                       box->hasSpaceAfter(),
                                       box->nextWord() == nullptr,
                                       false});
                     }
                     // A scan is selected through OCR's word boxes.
                     if (words.isEmpty() && ocr)
                         words = ocrFlowWords(*ocr, size);
                 }
             }
             markMarginNumbers(words);
             QMetaObject::invokeMethod(
                 this,
                 [this, generation, page, words] {
                     if (generation == m_generation)
                         emit wordsReady(page, words);
                 },
                 Qt::QueuedConnection);
         }});
}

quint64 PdfBackend::locateQuote(int firstPage, int lastPage, const QString &quote)
{
    const quint64 requestId = ++m_nextRequest;
    const quint64 generation = m_generation;
    QStringList quoteKeys;
    for (const QString &word :
         quote.split(QRegularExpression(u"[\\s\\x{2014}\\x{2013}/]+"_s), Qt::SkipEmptyParts)) {
        if (QString key = wordKey(word); !key.isEmpty())
            quoteKeys.append(std::move(key));
    }
    m_workers->submit(
        {TextPriority,
         0,
         generation,
         std::make_shared<std::atomic_bool>(false),
         [this, generation, requestId, firstPage, lastPage, quoteKeys, recognised = m_recognised](
             Poppler::Document *document, const std::atomic_bool &) {
             QList<PageWord> words;
             if (document && !quoteKeys.isEmpty()) {
                 const int last = std::min(std::max(firstPage, lastPage), document->numPages());
                 for (int number = std::max(1, firstPage); number <= last; ++number) {
                     const std::unique_ptr<Poppler::Page> page = document->page(number - 1);
                     if (!page)
                         continue;
                     const RecognisedPage *ocr = recognisedPage(*recognised, number);
                     const QSizeF size = page->pageSizeF();
                     const qsizetype before = words.size();
                     for (const auto &box : page->textList()) {
                         const QString text = box->text();
                         QString key = wordKey(text);
                         if (!key.isEmpty())
                             words.append(
                                 {number,
                                  std::move(key),
                                  endsWithHyphen(text),
                                  turnRect(box->boundingBox(), size, ocr ? ocr->rotation : 0)});
                     }
                     if (words.size() == before && ocr) {
                         for (const FlowWord &word : ocrFlowWords(*ocr, size)) {
                             QString key = wordKey(word.text);
                             if (!key.isEmpty())
                                 words.append(
                                     {number, std::move(key), endsWithHyphen(word.text), word.box});
                         }
                     }
                 }
             }
             // Longest run of quote words matched from any start; a word broken by a hyphen
             // at a line end matches the two halves joined.
             QList<PageWord> best;
             qsizetype matchedWords = 0;
             for (qsizetype start = 0; start < words.size() && matchedWords < quoteKeys.size();
                  ++start) {
                 QList<PageWord> run;
                 qsizetype matched = 0;
                 qsizetype at = start;
                 for (const QString &wanted : quoteKeys) {
                     if (at >= words.size())
                         break;
                     if (words[at].key == wanted) {
                         run.append(words[at++]);
                     } else if (words[at].hyphenated && at + 1 < words.size()
                                && words[at].key + words[at + 1].key == wanted) {
                         run.append(words[at]);
                         run.append(words[at + 1]);
                         at += 2;
                     } else {
                         break;
                     }
                     ++matched;
                 }
                 if (matched > matchedWords) {
                     matchedWords = matched;
                     best = std::move(run);
                 }
             }
             const bool complete = !quoteKeys.isEmpty() && matchedWords == quoteKeys.size();
             // A stray common word is not a location: demand a real part of the quote.
             const bool useful
                 = complete || matchedWords >= std::min<qsizetype>(4, quoteKeys.size());
             const QList<PdfHit> hits = useful ? mergeIntoLines(best) : QList<PdfHit>();
             QMetaObject::invokeMethod(
                 this,
                 [this, generation, requestId, hits, complete] {
                     if (generation == m_generation)
                         emit quoteLocated(requestId, hits, complete);
                 },
                 Qt::QueuedConnection);
         }});
    return requestId;
}

} // namespace Casebinder::Views

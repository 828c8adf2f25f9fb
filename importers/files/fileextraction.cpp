#include "files/fileextraction.h"

#include "common/mime.h"
#include "common/textdecoding.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QStringDecoder>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <linux/magic.h>
#include <sys/stat.h>
#include <sys/vfs.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Casebinder::Files {
namespace {

using Mime::decodeBody;
using Mime::decodeHeaderValue;
using Mime::Header;
using Mime::headerValue;
using Mime::parameter;
using Mime::splitMessage;

bool isTextSuffix(const QString &suffix)
{
    static const QStringList suffixes = {u"txt"_s,
                                         u"text"_s,
                                         u"md"_s,
                                         u"log"_s,
                                         u"csv"_s,
                                         u"tsv"_s,
                                         u"json"_s,
                                         u"ndjson"_s,
                                         u"jsonl"_s,
                                         u"xml"_s,
                                         u"html"_s,
                                         u"htm"_s};
    return suffixes.contains(suffix);
}

// Text if the start has no NUL bytes and few control characters.
bool looksLikeText(QByteArrayView bytes)
{
    const QByteArrayView head = bytes.first(std::min<qsizetype>(bytes.size(), 8192));
    if (head.isEmpty())
        return false;
    qsizetype controls = 0;
    for (char c : head) {
        const auto u = static_cast<unsigned char>(c);
        if (u == 0)
            return false;
        if (u < 0x20 && u != '\n' && u != '\r' && u != '\t' && u != '\f')
            ++controls;
    }
    return controls * 100 < head.size();
}

QString stripHtml(QString html)
{
    static const QRegularExpression hidden(u"<(script|style)[^>]*>.*?</\\1>"_s,
                                           QRegularExpression::CaseInsensitiveOption
                                               | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression breaks(u"<(br|/p|/div|/tr|/li)[^>]*>"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tags(u"<[^>]*>"_s);
    html.remove(hidden);
    html.replace(breaks, u"\n"_s);
    html.remove(tags);
    html.replace(u"&nbsp;"_s, u" "_s).replace(u"&lt;"_s, u"<"_s).replace(u"&gt;"_s, u">"_s);
    html.replace(u"&quot;"_s, u"\""_s).replace(u"&amp;"_s, u"&"_s);
    return html;
}

// The readable text of a MIME entity: text/plain preferred, then text/html, depth-limited.
QString readableBody(const QByteArray &body,
                     const QList<Header> &headers,
                     int depth,
                     QStringList &attachments)
{
    const QString contentType = headerValue(headers, u"content-type"_s);
    const QString type = contentType.section(u';', 0, 0).trimmed().toLower();
    if (type.startsWith(u"multipart/"_s) && depth < 8) {
        const QByteArray boundary = "--" + parameter(contentType, u"boundary"_s).toLatin1();
        if (boundary.size() > 2) {
            QString plain;
            QString html;
            const QList<QByteArray> parts = body.split('\n');
            QByteArray current;
            bool inPart = false;
            const auto finish = [&] {
                if (!inPart)
                    return;
                auto [partHeaders, partBody] = splitMessage(current);
                const QString disposition = headerValue(partHeaders, u"content-disposition"_s);
                const QString fileName = parameter(disposition, u"filename"_s);
                if (!fileName.isEmpty()) {
                    attachments.append(decodeHeaderValue(fileName));
                    return;
                }
                const QString partType = headerValue(partHeaders, u"content-type"_s).toLower();
                const QString text = readableBody(partBody, partHeaders, depth + 1, attachments);
                if (partType.startsWith(u"text/html"_s)) {
                    if (html.isEmpty())
                        html = text;
                } else if (plain.isEmpty()) {
                    plain = text;
                }
            };
            for (const QByteArray &line : parts) {
                const QByteArray bare = line.endsWith('\r') ? line.chopped(1) : line;
                if (bare.startsWith(boundary)) {
                    finish();
                    current.clear();
                    inPart = !bare.startsWith(QByteArray(boundary + "--"));
                    continue;
                }
                if (inPart)
                    current += line + '\n';
            }
            return plain.isEmpty() ? html : plain;
        }
    }
    const QString text = decodeBody(body, headers);
    return type == u"text/html"_s ? stripHtml(text) : text;
}

} // namespace

Type sniff(const QString &fileName, QByteArrayView bytes)
{
    if (bytes.startsWith("%PDF-")
        || bytes.first(std::min<qsizetype>(bytes.size(), 1024)).contains("%PDF-"))
        return Type::Pdf;
    if (bytes.startsWith("\x89PNG\r\n\x1a\n"))
        return Type::Png;
    if (bytes.startsWith("\xFF\xD8\xFF"))
        return Type::Jpeg;
    if (bytes.startsWith("II*\0") || bytes.startsWith("MM\0*"))
        return Type::Tiff;
    if (bytes.startsWith("PK\x03\x04") || bytes.startsWith("PK\x05\x06"))
        return Type::Zip;
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == u"pdf"_s)
        return Type::Pdf; // the PDF reader says what is wrong with it
    if (suffix == u"zip"_s)
        return Type::Zip;
    if (suffix == u"eml"_s)
        return Type::Email;
    if (isTextSuffix(suffix) || (suffix.isEmpty() && looksLikeText(bytes)))
        return looksLikeText(bytes) || bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")
                   ? Type::Text
                   : Type::Unknown;
    return Type::Unknown;
}

QString mediaType(Type type)
{
    switch (type) {
    case Type::Pdf:
        return u"application/pdf"_s;
    case Type::Png:
        return u"image/png"_s;
    case Type::Jpeg:
        return u"image/jpeg"_s;
    case Type::Tiff:
        return u"image/tiff"_s;
    case Type::Text:
        return u"text/plain"_s;
    case Type::Email:
        return u"message/rfc822"_s;
    case Type::Zip:
        return u"application/zip"_s;
    case Type::Unknown:
        break;
    }
    return u"application/octet-stream"_s;
}

ExtractedFile extractText(const QByteArray &bytes)
{
    ExtractedFile file;
    const TextDecoding::Decoded decoded = TextDecoding::decode(bytes);
    file.pages.append(PageRecord{0, 0, 1, decoded.text, false});
    file.textStatus = decoded.text.trimmed().isEmpty() ? TextStatus::None : TextStatus::Extracted;
    file.metadata.insert(u"encoding"_s, decoded.encoding);
    if (decoded.replacedInvalidBytes)
        file.metadata.insert(u"invalid_bytes_replaced"_s, true);
    return file;
}

ExtractedFile extractEmail(const QByteArray &bytes)
{
    ExtractedFile file;
    const auto [headers, body] = splitMessage(bytes);
    QStringList attachments;
    const QString text = readableBody(body, headers, 0, attachments);
    QString page;
    for (const auto &[name, label] : {std::pair{u"from"_s, u"From"_s},
                                      std::pair{u"to"_s, u"To"_s},
                                      std::pair{u"cc"_s, u"Cc"_s},
                                      std::pair{u"date"_s, u"Date"_s},
                                      std::pair{u"subject"_s, u"Subject"_s}}) {
        const QString value = decodeHeaderValue(headerValue(headers, name));
        if (value.isEmpty())
            continue;
        page += label + u": " + value + u'\n';
        file.metadata.insert(name, value);
    }
    if (const QString id = headerValue(headers, u"message-id"_s); !id.isEmpty())
        file.metadata.insert(u"message_id"_s, id);
    if (!attachments.isEmpty())
        file.metadata.insert(u"attachments"_s, attachments.join(u"; "_s));
    page += u'\n' + text;
    file.pages.append(PageRecord{0, 0, 1, page, false});
    file.textStatus = TextStatus::Extracted;
    file.title = file.metadata.value(u"subject"_s).toString();
    const QDateTime sent = QDateTime::fromString(headerValue(headers, u"date"_s), Qt::RFC2822Date);
    if (sent.isValid())
        file.documentDate = sent.date().toString(Qt::ISODate);
    return file;
}

ExtractedFile extractImage(Type type)
{
    ExtractedFile file;
    file.pages.append(PageRecord{0, 0, 1, QString(), true});
    file.textStatus = TextStatus::NeedsOcr;
    file.metadata.insert(u"image"_s, mediaType(type));
    return file;
}

namespace {

// Kernel file systems whose files report a size of 0 yet have content. Elsewhere, content
// behind a size of 0 means the file was truncated and rewritten while it was read.
bool onPseudoFileSystem(int fd)
{
    struct statfs fs = {};
    if (::fstatfs(fd, &fs) != 0)
        return false;
    switch (static_cast<unsigned long>(fs.f_type)) {
    case PROC_SUPER_MAGIC:
    case SYSFS_MAGIC:
    case DEBUGFS_MAGIC:
    case TRACEFS_MAGIC:
    case SECURITYFS_MAGIC:
    case CGROUP_SUPER_MAGIC:
    case CGROUP2_SUPER_MAGIC:
    case EFIVARFS_MAGIC:
    case BPF_FS_MAGIC:
    case PSTOREFS_MAGIC:
        return true;
    default:
        return false;
    }
}

} // namespace

Result<QByteArray> readOriginal(const QString &path, qint64 maxBytes)
{
    const QString name = QFileInfo(path).fileName();
    const QByteArray encoded = QFile::encodeName(path);
    const auto ioError = [&](const char *what, int error) {
        return Error{Error::Code::Io,
                     u"%1 cannot be read: %2 (%3)"_s.arg(
                         name, QString::fromUtf8(what), QString::fromLocal8Bit(strerror(error)))};
    };
    // Non-blocking, so that a pipe without a writer cannot hold the import; checked below.
    const int fd = ::open(encoded.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        if (errno == ENOENT)
            return fail(Error::Code::NotFound, u"%1 does not exist"_s.arg(path));
        return fail(ioError("it cannot be opened", errno));
    }
    const auto closeFd = qScopeGuard([fd] { ::close(fd); });
    struct stat before = {};
    if (::fstat(fd, &before) != 0)
        return fail(ioError("its size cannot be read", errno));
    if (!S_ISREG(before.st_mode))
        return fail(Error::Code::Unsupported,
                    u"%1 is not a regular file (it is a %2); only files can be imported"_s.arg(
                        name,
                        S_ISDIR(before.st_mode)    ? u"folder"_s
                        : S_ISFIFO(before.st_mode) ? u"pipe"_s
                        : S_ISSOCK(before.st_mode) ? u"socket"_s
                                                   : u"device"_s));
    const auto tooLarge = [&] {
        return Error{Error::Code::Unsupported,
                     u"%1 is larger than %2 MB, the most one original may be"_s.arg(name).arg(
                         maxBytes >> 20)};
    };
    if (before.st_size > maxBytes)
        return fail(tooLarge());

    QByteArray bytes;
    bytes.reserve(qsizetype(before.st_size));
    constexpr qsizetype Chunk = 1 << 20;
    for (;;) {
        const qsizetype at = bytes.size();
        const qsizetype want = qsizetype(std::min<qint64>(Chunk, maxBytes + 1 - at));
        if (want <= 0)
            return fail(tooLarge()); // it grew past the limit while being read
        bytes.resize(at + want);
        const ssize_t got = ::read(fd, bytes.data() + at, size_t(want));
        if (got < 0 && errno == EINTR) {
            bytes.resize(at);
            continue;
        }
        if (got < 0)
            return fail(ioError("reading it failed", errno));
        bytes.resize(at + got);
        if (got == 0)
            break;
    }

    struct stat after = {};
    if (::fstat(fd, &after) != 0)
        return fail(ioError("its size cannot be read", errno));
    if (before.st_size == 0 && after.st_size == 0 && !bytes.isEmpty() && onPseudoFileSystem(fd))
        return fail(Error::Code::Unsupported,
                    u"%1 reports a size of 0 bytes but has content (a kernel pseudo-file such as "
                    u"those in /proc or /sys); only files can be imported"_s.arg(name));
    struct stat now = {};
    const bool replaced = ::stat(encoded.constData(), &now) != 0 || now.st_ino != after.st_ino
                          || now.st_dev != after.st_dev;
    if (replaced || after.st_size != before.st_size || qint64(bytes.size()) != after.st_size
        || after.st_mtim.tv_sec != before.st_mtim.tv_sec
        || after.st_mtim.tv_nsec != before.st_mtim.tv_nsec)
        return fail(Error::Code::Io,
                    u"%1 %2 while it was being read (%3 bytes when reading began, %4 read); "
                    u"nothing of it was stored: import it again once it is complete"_s
                        .arg(name, replaced ? u"was replaced or removed"_s : u"changed"_s)
                        .arg(qint64(before.st_size))
                        .arg(bytes.size()));
    return bytes;
}

} // namespace Casebinder::Files

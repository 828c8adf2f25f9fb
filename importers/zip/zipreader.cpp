#include "zip/zipreader.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>
#include <quazip/unzip.h>

#include <QBuffer>
#include <QRegularExpression>

#include <optional>

using namespace Qt::StringLiterals;

namespace Casebinder::Zip {
namespace {

constexpr qint64 Chunk = 1 << 20;

Error bombError(const QString &archiveName, qint64 allowed)
{
    return Error{
        Error::Code::Unsupported,
        u"%1 was refused as a likely zip bomb: it inflates to more than %2 MB"_s.arg(archiveName)
            .arg(allowed >> 20)};
}

quint32 le(QByteArrayView bytes, qsizetype at, int width)
{
    quint32 value = 0;
    for (int i = width - 1; i >= 0; --i)
        value = (value << 8) | quint8(bytes[at + i]);
    return value;
}

// How many records the central directory really holds, walked from the end record; nullopt
// for ZIP64 and for a directory too damaged to walk (minizip then reports it). minizip stops
// after the count the end record declares, so a lower count would hide entries silently.
std::optional<qint64> centralRecords(QByteArrayView zip)
{
    constexpr qsizetype EndRecord = 22;
    constexpr qsizetype Header = 46;
    const qsizetype end = zip.lastIndexOf(QByteArrayView("PK\x05\x06"));
    if (end < 0 || end + EndRecord > zip.size())
        return std::nullopt;
    const quint32 declared = le(zip, end + 10, 2);
    const quint32 size = le(zip, end + 12, 4);
    if (declared == 0xFFFF || size == 0xFFFFFFFF || qint64(size) > end)
        return std::nullopt;
    qint64 records = 0;
    for (qsizetype at = end - qsizetype(size); at < end;) {
        if (at + Header > end || zip.sliced(at, 4) != QByteArrayView("PK\x01\x02"))
            return std::nullopt;
        at += Header + le(zip, at + 28, 2) + le(zip, at + 30, 2) + le(zip, at + 32, 2);
        ++records;
    }
    return records;
}

} // namespace

Result<QString> safeEntryPath(const QString &name)
{
    QString path = name;
    path.replace(u'\\', u'/');
    for (const QChar c : std::as_const(path)) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7F)
            return fail(Error::Code::Unsupported, u"its name contains control characters"_s);
    }
    static const QRegularExpression drive(u"^[A-Za-z]:"_s);
    if (path.startsWith(u'/') || drive.match(path).hasMatch())
        return fail(Error::Code::Unsupported,
                    u"its path is absolute (%1); entries must stay inside the archive"_s.arg(name));
    QStringList parts;
    for (const QString &part : path.split(u'/', Qt::SkipEmptyParts)) {
        if (part == u".."_s)
            return fail(Error::Code::Unsupported,
                        u"its path leaves the archive (%1): \"..\" is not allowed"_s.arg(name));
        if (part != u"."_s)
            parts.append(part);
    }
    if (parts.isEmpty())
        return fail(Error::Code::Unsupported, u"it has an empty name"_s);
    // Checked again after "." parts are dropped: "./C:x" must not become the drive path "C:x".
    if (drive.match(parts.constFirst()).hasMatch())
        return fail(Error::Code::Unsupported,
                    u"its path is absolute (%1); entries must stay inside the archive"_s.arg(name));
    return parts.join(u'/');
}

Result<QList<Entry>> readArchive(const QByteArray &archive,
                                 const QString &archiveName,
                                 const Limits &limits,
                                 Budget &budget,
                                 const std::atomic_bool *cancel)
{
    if (archive.isEmpty())
        return fail(Error::Code::Corrupt, u"%1 is empty (0 bytes)"_s.arg(archiveName));
    if (budget.allowed == 0)
        budget.allowed
            = std::min(limits.maxTotalBytes,
                       std::max(limits.ratioFloorBytes, qint64(archive.size()) * limits.maxRatio));

    QBuffer buffer;
    buffer.setData(archive);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdUnzip))
        return fail(
            Error::Code::Corrupt,
            u"%1 is not a readable ZIP archive (damaged or not a ZIP; error %2)"_s.arg(archiveName)
                .arg(zip.getZipError()));
    const int declared = zip.getEntriesCount();
    if (const auto records = centralRecords(archive); records && *records != declared)
        return fail(Error::Code::Corrupt,
                    u"%1 is damaged: its directory declares %2 entries but holds %3, so some "
                    u"would be missed"_s.arg(archiveName)
                        .arg(declared)
                        .arg(*records));
    if (declared > limits.maxEntries || budget.entries + declared > limits.maxEntries)
        return fail(Error::Code::Unsupported,
                    u"%1 holds %2 entries, more than the %3 allowed"_s.arg(archiveName)
                        .arg(declared)
                        .arg(limits.maxEntries));

    QList<Entry> entries;
    QByteArray chunk(Chunk, Qt::Uninitialized);
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        if (cancel && cancel->load(std::memory_order_relaxed))
            return fail(Error::Code::Cancelled, u"The import was cancelled"_s);
        if (++budget.entries > limits.maxEntries)
            return fail(Error::Code::Unsupported,
                        u"%1 holds more than %2 entries"_s.arg(archiveName).arg(limits.maxEntries));
        QuaZipFileInfo64 info;
        if (!zip.getCurrentFileInfo(&info))
            return fail(Error::Code::Corrupt,
                        u"%1 is damaged: an entry's header cannot be read"_s.arg(archiveName));
        if (info.name.endsWith(u'/') || info.name.endsWith(u'\\'))
            continue; // folders live on in their entries' paths

        Entry entry;
        auto path = safeEntryPath(info.name);
        entry.path = path ? *path : info.name;
        const auto refuse = [&](Error::Code code, const QString &why) {
            entry.rejection
                = Error{code, u"%1 in %2 was refused: %3"_s.arg(info.name, archiveName, why)};
            entries.append(std::move(entry));
        };
        if (!path) {
            refuse(path.error().code, path.error().message);
            continue;
        }
        if (info.isSymbolicLink()) {
            refuse(Error::Code::Unsupported, u"it is a symbolic link"_s);
            continue;
        }
        if (info.flags & 0x1) {
            refuse(Error::Code::PasswordRequired,
                   u"it is encrypted (password-protected ZIP entries are not supported)"_s);
            continue;
        }
        if (info.method != 0 && info.method != Z_DEFLATED) {
            refuse(Error::Code::Unsupported,
                   u"it uses compression method %1, which is not supported"_s.arg(info.method));
            continue;
        }

        QuaZipFile file(&zip);
        if (!file.open(QIODevice::ReadOnly)) {
            refuse(Error::Code::Corrupt,
                   u"its data cannot be read (error %1)"_s.arg(file.getZipError()));
            continue;
        }
        QByteArray bytes;
        bool tooBig = false;
        bool failed = false;
        for (;;) {
            if (cancel && cancel->load(std::memory_order_relaxed))
                return fail(Error::Code::Cancelled, u"The import was cancelled"_s);
            const qint64 got = file.read(chunk.data(), Chunk);
            if (got < 0) {
                failed = true;
                break;
            }
            if (got == 0)
                break;
            budget.inflated += got;
            if (budget.inflated > budget.allowed)
                return fail(bombError(archiveName, budget.allowed));
            if (bytes.size() + got > limits.maxEntryBytes) {
                tooBig = true;
                break;
            }
            bytes.append(chunk.constData(), got);
        }
        file.close();
        if (tooBig) {
            refuse(Error::Code::Unsupported,
                   u"it is larger than %1 MB"_s.arg(limits.maxEntryBytes >> 20));
            continue;
        }
        if (failed || file.getZipError() != UNZ_OK) {
            refuse(Error::Code::Corrupt,
                   file.getZipError() == UNZ_CRCERROR
                       ? u"its data is damaged (CRC mismatch)"_s
                       : u"its data is damaged (error %1)"_s.arg(file.getZipError()));
            continue;
        }
        // Without this, a directory that declares more than the data holds would be taken
        // on trust: minizip checks the CRC only once the declared size has been read.
        if (quint64(bytes.size()) != info.uncompressedSize) {
            refuse(Error::Code::Corrupt,
                   u"its size does not match the archive's directory (%1 bytes declared, %2 "
                   u"found)"_s.arg(info.uncompressedSize)
                       .arg(bytes.size()));
            continue;
        }
        entry.bytes = std::move(bytes);
        entries.append(std::move(entry));
    }
    if (zip.getZipError() != UNZ_OK && zip.getZipError() != UNZ_END_OF_LIST_OF_FILE)
        return fail(
            Error::Code::Corrupt,
            u"%1 is damaged: its directory cannot be read to the end (error %2)"_s.arg(archiveName)
                .arg(zip.getZipError()));
    return entries;
}

} // namespace Casebinder::Zip

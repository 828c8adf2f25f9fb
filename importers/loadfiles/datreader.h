#pragma once

#include "result.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QIODevice>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

#include <memory>
#include <optional>

namespace Casebinder::LoadFiles {

// What the user says about a DAT; anything unset is detected from the first line.
struct DatOptions
{
    QString delimiter; // one character; empty: detect
    QString qualifier; // one character, "none"; empty: detect
    enum class Header { Detect, Present, Absent } header = Header::Detect;
};

// How a DAT is written. Concordance's defaults: fields separated by DC4 (U+0014), qualified by
// þ (U+00FE), ® (U+00AE) in place of a line break inside a value, a header row.
struct DatDialect
{
    QChar delimiter = QChar(0x14);
    std::optional<QChar> qualifier = QChar(0xFE);
    bool newlineMarker = true; // ® means a line break (Concordance dialects only)
    bool header = true;
    QString encoding; // "UTF-8", "UTF-16LE", "UTF-16BE", "windows-1252"
    bool bom = false;
};

// A Concordance DAT read record by record: the bytes are decoded a chunk at a time and a record
// is parsed only once all of it is decoded, so memory stays bounded by the largest record
// (MaxRecordChars) whatever the number of records. A bad record (a qualifier never closed, the
// wrong number of fields, a record too long) is reported with its line and skipped; the next
// record is read from the line after it.
class DatReader final
{
public:
    static constexpr qsizetype MaxRecordChars = 16 * 1024 * 1024;
    static constexpr qsizetype ChunkBytes = 1 << 20;

    // Detects the encoding (a BOM; else UTF-8 when valid, else cp1252; UTF-16 without a BOM is
    // refused), the dialect and whether the first row is a header.
    static Result<DatReader> open(QByteArray bytes,
                                  const QString &fileName,
                                  const DatOptions &options);
    // The same, read from the file at `path` a chunk at a time (a first pass checks whether it
    // is UTF-8 throughout): the file is never held whole, whatever its size.
    static Result<DatReader> openFile(const QString &path,
                                      const QString &fileName,
                                      const DatOptions &options);

    DatReader(DatReader &&) noexcept;
    DatReader &operator=(DatReader &&) noexcept;
    ~DatReader();

    const DatDialect &dialect() const { return m_dialect; }
    // The header's names, or "Column 1", "Column 2", … when the file has no header row.
    const QStringList &columns() const { return m_columns; }

    struct Record
    {
        qint64 number = 0; // 1-based among the data records
        qint64 line = 0;   // where it starts
        QStringList values;
        QString error; // non-empty: the record is unreadable, `values` holds what was read
    };
    // The next record; false at the end.
    bool next(Record &record);
    double fractionRead() const;
    // The SHA-256 of every byte read, once the end is reached (empty before): the importer
    // checks that the records came from the file whose original it stored.
    QString sha256() const;
    // Found while reading: mixed line endings, a stray qualifier, … (after the end is reached).
    QStringList warnings() const;

private:
    DatReader() = default;
    enum class Parse { Record, NeedMore, Unclosed, TooLong, Blank };
    Parse parse(QStringList &values, qsizetype &end, int &lineBreaks, int &terminator);
    bool fill();
    void dropConsumed();

    static Result<DatReader> start(std::unique_ptr<QIODevice> device,
                                   qint64 size,
                                   bool validUtf8Throughout,
                                   const QString &fileName,
                                   const DatOptions &options);

    std::unique_ptr<QIODevice> m_device;
    qint64 m_size = 0;
    std::unique_ptr<QCryptographicHash> m_hash;
    QString m_fileName;
    DatDialect m_dialect;
    QStringList m_columns;
    std::unique_ptr<QStringDecoder> m_decoder; // null for cp1252
    qsizetype m_bytePos = 0;
    QString m_buffer;
    qsizetype m_pos = 0;
    bool m_eof = false;
    qint64 m_line = 1;
    qint64 m_records = 0;
    qint64 m_terminators[3] = {0, 0, 0}; // CRLF, LF, CR
    qint64 m_firstOddLine = 0;
    qint64 m_strayQualifiers = 0;
    qint64 m_firstStrayLine = 0;
};

} // namespace Casebinder::LoadFiles

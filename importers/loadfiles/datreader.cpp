#include "loadfiles/datreader.h"

#include "common/textdecoding.h"
#include "loadfiles/loadfilefields.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QSet>

#include <array>

using namespace Qt::StringLiterals;

namespace Casebinder::LoadFiles {
namespace {

constexpr char16_t Dc4 = 0x14;
constexpr char16_t Thorn = 0xFE;
constexpr char16_t Registered = 0xAE;

bool validUtf8(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        if ((c & 0xE0) == 0xC0 && c >= 0xC2)
            extra = 1;
        else if ((c & 0xF0) == 0xE0)
            extra = 2;
        else if ((c & 0xF8) == 0xF0 && c <= 0xF4)
            extra = 3;
        else
            return false;
        for (int k = 1; k <= extra; ++k) {
            if (i + k >= n || (p[i + k] & 0xC0) != 0x80)
                return false;
        }
        i += extra + 1;
    }
    return true;
}

QString describeChar(QChar c)
{
    switch (c.unicode()) {
    case Dc4:
        return u"U+0014 (DC4)"_s;
    case u'\t':
        return u"tab"_s;
    case u'|':
        return u"'|'"_s;
    case u',':
        return u"comma"_s;
    case u';':
        return u"semicolon"_s;
    case Thorn:
        return u"þ (U+00FE)"_s;
    default:
        return u"'%1' (U+%2)"_s.arg(c).arg(c.unicode(), 4, 16, QChar(u'0')).toUpper();
    }
}

// "tab", "\t", "0x14", "U+0014", "dc4", "pipe", "none", or the character itself.
Result<std::optional<QChar>> parseCharOption(const QString &text, const QString &what)
{
    const QString t = text.trimmed().toLower();
    if (t == u"none")
        return std::optional<QChar>();
    if (t == u"tab" || t == u"\\t")
        return std::optional<QChar>(QChar(u'\t'));
    if (t == u"dc4")
        return std::optional<QChar>(QChar(Dc4));
    if (t == u"pipe")
        return std::optional<QChar>(QChar(u'|'));
    if (t == u"thorn")
        return std::optional<QChar>(QChar(Thorn));
    for (const QString &prefix : {u"0x"_s, u"u+"_s, u"\\x"_s}) {
        if (t.startsWith(prefix)) {
            bool ok = false;
            const uint code = t.mid(prefix.size()).toUInt(&ok, 16);
            if (ok && code > 0 && code < 0xFFFF)
                return std::optional<QChar>(QChar(char16_t(code)));
        }
    }
    if (text.size() == 1)
        return std::optional<QChar>(text.front());
    return fail(
        Error::Code::InvalidArgument,
        u"The %1 \"%2\" is not one character (use e.g. '|', tab, 0x14 or none)"_s.arg(what, text));
}

bool looksLikeData(const QString &value)
{
    if (value.isEmpty())
        return true;
    bool number = false;
    value.toDouble(&number);
    return number || value.contains(u'\\') || value.contains(u'/') || value.contains(u'@')
           || value.contains(u':');
}

} // namespace

DatReader::DatReader(DatReader &&) noexcept = default;
DatReader &DatReader::operator=(DatReader &&) noexcept = default;
DatReader::~DatReader() = default;

Result<DatReader> DatReader::open(QByteArray bytes,
                                  const QString &fileName,
                                  const DatOptions &options)
{
    const bool utf8 = validUtf8(bytes);
    const qint64 size = bytes.size();
    auto buffer = std::make_unique<QBuffer>();
    buffer->setData(bytes); // shares the bytes (implicitly shared), no copy
    buffer->open(QIODevice::ReadOnly);
    return start(std::move(buffer), size, utf8, fileName, options);
}

Result<DatReader> DatReader::openFile(const QString &path,
                                      const QString &fileName,
                                      const DatOptions &options)
{
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly))
        return fail(Error::Code::Io, u"Cannot read %1: %2"_s.arg(fileName, file->errorString()));
    // Whether it is all UTF-8 decides the encoding of a file without a BOM: one pass, a chunk
    // at a time (the decoder keeps a sequence cut between two chunks).
    QStringDecoder utf8(QStringDecoder::Utf8);
    bool valid = true;
    while (valid && !file->atEnd()) {
        const QByteArray chunk = file->read(ChunkBytes);
        if (chunk.isEmpty())
            break;
        const QString decoded = utf8(chunk); // EncodedData decodes only when converted
        valid = !utf8.hasError();
    }
    if (file->error() != QFileDevice::NoError)
        return fail(Error::Code::Io, u"Cannot read %1: %2"_s.arg(fileName, file->errorString()));
    const qint64 size = file->size();
    if (!file->seek(0))
        return fail(Error::Code::Io, u"Cannot read %1: %2"_s.arg(fileName, file->errorString()));
    return start(std::move(file), size, valid, fileName, options);
}

Result<DatReader> DatReader::start(std::unique_ptr<QIODevice> device,
                                   qint64 size,
                                   bool validUtf8Throughout,
                                   const QString &fileName,
                                   const DatOptions &options)
{
    DatReader reader;
    reader.m_fileName = fileName;
    reader.m_size = size;
    reader.m_hash = std::make_unique<QCryptographicHash>(QCryptographicHash::Sha256);
    DatDialect &dialect = reader.m_dialect;
    const QByteArray head = device->peek(8192);
    qint64 bom = 0;
    if (head.startsWith("\xEF\xBB\xBF")) {
        dialect.encoding = u"UTF-8"_s;
        dialect.bom = true;
        bom = 3;
    } else if (head.startsWith("\xFF\xFE")) {
        dialect.encoding = u"UTF-16LE"_s;
        dialect.bom = true;
        bom = 2;
    } else if (head.startsWith("\xFE\xFF")) {
        dialect.encoding = u"UTF-16BE"_s;
        dialect.bom = true;
        bom = 2;
    } else {
        std::array<qsizetype, 2> zeros = {0, 0};
        for (qsizetype i = 0; i < head.size(); ++i) {
            if (head[i] == '\0')
                ++zeros[i % 2];
        }
        const qsizetype half = head.size() / 2;
        if (half > 0 && (zeros[0] * 4 > half || zeros[1] * 4 > half))
            return fail(Error::Code::Corrupt,
                        u"%1 looks like UTF-16 (%2) without a byte-order mark: every other byte "
                        u"is NUL. Casebinder reads UTF-16 only with its BOM; save the load file "
                        u"as UTF-16 with a BOM or as UTF-8."_s.arg(
                            fileName, zeros[1] > zeros[0] ? u"little-endian"_s : u"big-endian"_s));
        dialect.encoding = validUtf8Throughout ? u"UTF-8"_s : u"windows-1252"_s;
    }
    if (dialect.encoding == u"UTF-8")
        reader.m_decoder = std::make_unique<QStringDecoder>(QStringDecoder::Utf8);
    else if (dialect.encoding == u"UTF-16LE")
        reader.m_decoder = std::make_unique<QStringDecoder>(QStringDecoder::Utf16LE);
    else if (dialect.encoding == u"UTF-16BE")
        reader.m_decoder = std::make_unique<QStringDecoder>(QStringDecoder::Utf16BE);
    if (bom > 0) {
        // The byte-order mark is part of the file (and of its hash), not of the text.
        reader.m_hash->addData(device->read(bom));
        reader.m_bytePos = bom;
    }
    reader.m_device = std::move(device);
    reader.m_eof = reader.m_bytePos >= reader.m_size;

    // The first line, decoded, tells the delimiter and the qualifier.
    while (!reader.m_eof && reader.m_buffer.size() < MaxRecordChars
           && !reader.m_buffer.contains(u'\n') && !reader.m_buffer.contains(u'\r'))
        reader.fill();
    qsizetype lineEnd = 0;
    while (lineEnd < reader.m_buffer.size() && reader.m_buffer[lineEnd] != u'\r'
           && reader.m_buffer[lineEnd] != u'\n')
        ++lineEnd;
    const QStringView firstLine = QStringView(reader.m_buffer).first(lineEnd);
    if (firstLine.trimmed().isEmpty())
        return fail(Error::Code::Corrupt,
                    u"%1 has no records: its first line is empty"_s.arg(fileName));

    const std::array<QChar, 5> candidates = {QChar(Dc4), u'|', u'\t', u',', u';'};
    qsizetype bestCount = 0;
    QChar best;
    for (const QChar c : candidates) {
        const qsizetype n = firstLine.count(c);
        if (n > bestCount) {
            bestCount = n;
            best = c;
        }
        if (c == QChar(Dc4) && n > 0)
            break; // Concordance's own delimiter wins whenever it is there
    }
    if (!options.delimiter.isEmpty()) {
        auto chosen = parseCharOption(options.delimiter, u"delimiter"_s);
        if (!chosen)
            return fail(chosen.error());
        if (!*chosen)
            return fail(Error::Code::InvalidArgument, u"A load file needs a delimiter"_s);
        dialect.delimiter = **chosen;
        if (!firstLine.contains(dialect.delimiter))
            return fail(
                Error::Code::Corrupt,
                u"%1: the delimiter %2 does not occur in the first line%3 — the wrong "
                u"delimiter?"_s.arg(
                    fileName,
                    describeChar(dialect.delimiter),
                    bestCount > 0
                        ? u" (it holds %1 %2 times)"_s.arg(describeChar(best)).arg(bestCount)
                        : QString()));
    } else {
        if (bestCount == 0)
            return fail(Error::Code::Corrupt,
                        u"%1: no field delimiter in the first line (looked for U+0014, '|', tab, "
                        u"comma and semicolon); give it with the delimiter option"_s.arg(fileName));
        dialect.delimiter = best;
    }

    if (!options.qualifier.isEmpty()) {
        auto chosen = parseCharOption(options.qualifier, u"qualifier"_s);
        if (!chosen)
            return fail(chosen.error());
        dialect.qualifier = *chosen;
    } else {
        // The candidate that most often both opens and closes a value in the first lines
        // (a header is often unqualified while the records are qualified).
        dialect.qualifier.reset();
        while (!reader.m_eof && reader.m_buffer.size() < 65536)
            reader.fill();
        const QStringView sample = QStringView(reader.m_buffer)
                                       .first(std::min<qsizetype>(reader.m_buffer.size(), 65536));
        qsizetype bestPairs = 0;
        for (const QChar q : {QChar(Thorn), QChar(u'^'), QChar(u'"')}) {
            qsizetype pairs = 0;
            for (qsizetype i = 0; i + 1 < sample.size(); ++i) {
                if (sample[i] != q)
                    continue;
                const bool opens = i == 0 || sample[i - 1] == dialect.delimiter
                                   || sample[i - 1] == u'\n' || sample[i - 1] == u'\r';
                const bool closes = sample[i + 1] == dialect.delimiter || sample[i + 1] == u'\r'
                                    || sample[i + 1] == u'\n';
                pairs += (opens ? 1 : 0) + (closes ? 1 : 0);
            }
            if (pairs > bestPairs) {
                bestPairs = pairs;
                dialect.qualifier = q;
            }
        }
    }
    if (dialect.qualifier && *dialect.qualifier == dialect.delimiter)
        return fail(Error::Code::InvalidArgument,
                    u"%1: the delimiter and the qualifier are both %2"_s.arg(
                        fileName, describeChar(dialect.delimiter)));
    dialect.newlineMarker = dialect.delimiter == QChar(Dc4)
                            || (dialect.qualifier && *dialect.qualifier == QChar(Thorn));

    // The first row: a header when it names a known field, or when every value is a distinct,
    // non-empty name (no paths, numbers, dates or addresses).
    QStringList first;
    qsizetype end = 0;
    int lineBreaks = 0;
    int terminator = -1;
    Parse parsed = Parse::NeedMore;
    while ((parsed = reader.parse(first, end, lineBreaks, terminator)) == Parse::NeedMore)
        reader.fill();
    if (parsed != Parse::Record)
        return fail(
            Error::Code::Corrupt,
            parsed == Parse::Unclosed
                ? u"%1: the qualifier %2 opened on the first line is never closed "
                  u"(unbalanced qualifier)"_s.arg(fileName, describeChar(*dialect.qualifier))
                : u"%1: the first record cannot be read"_s.arg(fileName));
    bool header = false;
    switch (options.header) {
    case DatOptions::Header::Present:
        header = true;
        break;
    case DatOptions::Header::Absent:
        header = false;
        break;
    case DatOptions::Header::Detect: {
        QSet<QString> seen;
        bool names = true;
        for (const QString &value : std::as_const(first)) {
            if (automaticField(value)) {
                header = true;
                break;
            }
            const QString key = value.trimmed().toLower();
            if (looksLikeData(value.trimmed()) || seen.contains(key))
                names = false;
            seen.insert(key);
        }
        header = header || names;
        break;
    }
    }
    dialect.header = header;
    if (header) {
        for (const QString &name : std::as_const(first))
            reader.m_columns.append(name.trimmed());
        reader.m_pos = end;
        reader.m_line += lineBreaks + (terminator >= 0 ? 1 : 0);
        if (terminator >= 0)
            ++reader.m_terminators[terminator];
    } else {
        for (qsizetype i = 1; i <= first.size(); ++i)
            reader.m_columns.append(u"Column %1"_s.arg(i));
    }
    return reader;
}

bool DatReader::fill()
{
    if (m_eof || !m_device) {
        m_eof = true;
        return false;
    }
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    const QByteArray chunk = m_device->read(ChunkBytes);
    if (chunk.isEmpty()) {
        // The end, or a read error: either way nothing more comes; a short file is caught by
        // the hash the importer checks.
        m_eof = true;
        return false;
    }
    m_bytePos += chunk.size();
    m_hash->addData(chunk);
    if (m_decoder)
        m_buffer.append(m_decoder->decode(chunk));
    else
        m_buffer.append(TextDecoding::decodeCp1252(chunk));
    m_eof = m_bytePos >= m_size || m_device->atEnd();
    return true;
}

QString DatReader::sha256() const
{
    return m_eof && m_hash ? QString::fromLatin1(m_hash->result().toHex()) : QString();
}

DatReader::Parse DatReader::parse(QStringList &values,
                                  qsizetype &end,
                                  int &lineBreaks,
                                  int &terminator)
{
    values.clear();
    lineBreaks = 0;
    terminator = -1;
    const QChar delimiter = m_dialect.delimiter;
    const bool qualified = m_dialect.qualifier.has_value();
    const QChar qualifier = qualified ? *m_dialect.qualifier : QChar();
    const QChar *data = m_buffer.constData();
    const qsizetype size = m_buffer.size();
    QString field;
    bool inQualifier = false;
    bool fieldStart = true;
    bool any = false;
    qsizetype i = m_pos;
    for (;;) {
        if (i - m_pos > MaxRecordChars)
            return Parse::TooLong;
        if (i >= size) {
            if (!m_eof)
                return Parse::NeedMore;
            if (inQualifier)
                return Parse::Unclosed;
            end = i;
            if (!any && field.isEmpty())
                return Parse::Blank;
            values.append(field);
            return Parse::Record;
        }
        if (inQualifier) {
            qsizetype j = i;
            while (j < size && data[j] != qualifier && data[j] != u'\r' && data[j] != u'\n')
                ++j;
            field.append(data + i, j - i);
            i = j;
            if (i >= size)
                continue;
            if (data[i] == qualifier) {
                if (i + 1 >= size && !m_eof)
                    return Parse::NeedMore;
                if (i + 1 < size && data[i + 1] == qualifier) {
                    field.append(qualifier);
                    i += 2;
                } else {
                    inQualifier = false;
                    ++i;
                }
                continue;
            }
            // A raw line break inside a qualified value.
            if (data[i] == u'\r' && i + 1 >= size && !m_eof)
                return Parse::NeedMore;
            ++lineBreaks;
            i += (data[i] == u'\r' && i + 1 < size && data[i + 1] == u'\n') ? 2 : 1;
            field.append(u'\n');
            continue;
        }
        qsizetype j = i;
        while (j < size && data[j] != delimiter && data[j] != u'\r' && data[j] != u'\n'
               && !(qualified && data[j] == qualifier))
            ++j;
        if (j > i) {
            field.append(data + i, j - i);
            fieldStart = false;
            any = true;
            i = j;
        }
        if (i >= size)
            continue;
        const QChar c = data[i];
        if (c == delimiter) {
            values.append(field);
            field.clear();
            fieldStart = true;
            any = true;
            ++i;
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 >= size && !m_eof)
                return Parse::NeedMore;
            if (c == u'\r' && i + 1 < size && data[i + 1] == u'\n') {
                terminator = 0;
                end = i + 2;
            } else {
                terminator = c == u'\n' ? 1 : 2;
                end = i + 1;
            }
            if (!any && field.isEmpty())
                return Parse::Blank;
            values.append(field);
            return Parse::Record;
        } else if (fieldStart) { // the qualifier opens the value
            inQualifier = true;
            fieldStart = false;
            any = true;
            ++i;
        } else { // a qualifier inside an unqualified value is kept as text
            if (m_strayQualifiers++ == 0)
                m_firstStrayLine = m_line;
            field.append(c);
            ++i;
        }
    }
}

bool DatReader::next(Record &record)
{
    record = Record{};
    for (;;) {
        qsizetype end = 0;
        int lineBreaks = 0;
        int terminator = -1;
        const Parse parsed = parse(record.values, end, lineBreaks, terminator);
        if (parsed == Parse::NeedMore) {
            fill();
            continue;
        }
        if (parsed == Parse::Blank) {
            if (terminator < 0)
                return false; // the end
            m_pos = end;
            ++m_line;
            continue;
        }
        const qint64 line = m_line;
        const auto skipLine = [this] {
            // Resume at the line after the one the bad record starts on.
            for (;;) {
                const QStringView rest = QStringView(m_buffer).sliced(m_pos);
                qsizetype k = 0;
                while (k < rest.size() && rest[k] != u'\r' && rest[k] != u'\n')
                    ++k;
                if (k < rest.size()) {
                    if (rest[k] == u'\r' && k + 1 >= rest.size() && !m_eof) {
                        fill();
                        continue;
                    }
                    m_pos += k
                             + ((rest[k] == u'\r' && k + 1 < rest.size() && rest[k + 1] == u'\n')
                                    ? 2
                                    : 1);
                    ++m_line;
                    return;
                }
                m_pos += k;
                if (m_eof)
                    return;
                fill();
            }
        };
        record.number = ++m_records;
        record.line = line;
        const QString qualifierName
            = m_dialect.qualifier ? describeChar(*m_dialect.qualifier) : QString();
        if (parsed == Parse::Unclosed) {
            record.values.clear();
            record.error = u"line %1: the qualifier %2 opened in this record is never closed "
                           u"(unbalanced qualifier); the record is skipped"_s.arg(line)
                               .arg(qualifierName);
            skipLine();
            return true;
        }
        if (parsed == Parse::TooLong) {
            record.values.clear();
            record.error
                = u"line %1: the record is longer than %2 characters; skipped"_s.arg(line).arg(
                    MaxRecordChars);
            skipLine();
            return true;
        }
        if (m_dialect.newlineMarker) {
            for (QString &value : record.values)
                value.replace(QChar(Registered), u'\n');
        }
        if (record.values.size() != m_columns.size()) {
            if (lineBreaks > 0) {
                record.error
                    = u"line %1: a value qualified with %2 runs over %3 line break(s) and the "
                      u"record has %4 fields instead of %5 (unbalanced qualifier); the record "
                      u"is skipped"_s.arg(line)
                          .arg(qualifierName)
                          .arg(lineBreaks)
                          .arg(record.values.size())
                          .arg(m_columns.size());
                record.values.clear();
                skipLine();
                return true;
            }
            QString hint;
            if (m_dialect.qualifier) {
                const qsizetype qualifiers
                    = QStringView(m_buffer).sliced(m_pos, end - m_pos).count(*m_dialect.qualifier);
                if (qualifiers % 2 == 1)
                    hint = u" — the line holds an odd number (%1) of %2: an unbalanced "
                           u"qualifier"_s.arg(qualifiers)
                               .arg(qualifierName);
            }
            const QString joined = record.values.join(m_dialect.delimiter);
            for (const QChar other : {QChar(Dc4), QChar(u'|'), QChar(u'\t'), QChar(u',')}) {
                if (hint.isEmpty() && other != m_dialect.delimiter
                    && joined.count(other) + 1 == qsizetype(m_columns.size())) {
                    hint = u" — separated by %1 instead of %2 (the wrong delimiter)?"_s.arg(
                        describeChar(other), describeChar(m_dialect.delimiter));
                    break;
                }
            }
            record.error = u"line %1: %2 field(s), but the %3 has %4%5"_s.arg(line)
                               .arg(record.values.size())
                               .arg(m_dialect.header ? u"header"_s : u"first record"_s)
                               .arg(m_columns.size())
                               .arg(hint);
        }
        m_pos = end;
        m_line += lineBreaks + (terminator >= 0 ? 1 : 0);
        if (terminator >= 0) {
            const bool first = m_terminators[0] + m_terminators[1] + m_terminators[2] == 0;
            if (!first && m_terminators[terminator] == 0 && m_firstOddLine == 0)
                m_firstOddLine = line;
            ++m_terminators[terminator];
        }
        return true;
    }
}

double DatReader::fractionRead() const
{
    return m_size <= 0 ? 1.0 : double(m_bytePos) / double(m_size);
}

QStringList DatReader::warnings() const
{
    QStringList out;
    const int kinds = (m_terminators[0] > 0) + (m_terminators[1] > 0) + (m_terminators[2] > 0);
    if (kinds > 1)
        out.append(u"mixed line endings: %1 line(s) end in CRLF, %2 in LF, %3 in CR (the first "
                   u"odd one at line %4); each line break outside a qualified value was read as "
                   u"the end of a record"_s.arg(m_terminators[0])
                       .arg(m_terminators[1])
                       .arg(m_terminators[2])
                       .arg(m_firstOddLine));
    if (m_strayQualifiers > 0)
        out.append(u"%1 qualifier character(s) inside unqualified values were kept as text "
                   u"(the first on line %2)"_s.arg(m_strayQualifiers)
                       .arg(m_firstStrayLine));
    return out;
}

} // namespace Casebinder::LoadFiles

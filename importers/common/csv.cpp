#include "common/csv.h"

#include "common/textdecoding.h"

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace Casebinder::Csv {

Reader::Outcome Reader::next(QStringList &fields, qint64 &line, QString &error)
{
    fields.clear();
    const qsizetype n = m_text.size();
    if (m_pos >= n)
        return Outcome::End;
    line = m_line;
    const qsizetype recordStart = m_pos;
    for (;;) {
        if (m_pos - recordStart > MaxRecordChars) {
            error = u"line %1 is longer than %2 MB; it is not a posts table"_s.arg(line).arg(
                MaxRecordChars / (1024 * 1024));
            skipRecord();
            return Outcome::Error;
        }
        if (fields.size() > MaxColumns) {
            error = u"line %1 has more than %2 columns"_s.arg(line).arg(MaxColumns);
            skipRecord();
            return Outcome::Error;
        }
        if (m_pos < n && m_text[m_pos] == u'"') {
            const qint64 quoteLine = m_line;
            ++m_pos;
            QString field = u""_s; // present but empty, unlike a missing JSON key
            qsizetype start = m_pos;
            bool closed = false;
            while (m_pos < n) {
                const QChar c = m_text[m_pos];
                if (c == u'"') {
                    if (m_pos + 1 < n && m_text[m_pos + 1] == u'"') {
                        field += m_text.sliced(start, m_pos + 1 - start);
                        m_pos += 2;
                        start = m_pos;
                        continue;
                    }
                    field += m_text.sliced(start, m_pos - start);
                    ++m_pos;
                    closed = true;
                    break;
                }
                if (c == u'\n')
                    ++m_line;
                ++m_pos;
                if (m_pos - recordStart > MaxRecordChars)
                    break;
            }
            if (!closed) {
                if (m_pos - recordStart > MaxRecordChars)
                    continue; // reported at the top of the loop
                error = u"the quoted field that starts on line %1 is never closed "
                        u"(unbalanced quotes)"_s.arg(quoteLine);
                m_pos = n;
                return Outcome::Error;
            }
            // Text between a closing quote and the delimiter is kept, not dropped.
            const qsizetype tail = m_pos;
            while (m_pos < n && m_text[m_pos] != m_delimiter && m_text[m_pos] != u'\n'
                   && m_text[m_pos] != u'\r')
                ++m_pos;
            if (m_pos > tail)
                field += m_text.sliced(tail, m_pos - tail);
            fields.append(std::move(field));
        } else {
            const qsizetype start = m_pos;
            while (m_pos < n && m_text[m_pos] != m_delimiter && m_text[m_pos] != u'\n'
                   && m_text[m_pos] != u'\r') {
                ++m_pos;
                if (m_pos - start > MaxRecordChars)
                    break;
            }
            if (m_pos - recordStart > MaxRecordChars)
                continue;
            fields.append(m_text.sliced(start, m_pos - start).toString());
        }
        if (m_pos >= n)
            return Outcome::Record;
        if (m_text[m_pos] == m_delimiter) {
            ++m_pos;
            if (m_pos >= n) {
                fields.append(QString());
                return Outcome::Record;
            }
            continue;
        }
        endLine();
        return Outcome::Record;
    }
}

void Reader::endLine()
{
    if (m_pos < m_text.size() && m_text[m_pos] == u'\r')
        ++m_pos;
    if (m_pos < m_text.size() && m_text[m_pos] == u'\n')
        ++m_pos;
    ++m_line;
}
void Reader::skipRecord()
{
    while (m_pos < m_text.size() && m_text[m_pos] != u'\n')
        ++m_pos;
    if (m_pos < m_text.size())
        ++m_pos;
    ++m_line;
}

QChar detectDelimiter(QStringView text)
{
    std::array<qsizetype, 3> counts{};
    const std::array<QChar, 3> delimiters{u',', u';', u'\t'};
    bool quoted = false;
    const qsizetype limit = std::min<qsizetype>(text.size(), 65536);
    for (qsizetype i = 0; i < limit; ++i) {
        const QChar c = text[i];
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && c == u'\n')
            break;
        else if (!quoted) {
            for (size_t k = 0; k < delimiters.size(); ++k) {
                if (c == delimiters[k])
                    ++counts[k];
            }
        }
    }
    const auto best = std::max_element(counts.begin(), counts.end());
    return *best == 0 ? u',' : delimiters[size_t(best - counts.begin())];
}
Result<QList<QStringList>> readRows(const QByteArray &bytes, const QString &fileName)
{
    if (bytes.isEmpty())
        return fail(Error::Code::Corrupt, u"%1 is empty (0 bytes)"_s.arg(fileName));
    const QString text = TextDecoding::decode(bytes).text;
    Reader reader(text, detectDelimiter(text));
    QList<QStringList> rows;
    QStringList fields;
    qint64 line = 0;
    QString error;
    for (;;) {
        const auto outcome = reader.next(fields, line, error);
        if (outcome == Reader::Outcome::End)
            return rows;
        if (outcome == Reader::Outcome::Error)
            return fail(Error::Code::Corrupt,
                        u"%1 cannot be read as CSV: %2"_s.arg(fileName, error));
        if (!(fields.size() == 1 && fields.constFirst().isEmpty()))
            rows.append(fields);
    }
}
} // namespace Casebinder::Csv

#pragma once

#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

// Delimited text shared by the formats that read tables: posts, production manifests and, in
// time, load files.
namespace Casebinder::Csv {

// Bounds that keep hostile files from exhausting memory or time.
constexpr qsizetype MaxRecordChars = 8 * 1024 * 1024;
constexpr qsizetype MaxColumns = 10000;

// RFC 4180 records over decoded text, tolerant of stray quotes inside unquoted fields. The
// text is viewed, not copied: it must outlive the reader.
class Reader final
{
public:
    Reader(QStringView text, QChar delimiter)
        : m_text(text)
        , m_delimiter(delimiter)
    {}

    enum class Outcome { Record, End, Error };

    // Reads one record into `fields`; `line` is where it started. After an Error the reader
    // has skipped the bad record (or reached the end, for a quote never closed).
    Outcome next(QStringList &fields, qint64 &line, QString &error);

    qsizetype position() const { return m_pos; }

private:
    void endLine();
    void skipRecord();

    QStringView m_text;
    QChar m_delimiter;
    qsizetype m_pos = 0;
    qint64 m_line = 1;
};

// The delimiter of the first line, among comma, semicolon and tab (comma when none occurs).
QChar detectDelimiter(QStringView text);

// Reads any CSV (delimiter detected, RFC 4180 quoting, BOM, UTF-8/UTF-16/cp1252) into rows;
// the first row is the header. Blank lines are skipped.
Result<QList<QStringList>> readRows(const QByteArray &bytes, const QString &fileName);

} // namespace Casebinder::Csv

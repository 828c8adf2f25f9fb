#pragma once

#include "result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace Casebinder::LoadFiles {

// The load-file fields Casebinder understands. Every other column is kept with the document.
enum class Field {
    BegBates,
    EndBates,
    BegAttach,
    EndAttach,
    ParentId, // the parent's control number (Relativity's "Parent Document ID")
    Custodian,
    From,
    To,
    Cc,
    Bcc,
    Subject,
    DateSent,
    FileName,
    Md5Hash,
    Sha1Hash,
    TextPath,
    NativePath,
};
constexpr int FieldCount = int(Field::NativePath) + 1;

// "begbates", "md5hash", …: the name --map uses and the metadata key.
QString fieldName(Field field);
std::optional<Field> fieldFromName(QStringView name);
// "begbates, endbates, …": for error messages.
QString fieldNames();

// Which column holds each field. Automatic from the column names (the usual Concordance names
// and their common synonyms, e.g. "Control Number", "Extracted Text", "FILE_PATH"), then
// overridden by the user's --map field=column (a column name, case-insensitive, or its
// 1-based position).
class FieldMapping final
{
public:
    static Result<FieldMapping> resolve(const QStringList &columns,
                                        const QHash<QString, QString> &explicitMap);
    // The column of `field`, or -1.
    int column(Field field) const { return m_columns[size_t(field)]; }
    // The field a column holds, if any.
    std::optional<Field> fieldOf(int column) const;
    // The value of `field` in a record's `values`, trimmed (from a synonym column when its own
    // is empty); empty when unmapped or missing.
    QString value(const QStringList &values, Field field) const;
    // "BEGBATES ← Control Number, …": what the mapping chose, for the report.
    QStringList describe(const QStringList &columns) const;

private:
    std::array<int, FieldCount> m_columns{};
    // Further columns that mean the same field ("Email Subject" besides "Subject"): their
    // value is used when the first is empty. None for a field the user mapped.
    std::array<QList<int>, FieldCount> m_fallbacks{};
};

// The field a column name means by itself, if any (exact Concordance names and synonyms).
std::optional<Field> automaticField(QStringView columnName);

} // namespace Casebinder::LoadFiles

#include "loadfiles/loadfilefields.h"

#include <array>

using namespace Qt::StringLiterals;

namespace Casebinder::LoadFiles {
namespace {

constexpr std::array<const char16_t *, FieldCount> Names = {u"begbates",
                                                            u"endbates",
                                                            u"begattach",
                                                            u"endattach",
                                                            u"parentid",
                                                            u"custodian",
                                                            u"from",
                                                            u"to",
                                                            u"cc",
                                                            u"bcc",
                                                            u"subject",
                                                            u"datesent",
                                                            u"filename",
                                                            u"md5hash",
                                                            u"sha1hash",
                                                            u"textpath",
                                                            u"nativepath"};

// Column names compared upper-case without spaces, underscores, hyphens, dots and '#'.
QString normalised(QStringView name)
{
    QString out;
    out.reserve(name.size());
    for (const QChar c : name) {
        if (c.isLetterOrNumber())
            out.append(c.toUpper());
    }
    return out;
}

struct Synonym
{
    const char16_t *name; // normalised
    Field field;
};

// Exact Concordance names first, then the synonyms production tools use (Relativity, EDRM
// XML tags, Ipro/Summation exports). A column that is first to match a field takes it.
constexpr auto Synonyms = std::to_array<Synonym>({
    {u"BEGBATES", Field::BegBates},
    {u"BEGDOC", Field::BegBates},
    {u"BEGNO", Field::BegBates},
    {u"BEGINBATES", Field::BegBates},
    {u"BATESBEGIN", Field::BegBates},
    {u"BEGINDOC", Field::BegBates},
    {u"PRODBEGBATES", Field::BegBates},
    {u"CONTROLNUMBER", Field::BegBates},
    {u"DOCID", Field::BegBates},
    {u"ENDBATES", Field::EndBates},
    {u"ENDDOC", Field::EndBates},
    {u"ENDNO", Field::EndBates},
    {u"ENDINGBATES", Field::EndBates},
    {u"BATESEND", Field::EndBates},
    {u"PRODENDBATES", Field::EndBates},
    {u"BEGATTACH", Field::BegAttach},
    {u"BEGATT", Field::BegAttach},
    {u"BEGINATTACH", Field::BegAttach},
    {u"BEGFAMILY", Field::BegAttach},
    {u"ATTACHBEGIN", Field::BegAttach},
    {u"PRODBEGATTACH", Field::BegAttach},
    {u"ENDATTACH", Field::EndAttach},
    {u"ENDATT", Field::EndAttach},
    {u"ENDFAMILY", Field::EndAttach},
    {u"ATTACHEND", Field::EndAttach},
    {u"PRODENDATTACH", Field::EndAttach},
    {u"PARENTDOCUMENTID", Field::ParentId},
    {u"PARENTDOCID", Field::ParentId},
    {u"PARENTID", Field::ParentId},
    {u"PARENTBATES", Field::ParentId},
    {u"CUSTODIAN", Field::Custodian},
    {u"CUSTODIANS", Field::Custodian},
    {u"FROM", Field::From},
    {u"EMAILFROM", Field::From},
    {u"SENDER", Field::From},
    {u"TO", Field::To},
    {u"EMAILTO", Field::To},
    {u"RECIPIENTS", Field::To},
    {u"CC", Field::Cc},
    {u"EMAILCC", Field::Cc},
    {u"BCC", Field::Bcc},
    {u"EMAILBCC", Field::Bcc},
    {u"SUBJECT", Field::Subject},
    {u"EMAILSUBJECT", Field::Subject},
    {u"DATESENT", Field::DateSent},
    {u"SENTDATE", Field::DateSent},
    {u"EMAILDATESENT", Field::DateSent},
    {u"FILENAME", Field::FileName},
    {u"ORIGINALFILENAME", Field::FileName},
    {u"NATIVEFILENAME", Field::FileName},
    {u"MD5HASH", Field::Md5Hash},
    {u"MD5", Field::Md5Hash},
    {u"HASHMD5", Field::Md5Hash},
    {u"SHA1HASH", Field::Sha1Hash},
    {u"SHA1", Field::Sha1Hash},
    {u"TEXTPATH", Field::TextPath},
    {u"EXTRACTEDTEXT", Field::TextPath},
    {u"TEXTLINK", Field::TextPath},
    {u"TEXTFILE", Field::TextPath},
    {u"OCRPATH", Field::TextPath},
    {u"NATIVEPATH", Field::NativePath},
    {u"FILEPATH", Field::NativePath},
    {u"NATIVELINK", Field::NativePath},
    {u"NATIVEFILE", Field::NativePath},
    {u"NATIVEFILEPATH", Field::NativePath},
    {u"DOCLINK", Field::NativePath},
});

} // namespace

QString fieldName(Field field)
{
    return QString::fromUtf16(Names[size_t(field)]);
}

std::optional<Field> fieldFromName(QStringView name)
{
    for (int i = 0; i < FieldCount; ++i) {
        if (name.compare(QStringView(Names[size_t(i)]), Qt::CaseInsensitive) == 0)
            return Field(i);
    }
    return std::nullopt;
}

QString fieldNames()
{
    QStringList names;
    for (const char16_t *name : Names)
        names.append(QString::fromUtf16(name));
    return names.join(u", "_s);
}

std::optional<Field> automaticField(QStringView columnName)
{
    const QString key = normalised(columnName);
    for (const Synonym &synonym : Synonyms) {
        if (key == QStringView(synonym.name))
            return synonym.field;
    }
    return std::nullopt;
}

Result<FieldMapping> FieldMapping::resolve(const QStringList &columns,
                                           const QHash<QString, QString> &explicitMap)
{
    FieldMapping mapping;
    mapping.m_columns.fill(-1);
    // A column whose own name is the field's Concordance name wins over a synonym
    // ("Subject" over "Email Subject"), then the first synonym in column order.
    for (int pass = 0; pass < 2; ++pass) {
        for (int c = 0; c < columns.size(); ++c) {
            const std::optional<Field> field = automaticField(columns[c]);
            if (!field || mapping.fieldOf(c))
                continue;
            const bool exact = normalised(columns[c]) == fieldName(*field).toUpper();
            if (pass == 0 && !exact)
                continue;
            if (mapping.m_columns[size_t(*field)] >= 0) {
                if (!mapping.m_fallbacks[size_t(*field)].contains(c))
                    mapping.m_fallbacks[size_t(*field)].append(c);
                continue;
            }
            mapping.m_columns[size_t(*field)] = c;
        }
    }
    for (auto it = explicitMap.cbegin(); it != explicitMap.cend(); ++it) {
        const std::optional<Field> field = fieldFromName(it.key());
        if (!field)
            return fail(Error::Code::InvalidArgument,
                        u"--map %1=%2: a load file has no field \"%1\" (fields: %3)"_s.arg(
                            it.key(), it.value(), fieldNames()));
        int column = -1;
        bool number = false;
        const int position = it.value().toInt(&number);
        if (number && position >= 1 && position <= columns.size())
            column = position - 1;
        for (int c = 0; column < 0 && c < columns.size(); ++c) {
            if (columns[c].trimmed().compare(it.value().trimmed(), Qt::CaseInsensitive) == 0)
                column = c;
        }
        if (column < 0)
            return fail(Error::Code::InvalidArgument,
                        u"--map %1=%2: the load file has no column \"%2\" (columns: %3)"_s.arg(
                            it.key(), it.value(), columns.join(u", "_s)));
        // The column now means this field only.
        for (int &other : mapping.m_columns) {
            if (other == column)
                other = -1;
        }
        for (QList<int> &others : mapping.m_fallbacks)
            others.removeAll(column);
        mapping.m_columns[size_t(*field)] = column;
        mapping.m_fallbacks[size_t(*field)].clear();
    }
    return mapping;
}

std::optional<Field> FieldMapping::fieldOf(int column) const
{
    for (int i = 0; i < FieldCount; ++i) {
        if (m_columns[size_t(i)] == column)
            return Field(i);
    }
    return std::nullopt;
}

QString FieldMapping::value(const QStringList &values, Field field) const
{
    const int c = column(field);
    QString value = c >= 0 && c < values.size() ? values[c].trimmed() : QString();
    for (const int other : m_fallbacks[size_t(field)]) {
        if (!value.isEmpty())
            break;
        if (other < values.size())
            value = values[other].trimmed();
    }
    return value;
}

QStringList FieldMapping::describe(const QStringList &columns) const
{
    QStringList out;
    for (int i = 0; i < FieldCount; ++i) {
        const int c = m_columns[size_t(i)];
        if (c >= 0 && c < columns.size())
            out.append(u"%1 ← %2"_s.arg(fieldName(Field(i)).toUpper(), columns[c]));
    }
    return out;
}

} // namespace Casebinder::LoadFiles

#include "loadfiles/edrmxml.h"

#include <QHash>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace Casebinder::LoadFiles {

QString LoadRecord::label() const
{
    const QString &key = value(Field::BegBates);
    QString where = line > 0 ? u"line %1"_s.arg(line) : QString();
    if (!key.isEmpty())
        where += (where.isEmpty() ? QString() : u", "_s) + key;
    return where.isEmpty() ? u"record %1"_s.arg(number)
                           : u"record %1 (%2)"_s.arg(number).arg(where);
}

bool looksLikeEdrmXml(QByteArrayView head)
{
    const QByteArray text = head.toByteArray();
    const qsizetype root = text.indexOf("<Root");
    return root >= 0 && text.indexOf("MajorVersion", root) > root
           && (text.contains("<Batch") || text.contains("<Documents"));
}

Result<EdrmBatch> readEdrmXml(const QByteArray &bytes, const QString &fileName)
{
    EdrmBatch batch;
    QXmlStreamReader xml(bytes);
    LoadRecord *current = nullptr;
    QString fileType;
    QString element;
    QHash<QString, qsizetype> byDocId;
    QList<std::pair<QString, QString>> relationships; // parent, child
    const auto set = [](LoadRecord &record, const QString &name, const QString &value) {
        record.fields.append({name, value});
        if (const auto field = automaticField(name);
            field && record.mapped[size_t(*field)].isEmpty())
            record.mapped[size_t(*field)] = value.trimmed();
    };
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            element = xml.name().toString();
            const QXmlStreamAttributes a = xml.attributes();
            if (element == u"Root") {
                batch.version
                    = a.value(u"MajorVersion"_s).toString() + u'.'
                      + (a.hasAttribute(u"MinorVersion"_s) ? a.value(u"MinorVersion"_s).toString()
                                                           : u"0"_s);
            } else if (element == u"Document") {
                batch.records.append(LoadRecord{});
                current = &batch.records.back();
                current->number = batch.records.size();
                current->line = xml.lineNumber();
                const QString docId = a.value(u"DocID"_s).toString().trimmed();
                current->fields.append({u"DocID"_s, docId});
                current->mapped[size_t(Field::BegBates)] = docId;
                for (const QString &name : {u"DocType"_s, u"MimeType"_s}) {
                    if (a.hasAttribute(name))
                        current->fields.append({name, a.value(name).toString()});
                }
                if (docId.isEmpty())
                    current->error
                        = u"%1: the Document at line %2 has no DocID"_s.arg(fileName).arg(
                            xml.lineNumber());
                else if (byDocId.contains(docId))
                    current->error = u"the DocID %1 is used twice (lines %2 and %3)"_s.arg(docId)
                                         .arg(batch.records[byDocId.value(docId)].line)
                                         .arg(xml.lineNumber());
                else
                    byDocId.insert(docId, batch.records.size() - 1);
            } else if (current && (element == u"Tag" || element == u"Field")) {
                const bool tag = element == u"Tag";
                const QString valueName = tag ? u"TagValue"_s : u"Value"_s;
                const QString name = a.value(tag ? u"TagName"_s : u"Name"_s).toString();
                QString value = a.value(valueName).toString();
                if (!a.hasAttribute(valueName))
                    value = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                set(*current, name, value);
            } else if (current && element == u"File") {
                fileType = a.value(u"FileType"_s).toString();
            } else if (current && element == u"ExternalFile") {
                QString path = a.value(u"FilePath"_s).toString().trimmed();
                const QString name = a.value(u"FileName"_s).toString().trimmed();
                if (!name.isEmpty())
                    path = path.isEmpty() ? name : path + u'/' + name;
                const QString hash = a.value(u"Hash"_s).toString().trimmed();
                const QString hashType = a.value(u"HashType"_s).toString().trimmed().toUpper();
                if (fileType.compare(u"Native"_s, Qt::CaseInsensitive) == 0) {
                    current->mapped[size_t(Field::NativePath)] = path;
                    if (current->mapped[size_t(Field::FileName)].isEmpty())
                        current->mapped[size_t(Field::FileName)] = name;
                    if (!hash.isEmpty()) {
                        const Field field = hashType == u"SHA1" || hashType == u"SHA-1"
                                                ? Field::Sha1Hash
                                                : Field::Md5Hash;
                        current->mapped[size_t(field)] = hash;
                    }
                } else if (fileType.compare(u"Text"_s, Qt::CaseInsensitive) == 0) {
                    current->mapped[size_t(Field::TextPath)] = path;
                } else if (fileType.compare(u"Image"_s, Qt::CaseInsensitive) == 0) {
                    ImagePage page;
                    page.key = current->value(Field::BegBates);
                    if (!current->images.isEmpty())
                        page.key += u" (page %1)"_s.arg(current->images.size() + 1);
                    page.path = path;
                    page.line = xml.lineNumber();
                    current->images.append(page);
                }
                current->fields.append({u"File:"_s + fileType, path});
                if (!hash.isEmpty())
                    current->fields.append({u"File:"_s + fileType + u":Hash"_s, hash});
            } else if (current && element == u"Custodian") {
                set(*current, u"Custodian"_s, xml.readElementText());
            } else if (current && element == u"LocationURI") {
                current->fields.append({u"LocationURI"_s, xml.readElementText()});
            } else if (element == u"Relationship") {
                const QString type = a.value(u"Type"_s).toString();
                if (type.isEmpty() || type.compare(u"Attachment"_s, Qt::CaseInsensitive) == 0
                    || type.compare(u"Family"_s, Qt::CaseInsensitive) == 0)
                    relationships.append(std::pair(a.value(u"ParentDocID"_s).toString().trimmed(),
                                                   a.value(u"ChildDocID"_s).toString().trimmed()));
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (xml.name() == u"Document")
                current = nullptr;
        }
    }
    if (xml.hasError())
        return fail(Error::Code::Corrupt,
                    u"%1 is not well-formed XML: %2 (line %3)"_s.arg(fileName, xml.errorString())
                        .arg(xml.lineNumber()));
    if (batch.version.isEmpty())
        return fail(Error::Code::Corrupt,
                    u"%1 is not an EDRM XML file (no <Root>)"_s.arg(fileName));
    for (const auto &[parent, child] : std::as_const(relationships)) {
        const auto found = byDocId.constFind(child);
        if (found == byDocId.cend() || !byDocId.contains(parent)) {
            batch.warnings.append(u"the relationship %1 → %2 names a document the file does not "
                                  u"hold"_s.arg(parent, child));
            continue;
        }
        batch.records[*found].mapped[size_t(Field::ParentId)] = parent;
    }
    return batch;
}

} // namespace Casebinder::LoadFiles

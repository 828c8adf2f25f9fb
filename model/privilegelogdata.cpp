#include "privilegelogdata.h"

#include <QCoreApplication>
#include <QJsonValue>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Casebinder {

namespace {

QString documentType(const DocumentRecord &document, const DisplayLanguage &language)
{
    const QString &type = document.mediaType;
    if (type == u"message/rfc822")
        return language.translate("Casebinder::PrivilegeLog", "E-mail");
    if (type == u"application/pdf")
        return language.translate("Casebinder::PrivilegeLog", "PDF document");
    if (type.startsWith(u"image/"))
        return language.translate("Casebinder::PrivilegeLog", "Image");
    if (type.startsWith(u"text/"))
        return language.translate("Casebinder::PrivilegeLog", "Text document");
    if (type.contains(u"spreadsheet") || type.contains(u"excel"))
        return language.translate("Casebinder::PrivilegeLog", "Spreadsheet");
    if (type.contains(u"wordprocessing") || type == u"application/msword")
        return language.translate("Casebinder::PrivilegeLog", "Word-processing document");
    return {};
}

// What the source stated: an e-mail's headers as the importer stored them, or a load file's
// fields under the same names.
QString stated(const DocumentRecord &document, const QString &key)
{
    return document.metadata.value(key).toString().trimmed();
}

} // namespace

Result<PrivilegeLogData> loadPrivilegeLog(CaseFile &caseFile, const DisplayLanguage &language)
{
    PrivilegeLogData data;
    auto caption = caseFile.caption();
    if (!caption)
        return fail(caption.error());
    data.caption = *caption;
    auto documents = caseFile.documents().documents();
    if (!documents)
        return fail(documents.error());
    for (const DocumentRecord &document : std::as_const(*documents)) {
        if (!document.privileged)
            continue;
        PrivilegeLogEntry entry;
        entry.documentId = document.id;
        entry.batesBegin = document.batesBegin;
        entry.batesEnd = document.batesEnd;
        entry.date = document.documentDate.isEmpty()
                         ? QString()
                         : displayDocumentDate(document.documentDate, language);
        entry.documentType = documentType(document, language);
        entry.author = stated(document, u"from"_s);
        entry.to = stated(document, u"to"_s);
        entry.cc = stated(document, u"cc"_s);
        entry.bcc = stated(document, u"bcc"_s);
        entry.basis = document.privilegeBasis;
        entry.description = document.privilegeDescription.trimmed();
        entry.title = document.title;
        entry.sha256 = document.blobSha256;
        data.missingBasis += entry.basis == PrivilegeBasis::Unknown ? 1 : 0;
        data.missingDescription += entry.description.isEmpty() ? 1 : 0;
        data.entries.append(std::move(entry));
    }
    // Bates order (numbered documents first), then the order they were added.
    std::stable_sort(data.entries.begin(),
                     data.entries.end(),
                     [](const PrivilegeLogEntry &a, const PrivilegeLogEntry &b) {
                         if (a.batesBegin.isEmpty() != b.batesBegin.isEmpty())
                             return !a.batesBegin.isEmpty();
                         if (a.batesBegin != b.batesBegin)
                             return a.batesBegin < b.batesBegin;
                         return a.documentId < b.documentId;
                     });
    for (qsizetype i = 0; i < data.entries.size(); ++i)
        data.entries[i].number = int(i + 1);
    return data;
}

} // namespace Casebinder

#include "importreport.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Casebinder {

Error importCancelled()
{
    return Error{Error::Code::Cancelled, u"The import was cancelled; nothing was changed"_s};
}

QString errorCodeName(Error::Code code)
{
    switch (code) {
    case Error::Code::Generic:
        return u"generic"_s;
    case Error::Code::NotFound:
        return u"not_found"_s;
    case Error::Code::InvalidArgument:
        return u"invalid_argument"_s;
    case Error::Code::NotACase:
        return u"not_a_case"_s;
    case Error::Code::NewerSchema:
        return u"newer_schema"_s;
    case Error::Code::ReadOnly:
        return u"read_only"_s;
    case Error::Code::Busy:
        return u"busy"_s;
    case Error::Code::Io:
        return u"io"_s;
    case Error::Code::Corrupt:
        return u"corrupt"_s;
    case Error::Code::Constraint:
        return u"constraint"_s;
    case Error::Code::Cancelled:
        return u"cancelled"_s;
    case Error::Code::Unsupported:
        return u"unsupported"_s;
    case Error::Code::PasswordRequired:
        return u"password_required"_s;
    case Error::Code::Duplicate:
        return u"duplicate"_s;
    }
    return u"generic"_s;
}

QString ImportedFile::statusName(Status status)
{
    switch (status) {
    case Status::Imported:
        return u"imported"_s;
    case Status::Duplicate:
        return u"duplicate"_s;
    case Status::Rejected:
        return u"rejected"_s;
    }
    return {};
}

QJsonObject ImportedFile::toJson() const
{
    QJsonObject json{{u"path"_s, path}, {u"status"_s, statusName(status)}};
    if (!sha256.isEmpty())
        json.insert(u"sha256"_s, sha256);
    if (!reason.isEmpty())
        json.insert(u"reason"_s, reason);
    if (errorCode)
        json.insert(u"error_code"_s, errorCodeName(*errorCode));
    if (documentId > 0)
        json.insert(u"document_id"_s, documentId);
    if (status == Status::Imported) {
        json.insert(u"pages"_s, pages);
        if (posts > 0)
            json.insert(u"posts"_s, posts);
        if (documents > 0)
            json.insert(u"documents"_s, documents);
    }
    if (!warnings.isEmpty())
        json.insert(u"warnings"_s, QJsonArray::fromStringList(warnings));
    return json;
}

int ImportReport::imported() const
{
    return int(std::count_if(files.cbegin(), files.cend(), [](const ImportedFile &f) {
        return f.status == ImportedFile::Status::Imported;
    }));
}

int ImportReport::duplicates() const
{
    return int(std::count_if(files.cbegin(), files.cend(), [](const ImportedFile &f) {
        return f.status == ImportedFile::Status::Duplicate;
    }));
}

int ImportReport::rejected() const
{
    return int(std::count_if(files.cbegin(), files.cend(), [](const ImportedFile &f) {
        return f.status == ImportedFile::Status::Rejected;
    }));
}

qint64 ImportReport::pages() const
{
    qint64 total = 0;
    for (const ImportedFile &file : files)
        total += file.status == ImportedFile::Status::Imported ? file.pages : 0;
    return total;
}

qint64 ImportReport::posts() const
{
    qint64 total = 0;
    for (const ImportedFile &file : files)
        total += file.posts;
    return total;
}

QJsonObject ImportReport::toJson() const
{
    QJsonArray array;
    for (const ImportedFile &file : files)
        array.append(file.toJson());
    QJsonObject json{{u"import_id"_s, importId},
                     {u"files"_s, array},
                     {u"imported"_s, imported()},
                     {u"duplicates"_s, duplicates()},
                     {u"rejected"_s, rejected()},
                     {u"pages"_s, pages()},
                     {u"posts"_s, posts()}};
    if (!docketLinks.isEmpty()) {
        QJsonArray links;
        for (const DocketLinkNote &link : docketLinks)
            links.append(QJsonObject{{u"document_id"_s, link.documentId},
                                     {u"entry"_s, link.entry},
                                     {u"how"_s, link.how},
                                     {u"filled"_s, QJsonArray::fromStringList(link.filled)}});
        json.insert(u"docket_links"_s, links);
    }
    if (docketEvents > 0)
        json.insert(u"docket_events"_s, docketEvents);
    if (!docketUnresolved.isEmpty())
        json.insert(u"docket_unresolved"_s, QJsonArray::fromStringList(docketUnresolved));
    return json;
}

} // namespace Casebinder

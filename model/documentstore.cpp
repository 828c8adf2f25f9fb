#include "documentstore.h"

#include "eventdate.h"
#include "rowloop.h"
#include "sqlite/database.h"
#include "sqlite/statement.h"

#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Casebinder {

// The context lupdate files these strings under (a free function's tr() has none).
struct DocumentStoreText
{
    Q_DECLARE_TR_FUNCTIONS(Casebinder::DocumentStore)
};

QString documentKindName(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::Filing:
        return u"filing"_s;
    case DocumentKind::Exhibit:
        return u"exhibit"_s;
    case DocumentKind::Other:
        return u"other"_s;
    }
    return {};
}

std::optional<DocumentKind> documentKindFromName(QStringView name)
{
    for (DocumentKind kind : {DocumentKind::Filing, DocumentKind::Exhibit, DocumentKind::Other}) {
        if (name == documentKindName(kind))
            return kind;
    }
    return std::nullopt;
}

QString textStatusName(TextStatus status)
{
    switch (status) {
    case TextStatus::Extracted:
        return u"extracted"_s;
    case TextStatus::Partial:
        return u"partial"_s;
    case TextStatus::NeedsOcr:
        return u"needs_ocr"_s;
    case TextStatus::None:
        return u"none"_s;
    }
    return {};
}

std::optional<TextStatus> textStatusFromName(QStringView name)
{
    for (TextStatus status :
         {TextStatus::Extracted, TextStatus::Partial, TextStatus::NeedsOcr, TextStatus::None}) {
        if (name == textStatusName(status))
            return status;
    }
    return std::nullopt;
}

QString dateSourceName(DateSource source)
{
    switch (source) {
    case DateSource::Unknown:
        return {};
    case DateSource::User:
        return u"user"_s;
    case DateSource::Manifest:
        return u"manifest"_s;
    case DateSource::EmailHeader:
        return u"email_header"_s;
    case DateSource::Docket:
        return u"docket"_s;
    case DateSource::LoadFile:
        return u"load_file"_s;
    }
    return {};
}

DateSource dateSourceFromName(QStringView name)
{
    for (DateSource source : {DateSource::User,
                              DateSource::Manifest,
                              DateSource::EmailHeader,
                              DateSource::Docket,
                              DateSource::LoadFile}) {
        if (name == dateSourceName(source))
            return source;
    }
    return DateSource::Unknown;
}

QString dateSourceLabel(DateSource source)
{
    switch (source) {
    case DateSource::Unknown:
        return DocumentStoreText::tr("source not recorded");
    case DateSource::User:
        return DocumentStoreText::tr("entered by a user");
    case DateSource::Manifest:
        return DocumentStoreText::tr("production manifest");
    case DateSource::EmailHeader:
        return DocumentStoreText::tr("the e-mail\u2019s Date header");
    case DateSource::Docket:
        return DocumentStoreText::tr("docket entry");
    case DateSource::LoadFile:
        return DocumentStoreText::tr("load file");
    }
    return {};
}

QString privilegeBasisName(PrivilegeBasis basis)
{
    switch (basis) {
    case PrivilegeBasis::Unknown:
        return {};
    case PrivilegeBasis::AttorneyClient:
        return u"attorney-client"_s;
    case PrivilegeBasis::WorkProduct:
        return u"work-product"_s;
    case PrivilegeBasis::Other:
        return u"other"_s;
    }
    return {};
}

PrivilegeBasis privilegeBasisFromName(QStringView name)
{
    for (PrivilegeBasis basis :
         {PrivilegeBasis::AttorneyClient, PrivilegeBasis::WorkProduct, PrivilegeBasis::Other}) {
        if (name == privilegeBasisName(basis))
            return basis;
    }
    return PrivilegeBasis::Unknown;
}

QString privilegeBasisLabel(PrivilegeBasis basis)
{
    switch (basis) {
    case PrivilegeBasis::Unknown:
        return {};
    case PrivilegeBasis::AttorneyClient:
        return DocumentStoreText::tr("Attorney\u2013"
                                     "client privilege");
    case PrivilegeBasis::WorkProduct:
        return DocumentStoreText::tr("Work product");
    case PrivilegeBasis::Other:
        return DocumentStoreText::tr("Other");
    }
    return {};
}

QString displayDocumentDate(const QString &stored, const DisplayLanguage &language)
{
    const auto date = EventDate::parse(stored);
    if (!date || date->precision() == EventDate::Precision::Minute)
        return stored;
    return date->display(language);
}

Status checkDocumentDate(const QString &text)
{
    const auto date = EventDate::parse(text.trimmed());
    if (!date)
        return fail(Error::Code::InvalidArgument,
                    QCoreApplication::translate(
                        "Casebinder::DocumentStore",
                        "\"%1\" is not a date a document can carry (%2). Write a day "
                        "(2021-01-10), a month (2018-06) or a year, optionally \"circa\" or a "
                        "range (2021-01..2021-09).")
                        .arg(text, date.error().message));
    if (date->precision() == EventDate::Precision::Minute)
        return fail(Error::Code::InvalidArgument,
                    QCoreApplication::translate("Casebinder::DocumentStore",
                                                "\"%1\": a document's date has no time of day.")
                        .arg(text));
    return {};
}

namespace {

constexpr auto DocumentColumns
    = "SELECT id, kind, title, document_date, filed_date, docket_number, exhibit_label, "
      "bates_begin, bates_end, source_name, source_path, blob_sha256, media_type, page_count, "
      "text_status, privileged, notes, metadata, parent_id, import_id, created_at, date_source, "
      "sponsoring_witness, offered, objection, admitted, privilege_basis, privilege_description "
      "FROM documents ";

// Column names are fixed here, never taken from the caller.
QString column(DocumentField field)
{
    switch (field) {
    case DocumentField::Title:
        return u"title"_s;
    case DocumentField::ExhibitLabel:
        return u"exhibit_label"_s;
    case DocumentField::DocketNumber:
        return u"docket_number"_s;
    case DocumentField::BatesBegin:
        return u"bates_begin"_s;
    case DocumentField::BatesEnd:
        return u"bates_end"_s;
    case DocumentField::DocumentDate:
        return u"document_date"_s;
    case DocumentField::FiledDate:
        return u"filed_date"_s;
    case DocumentField::Notes:
        return u"notes"_s;
    case DocumentField::SponsoringWitness:
        return u"sponsoring_witness"_s;
    case DocumentField::Offered:
        return u"offered"_s;
    case DocumentField::Objection:
        return u"objection"_s;
    case DocumentField::Admitted:
        return u"admitted"_s;
    case DocumentField::DateSource:
        return u"date_source"_s;
    case DocumentField::PrivilegeBasis:
        return u"privilege_basis"_s;
    case DocumentField::PrivilegeDescription:
        return u"privilege_description"_s;
    }
    return {};
}

bool isNullable(DocumentField field)
{
    return field != DocumentField::Title && field != DocumentField::Notes;
}

QString nullableText(const Sql::Statement &statement, int column)
{
    return statement.isNull(column) ? QString() : statement.text(column);
}

DocumentRecord readDocument(const Sql::Statement &row)
{
    DocumentRecord record;
    record.id = row.integer(0);
    record.kind = documentKindFromName(row.text(1)).value_or(DocumentKind::Other);
    record.title = row.text(2);
    record.documentDate = nullableText(row, 3);
    record.filedDate = nullableText(row, 4);
    record.docketNumber = nullableText(row, 5);
    record.exhibitLabel = nullableText(row, 6);
    record.batesBegin = nullableText(row, 7);
    record.batesEnd = nullableText(row, 8);
    record.sourceName = row.text(9);
    record.sourcePath = row.text(10);
    record.blobSha256 = row.text(11);
    record.mediaType = row.text(12);
    record.pageCount = int(row.integer(13));
    record.textStatus = textStatusFromName(row.text(14)).value_or(TextStatus::None);
    record.privileged = row.integer(15) != 0;
    record.notes = row.text(16);
    record.metadata = QJsonDocument::fromJson(row.text(17).toUtf8()).object();
    record.parentId = row.optionalInteger(18);
    record.importId = row.optionalInteger(19);
    record.createdAt = row.text(20);
    record.dateSource = dateSourceFromName(row.text(21));
    record.sponsoringWitness = row.text(22);
    record.offered = row.text(23);
    record.objection = row.text(24);
    record.admitted = row.text(25);
    record.privilegeBasis = privilegeBasisFromName(row.text(26));
    record.privilegeDescription = row.text(27);
    return record;
}

} // namespace

Result<DocumentRecord> DocumentStore::document(qint64 id)
{
    auto statement = m_db.prepare(QString::fromLatin1(DocumentColumns) + u"WHERE id = ?"_s);
    if (!statement)
        return fail(statement.error());
    statement->bind(1, id);
    auto row = statement->step();
    if (!row)
        return fail(row.error());
    if (!*row)
        return fail(Error::Code::NotFound, u"Document %1 is not in the case"_s.arg(id));
    return readDocument(*statement);
}

Result<QList<DocumentRecord>> DocumentStore::documents(std::optional<DocumentKind> kind)
{
    auto statement = m_db.prepare(QString::fromLatin1(DocumentColumns)
                                  + u"WHERE ?1 IS NULL OR kind = ?1 ORDER BY id"_s);
    if (!statement)
        return fail(statement.error());
    if (kind)
        statement->bind(1, documentKindName(*kind));
    else
        statement->bind(1, nullptr);
    QList<DocumentRecord> result;
    for (;;) {
        auto row = statement->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            return result;
        result.append(readDocument(*statement));
    }
}

Result<qint64> DocumentStore::count()
{
    auto statement = m_db.cached("SELECT count(*) FROM documents");
    if (!statement)
        return fail(statement.error());
    auto row = (*statement)->step();
    if (!row)
        return fail(row.error());
    const qint64 count = (*statement)->integer(0);
    // A cached statement left on a row keeps its read snapshot open; later reads would miss
    // what other connections commit.
    (*statement)->reset();
    return count;
}

Result<QList<PageRecord>> DocumentStore::pages(qint64 documentId)
{
    auto statement = m_db.cached(
        "SELECT id, document_id, number, text, needs_ocr, bates FROM pages WHERE document_id = ? "
        "ORDER BY number");
    if (!statement)
        return fail(statement.error());
    (*statement)->bind(1, documentId);
    QList<PageRecord> result;
    for (;;) {
        auto row = (*statement)->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            return result;
        const Sql::Statement &s = **statement;
        result.append({s.integer(0),
                       s.integer(1),
                       int(s.integer(2)),
                       s.text(3),
                       s.integer(4) != 0,
                       s.isNull(5) ? QString() : s.text(5)});
    }
}

Result<QString> DocumentStore::pageText(qint64 documentId, int number)
{
    auto statement = m_db.cached("SELECT text FROM pages WHERE document_id = ? AND number = ?");
    if (!statement)
        return fail(statement.error());
    (*statement)->bind(1, documentId).bind(2, number);
    auto row = (*statement)->step();
    if (!row)
        return fail(row.error());
    if (!*row)
        return fail(Error::Code::NotFound,
                    u"Document %1 has no page %2"_s.arg(documentId).arg(number));
    QString text = (*statement)->text(0);
    (*statement)->reset();
    return text;
}

Result<QByteArray> DocumentStore::original(qint64 documentId)
{
    auto statement = m_db.cached("SELECT blob_sha256 FROM documents WHERE id = ?");
    if (!statement)
        return fail(statement.error());
    (*statement)->bind(1, documentId);
    auto row = (*statement)->step();
    if (!row)
        return fail(row.error());
    if (!*row)
        return fail(Error::Code::NotFound, u"Document %1 is not in the case"_s.arg(documentId));
    const QString sha256 = (*statement)->text(0);
    (*statement)->reset();
    auto data = m_db.cached("SELECT data FROM blobs WHERE sha256 = ?");
    if (!data)
        return fail(data.error());
    (*data)->bind(1, sha256);
    auto found = (*data)->step();
    if (!found)
        return fail(found.error());
    if (!*found)
        return fail(Error::Code::NotFound,
                    u"The original of document %1 is missing from the case"_s.arg(documentId));
    QByteArray bytes = (*data)->blob(0);
    (*data)->reset();
    return bytes;
}

Result<std::optional<DocumentRecord>> DocumentStore::findBySha256(const QString &sha256)
{
    auto statement = m_db.prepare(QString::fromLatin1(DocumentColumns)
                                  + u"WHERE blob_sha256 = ? ORDER BY id LIMIT 1"_s);
    if (!statement)
        return fail(statement.error());
    statement->bind(1, sha256);
    auto row = statement->step();
    if (!row)
        return fail(row.error());
    if (!*row)
        return std::optional<DocumentRecord>();
    return std::optional<DocumentRecord>(readDocument(*statement));
}

Status DocumentStore::checkCitablePages(qint64 documentId,
                                        std::optional<int> pageFrom,
                                        std::optional<int> pageTo)
{
    auto statement = m_db.prepare(u"SELECT page_count, title FROM documents WHERE id = ?"_s);
    if (!statement)
        return fail(statement.error());
    statement->bind(1, documentId);
    auto row = statement->step();
    if (!row)
        return fail(row.error());
    if (!*row)
        return fail(Error::Code::NotFound,
                    u"Cannot cite document %1: there is no such document."_s.arg(documentId));
    const qint64 pageCount = statement->integer(0);
    const QString title = statement->text(1);
    if (pageTo && !pageFrom)
        return fail(Error::Code::InvalidArgument, u"A page range needs its first page."_s);
    if (!pageFrom)
        return {};
    const int last = pageTo.value_or(*pageFrom);
    if (*pageFrom < 1 || last < *pageFrom)
        return fail(Error::Code::InvalidArgument,
                    u"The page range %1–%2 is not valid."_s.arg(*pageFrom).arg(last));
    if (last > pageCount)
        return fail(
            Error::Code::InvalidArgument,
            u"“%1” has %2 page(s); page %3 does not exist (it is beyond the end)."_s.arg(title)
                .arg(pageCount)
                .arg(last));
    return {};
}

Result<QList<DocumentRecord>> DocumentStore::listing(std::optional<DocumentKind> kind)
{
    auto statement = m_db.prepare(
        QString::fromLatin1(DocumentColumns)
        + u"WHERE ?1 IS NULL OR kind = ?1"
          " ORDER BY CASE kind WHEN 'filing' THEN 0 WHEN 'exhibit' THEN 1 ELSE 2 END,"
          " CAST(docket_number AS INTEGER), docket_number, length(exhibit_label), exhibit_label,"
          " id"_s);
    if (!statement)
        return fail(statement.error());
    if (kind)
        statement->bind(1, documentKindName(*kind));
    else
        statement->bind(1, nullptr);
    QList<DocumentRecord> result;
    auto done = Sql::forEachRow(*statement,
                                [&](const Sql::Statement &s) { result.append(readDocument(s)); });
    if (!done)
        return fail(done.error());
    return result;
}

Result<DocumentEdit> DocumentStore::fields(qint64 documentId, const QList<DocumentField> &fields)
{
    DocumentEdit values;
    for (const DocumentField field : fields) {
        auto read = m_db.prepare(u"SELECT %1 FROM documents WHERE id = ?"_s.arg(column(field)));
        if (!read)
            return fail(read.error());
        read->bind(1, documentId);
        auto row = read->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            return fail(Error::Code::NotFound,
                        QCoreApplication::translate("Casebinder::CaseCommand",
                                                    "The document %1 does not exist.")
                            .arg(documentId));
        values.insert(field, nullableText(*read, 0));
    }
    return values;
}

Status DocumentStore::setFields(qint64 documentId, const DocumentEdit &values)
{
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        auto update
            = m_db.prepare(u"UPDATE documents SET %1 = ? WHERE id = ?"_s.arg(column(it.key())));
        if (!update)
            return fail(update.error());
        const QString value = it.key() == DocumentField::Notes ? it.value() : it.value().trimmed();
        if (isNullable(it.key()) && value.isEmpty())
            update->bind(1, nullptr);
        else
            update->bind(1, value);
        update->bind(2, documentId);
        if (auto done = update->exec(); !done)
            return done;
    }
    return {};
}

Result<std::optional<QString>> DocumentStore::exhibitLabelUser(const QString &label,
                                                               qint64 exceptDocumentId)
{
    auto clash = m_db.prepare(
        u"SELECT title FROM documents WHERE exhibit_label = ? COLLATE NOCASE AND id <> ?"_s);
    if (!clash)
        return fail(clash.error());
    clash->bind(1, label).bind(2, exceptDocumentId);
    auto row = clash->step();
    if (!row)
        return fail(row.error());
    if (!*row)
        return std::optional<QString>();
    return std::optional<QString>(clash->text(0));
}

Result<bool> DocumentStore::setPrivileged(qint64 documentId, bool privileged)
{
    auto exists = Sql::rowExists(m_db, "SELECT 1 FROM documents WHERE id = ?", documentId);
    if (!exists)
        return fail(exists.error());
    if (!*exists)
        return fail(Error::Code::NotFound,
                    QCoreApplication::translate("Casebinder::CaseCommand",
                                                "The document %1 does not exist.")
                        .arg(documentId));
    auto update
        = m_db.cached("UPDATE documents SET privileged = ? WHERE id = ? AND privileged <> ?");
    if (!update)
        return fail(update.error());
    (*update)->bind(1, privileged).bind(2, documentId).bind(3, privileged);
    if (auto done = (*update)->exec(); !done)
        return fail(done.error());
    return m_db.changes() > 0;
}

} // namespace Casebinder

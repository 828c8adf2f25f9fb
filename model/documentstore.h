#pragma once

#include "displaylanguage.h"
#include "result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace Casebinder {

namespace Sql {
class Database;
}

enum class DocumentKind { Filing, Exhibit, Other };
enum class TextStatus { Extracted, Partial, NeedsOcr, None };

QString documentKindName(DocumentKind kind);
std::optional<DocumentKind> documentKindFromName(QStringView name);
QString textStatusName(TextStatus status);
std::optional<TextStatus> textStatusFromName(QStringView name);

// Where a document's date comes from. Only a person or a source that states the document's
// date is trusted: never a file's own metadata (a PDF's creation date is the day it was
// scanned or printed). Unknown: no date, or one recorded before sources were kept.
enum class DateSource { Unknown, User, Manifest, EmailHeader, Docket, LoadFile };
QString dateSourceName(DateSource source); // "user", "manifest", "email_header", …; "" = unknown
DateSource dateSourceFromName(QStringView name);
// For people: "entered by a user", "production manifest", "the e-mail's Date header", …
QString dateSourceLabel(DateSource source);

// The privilege a withheld or redacted document is logged under (FRCP 26(b)(5)(A)). Unknown:
// none recorded (a privileged document without one is logged as "unknown", never guessed).
enum class PrivilegeBasis { Unknown, AttorneyClient, WorkProduct, Other };
QString privilegeBasisName(PrivilegeBasis basis); // "attorney-client", "work-product", "other"; ""
PrivilegeBasis privilegeBasisFromName(QStringView name);
// For people: "Attorney–client privilege", "Work product", "Other"; "" for unknown.
QString privilegeBasisLabel(PrivilegeBasis basis);

// A document's date as stored (ISO, at the precision known: "2021-01-09", "2018-06", "2018",
// "circa 2020-11", "2021-01..2021-09") shown en-GB legal style ("9 Jan 2021", "Jun 2018",
// "circa Nov 2020"); text that is not such a date is shown as stored.
QString displayDocumentDate(const QString &stored,
                            const DisplayLanguage &language = DisplayLanguage::current());
// Whether `text` is a date a document can carry (a day, month or year, circa or a range; no
// time of day). The error explains the accepted forms.
Status checkDocumentDate(const QString &text);

// One row of `documents`. Nullable text columns are null QStrings when unset.
struct DocumentRecord
{
    qint64 id = 0;
    DocumentKind kind = DocumentKind::Exhibit;
    QString title;
    QString documentDate; // ISO date at its precision: "2021-01-09", "2018-06", "circa 2020-11"
    DateSource dateSource = DateSource::Unknown;
    QString filedDate; // ISO date
    QString docketNumber;
    QString exhibitLabel;
    QString batesBegin;
    QString batesEnd;
    QString sourceName; // file name as imported
    QString sourcePath; // provenance: path on disk, or path inside the archive it came from
    QString blobSha256;
    QString mediaType = QStringLiteral("application/octet-stream");
    int pageCount = 0;
    TextStatus textStatus = TextStatus::Extracted;
    bool privileged = false;
    PrivilegeBasis privilegeBasis = PrivilegeBasis::Unknown;
    // The privilege log's description of the subject matter, written so as not to reveal it.
    QString privilegeDescription;
    QString notes;
    // The optional columns of a trial exhibit list, filled in by the user (free text).
    QString sponsoringWitness;
    QString offered;   // e.g. the date offered
    QString objection; // e.g. "FRE 802 (hearsay)"
    QString admitted;  // e.g. the date admitted, or "Excluded"
    // File metadata: PDF info (title, author, creation_date, modification_date, producer),
    // e-mail headers. Never the document's date.
    QJsonObject metadata;
    std::optional<qint64> parentId; // the ZIP a document was extracted from
    std::optional<qint64> importId;
    QString createdAt;
};

// One row of `pages`.
struct PageRecord
{
    qint64 id = 0;
    qint64 documentId = 0;
    int number = 1;
    QString text;
    bool needsOcr = false;
    QString bates; // the page's own Bates number; empty until one is assigned
};

// The user-editable fields of a document. The filed date is an ISO day (2021-01-10); the
// document date may be a day, a month (2018-06), a year, circa or a range. An empty value
// clears a nullable field (dates, docket number, exhibit label, Bates numbers, the exhibit
// list's witness/offered/objection/admitted columns).
enum class DocumentField {
    Title,
    ExhibitLabel,
    DocketNumber,
    BatesBegin,
    BatesEnd,
    DocumentDate,
    FiledDate,
    Notes,
    SponsoringWitness,
    Offered,
    Objection,
    Admitted,
    // Where the document date came from (dateSourceName()). Setting DocumentDate without it
    // records "user" (or clears the source with the date).
    DateSource,
    // privilegeBasisName(): attorney-client, work-product or other; empty clears it.
    PrivilegeBasis,
    PrivilegeDescription,
};

using DocumentEdit = QMap<DocumentField, QString>;

// Reads documents, their pages and their originals, and writes the fields a user edits.
// Documents are added by ImportSession.
class DocumentStore final
{
public:
    explicit DocumentStore(Sql::Database &db)
        : m_db(db)
    {}

    Result<DocumentRecord> document(qint64 id);
    // All documents, or those of one kind, in id order.
    Result<QList<DocumentRecord>> documents(std::optional<DocumentKind> kind = std::nullopt);
    Result<qint64> count();
    // Pages in page order.
    Result<QList<PageRecord>> pages(qint64 documentId);
    Result<QString> pageText(qint64 documentId, int number);
    // The original bytes, exactly as imported.
    Result<QByteArray> original(qint64 documentId);
    // The first document filed under this original, if any.
    Result<std::optional<DocumentRecord>> findBySha256(const QString &sha256);
    // Whether a pin cite to pages pageFrom–pageTo of the document can stand: the document exists
    // and the pages lie inside it. The error says why not.
    Status checkCitablePages(qint64 documentId,
                             std::optional<int> pageFrom,
                             std::optional<int> pageTo);

    // All documents, or those of one kind, as lists show them: filings by docket number,
    // exhibits by label (B before AA), then the rest.
    Result<QList<DocumentRecord>> listing(std::optional<DocumentKind> kind = std::nullopt);
    // The stored values of some fields (an unset one is a null QString); NotFound for a
    // missing document.
    Result<DocumentEdit> fields(qint64 documentId, const QList<DocumentField> &fields);
    // Writes the fields as given: trimmed (notes as typed), an empty nullable field as NULL.
    // Validation is the caller's (SetDocumentFieldsCommand).
    Status setFields(qint64 documentId, const DocumentEdit &values);
    // The title of another document that already uses `label` (case-insensitively), if any.
    Result<std::optional<QString>> exhibitLabelUser(const QString &label, qint64 exceptDocumentId);
    // Returns whether the flag changed; NotFound for a missing document.
    Result<bool> setPrivileged(qint64 documentId, bool privileged);

private:
    Sql::Database &m_db;
};

} // namespace Casebinder

#pragma once

#include "result.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Casebinder {

// The role the user gives every document of an import; Auto decides file by file.
enum class DocumentRole { Auto, Filing, Exhibit };

struct ImportOptions
{
    DocumentRole role = DocumentRole::Auto;
    // The id of the importer that reads every file the user chose (e.g. "posts"); empty: each
    // file goes to the importer that recognises it best. Archive entries are always sniffed.
    QString format;
    QString exhibitPrefix; // e.g. "PX-": documents get "PX-1", "PX-2", … after existing ones
    QString password;      // for encrypted PDFs
    QHash<QString, QString> fieldMap; // posts field -> source column, e.g. text -> full_text
    QString platform;                 // posts: when the source has no platform column
    QString flagCategory;             // posts: when the source has no category column
    // Load files (DAT): the field delimiter and text qualifier ("none" for no qualifier); empty:
    // detected from the first line.
    QString loadFileDelimiter;
    QString loadFileQualifier;
    bool repairMojibake = true; // repair double-encoded UTF-8 when it is unambiguous
    // Where the originals came from, recorded as each document's source path instead of the
    // file's location on this machine (e.g. "sample-case" for files written to a temp folder).
    QString provenance;
    // Dockets: each entry also becomes a chronology event (tagged "Docket").
    bool docketEvents = false;

    // What `--kind` and the import dialog call these options: "auto", "filing", "exhibit", or
    // the forced importer's id.
    QString kindName() const;
    // Sets role and format from a kind name (see importKinds()); fails for an unknown name.
    Status setKind(QStringView name);

    QJsonObject toJson() const;
    // Parses "text=full_text,author=user.screen_name" into fieldMap form.
    static Result<QHash<QString, QString>> parseFieldMap(const QString &spec);
};

// A choice of "import as": the document roles, then every importer that may be forced.
struct ImportKindChoice
{
    QString name;      // "auto", "filing", "exhibit", "posts", …
    const char *label; // for the dialog, translatable in the "Casebinder::ImportKinds" context
};
QList<ImportKindChoice> importKinds();
// "auto, filing, exhibit or posts": for help texts and error messages.
QString importKindNames();

} // namespace Casebinder

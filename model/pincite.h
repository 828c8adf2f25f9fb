#pragma once

#include "displaylanguage.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace Casebinder {

// What a pin cite needs to know about a document; filled from a `documents` row.
struct CitableDocument
{
    qint64 id = 0;
    QString kind; // filing, exhibit, other
    QString title;
    QString docketNumber; // "34" for docket entry 34
    QString exhibitLabel; // "A", "Ex. A", "PX-12"
    QString sourceName;   // the file name, when there is no title
};

// What a pin cite needs to know about a post.
struct CitablePost
{
    qint64 id = 0;
    QString externalId;
    QString authorHandle;
};

// What a record cite of a post needs: who posted it where and when, and which exhibit or
// production of the case it came from.
struct PostRecordCite
{
    CitablePost post;
    QString platform;    // "Parler"; empty: unknown
    QString postedAt;    // ISO 8601 as stored (UTC instant, or a bare date); empty: unknown
    QString url;         // cited only when the post has no platform id
    QString sourceCite;  // "Ex. E", "“Flagged posts”"; empty: imported without a document
    qint64 importId = 0; // the import that brought it in, when there is no source document
};

// Court-style pin cites. Pure functions: the exports share them with the screen.
//
// Rules: an exhibit with a label cites the label (`Ex. A at 5`, `PX-12 at 2`; a bare letter or
// number gets "Ex. " in front); a document with a docket entry number cites it
// (`Dkt. 34 at 3–4`); otherwise the title in quotation marks. Page ranges use an en dash.
// Posts cite their platform id and handle: `Post 1234567 (@handle)`.
//
// The connecting words follow the language ("Dkt. 34 at 5", "Dkt. 34, p. 5"); the names of
// documents ("Dkt.", "Ex.", the case's own labels) are the record's and never translated.
namespace PinCite {

// "5", "3–4"; empty when there is no page.
QString pages(std::optional<int> from, std::optional<int> to = std::nullopt);

// The short name of a document without pages: "Dkt. 34", "Ex. A", "PX-12", "“Title”".
QString documentName(const CitableDocument &document);

QString document(const CitableDocument &document,
                 std::optional<int> pageFrom = std::nullopt,
                 std::optional<int> pageTo = std::nullopt,
                 const DisplayLanguage &language = DisplayLanguage::current());

QString post(const CitablePost &post, const DisplayLanguage &language = DisplayLanguage::current());

// The record cite of a post: "Parler post by @handle, 8 Jan 2021 21:14 UTC, ID 1234567
// (Ex. E)". Unknown parts are left out, never guessed; an undated post says "undated".
QString postRecord(const PostRecordCite &post,
                   const DisplayLanguage &language = DisplayLanguage::current());

// "Event: TITLE (START)".
QString event(const QString &title,
              const QString &start,
              const DisplayLanguage &language = DisplayLanguage::current());

// An event cited by its sources' pin cites: "Event: TITLE (DATE) — Dkt. 1 at 3; Ex. A at 5",
// or "Event: TITLE (DATE) — no record cite" when no source documents it.
QString event(const QString &title,
              const QString &date,
              const QStringList &sourceCites,
              const DisplayLanguage &language = DisplayLanguage::current());

} // namespace PinCite
} // namespace Casebinder

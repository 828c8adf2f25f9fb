#include "schema.h"

#include "custodylog.h"
#include "sqlite/database.h"
#include "sqlite/statement.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <array>

using namespace Qt::StringLiterals;

namespace Casebinder::Schema {
namespace {

// Dates are ISO 8601 text (UTC for instants, local calendar dates for document dates);
// booleans are 0/1; JSON lives in TEXT columns named *_json or metadata.
constexpr auto Version1 = uR"SQL(
CREATE TABLE case_meta (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    title         TEXT NOT NULL DEFAULT '',
    case_name     TEXT NOT NULL DEFAULT '',
    court         TEXT NOT NULL DEFAULT '',
    docket_number TEXT NOT NULL DEFAULT '',
    judge         TEXT NOT NULL DEFAULT '',
    notes         TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL
);

-- A rowid table (not WITHOUT ROWID) so originals of many megabytes can be streamed with
-- incremental BLOB I/O.
CREATE TABLE blobs (
    id         INTEGER PRIMARY KEY,
    sha256     TEXT NOT NULL UNIQUE CHECK (length(sha256) = 64),
    size       INTEGER NOT NULL CHECK (size >= 0),
    data       BLOB NOT NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE imports (
    id          INTEGER PRIMARY KEY,
    started_at  TEXT NOT NULL,
    finished_at TEXT,
    user        TEXT NOT NULL DEFAULT '',
    options     TEXT NOT NULL DEFAULT '{}',
    status      TEXT NOT NULL DEFAULT 'running'
                CHECK (status IN ('running', 'committed', 'cancelled', 'failed')),
    report      TEXT NOT NULL DEFAULT '{}'
);

CREATE TABLE documents (
    id            INTEGER PRIMARY KEY,
    kind          TEXT NOT NULL CHECK (kind IN ('filing', 'exhibit', 'other')),
    title         TEXT NOT NULL DEFAULT '',
    document_date TEXT,
    filed_date    TEXT,
    docket_number TEXT,
    exhibit_label TEXT,
    bates_begin   TEXT,
    bates_end     TEXT,
    source_name   TEXT NOT NULL,
    source_path   TEXT NOT NULL DEFAULT '',
    blob_sha256   TEXT NOT NULL REFERENCES blobs (sha256),
    media_type    TEXT NOT NULL DEFAULT 'application/octet-stream',
    page_count    INTEGER NOT NULL DEFAULT 0,
    text_status   TEXT NOT NULL DEFAULT 'extracted'
                  CHECK (text_status IN ('extracted', 'partial', 'needs_ocr', 'none')),
    privileged    INTEGER NOT NULL DEFAULT 0 CHECK (privileged IN (0, 1)),
    notes         TEXT NOT NULL DEFAULT '',
    metadata      TEXT NOT NULL DEFAULT '{}',
    parent_id     INTEGER REFERENCES documents (id) ON DELETE SET NULL,
    import_id     INTEGER REFERENCES imports (id),
    created_at    TEXT NOT NULL
);
CREATE INDEX documents_blob ON documents (blob_sha256);
CREATE INDEX documents_kind ON documents (kind, id);
CREATE INDEX documents_import ON documents (import_id);

CREATE TABLE pages (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    number      INTEGER NOT NULL CHECK (number >= 1),
    text        TEXT NOT NULL DEFAULT '',
    needs_ocr   INTEGER NOT NULL DEFAULT 0 CHECK (needs_ocr IN (0, 1)),
    UNIQUE (document_id, number)
);

CREATE VIRTUAL TABLE pages_fts USING fts5(
    text, content = 'pages', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2');
CREATE TRIGGER pages_fts_insert AFTER INSERT ON pages BEGIN
    INSERT INTO pages_fts (rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER pages_fts_delete AFTER DELETE ON pages BEGIN
    INSERT INTO pages_fts (pages_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER pages_fts_update AFTER UPDATE OF text ON pages BEGIN
    INSERT INTO pages_fts (pages_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO pages_fts (rowid, text) VALUES (new.id, new.text);
END;

CREATE TABLE posts (
    id                 INTEGER PRIMARY KEY,
    platform           TEXT NOT NULL DEFAULT '',
    external_id        TEXT NOT NULL DEFAULT '',
    author_name        TEXT NOT NULL DEFAULT '',
    author_handle      TEXT NOT NULL DEFAULT '',
    posted_at          TEXT,
    text               TEXT NOT NULL DEFAULT '',
    url                TEXT NOT NULL DEFAULT '',
    flag_category      TEXT NOT NULL DEFAULT '',
    flagged_by         TEXT NOT NULL DEFAULT '',
    reported_on        TEXT,
    status             TEXT NOT NULL DEFAULT 'unknown'
                       CHECK (status IN ('removed', 'up', 'unknown')),
    extra              TEXT NOT NULL DEFAULT '{}',
    notes              TEXT NOT NULL DEFAULT '',
    source_document_id INTEGER REFERENCES documents (id) ON DELETE SET NULL,
    import_id          INTEGER REFERENCES imports (id)
);
CREATE INDEX posts_posted_at ON posts (posted_at);
CREATE INDEX posts_author ON posts (author_handle);
CREATE INDEX posts_category ON posts (flag_category);
CREATE INDEX posts_import ON posts (import_id);

CREATE VIRTUAL TABLE posts_fts USING fts5(
    text, content = 'posts', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2');
CREATE TRIGGER posts_fts_insert AFTER INSERT ON posts BEGIN
    INSERT INTO posts_fts (rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER posts_fts_delete AFTER DELETE ON posts BEGIN
    INSERT INTO posts_fts (posts_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;
CREATE TRIGGER posts_fts_update AFTER UPDATE OF text ON posts BEGIN
    INSERT INTO posts_fts (posts_fts, rowid, text) VALUES ('delete', old.id, old.text);
    INSERT INTO posts_fts (rowid, text) VALUES (new.id, new.text);
END;

CREATE TABLE claims (
    id             INTEGER PRIMARY KEY,
    parent_id      INTEGER REFERENCES claims (id) ON DELETE CASCADE,
    position       INTEGER NOT NULL DEFAULT 0,
    kind           TEXT NOT NULL DEFAULT 'claim' CHECK (kind IN ('claim', 'element', 'factor')),
    title          TEXT NOT NULL,
    description    TEXT NOT NULL DEFAULT '',
    asserted_by    TEXT NOT NULL DEFAULT '',
    legal_standard TEXT NOT NULL DEFAULT '',
    status         TEXT NOT NULL DEFAULT 'open',
    template_id    TEXT,
    notes          TEXT NOT NULL DEFAULT '',
    CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE INDEX claims_parent ON claims (parent_id, position);

CREATE TABLE claim_templates (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    definition TEXT NOT NULL
);

CREATE TABLE entities (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL DEFAULT 'organisation' CHECK (kind IN ('person', 'organisation')),
    name        TEXT NOT NULL,
    role        TEXT NOT NULL DEFAULT 'third_party'
                CHECK (role IN ('party', 'counsel', 'judge', 'witness', 'third_party')),
    description TEXT NOT NULL DEFAULT '',
    notes       TEXT NOT NULL DEFAULT ''
);

CREATE TABLE events (
    id          INTEGER PRIMARY KEY,
    start       TEXT NOT NULL,
    end         TEXT,
    precision   TEXT NOT NULL DEFAULT 'day' CHECK (precision IN ('minute', 'day', 'month', 'year')),
    circa       INTEGER NOT NULL DEFAULT 0 CHECK (circa IN (0, 1)),
    time_zone   TEXT NOT NULL DEFAULT '',
    title       TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    disputed    INTEGER NOT NULL DEFAULT 0 CHECK (disputed IN (0, 1)),
    notes       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX events_start ON events (start);

CREATE TABLE event_sources (
    id          INTEGER PRIMARY KEY,
    event_id    INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    document_id INTEGER REFERENCES documents (id) ON DELETE CASCADE,
    page_from   INTEGER,
    page_to     INTEGER,
    post_id     INTEGER REFERENCES posts (id) ON DELETE CASCADE,
    note        TEXT NOT NULL DEFAULT '',
    CHECK ((document_id IS NULL) <> (post_id IS NULL)),
    CHECK (page_to IS NULL OR page_from <= page_to)
);
CREATE INDEX event_sources_event ON event_sources (event_id);

CREATE TABLE event_entities (
    event_id  INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    entity_id INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
    PRIMARY KEY (event_id, entity_id)
) WITHOUT ROWID;

CREATE TABLE document_entities (
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    entity_id   INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
    PRIMARY KEY (document_id, entity_id)
) WITHOUT ROWID;

CREATE TABLE evidence_links (
    id             INTEGER PRIMARY KEY,
    claim_id       INTEGER NOT NULL REFERENCES claims (id) ON DELETE CASCADE,
    document_id    INTEGER REFERENCES documents (id) ON DELETE CASCADE,
    page_from      INTEGER,
    page_to        INTEGER,
    post_id        INTEGER REFERENCES posts (id) ON DELETE CASCADE,
    event_id       INTEGER REFERENCES events (id) ON DELETE CASCADE,
    quote          TEXT NOT NULL DEFAULT '',
    quote_verified INTEGER CHECK (quote_verified IN (0, 1)),
    stance         TEXT NOT NULL DEFAULT 'supports'
                   CHECK (stance IN ('supports', 'undermines', 'context')),
    weight         INTEGER NOT NULL DEFAULT 3 CHECK (weight BETWEEN 1 AND 5),
    note           TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    CHECK ((document_id IS NOT NULL) + (post_id IS NOT NULL) + (event_id IS NOT NULL) = 1),
    CHECK (page_to IS NULL OR page_from <= page_to)
);
CREATE INDEX evidence_links_claim ON evidence_links (claim_id);
CREATE INDEX evidence_links_document ON evidence_links (document_id);
CREATE INDEX evidence_links_post ON evidence_links (post_id);
CREATE INDEX evidence_links_event ON evidence_links (event_id);

CREATE TABLE tags (
    id        INTEGER PRIMARY KEY,
    parent_id INTEGER REFERENCES tags (id) ON DELETE CASCADE,
    name      TEXT NOT NULL CHECK (length(name) > 0),
    color     TEXT NOT NULL DEFAULT '#808080',
    hotkey    TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX tags_name ON tags (ifnull(parent_id, 0), name);

CREATE TABLE taggings (
    tag_id      INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    target_kind TEXT NOT NULL CHECK (target_kind IN ('document', 'page', 'post', 'event')),
    target_id   INTEGER NOT NULL,
    PRIMARY KEY (tag_id, target_kind, target_id)
) WITHOUT ROWID;
CREATE INDEX taggings_target ON taggings (target_kind, target_id);
CREATE TRIGGER documents_untag AFTER DELETE ON documents BEGIN
    DELETE FROM taggings WHERE target_kind = 'document' AND target_id = old.id;
END;
CREATE TRIGGER pages_untag AFTER DELETE ON pages BEGIN
    DELETE FROM taggings WHERE target_kind = 'page' AND target_id = old.id;
END;
CREATE TRIGGER posts_untag AFTER DELETE ON posts BEGIN
    DELETE FROM taggings WHERE target_kind = 'post' AND target_id = old.id;
END;
CREATE TRIGGER events_untag AFTER DELETE ON events BEGIN
    DELETE FROM taggings WHERE target_kind = 'event' AND target_id = old.id;
END;

CREATE TABLE custody_log (
    id      INTEGER PRIMARY KEY,
    at      TEXT NOT NULL,
    user    TEXT NOT NULL,
    action  TEXT NOT NULL CHECK (action IN ('create', 'migrate', 'import', 'export', 'verify')),
    subject TEXT NOT NULL DEFAULT '',
    sha256  TEXT NOT NULL DEFAULT '',
    details TEXT NOT NULL DEFAULT '{}'
);
CREATE TRIGGER custody_log_no_update BEFORE UPDATE ON custody_log BEGIN
    SELECT RAISE(ABORT, 'the custody log is append-only');
END;
CREATE TRIGGER custody_log_no_delete BEFORE DELETE ON custody_log BEGIN
    SELECT RAISE(ABORT, 'the custody log is append-only');
END;
)SQL";

// Version 2: user-visible export records, so `verify` can find every manifest it must check,
// and a settings table for per-case preferences (tag hotkeys, default export options).
constexpr auto Version2 = uR"SQL(
CREATE TABLE exports (
    id            INTEGER PRIMARY KEY,
    at            TEXT NOT NULL,
    kind          TEXT NOT NULL,
    path          TEXT NOT NULL,
    sha256        TEXT NOT NULL,
    manifest_json TEXT NOT NULL DEFAULT '{}'
);
CREATE TABLE case_settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
)SQL";

// Version 3 (decision 0007): a document's date says where it came from, and a PDF's creation
// date is file metadata, never the document's date; the optional columns of a trial exhibit
// list; an event's dispute status has a third state, "not assessed".
constexpr auto Version3 = uR"SQL(
ALTER TABLE documents ADD COLUMN date_source TEXT
    CHECK (date_source IN ('user', 'manifest', 'email_header', 'docket', 'load_file'));
ALTER TABLE documents ADD COLUMN sponsoring_witness TEXT;
ALTER TABLE documents ADD COLUMN offered TEXT;
ALTER TABLE documents ADD COLUMN objection TEXT;
ALTER TABLE documents ADD COLUMN admitted TEXT;

ALTER TABLE events ADD COLUMN dispute TEXT NOT NULL DEFAULT 'unassessed'
    CHECK (dispute IN ('unassessed', 'undisputed', 'disputed'));
UPDATE events SET dispute = 'disputed' WHERE disputed = 1;
ALTER TABLE events DROP COLUMN disputed;
)SQL";

// Version 4 (decision 0012): what OCR recognised on a page. The text sits beside the page's
// extracted text, which stays as the import stored it, and is indexed with it: pages_fts gets
// a second column and is rebuilt once. The rest of an OCR result (mean confidence, word boxes
// in page points, engine, languages) is in page_ocr, written in the same transaction as the
// text, so a page has both or neither.
constexpr auto Version4 = uR"SQL(
ALTER TABLE pages ADD COLUMN ocr_text TEXT;

CREATE TABLE page_ocr (
    page_id       INTEGER PRIMARY KEY REFERENCES pages (id) ON DELETE CASCADE,
    confidence    REAL NOT NULL CHECK (confidence BETWEEN 0 AND 100),
    words_json    TEXT NOT NULL DEFAULT '[]',
    engine        TEXT NOT NULL,
    languages     TEXT NOT NULL,
    rotation      INTEGER NOT NULL DEFAULT 0 CHECK (rotation IN (0, 90, 180, 270)),
    dpi           REAL NOT NULL CHECK (dpi > 0),
    recognised_at TEXT NOT NULL
);

DROP TRIGGER pages_fts_insert;
DROP TRIGGER pages_fts_delete;
DROP TRIGGER pages_fts_update;
DROP TABLE pages_fts;
CREATE VIRTUAL TABLE pages_fts USING fts5(
    text, ocr_text, content = 'pages', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2');
CREATE TRIGGER pages_fts_insert AFTER INSERT ON pages BEGIN
    INSERT INTO pages_fts (rowid, text, ocr_text) VALUES (new.id, new.text, new.ocr_text);
END;
CREATE TRIGGER pages_fts_delete AFTER DELETE ON pages BEGIN
    INSERT INTO pages_fts (pages_fts, rowid, text, ocr_text)
        VALUES ('delete', old.id, old.text, old.ocr_text);
END;
CREATE TRIGGER pages_fts_update AFTER UPDATE OF text, ocr_text ON pages BEGIN
    INSERT INTO pages_fts (pages_fts, rowid, text, ocr_text)
        VALUES ('delete', old.id, old.text, old.ocr_text);
    INSERT INTO pages_fts (rowid, text, ocr_text) VALUES (new.id, new.text, new.ocr_text);
END;
INSERT INTO pages_fts (pages_fts) VALUES ('rebuild');
)SQL";

// Version 5 (decision 0015): court dockets. An entry is known by its docket and its key (the
// document number, else PACER's sequence number, else its date and text), so importing a later
// download of the docket updates entries instead of adding them twice. `document_id` is the
// filing linked to an entry (none yet).
constexpr auto Version5 = uR"SQL(
CREATE TABLE dockets (
    id              INTEGER PRIMARY KEY,
    court_id        TEXT NOT NULL,
    docket_number   TEXT NOT NULL,
    case_name       TEXT NOT NULL DEFAULT '',
    date_filed      TEXT,
    date_terminated TEXT,
    assigned_to     TEXT NOT NULL DEFAULT '',
    referred_to     TEXT NOT NULL DEFAULT '',
    cause           TEXT NOT NULL DEFAULT '',
    nature_of_suit  TEXT NOT NULL DEFAULT '',
    jury_demand     TEXT NOT NULL DEFAULT '',
    jurisdiction    TEXT NOT NULL DEFAULT '',
    source_document_id INTEGER REFERENCES documents(id) ON DELETE SET NULL,
    UNIQUE (court_id, docket_number)
);
CREATE TABLE docket_parties (
    id              INTEGER PRIMARY KEY,
    docket_id       INTEGER NOT NULL REFERENCES dockets(id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,
    name            TEXT NOT NULL,
    type            TEXT NOT NULL DEFAULT '',
    date_terminated TEXT
);
CREATE INDEX docket_parties_docket ON docket_parties(docket_id, position);
CREATE TABLE docket_attorneys (
    id         INTEGER PRIMARY KEY,
    party_id   INTEGER NOT NULL REFERENCES docket_parties(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    name       TEXT NOT NULL,
    contact    TEXT NOT NULL DEFAULT '',
    roles_json TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX docket_attorneys_party ON docket_attorneys(party_id, position);
CREATE TABLE docket_entries (
    id              INTEGER PRIMARY KEY,
    docket_id       INTEGER NOT NULL REFERENCES dockets(id) ON DELETE CASCADE,
    entry_key       TEXT NOT NULL,
    document_number TEXT NOT NULL DEFAULT '',
    date_filed      TEXT,
    date_entered    TEXT,
    description     TEXT NOT NULL DEFAULT '',
    pacer_doc_id    TEXT NOT NULL DEFAULT '',
    pacer_seq_no    TEXT NOT NULL DEFAULT '',
    document_id     INTEGER REFERENCES documents(id) ON DELETE SET NULL,
    UNIQUE (docket_id, entry_key)
);
CREATE TABLE docket_attachments (
    id                INTEGER PRIMARY KEY,
    entry_id          INTEGER NOT NULL REFERENCES docket_entries(id) ON DELETE CASCADE,
    attachment_number INTEGER NOT NULL,
    description       TEXT NOT NULL DEFAULT '',
    pacer_doc_id      TEXT NOT NULL DEFAULT '',
    UNIQUE (entry_id, attachment_number)
);
)SQL";

// Version 6 (decision 0016): the files a load-file record came with. A record's native is its
// original (documents.blob_sha256); its page images, text file and native are each listed here
// with the path the load file gave, every one a blob kept byte for byte. Bates numbers are
// looked up while a production is read (duplicates, families).
constexpr auto Version6 = uR"SQL(
CREATE TABLE document_files (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    role        TEXT NOT NULL CHECK (role IN ('native', 'image', 'text')),
    page_number INTEGER CHECK (page_number IS NULL OR page_number >= 1),
    frame       INTEGER NOT NULL DEFAULT 0 CHECK (frame >= 0),
    image_key   TEXT,
    blob_sha256 TEXT NOT NULL REFERENCES blobs (sha256),
    source_path TEXT NOT NULL DEFAULT ''
);
CREATE INDEX document_files_document ON document_files (document_id, role, page_number);
CREATE INDEX document_files_blob ON document_files (blob_sha256);
CREATE INDEX documents_bates ON documents (bates_begin);
)SQL";

// Version 7 (decision 0017): a privileged document's basis and the log's description of it
// (FRCP 26(b)(5)(A)), and each page's own Bates number. A document's bates_begin/bates_end stay
// its first and last page's numbers; page numbers are unique across the case. Each production
// (`produce`) is recorded with its documents, their Bates ranges and the SHA-256 of every file
// it wrote, so `verify --manifest FOLDER` can check the folder later.
constexpr auto Version7 = uR"SQL(
ALTER TABLE documents ADD COLUMN privilege_basis TEXT
    CHECK (privilege_basis IN ('attorney-client', 'work-product', 'other'));
ALTER TABLE documents ADD COLUMN privilege_description TEXT;
ALTER TABLE pages ADD COLUMN bates TEXT;
CREATE UNIQUE INDEX pages_bates ON pages (bates) WHERE bates IS NOT NULL;
CREATE TABLE productions (
    id                 INTEGER PRIMARY KEY,
    volume             TEXT NOT NULL,
    produced_at        TEXT NOT NULL,
    recipient          TEXT,
    folder             TEXT NOT NULL,
    legend             TEXT NOT NULL DEFAULT '',
    images             TEXT NOT NULL DEFAULT 'pdf' CHECK (images IN ('pdf', 'tiff')),
    include_privileged INTEGER NOT NULL DEFAULT 0,
    bates_begin        TEXT NOT NULL,
    bates_end          TEXT NOT NULL
);
CREATE TABLE production_documents (
    production_id INTEGER NOT NULL REFERENCES productions(id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    document_id   INTEGER REFERENCES documents(id) ON DELETE SET NULL,
    bates_begin   TEXT NOT NULL,
    bates_end     TEXT NOT NULL,
    treatment     TEXT NOT NULL CHECK (treatment IN ('imaged', 'native', 'withheld')),
    PRIMARY KEY (production_id, position)
);
CREATE TABLE production_files (
    production_id INTEGER NOT NULL REFERENCES productions(id) ON DELETE CASCADE,
    path          TEXT NOT NULL,
    sha256        TEXT NOT NULL,
    size          INTEGER NOT NULL,
    PRIMARY KEY (production_id, path)
);
)SQL";

// Version 8 (decision 0015): an attachment (an exhibit filed with entry 12 as "Dkt. 12-3") is
// linked to its document as an entry is; a docket keeps PACER's case id when its source gives
// it, which RECAP file names use, and CourtListener's id, which its pages of entries use; an
// entry remembers the chronology event made of it.
constexpr auto Version8Dockets = uR"SQL(
ALTER TABLE dockets ADD COLUMN pacer_case_id TEXT NOT NULL DEFAULT '';
ALTER TABLE dockets ADD COLUMN courtlistener_id TEXT NOT NULL DEFAULT '';
ALTER TABLE docket_entries ADD COLUMN event_id INTEGER REFERENCES events(id) ON DELETE SET NULL;
ALTER TABLE docket_attachments ADD COLUMN document_id INTEGER
    REFERENCES documents(id) ON DELETE SET NULL;
CREATE INDEX docket_entries_document ON docket_entries(document_id);
CREATE INDEX docket_attachments_document ON docket_attachments(document_id);
)SQL";

// Version 9 (decision 0020): a page OCR could not read is recorded with its reason, the engine
// and the languages it was tried with, so the next run leaves it alone until it is forced or
// the engine or languages change. A document's text_status follows its pages' OCR: it says
// "needs_ocr" only while none of its pages has text from either source.
constexpr auto Version9Ocr = uR"SQL(
CREATE TABLE page_ocr_failures (
    page_id   INTEGER PRIMARY KEY REFERENCES pages (id) ON DELETE CASCADE,
    engine    TEXT NOT NULL,
    languages TEXT NOT NULL,
    reason    TEXT NOT NULL,
    failed_at TEXT NOT NULL
);
UPDATE documents SET text_status = CASE
        WHEN NOT EXISTS (SELECT 1 FROM pages p WHERE p.document_id = documents.id
                         AND p.needs_ocr = 1 AND p.ocr_text IS NULL) THEN 'extracted'
        ELSE 'partial' END
    WHERE text_status IN ('needs_ocr', 'partial')
      AND EXISTS (SELECT 1 FROM pages p WHERE p.document_id = documents.id
                  AND p.ocr_text IS NOT NULL);
)SQL";

constexpr std::array Migrations = {Version1,
                                   Version2,
                                   Version3,
                                   Version4,
                                   Version5,
                                   Version6,
                                   Version7,
                                   Version8Dockets,
                                   Version9Ocr};

// Documents whose date an earlier importer took from the PDF's CreationDate: a PDF with a
// recorded creation date whose document_date is that date (UTC, as the importer stored it),
// and which no manifest can have dated (no manifest.csv beside it in its archive). A date a
// user typed is kept unless it is exactly the creation date, which the user cannot be told
// apart from; that case is logged, so it can be restored from the custody log and metadata.
constexpr auto ImportedCreationDates = uR"SQL(
SELECT d.id, d.document_date, d.blob_sha256, d.source_name
FROM documents d
WHERE d.media_type = 'application/pdf'
  AND d.document_date IS NOT NULL
  AND json_extract(d.metadata, '$.creation_date') IS NOT NULL
  AND d.document_date = substr(json_extract(d.metadata, '$.creation_date'), 1, 10)
  AND NOT EXISTS (SELECT 1 FROM documents m
                  WHERE d.parent_id IS NOT NULL AND m.parent_id = d.parent_id
                    AND lower(m.source_name) = 'manifest.csv')
)SQL";

Status moveCreationDatesToMetadata(Sql::Database &db)
{
    auto select = db.prepare(QString::fromUtf16(ImportedCreationDates));
    if (!select)
        return fail(select.error());
    struct Found
    {
        qint64 id;
        QString date;
        QString sha256;
        QString name;
    };
    QList<Found> found;
    for (;;) {
        auto row = select->step();
        if (!row)
            return fail(row.error());
        if (!*row)
            break;
        found.append({select->integer(0), select->text(1), select->text(2), select->text(3)});
    }
    auto update = db.prepare(
        u"UPDATE documents SET document_date = NULL, date_source = NULL, "
        u"metadata = json_set(metadata, '$.former_document_date', document_date) WHERE id = ?"_s);
    if (!update)
        return fail(update.error());
    for (const Found &document : std::as_const(found)) {
        update->reset();
        update->bind(1, document.id);
        if (auto done = update->exec(); !done)
            return done;
        if (auto logged = CustodyLog(db).append(
                CustodyLog::Action::Migrate,
                u"document %1 (%2)"_s.arg(document.id).arg(document.name),
                document.sha256,
                QJsonObject{{u"document"_s, document.id},
                            {u"cleared_document_date"_s, document.date},
                            {u"reason"_s,
                             u"The date was the PDF's creation date (file metadata), not the "
                             u"document's own date; it is kept in the metadata as "
                             u"former_document_date."_s}});
            !logged)
            return logged;
    }
    return {};
}

} // namespace

int currentVersion()
{
    return int(Migrations.size());
}

Status migrate(Sql::Database &db, int fromVersion, int toVersion)
{
    if (fromVersion < 0 || toVersion > currentVersion() || fromVersion > toVersion)
        return fail(Error::Code::InvalidArgument,
                    QStringLiteral("Cannot migrate the case from schema %1 to %2")
                        .arg(fromVersion)
                        .arg(toVersion));
    for (int version = fromVersion + 1; version <= toVersion; ++version) {
        if (auto done = db.exec(QString::fromUtf16(Migrations[size_t(version - 1)])); !done)
            return done;
        if (version == 3 && fromVersion > 0) {
            if (auto done = moveCreationDatesToMetadata(db); !done)
                return done;
        }
        if (auto done = db.exec(QStringLiteral("PRAGMA user_version = %1").arg(version)); !done)
            return done;
    }
    return {};
}

} // namespace Casebinder::Schema

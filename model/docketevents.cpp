#include "docketevents.h"

#include "docketlinker.h"
#include "eventstore.h"
#include "rowloop.h"
#include "sqlite/database.h"
#include "sqlite/statement.h"
#include "tagstore.h"

using namespace Qt::StringLiterals;

namespace Casebinder {
namespace {

const QString DocketTag = QStringLiteral("Docket");

Result<qint64> docketTagId(Sql::Database &db)
{
    TagStore tags(db);
    if (auto found = tags.find(DocketTag); found)
        return found->id;
    else if (found.error().code != Error::Code::NotFound)
        return fail(found.error());
    TagRecord tag;
    tag.name = DocketTag;
    tag.color = u"#5b6b7f"_s;
    return tags.create(tag);
}

} // namespace

Result<DocketEventsOutcome> DocketEvents::addMissing()
{
    struct Entry
    {
        qint64 id;
        QString number;
        QDate filed;
        QString text;
        std::optional<qint64> filing;
        std::optional<qint64> docketFile;
    };
    auto select = m_db.prepare(
        u"SELECT e.id, e.document_number, e.date_filed, e.description, e.document_id, "
        u"       k.source_document_id "
        u"FROM docket_entries e JOIN dockets k ON k.id = e.docket_id "
        u"WHERE e.event_id IS NULL ORDER BY e.docket_id, coalesce(e.date_filed, ''), e.id"_s);
    if (!select)
        return fail(select.error());
    QList<Entry> entries;
    if (auto done = Sql::forEachRow(*select,
                                    [&](Sql::Statement &row) {
                                        entries.append({row.integer(0),
                                                        row.text(1),
                                                        QDate::fromString(row.text(2), Qt::ISODate),
                                                        row.text(3),
                                                        row.optionalInteger(4),
                                                        row.optionalInteger(5)});
                                    });
        !done)
        return fail(done.error());

    DocketEventsOutcome outcome;
    if (entries.isEmpty())
        return outcome;
    auto tagId = docketTagId(m_db);
    if (!tagId)
        return fail(tagId.error());
    EventStore events(m_db);
    auto mark = m_db.prepare(u"UPDATE docket_entries SET event_id = ? WHERE id = ?"_s);
    if (!mark)
        return fail(mark.error());
    QList<TagTarget> tagged;
    for (const Entry &entry : std::as_const(entries)) {
        if (!entry.filed.isValid()) {
            ++outcome.undated;
            continue;
        }
        const QString label
            = entry.number.isEmpty() ? u"Docket entry"_s : u"Dkt. "_s + entry.number;
        EventRecord event;
        event.date = EventDate::day(entry.filed);
        const QString title = docketEntryTitle(entry.text);
        event.title = title.isEmpty() ? label : label + u" — "_s + title;
        event.description = entry.text;
        if (const auto source = entry.filing ? entry.filing : entry.docketFile) {
            EventSource cited;
            cited.documentId = source;
            cited.note = entry.filing ? QString() : u"Docket entry, as listed on the docket"_s;
            event.sources.append(cited);
        }
        auto id = events.insert(event);
        if (!id)
            return fail(id.error());
        mark->reset();
        mark->bind(1, *id).bind(2, entry.id);
        if (auto done = mark->exec(); !done)
            return fail(done.error());
        tagged.append({TagTargetKind::Event, *id});
        ++outcome.added;
    }
    if (!tagged.isEmpty()) {
        if (auto applied = TagStore(m_db).apply(*tagId, tagged); !applied)
            return fail(applied.error());
    }
    return outcome;
}

} // namespace Casebinder

#include "casedocument.h"
#include "commands/documentcommands.h"
#include "commands/entitycommands.h"
#include "commands/eventcommands.h"
#include "commands/tagcommands.h"
#include "model/chronologyfixture.h"
#include "rowloop.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Casebinder;
using namespace ChronologyFixture;
using namespace Qt::StringLiterals;

class TestChronologyCommands : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CaseDocument> m_document;
    qint64 m_exhibit = 0;
    qint64 m_entity = 0;
    qint64 m_tag = 0;

    // Everything the chronology commands can touch, as text, so that "undo restores the case"
    // is one comparison.
    QString dump()
    {
        QString text;
        for (const QString &table : {u"events"_s,
                                     u"event_sources"_s,
                                     u"event_entities"_s,
                                     u"entities"_s,
                                     u"document_entities"_s,
                                     u"tags"_s,
                                     u"taggings"_s,
                                     u"evidence_links"_s,
                                     u"documents"_s,
                                     u"posts"_s}) {
            auto statement = m_document->caseFile().db().prepare(u"SELECT * FROM %1"_s.arg(table));
            if (!statement)
                return statement.error().message;
            QStringList lines;
            auto done = Sql::forEachRow(*statement, [&](const Sql::Statement &s) {
                QStringList values;
                for (int column = 0; column < s.columnCount(); ++column)
                    values.append(s.isNull(column) ? u"NULL"_s : s.value(column).toString());
                lines.append(values.join(u'|'));
            });
            if (!done)
                return done.error().message;
            lines.sort();
            text += table + u":\n" + lines.join(u'\n') + u'\n';
        }
        return text;
    }

    // Pushes the command and proves undo and redo give back exactly the before and after.
    void roundTrip(std::unique_ptr<CaseCommand> command)
    {
        const QString before = dump();
        auto pushed = m_document->push(std::move(command));
        QVERIFY2(pushed, qPrintable(pushed ? QString() : pushed.error().message));
        const QString after = dump();
        QVERIFY(after != before);
        m_document->undoStack()->undo();
        QCOMPARE(dump(), before);
        m_document->undoStack()->redo();
        QCOMPARE(dump(), after);
        m_document->undoStack()->undo();
        m_document->undoStack()->redo();
        QCOMPARE(dump(), after);
    }

    qint64 addEvent(const QString &date, const QString &title)
    {
        EventRecord record;
        record.date = *EventDate::parse(date);
        record.title = title;
        auto command = std::make_unique<AddEventCommand>(*m_document, record);
        AddEventCommand *added = command.get();
        if (!m_document->push(std::move(command)))
            return 0;
        return added->eventId();
    }

private slots:
    void init()
    {
        static int n = 0;
        auto created = CaseFile::create(m_dir.filePath(u"cmd%1.casebinder"_s.arg(++n)), {});
        QVERIFY(created);
        m_document = std::make_unique<CaseDocument>(std::move(*created));
        Sql::Database &db = m_document->caseFile().db();
        m_exhibit = insertDocument(db, u"exhibit"_s, u"Agreement"_s, 10, u"A"_s);
        QVERIFY(insertDocument(db, u"exhibit"_s, u"Letter"_s, 2, u"B"_s));
        QVERIFY(insertPosts(db, 20));
        m_entity = *EntityStore(db).insert(
            {0, EntityKind::Organisation, u"Parler LLC"_s, EntityRole::Party, {}, {}});
        m_tag = *TagStore(db).create({0, std::nullopt, u"Key"_s, u"#123456"_s, {}});
        QVERIFY(db.exec(u"INSERT INTO claims (id, title) VALUES (1, 'Breach')"_s));
    }

    void cleanup() { m_document.reset(); }

    void addEvent()
    {
        EventRecord record;
        record.date = *EventDate::parse(u"circa 2021-01-17..2021-01-18"_s);
        record.title = u"Parler offline"_s;
        record.sources = {EventSource::document(m_exhibit, 2, 3), EventSource::post(4)};
        record.entityIds = {m_entity};
        QSignalSpy changed(m_document.get(), &CaseDocument::changed);
        roundTrip(std::make_unique<AddEventCommand>(*m_document, record));
        QCOMPARE(changed.constFirst().constFirst().value<CaseTable>(), CaseTable::Events);
        QCOMPARE(m_document->undoStack()->text(0), u"Add event “Parler offline”"_s);
    }

    void editEvent()
    {
        const qint64 id = addEvent(u"2021-01-10"_s, u"Before"_s);
        EventRecord edited = *EventStore(m_document->caseFile().db()).event(id);
        edited.title = u"After"_s;
        edited.date = *EventDate::parse(u"2021-01-10 23:59 PST"_s);
        edited.dispute = DisputeStatus::Disputed;
        edited.notes = u"check the log"_s;
        roundTrip(std::make_unique<EditEventCommand>(*m_document, edited));
        // A failed edit is refused and not pushed.
        edited.title.clear();
        const int count = m_document->undoStack()->count();
        QVERIFY(!m_document->push(std::make_unique<EditEventCommand>(*m_document, edited)));
        QCOMPARE(m_document->undoStack()->count(), count);
    }

    void deleteEventRestoresEverything()
    {
        EventRecord record;
        record.date = *EventDate::parse(u"2021-01-10"_s);
        record.title = u"Suspension"_s;
        record.sources = {EventSource::document(m_exhibit, 5), EventSource::post(2)};
        record.entityIds = {m_entity};
        Sql::Database &db = m_document->caseFile().db();
        const qint64 id = *EventStore(db).insert(record);
        QVERIFY(TagStore(db).apply(m_tag, {{TagTargetKind::Event, id}}));
        QVERIFY(db.exec(u"INSERT INTO evidence_links (claim_id, event_id, stance, weight, note,"
                        " created_at) VALUES (1, %1, 'undermines', 4, 'n', 'now')"_s.arg(id)));
        roundTrip(std::make_unique<DeleteEventCommand>(*m_document, id));
        QCOMPARE(scalar(db, u"SELECT count(*) FROM evidence_links"_s), 0);
        m_document->undoStack()->undo();
        QCOMPARE(scalar(db, u"SELECT count(*) FROM evidence_links WHERE event_id = %1"_s.arg(id)),
                 1);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM taggings WHERE target_kind = 'event'"_s), 1);
        QVERIFY(!m_document->push(std::make_unique<DeleteEventCommand>(*m_document, 999)));
    }

    void eventSources()
    {
        const qint64 id = addEvent(u"2021-01"_s, u"January"_s);
        roundTrip(std::make_unique<AddEventSourceCommand>(
            *m_document, id, EventSource::document(m_exhibit, 7)));
        const qint64 source
            = EventStore(m_document->caseFile().db()).event(id)->sources.constFirst().id;
        roundTrip(std::make_unique<RemoveEventSourceCommand>(*m_document, source));
        QVERIFY(!m_document->push(std::make_unique<AddEventSourceCommand>(
            *m_document, id, EventSource::document(m_exhibit, 11))));
    }

    void entities()
    {
        roundTrip(std::make_unique<AddEntityCommand>(
            *m_document,
            EntityRecord{
                0, EntityKind::Person, u"John Matze"_s, EntityRole::Witness, u"CEO"_s, {}}));
        EntityRecord edited = *EntityStore(m_document->caseFile().db()).entity(m_entity);
        edited.name = u"Parler, LLC"_s;
        edited.role = EntityRole::ThirdParty;
        roundTrip(std::make_unique<EditEntityCommand>(*m_document, edited));
        const qint64 event = addEvent(u"2021-01-10"_s, u"Suspension"_s);
        roundTrip(std::make_unique<LinkEntityCommand>(
            *m_document, m_entity, LinkEntityCommand::Target::Event, event));
        roundTrip(std::make_unique<LinkEntityCommand>(
            *m_document, m_entity, LinkEntityCommand::Target::Document, m_exhibit));
        roundTrip(std::make_unique<LinkEntityCommand>(*m_document,
                                                      m_entity,
                                                      LinkEntityCommand::Target::Event,
                                                      event,
                                                      LinkEntityCommand::Action::Unlink));
        roundTrip(std::make_unique<DeleteEntityCommand>(*m_document, m_entity));
    }

    void tags()
    {
        auto create = std::make_unique<CreateTagCommand>(
            *m_document, TagRecord{0, m_tag, u"Sub"_s, u"#abcdef"_s, u"2"_s});
        CreateTagCommand *created = create.get();
        roundTrip(std::move(create));
        const qint64 sub = created->tagId();
        TagRecord renamed = *TagStore(m_document->caseFile().db()).tag(sub);
        renamed.name = u"Renamed"_s;
        roundTrip(std::make_unique<EditTagCommand>(*m_document, renamed));
        QCOMPARE(m_document->undoStack()->text(m_document->undoStack()->index() - 1),
                 u"Rename tag “Sub” to “Renamed”"_s);
        TagRecord recoloured = renamed;
        recoloured.color = u"#000000"_s;
        roundTrip(std::make_unique<EditTagCommand>(*m_document, recoloured));

        QList<TagTarget> selection;
        for (qint64 post = 1; post <= 20; ++post)
            selection.append({TagTargetKind::Post, post});
        selection.append({TagTargetKind::Document, m_exhibit});
        auto page = TagStore(m_document->caseFile().db()).pageTarget(m_exhibit, 2);
        selection.append(*page);
        const int before = m_document->undoStack()->count();
        roundTrip(std::make_unique<ApplyTagCommand>(*m_document, sub, selection));
        QCOMPARE(m_document->undoStack()->count(), before + 1); // one step for the selection
        QCOMPARE(scalar(m_document->caseFile().db(), u"SELECT count(*) FROM taggings"_s), 22);
        roundTrip(std::make_unique<ApplyTagCommand>(
            *m_document, sub, selection.mid(0, 5), ApplyTagCommand::Action::Remove));
        // Undoing a partial re-apply leaves the targets that were already tagged alone.
        roundTrip(std::make_unique<ApplyTagCommand>(*m_document, sub, selection));
        // Delete the parent: the sub-tag and all its taggings come back on undo.
        roundTrip(std::make_unique<DeleteTagCommand>(*m_document, m_tag));
        QCOMPARE(scalar(m_document->caseFile().db(), u"SELECT count(*) FROM taggings"_s), 0);
        m_document->undoStack()->undo();
        QCOMPARE(scalar(m_document->caseFile().db(), u"SELECT count(*) FROM taggings"_s), 22);
    }

    void documentEdits()
    {
        roundTrip(
            std::make_unique<SetPrivilegedCommand>(*m_document, QList<qint64>{m_exhibit, 2}, true));
        roundTrip(std::make_unique<SetDocumentFieldsCommand>(
            *m_document,
            m_exhibit,
            DocumentEdit{{DocumentField::Title, u"Customer Agreement"_s},
                         {DocumentField::BatesBegin, u"AMZN-000001"_s},
                         {DocumentField::BatesEnd, u"AMZN-000010"_s},
                         {DocumentField::DocumentDate, u"2020-06-01"_s},
                         {DocumentField::FiledDate, u"2021-01-12"_s},
                         {DocumentField::DocketNumber, u"10-1"_s},
                         {DocumentField::Notes, u"Signed copy"_s}}));
        roundTrip(std::make_unique<SetDocumentFieldsCommand>(
            *m_document, m_exhibit, DocumentEdit{{DocumentField::ExhibitLabel, u"PX-1"_s}}));
        // Clearing a field stores NULL and undo brings the value back.
        roundTrip(std::make_unique<SetDocumentFieldsCommand>(
            *m_document, m_exhibit, DocumentEdit{{DocumentField::DocumentDate, QString()}}));

        auto badDate = m_document->push(std::make_unique<SetDocumentFieldsCommand>(
            *m_document, m_exhibit, DocumentEdit{{DocumentField::DocumentDate, u"2021-02-30"_s}}));
        QVERIFY(!badDate);
        QVERIFY(badDate.error().message.contains(u"not a date"_s));
        auto clash = m_document->push(std::make_unique<SetDocumentFieldsCommand>(
            *m_document, 2, DocumentEdit{{DocumentField::ExhibitLabel, u"px-1"_s}}));
        QVERIFY(!clash);
        QCOMPARE(clash.error().code, Error::Code::Duplicate);
        QVERIFY(!m_document->push(
            std::make_unique<SetPrivilegedCommand>(*m_document, QList<qint64>{999}, true)));

        roundTrip(std::make_unique<SetPostNotesCommand>(*m_document, 3, u"Screenshot saved"_s));
        QVERIFY(!m_document->push(std::make_unique<SetPostNotesCommand>(*m_document, 999, u"x"_s)));
    }
};

QTEST_GUILESS_MAIN(TestChronologyCommands)
#include "tst_chronologycommands.moc"

#include "chronologyfixture.h"
#include "entitystore.h"
#include "eventstore.h"
#include "tagstore.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace Casebinder;
using namespace ChronologyFixture;
using namespace Qt::StringLiterals;

class TestChronologyStores : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::optional<CaseFile> m_case;
    qint64 m_exhibit = 0;
    qint64 m_filing = 0;
    qint64 m_privileged = 0;

    EventRecord event(const QString &date, const QString &title)
    {
        EventRecord record;
        record.date = *EventDate::parse(date);
        record.title = title;
        return record;
    }

private slots:
    void init()
    {
        static int n = 0;
        auto created = CaseFile::create(m_dir.filePath(u"stores%1.casebinder"_s.arg(++n)), {});
        QVERIFY(created);
        m_case = std::move(*created);
        Sql::Database &db = m_case->db();
        m_exhibit = insertDocument(db, u"exhibit"_s, u"AWS Customer Agreement"_s, 12, u"A"_s);
        m_filing = insertDocument(db, u"filing"_s, u"Complaint"_s, 20, {}, u"1"_s);
        m_privileged = insertDocument(db, u"other"_s, u"Counsel memo"_s, 3, {}, {}, true);
        QVERIFY(m_exhibit && m_filing && m_privileged);
        QVERIFY(insertPosts(db, 10));
    }

    void eventsWithSourcesAndEntities()
    {
        Sql::Database &db = m_case->db();
        EntityStore entities(db);
        auto amazon = entities.insert(
            {0, EntityKind::Organisation, u"Amazon Web Services"_s, EntityRole::Party, {}, {}});
        QVERIFY(amazon);
        EventRecord record = event(u"2021-01-10 23:59 PST"_s, u"AWS suspends Parler"_s);
        record.dispute = DisputeStatus::Disputed;
        record.sources = {EventSource::document(m_exhibit, 5),
                          EventSource::document(m_filing, 3, 4),
                          EventSource::post(2)};
        record.entityIds = {*amazon};
        EventStore store(db);
        auto id = store.insert(record);
        QVERIFY2(id, qPrintable(id ? QString() : id.error().message));

        auto read = store.event(*id);
        QVERIFY(read);
        QCOMPARE(read->date.display(), u"10 Jan 2021 23:59 PST"_s);
        QCOMPARE(read->dispute, DisputeStatus::Disputed);
        QCOMPARE(read->sources.size(), 3);
        QCOMPARE(read->sources.at(0).cite, u"Ex. A at 5"_s);
        QCOMPARE(read->sources.at(1).cite, u"Dkt. 1 at 3\u20134"_s);
        // A post is cited by who posted it, when and where it came from.
        QVERIFY2(read->sources.at(2).cite.contains(u"by @user2"_s),
                 qPrintable(read->sources.at(2).cite));
        QVERIFY(read->sources.at(2).cite.contains(u"ID 1000002"_s));
        QCOMPARE(read->entityIds, QList<qint64>{*amazon});
        QCOMPARE(*entities.eventsOf(*amazon), QList<qint64>{*id});

        EventRecord edited = *read;
        edited.title = u"AWS suspends Parler's hosting"_s;
        edited.date = *EventDate::parse(u"2021-01-10"_s);
        QVERIFY(store.update(edited));
        QCOMPARE(store.event(*id)->title, edited.title);
        QCOMPARE(store.event(*id)->date.storagePrecision(), u"day"_s);
    }

    void badSourcesAreRefused()
    {
        EventStore store(m_case->db());
        auto id = store.insert(event(u"2021-01-10"_s, u"Event"_s));
        QVERIFY(id);
        auto beyond = store.addSource(*id, EventSource::document(m_exhibit, 12, 13));
        QVERIFY(!beyond);
        QVERIFY2(beyond.error().message.contains(u"beyond the end"_s),
                 qPrintable(beyond.error().message));
        QVERIFY(!store.addSource(*id, EventSource::document(9999, 1)));
        QVERIFY(!store.addSource(*id, EventSource::post(9999)));
        QVERIFY(!store.addSource(*id, EventSource::document(m_exhibit, 0)));
        QVERIFY(!store.addSource(9999, EventSource::post(1)));
        QVERIFY(store.addSource(*id, EventSource::document(m_exhibit, 12)));
        QVERIFY(!store.insert(event(u"2021-01-10"_s, u"   "_s)));
        QVERIFY(!store.insert(EventRecord{}));
    }

    void filtersForExports()
    {
        Sql::Database &db = m_case->db();
        EventStore store(db);
        TagStore tags(db);
        const qint64 issues = *tags.create({0, std::nullopt, u"Issues"_s, u"#aa0000"_s, {}});
        const qint64 damages = *tags.create({0, issues, u"Damages"_s, u"#00aa00"_s, {}});

        EventRecord early = event(u"2020-11..2020-12"_s, u"Negotiations"_s);
        EventRecord privileged = event(u"2021-01-09"_s, u"Counsel advises"_s);
        privileged.sources
            = {EventSource::document(m_privileged, 1), EventSource::document(m_exhibit, 2)};
        EventRecord disputed = event(u"2021-01-10"_s, u"Suspension"_s);
        disputed.dispute = DisputeStatus::Disputed;
        EventRecord late = event(u"2021"_s, u"The year of the case"_s);
        const qint64 earlyId = *store.insert(early);
        const qint64 privilegedId = *store.insert(privileged);
        const qint64 disputedId = *store.insert(disputed);
        const qint64 lateId = *store.insert(late);
        QVERIFY(tags.apply(damages, {{TagTargetKind::Event, disputedId}}));

        QVERIFY(db.exec(u"INSERT INTO claims (id, title) VALUES (1, 'Breach'), (2, 'Damages')"_s));
        QVERIFY(db.exec(u"UPDATE claims SET parent_id = 1 WHERE id = 2"_s));
        QVERIFY(db.exec(u"INSERT INTO evidence_links (claim_id, event_id, created_at)"
                        " VALUES (2, %1, 'now')"_s.arg(earlyId)));

        auto ids = [&](const EventFilter &filter) {
            QList<qint64> found;
            const auto events = store.events(filter);
            for (const EventRecord &e : *events)
                found.append(e.id);
            return found;
        };
        QCOMPARE(ids({}), (QList<qint64>{earlyId, lateId, privilegedId, disputedId}));
        EventFilter january;
        january.from = QDate(2021, 1, 1);
        january.to = QDate(2021, 1, 9);
        QCOMPARE(ids(january), (QList<qint64>{lateId, privilegedId}));
        EventFilter december;
        december.to = QDate(2020, 12, 1);
        QCOMPARE(ids(december), QList<qint64>{earlyId});
        EventFilter claim;
        claim.claimId = 1; // the element beneath it is linked
        QCOMPARE(ids(claim), QList<qint64>{earlyId});
        EventFilter tag;
        tag.tag = u"Issues"_s; // the sub-tag is applied
        QCOMPARE(ids(tag), QList<qint64>{disputedId});
        tag.tag = u"Issues/Damages"_s;
        QCOMPARE(ids(tag), QList<qint64>{disputedId});
        EventFilter undisputed;
        undisputed.disputed = EventFilter::Disputed::UndisputedOnly;
        // "Undisputed" means assessed as undisputed: nobody assessed these.
        QCOMPARE(ids(undisputed), QList<qint64>{});
        EventFilter unassessed;
        unassessed.disputed = EventFilter::Disputed::NotAssessedOnly;
        QCOMPARE(ids(unassessed), (QList<qint64>{earlyId, lateId, privilegedId}));
        EventFilter onlyDisputed;
        onlyDisputed.disputed = EventFilter::Disputed::DisputedOnly;
        QCOMPARE(ids(onlyDisputed), QList<qint64>{disputedId});

        // Privileged documents are withheld unless asked for.
        EventFilter withheld;
        withheld.from = withheld.to = QDate(2021, 1, 9);
        auto found = store.events(withheld);
        QCOMPARE(found->size(), 2);
        const EventRecord &advice = found->at(1);
        QCOMPARE(advice.id, privilegedId);
        QCOMPARE(advice.sources.size(), 1);
        QCOMPARE(advice.sources.at(0).documentId, m_exhibit);
        QCOMPARE(advice.withheldSources, 1);
        withheld.includePrivileged = true;
        QCOMPARE(store.events(withheld)->at(1).sources.size(), 2);
        QCOMPARE(store.events(withheld)->at(1).withheldSources, 0);

        QCOMPARE(store.event(earlyId)->claimIds, QList<qint64>{2});
        QVERIFY(!store.events(EventFilter{.tag = u"Nope"_s}));
    }

    void placementOrdersMonthAgainstDays()
    {
        EventStore store(m_case->db());
        const qint64 month = *store.insert(event(u"2021-01"_s, u"Sometime in January"_s));
        const qint64 day = *store.insert(event(u"2021-01-15"_s, u"Mid January"_s));
        const qint64 first = *store.insert(event(u"2021-01-01"_s, u"New Year"_s));
        auto order = [&](EventDate::Placement placement) {
            QList<qint64> ids;
            const auto events = store.events({}, placement);
            for (const EventRecord &e : *events)
                ids.append(e.id);
            return ids;
        };
        QCOMPARE(order(EventDate::Placement::PeriodStart), (QList<qint64>{month, first, day}));
        QCOMPARE(order(EventDate::Placement::PeriodEnd), (QList<qint64>{first, day, month}));
        // Equal dates fall back to id order.
        const qint64 twin = *store.insert(event(u"2021-01-15"_s, u"Also mid January"_s));
        QCOMPARE(order(EventDate::Placement::PeriodStart),
                 (QList<qint64>{month, first, day, twin}));
    }

    void entities()
    {
        EntityStore store(m_case->db());
        auto judge = store.insert({0,
                                   EntityKind::Person,
                                   u"Barbara J. Rothstein"_s,
                                   EntityRole::Judge,
                                   u"U.S. District Judge"_s,
                                   {}});
        QVERIFY(judge);
        QVERIFY(!store.insert({0, EntityKind::Person, u" "_s, EntityRole::Judge, {}, {}}));
        QVERIFY(*store.linkDocument(*judge, m_filing));
        QVERIFY(!*store.linkDocument(*judge, m_filing)); // already linked
        QVERIFY(!store.linkDocument(*judge, 9999));
        QCOMPARE(store.entitiesOfDocument(m_filing)->constFirst().name, u"Barbara J. Rothstein"_s);
        QCOMPARE(*store.documentsOf(*judge), QList<qint64>{m_filing});
        EntityRecord renamed = *store.entity(*judge);
        renamed.role = EntityRole::Witness;
        QVERIFY(store.update(renamed));
        QCOMPARE(store.entity(*judge)->role, EntityRole::Witness);
        QCOMPARE(entityRoleFromName(u"third-party"), EntityRole::ThirdParty);
        QCOMPARE(entityRoleFromName(u"Third party"), EntityRole::ThirdParty);
        QVERIFY(!entityRoleFromName(u"plaintiff"));
        QVERIFY(store.remove(*judge));
        QCOMPARE(scalar(m_case->db(), u"SELECT count(*) FROM document_entities"_s), 0);
    }

    void tagHierarchyAndValidation()
    {
        TagStore store(m_case->db());
        auto hot = store.create({0, std::nullopt, u"Hot"_s, u"#FF0000"_s, u"h"_s});
        QVERIFY(hot);
        QCOMPARE(store.tag(*hot)->color, u"#ff0000"_s);
        QCOMPARE(store.tag(*hot)->hotkey, u"H"_s);
        auto hotter = store.create({0, *hot, u"Hotter"_s, u"#ff8800"_s, {}});
        QVERIFY(hotter);
        auto hottest = store.create({0, *hotter, u"Hottest"_s, u"#ffff00"_s, {}});
        QVERIFY(hottest);
        QCOMPARE(*store.path(*hottest), u"Hot/Hotter/Hottest"_s);
        QCOMPARE(store.find(u"hot/hotter"_s)->id, *hotter);
        QCOMPARE(store.subtree(*hot)->size(), 3);

        QCOMPARE(store.create({0, std::nullopt, u"Hot"_s, u"#000000"_s, {}}).error().code,
                 Error::Code::Duplicate);
        QVERIFY(store.create({0, *hottest, u"Hot"_s, u"#000000"_s, {}})); // other parent: fine
        QCOMPARE(store.find(u"Hot"_s).error().code, Error::Code::InvalidArgument); // ambiguous
        QCOMPARE(store.create({0, std::nullopt, u"Cold"_s, u"blue"_s, {}}).error().code,
                 Error::Code::InvalidArgument);
        QCOMPARE(store.create({0, std::nullopt, u"Cold"_s, u"#0000ff"_s, u"H"_s}).error().code,
                 Error::Code::Duplicate);
        QCOMPARE(store.create({0, std::nullopt, u"a/b"_s, u"#0000ff"_s, {}}).error().code,
                 Error::Code::InvalidArgument);
        QCOMPARE(store.create({0, 999, u"Orphan"_s, u"#0000ff"_s, {}}).error().code,
                 Error::Code::NotFound);
        // A tag cannot move beneath its own descendant.
        TagRecord cycle = *store.tag(*hot);
        cycle.parentId = *hottest;
        QVERIFY(!store.update(cycle));

        QVERIFY(store.remove(*hot));
        QCOMPARE(scalar(m_case->db(), u"SELECT count(*) FROM tags"_s), 0);
    }

    void bulkTagging()
    {
        Sql::Database &db = m_case->db();
        QVERIFY(insertPosts(db, 5000, 11));
        TagStore store(db);
        const qint64 tag = *store.create({0, std::nullopt, u"Violent"_s, u"#aa0000"_s, u"1"_s});
        QList<TagTarget> targets;
        for (qint64 id = 1; id <= 5000; ++id)
            targets.append({TagTargetKind::Post, id});
        QElapsedTimer timer;
        timer.start();
        auto transaction = Sql::Transaction::begin(db);
        auto applied = store.apply(tag, targets);
        QVERIFY(applied);
        QVERIFY(transaction->commit());
        QCOMPARE(applied->size(), 5000);
        qInfo("Tagged 5000 posts in %lld ms", timer.elapsed());
        // Applying again changes nothing; a mixed selection reports only the new targets.
        targets.append({TagTargetKind::Document, m_exhibit});
        auto page = store.pageTarget(m_exhibit, 3);
        QVERIFY(page);
        targets.append(*page);
        auto again = store.apply(tag, targets);
        QVERIFY(again);
        QCOMPARE(again->size(), 2);
        QCOMPARE(*store.usageCount(tag), 5002);
        QCOMPARE(store.targetsOf(tag, TagTargetKind::Document)->size(), 1);
        QCOMPARE(store.tagsOf({TagTargetKind::Post, 17})->constFirst().name, u"Violent"_s);

        // A missing target refuses the whole selection.
        auto missing = store.apply(tag, {{TagTargetKind::Event, 12345}});
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, Error::Code::NotFound);
        QVERIFY(!store.pageTarget(m_exhibit, 13));

        auto removed = store.unapply(tag, targets.mid(0, 100));
        QCOMPARE(removed->size(), 100);
        QCOMPARE(*store.usageCount(tag), 4902);
        // Deleting a post removes its taggings (schema trigger).
        QVERIFY(db.exec(u"DELETE FROM posts WHERE id = 200"_s));
        QCOMPARE(*store.usageCount(tag), 4901);
    }
};

QTEST_GUILESS_MAIN(TestChronologyStores)
#include "tst_chronologystores.moc"

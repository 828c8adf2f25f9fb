#include "analysisfixture.h"
#include "casedocument.h"
#include "claimstore.h"
#include "claimtemplates.h"
#include "commands/claimcommands.h"
#include "commands/linkcommands.h"
#include "models/claimtreemodel.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Casebinder;
using namespace Qt::StringLiterals;
using namespace AnalysisFixture;

namespace {

// Everything the claims tree and its links hold, for comparing before/after undo.
QString dump(Sql::Database &db)
{
    QStringList rows;
    for (const auto *sql :
         {u"SELECT id, ifnull(parent_id, 0), position, kind, title, description, asserted_by,"
          u" legal_standard, status, ifnull(template_id, ''), notes FROM claims ORDER BY id",
          u"SELECT id, claim_id, ifnull(document_id, 0), ifnull(page_from, 0), ifnull(page_to, 0),"
          u" ifnull(post_id, 0), ifnull(event_id, 0), quote, ifnull(quote_verified, -1), stance,"
          u" weight, note, created_at FROM evidence_links ORDER BY id"}) {
        auto statement = db.prepare(QString::fromUtf16(sql));
        Q_ASSERT(statement);
        while (*statement->step()) {
            QStringList columns;
            for (int i = 0; i < statement->columnCount(); ++i)
                columns.append(statement->text(i));
            rows.append(columns.join(u'|'));
        }
    }
    return rows.join(u'\n');
}

} // namespace

class TestClaims : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    std::unique_ptr<CaseDocument> newCase()
    {
        auto created = CaseFile::create(m_dir.filePath(u"c%1.casebinder"_s.arg(++m_counter)),
                                        {.title = u"T"_s});
        if (!created)
            qFatal("%s", qPrintable(created.error().fullText()));
        return std::make_unique<CaseDocument>(std::move(*created));
    }

    static qint64 addNode(CaseDocument &document, ClaimNode node)
    {
        auto command = std::make_unique<AddClaimNodeCommand>(document, std::move(node));
        const auto &added = *command;
        if (auto pushed = document.push(std::move(command)); !pushed)
            qFatal("%s", qPrintable(pushed.error().fullText()));
        return added.nodeId();
    }

    // Pushes, then checks that undo restores `before` exactly and redo restores `after`.
    static void roundTrip(CaseDocument &document, std::unique_ptr<CaseCommand> command)
    {
        const QString before = dump(document.caseFile().db());
        auto pushed = document.push(std::move(command));
        QVERIFY2(pushed, qPrintable(pushed ? QString() : pushed.error().fullText()));
        const QString after = dump(document.caseFile().db());
        QVERIFY(before != after);
        document.undoStack()->undo();
        QCOMPARE(dump(document.caseFile().db()), before);
        document.undoStack()->redo();
        QCOMPARE(dump(document.caseFile().db()), after);
        document.undoStack()->undo();
        document.undoStack()->redo();
        QCOMPARE(dump(document.caseFile().db()), after);
    }

private slots:
    void builtInTemplates_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QStringList>("elements");
        QTest::newRow("contract") << u"breach-of-contract"_s
                                  << QStringList{u"Valid contract"_s,
                                                 u"Plaintiff's performance"_s,
                                                 u"Breach"_s,
                                                 u"Damages"_s};
        QTest::newRow("sherman") << u"sherman-act-1"_s
                                 << QStringList{u"Agreement"_s,
                                                u"Unreasonable restraint of trade"_s,
                                                u"Antitrust injury"_s};
        QTest::newRow("interference") << u"tortious-interference"_s
                                      << QStringList{u"Business expectancy"_s,
                                                     u"Knowledge"_s,
                                                     u"Intentional interference"_s,
                                                     u"Improper purpose or means"_s,
                                                     u"Damages"_s};
        QTest::newRow("injunction") << u"preliminary-injunction"_s
                                    << QStringList{u"Likelihood of success on the merits"_s,
                                                   u"Irreparable harm"_s,
                                                   u"Balance of equities"_s,
                                                   u"Public interest"_s};
    }

    void builtInTemplates()
    {
        QFETCH(QString, id);
        QFETCH(QStringList, elements);
        auto document = newCase();
        auto found = ClaimTemplates::find(document->caseFile().db(), id);
        QVERIFY(found);
        auto command = std::make_unique<ApplyClaimTemplateCommand>(*document, *found);
        const auto &applied = *command;
        QVERIFY(document->push(std::move(command)));
        auto children = ClaimStore(document->caseFile().db()).children(applied.rootId());
        QVERIFY(children);
        QStringList titles;
        for (const ClaimNode &child : std::as_const(*children)) {
            titles.append(child.title);
            QVERIFY(!child.legalStandard.isEmpty());
            QCOMPARE(child.templateId, id);
        }
        QCOMPARE(titles, elements);
        auto root = ClaimStore(document->caseFile().db()).node(applied.rootId());
        QVERIFY(root);
        QVERIFY(!root->legalStandard.isEmpty());
        if (id == u"preliminary-injunction") {
            QVERIFY(root->legalStandard.contains(u"555 U.S. 7"_s));
            QVERIFY(root->notes.contains(u"serious questions"_s));
            QCOMPARE(children->constFirst().kind, u"factor"_s);
        }
    }

    void userTemplates()
    {
        auto document = newCase();
        ClaimTemplate mine{u"promissory-estoppel"_s, u"Promissory estoppel"_s};
        auto root = ClaimTemplateNode::fromJson(
            QJsonDocument::fromJson(R"({"title": "Promissory estoppel",
            "children": [{"title": "Clear promise"}, {"title": "Reasonable reliance", "kind": "element"},
                         {"title": "Injury"}]})")
                .object());
        QVERIFY(root);
        mine.root = *root;
        QVERIFY(ClaimTemplates::save(document->caseFile().db(), mine));
        auto found = ClaimTemplates::find(document->caseFile().db(), u"promissory-estoppel"_s);
        QVERIFY(found);
        QVERIFY(!found->builtIn);
        QCOMPARE(found->root.children.size(), 3);
        QCOMPARE(ClaimTemplates::all(document->caseFile().db())->size(), 5);

        ClaimTemplate clash{u"sherman-act-1"_s, u"Mine"_s, false, *root};
        QCOMPARE(ClaimTemplates::save(document->caseFile().db(), clash).error().code,
                 Error::Code::Duplicate);
        QVERIFY(!ClaimTemplateNode::fromJson(QJsonObject{{u"title"_s, u""_s}}));
        QVERIFY(!ClaimTemplateNode::fromJson(
            QJsonObject{{u"title"_s, u"x"_s}, {u"kind"_s, u"bogus"_s}}));
        QVERIFY(!ClaimTemplates::find(document->caseFile().db(), u"nope"_s));
    }

    void refusesCyclesAndBadParents()
    {
        auto document = newCase();
        const qint64 claim = addNode(*document, {.title = u"Claim"_s});
        const qint64 element
            = addNode(*document, {.parentId = claim, .kind = u"element"_s, .title = u"Element"_s});
        const qint64 grandchild
            = addNode(*document, {.parentId = element, .kind = u"element"_s, .title = u"Sub"_s});
        ClaimStore store(document->caseFile().db());
        auto own = store.checkParent(claim, claim);
        QVERIFY(!own);
        auto cycle = document->push(
            std::make_unique<MoveClaimNodeCommand>(*document, claim, grandchild, 0));
        QVERIFY(!cycle);
        QVERIFY(cycle.error().message.contains(u"cycle"_s));
        auto missing = document->push(std::make_unique<AddClaimNodeCommand>(
            *document, ClaimNode{.parentId = 999, .title = u"x"_s}));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, Error::Code::NotFound);
        QVERIFY(!document->push(
            std::make_unique<AddClaimNodeCommand>(*document, ClaimNode{.title = u" "_s})));
        QVERIFY(!document->push(std::make_unique<AddClaimNodeCommand>(
            *document, ClaimNode{.title = u"x"_s, .status = u"won"_s})));
        QCOMPARE(document->undoStack()->count(), 3);
    }

    void undoRoundTrips()
    {
        auto document = newCase();
        Sql::Database &db = document->caseFile().db();
        const qint64 pdf = addDocument(
            db, {.title = u"Complaint"_s, .docketNumber = u"1"_s, .pages = {u"one"_s, u"two"_s}});
        auto injunction = ClaimTemplates::find(db, u"preliminary-injunction"_s);
        QVERIFY(injunction);

        // Apply a template.
        roundTrip(*document, std::make_unique<ApplyClaimTemplateCommand>(*document, *injunction));
        const qint64 root = ClaimStore(db).all()->constFirst().id;
        auto factors = ClaimStore(db).children(root);
        QCOMPARE(factors->size(), 4);
        const qint64 merits = factors->at(0).id;

        // Add a claim, an element.
        roundTrip(
            *document,
            std::make_unique<AddClaimNodeCommand>(*document, ClaimNode{.title = u"Breach"_s}));
        roundTrip(*document,
                  std::make_unique<AddClaimNodeCommand>(*document,
                                                        ClaimNode{.parentId = root,
                                                                  .position = 1,
                                                                  .kind = u"factor"_s,
                                                                  .title = u"Extra"_s}));
        QCOMPARE(ClaimStore(db).children(root)->at(1).title, u"Extra"_s);

        // Edit every field.
        ClaimNode edited = *ClaimStore(db).node(merits);
        edited.title = u"Likely success"_s;
        edited.description = u"d"_s;
        edited.assertedBy = u"Plaintiff"_s;
        edited.legalStandard = u"Winter"_s;
        edited.status = u"disputed"_s;
        edited.notes = u"n"_s;
        roundTrip(*document, std::make_unique<EditClaimNodeCommand>(*document, edited));
        QCOMPARE(*ClaimStore(db).node(merits), edited);

        // Reorder among siblings and move to another parent.
        roundTrip(*document, std::make_unique<MoveClaimNodeCommand>(*document, merits, root, 3));
        auto order = ClaimStore(db).children(root);
        QCOMPARE(order->at(3).id, merits);
        for (int i = 0; i < order->size(); ++i)
            QCOMPARE(order->at(i).position, i);
        roundTrip(*document,
                  std::make_unique<MoveClaimNodeCommand>(*document, merits, std::nullopt, 0));

        // Links: add, edit, verify, delete.
        EvidenceLink link{
            .claimId = merits, .documentId = pdf, .pageFrom = 2, .quote = u"two"_s, .weight = 4};
        roundTrip(*document, std::make_unique<AddLinkCommand>(*document, link));
        auto links = LinkStore(db).linksOf(merits);
        QCOMPARE(links->size(), 1);
        QCOMPARE(links->constFirst().quoteVerified, std::optional<bool>(true));
        EvidenceLink changed = links->constFirst();
        changed.pageFrom = 1;
        changed.stance = EvidenceLink::Stance::Undermines;
        changed.note = u"wrong page"_s;
        roundTrip(*document, std::make_unique<EditLinkCommand>(*document, changed));
        QCOMPARE(LinkStore(db).link(changed.id)->quoteVerified, std::optional<bool>(false));
        AnalysisFixture::exec(db, u"UPDATE pages SET text = 'two' WHERE number = 1"_s);
        roundTrip(*document, std::make_unique<VerifyQuoteCommand>(*document, changed.id));
        QCOMPARE(LinkStore(db).link(changed.id)->quoteVerified, std::optional<bool>(true));
        roundTrip(*document, std::make_unique<DeleteLinkCommand>(*document, changed.id));

        // Delete a subtree with links: undo restores nodes and links with the same ids.
        auto addLink = std::make_unique<AddLinkCommand>(
            *document,
            EvidenceLink{.claimId = factors->at(1).id, .documentId = pdf, .pageFrom = 1});
        const auto &added = *addLink;
        QVERIFY(document->push(std::move(addLink)));
        const EvidenceLink kept = added.link();
        roundTrip(*document, std::make_unique<DeleteClaimNodeCommand>(*document, root));
        QCOMPARE(AnalysisFixture::count(db, u"SELECT count(*) FROM evidence_links"_s), 0);
        document->undoStack()->undo();
        QCOMPARE(*LinkStore(db).link(kept.id), kept);
    }

    void refusesBadLinks()
    {
        auto document = newCase();
        Sql::Database &db = document->caseFile().db();
        const qint64 pdf = addDocument(db, {.title = u"Two pages"_s, .pages = {u"a"_s, u"b"_s}});
        const qint64 node = addNode(*document, {.title = u"Claim"_s});
        auto refused = [&](EvidenceLink link, const QString &because) {
            auto pushed = document->push(std::make_unique<AddLinkCommand>(*document, link));
            QVERIFY(!pushed);
            QVERIFY2(pushed.error().message.contains(because), qPrintable(pushed.error().message));
        };
        refused({.claimId = node, .documentId = pdf, .pageFrom = 3}, u"page 3 does not exist"_s);
        refused({.claimId = node, .documentId = pdf, .pageFrom = 2, .pageTo = 1}, u"not valid"_s);
        refused({.claimId = node, .documentId = 99}, u"no such document"_s);
        refused({.claimId = node, .postId = 5}, u"no such post"_s);
        refused({.claimId = node, .eventId = 5}, u"no such event"_s);
        refused({.claimId = 77, .documentId = pdf}, u"no such claim"_s);
        refused({.claimId = node}, u"exactly one target"_s);
        refused({.claimId = node, .documentId = pdf, .weight = 6}, u"between 1 and 5"_s);
        QCOMPARE(document->undoStack()->count(), 1);
    }

    void treeModel()
    {
        auto document = newCase();
        Sql::Database &db = document->caseFile().db();
        const qint64 pdf
            = addDocument(db, {.title = u"Doc"_s, .pages = {u"the harm is irreparable"_s}});
        ClaimTreeModel model(*document);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        auto injunction = ClaimTemplates::find(db, u"preliminary-injunction"_s);
        QVERIFY(
            document->push(std::make_unique<ApplyClaimTemplateCommand>(*document, *injunction)));
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex root = model.index(0, 0);
        QCOMPARE(model.rowCount(root), 4);
        const QModelIndex harm = model.index(1, 0, root);
        QCOMPARE(harm.data().toString(), u"Irreparable harm"_s);
        QCOMPARE(harm.data(ClaimTreeModel::GapRole).toBool(), true);
        QCOMPARE(harm.parent(), root);

        const qint64 harmId = harm.data(ClaimTreeModel::IdRole).toLongLong();
        QVERIFY(document->push(
            std::make_unique<AddLinkCommand>(*document,
                                             EvidenceLink{.claimId = harmId,
                                                          .documentId = pdf,
                                                          .pageFrom = 1,
                                                          .quote = u"harm is irreparable"_s})));
        const QModelIndex refreshed = model.indexOfNode(harmId);
        QCOMPARE(refreshed.data(ClaimTreeModel::SupportsRole).toInt(), 1);
        QCOMPARE(refreshed.data(ClaimTreeModel::GapRole).toBool(), false);
        QCOMPARE(refreshed.siblingAtColumn(ClaimTreeModel::SupportsColumn).data().toInt(), 1);

        // Editing through the model is an undoable command.
        QVERIFY(model.setData(model.indexOfNode(harmId), u"Irreparable injury"_s));
        QCOMPARE(model.indexOfNode(harmId).data().toString(), u"Irreparable injury"_s);
        document->undoStack()->undo();
        QCOMPARE(model.indexOfNode(harmId).data().toString(), u"Irreparable harm"_s);
        QVERIFY(document->push(std::make_unique<DeleteClaimNodeCommand>(*document, harmId)));
        QCOMPARE(model.rowCount(model.index(0, 0)), 3);
        document->undoStack()->undo();
        QCOMPARE(model.rowCount(model.index(0, 0)), 4);
    }
};

QTEST_GUILESS_MAIN(TestClaims)
#include "tst_claims.moc"

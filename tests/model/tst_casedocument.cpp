#include "casedocument.h"
#include "sqlite/statement.h"
#include "sqlite/transaction.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Casebinder;
using namespace Qt::StringLiterals;

namespace {

// The smallest real edit: renames the case.
class RenameCase final : public CaseCommand
{
public:
    RenameCase(CaseDocument &document, QString title)
        : CaseCommand(document, u"Rename case"_s, CaseTable::Caption)
        , m_title(std::move(title))
    {}

protected:
    Status apply(Sql::Database &db) override
    {
        auto old = db.prepare(u"SELECT title FROM case_meta"_s);
        if (!old)
            return fail(old.error());
        if (auto row = old->step(); !row || !*row)
            return fail(Error::Code::NotFound, u"no caption"_s);
        m_oldTitle = old->text(0);
        return write(db, m_title);
    }
    Status revert(Sql::Database &db) override { return write(db, m_oldTitle); }

private:
    static Status write(Sql::Database &db, const QString &title)
    {
        if (title == u"fail")
            return fail(Error::Code::InvalidArgument, u"refused"_s);
        auto update = db.prepare(u"UPDATE case_meta SET title = ?"_s);
        if (!update)
            return fail(update.error());
        update->bind(1, title);
        return update->exec();
    }
    QString m_title;
    QString m_oldTitle;
};

} // namespace

class TestCaseDocument : public QObject
{
    Q_OBJECT

private slots:
    void editsAreWrittenAndUndone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"doc.casebinder"_s);
        auto created = CaseFile::create(path, CaseCaption{.title = u"Before"_s});
        QVERIFY(created);
        CaseDocument document(std::move(*created));
        QSignalSpy changed(&document, &CaseDocument::changed);

        QVERIFY(document.push(std::make_unique<RenameCase>(document, u"After"_s)));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(document.undoStack()->count(), 1);
        // Written at once: a second connection sees it without any save.
        QCOMPARE(CaseFile::open(path)->caption()->title, u"After"_s);

        document.undoStack()->undo();
        QCOMPARE(document.caseFile().caption()->title, u"Before"_s);
        document.undoStack()->redo();
        QCOMPARE(document.caseFile().caption()->title, u"After"_s);
        QCOMPARE(changed.size(), 3);
    }

    void failedEditIsNotPushed()
    {
        QTemporaryDir dir;
        auto created
            = CaseFile::create(dir.filePath(u"f.casebinder"_s), CaseCaption{.title = u"Same"_s});
        QVERIFY(created);
        CaseDocument document(std::move(*created));
        auto result = document.push(std::make_unique<RenameCase>(document, u"fail"_s));
        QVERIFY(!result);
        QCOMPARE(result.error().message, u"refused"_s);
        QCOMPARE(document.undoStack()->count(), 0);
        QCOMPARE(document.caseFile().caption()->title, u"Same"_s);
    }

    // A second connection holds the write lock, as a running import does.
    void failedUndoOrRedoChangesNothing_data()
    {
        QTest::addColumn<bool>("undo");
        QTest::newRow("undo") << true;
        QTest::newRow("redo") << false;
    }
    void failedUndoOrRedoChangesNothing()
    {
        QFETCH(bool, undo);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"busy.casebinder"_s);
        auto created = CaseFile::create(path, CaseCaption{.title = u"Before"_s});
        QVERIFY(created);
        CaseDocument document(std::move(*created));
        document.caseFile().db().setBusyTimeout(50);
        QVERIFY(document.push(std::make_unique<RenameCase>(document, u"After"_s)));
        QVERIFY(document.push(std::make_unique<RenameCase>(document, u"Later"_s)));
        if (!undo)
            document.undoStack()->undo(); // "Later" is now the command to redo
        const int indexBefore = document.undoStack()->index();
        const QString titleBefore = document.caseFile().caption()->title;

        auto importer = CaseFile::open(path);
        QVERIFY(importer);
        auto lock = Sql::Transaction::begin(importer->db());
        QVERIFY(lock);

        QSignalSpy failed(&document, &CaseDocument::editFailed);
        if (undo)
            document.undoStack()->undo();
        else
            document.undoStack()->redo();
        QCOMPARE(failed.size(), 1);
        const auto error = failed.at(0).at(0).value<Error>();
        QCOMPARE(error.code, Error::Code::Busy);
        QVERIFY2(error.message.contains(u"busy"_s)
                     && error.message.contains(u"Nothing was changed"_s),
                 qPrintable(error.message));
        QCOMPARE(document.undoStack()->count(), 2);
        QCOMPARE(document.undoStack()->index(), indexBefore);
        QCOMPARE(document.undoStack()->undoText(), u"Rename case"_s);
        QVERIFY(document.undoStack()->canUndo());
        QCOMPARE(document.undoStack()->canRedo(), !undo);
        lock->rollback();
        QCOMPARE(CaseFile::open(path, CaseFile::Access::ReadOnly)->caption()->title, titleBefore);

        // The same step works once the case is free, and the history still reaches the start.
        if (undo)
            document.undoStack()->undo();
        else
            document.undoStack()->redo();
        QCOMPARE(failed.size(), 1);
        QCOMPARE(document.caseFile().caption()->title, undo ? u"After"_s : u"Later"_s);
        document.undoStack()->setIndex(0);
        QCOMPARE(document.caseFile().caption()->title, u"Before"_s);
        document.undoStack()->setIndex(2);
        QCOMPARE(document.caseFile().caption()->title, u"Later"_s);
    }

    // A jump in the history view across several commands stops where the first one failed.
    void failedJumpStopsAtTheFailure()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"jump.casebinder"_s);
        auto created = CaseFile::create(path, CaseCaption{.title = u"Before"_s});
        QVERIFY(created);
        CaseDocument document(std::move(*created));
        document.caseFile().db().setBusyTimeout(50);
        QVERIFY(document.push(std::make_unique<RenameCase>(document, u"After"_s)));
        QVERIFY(document.push(std::make_unique<RenameCase>(document, u"Later"_s)));
        auto importer = CaseFile::open(path);
        QVERIFY(importer);
        auto lock = Sql::Transaction::begin(importer->db());
        QVERIFY(lock);
        QSignalSpy failed(&document, &CaseDocument::editFailed);
        document.undoStack()->setIndex(0);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(document.undoStack()->index(), 2);
        QCOMPARE(document.undoStack()->count(), 2);
        lock->rollback();
        QCOMPARE(document.caseFile().caption()->title, u"Later"_s);
    }
};

QTEST_GUILESS_MAIN(TestCaseDocument)
#include "tst_casedocument.moc"

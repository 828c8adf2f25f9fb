#include "casedocument.h"
#include "sqlite/statement.h"

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
};

QTEST_GUILESS_MAIN(TestCaseDocument)
#include "tst_casedocument.moc"

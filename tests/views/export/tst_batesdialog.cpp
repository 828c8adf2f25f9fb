// Document ▸ Assign Bates Numbers…: the preview shows the first and last number for the chosen
// documents and the refusals (gap, overlap, bad prefix) before anything is written; Assign is
// one undoable command, the same the CLI's bates assign runs.
#include "casedocument.h"
#include "caseseed.h"
#include "export/batesdialog.h"
#include "testpdf.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Casebinder;
using namespace Qt::StringLiterals;

class TestBatesDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CaseDocument> m_document;
    QList<qint64> m_ids;

    QString batesOf(qint64 id)
    {
        auto document = m_document->documents().document(id);
        return document ? document->batesBegin + u".."_s + document->batesEnd : u"<none>"_s;
    }

    static void fill(Views::BatesDialog &dialog, const QString &prefix, int start, int digits)
    {
        dialog.findChild<QLineEdit *>(u"batesPrefix"_s)->setText(prefix);
        dialog.findChild<QSpinBox *>(u"batesStart"_s)->setValue(start);
        dialog.findChild<QSpinBox *>(u"batesDigits"_s)->setValue(digits);
    }

private slots:
    void initTestCase()
    {
        auto caseFile = CaseFile::create(m_dir.filePath(u"bates.casebinder"_s), {});
        QVERIFY(caseFile);
        QList<TestSupport::DocumentSeed> seeds;
        for (int i = 0; i < 3; ++i) {
            TestSupport::DocumentSeed seed{DocumentKind::Exhibit, u"Exhibit %1"_s.arg(i)};
            seed.pages = i == 0 ? QStringList{u"One"_s, u"Two"_s}
                                : QStringList{u"Only page of %1"_s.arg(i)};
            seed.original = TestSupport::makePdf(seed.pages);
            seeds.append(seed);
        }
        auto ids = TestSupport::seedDocuments(caseFile->db(), seeds);
        QVERIFY(ids);
        m_ids = *ids;
        m_document = std::make_unique<CaseDocument>(std::move(*caseFile));
    }

    void previewsThenAssignsUndoably()
    {
        Views::BatesDialog dialog(*m_document, {m_ids.at(0), m_ids.at(1)});
        QVERIFY(!dialog.canAssign()); // no prefix yet
        auto *assign = dialog.findChild<QPushButton *>(u"batesAssignButton"_s);
        QVERIFY(assign && !assign->isEnabled());
        fill(dialog, u"PARLER"_s, 1, 6);
        // The preview follows typing after a pause.
        QTRY_VERIFY(dialog.canAssign());
        QVERIFY2(dialog.previewText().contains(u"PARLER000001"_s)
                     && dialog.previewText().contains(u"PARLER000003"_s)
                     && dialog.previewText().contains(u"3 page(s) in 2 document(s)"_s),
                 qPrintable(dialog.previewText()));
        QVERIFY(dialog.errorText().isEmpty());
        QVERIFY(assign->isEnabled());
        // Padding changes the preview.
        dialog.findChild<QSpinBox *>(u"batesDigits"_s)->setValue(4);
        dialog.updatePreview();
        QVERIFY(dialog.previewText().contains(u"PARLER0003"_s));
        dialog.findChild<QSpinBox *>(u"batesDigits"_s)->setValue(6);
        dialog.updatePreview();
        // Nothing is written by the preview.
        QCOMPARE(batesOf(m_ids.at(0)), u".."_s);

        const int steps = m_document->undoStack()->count();
        assign->click();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(batesOf(m_ids.at(0)), u"PARLER000001..PARLER000002"_s);
        QCOMPARE(batesOf(m_ids.at(1)), u"PARLER000003..PARLER000003"_s);
        QCOMPARE(m_document->undoStack()->count(), steps + 1);
        m_document->undoStack()->undo();
        QCOMPARE(batesOf(m_ids.at(0)), u".."_s);
        m_document->undoStack()->redo();
        QCOMPARE(batesOf(m_ids.at(1)), u"PARLER000003..PARLER000003"_s);
    }

    void refusesGapsOverlapsAndBadPrefixes()
    {
        Views::BatesDialog dialog(*m_document, {m_ids.at(2)});
        // A gap after PARLER000003.
        fill(dialog, u"PARLER"_s, 10, 6);
        dialog.updatePreview();
        QVERIFY(!dialog.canAssign());
        QVERIFY2(dialog.errorText().contains(u"gap"_s), qPrintable(dialog.errorText()));
        // An overlap with PARLER000002.
        fill(dialog, u"PARLER"_s, 2, 6);
        dialog.updatePreview();
        QVERIFY(!dialog.canAssign());
        QVERIFY2(dialog.errorText().contains(u"already used"_s), qPrintable(dialog.errorText()));
        QVERIFY(!dialog.findChild<QPushButton *>(u"batesAssignButton"_s)->isEnabled());
        // A prefix ending in a digit.
        fill(dialog, u"VOL1"_s, 1, 6);
        dialog.updatePreview();
        QVERIFY2(dialog.errorText().contains(u"ends in a digit"_s), qPrintable(dialog.errorText()));
        // Assign refuses too; nothing changed.
        dialog.assign();
        QCOMPARE(batesOf(m_ids.at(2)), u".."_s);
        // The next number fits.
        fill(dialog, u"PARLER"_s, 4, 6);
        dialog.updatePreview();
        QVERIFY(dialog.canAssign());
        QVERIFY(dialog.errorText().isEmpty());
        dialog.assign();
        QCOMPARE(batesOf(m_ids.at(2)), u"PARLER000004..PARLER000004"_s);
    }

    void everyUnnumberedWhenNoneSelected()
    {
        Views::BatesDialog dialog(*m_document, {});
        fill(dialog, u"OTHER"_s, 1, 6);
        dialog.updatePreview();
        QVERIFY2(dialog.previewText().contains(u"None"_s), qPrintable(dialog.previewText()));
        QVERIFY(!dialog.canAssign());
    }
};

QTEST_MAIN(TestBatesDialog)
#include "tst_batesdialog.moc"

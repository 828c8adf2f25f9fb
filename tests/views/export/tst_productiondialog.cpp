// File ▸ Export ▸ Production…: the dialog runs a ProductionJob with progress, reports the
// result, shows the privilege warning only when privileged documents would be produced, and
// Stop leaves no folder behind.
#include "batesstore.h"
#include "casedocument.h"
#include "caseseed.h"
#include "export/productiondialog.h"
#include "testpdf.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Casebinder;
using namespace Qt::StringLiterals;

class TestProductionDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CaseDocument> m_document;

private slots:
    void initTestCase()
    {
        auto caseFile = CaseFile::create(m_dir.filePath(u"dialog.casebinder"_s), {});
        QVERIFY(caseFile);
        QList<TestSupport::DocumentSeed> seeds;
        for (int i = 0; i < 3; ++i) {
            TestSupport::DocumentSeed seed{DocumentKind::Exhibit, u"Exhibit %1"_s.arg(i)};
            seed.pages = {u"Page of exhibit %1"_s.arg(i)};
            seed.original = TestSupport::makePdf(seed.pages);
            seed.privileged = i == 1;
            seeds.append(seed);
        }
        QVERIFY(TestSupport::seedDocuments(caseFile->db(), seeds));
        BatesStore bates(caseFile->db());
        auto plan = bates.plan({u"DLG"_s, 1, 4}, {});
        QVERIFY(plan);
        QVERIFY(bates.assign(*plan));
        m_document = std::make_unique<CaseDocument>(std::move(*caseFile));
    }

    void producesWithProgress()
    {
        Views::ProductionDialog dialog(*m_document);
        auto *warning = dialog.findChild<QCheckBox *>(u"productionIncludePrivileged"_s);
        QVERIFY(warning);
        QVERIFY(!warning->isChecked());
        QCOMPARE(dialog.options().includePrivileged, false);
        auto *images = dialog.findChild<QComboBox *>(u"productionImages"_s);
        QVERIFY(images);
        QCOMPARE(dialog.options().images, Production::ImageFormat::Pdf);
        images->setCurrentIndex(1);
        QCOMPARE(dialog.options().images, Production::ImageFormat::Tiff);
        images->setCurrentIndex(0);
        const QString out = m_dir.filePath(u"VOL001"_s);
        dialog.setOutputFolder(out);
        QSignalSpy produced(&dialog, &Views::ProductionDialog::produced);
        QSignalSpy failed(&dialog, &Views::ProductionDialog::failed);
        dialog.startProduction();
        QVERIFY(dialog.isRunning());
        QVERIFY(produced.wait(20000));
        QCOMPARE(failed.count(), 0);
        const auto summary = produced.at(0).at(0).value<Production::ProductionSummary>();
        QCOMPARE(summary.documents, 3);
        QCOMPARE(summary.withheld, 1);
        QVERIFY(QFileInfo::exists(out + u"/DATA/VOL001.dat"_s));
        QVERIFY(dialog.findChild<QLabel *>(u"productionStatus"_s)->text().contains(u"DLG0001"_s));

        // The same folder again: refused, and the folder is left as it was.
        dialog.startProduction();
        QCOMPARE(failed.count(), 1);
        QVERIFY(dialog.findChild<QLabel *>(u"productionStatus"_s)->text().contains(u"not empty"_s));
    }

    void stopLeavesNothing()
    {
        Views::ProductionDialog dialog(*m_document);
        const QString out = m_dir.filePath(u"VOL002"_s);
        dialog.setOutputFolder(out);
        QSignalSpy failed(&dialog, &Views::ProductionDialog::failed);
        QSignalSpy produced(&dialog, &Views::ProductionDialog::produced);
        dialog.startProduction();
        dialog.reject(); // Stop while running
        QTRY_VERIFY_WITH_TIMEOUT(failed.count() + produced.count() == 1, 20000);
        if (produced.count() == 1)
            QSKIP("the production finished before Stop reached it");
        QCOMPARE(failed.at(0).at(0).value<Error>().code, Error::Code::Cancelled);
        QVERIFY(!QFileInfo::exists(out));
        QVERIFY(QDir(m_dir.path())
                    .entryList({u".VOL002*"_s}, QDir::AllEntries | QDir::Hidden)
                    .isEmpty());
    }
};

QTEST_MAIN(TestProductionDialog)
#include "tst_productiondialog.moc"

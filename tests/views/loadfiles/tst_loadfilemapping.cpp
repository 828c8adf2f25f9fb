// The import dialog's field-mapping step for a load file (issue #18 §1): a production volume
// folder given to File ▸ Import shows its DAT's detected dialect and first rows; changing a
// field's column changes the preview and the import, through the same fieldMap as --map.
#include "casefile.h"
#include "loadfiles/loadfilemappingpanel.h"
#include "shell/importdialog.h"
#include "sqlite/statement.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Casebinder;
using namespace Qt::StringLiterals;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

QString scalar(const QString &casePath, const QString &sql)
{
    auto caseFile = CaseFile::open(casePath, CaseFile::Access::ReadOnly);
    if (!caseFile)
        return u"<no case>"_s;
    auto statement = caseFile->db().prepare(sql);
    if (!statement || !statement->step().value_or(false))
        return u"<no row>"_s;
    return statement->text(0);
}

} // namespace

class TestLoadFileMapping : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_volume;
    QString m_case;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_volume = m_dir.filePath(u"VOL001"_s);
        // Relativity-style: pipe-delimited, quoted, a synonym for the control number.
        writeFile(m_volume + u"/DATA/VOL001.dat"_s,
                  "\"Control Number\"|\"Custodian\"|\"Email Subject\"|\"Owner\"\r\n"
                  "\"ABC0001\"|\"Roe\"|\"First subject\"|\"Smith\"\r\n"
                  "\"ABC0002\"|\"Roe\"|\"Second subject\"|\"Jones\"\r\n"
                  "\"ABC0003\"|\"Doe\"|\"Third subject\"|\"Smith\"\r\n");
        QDir().mkpath(m_volume + u"/IMAGES"_s);
        m_case = m_dir.filePath(u"mapping.casebinder"_s);
        QVERIFY(CaseFile::create(m_case, {}));
    }

    void findsTheDatOfAFolder()
    {
        QCOMPARE(Views::LoadFileMappingPanel::datIn({m_volume}),
                 QFileInfo(m_volume + u"/DATA/VOL001.dat"_s).absoluteFilePath());
        QCOMPARE(Views::LoadFileMappingPanel::datIn({m_dir.filePath(u"nothing"_s)}), QString());
    }

    void previewsAndMapsThenImports()
    {
        Views::ImportDialog dialog(m_case, {m_volume});
        auto *panel = dialog.findChild<Views::LoadFileMappingPanel *>();
        QVERIFY(panel);
        QTRY_VERIFY(panel->isReady());
        const QString dialect = dialog.findChild<QLabel *>(u"loadFileDialect"_s)->text();
        QVERIFY2(dialect.contains(u"| (pipe)"_s) && dialect.contains(u"UTF-8"_s)
                     && dialect.contains(u"a header row"_s) && dialect.contains(u"4 column"_s),
                 qPrintable(dialect));
        auto *rows = dialog.findChild<QTableWidget *>(u"loadFilePreview"_s);
        QCOMPARE(rows->rowCount(), 3);
        QCOMPARE(rows->columnCount(), 4);
        QCOMPARE(rows->item(1, 2)->text(), u"Second subject"_s);
        // The automatic mapping, shown under each column's name.
        QVERIFY2(rows->horizontalHeaderItem(0)->text().contains(u"BEGBATES"_s),
                 qPrintable(rows->horizontalHeaderItem(0)->text()));
        QVERIFY(rows->horizontalHeaderItem(1)->text().contains(u"CUSTODIAN"_s));
        QVERIFY(!rows->horizontalHeaderItem(3)->text().contains(u"\u2192"_s));
        QVERIFY(dialog.options().fieldMap.isEmpty());

        // The user reads the custodian from Owner instead.
        auto *custodian = dialog.findChild<QComboBox *>(u"loadMap_custodian"_s);
        QVERIFY(custodian);
        const int owner = custodian->findData(u"Owner"_s);
        QVERIFY(owner > 0);
        custodian->setCurrentIndex(owner);
        QVERIFY(rows->horizontalHeaderItem(3)->text().contains(u"CUSTODIAN"_s));
        QVERIFY(!rows->horizontalHeaderItem(1)->text().contains(u"CUSTODIAN"_s));
        QCOMPARE(dialog.options().fieldMap,
                 (QHash<QString, QString>{{u"custodian"_s, u"Owner"_s}}));
        QVERIFY(panel->mappingValid());

        QSignalSpy imported(&dialog, &Views::ImportDialog::imported);
        dialog.startImport();
        QTRY_COMPARE_WITH_TIMEOUT(dialog.step(), Views::ImportDialog::Step::Report, 20000);
        QCOMPARE(imported.count(), 1);
        QCOMPARE(dialog.lastReport().files.size(), 1);
        QCOMPARE(dialog.lastReport().files.front().documents, 3);
        QCOMPARE(scalar(m_case,
                        u"SELECT json_extract(metadata, '$.load_file.mapped.custodian') FROM "
                        u"documents WHERE bates_begin = 'ABC0002'"_s),
                 u"Jones"_s);
    }

    void headerlessColumnsByPosition()
    {
        // A DAT without a header (its first row holds a date, so it is data): the choices are
        // positions, as --map takes them, and the dialect says so.
        const QString dat = m_dir.filePath(u"nohdr.dat"_s);
        writeFile(dat, "X-1;Smith;3/4/2020\r\nX-2;Jones;4/4/2020\r\n");
        Views::ImportDialog dialog(m_case, {dat});
        auto *panel = dialog.findChild<Views::LoadFileMappingPanel *>();
        QVERIFY(panel);
        QTRY_VERIFY(panel->isReady());
        const QString dialect = dialog.findChild<QLabel *>(u"loadFileDialect"_s)->text();
        QVERIFY2(dialect.contains(u"; (semicolon)"_s) && dialect.contains(u"no header row"_s),
                 qPrintable(dialect));
        auto *custodian = dialog.findChild<QComboBox *>(u"loadMap_custodian"_s);
        QCOMPARE(custodian->count(), 4); // Automatic and three columns
        custodian->setCurrentIndex(2);
        const QString chosen = custodian->currentData().toString();
        QCOMPARE(dialog.options().fieldMap.value(u"custodian"_s), chosen);
        QVERIFY(panel->mappingValid());
        QVERIFY(dialog.findChild<QPushButton *>(u"importButton"_s)->isEnabled());
        QCOMPARE(chosen, u"2"_s);
    }
};

QTEST_MAIN(TestLoadFileMapping)
#include "tst_loadfilemapping.moc"

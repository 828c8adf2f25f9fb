// Bates stamping with qpdf (production/): the stamp is added to the existing page content, the
// page's text still extracts, and the stamp is upright in the visible bottom corners of rotated
// pages and of pages whose boxes do not start at the origin. Checked with poppler-utils
// (pdftotext -bbox), as a reader of the production would see it.
#include "batesstore.h"
#include "caseseed.h"
#include "custodylog.h"
#include "pdfstamper.h"
#include "sha256.h"
#include "stampeddocument.h"
#include "testpdf.h"

#include <QBuffer>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Casebinder;
using namespace Casebinder::Production;
using namespace Qt::StringLiterals;

namespace {

// A one-page PDF written by hand, so its boxes and rotation are exactly as given.
QByteArray handMadePdf(const QString &mediaBox, const QString &cropBox, int rotate)
{
    QByteArray content = "BT /F1 24 Tf 1 0 0 1 "
                         + QByteArray::number(mediaBox.split(u' ')[0].toInt() + 120) + ' '
                         + QByteArray::number(mediaBox.split(u' ')[1].toInt() + 400)
                         + " Tm (Original page text) Tj ET\n";
    QList<QByteArray> objects{
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [" + mediaBox.toLatin1() + "]"
            + (cropBox.isEmpty() ? QByteArray() : " /CropBox [" + cropBox.toLatin1() + "]")
            + " /Rotate " + QByteArray::number(rotate)
            + " /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content
            + "endstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    };
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1)
           + " /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

struct Word
{
    QRectF box;
    QString text;
};

struct PageWords
{
    QSizeF size;
    QList<Word> words;
};

QString tool(const QString &name)
{
    return QStandardPaths::findExecutable(name);
}

// pdftotext -bbox of page 1: the page as displayed (after /Rotate, in its visible box).
PageWords wordsOf(const QByteArray &pdf)
{
    QProcess process;
    process.start(tool(u"pdftotext"_s),
                  {u"-bbox"_s, u"-cropbox"_s, u"-f"_s, u"1"_s, u"-l"_s, u"1"_s, u"-"_s, u"-"_s});
    process.write(pdf);
    process.closeWriteChannel();
    process.waitForFinished(30000);
    const QString html = QString::fromUtf8(process.readAllStandardOutput());
    PageWords result;
    static const QRegularExpression page(uR"re(<page width="([\d.]+)" height="([\d.]+)">)re"_s);
    if (const auto match = page.match(html); match.hasMatch())
        result.size = QSizeF(match.captured(1).toDouble(), match.captured(2).toDouble());
    static const QRegularExpression word(
        uR"re(<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>)re"_s);
    for (auto it = word.globalMatch(html); it.hasNext();) {
        const auto match = it.next();
        result.words.append(
            {QRectF(QPointF(match.captured(1).toDouble(), match.captured(2).toDouble()),
                    QPointF(match.captured(3).toDouble(), match.captured(4).toDouble())),
             match.captured(5)});
    }
    return result;
}

const Word *find(const PageWords &page, const QString &text)
{
    for (const Word &word : page.words) {
        if (word.text == text)
            return &word;
    }
    return nullptr;
}

QByteArray run(const QString &program, const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    process.start(program, arguments);
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(30000);
    return process.readAllStandardOutput();
}

} // namespace

class TestPdfStamper : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        if (tool(u"pdftotext"_s).isEmpty() || tool(u"qpdf"_s).isEmpty())
            QSKIP("poppler-utils and qpdf are needed (scripts/deps.sh)");
    }

    void stampedTextExtractsWithTheOriginal()
    {
        const QByteArray original = TestSupport::makePdf(
            {u"First page of the agreement"_s, u"Second page of the agreement"_s});
        StampOptions options;
        options.legend = u"HIGHLY CONFIDENTIAL \u2013 ATTORNEYS\u2019 EYES ONLY"_s;
        auto stamped
            = stampPdf(original, {u"PARLER000001"_s, u"PARLER000002"_s}, options, u"a.pdf"_s);
        QVERIFY2(stamped, qPrintable(stamped ? QString() : stamped.error().fullText()));
        const QString text
            = QString::fromUtf8(run(tool(u"pdftotext"_s), {u"-"_s, u"-"_s}, *stamped));
        QVERIFY2(text.contains(u"First page of the agreement"_s), qPrintable(text));
        QVERIFY(text.contains(u"Second page of the agreement"_s));
        QVERIFY(text.contains(u"PARLER000001"_s));
        QVERIFY(text.contains(u"PARLER000002"_s));
        // The en dash and the typographic apostrophe come through WinAnsiEncoding.
        QVERIFY2(text.contains(u"HIGHLY CONFIDENTIAL \u2013 ATTORNEYS\u2019 EYES ONLY"_s),
                 qPrintable(text));
        // Nothing re-rendered: the original's content streams are all still there.
        const QString path = m_dir.filePath(u"checked.pdf"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(*stamped);
        file.close();
        const QByteArray check = run(tool(u"qpdf"_s), {u"--check"_s, path});
        QVERIFY2(check.contains("No syntax or stream encoding errors"), check.constData());
    }

    void stampIsUprightInTheVisibleCorner_data()
    {
        QTest::addColumn<QString>("mediaBox");
        QTest::addColumn<QString>("cropBox");
        QTest::addColumn<int>("rotate");
        QTest::newRow("letter") << u"0 0 612 792"_s << QString() << 0;
        QTest::newRow("rotate 90") << u"0 0 612 792"_s << QString() << 90;
        QTest::newRow("rotate 180") << u"0 0 612 792"_s << QString() << 180;
        QTest::newRow("rotate 270") << u"0 0 612 792"_s << QString() << 270;
        QTest::newRow("rotate -90") << u"0 0 612 792"_s << QString() << -90;
        QTest::newRow("offset media box") << u"100 200 712 992"_s << QString() << 0;
        QTest::newRow("offset crop box") << u"0 0 700 900"_s << u"50 60 662 852"_s << 0;
        QTest::newRow("crop box, rotate 90")
            << u"-300 -400 400 500"_s << u"-250 -350 362 442"_s << 90;
        QTest::newRow("crop box, rotate 270") << u"10 20 800 1000"_s << u"40 50 652 842"_s << 270;
    }

    void stampIsUprightInTheVisibleCorner()
    {
        QFETCH(QString, mediaBox);
        QFETCH(QString, cropBox);
        QFETCH(int, rotate);
        StampOptions options;
        options.legend = u"CONFIDENTIAL"_s;
        auto stamped = stampPdf(
            handMadePdf(mediaBox, cropBox, rotate), {u"DEF000042"_s}, options, u"p.pdf"_s);
        QVERIFY2(stamped, qPrintable(stamped ? QString() : stamped.error().fullText()));
        const PageWords page = wordsOf(*stamped);
        QVERIFY(page.size.isValid());
        QVERIFY(find(page, u"Original"_s));
        const Word *number = find(page, u"DEF000042"_s);
        const Word *legend = find(page, u"CONFIDENTIAL"_s);
        QVERIFY(number && legend);
        // Upright: a long word is wider than tall as displayed.
        QVERIFY2(number->box.width() > 3 * number->box.height(),
                 qPrintable(u"%1x%2"_s.arg(number->box.width()).arg(number->box.height())));
        QVERIFY(legend->box.width() > 3 * legend->box.height());
        // Bottom right and bottom left of the displayed page, inside it (pdftotext's y grows
        // down, from the crop box's corner; its page size is the unrotated box's).
        const QStringList box = (cropBox.isEmpty() ? mediaBox : cropBox).split(u' ');
        double w = box[2].toDouble() - box[0].toDouble();
        double h = box[3].toDouble() - box[1].toDouble();
        if (rotate % 180 != 0)
            std::swap(w, h);
        QVERIFY2(number->box.right() <= w && number->box.right() > w - 40,
                 qPrintable(u"number at %1 of %2"_s.arg(number->box.right()).arg(w)));
        QVERIFY2(number->box.bottom() <= h && number->box.bottom() > h - 40,
                 qPrintable(u"number at %1 of %2"_s.arg(number->box.bottom()).arg(h)));
        QVERIFY2(legend->box.left() >= 0 && legend->box.left() < 40,
                 qPrintable(QString::number(legend->box.left())));
        QVERIFY(legend->box.bottom() > h - 40);
    }

    void badInputIsRefusedClearly()
    {
        const QByteArray original = TestSupport::makePdf({u"Privileged memo"_s});
        const QString in = m_dir.filePath(u"in.pdf"_s);
        {
            QFile file(in);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(original);
        }
        const auto encrypted = [&](const QString &user) {
            const QString out = m_dir.filePath(u"enc%1.pdf"_s.arg(user.size()));
            QProcess::execute(tool(u"qpdf"_s),
                              {u"--encrypt"_s, user, u"owner"_s, u"256"_s, u"--"_s, in, out});
            QFile file(out);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        };
        auto password = stampPdf(encrypted(u"secret"_s), {u"A000001"_s}, {}, u"locked.pdf"_s);
        QVERIFY(!password);
        QCOMPARE(password.error().code, Error::Code::PasswordRequired);
        QVERIFY(password.error().message.contains(u"locked.pdf"_s));
        auto openEncrypted = stampPdf(encrypted(QString()), {u"A000001"_s}, {}, u"owner.pdf"_s);
        QVERIFY(!openEncrypted);
        QVERIFY2(openEncrypted.error().message.contains(u"owner.pdf: the PDF is encrypted"_s),
                 qPrintable(openEncrypted.error().message));

        auto garbage = stampPdf("this is not a PDF at all", {u"A000001"_s}, {}, u"junk.pdf"_s);
        QVERIFY(!garbage);
        QCOMPARE(garbage.error().code, Error::Code::Corrupt);
        // Damaged: the cross-reference table points nowhere, so qpdf has to rebuild it.
        QByteArray damaged = original;
        damaged.replace(damaged.lastIndexOf("startxref\n") + 10, 3, "999");
        auto repaired = stampPdf(damaged, {u"A000001"_s}, {}, u"damaged.pdf"_s);
        QVERIFY(!repaired);
        QCOMPARE(repaired.error().code, Error::Code::Corrupt);
        QVERIFY(repaired.error().message.contains(u"damaged.pdf"_s));

        QCOMPARE(pdfPageCount(original, u"one.pdf"_s).value_or(-1), 1);
        QVERIFY(!pdfPageCount("junk", u"junk.pdf"_s));
        auto count = stampPdf(original, {u"A000001"_s, u"A000002"_s}, {}, u"one.pdf"_s);
        QVERIFY(!count);
        QVERIFY(count.error().message.contains(u"1 page(s) but 2 Bates number(s)"_s));

        QVERIFY(!checkLegend(u"\u6A5F\u5BC6"_s)); // 機密: not in WinAnsi
        QVERIFY(checkLegend(u"CONFIDENTIAL \u2014 \u201CAEO\u201D"_s));
    }

    void imagesBecomePdfPages()
    {
        QImage image(850, 1100, QImage::Format_RGB32);
        image.fill(Qt::white);
        image.setDotsPerMeterX(3937); // 100 dpi: 8.5 × 11 in
        image.setDotsPerMeterY(3937);
        for (const char *format : {"PNG", "JPEG", "TIFF"}) {
            QByteArray bytes;
            QBuffer buffer(&bytes);
            buffer.open(QIODevice::WriteOnly);
            QVERIFY(image.save(&buffer, format));
            auto pdf = imageToPdf(bytes, u"scan"_s);
            QVERIFY2(pdf, qPrintable(pdf ? QString() : pdf.error().fullText()));
            if (QByteArrayView(format) == "JPEG")
                QVERIFY(pdf->contains(bytes.mid(0, 600))); // passed through, not re-encoded
            auto stamped = stampPdf(*pdf, {u"IMG0001"_s}, {}, u"scan"_s);
            QVERIFY(stamped);
            const PageWords page = wordsOf(*stamped);
            QCOMPARE(qRound(page.size.width()), 612);
            QCOMPARE(qRound(page.size.height()), 792);
            QVERIFY(find(page, u"IMG0001"_s));
        }
        QVERIFY(!imageToPdf("not an image", u"x.tif"_s));
    }

    // A bilevel scan is stored 1-bit; black stays black whichever index Qt gives it.
    void bilevelScansKeepTheirInk_data()
    {
        QTest::addColumn<bool>("blackIsZero");
        QTest::newRow("black at index 0") << true;
        QTest::newRow("white at index 0") << false;
    }

    void bilevelScansKeepTheirInk()
    {
        QFETCH(bool, blackIsZero);
        const QString pdftoppm = tool(u"pdftoppm"_s);
        if (pdftoppm.isEmpty())
            QSKIP("pdftoppm (poppler-utils) is needed");
        QImage scan(200, 100, QImage::Format_Mono);
        scan.setColorTable(blackIsZero ? QList<QRgb>{qRgb(0, 0, 0), qRgb(255, 255, 255)}
                                       : QList<QRgb>{qRgb(255, 255, 255), qRgb(0, 0, 0)});
        scan.fill(blackIsZero ? 1 : 0); // white paper
        for (int y = 20; y < 80; ++y) {
            for (int x = 20; x < 100; ++x)
                scan.setPixel(x, y, blackIsZero ? 0 : 1); // a black block on the left half
        }
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(scan.save(&buffer, "PNG"));
        auto pdf = imageToPdf(png, u"scan.png"_s);
        QVERIFY(pdf);
        QVERIFY(pdf->contains("/BitsPerComponent 1"));
        const QString path = m_dir.filePath(u"bilevel%1.pdf"_s.arg(blackIsZero));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(*pdf);
        file.close();
        const QImage rendered = QImage::fromData(
            run(pdftoppm, {u"-gray"_s, u"-r"_s, u"30"_s, u"-png"_s, path}), "PNG");
        QVERIFY(!rendered.isNull());
        const auto grey = [&rendered](double fx, double fy) {
            return qGray(rendered.pixel(int(fx * rendered.width()), int(fy * rendered.height())));
        };
        QVERIFY2(grey(0.3, 0.5) < 64, qPrintable(QString::number(grey(0.3, 0.5))));    // the block
        QVERIFY2(grey(0.75, 0.5) > 192, qPrintable(QString::number(grey(0.75, 0.5)))); // paper
    }

    void stampedCopyOfACaseDocument()
    {
        auto created = CaseFile::create(m_dir.filePath(u"stamp.casebinder"_s), {});
        QVERIFY(created);
        TestSupport::DocumentSeed seed{DocumentKind::Exhibit, u"Agreement"_s};
        seed.pages = {u"one"_s, u"two"_s};
        seed.original = TestSupport::makePdf({u"one"_s, u"two"_s});
        auto id = TestSupport::seedDocument(*created, seed);
        QVERIFY(id);
        TestSupport::DocumentSeed locked{DocumentKind::Exhibit, u"Locked"_s};
        locked.pages = {u"x"_s};
        locked.original = "%PDF-1.4 damaged beyond repair";
        auto lockedId = TestSupport::seedDocument(*created, locked);
        QVERIFY(lockedId);
        const QString out = m_dir.filePath(u"stamped.pdf"_s);
        auto unnumbered = writeStampedDocument(*created, *id, out, {});
        QVERIFY(!unnumbered);
        QVERIFY(unnumbered.error().message.contains(u"bates assign"_s));
        QVERIFY(!QFile::exists(out));

        BatesStore bates(created->db());
        auto plan = bates.plan({u"PARLER"_s, 1, 6}, {});
        QVERIFY(plan);
        QVERIFY(bates.assign(*plan));
        const QString sha = created->documents().document(*id)->blobSha256;
        auto copy = writeStampedDocument(*created, *id, out, {u"CONFIDENTIAL"_s});
        QVERIFY2(copy, qPrintable(copy ? QString() : copy.error().fullText()));
        QCOMPARE(copy->batesBegin, u"PARLER000001"_s);
        QCOMPARE(copy->batesEnd, u"PARLER000002"_s);
        QVERIFY(QFile::exists(copy->manifestPath));
        // The original is untouched: same bytes under the same SHA-256.
        QCOMPARE(*created->documents().original(*id), seed.original);
        QCOMPARE(Sha256::hex(seed.original), sha);
        const QString text = QString::fromUtf8(run(tool(u"pdftotext"_s), {out, u"-"_s}));
        QVERIFY(text.contains(u"PARLER000002"_s));
        auto entries = created->custody().entries();
        QVERIFY(entries);
        QVERIFY(std::any_of(entries->cbegin(), entries->cend(), [&](const CustodyEntry &entry) {
            return entry.sha256 == copy->sha256;
        }));

        // A damaged original stops before anything is written.
        const QString none = m_dir.filePath(u"none.pdf"_s);
        auto refused = writeStampedDocument(*created, *lockedId, none, {});
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(u"Locked"_s),
                 qPrintable(refused.error().message));
        QVERIFY(!QFile::exists(none));
        QVERIFY(!QFile::exists(none + u".manifest.json"_s));
    }
};

QTEST_MAIN(TestPdfStamper)
#include "tst_pdfstamper.moc"

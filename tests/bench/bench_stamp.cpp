// Bates stamping throughput for scripts/bench.sh: bench_stamp OUTDIR FILE.pdf...
// Stamps every page of each PDF with its own number and a legend (production/pdfstamper),
// writes OUTDIR/<n>.pdf, and prints "pages P seconds S refused R". Also writes OUTDIR/stamp.pdf
// (a one-page stamp for the `qpdf --overlay` peer) and OUTDIR/stamped.txt (the files stamped,
// so the peer runs on the same ones).
#include "pdfstamper.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <cstdio>

using namespace Casebinder;
using namespace Qt::StringLiterals;

namespace {

QByteArray blankLetterPage()
{
    const QByteArray objects[] = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
        "<< /Length 0 >>\nstream\n\nendstream",
    };
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    int number = 0;
    for (const QByteArray &object : objects) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(++number) + " 0 obj\n" + object + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 5\n0000000000 65535 f \n";
    for (const qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref)
           + "\n%%EOF\n";
    return pdf;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_stamp OUTDIR FILE.pdf...\n");
        return 2;
    }
    const QString out = args.at(0);
    Production::StampOptions options;
    options.legend = u"HIGHLY CONFIDENTIAL \u2013 ATTORNEYS' EYES ONLY"_s;
    auto stamp = Production::stampPdf(blankLetterPage(), {u"BENCH000001"_s}, options, u"stamp"_s);
    QFile stampFile(out + u"/stamp.pdf"_s);
    if (!stamp || !stampFile.open(QIODevice::WriteOnly) || stampFile.write(*stamp) < 0)
        return 1;
    stampFile.close();

    // Inputs are read (and their pages counted) before the clock starts.
    struct Input
    {
        QString path;
        QByteArray bytes;
        int pages = 0;
    };
    QList<Input> inputs;
    for (const QString &path : args.mid(1)) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        Input input{path, file.readAll()};
        input.pages = Production::pdfPageCount(input.bytes, path).value_or(0);
        if (input.pages > 0)
            inputs.append(std::move(input));
    }
    QFile list(out + u"/stamped.txt"_s);
    if (!list.open(QIODevice::WriteOnly | QIODevice::Text))
        return 1;
    QTextStream listed(&list);
    qint64 pages = 0;
    int refused = 0;
    int next = 1;
    QElapsedTimer clock;
    clock.start();
    for (qsizetype i = 0; i < inputs.size(); ++i) {
        QList<QString> numbers;
        for (int page = 0; page < inputs[i].pages; ++page)
            numbers.append(u"BENCH%1"_s.arg(next++, 6, 10, QLatin1Char('0')));
        auto stamped = Production::stampPdf(inputs[i].bytes, numbers, options, inputs[i].path);
        if (!stamped) {
            ++refused; // encrypted or damaged: refused, as a production would
            continue;
        }
        QFile file(out + u"/%1.pdf"_s.arg(i));
        if (!file.open(QIODevice::WriteOnly) || file.write(*stamped) != stamped->size())
            return 1;
        pages += inputs[i].pages;
        listed << inputs[i].path << '\n';
    }
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    std::printf("pages %lld seconds %.3f refused %d\n", qlonglong(pages), seconds, refused);
    return 0;
}

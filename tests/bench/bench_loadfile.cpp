// DAT import throughput: writes a Concordance DAT of N records (UTF-8 with BOM, þ/DC4, a header
// row, twelve fields, one record in a hundred with a text file), then reads it with the DAT
// reader alone and imports it into a new case. Prints records/s for both and the process's peak
// RSS after each step, which stays bounded as N grows: the reader streams from the file and the
// original is streamed into its blob (decisions 0016 and 0021). A benchmark reports resource
// figures; the tests assert behaviour only.
//
//   bench_loadfile [N=1000000] [--keep DIR]
#include "casefile.h"
#include "importjob.h"
#include "loadfiles/datreader.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

using namespace Casebinder;
using namespace Qt::StringLiterals;

namespace {

long peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

void writeDat(const QString &dir, qint64 records)
{
    QDir().mkpath(dir + u"/TEXT"_s);
    QFile file(dir + u"/VOL001.dat"_s);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(file.fileName()));
    const QString d = QString(QChar(0x14));
    const QString q = QString(QChar(0xFE));
    const auto row = [&](const QStringList &cells) {
        QString line;
        for (qsizetype i = 0; i < cells.size(); ++i)
            line += (i ? d : QString()) + q + cells[i] + q;
        return (line + u"\r\n"_s).toUtf8();
    };
    file.write("\xEF\xBB\xBF");
    file.write(row({u"BEGBATES"_s,
                    u"ENDBATES"_s,
                    u"BEGATTACH"_s,
                    u"ENDATTACH"_s,
                    u"CUSTODIAN"_s,
                    u"FROM"_s,
                    u"TO"_s,
                    u"SUBJECT"_s,
                    u"DATESENT"_s,
                    u"FILENAME"_s,
                    u"TEXTPATH"_s,
                    u"NOTES"_s}));
    QByteArray chunk;
    for (qint64 n = 1; n <= records; ++n) {
        const QString bates = u"BENCH%1"_s.arg(n, 8, 10, QChar(u'0'));
        QString text;
        if (n % 100 == 0) {
            text = u"TEXT\\%1.txt"_s.arg(bates);
            QFile t(dir + u"/TEXT/"_s + bates + u".txt"_s);
            if (t.open(QIODevice::WriteOnly))
                t.write(QByteArray("Extracted text of ") + bates.toLatin1()
                        + " about the quarterly numbers.\f Second page.");
        }
        chunk += row({bates,
                      bates,
                      n % 5 == 1 ? bates : QString(),
                      QString(),
                      u"Custodian %1"_s.arg(n % 37),
                      u"sender%1@example.com"_s.arg(n % 101),
                      u"recipient@example.com"_s,
                      u"Subject line number %1"_s.arg(n),
                      u"%1/%2/2001 2:48 PM"_s.arg(1 + n % 12).arg(1 + n % 28),
                      u"file%1.msg"_s.arg(n),
                      text,
                      u"First line" + QString(QChar(0xAE)) + u"second line"});
        if (chunk.size() > (1 << 20)) {
            file.write(chunk);
            chunk.clear();
        }
    }
    file.write(chunk);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QString keep;
    if (const qsizetype k = args.indexOf(u"--keep"_s); k >= 0 && k + 1 < args.size()) {
        keep = args[k + 1];
        args.remove(k, 2);
    }
    const qint64 records = args.isEmpty() ? 1000000 : args.front().toLongLong();
    QTemporaryDir temp;
    const QString dir = keep.isEmpty() ? temp.path() : keep;
    QTextStream out(stdout);

    QElapsedTimer timer;
    timer.start();
    writeDat(dir, records);
    out << "generated " << records << " records in " << timer.elapsed() << " ms ("
        << QFileInfo(dir + u"/VOL001.dat"_s).size() / (1 << 20) << " MiB)\n";
    out.flush();

    // Peak RSS only grows: the import is measured first, the reader alone after it.
    const long generatedPeak = peakRssMb();
    out << "peak RSS after generating: " << generatedPeak << " MB\n";
    const QString casePath = dir + u"/bench.casebinder"_s;
    QFile::remove(casePath);
    if (!CaseFile::create(casePath, CaseCaption{u"Bench"_s}))
        qFatal("cannot create the case");
    timer.restart();
    auto report = runImport(casePath, {dir + u"/VOL001.dat"_s}, {});
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (!report)
        qFatal("%s", qPrintable(report.error().fullText()));
    const qint64 documents = report->files.isEmpty() ? 0 : report->files.front().documents;
    out << "DAT import: " << documents << " documents in " << seconds
        << " s = " << qint64(double(documents) / seconds) << " records/s\n";
    const long importPeak = peakRssMb();
    out << "peak RSS after the import: " << importPeak << " MB (+" << importPeak - generatedPeak
        << " MB for a " << QFileInfo(dir + u"/VOL001.dat"_s).size() / (1 << 20) << " MiB DAT)\n";
    out.flush();

    {
        timer.restart();
        auto reader = LoadFiles::DatReader::openFile(dir + u"/VOL001.dat"_s, u"VOL001.dat"_s, {});
        if (!reader)
            qFatal("%s", qPrintable(reader.error().message));
        qint64 read = 0;
        LoadFiles::DatReader::Record record;
        while (reader->next(record))
            ++read;
        const double readSeconds = double(timer.nsecsElapsed()) / 1e9;
        out << "DAT read: " << read << " records in " << readSeconds
            << " s = " << qint64(double(read) / readSeconds) << " records/s\n";
    }
    out << "peak RSS after the reader alone: " << peakRssMb() << " MB\n";
    return documents == records ? 0 : 1;
}

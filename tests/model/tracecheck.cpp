// tracecheck TRACE CASE: reports closes that dropped the locks of a live connection to CASE
// (see locktrace.h). Exit 0 when there were none, 1 otherwise. For tracing the GUI by hand:
//   strace -f -y -e trace=openat,close,fcntl -o /tmp/trace casebinder CASE
#include "locktrace.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QTextStream>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    QTextStream out(stdout);
    if (arguments.size() != 3) {
        out << "Usage: tracecheck TRACE CASE\n";
        return 2;
    }
    const QString casePath = QFileInfo(arguments.at(2)).absoluteFilePath();
    const auto report = LockTrace::Analyzer::analyzeFile(
        arguments.at(1), {casePath, casePath + QStringLiteral("-shm")});
    out << "descriptors opened on the case: " << report.descriptorsOpened
        << ", at most open at once: " << report.maxOpenAtOnce
        << ", closes that dropped live locks: " << report.harmfulCloses.size() << '\n';
    for (const QString &line : report.harmfulCloses)
        out << "  " << line << '\n';
    return report.harmfulCloses.isEmpty() ? 0 : 1;
}

// Process A of tst_sharedcase: holds a case open the way the GUI does and obeys one command per
// line on stdin, answering one line on stdout ("ok ..." or "error ...").
//   open CASE      a CaseDocument on the case (the window's connection)
//   connections    a worker connection opened and dropped, as the viewer, search, posts
//                  worker and import do (CaseFile::reopen and CaseFile::open)
//   tag NAME       an undoable edit: creates a tag
//   wal            the -wal file this process has open: "ok INODE" or "error deleted"
//   quit
#include "casedocument.h"
#include "commands/tagcommands.h"
#include "sqlite/statement.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <memory>

#include <sys/stat.h>
#include <unistd.h>

using namespace Casebinder;
using namespace Qt::StringLiterals;

namespace {

Status touch(CaseFile &caseFile)
{
    auto statement = caseFile.db().prepare(u"SELECT count(*) FROM tags"_s);
    if (!statement)
        return fail(statement.error());
    if (auto row = statement->step(); !row)
        return fail(row.error());
    return {};
}

// The inode of the -wal file as this process holds it open, found through /proc/self/fd.
QString walInode(const QString &casePath)
{
    const QString wal = QFileInfo(casePath).absoluteFilePath() + u"-wal"_s;
    const QDir fds(u"/proc/self/fd"_s);
    for (const QString &fd :
         fds.entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot)) {
        char link[4096] = {};
        const ssize_t length
            = ::readlink(QFile::encodeName(fds.filePath(fd)).constData(), link, sizeof link - 1);
        if (length <= 0)
            continue;
        const QString target = QFile::decodeName(QByteArray(link, int(length)));
        if (!target.startsWith(wal))
            continue;
        if (target.endsWith(u" (deleted)"_s))
            return u"error deleted"_s;
        struct stat info = {};
        if (::stat(QFile::encodeName(fds.filePath(fd)).constData(), &info) != 0)
            return u"error stat"_s;
        return u"ok %1"_s.arg(info.st_ino);
    }
    return u"error not open"_s;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream in(stdin);
    QTextStream out(stdout);
    std::unique_ptr<CaseDocument> document;
    const auto reply = [&out](const QString &line) {
        out << line << Qt::endl;
    };
    const auto replyStatus = [&reply](const Status &status) {
        reply(status ? u"ok"_s : u"error "_s + status.error().fullText());
    };
    QString line;
    while (in.readLineInto(&line)) {
        const QString command = line.section(u' ', 0, 0);
        const QString argument = line.section(u' ', 1);
        if (command == u"open") {
            auto opened = CaseFile::open(argument);
            if (!opened) {
                reply(u"error "_s + opened.error().fullText());
                continue;
            }
            document = std::make_unique<CaseDocument>(std::move(*opened));
            replyStatus(touch(document->caseFile()));
        } else if (!document) {
            reply(u"error no case open"_s);
        } else if (command == u"connections") {
            Status status;
            for (const auto access : {CaseFile::Access::ReadOnly, CaseFile::Access::ReadWrite}) {
                auto worker = document->caseFile().reopen(access);
                if (!worker) {
                    status = fail(worker.error());
                    break;
                }
                if (status = touch(*worker); !status)
                    break;
                auto viewer = CaseFile::open(document->caseFile().path(), access);
                if (!viewer) {
                    status = fail(viewer.error());
                    break;
                }
                if (status = touch(*viewer); !status)
                    break;
            }
            replyStatus(status);
        } else if (command == u"tag") {
            TagRecord record;
            record.name = argument;
            replyStatus(document->push(std::make_unique<CreateTagCommand>(*document, record)));
        } else if (command == u"wal") {
            reply(walInode(document->caseFile().path()));
        } else if (command == u"quit") {
            reply(u"ok"_s);
            break;
        } else {
            reply(u"error unknown command "_s + command);
        }
    }
    return 0;
}

// export-searchable: a copy of a scanned PDF with OCR's text as an invisible layer on its
// pages (issue #16), so any PDF reader can search and copy it.
#include "casefile.h"
#include "clicommand.h"
#include "cliutil.h"
#include "ocr/searchablecopy.h"
#include "subcommand.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Casebinder::Cli {
namespace {

int runExportSearchable(const QStringList &arguments);

CASEBINDER_CLI_COMMAND(
    u"export-searchable"_s,
    u"export-searchable CASE ID OUT.pdf [--json]"_s,
    QString::fromUtf8(QT_TRANSLATE_NOOP(
        "Casebinder::Cli",
        "Write a searchable copy of a scanned PDF: its pages untouched, with the text OCR read "
        "placed over them as an invisible layer.")),
    runExportSearchable);

int runExportSearchable(const QStringList &arguments)
{
    ArgumentParser args(
        *CommandRegistry::instance().find(u"export-searchable"_s),
        CliText::tr("Write a copy of a document whose pages OCR read (casebinder-cli ocr), with "
                    "the recognised words drawn invisibly (render mode 3) over each page, as "
                    "OCRmyPDF does: the pages look exactly as the original's, and PDF readers "
                    "can search and copy the text. The original in the case is not changed. OUT "
                    "is written whole or not at all."));
    args.addPositional(u"CASE"_s, CliText::tr("The case file."));
    args.addPositional(u"ID"_s, CliText::tr("The document (a PDF whose pages were recognised)."));
    args.addPositional(u"OUT"_s, CliText::tr("The PDF to write."));
    args.addJsonOption();
    if (auto exit = args.parse(arguments, 3, 3))
        return *exit;
    auto id = parseId(args.positional().at(1), u"document"_s);
    if (!id)
        return BadUsage;
    auto caseFile = openCase(args.positional().at(0), CaseFile::Access::ReadOnly);
    if (!caseFile)
        return Failure;
    const QString out = args.positional().at(2);
    if (auto written = Ocr::saveSearchableCopy(*caseFile, *id, out); !written) {
        printError(written.error());
        return Failure;
    }
    const QString path = QFileInfo(out).absoluteFilePath();
    if (args.json())
        printJson(QJsonObject{
            {u"path"_s, path}, {u"document"_s, *id}, {u"size"_s, QFileInfo(out).size()}});
    else
        printLine(CliText::tr("Wrote %1").arg(QDir::toNativeSeparators(path)));
    return Success;
}

} // namespace
} // namespace Casebinder::Cli

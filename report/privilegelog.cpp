#include "privilegelog.h"

#include "exportsteps.h"
#include "pdfreport.h"
#include "privilegelogdata.h"

#include <QCoreApplication>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Casebinder::Export {
namespace {

const QColor MutedInk(0x5f, 0x66, 0x70);
const QColor MissingInk(0xa3, 0x1f, 0x16);
const QColor MissingShade(0xfd, 0xf4, 0xdd);

QString tr(const char *text)
{
    return QCoreApplication::translate("Casebinder::PrivilegeLog", text);
}

QString unknown()
{
    return tr("unknown");
}

QString orUnknown(const QString &value)
{
    return value.isEmpty() ? unknown() : value;
}

QString batesOrControl(const PrivilegeLogEntry &entry)
{
    if (entry.batesBegin.isEmpty())
        return tr("Control no. %1").arg(entry.documentId);
    if (entry.batesEnd.isEmpty() || entry.batesEnd == entry.batesBegin)
        return entry.batesBegin;
    return entry.batesBegin + u"\u2013"_s + entry.batesEnd;
}

QString basisText(PrivilegeBasis basis)
{
    switch (basis) {
    case PrivilegeBasis::AttorneyClient:
        return tr("Attorney\u2013client");
    case PrivilegeBasis::WorkProduct:
        return tr("Work product");
    case PrivilegeBasis::Other:
        return tr("Other");
    case PrivilegeBasis::Unknown:
        break;
    }
    return unknown();
}

QString withheldText(const PrivilegeLogEntry &entry)
{
    return entry.redacted ? tr("Redacted") : tr("Withheld");
}

RichText cell(const QString &value, TextRole role = TextRole::Small)
{
    if (value.isEmpty())
        return {unknown(), TextRole::SmallItalic, MutedInk};
    return {value, role};
}

RichText recipients(const PrivilegeLogEntry &entry)
{
    if (entry.to.isEmpty() && entry.cc.isEmpty() && entry.bcc.isEmpty())
        return {unknown(), TextRole::SmallItalic, MutedInk};
    RichText text(QString(), TextRole::Small);
    bool first = true;
    for (const auto &[label, value] : {std::pair{tr("To"), entry.to},
                                       std::pair{tr("Cc"), entry.cc},
                                       std::pair{tr("Bcc"), entry.bcc}}) {
        if (value.isEmpty())
            continue;
        text.append((first ? QString() : u"\n"_s) + label + u": "_s, RichText::bold());
        text.append(value);
        first = false;
    }
    return text;
}

} // namespace

Result<ExportOutcome> exportPrivilegeLog(CaseFile &caseFile,
                                         const QString &path,
                                         const PrivilegeLogOptions &options,
                                         const ExportControl &control)
{
    if (auto ok = checkOutputPath(path, caseFile.path()); !ok)
        return fail(ok.error());
    report(control, 2);
    auto data = loadPrivilegeLog(caseFile);
    if (!data)
        return fail(data.error());
    report(control, 30);
    ExportOutcome outcome;
    outcome.items = int(data->entries.size());
    outcome.empty = data->entries.isEmpty();
    QList<ExportSource> cited;
    for (const PrivilegeLogEntry &entry : std::as_const(data->entries)) {
        ExportSource source;
        source.documentId = entry.documentId;
        source.title = entry.title;
        source.cite = batesOrControl(entry);
        source.sha256 = entry.sha256;
        cited.append(source);
    }
    const bool csv = path.endsWith(u".csv"_s, Qt::CaseInsensitive);
    QJsonObject json = pdfOptionsJson(options.pdf);
    json.insert(u"format"_s, csv ? u"csv"_s : u"pdf"_s);
    if (csv) {
        auto written = writeAtomically(path, caseFile.path(), [&data](QIODevice &device) -> Status {
            QString text = u"\uFEFFlog_no,bates_or_control_no,date,document_type,author,to,cc,bcc,"
                           u"privilege_asserted,description,withheld_or_redacted\r\n"_s;
            for (const PrivilegeLogEntry &entry : std::as_const(data->entries)) {
                text += QStringList{QString::number(entry.number),
                                    csvField(batesOrControl(entry)),
                                    csvField(orUnknown(entry.date)),
                                    csvField(orUnknown(entry.documentType)),
                                    csvField(orUnknown(entry.author)),
                                    csvField(entry.to),
                                    csvField(entry.cc),
                                    csvField(entry.bcc),
                                    csvField(basisText(entry.basis)),
                                    csvField(orUnknown(entry.description)),
                                    csvField(withheldText(entry))}
                            .join(u',')
                        + u"\r\n"_s;
            }
            const QByteArray bytes = text.toUtf8();
            if (device.write(bytes) != bytes.size())
                return fail(
                    Error::Code::Io, tr("Cannot write the privilege log."), device.errorString());
            return {};
        });
        if (!written)
            return fail(written.error());
        return finish(caseFile, u"privilege-log"_s, path, json, cited, 0, control, outcome);
    }

    ReportSetup setup
        = makeSetup(data->caption, options.pdf, tr("Privilege Log"), QPageLayout::Landscape);
    setup.subtitle
        = (data->entries.size() == 1
               ? tr("1 document withheld on a claim of privilege")
               : tr("%1 documents withheld on a claim of privilege").arg(data->entries.size()))
          + tr(" \u00B7 Fed. R. Civ. P. 26(b)(5)(A)");
    PdfReport pdf(setup);
    pdf.addCaption();
    if (data->entries.isEmpty()) {
        pdf.addSpacing(18);
        pdf.addParagraph(
            RichText(tr("No document in this case is marked privileged."), TextRole::Heading));
        pdf.addParagraph(RichText(tr("Nothing is withheld on a claim of privilege, so the log "
                                     "has no entries.")));
    } else {
        pdf.beginTable({{tr("Log no."), 0.5},
                        {tr("Bates / control no."), 1.4},
                        {tr("Date"), 0.85},
                        {tr("Document type"), 1.15},
                        {tr("Author"), 1.3},
                        {tr("Recipients"), 1.7},
                        {tr("Privilege asserted"), 1.05},
                        {tr("Description of subject matter"), 2.35},
                        {tr("Withheld or redacted"), 1.15}});
        int incompleteEntries = 0;
        for (const PrivilegeLogEntry &entry : std::as_const(data->entries)) {
            const bool incomplete
                = entry.basis == PrivilegeBasis::Unknown || entry.description.isEmpty();
            incompleteEntries += incomplete ? 1 : 0;
            RichText basis = entry.basis == PrivilegeBasis::Unknown
                                 ? RichText(unknown(), TextRole::SmallItalic, MissingInk)
                                 : RichText(basisText(entry.basis), TextRole::Small);
            RichText description
                = entry.description.isEmpty()
                      ? RichText(tr("unknown (not described)"), TextRole::SmallItalic, MissingInk)
                      : RichText(entry.description, TextRole::Small);
            pdf.addRow({RichText(QString::number(entry.number), TextRole::BodyBold),
                        RichText(batesOrControl(entry), TextRole::Small),
                        cell(entry.date),
                        cell(entry.documentType),
                        cell(entry.author),
                        recipients(entry),
                        basis,
                        description,
                        RichText(withheldText(entry), TextRole::Small)},
                       incomplete ? MissingShade : QColor());
            if (cancelled(control))
                return fail(Error::Code::Cancelled, tr("The export was cancelled."));
        }
        pdf.addSpacing(6);
        pdf.addParagraph(RichText(
            tr("Each document listed is withheld in full on the privilege asserted. Dates are the "
               "documents\u2019 own dates at the precision known; authors and recipients are "
               "those the documents state (an e-mail\u2019s headers). \u201CUnknown\u201D means "
               "the case does not record the value; nothing here is inferred. A document without "
               "a Bates number is identified by its control number in this case."),
            TextRole::Note,
            MutedInk));
        if (incompleteEntries > 0)
            pdf.addParagraph(
                RichText(tr("Not ready to serve: %1 of %2 entries lack the privilege asserted or a "
                            "description (shaded). Rule 26(b)(5)(A) requires both; set them with "
                            "document set --privilege-basis / --privilege-description or in the "
                            "inspector.")
                             .arg(incompleteEntries)
                             .arg(data->entries.size()),
                         TextRole::Note,
                         MissingInk));
    }
    report(control, 60);
    auto pages = writeReport(path, caseFile.path(), pdf, setup, control);
    if (!pages)
        return fail(pages.error());
    outcome.pages = *pages;
    return finish(caseFile, u"privilege-log"_s, path, json, cited, 0, control, outcome);
}

} // namespace Casebinder::Export

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

QString unknown(const DisplayLanguage &language)
{
    return language.translate("Casebinder::PrivilegeLog", "unknown");
}

QString orUnknown(const QString &value, const DisplayLanguage &language)
{
    return value.isEmpty() ? unknown(language) : value;
}

QString batesOrControl(const PrivilegeLogEntry &entry, const DisplayLanguage &language)
{
    if (entry.batesBegin.isEmpty())
        return language.translate("Casebinder::PrivilegeLog", "Control no. %1")
            .arg(entry.documentId);
    if (entry.batesEnd.isEmpty() || entry.batesEnd == entry.batesBegin)
        return entry.batesBegin;
    return entry.batesBegin + u"\u2013"_s + entry.batesEnd;
}

QString basisText(PrivilegeBasis basis, const DisplayLanguage &language)
{
    switch (basis) {
    case PrivilegeBasis::AttorneyClient:
        return language.translate("Casebinder::PrivilegeLog",
                                  "Attorney\u2013"
                                  "client");
    case PrivilegeBasis::WorkProduct:
        return language.translate("Casebinder::PrivilegeLog", "Work product");
    case PrivilegeBasis::Other:
        return language.translate("Casebinder::PrivilegeLog", "Other");
    case PrivilegeBasis::Unknown:
        break;
    }
    return unknown(language);
}

QString withheldText(const PrivilegeLogEntry &entry, const DisplayLanguage &language)
{
    return entry.redacted ? language.translate("Casebinder::PrivilegeLog", "Redacted")
                          : language.translate("Casebinder::PrivilegeLog", "Withheld");
}

RichText cell(const QString &value,
              const DisplayLanguage &language,
              TextRole role = TextRole::Small)
{
    if (value.isEmpty())
        return {unknown(language), TextRole::SmallItalic, MutedInk};
    return {value, role};
}

RichText recipients(const PrivilegeLogEntry &entry, const DisplayLanguage &language)
{
    if (entry.to.isEmpty() && entry.cc.isEmpty() && entry.bcc.isEmpty())
        return {unknown(language), TextRole::SmallItalic, MutedInk};
    RichText text(QString(), TextRole::Small);
    bool first = true;
    for (const auto &[label, value] :
         {std::pair{language.translate("Casebinder::PrivilegeLog", "To"), entry.to},
          std::pair{language.translate("Casebinder::PrivilegeLog", "Cc"), entry.cc},
          std::pair{language.translate("Casebinder::PrivilegeLog", "Bcc"), entry.bcc}}) {
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
    const DisplayLanguage &language = options.pdf.language;
    report(control, 2);
    auto data = loadPrivilegeLog(caseFile, language);
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
        source.cite = batesOrControl(entry, language);
        source.sha256 = entry.sha256;
        cited.append(source);
    }
    const bool csv = path.endsWith(u".csv"_s, Qt::CaseInsensitive);
    QJsonObject json = pdfOptionsJson(options.pdf);
    json.insert(u"format"_s, csv ? u"csv"_s : u"pdf"_s);
    if (csv) {
        auto written = writeAtomically(
            path, caseFile.path(), [&data, &language](QIODevice &device) -> Status {
                QString text
                    = u"\uFEFFlog_no,bates_or_control_no,date,document_type,author,to,cc,bcc,"
                      u"privilege_asserted,description,withheld_or_redacted\r\n"_s;
                for (const PrivilegeLogEntry &entry : std::as_const(data->entries)) {
                    text += QStringList{QString::number(entry.number),
                                        csvField(batesOrControl(entry, language)),
                                        csvField(orUnknown(entry.date, language)),
                                        csvField(orUnknown(entry.documentType, language)),
                                        csvField(orUnknown(entry.author, language)),
                                        csvField(entry.to),
                                        csvField(entry.cc),
                                        csvField(entry.bcc),
                                        csvField(basisText(entry.basis, language)),
                                        csvField(orUnknown(entry.description, language)),
                                        csvField(withheldText(entry, language))}
                                .join(u',')
                            + u"\r\n"_s;
                }
                const QByteArray bytes = text.toUtf8();
                if (device.write(bytes) != bytes.size())
                    return fail(Error::Code::Io,
                                QCoreApplication::translate("Casebinder::PrivilegeLog",
                                                            "Cannot write the privilege log."),
                                device.errorString());
                return {};
            });
        if (!written)
            return fail(written.error());
        return finish(caseFile, u"privilege-log"_s, path, json, cited, 0, control, outcome);
    }

    ReportSetup setup = makeSetup(data->caption,
                                  options.pdf,
                                  language.translate("Casebinder::PrivilegeLog", "Privilege Log"),
                                  QPageLayout::Landscape);
    setup.subtitle
        = (data->entries.size() == 1
               ? language.translate("Casebinder::PrivilegeLog",
                                    "1 document withheld on a claim of privilege")
               : language
                     .translate("Casebinder::PrivilegeLog",
                                "%1 documents withheld on a claim of privilege")
                     .arg(data->entries.size()))
          + language.translate("Casebinder::PrivilegeLog", " \u00B7 Fed. R. Civ. P. 26(b)(5)(A)");
    PdfReport pdf(setup);
    pdf.addCaption();
    if (data->entries.isEmpty()) {
        pdf.addSpacing(18);
        pdf.addParagraph(
            RichText(language.translate("Casebinder::PrivilegeLog",
                                        "No document in this case is marked privileged."),
                     TextRole::Heading));
        pdf.addParagraph(
            RichText(language.translate("Casebinder::PrivilegeLog",
                                        "Nothing is withheld on a claim of privilege, so the log "
                                        "has no entries.")));
    } else {
        pdf.beginTable(
            {{language.translate("Casebinder::PrivilegeLog", "Log no."), 0.5},
             {language.translate("Casebinder::PrivilegeLog", "Bates / control no."), 1.4},
             {language.translate("Casebinder::PrivilegeLog", "Date"), 0.85},
             {language.translate("Casebinder::PrivilegeLog", "Document type"), 1.15},
             {language.translate("Casebinder::PrivilegeLog", "Author"), 1.3},
             {language.translate("Casebinder::PrivilegeLog", "Recipients"), 1.7},
             {language.translate("Casebinder::PrivilegeLog", "Privilege asserted"), 1.05},
             {language.translate("Casebinder::PrivilegeLog", "Description of subject matter"),
              2.35},
             {language.translate("Casebinder::PrivilegeLog", "Withheld or redacted"), 1.15}});
        int incompleteEntries = 0;
        for (const PrivilegeLogEntry &entry : std::as_const(data->entries)) {
            const bool incomplete
                = entry.basis == PrivilegeBasis::Unknown || entry.description.isEmpty();
            incompleteEntries += incomplete ? 1 : 0;
            RichText basis = entry.basis == PrivilegeBasis::Unknown
                                 ? RichText(unknown(language), TextRole::SmallItalic, MissingInk)
                                 : RichText(basisText(entry.basis, language), TextRole::Small);
            RichText description = entry.description.isEmpty()
                                       ? RichText(language.translate("Casebinder::PrivilegeLog",
                                                                     "unknown (not described)"),
                                                  TextRole::SmallItalic,
                                                  MissingInk)
                                       : RichText(entry.description, TextRole::Small);
            pdf.addRow({RichText(QString::number(entry.number), TextRole::BodyBold),
                        RichText(batesOrControl(entry, language), TextRole::Small),
                        cell(entry.date, language),
                        cell(entry.documentType, language),
                        cell(entry.author, language),
                        recipients(entry, language),
                        basis,
                        description,
                        RichText(withheldText(entry, language), TextRole::Small)},
                       incomplete ? MissingShade : QColor());
            if (cancelled(control))
                return fail(
                    Error::Code::Cancelled,
                    QCoreApplication::translate("Casebinder::Report", "The export was cancelled."));
        }
        pdf.addSpacing(6);
        pdf.addParagraph(RichText(
            language.translate(
                "Casebinder::PrivilegeLog",
                "Each document listed is withheld in full on the privilege asserted. Dates are the "
                "documents\u2019 own dates at the precision known; authors and recipients are "
                "those the documents state (an e-mail\u2019s headers). \u201CUnknown\u201D means "
                "the case does not record the value; nothing here is inferred. A document without "
                "a Bates number is identified by its control number in this case."),
            TextRole::Note,
            MutedInk));
        if (incompleteEntries > 0)
            pdf.addParagraph(RichText(
                language
                    .translate(
                        "Casebinder::PrivilegeLog",
                        "Not ready to serve: %1 of %2 entries lack the privilege asserted or a "
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

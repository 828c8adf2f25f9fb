#include "dockets/acmsjson.h"

#include "dockets/docketdates.h"
#include "dockets/htmltree.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Casebinder::Dockets {
namespace {

Error notADocket(const QString &why)
{
    return Error{Error::Code::Unsupported, u"not a docket"_s, why};
}

QString textOf(const QString &html)
{
    return Html::docketText(Html::Tree::parse(html).root().textContent());
}

// The party cell: the name, then lines of other names ("AKA …"), then the party's type, each
// line ending in a comma.
DocketParty partyOf(const Html::Node &cell)
{
    QStringList lines = cell.brLines();
    for (QString &line : lines) {
        line = Html::collapseWhitespace(line);
        while (line.endsWith(u',') || line.endsWith(u' '))
            line.chop(1);
    }
    lines.removeAll(QString());
    DocketParty party;
    if (!lines.isEmpty())
        party.name = lines.takeFirst();
    if (!lines.isEmpty())
        party.type = lines.takeLast();
    return party;
}

// One lawyer's block: "Name, Title", then contact lines and roles in brackets ("[Retained]").
DocketAttorney attorneyOf(const Html::Node &block)
{
    DocketAttorney attorney;
    QStringList contact;
    const QStringList lines = block.brLines();
    for (const QString &raw : lines) {
        const QString line = Html::collapseWhitespace(raw);
        if (line.isEmpty())
            continue;
        if (attorney.name.isEmpty())
            attorney.name = line;
        else if (line.startsWith(u'[') && line.endsWith(u']'))
            attorney.roles.append(line.mid(1, line.size() - 2).trimmed());
        else
            contact.append(line);
    }
    attorney.contact = contact.join(u'\n');
    return attorney;
}

QList<DocketParty> partiesOf(const QString &html)
{
    QList<DocketParty> parties;
    const Html::Tree tree = Html::Tree::parse(html);
    for (const Html::Node *row : tree.root().descendants(u"tr")) {
        const auto cells = row->childElements(u"td");
        if (cells.empty())
            continue;
        DocketParty party = partyOf(*cells.front());
        if (party.name.isEmpty())
            continue;
        if (cells.size() > 1) {
            for (const Html::Node *block : cells[1]->descendants(u"div")) {
                DocketAttorney attorney = attorneyOf(*block);
                if (!attorney.name.isEmpty())
                    party.attorneys.append(attorney);
            }
        }
        parties.append(party);
    }
    return parties;
}

QDate enteredDate(const QString &text)
{
    static const QRegularExpression entered(uR"(\[Entered:\s*(\d{1,2}/\d{1,2}/\d{4}))"_s);
    const auto match = entered.match(text);
    return match.hasMatch() ? parseUsDate(match.captured(1)) : QDate();
}

} // namespace

bool AcmsDocketJson::looksLikeAcmsJson(QByteArrayView head)
{
    const QByteArrayView trimmed = head.trimmed();
    return trimmed.startsWith('{') && head.contains("\"caseDetails\"")
           && (head.contains("\"caseNumber\"") || head.contains("\"docketInfo\""));
}

Result<Docket> AcmsDocketJson::parse(QByteArrayView bytes)
{
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(bytes.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError)
        return fail(Error::Code::Corrupt,
                    u"The ACMS docket is not valid JSON (%1 at byte %2)."_s.arg(error.errorString())
                        .arg(error.offset));
    const QJsonObject details = json.object().value(u"caseDetails"_s).toObject();
    if (details.isEmpty())
        return fail(notADocket(u"the JSON has no caseDetails"_s));
    Docket docket;
    docket.docketNumber = details.value(u"caseNumber"_s).toString().trimmed();
    if (docket.docketNumber.isEmpty())
        return fail(notADocket(u"the JSON has no case number"_s));
    docket.pacerCaseId = details.value(u"caseId"_s).toString();
    docket.caseName = Html::collapseWhitespace(details.value(u"name"_s).toString());
    docket.dateFiled = parseIsoDate(details.value(u"caseOpened"_s).toString());
    docket.parties = partiesOf(details.value(u"partyAttorneyList"_s).toString());

    const QJsonArray entries
        = json.object().value(u"docketInfo"_s).toObject().value(u"docketEntries"_s).toArray();
    for (const auto &value : entries) {
        const QJsonObject object = value.toObject();
        DocketEntry entry;
        const QJsonValue number = object.value(u"entryNumber"_s);
        if (number.isDouble())
            entry.documentNumber = QString::number(number.toInteger());
        else if (number.isString())
            entry.documentNumber = number.toString().trimmed();
        entry.dateFiled = parseIsoDate(object.value(u"endDate"_s).toString());
        entry.description = textOf(object.value(u"docketEntryText"_s).toString());
        entry.dateEntered = enteredDate(entry.description);
        entry.pacerDocId = object.value(u"docketEntryId"_s).toString();
        if (entry.description.isEmpty() && entry.documentNumber.isEmpty())
            continue;
        docket.entries.append(entry);
    }
    return docket;
}

} // namespace Casebinder::Dockets

#include "dockets/courtlistenerjson.h"

#include "dockets/docketdates.h"
#include "dockets/htmltree.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Casebinder::Dockets {
namespace {

Error notADocket(const QString &why)
{
    return Error{Error::Code::Unsupported, u"not a docket"_s, why};
}

// A string, or a number written as one ("pacer_case_id": 28766).
QString text(const QJsonValue &value)
{
    if (value.isDouble())
        return QString::number(value.toInteger());
    return value.toString().trimmed();
}

// An entry's number: an integer (the API's type), or digits written as text; anything else is
// no number (never read as one).
QString entryNumber(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double number = value.toDouble();
        return number >= 0 && number == std::floor(number) && number < 1e12
                   ? QString::number(qint64(number))
                   : QString();
    }
    const QString written = value.toString().trimmed();
    const bool digits = !written.isEmpty() && std::ranges::all_of(written, [](QChar c) {
        return c >= u'0' && c <= u'9';
    });
    return digits ? written : QString();
}

// The id at the end of an API URL: ".../api/rest/v4/dockets/4214664/" → "4214664".
QString idOfUrl(const QJsonValue &value)
{
    if (value.isDouble())
        return QString::number(value.toInteger());
    static const QRegularExpression last(uR"(/([^/]+)/?$)"_s);
    const QString url = value.toString();
    const auto match = last.match(url);
    return match.hasMatch() ? match.captured(1) : url;
}

bool isDocket(const QJsonObject &object)
{
    return object.contains(u"docket_number"_s)
           && (object.contains(u"court_id"_s) || object.contains(u"court"_s));
}

bool isEntry(const QJsonObject &object)
{
    return object.contains(u"entry_number"_s) || object.contains(u"recap_documents"_s);
}

DocketEntry entryOf(const QJsonObject &object)
{
    DocketEntry entry;
    entry.documentNumber = entryNumber(object.value(u"entry_number"_s));
    entry.dateFiled = parseIsoDate(object.value(u"date_filed"_s).toString());
    entry.description = Html::docketText(object.value(u"description"_s).toString());
    entry.pacerSeqNo = text(object.value(u"pacer_sequence_number"_s));
    for (const auto &value : object.value(u"recap_documents"_s).toArray()) {
        const QJsonObject document = value.toObject();
        const int attachment = document.value(u"attachment_number"_s).toInt();
        const bool main = document.value(u"document_type"_s).toInt(1) == 1 || attachment == 0;
        if (main) {
            entry.pacerDocId = text(document.value(u"pacer_doc_id"_s));
            if (entry.documentNumber.isEmpty())
                entry.documentNumber = text(document.value(u"document_number"_s));
            if (entry.description.isEmpty())
                entry.description = Html::docketText(document.value(u"description"_s).toString());
        } else {
            entry.attachments.append(DocketAttachment{
                attachment,
                Html::collapseWhitespace(document.value(u"description"_s).toString()),
                text(document.value(u"pacer_doc_id"_s))});
        }
    }
    return entry;
}

Docket docketOf(const QJsonObject &object)
{
    Docket docket;
    docket.courtListenerId = text(object.value(u"id"_s));
    docket.courtId = text(object.value(u"court_id"_s));
    if (docket.courtId.isEmpty())
        docket.courtId = idOfUrl(object.value(u"court"_s));
    docket.courtId = docket.courtId.toLower();
    docket.docketNumber = text(object.value(u"docket_number"_s));
    docket.pacerCaseId = text(object.value(u"pacer_case_id"_s));
    for (const auto *key : {"case_name", "case_name_full", "case_name_short"}) {
        docket.caseName = Html::collapseWhitespace(object.value(QLatin1StringView(key)).toString());
        if (!docket.caseName.isEmpty())
            break;
    }
    docket.dateFiled = parseIsoDate(object.value(u"date_filed"_s).toString());
    docket.dateTerminated = parseIsoDate(object.value(u"date_terminated"_s).toString());
    docket.assignedTo = Html::collapseWhitespace(object.value(u"assigned_to_str"_s).toString());
    docket.referredTo = Html::collapseWhitespace(object.value(u"referred_to_str"_s).toString());
    docket.cause = Html::collapseWhitespace(object.value(u"cause"_s).toString());
    docket.natureOfSuit = Html::collapseWhitespace(object.value(u"nature_of_suit"_s).toString());
    docket.juryDemand = Html::collapseWhitespace(object.value(u"jury_demand"_s).toString());
    docket.jurisdiction = Html::collapseWhitespace(object.value(u"jurisdiction_type"_s).toString());
    for (const auto &entry : object.value(u"docket_entries"_s).toArray()) {
        if (entry.isObject())
            docket.entries.append(entryOf(entry.toObject()));
    }
    return docket;
}

} // namespace

bool CourtListenerJson::looksLikeCourtListener(QByteArrayView head)
{
    if (!head.trimmed().startsWith('{'))
        return false;
    const bool docket = head.contains("\"docket_number\"")
                        && (head.contains("\"resource_uri\"") || head.contains("\"pacer_case_id\"")
                            || head.contains("\"docket_entries\""));
    const bool entries
        = head.contains("\"results\"")
          && (head.contains("\"recap_documents\"") || head.contains("\"entry_number\""));
    return docket || entries;
}

Result<QList<Docket>> CourtListenerJson::parse(QByteArrayView bytes)
{
    QJsonParseError error;
    const QJsonDocument json = QJsonDocument::fromJson(bytes.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError)
        return fail(
            Error::Code::Corrupt,
            u"The CourtListener JSON is not valid (%1 at byte %2)."_s.arg(error.errorString())
                .arg(error.offset));
    const QJsonObject root = json.object();
    QList<Docket> dockets;
    if (isDocket(root)) {
        dockets.append(docketOf(root));
    } else if (root.value(u"results"_s).isArray()) {
        QMap<QString, Docket> entriesByDocket; // a page of entries, by the docket they name
        for (const auto &value : root.value(u"results"_s).toArray()) {
            const QJsonObject object = value.toObject();
            if (isDocket(object)) {
                dockets.append(docketOf(object));
            } else if (isEntry(object)) {
                const QString docketId = idOfUrl(object.value(u"docket"_s));
                if (docketId.isEmpty())
                    return fail(notADocket(u"a docket entry names no docket"_s));
                Docket &docket = entriesByDocket[docketId];
                docket.courtListenerId = docketId;
                docket.entries.append(entryOf(object));
            }
        }
        dockets.append(entriesByDocket.values());
    }
    if (dockets.isEmpty())
        return fail(notADocket(u"the JSON holds no CourtListener docket or docket entry"_s));
    for (const Docket &docket : std::as_const(dockets)) {
        if (docket.docketNumber.isEmpty() && docket.courtListenerId.isEmpty())
            return fail(notADocket(u"a docket has neither a number nor an id"_s));
    }
    return dockets;
}

} // namespace Casebinder::Dockets

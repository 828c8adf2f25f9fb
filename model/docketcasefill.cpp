#include "docketcasefill.h"

#include "entitystore.h"
#include "sqlite/database.h"
#include "sqlite/statement.h"

#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Casebinder {
namespace {

// The Bluebook's abbreviations (table T1) of the states and territories with federal courts.
const QHash<QString, QString> &stateAbbreviations()
{
    static const QHash<QString, QString> states{
        {u"al"_s, u"Ala."_s},        {u"ak"_s, u"Alaska"_s}, {u"az"_s, u"Ariz."_s},
        {u"ar"_s, u"Ark."_s},        {u"ca"_s, u"Cal."_s},   {u"co"_s, u"Colo."_s},
        {u"ct"_s, u"Conn."_s},       {u"de"_s, u"Del."_s},   {u"dc"_s, u"D.C."_s},
        {u"fl"_s, u"Fla."_s},        {u"ga"_s, u"Ga."_s},    {u"hi"_s, u"Haw."_s},
        {u"id"_s, u"Idaho"_s},       {u"il"_s, u"Ill."_s},   {u"in"_s, u"Ind."_s},
        {u"ia"_s, u"Iowa"_s},        {u"ks"_s, u"Kan."_s},   {u"ky"_s, u"Ky."_s},
        {u"la"_s, u"La."_s},         {u"me"_s, u"Me."_s},    {u"md"_s, u"Md."_s},
        {u"ma"_s, u"Mass."_s},       {u"mi"_s, u"Mich."_s},  {u"mn"_s, u"Minn."_s},
        {u"ms"_s, u"Miss."_s},       {u"mo"_s, u"Mo."_s},    {u"mt"_s, u"Mont."_s},
        {u"ne"_s, u"Neb."_s},        {u"nv"_s, u"Nev."_s},   {u"nh"_s, u"N.H."_s},
        {u"nj"_s, u"N.J."_s},        {u"nm"_s, u"N.M."_s},   {u"ny"_s, u"N.Y."_s},
        {u"nc"_s, u"N.C."_s},        {u"nd"_s, u"N.D."_s},   {u"oh"_s, u"Ohio"_s},
        {u"ok"_s, u"Okla."_s},       {u"or"_s, u"Or."_s},    {u"pa"_s, u"Pa."_s},
        {u"ri"_s, u"R.I."_s},        {u"sc"_s, u"S.C."_s},   {u"sd"_s, u"S.D."_s},
        {u"tn"_s, u"Tenn."_s},       {u"tx"_s, u"Tex."_s},   {u"ut"_s, u"Utah"_s},
        {u"vt"_s, u"Vt."_s},         {u"va"_s, u"Va."_s},    {u"wa"_s, u"Wash."_s},
        {u"wv"_s, u"W. Va."_s},      {u"wi"_s, u"Wis."_s},   {u"wy"_s, u"Wyo."_s},
        {u"pr"_s, u"P.R."_s},        {u"gu"_s, u"Guam"_s},   {u"vi"_s, u"V.I."_s},
        {u"nmi"_s, u"N. Mar. I."_s},
    };
    return states;
}

// "S.D." + "N.Y." is written "S.D.N.Y.", "W.D." + "Wash." "W.D. Wash.".
QString joinDistrict(const QString &district, const QString &state)
{
    static const QRegularExpression initials(uR"(^([A-Z]\.)+$)"_s);
    if (initials.match(state).hasMatch())
        return district + state;
    return district + u' ' + state;
}

// Names that say an organisation; anything else on a docket is taken for a person only when
// it looks like one (two or more words, no digits), else it stays an organisation.
bool looksLikeOrganisation(const QString &name)
{
    static const QRegularExpression marker(
        uR"(\b(LLC|L\.L\.C\.|Inc|Corp|Corporation|Company|Co|Ltd|L\.?P|LLP|PLLC|P\.?C|N\.A|Bank|)"
        uR"(Association|Services|Group|Holdings|University|College|Department|Dept|County|City|)"
        uR"(State|States|Commonwealth|Commission|Agency|Authority|Board|Trust|Foundation|)"
        uR"(Partners|Fund|Society|Union|Church|Hospital|School|District|Office|Bureau|America|)"
        uR"(Technologies|Systems|Media|Network|Networks|Web|Amazon|Google|Apple|et al)\b\.?)"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression digit(uR"(\d)"_s);
    return marker.match(name).hasMatch() || digit.match(name).hasMatch()
           || !name.trimmed().contains(u' ');
}

QString normalName(const QString &name)
{
    return name.simplified().toCaseFolded();
}

} // namespace

QString DocketCaseFill::courtName(const QString &courtId)
{
    const QString id = courtId.trimmed().toLower();
    static const QRegularExpression circuit(uR"(^ca(\d{1,2})$)"_s);
    if (const auto match = circuit.match(id); match.hasMatch()) {
        const int number = match.captured(1).toInt();
        const QString suffix = number == 1   ? u"st"_s
                               : number == 2 ? u"nd"_s
                               : number == 3 ? u"rd"_s
                                             : u"th"_s;
        if (number >= 1 && number <= 11)
            return u"%1%2 Cir."_s.arg(number).arg(suffix);
    }
    if (id == u"cadc")
        return u"D.C. Cir."_s;
    if (id == u"cafc")
        return u"Fed. Cir."_s;
    // District and bankruptcy courts: state, district letter or none, then d or b.
    static const QRegularExpression trial(uR"(^([a-z]{2,3}?)([nsewmc]?)([db])$)"_s);
    if (const auto match = trial.match(id); match.hasMatch()) {
        const auto state = stateAbbreviations().constFind(match.captured(1));
        if (state != stateAbbreviations().cend()) {
            const QString letter = match.captured(2).toUpper();
            const QString district = letter.isEmpty() ? u"D."_s : letter + u".D."_s;
            const QString court = joinDistrict(district, *state);
            return match.captured(3) == u"b" ? u"Bankr. "_s + court : court;
        }
    }
    return courtId;
}

QString DocketCaseFill::judgeName(const QString &assignedTo)
{
    static const QRegularExpression title(
        uR"(^\s*(?:(?:Chief|Senior|U\.?S\.?|United States|District|Magistrate|Bankruptcy|Circuit)\s+)*)"
        uR"((?:Judge|Justice)\s+|^\s*(?:The\s+)?Hon(?:orable|\.)?\s+)"_s,
        QRegularExpression::CaseInsensitiveOption);
    QString name = assignedTo.simplified();
    name.remove(title);
    return name.simplified();
}

Result<DocketCaseFillOutcome> DocketCaseFill::apply(const Docket &docket)
{
    EntityStore entities(m_db);
    auto existing = entities.entities();
    if (!existing)
        return fail(existing.error());
    QHash<QString, qint64> byName;
    for (const EntityRecord &entity : std::as_const(*existing))
        byName.insert(normalName(entity.name), entity.id);

    DocketCaseFillOutcome outcome;
    const auto add = [&](EntityRecord record) -> Status {
        record.name = record.name.simplified();
        if (record.name.isEmpty())
            return {};
        if (byName.contains(normalName(record.name))) {
            ++outcome.entitiesReused;
            return {};
        }
        auto id = entities.insert(record);
        if (!id)
            return fail(id.error());
        byName.insert(normalName(record.name), *id);
        ++outcome.entitiesAdded;
        return {};
    };

    const QString caseLabel = docket.docketNumber;
    for (const DocketParty &party : docket.parties) {
        EntityRecord record;
        record.name = party.name;
        record.kind
            = looksLikeOrganisation(party.name) ? EntityKind::Organisation : EntityKind::Person;
        record.role = EntityRole::Party;
        record.description = party.type.isEmpty() ? u"Party in %1"_s.arg(caseLabel)
                                                  : u"%1 in %2"_s.arg(party.type, caseLabel);
        if (party.dateTerminated.isValid())
            record.description
                += u" (terminated %1)"_s.arg(party.dateTerminated.toString(Qt::ISODate));
        if (auto done = add(record); !done)
            return fail(done.error());
        for (const DocketAttorney &attorney : party.attorneys) {
            EntityRecord counsel;
            counsel.name = attorney.name;
            counsel.kind = EntityKind::Person;
            counsel.role = EntityRole::Counsel;
            counsel.description = u"Counsel for %1"_s.arg(party.name.simplified());
            if (!attorney.roles.isEmpty())
                counsel.description += u" (%1)"_s.arg(attorney.roles.join(u"; "_s));
            counsel.notes = attorney.contact;
            if (auto done = add(counsel); !done)
                return fail(done.error());
        }
    }
    for (const auto &[name, what] : {std::pair{docket.assignedTo, u"Assigned judge"_s},
                                     std::pair{docket.referredTo, u"Referred to"_s}}) {
        EntityRecord judge;
        judge.name = judgeName(name);
        judge.kind = EntityKind::Person;
        judge.role = EntityRole::Judge;
        judge.description = u"%1, %2"_s.arg(what, caseLabel);
        if (auto done = add(judge); !done)
            return fail(done.error());
    }
    if (auto done = fillCaption(docket, outcome); !done)
        return fail(done.error());
    return outcome;
}

Status DocketCaseFill::fillCaption(const Docket &docket, DocketCaseFillOutcome &outcome)
{
    auto current = m_db.prepare(
        u"SELECT title, case_name, court, docket_number, judge FROM case_meta WHERE id = 1"_s);
    if (!current)
        return fail(current.error());
    auto row = current->step();
    if (!row)
        return fail(row.error());
    if (!*row)
        return {};
    const QList<std::pair<QString, QString>> fields{
        {u"title"_s, docket.caseName},
        {u"case_name"_s, docket.caseName},
        {u"court"_s, courtName(docket.courtId)},
        {u"docket_number"_s, docket.docketNumber},
        {u"judge"_s, judgeName(docket.assignedTo)},
    };
    QList<std::pair<QString, QString>> fill;
    for (int column = 0; column < fields.size(); ++column) {
        if (current->text(column).trimmed().isEmpty() && !fields[column].second.trimmed().isEmpty())
            fill.append(fields[column]);
    }
    current->reset();
    for (const auto &[column, value] : std::as_const(fill)) {
        // The column names come from the list above, never from input.
        auto update = m_db.prepare(u"UPDATE case_meta SET %1 = ? WHERE id = 1"_s.arg(column));
        if (!update)
            return fail(update.error());
        update->bind(1, value.simplified());
        if (auto done = update->exec(); !done)
            return done;
        outcome.captionFilled.append(column);
    }
    return {};
}

} // namespace Casebinder

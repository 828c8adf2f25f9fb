#include "pacerstamp.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Casebinder {
namespace {

// PACER's document ids are long (00516242060); entry numbers are not.
constexpr qsizetype PacerDocumentIdDigits = 9;

// The stamp is the page's first line; text extraction sometimes moves it a little further
// down or runs its words together ("4:08-cv-02214-SBADocument").
constexpr qsizetype StampWindow = 800;

QDate stampDate(const QString &text)
{
    const QStringList parts = text.split(u'/');
    if (parts.size() != 3)
        return {};
    int year = parts[2].toInt();
    if (parts[2].size() == 2)
        year += year < 70 ? 2000 : 1900;
    return {year, parts[0].toInt(), parts[1].toInt()}; // null when impossible
}

void setDocument(PacerStamp &stamp, const QString &number, const QString &attachment)
{
    if (number.size() >= PacerDocumentIdDigits)
        stamp.pacerDocumentId = number;
    else
        stamp.documentNumber = QString::number(number.toInt());
    stamp.attachmentNumber = attachment.toInt();
}

struct StampForm
{
    QRegularExpression pattern;
    // Capture groups: case number, document number, attachment, filed date, page; 0 = absent.
    int caseNumber, document, attachment, filed, page;
};

const QList<StampForm> &stampForms()
{
    static const QList<StampForm> forms = [] {
        const auto option = QRegularExpression::CaseInsensitiveOption;
        const QString district = uR"((\d+:\d{2}-[a-z]{1,4}-\d{1,6}(?:-[a-z]{2,5})*))"_s;
        const QString appellate = uR"((\d{2}-\d{3,6}))"_s;
        const QString document = uR"((\d+)(?:-(\d+))?)"_s;
        const QString date = uR"((\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})))"_s;
        return QList<StampForm>{
            // District: Case 1:13-cv-04384-PAE-HBP Document 212 Filed 06/22/20 … Page 1 of 2
            {QRegularExpression(u"Case\\s*"_s + district + u"\\s*Document\\s*"_s + document
                                    + u"\\s*Filed\\s*"_s + date + u".{0,60}?Page\\s*(\\d+)"_s,
                                option),
             1,
             2,
             3,
             4,
             5},
            // Bankruptcy: Case 19-10562 Doc 45 Filed 01/02/20 Entered … Page 1 of 3
            {QRegularExpression(u"Case\\s*(\\d{2}-\\d{3,6}(?:-[a-z]{2,5})*)\\s*Doc\\s*"_s + document
                                    + u"\\s*Filed\\s*"_s + date,
                                option),
             1,
             2,
             3,
             4,
             0},
            // Ninth Circuit: Case: 20-16276, 08/05/2020, ID: 11778722, DktEntry: 19, Page 1
            {QRegularExpression(u"Case:\\s*"_s + appellate + u",\\s*"_s + date
                                    + u",\\s*ID:\\s*\\d+,\\s*DktEntry:\\s*"_s + document
                                    + u",\\s*Page\\s*(\\d+)"_s,
                                option),
             1,
             3,
             4,
             2,
             5},
            // Second Circuit: Case 17-3510, Document 1-1, 10/31/2017, 2161300, Page1 of 2
            {QRegularExpression(u"Case\\s*"_s + appellate + u",\\s*Document\\s*"_s + document
                                    + u",\\s*"_s + date + u",\\s*\\d+,\\s*Page\\s*(\\d+)"_s,
                                option),
             1,
             2,
             3,
             4,
             5},
            // Other circuits: Case: 17-3994 Document: 1-3 Filed: 09/20/2017 Page: 1
            {QRegularExpression(u"Case:\\s*"_s + appellate + u"\\s*Document:\\s*"_s + document
                                    + u"(?:\\s*Filed:\\s*"_s + date + u")?\\s*Page:\\s*(\\d+)"_s,
                                option),
             1,
             2,
             3,
             4,
             5},
            // Eighth Circuit: Appellate Case: 17-2543 Page: 1 Date Filed: 07/26/2017 Entry ID: …
            {QRegularExpression(u"Appellate Case:\\s*"_s + appellate + u"\\s*Page:\\s*(\\d+)"_s
                                    + u"\\s*Date Filed:\\s*"_s + date,
                                option),
             1,
             0,
             0,
             3,
             2},
        };
    }();
    return forms;
}

struct DocketNumberParts
{
    QString office;
    int year = -1;
    QString type;
    int number = -1;
};

std::optional<DocketNumberParts> docketNumberParts(QStringView text)
{
    static const QRegularExpression pattern(uR"((?:(\d+):)?(\d{2})-(?:([a-z]{1,4})-)?(\d{1,6}))"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    const auto match = pattern.match(text.toString());
    if (!match.hasMatch())
        return std::nullopt;
    return DocketNumberParts{match.captured(1),
                             match.captured(2).toInt(),
                             match.captured(3).toLower(),
                             match.captured(4).toInt()};
}

} // namespace

std::optional<PacerStamp> readPacerStamp(QStringView pageText)
{
    const QString head = pageText.left(StampWindow).toString().simplified();
    for (const StampForm &form : stampForms()) {
        const auto match = form.pattern.match(head);
        if (!match.hasMatch())
            continue;
        PacerStamp stamp;
        stamp.caseNumber = match.captured(form.caseNumber);
        if (form.document > 0)
            setDocument(stamp, match.captured(form.document), match.captured(form.attachment));
        if (form.filed > 0)
            stamp.filed = stampDate(match.captured(form.filed));
        if (form.page > 0)
            stamp.page = match.captured(form.page).toInt();
        return stamp;
    }
    return std::nullopt;
}

std::optional<RecapFileName> readRecapFileName(QStringView fileName)
{
    // Anywhere in the name: RECAP's own downloads are often saved with a prefix.
    static const QRegularExpression pattern(
        uR"(gov\.uscourts\.([a-z0-9]+)\.([0-9a-z:-]+)\.(\d+)\.(\d+)(?:_\d+)?\.pdf$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    const auto match = pattern.match(fileName.toString());
    if (!match.hasMatch())
        return std::nullopt;
    RecapFileName name;
    name.courtId = match.captured(1).toLower();
    name.caseId = match.captured(2);
    const QString document = match.captured(3);
    if (document.size() >= PacerDocumentIdDigits)
        name.pacerDocumentId = document;
    else
        name.documentNumber = QString::number(document.toInt());
    name.attachmentNumber = match.captured(4).toInt();
    return name;
}

QString normalPacerDocumentId(const QString &id)
{
    QString normal = id.trimmed();
    if (normal.size() >= PacerDocumentIdDigits)
        normal[3] = u'0';
    return normal;
}

bool sameDocketNumber(QStringView a, QStringView b)
{
    const auto left = docketNumberParts(a);
    const auto right = docketNumberParts(b);
    if (!left || !right)
        return false;
    if (!left->office.isEmpty() && !right->office.isEmpty()
        && left->office.toInt() != right->office.toInt())
        return false;
    return left->year == right->year && left->type == right->type && left->number == right->number;
}

} // namespace Casebinder

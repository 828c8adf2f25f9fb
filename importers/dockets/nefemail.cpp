#include "dockets/nefemail.h"

#include "common/mime.h"
#include "dockets/docketdates.h"
#include "dockets/htmltree.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Casebinder::Dockets {
namespace {

Error notADocket(const QString &why)
{
    return Error{Error::Code::Unsupported, u"not a docket"_s, why};
}

// The court's id from a CM/ECF host or address: ecf.txwd.uscourts.gov → txwd.
QString courtOfHost(const QString &host)
{
    static const QRegularExpression court(uR"(([a-z0-9]+)\.uscourts\.gov)"_s,
                                          QRegularExpression::CaseInsensitiveOption);
    const auto match = court.match(host);
    return match.hasMatch() ? match.captured(1).toLower() : QString();
}

// The cell beside a label's cell: <tr><td><strong>Case Name:</strong></td><td>value</td></tr>.
const Html::Node *valueCell(const Html::Node &label)
{
    const Html::Node *cell = label.ancestor(u"td");
    const Html::Node *row = cell ? cell->ancestor(u"tr") : nullptr;
    if (!row)
        return nullptr;
    const auto cells = row->childElements(u"td");
    for (size_t i = 0; i + 1 < cells.size(); ++i) {
        if (cells[i] == cell)
            return cells[i + 1];
    }
    return nullptr;
}

// The text after a label up to the next <br>: "<strong>Document description:</strong>Main
// Document<br>".
QString textAfter(const Html::Node &label)
{
    if (!label.parent)
        return {};
    QString text;
    bool after = false;
    for (const Html::Node *sibling : label.parent->children) {
        if (sibling == &label) {
            after = true;
            continue;
        }
        if (!after)
            continue;
        if (sibling->is(u"br") || sibling->is(u"strong"))
            break;
        text += sibling->isText() ? sibling->text : sibling->textContent();
    }
    return Html::collapseWhitespace(text);
}

QString pacerDocIdOf(const QString &href)
{
    static const QRegularExpression doc1(uR"(/doc1/(\d+))"_s);
    const auto match = doc1.match(href);
    return match.hasMatch() ? match.captured(1) : QString();
}

// A court of appeals' link to its documents (…/docs1/009033568259?uid=…): the id, its fourth
// digit 0 as the docket report names the main document.
QString appellateDocIdOf(const QString &href)
{
    static const QRegularExpression docs1(uR"(/docs1/(\d+))"_s);
    QString id = docs1.match(href).captured(1);
    if (id.size() > 3 && id[3] == u'1')
        id[3] = u'0';
    return id;
}

// A notice of docket activity's text: after the label's line break, up to the next break.
QString lineAfter(const Html::Node &label)
{
    if (!label.parent)
        return {};
    QString text;
    bool after = false;
    bool started = false;
    for (const Html::Node *sibling : label.parent->children) {
        if (sibling == &label) {
            after = true;
            continue;
        }
        if (!after)
            continue;
        if (sibling->is(u"br")) {
            if (started)
                break;
            continue;
        }
        if (sibling->is(u"strong"))
            break;
        text += sibling->isText() ? sibling->text : sibling->textContent();
        started = !Html::collapseWhitespace(text).isEmpty();
    }
    return Html::docketText(text);
}

} // namespace

bool NefEmail::looksLikeNef(QByteArrayView head)
{
    // The headers come first: the subject CM/ECF gives every notice, from a court's server.
    const qsizetype split
        = head.indexOf("\n\n") >= 0 ? head.indexOf("\n\n") : head.indexOf("\r\n\r\n");
    const QByteArrayView headers = split < 0 ? head : head.first(split);
    static const QRegularExpression subject(uR"((?m)^Subject:\s*Activity in Case )"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression from(uR"((?m)^From:.*uscourts\.gov)"_s,
                                         QRegularExpression::CaseInsensitiveOption);
    const QString text = QString::fromLatin1(headers);
    if (subject.match(text).hasMatch() && text.contains(u"uscourts.gov"_s, Qt::CaseInsensitive))
        return true;
    // A court of appeals' notice of docket activity: its subject is the case; its body says
    // what it is.
    return from.match(text).hasMatch() && split >= 0
           && head.sliced(split).contains("Notice of Docket Activity");
}

Result<QList<Docket>> NefEmail::parse(QByteArrayView bytes)
{
    const auto [headers, body] = Mime::splitMessage(bytes.toByteArray());
    QString html = Mime::partOfType(body, headers, u"text/html"_s);
    if (html.isNull())
        return fail(notADocket(u"the message has no HTML notice"_s));
    const Html::Tree tree = Html::Tree::parse(html);
    const QString pageText = Html::collapseWhitespace(tree.root().textContent());
    const bool activity = pageText.contains(u"Notice of Docket Activity"_s, Qt::CaseInsensitive);
    if (!activity && !pageText.contains(u"Notice of Electronic Filing"_s, Qt::CaseInsensitive))
        return fail(notADocket(u"the message is not a Notice of Electronic Filing"_s));

    static const QRegularExpression enteredOn(
        uR"(entered\s+(?:by\s+.*?\s+)?on\s+(\d{1,2}/\d{1,2}/\d{2,4}))"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression filedOn(uR"(filed\s+on\s+(\d{1,2}/\d{1,2}/\d{2,4}))"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    const QDate entered = parseUsDate(enteredOn.match(pageText).captured(1));
    const QDate filed = parseUsDate(filedOn.match(pageText).captured(1));
    const QString fromCourt = courtOfHost(Mime::headerValue(headers, u"from"_s));

    QList<Docket> dockets;
    int attachmentNumber = -1; // the first description is the main document's
    for (const Html::Node *label : tree.root().descendants(u"strong")) {
        const QString name = Html::collapseWhitespace(label->textContent());
        if (name.compare(u"Case Name:"_s, Qt::CaseInsensitive) == 0) {
            Docket docket;
            docket.courtId = fromCourt;
            if (const Html::Node *cell = valueCell(*label))
                docket.caseName = Html::collapseWhitespace(cell->textContent());
            DocketEntry entry;
            entry.dateFiled = filed;
            entry.dateEntered = entered;
            docket.entries.append(entry);
            dockets.append(docket);
            attachmentNumber = -1;
            continue;
        }
        if (dockets.isEmpty())
            continue;
        Docket &docket = dockets.last();
        DocketEntry &entry = docket.entries.last();
        if (name.compare(u"Case Number:"_s, Qt::CaseInsensitive) == 0) {
            if (const Html::Node *cell = valueCell(*label)) {
                docket.docketNumber = Html::collapseWhitespace(cell->textContent());
                for (const Html::Node *link : cell->descendants(u"a")) {
                    const QUrl url(link->attribute(u"href"));
                    if (const QString court = courtOfHost(url.host()); !court.isEmpty())
                        docket.courtId = court;
                    // A court of appeals: TransportRoom?servlet=DocketReportFilter.jsp&caseId=…
                    if (const QString caseId = QUrlQuery(url).queryItemValue(u"caseId"_s);
                        !caseId.isEmpty() && url.path().contains(u"TransportRoom"_s))
                        docket.pacerCaseId = caseId;
                    // DktRpt.pl?1099906: PACER's case id.
                    if (url.path().contains(u"DktRpt"_s) && !url.query().isEmpty()
                        && !url.query().contains(u'='))
                        docket.pacerCaseId = url.query();
                }
            }
        } else if (name.compare(u"Document Number:"_s, Qt::CaseInsensitive) == 0) {
            if (const Html::Node *cell = valueCell(*label)) {
                static const QRegularExpression number(uR"(^\s*(\d+))"_s);
                entry.documentNumber
                    = number.match(Html::collapseWhitespace(cell->textContent())).captured(1);
                for (const Html::Node *link : cell->descendants(u"a")) {
                    const QString href = link->attribute(u"href");
                    entry.pacerDocId = pacerDocIdOf(href);
                    entry.pacerSeqNo
                        = QUrlQuery(QUrl(href).query()).queryItemValue(u"de_seq_num"_s);
                }
            }
        } else if (name.compare(u"Document(s):"_s, Qt::CaseInsensitive) == 0) {
            // A court of appeals numbers no documents in its notices: the docket report shows
            // PACER's document id in their place, and so does the entry read here.
            if (const Html::Node *cell = valueCell(*label)) {
                for (const Html::Node *link : cell->descendants(u"a")) {
                    entry.pacerDocId = appellateDocIdOf(link->attribute(u"href"));
                    if (!entry.pacerDocId.isEmpty())
                        break;
                }
                entry.documentNumber = entry.pacerDocId;
            }
        } else if (activity && name.compare(u"Docket Text:"_s, Qt::CaseInsensitive) == 0) {
            entry.description = lineAfter(*label);
        } else if (name.compare(u"Docket Text:"_s, Qt::CaseInsensitive) == 0) {
            const Html::Node *paragraph = label->ancestor(u"p");
            QString text
                = Html::docketText(paragraph ? paragraph->textContent() : textAfter(*label));
            if (text.startsWith(name))
                text = text.mid(name.size()).trimmed();
            entry.description = text;
        } else if (name.compare(u"Document description:"_s, Qt::CaseInsensitive) == 0) {
            ++attachmentNumber;
            if (attachmentNumber > 0)
                entry.attachments.append(DocketAttachment{attachmentNumber, textAfter(*label), {}});
        }
    }
    // A notice lists its entry for every case, and the documents once, after the last case.
    for (Docket &docket : dockets) {
        if (docket.entries.last().attachments.isEmpty()
            && !dockets.last().entries.last().attachments.isEmpty())
            docket.entries.last().attachments = dockets.last().entries.last().attachments;
    }
    dockets.removeIf([](const Docket &docket) { return docket.docketNumber.isEmpty(); });
    if (dockets.isEmpty())
        return fail(notADocket(u"the notice names no case number"_s));
    return dockets;
}

} // namespace Casebinder::Dockets

#include "dockets/recapxml.h"

#include "dockets/docketdates.h"
#include "dockets/htmltree.h"

#include <QHash>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace Casebinder::Dockets {

namespace {

QString clean(const QString &text)
{
    return Html::collapseWhitespace(text);
}

class Reader
{
public:
    explicit Reader(QByteArrayView bytes)
        : m_xml(bytes.toByteArray())
    {}

    Result<Docket> read()
    {
        if (!m_xml.readNextStartElement() || m_xml.name() != u"gov_uscourts_docket")
            return fail(Error::Code::Unsupported, u"not a docket"_s);
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() == u"case_details")
                readCaseDetails();
            else if (m_xml.name() == u"party_list")
                readParties();
            else if (m_xml.name() == u"document_list")
                readDocuments();
            else
                m_xml.skipCurrentElement();
        }
        if (m_xml.hasError())
            return fail(Error::Code::Corrupt,
                        u"The docket XML is malformed"_s,
                        u"line %1: %2"_s.arg(m_xml.lineNumber()).arg(m_xml.errorString()));
        return std::move(m_docket);
    }

private:
    QString text()
    {
        return m_xml.readElementText(QXmlStreamReader::IncludeChildElements).trimmed();
    }

    void readCaseDetails()
    {
        while (m_xml.readNextStartElement()) {
            const auto name = m_xml.name();
            if (name == u"court")
                m_docket.courtId = text().toLower();
            else if (name == u"docket_num")
                m_docket.docketNumber = text();
            else if (name == u"pacer_case_num")
                m_docket.pacerCaseId = text().trimmed();
            else if (name == u"case_name")
                m_docket.caseName = clean(text());
            else if (name == u"date_case_filed")
                m_docket.dateFiled = parseIsoDate(text());
            else if (name == u"date_case_terminated")
                m_docket.dateTerminated = parseIsoDate(text());
            else if (name == u"assigned_to")
                m_docket.assignedTo = clean(text());
            else if (name == u"referred_to")
                m_docket.referredTo = clean(text());
            else if (name == u"case_cause")
                m_docket.cause = clean(text());
            else if (name == u"nature_of_suit")
                m_docket.natureOfSuit = clean(text());
            else if (name == u"jury_demand")
                m_docket.juryDemand = clean(text());
            else if (name == u"jurisdiction")
                m_docket.jurisdiction = clean(text());
            else
                m_xml.skipCurrentElement();
        }
    }

    void readParties()
    {
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() != u"party") {
                m_xml.skipCurrentElement();
                continue;
            }
            DocketParty party;
            while (m_xml.readNextStartElement()) {
                const auto name = m_xml.name();
                if (name == u"name")
                    party.name = clean(text());
                else if (name == u"type")
                    party.type = clean(text());
                else if (name == u"date_terminated")
                    party.dateTerminated = parseIsoDate(text());
                else if (name == u"attorney_list")
                    readAttorneys(party);
                else
                    m_xml.skipCurrentElement();
            }
            // The archive repeats a party word for word when two of its downloads listed it, and
            // lists parties without a name; neither is a party more.
            if (!party.name.isEmpty() && !m_docket.parties.contains(party))
                m_docket.parties.append(party);
        }
    }

    void readAttorneys(DocketParty &party)
    {
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() != u"attorney") {
                m_xml.skipCurrentElement();
                continue;
            }
            DocketAttorney attorney;
            while (m_xml.readNextStartElement()) {
                const auto name = m_xml.name();
                if (name == u"attorney_name") {
                    attorney.name = clean(text());
                } else if (name == u"contact") {
                    attorney.contact = text();
                } else if (name == u"attorney_role") {
                    for (const QString &role : text().split(u'\n')) {
                        if (!clean(role).isEmpty())
                            attorney.roles.append(clean(role));
                    }
                } else {
                    m_xml.skipCurrentElement();
                }
            }
            party.attorneys.append(attorney);
        }
    }

    void readDocuments()
    {
        QHash<QString, qsizetype> entryOf; // document number → index in entries
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() != u"document") {
                m_xml.skipCurrentElement();
                continue;
            }
            const QString number = m_xml.attributes().value(u"doc_num"_s).toString().trimmed();
            bool attachmentOk = false;
            const int attachment
                = m_xml.attributes().value(u"attachment_num"_s).toInt(&attachmentOk);
            DocketEntry entry;
            entry.documentNumber = number;
            QString shortDescription;
            while (m_xml.readNextStartElement()) {
                const auto name = m_xml.name();
                if (name == u"pacer_doc_id")
                    entry.pacerDocId = text();
                else if (name == u"date_filed")
                    entry.dateFiled = parseIsoDate(text());
                else if (name == u"date_entered")
                    entry.dateEntered = parseIsoDate(text());
                else if (name == u"long_desc")
                    entry.description = Html::docketText(text());
                else if (name == u"short_desc") // an attachment's description
                    shortDescription = clean(text());
                else if (name == u"pacer_de_seq_num")
                    entry.pacerSeqNo = text();
                else
                    m_xml.skipCurrentElement();
            }
            if (attachmentOk && attachment < 0)
                continue; // no such attachment
            if (attachmentOk && attachment > 0) {
                qsizetype index = entryOf.value(number, -1);
                if (index < 0) { // an attachment listed before (or without) its entry
                    index = m_docket.entries.size();
                    entryOf.insert(number, index);
                    m_docket.entries.append(DocketEntry{number});
                }
                m_docket.entries[index].attachments.append(
                    DocketAttachment{attachment, shortDescription, entry.pacerDocId});
                continue;
            }
            if (const qsizetype index = entryOf.value(number, -1);
                index >= 0 && !number.isEmpty()) {
                entry.attachments = m_docket.entries[index].attachments;
                m_docket.entries[index] = entry;
                continue;
            }
            if (!number.isEmpty())
                entryOf.insert(number, m_docket.entries.size());
            m_docket.entries.append(entry);
        }
    }

    QXmlStreamReader m_xml;
    Docket m_docket;
};

} // namespace

bool RecapDocketXml::looksLikeRecapXml(QByteArrayView head)
{
    const QByteArray text = head.toByteArray();
    return text.trimmed().startsWith('<') && text.contains("<gov_uscourts_docket");
}

Result<Docket> RecapDocketXml::parse(QByteArrayView bytes)
{
    return Reader(bytes).read();
}

} // namespace Casebinder::Dockets

// The shipped French catalogue is complete (issue #21 §9): lupdate, run over the sources the
// build scans, finds no string without its translation, and every translation keeps the
// placeholders of its source. A new user-visible string without French fails here.

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

struct Message
{
    QString context;
    QString source;
    QString translation;
    bool unfinished = false;
    bool vanished = false;
    bool numerus = false;
};

QList<Message> readCatalogue(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<Message> messages;
    QString context;
    Message message;
    bool numerus = false;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::EndElement && xml.name() == u"message")
            messages.append(message);
        if (token != QXmlStreamReader::StartElement)
            continue;
        const auto name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            message = Message{context};
            numerus = xml.attributes().value(u"numerus"_s) == u"yes";
            message.numerus = numerus;
        } else if (name == u"source") {
            message.source = xml.readElementText();
        } else if (name == u"translation") {
            const auto type = xml.attributes().value(u"type"_s);
            message.unfinished = type == u"unfinished";
            message.vanished = type == u"vanished" || type == u"obsolete";
            if (!numerus)
                message.translation = xml.readElementText();
        } else if (name == u"numerusform" && message.translation.isEmpty()) {
            message.translation = xml.readElementText();
        }
    }
    return messages;
}

// The %1… of a text; a plural form may leave out %n ("la première publication").
QStringList placeholders(const QString &text, bool numerus)
{
    static const QRegularExpression pattern(u"%(?:\\d+|n)"_s);
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.append(it.next().captured());
    if (numerus)
        found.removeAll(u"%n"_s);
    found.sort();
    found.removeDuplicates();
    return found;
}

} // namespace

class TranslationsTest : public QObject
{
    Q_OBJECT

private slots:
    void frenchIsComplete()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString catalogue = dir.filePath(u"casebinder_fr.ts"_s);
        QVERIFY(QFile::copy(
            QStringLiteral(CASEBINDER_SOURCE_DIR "/resources/translations/casebinder_fr.ts"),
            catalogue));
        QFile::setPermissions(catalogue, QFile::ReadOwner | QFile::WriteOwner);
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(CASEBINDER_LUPDATE),
                      {u"@"_s + QStringLiteral(CASEBINDER_I18N_SOURCES),
                       u"-no-obsolete"_s,
                       u"-locations"_s,
                       u"none"_s,
                       u"-ts"_s,
                       catalogue});
        QVERIFY(lupdate.waitForFinished(300000));
        const QString output = QString::fromLocal8Bit(lupdate.readAll());
        QVERIFY2(lupdate.exitCode() == 0, qPrintable(output));
        // A tr() that lupdate files under another context than the one it runs in is never
        // translated: a free function's tr(), or a class without Q_OBJECT or
        // Q_DECLARE_TR_FUNCTIONS. lupdate says so.
        QStringList misplaced;
        for (const QString &line : output.split(u'\n')) {
            if (line.contains(u"lacks Q_OBJECT macro"_s)
                || line.contains(u"cannot be called without context"_s)
                || line.contains(u"Qualifying with unknown namespace/class"_s))
                misplaced.append(line.trimmed());
        }
        QVERIFY2(misplaced.isEmpty(), qPrintable(misplaced.join(u'\n')));

        const QList<Message> messages = readCatalogue(catalogue);
        QVERIFY(messages.size() > 400);
        QStringList missing;
        QStringList broken;
        for (const Message &message : messages) {
            if (message.unfinished || message.translation.isEmpty())
                missing.append(message.context + u": "_s + message.source);
            else if (placeholders(message.source, message.numerus)
                     != placeholders(message.translation, message.numerus))
                broken.append(message.context + u": "_s + message.source + u" → "_s
                              + message.translation);
        }
        QVERIFY2(missing.isEmpty(),
                 qPrintable(u"%1 strings have no French (run the model_lupdate target and "
                            "translate them in resources/translations/casebinder_fr.ts):\n"_s.arg(
                                missing.size())
                            + missing.mid(0, 40).join(u'\n')));
        QVERIFY2(
            broken.isEmpty(),
            qPrintable(u"Translations that lose or add a placeholder:\n"_s + broken.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TranslationsTest)
#include "tst_translations.moc"

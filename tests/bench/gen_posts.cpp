// Deterministic synthetic flagged posts for the benchmarks:
//
//   gen_posts N OUT.csv OUT.ndjson
//
// Same seed, same bytes. Words follow Zipf's law over a 50,000-word vocabulary whose head is
// real English; posts also carry handles, hashtags, URLs, accented words and emoji, the things
// that make tokenizing and UTF-8 handling cost something. Not a test.
#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

constexpr int VocabularySize = 50000;

std::vector<QByteArray> vocabulary()
{
    std::vector<QByteArray> words{
        "the",      "of",    "and",   "to",     "a",        "in",       "is",      "that",
        "for",      "it",    "on",    "was",    "with",     "they",     "be",      "at",
        "this",     "have",  "from",  "we",     "not",      "are",      "but",     "you",
        "all",      "what",  "their", "will",   "there",    "about",    "capitol", "election",
        "police",   "storm", "march", "fraud",  "congress", "patriots", "protest", "peaceful",
        "café",     "déjà",  "naïve", "résumé", "señor",    "über",     "façade",  "coöperate",
        "jalapeño", "piñata"};
    QRandomGenerator random(7);
    static const char letters[] = "abcdefghijklmnopqrstuvwxyz";
    while (int(words.size()) < VocabularySize) {
        QByteArray word;
        const int length = 3 + int(random.bounded(8));
        for (int i = 0; i < length; ++i)
            word += letters[random.bounded(26)];
        words.push_back(word);
    }
    return words;
}

// Inverse-CDF sampling of Zipf(s = 1) over the vocabulary ranks.
class Zipf final
{
public:
    explicit Zipf(int n)
    {
        m_cdf.reserve(size_t(n));
        double sum = 0;
        for (int rank = 1; rank <= n; ++rank) {
            sum += 1.0 / rank;
            m_cdf.push_back(sum);
        }
        for (double &value : m_cdf)
            value /= sum;
    }
    int sample(QRandomGenerator &random) const
    {
        const double u = random.generateDouble();
        return int(std::lower_bound(m_cdf.begin(), m_cdf.end(), u) - m_cdf.begin());
    }

private:
    std::vector<double> m_cdf;
};

QByteArray csvField(const QByteArray &value)
{
    if (!value.contains(',') && !value.contains('"') && !value.contains('\n'))
        return value;
    QByteArray quoted = value;
    quoted.replace("\"", "\"\"");
    return '"' + quoted + '"';
}

QByteArray jsonString(const QByteArray &value)
{
    QByteArray escaped = value;
    escaped.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    return '"' + escaped + '"';
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc != 4) {
        std::fprintf(stderr, "usage: gen_posts N OUT.csv OUT.ndjson\n");
        return 2;
    }
    const int count = QByteArray(argv[1]).toInt();
    QFile csv(QString::fromLocal8Bit(argv[2]));
    QFile ndjson(QString::fromLocal8Bit(argv[3]));
    if (count <= 0 || !csv.open(QIODevice::WriteOnly) || !ndjson.open(QIODevice::WriteOnly)) {
        std::fprintf(stderr, "gen_posts: bad count or cannot write the output files\n");
        return 1;
    }
    const std::vector<QByteArray> words = vocabulary();
    const Zipf zipf(VocabularySize);
    static const char *const emoji[] = {"🇺🇸", "🔥", "😡", "🙏", "👀", "💯"};
    static const char *const hashtags[]
        = {"#StopTheSteal", "#Jan6", "#FightForTrump", "#MAGA", "#Parler", "#1A"};
    static const char *const categories[] = {"violence", "threat", "incitement", "hate", "other"};
    QRandomGenerator random(42);

    csv.write("id,author,author_name,created_at,text,url,platform,category\n");
    QByteArray csvBuffer;
    QByteArray jsonBuffer;
    const qint64 start = 1604188800; // 2020-11-01T00:00:00Z
    for (int i = 0; i < count; ++i) {
        QByteArray text;
        const int length = 8 + int(random.bounded(25));
        for (int w = 0; w < length; ++w) {
            if (w)
                text += ' ';
            const quint32 roll = random.bounded(100);
            if (roll < 3)
                text += '@' + QByteArray("user") + QByteArray::number(random.bounded(20000));
            else if (roll < 6)
                text += hashtags[random.bounded(6)];
            else if (roll < 7)
                text += "https://parler.com/post/"
                        + QByteArray::number(random.bounded(1u << 30), 16);
            else if (roll < 9)
                text += emoji[random.bounded(6)];
            else
                text += words[size_t(zipf.sample(random))];
        }
        if (random.bounded(20) == 0)
            text += ", \"quoted\" words";
        const QByteArray id = QByteArray::number(100000000 + i);
        const QByteArray handle = "user" + QByteArray::number(random.bounded(20000));
        const QByteArray name = "User " + QByteArray::number(random.bounded(20000));
        const qint64 seconds = start + qint64(i) * 7;
        const QByteArray when
            = QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(Qt::ISODate).toLatin1();
        const QByteArray url = "https://parler.com/post/" + id;
        const char *category = categories[random.bounded(5)];

        csvBuffer += id + ',' + handle + ',' + csvField(name) + ',' + when + ',' + csvField(text)
                     + ',' + url + ",parler," + category + '\n';
        jsonBuffer += "{\"id\":" + jsonString(id) + ",\"author\":" + jsonString(handle)
                      + ",\"author_name\":" + jsonString(name)
                      + ",\"created_at\":" + jsonString(when) + ",\"text\":" + jsonString(text)
                      + ",\"url\":" + jsonString(url)
                      + ",\"platform\":\"parler\",\"category\":" + jsonString(category) + "}\n";
        if (csvBuffer.size() > (1 << 20)) {
            csv.write(csvBuffer);
            ndjson.write(jsonBuffer);
            csvBuffer.clear();
            jsonBuffer.clear();
        }
    }
    csv.write(csvBuffer);
    ndjson.write(jsonBuffer);
    return csv.error() == QFile::NoError && ndjson.error() == QFile::NoError ? 0 : 1;
}

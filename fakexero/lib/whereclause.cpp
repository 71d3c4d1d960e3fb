#include "whereclause.h"

#include "xerojson.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fakexero {

namespace {

struct Literal
{
    enum Kind
    {
        String,
        Number,
        Bool,
        Null,
        Date
    } kind = Null;
    QString text;
    double number = 0;
    bool boolean = false;
    qint64 ms = 0;
};

QJsonValue lookup(const QJsonObject &record, const QString &path)
{
    QJsonValue v = record;
    for (const auto &part : path.split(u'.')) {
        if (!v.isObject())
            return {};
        // Field names are matched case-insensitively, as Xero does.
        const QJsonObject o = v.toObject();
        QJsonValue next = QJsonValue::Undefined;
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (it.key().compare(part, Qt::CaseInsensitive) == 0) {
                next = it.value();
                break;
            }
        }
        v = next;
    }
    return v;
}

std::optional<qint64> asMs(const QJsonValue &v)
{
    if (!v.isString())
        return std::nullopt;
    if (const auto ms = json::parseMsDate(v.toString()))
        return *ms;
    const QDateTime dt = QDateTime::fromString(v.toString(), Qt::ISODate);
    if (dt.isValid())
        return QDateTime(dt.date(), dt.time(), QTimeZone::utc()).toMSecsSinceEpoch();
    return std::nullopt;
}

// Returns <0, 0, >0, or nullopt when the two cannot be compared.
std::optional<int> compare(const QJsonValue &field, const Literal &lit)
{
    switch (lit.kind) {
    case Literal::Null:
        return (field.isNull() || field.isUndefined() || (field.isString() && field.toString().isEmpty()))
                   ? 0
                   : 1;
    case Literal::Bool:
        if (!field.isBool())
            return std::nullopt;
        return int(field.toBool()) - int(lit.boolean);
    case Literal::Number: {
        double d = 0;
        if (field.isDouble())
            d = field.toDouble();
        else if (field.isString())
            d = field.toString().toDouble();
        else
            return std::nullopt;
        return d < lit.number ? -1 : (d > lit.number ? 1 : 0);
    }
    case Literal::Date: {
        const auto ms = asMs(field);
        if (!ms)
            return std::nullopt;
        return *ms < lit.ms ? -1 : (*ms > lit.ms ? 1 : 0);
    }
    case Literal::String:
        if (field.isUndefined() || field.isNull())
            return std::nullopt;
        if (field.isBool())
            return field.toBool() == (lit.text.compare(u"true"_s, Qt::CaseInsensitive) == 0) ? 0 : 1;
        if (field.isDouble())
            return compare(field, Literal{Literal::Number, {}, lit.text.toDouble(), false, 0});
        return field.toString().compare(lit.text, Qt::CaseInsensitive);
    }
    return std::nullopt;
}

class Node : public WhereClause
{};

class Logical : public Node
{
public:
    Logical(bool isAnd, std::unique_ptr<WhereClause> l, std::unique_ptr<WhereClause> r)
        : m_and(isAnd)
        , m_left(std::move(l))
        , m_right(std::move(r))
    {}
    bool matches(const QJsonObject &record) const override
    {
        return m_and ? (m_left->matches(record) && m_right->matches(record))
                     : (m_left->matches(record) || m_right->matches(record));
    }

private:
    bool m_and;
    std::unique_ptr<WhereClause> m_left, m_right;
};

class Not : public Node
{
public:
    explicit Not(std::unique_ptr<WhereClause> inner)
        : m_inner(std::move(inner))
    {}
    bool matches(const QJsonObject &record) const override { return !m_inner->matches(record); }

private:
    std::unique_ptr<WhereClause> m_inner;
};

class Comparison : public Node
{
public:
    Comparison(QString path, QString op, Literal lit)
        : m_path(std::move(path))
        , m_op(std::move(op))
        , m_lit(std::move(lit))
    {}
    bool matches(const QJsonObject &record) const override
    {
        const QJsonValue field = lookup(record, m_path);
        if (m_op == u"Contains"_s || m_op == u"StartsWith"_s || m_op == u"EndsWith"_s) {
            const QString s = field.toString();
            if (m_op == u"Contains"_s)
                return s.contains(m_lit.text, Qt::CaseInsensitive);
            if (m_op == u"StartsWith"_s)
                return s.startsWith(m_lit.text, Qt::CaseInsensitive);
            return s.endsWith(m_lit.text, Qt::CaseInsensitive);
        }
        if (m_op == u"truthy"_s)
            return field.toBool();
        const auto c = compare(field, m_lit);
        if (!c)
            return m_op == u"!="_s;
        if (m_op == u"=="_s)
            return *c == 0;
        if (m_op == u"!="_s)
            return *c != 0;
        if (m_op == u">"_s)
            return *c > 0;
        if (m_op == u">="_s)
            return *c >= 0;
        if (m_op == u"<"_s)
            return *c < 0;
        return *c <= 0;
    }

private:
    QString m_path, m_op;
    Literal m_lit;
};

class Parser
{
public:
    explicit Parser(const QString &text)
        : s(text)
    {}

    std::unique_ptr<WhereClause> parseAll()
    {
        auto node = parseOr();
        skipSpace();
        if (node && pos != s.size())
            fail(u"unexpected text at position "_s + QString::number(pos));
        return error.isEmpty() ? std::move(node) : nullptr;
    }

    QString error;

private:
    void fail(const QString &why)
    {
        if (error.isEmpty())
            error = why;
    }
    void skipSpace()
    {
        while (pos < s.size() && s.at(pos).isSpace())
            ++pos;
    }
    bool eatWord(const QString &word)
    {
        skipSpace();
        if (s.mid(pos, word.size()).compare(word, Qt::CaseInsensitive) != 0)
            return false;
        const qsizetype end = pos + word.size();
        if (word.at(0).isLetter() && end < s.size() && (s.at(end).isLetterOrNumber() || s.at(end) == u'_'))
            return false;
        pos = end;
        return true;
    }
    bool eat(QChar c)
    {
        skipSpace();
        if (pos < s.size() && s.at(pos) == c) {
            ++pos;
            return true;
        }
        return false;
    }

    std::unique_ptr<WhereClause> parseOr()
    {
        auto left = parseAnd();
        while (left && (eatWord(u"||"_s) || eatWord(u"OR"_s))) {
            auto right = parseAnd();
            if (!right)
                return nullptr;
            left = std::make_unique<Logical>(false, std::move(left), std::move(right));
        }
        return left;
    }
    std::unique_ptr<WhereClause> parseAnd()
    {
        auto left = parseUnary();
        while (left && (eatWord(u"&&"_s) || eatWord(u"AND"_s))) {
            auto right = parseUnary();
            if (!right)
                return nullptr;
            left = std::make_unique<Logical>(true, std::move(left), std::move(right));
        }
        return left;
    }
    std::unique_ptr<WhereClause> parseUnary()
    {
        if (eat(u'!') || eatWord(u"NOT"_s)) {
            auto inner = parseUnary();
            return inner ? std::make_unique<Not>(std::move(inner)) : nullptr;
        }
        if (eat(u'(')) {
            auto inner = parseOr();
            if (!eat(u')')) {
                fail(u"missing )"_s);
                return nullptr;
            }
            return inner;
        }
        return parseComparison();
    }
    QString identifier()
    {
        skipSpace();
        const qsizetype start = pos;
        while (pos < s.size() && (s.at(pos).isLetterOrNumber() || s.at(pos) == u'_'))
            ++pos;
        return s.mid(start, pos - start);
    }
    std::unique_ptr<WhereClause> parseComparison()
    {
        QStringList parts;
        QString id = identifier();
        if (id.isEmpty()) {
            fail(u"expected a field name at position "_s + QString::number(pos));
            return nullptr;
        }
        parts << id;
        while (pos < s.size() && s.at(pos) == u'.') {
            ++pos;
            const QString next = identifier();
            skipSpace();
            if (pos < s.size() && s.at(pos) == u'(') {
                // A string method: Name.Contains("x"), also Name.ToLower()=="x" (ignored: comparisons already
                // ignore case).
                ++pos;
                if (next == u"ToLower"_s || next == u"ToUpper"_s) {
                    if (!eat(u')')) {
                        fail(u"missing )"_s);
                        return nullptr;
                    }
                    continue;
                }
                Literal lit = literal();
                if (!eat(u')')) {
                    fail(u"missing )"_s);
                    return nullptr;
                }
                if (next != u"Contains"_s && next != u"StartsWith"_s && next != u"EndsWith"_s) {
                    fail(u"unsupported method "_s + next);
                    return nullptr;
                }
                return std::make_unique<Comparison>(parts.join(u'.'), next, lit);
            }
            parts << next;
        }
        skipSpace();
        static const QStringList ops = {u"=="_s, u"!="_s, u">="_s, u"<="_s, u">"_s, u"<"_s, u"="_s};
        for (const auto &op : ops) {
            if (s.mid(pos, op.size()) == op) {
                pos += op.size();
                Literal lit = literal();
                if (!error.isEmpty())
                    return nullptr;
                return std::make_unique<Comparison>(parts.join(u'.'), op == u"="_s ? u"=="_s : op, lit);
            }
        }
        return std::make_unique<Comparison>(parts.join(u'.'), u"truthy"_s, Literal{});
    }
    Literal literal()
    {
        skipSpace();
        Literal lit;
        if (pos < s.size() && (s.at(pos) == u'"' || s.at(pos) == u'\'')) {
            const QChar quote = s.at(pos++);
            QString text;
            while (pos < s.size() && s.at(pos) != quote) {
                if (s.at(pos) == u'\\' && pos + 1 < s.size())
                    ++pos;
                text += s.at(pos++);
            }
            if (pos >= s.size()) {
                fail(u"unterminated string"_s);
                return lit;
            }
            ++pos;
            lit.kind = Literal::String;
            lit.text = text;
            return lit;
        }
        if (eatWord(u"true"_s) || eatWord(u"false"_s)) {
            lit.kind = Literal::Bool;
            lit.boolean = s.mid(pos - 4, 4).compare(u"true"_s, Qt::CaseInsensitive) == 0;
            return lit;
        }
        if (eatWord(u"null"_s))
            return lit;
        if (eatWord(u"Guid"_s)) {
            if (!eat(u'(')) {
                fail(u"expected ( after Guid"_s);
                return lit;
            }
            lit = literal();
            if (!eat(u')'))
                fail(u"missing )"_s);
            return lit;
        }
        if (eatWord(u"DateTime"_s)) {
            if (!eat(u'(')) {
                fail(u"expected ( after DateTime"_s);
                return lit;
            }
            QList<int> numbers;
            do {
                skipSpace();
                const qsizetype start = pos;
                while (pos < s.size() && s.at(pos).isDigit())
                    ++pos;
                numbers << s.mid(start, pos - start).toInt();
            } while (eat(u','));
            if (!eat(u')') || numbers.size() < 3) {
                fail(u"DateTime needs (year, month, day[, hour, minute, second])"_s);
                return lit;
            }
            const QDateTime dt(QDate(numbers[0], numbers[1], numbers[2]),
                               QTime(numbers.value(3), numbers.value(4), numbers.value(5)), QTimeZone::utc());
            if (!dt.isValid()) {
                fail(u"invalid DateTime"_s);
                return lit;
            }
            lit.kind = Literal::Date;
            lit.ms = dt.toMSecsSinceEpoch();
            return lit;
        }
        const qsizetype start = pos;
        if (pos < s.size() && (s.at(pos) == u'-' || s.at(pos) == u'+'))
            ++pos;
        while (pos < s.size() && (s.at(pos).isDigit() || s.at(pos) == u'.'))
            ++pos;
        bool ok = false;
        lit.number = s.mid(start, pos - start).toDouble(&ok);
        if (!ok) {
            fail(u"expected a value at position "_s + QString::number(start));
            return lit;
        }
        lit.kind = Literal::Number;
        return lit;
    }

    QString s;
    qsizetype pos = 0;
};

} // namespace

std::unique_ptr<WhereClause> WhereClause::parse(const QString &text, QString *error)
{
    Parser parser(text);
    auto node = parser.parseAll();
    if (!node && error)
        *error = parser.error.isEmpty() ? u"could not parse the where clause"_s : parser.error;
    return node;
}

bool sortRecords(QList<std::pair<QJsonObject, QJsonObject>> &records, const QString &order, QString *error)
{
    struct Key
    {
        QString path;
        bool descending = false;
    };
    QList<Key> keys;
    for (const auto &part : order.split(u',', Qt::SkipEmptyParts)) {
        const QStringList words = part.simplified().split(u' ');
        Key key{words.value(0), false};
        if (words.size() > 2 || key.path.isEmpty()) {
            *error = u"could not parse order "_s + order;
            return false;
        }
        if (words.size() == 2) {
            if (words[1].compare(u"DESC"_s, Qt::CaseInsensitive) == 0)
                key.descending = true;
            else if (words[1].compare(u"ASC"_s, Qt::CaseInsensitive) != 0) {
                *error = u"could not parse order "_s + order;
                return false;
            }
        }
        keys << key;
    }
    auto cmp = [](const QJsonValue &a, const QJsonValue &b) -> int {
        const auto ma = asMs(a), mb = asMs(b);
        if (ma && mb)
            return *ma < *mb ? -1 : (*ma > *mb ? 1 : 0);
        if (a.isDouble() && b.isDouble())
            return a.toDouble() < b.toDouble() ? -1 : (a.toDouble() > b.toDouble() ? 1 : 0);
        return a.toVariant().toString().compare(b.toVariant().toString(), Qt::CaseInsensitive);
    };
    std::stable_sort(records.begin(), records.end(), [&](const auto &a, const auto &b) {
        for (const auto &key : keys) {
            const int c = cmp(lookup(a.first, key.path), lookup(b.first, key.path));
            if (c != 0)
                return key.descending ? c > 0 : c < 0;
        }
        return false;
    });
    return true;
}

} // namespace fakexero

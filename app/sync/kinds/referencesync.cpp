#include "referencesync.h"

#include "storage/database.h"
#include "storage/referencestore.h"
#include "storage/settingsstore.h"
#include "xero/xeroreference.h"

namespace billhook {

namespace {

QString key(const char *s)
{
    return QString::fromLatin1(s);
}

} // namespace

QCoro::Task<bool> ReferenceSync::pull()
{
    SettingsStore settings(m_ctx.db);
    const QString prefix = QStringLiteral("xero.") + m_ctx.tenant + u'.';
    const QDateTime last =
        QDateTime::fromString(settings.value(prefix + QStringLiteral("reference_at")), Qt::ISODate);
    const auto loadCached = [&] {
        m_ctx.baseCurrency = settings.value(prefix + QStringLiteral("base_currency"));
        m_ctx.referenceStamp = settings.value(prefix + QStringLiteral("reference_hash"));
        for (const QString &c :
             settings.value(prefix + QStringLiteral("currencies")).split(u',', Qt::SkipEmptyParts))
            m_ctx.currencies.insert(c);
        for (const QString &t :
             settings.value(prefix + QStringLiteral("revenue_tax_types")).split(u',', Qt::SkipEmptyParts)) {
            const qsizetype eq = t.indexOf(u'=');
            m_ctx.revenueTaxTypes.insert(t.left(eq), Percent::fromUnits(t.mid(eq + 1).toLongLong()));
        }
    };
    for (auto it = m_ctx.options.taxTypes.cbegin(); it != m_ctx.options.taxTypes.cend(); ++it)
        m_ctx.localTaxCodeFor.insert(it.value(), it.key());
    // Reference data changes rarely: once a day is enough, and a no-change sync stays one call per type.
    if (last.isValid() && last.secsTo(m_ctx.clock.nowUtc()) < 24 * 3600) {
        loadCached();
        co_return true;
    }
    m_ctx.report(SyncProgress::Phase::Reference, tr("Reading the organisation's settings from Xero…"));
    QHash<QString, QJsonArray> got;
    QByteArray everything;
    for (const XeroReference::Read part : XeroReference::Reads) {
        XeroRequest req;
        req.path = key(part.path);
        XeroResponse r = co_await m_ctx.call(req);
        if (!r.ok()) {
            m_ctx.fail(r.error ? *r.error : Error::make(Error::Code::Network, tr("Xero did not answer.")));
            co_return false;
        }
        const QJsonArray records =
            xerojson::parseExact(r.rawBody).object().value(key(part.collection)).toArray();
        got.insert(key(part.path), records);
        everything += xerojson::rawBody(QJsonObject{{key(part.collection), records}}) + '\n';
    }
    m_ctx.referenceStamp = syncutil::hashOf(everything);
    // One parser for the sync and the setup page (exact decimals).
    const XeroReference ref =
        XeroReference::parse(got.value(QStringLiteral("Organisation")),
                             got.value(QStringLiteral("Currencies")), got.value(QStringLiteral("Accounts")),
                             got.value(QStringLiteral("TaxRates")), got.value(QStringLiteral("Items")));
    m_ctx.baseCurrency = ref.baseCurrency;
    const QStringList &currencies = ref.currencies;
    for (const auto &c : currencies)
        m_ctx.currencies.insert(c);
    QStringList revenue;
    for (const TaxRate &r : ref.taxRates) {
        if (ref.revenueTaxTypes.contains(r.code)) {
            m_ctx.revenueTaxTypes.insert(r.code, r.rate);
            revenue.append(r.code + u'=' + QString::number(r.rate.units()));
        }
    }
    // Kept for the rest of the day (a dry run keeps nothing).
    const Status saved = m_ctx.write({}, [&]() -> Status {
        Transaction tx(m_ctx.db);
        ReferenceStore refs(m_ctx.db);
        Status s = tx.started();
        for (const auto &r : ref.taxRates) {
            if (s)
                s = refs.saveTaxRate(r);
        }
        for (const auto &acc : ref.accounts) {
            if (s)
                s = refs.saveAccount(acc);
        }
        for (const auto &item : ref.items) {
            if (s)
                s = refs.saveItem(item);
        }
        for (const auto &[k, v] :
             {std::pair{QStringLiteral("base_currency"), m_ctx.baseCurrency},
              std::pair{QStringLiteral("currencies"), currencies.join(u',')},
              std::pair{QStringLiteral("revenue_tax_types"), revenue.join(u',')},
              std::pair{QStringLiteral("reference_hash"), m_ctx.referenceStamp},
              std::pair{QStringLiteral("reference_at"), m_ctx.clock.nowUtc().toString(Qt::ISODate)}}) {
            if (s)
                s = settings.setValue(prefix + k, v);
        }
        if (s)
            s = tx.commit();
        return s;
    });
    if (!saved) {
        m_ctx.fail(saved.error());
        co_return false;
    }
    co_return true;
}

} // namespace billhook

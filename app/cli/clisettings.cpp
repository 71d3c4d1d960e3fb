// billhook-cli tax-rate | account | settings (issue 14): the user's own tax rates and sales accounts, the
// business profile and the defaults of new invoices. Kept apart from cli.cpp, which only dispatches here.
#include "cli.h"

#include "core/numbering.h"
#include "storage/referencestore.h"
#include "storage/settingsstore.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <functional>

namespace billhook {

namespace {

QJsonObject taxRateJson(const TaxRate &r)
{
    return {{QStringLiteral("code"), r.code},
            {QStringLiteral("name"), r.name},
            {QStringLiteral("rate"), r.rate.toString(0)},
            {QStringLiteral("reverse_charge"), r.reverseCharge},
            {QStringLiteral("archived"), !r.active},
            {QStringLiteral("origin"), r.fromXero ? QStringLiteral("xero") : QStringLiteral("local")},
            {QStringLiteral("xero_tax_type"), r.xeroTaxType}};
}

QJsonObject accountJson(const Account &a)
{
    return {{QStringLiteral("code"), a.code},
            {QStringLiteral("name"), a.name},
            {QStringLiteral("type"), a.type},
            {QStringLiteral("archived"), !a.active},
            {QStringLiteral("origin"), a.fromXero() ? QStringLiteral("xero") : QStringLiteral("local")}};
}

// The keys of `settings show` and `settings set`, in the order shown.
const QStringList &settingKeys()
{
    static const QStringList keys = {
        QStringLiteral("business.name"),          QStringLiteral("business.address"),
        QStringLiteral("business.email"),         QStringLiteral("business.phone"),
        QStringLiteral("business.tax_number"),    QStringLiteral("business.bank_details"),
        QStringLiteral("business.payment_terms"), QStringLiteral("business.logo"),
        QStringLiteral("invoice.numbering"),      QStringLiteral("invoice.due_days"),
        QStringLiteral("invoice.currency"),       QStringLiteral("invoice.tax_mode"),
        QStringLiteral("invoice.tax_rate"),       QStringLiteral("xero.client_id"),
    };
    return keys;
}

// The PNG signature, then an IHDR chunk of non-zero width and height.
bool looksLikePng(const QByteArray &data)
{
    static const QByteArray signature("\x89PNG\r\n\x1a\n", 8);
    if (data.size() < 33 || !data.startsWith(signature) || data.mid(12, 4) != "IHDR")
        return false;
    const auto be32 = [&](int at) {
        return (quint32(quint8(data[at])) << 24) | (quint32(quint8(data[at + 1])) << 16) |
               (quint32(quint8(data[at + 2])) << 8) | quint32(quint8(data[at + 3]));
    };
    return be32(16) > 0 && be32(20) > 0;
}

// Multi-line values travel on one line: a newline is "\n", a backslash "\\".
QString escaped(QString value)
{
    return value.replace(u'\\', QStringLiteral("\\\\")).replace(u'\n', QStringLiteral("\\n"));
}

QString unescaped(const QString &value)
{
    QString out;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value[i] == u'\\' && i + 1 < value.size() && (value[i + 1] == u'n' || value[i + 1] == u'\\')) {
            out += value[i + 1] == u'n' ? u'\n' : u'\\';
            ++i;
        } else {
            out += value[i];
        }
    }
    return out;
}

} // namespace

int Cli::taxRateCommand(const QStringList &arguments)
{
    QStringList args = arguments;
    if (args.isEmpty())
        return usage(tr("tax-rate needs a subcommand: add, list, rename or archive."));
    const QString sub = args.takeFirst();
    Options o;
    if (sub == u"add") {
        if (!parseOptions(args, {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("rate")},
                          {QStringLiteral("reverse-charge")}, o))
            return Usage;
        if (!o.positional.isEmpty())
            return usage(tr("Unexpected argument %1.").arg(o.positional.first()));
        for (const QString &required :
             {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("rate")})
            if (!o.has(required))
                return usage(tr("tax-rate add needs --%1.").arg(required));
        QString rateText = o.value(QStringLiteral("rate")).trimmed();
        if (rateText.endsWith(u'%'))
            rateText.chop(1);
        auto rate = Percent::parse(rateText.trimmed(), tr("The tax rate"));
        if (!rate)
            return fail(rate.error());
        if (!openDatabase())
            return Failed;
        TaxRate r;
        r.code = o.value(QStringLiteral("code")).trimmed();
        r.name = o.value(QStringLiteral("name")).trimmed();
        r.rate = *rate;
        r.reverseCharge = o.has(QStringLiteral("reverse-charge"));
        ReferenceStore reference(*m_db);
        if (const Status st = reference.addTaxRate(r); !st)
            return fail(st.error());
        if (m_json)
            print(taxRateJson(*reference.taxRateByCode(r.code)));
        else
            m_out << r.code << '\n';
        return Ok;
    }
    if (sub == u"list") {
        if (!parseOptions(args, {}, {QStringLiteral("all"), QStringLiteral("json")}, o))
            return Usage;
        if (!o.positional.isEmpty())
            return usage(tr("Unexpected argument %1.").arg(o.positional.first()));
        if (!openDatabase())
            return Failed;
        ReferenceStore reference(*m_db);
        // Without --all: what a new invoice line can choose, each rate once (as the desktop offers them).
        const QList<TaxRate> rates =
            o.has(QStringLiteral("all")) ? reference.taxRates(false) : reference.choosableTaxRates();
        if (m_json || o.has(QStringLiteral("json"))) {
            QJsonArray a;
            for (const TaxRate &r : rates)
                a.append(taxRateJson(r));
            m_out << QJsonDocument(a).toJson(QJsonDocument::Indented);
        } else {
            for (const TaxRate &r : rates) {
                QStringList notes;
                if (r.reverseCharge)
                    notes << QStringLiteral("reverse charge");
                if (r.fromXero)
                    notes << QStringLiteral("from Xero");
                if (!r.active)
                    notes << QStringLiteral("archived");
                m_out << r.code << '\t' << r.name << '\t' << r.rate.toString(0) << '%'
                      << (notes.isEmpty() ? QString() : u"\t(" + notes.join(QStringLiteral(", ")) + u')')
                      << '\n';
            }
        }
        return Ok;
    }
    if (sub == u"archive" || sub == u"rename") {
        if (!parseOptions(args, sub == u"rename" ? QStringList{QStringLiteral("name")} : QStringList(), {},
                          o))
            return Usage;
        if (o.positional.size() != 1)
            return usage(tr("tax-rate %1 needs one tax rate code.").arg(sub));
        if (sub == u"rename" && !o.has(QStringLiteral("name")))
            return usage(tr("tax-rate rename needs --name."));
        if (!openDatabase())
            return Failed;
        ReferenceStore reference(*m_db);
        const QString code = o.positional.first();
        const Status st = sub == u"archive" ? reference.archiveTaxRate(code)
                                            : reference.renameTaxRate(code, o.value(QStringLiteral("name")));
        if (!st)
            return fail(st.error());
        return Ok;
    }
    return usage(tr("Unknown tax-rate subcommand \"%1\".").arg(sub));
}

int Cli::accountCommand(const QStringList &arguments)
{
    QStringList args = arguments;
    if (args.isEmpty())
        return usage(tr("account needs a subcommand: add or list."));
    const QString sub = args.takeFirst();
    Options o;
    if (sub == u"add") {
        if (!parseOptions(args, {QStringLiteral("code"), QStringLiteral("name")}, {}, o))
            return Usage;
        if (!o.positional.isEmpty())
            return usage(tr("Unexpected argument %1.").arg(o.positional.first()));
        for (const QString &required : {QStringLiteral("code"), QStringLiteral("name")})
            if (!o.has(required))
                return usage(tr("account add needs --%1.").arg(required));
        if (!openDatabase())
            return Failed;
        Account a;
        a.code = o.value(QStringLiteral("code")).trimmed();
        a.name = o.value(QStringLiteral("name")).trimmed();
        ReferenceStore reference(*m_db);
        if (const Status st = reference.addAccount(a); !st)
            return fail(st.error());
        if (m_json)
            print(accountJson(*reference.accountByCode(a.code)));
        else
            m_out << a.code << '\n';
        return Ok;
    }
    if (sub == u"list") {
        if (!parseOptions(args, {}, {QStringLiteral("all"), QStringLiteral("json")}, o))
            return Usage;
        if (!o.positional.isEmpty())
            return usage(tr("Unexpected argument %1.").arg(o.positional.first()));
        if (!openDatabase())
            return Failed;
        const QList<Account> accounts = ReferenceStore(*m_db).accounts(!o.has(QStringLiteral("all")));
        if (m_json || o.has(QStringLiteral("json"))) {
            QJsonArray a;
            for (const Account &acc : accounts)
                a.append(accountJson(acc));
            m_out << QJsonDocument(a).toJson(QJsonDocument::Indented);
        } else {
            for (const Account &acc : accounts) {
                QStringList notes;
                if (acc.fromXero())
                    notes << QStringLiteral("from Xero");
                if (!acc.active)
                    notes << QStringLiteral("archived");
                m_out << acc.code << '\t' << acc.name
                      << (notes.isEmpty() ? QString() : u"\t(" + notes.join(QStringLiteral(", ")) + u')')
                      << '\n';
            }
        }
        return Ok;
    }
    return usage(tr("Unknown account subcommand \"%1\".").arg(sub));
}

QJsonObject Cli::settingsJson()
{
    SettingsStore settings(*m_db);
    const BusinessProfile p = settings.businessProfile();
    return {{QStringLiteral("business.name"), p.name},
            {QStringLiteral("business.address"), p.address},
            {QStringLiteral("business.email"), p.email},
            {QStringLiteral("business.phone"), p.phone},
            {QStringLiteral("business.tax_number"), p.taxNumber},
            {QStringLiteral("business.bank_details"), p.bankDetails},
            {QStringLiteral("business.payment_terms"), p.paymentTerms},
            {QStringLiteral("business.logo"),
             p.logoPng.isEmpty() ? QString() : QStringLiteral("PNG, %1 bytes").arg(p.logoPng.size())},
            {QStringLiteral("invoice.numbering"), settings.numberingTemplate().pattern()},
            {QStringLiteral("invoice.due_days"), QString::number(settings.defaultDueDays())},
            {QStringLiteral("invoice.currency"), settings.defaultCurrency()},
            {QStringLiteral("invoice.tax_mode"), taxModeKey(settings.defaultTaxMode())},
            {QStringLiteral("invoice.tax_rate"), settings.defaultTaxCode()},
            {QStringLiteral("xero.client_id"), settings.xeroClientId()}};
}

int Cli::settingsCommand(const QStringList &arguments)
{
    QStringList args = arguments;
    if (args.isEmpty())
        return usage(tr("settings needs a subcommand: show or set."));
    const QString sub = args.takeFirst();
    Options o;
    if (sub == u"show") {
        if (!parseOptions(args, {}, {QStringLiteral("json")}, o))
            return Usage;
        if (!o.positional.isEmpty())
            return usage(tr("Unexpected argument %1.").arg(o.positional.first()));
        if (!openDatabase())
            return Failed;
        const QJsonObject values = settingsJson();
        if (m_json || o.has(QStringLiteral("json"))) {
            print(values);
        } else {
            for (const QString &key : settingKeys())
                m_out << key << '=' << escaped(values.value(key).toString()) << '\n';
        }
        return Ok;
    }
    if (sub != u"set")
        return usage(tr("Unknown settings subcommand \"%1\".").arg(sub));
    if (!parseOptions(args, {}, {}, o))
        return Usage;
    if (o.positional.isEmpty())
        return usage(tr("settings set needs KEY=VALUE, for example business.name=\"Hartley Plumbing\"."));
    // Every pair is read and checked before anything is written; then all are written in one transaction.
    QMap<QString, QString> changes;
    for (const QString &pair : o.positional) {
        const auto eq = pair.indexOf(u'=');
        const QString key = pair.left(eq).trimmed();
        if (eq <= 0 || !settingKeys().contains(key))
            return fail(Error::invalid(tr("\"%1\" is not a setting; write KEY=VALUE with one of the keys of "
                                          "settings show, like invoice.currency=GBP.")
                                           .arg(eq <= 0 ? pair : key)));
        changes.insert(key, unescaped(pair.mid(eq + 1)));
    }
    if (!openDatabase())
        return Failed;
    SettingsStore settings(*m_db);
    BusinessProfile p = settings.businessProfile();
    const QList<std::pair<QString, QString *>> profileFields = {
        {QStringLiteral("business.name"), &p.name},
        {QStringLiteral("business.address"), &p.address},
        {QStringLiteral("business.email"), &p.email},
        {QStringLiteral("business.phone"), &p.phone},
        {QStringLiteral("business.tax_number"), &p.taxNumber},
        {QStringLiteral("business.bank_details"), &p.bankDetails},
        {QStringLiteral("business.payment_terms"), &p.paymentTerms},
    };
    for (const auto &[key, field] : profileFields)
        if (changes.contains(key))
            *field = changes.value(key).trimmed();
    if (changes.contains(QStringLiteral("business.logo"))) {
        // A PNG file, kept as it is (the CLI has no image library to convert others); empty removes it.
        const QString path = changes.value(QStringLiteral("business.logo")).trimmed();
        p.logoPng.clear();
        if (!path.isEmpty()) {
            QFile file(path);
            if (!QFileInfo(path).isFile() || !file.open(QIODevice::ReadOnly))
                return fail(Error::invalid(tr("The logo %1 is not a file that can be read.").arg(path)));
            if (file.size() > BusinessProfile::MaxLogoBytes)
                return fail(
                    Error::invalid(tr("The logo %1 is larger than 2 MB; choose a smaller image.").arg(path)));
            p.logoPng = file.readAll();
            if (!looksLikePng(p.logoPng))
                return fail(Error::invalid(
                    tr("The logo %1 is not a PNG image; convert it to PNG, or choose it in the app's "
                       "Settings, which reads other formats too.")
                        .arg(path)));
        }
    }
    std::optional<int> dueDays;
    if (changes.contains(QStringLiteral("invoice.due_days"))) {
        bool ok = false;
        const int days = changes.value(QStringLiteral("invoice.due_days")).trimmed().toInt(&ok);
        if (!ok)
            return fail(Error::invalid(tr("invoice.due_days \"%1\" is not a number of days.")
                                           .arg(changes.value(QStringLiteral("invoice.due_days")))));
        dueDays = days;
    }
    std::optional<TaxMode> taxMode;
    if (changes.contains(QStringLiteral("invoice.tax_mode"))) {
        taxMode = taxModeFromKey(changes.value(QStringLiteral("invoice.tax_mode")).trimmed());
        if (!taxMode)
            return fail(Error::invalid(tr("invoice.tax_mode \"%1\" must be exclusive, inclusive or none.")
                                           .arg(changes.value(QStringLiteral("invoice.tax_mode")))));
    }
    if (changes.contains(QStringLiteral("invoice.tax_rate"))) {
        const QString code = changes.value(QStringLiteral("invoice.tax_rate")).trimmed();
        bool offered = code.isEmpty();
        QStringList codes;
        for (const TaxRate &r : ReferenceStore(*m_db).choosableTaxRates()) {
            codes.append(r.code);
            if (r.code.compare(code, Qt::CaseInsensitive) == 0) {
                offered = true;
                changes.insert(QStringLiteral("invoice.tax_rate"), r.code);
            }
        }
        if (!offered)
            return fail(Error::invalid(
                codes.isEmpty() ? tr("There is no tax rate %1; add one with tax-rate add.").arg(code)
                                : tr("invoice.tax_rate \"%1\" is not one of the active tax rates (%2).")
                                      .arg(code, codes.join(QStringLiteral(", ")))));
    }

    Transaction tx(*m_db);
    if (!tx.started())
        return fail(tx.started().error());
    QList<std::function<Status()>> writes = {[&] { return settings.setBusinessProfile(p); }};
    if (changes.contains(QStringLiteral("invoice.numbering")))
        writes.append([&] {
            return settings.setNumberingTemplate(
                changes.value(QStringLiteral("invoice.numbering")).trimmed());
        });
    if (dueDays)
        writes.append([&] { return settings.setDefaultDueDays(*dueDays); });
    if (changes.contains(QStringLiteral("invoice.currency")))
        writes.append([&] {
            return settings.setDefaultCurrency(changes.value(QStringLiteral("invoice.currency")).trimmed());
        });
    if (taxMode)
        writes.append([&] { return settings.setDefaultTaxMode(*taxMode); });
    if (changes.contains(QStringLiteral("invoice.tax_rate")))
        writes.append(
            [&] { return settings.setDefaultTaxCode(changes.value(QStringLiteral("invoice.tax_rate"))); });
    if (changes.contains(QStringLiteral("xero.client_id")))
        writes.append(
            [&] { return settings.setXeroClientId(changes.value(QStringLiteral("xero.client_id"))); });
    for (const auto &write : writes)
        if (const Status st = write(); !st)
            return fail(st.error()); // the transaction rolls back: nothing is saved
    if (const Status st = tx.commit(); !st)
        return fail(st.error());
    return Ok;
}

} // namespace billhook

#pragma once

#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace fakexero {

struct TaxRate
{
    QString name;
    QString taxType;
    QString reportTaxType;
    QString status = QStringLiteral("ACTIVE");
    qint64 ratePercent4 = 0; // 15% = 150000
    bool canApplyToRevenue = true;
    bool canApplyToExpenses = false;
};

struct Account
{
    QString id;
    QString code;
    QString name;
    QString type; // AccountType: BANK, REVENUE, ...
    QString status = QStringLiteral("ACTIVE");
    QString taxType;
    QString description;
    QString bankAccountNumber;
    QString currencyCode;
    QString systemAccount;
    bool enablePaymentsToAccount = false;
    qint64 updatedMs = 0;
};

struct Currency
{
    QString code;
    QString description;
};

struct Item
{
    QString id;
    QString code;
    QString name;
    QString description;
    bool isSold = true;
    bool isPurchased = false;
    std::optional<qint64> salesUnitPrice4;
    QString salesAccountCode;
    QString salesTaxType;
    qint64 updatedMs = 0;
};

struct Contact
{
    QString id;
    QString name;
    QString number;
    QString email;
    QString status = QStringLiteral("ACTIVE");
    QString mergedToContactId;
    QString defaultCurrency;
    QJsonObject extra; // FirstName, LastName, Addresses, Phones, … kept as sent
    qint64 updatedMs = 0;
};

struct LineItem
{
    QString id;
    QString description;
    QString itemCode;
    QString accountCode;
    QString taxType;
    qint64 quantity4 = 10000;
    qint64 unitAmount4 = 0;
    qint64 discountRate4 = 0; // percent with 4 dp
    qint64 lineAmount = 0;    // cents
    qint64 taxAmount = 0;     // cents
};

struct Payment
{
    QString id;
    QString invoiceId;
    QString accountId;
    QString reference;
    QString status = QStringLiteral("AUTHORISED");
    QDate date;
    qint64 amount = 0; // cents
    qint64 updatedMs = 0;
};

struct Invoice
{
    QString id;
    QString type = QStringLiteral("ACCREC");
    QString contactId;
    QString number;
    QString reference;
    QString status = QStringLiteral("DRAFT");
    QString lineAmountTypes = QStringLiteral("Exclusive");
    QString currencyCode;
    QDate date;
    QDate dueDate;
    QDate fullyPaidOnDate;
    QList<LineItem> lines;
    qint64 subTotal = 0;
    qint64 totalTax = 0;
    qint64 total = 0;
    qint64 amountPaid = 0;
    bool sentToContact = false;
    qint64 updatedMs = 0;

    qint64 amountDue() const { return total - amountPaid; }
};

// The outcome of one element of a write: the record as Xero would return it, or the messages that refused it.
struct SaveResult
{
    QJsonObject record;
    QStringList errors;
    bool ok() const { return errors.isEmpty(); }
};

struct WriteOptions
{
    bool createOnly = false; // PUT
    bool unitdp4 = false;    // ?unitdp=4: keep four decimals on UnitAmount
    QString pathId;          // POST /Invoices/{id}
};

// One Xero organisation (tenant): its settings, reference data and records, and the rules Xero applies
// when they change. Every write — from the API or from a test "acting in Xero" — goes through here.
class Organisation
{
public:
    enum class Region
    {
        UK,
        NZ
    };

    Organisation(const QString &name, Region region, std::function<qint64()> clockMs);

    QString id;
    QString name;
    QString shortCode;
    QString countryCode;
    QString baseCurrency;
    QString timezone;
    Region region;

    // Optional rules a test can switch on.
    QDate periodLockDate;         // invalid = none
    int approvalCapPerMonth = -1; // Starter plan: 5 (negative = unlimited)

    QList<Currency> currencies;
    QList<TaxRate> taxRates;
    QList<Account> accounts;
    QList<Item> items;
    QList<Contact> contacts;
    QList<Invoice> invoices;
    QList<Payment> payments;

    qint64 nowMs() const { return m_clock(); }
    QDate today() const;

    // Writes (JSON in Xero's request shape).
    SaveResult saveContact(const QJsonObject &in, const WriteOptions &options = {});
    SaveResult saveInvoice(const QJsonObject &in, const WriteOptions &options = {});
    SaveResult savePayment(const QJsonObject &in, const WriteOptions &options = {});
    SaveResult saveAccount(const QJsonObject &in, const WriteOptions &options = {});
    SaveResult saveItem(const QJsonObject &in, const WriteOptions &options = {});
    SaveResult enableCurrency(const QJsonObject &in);

    // Things only a person in Xero's web app can do.
    bool archiveContact(const QString &contactId);
    bool mergeContacts(const QString &fromContactId, const QString &intoContactId);
    bool gdprRedactContact(const QString &contactId);
    bool archiveAccount(const QString &code);
    bool setAccountStatus(const QString &code, const QString &status);
    void touchContact(const QString &contactId);

    // Lookups.
    Contact *contact(const QString &idOrNumber);
    Invoice *invoice(const QString &idOrNumber);
    Payment *payment(const QString &id);
    Account *accountByCode(const QString &code);
    Account *accountById(const QString &id);
    Item *item(const QString &idOrCode);
    const TaxRate *taxRate(const QString &taxType) const;
    bool currencyEnabled(const QString &code) const;

    // What renderings look up in the other collections, indexed once for a whole list, so that a list
    // of n records renders in O(n), not O(n²). Valid until the organisation changes.
    struct RenderIndex
    {
        QHash<QString, const Contact *> contacts;
        QHash<QString, const Invoice *> invoices;
        QHash<QString, QList<const Payment *>> paymentsOfInvoice; // in the order of `payments`
        QSet<QString> customers;                                  // contacts with an invoice
        QHash<QString, const Account *> accounts;
    };
    RenderIndex renderIndex() const;

    // Renderings in Xero's response shape (with `index`, looked up there rather than by scanning).
    QJsonObject contactJson(const Contact &c, const RenderIndex *index = nullptr) const;
    QJsonObject invoiceJson(const Invoice &inv, bool withLines = true, bool unitdp4 = false,
                            const RenderIndex *index = nullptr) const;
    QJsonObject paymentJson(const Payment &p, const RenderIndex *index = nullptr) const;
    QJsonObject accountJson(const Account &a) const;
    QJsonObject taxRateJson(const TaxRate &t) const;
    QJsonObject itemJson(const Item &i) const;
    QJsonObject currencyJson(const Currency &c) const;
    QJsonObject organisationJson() const;

    static QJsonObject plain(const QJsonObject &rendered); // money markers to numbers (for where/order)

private:
    void recompute(Invoice &inv) const;
    std::optional<QString> resolveContact(const QJsonObject &ref, QStringList &errors, bool &created);
    void addReferenceData();
    int approvalsThisMonth() const;

    std::function<qint64()> m_clock;
    int m_nextInvoiceNumber = 1;
    QHash<QString, int> m_approvals; // "yyyy-MM" of the virtual clock → invoices approved
};

} // namespace fakexero

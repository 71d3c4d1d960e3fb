// XeroErrors: Xero's error bodies read, and its messages explained for a tradesperson.

#include "xero/xeroerrors.h"

#include <QJsonArray>
#include <QTest>

using namespace billhook;

Q_DECLARE_METATYPE(Error::Code)

// (JSON bodies are written as one raw string per line, and as plain strings where they hold '#': moc 6.4
// misreads raw strings that span lines or contain '#'.)

class TestXeroErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void catalogue_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("key");
        QTest::addColumn<Error::Code>("code");
        QTest::addColumn<QString>("value"); // what the texts must name, if anything
        using C = Error::Code;
        QTest::newRow("invoice locked") << "Invoice not of valid status for modification"
                                        << "invoice-locked" << C::Locked << "";
        QTest::newRow("invoice locked, longer")
            << "Invoice not of valid status for modification. This document has "
               "been approved."
            << "invoice-locked" << C::Locked << "";
        QTest::newRow("contact number") << "The contact number C-0042 is already assigned to another "
                                           "contact. The contact number must be unique "
                                           "across all contacts."
                                        << "contact-number-taken" << C::Duplicate << "C-0042";
        QTest::newRow("contact name") << "The contact name Bob's Plumbing Ltd is already assigned to another "
                                         "contact. The contact name must be "
                                         "unique across all active contacts."
                                      << "contact-name-taken" << C::Duplicate << "Bob's Plumbing Ltd";
        QTest::newRow("account archived") << "Account code '200' has been archived, or has been deleted. "
                                             "Each line item must reference a valid "
                                             "account."
                                          << "account-archived" << C::Invalid << "200";
        QTest::newRow("currency not enabled") << "The currency JPY is not enabled for this organisation."
                                              << "currency-not-enabled" << C::Invalid << "";
        QTest::newRow("currency not subscribed") << "Organisation is not subscribed to currency USD"
                                                 << "currency-not-enabled" << C::Invalid << "";
        QTest::newRow("contact archived")
            << "The contact Bob has been archived. Archived contacts cannot be used on new transactions."
            << "contact-archived" << C::Invalid << "";
        QTest::newRow("contact redacted")
            << "The contact Bob has been redacted following a GDPR request and cannot "
               "be used."
            << "contact-redacted" << C::Invalid << "";
        QTest::newRow("payment allocated")
            << "This document cannot be edited as it has a payment or credit note allocated to it."
            << "invoice-payment-allocated" << C::Locked << "";
        QTest::newRow("date with payment")
            << "Date cannot be changed on an invoice that has payment or credit notes allocated"
            << "invoice-payment-allocated" << C::Locked << "";
        QTest::newRow("approval limit") << "You have reached the limit of invoices you can approve"
                                        << "approval-limit" << C::Invalid << "";
        QTest::newRow("period lock") << "The document date cannot be before the period lock date"
                                     << "period-locked" << C::Locked << "";
        QTest::newRow("end of year lock") << "The document date cannot be before the end of year lock date"
                                          << "period-locked" << C::Locked << "";
        QTest::newRow("website") << "Website must be valid."
                                 << "website-invalid" << C::Invalid << "";
        QTest::newRow("invoice number") << "Invoice # must be unique."
                                        << "invoice-number-taken" << C::Duplicate << "";
        QTest::newRow("tax type")
            << "The TaxType code OUTPUT9 does not exist or cannot be used with this type of "
               "transaction."
            << "tax-rate-invalid" << C::Invalid << "";
        QTest::newRow("payment too big") << "Payment amount exceeds the amount outstanding on this document"
                                         << "payment-exceeds" << C::Invalid << "";
        QTest::newRow("payment on draft") << "Payments can only be made against Authorised documents"
                                          << "payment-not-authorised" << C::Invalid << "";
        QTest::newRow("payment account")
            << "Payments can only be made to accounts of type BANK or accounts with payments enabled"
            << "payment-account" << C::Invalid << "";
        QTest::newRow("case does not matter") << "INVOICE NOT OF VALID STATUS FOR MODIFICATION"
                                              << "invoice-locked" << C::Locked << "";
    }
    void catalogue()
    {
        QFETCH(QString, message);
        QFETCH(QString, key);
        QFETCH(Error::Code, code);
        QFETCH(QString, value);
        const XeroExplanation e = XeroErrors::explain(message);
        QCOMPARE(e.key, key);
        QCOMPARE(e.code, code);
        QCOMPARE(e.xeroMessage, message);
        QVERIFY(e.explanation.size() > 30);
        QVERIFY(e.remedy.size() > 30);
        if (!value.isEmpty())
            QVERIFY2(e.explanation.contains(value) && e.remedy.contains(value), qPrintable(e.explanation));
        // Words for a plumber, not a developer.
        for (const char *jargon : {"API", "HTTP", "JSON", "exception", "null", "%1", "endpoint", "tenant"}) {
            QVERIFY2(!e.explanation.contains(QLatin1String(jargon)), jargon);
            QVERIFY2(!e.remedy.contains(QLatin1String(jargon)), jargon);
        }
    }

    void everyEntryIsTested()
    {
        const QStringList keys = XeroErrors::catalogueKeys();
        QVERIFY(keys.size() >= 10);
        for (const QString &k : keys) {
            bool found = false;
            for (const char *m :
                 {"Invoice not of valid status for modification",
                  "The contact number X is already assigned to another contact.",
                  "The contact name X is already assigned to another contact.",
                  "Account code '200' has been archived, or has been deleted.",
                  "The currency JPY is not enabled for this organisation.",
                  "The contact X has been archived. Archived contacts cannot be used",
                  "The contact X has been redacted following a GDPR request",
                  "This document cannot be edited as it has a payment or credit note allocated to it.",
                  "You have reached the limit of invoices you can approve",
                  "The document date cannot be before the period lock date", "Website must be valid.",
                  "Invoice # must be unique.", "The TaxType code X does not exist",
                  "Payment amount exceeds the amount outstanding on this document",
                  "Payments can only be made against Authorised documents",
                  "Payments can only be made to accounts of type BANK"})
                found = found || XeroErrors::explain(QString::fromLatin1(m)).key == k;
            QVERIFY2(found, qPrintable(k));
        }
    }

    void unknownMessageStillQuotesXero()
    {
        const QString odd = QStringLiteral("Something unusual happened to the flux capacitor");
        const XeroExplanation e = XeroErrors::explain(odd);
        QCOMPARE(e.key, QStringLiteral("generic"));
        QCOMPARE(e.code, Error::Code::Invalid);
        QVERIFY(e.explanation.contains(odd));
        QVERIFY(!e.remedy.isEmpty());
        QVERIFY(!XeroErrors::explain(QString()).explanation.isEmpty());
    }

    void messages_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("400 validation")
            << QByteArray(
                   R"({"ErrorNumber":10,"Type":"ValidationException","Message":"A validation exception occurred",)"
                   "\"Elements\":[{\"InvoiceNumber\":\"BH-1\",\"ValidationErrors\":[{\"Message\":\"Invoice # "
                   "must be unique.\"}]},"
                   "{\"InvoiceNumber\":\"BH-2\",\"ValidationErrors\":[{\"Message\":\"Invoice # must be "
                   "unique.\"},"
                   R"({"Message":"Website must be valid."}]}]})")
            << QStringList{QStringLiteral("Invoice # must be unique."),
                           QStringLiteral("Website must be valid.")};
        QTest::newRow("400 without elements")
            << QByteArray(
                   R"({"ErrorNumber":14,"Type":"PostDataInvalidException","Message":"Invalid Json data"})")
            << QStringList{QStringLiteral("Invalid Json data")};
        QTest::newRow("summarizeErrors=false")
            << QByteArray(
                   R"({"Id":"x","Status":"OK","Contacts":[)"
                   R"({"Name":"A","StatusAttributeString":"OK"},)"
                   R"({"Name":"B","StatusAttributeString":"ERROR","ValidationErrors":[{"Message":"The contact name B is already assigned to another contact."}]}]})")
            << QStringList{QStringLiteral("The contact name B is already assigned to another contact.")};
        QTest::newRow("401 problem")
            << QByteArray(
                   R"({"Type":null,"Title":"Unauthorized","Status":401,"Detail":"TokenExpired: token expired at 01/01/2026 10:00:00"})")
            << QStringList{QStringLiteral("TokenExpired: token expired at 01/01/2026 10:00:00")};
        QTest::newRow("403 problem")
            << QByteArray(
                   R"({"Type":null,"Title":"Forbidden","Status":403,"Detail":"AuthenticationUnsuccessful"})")
            << QStringList{QStringLiteral("AuthenticationUnsuccessful")};
        QTest::newRow("500 json")
            << QByteArray(
                   R"({"ErrorNumber":500,"Type":"UnhandledException","Message":"An error occurred in Xero."})")
            << QStringList{QStringLiteral("An error occurred in Xero.")};
        QTest::newRow("503 text") << QByteArray("The Xero API is temporarily unavailable.")
                                  << QStringList{QStringLiteral("The Xero API is temporarily unavailable.")};
        QTest::newRow("html is not quoted")
            << QByteArray("<html><body>Bad gateway</body></html>") << QStringList{};
        QTest::newRow("empty") << QByteArray() << QStringList{};
    }
    void messages()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QStringList, expected);
        QCOMPARE(XeroErrors::messages(QJsonDocument::fromJson(raw), raw), expected);
    }

    void elementsOfABatch()
    {
        const QByteArray raw =
            R"({"Invoices":[)"
            R"({"InvoiceNumber":"BH-1","StatusAttributeString":"OK","InvoiceID":"a"},)"
            R"({"InvoiceNumber":"BH-2","StatusAttributeString":"WARNING","Warnings":[{"Message":"Rounding applied"}]},)"
            R"({"InvoiceNumber":"BH-3","StatusAttributeString":"ERROR","HasErrors":true,)"
            R"("ValidationErrors":[{"Message":"Invoice not of valid status for modification"}]}]})";
        const QList<XeroElementResult> r =
            XeroErrors::elements(QJsonDocument::fromJson(raw), QStringLiteral("Invoices"));
        QCOMPARE(r.size(), 3);
        QVERIFY(r[0].ok);
        QVERIFY(r[1].ok);
        QCOMPARE(r[1].warnings, QStringList{QStringLiteral("Rounding applied")});
        QVERIFY(!r[2].ok);
        QCOMPARE(r[2].element.value(QStringLiteral("InvoiceNumber")).toString(), QStringLiteral("BH-3"));
        QCOMPARE(r[2].messages, QStringList{QStringLiteral("Invoice not of valid status for modification")});

        // A 400 ValidationException lists the failed elements under Elements.
        const QByteArray failed =
            R"({"ErrorNumber":10,"Type":"ValidationException","Elements":[)"
            R"({"ContactNumber":"C-9","ValidationErrors":[{"Message":"Website must be valid."}]}]})";
        const QList<XeroElementResult> f =
            XeroErrors::elements(QJsonDocument::fromJson(failed), QStringLiteral("Contacts"));
        QCOMPARE(f.size(), 1);
        QVERIFY(!f[0].ok);
        QCOMPARE(f[0].element.value(QStringLiteral("ContactNumber")).toString(), QStringLiteral("C-9"));
    }

    void statusesBecomeErrors_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<Error::Code>("code");
        QTest::addColumn<QString>("key");
        using C = Error::Code;
        QTest::newRow("400 known")
            << 400
            << QByteArray(
                   "{\"Elements\":[{\"ValidationErrors\":[{\"Message\":\"Invoice # must be unique.\"}]}]}")
            << C::Duplicate << "invoice-number-taken";
        QTest::newRow("400 unknown") << 400 << QByteArray(R"({"Message":"Odd"})") << C::Invalid << "generic";
        QTest::newRow("401") << 401 << QByteArray(R"({"Detail":"TokenExpired: token expired"})") << C::Auth
                             << "unauthorised";
        QTest::newRow("403") << 403 << QByteArray(R"({"Detail":"AuthenticationUnsuccessful"})") << C::Auth
                             << "forbidden";
        QTest::newRow("404") << 404 << QByteArray("The resource you're looking for cannot be found")
                             << C::NotFound << "not-found";
        QTest::newRow("429") << 429 << QByteArray(R"({"Title":"Too Many Requests"})") << C::Network
                             << "rate-limited";
        QTest::newRow("500") << 500 << QByteArray() << C::Network << "xero-unavailable";
        QTest::newRow("503") << 503 << QByteArray("offline") << C::Network << "xero-unavailable";
    }
    void statusesBecomeErrors()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, raw);
        QFETCH(Error::Code, code);
        QFETCH(QString, key);
        const QJsonDocument body = QJsonDocument::fromJson(raw);
        QCOMPARE(XeroErrors::explainStatus(status, body, raw).key, key);
        const Error e = XeroErrors::toError(status, body, raw);
        QCOMPARE(e.code, code);
        QVERIFY(!e.message.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestXeroErrors)
#include "tst_xeroerrors.moc"

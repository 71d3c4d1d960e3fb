#pragma once

#include "core/entities.h"
#include "database.h"

#include <QList>

namespace billhook {

struct CustomerFilter
{
    enum class Sort
    {
        Name,
        ContactNumber,
        Email,
        Updated
    };
    QString search; // matches name, contact person, email, phone or contact number
    bool includeArchived = false;
    bool archivedOnly = false;
    Sort sort = Sort::Name;
    bool descending = false;
    int limit = 200;
    int offset = 0;
};

struct CustomerTotals
{
    Money invoiced;
    Money paid;
    Money unpaid; // amount due on approved invoices
    Money overdue;
    int overdueCount = 0;
};

class CustomerStore
{
    Q_DECLARE_TR_FUNCTIONS(CustomerStore)
public:
    explicit CustomerStore(Database &db)
        : m_db(db)
    {}

    // Validates, gives the customer a contact number if it has none, and saves it with its outbox row.
    Result<Id> add(Customer customer);
    // All or nothing: the first bad row refuses the whole list, naming it in the message (the first
    // customer being row `firstRow`: 2 for a CSV whose header is row 1).
    Result<QList<Id>> addAll(const QList<Customer> &customers, int firstRow = 1);
    // `customer.version` must be the stored version: an edit based on stale data is refused, not merged
    // silently over someone else's change.
    Status update(const Customer &customer);
    Status setArchived(Id id, bool archived);

    Result<Customer> get(Id id) const;
    Result<Customer> findByContactNumber(const QString &contactNumber) const;
    QList<Customer> list(const CustomerFilter &filter = {}) const;
    int count(const CustomerFilter &filter = {}) const;
    CustomerTotals totals(Id customerId, QDate today) const;

    // The sync's writes of what Xero says, never queued back to Xero. A write checks the version, so an edit
    // the user saved meanwhile is never overwritten: it answers false, and the customer is merged again on
    // the next run.
    Result<bool> writeFromXero(const Customer &customer, int expectedVersion);
    // A customer created from a Xero contact (no outbox row: it came from Xero).
    Result<Id> addFromXero(Customer customer);
    // The contact's status in Xero (ACTIVE, ARCHIVED, GDPRREQUEST, MERGED), as the sync last saw it.
    Status setXeroStatus(Id id, const QString &xeroStatus);
    QString xeroStatus(Id id) const;

private:
    Result<Id> insert(Customer &customer);
    Status checkUnique(const Customer &c) const;

    Database &m_db;
};

} // namespace billhook

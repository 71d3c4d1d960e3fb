#include "migrations.h"

namespace billhook {

namespace {

QStringList schemaV1()
{
    return {
        // Business settings that belong with the data (numbering, business profile, defaults).
        QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE counters (name TEXT PRIMARY KEY, value INTEGER NOT NULL)"),

        QStringLiteral(R"(CREATE TABLE customers (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            contact_person TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            mobile TEXT NOT NULL DEFAULT '',
            address TEXT NOT NULL DEFAULT '',
            contact_number TEXT NOT NULL UNIQUE CHECK (length(contact_number) BETWEEN 1 AND 50),
            payment_terms_days INTEGER NOT NULL DEFAULT -1,
            notes TEXT NOT NULL DEFAULT '',
            archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
            xero_status TEXT NOT NULL DEFAULT '',
            version INTEGER NOT NULL DEFAULT 1,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX customers_by_name ON customers (name COLLATE NOCASE)"),

        QStringLiteral(R"(CREATE TABLE invoices (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            customer_id INTEGER NOT NULL REFERENCES customers (id),
            number TEXT NOT NULL UNIQUE CHECK (length(number) BETWEEN 1 AND 255),
            reference TEXT NOT NULL DEFAULT '',
            issue_date TEXT NOT NULL,
            due_date TEXT NOT NULL,
            currency TEXT NOT NULL CHECK (length(currency) = 3),
            tax_mode TEXT NOT NULL CHECK (tax_mode IN ('exclusive', 'inclusive', 'none')),
            status TEXT NOT NULL
                CHECK (status IN ('draft', 'approved', 'part_paid', 'paid', 'voided', 'deleted')),
            subtotal INTEGER NOT NULL,
            total_tax INTEGER NOT NULL,
            total INTEGER NOT NULL,
            amount_paid INTEGER NOT NULL DEFAULT 0,
            version INTEGER NOT NULL DEFAULT 1,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX invoices_by_date ON invoices (issue_date DESC, id DESC)"),
        QStringLiteral("CREATE INDEX invoices_by_customer ON invoices (customer_id, issue_date DESC)"),
        QStringLiteral("CREATE INDEX invoices_by_status ON invoices (status, due_date)"),

        QStringLiteral(R"(CREATE TABLE invoice_lines (
            id INTEGER PRIMARY KEY,
            invoice_id INTEGER NOT NULL REFERENCES invoices (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            description TEXT NOT NULL,
            quantity INTEGER NOT NULL,
            unit_price INTEGER NOT NULL,
            discount INTEGER NOT NULL DEFAULT 0,
            tax_code TEXT NOT NULL DEFAULT '',
            tax_rate INTEGER NOT NULL DEFAULT 0,
            account_code TEXT NOT NULL DEFAULT '',
            item_code TEXT NOT NULL DEFAULT '',
            line_amount INTEGER NOT NULL,
            tax_amount INTEGER NOT NULL,
            xero_line_id TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX invoice_lines_by_invoice ON invoice_lines (invoice_id, position)"),

        QStringLiteral(R"(CREATE TABLE payments (
            id INTEGER PRIMARY KEY,
            uuid TEXT NOT NULL UNIQUE,
            invoice_id INTEGER NOT NULL REFERENCES invoices (id),
            date TEXT NOT NULL,
            amount INTEGER NOT NULL CHECK (amount > 0),
            reference TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL DEFAULT 'local' CHECK (source IN ('local', 'xero')),
            deleted INTEGER NOT NULL DEFAULT 0,
            version INTEGER NOT NULL DEFAULT 1,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL))"),
        QStringLiteral("CREATE INDEX payments_by_invoice ON payments (invoice_id, date)"),

        // Reference data, filled from Xero by the sync (and by the user for tax rates before connecting).
        QStringLiteral(R"(CREATE TABLE tax_rates (
            id INTEGER PRIMARY KEY,
            code TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            rate INTEGER NOT NULL CHECK (rate >= 0),
            xero_tax_type TEXT NOT NULL DEFAULT '',
            active INTEGER NOT NULL DEFAULT 1))"),
        QStringLiteral(R"(CREATE TABLE accounts (
            id INTEGER PRIMARY KEY,
            code TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            type TEXT NOT NULL DEFAULT '',
            xero_id TEXT NOT NULL DEFAULT '',
            active INTEGER NOT NULL DEFAULT 1,
            payments_enabled INTEGER NOT NULL DEFAULT 0))"),
        QStringLiteral(R"(CREATE TABLE items (
            id INTEGER PRIMARY KEY,
            code TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            unit_price INTEGER NOT NULL DEFAULT 0,
            account_code TEXT NOT NULL DEFAULT '',
            tax_code TEXT NOT NULL DEFAULT '',
            xero_id TEXT NOT NULL DEFAULT ''))"),

        // Sync state. `base` is the last state both sides agreed on (JSON): the merge base.
        QStringLiteral(R"(CREATE TABLE xero_connections (
            tenant_id TEXT PRIMARY KEY,
            tenant_name TEXT NOT NULL,
            connection_id TEXT NOT NULL DEFAULT '',
            state TEXT NOT NULL DEFAULT 'linked',
            connected_at TEXT NOT NULL,
            last_sync_at TEXT))"),
        QStringLiteral(R"(CREATE TABLE xero_links (
            entity TEXT NOT NULL CHECK (entity IN ('customer', 'invoice', 'payment')),
            local_id INTEGER NOT NULL,
            tenant_id TEXT NOT NULL,
            xero_id TEXT NOT NULL,
            xero_updated_utc TEXT NOT NULL DEFAULT '',
            base TEXT NOT NULL DEFAULT '{}',
            PRIMARY KEY (entity, local_id, tenant_id),
            UNIQUE (tenant_id, entity, xero_id)))"),
        QStringLiteral(R"(CREATE TABLE outbox (
            id INTEGER PRIMARY KEY,
            entity TEXT NOT NULL CHECK (entity IN ('customer', 'invoice', 'payment')),
            local_id INTEGER NOT NULL,
            op TEXT NOT NULL CHECK (op IN ('upsert', 'void', 'delete', 'archive')),
            local_version INTEGER NOT NULL DEFAULT 0,
            idempotency_key TEXT NOT NULL DEFAULT '',
            payload_hash TEXT NOT NULL DEFAULT '',
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt_at TEXT,
            last_error TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            UNIQUE (entity, local_id)))"),
        QStringLiteral(R"(CREATE TABLE sync_state (
            tenant_id TEXT NOT NULL,
            entity TEXT NOT NULL,
            watermark TEXT NOT NULL,
            PRIMARY KEY (tenant_id, entity)))"),
        QStringLiteral(R"(CREATE TABLE sync_runs (
            id INTEGER PRIMARY KEY,
            tenant_id TEXT NOT NULL DEFAULT '',
            started_at TEXT NOT NULL,
            finished_at TEXT,
            result TEXT NOT NULL DEFAULT 'running',
            pulled INTEGER NOT NULL DEFAULT 0,
            pushed INTEGER NOT NULL DEFAULT 0,
            failed INTEGER NOT NULL DEFAULT 0,
            calls_used INTEGER NOT NULL DEFAULT 0,
            detail TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral(R"(CREATE TABLE sync_issues (
            id INTEGER PRIMARY KEY,
            run_id INTEGER REFERENCES sync_runs (id),
            entity TEXT NOT NULL,
            local_id INTEGER NOT NULL,
            kind TEXT NOT NULL DEFAULT 'error' CHECK (kind IN ('error', 'conflict')),
            xero_message TEXT NOT NULL DEFAULT '',
            explanation TEXT NOT NULL DEFAULT '',
            remedy TEXT NOT NULL DEFAULT '',
            detail TEXT NOT NULL DEFAULT '{}',
            created_at TEXT NOT NULL,
            resolved_at TEXT))"),
        QStringLiteral("CREATE INDEX sync_issues_open ON sync_issues (resolved_at, entity, local_id)"),
        QStringLiteral(R"(CREATE TABLE api_usage (
            tenant_id TEXT NOT NULL,
            day TEXT NOT NULL,
            calls INTEGER NOT NULL DEFAULT 0,
            next_allowed_at TEXT,
            PRIMARY KEY (tenant_id, day)))"),
    };
}

} // namespace

const QList<Migration> &migrations()
{
    static const QList<Migration> all = {
        {1, QStringLiteral("customers, invoices, payments, reference data and sync state"), schemaV1()},
        // A customer's invoices by date, now covering the status too: a search by a common name (thousands
        // of invoices) finds the newest page from the index alone instead of reading every matching row.
        {2,
         QStringLiteral("invoices by customer and date"),
         {QStringLiteral(
              "CREATE INDEX invoices_by_customer_date ON invoices (customer_id, issue_date, status)"),
          QStringLiteral("DROP INDEX invoices_by_customer")}},
        {3,
         QStringLiteral("the names (never the values) of the keychain entries written per Xero tenant"),
         {QStringLiteral(R"(CREATE TABLE xero_keychain_keys (
            tenant_id TEXT NOT NULL,
            key TEXT NOT NULL,
            PRIMARY KEY (tenant_id, key)))")}},
        // The user's own tax rates beside Xero's: where each came from, and the domestic reverse charge.
        // Until now only the sync's reference pull wrote rates that were Xero's, with code = TaxType.
        {4,
         QStringLiteral("tax rates the user owns: origin and the reverse charge"),
         {QStringLiteral("ALTER TABLE tax_rates ADD COLUMN origin TEXT NOT NULL DEFAULT 'local' "
                         "CHECK (origin IN ('local', 'xero'))"),
          QStringLiteral("ALTER TABLE tax_rates ADD COLUMN reverse_charge INTEGER NOT NULL DEFAULT 0 "
                         "CHECK (reverse_charge IN (0, 1))"),
          QStringLiteral("UPDATE tax_rates SET origin = 'xero' WHERE code <> '' AND xero_tax_type = code")}},
        // Organisations with history. The invoice numbers the organisation already holds (learnt on every
        // pull), so Billhook never gives a new invoice one of them and never links by number alone; and what
        // each outbox row sent when it created a record (a fingerprint per attempt), so a lost answer is
        // recognised by content. The invoice watermark is reset once so the next sync learns the numbers
        // of invoices it read before this version (unchanged ones are skipped, not rewritten).
        {5,
         QStringLiteral("invoice numbers held in Xero, fingerprints of what was sent"),
         {QStringLiteral(R"(CREATE TABLE xero_invoice_numbers (
            tenant_id TEXT NOT NULL,
            xero_id TEXT NOT NULL,
            number TEXT NOT NULL,
            contact_name TEXT NOT NULL DEFAULT '',
            currency TEXT NOT NULL DEFAULT '',
            total INTEGER NOT NULL DEFAULT 0,
            amount_paid INTEGER NOT NULL DEFAULT 0,
            status TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (tenant_id, xero_id)))"),
          QStringLiteral("CREATE INDEX xero_invoice_numbers_by_number ON xero_invoice_numbers (number)"),
          QStringLiteral("ALTER TABLE outbox ADD COLUMN sent_fingerprints TEXT NOT NULL DEFAULT ''"),
          QStringLiteral("DELETE FROM sync_state WHERE entity = 'invoice'")}},
        // Contacts are linked on strong evidence only. A Xero contact that some local customer might be
        // (same name, email address or contact number, but not enough to be sure) waits for the user: which
        // customers it might be ('pending', read again on every sync until it is settled), and the ones the
        // user said it is not ('different', never proposed again).
        {6,
         QStringLiteral("Xero contacts waiting for the user's decision"),
         {QStringLiteral(R"(CREATE TABLE xero_contact_candidates (
            tenant_id TEXT NOT NULL,
            xero_id TEXT NOT NULL,
            customer_id INTEGER NOT NULL REFERENCES customers (id),
            state TEXT NOT NULL CHECK (state IN ('pending', 'different')),
            PRIMARY KEY (tenant_id, xero_id, customer_id)))"),
          QStringLiteral("CREATE INDEX xero_contact_candidates_by_customer ON xero_contact_candidates "
                         "(customer_id, state)")}},
        // A refusal is not repeated blindly: what a record Xero refused was sent with, and what it
        // depended on then (its contact or invoice as last read, the organisation's settings), so it is
        // sent again only once one of those has changed, or when the user asks.
        {7,
         QStringLiteral("what each refused record was refused with"),
         {QStringLiteral("ALTER TABLE outbox ADD COLUMN refused_key TEXT NOT NULL DEFAULT ''")}},
        // What a run left to the user: the problems open when it finished, which the Xero page's last sync
        // and the history count (a run's failures are only those it met itself).
        {8,
         QStringLiteral("the problems each sync run left open"),
         {QStringLiteral("ALTER TABLE sync_runs ADD COLUMN open_issues INTEGER NOT NULL DEFAULT 0")}},
        // A pulled invoice whose contact is not known here is never dropped: with Xero's invoices wanted,
        // it waits for its contact (which the sync fetches, or the user's decision links) and is then read
        // again by id.
        {9,
         QStringLiteral("Xero invoices waiting for their contact"),
         {QStringLiteral("ALTER TABLE xero_invoice_numbers ADD COLUMN contact_id TEXT NOT NULL DEFAULT ''"),
          QStringLiteral(
              "ALTER TABLE xero_invoice_numbers ADD COLUMN awaiting_contact INTEGER NOT NULL DEFAULT 0")}},
        // Clean means equal: a run that is equal but for what the user's options hold back says how many.
        {10,
         QStringLiteral("the differences each sync run left held back by the user's options"),
         {QStringLiteral("ALTER TABLE sync_runs ADD COLUMN held_back INTEGER NOT NULL DEFAULT 0")}},
    };
    return all;
}

} // namespace billhook

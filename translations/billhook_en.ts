<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApiUsageStore</name>
    <message>
        <source>read the API calls used today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read when Xero allows calls again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the API calls used today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record when Xero allows calls again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>No system keychain is available. On Linux, install and unlock a Secret Service such as GNOME Keyring or KWallet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain refused access. Unlock it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1 in the system keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain entry &quot;%1&quot; is damaged. Reconnect to Xero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of the keychain entry &quot;%1&quot; is missing. Reconnect to Xero.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>Line %1: a quote (&quot;) in the middle of a field. Put the whole field in quotes and double any quote inside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: text after a closing quote. Put the whole field in quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty. The first row must name the columns, such as name,email,phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown column &quot;%1&quot; in the first row. Known columns: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first row must include a &quot;name&quot; column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 has %2 fields, but the first row names %3 columns. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: payment_terms_days &quot;%2&quot; is not a whole number. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2 Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerStore</name>
    <message>
        <source>The contact number %1 already belongs to %2. Each customer needs their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2 Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact number cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed elsewhere (by a sync, or in another window) while you were editing. Reopen the customer to see the latest details, then make your change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archive the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no customer with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no customer with contact number %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>No database file was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a Billhook database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billhook cannot read %1. Check the file&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged or is not a Billhook database, so it was not opened. Restore it from a backup, or choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billhook cannot write to %1 (the file is read-only), so it was not opened. Check the file&apos;s permissions, or make a copy you can write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billhook cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Billhook (data format %2; this version reads up to %3), so it was not opened. Update Billhook to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite file, but not a Billhook database, so it was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>configure the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>back up the database before upgrading it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>upgrade the database to format %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start writing to the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: commit without a transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was undone because part of it failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: the database %2 is in use by another program. Close the other program (or the other Billhook window) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: the database %2 is read-only. Check the file&apos;s permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: the database %2 is damaged. Restore it from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: the disk is full. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FixedParse</name>
    <message>
        <source>The amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a number. Use digits with a dot for decimals, like 12.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 &quot;%2&quot; has more than %n decimal place(s).</source>
        <translation>
            <numerusform>%1 &quot;%2&quot; has more than %n decimal place.</numerusform>
            <numerusform>%1 &quot;%2&quot; has more than %n decimal places.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvoicePrinter</name>
    <message>
        <source>The printer could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceRenderer</name>
    <message>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your business name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DRAFT INVOICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INVOICE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtotal (excl. tax)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Includes tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PAID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VOID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse charge: customer to account to HMRC for the VAT</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceStatusRules</name>
    <message>
        <source>Only a draft can be approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a draft can be deleted; void an approved invoice instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a draft can be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An invoice with payments cannot be voided; remove the payments first, or raise a credit note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an approved invoice can be voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the invoice before recording a payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment can only be recorded against an approved invoice with an amount due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This invoice has no payment to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot %1 an invoice that is %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This invoice has a payment recorded, so it can no longer be changed (Xero locks it too). To correct it, raise a credit note or create a new invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This invoice is paid, so it can no longer be changed (Xero locks it too). To correct it, raise a credit note or create a new invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This invoice is voided and cannot be changed. Duplicate it to bill the work again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This invoice was deleted and cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record a payment on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove a payment from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draft</source>
        <comment>invoice status inside a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved</source>
        <comment>invoice status inside a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part-paid</source>
        <comment>invoice status inside a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paid</source>
        <comment>invoice status inside a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>voided</source>
        <comment>invoice status inside a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted</source>
        <comment>invoice status inside a sentence</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceStore</name>
    <message>
        <source>read the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no customer with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is archived. Restore the customer before invoicing them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice number %1 is already used. Each invoice needs its own number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the invoice lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 was changed elsewhere (by a sync, or in another window) while you were editing. Reopen it to see the latest version, then make your change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of an approved invoice cannot change (it is %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An invoice cannot total less than zero. To refund, raise a credit note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the invoice&apos;s status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment of %1 is more than the %2 due on invoice %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment date cannot be before the invoice date (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no invoice with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no invoice numbered %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no payment with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice number %1 is already used by another invoice in Xero. Each invoice needs its own number: leave the number empty and Billhook gives the next free one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 is already in Xero under that number; it keeps it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment removed from invoice %1 is still to be deleted in Xero. The invoice can change once the next sync has done that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That payment was already removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 is %2, so its payments cannot be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove the payment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumberingTemplate</name>
    <message>
        <source>The numbering template has an unknown part {%1}. Use {0000} for the counter, and {YYYY}, {YY} or {MM} for the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbering template needs a counter, such as INV-{0000}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbering template may hold only one counter, such as INV-{0000}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbering template has an unmatched brace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbering template is too long (60 characters at most).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReferenceStore</name>
    <message>
        <source>A tax rate needs a code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tax rate needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tax rate must be between 0% and 100%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the tax rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account needs a code of 1 to 10 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item needs a code of 1 to 30 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tax rate code &quot;%1&quot; is not a code: use 1 to 20 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;, like VAT20.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code %1 is a tax rate of the Xero organisation&apos;s; choose another code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tax rate %1 is used on invoices, so its percentage cannot change: archive it and add a new rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a tax rate named &quot;%1&quot; (code %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a tax rate with the code %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no tax rate with the code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a tax rate of the Xero organisation&apos;s; rename it in Xero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a tax rate of the Xero organisation&apos;s; archive it in Xero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tax rate %1 is already archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>archive the tax rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account code &quot;%1&quot; is not a code: use 1 to 10 letters or digits, like 200.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account code %1 is already used (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsStore</name>
    <message>
        <source>save the setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo is too large (2 MB at most).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment terms must be between 0 and 365 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code. Use three capital letters, like GBP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next number must be 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Xero client id: copy the 32 letters and digits shown as Client id on your app&apos;s page at developer.xero.com.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>Would report a problem with %1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the sync with Xero…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync was cancelled; what it finished is kept and the next sync carries on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the organisation&apos;s settings from Xero…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1 from Xero (page %2)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unnamed Xero contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would add customer %1 from Xero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would link customer %1 to the Xero contact %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would follow the merge of %1 in Xero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would mark %1 as redacted in Xero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was erased in Xero after a GDPR request. Xero no longer accepts changes or new invoices for this contact, so Billhook archived the customer and stopped sending it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Billhook&apos;s copy for your records, or delete the personal details here too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would update customer %1 from Xero: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would report a conflict on customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed both in Billhook and in Xero since the last sync, differently: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the Xero page, under Problems, choose Keep mine or Keep Xero&apos;s (in a script: billhook-cli sync resolve ID --keep mine|xero).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero sent invoice %1 without readable amounts; the sync stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would link invoice %1 to Xero&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would add invoice %1 from Xero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Xero, invoice %1 now belongs to a contact Billhook does not know yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync again: the contact is read first. If this stays, turn on customer sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would update invoice %1 from Xero: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 was changed in Billhook, but in Xero it is now %2, so it can no longer be edited there. Your changes were not sent; they are listed in this problem&apos;s details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To correct the amount, raise a credit note against it in Xero, or create a new invoice with the changes in Billhook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 was changed both in Billhook and in Xero since the last sync, differently: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would record the payment of %1 from Xero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the payment from Xero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero refused it without saying why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending %1–%2 of %3 %4…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would send %1 to Xero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero&apos;s answer was lost; checking what it saved…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to Xero dropped while sending %1; what Xero saved is linked, the rest is sent on the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 waits for its customer %2, who is not in Xero yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the customer&apos;s problem first; the invoice follows on the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 is in %2, which is not enabled in the Xero organisation (its currency is %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enable %1 in Xero (Settings, Currencies), or change the invoice to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 has a tax rate Billhook cannot match to one of Xero&apos;s tax rates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the Xero page, click Change setup and map each Billhook tax rate to one of the organisation&apos;s tax rates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 is %2 in Xero, which no longer accepts changes to it; your changes were not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To correct it, raise a credit note against it in Xero, or create a new invoice with the changes in Billhook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no open sync problem %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem %1 is not a conflict; it clears itself once the record syncs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero&apos;s customer of invoice %1 is not in Billhook yet. Sync first (the contact comes down), then choose Keep Xero&apos;s again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record of problem %1 is no longer linked to Xero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the invoice lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the customer from Xero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the invoice from Xero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no payment with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment %1 was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3, %4.</source>
        <comment>run summary: pulled, sent, problems, calls to Xero</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Pulled %n record(s)</source>
        <comment>run summary</comment>
        <translation>
            <numerusform>Pulled %n record</numerusform>
            <numerusform>Pulled %n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sent %n</source>
        <comment>run summary</comment>
        <translation>
            <numerusform>sent %n</numerusform>
            <numerusform>sent %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <comment>run summary</comment>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) to Xero</source>
        <comment>run summary</comment>
        <translation>
            <numerusform>%n call to Xero</numerusform>
            <numerusform>%n calls to Xero</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: could be any of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in Xero only: would be added to Billhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in Billhook only: would be created in Xero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore the payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n Billhook customers share its name, email address or contact number</source>
        <translation>
            <numerusform>%n Billhook customer shares its name, email address or contact number</numerusform>
            <numerusform>%n Billhook customers share its name, email address or contact number</numerusform>
        </translation>
    </message>
    <message>
        <source>same %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; different %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>might be %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Xero contact &quot;%1&quot; may be your customer %2 (%3), so Billhook has neither linked them nor copied either to the other side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The Xero contact &quot;%1&quot; could be any of %n Billhook customers (%2), so Billhook linked none of them and copied none to the other side.</source>
        <translation>
            <numerusform>The Xero contact &quot;%1&quot; could be any of %n Billhook customers (%2), so Billhook linked none of them and copied none to the other side.</numerusform>
            <numerusform>The Xero contact &quot;%1&quot; could be any of %n Billhook customers (%2), so Billhook linked none of them and copied none to the other side.</numerusform>
        </translation>
    </message>
    <message>
        <source>If &quot;%1&quot; is %2, choose &quot;Same customer: link them&quot;; if not, choose &quot;Different customers&quot;, and the next sync adds each to the other side (in a script: billhook-cli sync resolve ID --link or --different). Xero keeps one active contact per name: if yours has the same name, rename it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would link customer %1 to the Xero contact %2 it created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 was voided in Billhook, but in Xero it is already %2, which no change can undo. It shows as %2 here again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 was voided in Billhook, but in Xero it is now %2, and Xero does not void an invoice that has payments. It was not voided there, and shows as %2 here again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the payment was recorded by mistake, remove it first (in the invoice: Remove payment…), then void the invoice again. If it was paid and the work is cancelled, raise a credit note against it in Xero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already used in Xero by %2 (%3 %4, %5). Yours was not sent, and nothing was changed on either side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give yours the next free number (on the Xero page, under Problems; in a script: billhook-cli sync resolve ID --renumber). If it really is the same invoice, link them instead (--link).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>used in Xero by %1 (%2 %3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would delete the %1 in Xero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the %1 in Xero…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to Xero dropped while deleting a payment; it is checked again on the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero would not delete the payment of %1 on invoice %2, so it is back in Billhook: Xero still has it. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment is dated in a period your accountant has closed in Xero. Ask them to move the lock date (Accounting &gt; Advanced &gt; Financial settings), then remove the payment again; or leave it and record the correction in Xero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Then remove the payment again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) differ between Billhook and Xero, held back by your settings (Xero edits not accepted, or customer edits not sent); they go through when you turn the option back on.</source>
        <translation>
            <numerusform>%n record differs between Billhook and Xero, held back by your settings (Xero edits not accepted, or customer edits not sent); it goes through when you turn the option back on.</numerusform>
            <numerusform>%n records differ between Billhook and Xero, held back by your settings (Xero edits not accepted, or customer edits not sent); they go through when you turn the option back on.</numerusform>
        </translation>
    </message>
    <message>
        <source>Problem %1 is about a customer, which has no number to change: choose --link or --different.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem %1 does not say which Xero contact it is about; sync again to see where it stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Xero contact &quot;%1&quot; is already linked to another customer here; sync again to see where it stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already linked to a Xero contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is linked to the Xero contact &quot;%2&quot;; the next sync compares them, and any difference becomes a conflict for you to settle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and the Xero contact &quot;%2&quot; are kept apart; the next sync sends %1 to Xero and, when no other customer might be it, adds &quot;%2&quot; here as a customer of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem %1 is not an invoice number already used in Xero, so it cannot be renumbered or linked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 is now %2; the next sync sends it to Xero as a new invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero&apos;s invoice %1 is already linked to another invoice here, or no longer known; sync again to see where it stands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 is already linked to a Xero invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 is linked to Xero&apos;s invoice %1; the next sync compares them, and any difference becomes a conflict for you to settle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem %1 is not a change Xero refused, so there is nothing to send again. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is sent to Xero again on the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncOptions</name>
    <message>
        <source>The setting %1 is &quot;%2&quot;; it must be 1 or 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting %1 is &quot;%2&quot;; it must be draft or approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting %1 is &quot;%2&quot;; it must be ask, mine or xero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The setting %1 is &quot;%2&quot;; it must be a number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices can only be synced together with customers: every invoice in Xero needs its contact. Turn on customer sync, or turn off invoice sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments can only be synced together with invoices: a payment belongs to an invoice. Turn on invoice sync, or turn off payment sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The revenue account &quot;%1&quot; is not an account code (up to 10 letters or digits). Choose the Xero sales account invoice lines go to, for example 200.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank account &quot;%1&quot; is not an account code (up to 10 letters or digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the Xero bank account payments are recorded against, or turn off payment sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tax-rate mapping has an empty Billhook tax code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Xero tax type &quot;%1&quot; mapped to %2 is not a tax type (letters, digits and _ only, such as OUTPUT2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pull overlap must be between 1 second and 1 hour.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStateText</name>
    <message>
        <source>Not in Xero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent to Xero yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same in Billhook and in Xero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed here; goes to Xero with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero did not accept the last change. The Xero page says why and what to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed here and in Xero. Choose which to keep on the Xero page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStore</name>
    <message>
        <source>queue the change for Xero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update the outbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the link to Xero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the sync position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the sync run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the sync problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clear the sync problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer</source>
        <comment>a record in a message: customer 12</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoice</source>
        <comment>a record in a message: invoice 12</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>payment</source>
        <comment>a record in a message: payment 12</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remember the organisation&apos;s invoice numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the contacts waiting for a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record that the customers are different</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Enter the customer&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s name is too long (255 characters at most).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The contact number is too long (50 characters at most).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment terms must be between 0 and 365 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a customer for the invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the invoice date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date cannot be before the invoice date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code. Use three capital letters, like GBP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reference is too long (255 characters at most).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The invoice number is too long (255 characters at most).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one line to the invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 needs a description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1&apos;s description is too long (4000 characters at most).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1&apos;s quantity cannot be zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1&apos;s discount must be between 0% and 100%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1&apos;s tax rate must be between 0% and 100%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1&apos;s amount is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the payment date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment reference is too long (255 characters at most).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XeroConnectionStore</name>
    <message>
        <source>replace the Xero link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the Xero link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the Xero link&apos;s state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the time of the last sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove the Xero link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record a keychain entry&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forget the keychain entries&apos; names</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XeroErrors</name>
    <message>
        <source>“%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This invoice already has a payment (or credit note) recorded against it in Xero, so Xero won&apos;t let it be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the invoice as it is and, if the amount was wrong, raise a credit note in Xero for the difference. If the payment itself was recorded by mistake, remove it in Xero first (open the payment, Options &gt; Remove and Redo), then click Sync now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero won&apos;t accept this change: the invoice has already been approved, paid or voided in Xero, or the change of status isn&apos;t one Xero allows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the invoice in Xero and check its status. To correct an approved invoice, raise a credit note in Xero, or void it in Xero and create a new invoice in Billhook. Then click Sync now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another contact in Xero already has the customer number %1. Xero keeps customer numbers unique, even on archived contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero already has an active contact called %1, and Xero doesn&apos;t allow two active contacts with the same name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If %1 in Xero is this same customer, give it this customer&apos;s number in Xero (or merge the two contacts in Xero) and click Sync now. If they are different customers, change the name in Billhook, for example by adding the town, and click Sync now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sales account %1 used on this invoice has been archived or deleted in Xero, so Xero can&apos;t record the sale in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This invoice is in a currency your Xero organisation hasn&apos;t switched on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Either change the invoice&apos;s currency in Billhook to your usual one, or add the currency in Xero (Accounting &gt; Advanced &gt; Currencies &gt; Add Currency; your Xero plan must include multi-currency). Then click Sync now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer on this record is archived in Xero, and Xero doesn&apos;t allow new invoices or payments for archived contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Xero, go to Contacts, choose “Archived”, tick the customer and click Restore. Then click Sync now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer&apos;s details were erased in Xero at their request (a GDPR request), so Xero won&apos;t use that contact any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check with the customer. If you still work for them, edit the customer in Billhook (for example give them a new customer number) so a new contact is created in Xero, then click Sync now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Xero plan only lets you approve a limited number of invoices each month (Starter: 5), and that limit has been reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date on this record falls in a period that is locked in Xero (the books for that period have been closed, usually by your accountant).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero says the website address saved on this customer in Xero isn&apos;t valid, and refuses every change to the customer until it&apos;s fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Xero, open the customer, correct or clear the Website box and save. Then click Sync now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero already has an invoice with this invoice number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tax rate on this invoice doesn&apos;t exist in Xero or can&apos;t be used on sales.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment is more than Xero says is still owed on the invoice (it may already have been paid in Xero).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the payments on the invoice in Billhook and in Xero, remove the duplicate payment on one side, then click Sync now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero only takes payments on approved invoices, and this invoice is still a draft (or was voided) in Xero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve the invoice (in Billhook, or in Xero), then click Sync now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank account chosen for payments can&apos;t receive payments in Xero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero refused this record without saying why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero refused this record. Xero&apos;s own words: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the record in Billhook with Xero&apos;s message, correct what it names and click Sync now. If the message isn&apos;t clear, show it to your accountant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero says Billhook isn&apos;t allowed to do this with the access it was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero no longer accepts Billhook&apos;s sign-in for this organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero refused access to this organisation: Billhook may have been disconnected in Xero (Settings &gt; Connected apps), or your user&apos;s role in Xero changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero couldn&apos;t find this record: it may have been deleted in Xero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in Xero whether the record still exists. If it was deleted on purpose, remove or unlink it in Billhook; otherwise click Sync now to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero limits how many requests an app may make for one organisation, and that limit has been reached for now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to fix: Billhook carries on by itself once Xero allows it. Your changes stay queued until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero is unavailable at the moment, or the organisation is offline (for example while Xero updates it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero had a problem on its side and didn&apos;t complete the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to fix in Billhook: wait a few minutes and click Sync now. Xero&apos;s status page (status.xero.com) says whether Xero has a known problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Xero: “%1”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send invoices to Xero as drafts until next month (Xero page &gt; Change setup &gt; Approved invoices arrive in Xero as: Drafts), or upgrade your Xero plan. Then click Sync now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Xero page in Billhook, choose Change setup and map each Billhook rate to one of your Xero sales tax rates. Then click Sync now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Billhook open the Xero page, choose Change setup and pick your business bank account for payments. Then click Sync now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Xero, go to Contacts, choose “Archived” and search for %1. If it is the same customer, click Restore and then Sync now, and Billhook will link to it. If it is a different customer, give this customer another number in Billhook (Customers, open the customer, Edit customer, Contact number), save it and click Sync now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Xero, search Invoices for this number. If it is the same invoice, leave it: the next sync links the two. If it is a different invoice, change the numbering in Billhook (Settings &gt; New invoices &gt; Numbering, then Save settings) so the numbers don&apos;t overlap, then click Sync now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Xero page and click Reconnect to Xero to sign in again, then click Sync now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Xero page and click Reconnect to Xero to connect this organisation again, then click Sync now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the invoice in Billhook and, on each line that uses account %1, choose an active account in the Account column, then save it and click Sync now. Or ask your accountant to restore account %1 in Xero (Accounting &gt; Chart of accounts &gt; Archived), then click Try again on this problem. If %1 is your default sales account, also pick an active one on the Xero page under Change setup, so new invoices don&apos;t use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the date in Billhook to one after the lock date, or ask your accountant to move the lock date in Xero (Accounting &gt; Advanced &gt; Financial settings), then click Try again on this problem.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XeroIdentity</name>
    <message>
        <source>Xero could not be reached at %1 (%2). Check the internet connection and the Xero address in the settings, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero&apos;s sign-in service gave an answer without a token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero&apos;s sign-in service gave an unreadable answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero no longer accepts Billhook&apos;s sign-in (it expired or access was removed in Xero). Reconnect to Xero; nothing local was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero does not recognise the client id &quot;%1&quot;. Check the Xero client id in the settings (or BILLHOOK_XERO_CLIENT_ID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero&apos;s sign-in service refused the request (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero&apos;s sign-in service answered with an error (HTTP %1). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero did not accept the request to revoke Billhook&apos;s access (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero refused the list of organisations (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero could not list the organisations (HTTP %1). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero did not remove the connection (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>XeroStack</name>
    <message>
        <source>Billhook is not connected to Xero. Connect to Xero first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billhook::AboutDialog</name>
    <message>
        <source>Show in &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Billhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoicing for tradespeople, with Xero sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your customers and invoices are kept in this one file. Back it up with your other documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copyright © 2026 the Billhook developers. All rights reserved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copyright © 2026 the Billhook developers. Licensed under %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billhook::CustomerEditor</name>
    <message>
        <source>e.g. Hannah Price or Price &amp; Sons Ltd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given automatically when left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact &amp;person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact n&amp;umber:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment &amp;terms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is archived. Find it again under &quot;Show archived&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billhook::CustomerListModel</name>
    <message>
        <source>%1 (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billhook::CustomerPage</name>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← All customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpaid: approved and awaiting payment. Open: drafts as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice number…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments on the selected invoice:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n invoice(s))</source>
        <translation>
            <numerusform>%1 (%n invoice)</numerusform>
            <numerusform>%1 (%n invoices)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>billhook::CustomerPicker</name>
    <message>
        <source>Type to find a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billhook::CustomersView</name>
    <message>
        <source>Show &amp;archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>billhook::DashboardView</name>
    <message>
        <source>Outstanding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoiced this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest overdue invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) overdue</source>
        <translation>
            <numerusform>%n invoice overdue</numerusform>
            <numerusform>%n invoices overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing overdue. Well done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billhook::DemoOrganisation</name>
    <message>
        <source>The demo organisation did not start in time. Close the demo and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo organisation could not be started (%1 is missing or cannot run). Reinstall Billhook to get it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo organisation stopped as it started (exit code %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo organisation could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo organisation has stopped. Close the demo and start it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The earlier demo&apos;s database %1 cannot be removed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for the demo&apos;s database (%1) cannot be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your business (demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment within 30 days, please.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billhook::DemoSession</name>
    <message>
        <source>Demo Company (UK) is ready: allow Billhook in the page your browser opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billhook::FirstRunAssistant</name>
    <message>
        <source>Standard 20%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reduced 5%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zero-rated 0%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the scope of VAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domestic reverse charge 20% (construction)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domestic reverse charge 5% (construction)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard 23%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reduced 13.5%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second reduced 9%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GST 10%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GST-free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GST 15%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up Billhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed at the top of every invoice. Only the name is needed now; everything here can be changed later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose &amp;logo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;VAT or tax number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bank details:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo (image, 2 MB at most):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country and tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets the currency and adds the country&apos;s usual tax rates. Add, rename or archive rates later in Settings &gt; Tax rates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Australia</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Zealand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of these: I&apos;ll add my own rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax rates added:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice numbers and payment terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0000} is the counter (its zeros give the width); {YYYY}, {YY} and {MM} insert the invoice&apos;s year and month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Numbering:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment &amp;due after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment &amp;terms (printed):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: add your own in Settings &gt; Tax rates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg *.bmp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo %1 is larger than 2 MB; choose a smaller image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an image Billhook can read; choose a PNG, JPEG, SVG or BMP file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your business&apos;s name: it heads every invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code; use three letters such as GBP.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billhook::HistoryView</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) attention</source>
        <translation>
            <numerusform>%n needs attention</numerusform>
            <numerusform>%n need attention</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Took</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a sync above to see what it did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to Xero: %1 · Received from Xero: %2 · Failed: %3 · Xero calls: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems met in this sync:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed here and in Xero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1: %2 (resolved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1: %2 (open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n held back by your settings</source>
        <translation>
            <numerusform>%n held back by your settings</numerusform>
            <numerusform>%n held back by your settings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>billhook::InvoiceEditor</name>
    <message>
        <source>&amp;Add line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appro&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>V&amp;oid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record pa&amp;yment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dupli&amp;cate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PD&amp;F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pri&amp;nt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given on save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax exclusive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax inclusive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts are:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This invoice has payments, so Xero will not let it change. To correct it, raise a credit note in Xero or a new invoice for the difference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved invoice %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 is approved. Its number is now fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Void invoice %1? It stays on record as voided and can no longer be paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 is voided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this draft invoice? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a new draft copied from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment recorded. Invoice %1 is paid in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment of %1 recorded. %2 is still due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save invoice as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent invoice %1 to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello,

Please find attached invoice %1 for %2, due on %3.

Thank you,
%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your mail program should open now. Attach the PDF saved at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer is chosen: pick &quot;%1&quot; from the list as you type, or add them under Customers first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number is fixed once the invoice is approved: your customer and Xero already know it by this number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (reverse charge, %2%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove pay&amp;ment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected payment if it was recorded by mistake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment removed from this invoice is still to be deleted in Xero. The invoice can change once the next sync has done that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment recorded by mistake can be removed below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That payment is not on this invoice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the payment of %1 received on %2 from invoice %3? Only do this if it was recorded by mistake. If Xero has it, Billhook deletes it there on the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment of %1 removed. %2 is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment of %1 removed. %2 is due; Xero&apos;s copy is deleted on the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billhook::InvoiceListModel</name>
    <message>
        <source>(draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billhook::InvoicesView</name>
    <message>
        <source>&amp;New invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n invoice</numerusform>
            <numerusform>%n invoices</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>billhook::KeychainCredentialStore</name>
    <message>
        <source>read the Xero sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the Xero sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove the Xero sign-in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billhook::LineItemsModel</name>
    <message>
        <source>%1 (%2%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A discount is between 0 and 100%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tax rate cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disc. %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (reverse charge, %2%)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billhook::MainWindow</name>
    <message>
        <source>Not connected to Xero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer or invoice, depending on the section (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Billhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored your unsaved invoice from last time. Save it or close it to discard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored your unsaved customer from last time. Save it or close it to discard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo opens in a window of its own…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo could not be started. Reinstalling Billhook puts back what it needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billhook — DEMO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A demo organisation and a database of its own: nothing in this window is in your books.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billhook::MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billhook::ProblemsView</name>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer #%1 (deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft invoice for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice #%1 (deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment of %1 on invoice %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment #%1 (deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in Xero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Xero&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing needs your attention. When Xero refuses a change, or a record was changed both here and in Xero, it is listed here with what to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Xero said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this record in Xero, in your browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send Billhook&apos;s values to Xero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace Billhook&apos;s values with Xero&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Billhook (yours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Xero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record was changed both here and in Xero. Which version do you want to keep?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed here and in Xero: choose which to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no message)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone changed this record in Xero after your last sync, and it was also changed here. Billhook does not guess which change is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the two versions below and keep one. The other is replaced on the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero did not accept this change, so it has not reached Xero yet. Nothing was lost: it stays here and is sent again once fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the record, correct what Xero&apos;s message mentions, save it, then choose Sync now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the invoice of this payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give mine the next free number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is the same invoice: link them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Different customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send it to Xero again with the next sync, once what Xero objected to is fixed there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your invoice takes the next number nobody uses and goes to Xero as its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if Xero&apos;s invoice is this very invoice: the next sync compares the two and asks you about any difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They are not the same: each goes to the other side as a customer of its own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give your invoice the next free number: it then goes to Xero as its own, and Xero&apos;s stays as it is. Only if Xero&apos;s invoice is this very invoice, link them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same customer: link them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if the Xero contact is this very customer: the next sync compares the two and asks you about any difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the Xero contact &quot;%1&quot; is this customer, link them. If not, choose Different customers: each then goes to the other side as its own. Xero keeps one active contact per name, so if the names are the same, rename yours first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billhook::RateGate</name>
    <message>
        <source>The sync was cancelled before this call was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero&apos;s daily limit of API calls for this organisation is used up. Sync can resume after %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billhook::RecordSyncBar</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in Xero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this and every other waiting change to Xero now, and fetch Xero&apos;s changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this record in Xero, in your browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero said: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Xero: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) recorded in Xero (%1).</source>
        <translation>
            <numerusform>%n payment recorded in Xero (%1).</numerusform>
            <numerusform>%n payments recorded in Xero (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose what to keep</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billhook::SettingsView</name>
    <message>
        <source>Choose &amp;logo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your business (printed on invoices)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tax number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bank details:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment ter&amp;ms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0000} is the counter (its zeros give the width); {YYYY}, {YY} and {MM} insert the invoice&apos;s year and month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax exclusive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax inclusive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Numbering:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default tax &amp;rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts are:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next invoices look like %1, %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg *.bmp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1 as an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domestic &amp;reverse charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add tax rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arc&amp;hive the selected rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a&amp;ccount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the setup &amp;assistant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code, e.g. VAT20</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, e.g. Standard rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate %, e.g. 20</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Construction services under the UK domestic reverse charge: the line is charged no VAT, the customer accounts to HMRC for it at this rate, and the invoice says so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added, renamed (double-click a name) and archived at once. A rate used on an invoice keeps its percentage: archive it and add the new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code, e.g. 200</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, e.g. Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales accounts (for invoice lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>32 letters and digits from developer.xero.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To connect, register an app at developer.xero.com (My Apps &gt; New app, integration type &quot;Mobile or desktop app&quot;) with these three redirect URIs: %1, %2 and %3; then paste its client id here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero app&apos;s client &amp;id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment variable BILLHOOK_XERO_CLIENT_ID is set: its client id is used instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This copy of Billhook has a client id built in; one entered here is used instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (reverse charge, %2%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click to rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From Xero, not active there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From Xero, shown as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From Xero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the tax rate&apos;s percentage, like 20.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tax rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax rate %1 added: new invoice lines can use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one of your tax rates in the list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive tax rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive %1? Invoices that use it keep it; no new line can choose it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax rate %1 archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax rate %1 renamed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 added.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billhook::SetupPage</name>
    <message>
        <source>I have checked these tax rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also bring invoices created in Xero into Billhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview the first sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start syncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the organisation&apos;s accounts, tax rates and currencies from Xero again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved (ready to send to the customer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts (your accountant approves them in Xero)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Billhook&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Xero&apos;s version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments go to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invoice lines go to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tax rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each Billhook tax rate is sent to Xero as one of the organisation&apos;s tax rates. Check that each pair is right; your accountant can tell you if unsure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send and receive:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved invoices arrive in Xero as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed in both places:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers already in Xero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up the link with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no bank account in Xero yet. Xero records every payment against a bank account, so the payments you record in Billhook cannot be sent until there is one; customers and invoices still sync. To add one, in Xero open Accounting › Bank accounts › Add bank account, then choose Check again. Or turn off Payments below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank account the money arrives in. Xero records each payment against it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Xero&apos;s rate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2%) in Billhook is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billhook has not read the organisation from Xero yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currencies must match: Billhook invoices in %1, which %2 does not use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the bank account payments go to, or turn off Payments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the account invoice lines go to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Xero&apos;s tax rate for each Billhook tax rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the tax rates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Currency: Billhook invoices in %1, and %2 uses %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ Currency: Billhook invoices in %1, but %2 uses %3. Enable %1 in Xero (Settings › Currencies; the Xero plan must allow several currencies), or change Billhook&apos;s currency in Settings to %4. Then choose Check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before syncing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first sync would change nothing: Billhook and Xero already agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The first sync would make %n change(s). Nothing has been written yet.</source>
        <translation>
            <numerusform>The first sync would make %n change. Nothing has been written yet.</numerusform>
            <numerusform>The first sync would make %n changes. Nothing has been written yet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matched (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in both places: linked, nothing is copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New from Xero (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only in Xero: added to your customers here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New to Xero (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only in Billhook: created as contacts in Xero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs your decision (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other changes (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything else the first sync would send or bring in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not added tax rates of your own (Settings &gt; Tax rates): invoice lines use the organisation&apos;s rates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first sync imports the organisation&apos;s contacts into Billhook. A contact that is surely already here (the same name, and the same email address, phone or contact number) is linked, not copied; one that only might be one of your customers, or could be several, is left alone on both sides until you decide under Problems. Preview it first: nothing is written until you choose Start syncing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Might be one of your customers, or could be several: left alone on both sides until you choose, under Problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers already used in Xero (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your invoice has the number of another invoice in Xero: neither is touched until you choose, under Problems (one click gives yours the next free number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your next invoice will be %1, after the numbers this organisation already uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give Billhook&apos;s invoices numbers of their own instead (the next one: %1), so they never mix with the ones made in Xero</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billhook::SyncRunner</name>
    <message>
        <source>A sync is already running (in another Billhook window or billhook-cli).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync lock %1 could not be created; check that its folder can be written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Xero is busy; trying again in %n s…</source>
        <translation>
            <numerusform>Xero is busy; trying again in %n s…</numerusform>
            <numerusform>Xero is busy; trying again in %n s…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting %n s for Xero&apos;s rate limit…</source>
        <translation>
            <numerusform>Waiting %n s for Xero&apos;s rate limit…</numerusform>
            <numerusform>Waiting %n s for Xero&apos;s rate limit…</numerusform>
        </translation>
    </message>
    <message>
        <source>The sync stopped on an internal error (%1). Nothing was lost; the next sync starts again from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync stopped on an internal error. Nothing was lost; the next sync starts again from here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billhook::UnsavedChanges</name>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your changes to %1?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billhook::XeroAuth</name>
    <message>
        <source>Access was declined in Xero, so Billhook is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero refused the request to connect: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to Xero was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Xero client id is configured. Set it in the settings, or with the environment variable BILLHOOK_XERO_CLIENT_ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billhook needs one of the ports %1 on this computer for Xero&apos;s answer, but all are in use. Close the program using them and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This answer does not belong to Billhook&apos;s current request to connect to Xero, so it was ignored. Start Connect to Xero again in Billhook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero did not give Billhook access. You can close this tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billhook has Xero&apos;s answer. You can close this tab and go back to Billhook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero gave no refresh token: the offline_access scope is missing from the app&apos;s settings at Xero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero refused to complete the sign-in (%1). Start Connect to Xero again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Xero&apos;s answer did not arrive within %n minute(s), so Billhook stopped waiting. Nothing was changed; start Connect to Xero again.</source>
        <translation>
            <numerusform>Xero&apos;s answer did not arrive within %n minute, so Billhook stopped waiting. Nothing was changed; start Connect to Xero again.</numerusform>
            <numerusform>Xero&apos;s answer did not arrive within %n minutes, so Billhook stopped waiting. Nothing was changed; start Connect to Xero again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>billhook::XeroClient</name>
    <message>
        <source>A change for Xero was not sent: it had no Idempotency-Key, so a retry could create it twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync was cancelled before this call was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>no answer within %n second</numerusform>
            <numerusform>no answer within %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>Billhook could not verify Xero&apos;s secure connection (%1). Check the computer&apos;s date and time, and any proxy or antivirus that inspects secure connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero kept refusing calls for its rate limit. Billhook will try again at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero&apos;s answer arrived incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Xero did not complete the request after %n attempt(s).</source>
        <translation>
            <numerusform>Xero did not complete the request after %n attempt.</numerusform>
            <numerusform>Xero did not complete the request after %n attempts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Billhook could not reach Xero (%1). Check the internet connection; the sync tries again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incomplete answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync was cancelled before Xero answered this call.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billhook::XeroConnection</name>
    <message>
        <source>Connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect needed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to Xero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billhook is already connecting to Xero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to Xero was cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Xero organisation was chosen in Xero, so Billhook is not connected. Connect again and tick the organisation to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation %1 was not among those authorised in Xero (%2). Nothing was changed; connect again and choose that organisation in Xero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation %1 was not among those authorised in Xero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billhook is not connected to Xero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billhook was disconnected from %1 in Xero. Connect to Xero again to carry on syncing; nothing local was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billhook has removed its link to %1, but Xero could not be told: %2 To be sure, remove Billhook in Xero under Settings, Connected apps.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billhook::XeroController</name>
    <message>
        <source>Choose the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You allowed Billhook into several Xero organisations. Billhook keeps one in sync; which one is this business?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link a different organisation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billhook is linked to %1, and you chose %2 in Xero.

Link Billhook to %2 instead? Nothing waiting for %1 is sent to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billhook stays linked to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the organisation&apos;s contacts and invoices from Xero…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Waiting %n s for Xero&apos;s rate limit…</source>
        <translation>
            <numerusform>Waiting %n s for Xero&apos;s rate limit…</numerusform>
            <numerusform>Waiting %n s for Xero&apos;s rate limit…</numerusform>
        </translation>
    </message>
    <message>
        <source>Billhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero needs you to reconnect Billhook to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the one under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused while this computer is offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After you reconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the sync with Xero…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync with Xero stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n Xero problem(s) need your attention.</source>
        <translation>
            <numerusform>%n Xero problem needs your attention.</numerusform>
            <numerusform>%n Xero problems need your attention.</numerusform>
        </translation>
    </message>
    <message>
        <source>Billhook and Xero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the organisation&apos;s accounts, tax rates and currencies from Xero…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billhook could not read the organisation from Xero: %1 Choose Check again to retry.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billhook::XeroPane</name>
    <message>
        <source>today at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tomorrow at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to Xero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect Billhook to Xero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billhook then sends your customers, invoices and payments to Xero and brings back what changes there, such as payments you record in Xero, so nothing is typed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your web browser opens Xero&apos;s sign-in page. Everything you keep in Billhook stays on this computer, and you can disconnect at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the page again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish in your browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero&apos;s sign-in page has opened in your web browser. Sign in, choose the organisation to connect and select “Allow access”. Billhook carries on by itself as soon as you have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnect to Xero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send every waiting change to Xero and fetch Xero&apos;s changes now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after the current step. What was sent stays sent; the rest goes next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next automatic sync:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero calls today:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to Xero…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to Xero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero: syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero: linked to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero: finish the setup to start syncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Xero: %n problem(s) need attention</source>
        <translation>
            <numerusform>Xero: %n problem needs attention</numerusform>
            <numerusform>Xero: %n problems need attention</numerusform>
        </translation>
    </message>
    <message>
        <source>Xero: reconnect needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked: everything is in sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Linked: %n problem(s) need attention</source>
        <translation>
            <numerusform>Linked: %n problem needs attention</numerusform>
            <numerusform>Linked: %n problems need attention</numerusform>
        </translation>
    </message>
    <message>
        <source>Reconnect needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 allowed per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect from Xero?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billhook stops syncing with %1 and gives up its access to Xero.

Everything in Billhook stays on this computer, and nothing is deleted in Xero. Changes you make from now on wait here until you connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xero no longer accepts Billhook&apos;s connection to %1. This happens when the app is disconnected in Xero (Settings › Connected apps) or was not used for 60 days. Nothing is lost: your changes wait here until you reconnect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank and sales accounts, tax rates and what to sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Linked: in sync but for %n record(s) held back by your settings</source>
        <translation>
            <numerusform>Linked: in sync but for %n record held back by your settings</numerusform>
            <numerusform>Linked: in sync but for %n records held back by your settings</numerusform>
        </translation>
    </message>
    <message>
        <source>Linked: not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked: the last sync did not finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Xero account?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the sync with Demo Company (UK), a stand-in for Xero that runs on this computer, with a year of customers, invoices and payments. It opens in a window of its own, marked DEMO, with a database of its own: your books are not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try with a demo organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to the demo organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This window is a demo. Demo Company (UK) stands in for Xero on this computer: connect to it as you would to Xero, look at what the setup offers, sync, and make changes on either side. Nothing here reaches your books or a real Xero, and the demo&apos;s data is gone when you close it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>billhook::XeroSession</name>
    <message>
        <source>Xero needs you to reconnect Billhook (the sign-in expired or access was removed in Xero). Nothing local was lost; reconnect to carry on syncing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billhook is no longer connected to this Xero organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billhook cannot create the lock file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Billhook is renewing the Xero sign-in and has not finished. Try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Invoicing for tradespeople, with Xero sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write screenshots of a demo database to DIR and quit (use with QT_QPA_PLATFORM=offscreen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Billhook demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the Xero sync with a demo organisation, in a window and a database of its own (your books are not opened).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ApiUsageStore</name>
    <message>
        <source>read the API calls used today</source>
        <translation>API-Aufrufe von heute lesen</translation>
    </message>
    <message>
        <source>read when Xero allows calls again</source>
        <translation>Zeitpunkt lesen, ab dem Xero wieder Aufrufe zulässt</translation>
    </message>
    <message>
        <source>record the API calls used today</source>
        <translation>API-Aufrufe von heute speichern</translation>
    </message>
    <message>
        <source>record when Xero allows calls again</source>
        <translation>Zeitpunkt speichern, ab dem Xero wieder Aufrufe zulässt</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>No system keychain is available. On Linux, install and unlock a Secret Service such as GNOME Keyring or KWallet.</source>
        <translation>Es ist kein Systemschlüsselbund verfügbar. Unter Linux installieren und entsperren Sie einen Secret Service wie GNOME Keyring oder KWallet.</translation>
    </message>
    <message>
        <source>The system keychain refused access. Unlock it and try again.</source>
        <translation>Der Systemschlüsselbund hat den Zugriff verweigert. Entsperren Sie ihn und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Could not %1 in the system keychain: %2</source>
        <translation>Fehler beim Vorgang „%1“ im Systemschlüsselbund: %2</translation>
    </message>
    <message>
        <source>The keychain entry &quot;%1&quot; is damaged. Reconnect to Xero.</source>
        <translation>Der Schlüsselbund-Eintrag „%1“ ist beschädigt. Verbinden Sie sich erneut mit Xero.</translation>
    </message>
    <message>
        <source>Part of the keychain entry &quot;%1&quot; is missing. Reconnect to Xero.</source>
        <translation>Ein Teil des Schlüsselbund-Eintrags „%1“ fehlt. Verbinden Sie sich erneut mit Xero.</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>Line %1: a quote (&quot;) in the middle of a field. Put the whole field in quotes and double any quote inside it.</source>
        <translation>Zeile %1: ein Anführungszeichen (&quot;) mitten im Feld. Setzen Sie das ganze Feld in Anführungszeichen und verdoppeln Sie darin enthaltene.</translation>
    </message>
    <message>
        <source>Line %1: text after a closing quote. Put the whole field in quotes.</source>
        <translation>Zeile %1: Text nach einem schließenden Anführungszeichen. Setzen Sie das ganze Feld in Anführungszeichen.</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed.</source>
        <translation>Zeile %1: ein Feld in Anführungszeichen wird nie geschlossen.</translation>
    </message>
    <message>
        <source>The file is empty. The first row must name the columns, such as name,email,phone.</source>
        <translation>Die Datei ist leer. Die erste Zeile muss die Spalten nennen, etwa name,email,phone.</translation>
    </message>
    <message>
        <source>Unknown column &quot;%1&quot; in the first row. Known columns: %2.</source>
        <translation>Unbekannte Spalte „%1“ in der ersten Zeile. Bekannte Spalten: %2.</translation>
    </message>
    <message>
        <source>The first row must include a &quot;name&quot; column.</source>
        <translation>Die erste Zeile muss eine Spalte „name“ enthalten.</translation>
    </message>
    <message>
        <source>Row %1 has %2 fields, but the first row names %3 columns. Nothing was imported.</source>
        <translation>Zeile %1 hat %2 Felder, die erste Zeile nennt aber %3 Spalten. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Row %1: payment_terms_days &quot;%2&quot; is not a whole number. Nothing was imported.</source>
        <translation>Zeile %1: payment_terms_days „%2“ ist keine ganze Zahl. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Row %1: %2 Nothing was imported.</source>
        <translation>Zeile %1: %2 Es wurde nichts importiert.</translation>
    </message>
</context>
<context>
    <name>CustomerStore</name>
    <message>
        <source>The contact number %1 already belongs to %2. Each customer needs their own.</source>
        <translation>Die Kundennummer %1 gehört bereits zu %2. Jeder Kunde braucht seine eigene.</translation>
    </message>
    <message>
        <source>save the customer</source>
        <translation>Kunden speichern</translation>
    </message>
    <message>
        <source>Row %1: %2 Nothing was imported.</source>
        <translation>Zeile %1: %2 Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>The contact number cannot be empty.</source>
        <translation>Die Kundennummer darf nicht leer sein.</translation>
    </message>
    <message>
        <source>%1 was changed elsewhere (by a sync, or in another window) while you were editing. Reopen the customer to see the latest details, then make your change again.</source>
        <translation>%1 wurde während Ihrer Bearbeitung anderswo geändert (durch einen Abgleich oder in einem anderen Fenster). Öffnen Sie den Kunden erneut und nehmen Sie Ihre Änderung noch einmal vor.</translation>
    </message>
    <message>
        <source>archive the customer</source>
        <translation>Kunden archivieren</translation>
    </message>
    <message>
        <source>read the customer</source>
        <translation>Kunden lesen</translation>
    </message>
    <message>
        <source>There is no customer with id %1.</source>
        <translation>Es gibt keinen Kunden mit der ID %1.</translation>
    </message>
    <message>
        <source>There is no customer with contact number %1.</source>
        <translation>Es gibt keinen Kunden mit der Kundennummer %1.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>No database file was given.</source>
        <translation>Es wurde keine Datenbankdatei angegeben.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a Billhook database.</source>
        <translation>%1 ist ein Ordner, keine Billhook-Datenbank.</translation>
    </message>
    <message>
        <source>Billhook cannot read %1. Check the file&apos;s permissions.</source>
        <translation>Billhook kann %1 nicht lesen. Prüfen Sie die Dateirechte.</translation>
    </message>
    <message>
        <source>%1 is damaged or is not a Billhook database, so it was not opened. Restore it from a backup, or choose another file.</source>
        <translation>%1 ist beschädigt oder keine Billhook-Datenbank und wurde nicht geöffnet. Stellen Sie eine Sicherung wieder her oder wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>Billhook cannot write to %1 (the file is read-only), so it was not opened. Check the file&apos;s permissions, or make a copy you can write to.</source>
        <translation>Billhook kann nicht in %1 schreiben (die Datei ist schreibgeschützt) und hat sie nicht geöffnet. Prüfen Sie die Dateirechte oder legen Sie eine beschreibbare Kopie an.</translation>
    </message>
    <message>
        <source>Billhook cannot create the folder %1.</source>
        <translation>Billhook kann den Ordner %1 nicht anlegen.</translation>
    </message>
    <message>
        <source>open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>read %1</source>
        <translation>%1 lesen</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Billhook (data format %2; this version reads up to %3), so it was not opened. Update Billhook to open it.</source>
        <translation>%1 wurde von einer neueren Billhook-Version geschrieben (Datenformat %2; diese Version liest bis %3) und wurde nicht geöffnet. Aktualisieren Sie Billhook, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>%1 is an SQLite file, but not a Billhook database, so it was not opened.</source>
        <translation>%1 ist eine SQLite-Datei, aber keine Billhook-Datenbank, und wurde daher nicht geöffnet.</translation>
    </message>
    <message>
        <source>configure the database</source>
        <translation>Datenbank einrichten</translation>
    </message>
    <message>
        <source>back up the database before upgrading it</source>
        <translation>Datenbank vor dem Upgrade sichern</translation>
    </message>
    <message>
        <source>upgrade the database to format %1</source>
        <translation>Datenbank auf Format %1 aktualisieren</translation>
    </message>
    <message>
        <source>start writing to the database</source>
        <translation>Schreibvorgang in der Datenbank beginnen</translation>
    </message>
    <message>
        <source>Internal error: commit without a transaction.</source>
        <translation>Interner Fehler: Commit ohne Transaktion.</translation>
    </message>
    <message>
        <source>The change was undone because part of it failed.</source>
        <translation>Die Änderung wurde rückgängig gemacht, weil ein Teil davon fehlschlug.</translation>
    </message>
    <message>
        <source>save the change</source>
        <translation>Änderung speichern</translation>
    </message>
    <message>
        <source>Could not %1: the database %2 is in use by another program. Close the other program (or the other Billhook window) and try again.</source>
        <translation>Fehler beim Vorgang „%1“: Die Datenbank %2 wird von einem anderen Programm benutzt. Schließen Sie es (oder das andere Billhook-Fenster) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Could not %1: the database %2 is read-only. Check the file&apos;s permissions.</source>
        <translation>Fehler beim Vorgang „%1“: Die Datenbank %2 ist schreibgeschützt. Prüfen Sie die Dateirechte.</translation>
    </message>
    <message>
        <source>Could not %1: the database %2 is damaged. Restore it from a backup.</source>
        <translation>Fehler beim Vorgang „%1“: Die Datenbank %2 ist beschädigt. Stellen Sie eine Sicherung wieder her.</translation>
    </message>
    <message>
        <source>Could not %1: the disk is full. Free some space and try again.</source>
        <translation>Fehler beim Vorgang „%1“: Der Datenträger ist voll. Schaffen Sie Platz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation>Fehler beim Vorgang „%1“: %2</translation>
    </message>
</context>
<context>
    <name>FixedParse</name>
    <message>
        <source>The amount</source>
        <translation>Der Betrag</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a number. Use digits with a dot for decimals, like 12.50.</source>
        <translation>%1 „%2“ ist keine Zahl. Verwenden Sie Ziffern mit Punkt für Dezimalstellen, etwa 12.50.</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>%1 fehlt.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is too large.</source>
        <translation>%1 „%2“ ist zu groß.</translation>
    </message>
    <message numerus="yes">
        <source>%1 &quot;%2&quot; has more than %n decimal place(s).</source>
        <translation>
            <numerusform>%1 „%2“ hat mehr als %n Nachkommastelle.</numerusform>
            <numerusform>%1 „%2“ hat mehr als %n Nachkommastellen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvoicePrinter</name>
    <message>
        <source>The printer could not be started.</source>
        <translation>Der Drucker konnte nicht gestartet werden.</translation>
    </message>
</context>
<context>
    <name>InvoiceRenderer</name>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Invoice %1.pdf</source>
        <translation>Rechnung %1.pdf</translation>
    </message>
    <message>
        <source>Your business name</source>
        <translation>Ihr Firmenname</translation>
    </message>
    <message>
        <source>Tax number: %1</source>
        <translation>Steuernummer: %1</translation>
    </message>
    <message>
        <source>DRAFT INVOICE</source>
        <translation>RECHNUNGSENTWURF</translation>
    </message>
    <message>
        <source>INVOICE</source>
        <translation>RECHNUNG</translation>
    </message>
    <message>
        <source>Bill to</source>
        <translation>Rechnung an</translation>
    </message>
    <message>
        <source>Invoice number</source>
        <translation>Rechnungsnummer</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(Entwurf)</translation>
    </message>
    <message>
        <source>Invoice date</source>
        <translation>Rechnungsdatum</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Disc.</source>
        <translation>Rab.</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Steuer</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Subtotal (excl. tax)</source>
        <translation>Zwischensumme (netto)</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Zwischensumme</translation>
    </message>
    <message>
        <source>Includes tax</source>
        <translation>Enthaltene Steuer</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Offener Betrag</translation>
    </message>
    <message>
        <source>How to pay</source>
        <translation>Zahlungsinformationen</translation>
    </message>
    <message>
        <source>PAID</source>
        <translation>BEZAHLT</translation>
    </message>
    <message>
        <source>VOID</source>
        <translation>STORNIERT</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Rechnung %1</translation>
    </message>
    <message>
        <source>Could not write %1. Choose another folder.</source>
        <translation>%1 konnte nicht geschrieben werden. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>VAT summary</source>
        <translation>Umsatzsteuer nach Steuersatz</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Satz</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>USt.</translation>
    </message>
    <message>
        <source>Tax at %1</source>
        <translation>Steuer zu %1</translation>
    </message>
    <message>
        <source>Reverse charge: customer to account to HMRC for the VAT</source>
        <translation>Reverse charge: customer to account to HMRC for the VAT (Steuerschuldnerschaft des Leistungsempfängers)</translation>
    </message>
</context>
<context>
    <name>InvoiceStatusRules</name>
    <message>
        <source>Only a draft can be approved.</source>
        <translation>Nur ein Entwurf kann freigegeben werden.</translation>
    </message>
    <message>
        <source>Only a draft can be deleted; void an approved invoice instead.</source>
        <translation>Nur ein Entwurf kann gelöscht werden; stornieren Sie stattdessen eine freigegebene Rechnung.</translation>
    </message>
    <message>
        <source>Only a draft can be deleted.</source>
        <translation>Nur ein Entwurf kann gelöscht werden.</translation>
    </message>
    <message>
        <source>An invoice with payments cannot be voided; remove the payments first, or raise a credit note.</source>
        <translation>Eine Rechnung mit Zahlungen kann nicht storniert werden; entfernen Sie zuerst die Zahlungen oder erstellen Sie eine Gutschrift.</translation>
    </message>
    <message>
        <source>Only an approved invoice can be voided.</source>
        <translation>Nur eine freigegebene Rechnung kann storniert werden.</translation>
    </message>
    <message>
        <source>Approve the invoice before recording a payment.</source>
        <translation>Geben Sie die Rechnung frei, bevor Sie eine Zahlung erfassen.</translation>
    </message>
    <message>
        <source>A payment can only be recorded against an approved invoice with an amount due.</source>
        <translation>Eine Zahlung kann nur zu einer freigegebenen Rechnung mit offenem Betrag erfasst werden.</translation>
    </message>
    <message>
        <source>This invoice has no payment to remove.</source>
        <translation>Diese Rechnung hat keine Zahlung, die entfernt werden könnte.</translation>
    </message>
    <message>
        <source>Cannot %1 an invoice that is %2. %3</source>
        <translation>Eine Rechnung im Status „%2“ kann nicht: %1. %3</translation>
    </message>
    <message>
        <source>This invoice has a payment recorded, so it can no longer be changed (Xero locks it too). To correct it, raise a credit note or create a new invoice.</source>
        <translation>Zu dieser Rechnung ist eine Zahlung erfasst, daher kann sie nicht mehr geändert werden (auch Xero sperrt sie). Zur Korrektur erstellen Sie eine Gutschrift oder eine neue Rechnung.</translation>
    </message>
    <message>
        <source>This invoice is paid, so it can no longer be changed (Xero locks it too). To correct it, raise a credit note or create a new invoice.</source>
        <translation>Diese Rechnung ist bezahlt und kann nicht mehr geändert werden (auch Xero sperrt sie). Zur Korrektur erstellen Sie eine Gutschrift oder eine neue Rechnung.</translation>
    </message>
    <message>
        <source>This invoice is voided and cannot be changed. Duplicate it to bill the work again.</source>
        <translation>Diese Rechnung ist storniert und kann nicht geändert werden. Duplizieren Sie sie, um die Arbeit erneut zu berechnen.</translation>
    </message>
    <message>
        <source>This invoice was deleted and cannot be changed.</source>
        <translation>Diese Rechnung wurde gelöscht und kann nicht geändert werden.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Awaiting payment</source>
        <translation>Zahlung ausstehend</translation>
    </message>
    <message>
        <source>Part paid</source>
        <translation>Teilweise bezahlt</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>approve</source>
        <translation>freigeben</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>löschen</translation>
    </message>
    <message>
        <source>void</source>
        <translation>stornieren</translation>
    </message>
    <message>
        <source>record a payment on</source>
        <translation>Zahlung erfassen auf</translation>
    </message>
    <message>
        <source>remove a payment from</source>
        <translation>Zahlung entfernen von</translation>
    </message>
    <message>
        <source>draft</source>
        <comment>invoice status inside a sentence</comment>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>approved</source>
        <comment>invoice status inside a sentence</comment>
        <translation>freigegeben</translation>
    </message>
    <message>
        <source>part-paid</source>
        <comment>invoice status inside a sentence</comment>
        <translation>teilweise bezahlt</translation>
    </message>
    <message>
        <source>paid</source>
        <comment>invoice status inside a sentence</comment>
        <translation>bezahlt</translation>
    </message>
    <message>
        <source>voided</source>
        <comment>invoice status inside a sentence</comment>
        <translation>storniert</translation>
    </message>
    <message>
        <source>deleted</source>
        <comment>invoice status inside a sentence</comment>
        <translation>gelöscht</translation>
    </message>
</context>
<context>
    <name>InvoiceStore</name>
    <message>
        <source>read the customer</source>
        <translation>Kunden lesen</translation>
    </message>
    <message>
        <source>There is no customer with id %1.</source>
        <translation>Es gibt keinen Kunden mit der ID %1.</translation>
    </message>
    <message>
        <source>%1 is archived. Restore the customer before invoicing them.</source>
        <translation>%1 ist archiviert. Stellen Sie den Kunden wieder her, bevor Sie ihm eine Rechnung schreiben.</translation>
    </message>
    <message>
        <source>Invoice number %1 is already used. Each invoice needs its own number.</source>
        <translation>Die Rechnungsnummer %1 ist schon vergeben. Jede Rechnung braucht ihre eigene Nummer.</translation>
    </message>
    <message>
        <source>save the invoice lines</source>
        <translation>Rechnungszeilen speichern</translation>
    </message>
    <message>
        <source>save the invoice</source>
        <translation>Rechnung speichern</translation>
    </message>
    <message>
        <source>Invoice %1 was changed elsewhere (by a sync, or in another window) while you were editing. Reopen it to see the latest version, then make your change again.</source>
        <translation>Rechnung %1 wurde während Ihrer Bearbeitung anderswo geändert (durch einen Abgleich oder in einem anderen Fenster). Öffnen Sie sie erneut und nehmen Sie Ihre Änderung noch einmal vor.</translation>
    </message>
    <message>
        <source>The number of an approved invoice cannot change (it is %1).</source>
        <translation>Die Nummer einer freigegebenen Rechnung kann sich nicht ändern (sie lautet %1).</translation>
    </message>
    <message>
        <source>An invoice cannot total less than zero. To refund, raise a credit note.</source>
        <translation>Eine Rechnung kann nicht unter null liegen. Für eine Erstattung erstellen Sie eine Gutschrift.</translation>
    </message>
    <message>
        <source>change the invoice&apos;s status</source>
        <translation>Rechnungsstatus ändern</translation>
    </message>
    <message>
        <source>The payment of %1 is more than the %2 due on invoice %3.</source>
        <translation>Die Zahlung über %1 ist höher als die %2, die auf Rechnung %3 offen sind.</translation>
    </message>
    <message>
        <source>The payment date cannot be before the invoice date (%1).</source>
        <translation>Das Zahlungsdatum darf nicht vor dem Rechnungsdatum (%1) liegen.</translation>
    </message>
    <message>
        <source>save the payment</source>
        <translation>Zahlung speichern</translation>
    </message>
    <message>
        <source>read the invoice</source>
        <translation>Rechnung lesen</translation>
    </message>
    <message>
        <source>There is no invoice with id %1.</source>
        <translation>Es gibt keine Rechnung mit der ID %1.</translation>
    </message>
    <message>
        <source>There is no invoice numbered %1.</source>
        <translation>Es gibt keine Rechnung mit der Nummer %1.</translation>
    </message>
    <message>
        <source>There is no payment with id %1.</source>
        <translation>Es gibt keine Zahlung mit der Nummer %1.</translation>
    </message>
    <message>
        <source>Invoice number %1 is already used by another invoice in Xero. Each invoice needs its own number: leave the number empty and Billhook gives the next free one.</source>
        <translation>Die Rechnungsnummer %1 ist in Xero bereits an eine andere Rechnung vergeben. Jede Rechnung braucht ihre eigene Nummer: Lassen Sie die Nummer leer, dann vergibt Billhook die nächste freie.</translation>
    </message>
    <message>
        <source>Invoice %1 is already in Xero under that number; it keeps it.</source>
        <translation>Rechnung %1 ist unter dieser Nummer bereits in Xero; sie behält die Nummer.</translation>
    </message>
    <message>
        <source>A payment removed from invoice %1 is still to be deleted in Xero. The invoice can change once the next sync has done that.</source>
        <translation>Eine von Rechnung %1 entfernte Zahlung muss in Xero noch gelöscht werden. Die Rechnung kann geändert werden, sobald der nächste Abgleich das erledigt hat.</translation>
    </message>
    <message>
        <source>That payment was already removed.</source>
        <translation>Diese Zahlung wurde bereits entfernt.</translation>
    </message>
    <message>
        <source>Invoice %1 is %2, so its payments cannot be changed.</source>
        <translation>Rechnung %1 hat den Status „%2“, daher können ihre Zahlungen nicht geändert werden.</translation>
    </message>
    <message>
        <source>remove the payment</source>
        <translation>Zahlung entfernen</translation>
    </message>
</context>
<context>
    <name>NumberingTemplate</name>
    <message>
        <source>The numbering template has an unknown part {%1}. Use {0000} for the counter, and {YYYY}, {YY} or {MM} for the date.</source>
        <translation>Die Nummernvorlage enthält einen unbekannten Teil {%1}. Verwenden Sie {0000} für den Zähler und {YYYY}, {YY} oder {MM} für das Datum.</translation>
    </message>
    <message>
        <source>The numbering template needs a counter, such as INV-{0000}.</source>
        <translation>Die Nummernvorlage braucht einen Zähler, etwa RE-{0000}.</translation>
    </message>
    <message>
        <source>The numbering template may hold only one counter, such as INV-{0000}.</source>
        <translation>Die Nummernvorlage darf nur einen Zähler enthalten, etwa RE-{0000}.</translation>
    </message>
    <message>
        <source>The numbering template has an unmatched brace.</source>
        <translation>Die Nummernvorlage hat eine Klammer ohne Gegenstück.</translation>
    </message>
    <message>
        <source>The numbering template is too long (60 characters at most).</source>
        <translation>Die Nummernvorlage ist zu lang (höchstens 60 Zeichen).</translation>
    </message>
</context>
<context>
    <name>ReferenceStore</name>
    <message>
        <source>A tax rate needs a code.</source>
        <translation>Ein Steuersatz braucht einen Code.</translation>
    </message>
    <message>
        <source>A tax rate needs a name.</source>
        <translation>Ein Steuersatz braucht einen Namen.</translation>
    </message>
    <message>
        <source>A tax rate must be between 0% and 100%.</source>
        <translation>Ein Steuersatz muss zwischen 0 % und 100 % liegen.</translation>
    </message>
    <message>
        <source>save the tax rate</source>
        <translation>Steuersatz speichern</translation>
    </message>
    <message>
        <source>An account needs a code of 1 to 10 characters.</source>
        <translation>Ein Konto braucht einen Code mit 1 bis 10 Zeichen.</translation>
    </message>
    <message>
        <source>save the account</source>
        <translation>Konto speichern</translation>
    </message>
    <message>
        <source>An item needs a code of 1 to 30 characters.</source>
        <translation>Ein Artikel braucht einen Code mit 1 bis 30 Zeichen.</translation>
    </message>
    <message>
        <source>save the item</source>
        <translation>Artikel speichern</translation>
    </message>
    <message>
        <source>The tax rate code &quot;%1&quot; is not a code: use 1 to 20 letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;, like VAT20.</source>
        <translation>Der Steuersatz-Code „%1“ ist kein Code: Verwenden Sie 1 bis 20 Buchstaben, Ziffern, „-“, „_“ oder „.“, etwa VAT20.</translation>
    </message>
    <message>
        <source>The code %1 is a tax rate of the Xero organisation&apos;s; choose another code.</source>
        <translation>Der Code %1 ist ein Steuersatz der Xero-Organisation; wählen Sie einen anderen Code.</translation>
    </message>
    <message>
        <source>The tax rate %1 is used on invoices, so its percentage cannot change: archive it and add a new rate.</source>
        <translation>Der Steuersatz %1 wird auf Rechnungen verwendet, daher kann sein Prozentsatz nicht geändert werden: Archivieren Sie ihn und legen Sie einen neuen Satz an.</translation>
    </message>
    <message>
        <source>There is already a tax rate named &quot;%1&quot; (code %2).</source>
        <translation>Es gibt bereits einen Steuersatz namens „%1“ (Code %2).</translation>
    </message>
    <message>
        <source>There is already a tax rate with the code %1 (%2).</source>
        <translation>Es gibt bereits einen Steuersatz mit dem Code %1 (%2).</translation>
    </message>
    <message>
        <source>There is no tax rate with the code %1.</source>
        <translation>Es gibt keinen Steuersatz mit dem Code %1.</translation>
    </message>
    <message>
        <source>%1 is a tax rate of the Xero organisation&apos;s; rename it in Xero.</source>
        <translation>%1 ist ein Steuersatz der Xero-Organisation; benennen Sie ihn in Xero um.</translation>
    </message>
    <message>
        <source>%1 is a tax rate of the Xero organisation&apos;s; archive it in Xero.</source>
        <translation>%1 ist ein Steuersatz der Xero-Organisation; archivieren Sie ihn in Xero.</translation>
    </message>
    <message>
        <source>The tax rate %1 is already archived.</source>
        <translation>Der Steuersatz %1 ist bereits archiviert.</translation>
    </message>
    <message>
        <source>archive the tax rate</source>
        <translation>den Steuersatz archivieren</translation>
    </message>
    <message>
        <source>The account code &quot;%1&quot; is not a code: use 1 to 10 letters or digits, like 200.</source>
        <translation>Der Kontocode „%1“ ist kein Code: Verwenden Sie 1 bis 10 Buchstaben oder Ziffern, etwa 200.</translation>
    </message>
    <message>
        <source>An account needs a name.</source>
        <translation>Ein Konto braucht einen Namen.</translation>
    </message>
    <message>
        <source>The account code %1 is already used (%2).</source>
        <translation>Der Kontocode %1 wird bereits verwendet (%2).</translation>
    </message>
</context>
<context>
    <name>SettingsStore</name>
    <message>
        <source>save the setting</source>
        <translation>Einstellung speichern</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation>„%1“ ist keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>The logo is too large (2 MB at most).</source>
        <translation>Das Logo ist zu groß (höchstens 2 MB).</translation>
    </message>
    <message>
        <source>Payment terms must be between 0 and 365 days.</source>
        <translation>Das Zahlungsziel muss zwischen 0 und 365 Tagen liegen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code. Use three capital letters, like GBP.</source>
        <translation>„%1“ ist kein Währungscode. Verwenden Sie drei Großbuchstaben, etwa EUR.</translation>
    </message>
    <message>
        <source>number the record</source>
        <translation>Datensatz nummerieren</translation>
    </message>
    <message>
        <source>The next number must be 1 or more.</source>
        <translation>Die nächste Nummer muss 1 oder größer sein.</translation>
    </message>
    <message>
        <source>save the counter</source>
        <translation>Zähler speichern</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Xero client id: copy the 32 letters and digits shown as Client id on your app&apos;s page at developer.xero.com.</source>
        <translation>„%1“ ist keine Xero-Client-ID: Kopieren Sie die 32 Buchstaben und Ziffern, die auf der Seite Ihrer App bei developer.xero.com als Client id angezeigt werden.</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>Would report a problem with %1 %2: %3</source>
        <translation>Würde ein Problem mit %1 %2 melden: %3</translation>
    </message>
    <message>
        <source>The sync was cancelled.</source>
        <translation>Der Abgleich wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Starting the sync with Xero…</source>
        <translation>Abgleich mit Xero beginnt…</translation>
    </message>
    <message>
        <source>Finishing…</source>
        <translation>Wird abgeschlossen…</translation>
    </message>
    <message>
        <source>The sync was cancelled; what it finished is kept and the next sync carries on.</source>
        <translation>Der Abgleich wurde abgebrochen; was schon erledigt war, bleibt erhalten, und der nächste Abgleich macht weiter.</translation>
    </message>
    <message>
        <source>Reading the organisation&apos;s settings from Xero…</source>
        <translation>Einstellungen der Organisation werden aus Xero gelesen…</translation>
    </message>
    <message>
        <source>Xero did not answer.</source>
        <translation>Xero hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>Reading %1 from Xero (page %2)…</source>
        <translation>%1 werden aus Xero gelesen (Seite %2)…</translation>
    </message>
    <message>
        <source>Unnamed Xero contact</source>
        <translation>Xero-Kontakt ohne Namen</translation>
    </message>
    <message>
        <source>Would add customer %1 from Xero</source>
        <translation>Würde Kunden %1 aus Xero hinzufügen</translation>
    </message>
    <message>
        <source>Would link customer %1 to the Xero contact %2</source>
        <translation>Würde Kunden %1 mit dem Xero-Kontakt %2 verknüpfen</translation>
    </message>
    <message>
        <source>Would follow the merge of %1 in Xero</source>
        <translation>Würde die Zusammenführung von %1 in Xero übernehmen</translation>
    </message>
    <message>
        <source>Would mark %1 as redacted in Xero</source>
        <translation>Würde %1 als in Xero anonymisiert kennzeichnen</translation>
    </message>
    <message>
        <source>update the outbox</source>
        <translation>Ausgangswarteschlange aktualisieren</translation>
    </message>
    <message>
        <source>%1 was erased in Xero after a GDPR request. Xero no longer accepts changes or new invoices for this contact, so Billhook archived the customer and stopped sending it.</source>
        <translation>%1 wurde in Xero nach einem DSGVO-Antrag gelöscht. Xero nimmt für diesen Kontakt keine Änderungen und keine neuen Rechnungen mehr an, daher hat Billhook den Kunden archiviert und sendet ihn nicht mehr.</translation>
    </message>
    <message>
        <source>Keep Billhook&apos;s copy for your records, or delete the personal details here too.</source>
        <translation>Behalten Sie die Kopie in Billhook für Ihre Unterlagen, oder löschen Sie die persönlichen Daten auch hier.</translation>
    </message>
    <message>
        <source>Would update customer %1 from Xero: %2</source>
        <translation>Würde Kunden %1 aus Xero aktualisieren: %2</translation>
    </message>
    <message>
        <source>Would report a conflict on customer %1</source>
        <translation>Würde einen Konflikt beim Kunden %1 melden</translation>
    </message>
    <message>
        <source>%1 was changed both in Billhook and in Xero since the last sync, differently: %2.</source>
        <translation>%1 wurde seit dem letzten Abgleich in Billhook und in Xero unterschiedlich geändert: %2.</translation>
    </message>
    <message>
        <source>On the Xero page, under Problems, choose Keep mine or Keep Xero&apos;s (in a script: billhook-cli sync resolve ID --keep mine|xero).</source>
        <translation>Wählen Sie auf der Xero-Seite unter „Probleme“ „Meine behalten“ oder „Die aus Xero behalten“ (in einem Skript: billhook-cli sync resolve ID --keep mine|xero).</translation>
    </message>
    <message>
        <source>Xero sent invoice %1 without readable amounts; the sync stopped.</source>
        <translation>Xero hat Rechnung %1 ohne lesbare Beträge gesendet; der Abgleich wurde angehalten.</translation>
    </message>
    <message>
        <source>Would link invoice %1 to Xero&apos;s</source>
        <translation>Würde Rechnung %1 mit der Rechnung gleicher Nummer in Xero verknüpfen</translation>
    </message>
    <message>
        <source>Would add invoice %1 from Xero</source>
        <translation>Würde Rechnung %1 aus Xero hinzufügen</translation>
    </message>
    <message>
        <source>In Xero, invoice %1 now belongs to a contact Billhook does not know yet.</source>
        <translation>In Xero gehört Rechnung %1 jetzt zu einem Kontakt, den Billhook noch nicht kennt.</translation>
    </message>
    <message>
        <source>Sync again: the contact is read first. If this stays, turn on customer sync.</source>
        <translation>Gleichen Sie erneut ab: Dabei wird zuerst der Kontakt gelesen. Bleibt das Problem bestehen, schalten Sie den Abgleich der Kunden ein.</translation>
    </message>
    <message>
        <source>Would update invoice %1 from Xero: %2</source>
        <translation>Würde Rechnung %1 aus Xero aktualisieren: %2</translation>
    </message>
    <message>
        <source>Invoice %1 was changed in Billhook, but in Xero it is now %2, so it can no longer be edited there. Your changes were not sent; they are listed in this problem&apos;s details.</source>
        <translation>Rechnung %1 wurde in Billhook geändert, hat in Xero aber jetzt den Status „%2“ und kann dort nicht mehr bearbeitet werden. Ihre Änderungen wurden nicht gesendet; sie stehen in den Details dieses Problems.</translation>
    </message>
    <message>
        <source>To correct the amount, raise a credit note against it in Xero, or create a new invoice with the changes in Billhook.</source>
        <translation>Um den Betrag zu korrigieren, erstellen Sie in Xero eine Gutschrift dazu, oder legen Sie in Billhook eine neue Rechnung mit den Änderungen an.</translation>
    </message>
    <message>
        <source>Invoice %1 was changed both in Billhook and in Xero since the last sync, differently: %2.</source>
        <translation>Rechnung %1 wurde seit dem letzten Abgleich in Billhook und in Xero unterschiedlich geändert: %2.</translation>
    </message>
    <message>
        <source>Would record the payment of %1 from Xero</source>
        <translation>Würde die Zahlung über %1 aus Xero erfassen</translation>
    </message>
    <message>
        <source>save the payment from Xero</source>
        <translation>Zahlung aus Xero speichern</translation>
    </message>
    <message>
        <source>Xero refused it without saying why.</source>
        <translation>Xero hat es ohne Begründung abgelehnt.</translation>
    </message>
    <message>
        <source>Sending %1–%2 of %3 %4…</source>
        <translation>%1–%2 von %3 %4 werden an Xero gesendet…</translation>
    </message>
    <message>
        <source>Would send %1 to Xero</source>
        <translation>Würde an Xero senden: %1</translation>
    </message>
    <message>
        <source>Xero&apos;s answer was lost; checking what it saved…</source>
        <translation>Die Antwort von Xero ging verloren; es wird geprüft, was Xero gespeichert hat…</translation>
    </message>
    <message>
        <source>The connection to Xero dropped while sending %1; what Xero saved is linked, the rest is sent on the next sync.</source>
        <translation>Die Verbindung zu Xero brach beim Senden der %1 ab; was Xero gespeichert hat, ist verknüpft, der Rest wird beim nächsten Abgleich gesendet.</translation>
    </message>
    <message>
        <source>customer %1</source>
        <translation>Kunde %1</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Invoice %1 waits for its customer %2, who is not in Xero yet.</source>
        <translation>Rechnung %1 wartet auf ihren Kunden %2, der noch nicht in Xero ist.</translation>
    </message>
    <message>
        <source>Fix the customer&apos;s problem first; the invoice follows on the next sync.</source>
        <translation>Beheben Sie zuerst das Problem beim Kunden; die Rechnung folgt beim nächsten Abgleich.</translation>
    </message>
    <message>
        <source>Invoice %1 is in %2, which is not enabled in the Xero organisation (its currency is %3).</source>
        <translation>Rechnung %1 lautet auf %2, das in der Xero-Organisation nicht aktiviert ist (deren Währung ist %3).</translation>
    </message>
    <message>
        <source>Enable %1 in Xero (Settings, Currencies), or change the invoice to %2.</source>
        <translation>Aktivieren Sie %1 in Xero (Settings, Currencies), oder stellen Sie die Rechnung auf %2 um.</translation>
    </message>
    <message>
        <source>Invoice %1 has a tax rate Billhook cannot match to one of Xero&apos;s tax rates.</source>
        <translation>Rechnung %1 hat einen Steuersatz, den Billhook keinem Steuersatz in Xero zuordnen kann.</translation>
    </message>
    <message>
        <source>On the Xero page, click Change setup and map each Billhook tax rate to one of the organisation&apos;s tax rates.</source>
        <translation>Klicken Sie auf der Xero-Seite auf „Einrichtung ändern“ und ordnen Sie jedem Steuersatz aus Billhook einen Steuersatz der Organisation zu.</translation>
    </message>
    <message>
        <source>Invoice %1 is %2 in Xero, which no longer accepts changes to it; your changes were not sent.</source>
        <translation>Rechnung %1 hat in Xero den Status „%2“, und Xero nimmt keine Änderungen mehr daran an; Ihre Änderungen wurden nicht gesendet.</translation>
    </message>
    <message>
        <source>To correct it, raise a credit note against it in Xero, or create a new invoice with the changes in Billhook.</source>
        <translation>Zur Korrektur erstellen Sie in Xero eine Gutschrift dazu, oder legen Sie in Billhook eine neue Rechnung mit den Änderungen an.</translation>
    </message>
    <message>
        <source>invoice %1</source>
        <translation>Rechnung %1</translation>
    </message>
    <message>
        <source>payment of %1</source>
        <translation>Zahlung über %1</translation>
    </message>
    <message>
        <source>There is no open sync problem %1.</source>
        <translation>Es gibt kein offenes Abgleichproblem %1.</translation>
    </message>
    <message>
        <source>Problem %1 is not a conflict; it clears itself once the record syncs.</source>
        <translation>Problem %1 ist kein Konflikt; es erledigt sich von selbst, sobald der Datensatz abgeglichen ist.</translation>
    </message>
    <message>
        <source>Xero&apos;s customer of invoice %1 is not in Billhook yet. Sync first (the contact comes down), then choose Keep Xero&apos;s again.</source>
        <translation>Der Kunde der Rechnung %1 in Xero ist noch nicht in Billhook. Gleichen Sie zuerst ab (dabei kommt der Kontakt herunter) und wählen Sie dann erneut „Die aus Xero behalten“.</translation>
    </message>
    <message>
        <source>The record of problem %1 is no longer linked to Xero.</source>
        <translation>Der Datensatz zu Problem %1 ist nicht mehr mit Xero verknüpft.</translation>
    </message>
    <message>
        <source>save the invoice lines</source>
        <translation>Rechnungszeilen speichern</translation>
    </message>
    <message>
        <source>save the customer from Xero</source>
        <translation>Kunden aus Xero speichern</translation>
    </message>
    <message>
        <source>save the invoice from Xero</source>
        <translation>Rechnung aus Xero speichern</translation>
    </message>
    <message>
        <source>There is no payment with id %1.</source>
        <translation>Es gibt keine Zahlung mit der Nummer %1.</translation>
    </message>
    <message>
        <source>The payment %1 was deleted.</source>
        <translation>Die Zahlung %1 wurde gelöscht.</translation>
    </message>
    <message>
        <source>%1, %2, %3, %4.</source>
        <comment>run summary: pulled, sent, problems, calls to Xero</comment>
        <translation>%1, %2, %3, %4.</translation>
    </message>
    <message numerus="yes">
        <source>Pulled %n record(s)</source>
        <comment>run summary</comment>
        <translation>
            <numerusform>%n Datensatz empfangen</numerusform>
            <numerusform>%n Datensätze empfangen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sent %n</source>
        <comment>run summary</comment>
        <translation>
            <numerusform>%n gesendet</numerusform>
            <numerusform>%n gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <comment>run summary</comment>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) to Xero</source>
        <comment>run summary</comment>
        <translation>
            <numerusform>%n Aufruf an Xero</numerusform>
            <numerusform>%n Aufrufe an Xero</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: could be any of %2</source>
        <translation>%1: könnte jeder dieser Kunden sein: %2</translation>
    </message>
    <message>
        <source>in Xero only: would be added to Billhook</source>
        <translation>nur in Xero: würde in Billhook hinzugefügt</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>in Billhook only: would be created in Xero</source>
        <translation>nur in Billhook: würde in Xero angelegt</translation>
    </message>
    <message>
        <source>restore the payment</source>
        <translation>Zahlung wiederherstellen</translation>
    </message>
    <message>
        <source>contact number</source>
        <translation>Kundennummer</translation>
    </message>
    <message>
        <source>email address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message numerus="yes">
        <source>%n Billhook customers share its name, email address or contact number</source>
        <translation>
            <numerusform>%n Billhook-Kunde hat denselben Namen, dieselbe E-Mail-Adresse oder dieselbe Kundennummer wie dieser Kontakt</numerusform>
            <numerusform>%n Billhook-Kunden haben denselben Namen, dieselbe E-Mail-Adresse oder dieselbe Kundennummer wie dieser Kontakt</numerusform>
        </translation>
    </message>
    <message>
        <source>same %1</source>
        <translation>Übereinstimmung bei %1</translation>
    </message>
    <message>
        <source>%1; different %2</source>
        <translation>%1; Abweichung bei %2</translation>
    </message>
    <message>
        <source>might be %1: %2</source>
        <translation>könnte %1 sein: %2</translation>
    </message>
    <message>
        <source>The Xero contact &quot;%1&quot; may be your customer %2 (%3), so Billhook has neither linked them nor copied either to the other side.</source>
        <translation>Der Xero-Kontakt „%1“ ist vielleicht Ihr Kunde %2 (%3), daher hat Billhook die beiden weder verknüpft noch einen von ihnen auf die andere Seite kopiert.</translation>
    </message>
    <message numerus="yes">
        <source>The Xero contact &quot;%1&quot; could be any of %n Billhook customers (%2), so Billhook linked none of them and copied none to the other side.</source>
        <translation>
            <numerusform>Der Xero-Kontakt „%1“ könnte %n Billhook-Kunde sein (%2), daher hat Billhook ihn nicht verknüpft und nichts auf die andere Seite kopiert.</numerusform>
            <numerusform>Der Xero-Kontakt „%1“ könnte jeder von %n Billhook-Kunden sein (%2), daher hat Billhook keinen von ihnen verknüpft und keinen auf die andere Seite kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>If &quot;%1&quot; is %2, choose &quot;Same customer: link them&quot;; if not, choose &quot;Different customers&quot;, and the next sync adds each to the other side (in a script: billhook-cli sync resolve ID --link or --different). Xero keeps one active contact per name: if yours has the same name, rename it first.</source>
        <translation>Ist „%1“ %2, wählen Sie „Derselbe Kunde: verknüpfen“; andernfalls wählen Sie „Verschiedene Kunden“, und der nächste Abgleich legt jeden auf der anderen Seite an (in einem Skript: billhook-cli sync resolve ID --link oder --different). Xero erlaubt nur einen aktiven Kontakt pro Name: Hat Ihr Kunde denselben Namen, benennen Sie ihn zuerst um.</translation>
    </message>
    <message>
        <source>Would link customer %1 to the Xero contact %2 it created</source>
        <translation>Würde Kunden %1 mit dem von Billhook angelegten Xero-Kontakt %2 verknüpfen</translation>
    </message>
    <message>
        <source>Invoice %1 was voided in Billhook, but in Xero it is already %2, which no change can undo. It shows as %2 here again.</source>
        <translation>Rechnung %1 wurde in Billhook storniert, hat in Xero aber bereits den Status „%2“, den keine Änderung rückgängig machen kann. Sie wird hier wieder als „%2“ angezeigt.</translation>
    </message>
    <message>
        <source>Invoice %1 was voided in Billhook, but in Xero it is now %2, and Xero does not void an invoice that has payments. It was not voided there, and shows as %2 here again.</source>
        <translation>Rechnung %1 wurde in Billhook storniert, hat in Xero aber jetzt den Status „%2“, und Xero storniert keine Rechnung, zu der Zahlungen erfasst sind. Sie wurde dort nicht storniert und wird hier wieder als „%2“ angezeigt.</translation>
    </message>
    <message>
        <source>If the payment was recorded by mistake, remove it first (in the invoice: Remove payment…), then void the invoice again. If it was paid and the work is cancelled, raise a credit note against it in Xero.</source>
        <translation>Wurde die Zahlung versehentlich erfasst, entfernen Sie sie zuerst (in der Rechnung: „Zahlung entfernen…“) und stornieren Sie die Rechnung dann erneut. Wurde die Rechnung bezahlt und der Auftrag abgesagt, erstellen Sie in Xero eine Gutschrift dazu.</translation>
    </message>
    <message>
        <source>another invoice</source>
        <translation>eine andere Rechnung</translation>
    </message>
    <message>
        <source>%1&apos;s invoice</source>
        <translation>eine Rechnung von %1</translation>
    </message>
    <message>
        <source>%1 is already used in Xero by %2 (%3 %4, %5). Yours was not sent, and nothing was changed on either side.</source>
        <translation>Die Nummer %1 ist in Xero bereits vergeben: %2 (%3 %4, %5). Ihre Rechnung wurde nicht gesendet, und auf beiden Seiten wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Give yours the next free number (on the Xero page, under Problems; in a script: billhook-cli sync resolve ID --renumber). If it really is the same invoice, link them instead (--link).</source>
        <translation>Geben Sie Ihrer Rechnung die nächste freie Nummer (auf der Xero-Seite unter „Probleme“; in einem Skript: billhook-cli sync resolve ID --renumber). Ist es wirklich dieselbe Rechnung, verknüpfen Sie die beiden stattdessen (--link).</translation>
    </message>
    <message>
        <source>used in Xero by %1 (%2 %3, %4)</source>
        <translation>in Xero bereits vergeben: %1 (%2 %3, %4)</translation>
    </message>
    <message>
        <source>Would delete the %1 in Xero</source>
        <translation>Würde die %1 in Xero löschen</translation>
    </message>
    <message>
        <source>Deleting the %1 in Xero…</source>
        <translation>Die %1 wird in Xero gelöscht…</translation>
    </message>
    <message>
        <source>The connection to Xero dropped while deleting a payment; it is checked again on the next sync.</source>
        <translation>Die Verbindung zu Xero brach beim Löschen einer Zahlung ab; die Zahlung wird beim nächsten Abgleich erneut geprüft.</translation>
    </message>
    <message>
        <source>Xero would not delete the payment of %1 on invoice %2, so it is back in Billhook: Xero still has it. %3</source>
        <translation>Xero hat die Zahlung über %1 auf Rechnung %2 nicht gelöscht, daher ist sie wieder in Billhook: Xero hat sie noch. %3</translation>
    </message>
    <message>
        <source>The payment is dated in a period your accountant has closed in Xero. Ask them to move the lock date (Accounting &gt; Advanced &gt; Financial settings), then remove the payment again; or leave it and record the correction in Xero.</source>
        <translation>Die Zahlung ist auf einen Zeitraum datiert, den Ihre Buchhaltung in Xero abgeschlossen hat. Bitten Sie sie, das Sperrdatum zu verschieben (Accounting &gt; Advanced &gt; Financial settings), und entfernen Sie die Zahlung dann erneut; oder lassen Sie sie stehen und erfassen Sie die Korrektur in Xero.</translation>
    </message>
    <message>
        <source>%1 Then remove the payment again.</source>
        <translation>%1 Entfernen Sie die Zahlung dann erneut.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) differ between Billhook and Xero, held back by your settings (Xero edits not accepted, or customer edits not sent); they go through when you turn the option back on.</source>
        <translation>
            <numerusform>%n Datensatz unterscheidet sich zwischen Billhook und Xero und wird durch Ihre Einstellungen zurückgehalten (Änderungen aus Xero werden nicht übernommen oder Änderungen an Kunden nicht gesendet); er wird übertragen, sobald Sie die Option wieder einschalten.</numerusform>
            <numerusform>%n Datensätze unterscheiden sich zwischen Billhook und Xero und werden durch Ihre Einstellungen zurückgehalten (Änderungen aus Xero werden nicht übernommen oder Änderungen an Kunden nicht gesendet); sie werden übertragen, sobald Sie die Option wieder einschalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Problem %1 is about a customer, which has no number to change: choose --link or --different.</source>
        <translation>Problem %1 betrifft einen Kunden, und bei Kunden gibt es keine Nummer zu ändern: Wählen Sie --link oder --different.</translation>
    </message>
    <message>
        <source>Problem %1 does not say which Xero contact it is about; sync again to see where it stands.</source>
        <translation>Problem %1 nennt keinen Xero-Kontakt; gleichen Sie erneut ab, um den aktuellen Stand zu sehen.</translation>
    </message>
    <message>
        <source>The Xero contact &quot;%1&quot; is already linked to another customer here; sync again to see where it stands.</source>
        <translation>Der Xero-Kontakt „%1“ ist hier bereits mit einem anderen Kunden verknüpft; gleichen Sie erneut ab, um den aktuellen Stand zu sehen.</translation>
    </message>
    <message>
        <source>%1 is already linked to a Xero contact.</source>
        <translation>%1 ist bereits mit einem Xero-Kontakt verknüpft.</translation>
    </message>
    <message>
        <source>%1 is linked to the Xero contact &quot;%2&quot;; the next sync compares them, and any difference becomes a conflict for you to settle.</source>
        <translation>%1 ist jetzt mit dem Xero-Kontakt „%2“ verknüpft; der nächste Abgleich vergleicht die beiden, und jede Abweichung wird zu einem Konflikt, über den Sie entscheiden.</translation>
    </message>
    <message>
        <source>%1 and the Xero contact &quot;%2&quot; are kept apart; the next sync sends %1 to Xero and, when no other customer might be it, adds &quot;%2&quot; here as a customer of its own.</source>
        <translation>%1 und der Xero-Kontakt „%2“ werden getrennt gehalten; der nächste Abgleich sendet %1 an Xero und legt „%2“ hier als eigenen Kunden an, sofern kein anderer Kunde infrage kommt.</translation>
    </message>
    <message>
        <source>Problem %1 is not an invoice number already used in Xero, so it cannot be renumbered or linked.</source>
        <translation>Problem %1 betrifft keine in Xero bereits vergebene Rechnungsnummer und kann daher weder neu nummeriert noch verknüpft werden.</translation>
    </message>
    <message>
        <source>Invoice %1 is now %2; the next sync sends it to Xero as a new invoice.</source>
        <translation>Rechnung %1 hat jetzt die Nummer %2; der nächste Abgleich sendet sie als neue Rechnung an Xero.</translation>
    </message>
    <message>
        <source>Xero&apos;s invoice %1 is already linked to another invoice here, or no longer known; sync again to see where it stands.</source>
        <translation>Die Rechnung %1 in Xero ist hier bereits mit einer anderen Rechnung verknüpft oder nicht mehr bekannt; gleichen Sie erneut ab, um den aktuellen Stand zu sehen.</translation>
    </message>
    <message>
        <source>Invoice %1 is already linked to a Xero invoice.</source>
        <translation>Rechnung %1 ist bereits mit einer Rechnung in Xero verknüpft.</translation>
    </message>
    <message>
        <source>Invoice %1 is linked to Xero&apos;s invoice %1; the next sync compares them, and any difference becomes a conflict for you to settle.</source>
        <translation>Rechnung %1 ist jetzt mit der Rechnung %1 in Xero verknüpft; der nächste Abgleich vergleicht die beiden, und jede Abweichung wird zu einem Konflikt, über den Sie entscheiden.</translation>
    </message>
    <message>
        <source>Problem %1 is not a change Xero refused, so there is nothing to send again. %2</source>
        <translation>Problem %1 ist keine von Xero abgelehnte Änderung, daher gibt es nichts erneut zu senden. %2</translation>
    </message>
    <message>
        <source>It is sent to Xero again on the next sync.</source>
        <translation>Die Änderung wird beim nächsten Abgleich erneut an Xero gesendet.</translation>
    </message>
</context>
<context>
    <name>SyncOptions</name>
    <message>
        <source>The setting %1 is &quot;%2&quot;; it must be 1 or 0.</source>
        <translation>Die Einstellung %1 ist „%2“; sie muss 1 oder 0 sein.</translation>
    </message>
    <message>
        <source>The setting %1 is &quot;%2&quot;; it must be draft or approved.</source>
        <translation>Die Einstellung %1 ist „%2“; sie muss draft oder approved sein.</translation>
    </message>
    <message>
        <source>The setting %1 is &quot;%2&quot;; it must be ask, mine or xero.</source>
        <translation>Die Einstellung %1 ist „%2“; sie muss ask, mine oder xero sein.</translation>
    </message>
    <message>
        <source>The setting %1 is &quot;%2&quot;; it must be a number of seconds.</source>
        <translation>Die Einstellung %1 ist „%2“; sie muss eine Anzahl Sekunden sein.</translation>
    </message>
    <message>
        <source>Invoices can only be synced together with customers: every invoice in Xero needs its contact. Turn on customer sync, or turn off invoice sync.</source>
        <translation>Rechnungen können nur zusammen mit Kunden abgeglichen werden: Jede Rechnung in Xero braucht ihren Kontakt. Schalten Sie den Abgleich der Kunden ein oder den der Rechnungen aus.</translation>
    </message>
    <message>
        <source>Payments can only be synced together with invoices: a payment belongs to an invoice. Turn on invoice sync, or turn off payment sync.</source>
        <translation>Zahlungen können nur zusammen mit Rechnungen abgeglichen werden: Eine Zahlung gehört zu einer Rechnung. Schalten Sie den Abgleich der Rechnungen ein oder den der Zahlungen aus.</translation>
    </message>
    <message>
        <source>The revenue account &quot;%1&quot; is not an account code (up to 10 letters or digits). Choose the Xero sales account invoice lines go to, for example 200.</source>
        <translation>Das Erlöskonto „%1“ ist keine Kontonummer (bis zu 10 Buchstaben oder Ziffern). Wählen Sie das Erlöskonto in Xero, auf das Rechnungszeilen gebucht werden, zum Beispiel 200.</translation>
    </message>
    <message>
        <source>The bank account &quot;%1&quot; is not an account code (up to 10 letters or digits).</source>
        <translation>Das Bankkonto „%1“ ist keine Kontonummer (bis zu 10 Buchstaben oder Ziffern).</translation>
    </message>
    <message>
        <source>Choose the Xero bank account payments are recorded against, or turn off payment sync.</source>
        <translation>Wählen Sie das Bankkonto in Xero, auf das Zahlungen gebucht werden, oder schalten Sie den Abgleich der Zahlungen aus.</translation>
    </message>
    <message>
        <source>A tax-rate mapping has an empty Billhook tax code.</source>
        <translation>Eine Steuersatz-Zuordnung hat einen leeren Steuercode in Billhook.</translation>
    </message>
    <message>
        <source>The Xero tax type &quot;%1&quot; mapped to %2 is not a tax type (letters, digits and _ only, such as OUTPUT2).</source>
        <translation>Der Xero-Steuertyp „%1“, der %2 zugeordnet ist, ist kein Steuertyp (nur Buchstaben, Ziffern und _, etwa OUTPUT2).</translation>
    </message>
    <message>
        <source>The pull overlap must be between 1 second and 1 hour.</source>
        <translation>Die Überlappung beim Abholen aus Xero muss zwischen 1 Sekunde und 1 Stunde liegen.</translation>
    </message>
</context>
<context>
    <name>SyncStateText</name>
    <message>
        <source>Not in Xero</source>
        <translation>Nicht in Xero</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Abgeglichen</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Not sent to Xero yet.</source>
        <translation>Noch nicht an Xero gesendet.</translation>
    </message>
    <message>
        <source>The same in Billhook and in Xero.</source>
        <translation>In Billhook und Xero gleich.</translation>
    </message>
    <message>
        <source>Changed here; goes to Xero with the next sync.</source>
        <translation>Hier geändert; geht mit dem nächsten Abgleich an Xero.</translation>
    </message>
    <message>
        <source>Xero did not accept the last change. The Xero page says why and what to do.</source>
        <translation>Xero hat die letzte Änderung nicht angenommen. Die Xero-Seite sagt, warum und was zu tun ist.</translation>
    </message>
    <message>
        <source>Changed here and in Xero. Choose which to keep on the Xero page.</source>
        <translation>Hier und in Xero geändert. Wählen Sie auf der Xero-Seite, was bleiben soll.</translation>
    </message>
</context>
<context>
    <name>SyncStore</name>
    <message>
        <source>queue the change for Xero</source>
        <translation>Änderung für Xero vormerken</translation>
    </message>
    <message>
        <source>update the outbox</source>
        <translation>Ausgangswarteschlange aktualisieren</translation>
    </message>
    <message>
        <source>save the link to Xero</source>
        <translation>Verknüpfung mit Xero speichern</translation>
    </message>
    <message>
        <source>save the sync position</source>
        <translation>Abgleichsposition speichern</translation>
    </message>
    <message>
        <source>record the sync run</source>
        <translation>Abgleichslauf speichern</translation>
    </message>
    <message>
        <source>record the sync problem</source>
        <translation>Abgleichsproblem speichern</translation>
    </message>
    <message>
        <source>clear the sync problem</source>
        <translation>Abgleichsproblem löschen</translation>
    </message>
    <message>
        <source>customer</source>
        <comment>a record in a message: customer 12</comment>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>invoice</source>
        <comment>a record in a message: invoice 12</comment>
        <translation>Rechnung</translation>
    </message>
    <message>
        <source>payment</source>
        <comment>a record in a message: payment 12</comment>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>remember the organisation&apos;s invoice numbers</source>
        <translation>Rechnungsnummern der Organisation speichern</translation>
    </message>
    <message>
        <source>record the contacts waiting for a decision</source>
        <translation>Kontakte speichern, die auf eine Entscheidung warten</translation>
    </message>
    <message>
        <source>record that the customers are different</source>
        <translation>speichern, dass die Kunden verschieden sind</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Enter the customer&apos;s name.</source>
        <translation>Geben Sie den Namen des Kunden ein.</translation>
    </message>
    <message>
        <source>The customer&apos;s name is too long (255 characters at most).</source>
        <translation>Der Name des Kunden ist zu lang (höchstens 255 Zeichen).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation>„%1“ ist keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>The contact number is too long (50 characters at most).</source>
        <translation>Die Kundennummer ist zu lang (höchstens 50 Zeichen).</translation>
    </message>
    <message>
        <source>Payment terms must be between 0 and 365 days.</source>
        <translation>Das Zahlungsziel muss zwischen 0 und 365 Tagen liegen.</translation>
    </message>
    <message>
        <source>Choose a customer for the invoice.</source>
        <translation>Wählen Sie einen Kunden für die Rechnung.</translation>
    </message>
    <message>
        <source>Enter the invoice date.</source>
        <translation>Geben Sie das Rechnungsdatum ein.</translation>
    </message>
    <message>
        <source>Enter the due date.</source>
        <translation>Geben Sie das Fälligkeitsdatum ein.</translation>
    </message>
    <message>
        <source>The due date cannot be before the invoice date.</source>
        <translation>Das Fälligkeitsdatum darf nicht vor dem Rechnungsdatum liegen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code. Use three capital letters, like GBP.</source>
        <translation>„%1“ ist kein Währungscode. Verwenden Sie drei Großbuchstaben, etwa EUR.</translation>
    </message>
    <message>
        <source>The reference is too long (255 characters at most).</source>
        <translation>Die Referenz ist zu lang (höchstens 255 Zeichen).</translation>
    </message>
    <message>
        <source>The invoice number is too long (255 characters at most).</source>
        <translation>Die Rechnungsnummer ist zu lang (höchstens 255 Zeichen).</translation>
    </message>
    <message>
        <source>Add at least one line to the invoice.</source>
        <translation>Fügen Sie der Rechnung mindestens eine Zeile hinzu.</translation>
    </message>
    <message>
        <source>Line %1 needs a description.</source>
        <translation>Zeile %1 braucht eine Beschreibung.</translation>
    </message>
    <message>
        <source>Line %1&apos;s description is too long (4000 characters at most).</source>
        <translation>Die Beschreibung in Zeile %1 ist zu lang (höchstens 4000 Zeichen).</translation>
    </message>
    <message>
        <source>Line %1&apos;s quantity cannot be zero.</source>
        <translation>Die Menge in Zeile %1 darf nicht null sein.</translation>
    </message>
    <message>
        <source>Line %1&apos;s discount must be between 0% and 100%.</source>
        <translation>Der Rabatt in Zeile %1 muss zwischen 0 % und 100 % liegen.</translation>
    </message>
    <message>
        <source>Line %1&apos;s tax rate must be between 0% and 100%.</source>
        <translation>Der Steuersatz in Zeile %1 muss zwischen 0 % und 100 % liegen.</translation>
    </message>
    <message>
        <source>Line %1&apos;s amount is too large.</source>
        <translation>Der Betrag in Zeile %1 ist zu groß.</translation>
    </message>
    <message>
        <source>Enter the payment date.</source>
        <translation>Geben Sie das Zahlungsdatum ein.</translation>
    </message>
    <message>
        <source>A payment must be more than zero.</source>
        <translation>Eine Zahlung muss größer als null sein.</translation>
    </message>
    <message>
        <source>The payment reference is too long (255 characters at most).</source>
        <translation>Die Zahlungsreferenz ist zu lang (höchstens 255 Zeichen).</translation>
    </message>
</context>
<context>
    <name>XeroConnectionStore</name>
    <message>
        <source>replace the Xero link</source>
        <translation>Xero-Verbindung ersetzen</translation>
    </message>
    <message>
        <source>save the Xero link</source>
        <translation>Xero-Verbindung speichern</translation>
    </message>
    <message>
        <source>save the Xero link&apos;s state</source>
        <translation>Status der Xero-Verbindung speichern</translation>
    </message>
    <message>
        <source>save the time of the last sync</source>
        <translation>Zeitpunkt des letzten Abgleichs speichern</translation>
    </message>
    <message>
        <source>remove the Xero link</source>
        <translation>Xero-Verbindung entfernen</translation>
    </message>
    <message>
        <source>record a keychain entry&apos;s name</source>
        <translation>Namen eines Schlüsselbund-Eintrags speichern</translation>
    </message>
    <message>
        <source>forget the keychain entries&apos; names</source>
        <translation>Namen der Schlüsselbund-Einträge vergessen</translation>
    </message>
</context>
<context>
    <name>XeroErrors</name>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>This invoice already has a payment (or credit note) recorded against it in Xero, so Xero won&apos;t let it be changed.</source>
        <translation>Zu dieser Rechnung ist in Xero bereits eine Zahlung (oder Gutschrift) erfasst, daher lässt Xero keine Änderung mehr zu.</translation>
    </message>
    <message>
        <source>Leave the invoice as it is and, if the amount was wrong, raise a credit note in Xero for the difference. If the payment itself was recorded by mistake, remove it in Xero first (open the payment, Options &gt; Remove and Redo), then click Sync now.</source>
        <translation>Lassen Sie die Rechnung, wie sie ist, und erstellen Sie in Xero eine Gutschrift über die Differenz, falls der Betrag falsch war. Wurde die Zahlung selbst versehentlich erfasst, entfernen Sie sie zuerst in Xero (Zahlung öffnen, Options &gt; Remove and Redo) und klicken Sie dann auf „Jetzt abgleichen“.</translation>
    </message>
    <message>
        <source>Xero won&apos;t accept this change: the invoice has already been approved, paid or voided in Xero, or the change of status isn&apos;t one Xero allows.</source>
        <translation>Xero nimmt diese Änderung nicht an: Die Rechnung wurde in Xero bereits freigegeben, bezahlt oder storniert, oder Xero erlaubt diesen Statuswechsel nicht.</translation>
    </message>
    <message>
        <source>Open the invoice in Xero and check its status. To correct an approved invoice, raise a credit note in Xero, or void it in Xero and create a new invoice in Billhook. Then click Sync now.</source>
        <translation>Öffnen Sie die Rechnung in Xero und prüfen Sie ihren Status. Um eine freigegebene Rechnung zu korrigieren, erstellen Sie in Xero eine Gutschrift, oder stornieren Sie sie in Xero und legen Sie in Billhook eine neue Rechnung an. Klicken Sie dann auf „Jetzt abgleichen“.</translation>
    </message>
    <message>
        <source>Another contact in Xero already has the customer number %1. Xero keeps customer numbers unique, even on archived contacts.</source>
        <translation>Ein anderer Kontakt in Xero hat bereits die Kundennummer %1. Xero vergibt jede Kundennummer nur einmal, auch bei archivierten Kontakten.</translation>
    </message>
    <message>
        <source>Xero already has an active contact called %1, and Xero doesn&apos;t allow two active contacts with the same name.</source>
        <translation>In Xero gibt es bereits einen aktiven Kontakt namens %1, und Xero erlaubt keine zwei aktiven Kontakte mit demselben Namen.</translation>
    </message>
    <message>
        <source>If %1 in Xero is this same customer, give it this customer&apos;s number in Xero (or merge the two contacts in Xero) and click Sync now. If they are different customers, change the name in Billhook, for example by adding the town, and click Sync now.</source>
        <translation>Ist %1 in Xero derselbe Kunde, geben Sie dem Kontakt in Xero die Kundennummer dieses Kunden (oder führen Sie die beiden Kontakte in Xero zusammen) und klicken Sie auf „Jetzt abgleichen“. Sind es verschiedene Kunden, ändern Sie den Namen in Billhook, etwa durch Anhängen des Orts, und klicken Sie auf „Jetzt abgleichen“.</translation>
    </message>
    <message>
        <source>The sales account %1 used on this invoice has been archived or deleted in Xero, so Xero can&apos;t record the sale in it.</source>
        <translation>Das Erlöskonto %1 dieser Rechnung wurde in Xero archiviert oder gelöscht, daher kann Xero den Umsatz nicht darauf buchen.</translation>
    </message>
    <message>
        <source>This invoice is in a currency your Xero organisation hasn&apos;t switched on.</source>
        <translation>Diese Rechnung lautet auf eine Währung, die in Ihrer Xero-Organisation nicht aktiviert ist.</translation>
    </message>
    <message>
        <source>Either change the invoice&apos;s currency in Billhook to your usual one, or add the currency in Xero (Accounting &gt; Advanced &gt; Currencies &gt; Add Currency; your Xero plan must include multi-currency). Then click Sync now.</source>
        <translation>Stellen Sie die Währung der Rechnung in Billhook auf Ihre übliche um, oder fügen Sie die Währung in Xero hinzu (Accounting &gt; Advanced &gt; Currencies &gt; Add Currency; Ihr Xero-Tarif muss mehrere Währungen erlauben). Klicken Sie dann auf „Jetzt abgleichen“.</translation>
    </message>
    <message>
        <source>The customer on this record is archived in Xero, and Xero doesn&apos;t allow new invoices or payments for archived contacts.</source>
        <translation>Der Kunde dieses Datensatzes ist in Xero archiviert, und Xero erlaubt für archivierte Kontakte keine neuen Rechnungen oder Zahlungen.</translation>
    </message>
    <message>
        <source>In Xero, go to Contacts, choose “Archived”, tick the customer and click Restore. Then click Sync now.</source>
        <translation>Öffnen Sie in Xero „Contacts“, wählen Sie „Archived“, haken Sie den Kunden an und klicken Sie auf „Restore“. Klicken Sie dann auf „Jetzt abgleichen“.</translation>
    </message>
    <message>
        <source>The customer&apos;s details were erased in Xero at their request (a GDPR request), so Xero won&apos;t use that contact any more.</source>
        <translation>Die Daten des Kunden wurden in Xero auf seinen Wunsch gelöscht (DSGVO-Antrag), daher verwendet Xero diesen Kontakt nicht mehr.</translation>
    </message>
    <message>
        <source>Check with the customer. If you still work for them, edit the customer in Billhook (for example give them a new customer number) so a new contact is created in Xero, then click Sync now.</source>
        <translation>Klären Sie das mit dem Kunden. Arbeiten Sie weiter für ihn, bearbeiten Sie den Kunden in Billhook (geben Sie ihm zum Beispiel eine neue Kundennummer), damit in Xero ein neuer Kontakt angelegt wird, und klicken Sie dann auf „Jetzt abgleichen“.</translation>
    </message>
    <message>
        <source>Your Xero plan only lets you approve a limited number of invoices each month (Starter: 5), and that limit has been reached.</source>
        <translation>Ihr Xero-Tarif erlaubt nur eine begrenzte Zahl freigegebener Rechnungen pro Monat (Starter: 5), und diese Grenze ist erreicht.</translation>
    </message>
    <message>
        <source>The date on this record falls in a period that is locked in Xero (the books for that period have been closed, usually by your accountant).</source>
        <translation>Das Datum dieses Datensatzes liegt in einem Zeitraum, der in Xero gesperrt ist (die Bücher für diesen Zeitraum wurden abgeschlossen, meist von Ihrer Buchhaltung).</translation>
    </message>
    <message>
        <source>Xero says the website address saved on this customer in Xero isn&apos;t valid, and refuses every change to the customer until it&apos;s fixed.</source>
        <translation>Laut Xero ist die Website-Adresse, die bei diesem Kunden in Xero gespeichert ist, ungültig; Xero lehnt jede Änderung am Kunden ab, bis sie korrigiert ist.</translation>
    </message>
    <message>
        <source>In Xero, open the customer, correct or clear the Website box and save. Then click Sync now.</source>
        <translation>Öffnen Sie den Kunden in Xero, korrigieren oder leeren Sie das Feld „Website“ und speichern Sie. Klicken Sie dann auf „Jetzt abgleichen“.</translation>
    </message>
    <message>
        <source>Xero already has an invoice with this invoice number.</source>
        <translation>In Xero gibt es bereits eine Rechnung mit dieser Rechnungsnummer.</translation>
    </message>
    <message>
        <source>A tax rate on this invoice doesn&apos;t exist in Xero or can&apos;t be used on sales.</source>
        <translation>Ein Steuersatz auf dieser Rechnung existiert in Xero nicht oder kann nicht für Verkäufe verwendet werden.</translation>
    </message>
    <message>
        <source>The payment is more than Xero says is still owed on the invoice (it may already have been paid in Xero).</source>
        <translation>Die Zahlung ist höher als der Betrag, der laut Xero auf der Rechnung noch offen ist (vielleicht wurde sie in Xero schon bezahlt).</translation>
    </message>
    <message>
        <source>Compare the payments on the invoice in Billhook and in Xero, remove the duplicate payment on one side, then click Sync now.</source>
        <translation>Vergleichen Sie die Zahlungen zur Rechnung in Billhook und in Xero, entfernen Sie die doppelte Zahlung auf einer Seite und klicken Sie dann auf „Jetzt abgleichen“.</translation>
    </message>
    <message>
        <source>Xero only takes payments on approved invoices, and this invoice is still a draft (or was voided) in Xero.</source>
        <translation>Xero nimmt Zahlungen nur zu freigegebenen Rechnungen an, und diese Rechnung ist in Xero noch ein Entwurf (oder wurde storniert).</translation>
    </message>
    <message>
        <source>Approve the invoice (in Billhook, or in Xero), then click Sync now.</source>
        <translation>Geben Sie die Rechnung frei (in Billhook oder in Xero) und klicken Sie dann auf „Jetzt abgleichen“.</translation>
    </message>
    <message>
        <source>The bank account chosen for payments can&apos;t receive payments in Xero.</source>
        <translation>Auf das für Zahlungen gewählte Bankkonto können in Xero keine Zahlungen gebucht werden.</translation>
    </message>
    <message>
        <source>Xero refused this record without saying why.</source>
        <translation>Xero hat diesen Datensatz ohne Begründung abgelehnt.</translation>
    </message>
    <message>
        <source>Xero refused this record. Xero&apos;s own words: “%1”</source>
        <translation>Xero hat diesen Datensatz abgelehnt. Die Meldung von Xero: „%1“</translation>
    </message>
    <message>
        <source>Compare the record in Billhook with Xero&apos;s message, correct what it names and click Sync now. If the message isn&apos;t clear, show it to your accountant.</source>
        <translation>Vergleichen Sie den Datensatz in Billhook mit der Meldung von Xero, korrigieren Sie, was sie nennt, und klicken Sie auf „Jetzt abgleichen“. Ist die Meldung unklar, zeigen Sie sie Ihrer Buchhaltung.</translation>
    </message>
    <message>
        <source>Xero says Billhook isn&apos;t allowed to do this with the access it was given.</source>
        <translation>Laut Xero darf Billhook das mit dem erteilten Zugriff nicht tun.</translation>
    </message>
    <message>
        <source>Xero no longer accepts Billhook&apos;s sign-in for this organisation.</source>
        <translation>Xero akzeptiert die Anmeldung von Billhook für diese Organisation nicht mehr.</translation>
    </message>
    <message>
        <source>Xero refused access to this organisation: Billhook may have been disconnected in Xero (Settings &gt; Connected apps), or your user&apos;s role in Xero changed.</source>
        <translation>Xero hat den Zugriff auf diese Organisation verweigert: Vielleicht wurde Billhook in Xero getrennt (Settings &gt; Connected apps), oder Ihre Benutzerrolle in Xero hat sich geändert.</translation>
    </message>
    <message>
        <source>Xero couldn&apos;t find this record: it may have been deleted in Xero.</source>
        <translation>Xero konnte diesen Datensatz nicht finden: Vielleicht wurde er in Xero gelöscht.</translation>
    </message>
    <message>
        <source>Check in Xero whether the record still exists. If it was deleted on purpose, remove or unlink it in Billhook; otherwise click Sync now to try again.</source>
        <translation>Prüfen Sie in Xero, ob der Datensatz noch existiert. Wurde er absichtlich gelöscht, entfernen Sie ihn in Billhook oder heben Sie die Verknüpfung auf; andernfalls klicken Sie auf „Jetzt abgleichen“, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>Xero limits how many requests an app may make for one organisation, and that limit has been reached for now.</source>
        <translation>Xero begrenzt, wie viele Anfragen eine App für eine Organisation stellen darf, und diese Grenze ist vorerst erreicht.</translation>
    </message>
    <message>
        <source>Nothing to fix: Billhook carries on by itself once Xero allows it. Your changes stay queued until then.</source>
        <translation>Nichts zu tun: Billhook macht von selbst weiter, sobald Xero es zulässt. Bis dahin warten Ihre Änderungen.</translation>
    </message>
    <message>
        <source>Xero is unavailable at the moment, or the organisation is offline (for example while Xero updates it).</source>
        <translation>Xero ist gerade nicht erreichbar, oder die Organisation ist offline (etwa während Xero sie aktualisiert).</translation>
    </message>
    <message>
        <source>Xero had a problem on its side and didn&apos;t complete the request.</source>
        <translation>Bei Xero ist ein Problem aufgetreten, und die Anfrage wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>Nothing to fix in Billhook: wait a few minutes and click Sync now. Xero&apos;s status page (status.xero.com) says whether Xero has a known problem.</source>
        <translation>In Billhook ist nichts zu tun: Warten Sie ein paar Minuten und klicken Sie auf „Jetzt abgleichen“. Die Statusseite von Xero (status.xero.com) zeigt, ob bei Xero ein Problem bekannt ist.</translation>
    </message>
    <message>
        <source>(Xero: “%1”)</source>
        <translation>(Xero: „%1“)</translation>
    </message>
    <message>
        <source>Send invoices to Xero as drafts until next month (Xero page &gt; Change setup &gt; Approved invoices arrive in Xero as: Drafts), or upgrade your Xero plan. Then click Sync now.</source>
        <translation>Senden Sie Rechnungen bis zum nächsten Monat als Entwürfe an Xero (Xero-Seite &gt; Einrichtung ändern &gt; Freigegebene Rechnungen kommen in Xero an als: Entwürfe), oder wechseln Sie zu einem größeren Xero-Tarif. Klicken Sie dann auf „Jetzt abgleichen“.</translation>
    </message>
    <message>
        <source>Open the Xero page in Billhook, choose Change setup and map each Billhook rate to one of your Xero sales tax rates. Then click Sync now.</source>
        <translation>Öffnen Sie in Billhook die Xero-Seite, wählen Sie „Einrichtung ändern“ und ordnen Sie jedem Steuersatz aus Billhook einen Ihrer Umsatzsteuersätze in Xero zu. Klicken Sie dann auf „Jetzt abgleichen“.</translation>
    </message>
    <message>
        <source>In Billhook open the Xero page, choose Change setup and pick your business bank account for payments. Then click Sync now.</source>
        <translation>Öffnen Sie in Billhook die Xero-Seite, wählen Sie „Einrichtung ändern“ und dort Ihr Geschäftskonto für Zahlungen. Klicken Sie dann auf „Jetzt abgleichen“.</translation>
    </message>
    <message>
        <source>In Xero, go to Contacts, choose “Archived” and search for %1. If it is the same customer, click Restore and then Sync now, and Billhook will link to it. If it is a different customer, give this customer another number in Billhook (Customers, open the customer, Edit customer, Contact number), save it and click Sync now.</source>
        <translation>Öffnen Sie in Xero „Contacts“, wählen Sie „Archived“ und suchen Sie nach %1. Ist es derselbe Kunde, klicken Sie auf „Restore“ und dann auf „Jetzt abgleichen“; Billhook verknüpft ihn dann. Ist es ein anderer Kunde, geben Sie diesem Kunden in Billhook eine andere Nummer (Kunden, Kunden öffnen, „Kunden bearbeiten“, „Kundennummer“), speichern Sie und klicken Sie auf „Jetzt abgleichen“.</translation>
    </message>
    <message>
        <source>In Xero, search Invoices for this number. If it is the same invoice, leave it: the next sync links the two. If it is a different invoice, change the numbering in Billhook (Settings &gt; New invoices &gt; Numbering, then Save settings) so the numbers don&apos;t overlap, then click Sync now.</source>
        <translation>Suchen Sie in Xero unter „Invoices“ nach dieser Nummer. Ist es dieselbe Rechnung, lassen Sie sie so: Der nächste Abgleich verknüpft die beiden. Ist es eine andere Rechnung, ändern Sie die Nummerierung in Billhook (Einstellungen &gt; Neue Rechnungen &gt; Nummerierung, dann „Einstellungen speichern“), damit sich die Nummern nicht überschneiden, und klicken Sie dann auf „Jetzt abgleichen“.</translation>
    </message>
    <message>
        <source>Open the Xero page and click Reconnect to Xero to sign in again, then click Sync now.</source>
        <translation>Öffnen Sie die Xero-Seite und klicken Sie auf „Erneut mit Xero verbinden“, um sich wieder anzumelden; klicken Sie dann auf „Jetzt abgleichen“.</translation>
    </message>
    <message>
        <source>Open the Xero page and click Reconnect to Xero to connect this organisation again, then click Sync now.</source>
        <translation>Öffnen Sie die Xero-Seite und klicken Sie auf „Erneut mit Xero verbinden“, um diese Organisation wieder zu verbinden; klicken Sie dann auf „Jetzt abgleichen“.</translation>
    </message>
    <message>
        <source>Open the invoice in Billhook and, on each line that uses account %1, choose an active account in the Account column, then save it and click Sync now. Or ask your accountant to restore account %1 in Xero (Accounting &gt; Chart of accounts &gt; Archived), then click Try again on this problem. If %1 is your default sales account, also pick an active one on the Xero page under Change setup, so new invoices don&apos;t use it.</source>
        <translation>Öffnen Sie die Rechnung in Billhook, wählen Sie in jeder Zeile, die das Konto %1 verwendet, in der Spalte „Konto“ ein aktives Konto, speichern Sie und klicken Sie auf „Jetzt abgleichen“. Oder bitten Sie Ihre Buchhaltung, das Konto %1 in Xero wiederherzustellen (Accounting &gt; Chart of accounts &gt; Archived), und klicken Sie dann bei diesem Problem auf „Erneut versuchen“. Ist %1 Ihr Standard-Erlöskonto, wählen Sie außerdem auf der Xero-Seite unter „Einrichtung ändern“ ein aktives Konto, damit neue Rechnungen es nicht verwenden.</translation>
    </message>
    <message>
        <source>Change the date in Billhook to one after the lock date, or ask your accountant to move the lock date in Xero (Accounting &gt; Advanced &gt; Financial settings), then click Try again on this problem.</source>
        <translation>Ändern Sie das Datum in Billhook auf einen Tag nach dem Sperrdatum, oder bitten Sie Ihre Buchhaltung, das Sperrdatum in Xero zu verschieben (Accounting &gt; Advanced &gt; Financial settings), und klicken Sie dann bei diesem Problem auf „Erneut versuchen“.</translation>
    </message>
</context>
<context>
    <name>XeroIdentity</name>
    <message>
        <source>Xero could not be reached at %1 (%2). Check the internet connection and the Xero address in the settings, then try again.</source>
        <translation>Xero war unter %1 nicht erreichbar (%2). Prüfen Sie die Internetverbindung und die Xero-Adresse in den Einstellungen und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Xero&apos;s sign-in service gave an answer without a token.</source>
        <translation>Der Anmeldedienst von Xero hat ohne Token geantwortet.</translation>
    </message>
    <message>
        <source>Xero&apos;s sign-in service gave an unreadable answer.</source>
        <translation>Der Anmeldedienst von Xero hat eine unlesbare Antwort gegeben.</translation>
    </message>
    <message>
        <source>Xero no longer accepts Billhook&apos;s sign-in (it expired or access was removed in Xero). Reconnect to Xero; nothing local was lost.</source>
        <translation>Xero akzeptiert die Anmeldung von Billhook nicht mehr (sie ist abgelaufen, oder der Zugriff wurde in Xero entzogen). Verbinden Sie sich erneut mit Xero; auf diesem Computer ist nichts verloren gegangen.</translation>
    </message>
    <message>
        <source>Xero does not recognise the client id &quot;%1&quot;. Check the Xero client id in the settings (or BILLHOOK_XERO_CLIENT_ID).</source>
        <translation>Xero kennt die Client-ID „%1“ nicht. Prüfen Sie die Xero-Client-ID in den Einstellungen (oder BILLHOOK_XERO_CLIENT_ID).</translation>
    </message>
    <message>
        <source>Xero&apos;s sign-in service refused the request (%1).</source>
        <translation>Der Anmeldedienst von Xero hat die Anfrage abgelehnt (%1).</translation>
    </message>
    <message>
        <source>Xero&apos;s sign-in service answered with an error (HTTP %1). Try again later.</source>
        <translation>Der Anmeldedienst von Xero hat mit einem Fehler geantwortet (HTTP %1). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Xero did not accept the request to revoke Billhook&apos;s access (HTTP %1).</source>
        <translation>Xero hat die Anfrage, den Zugriff von Billhook zu widerrufen, nicht angenommen (HTTP %1).</translation>
    </message>
    <message>
        <source>Xero refused the list of organisations (HTTP %1).</source>
        <translation>Xero hat die Liste der Organisationen verweigert (HTTP %1).</translation>
    </message>
    <message>
        <source>Xero could not list the organisations (HTTP %1). Try again later.</source>
        <translation>Xero konnte die Organisationen nicht auflisten (HTTP %1). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Xero did not remove the connection (HTTP %1).</source>
        <translation>Xero hat die Verbindung nicht entfernt (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>XeroStack</name>
    <message>
        <source>Billhook is not connected to Xero. Connect to Xero first.</source>
        <translation>Billhook ist nicht mit Xero verbunden. Verbinden Sie sich zuerst mit Xero.</translation>
    </message>
    <message>
        <source>Xero did not answer.</source>
        <translation>Xero hat nicht geantwortet.</translation>
    </message>
</context>
<context>
    <name>billhook::AboutDialog</name>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Im &amp;Ordner zeigen</translation>
    </message>
    <message>
        <source>About Billhook</source>
        <translation>Über Billhook</translation>
    </message>
    <message>
        <source>Billhook</source>
        <translation>Billhook</translation>
    </message>
    <message>
        <source>Invoicing for tradespeople, with Xero sync.</source>
        <translation>Rechnungen für Handwerker, mit Xero-Abgleich.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Your customers and invoices are kept in this one file. Back it up with your other documents.</source>
        <translation>Ihre Kunden und Rechnungen liegen in dieser einen Datei. Sichern Sie sie mit Ihren anderen Dokumenten.</translation>
    </message>
    <message>
        <source>Copyright © 2026 the Billhook developers. All rights reserved.</source>
        <translation>Copyright © 2026 die Billhook-Entwickler. Alle Rechte vorbehalten.</translation>
    </message>
    <message>
        <source>Copyright © 2026 the Billhook developers. Licensed under %1.</source>
        <translation>Copyright © 2026 die Billhook-Entwickler. Lizenziert unter %1.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Erstellt mit Qt %1, läuft mit Qt %2.</translation>
    </message>
    <message>
        <source>Your data:</source>
        <translation>Ihre Daten:</translation>
    </message>
</context>
<context>
    <name>billhook::CustomerEditor</name>
    <message>
        <source>e.g. Hannah Price or Price &amp; Sons Ltd</source>
        <translation>z. B. Hanna Prinz oder Prinz &amp; Söhne GmbH</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@beispiel.de</translation>
    </message>
    <message>
        <source>Given automatically when left empty</source>
        <translation>Wird automatisch vergeben, wenn leer</translation>
    </message>
    <message>
        <source>Business default</source>
        <translation>Firmenstandard</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Contact &amp;person:</source>
        <translation>Ansprech&amp;partner:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;Mobile:</source>
        <translation>&amp;Mobil:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>Contact n&amp;umber:</source>
        <translation>Kunden&amp;nummer:</translation>
    </message>
    <message>
        <source>Payment &amp;terms:</source>
        <translation>&amp;Zahlungsziel:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>%1 is archived. Find it again under &quot;Show archived&quot;.</source>
        <translation>%1 ist archiviert. Sie finden den Kunden unter „Archivierte anzeigen“.</translation>
    </message>
    <message>
        <source>%1 is restored.</source>
        <translation>%1 ist wiederhergestellt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation>„%1“ ist keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>the new customer</source>
        <translation>den neuen Kunden</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation>Arc&amp;hivieren</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>billhook::CustomerListModel</name>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archiviert)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Ansprechpartner</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Xero</source>
        <translation>Xero</translation>
    </message>
</context>
<context>
    <name>billhook::CustomerPage</name>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>← All customers</source>
        <translation>← Alle Kunden</translation>
    </message>
    <message>
        <source>&amp;Edit customer</source>
        <translation>Kunden &amp;bearbeiten</translation>
    </message>
    <message>
        <source>New &amp;invoice</source>
        <translation>Neue &amp;Rechnung</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>Unbezahlt</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>All invoices</source>
        <translation>Alle Rechnungen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Unpaid: approved and awaiting payment. Open: drafts as well.</source>
        <translation>Unbezahlt: freigegeben und Zahlung ausstehend. Offen: auch Entwürfe.</translation>
    </message>
    <message>
        <source>Invoice number…</source>
        <translation>Rechnungsnummer…</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Payment date</source>
        <translation>Zahlungsdatum</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Payments on the selected invoice:</source>
        <translation>Zahlungen zur ausgewählten Rechnung:</translation>
    </message>
    <message>
        <source>%1 (archived)</source>
        <translation>%1 (archiviert)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n invoice(s))</source>
        <translation>
            <numerusform>%1 (%n Rechnung)</numerusform>
            <numerusform>%1 (%n Rechnungen)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>billhook::CustomerPicker</name>
    <message>
        <source>Type to find a customer</source>
        <translation>Tippen, um einen Kunden zu finden</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>billhook::CustomersView</name>
    <message>
        <source>Show &amp;archived</source>
        <translation>&amp;Archivierte anzeigen</translation>
    </message>
    <message>
        <source>&amp;New customer</source>
        <translation>&amp;Neuer Kunde</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n Kunde</numerusform>
            <numerusform>%n Kunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>billhook::DashboardView</name>
    <message>
        <source>Outstanding</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Invoiced this month</source>
        <translation>Diesen Monat berechnet</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Tage überfällig</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Offener Betrag</translation>
    </message>
    <message>
        <source>Oldest overdue invoices</source>
        <translation>Älteste überfällige Rechnungen</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) overdue</source>
        <translation>
            <numerusform>%n Rechnung überfällig</numerusform>
            <numerusform>%n Rechnungen überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing overdue. Well done.</source>
        <translation>Nichts überfällig. Gut gemacht.</translation>
    </message>
</context>
<context>
    <name>billhook::DemoOrganisation</name>
    <message>
        <source>The demo organisation did not start in time. Close the demo and try again.</source>
        <translation>Die Demo-Organisation ist nicht rechtzeitig gestartet. Schließen Sie die Demo und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The demo organisation could not be started (%1 is missing or cannot run). Reinstall Billhook to get it back.</source>
        <translation>Die Demo-Organisation konnte nicht gestartet werden (%1 fehlt oder lässt sich nicht ausführen). Installieren Sie Billhook neu, um sie zurückzubekommen.</translation>
    </message>
    <message>
        <source>The demo organisation stopped as it started (exit code %1).</source>
        <translation>Die Demo-Organisation wurde beim Start beendet (Exit-Code %1).</translation>
    </message>
    <message>
        <source>The demo organisation could not start: %1</source>
        <translation>Die Demo-Organisation konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>The demo organisation has stopped. Close the demo and start it again.</source>
        <translation>Die Demo-Organisation wurde beendet. Schließen Sie die Demo und starten Sie sie erneut.</translation>
    </message>
    <message>
        <source>The earlier demo&apos;s database %1 cannot be removed: %2</source>
        <translation>Die Datenbank der letzten Demo (%1) kann nicht entfernt werden: %2</translation>
    </message>
    <message>
        <source>The folder for the demo&apos;s database (%1) cannot be made.</source>
        <translation>Der Ordner für die Datenbank der Demo (%1) kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Your business (demo)</source>
        <translation>Ihr Betrieb (Demo)</translation>
    </message>
    <message>
        <source>Payment within 30 days, please.</source>
        <translation>Bitte zahlen Sie innerhalb von 30 Tagen.</translation>
    </message>
</context>
<context>
    <name>billhook::DemoSession</name>
    <message>
        <source>Demo Company (UK) is ready: allow Billhook in the page your browser opened.</source>
        <translation>Demo Company (UK) ist bereit: Erlauben Sie Billhook den Zugriff auf der Seite, die Ihr Browser geöffnet hat.</translation>
    </message>
</context>
<context>
    <name>billhook::FirstRunAssistant</name>
    <message>
        <source>Standard 20%</source>
        <translation>Normalsatz 20 %</translation>
    </message>
    <message>
        <source>Reduced 5%</source>
        <translation>Ermäßigt 5 %</translation>
    </message>
    <message>
        <source>Zero-rated 0%</source>
        <translation>Nullsatz 0 %</translation>
    </message>
    <message>
        <source>Exempt</source>
        <translation>Steuerfrei</translation>
    </message>
    <message>
        <source>Outside the scope of VAT</source>
        <translation>Nicht umsatzsteuerbar</translation>
    </message>
    <message>
        <source>Domestic reverse charge 20% (construction)</source>
        <translation>Inländisches Reverse-Charge-Verfahren 20 % (Bau)</translation>
    </message>
    <message>
        <source>Domestic reverse charge 5% (construction)</source>
        <translation>Inländisches Reverse-Charge-Verfahren 5 % (Bau)</translation>
    </message>
    <message>
        <source>Standard 23%</source>
        <translation>Normalsatz 23 %</translation>
    </message>
    <message>
        <source>Reduced 13.5%</source>
        <translation>Ermäßigt 13,5 %</translation>
    </message>
    <message>
        <source>Second reduced 9%</source>
        <translation>Zweiter ermäßigter Satz 9 %</translation>
    </message>
    <message>
        <source>GST 10%</source>
        <translation>GST 10 %</translation>
    </message>
    <message>
        <source>GST-free</source>
        <translation>GST-frei</translation>
    </message>
    <message>
        <source>GST 15%</source>
        <translation>GST 15 %</translation>
    </message>
    <message>
        <source>Set up Billhook</source>
        <translation>Billhook einrichten</translation>
    </message>
    <message>
        <source>&amp;Skip for now</source>
        <translation>&amp;Vorerst überspringen</translation>
    </message>
    <message>
        <source>Your business</source>
        <translation>Ihr Unternehmen</translation>
    </message>
    <message>
        <source>Printed at the top of every invoice. Only the name is needed now; everything here can be changed later in Settings.</source>
        <translation>Steht oben auf jeder Rechnung. Jetzt wird nur der Name benötigt; alles hier lässt sich später in den Einstellungen ändern.</translation>
    </message>
    <message>
        <source>Choose &amp;logo…</source>
        <translation>&amp;Logo wählen…</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Logo entfernen</translation>
    </message>
    <message>
        <source>Business &amp;name:</source>
        <translation>&amp;Firmenname:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;VAT or tax number:</source>
        <translation>&amp;USt- oder Steuernummer:</translation>
    </message>
    <message>
        <source>&amp;Bank details:</source>
        <translation>&amp;Bankverbindung:</translation>
    </message>
    <message>
        <source>Logo (image, 2 MB at most):</source>
        <translation>Logo (Bild, höchstens 2 MB):</translation>
    </message>
    <message>
        <source>Country and tax</source>
        <translation>Land und Steuern</translation>
    </message>
    <message>
        <source>Sets the currency and adds the country&apos;s usual tax rates. Add, rename or archive rates later in Settings &gt; Tax rates.</source>
        <translation>Legt die Währung fest und fügt die üblichen Steuersätze des Landes hinzu. Sätze hinzufügen, umbenennen oder archivieren Sie später unter Einstellungen &gt; Steuersätze.</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Vereinigtes Königreich</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Irland</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Australien</translation>
    </message>
    <message>
        <source>New Zealand</source>
        <translation>Neuseeland</translation>
    </message>
    <message>
        <source>None of these: I&apos;ll add my own rates</source>
        <translation>Keines davon: Ich lege meine eigenen Sätze an</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>Wäh&amp;rung:</translation>
    </message>
    <message>
        <source>Tax rates added:</source>
        <translation>Hinzugefügte Steuersätze:</translation>
    </message>
    <message>
        <source>Invoice numbers and payment terms</source>
        <translation>Rechnungsnummern und Zahlungsbedingungen</translation>
    </message>
    <message>
        <source>{0000} is the counter (its zeros give the width); {YYYY}, {YY} and {MM} insert the invoice&apos;s year and month.</source>
        <translation>{0000} ist der Zähler (die Nullen geben die Breite an); {YYYY}, {YY} und {MM} fügen Jahr und Monat der Rechnung ein.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>&amp;Numbering:</source>
        <translation>&amp;Nummerierung:</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Vorschau:</translation>
    </message>
    <message>
        <source>Payment &amp;due after:</source>
        <translation>&amp;Fällig nach:</translation>
    </message>
    <message>
        <source>Payment &amp;terms (printed):</source>
        <translation>Zahlungs&amp;bedingungen (gedruckt):</translation>
    </message>
    <message>
        <source>None: add your own in Settings &gt; Tax rates.</source>
        <translation>Keine: Legen Sie eigene unter Einstellungen &gt; Steuersätze an.</translation>
    </message>
    <message>
        <source>%1, %2, %3…</source>
        <translation>%1, %2, %3…</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Kein Logo</translation>
    </message>
    <message>
        <source>Choose your logo</source>
        <translation>Logo wählen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg *.bmp)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.svg *.bmp)</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <source>The logo %1 is larger than 2 MB; choose a smaller image.</source>
        <translation>Das Logo %1 ist größer als 2 MB; wählen Sie ein kleineres Bild.</translation>
    </message>
    <message>
        <source>%1 is not an image Billhook can read; choose a PNG, JPEG, SVG or BMP file.</source>
        <translation>%1 ist kein Bild, das Billhook lesen kann; wählen Sie eine PNG-, JPEG-, SVG- oder BMP-Datei.</translation>
    </message>
    <message>
        <source>Enter your business&apos;s name: it heads every invoice.</source>
        <translation>Geben Sie den Namen Ihres Unternehmens ein: Er steht über jeder Rechnung.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code; use three letters such as GBP.</source>
        <translation>„%1“ ist kein Währungscode; verwenden Sie drei Buchstaben wie GBP.</translation>
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
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>In sync</source>
        <translation>Abgeglichen</translation>
    </message>
    <message numerus="yes">
        <source>%n need(s) attention</source>
        <translation>
            <numerusform>%n braucht Aufmerksamkeit</numerusform>
            <numerusform>%n brauchen Aufmerksamkeit</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Xero calls</source>
        <translation>Xero-Aufrufe</translation>
    </message>
    <message>
        <source>Choose a sync above to see what it did.</source>
        <translation>Wählen Sie oben einen Abgleich, um zu sehen, was er getan hat.</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>Begonnen %1</translation>
    </message>
    <message>
        <source>Finished %1 (%2)</source>
        <translation>Beendet %1 (%2)</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <source>Sent to Xero: %1 · Received from Xero: %2 · Failed: %3 · Xero calls: %4</source>
        <translation>An Xero gesendet: %1 · Von Xero empfangen: %2 · Fehlgeschlagen: %3 · Xero-Aufrufe: %4</translation>
    </message>
    <message>
        <source>Problems met in this sync:</source>
        <translation>Probleme bei diesem Abgleich:</translation>
    </message>
    <message>
        <source>changed here and in Xero</source>
        <translation>hier und in Xero geändert</translation>
    </message>
    <message>
        <source>• %1: %2 (resolved)</source>
        <translation>• %1: %2 (gelöst)</translation>
    </message>
    <message>
        <source>• %1: %2 (open)</source>
        <translation>• %1: %2 (offen)</translation>
    </message>
    <message numerus="yes">
        <source>%n held back by your settings</source>
        <translation>
            <numerusform>%n durch Ihre Einstellungen zurückgehalten</numerusform>
            <numerusform>%n durch Ihre Einstellungen zurückgehalten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>billhook::InvoiceEditor</name>
    <message>
        <source>&amp;Add line</source>
        <translation>Zeile &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove line</source>
        <translation>Zeile &amp;entfernen</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Appro&amp;ve</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <source>V&amp;oid</source>
        <translation>St&amp;ornieren</translation>
    </message>
    <message>
        <source>Record pa&amp;yment</source>
        <translation>&amp;Zahlung erfassen</translation>
    </message>
    <message>
        <source>Dupli&amp;cate</source>
        <translation>Dupli&amp;zieren</translation>
    </message>
    <message>
        <source>&amp;Delete draft</source>
        <translation>Entwurf &amp;löschen</translation>
    </message>
    <message>
        <source>Save as PD&amp;F</source>
        <translation>Als PD&amp;F speichern</translation>
    </message>
    <message>
        <source>Pri&amp;nt</source>
        <translation>&amp;Drucken</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>E-&amp;Mail</translation>
    </message>
    <message>
        <source>Given on save</source>
        <translation>Wird beim Speichern vergeben</translation>
    </message>
    <message>
        <source>Tax exclusive</source>
        <translation>Netto (zzgl. Steuer)</translation>
    </message>
    <message>
        <source>Tax inclusive</source>
        <translation>Brutto (inkl. Steuer)</translation>
    </message>
    <message>
        <source>No tax</source>
        <translation>Ohne Steuer</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>Kunde:</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Nummer:</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Referenz:</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Fällig:</translation>
    </message>
    <message>
        <source>Amounts are:</source>
        <translation>Beträge sind:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Währung:</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Zwischensumme</translation>
    </message>
    <message>
        <source>Tax</source>
        <translation>Steuer</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Offener Betrag</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Erfassen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Payment of</source>
        <translation>Zahlung über</translation>
    </message>
    <message>
        <source>received on</source>
        <translation>eingegangen am</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>the new invoice</source>
        <translation>die neue Rechnung</translation>
    </message>
    <message>
        <source>invoice %1</source>
        <translation>Rechnung %1</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>New invoice</source>
        <translation>Neue Rechnung</translation>
    </message>
    <message>
        <source>Invoice %1</source>
        <translation>Rechnung %1</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(Entwurf)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>This invoice has payments, so Xero will not let it change. To correct it, raise a credit note in Xero or a new invoice for the difference.</source>
        <translation>Diese Rechnung hat Zahlungen, daher lässt Xero keine Änderung zu. Zur Korrektur erstellen Sie eine Gutschrift in Xero oder eine neue Rechnung über die Differenz.</translation>
    </message>
    <message>
        <source>Saved invoice %1.</source>
        <translation>Rechnung %1 gespeichert.</translation>
    </message>
    <message>
        <source>Invoice %1 is approved. Its number is now fixed.</source>
        <translation>Rechnung %1 ist freigegeben. Ihre Nummer steht jetzt fest.</translation>
    </message>
    <message>
        <source>Void invoice</source>
        <translation>Rechnung stornieren</translation>
    </message>
    <message>
        <source>Void invoice %1? It stays on record as voided and can no longer be paid.</source>
        <translation>Rechnung %1 stornieren? Sie bleibt als storniert erhalten und kann nicht mehr bezahlt werden.</translation>
    </message>
    <message>
        <source>Invoice %1 is voided.</source>
        <translation>Rechnung %1 ist storniert.</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Entwurf löschen</translation>
    </message>
    <message>
        <source>Delete this draft invoice? This cannot be undone.</source>
        <translation>Diesen Rechnungsentwurf löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>The draft is deleted.</source>
        <translation>Der Entwurf ist gelöscht.</translation>
    </message>
    <message>
        <source>This is a new draft copied from %1.</source>
        <translation>Dies ist ein neuer Entwurf, kopiert von %1.</translation>
    </message>
    <message>
        <source>Payment amount</source>
        <translation>Zahlungsbetrag</translation>
    </message>
    <message>
        <source>Payment recorded. Invoice %1 is paid in full.</source>
        <translation>Zahlung erfasst. Rechnung %1 ist vollständig bezahlt.</translation>
    </message>
    <message>
        <source>Payment of %1 recorded. %2 is still due.</source>
        <translation>Zahlung über %1 erfasst. %2 sind noch offen.</translation>
    </message>
    <message>
        <source>Save invoice as PDF</source>
        <translation>Rechnung als PDF speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Sent invoice %1 to the printer.</source>
        <translation>Rechnung %1 wurde an den Drucker gesendet.</translation>
    </message>
    <message>
        <source>Invoice %1 from %2</source>
        <translation>Rechnung %1 von %2</translation>
    </message>
    <message>
        <source>Hello,

Please find attached invoice %1 for %2, due on %3.

Thank you,
%4</source>
        <translation>Guten Tag,

anbei erhalten Sie Rechnung %1 über %2, fällig am %3.

Vielen Dank,
%4</translation>
    </message>
    <message>
        <source>Your mail program should open now. Attach the PDF saved at %1.</source>
        <translation>Ihr E-Mail-Programm sollte sich jetzt öffnen. Hängen Sie das unter %1 gespeicherte PDF an.</translation>
    </message>
    <message>
        <source>No customer is chosen: pick &quot;%1&quot; from the list as you type, or add them under Customers first.</source>
        <translation>Kein Kunde gewählt: Wählen Sie „%1“ beim Tippen aus der Liste, oder legen Sie den Kunden zuerst unter Kunden an.</translation>
    </message>
    <message>
        <source>The number is fixed once the invoice is approved: your customer and Xero already know it by this number.</source>
        <translation>Die Nummer steht fest, sobald die Rechnung freigegeben ist: Ihr Kunde und Xero kennen sie unter dieser Nummer.</translation>
    </message>
    <message>
        <source>%1 (reverse charge, %2%)</source>
        <translation>%1 (Reverse-Charge, %2 %)</translation>
    </message>
    <message>
        <source>Remove pay&amp;ment…</source>
        <translation>Zahlun&amp;g entfernen…</translation>
    </message>
    <message>
        <source>Payment received</source>
        <translation>Eingegangen am</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Remove the selected payment if it was recorded by mistake</source>
        <translation>Die ausgewählte Zahlung entfernen, wenn sie versehentlich erfasst wurde</translation>
    </message>
    <message>
        <source>A payment removed from this invoice is still to be deleted in Xero. The invoice can change once the next sync has done that.</source>
        <translation>Eine von dieser Rechnung entfernte Zahlung muss in Xero noch gelöscht werden. Die Rechnung kann geändert werden, sobald der nächste Abgleich das erledigt hat.</translation>
    </message>
    <message>
        <source>A payment recorded by mistake can be removed below.</source>
        <translation>Eine versehentlich erfasste Zahlung können Sie unten entfernen.</translation>
    </message>
    <message>
        <source>That payment is not on this invoice.</source>
        <translation>Diese Zahlung gehört nicht zu dieser Rechnung.</translation>
    </message>
    <message>
        <source>Remove payment</source>
        <translation>Zahlung entfernen</translation>
    </message>
    <message>
        <source>Remove the payment of %1 received on %2 from invoice %3? Only do this if it was recorded by mistake. If Xero has it, Billhook deletes it there on the next sync.</source>
        <translation>Die am %2 eingegangene Zahlung über %1 von Rechnung %3 entfernen? Tun Sie das nur, wenn sie versehentlich erfasst wurde. Ist sie in Xero vorhanden, löscht Billhook sie dort beim nächsten Abgleich.</translation>
    </message>
    <message>
        <source>Payment of %1 removed. %2 is due.</source>
        <translation>Zahlung über %1 entfernt. %2 sind offen.</translation>
    </message>
    <message>
        <source>Payment of %1 removed. %2 is due; Xero&apos;s copy is deleted on the next sync.</source>
        <translation>Zahlung über %1 entfernt. %2 sind offen; die Kopie in Xero wird beim nächsten Abgleich gelöscht.</translation>
    </message>
</context>
<context>
    <name>billhook::InvoiceListModel</name>
    <message>
        <source>(draft)</source>
        <translation>(Entwurf)</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Offener Betrag</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Xero</source>
        <translation>Xero</translation>
    </message>
</context>
<context>
    <name>billhook::InvoicesView</name>
    <message>
        <source>&amp;New invoice</source>
        <translation>&amp;Neue Rechnung</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Awaiting payment</source>
        <translation>Zahlung ausstehend</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Storniert</translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n Rechnung</numerusform>
            <numerusform>%n Rechnungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>billhook::KeychainCredentialStore</name>
    <message>
        <source>read the Xero sign-in</source>
        <translation>Xero-Anmeldung lesen</translation>
    </message>
    <message>
        <source>save the Xero sign-in</source>
        <translation>Xero-Anmeldung speichern</translation>
    </message>
    <message>
        <source>remove the Xero sign-in</source>
        <translation>Xero-Anmeldung entfernen</translation>
    </message>
</context>
<context>
    <name>billhook::LineItemsModel</name>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Einzelpreis</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>A discount is between 0 and 100%.</source>
        <translation>Ein Rabatt liegt zwischen 0 und 100 %.</translation>
    </message>
    <message>
        <source>Tax rate</source>
        <translation>Steuersatz</translation>
    </message>
    <message>
        <source>A tax rate cannot be negative.</source>
        <translation>Ein Steuersatz kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Disc. %</source>
        <translation>Rab. %</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>%1 (reverse charge, %2%)</source>
        <translation>%1 (Reverse-Charge, %2 %)</translation>
    </message>
</context>
<context>
    <name>billhook::MainWindow</name>
    <message>
        <source>Not connected to Xero</source>
        <translation>Nicht mit Xero verbunden</translation>
    </message>
    <message>
        <source>Billhook</source>
        <translation>Billhook</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>Xero</source>
        <translation>Xero</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>Suchen (Strg+F)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>New customer or invoice, depending on the section (%1)</source>
        <translation>Neuer Kunde oder neue Rechnung, je nach Bereich (%1)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>&amp;Delete draft</source>
        <translation>Entwurf &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Billhook</source>
        <translation>Ü&amp;ber Billhook</translation>
    </message>
    <message>
        <source>Restored your unsaved invoice from last time. Save it or close it to discard.</source>
        <translation>Ihre ungespeicherte Rechnung vom letzten Mal wurde wiederhergestellt. Speichern Sie sie, oder schließen Sie sie, um sie zu verwerfen.</translation>
    </message>
    <message>
        <source>Restored your unsaved customer from last time. Save it or close it to discard.</source>
        <translation>Ihr ungespeicherter Kunde vom letzten Mal wurde wiederhergestellt. Speichern Sie ihn, oder schließen Sie ihn, um ihn zu verwerfen.</translation>
    </message>
    <message>
        <source>the settings</source>
        <translation>die Einstellungen</translation>
    </message>
    <message>
        <source>The demo opens in a window of its own…</source>
        <translation>Die Demo öffnet sich in einem eigenen Fenster…</translation>
    </message>
    <message>
        <source>The demo could not be started. Reinstalling Billhook puts back what it needs.</source>
        <translation>Die Demo konnte nicht gestartet werden. Eine Neuinstallation von Billhook stellt wieder her, was sie braucht.</translation>
    </message>
    <message>
        <source>Billhook — DEMO</source>
        <translation>Billhook — DEMO</translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <source>A demo organisation and a database of its own: nothing in this window is in your books.</source>
        <translation>Eine Demo-Organisation und eine eigene Datenbank: Nichts in diesem Fenster gehört zu Ihrer Buchhaltung.</translation>
    </message>
</context>
<context>
    <name>billhook::MessageBanner</name>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung ausblenden</translation>
    </message>
</context>
<context>
    <name>billhook::ProblemsView</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Kunde %1</translation>
    </message>
    <message>
        <source>Customer #%1 (deleted)</source>
        <translation>Kunde #%1 (gelöscht)</translation>
    </message>
    <message>
        <source>Draft invoice for %1</source>
        <translation>Rechnungsentwurf für %1</translation>
    </message>
    <message>
        <source>Invoice %1 (%2)</source>
        <translation>Rechnung %1 (%2)</translation>
    </message>
    <message>
        <source>Invoice #%1 (deleted)</source>
        <translation>Rechnung #%1 (gelöscht)</translation>
    </message>
    <message>
        <source>Payment of %1 on invoice %2</source>
        <translation>Zahlung von %1 auf Rechnung %2</translation>
    </message>
    <message>
        <source>Payment of %1</source>
        <translation>Zahlung von %1</translation>
    </message>
    <message>
        <source>Payment #%1 (deleted)</source>
        <translation>Zahlung #%1 (gelöscht)</translation>
    </message>
    <message>
        <source>Open in Xero</source>
        <translation>In Xero öffnen</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <source>Keep Xero&apos;s</source>
        <translation>Die aus Xero behalten</translation>
    </message>
    <message>
        <source>Nothing needs your attention. When Xero refuses a change, or a record was changed both here and in Xero, it is listed here with what to do.</source>
        <translation>Nichts braucht Ihre Aufmerksamkeit. Lehnt Xero eine Änderung ab oder wurde ein Datensatz hier und in Xero geändert, steht er hier mit dem, was zu tun ist.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>What Xero said</source>
        <translation>Was Xero gemeldet hat</translation>
    </message>
    <message>
        <source>Show this record in Xero, in your browser</source>
        <translation>Diesen Datensatz in Xero im Browser zeigen</translation>
    </message>
    <message>
        <source>Send Billhook&apos;s values to Xero</source>
        <translation>Die Werte aus Billhook an Xero senden</translation>
    </message>
    <message>
        <source>Replace Billhook&apos;s values with Xero&apos;s</source>
        <translation>Die Werte in Billhook durch die aus Xero ersetzen</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>In Billhook (yours)</source>
        <translation>In Billhook (Ihre)</translation>
    </message>
    <message>
        <source>In Xero</source>
        <translation>In Xero</translation>
    </message>
    <message>
        <source>This record was changed both here and in Xero. Which version do you want to keep?</source>
        <translation>Dieser Datensatz wurde hier und in Xero geändert. Welche Fassung möchten Sie behalten?</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Was das bedeutet</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was zu tun ist</translation>
    </message>
    <message>
        <source>Changed here and in Xero: choose which to keep</source>
        <translation>Hier und in Xero geändert: wählen Sie, was bleibt</translation>
    </message>
    <message>
        <source>(no message)</source>
        <translation>(keine Meldung)</translation>
    </message>
    <message>
        <source>Someone changed this record in Xero after your last sync, and it was also changed here. Billhook does not guess which change is right.</source>
        <translation>Jemand hat diesen Datensatz nach dem letzten Abgleich in Xero geändert, und er wurde auch hier geändert. Billhook rät nicht, welche Änderung richtig ist.</translation>
    </message>
    <message>
        <source>Compare the two versions below and keep one. The other is replaced on the next sync.</source>
        <translation>Vergleichen Sie die beiden Fassungen unten und behalten Sie eine. Die andere wird beim nächsten Abgleich ersetzt.</translation>
    </message>
    <message>
        <source>Xero did not accept this change, so it has not reached Xero yet. Nothing was lost: it stays here and is sent again once fixed.</source>
        <translation>Xero hat diese Änderung nicht angenommen, sie ist also noch nicht in Xero. Nichts ging verloren: Sie bleibt hier und wird nach der Korrektur erneut gesendet.</translation>
    </message>
    <message>
        <source>Open the record, correct what Xero&apos;s message mentions, save it, then choose Sync now.</source>
        <translation>Öffnen Sie den Datensatz, korrigieren Sie, was die Meldung von Xero nennt, speichern Sie und wählen Sie dann „Jetzt abgleichen“.</translation>
    </message>
    <message>
        <source>Open the customer</source>
        <translation>Kunden öffnen</translation>
    </message>
    <message>
        <source>Open the invoice</source>
        <translation>Rechnung öffnen</translation>
    </message>
    <message>
        <source>Open the invoice of this payment</source>
        <translation>Rechnung dieser Zahlung öffnen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>Mobiltelefon</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Contact person</source>
        <translation>Ansprechpartner</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Amounts are</source>
        <translation>Beträge sind</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Give mine the next free number</source>
        <translation>Meiner Rechnung die nächste freie Nummer geben</translation>
    </message>
    <message>
        <source>It is the same invoice: link them</source>
        <translation>Es ist dieselbe Rechnung: verknüpfen</translation>
    </message>
    <message>
        <source>Different customers</source>
        <translation>Verschiedene Kunden</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <source>Send it to Xero again with the next sync, once what Xero objected to is fixed there</source>
        <translation>Beim nächsten Abgleich erneut an Xero senden, sobald dort behoben ist, was Xero beanstandet hat</translation>
    </message>
    <message>
        <source>Your invoice takes the next number nobody uses and goes to Xero as its own</source>
        <translation>Ihre Rechnung erhält die nächste unbenutzte Nummer und geht als eigene Rechnung an Xero</translation>
    </message>
    <message>
        <source>Only if Xero&apos;s invoice is this very invoice: the next sync compares the two and asks you about any difference</source>
        <translation>Nur wenn die Rechnung in Xero genau diese Rechnung ist: Der nächste Abgleich vergleicht die beiden und fragt Sie bei jeder Abweichung</translation>
    </message>
    <message>
        <source>They are not the same: each goes to the other side as a customer of its own</source>
        <translation>Es sind verschiedene Kunden: Jeder wird auf der anderen Seite als eigener Kunde angelegt</translation>
    </message>
    <message>
        <source>Give your invoice the next free number: it then goes to Xero as its own, and Xero&apos;s stays as it is. Only if Xero&apos;s invoice is this very invoice, link them.</source>
        <translation>Geben Sie Ihrer Rechnung die nächste freie Nummer: Sie geht dann als eigene Rechnung an Xero, und die Rechnung in Xero bleibt, wie sie ist. Nur wenn die Rechnung in Xero genau diese Rechnung ist, verknüpfen Sie die beiden.</translation>
    </message>
    <message>
        <source>Same customer: link them</source>
        <translation>Derselbe Kunde: verknüpfen</translation>
    </message>
    <message>
        <source>Only if the Xero contact is this very customer: the next sync compares the two and asks you about any difference</source>
        <translation>Nur wenn der Xero-Kontakt genau dieser Kunde ist: Der nächste Abgleich vergleicht die beiden und fragt Sie bei jeder Abweichung</translation>
    </message>
    <message>
        <source>If the Xero contact &quot;%1&quot; is this customer, link them. If not, choose Different customers: each then goes to the other side as its own. Xero keeps one active contact per name, so if the names are the same, rename yours first.</source>
        <translation>Ist der Xero-Kontakt „%1“ dieser Kunde, verknüpfen Sie die beiden. Andernfalls wählen Sie „Verschiedene Kunden“: Dann wird jeder auf der anderen Seite als eigener Kunde angelegt. Xero erlaubt nur einen aktiven Kontakt pro Name; sind die Namen gleich, benennen Sie Ihren Kunden daher zuerst um.</translation>
    </message>
</context>
<context>
    <name>billhook::RateGate</name>
    <message>
        <source>The sync was cancelled before this call was sent.</source>
        <translation>Der Abgleich wurde abgebrochen, bevor dieser Aufruf gesendet wurde.</translation>
    </message>
    <message>
        <source>Xero&apos;s daily limit of API calls for this organisation is used up. Sync can resume after %1.</source>
        <translation>Das Tageskontingent an API-Aufrufen bei Xero ist für diese Organisation aufgebraucht. Der Abgleich kann nach %1 weitergehen.</translation>
    </message>
</context>
<context>
    <name>billhook::RecordSyncBar</name>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation>Wartet auf Freigabe</translation>
    </message>
    <message>
        <source>Awaiting payment</source>
        <translation>Wartet auf Zahlung</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt abgleichen</translation>
    </message>
    <message>
        <source>Open in Xero</source>
        <translation>In Xero öffnen</translation>
    </message>
    <message>
        <source>See the problem</source>
        <translation>Problem ansehen</translation>
    </message>
    <message>
        <source>Send this and every other waiting change to Xero now, and fetch Xero&apos;s changes</source>
        <translation>Diese und alle anderen wartenden Änderungen jetzt an Xero senden und die Änderungen aus Xero holen</translation>
    </message>
    <message>
        <source>Show this record in Xero, in your browser</source>
        <translation>Diesen Datensatz in Xero im Browser zeigen</translation>
    </message>
    <message>
        <source>Xero: %1.</source>
        <translation>Xero: %1.</translation>
    </message>
    <message>
        <source>Xero said: “%1”</source>
        <translation>Xero meldete: „%1“</translation>
    </message>
    <message>
        <source>In Xero: %1.</source>
        <translation>In Xero: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n payment(s) recorded in Xero (%1).</source>
        <translation>
            <numerusform>%n Zahlung in Xero erfasst (%1).</numerusform>
            <numerusform>%n Zahlungen in Xero erfasst (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose what to keep</source>
        <translation>Wählen, was bleibt</translation>
    </message>
</context>
<context>
    <name>billhook::SettingsView</name>
    <message>
        <source>Choose &amp;logo…</source>
        <translation>&amp;Logo wählen…</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Logo entfernen</translation>
    </message>
    <message>
        <source>Your business (printed on invoices)</source>
        <translation>Ihr Unternehmen (erscheint auf Rechnungen)</translation>
    </message>
    <message>
        <source>Business &amp;name:</source>
        <translation>&amp;Firmenname:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;Tax number:</source>
        <translation>&amp;Steuernummer:</translation>
    </message>
    <message>
        <source>&amp;Bank details:</source>
        <translation>&amp;Bankverbindung:</translation>
    </message>
    <message>
        <source>Payment ter&amp;ms:</source>
        <translation>Zahlungs&amp;bedingungen:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>{0000} is the counter (its zeros give the width); {YYYY}, {YY} and {MM} insert the invoice&apos;s year and month.</source>
        <translation>{0000} ist der Zähler (die Nullen geben die Breite an); {YYYY}, {YY} und {MM} fügen Jahr und Monat der Rechnung ein.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Tax exclusive</source>
        <translation>Netto (zzgl. Steuer)</translation>
    </message>
    <message>
        <source>Tax inclusive</source>
        <translation>Brutto (inkl. Steuer)</translation>
    </message>
    <message>
        <source>No tax</source>
        <translation>Ohne Steuer</translation>
    </message>
    <message>
        <source>New invoices</source>
        <translation>Neue Rechnungen</translation>
    </message>
    <message>
        <source>&amp;Numbering:</source>
        <translation>&amp;Nummerierung:</translation>
    </message>
    <message>
        <source>&amp;Due after:</source>
        <translation>&amp;Fällig nach:</translation>
    </message>
    <message>
        <source>Default tax &amp;rate:</source>
        <translation>Standard-Steuer&amp;satz:</translation>
    </message>
    <message>
        <source>Amounts are:</source>
        <translation>Beträge sind:</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation>Einstellungen &amp;speichern</translation>
    </message>
    <message>
        <source>Next invoices look like %1, %2…</source>
        <translation>Die nächsten Rechnungen heißen %1, %2…</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Kein Logo</translation>
    </message>
    <message>
        <source>Choose your logo</source>
        <translation>Logo wählen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg *.bmp)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.svg *.bmp)</translation>
    </message>
    <message>
        <source>Could not read %1 as an image.</source>
        <translation>%1 konnte nicht als Bild gelesen werden.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
    <message>
        <source>Domestic &amp;reverse charge</source>
        <translation>Inländisches &amp;Reverse-Charge</translation>
    </message>
    <message>
        <source>&amp;Add tax rate</source>
        <translation>Steuersatz &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Arc&amp;hive the selected rate</source>
        <translation>Ausgewählten Satz arc&amp;hivieren</translation>
    </message>
    <message>
        <source>Add a&amp;ccount</source>
        <translation>Kon&amp;to hinzufügen</translation>
    </message>
    <message>
        <source>Run the setup &amp;assistant…</source>
        <translation>Einrichtungs&amp;assistent starten…</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Satz</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Code, e.g. VAT20</source>
        <translation>Code, z. B. VAT20</translation>
    </message>
    <message>
        <source>Name, e.g. Standard rate</source>
        <translation>Name, z. B. Normalsatz</translation>
    </message>
    <message>
        <source>Rate %, e.g. 20</source>
        <translation>Satz in %, z. B. 20</translation>
    </message>
    <message>
        <source>Construction services under the UK domestic reverse charge: the line is charged no VAT, the customer accounts to HMRC for it at this rate, and the invoice says so.</source>
        <translation>Bauleistungen im britischen inländischen Reverse-Charge-Verfahren: Auf die Zeile wird keine USt berechnet, der Kunde führt sie zu diesem Satz an HMRC ab, und die Rechnung weist darauf hin.</translation>
    </message>
    <message>
        <source>Tax rates</source>
        <translation>Steuersätze</translation>
    </message>
    <message>
        <source>Added, renamed (double-click a name) and archived at once. A rate used on an invoice keeps its percentage: archive it and add the new one.</source>
        <translation>Wird sofort hinzugefügt, umbenannt (Doppelklick auf einen Namen) und archiviert. Ein auf einer Rechnung verwendeter Satz behält seinen Prozentsatz: Archivieren Sie ihn und legen Sie den neuen an.</translation>
    </message>
    <message>
        <source>Code, e.g. 200</source>
        <translation>Code, z. B. 200</translation>
    </message>
    <message>
        <source>Name, e.g. Sales</source>
        <translation>Name, z. B. Umsatzerlöse</translation>
    </message>
    <message>
        <source>Sales accounts (for invoice lines)</source>
        <translation>Erlöskonten (für Rechnungszeilen)</translation>
    </message>
    <message>
        <source>32 letters and digits from developer.xero.com</source>
        <translation>32 Buchstaben und Ziffern von developer.xero.com</translation>
    </message>
    <message>
        <source>Xero</source>
        <translation>Xero</translation>
    </message>
    <message>
        <source>To connect, register an app at developer.xero.com (My Apps &gt; New app, integration type &quot;Mobile or desktop app&quot;) with these three redirect URIs: %1, %2 and %3; then paste its client id here.</source>
        <translation>Zum Verbinden registrieren Sie eine App bei developer.xero.com (My Apps &gt; New app, Integrationstyp „Mobile or desktop app“) mit diesen drei Redirect-URIs: %1, %2 und %3; fügen Sie dann ihre Client-ID hier ein.</translation>
    </message>
    <message>
        <source>Xero app&apos;s client &amp;id:</source>
        <translation>Client-&amp;ID der Xero-App:</translation>
    </message>
    <message>
        <source>The environment variable BILLHOOK_XERO_CLIENT_ID is set: its client id is used instead.</source>
        <translation>Die Umgebungsvariable BILLHOOK_XERO_CLIENT_ID ist gesetzt: Stattdessen wird deren Client-ID verwendet.</translation>
    </message>
    <message>
        <source>This copy of Billhook has a client id built in; one entered here is used instead.</source>
        <translation>Diese Billhook-Version enthält eine eingebaute Client-ID; eine hier eingegebene wird stattdessen verwendet.</translation>
    </message>
    <message>
        <source>%1 (reverse charge, %2%)</source>
        <translation>%1 (Reverse-Charge, %2 %)</translation>
    </message>
    <message>
        <source>Double-click to rename</source>
        <translation>Doppelklick zum Umbenennen</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Reverse charge</source>
        <translation>Reverse-Charge</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Eigener</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>From Xero, not active there</source>
        <translation>Aus Xero, dort nicht aktiv</translation>
    </message>
    <message>
        <source>From Xero, shown as %1</source>
        <translation>Aus Xero, angezeigt als %1</translation>
    </message>
    <message>
        <source>From Xero</source>
        <translation>Aus Xero</translation>
    </message>
    <message>
        <source>Enter the tax rate&apos;s percentage, like 20.</source>
        <translation>Geben Sie den Prozentsatz des Steuersatzes ein, etwa 20.</translation>
    </message>
    <message>
        <source>The tax rate</source>
        <translation>Der Steuersatz</translation>
    </message>
    <message>
        <source>Tax rate %1 added: new invoice lines can use it.</source>
        <translation>Steuersatz %1 hinzugefügt: Neue Rechnungszeilen können ihn verwenden.</translation>
    </message>
    <message>
        <source>Select one of your tax rates in the list first.</source>
        <translation>Wählen Sie zuerst einen Ihrer Steuersätze in der Liste aus.</translation>
    </message>
    <message>
        <source>Archive tax rate</source>
        <translation>Steuersatz archivieren</translation>
    </message>
    <message>
        <source>Archive %1? Invoices that use it keep it; no new line can choose it.</source>
        <translation>%1 archivieren? Rechnungen, die ihn verwenden, behalten ihn; neue Zeilen können ihn nicht mehr wählen.</translation>
    </message>
    <message>
        <source>Tax rate %1 archived.</source>
        <translation>Steuersatz %1 archiviert.</translation>
    </message>
    <message>
        <source>Tax rate %1 renamed.</source>
        <translation>Steuersatz %1 umbenannt.</translation>
    </message>
    <message>
        <source>Account %1 added.</source>
        <translation>Konto %1 hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>billhook::SetupPage</name>
    <message>
        <source>I have checked these tax rates</source>
        <translation>Ich habe diese Steuersätze geprüft</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>Also bring invoices created in Xero into Billhook</source>
        <translation>Auch in Xero erstellte Rechnungen nach Billhook holen</translation>
    </message>
    <message>
        <source>Preview the first sync</source>
        <translation>Ersten Abgleich vorab ansehen</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Start syncing</source>
        <translation>Abgleich starten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Read the organisation&apos;s accounts, tax rates and currencies from Xero again</source>
        <translation>Konten, Steuersätze und Währungen der Organisation erneut aus Xero lesen</translation>
    </message>
    <message>
        <source>Approved (ready to send to the customer)</source>
        <translation>Freigegeben (bereit zum Versand an den Kunden)</translation>
    </message>
    <message>
        <source>Drafts (your accountant approves them in Xero)</source>
        <translation>Entwürfe (Ihre Buchhaltung gibt sie in Xero frei)</translation>
    </message>
    <message>
        <source>Ask me</source>
        <translation>Mich fragen</translation>
    </message>
    <message>
        <source>Keep Billhook&apos;s version</source>
        <translation>Fassung aus Billhook behalten</translation>
    </message>
    <message>
        <source>Keep Xero&apos;s version</source>
        <translation>Fassung aus Xero behalten</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Payments go to:</source>
        <translation>Zahlungen gehen auf:</translation>
    </message>
    <message>
        <source>Invoice lines go to:</source>
        <translation>Rechnungszeilen gehen auf:</translation>
    </message>
    <message>
        <source>Tax rates</source>
        <translation>Steuersätze</translation>
    </message>
    <message>
        <source>Each Billhook tax rate is sent to Xero as one of the organisation&apos;s tax rates. Check that each pair is right; your accountant can tell you if unsure.</source>
        <translation>Jeder Steuersatz aus Billhook wird als einer der Steuersätze der Organisation an Xero gesendet. Prüfen Sie, ob jedes Paar stimmt; im Zweifel weiß Ihre Buchhaltung Bescheid.</translation>
    </message>
    <message>
        <source>What to sync</source>
        <translation>Was abgeglichen wird</translation>
    </message>
    <message>
        <source>Send and receive:</source>
        <translation>Senden und empfangen:</translation>
    </message>
    <message>
        <source>Approved invoices arrive in Xero as:</source>
        <translation>Freigegebene Rechnungen kommen in Xero an als:</translation>
    </message>
    <message>
        <source>Changed in both places:</source>
        <translation>An beiden Stellen geändert:</translation>
    </message>
    <message>
        <source>Customers already in Xero</source>
        <translation>Kunden, die schon in Xero sind</translation>
    </message>
    <message>
        <source>your organisation</source>
        <translation>Ihrer Organisation</translation>
    </message>
    <message>
        <source>Set up the link with %1</source>
        <translation>Verbindung mit %1 einrichten</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 has no bank account in Xero yet. Xero records every payment against a bank account, so the payments you record in Billhook cannot be sent until there is one; customers and invoices still sync. To add one, in Xero open Accounting › Bank accounts › Add bank account, then choose Check again. Or turn off Payments below.</source>
        <translation>%1 hat in Xero noch kein Bankkonto. Xero bucht jede Zahlung auf ein Bankkonto, daher können die in Billhook erfassten Zahlungen erst gesendet werden, wenn es eines gibt; Kunden und Rechnungen werden trotzdem abgeglichen. Um eines anzulegen, öffnen Sie in Xero Accounting › Bank accounts › Add bank account und wählen dann „Erneut prüfen“. Oder schalten Sie unten Zahlungen aus.</translation>
    </message>
    <message>
        <source>The bank account the money arrives in. Xero records each payment against it.</source>
        <translation>Das Bankkonto, auf dem das Geld eingeht. Xero bucht jede Zahlung darauf.</translation>
    </message>
    <message>
        <source>Choose Xero&apos;s rate…</source>
        <translation>Steuersatz aus Xero wählen…</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>%1 (%2%) in Billhook is</source>
        <translation>%1 (%2 %) in Billhook ist</translation>
    </message>
    <message>
        <source>The organisation</source>
        <translation>Die Organisation</translation>
    </message>
    <message>
        <source>Billhook has not read the organisation from Xero yet.</source>
        <translation>Billhook hat die Organisation noch nicht aus Xero gelesen.</translation>
    </message>
    <message>
        <source>Currencies must match: Billhook invoices in %1, which %2 does not use.</source>
        <translation>Die Währungen müssen passen: Billhook stellt in %1 in Rechnung, was %2 nicht verwendet.</translation>
    </message>
    <message>
        <source>Choose the bank account payments go to, or turn off Payments.</source>
        <translation>Wählen Sie das Bankkonto für Zahlungen oder schalten Sie Zahlungen aus.</translation>
    </message>
    <message>
        <source>Choose the account invoice lines go to.</source>
        <translation>Wählen Sie das Konto für Rechnungszeilen.</translation>
    </message>
    <message>
        <source>Choose Xero&apos;s tax rate for each Billhook tax rate.</source>
        <translation>Wählen Sie für jeden Steuersatz aus Billhook den aus Xero.</translation>
    </message>
    <message>
        <source>Confirm the tax rates.</source>
        <translation>Bestätigen Sie die Steuersätze.</translation>
    </message>
    <message>
        <source>✓ Currency: Billhook invoices in %1, and %2 uses %1.</source>
        <translation>✓ Währung: Billhook stellt in %1 in Rechnung, und %2 verwendet %1.</translation>
    </message>
    <message>
        <source>✗ Currency: Billhook invoices in %1, but %2 uses %3. Enable %1 in Xero (Settings › Currencies; the Xero plan must allow several currencies), or change Billhook&apos;s currency in Settings to %4. Then choose Check again.</source>
        <translation>✗ Währung: Billhook stellt in %1 in Rechnung, aber %2 verwendet %3. Aktivieren Sie %1 in Xero (Settings › Currencies; der Xero-Tarif muss mehrere Währungen erlauben) oder stellen Sie die Währung in den Billhook-Einstellungen auf %4. Wählen Sie dann „Erneut prüfen“.</translation>
    </message>
    <message>
        <source>Before syncing: %1</source>
        <translation>Vor dem Abgleich: %1</translation>
    </message>
    <message>
        <source>Save and sync</source>
        <translation>Speichern und abgleichen</translation>
    </message>
    <message>
        <source>The first sync would change nothing: Billhook and Xero already agree.</source>
        <translation>Der erste Abgleich würde nichts ändern: Billhook und Xero stimmen schon überein.</translation>
    </message>
    <message numerus="yes">
        <source>The first sync would make %n change(s). Nothing has been written yet.</source>
        <translation>
            <numerusform>Der erste Abgleich würde %n Änderung vornehmen. Noch wurde nichts geschrieben.</numerusform>
            <numerusform>Der erste Abgleich würde %n Änderungen vornehmen. Noch wurde nichts geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Matched (%1)</source>
        <translation>Zugeordnet (%1)</translation>
    </message>
    <message>
        <source>Already in both places: linked, nothing is copied.</source>
        <translation>Schon an beiden Stellen vorhanden: verknüpft, nichts wird kopiert.</translation>
    </message>
    <message>
        <source>New from Xero (%1)</source>
        <translation>Neu aus Xero (%1)</translation>
    </message>
    <message>
        <source>Only in Xero: added to your customers here.</source>
        <translation>Nur in Xero: wird hier zu Ihren Kunden hinzugefügt.</translation>
    </message>
    <message>
        <source>New to Xero (%1)</source>
        <translation>Neu für Xero (%1)</translation>
    </message>
    <message>
        <source>Only in Billhook: created as contacts in Xero.</source>
        <translation>Nur in Billhook: wird in Xero als Kontakt angelegt.</translation>
    </message>
    <message>
        <source>Needs your decision (%1)</source>
        <translation>Braucht Ihre Entscheidung (%1)</translation>
    </message>
    <message>
        <source>Other changes (%1)</source>
        <translation>Weitere Änderungen (%1)</translation>
    </message>
    <message>
        <source>Everything else the first sync would send or bring in.</source>
        <translation>Alles andere, was der erste Abgleich senden oder holen würde.</translation>
    </message>
    <message>
        <source>You have not added tax rates of your own (Settings &gt; Tax rates): invoice lines use the organisation&apos;s rates.</source>
        <translation>Sie haben keine eigenen Steuersätze angelegt (Einstellungen &gt; Steuersätze): Rechnungszeilen verwenden die Sätze der Organisation.</translation>
    </message>
    <message>
        <source>The first sync imports the organisation&apos;s contacts into Billhook. A contact that is surely already here (the same name, and the same email address, phone or contact number) is linked, not copied; one that only might be one of your customers, or could be several, is left alone on both sides until you decide under Problems. Preview it first: nothing is written until you choose Start syncing.</source>
        <translation>Der erste Abgleich übernimmt die Kontakte der Organisation in Billhook. Ein Kontakt, der sicher schon hier ist (gleicher Name und gleiche E-Mail-Adresse, Telefon- oder Kundennummer), wird verknüpft, nicht kopiert; einer, der nur vielleicht einer Ihrer Kunden ist oder zu mehreren passen könnte, bleibt auf beiden Seiten unberührt, bis Sie unter „Probleme“ entscheiden. Sehen Sie sich den Abgleich zuerst in der Vorschau an: Es wird nichts geschrieben, bis Sie „Abgleich starten“ wählen.</translation>
    </message>
    <message>
        <source>Might be one of your customers, or could be several: left alone on both sides until you choose, under Problems.</source>
        <translation>Vielleicht einer Ihrer Kunden, oder es kommen mehrere infrage: bleibt auf beiden Seiten unberührt, bis Sie unter „Probleme“ entscheiden.</translation>
    </message>
    <message>
        <source>Numbers already used in Xero (%1)</source>
        <translation>In Xero bereits vergebene Nummern (%1)</translation>
    </message>
    <message>
        <source>Your invoice has the number of another invoice in Xero: neither is touched until you choose, under Problems (one click gives yours the next free number).</source>
        <translation>Ihre Rechnung hat die Nummer einer anderen Rechnung in Xero: Keine der beiden wird angetastet, bis Sie unter „Probleme“ entscheiden (ein Klick gibt Ihrer Rechnung die nächste freie Nummer).</translation>
    </message>
    <message>
        <source>Your next invoice will be %1, after the numbers this organisation already uses.</source>
        <translation>Ihre nächste Rechnung erhält die Nummer %1, im Anschluss an die Nummern, die diese Organisation bereits verwendet.</translation>
    </message>
    <message>
        <source>Give Billhook&apos;s invoices numbers of their own instead (the next one: %1), so they never mix with the ones made in Xero</source>
        <translation>Billhooks Rechnungen stattdessen eigene Nummern geben (die nächste: %1), damit sie sich nie mit den in Xero erstellten vermischen</translation>
    </message>
</context>
<context>
    <name>billhook::SyncRunner</name>
    <message>
        <source>A sync is already running (in another Billhook window or billhook-cli).</source>
        <translation>Es läuft bereits ein Abgleich (in einem anderen Billhook-Fenster oder in billhook-cli).</translation>
    </message>
    <message>
        <source>The sync lock %1 could not be created; check that its folder can be written to.</source>
        <translation>Die Sperrdatei %1 für den Abgleich konnte nicht angelegt werden; prüfen Sie, ob in ihren Ordner geschrieben werden kann.</translation>
    </message>
    <message numerus="yes">
        <source>Xero is busy; trying again in %n s…</source>
        <translation>
            <numerusform>Xero ist ausgelastet; neuer Versuch in %n s…</numerusform>
            <numerusform>Xero ist ausgelastet; neuer Versuch in %n s…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting %n s for Xero&apos;s rate limit…</source>
        <translation>
            <numerusform>Warte %n s auf das Anfragelimit von Xero…</numerusform>
            <numerusform>Warte %n s auf das Anfragelimit von Xero…</numerusform>
        </translation>
    </message>
    <message>
        <source>The sync stopped on an internal error (%1). Nothing was lost; the next sync starts again from here.</source>
        <translation>Der Abgleich wurde durch einen internen Fehler angehalten (%1). Es ging nichts verloren; der nächste Abgleich macht hier weiter.</translation>
    </message>
    <message>
        <source>The sync stopped on an internal error. Nothing was lost; the next sync starts again from here.</source>
        <translation>Der Abgleich wurde durch einen internen Fehler angehalten. Es ging nichts verloren; der nächste Abgleich macht hier weiter.</translation>
    </message>
</context>
<context>
    <name>billhook::UnsavedChanges</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save your changes to %1?</source>
        <translation>Änderungen an %1 speichern?</translation>
    </message>
</context>
<context>
    <name>billhook::XeroAuth</name>
    <message>
        <source>Access was declined in Xero, so Billhook is not connected.</source>
        <translation>Der Zugriff wurde in Xero abgelehnt, daher ist Billhook nicht verbunden.</translation>
    </message>
    <message>
        <source>Xero refused the request to connect: %1 %2</source>
        <translation>Xero hat die Verbindungsanfrage abgelehnt: %1 %2</translation>
    </message>
    <message>
        <source>Connecting to Xero was cancelled.</source>
        <translation>Das Verbinden mit Xero wurde abgebrochen.</translation>
    </message>
    <message>
        <source>No Xero client id is configured. Set it in the settings, or with the environment variable BILLHOOK_XERO_CLIENT_ID.</source>
        <translation>Es ist keine Xero-Client-ID eingerichtet. Tragen Sie sie in den Einstellungen ein oder setzen Sie die Umgebungsvariable BILLHOOK_XERO_CLIENT_ID.</translation>
    </message>
    <message>
        <source>Billhook needs one of the ports %1 on this computer for Xero&apos;s answer, but all are in use. Close the program using them and try again.</source>
        <translation>Billhook braucht für die Antwort von Xero einen der Ports %1 auf diesem Computer, aber alle sind belegt. Schließen Sie das Programm, das sie belegt, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This answer does not belong to Billhook&apos;s current request to connect to Xero, so it was ignored. Start Connect to Xero again in Billhook.</source>
        <translation>Diese Antwort gehört nicht zur aktuellen Verbindungsanfrage von Billhook an Xero und wurde daher ignoriert. Starten Sie „Mit Xero verbinden“ in Billhook erneut.</translation>
    </message>
    <message>
        <source>Xero did not give Billhook access. You can close this tab.</source>
        <translation>Xero hat Billhook keinen Zugriff gegeben. Sie können diesen Tab schließen.</translation>
    </message>
    <message>
        <source>Billhook has Xero&apos;s answer. You can close this tab and go back to Billhook.</source>
        <translation>Billhook hat die Antwort von Xero erhalten. Sie können diesen Tab schließen und zu Billhook zurückkehren.</translation>
    </message>
    <message>
        <source>Xero gave no refresh token: the offline_access scope is missing from the app&apos;s settings at Xero.</source>
        <translation>Xero hat kein Refresh-Token geliefert: In den Einstellungen der App bei Xero fehlt der Scope offline_access.</translation>
    </message>
    <message>
        <source>Xero refused to complete the sign-in (%1). Start Connect to Xero again.</source>
        <translation>Xero hat die Anmeldung nicht abgeschlossen (%1). Starten Sie „Mit Xero verbinden“ erneut.</translation>
    </message>
    <message numerus="yes">
        <source>Xero&apos;s answer did not arrive within %n minute(s), so Billhook stopped waiting. Nothing was changed; start Connect to Xero again.</source>
        <translation>
            <numerusform>Die Antwort von Xero kam nicht innerhalb von %n Minute, daher wartet Billhook nicht mehr. Es wurde nichts geändert; starten Sie „Mit Xero verbinden“ erneut.</numerusform>
            <numerusform>Die Antwort von Xero kam nicht innerhalb von %n Minuten, daher wartet Billhook nicht mehr. Es wurde nichts geändert; starten Sie „Mit Xero verbinden“ erneut.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>billhook::XeroClient</name>
    <message>
        <source>A change for Xero was not sent: it had no Idempotency-Key, so a retry could create it twice.</source>
        <translation>Eine Änderung für Xero wurde nicht gesendet: Ihr fehlte der Idempotency-Key, daher könnte ein erneuter Versuch sie doppelt anlegen.</translation>
    </message>
    <message>
        <source>The sync was cancelled before this call was sent.</source>
        <translation>Der Abgleich wurde abgebrochen, bevor dieser Aufruf gesendet wurde.</translation>
    </message>
    <message numerus="yes">
        <source>no answer within %n second(s)</source>
        <translation>
            <numerusform>keine Antwort innerhalb von %n Sekunde</numerusform>
            <numerusform>keine Antwort innerhalb von %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Billhook could not verify Xero&apos;s secure connection (%1). Check the computer&apos;s date and time, and any proxy or antivirus that inspects secure connections.</source>
        <translation>Billhook konnte die sichere Verbindung zu Xero nicht überprüfen (%1). Prüfen Sie Datum und Uhrzeit des Computers sowie jeden Proxy oder Virenscanner, der sichere Verbindungen untersucht.</translation>
    </message>
    <message>
        <source>Xero kept refusing calls for its rate limit. Billhook will try again at the next sync.</source>
        <translation>Xero hat Aufrufe wegen seines Anfragelimits wiederholt abgelehnt. Billhook versucht es beim nächsten Abgleich erneut.</translation>
    </message>
    <message>
        <source>Xero&apos;s answer arrived incomplete.</source>
        <translation>Die Antwort von Xero kam unvollständig an.</translation>
    </message>
    <message numerus="yes">
        <source>Xero did not complete the request after %n attempt(s).</source>
        <translation>
            <numerusform>Xero hat die Anfrage auch nach %n Versuch nicht ausgeführt.</numerusform>
            <numerusform>Xero hat die Anfrage auch nach %n Versuchen nicht ausgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Billhook could not reach Xero (%1). Check the internet connection; the sync tries again next time.</source>
        <translation>Billhook konnte Xero nicht erreichen (%1). Prüfen Sie die Internetverbindung; der Abgleich versucht es beim nächsten Mal erneut.</translation>
    </message>
    <message>
        <source>incomplete answer</source>
        <translation>unvollständige Antwort</translation>
    </message>
    <message>
        <source>The sync was cancelled before Xero answered this call.</source>
        <translation>Der Abgleich wurde abgebrochen, bevor Xero auf diesen Aufruf geantwortet hat.</translation>
    </message>
</context>
<context>
    <name>billhook::XeroConnection</name>
    <message>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <source>Reconnect needed: %1</source>
        <translation>Erneute Verbindung nötig: %1</translation>
    </message>
    <message>
        <source>Not connected to Xero</source>
        <translation>Nicht mit Xero verbunden</translation>
    </message>
    <message>
        <source>Billhook is already connecting to Xero.</source>
        <translation>Billhook verbindet sich bereits mit Xero.</translation>
    </message>
    <message>
        <source>Connecting to Xero was cancelled; nothing was changed.</source>
        <translation>Das Verbinden mit Xero wurde abgebrochen; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>No Xero organisation was chosen in Xero, so Billhook is not connected. Connect again and tick the organisation to use.</source>
        <translation>In Xero wurde keine Organisation gewählt, daher ist Billhook nicht verbunden. Verbinden Sie sich erneut und haken Sie die gewünschte Organisation an.</translation>
    </message>
    <message>
        <source>The organisation %1 was not among those authorised in Xero (%2). Nothing was changed; connect again and choose that organisation in Xero.</source>
        <translation>Die Organisation %1 war nicht unter denen, für die in Xero Zugriff erteilt wurde (%2). Es wurde nichts geändert; verbinden Sie sich erneut und wählen Sie in Xero diese Organisation.</translation>
    </message>
    <message>
        <source>The organisation %1 was not among those authorised in Xero.</source>
        <translation>Die Organisation %1 war nicht unter denen, für die in Xero Zugriff erteilt wurde.</translation>
    </message>
    <message>
        <source>Billhook is not connected to Xero.</source>
        <translation>Billhook ist nicht mit Xero verbunden.</translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation>Die Verbindung wurde getrennt.</translation>
    </message>
    <message>
        <source>Billhook was disconnected from %1 in Xero. Connect to Xero again to carry on syncing; nothing local was lost.</source>
        <translation>Billhook wurde in Xero von %1 getrennt. Verbinden Sie sich erneut mit Xero, um weiter abzugleichen; auf diesem Computer ist nichts verloren gegangen.</translation>
    </message>
    <message>
        <source>Billhook has removed its link to %1, but Xero could not be told: %2 To be sure, remove Billhook in Xero under Settings, Connected apps.</source>
        <translation>Billhook hat seine Verbindung zu %1 entfernt, konnte das Xero aber nicht mitteilen: %2 Entfernen Sie Billhook zur Sicherheit in Xero unter Settings, Connected apps.</translation>
    </message>
</context>
<context>
    <name>billhook::XeroController</name>
    <message>
        <source>Choose the organisation</source>
        <translation>Organisation wählen</translation>
    </message>
    <message>
        <source>You allowed Billhook into several Xero organisations. Billhook keeps one in sync; which one is this business?</source>
        <translation>Sie haben Billhook Zugriff auf mehrere Xero-Organisationen gegeben. Billhook gleicht eine davon ab; welche ist dieses Geschäft?</translation>
    </message>
    <message>
        <source>Link a different organisation?</source>
        <translation>Eine andere Organisation verbinden?</translation>
    </message>
    <message>
        <source>Billhook is linked to %1, and you chose %2 in Xero.

Link Billhook to %2 instead? Nothing waiting for %1 is sent to %2.</source>
        <translation>Billhook ist mit %1 verbunden, und Sie haben in Xero %2 gewählt.

Billhook stattdessen mit %2 verbinden? Nichts, was für %1 wartet, wird an %2 gesendet.</translation>
    </message>
    <message>
        <source>Billhook stays linked to %1.</source>
        <translation>Billhook bleibt mit %1 verbunden.</translation>
    </message>
    <message>
        <source>Reading the organisation&apos;s contacts and invoices from Xero…</source>
        <translation>Kontakte und Rechnungen der Organisation werden aus Xero gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>Waiting %n s for Xero&apos;s rate limit…</source>
        <translation>
            <numerusform>Warte %n s auf das Anfragelimit von Xero…</numerusform>
            <numerusform>Warte %n s auf das Anfragelimit von Xero…</numerusform>
        </translation>
    </message>
    <message>
        <source>Billhook</source>
        <translation>Billhook</translation>
    </message>
    <message>
        <source>Xero needs you to reconnect Billhook to %1.</source>
        <translation>Xero verlangt, dass Sie Billhook erneut mit %1 verbinden.</translation>
    </message>
    <message>
        <source>After the one under way</source>
        <translation>Nach dem laufenden</translation>
    </message>
    <message>
        <source>Paused while this computer is offline</source>
        <translation>Pausiert, solange dieser Computer offline ist</translation>
    </message>
    <message>
        <source>After you reconnect</source>
        <translation>Nach der erneuten Verbindung</translation>
    </message>
    <message>
        <source>Starting the sync with Xero…</source>
        <translation>Abgleich mit Xero beginnt…</translation>
    </message>
    <message>
        <source>The sync with Xero stopped: %1</source>
        <translation>Der Abgleich mit Xero wurde abgebrochen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n Xero problem(s) need your attention.</source>
        <translation>
            <numerusform>%n Xero-Problem braucht Ihre Aufmerksamkeit.</numerusform>
            <numerusform>%n Xero-Probleme brauchen Ihre Aufmerksamkeit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Billhook and Xero</source>
        <translation>Billhook und Xero</translation>
    </message>
    <message>
        <source>Reading the organisation&apos;s accounts, tax rates and currencies from Xero…</source>
        <translation>Konten, Steuersätze und Währungen der Organisation werden aus Xero gelesen…</translation>
    </message>
    <message>
        <source>Billhook could not read the organisation from Xero: %1 Choose Check again to retry.</source>
        <translation>Billhook konnte die Organisation nicht aus Xero lesen: %1 Wählen Sie „Erneut prüfen“, um es noch einmal zu versuchen.</translation>
    </message>
</context>
<context>
    <name>billhook::XeroPane</name>
    <message>
        <source>today at %1</source>
        <translation>heute um %1</translation>
    </message>
    <message>
        <source>yesterday at %1</source>
        <translation>gestern um %1</translation>
    </message>
    <message>
        <source>tomorrow at %1</source>
        <translation>morgen um %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 um %2</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Probleme (%1)</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Connect to Xero</source>
        <translation>Mit Xero verbinden</translation>
    </message>
    <message>
        <source>Connect Billhook to Xero</source>
        <translation>Billhook mit Xero verbinden</translation>
    </message>
    <message>
        <source>Billhook then sends your customers, invoices and payments to Xero and brings back what changes there, such as payments you record in Xero, so nothing is typed twice.</source>
        <translation>Billhook sendet dann Ihre Kunden, Rechnungen und Zahlungen an Xero und holt zurück, was sich dort ändert, etwa in Xero erfasste Zahlungen. So tippen Sie nichts doppelt.</translation>
    </message>
    <message>
        <source>Your web browser opens Xero&apos;s sign-in page. Everything you keep in Billhook stays on this computer, and you can disconnect at any time.</source>
        <translation>Ihr Webbrowser öffnet die Anmeldeseite von Xero. Alles in Billhook bleibt auf diesem Computer, und Sie können die Verbindung jederzeit trennen.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Open the page again</source>
        <translation>Seite erneut öffnen</translation>
    </message>
    <message>
        <source>Finish in your browser…</source>
        <translation>Im Browser abschließen…</translation>
    </message>
    <message>
        <source>Xero&apos;s sign-in page has opened in your web browser. Sign in, choose the organisation to connect and select “Allow access”. Billhook carries on by itself as soon as you have.</source>
        <translation>Die Anmeldeseite von Xero ist in Ihrem Webbrowser geöffnet. Melden Sie sich an, wählen Sie die Organisation und dann „Allow access“. Billhook macht danach von selbst weiter.</translation>
    </message>
    <message>
        <source>Reconnect to Xero</source>
        <translation>Erneut mit Xero verbinden</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt abgleichen</translation>
    </message>
    <message>
        <source>Send every waiting change to Xero and fetch Xero&apos;s changes now</source>
        <translation>Alle wartenden Änderungen jetzt an Xero senden und die Änderungen aus Xero holen</translation>
    </message>
    <message>
        <source>Stop after the current step. What was sent stays sent; the rest goes next time.</source>
        <translation>Nach dem aktuellen Schritt anhalten. Gesendetes bleibt gesendet; der Rest folgt beim nächsten Mal.</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Trennen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation>Letzter Abgleich:</translation>
    </message>
    <message>
        <source>Next automatic sync:</source>
        <translation>Nächster automatischer Abgleich:</translation>
    </message>
    <message>
        <source>Xero calls today:</source>
        <translation>Xero-Aufrufe heute:</translation>
    </message>
    <message>
        <source>Connecting to Xero…</source>
        <translation>Verbindung mit Xero wird hergestellt…</translation>
    </message>
    <message>
        <source>Not connected to Xero</source>
        <translation>Nicht mit Xero verbunden</translation>
    </message>
    <message>
        <source>Xero: syncing…</source>
        <translation>Xero: Abgleich läuft…</translation>
    </message>
    <message>
        <source>Xero: linked to %1</source>
        <translation>Xero: verbunden mit %1</translation>
    </message>
    <message>
        <source>Xero: finish the setup to start syncing</source>
        <translation>Xero: Einrichtung abschließen, um abzugleichen</translation>
    </message>
    <message numerus="yes">
        <source>Xero: %n problem(s) need attention</source>
        <translation>
            <numerusform>Xero: %n Problem braucht Aufmerksamkeit</numerusform>
            <numerusform>Xero: %n Probleme brauchen Aufmerksamkeit</numerusform>
        </translation>
    </message>
    <message>
        <source>Xero: reconnect needed</source>
        <translation>Xero: erneute Verbindung nötig</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Linked: everything is in sync</source>
        <translation>Verbunden: alles ist abgeglichen</translation>
    </message>
    <message numerus="yes">
        <source>Linked: %n problem(s) need attention</source>
        <translation>
            <numerusform>Verbunden: %n Problem braucht Aufmerksamkeit</numerusform>
            <numerusform>Verbunden: %n Probleme brauchen Aufmerksamkeit</numerusform>
        </translation>
    </message>
    <message>
        <source>Reconnect needed</source>
        <translation>Erneute Verbindung nötig</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <source>None planned</source>
        <translation>Keiner geplant</translation>
    </message>
    <message>
        <source>Not known yet</source>
        <translation>Noch nicht bekannt</translation>
    </message>
    <message>
        <source>%1 of %2 allowed per day</source>
        <translation>%1 von %2 erlaubten pro Tag</translation>
    </message>
    <message>
        <source>Xero</source>
        <translation>Xero</translation>
    </message>
    <message>
        <source>Disconnect from Xero?</source>
        <translation>Verbindung zu Xero trennen?</translation>
    </message>
    <message>
        <source>Billhook stops syncing with %1 and gives up its access to Xero.

Everything in Billhook stays on this computer, and nothing is deleted in Xero. Changes you make from now on wait here until you connect again.</source>
        <translation>Billhook gleicht nicht mehr mit %1 ab und gibt seinen Zugriff auf Xero auf.

Alles in Billhook bleibt auf diesem Computer, und in Xero wird nichts gelöscht. Ihre weiteren Änderungen warten hier, bis Sie sich wieder verbinden.</translation>
    </message>
    <message>
        <source>Xero no longer accepts Billhook&apos;s connection to %1. This happens when the app is disconnected in Xero (Settings › Connected apps) or was not used for 60 days. Nothing is lost: your changes wait here until you reconnect.</source>
        <translation>Xero akzeptiert die Verbindung von Billhook zu %1 nicht mehr. Das passiert, wenn die App in Xero getrennt wurde (Settings › Connected apps) oder 60 Tage nicht benutzt wurde. Nichts geht verloren: Ihre Änderungen warten hier, bis Sie sich wieder verbinden.</translation>
    </message>
    <message>
        <source>your organisation</source>
        <translation>Ihrer Organisation</translation>
    </message>
    <message>
        <source>Change setup</source>
        <translation>Einrichtung ändern</translation>
    </message>
    <message>
        <source>The bank and sales accounts, tax rates and what to sync</source>
        <translation>Bank- und Erlöskonten, Steuersätze und was abgeglichen wird</translation>
    </message>
    <message numerus="yes">
        <source>Linked: in sync but for %n record(s) held back by your settings</source>
        <translation>
            <numerusform>Verbunden: abgeglichen bis auf %n Datensatz, den Ihre Einstellungen zurückhalten</numerusform>
            <numerusform>Verbunden: abgeglichen bis auf %n Datensätze, die Ihre Einstellungen zurückhalten</numerusform>
        </translation>
    </message>
    <message>
        <source>Linked: not synced yet</source>
        <translation>Verbunden: noch nicht abgeglichen</translation>
    </message>
    <message>
        <source>Linked: the last sync did not finish</source>
        <translation>Verbunden: der letzte Abgleich wurde nicht abgeschlossen</translation>
    </message>
    <message>
        <source>No Xero account?</source>
        <translation>Kein Xero-Konto?</translation>
    </message>
    <message>
        <source>Try the sync with Demo Company (UK), a stand-in for Xero that runs on this computer, with a year of customers, invoices and payments. It opens in a window of its own, marked DEMO, with a database of its own: your books are not touched.</source>
        <translation>Probieren Sie den Abgleich mit Demo Company (UK) aus, einem Ersatz für Xero, der auf diesem Computer läuft, mit Kunden, Rechnungen und Zahlungen eines Jahres. Sie öffnet sich in einem eigenen, mit DEMO gekennzeichneten Fenster mit eigener Datenbank: Ihre Buchhaltung bleibt unberührt.</translation>
    </message>
    <message>
        <source>Try with a demo organisation</source>
        <translation>Mit einer Demo-Organisation ausprobieren</translation>
    </message>
    <message>
        <source>Connect to the demo organisation</source>
        <translation>Mit der Demo-Organisation verbinden</translation>
    </message>
    <message>
        <source>This window is a demo. Demo Company (UK) stands in for Xero on this computer: connect to it as you would to Xero, look at what the setup offers, sync, and make changes on either side. Nothing here reaches your books or a real Xero, and the demo&apos;s data is gone when you close it.</source>
        <translation>Dieses Fenster ist eine Demo. Demo Company (UK) vertritt Xero auf diesem Computer: Verbinden Sie sich wie mit Xero, sehen Sie sich die Einrichtung an, gleichen Sie ab und ändern Sie auf beiden Seiten. Nichts davon erreicht Ihre Buchhaltung oder ein echtes Xero, und die Daten der Demo sind beim Schließen verschwunden.</translation>
    </message>
</context>
<context>
    <name>billhook::XeroSession</name>
    <message>
        <source>Xero needs you to reconnect Billhook (the sign-in expired or access was removed in Xero). Nothing local was lost; reconnect to carry on syncing.</source>
        <translation>Xero verlangt, dass Sie Billhook erneut verbinden (die Anmeldung ist abgelaufen, oder der Zugriff wurde in Xero entzogen). Auf diesem Computer ist nichts verloren gegangen; verbinden Sie sich erneut, um weiter abzugleichen.</translation>
    </message>
    <message>
        <source>Billhook is no longer connected to this Xero organisation.</source>
        <translation>Billhook ist nicht mehr mit dieser Xero-Organisation verbunden.</translation>
    </message>
    <message>
        <source>Billhook cannot create the lock file %1.</source>
        <translation>Billhook kann die Sperrdatei %1 nicht anlegen.</translation>
    </message>
    <message>
        <source>Another Billhook is renewing the Xero sign-in and has not finished. Try again in a minute.</source>
        <translation>Ein anderes Billhook erneuert gerade die Xero-Anmeldung und ist noch nicht fertig. Versuchen Sie es in einer Minute erneut.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Invoicing for tradespeople, with Xero sync.</source>
        <translation>Rechnungen für Handwerker, mit Xero-Abgleich.</translation>
    </message>
    <message>
        <source>Open this database file.</source>
        <translation>Diese Datenbankdatei öffnen.</translation>
    </message>
    <message>
        <source>Write screenshots of a demo database to DIR and quit (use with QT_QPA_PLATFORM=offscreen).</source>
        <translation>Bildschirmfotos einer Demo-Datenbank nach DIR schreiben und beenden (mit QT_QPA_PLATFORM=offscreen).</translation>
    </message>
    <message>
        <source>Billhook</source>
        <translation>Billhook</translation>
    </message>
    <message>
        <source>Billhook demo</source>
        <translation>Billhook-Demo</translation>
    </message>
    <message>
        <source>Try the Xero sync with a demo organisation, in a window and a database of its own (your books are not opened).</source>
        <translation>Den Xero-Abgleich mit einer Demo-Organisation ausprobieren, in eigenem Fenster mit eigener Datenbank (Ihre Buchhaltung wird nicht geöffnet).</translation>
    </message>
</context>
</TS>

#pragma once

#include <QLocale>
#include <QTranslator>

namespace billhook {

// The application's catalogues, installed for as long as the object lives: Billhook's own for the locale
// (embedded under :/i18n) over the English one, and Qt's (dialog buttons). The English catalogue holds the
// real English plural forms ("1 invoice overdue", "2 invoices overdue"), so a locale without a catalogue of
// its own (C, en_US, fr_FR...) and any string a catalogue lacks read as English, never as "invoice(s)".
class Translations
{
public:
    explicit Translations(const QLocale &locale = QLocale());
    ~Translations();
    Translations(const Translations &) = delete;
    Translations &operator=(const Translations &) = delete;

    // The catalogue that serves the locale: "de" for German; "en" when the locale has none of its own.
    QString language() const { return m_language; }

private:
    QTranslator m_english;
    QTranslator m_local;
    QTranslator m_qt;
    QList<QTranslator *> m_installed;
    QString m_language;
};

} // namespace billhook

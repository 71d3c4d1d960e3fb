#pragma once

#include <QMessageBox>
#include <QString>
#include <QVariant>

class QPrinter;
class QWidget;

namespace billhook {

// Every modal question goes through here. A test queues the answers with setNextAnswers() before the
// action that asks; a queued answer is returned at once and no dialog is shown, so a GUI test never hangs.
class Dialogs
{
public:
    // A yes/no/cancel style question; returns the button pressed.
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
                                                QMessageBox::StandardButtons buttons,
                                                QMessageBox::StandardButton defaultButton);
    // Empty when cancelled.
    static QString getSaveFileName(QWidget *parent, const QString &title, const QString &suggestedPath,
                                   const QString &filter);
    static QString getOpenFileName(QWidget *parent, const QString &title, const QString &directory,
                                   const QString &filter);
    // Shows the print dialog; false when cancelled. A queued answer (bool) decides without showing it.
    static bool confirmPrint(QWidget *parent, QPrinter &printer);
    // One of `items`; -1 when cancelled. A queued answer (an int index, or -1) decides without asking.
    static int chooseItem(QWidget *parent, const QString &title, const QString &label,
                          const QStringList &items);

    // Test hook: the next calls answer with these, in order (a StandardButton, a QString or a bool).
    static void setNextAnswers(const QVariantList &answers);
    static int pendingAnswers();
    // How many questions were asked since the last reset (tests check that one was, or was not).
    static int questionsAsked();
    static void resetQuestionsAsked();

private:
    static bool takeAnswer(QVariant &answer);
};

} // namespace billhook

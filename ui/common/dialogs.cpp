#include "dialogs.h"

#include <QFileDialog>
#include <QInputDialog>
#include <QPrintDialog>
#include <QPrinter>

namespace billhook {

namespace {
QVariantList &queuedAnswers()
{
    static QVariantList answers;
    return answers;
}
int &askedCount()
{
    static int count = 0;
    return count;
}
} // namespace

bool Dialogs::takeAnswer(QVariant &answer)
{
    ++askedCount();
    if (queuedAnswers().isEmpty())
        return false;
    answer = queuedAnswers().takeFirst();
    return true;
}

void Dialogs::setNextAnswers(const QVariantList &answers)
{
    queuedAnswers() = answers;
}

int Dialogs::pendingAnswers()
{
    return int(queuedAnswers().size());
}

int Dialogs::questionsAsked()
{
    return askedCount();
}

void Dialogs::resetQuestionsAsked()
{
    askedCount() = 0;
}

QMessageBox::StandardButton Dialogs::question(QWidget *parent, const QString &title, const QString &text,
                                              QMessageBox::StandardButtons buttons,
                                              QMessageBox::StandardButton defaultButton)
{
    QVariant answer;
    if (takeAnswer(answer))
        return QMessageBox::StandardButton(answer.toInt());
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

QString Dialogs::getSaveFileName(QWidget *parent, const QString &title, const QString &suggestedPath,
                                 const QString &filter)
{
    QVariant answer;
    if (takeAnswer(answer))
        return answer.toString();
    return QFileDialog::getSaveFileName(parent, title, suggestedPath, filter);
}

QString Dialogs::getOpenFileName(QWidget *parent, const QString &title, const QString &directory,
                                 const QString &filter)
{
    QVariant answer;
    if (takeAnswer(answer))
        return answer.toString();
    return QFileDialog::getOpenFileName(parent, title, directory, filter);
}

bool Dialogs::confirmPrint(QWidget *parent, QPrinter &printer)
{
    QVariant answer;
    if (takeAnswer(answer))
        return answer.toBool();
    QPrintDialog dialog(&printer, parent);
    return dialog.exec() == QDialog::Accepted;
}

int Dialogs::chooseItem(QWidget *parent, const QString &title, const QString &label, const QStringList &items)
{
    QVariant answer;
    if (takeAnswer(answer))
        return answer.toInt() < items.size() ? answer.toInt() : -1;
    bool ok = false;
    const QString chosen = QInputDialog::getItem(parent, title, label, items, 0, false, &ok);
    return ok ? int(items.indexOf(chosen)) : -1;
}

} // namespace billhook

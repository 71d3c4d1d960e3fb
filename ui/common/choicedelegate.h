#pragma once

#include <QList>
#include <QPair>
#include <QStyledItemDelegate>

namespace billhook {

// A cell edited by picking from a list (tax rates, accounts): shows the label, stores the value. The combo
// stays editable so the user can still type a value that is not in the list.
class ChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using Choice = QPair<QString, QString>; // label, value
    explicit ChoiceDelegate(QObject *parent = nullptr);
    void setChoices(const QList<Choice> &choices) { m_choices = choices; }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    QList<Choice> m_choices;
};

} // namespace billhook

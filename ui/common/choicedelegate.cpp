#include "choicedelegate.h"

#include <QComboBox>

namespace billhook {

ChoiceDelegate::ChoiceDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QWidget *ChoiceDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                      const QModelIndex &) const
{
    auto *combo = new QComboBox(parent);
    for (const Choice &choice : m_choices)
        combo->addItem(choice.first, choice.second);
    return combo;
}

void ChoiceDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    const int i = combo->findData(index.data(Qt::EditRole).toString());
    combo->setCurrentIndex(i);
}

void ChoiceDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    if (combo->currentIndex() >= 0)
        model->setData(index, combo->currentData(), Qt::EditRole);
}

} // namespace billhook

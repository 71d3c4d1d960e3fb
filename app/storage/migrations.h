#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace billhook {

// One step of the schema. Steps are applied in order, each in its own transaction, and never edited once
// released: a change to the schema is a new step.
struct Migration
{
    int version;
    QString description;
    QStringList statements;
};

const QList<Migration> &migrations();

} // namespace billhook

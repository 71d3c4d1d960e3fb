#include "merge.h"

namespace billhook {

MergeResult mergeFields(const QJsonObject &base, const QJsonObject &local, const QJsonObject &remote)
{
    MergeResult m;
    const bool haveBase = !base.isEmpty();
    QStringList keys = local.keys();
    for (const QString &k : remote.keys()) {
        if (!local.contains(k))
            keys.append(k);
    }
    for (const QString &k : keys) {
        const QString l = local.value(k).toString();
        const QString r = remote.value(k).toString();
        const QString b = base.value(k).toString();
        if (l == r) {
            m.merged.insert(k, l);
            continue;
        }
        if (haveBase && base.contains(k)) {
            if (l == b) { // only Xero changed it
                m.merged.insert(k, r);
                m.toLocal.append(k);
                continue;
            }
            if (r == b) { // only Billhook changed it
                m.merged.insert(k, l);
                m.toRemote.append(k);
                continue;
            }
        }
        m.merged.insert(k, haveBase ? b : r);
        m.conflicts.append({k, b, l, r});
    }
    return m;
}

void resolveConflict(MergeResult &m, const FieldConflict &c, bool keepMine)
{
    m.merged.insert(c.field, keepMine ? c.mine : c.xero);
    (keepMine ? m.toRemote : m.toLocal).append(c.field);
    m.conflicts.removeIf([&](const FieldConflict &x) { return x.field == c.field; });
}

} // namespace billhook

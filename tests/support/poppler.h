#pragma once

// A written PDF read back with poppler (Debian's poppler-utils: pdfinfo, pdftotext), as a customer's PDF
// reader would see it. A missing tool fails the test, naming the package.
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStringList>
#include <QTest>

namespace billhook::test {

// Runs a poppler tool on `pdf` and returns what it printed; fails the test if it cannot.
inline QString poppler(const QString &tool, const QStringList &arguments)
{
    const QString program = QStandardPaths::findExecutable(tool);
    if (program.isEmpty()) {
        QTest::qFail(
            qPrintable(QStringLiteral("%1 not found: install poppler-utils (.ci/install-deps)").arg(tool)),
            __FILE__, __LINE__);
        return {};
    }
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        QTest::qFail(qPrintable(QStringLiteral("%1 %2 failed: %3")
                                    .arg(tool, arguments.join(QLatin1Char(' ')),
                                         QString::fromUtf8(process.readAllStandardError()))),
                     __FILE__, __LINE__);
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

// The page count pdfinfo reads from the file; -1 if it cannot.
inline int pdfPages(const QString &pdf)
{
    static const QRegularExpression pages(QStringLiteral("^Pages:\\s+(\\d+)"),
                                          QRegularExpression::MultilineOption);
    const auto match = pages.match(poppler(QStringLiteral("pdfinfo"), {pdf}));
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

// Each page's text, in reading order with the columns kept apart.
inline QStringList pdfPageTexts(const QString &pdf)
{
    QStringList pages =
        poppler(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")})
            .split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

// How often `needle` occurs in `haystack` as a whole word (not inside a longer number or name).
inline int occurrences(const QString &haystack, const QString &needle)
{
    const QRegularExpression re(
        QStringLiteral("(?<![\\w.,])%1(?![\\w])").arg(QRegularExpression::escape(needle)));
    int n = 0;
    for (auto it = re.globalMatch(haystack); it.hasNext(); it.next())
        ++n;
    return n;
}

} // namespace billhook::test

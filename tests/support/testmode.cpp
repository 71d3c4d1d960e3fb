// Linked into every test where tests/support/isolated-run.sh cannot give the test a private HOME (Windows,
// whose known folders ignore HOME and XDG variables; macOS, whose do not always follow HOME): Qt's test mode
// moves every QStandardPaths location to a test folder, so no test reads or writes the user's real data or
// settings there.
#include <QStandardPaths>
#include <QtGlobal>

namespace {

void enableStandardPathsTestMode()
{
    QStandardPaths::setTestModeEnabled(true);
}

} // namespace

Q_CONSTRUCTOR_FUNCTION(enableStandardPathsTestMode)

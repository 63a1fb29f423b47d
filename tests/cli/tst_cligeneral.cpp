// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// cli.general: help, version and usage errors.
#include "CliRunner.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using tessera::test::runCli;

namespace {
const QString kUri = u"otpauth://totp/x?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"_s;
}

class TestCliGeneral : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        tessera::test::forgetDisplay();
        QVERIFY2(runCli({u"--version"_s}).started, "tessera-cli not found in TESSERA_TEST_BIN_DIR");
    }

    void version_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("alone") << QStringList{u"--version"_s};
        QTest::newRow("with --json") << QStringList{u"--json"_s, u"--version"_s};
        QTest::newRow("after a command") << QStringList{u"code"_s, u"--version"_s};
    }
    void version()
    {
        QFETCH(QStringList, arguments);
        const auto result = runCli(arguments);
        TESSERA_VERIFY_CLI_OK(result);
        QCOMPARE(result.out, QByteArray("tessera-cli 0.1.0\n"));
    }

    void generalHelp_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("--help") << QStringList{u"--help"_s};
        QTest::newRow("-h") << QStringList{u"-h"_s};
        QTest::newRow("help") << QStringList{u"help"_s};
        QTest::newRow("--json --help") << QStringList{u"--json"_s, u"--help"_s};
    }
    void generalHelp()
    {
        QFETCH(QStringList, arguments);
        const auto result = runCli(arguments);
        TESSERA_VERIFY_CLI_OK(result);
        const QString text = QString::fromUtf8(result.out);
        for (const QString& expected :
             {u"init [--no-keychain]"_s, u"add URI"_s, u"list [--json [--with-secrets]]"_s, u"code QUERY"_s,
              u"remove ID"_s, u"passwd --new-password-file FILE"_s, u"passwd --remove"_s, u"code --uri URI"_s,
              u"uri parse URI"_s, u"qr decode IMAGE"_s, u"qr encode TEXT --out FILE.png"_s, u"import FILE..."_s,
              u"export --format F --out PATH"_s, u"recovery list"_s, u"recovery show SERVICE SCENARIO"_s}) {
            QVERIFY2(text.contains(expected), qPrintable(expected));
        }
        for (const QString& expected :
             {u"--json"_s, u"--vault PATH"_s, u"--password-file FILE"_s, u"TESSERA_VAULT"_s, u"--version"_s}) {
            QVERIFY2(text.contains(expected), qPrintable(expected));
        }
        // Every command of ARCHITECTURE.md §4 is available now: nothing is announced as coming later.
        QVERIFY(!text.contains(u"Coming in a later version"_s));
    }

    void commandHelp_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::newRow("code --help") << QStringList{u"code"_s, u"--help"_s} << u"code --uri URI"_s;
        QTest::newRow("help code") << QStringList{u"help"_s, u"code"_s} << u"code --uri URI"_s;
        QTest::newRow("help import") << QStringList{u"help"_s, u"import"_s} << u"--import-password-file"_s;
        QTest::newRow("export --help") << QStringList{u"export"_s, u"--help"_s} << u"--export-password-file"_s;
        QTest::newRow("code --uri U --help")
            << QStringList{u"code"_s, u"--uri"_s, kUri, u"--help"_s} << u"code --uri URI"_s;
        QTest::newRow("uri --help") << QStringList{u"uri"_s, u"--help"_s} << u"uri parse URI"_s;
        QTest::newRow("uri parse --help") << QStringList{u"uri"_s, u"parse"_s, u"--help"_s} << u"uri parse URI"_s;
        QTest::newRow("help uri parse") << QStringList{u"help"_s, u"uri"_s, u"parse"_s} << u"uri parse URI"_s;
        QTest::newRow("qr --help") << QStringList{u"qr"_s, u"--help"_s} << u"qr encode TEXT"_s;
        QTest::newRow("-h qr decode") << QStringList{u"-h"_s, u"qr"_s, u"decode"_s} << u"qr decode IMAGE"_s;
        QTest::newRow("help init") << QStringList{u"help"_s, u"init"_s} << u"init [--no-keychain]"_s;
        QTest::newRow("init --help") << QStringList{u"init"_s, u"--help"_s} << u"--no-keychain"_s;
        QTest::newRow("add --help") << QStringList{u"add"_s, u"--help"_s} << u"tessera-cli add URI"_s;
        QTest::newRow("list --help") << QStringList{u"list"_s, u"--help"_s} << u"--with-secrets"_s;
        QTest::newRow("code QUERY --help") << QStringList{u"code"_s, u"github"_s, u"--help"_s} << u"code QUERY"_s;
        QTest::newRow("help remove") << QStringList{u"help"_s, u"remove"_s} << u"remove ID"_s;
        QTest::newRow("help passwd") << QStringList{u"help"_s, u"passwd"_s} << u"--new-password-file FILE"_s;
    }
    void commandHelp()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        const auto result = runCli(arguments);
        TESSERA_VERIFY_CLI_OK(result);
        QVERIFY2(QString::fromUtf8(result.out).contains(expected), result.out.constData());
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no command") << QStringList{};
        QTest::newRow("only --json") << QStringList{u"--json"_s};
        QTest::newRow("unknown command") << QStringList{u"frobnicate"_s};
        QTest::newRow("unknown option") << QStringList{u"--frobnicate"_s, u"qr"_s, u"decode"_s, u"a.png"_s};
        QTest::newRow("unknown short option") << QStringList{u"-x"_s, u"uri"_s, u"parse"_s, kUri};
        QTest::newRow("unknown option after") << QStringList{u"uri"_s, u"parse"_s, kUri, u"--frob=1"_s};
        QTest::newRow("--vault without value") << QStringList{u"code"_s, u"--uri"_s, kUri, u"--vault"_s};
        QTest::newRow("--vault= empty") << QStringList{u"--vault="_s, u"code"_s, u"--uri"_s, kUri};
        QTest::newRow("--password-file without value") << QStringList{u"uri"_s, u"parse"_s, kUri, u"--password-file"_s};
        QTest::newRow("--json=yes") << QStringList{u"--json=yes"_s, u"uri"_s, u"parse"_s, kUri};
        QTest::newRow("option twice") << QStringList{u"--json"_s, u"uri"_s, u"parse"_s, kUri, u"--json"_s};
        QTest::newRow("option of another command") << QStringList{u"uri"_s, u"parse"_s, kUri, u"--at"_s, u"5"_s};
        QTest::newRow("help for nothing") << QStringList{u"help"_s, u"frobnicate"_s};
        QTest::newRow("uri without subcommand") << QStringList{u"uri"_s};
        QTest::newRow("qr without subcommand") << QStringList{u"qr"_s};
        QTest::newRow("qr unknown subcommand") << QStringList{u"qr"_s, u"scan"_s};
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        const auto result = runCli(arguments);
        TESSERA_VERIFY_CLI_FAILURE(result, 1);
    }

    void unknownCommandNeverEchoesASecret()
    {
        // A URI pasted where a command belongs must not come back on stderr.
        const auto result = runCli({kUri});
        TESSERA_VERIFY_CLI_FAILURE(result, 1);
        QVERIFY(!result.err.contains("GEZDGNBVGY3TQOJQ"));
        const auto option = runCli({u"--"_s + kUri, u"qr"_s});
        TESSERA_VERIFY_CLI_FAILURE(option, 1);
        QVERIFY(!option.err.contains("GEZDGNBVGY3TQOJQ"));
    }

    void globalOptionsAreAcceptedAnywhere_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("before") << QStringList{
            u"--vault"_s, u"/nonexistent/v.tessera"_s, u"--password-file"_s, u"/nonexistent/pw"_s, u"uri"_s, u"parse"_s,
            kUri};
        QTest::newRow("between") << QStringList{u"uri"_s, u"--vault=/nonexistent/v.tessera"_s, u"parse"_s, kUri};
        QTest::newRow("after") << QStringList{u"uri"_s,     u"parse"_s, kUri, u"--password-file=/nonexistent/pw"_s,
                                              u"--vault"_s, u"x"_s};
    }
    void globalOptionsAreAcceptedAnywhere()
    {
        QFETCH(QStringList, arguments);
        const auto result = runCli(arguments);
        TESSERA_VERIFY_CLI_OK(result);
        QVERIFY(result.out.startsWith("{\"id\":null,"));
    }
};

QTEST_GUILESS_MAIN(TestCliGeneral)
#include "tst_cligeneral.moc"

// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// cli.recovery: `tessera-cli recovery list` and `recovery show SERVICE SCENARIO` (docs/cli.md):
// exit statuses, the JSON shapes, languages, and the AliExpress steps a locked-out shopper reads.
#include "CliRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using tessera::test::outText;
using tessera::test::runCli;

namespace {

const QStringList kScenarios = {u"forgot-password"_s,     u"hacked"_s,
                                u"lost-2fa-device"_s,     u"changed-email-or-phone"_s,
                                u"not-receiving-codes"_s, u"locked-out-wrong-codes"_s,
                                u"new-device"_s,          u"re-enroll"_s};

/* Sets an environment variable for the runs of one test and puts the old value back after. */
class ScopedEnv {
public:
    ScopedEnv(const char* name, const QByteArray& value)
        : m_name(name)
        , m_had(qEnvironmentVariableIsSet(name))
        , m_old(qgetenv(name))
    {
        qputenv(name, value);
    }
    ~ScopedEnv()
    {
        if (m_had) {
            qputenv(m_name, m_old);
        } else {
            qunsetenv(m_name);
        }
    }
    ScopedEnv(const ScopedEnv&) = delete;
    ScopedEnv& operator=(const ScopedEnv&) = delete;

private:
    const char* m_name;
    bool m_had;
    QByteArray m_old;
};

QJsonDocument parsed(const QByteArray& out)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(out, &error);
    if (error.error != QJsonParseError::NoError) {
        qWarning("not JSON: %s", qPrintable(error.errorString()));
    }
    return document;
}

} // namespace

class TestCliRecovery : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { tessera::test::forgetDisplay(); }

    void listsServicesAndScenarios()
    {
        const auto result = runCli({u"recovery"_s, u"list"_s});
        TESSERA_VERIFY_CLI_OK(result);
        const QString text = outText(result);
        QVERIFY2(text.startsWith(u"aliexpress  AliExpress\n"_s), qPrintable(text));
        QVERIFY2(text.contains(u"\ngeneric  Any other site\n"_s), qPrintable(text));
        QVERIFY(text.indexOf(u"aliexpress"_s) < text.indexOf(u"generic"_s));
        QVERIFY(text.contains(u"  forgot-password           I forgot my password\n"_s));
        for (const QString& scenario : kScenarios) {
            QCOMPARE(text.count(u"  "_s + scenario + u' '), 2); // once per service
        }
        QVERIFY(text.endsWith(u"tessera-cli recovery show SERVICE SCENARIO"_s));
    }

    void listsAsJson()
    {
        const auto result = runCli({u"recovery"_s, u"list"_s, u"--json"_s});
        TESSERA_VERIFY_CLI_OK(result);
        QVERIFY2(result.out.startsWith(R"([{"id":"aliexpress","name":"AliExpress","domains":["aliexpress.com",)"),
                 result.out.constData());
        const QJsonArray services = parsed(result.out).array();
        QCOMPARE(services.size(), 2);
        QCOMPARE(services.at(0)[u"id"_s].toString(), u"aliexpress"_s);
        QCOMPARE(services.at(1)[u"id"_s].toString(), u"generic"_s);
        QCOMPARE(services.at(1)[u"domains"_s].toArray().size(), 0);
        for (const QJsonValue& service : services) {
            const QJsonArray scenarios = service[u"scenarios"_s].toArray();
            QStringList ids;
            for (const QJsonValue& scenario : scenarios) {
                ids.append(scenario[u"id"_s].toString());
                QCOMPARE(scenario.toObject().keys().size(), 3); // id, title, summary
                QVERIFY(!scenario[u"title"_s].toString().isEmpty());
                QVERIFY(!scenario[u"summary"_s].toString().isEmpty());
            }
            QCOMPARE(ids, kScenarios);
        }
    }

    void showsTheAliExpressForgotPasswordSteps()
    {
        const auto result = runCli({u"recovery"_s, u"show"_s, u"aliexpress"_s, u"forgot-password"_s});
        TESSERA_VERIFY_CLI_OK(result);
        const QString text = outText(result);
        QVERIFY2(text.startsWith(u"AliExpress: I forgot my password\n"_s), qPrintable(text));
        QVERIFY(text.contains(u"  login              https://login.aliexpress.com/\n"_s));
        QVERIFY(text.contains(u"  help               https://customerservice.aliexpress.com/\n"_s));
        // The seed articles' path, in order.
        qsizetype at = 0;
        for (const QString& step :
             {u"\n1. Open the official AliExpress sign-in page\n"_s, u"\n2. Choose “Forgot password?”\n"_s,
              u"\n3. Enter your email, phone number or member ID\n"_s, u"\n4. Pass the “I'm not a robot” check\n"_s,
              u"\n5. Choose how to prove it is you\n"_s, u"\n6. Copy the verification code\n"_s,
              u"\n7. Choose a new password and type it twice\n"_s, u"\n8. Sign in with the new password\n"_s}) {
            const qsizetype found = text.indexOf(step, at);
            QVERIFY2(found > at, qPrintable(step));
            at = found;
        }
        for (const QString& expected :
             {u"Alibaba"_s, u"slider"_s, u"spam"_s, u"“Service contact”"_s, u"6 to 20 characters"_s, u"   Tip: "_s,
              u"   -> Open: https://login.aliexpress.com/"_s}) {
            QVERIFY2(text.contains(expected), qPrintable(expected));
        }
        // Paragraphs are wrapped for a terminal (an address is never broken).
        for (const QString& line : text.split(u'\n')) {
            QVERIFY2(line.size() <= 80 || line.contains(u"https://"_s), qPrintable(line));
        }
    }

    void showsAsJson()
    {
        const auto result = runCli(
            {u"recovery"_s, u"show"_s, u"aliexpress"_s, u"forgot-password"_s, u"--json"_s, u"--lang"_s, u"en"_s});
        TESSERA_VERIFY_CLI_OK(result);
        QVERIFY2(
            result.out.startsWith(
                R"({"service":"aliexpress","name":"AliExpress","scenario":"forgot-password","language":"en","title":"I forgot my password","summary":)"),
            result.out.constData());
        const QJsonObject object = parsed(result.out).object();
        QCOMPARE(object[u"urls"_s][u"login"_s].toString(), u"https://login.aliexpress.com/"_s);
        QCOMPARE(object[u"urls"_s].toObject().keys().size(), 4);
        const QJsonArray steps = object[u"steps"_s].toArray();
        QCOMPARE(steps.size(), 8);
        for (qsizetype i = 0; i < steps.size(); ++i) {
            QCOMPARE(steps.at(i)[u"number"_s].toInt(), i + 1);
            QVERIFY(!steps.at(i)[u"id"_s].toString().isEmpty());
            QVERIFY(steps.at(i)[u"tips"_s].isArray());
        }
        QCOMPARE(steps.at(0)[u"id"_s].toString(), u"open-login-page"_s);
        QCOMPARE(steps.at(0)[u"action"_s].toObject(), (QJsonObject{{u"kind"_s, u"open-url"_s},
                                                                   {u"url"_s, u"login"_s},
                                                                   {u"href"_s, u"https://login.aliexpress.com/"_s}}));
        QCOMPARE(steps.at(6)[u"action"_s].toObject(), (QJsonObject{{u"kind"_s, u"generate-password"_s}}));
        QVERIFY(steps.at(2)[u"action"_s].isNull());
        QVERIFY(steps.at(5)[u"tips"_s].toArray().first().toString().contains(u"spam"_s));
    }

    void showsEveryScenario_data()
    {
        QTest::addColumn<QString>("service");
        QTest::addColumn<QString>("scenario");
        for (const QString& service : {u"aliexpress"_s, u"generic"_s}) {
            for (const QString& scenario : kScenarios) {
                QTest::newRow(qPrintable(service + u' ' + scenario)) << service << scenario;
            }
        }
    }
    void showsEveryScenario()
    {
        QFETCH(QString, service);
        QFETCH(QString, scenario);
        const auto result = runCli({u"recovery"_s, u"show"_s, service, scenario});
        TESSERA_VERIFY_CLI_OK(result);
        QVERIFY(outText(result).contains(u"\n1. "_s));
        const auto json = runCli({u"recovery"_s, u"--json"_s, u"show"_s, service, scenario});
        TESSERA_VERIFY_CLI_OK(json);
        QCOMPARE(parsed(json.out).object()[u"scenario"_s].toString(), scenario);
    }

    void speaksTheAskedLanguage_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("language");
        QTest::newRow("fr") << u"fr"_s << u"J'ai oublié mon mot de passe"_s << u"fr"_s;
        QTest::newRow("es_ES") << u"es_ES"_s << u"He olvidado mi contraseña"_s << u"es"_s;
        QTest::newRow("pt-BR") << u"pt-BR"_s << u"Esqueci minha senha"_s << u"pt_BR"_s;
        QTest::newRow("ru") << u"ru"_s << u"Я забыл пароль"_s << u"ru"_s;
        QTest::newRow("en") << u"en"_s << u"I forgot my password"_s << u"en"_s;
    }
    void speaksTheAskedLanguage()
    {
        QFETCH(QString, lang);
        QFETCH(QString, title);
        QFETCH(QString, language);
        const auto result =
            runCli({u"recovery"_s, u"show"_s, u"aliexpress"_s, u"forgot-password"_s, u"--lang"_s, lang, u"--json"_s});
        TESSERA_VERIFY_CLI_OK(result);
        const QJsonObject object = parsed(result.out).object();
        QCOMPARE(object[u"title"_s].toString(), title);
        QCOMPARE(object[u"language"_s].toString(), language);
    }

    void labelsSpeakThePlaybooksLanguage()
    {
        // Someone locked out reads one language: "Tip:" and the official pages' heading follow
        // --lang like the steps do. English text must not leak into a Spanish checklist.
        const auto spanish = runCli({u"recovery"_s, u"show"_s, u"aliexpress"_s, u"hacked"_s, u"--lang"_s, u"es"_s});
        TESSERA_VERIFY_CLI_OK(spanish);
        const QString spanishText = QString::fromUtf8(spanish.out);
        QVERIFY2(spanishText.contains(u"Consejo: "_s), qPrintable(spanishText.left(600)));
        QVERIFY(spanishText.contains(u"Páginas oficiales"_s));
        QVERIFY(!spanishText.contains(u"Tip: "_s));
        QVERIFY(!spanishText.contains(u"Official pages"_s));
        QVERIFY(!spanishText.contains(u"In the Tessera window"_s));
        // English stays English, and the JSON keys never change with the language.
        const auto english = runCli({u"recovery"_s, u"show"_s, u"aliexpress"_s, u"hacked"_s, u"--lang"_s, u"en"_s});
        TESSERA_VERIFY_CLI_OK(english);
        const QString englishText = QString::fromUtf8(english.out);
        QVERIFY(englishText.contains(u"Tip: "_s));
        QVERIFY(englishText.contains(u"Official pages (open them yourself"_s));
    }

    void followsTheSystemLanguage_data()
    {
        QTest::addColumn<QByteArray>("locale");
        QTest::addColumn<QString>("title");
        QTest::newRow("ru_RU") << QByteArray("ru_RU.UTF-8") << u"Я забыл пароль"_s;
        QTest::newRow("pt_BR") << QByteArray("pt_BR.UTF-8") << u"Esqueci minha senha"_s;
        QTest::newRow("no translation: English") << QByteArray("de_DE.UTF-8") << u"I forgot my password"_s;
        QTest::newRow("C") << QByteArray("C.UTF-8") << u"I forgot my password"_s;
    }
    void followsTheSystemLanguage()
    {
        QFETCH(QByteArray, locale);
        QFETCH(QString, title);
        const ScopedEnv lcAll("LC_ALL", locale);
        const ScopedEnv language("LANGUAGE", QByteArray());
        const auto result = runCli({u"recovery"_s, u"list"_s, u"--json"_s});
        TESSERA_VERIFY_CLI_OK(result);
        QCOMPARE(parsed(result.out).array().at(0)[u"scenarios"_s].toArray().at(0)[u"title"_s].toString(), title);
    }

    void unknownServiceOrScenarioIsNothingFound()
    {
        const auto service = runCli({u"recovery"_s, u"show"_s, u"amazon"_s, u"forgot-password"_s});
        TESSERA_VERIFY_CLI_FAILURE(service, 3);
        QCOMPARE(tessera::test::singleErrorLine(service),
                 u"tessera-cli: There is no recovery playbook 'amazon'; there are: aliexpress, generic. For any other "
                 u"site, use generic."_s);
        const auto scenario = runCli({u"recovery"_s, u"show"_s, u"aliexpress"_s, u"lost-cat"_s, u"--json"_s});
        TESSERA_VERIFY_CLI_FAILURE(scenario, 3);
        QCOMPARE(tessera::test::singleErrorLine(scenario),
                 u"tessera-cli: The aliexpress playbook has no scenario 'lost-cat'; it has: forgot-password, hacked, "
                 u"lost-2fa-device, changed-email-or-phone, not-receiving-codes, locked-out-wrong-codes, new-device, "
                 u"re-enroll."_s);
    }

    void neverEchoesAPastedSecret()
    {
        const QString uri = u"otpauth://totp/x?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"_s;
        const auto result = runCli({u"recovery"_s, u"show"_s, uri, u"hacked"_s});
        TESSERA_VERIFY_CLI_FAILURE(result, 3);
        QVERIFY(!result.err.contains("GEZDGNBVGY3TQOJQ"));
        QVERIFY(tessera::test::singleErrorLine(result).startsWith(u"tessera-cli: There is no recovery playbook;"_s));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no subcommand") << QStringList{u"recovery"_s};
        QTest::newRow("unknown subcommand") << QStringList{u"recovery"_s, u"fix"_s};
        QTest::newRow("show without arguments") << QStringList{u"recovery"_s, u"show"_s};
        QTest::newRow("show without scenario") << QStringList{u"recovery"_s, u"show"_s, u"aliexpress"_s};
        QTest::newRow("show with too much")
            << QStringList{u"recovery"_s, u"show"_s, u"aliexpress"_s, u"hacked"_s, u"now"_s};
        QTest::newRow("list with an argument") << QStringList{u"recovery"_s, u"list"_s, u"aliexpress"_s};
        QTest::newRow("unknown language") << QStringList{u"recovery"_s, u"list"_s, u"--lang"_s, u"xx"_s};
        QTest::newRow("--lang without value") << QStringList{u"recovery"_s, u"list"_s, u"--lang"_s};
        QTest::newRow("--lang on another command") << QStringList{u"list"_s, u"--lang"_s, u"fr"_s};
        QTest::newRow("other command's option") << QStringList{u"recovery"_s, u"list"_s, u"--at"_s, u"5"_s};
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        const auto result = runCli(arguments);
        TESSERA_VERIFY_CLI_FAILURE(result, 1);
    }

    void help_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("recovery --help") << QStringList{u"recovery"_s, u"--help"_s};
        QTest::newRow("help recovery") << QStringList{u"help"_s, u"recovery"_s};
        QTest::newRow("help recovery show") << QStringList{u"help"_s, u"recovery"_s, u"show"_s};
        QTest::newRow("recovery list -h") << QStringList{u"recovery"_s, u"list"_s, u"-h"_s};
    }
    void help()
    {
        QFETCH(QStringList, arguments);
        const auto result = runCli(arguments);
        TESSERA_VERIFY_CLI_OK(result);
        const QString text = outText(result);
        QVERIFY2(text.contains(u"tessera-cli recovery show SERVICE SCENARIO"_s), qPrintable(text));
        QVERIFY(text.contains(u"--lang LANG"_s));
    }
};

QTEST_GUILESS_MAIN(TestCliRecovery)
#include "tst_clirecovery.moc"

// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// core.playbooklibrary: loading the bundled playbooks, which playbook fits an account (issuer
// names, domains in the issuer or account name, the generic fallback) and language fallback.
#include "recovery/PlaybookLibrary.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using tessera::ErrorCode;
using tessera::recovery::Playbook;
using tessera::recovery::PlaybookLibrary;

namespace {

QByteArray bundled(const QString& id)
{
    QFile in(u":/playbooks/%1.json"_s.arg(id));
    return in.open(QIODevice::ReadOnly) ? in.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& content)
{
    QFile out(path);
    return out.open(QIODevice::WriteOnly) && out.write(content) == content.size();
}

} // namespace

class TestPlaybookLibrary : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void loadsTheBundledPlaybooks()
    {
        auto library = PlaybookLibrary::load();
        QVERIFY2(library.hasValue(), qPrintable(library ? QString() : library.error().message()));
        QStringList ids;
        for (const Playbook& playbook : library->all()) {
            ids.append(playbook.id());
        }
        QVERIFY(ids.contains(u"aliexpress"_s));
        QCOMPARE(ids.last(), u"generic"_s); // lists show it last
        QCOMPARE(library->generic().id(), u"generic"_s);
        QVERIFY(library->find(u"aliexpress"_s) != nullptr);
        QCOMPARE(library->find(u"aliexpress"_s)->name().english(), u"AliExpress"_s);
        QVERIFY(library->find(u"AliExpress"_s) == nullptr); // ids are exact
        QVERIFY(library->find(u"amazon"_s) == nullptr);
    }

    void matchesAnAccountToItsService_data()
    {
        QTest::addColumn<QString>("issuer");
        QTest::addColumn<QString>("accountName");
        QTest::addColumn<QString>("expected");
        QTest::newRow("issuer") << u"AliExpress"_s << u"bob"_s << u"aliexpress"_s;
        QTest::newRow("lower case") << u"aliexpress"_s << QString() << u"aliexpress"_s;
        QTest::newRow("upper case") << u"ALIEXPRESS"_s << QString() << u"aliexpress"_s;
        QTest::newRow("with a space") << u"Ali Express"_s << QString() << u"aliexpress"_s;
        QTest::newRow("with accents") << u"Àlíéxpress"_s << QString() << u"aliexpress"_s;
        QTest::newRow("shared Alibaba login") << u"Alibaba"_s << QString() << u"aliexpress"_s;
        QTest::newRow("domain as issuer") << u"aliexpress.com"_s << QString() << u"aliexpress"_s;
        QTest::newRow("email in the name") << QString() << u"bob@aliexpress.com"_s << u"aliexpress"_s;
        QTest::newRow("subdomain in the name") << u"Shop"_s << u"login.aliexpress.com"_s << u"aliexpress"_s;
        QTest::newRow("domain in capitals") << QString() << u"Bob (AliExpress.US)"_s << u"aliexpress"_s;
        QTest::newRow("domain ending a sentence") << u"My account on aliexpress.ru."_s << QString() << u"aliexpress"_s;
        QTest::newRow("other issuer") << u"GitHub"_s << u"bob"_s << u"generic"_s;
        QTest::newRow("other email") << u"Amazon"_s << u"bob@example.com"_s << u"generic"_s;
        QTest::newRow("look-alike domain") << QString() << u"bob@notaliexpress.com"_s << u"generic"_s;
        QTest::newRow("domain inside another") << QString() << u"aliexpress.com.evil.example"_s << u"generic"_s;
        QTest::newRow("issuer only contains the name") << u"AliExpress Seller Tools"_s << QString() << u"generic"_s;
        QTest::newRow("empty") << QString() << QString() << u"generic"_s;
        QTest::newRow("punctuation only") << u"--"_s << u"@"_s << u"generic"_s;
    }
    void matchesAnAccountToItsService()
    {
        QFETCH(QString, issuer);
        QFETCH(QString, accountName);
        QFETCH(QString, expected);
        auto library = PlaybookLibrary::load();
        QVERIFY(library.hasValue());
        QCOMPARE(library->forIssuer(issuer, accountName).id(), expected);
    }

    void matchKeyIgnoresCaseAccentsAndPunctuation()
    {
        QCOMPARE(PlaybookLibrary::matchKey(u"Ali-Express.com"_s), u"aliexpresscom"_s);
        QCOMPARE(PlaybookLibrary::matchKey(u"ÉBAY"_s), u"ebay"_s);
        QCOMPARE(PlaybookLibrary::matchKey(u"  "_s), QString());
    }

    void textsFallBackToEnglish()
    {
        auto library = PlaybookLibrary::load();
        QVERIFY(library.hasValue());
        const auto* scenario = library->find(u"aliexpress"_s)->scenario(u"forgot-password"_s);
        QVERIFY(scenario != nullptr);
        QCOMPARE(scenario->title().text(u"fr_FR.UTF-8"_s), scenario->title().texts().value(u"fr"_s));
        QCOMPARE(scenario->title().text(u"pt"_s), scenario->title().texts().value(u"pt_BR"_s));
        QCOMPARE(scenario->title().text(u"de_DE"_s), u"I forgot my password"_s);
        QVERIFY(scenario->title().text(u"ru"_s) != scenario->title().english());
    }

    void refusesABrokenDirectory()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // No playbooks at all: there is no generic one to fall back on.
        auto empty = PlaybookLibrary::load(dir.path());
        QVERIFY(!empty.hasValue());
        QCOMPARE(empty.error().code(), ErrorCode::NotFound);
        QVERIFY2(empty.error().message().startsWith(u"There is no generic playbook in"_s),
                 qPrintable(empty.error().message()));

        QVERIFY(writeFile(dir.filePath(u"generic.json"_s), bundled(u"generic"_s)));
        auto onlyGeneric = PlaybookLibrary::load(dir.path());
        QVERIFY(onlyGeneric.hasValue());
        QCOMPARE(onlyGeneric->all().size(), 1);
        QCOMPARE(onlyGeneric->forIssuer(u"AliExpress"_s).id(), u"generic"_s);

        // A file whose name is not its id.
        QVERIFY(writeFile(dir.filePath(u"ali.json"_s), bundled(u"aliexpress"_s)));
        auto misnamed = PlaybookLibrary::load(dir.path());
        QVERIFY(!misnamed.hasValue());
        QCOMPARE(misnamed.error().message(),
                 u"Playbook ali.json: its id is 'aliexpress'; the file must be named aliexpress.json."_s);
        QVERIFY(QFile::remove(dir.filePath(u"ali.json"_s)));

        // A broken file is named in the error.
        QVERIFY(writeFile(dir.filePath(u"broken.json"_s), "{\"format\": 1}"));
        auto broken = PlaybookLibrary::load(dir.path());
        QVERIFY(!broken.hasValue());
        QCOMPARE(broken.error().code(), ErrorCode::InvalidInput);
        QVERIFY2(broken.error().message().startsWith(u"Playbook broken.json: "_s),
                 qPrintable(broken.error().message()));
    }
};

QTEST_GUILESS_MAIN(TestPlaybookLibrary)
#include "tst_playbooklibrary.moc"

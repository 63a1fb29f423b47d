// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// The import preview: each entry is new, a duplicate (same type and secret, whatever its label,
// also within one import), a conflict (same issuer and name, other secret) or invalid with its
// reason; applying changes the content only as the preview said.
#include "interop/ImportPreview.h"

#include "ExpectedAccount.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using tessera::interop::ImportedAccount;
using tessera::interop::ImportPreview;
using tessera::interop::ImportResult;
using tessera::test::aegisVector;
using tessera::test::makeToken;
using Status = ImportPreview::Status;

namespace {

ImportedAccount imported(const tessera::test::ExpectedAccount& expected, const QString& group = {})
{
    ImportedAccount account;
    account.token = makeToken(expected);
    account.label = expected.issuer;
    account.group = group;
    return account;
}

ImportedAccount invalid(const QString& why)
{
    ImportedAccount account;
    account.problem = tessera::Error(tessera::ErrorCode::InvalidInput, why);
    account.label = u"entry 9"_s;
    return account;
}

ImportPreview::Source source(const QString& file, std::vector<ImportedAccount> accounts)
{
    ImportResult result;
    result.formatName = u"test format"_s;
    result.accounts = std::move(accounts);
    return {file, std::move(result)};
}

} // namespace

class TestImportPreview : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void statuses();
    void sameSecretOtherSettingsIsAConflict();
    void applyAddsOnlyWhatThePreviewSays();
    void conflictResolutions();
    void copiesComparedAgain();
    void statusIds();
};

void TestImportPreview::statuses()
{
    auto vault = tessera::test::makeContent({aegisVector(1), aegisVector(2)});
    auto renamedDuplicate = aegisVector(1);
    renamedDuplicate.issuer = u"Deno Land"_s; // same secret, other label: still the same account
    auto conflict = aegisVector(3);
    conflict.issuer = u"SPDX"_s; // vector 2's label with another secret
    conflict.name = u"James"_s;
    std::vector<ImportedAccount> first;
    first.push_back(imported(renamedDuplicate));
    first.push_back(imported(aegisVector(4)));
    first.push_back(imported(conflict));
    first.push_back(invalid(u"The digits are 0."_s));
    auto otherAlgorithm = aegisVector(2);
    otherAlgorithm.issuer = u"Elsewhere"_s;
    otherAlgorithm.algorithm = tessera::otp::HashAlgorithm::Sha1; // same secret, other codes: not a duplicate
    std::vector<ImportedAccount> second;
    second.push_back(imported(aegisVector(4))); // also in the first file
    second.push_back(imported(aegisVector(7)));
    second.push_back(imported(otherAlgorithm));
    std::vector<ImportPreview::Source> sources;
    sources.push_back(source(u"a.json"_s, std::move(first)));
    sources.push_back(source(u"b.txt"_s, std::move(second)));
    const ImportPreview preview = ImportPreview::build(std::move(sources), vault);

    const auto& entries = preview.entries();
    QCOMPARE(entries.size(), std::size_t(7));
    QCOMPARE(entries[0].status, Status::Duplicate);
    QCOMPARE(entries[0].existingId, vault.accounts[0].id());
    QCOMPARE(entries[1].status, Status::New);
    QCOMPARE(entries[2].status, Status::Conflict);
    QCOMPARE(entries[2].existingId, vault.accounts[1].id());
    QCOMPARE(entries[3].status, Status::Invalid);
    QCOMPARE(entries[3].reason, u"The digits are 0."_s);
    QCOMPARE(entries[4].status, Status::Duplicate);
    QVERIFY(entries[4].existingId.isEmpty());
    QCOMPARE(entries[4].source, u"b.txt"_s);
    QCOMPARE(entries[5].status, Status::New);
    QCOMPARE(entries[6].status, Status::New);
    QCOMPARE(preview.count(Status::New), 3);
    QCOMPARE(preview.count(Status::Duplicate), 2);
    QCOMPARE(preview.count(Status::Conflict), 1);
    QCOMPARE(preview.count(Status::Invalid), 1);
    QCOMPARE(preview.formats(), (QStringList{u"test format"_s, u"test format"_s}));
}

void TestImportPreview::sameSecretOtherSettingsIsAConflict()
{
    const auto vault = tessera::test::makeContent({aegisVector(1)});
    auto eightDigits = aegisVector(1);
    eightDigits.digits = 8;
    std::vector<ImportedAccount> accounts;
    accounts.push_back(imported(eightDigits));
    std::vector<ImportPreview::Source> sources;
    sources.push_back(source(u"f"_s, std::move(accounts)));
    const ImportPreview preview = ImportPreview::build(std::move(sources), vault);
    QCOMPARE(preview.entries()[0].status, Status::Conflict);
    QVERIFY2(preview.entries()[0].reason.contains(u"same secret but other code settings"_s),
             qPrintable(preview.entries()[0].reason));
}

void TestImportPreview::applyAddsOnlyWhatThePreviewSays()
{
    auto vault = tessera::test::makeContent({aegisVector(1)});
    std::vector<ImportedAccount> accounts;
    accounts.push_back(imported(aegisVector(1)));
    accounts.push_back(imported(aegisVector(5), u"Travel"_s));
    accounts.push_back(invalid(u"bad"_s));
    std::vector<ImportPreview::Source> sources;
    sources.push_back(source(u"f"_s, std::move(accounts)));
    ImportPreview preview = ImportPreview::build(std::move(sources), vault);
    const QStringList added = preview.apply(vault);
    QCOMPARE(added.size(), 1);
    QCOMPARE(vault.accounts.size(), std::size_t(2));
    QCOMPARE(vault.accounts[1].id(), added.first());
    QCOMPARE(preview.entries()[1].appliedId, added.first());
    QVERIFY(preview.entries()[0].appliedId.isEmpty()); // the duplicate
    QVERIFY(preview.entries()[2].appliedId.isEmpty()); // the invalid entry
    QCOMPARE(vault.accounts[1].token().issuer(), u"Air Canada"_s);
    QCOMPARE(vault.accounts[1].group, u"Travel"_s);
    QCOMPARE(vault.groups, QStringList{u"Travel"_s});
}

void TestImportPreview::conflictResolutions()
{
    auto conflicting = aegisVector(3);
    conflicting.issuer = u"Deno"_s;
    conflicting.name = u"Mason"_s;
    for (const auto resolution :
         {ImportPreview::Resolution::Add, ImportPreview::Resolution::Skip, ImportPreview::Resolution::Replace}) {
        auto vault = tessera::test::makeContent({aegisVector(1)});
        vault.accounts[0].note = u"kept"_s;
        const QString originalId = vault.accounts[0].id();
        std::vector<ImportedAccount> accounts;
        accounts.push_back(imported(conflicting));
        std::vector<ImportPreview::Source> sources;
        sources.push_back(source(u"f"_s, std::move(accounts)));
        ImportPreview preview = ImportPreview::build(std::move(sources), vault);
        QCOMPARE(preview.entries()[0].status, Status::Conflict);
        QCOMPARE(preview.entries()[0].resolution, ImportPreview::Resolution::Add); // nothing lost by default
        preview.entries()[0].resolution = resolution;
        const QStringList changed = preview.apply(vault);
        switch (resolution) {
        case ImportPreview::Resolution::Add:
            QCOMPARE(vault.accounts.size(), std::size_t(2));
            QCOMPARE(changed.size(), 1);
            break;
        case ImportPreview::Resolution::Skip:
            QCOMPARE(vault.accounts.size(), std::size_t(1));
            QVERIFY(changed.isEmpty());
            break;
        case ImportPreview::Resolution::Replace:
            QCOMPARE(vault.accounts.size(), std::size_t(1));
            QCOMPARE(changed, QStringList{originalId});
            QCOMPARE(vault.accounts[0].id(), originalId);
            QCOMPARE(vault.accounts[0].note, u"kept"_s);
            QVERIFY(vault.accounts[0].token().secret().equals(makeToken(conflicting).secret()));
            break;
        }
    }
}

void TestImportPreview::copiesComparedAgain()
{
    std::vector<ImportedAccount> accounts;
    accounts.push_back(imported(aegisVector(1), u"Work"_s));
    accounts.push_back(invalid(u"The digits are 0."_s));
    std::vector<ImportPreview::Source> sources;
    sources.push_back(source(u"a.json"_s, std::move(accounts)));
    sources.front().result.warnings.append(u"batch 2 of 3 is missing"_s);

    // The copy is deep: the same files compared with a vault that changed meanwhile.
    const auto copy = ImportPreview::copySources(sources);
    QCOMPARE(copy.size(), std::size_t(1));
    QCOMPARE(copy.front().file, u"a.json"_s);
    QCOMPARE(copy.front().result.warnings, sources.front().result.warnings);
    QCOMPARE(copy.front().result.accounts.at(0).group, u"Work"_s);
    QVERIFY(copy.front().result.accounts.at(0).token->secret().equals(
        sources.front().result.accounts.at(0).token->secret()));
    QVERIFY(!copy.front().result.accounts.at(1).token);
    QCOMPARE(copy.front().result.accounts.at(1).problem->message(), u"The digits are 0."_s);

    const ImportPreview before = ImportPreview::build(ImportPreview::copySources(sources), {});
    QCOMPARE(before.count(Status::New), 1);
    const ImportPreview after =
        ImportPreview::build(ImportPreview::copySources(sources), tessera::test::makeContent({aegisVector(1)}));
    QCOMPARE(after.count(Status::New), 0);
    QCOMPARE(after.count(Status::Duplicate), 1);
    QCOMPARE(after.count(Status::Invalid), 1);
}

void TestImportPreview::statusIds()
{
    QCOMPARE(ImportPreview::statusId(Status::New), u"new"_s);
    QCOMPARE(ImportPreview::statusId(Status::Duplicate), u"duplicate"_s);
    QCOMPARE(ImportPreview::statusId(Status::Conflict), u"conflict"_s);
    QCOMPARE(ImportPreview::statusId(Status::Invalid), u"invalid"_s);
}

QTEST_GUILESS_MAIN(TestImportPreview)
#include "tst_importpreview.moc"

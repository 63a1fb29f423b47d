// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportPreviewModel.h"
#include "interop/UriListImporter.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace tessera;
using interop::ImportPreview;

namespace {

interop::ImportResult readUris(const QString& text)
{
    auto result = interop::UriListImporter().read(text.toUtf8(), std::nullopt);
    if (!result) {
        qFatal("test links do not read: %s", qPrintable(result.error().message()));
    }
    return std::move(result).value();
}

/* The vault: "Example / alice" (secret JBSW…) and "Other / bob". */
vault::VaultContent sampleVault()
{
    vault::VaultContent content;
    interop::ImportResult existing =
        readUris(u"otpauth://totp/Example:alice?secret=JBSWY3DPEHPK3PXPJBSWY3DPEH&issuer=Example\n"
                 "otpauth://totp/Other:bob?secret=KRSXG5DFON2GKZLTORSXG5DFON&issuer=Other\n"_s);
    for (interop::ImportedAccount& account : existing.accounts) {
        content.accounts.emplace_back(vault::Account::newId(), std::move(*account.token));
    }
    return content;
}

/* new (Fresh / carol), duplicate (alice under another label), conflict (Other / bob with another
 * secret), invalid (bad Base32). */
ImportPreview samplePreview(const vault::VaultContent& vault)
{
    std::vector<ImportPreview::Source> sources;
    sources.push_back(
        {u"file.txt"_s, readUris(u"otpauth://totp/Fresh:carol?secret=MFRGGZDFMZTWQ2LKNNWG23TPOA&issuer=Fresh\n"
                                 "otpauth://totp/Renamed:alice?secret=JBSWY3DPEHPK3PXPJBSWY3DPEH&issuer=Renamed\n"
                                 "otpauth://totp/Other:bob?secret=ONSWG4TFOQYTEMZUGU3DOOBZGA&issuer=Other\n"
                                 "otpauth://totp/Bad:dave?secret=!!!&issuer=Bad\n"_s)});
    return ImportPreview::build(std::move(sources), vault);
}

} // namespace

class TestImportPreviewModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void emptyModel()
    {
        ImportPreviewModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.isEmpty());
        QCOMPARE(model.preview(), nullptr);
        QVERIFY(!model.setResolution(0, u"skip"_s));
        QCOMPARE(model.toImportCount(), 0);
    }

    void rowsAndRoles()
    {
        const vault::VaultContent vault = sampleVault();
        ImportPreviewModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy counts(&model, &ImportPreviewModel::countsChanged);
        model.setPreview(samplePreview(vault));
        QCOMPARE(counts.count(), 1);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.newCount(), 1);
        QCOMPARE(model.duplicateCount(), 1);
        QCOMPARE(model.conflictCount(), 1);
        QCOMPARE(model.invalidCount(), 1);
        QCOMPARE(model.toImportCount(), 2); // the new one and the conflict (both kept by default)

        const QHash<int, QByteArray> roles = model.roleNames();
        for (const char* name : {"label", "issuer", "name", "status", "reason", "resolution", "source"}) {
            QVERIFY2(roles.values().contains(QByteArray(name)), name);
        }
        auto at = [&model](int row, int role) { return model.data(model.index(row), role).toString(); };
        QCOMPARE(at(0, ImportPreviewModel::LabelRole), u"Fresh / carol"_s);
        QCOMPARE(at(0, ImportPreviewModel::IssuerRole), u"Fresh"_s);
        QCOMPARE(at(0, ImportPreviewModel::NameRole), u"carol"_s);
        QCOMPARE(at(0, ImportPreviewModel::StatusRole), u"new"_s);
        QCOMPARE(at(0, ImportPreviewModel::ReasonRole), QString());
        QCOMPARE(at(0, ImportPreviewModel::SourceRole), u"file.txt"_s);
        QCOMPARE(at(1, ImportPreviewModel::StatusRole), u"duplicate"_s);
        QVERIFY(at(1, ImportPreviewModel::ReasonRole).contains(u"Example / alice"_s));
        QCOMPARE(at(2, ImportPreviewModel::StatusRole), u"conflict"_s);
        QCOMPARE(at(2, ImportPreviewModel::ResolutionRole), u"add"_s);
        QVERIFY(!at(2, ImportPreviewModel::ReasonRole).isEmpty());
        QCOMPARE(at(3, ImportPreviewModel::StatusRole), u"invalid"_s);
        QVERIFY(!at(3, ImportPreviewModel::ReasonRole).isEmpty());
        QVERIFY(!at(3, ImportPreviewModel::LabelRole).isEmpty());
        QVERIFY(!model.data(model.index(0), Qt::UserRole + 100).isValid());
    }

    void resolutions()
    {
        const vault::VaultContent vault = sampleVault();
        ImportPreviewModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPreview(samplePreview(vault));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        QVERIFY(!model.setResolution(0, u"skip"_s)); // a new account is always added
        QVERIFY(!model.setResolution(2, u"sometimes"_s));
        QVERIFY(!model.setResolution(7, u"skip"_s));
        QCOMPARE(changed.count(), 0);

        QVERIFY(model.setResolution(2, u"skip"_s));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.data(model.index(2), ImportPreviewModel::ResolutionRole).toString(), u"skip"_s);
        QCOMPARE(model.toImportCount(), 1);
        QCOMPARE(model.preview()->entries().at(2).resolution, ImportPreview::Resolution::Skip);

        QVERIFY(model.setResolution(2, u"replace"_s));
        QCOMPARE(model.toImportCount(), 2);

        // The same files compared again (the vault changed elsewhere): the choice stays.
        model.setPreview(samplePreview(vault));
        QCOMPARE(model.data(model.index(2), ImportPreviewModel::ResolutionRole).toString(), u"replace"_s);

        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.conflictCount(), 0);
        QVERIFY(model.isEmpty());
    }

    void idsRoundTrip()
    {
        for (const auto resolution :
             {ImportPreview::Resolution::Add, ImportPreview::Resolution::Skip, ImportPreview::Resolution::Replace}) {
            QCOMPARE(ImportPreviewModel::resolutionFromId(ImportPreviewModel::resolutionId(resolution)), resolution);
        }
        QVERIFY(!ImportPreviewModel::resolutionFromId(u"Add"_s));
    }
};

QTEST_GUILESS_MAIN(TestImportPreviewModel)
#include "tst_importpreviewmodel.moc"

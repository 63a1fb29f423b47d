// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ApplicationInfo.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using tessera::ApplicationInfo;

/* Where the file dialogs open: the user's Documents and Pictures, or home when those do not
 * exist — never the program's working folder. */
class TestApplicationInfo : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void foldersAreTheUsersOrHome()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        qputenv("HOME", home.path().toUtf8());
        qunsetenv("XDG_CONFIG_HOME"); // no user-dirs.dirs: the XDG defaults below HOME
        ApplicationInfo info(nullptr);
        QCOMPARE(info.documentsFolder(), QUrl::fromLocalFile(home.path()));
        QCOMPARE(info.picturesFolder(), QUrl::fromLocalFile(home.path()));

        QVERIFY(QDir(home.path()).mkpath(u"Documents"_s));
        QVERIFY(QDir(home.path()).mkpath(u"Pictures"_s));
        QCOMPARE(info.documentsFolder(), QUrl::fromLocalFile(home.filePath(u"Documents"_s)));
        QCOMPARE(info.picturesFolder(), QUrl::fromLocalFile(home.filePath(u"Pictures"_s)));
        QVERIFY(info.documentsFolder().isLocalFile());
        QCOMPARE(info.name(), u"Tessera"_s);
    }
};

QTEST_GUILESS_MAIN(TestApplicationInfo)
#include "tst_applicationinfo.moc"

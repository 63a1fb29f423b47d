// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recovery/PlaybookProgress.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using tessera::ErrorCode;
using tessera::recovery::PlaybookProgress;

namespace {

const QDateTime kT1(QDate(2026, 5, 1), QTime(9, 30), Qt::UTC);
const QDateTime kT2(QDate(2026, 5, 2), QTime(18, 0), Qt::UTC);
const QStringList kSteps = {u"open-login"_s, u"forgot-password"_s, u"slider"_s, u"email-code"_s};

} // namespace

class TestPlaybookProgress : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void markResumeAndUndo();
    void resetIsPerScenario();
    void refusesUnknownIds();
    void jsonRoundTripKeepsUnknownMembers();
    void timesAreStoredInUtc();
};

void TestPlaybookProgress::markResumeAndUndo()
{
    PlaybookProgress progress;
    QVERIFY(progress.isEmpty());
    QCOMPARE(progress.firstUndone(u"aliexpress"_s, u"forgot-password"_s, kSteps), u"open-login"_s);
    QVERIFY(progress.setDone(u"aliexpress"_s, u"forgot-password"_s, u"open-login"_s, true, kT1));
    QVERIFY(progress.setDone(u"aliexpress"_s, u"forgot-password"_s, u"slider"_s, true, kT1));
    QVERIFY(progress.setDone(u"aliexpress"_s, u"forgot-password"_s, u"slider"_s, true, kT1)); // twice: once
    QCOMPARE(progress.doneSteps(u"aliexpress"_s, u"forgot-password"_s), (QStringList{u"open-login"_s, u"slider"_s}));
    // Resume at the first step, in the playbook's order, that is not done.
    QCOMPARE(progress.firstUndone(u"aliexpress"_s, u"forgot-password"_s, kSteps), u"forgot-password"_s);
    QVERIFY(progress.setDone(u"aliexpress"_s, u"forgot-password"_s, u"open-login"_s, false, kT2));
    QVERIFY(!progress.isDone(u"aliexpress"_s, u"forgot-password"_s, u"open-login"_s));
    QVERIFY(progress.isDone(u"aliexpress"_s, u"forgot-password"_s, u"slider"_s));
    QCOMPARE(progress.updated(u"aliexpress"_s, u"forgot-password"_s), kT2);
    QVERIFY(progress.setDone(u"aliexpress"_s, u"forgot-password"_s, u"slider"_s, true, kT2.addMSecs(999)));
    QCOMPARE(progress.updated(u"aliexpress"_s, u"forgot-password"_s), kT2); // whole seconds, as stored
    QCOMPARE(progress.firstUndone(u"aliexpress"_s, u"forgot-password"_s, kSteps), u"open-login"_s);
    for (const QString& step : kSteps) {
        QVERIFY(progress.setDone(u"aliexpress"_s, u"forgot-password"_s, step, true, kT2));
    }
    QVERIFY(progress.firstUndone(u"aliexpress"_s, u"forgot-password"_s, kSteps).isEmpty());
    // Another service with the same scenario id is separate.
    QVERIFY(!progress.isDone(u"generic"_s, u"forgot-password"_s, u"slider"_s));
    QVERIFY(!progress.updated(u"generic"_s, u"forgot-password"_s).isValid());
}

void TestPlaybookProgress::resetIsPerScenario()
{
    PlaybookProgress progress;
    QVERIFY(progress.setDone(u"aliexpress"_s, u"hacked"_s, u"change-password"_s, true, kT1));
    QVERIFY(progress.setDone(u"aliexpress"_s, u"forgot-password"_s, u"slider"_s, true, kT1));
    QCOMPARE(progress.keys(), (QStringList{u"aliexpress/forgot-password"_s, u"aliexpress/hacked"_s}));
    progress.reset(u"aliexpress"_s, u"hacked"_s);
    QVERIFY(progress.doneSteps(u"aliexpress"_s, u"hacked"_s).isEmpty());
    QVERIFY(!progress.updated(u"aliexpress"_s, u"hacked"_s).isValid());
    QVERIFY(progress.isDone(u"aliexpress"_s, u"forgot-password"_s, u"slider"_s));
    progress.reset(u"aliexpress"_s, u"forgot-password"_s);
    QVERIFY(progress.isEmpty());
}

void TestPlaybookProgress::refusesUnknownIds()
{
    PlaybookProgress progress;
    for (const auto& ids : {QStringList{u"ali/express"_s, u"hacked"_s, u"s"_s}, QStringList{u"a"_s, u""_s, u"s"_s},
                            QStringList{u"a"_s, u"b"_s, u"Step 1"_s}, QStringList{u"a"_s, u"b"_s, QString(65, u'x')}}) {
        const auto set = progress.setDone(ids[0], ids[1], ids[2], true, kT1);
        QVERIFY(!set);
        QCOMPARE(set.error().code(), ErrorCode::InvalidInput);
    }
    QVERIFY(progress.isEmpty());
    QVERIFY(PlaybookProgress::isValidId(QString(64, u'x')));
    QVERIFY(PlaybookProgress::isValidId(u"lost-2fa-device"_s));
}

void TestPlaybookProgress::jsonRoundTripKeepsUnknownMembers()
{
    PlaybookProgress progress;
    QVERIFY(progress.setDone(u"aliexpress"_s, u"hacked"_s, u"change-password"_s, true, kT1));
    QVERIFY(progress.setDone(u"aliexpress"_s, u"hacked"_s, u"check-orders"_s, true, kT2));
    QJsonObject json = progress.toJson();
    QCOMPARE(json, (QJsonObject{{u"aliexpress/hacked"_s,
                                 QJsonObject{{u"done"_s, QJsonArray{u"change-password"_s, u"check-orders"_s}},
                                             {u"updated"_s, u"2026-05-02T18:00:00Z"_s}}}}));
    QJsonObject entry = json.value(u"aliexpress/hacked"_s).toObject();
    entry.insert(u"note"_s, u"from a newer Tessera"_s);
    json.insert(u"aliexpress/hacked"_s, entry);
    auto read = PlaybookProgress::fromJson(json);
    QVERIFY(read);
    QCOMPARE(read->doneSteps(u"aliexpress"_s, u"hacked"_s), (QStringList{u"change-password"_s, u"check-orders"_s}));
    QCOMPARE(read->updated(u"aliexpress"_s, u"hacked"_s), kT2);
    QCOMPARE(read->toJson(), json); // the unknown member is written back
}

void TestPlaybookProgress::timesAreStoredInUtc()
{
    PlaybookProgress progress;
    const QDateTime local = kT1.toOffsetFromUtc(2 * 3600);
    QVERIFY(progress.setDone(u"a"_s, u"b"_s, u"c"_s, true, local));
    QCOMPARE(progress.toJson().value(u"a/b"_s).toObject().value(u"updated"_s).toString(), u"2026-05-01T09:30:00Z"_s);
    auto read = PlaybookProgress::fromJson(QJsonObject{
        {u"a/b"_s, QJsonObject{{u"done"_s, QJsonArray{}}, {u"updated"_s, u"2026-05-01T11:30:00+02:00"_s}}}});
    QVERIFY(read);
    QCOMPARE(read->updated(u"a"_s, u"b"_s), kT1);
    QCOMPARE(read->updated(u"a"_s, u"b"_s).timeSpec(), Qt::UTC);
}

QTEST_APPLESS_MAIN(TestPlaybookProgress)
#include "tst_playbookprogress.moc"

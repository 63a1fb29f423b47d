// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Differential test against oathtool (OATH Toolkit, an independent implementation with its own
// HMAC): random secrets, algorithms, 6–8 digits, periods and times up to 2^35, generated at test
// time. Each oathtool run prints a window of 100 consecutive codes, so the 100 000 cases of
// SECURITY.md S8 cost a thousand process starts. The seed is printed; TESSERA_DIFF_SEED replays a run.
#include "otp/OtpGenerator.h"

#include "TestEnvironment.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using tessera::otp::HashAlgorithm;
using tessera::otp::OtpGenerator;
using tessera::otp::OtpParameters;

namespace {

constexpr int kRuns = 1000;
constexpr int kWindow = 99; // oathtool -w 99 prints 100 codes
constexpr qint64 kMaxTime = qint64(1) << 35;

QString oathtoolAlgorithm(HashAlgorithm algorithm)
{
    switch (algorithm) {
    case HashAlgorithm::Sha1:
        return u"sha1"_s;
    case HashAlgorithm::Sha256:
        return u"sha256"_s;
    case HashAlgorithm::Sha512:
        return u"sha512"_s;
    }
    return {};
}

} // namespace

class TestOtpDifferential : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void matchesOathtool();
};

void TestOtpDifferential::matchesOathtool()
{
    TESSERA_REQUIRE_TOOL(oathtool, u"oathtool"_s);
    bool seedGiven = false;
    quint32 seed = qEnvironmentVariable("TESSERA_DIFF_SEED").toUInt(&seedGiven);
    if (!seedGiven) {
        seed = QRandomGenerator::system()->generate();
    }
    qInfo("seed %u (replay with TESSERA_DIFF_SEED=%u)", seed, seed);
    QRandomGenerator random(seed);

    const int periods[] = {1, 10, 15, 20, 30, 30, 30, 45, 60, 90, 120, 300, 3600, 86400};
    const HashAlgorithm algorithms[] = {HashAlgorithm::Sha1, HashAlgorithm::Sha256, HashAlgorithm::Sha512};
    int compared = 0;
    for (int run = 0; run < kRuns; ++run) {
        QByteArray secret(random.bounded(1, 100), Qt::Uninitialized);
        for (char& byte : secret) {
            byte = static_cast<char>(random.bounded(256));
        }
        const HashAlgorithm algorithm = algorithms[random.bounded(3)];
        const int digits = random.bounded(6, 9);
        const bool hotp = random.bounded(5) == 0;
        const int period =
            random.bounded(4) == 0 ? random.bounded(1, 301) : periods[random.bounded(int(std::size(periods)))];
        const qint64 time = qint64(random.generate64() % quint64(kMaxTime - qint64(kWindow + 1) * period));
        const quint64 counter = random.generate64() >> random.bounded(64);

        QStringList arguments;
        if (hotp) {
            arguments << u"--hotp"_s << u"-c"_s << QString::number(counter);
        } else {
            arguments << (u"--totp="_s + oathtoolAlgorithm(algorithm)) << u"-s"_s << (QString::number(period) + u's')
                      << u"-N"_s << (u'@' + QString::number(time));
        }
        arguments << u"-d"_s << QString::number(digits) << u"-w"_s << QString::number(kWindow)
                  << QString::fromLatin1(secret.toHex());
        const auto result = tessera::test::run(oathtool, arguments);
        QVERIFY2(result.exitCode == 0, result.err.constData());
        const QList<QByteArray> expected = result.out.trimmed().split('\n');
        QCOMPARE(expected.size(), kWindow + 1);

        // oathtool's HOTP is SHA-1 only; its TOTP takes the algorithm.
        const auto parameters = hotp ? OtpParameters::hotp(HashAlgorithm::Sha1, digits, counter)
                                     : OtpParameters::totp(algorithm, digits, period);
        QVERIFY(parameters.hasValue());
        auto generator = OtpGenerator::create(*parameters, {reinterpret_cast<const std::uint8_t*>(secret.constData()),
                                                            static_cast<std::size_t>(secret.size())});
        QVERIFY(generator.hasValue());
        for (int i = 0; i <= kWindow; ++i) {
            const QString ours = hotp ? generator->codeForCounter(counter + quint64(i))
                                      : generator->codeAt(time + qint64(i) * period).value();
            if (ours != QString::fromLatin1(expected[i])) {
                QFAIL(qPrintable(u"mismatch (seed %1, run %2, step %3): %4 %5 — ours %6, oathtool %7"_s.arg(seed)
                                     .arg(run)
                                     .arg(i)
                                     .arg(hotp ? u"hotp"_s : oathtoolAlgorithm(algorithm), arguments.join(u' '), ours,
                                          QString::fromLatin1(expected[i]))));
            }
            ++compared;
        }
    }
    qInfo("%d codes compared with oathtool, 0 mismatches", compared);
    QVERIFY(compared >= 100000); // SECURITY.md S8: 10^5 tuples
}

QTEST_GUILESS_MAIN(TestOtpDifferential)
#include "tst_otpdifferential.moc"

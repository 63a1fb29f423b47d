// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interop/ImportedAccount.h"
#include "otp/OtpParameters.h"
#include "otp/OtpToken.h"
#include "vault/VaultContent.h"

#include <QList>
#include <QString>

#include <initializer_list>

namespace tessera::test {

/* What one imported account must become. `secret` is Base32 as the file or SOURCES.md gives it;
 * it is decoded with the same lenient rules, so padded or lower-case secrets compare by bytes. */
struct ExpectedAccount {
    QString issuer;
    QString name;
    otp::OtpType type = otp::OtpType::Totp;
    otp::HashAlgorithm algorithm = otp::HashAlgorithm::Sha1;
    int digits = 6;
    int period = 30;     // TOTP / Steam
    quint64 counter = 0; // HOTP
    QString secret;
    QString codeAt0;          // FORMATS.md §2.5; empty when not checked
    QString codeAt1700000000; // TOTP / Steam only; empty when not checked
};

/* The "Aegis vector" account #n (1–7) of SOURCES.md with its FORMATS.md §2.5 codes. */
[[nodiscard]] ExpectedAccount aegisVector(int n);
[[nodiscard]] QList<ExpectedAccount> aegisVectors(std::initializer_list<int> numbers);
/* The vector by issuer and name (for files that reorder accounts). */
[[nodiscard]] ExpectedAccount aegisVector(const QString& issuer, const QString& name);
/* A plain TOTP SHA-1 / 6 / 30 account. */
[[nodiscard]] ExpectedAccount defaultTotp(const QString& issuer, const QString& name, const QString& secret);

/* The token `expected` describes (for exporters and round trips); aborts on a bad table row. */
[[nodiscard]] otp::OtpToken makeToken(const ExpectedAccount& expected);
/* A vault content holding one account per row, in order. */
[[nodiscard]] vault::VaultContent makeContent(const QList<ExpectedAccount>& accounts);

/* Field-by-field comparison with QCOMPARE; the caller checks QTest::currentTestFailed(). */
void compareAccount(const interop::ImportedAccount& account, const ExpectedAccount& expected);
/* Every account of `result`, in order; names the first account that differs. */
void compareAccounts(const interop::ImportResult& result, const QList<ExpectedAccount>& expected);

} // namespace tessera::test

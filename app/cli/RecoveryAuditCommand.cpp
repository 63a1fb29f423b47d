// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecoveryAuditCommand.h"

#include "CommandLine.h"
#include "Console.h"
#include "JsonOutput.h"
#include "VaultSession.h"
#include "recovery/Readiness.h"
#include "vault/AutomaticBackup.h"

using namespace Qt::Literals::StringLiterals;

namespace tessera::cli {

namespace {

using recovery::Readiness;

QString findingsJson(const std::vector<Readiness::Finding>& findings)
{
    QStringList objects;
    for (const Readiness::Finding& finding : findings) {
        objects.append(JsonOutput()
                           .add(u"id", finding.id)
                           .add(u"severity", Readiness::severityName(finding.severity))
                           .add(u"message", finding.message)
                           .toString());
    }
    return JsonOutput::array(objects);
}

QString timeText(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODate);
}

/* "  critical  This account changed …": the severity padded so the sentences line up. */
void printFindings(Console& console, const std::vector<Readiness::Finding>& findings)
{
    for (const Readiness::Finding& finding : findings) {
        console.out(u"  "_s + Readiness::severityName(finding.severity).leftJustified(10, u' ') + finding.message);
    }
}

} // namespace

ExitCode RecoveryAuditCommand::run(const CommandLine& commandLine, Console& console)
{
    if (commandLine.words().size() > 2) {
        return console.usage(u"recovery audit takes no arguments."_s);
    }
    if (commandLine.has(u"lang")) {
        return console.usage(u"recovery audit speaks English only; --lang is for recovery list and show."_s);
    }
    VaultSession session(commandLine);
    auto vault = session.open();
    if (!vault) {
        return console.fail(vault.error());
    }
    const vault::VaultContent& content = vault->content();
    Readiness::Inputs inputs;
    inputs.now = QDateTime::currentDateTimeUtc();
    inputs.hasPasswordSlot = vault->hasPasswordSlot();
    if (const auto automatic = vault::AutomaticBackup::settingsOf(content)) {
        inputs.newestAutomaticBackup = vault::AutomaticBackup::newestBackupTime(automatic->folder);
    }
    const Readiness::Report report = Readiness::audit(content, inputs);

    if (commandLine.json()) {
        QStringList accounts;
        for (const Readiness::AccountReport& account : report.accounts) {
            accounts.append(JsonOutput()
                                .add(u"id", account.accountId)
                                .add(u"issuer", account.issuer)
                                .add(u"name", account.name)
                                .add(u"outcome", Readiness::outcomeName(account.outcome))
                                .addRaw(u"findings", findingsJson(account.findings))
                                .toString());
        }
        JsonOutput summary;
        summary.add(u"accounts", int(report.accounts.size()))
            .add(u"backup", report.fromBackup)
            .add(u"service", report.throughService)
            .add(u"lost", report.lost);
        if (report.lastBackup.isValid()) {
            summary.add(u"lastBackup", timeText(report.lastBackup));
        } else {
            summary.addNull(u"lastBackup");
        }
        summary.add(u"text", report.summary);
        console.out(JsonOutput()
                        .addRaw(u"accounts", JsonOutput::array(accounts))
                        .addRaw(u"vault", findingsJson(report.vaultFindings))
                        .addRaw(u"summary", summary.toString())
                        .toString());
        return ExitCode::Ok;
    }

    for (const Readiness::AccountReport& account : report.accounts) {
        // Names come from URIs and QR codes: untrusted text, shown without control characters.
        const QString issuer = account.issuer.isEmpty() ? u"-"_s : Console::printable(account.issuer);
        const QString title =
            account.name.isEmpty() ? issuer : issuer + u" ("_s + Console::printable(account.name) + u')';
        if (account.findings.empty()) {
            console.out(title + u": nothing to fix."_s);
        } else {
            console.out(title);
            printFindings(console, account.findings);
        }
    }
    if (!report.vaultFindings.empty()) {
        console.out(u"The vault"_s);
        printFindings(console, report.vaultFindings);
    }
    if (!report.accounts.empty() || !report.vaultFindings.empty()) {
        console.out(QString());
    }
    console.out(report.lastBackup.isValid()
                    ? u"Last backup: %1"_s.arg(report.lastBackup.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s))
                    : u"Last backup: none known"_s);
    console.out(report.summary);
    return ExitCode::Ok;
}

} // namespace tessera::cli

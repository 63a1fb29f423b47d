// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/ImportPreview.h"

using namespace Qt::Literals::StringLiterals;

namespace tessera::interop {

namespace {

QString labelOf(const otp::OtpToken& token)
{
    if (token.issuer().isEmpty()) {
        return token.name();
    }
    return token.name().isEmpty() ? token.issuer() : token.issuer() + u" / "_s + token.name();
}

bool sameLabel(const otp::OtpToken& a, const otp::OtpToken& b)
{
    return a.issuer().compare(b.issuer(), Qt::CaseInsensitive) == 0
           && a.name().compare(b.name(), Qt::CaseInsensitive) == 0;
}

} // namespace

bool ImportPreview::isSameAccount(const otp::OtpToken& a, const otp::OtpToken& b)
{
    const otp::OtpParameters& p = a.parameters();
    const otp::OtpParameters& q = b.parameters();
    // The HOTP counter is left out: it moves with use, and the account stays the same.
    return p.type() == q.type() && p.algorithm() == q.algorithm() && p.digits() == q.digits()
           && (!p.isTimeBased() || p.period() == q.period()) && a.secret().equals(b.secret());
}

ImportPreview ImportPreview::build(std::vector<Source> sources, const vault::VaultContent& vault)
{
    ImportPreview preview;
    for (Source& source : sources) {
        preview.m_formats.append(source.result.formatName);
        for (const QString& warning : std::as_const(source.result.warnings)) {
            preview.m_warnings.append(source.file.isEmpty() ? warning : source.file + u": "_s + warning);
        }
        for (ImportedAccount& account : source.result.accounts) {
            Entry entry;
            entry.source = source.file;
            if (!account.token) {
                entry.status = Status::Invalid;
                entry.reason = account.problem ? account.problem->message() : u"The entry could not be read."_s;
                entry.account = std::move(account);
                preview.m_entries.push_back(std::move(entry));
                continue;
            }
            const otp::OtpToken& token = *account.token;
            for (const vault::Account& existing : vault.accounts) {
                if (isSameAccount(existing.token(), token)) {
                    entry.status = Status::Duplicate;
                    entry.existingId = existing.id();
                    entry.reason = u"Already in the vault as %1."_s.arg(labelOf(existing.token()));
                    break;
                }
            }
            if (entry.status == Status::New) {
                for (const Entry& earlier : preview.m_entries) {
                    if (earlier.account.token && earlier.status != Status::Invalid
                        && isSameAccount(*earlier.account.token, token)) {
                        entry.status = Status::Duplicate;
                        entry.reason = u"The same account appears earlier in this import."_s;
                        break;
                    }
                }
            }
            if (entry.status == Status::New) {
                for (const vault::Account& existing : vault.accounts) {
                    if (sameLabel(existing.token(), token)) {
                        entry.status = Status::Conflict;
                        entry.existingId = existing.id();
                        entry.reason =
                            (existing.token().secret().equals(token.secret())
                                 ? u"The vault has an account named %1 with the same secret but other code "
                                   "settings (type, algorithm, digits or period); by default both are kept."_s
                                 : u"The vault has an account named %1 with another secret; by default both "
                                   "are kept."_s)
                                .arg(labelOf(existing.token()));
                        break;
                    }
                }
            }
            entry.account = std::move(account);
            preview.m_entries.push_back(std::move(entry));
        }
    }
    return preview;
}

std::vector<ImportPreview::Source> ImportPreview::copySources(const std::vector<Source>& sources)
{
    std::vector<Source> copies;
    copies.reserve(sources.size());
    for (const Source& source : sources) {
        ImportResult result;
        result.formatName = source.result.formatName;
        result.groups = source.result.groups;
        result.warnings = source.result.warnings;
        result.accounts.reserve(source.result.accounts.size());
        for (const ImportedAccount& account : source.result.accounts) {
            ImportedAccount copy;
            if (account.token) {
                copy.token = account.token->clone();
            }
            copy.problem = account.problem;
            copy.label = account.label;
            copy.group = account.group;
            copy.note = account.note;
            copy.favorite = account.favorite;
            copy.icon = account.icon;
            if (account.recovery) {
                copy.recovery = account.recovery->clone();
            }
            result.accounts.push_back(std::move(copy));
        }
        copies.push_back({source.file, std::move(result)});
    }
    return copies;
}

QString ImportPreview::statusId(Status status)
{
    switch (status) {
    case Status::New:
        return u"new"_s;
    case Status::Duplicate:
        return u"duplicate"_s;
    case Status::Conflict:
        return u"conflict"_s;
    case Status::Invalid:
        return u"invalid"_s;
    }
    return {};
}

int ImportPreview::count(Status status) const
{
    return int(std::count_if(m_entries.begin(), m_entries.end(),
                             [status](const Entry& entry) { return entry.status == status; }));
}

QStringList ImportPreview::apply(vault::VaultContent& vault)
{
    QStringList changed;
    auto useGroup = [&vault](const QString& group) {
        if (!group.isEmpty() && !vault.groups.contains(group)) {
            vault.groups.append(group);
        }
    };
    for (Entry& entry : m_entries) {
        const bool add =
            entry.status == Status::New || (entry.status == Status::Conflict && entry.resolution == Resolution::Add);
        const bool replace = entry.status == Status::Conflict && entry.resolution == Resolution::Replace;
        if (!add && !replace) {
            continue;
        }
        vault::Account* target = replace ? vault.find(entry.existingId) : nullptr;
        if (target != nullptr) {
            // The user said the imported secret is the current one: keep the account (its id,
            // group, note and recovery data), take the imported token.
            target->token() = entry.account.token->clone();
            entry.appliedId = target->id();
            changed.append(target->id());
            continue;
        }
        vault::Account account(vault::Account::newId(), entry.account.token->clone());
        account.group = entry.account.group;
        account.note = entry.account.note;
        account.favorite = entry.account.favorite;
        if (entry.account.icon) {
            entry.account.icon->storeIn(account);
        }
        if (entry.account.recovery) {
            account.recovery = entry.account.recovery->clone();
        }
        useGroup(account.group);
        entry.appliedId = account.id();
        changed.append(account.id());
        vault.accounts.push_back(std::move(account));
    }
    return changed;
}

} // namespace tessera::interop

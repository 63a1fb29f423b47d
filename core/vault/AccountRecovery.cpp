// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountRecovery.h"

#include <QJsonArray>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace tessera::vault {

namespace {

// Parts at least this long are whole codes on their own; shorter ones are groups of one code
// ("1234 5678"). Backup codes are 8–16 characters at the services we know; groups are 3–5.
constexpr std::size_t kMinStandaloneCode = 6;

const QStringList kKnownMembers = {u"loginUrl"_s,  u"email"_s,       u"phone"_s,   u"confirmedAt"_s,
                                   u"changedAt"_s, u"backupCodes"_s, u"progress"_s};

struct Range {
    std::size_t begin = 0;
    std::size_t end = 0;
    [[nodiscard]] std::size_t size() const { return end - begin; }
};

bool isCodeSeparator(std::uint8_t c)
{
    return c == '\n' || c == '\r' || c == ',' || c == ';' || c == '\t';
}

bool isDigit(std::uint8_t c)
{
    return c >= '0' && c <= '9';
}

Range trimmed(const std::uint8_t* bytes, Range range)
{
    while (range.begin < range.end && bytes[range.begin] == ' ') {
        ++range.begin;
    }
    while (range.end > range.begin && bytes[range.end - 1] == ' ') {
        --range.end;
    }
    return range;
}

/* The length of a list marker at the start of `range` ("1. ", "12) ", "- ", "* ", "• "), with
 * its space; 0 if there is none. A marker without the space after it is part of a code. */
std::size_t markerLength(const std::uint8_t* bytes, Range range)
{
    std::size_t at = range.begin;
    while (at < range.end && at - range.begin < 3 && isDigit(bytes[at])) {
        ++at;
    }
    if (at > range.begin) {
        if (at < range.end && (bytes[at] == '.' || bytes[at] == ')')) {
            ++at;
        } else {
            return 0;
        }
    } else if (at < range.end && (bytes[at] == '-' || bytes[at] == '*')) {
        ++at;
    } else if (range.size() >= 3 && bytes[at] == 0xE2 && bytes[at + 1] == 0x80 && bytes[at + 2] == 0xA2) {
        at += 3; // U+2022 BULLET
    } else {
        return 0;
    }
    if (at == range.end) {
        return at - range.begin; // a marker alone ("3.") on its line
    }
    return bytes[at] == ' ' ? at + 1 - range.begin : 0;
}

/* The code with spaces and hyphens removed and ASCII letters in lower case, for finding
 * duplicates ("ABCD-1234" and "abcd 1234" are the same code). */
crypto::SecureBytes comparable(const crypto::SecureBytes& code)
{
    std::size_t length = 0;
    crypto::SecureBytes buffer(code.size());
    for (const std::uint8_t c : code.bytes()) {
        if (c == ' ' || c == '-') {
            continue;
        }
        buffer.data()[length++] = (c >= 'A' && c <= 'Z') ? std::uint8_t(c - 'A' + 'a') : c;
    }
    return crypto::SecureBytes::copyOf(buffer.bytes().first(length));
}

Error recoveryDamaged(const QString& what)
{
    return Error(ErrorCode::Damaged, what);
}

} // namespace

Result<QString> AccountRecovery::validateLoginUrl(const QString& url)
{
    const QString text = url.trimmed();
    if (text.isEmpty()) {
        return QString();
    }
    for (const QChar c : text) {
        if (c.isSpace()) {
            return Error(ErrorCode::InvalidInput, u"A web address cannot contain spaces."_s);
        }
    }
    const QUrl parsed(text, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.scheme().compare(u"https"_s, Qt::CaseInsensitive) != 0) {
        return Error(ErrorCode::InvalidInput,
                     u"The login address must be a secure web address starting with https://."_s);
    }
    if (!parsed.userName().isEmpty() || !parsed.password().isEmpty()) {
        return Error(ErrorCode::InvalidInput,
                     u"This address has a name and an @ before the site's name, a trick phishing links use to "
                     "look like a real site. Type the site's address yourself."_s);
    }
    if (!parsed.host().contains(u'.') || parsed.host().startsWith(u'.') || parsed.host().endsWith(u'.')) {
        return Error(ErrorCode::InvalidInput, u"The login address has no valid site name after https://."_s);
    }
    // Fully encoded: an international site name is kept in its xn-- form, so a look-alike letter
    // cannot pass for the real one.
    return parsed.toString(QUrl::FullyEncoded);
}

Result<void> AccountRecovery::setLoginUrl(const QString& url)
{
    auto valid = validateLoginUrl(url);
    if (!valid) {
        return valid.error();
    }
    m_loginUrl = std::move(valid).value();
    return {};
}

/* The rules, in order:
 *  1. A no-break space (U+00A0, common in text copied from web pages) counts as a space.
 *  2. Line breaks, commas, semicolons and tabs separate codes; so do runs of two or more spaces
 *     (columns of a printed list).
 *  3. Each piece is trimmed; a list marker in front ("1. ", "2) ", "- ", "* ", "• ") is dropped,
 *     and so is a piece that is only a marker or a label ending in ':' ("Backup codes:").
 *  4. A piece with single spaces in it is one code in groups ("1234 5678", "abcd efgh ijkl")
 *     unless every part is at least 6 characters long, in which case each part is a code
 *     ("12345678 87654321").
 * The secret bytes are only ever copied between SecureBytes buffers. */
Result<std::vector<crypto::SecureBytes>> AccountRecovery::splitBackupCodes(const crypto::SecureBytes& pasted)
{
    crypto::SecureBytes text(pasted.size());
    std::size_t length = 0;
    for (std::size_t i = 0; i < pasted.size(); ++i) {
        if (pasted.data()[i] == 0xC2 && i + 1 < pasted.size() && pasted.data()[i + 1] == 0xA0) {
            text.data()[length++] = ' ';
            ++i;
        } else {
            text.data()[length++] = pasted.data()[i];
        }
    }
    const std::uint8_t* bytes = text.data();

    std::vector<Range> pieces;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= length; ++i) {
        const bool end = i == length;
        const bool columnGap = !end && bytes[i] == ' ' && i + 1 < length && bytes[i + 1] == ' ';
        if (end || isCodeSeparator(bytes[i]) || columnGap) {
            pieces.push_back({start, i});
            while (i + 1 < length && bytes[i + 1] == ' ' && columnGap) {
                ++i;
            }
            start = i + 1;
        }
    }

    std::vector<crypto::SecureBytes> codes;
    const auto take = [&codes, bytes](Range range) -> bool {
        if (range.size() > kMaxCodeLength) {
            return false;
        }
        codes.push_back(crypto::SecureBytes::copyOf(std::span<const std::uint8_t>(bytes + range.begin, range.size())));
        return true;
    };
    const Error tooLong(ErrorCode::InvalidInput,
                        u"Part of what you pasted is longer than %1 characters, too long for a backup code. "
                        "Paste only the codes, one per line."_s.arg(kMaxCodeLength));
    for (Range piece : pieces) {
        piece = trimmed(bytes, piece);
        const std::size_t marker = markerLength(bytes, piece);
        piece.begin += marker;
        piece = trimmed(bytes, piece);
        if (piece.size() == 0 || bytes[piece.end - 1] == ':') {
            continue;
        }
        std::vector<Range> parts;
        std::size_t partStart = piece.begin;
        for (std::size_t i = piece.begin; i <= piece.end; ++i) {
            if (i == piece.end || bytes[i] == ' ') {
                parts.push_back({partStart, i});
                partStart = i + 1;
            }
        }
        bool allLong = parts.size() > 1;
        for (const Range& part : parts) {
            allLong = allLong && part.size() >= kMinStandaloneCode;
        }
        if (allLong) {
            for (const Range& part : parts) {
                if (!take(part)) {
                    return tooLong;
                }
            }
        } else if (!take(piece)) {
            return tooLong;
        }
    }
    return codes;
}

Result<int> AccountRecovery::addBackupCodes(const crypto::SecureBytes& pasted)
{
    auto split = splitBackupCodes(pasted);
    if (!split) {
        return split.error();
    }
    std::vector<crypto::SecureBytes> known;
    known.reserve(m_codes.size() + split->size());
    for (const BackupCode& code : m_codes) {
        known.push_back(comparable(code.code));
    }
    std::vector<crypto::SecureBytes> added;
    for (crypto::SecureBytes& code : *split) {
        crypto::SecureBytes key = comparable(code);
        bool repeated = key.isEmpty();
        for (const crypto::SecureBytes& other : known) {
            repeated = repeated || other.equals(key);
        }
        if (!repeated) {
            known.push_back(std::move(key));
            added.push_back(std::move(code));
        }
    }
    if (m_codes.size() + added.size() > kMaxCodes) {
        return Error(ErrorCode::InvalidInput,
                     u"An account can keep at most %1 backup codes; remove the used ones first."_s.arg(kMaxCodes));
    }
    for (crypto::SecureBytes& code : added) {
        m_codes.push_back({std::move(code), false});
    }
    return int(added.size());
}

void AccountRecovery::appendBackupCode(crypto::SecureBytes code, bool used)
{
    m_codes.push_back({std::move(code), used});
}

Result<void> AccountRecovery::setUsed(std::size_t index, bool used)
{
    if (index >= m_codes.size()) {
        return Error(ErrorCode::NotFound, u"There is no such backup code."_s);
    }
    m_codes[index].used = used;
    return {};
}

Result<void> AccountRecovery::removeBackupCode(std::size_t index)
{
    if (index >= m_codes.size()) {
        return Error(ErrorCode::NotFound, u"There is no such backup code."_s);
    }
    m_codes.erase(m_codes.begin() + std::ptrdiff_t(index));
    return {};
}

int AccountRecovery::remainingCodes() const
{
    int remaining = 0;
    for (const BackupCode& code : m_codes) {
        remaining += code.used ? 0 : 1;
    }
    return remaining;
}

bool AccountRecovery::needsWarning() const
{
    return !m_codes.empty() && remainingCodes() <= 2;
}

bool AccountRecovery::isEmpty() const
{
    return m_loginUrl.isEmpty() && email.isEmpty() && phone.isEmpty() && !confirmedAt.isValid() && !changedAt.isValid()
           && m_codes.empty() && progress.isEmpty() && extra.isEmpty();
}

AccountRecovery AccountRecovery::clone() const
{
    AccountRecovery copy;
    copy.m_loginUrl = m_loginUrl;
    copy.email = email;
    copy.phone = phone;
    copy.confirmedAt = confirmedAt;
    copy.changedAt = changedAt;
    copy.m_codes.reserve(m_codes.size());
    for (const BackupCode& code : m_codes) {
        copy.m_codes.push_back({code.code.clone(), code.used});
    }
    copy.progress = progress;
    copy.extra = extra;
    return copy;
}

QJsonObject AccountRecovery::toJson(std::size_t firstSecret) const
{
    QJsonObject object = extra;
    const auto insertText = [&object](const QString& name, const QString& value) {
        if (!value.isEmpty()) {
            object.insert(name, value);
        }
    };
    insertText(u"loginUrl"_s, m_loginUrl);
    insertText(u"email"_s, email);
    insertText(u"phone"_s, phone);
    if (confirmedAt.isValid()) {
        object.insert(u"confirmedAt"_s, confirmedAt.toUTC().toString(Qt::ISODateWithMs));
    }
    if (changedAt.isValid()) {
        object.insert(u"changedAt"_s, changedAt.toUTC().toString(Qt::ISODateWithMs));
    }
    if (!m_codes.empty()) {
        QJsonArray codes;
        for (std::size_t i = 0; i < m_codes.size(); ++i) {
            codes.append(QJsonObject{{u"secret"_s, qint64(firstSecret + i)}, {u"used"_s, m_codes[i].used}});
        }
        object.insert(u"backupCodes"_s, codes);
    }
    if (!progress.isEmpty()) {
        object.insert(u"progress"_s, progress.toJson());
    }
    return object;
}

Result<AccountRecovery> AccountRecovery::fromJson(const QJsonObject& object, std::vector<crypto::SecureBytes>& secrets,
                                                  std::vector<bool>& taken)
{
    AccountRecovery recovery;
    for (const QString& name : {u"loginUrl"_s, u"email"_s, u"phone"_s, u"confirmedAt"_s, u"changedAt"_s}) {
        if (object.contains(name) && !object.value(name).isString()) {
            return recoveryDamaged(u"its recovery “%1” is not text"_s.arg(name));
        }
    }
    auto url = validateLoginUrl(object.value(u"loginUrl"_s).toString());
    if (!url) {
        return recoveryDamaged(u"its login address is not a secure web address"_s);
    }
    recovery.m_loginUrl = std::move(url).value();
    recovery.email = object.value(u"email"_s).toString();
    recovery.phone = object.value(u"phone"_s).toString();
    for (const auto& [name, time] :
         {std::pair{u"confirmedAt"_s, &recovery.confirmedAt}, std::pair{u"changedAt"_s, &recovery.changedAt}}) {
        if (object.contains(name)) {
            *time = QDateTime::fromString(object.value(name).toString(), Qt::ISODate).toUTC();
            if (!time->isValid()) {
                return recoveryDamaged(u"its recovery “%1” is not a time"_s.arg(name));
            }
        }
    }
    if (object.contains(u"backupCodes"_s)) {
        if (!object.value(u"backupCodes"_s).isArray()) {
            return recoveryDamaged(u"its backup codes are not a list"_s);
        }
        const QJsonArray codes = object.value(u"backupCodes"_s).toArray();
        if (std::size_t(codes.size()) > kMaxCodes) {
            return recoveryDamaged(u"it has more than %1 backup codes"_s.arg(kMaxCodes));
        }
        for (qsizetype i = 0; i < codes.size(); ++i) {
            const QJsonObject code = codes.at(i).toObject();
            const QJsonValue index = code.value(u"secret"_s);
            const double number = index.toDouble(-1);
            if (!index.isDouble() || number < 0 || number != double(qint64(number)) || number >= double(secrets.size())
                || !code.value(u"used"_s).isBool()) {
                return recoveryDamaged(u"backup code %1 does not refer to a saved code"_s.arg(i + 1));
            }
            const auto at = std::size_t(number);
            if (taken[at]) {
                return recoveryDamaged(u"backup code %1 is also another code"_s.arg(i + 1));
            }
            if (secrets[at].isEmpty() || secrets[at].size() > kMaxCodeLength) {
                return recoveryDamaged(u"backup code %1 is empty or too long"_s.arg(i + 1));
            }
            taken[at] = true;
            recovery.m_codes.push_back({std::move(secrets[at]), code.value(u"used"_s).toBool()});
        }
    }
    if (object.contains(u"progress"_s)) {
        if (!object.value(u"progress"_s).isObject()) {
            return recoveryDamaged(u"its checklist progress is not an object"_s);
        }
        auto progress = recovery::PlaybookProgress::fromJson(object.value(u"progress"_s).toObject());
        if (!progress) {
            return progress.error();
        }
        recovery.progress = std::move(progress).value();
    }
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!kKnownMembers.contains(it.key())) {
            recovery.extra.insert(it.key(), it.value());
        }
    }
    return recovery;
}

} // namespace tessera::vault

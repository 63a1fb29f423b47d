// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/BitwardenImporter.h"

#include "interop/JsonFields.h"
#include "otp/Base32.h"
#include "otp/OtpParameters.h"
#include "otp/OtpToken.h"
#include "uri/OtpAuthUri.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringDecoder>

using namespace Qt::Literals::StringLiterals;

namespace tessera::interop {

namespace {

bool isEncryptedJson(const QJsonObject& root)
{
    return root.value(u"encrypted"_s).toBool(false)
           && (root.contains(u"data"_s) || root.contains(u"encKeyValidation_DO_NOT_EDIT"_s));
}

bool isPlainJson(const QJsonObject& root)
{
    return root.value(u"items"_s).isArray() && !root.value(u"encrypted"_s).toBool(false);
}

/* Strict UTF-8 (with or without a BOM); a file that is not text is not a CSV. */
std::optional<QString> decodeText(QByteArrayView bytes)
{
    if (bytes.size() > BitwardenImporter::kMaxInputBytes) {
        return std::nullopt;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        return std::nullopt;
    }
    if (text.startsWith(QChar(0xFEFF))) {
        text.remove(0, 1);
    }
    return text;
}

struct CsvRecord {
    QStringList fields;
    int line = 0; // where the record starts, for labels and messages
};

/* RFC 4180: fields separated by ',', records by LF or CRLF, a field in double quotes may hold
 * commas, line breaks and doubled quotes. Blank lines are skipped (Bitwarden writes them between
 * rows). An unterminated quote or text after a closing quote is malformed: nullopt. */
std::optional<std::vector<CsvRecord>> parseCsv(QStringView text, qsizetype maxRecords)
{
    std::vector<CsvRecord> records;
    CsvRecord record;
    record.line = 1;
    QString field;
    int line = 1;
    qsizetype i = 0;
    const qsizetype size = text.size();
    bool fieldStarted = false; // the record has content (so a blank line is not a record)
    auto endRecord = [&]() {
        record.fields.append(field);
        field.clear();
        if (fieldStarted || record.fields.size() > 1) {
            records.push_back(std::move(record));
        }
        record = CsvRecord{};
        record.line = line;
        fieldStarted = false;
    };
    while (i < size) {
        const QChar c = text.at(i);
        if (c == u'"' && field.isEmpty()) {
            // A quoted field: runs to the next quote not doubled.
            fieldStarted = true;
            ++i;
            bool closed = false;
            while (i < size) {
                const QChar q = text.at(i);
                if (q == u'"') {
                    if (i + 1 < size && text.at(i + 1) == u'"') {
                        field.append(u'"');
                        i += 2;
                        continue;
                    }
                    ++i;
                    closed = true;
                    break;
                }
                if (q == u'\r' && i + 1 < size && text.at(i + 1) == u'\n') {
                    ++i; // a line break inside a field is kept as one '\n', whatever the file used
                    continue;
                }
                if (q == u'\n') {
                    ++line;
                }
                field.append(q);
                ++i;
            }
            if (!closed) {
                return std::nullopt;
            }
            // Only a separator or the end of the record may follow.
            if (i < size && text.at(i) != u',' && text.at(i) != u'\n' && text.at(i) != u'\r') {
                return std::nullopt;
            }
            continue;
        }
        if (c == u',') {
            record.fields.append(field);
            field.clear();
            fieldStarted = true;
            ++i;
            continue;
        }
        if (c == u'\r' && i + 1 < size && text.at(i + 1) == u'\n') {
            ++i;
            continue;
        }
        if (c == u'\n') {
            ++line;
            endRecord();
            if (static_cast<qsizetype>(records.size()) > maxRecords) {
                return std::nullopt;
            }
            ++i;
            continue;
        }
        field.append(c);
        fieldStarted = true;
        ++i;
    }
    endRecord();
    if (static_cast<qsizetype>(records.size()) > maxRecords) {
        return std::nullopt;
    }
    return records;
}

/* The column names of the first line, for recognition without parsing the whole file. */
bool csvHeaderHasTotp(QByteArrayView bytes)
{
    qsizetype end = bytes.indexOf('\n');
    if (end < 0) {
        end = bytes.size();
    }
    const auto text = decodeText(bytes.first(end));
    if (!text) {
        return false;
    }
    const auto records = parseCsv(*text, 1);
    if (!records || records->empty()) {
        return false;
    }
    for (const QString& column : records->front().fields) {
        if (column.trimmed() == u"login_totp"_s) {
            return true;
        }
    }
    return false;
}

/* One Bitwarden item, whichever file it came from. */
struct Item {
    QString name;
    QString username;
    QString totp;
    QString notes;
    QString group;
    bool favorite = false;
    QString fallbackLabel; // "item 3", "line 4"
};

Result<otp::OtpToken> tokenOf(const Item& item)
{
    const QString totp = item.totp.trimmed();
    if (totp.startsWith(u"otpauth://"_s, Qt::CaseInsensitive)) {
        auto parsed = uri::OtpAuthUri::parse(totp);
        if (!parsed) {
            return parsed.error();
        }
        const otp::OtpToken& token = parsed->token();
        // Bitwarden keeps the URI as typed; the item's own name and username fill what it lacks.
        const QString issuer = token.issuer().isEmpty() ? item.name : token.issuer();
        const QString name = token.name().isEmpty() ? item.username : token.name();
        return otp::OtpToken::create(issuer, name, token.parameters(), token.secret().clone());
    }
    if (totp.startsWith(u"steam://"_s, Qt::CaseInsensitive)) {
        auto secret = otp::Base32::decode(QStringView(totp).mid(8));
        if (!secret) {
            return secret.error();
        }
        return otp::OtpToken::create(item.name, item.username, otp::OtpParameters::steam(), std::move(*secret));
    }
    // A bare secret: Bitwarden generates TOTP SHA-1 / 6 digits / 30 s from it.
    auto secret = otp::Base32::decode(totp);
    if (!secret) {
        return Error(ErrorCode::InvalidInput,
                     u"The TOTP value is neither an otpauth:// link, a steam:// link nor a Base32 secret."_s);
    }
    auto parameters = otp::OtpParameters::totp();
    if (!parameters) {
        return parameters.error();
    }
    return otp::OtpToken::create(item.name, item.username, *parameters, std::move(*secret));
}

ImportedAccount accountOf(const Item& item)
{
    ImportedAccount account;
    account.label = item.name.isEmpty() ? item.fallbackLabel : item.name;
    account.group = item.group;
    account.note = item.notes;
    account.favorite = item.favorite;
    auto token = tokenOf(item);
    if (!token) {
        account.problem = token.error();
        return account;
    }
    account.token = std::move(*token);
    return account;
}

QString stringField(const QJsonObject& object, const QString& key)
{
    const QJsonValue value = object.value(key);
    return value.isString() ? value.toString() : QString();
}

void addGroup(ImportResult& result, const QString& group)
{
    if (!group.isEmpty() && !result.groups.contains(group)) {
        result.groups.append(group);
    }
}

Result<ImportResult> readJson(const QJsonObject& root)
{
    ImportResult result;
    result.formatName = u"Bitwarden export (JSON)"_s;
    QHash<QString, QString> folders;
    for (const QJsonValue& folderValue : root.value(u"folders"_s).toArray()) {
        const QJsonObject folder = folderValue.toObject();
        const QString id = stringField(folder, u"id"_s);
        const QString name = stringField(folder, u"name"_s);
        if (!id.isEmpty() && !name.isEmpty() && !folders.contains(id)) {
            folders.insert(id, name);
        }
    }
    const QJsonArray items = root.value(u"items"_s).toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QString fallback = u"item %1"_s.arg(i + 1);
        const QJsonValue value = items.at(i);
        if (!value.isObject()) {
            ImportedAccount account;
            account.label = fallback;
            account.problem = Error(ErrorCode::InvalidInput, u"The item is not an object."_s);
            result.accounts.push_back(std::move(account));
            continue;
        }
        const QJsonObject object = value.toObject();
        const QJsonObject login = object.value(u"login"_s).toObject();
        const QJsonValue totpValue = login.value(u"totp"_s);
        // Null, missing or empty: a login without two-factor codes, not an account for us.
        if (totpValue.isNull() || totpValue.isUndefined()
            || (totpValue.isString() && totpValue.toString().trimmed().isEmpty())) {
            continue;
        }
        Item item;
        item.name = stringField(object, u"name"_s);
        item.username = stringField(login, u"username"_s);
        item.notes = stringField(object, u"notes"_s);
        item.favorite = object.value(u"favorite"_s).toBool(false);
        item.group = folders.value(stringField(object, u"folderId"_s));
        item.fallbackLabel = fallback;
        if (!totpValue.isString()) {
            ImportedAccount account;
            account.label = item.name.isEmpty() ? fallback : item.name;
            account.problem = Error(ErrorCode::InvalidInput, u"The item's TOTP value is not text."_s);
            result.accounts.push_back(std::move(account));
            continue;
        }
        item.totp = totpValue.toString();
        addGroup(result, item.group);
        result.accounts.push_back(accountOf(item));
    }
    return result;
}

Result<ImportResult> readCsv(QByteArrayView bytes)
{
    const Error damaged(ErrorCode::Damaged, u"The file is not a readable Bitwarden CSV export."_s);
    const auto text = decodeText(bytes);
    if (!text) {
        return damaged;
    }
    const auto records = parseCsv(*text, BitwardenImporter::kMaxRecords);
    if (!records) {
        return Error(ErrorCode::Damaged,
                     u"The Bitwarden CSV export is damaged: a quoted field is not closed or the file is too long."_s);
    }
    if (records->empty()) {
        return damaged;
    }
    QHash<QString, qsizetype> columns;
    const QStringList& header = records->front().fields;
    for (qsizetype i = 0; i < header.size(); ++i) {
        columns.insert(header.at(i).trimmed(), i);
    }
    if (!columns.contains(u"login_totp"_s)) {
        return damaged;
    }
    ImportResult result;
    result.formatName = u"Bitwarden export (CSV)"_s;
    for (std::size_t r = 1; r < records->size(); ++r) {
        const CsvRecord& record = (*records)[r];
        // By header name: Bitwarden Authenticator rows carry extra trailing columns, older
        // password-manager files lack `reprompt`; a short row leaves the rest empty.
        auto field = [&record, &columns](const QString& column) {
            const qsizetype index = columns.value(column, -1);
            return index >= 0 && index < record.fields.size() ? record.fields.at(index) : QString();
        };
        Item item;
        item.totp = field(u"login_totp"_s);
        if (item.totp.trimmed().isEmpty()) {
            continue; // not an OTP item
        }
        item.name = field(u"name"_s);
        item.username = field(u"login_username"_s);
        item.notes = field(u"notes"_s);
        item.group = field(u"folder"_s);
        const QString favorite = field(u"favorite"_s).trimmed();
        item.favorite = favorite == u"1"_s || favorite.compare(u"true"_s, Qt::CaseInsensitive) == 0;
        item.fallbackLabel = u"line %1"_s.arg(record.line);
        addGroup(result, item.group);
        result.accounts.push_back(accountOf(item));
    }
    return result;
}

} // namespace

QString BitwardenImporter::id() const
{
    return u"bitwarden"_s;
}

QString BitwardenImporter::name() const
{
    return u"Bitwarden export"_s;
}

bool BitwardenImporter::recognises(QByteArrayView bytes) const
{
    if (const auto root = JsonFields::parseObject(bytes, kMaxInputBytes)) {
        return isPlainJson(*root) || isEncryptedJson(*root);
    }
    return csvHeaderHasTotp(bytes);
}

bool BitwardenImporter::needsPassword(QByteArrayView /*bytes*/) const
{
    // Encrypted exports are refused whatever the password, so asking for one would only mislead.
    return false;
}

Result<ImportResult> BitwardenImporter::read(QByteArrayView bytes,
                                             const std::optional<crypto::SecureBytes>& /*password*/) const
{
    if (bytes.size() > kMaxInputBytes) {
        return Error(ErrorCode::Unsupported, u"The file is larger than 16 MiB, too large for a Bitwarden export."_s);
    }
    if (const auto root = JsonFields::parseObject(bytes, kMaxInputBytes)) {
        if (isEncryptedJson(*root)) {
            if (root->value(u"passwordProtected"_s).toBool(false)) {
                return Error(
                    ErrorCode::Unsupported,
                    u"This Bitwarden export is protected with a password, which Tessera cannot read; export it again without a password from Bitwarden."_s);
            }
            return Error(
                ErrorCode::Unsupported,
                u"This Bitwarden export is encrypted with your Bitwarden account key and can only be opened in Bitwarden; export it again as unencrypted JSON or CSV."_s);
        }
        if (isPlainJson(*root)) {
            return readJson(*root);
        }
        return Error(ErrorCode::Damaged, u"The file is not a readable Bitwarden export."_s);
    }
    if (csvHeaderHasTotp(bytes)) {
        return readCsv(bytes);
    }
    return Error(ErrorCode::Damaged, u"The file is not a readable Bitwarden export."_s);
}

} // namespace tessera::interop

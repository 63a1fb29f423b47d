// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "interop/UriListImporter.h"

#include "uri/MigrationBatchSet.h"
#include "uri/MigrationPayload.h"
#include "uri/OtpAuthUri.h"
#include "uri/PercentEncoding.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>
#include <QStringTokenizer>

#include <algorithm>
#include <optional>
#include <vector>

using namespace Qt::Literals::StringLiterals;

namespace tessera::interop {

namespace {

enum class LineKind { Skip, OtpAuth, Migration, Other };

struct Line {
    int number = 0; // 1-based, as an editor shows it
    QStringView text;
    LineKind kind = LineKind::Skip;
};

/* The text of the file, or nothing when it is not UTF-8 text: a NUL or an invalid sequence
 * means binary data, which no text export contains. */
std::optional<QString> decodeText(QByteArrayView bytes)
{
    if (bytes.size() > UriListImporter::kMaxInputBytes || bytes.contains('\0')) {
        return std::nullopt;
    }
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        bytes = bytes.sliced(3); // Windows editors (and WinAuth) write a BOM
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        return std::nullopt;
    }
    return text;
}

LineKind classify(QStringView line)
{
    if (line.isEmpty() || line.startsWith(u'#')) {
        return LineKind::Skip;
    }
    // The migration prefix first: "otpauth-migration://" does not start with "otpauth://", but
    // checking the longer scheme first keeps the two apart however the checks change.
    if (line.startsWith(u"otpauth-migration://", Qt::CaseInsensitive)) {
        return LineKind::Migration;
    }
    if (line.startsWith(u"otpauth://", Qt::CaseInsensitive)) {
        return LineKind::OtpAuth;
    }
    return LineKind::Other;
}

/* Splits at '\n' (a CR before it is removed by the trim) and keeps the lines that are not
 * skipped, so blank padding costs no memory. Nothing when the file has more lines than the cap.
 * The views point into `text`, which must outlive them. */
std::optional<std::vector<Line>> splitLines(const QString& text)
{
    std::vector<Line> lines;
    int number = 0;
    for (const QStringView raw : QStringTokenizer(text, u'\n')) {
        if (++number > UriListImporter::kMaxLines) {
            return std::nullopt;
        }
        const QStringView trimmed = raw.trimmed();
        const LineKind kind = classify(trimmed);
        if (kind != LineKind::Skip) {
            lines.push_back(Line{number, trimmed, kind});
        }
    }
    return lines;
}

bool hasLinks(const std::vector<Line>& lines)
{
    return std::any_of(lines.begin(), lines.end(), [](const Line& line) {
        return line.kind == LineKind::OtpAuth || line.kind == LineKind::Migration;
    });
}

QString accountLabel(const otp::OtpToken& token)
{
    if (token.issuer().isEmpty()) {
        return token.name();
    }
    if (token.name().isEmpty()) {
        return token.issuer();
    }
    return token.issuer() + u" / "_s + token.name();
}

/* Ente keeps its own metadata in a `codeDisplay` query parameter: URL-encoded JSON (FORMATS.md
 * §1.6). OtpAuthUri ignores unknown parameters, so it is read here from the raw line. Anything
 * unreadable in it is ignored: it only decorates an account whose token is already valid. */
/* The value of query parameter `key` (still encoded; empty for a bare `key`), or nothing. */
std::optional<QStringView> queryValue(QStringView line, QStringView key)
{
    const qsizetype question = line.indexOf(u'?');
    if (question < 0) {
        return std::nullopt;
    }
    for (const QStringView parameter : QStringTokenizer(line.sliced(question + 1), u'&')) {
        if (parameter == key) {
            return QStringView();
        }
        if (parameter.size() > key.size() && parameter.startsWith(key) && parameter[key.size()] == u'=') {
            return parameter.sliced(key.size() + 1);
        }
    }
    return std::nullopt;
}

/* The line as OtpAuthUri should see it. Ente writes HOTP links without `counter` (its own
 * parser defaults it to 0, FORMATS.md §5.4), while the Key URI rules make a missing counter an
 * error. Only lines carrying Ente's `codeDisplay` get the default, so a hand-written HOTP link
 * without a counter is still reported rather than silently started at 0. */
QString otpAuthText(QStringView line)
{
    if (line.startsWith(u"otpauth://hotp/", Qt::CaseInsensitive) && queryValue(line, u"codeDisplay")
        && !queryValue(line, u"counter")) {
        return line.toString() + u"&counter=0"_s;
    }
    return line.toString();
}

void applyEnteMetadata(QStringView line, ImportedAccount& account)
{
    const std::optional<QStringView> value = queryValue(line, u"codeDisplay");
    if (!value) {
        return;
    }
    // Ente encodes with form rules, so '+' in the JSON text stands for a space.
    const QByteArray json = uri::PercentEncoding::decodeToBytes(*value, uri::PercentEncoding::Plus::IsSpace);
    const QJsonDocument document = QJsonDocument::fromJson(json);
    if (!document.isObject()) {
        return;
    }
    const QJsonObject object = document.object();
    account.note = object.value(u"note"_s).toString();
    account.favorite = object.value(u"pinned"_s).toBool();
    // Tessera has one group per account; Ente's first tag is the closest match.
    const QJsonArray tags = object.value(u"tags"_s).toArray();
    for (const QJsonValue& tag : tags) {
        const QString name = tag.toString().trimmed();
        if (!name.isEmpty()) {
            account.group = name;
            break;
        }
    }
}

ImportedAccount problemAt(int lineNumber, const Error& error)
{
    ImportedAccount account;
    account.problem = error.withContext(u"Line %1"_s.arg(lineNumber));
    account.label = u"line %1"_s.arg(lineNumber);
    return account;
}

} // namespace

QString UriListImporter::id() const
{
    return u"uris"_s;
}

QString UriListImporter::name() const
{
    return u"List of authenticator links (otpauth://, otpauth-migration://)"_s;
}

bool UriListImporter::recognises(QByteArrayView bytes) const
{
    const std::optional<QString> text = decodeText(bytes);
    if (!text) {
        return false;
    }
    const std::optional<std::vector<Line>> lines = splitLines(*text);
    return lines && hasLinks(*lines);
}

bool UriListImporter::needsPassword(QByteArrayView /*bytes*/) const
{
    return false;
}

Result<ImportResult> UriListImporter::read(QByteArrayView bytes,
                                           const std::optional<crypto::SecureBytes>& /*password*/) const
{
    const Error notAList(ErrorCode::Unsupported, u"The file is not a list of authenticator links."_s);
    if (bytes.size() > kMaxInputBytes) {
        return Error(ErrorCode::Unsupported, u"The file is larger than 16 MiB, too large for a list of authenticator "
                                             u"links."_s);
    }
    const std::optional<QString> text = decodeText(bytes);
    if (!text) {
        return notAList;
    }
    const std::optional<std::vector<Line>> split = splitLines(*text);
    if (!split) {
        return Error(ErrorCode::Unsupported,
                     u"The file has more than %1 lines, too many for a list of authenticator links."_s.arg(kMaxLines));
    }
    const std::vector<Line>& lines = *split;
    const auto linkCount = std::count_if(lines.begin(), lines.end(), [](const Line& line) {
        return line.kind == LineKind::OtpAuth || line.kind == LineKind::Migration;
    });
    if (linkCount == 0) {
        return notAList;
    }
    if (linkCount > kMaxLinks) {
        return Error(ErrorCode::Unsupported,
                     u"The file holds more than %1 links, more than any authenticator export."_s.arg(kMaxLinks));
    }

    ImportResult result;
    result.formatName = u"List of authenticator links"_s;
    uri::MigrationBatchSet batches;
    bool anyMigration = false;

    for (const Line& line : lines) {
        switch (line.kind) {
        case LineKind::Skip:
            break;
        case LineKind::Other:
            // Most likely a stray note in a hand-edited file: shown, so nothing vanishes unseen.
            result.accounts.push_back(problemAt(
                line.number, Error(ErrorCode::InvalidInput, u"Not an otpauth:// or otpauth-migration:// link."_s)));
            break;
        case LineKind::OtpAuth: {
            auto parsed = uri::OtpAuthUri::parse(otpAuthText(line.text));
            if (!parsed) {
                result.accounts.push_back(problemAt(line.number, parsed.error()));
                break;
            }
            ImportedAccount account;
            account.token = parsed->takeToken();
            account.label = accountLabel(*account.token);
            applyEnteMetadata(line.text, account);
            result.accounts.push_back(std::move(account));
            break;
        }
        case LineKind::Migration: {
            anyMigration = true;
            auto payload = uri::MigrationPayload::fromUri(line.text);
            if (!payload) {
                result.accounts.push_back(problemAt(line.number, payload.error()));
                break;
            }
            uri::MigrationPayload::Conversion conversion = payload->toTokens();
            // The same code pasted twice would otherwise import its accounts twice.
            if (!batches.add(std::move(*payload))) {
                result.warnings.append(
                    u"Line %1 repeats an earlier transfer link; its accounts were read once."_s.arg(line.number));
                break;
            }
            for (otp::OtpToken& token : conversion.tokens) {
                ImportedAccount account;
                account.label = accountLabel(token);
                account.token = std::move(token);
                result.accounts.push_back(std::move(account));
            }
            for (const Error& rejected : conversion.rejected) {
                result.accounts.push_back(problemAt(line.number, rejected));
            }
            break;
        }
        }
    }

    if (anyMigration) {
        result.warnings.append(batches.missingMessages());
    }
    for (const ImportedAccount& account : result.accounts) {
        if (!account.group.isEmpty() && !result.groups.contains(account.group)) {
            result.groups.append(account.group);
        }
    }
    return result;
}

} // namespace tessera::interop

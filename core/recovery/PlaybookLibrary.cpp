// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlaybookLibrary.h"

#include "PlaybookParser.h"

#include <QDir>
#include <QFile>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace tessera::recovery {

namespace {

const QString kGenericId = u"generic"_s;

/* Lower case without accents, keeping the characters a host name is made of. */
QString foldedForHosts(const QString& text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD).toCaseFolded();
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing) {
            folded.append(c);
        }
    }
    return folded;
}

bool isHostChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'-' || c == u'.';
}

/* `domain` stands in `text` as a whole host or as the end of one: "aliexpress.com",
 * "login.aliexpress.com" and "bob@aliexpress.com" hold it, "notaliexpress.com" and
 * "aliexpress.com.evil.example" do not. */
bool containsHost(const QString& text, const QString& domain)
{
    for (qsizetype from = text.indexOf(domain); from >= 0; from = text.indexOf(domain, from + 1)) {
        const qsizetype end = from + domain.size();
        const bool startOk = from == 0 || !isHostChar(text.at(from - 1)) || text.at(from - 1) == u'.';
        // A sentence may end with a full stop right after the host.
        const bool endOk = end == text.size() || !isHostChar(text.at(end))
                           || (text.at(end) == u'.' && (end + 1 == text.size() || !isHostChar(text.at(end + 1))));
        if (startOk && endOk) {
            return true;
        }
    }
    return false;
}

} // namespace

PlaybookLibrary::PlaybookLibrary(QList<Playbook> playbooks)
    : m_playbooks(std::move(playbooks))
{
}

Result<PlaybookLibrary> PlaybookLibrary::load(const QString& directory)
{
    const QDir dir(directory);
    const QStringList files = dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    QList<Playbook> playbooks;
    for (const QString& name : files) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            return Error(ErrorCode::Io, u"The playbook %1 could not be read: %2."_s.arg(name, file.errorString()));
        }
        auto playbook = Playbook::fromJson(file.read(PlaybookParser::kMaxSize + 1));
        if (!playbook) {
            return playbook.error().withContext(u"Playbook %1"_s.arg(name));
        }
        if (playbook->id() + u".json"_s != name) {
            return Error(ErrorCode::InvalidInput,
                         u"Playbook %1: its id is '%2'; the file must be named %2.json."_s.arg(name, playbook->id()));
        }
        playbooks.append(std::move(playbook).value());
    }
    const bool hasGeneric = std::any_of(playbooks.cbegin(), playbooks.cend(),
                                        [](const Playbook& playbook) { return playbook.id() == kGenericId; });
    if (!hasGeneric) {
        return Error(ErrorCode::NotFound, u"There is no generic playbook in %1."_s.arg(directory));
    }
    std::sort(playbooks.begin(), playbooks.end(), [](const Playbook& a, const Playbook& b) {
        if ((a.id() == kGenericId) != (b.id() == kGenericId)) {
            return b.id() == kGenericId;
        }
        return a.id() < b.id();
    });
    return PlaybookLibrary(std::move(playbooks));
}

const Playbook* PlaybookLibrary::find(const QString& id) const
{
    for (const Playbook& playbook : m_playbooks) {
        if (playbook.id() == id) {
            return &playbook;
        }
    }
    return nullptr;
}

const Playbook& PlaybookLibrary::generic() const
{
    // load() refuses a library without it, and the generic playbook sorts last.
    return m_playbooks.constLast();
}

const Playbook& PlaybookLibrary::forIssuer(const QString& issuer, const QString& accountName) const
{
    const QString issuerKey = matchKey(issuer);
    if (!issuerKey.isEmpty()) {
        for (const Playbook& playbook : m_playbooks) {
            for (const QString& name : playbook.issuers()) {
                if (matchKey(name) == issuerKey) {
                    return playbook;
                }
            }
        }
    }
    const QString haystack = foldedForHosts(issuer) + u' ' + foldedForHosts(accountName);
    for (const Playbook& playbook : m_playbooks) {
        for (const QString& domain : playbook.domains()) {
            if (containsHost(haystack, domain)) {
                return playbook;
            }
        }
    }
    return generic();
}

QString PlaybookLibrary::matchKey(const QString& name)
{
    const QString folded = foldedForHosts(name);
    QString key;
    key.reserve(folded.size());
    for (const QChar c : folded) {
        if (c.isLetterOrNumber()) {
            key.append(c);
        }
    }
    return key;
}

} // namespace tessera::recovery

// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportPreviewModel.h"

using namespace Qt::Literals::StringLiterals;

namespace tessera {

using interop::ImportPreview;

ImportPreviewModel::ImportPreviewModel(QObject* parent)
    : QAbstractListModel(parent)
{
}

int ImportPreviewModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || !m_preview) {
        return 0;
    }
    return int(m_preview->entries().size());
}

QVariant ImportPreviewModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const ImportPreview::Entry& entry = m_preview->entries().at(std::size_t(index.row()));
    const otp::OtpToken* token = entry.account.token ? &*entry.account.token : nullptr;
    switch (role) {
    case Qt::DisplayRole:
    case LabelRole: {
        if (token == nullptr) {
            return entry.account.label.isEmpty() ? tr("An entry that could not be read") : entry.account.label;
        }
        if (token->issuer().isEmpty() || token->name().isEmpty()) {
            return token->issuer().isEmpty() ? token->name() : token->issuer();
        }
        return u"%1 / %2"_s.arg(token->issuer(), token->name());
    }
    case IssuerRole:
        return token != nullptr ? token->issuer() : QString();
    case NameRole:
        return token != nullptr ? token->name() : entry.account.label;
    case StatusRole:
        return ImportPreview::statusId(entry.status);
    case ReasonRole:
        return entry.reason;
    case ResolutionRole:
        return resolutionId(entry.status == ImportPreview::Status::Conflict ? entry.resolution
                                                                            : ImportPreview::Resolution::Add);
    case SourceRole:
        return entry.source;
    default:
        return {};
    }
}

QHash<int, QByteArray> ImportPreviewModel::roleNames() const
{
    return {
        {LabelRole, "label"},   {IssuerRole, "issuer"},         {NameRole, "name"},     {StatusRole, "status"},
        {ReasonRole, "reason"}, {ResolutionRole, "resolution"}, {SourceRole, "source"},
    };
}

void ImportPreviewModel::setPreview(ImportPreview preview)
{
    // The same files compared again (the vault changed): a choice the user made for a conflict
    // still holds if that row is still a conflict with the same vault account.
    if (m_preview && m_preview->entries().size() == preview.entries().size()) {
        for (std::size_t i = 0; i < preview.entries().size(); ++i) {
            const ImportPreview::Entry& before = m_preview->entries().at(i);
            ImportPreview::Entry& after = preview.entries().at(i);
            if (before.status == ImportPreview::Status::Conflict && after.status == ImportPreview::Status::Conflict
                && before.existingId == after.existingId) {
                after.resolution = before.resolution;
            }
        }
    }
    beginResetModel();
    m_preview.emplace(std::move(preview));
    endResetModel();
    Q_EMIT countsChanged();
}

void ImportPreviewModel::clear()
{
    if (!m_preview) {
        return;
    }
    beginResetModel();
    m_preview.reset();
    endResetModel();
    Q_EMIT countsChanged();
}

bool ImportPreviewModel::setResolution(int row, const QString& resolution)
{
    const auto value = resolutionFromId(resolution);
    if (!value || row < 0 || row >= rowCount()) {
        return false;
    }
    ImportPreview::Entry& entry = m_preview->entries().at(std::size_t(row));
    if (entry.status != ImportPreview::Status::Conflict) {
        return false;
    }
    if (entry.resolution != *value) {
        entry.resolution = *value;
        const QModelIndex changed = index(row);
        Q_EMIT dataChanged(changed, changed, {ResolutionRole});
        Q_EMIT countsChanged();
    }
    return true;
}

int ImportPreviewModel::count(ImportPreview::Status status) const
{
    return m_preview ? m_preview->count(status) : 0;
}

int ImportPreviewModel::toImportCount() const
{
    if (!m_preview) {
        return 0;
    }
    int total = 0;
    for (const ImportPreview::Entry& entry : m_preview->entries()) {
        if (entry.status == ImportPreview::Status::New
            || (entry.status == ImportPreview::Status::Conflict
                && entry.resolution != ImportPreview::Resolution::Skip)) {
            ++total;
        }
    }
    return total;
}

QString ImportPreviewModel::resolutionId(ImportPreview::Resolution resolution)
{
    switch (resolution) {
    case ImportPreview::Resolution::Add:
        return u"add"_s;
    case ImportPreview::Resolution::Skip:
        return u"skip"_s;
    case ImportPreview::Resolution::Replace:
        return u"replace"_s;
    }
    return {};
}

std::optional<ImportPreview::Resolution> ImportPreviewModel::resolutionFromId(const QString& id)
{
    if (id == u"add"_s) {
        return ImportPreview::Resolution::Add;
    }
    if (id == u"skip"_s) {
        return ImportPreview::Resolution::Skip;
    }
    if (id == u"replace"_s) {
        return ImportPreview::Resolution::Replace;
    }
    return std::nullopt;
}

} // namespace tessera

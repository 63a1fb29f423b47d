// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interop/ImportPreview.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace tessera {

/* The import wizard's list: one row per entry read from the files, with what the import would
 * do with it (new / duplicate / conflict / invalid and why). The model holds the preview the
 * user is looking at, secrets included, until clear(); ImportController fills it. For a
 * conflict the user picks add (both kept, the default), skip or replace. */
class ImportPreviewModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The import preview comes from ImportController.previewModel.")
    Q_PROPERTY(int count READ rowCount NOTIFY countsChanged)
    Q_PROPERTY(int newCount READ newCount NOTIFY countsChanged)
    Q_PROPERTY(int duplicateCount READ duplicateCount NOTIFY countsChanged)
    Q_PROPERTY(int conflictCount READ conflictCount NOTIFY countsChanged)
    Q_PROPERTY(int invalidCount READ invalidCount NOTIFY countsChanged)
    Q_PROPERTY(int toImportCount READ toImportCount NOTIFY countsChanged)

public:
    enum Role {
        LabelRole = Qt::UserRole + 1,
        IssuerRole,
        NameRole,
        StatusRole,     // "new", "duplicate", "conflict", "invalid"
        ReasonRole,     // why, for the three that are not new
        ResolutionRole, // "add", "skip", "replace" (only conflicts can be other than "add")
        SourceRole,     // the file it came from
    };
    Q_ENUM(Role)

    explicit ImportPreviewModel(QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    /* Shows `preview`. Resolutions the user already chose are kept for the rows that are still
     * conflicts (same files compared with a vault that changed). */
    void setPreview(interop::ImportPreview preview);
    /* Drops the preview and its secrets. */
    void clear();
    [[nodiscard]] bool isEmpty() const { return !m_preview || m_preview->entries().empty(); }
    [[nodiscard]] const interop::ImportPreview* preview() const { return m_preview ? &*m_preview : nullptr; }

    /* "add", "skip" or "replace" for a conflict row; false (nothing changes) otherwise. */
    Q_INVOKABLE bool setResolution(int row, const QString& resolution);

    [[nodiscard]] int newCount() const { return count(interop::ImportPreview::Status::New); }
    [[nodiscard]] int duplicateCount() const { return count(interop::ImportPreview::Status::Duplicate); }
    [[nodiscard]] int conflictCount() const { return count(interop::ImportPreview::Status::Conflict); }
    [[nodiscard]] int invalidCount() const { return count(interop::ImportPreview::Status::Invalid); }
    /* How many accounts apply() would add or replace with the current resolutions. */
    [[nodiscard]] int toImportCount() const;

    [[nodiscard]] static QString resolutionId(interop::ImportPreview::Resolution resolution);
    [[nodiscard]] static std::optional<interop::ImportPreview::Resolution> resolutionFromId(const QString& id);

Q_SIGNALS:
    void countsChanged();

private:
    [[nodiscard]] int count(interop::ImportPreview::Status status) const;

    std::optional<interop::ImportPreview> m_preview;
};

} // namespace tessera

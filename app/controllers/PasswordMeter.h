// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AppOwnedSingleton.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QtQml/qqmlregistration.h>

namespace tessera {

/* The password helper for QML (issue 6 item 6): the strength meter next to every password field
 * (PasswordStrength, zxcvbn) and, for the "set a new password" steps of a recovery playbook, a
 * generator and a checker that follow the service's rules (recovery::PasswordRules, the
 * playbook's "passwordRules" object as a JS object; undefined or null means Tessera's defaults).
 * Stateless: nothing is stored, nothing is logged. */
class PasswordMeter : public QObject, public AppOwnedSingleton<PasswordMeter> {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit PasswordMeter(QObject* parent); // no default: see Application.cpp (Qt 6.4 singletons)
    ~PasswordMeter() override;

    /* 0 (guessed at once) … 4 (out of reach); 0 for an empty password. */
    Q_INVOKABLE int score(const QString& password) const;
    /* One translated sentence on the biggest weakness, or why it is fine. */
    Q_INVOKABLE QString advice(const QString& password) const;

    /* A new password the rules accept; empty if the rules are not valid or randomness failed. */
    Q_INVOKABLE QString generate(const QVariant& rules) const;
    /* Every rule `password` breaks, one translated sentence each; empty when it is acceptable.
     * Invalid rules give one sentence saying so (the playbook is at fault, not the user). */
    Q_INVOKABLE QStringList brokenRules(const QString& password, const QVariant& rules) const;
};

} // namespace tessera

// SPDX-FileCopyrightText: 2026 Tessera contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountIconProvider.h"
#include "AccountListModel.h"
#include "IssuerIconCatalog.h"
#include "UnlockedVault.h"
#include "VaultController.h"
#include "keychain/MemorySecretStore.h"
#include "otp/Clock.h"
#include "vault/AccountIcon.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using tessera::AccountIconProvider;
using tessera::AccountListModel;
using tessera::VaultController;
using tessera::test::UnlockedVault;
using tessera::vault::AccountIcon;

namespace {

constexpr int kTimeout = 60000; // Argon2id and saves on a loaded machine
const QString kGitHubUri = u"otpauth://totp/GitHub:mia?secret=JBSWY3DPEHPK3PXP&issuer=GitHub"_s;
const QString kAcmeUri = u"otpauth://totp/ACME:alice?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=ACME"_s;

QByteArray pngOf(const QSize& size, const QColor& color)
{
    QImage image(size, QImage::Format_ARGB32);
    image.fill(color);
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return data;
}

} // namespace

class TestAccountIconProvider : public QObject {
    Q_OBJECT

private:
    QString idOf(const QString& issuer) const
    {
        for (const auto& account : m_vault->snapshot().accounts) {
            if (account.token().issuer() == issuer) {
                return account.id();
            }
        }
        return {};
    }
    QVariant roleOf(const QString& id, int role) const
    {
        return m_model->data(m_model->index(m_model->rowOf(id)), role);
    }
    QString iconSourceOf(const QString& id) const { return roleOf(id, AccountListModel::IconSourceRole).toString(); }
    QString writeFile(const QString& name, const QByteArray& data) const
    {
        const QString path = m_dir->filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data) != data.size()) {
            return {};
        }
        return path;
    }
    /* Waits until the last change was saved and the model followed it. */
    void settle() const { QTRY_VERIFY_WITH_TIMEOUT(!m_vault->busy(), kTimeout); }
    QJsonObject extraOf(const QString& id) const { return m_vault->snapshot().find(id)->extra; }

    std::unique_ptr<QTemporaryDir> m_dir;
    tessera::keychain::MemorySecretStore m_store;
    tessera::otp::FixedClock m_clock{59};
    std::unique_ptr<VaultController> m_vault;
    std::unique_ptr<AccountListModel> m_model;
    std::unique_ptr<AccountIconProvider> m_provider;

private Q_SLOTS:
    void initTestCase()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_vault = UnlockedVault::create(m_dir->filePath(u"vault.tessera"_s), m_store);
        QVERIFY(m_vault);
        m_model = std::make_unique<AccountListModel>(*m_vault, m_clock);
        m_provider = std::make_unique<AccountIconProvider>(*m_model);
        QCOMPARE(m_vault->addFromUri(kGitHubUri), QString());
        settle();
        QCOMPARE(m_vault->addFromUri(kAcmeUri), QString());
        settle();
        QCOMPARE(m_model->rowCount(), 2);
        // The brands these tests choose are in the catalog.
        for (const auto& slug : {u"github"_s, u"paypal"_s}) {
            QVERIFY2(tessera::IssuerIconCatalog::slugs().contains(slug), qPrintable(slug));
        }
    }

    void brandChoiceDecidesTheIcon()
    {
        const QString id = idOf(u"GitHub"_s);
        QVERIFY(!id.isEmpty());
        QCOMPARE(iconSourceOf(id), u"qrc:/brands/github.svg"_s); // automatic, by issuer
        QCOMPARE(roleOf(id, AccountListModel::IconChoiceRole).toString(), QString());

        m_vault->setIconBrand(id, u"paypal"_s);
        QTRY_COMPARE_WITH_TIMEOUT(iconSourceOf(id), u"qrc:/brands/paypal.svg"_s, kTimeout);
        QCOMPARE(roleOf(id, AccountListModel::IconChoiceRole).toString(), u"paypal"_s);
        QCOMPARE(extraOf(id).value(u"iconBrand"_s).toString(), u"paypal"_s);

        m_vault->setIconBrand(id, u"letters"_s);
        QTRY_COMPARE_WITH_TIMEOUT(roleOf(id, AccountListModel::IconChoiceRole).toString(), u"letters"_s, kTimeout);
        QCOMPARE(iconSourceOf(id), QString());

        m_vault->setIconBrand(id, QString());
        QTRY_COMPARE_WITH_TIMEOUT(iconSourceOf(id), u"qrc:/brands/github.svg"_s, kTimeout);
        QVERIFY(!extraOf(id).contains(u"iconBrand"_s));
        settle();
    }

    void unknownBrandFailsAndChangesNothing()
    {
        const QString id = idOf(u"ACME"_s);
        m_vault->setIconBrand(id, u"github"_s);
        QTRY_COMPARE_WITH_TIMEOUT(iconSourceOf(id), u"qrc:/brands/github.svg"_s, kTimeout);
        settle();

        QSignalSpy errors(m_vault.get(), &VaultController::errorOccurred);
        m_vault->setIconBrand(id, u"nosuchbrand"_s);
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.front().front().toString().contains(u"nosuchbrand"_s));
        QVERIFY(!m_vault->busy()); // refused before anything went to the vault
        QCOMPARE(extraOf(id).value(u"iconBrand"_s).toString(), u"github"_s);
        QCOMPARE(iconSourceOf(id), u"qrc:/brands/github.svg"_s);

        m_vault->setIconBrand(id, QString());
        QTRY_COMPARE_WITH_TIMEOUT(iconSourceOf(id), QString(), kTimeout); // ACME has no brand
        settle();
    }

    void brandChoicesAreSortedWithSources()
    {
        const QVariantList choices = m_model->brandChoices();
        QCOMPARE(choices.size(), tessera::IssuerIconCatalog::slugs().size());
        QString previous;
        bool sawGitHub = false;
        for (const QVariant& value : choices) {
            const QVariantMap choice = value.toMap();
            const QString title = choice.value(u"title"_s).toString();
            QVERIFY(!title.isEmpty());
            QVERIFY2(previous.compare(title, Qt::CaseInsensitive) <= 0, qPrintable(previous + u" > "_s + title));
            previous = title;
            const QString slug = choice.value(u"slug"_s).toString();
            QCOMPARE(choice.value(u"source"_s).toString(), u"qrc:/brands/"_s + slug + u".svg"_s);
            QVERIFY(QFile::exists(u":/brands/"_s + slug + u".svg"_s));
            sawGitHub = sawGitHub || (slug == u"github"_s && title == u"GitHub"_s);
        }
        QVERIFY(sawGitHub);
    }

    void pictureComesFirstAndIsServed()
    {
        const QString id = idOf(u"GitHub"_s);
        m_vault->setIconBrand(id, u"paypal"_s);
        const QString path = writeFile(u"red.png"_s, pngOf(QSize(40, 20), Qt::red));
        QVERIFY(!path.isEmpty());
        QCOMPARE(m_vault->setIconPicture(id, QUrl::fromLocalFile(path).toString()), QString());
        QTRY_VERIFY_WITH_TIMEOUT(iconSourceOf(id).startsWith(u"image://accounticon/"_s + id + u'/'), kTimeout);
        settle();
        QVERIFY(roleOf(id, AccountListModel::HasPictureRole).toBool());
        const QString firstSource = iconSourceOf(id);
        const QString providerId = firstSource.mid(QStringLiteral("image://accounticon/").size());

        QSize size;
        QImage image = m_provider->requestImage(providerId, &size, QSize(32, 32));
        QCOMPARE(image.size(), QSize(32, 16)); // fits the asked size, keeps the proportions
        QCOMPARE(size, QSize(32, 16));
        QCOMPARE(image.pixelColor(16, 8), QColor(Qt::red));
        image = m_provider->requestImage(providerId, &size, QSize());
        QCOMPARE(image.size(), QSize(40, 20)); // its own size when none is asked

        // A new picture gets a new URL (Qt caches images by URL); a plain path works too.
        const QString bluePath = writeFile(u"blue.png"_s, pngOf(QSize(10, 10), Qt::blue));
        QCOMPARE(m_vault->setIconPicture(id, bluePath), QString());
        QTRY_VERIFY_WITH_TIMEOUT(iconSourceOf(id) != firstSource, kTimeout);
        settle();
        QVERIFY(iconSourceOf(id).startsWith(u"image://accounticon/"_s + id + u'/'));
        image = m_provider->requestImage(id, &size, QSize(20, 20));
        QCOMPARE(image.pixelColor(5, 5), QColor(Qt::blue));

        m_vault->removeIconPicture(id);
        QTRY_COMPARE_WITH_TIMEOUT(iconSourceOf(id), u"qrc:/brands/paypal.svg"_s, kTimeout);
        settle();
        QVERIFY(!roleOf(id, AccountListModel::HasPictureRole).toBool());
        QVERIFY(!extraOf(id).contains(u"icon"_s));
        QVERIFY(m_provider->requestImage(id, &size, QSize(32, 32)).isNull());
        m_vault->setIconBrand(id, QString());
        settle();
    }

    void webpPicturesAreServed()
    {
        // Aegis exports may carry WebP icons; Qt reads them through qt6-image-formats-plugins.
        if (!QImageReader::supportedImageFormats().contains("webp")) {
            QSKIP("no WebP image plugin (qt6-image-formats-plugins): WebP icons show initials");
        }
        QImage source(QSize(24, 24), QImage::Format_ARGB32);
        source.fill(Qt::green);
        QByteArray data;
        QBuffer buffer(&data);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(source.save(&buffer, "WEBP", 100));
        const QString id = idOf(u"ACME"_s);
        const QString path = writeFile(u"green.webp"_s, data);
        QCOMPARE(m_vault->setIconPicture(id, path), QString());
        QTRY_VERIFY_WITH_TIMEOUT(iconSourceOf(id).startsWith(u"image://accounticon/"_s + id + u'/'), kTimeout);
        settle();
        QSize size;
        const QImage image = m_provider->requestImage(id, &size, QSize(24, 24));
        QCOMPARE(image.size(), QSize(24, 24));
        QVERIFY(image.pixelColor(12, 12).green() > 200);
        m_vault->removeIconPicture(id);
        settle();
    }

    void badFilesAreRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("expected"); // a word of the sentence

        QByteArray large = pngOf(QSize(8, 8), Qt::green);
        large.append(QByteArray(AccountIcon::kMaxBytes, 'x'));
        QTest::newRow("over 256 KiB") << u"large.png"_s << large << u"256 KB"_s;
        QTest::newRow("text renamed .png") << u"notes.png"_s << QByteArray("just some text\n") << u"not a PNG"_s;
        QByteArray broken = pngOf(QSize(8, 8), Qt::green).left(8);
        broken.append(QByteArray(64, '\x01'));
        QTest::newRow("PNG that does not decode") << u"broken.png"_s << broken << u"could not read"_s;
        QTest::newRow("empty") << u"empty.png"_s << QByteArray() << u"not a PNG"_s;
    }

    void badFilesAreRefused()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, data);
        QFETCH(QString, expected);
        const QString id = idOf(u"ACME"_s);
        const QString path = writeFile(name, data);
        QVERIFY(!path.isEmpty());
        const QString error = m_vault->setIconPicture(id, QUrl::fromLocalFile(path).toString());
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY(!m_vault->busy()); // nothing went to the vault
        QVERIFY(!extraOf(id).contains(u"icon"_s));
        QVERIFY(!roleOf(id, AccountListModel::HasPictureRole).toBool());
    }

    void missingOrRemoteFilesAreRefused()
    {
        const QString id = idOf(u"ACME"_s);
        QVERIFY(m_vault->setIconPicture(id, QUrl::fromLocalFile(m_dir->filePath(u"gone.png"_s)).toString())
                    .contains(u"could not open"_s));
        QVERIFY(m_vault->setIconPicture(id, u"https://example.com/icon.png"_s).contains(u"this computer"_s));
        QVERIFY(!m_vault->setIconPicture(u"no-such-account"_s, QString()).isEmpty());
        QVERIFY(!m_vault->busy());
        QVERIFY(!extraOf(id).contains(u"icon"_s));
    }

    void decodeIsCappedAndSafe()
    {
        // Large pictures are decoded at the asked size, never above kMaxSide.
        const QByteArray big = pngOf(QSize(3000, 1500), Qt::darkGreen);
        QVERIFY(big.size() <= AccountIcon::kMaxBytes);
        QCOMPARE(AccountIconProvider::decode(big, QSize(64, 64)).size(), QSize(64, 32));
        QCOMPARE(AccountIconProvider::decode(big, QSize(4000, 4000)).size(), QSize(512, 256));
        QCOMPARE(AccountIconProvider::decode(big, QSize()).size(), QSize(512, 256));
        QCOMPARE(AccountIconProvider::decode(big, QSize(0, 100)).size(), QSize(200, 100));

        const QByteArray svg = "<svg xmlns='http://www.w3.org/2000/svg' width='24' height='24' viewBox='0 0 24 24'>"
                               "<rect width='24' height='24' fill='#0000ff'/></svg>";
        const QImage drawn = AccountIconProvider::decode(svg, QSize(48, 48));
        QCOMPARE(drawn.size(), QSize(48, 48));
        QCOMPARE(drawn.pixelColor(24, 24), QColor(Qt::blue));

        QVERIFY(AccountIconProvider::decode(QByteArray(), QSize(32, 32)).isNull());
        QVERIFY(AccountIconProvider::decode("GIF89a garbage", QSize(32, 32)).isNull());
        QVERIFY(AccountIconProvider::decode("<svg", QSize(32, 32)).isNull());

        QSize size(7, 7);
        QVERIFY(m_provider->requestImage(u"unknown/abc"_s, &size, QSize(32, 32)).isNull());
        QVERIFY(size.isEmpty());
    }
};

QTEST_MAIN(TestAccountIconProvider)
#include "tst_accounticonprovider.moc"

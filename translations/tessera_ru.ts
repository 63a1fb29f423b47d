<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>О программе %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>A two-step verification code generator for the desktop. Your accounts stay in an encrypted vault on this computer.</source>
        <translation>Генератор кодов двухэтапной проверки для компьютера. Ваши аккаунты хранятся в зашифрованном хранилище на этом компьютере.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later.</source>
        <extracomment>License notice in the About box.</extracomment>
        <translation>Свободная программа под лицензией GNU General Public License версии 3 или более поздней.</translation>
    </message>
</context>
<context>
    <name>AccountDelegate</name>
    <message>
        <source>%1, code %2</source>
        <extracomment>Accessible name of a row in the accounts list; %1 is the account, %2 its code.</extracomment>
        <translation>%1, код %2</translation>
    </message>
    <message>
        <source>Press to copy the code</source>
        <translation>Нажмите, чтобы скопировать код</translation>
    </message>
    <message>
        <source>next: %1</source>
        <extracomment>The code that follows the current one, shown in its last seconds.</extracomment>
        <translation>следующий: %1</translation>
    </message>
    <message>
        <source>Next code %1</source>
        <translation>Следующий код %1</translation>
    </message>
    <message>
        <source>Show</source>
        <extracomment>Button that shows a code hidden behind dots.</extracomment>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Show code for %1</source>
        <extracomment>Button that shows a hidden code for 30 seconds.</extracomment>
        <translation>Показать код для %1</translation>
    </message>
    <message>
        <source>New code for %1</source>
        <extracomment>HOTP accounts: moves the counter on and shows a new code.</extracomment>
        <translation>Новый код для %1</translation>
    </message>
    <message>
        <source>New code (counter %1)</source>
        <translation>Новый код (счётчик %1)</translation>
    </message>
    <message>
        <source>Remove %1 from favorites</source>
        <translation>Убрать %1 из избранного</translation>
    </message>
    <message>
        <source>Add %1 to favorites</source>
        <translation>Добавить %1 в избранное</translation>
    </message>
    <message>
        <source>Details of %1</source>
        <translation>Сведения об аккаунте %1</translation>
    </message>
</context>
<context>
    <name>AccountDetailsPage</name>
    <message>
        <source>Details of %1</source>
        <translation>Сведения об аккаунте %1</translation>
    </message>
    <message>
        <source>Favorite</source>
        <translation>В избранном</translation>
    </message>
    <message>
        <source>Favorite (shown on top and in the tray menu)</source>
        <translation>В избранном (показывается вверху и в меню в области уведомлений)</translation>
    </message>
    <message>
        <source>Issuer (service)</source>
        <translation>Сервис</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Сервис</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Имя аккаунта</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>e.g. Work</source>
        <translation>например, Работа</translation>
    </message>
    <message>
        <source>Note</source>
        <extracomment>A free text note kept with the account (e.g. where its backup codes are).</extracomment>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>e.g. where the backup codes are kept</source>
        <translation>например, где лежат резервные коды</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Сохранить изменения</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Отменить изменения</translation>
    </message>
    <message>
        <source>Move to a phone</source>
        <translation>Перенести на телефон</translation>
    </message>
    <message>
        <source>Show QR code…</source>
        <translation>Показать QR-код…</translation>
    </message>
    <message>
        <source>Show QR code to move to a phone</source>
        <translation>Показать QR-код для переноса на телефон</translation>
    </message>
    <message>
        <source>QR code of %1</source>
        <translation>QR-код аккаунта %1</translation>
    </message>
    <message>
        <source>Scan it with the authenticator app on your phone.</source>
        <translation>Отсканируйте его приложением-аутентификатором на телефоне.</translation>
    </message>
    <message>
        <source>Hide QR code</source>
        <translation>Скрыть QR-код</translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>Удалить аккаунт</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Удалить %1</translation>
    </message>
    <message>
        <source>Show the QR code?</source>
        <translation>Показать QR-код?</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Anyone who sees this code can copy your account, and get its codes as you do. Make sure nobody is looking at your screen and that it is not being recorded or shared.</source>
        <translation>Любой, кто увидит этот код, сможет скопировать ваш аккаунт и получать его коды так же, как вы. Убедитесь, что никто не смотрит на ваш экран и что он не записывается и не транслируется.</translation>
    </message>
    <message>
        <source>Change icon…</source>
        <translation>Сменить значок…</translation>
    </message>
    <message>
        <source>Change the icon of %1</source>
        <translation>Сменить значок аккаунта %1</translation>
    </message>
    <message>
        <source>Recovery</source>
        <extracomment>Heading: getting back into this account if it is ever locked.</extracomment>
        <translation>Восстановление</translation>
    </message>
    <message>
        <source>No backup codes saved.</source>
        <translation>Резервные коды не сохранены.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n backup code(s) left.</source>
        <translation>
            <numerusform>Осталось резервных кодов: %1 из %n.</numerusform>
            <numerusform>Осталось резервных кодов: %1 из %n.</numerusform>
            <numerusform>Осталось резервных кодов: %1 из %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup codes and recovery info…</source>
        <translation>Коды и данные восстановления…</translation>
    </message>
    <message>
        <source>Backup codes and recovery info of %1</source>
        <translation>Резервные коды и данные восстановления аккаунта %1</translation>
    </message>
    <message>
        <source>Locked out?</source>
        <extracomment>Opens the recovery checklists for this account.</extracomment>
        <translation>Не можете войти?</translation>
    </message>
    <message>
        <source>Recovery steps for %1</source>
        <translation>Шаги восстановления аккаунта %1</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <source>Accounts</source>
        <translation>Аккаунты</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>Search accounts</source>
        <translation>Поиск аккаунтов</translation>
    </message>
    <message>
        <source>Looking for QR codes</source>
        <translation>Поиск QR-кодов</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Добавить аккаунт</translation>
    </message>
    <message>
        <source>Add account (Ctrl+N)</source>
        <translation>Добавить аккаунт (Ctrl+N)</translation>
    </message>
    <message>
        <source>Lock</source>
        <extracomment>Toolbar button that locks the vault.</extracomment>
        <translation>Заблокировать</translation>
    </message>
    <message>
        <source>Lock Tessera</source>
        <translation>Заблокировать Tessera</translation>
    </message>
    <message>
        <source>Lock (Ctrl+L)</source>
        <translation>Заблокировать (Ctrl+L)</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Меню</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Все группы</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Sort</source>
        <extracomment>Opens the menu of sort orders for the accounts list.</extracomment>
        <translation>Сортировка</translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation>Порядок сортировки</translation>
    </message>
    <message>
        <source>Scan QR code on screen</source>
        <translation>Сканировать QR-код на экране</translation>
    </message>
    <message>
        <source>Open image…</source>
        <translation>Открыть изображение…</translation>
    </message>
    <message>
        <source>Open an image of a QR code</source>
        <translation>Открыть изображение QR-кода</translation>
    </message>
    <message>
        <source>Paste image or link</source>
        <extracomment>Pastes a copied QR code picture or otpauth link.</extracomment>
        <translation>Вставить изображение или ссылку</translation>
    </message>
    <message>
        <source>Enter a setup key…</source>
        <translation>Ввести ключ настройки…</translation>
    </message>
    <message>
        <source>Enter a setup key by hand</source>
        <translation>Ввести ключ настройки вручную</translation>
    </message>
    <message>
        <source>Import from another app…</source>
        <translation>Импорт из другого приложения…</translation>
    </message>
    <message>
        <source>Backup and export</source>
        <translation>Резервное копирование и экспорт</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Настройки…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>About Tessera</source>
        <translation>О программе Tessera</translation>
    </message>
    <message>
        <source>By issuer</source>
        <translation>По сервису</translation>
    </message>
    <message>
        <source>By account name</source>
        <translation>По имени аккаунта</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Сначала старые</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Сначала новые</translation>
    </message>
    <message>
        <source>Sort %1</source>
        <translation>Сортировка: %1</translation>
    </message>
    <message>
        <source>Open images of QR codes</source>
        <translation>Открыть изображения QR-кодов</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</source>
        <translation>Изображения (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>No account matches “%1”.</source>
        <translation>Нет аккаунтов по запросу «%1».</translation>
    </message>
    <message>
        <source>No account in this group.</source>
        <translation>В этой группе нет аккаунтов.</translation>
    </message>
    <message>
        <source>Scan next</source>
        <extracomment>Scans the screen again for the next QR code of a multi-part transfer.</extracomment>
        <translation>Сканировать следующий</translation>
    </message>
    <message>
        <source>Scan the next transfer code</source>
        <translation>Сканировать следующий код переноса</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <source>Stop scanning transfer codes</source>
        <translation>Прекратить сканирование кодов переноса</translation>
    </message>
    <message>
        <source>Backup and export…</source>
        <translation>Резервные копии и экспорт…</translation>
    </message>
    <message>
        <source>Recovery center…</source>
        <translation>Центр восстановления…</translation>
    </message>
    <message>
        <source>Recovery center: get back into an account</source>
        <translation>Центр восстановления: вернуть доступ к аккаунту</translation>
    </message>
</context>
<context>
    <name>BackupCodeList</name>
    <message>
        <source>Used</source>
        <extracomment>Ticked when a backup code was used (each works once).</extracomment>
        <translation>Использован</translation>
    </message>
    <message>
        <source>Code %1 is used; mark it unused</source>
        <translation>Код %1 использован; отметить как неиспользованный</translation>
    </message>
    <message>
        <source>Mark code %1 used</source>
        <translation>Отметить код %1 как использованный</translation>
    </message>
    <message>
        <source>Code %1, hidden</source>
        <translation>Код %1 скрыт</translation>
    </message>
    <message>
        <source>Remove code %1</source>
        <translation>Удалить код %1</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>Backups and export</source>
        <translation>Резервные копии и экспорт</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Сохранить как</translation>
    </message>
    <message>
        <source>Folder for automatic backups</source>
        <translation>Папка для автоматических резервных копий</translation>
    </message>
    <message>
        <source>Export without encryption?</source>
        <translation>Экспортировать без шифрования?</translation>
    </message>
    <message>
        <source>The file will hold every secret in clear: anyone who reads it — another program, a cloud folder, someone with your USB stick — can make your codes. Use it only to move to an app that cannot read an encrypted file, then delete it.</source>
        <translation>В файле все секретные ключи будут записаны открытым текстом: любой, кто его прочитает, — другая программа, облачная папка, человек с вашей флешкой — сможет получать ваши коды. Используйте его только для переезда в приложение, которое не умеет читать зашифрованные файлы, а затем удалите.</translation>
    </message>
    <message>
        <source>Aegis file, unencrypted (JSON)</source>
        <translation>Файл Aegis без шифрования (JSON)</translation>
    </message>
    <message>
        <source>List of otpauth:// links (text)</source>
        <translation>Список ссылок otpauth:// (текст)</translation>
    </message>
    <message>
        <source>Show the transfer codes?</source>
        <translation>Показать коды переноса?</translation>
    </message>
    <message>
        <source>The QR codes hold your secrets. Make sure nobody can see your screen or record it, then scan them with Google Authenticator (Transfer accounts → Import accounts).</source>
        <translation>В QR-кодах записаны ваши секретные ключи. Убедитесь, что никто не видит и не записывает ваш экран, затем отсканируйте их в Google Authenticator («Перенести аккаунты» → «Импортировать аккаунты»).</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <source>Encrypted backup</source>
        <translation>Зашифрованная резервная копия</translation>
    </message>
    <message>
        <source>A file with all your accounts, locked with a password of its own. Keep it somewhere other than this computer; Tessera (Import) opens it on any computer with that password.</source>
        <translation>Файл со всеми вашими аккаунтами, защищённый отдельным паролем. Храните его не на этом компьютере; Tessera (Импорт) откроет его на любом компьютере с этим паролем.</translation>
    </message>
    <message>
        <source>Backup password</source>
        <translation>Пароль резервной копии</translation>
    </message>
    <message>
        <source>Save backup…</source>
        <translation>Сохранить резервную копию…</translation>
    </message>
    <message>
        <source>Save an encrypted backup</source>
        <translation>Сохранить зашифрованную резервную копию</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Автоматические резервные копии</translation>
    </message>
    <message>
        <source>Off. When on, Tessera writes an encrypted backup to a folder of your choice after every change and keeps the last ten.</source>
        <translation>Выключено. Если включить, Tessera после каждого изменения сохраняет зашифрованную резервную копию в выбранную вами папку и хранит десять последних.</translation>
    </message>
    <message>
        <source>Last backup: %1.</source>
        <translation>Последняя резервная копия: %1.</translation>
    </message>
    <message>
        <source>No backup written yet.</source>
        <translation>Резервных копий пока нет.</translation>
    </message>
    <message>
        <source>On, into %1.</source>
        <translation>Включено, папка: %1.</translation>
    </message>
    <message>
        <source>Changes not yet backed up.</source>
        <translation>Есть изменения без резервной копии.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Создать копию сейчас</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>Выключить</translation>
    </message>
    <message>
        <source>Turn automatic backups off</source>
        <translation>Выключить автоматические резервные копии</translation>
    </message>
    <message>
        <source>Password for the automatic backups</source>
        <translation>Пароль для автоматических резервных копий</translation>
    </message>
    <message>
        <source>Choose folder and turn on…</source>
        <translation>Выбрать папку и включить…</translation>
    </message>
    <message>
        <source>Choose a folder and turn automatic backups on</source>
        <translation>Выбрать папку и включить автоматические резервные копии</translation>
    </message>
    <message>
        <source>Move to a phone</source>
        <translation>Перенести на телефон</translation>
    </message>
    <message>
        <source>Google Authenticator reads its own transfer QR codes, up to ten accounts each.</source>
        <translation>Google Authenticator читает собственные QR-коды переноса, до десяти аккаунтов в каждом.</translation>
    </message>
    <message>
        <source>Show transfer QR codes…</source>
        <translation>Показать QR-коды переноса…</translation>
    </message>
    <message>
        <source>Show Google Authenticator transfer QR codes</source>
        <translation>Показать QR-коды переноса для Google Authenticator</translation>
    </message>
    <message>
        <source>Transfer QR code %1 of %2</source>
        <translation>QR-код переноса %1 из %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>Position in the sequence of transfer QR codes, e.g. &quot;1 of 3&quot;.</extracomment>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Previous QR code</source>
        <translation>Предыдущий QR-код</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Далее</translation>
    </message>
    <message>
        <source>Next QR code</source>
        <translation>Следующий QR-код</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>Hide the QR codes</source>
        <translation>Скрыть QR-коды</translation>
    </message>
    <message>
        <source>Not included (Google Authenticator cannot hold them):</source>
        <translation>Не включены (Google Authenticator не поддерживает такие аккаунты):</translation>
    </message>
    <message>
        <source>Aegis file</source>
        <translation>Файл Aegis</translation>
    </message>
    <message>
        <source>An encrypted vault file that Aegis (Android) imports, with groups, notes and favourites.</source>
        <translation>Зашифрованный файл хранилища, который импортирует Aegis (Android), с группами, заметками и избранным.</translation>
    </message>
    <message>
        <source>Password for the Aegis file</source>
        <translation>Пароль для файла Aegis</translation>
    </message>
    <message>
        <source>Save Aegis file…</source>
        <translation>Сохранить файл Aegis…</translation>
    </message>
    <message>
        <source>Save an encrypted Aegis file</source>
        <translation>Сохранить зашифрованный файл Aegis</translation>
    </message>
    <message>
        <source>Emergency kit</source>
        <translation>Аварийный комплект</translation>
    </message>
    <message>
        <source>A PDF to print: every account&apos;s QR code and setup key, so you can set them up again from paper. It is not encrypted — print it, keep the paper somewhere safe and delete the file.</source>
        <translation>PDF для печати: QR-код и ключ настройки каждого аккаунта, чтобы вы могли настроить их заново с бумаги. Он не зашифрован — распечатайте его, храните бумагу в надёжном месте, а файл удалите.</translation>
    </message>
    <message>
        <source>Save emergency kit…</source>
        <translation>Сохранить аварийный комплект…</translation>
    </message>
    <message>
        <source>Save the emergency kit PDF</source>
        <translation>Сохранить PDF аварийного комплекта</translation>
    </message>
    <message>
        <source>Unencrypted export</source>
        <translation>Экспорт без шифрования</translation>
    </message>
    <message>
        <source>Export without encryption…</source>
        <translation>Экспортировать без шифрования…</translation>
    </message>
    <message>
        <source>Export without encryption</source>
        <translation>Экспортировать без шифрования</translation>
    </message>
</context>
<context>
    <name>BackupPasswordForm</name>
    <message>
        <source>Backup password</source>
        <translation>Пароль резервной копии</translation>
    </message>
    <message>
        <source>The same password again</source>
        <translation>Тот же пароль ещё раз</translation>
    </message>
    <message>
        <source>%1, again</source>
        <translation>%1, ещё раз</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
</context>
<context>
    <name>BackupStrengthMeter</name>
    <message>
        <source>Very weak</source>
        <translation>Очень слабый</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Слабый</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Средний</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Хороший</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Надёжный</translation>
    </message>
    <message>
        <source>Password strength: %1</source>
        <translation>Надёжность пароля: %1</translation>
    </message>
</context>
<context>
    <name>ChecklistStep</name>
    <message>
        <source>Step %1: %2</source>
        <translation>Шаг %1: %2</translation>
    </message>
    <message>
        <source>Step %1 is done; mark it not done</source>
        <translation>Шаг %1 выполнен; отметить как невыполненный</translation>
    </message>
    <message>
        <source>Mark step %1 done</source>
        <translation>Отметить шаг %1 как выполненный</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <extracomment>%1 is the step&apos;s number, %2 what to do.</extracomment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Tip: %1</source>
        <extracomment>A tip under a checklist step.</extracomment>
        <translation>Совет: %1</translation>
    </message>
</context>
<context>
    <name>ClockCheckDialog</name>
    <message>
        <source>Check this computer&apos;s clock</source>
        <translation>Проверить часы на этом компьютере</translation>
    </message>
    <message>
        <source>Login codes depend on the time: if this computer&apos;s clock is more than a few seconds off, the service rejects them.</source>
        <translation>Коды для входа зависят от времени: если часы этого компьютера ошибаются больше чем на несколько секунд, сервис их отклоняет.</translation>
    </message>
    <message>
        <source>Compare with the time a website states:</source>
        <translation>Сверьте со временем, которое сообщает сайт:</translation>
    </message>
    <message>
        <source>Website to compare with</source>
        <translation>Сайт для сверки</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Сверить</translation>
    </message>
    <message>
        <source>Compare the clock with this website</source>
        <translation>Сверить часы с этим сайтом</translation>
    </message>
</context>
<context>
    <name>CountdownIndicator</name>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <extracomment>Accessible name of the countdown next to a code.</extracomment>
        <translation>
            <numerusform>Осталась %n секунда</numerusform>
            <numerusform>Осталось %n секунды</numerusform>
            <numerusform>Осталось %n секунд</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmptyAccountsPage</name>
    <message>
        <source>No accounts yet</source>
        <translation>Аккаунтов пока нет</translation>
    </message>
    <message>
        <source>Add your first account</source>
        <translation>Добавьте первый аккаунт</translation>
    </message>
    <message>
        <source>When a site shows a QR code for two-step verification, put it on screen and scan it, or use any of the other ways below.</source>
        <extracomment>Shown on the empty accounts screen.</extracomment>
        <translation>Когда сайт покажет QR-код для двухэтапной проверки, откройте его на экране и отсканируйте или воспользуйтесь одним из способов ниже.</translation>
    </message>
    <message>
        <source>Scan QR code on screen</source>
        <translation>Сканировать QR-код на экране</translation>
    </message>
    <message>
        <source>Open an image…</source>
        <translation>Открыть изображение…</translation>
    </message>
    <message>
        <source>Open an image of a QR code</source>
        <translation>Открыть изображение QR-кода</translation>
    </message>
    <message>
        <source>Paste image or link</source>
        <extracomment>Pastes a copied QR code picture or otpauth link.</extracomment>
        <translation>Вставить изображение или ссылку</translation>
    </message>
    <message>
        <source>Enter a setup key…</source>
        <translation>Ввести ключ настройки…</translation>
    </message>
    <message>
        <source>Enter a setup key by hand</source>
        <translation>Ввести ключ настройки вручную</translation>
    </message>
    <message>
        <source>Import from another app…</source>
        <translation>Импорт из другого приложения…</translation>
    </message>
    <message>
        <source>You can also drop an image or a link onto this window.</source>
        <translation>Можно также перетащить изображение или ссылку в это окно.</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Welcome to Tessera</source>
        <translation>Добро пожаловать в Tessera</translation>
    </message>
    <message>
        <source>Tessera keeps your two-step verification codes in an encrypted vault on this computer.</source>
        <translation>Tessera хранит ваши коды двухэтапной проверки в зашифрованном хранилище на этом компьютере.</translation>
    </message>
    <message>
        <source>Your system keychain works</source>
        <translation>Системная связка ключей работает</translation>
    </message>
    <message>
        <source>No working system keychain was found</source>
        <translation>Работающая системная связка ключей не найдена</translation>
    </message>
    <message>
        <source>Tessera will keep the vault&apos;s key in it, so the vault opens by itself when you are logged in, and stays closed for anyone who copies the file.</source>
        <translation>Tessera сохранит в ней ключ от хранилища: хранилище будет открываться само, когда вы вошли в систему, и останется закрытым для того, кто скопирует файл.</translation>
    </message>
    <message>
        <source>Tessera will protect the vault with a password instead. You will type it each time Tessera opens. Choose one you will remember: without it, the codes cannot be recovered.</source>
        <translation>Вместо этого Tessera защитит хранилище паролем. Его нужно будет вводить при каждом запуске Tessera. Выберите пароль, который вы не забудете: без него коды восстановить нельзя.</translation>
    </message>
    <message>
        <source>What was found: %1</source>
        <extracomment>%1 is what the keychain check found, in a sentence.</extracomment>
        <translation>Что найдено: %1</translation>
    </message>
    <message>
        <source>Also set a recovery password (recommended)</source>
        <translation>Пароль восстановления (рекомендуется)</translation>
    </message>
    <message>
        <source>Also set a recovery password</source>
        <translation>Также задать пароль восстановления</translation>
    </message>
    <message>
        <source>If the keychain is ever lost (a new computer, a reinstalled system), the recovery password still opens your vault and its backups.</source>
        <translation>Если связка ключей когда-нибудь пропадёт (новый компьютер, переустановка системы), пароль восстановления всё равно откроет хранилище и его резервные копии.</translation>
    </message>
    <message>
        <source>Without a recovery password, losing the keychain means losing access to the vault. You can set one later in Settings.</source>
        <translation>Без пароля восстановления потеря связки ключей означает потерю доступа к хранилищу. Задать его можно позже в настройках.</translation>
    </message>
    <message>
        <source>Recovery password</source>
        <translation>Пароль восстановления</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>Введите ещё раз</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Повторите пароль</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
    <message>
        <source>Create my vault</source>
        <translation>Создать хранилище</translation>
    </message>
    <message>
        <source>Creating the vault</source>
        <translation>Создание хранилища</translation>
    </message>
    <message>
        <source>Vault file: %1</source>
        <translation>Файл хранилища: %1</translation>
    </message>
</context>
<context>
    <name>IconPickerDialog</name>
    <message>
        <source>Icon for %1</source>
        <extracomment>Title of the dialog that sets the picture shown for an account; %1 is the account.</extracomment>
        <translation>Значок аккаунта %1</translation>
    </message>
    <message>
        <source>This account shows its own picture. Remove the picture to show a brand icon or letters instead.</source>
        <translation>У этого аккаунта своё изображение. Удалите его, чтобы вместо него показывать значок бренда или буквы.</translation>
    </message>
    <message>
        <source>Search brands</source>
        <translation>Поиск брендов</translation>
    </message>
    <message>
        <source>Search brand icons</source>
        <translation>Поиск значков брендов</translation>
    </message>
    <message>
        <source>Brand icons</source>
        <translation>Значки брендов</translation>
    </message>
    <message>
        <source>%1 (current icon)</source>
        <translation>%1 (текущий значок)</translation>
    </message>
    <message>
        <source>No brand icon matches. Use letters or a picture from a file instead.</source>
        <translation>Подходящих значков брендов нет. Используйте буквы или изображение из файла.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <extracomment>Icon choice: the brand icon matching the issuer, if any, else letters.</extracomment>
        <translation>Автоматически</translation>
    </message>
    <message>
        <source>Automatic icon (by the service name)</source>
        <translation>Автоматический значок (по названию сервиса)</translation>
    </message>
    <message>
        <source>Letters only</source>
        <extracomment>Icon choice: always show the account&apos;s initials on a coloured circle.</extracomment>
        <translation>Только буквы</translation>
    </message>
    <message>
        <source>Letters only, no brand icon</source>
        <translation>Только буквы, без значка бренда</translation>
    </message>
    <message>
        <source>Picture from a file…</source>
        <translation>Изображение из файла…</translation>
    </message>
    <message>
        <source>Use a picture from a file</source>
        <translation>Использовать изображение из файла</translation>
    </message>
    <message>
        <source>Remove picture</source>
        <translation>Удалить изображение</translation>
    </message>
    <message>
        <source>Remove the account&apos;s own picture</source>
        <translation>Удалить собственное изображение аккаунта</translation>
    </message>
    <message>
        <source>Choose a picture for %1</source>
        <translation>Выбрать изображение для аккаунта %1</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.svg *.webp)</source>
        <translation>Изображения (*.png *.jpg *.jpeg *.svg *.webp)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>ImportEntryDelegate</name>
    <message>
        <source>New</source>
        <translation>Новый</translation>
    </message>
    <message>
        <source>Already in the vault</source>
        <translation>Уже в хранилище</translation>
    </message>
    <message>
        <source>Same name, other secret</source>
        <translation>То же имя, другой секретный ключ</translation>
    </message>
    <message>
        <source>Cannot be imported</source>
        <translation>Нельзя импортировать</translation>
    </message>
    <message>
        <source>%1: %2. %3</source>
        <translation>%1: %2. %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Оставить оба</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <source>Replace the vault&apos;s secret</source>
        <translation>Заменить ключ в хранилище</translation>
    </message>
    <message>
        <source>What to do with %1</source>
        <translation>Что сделать с аккаунтом %1</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Import accounts</source>
        <translation>Импорт аккаунтов</translation>
    </message>
    <message>
        <source>Choose the files to import</source>
        <translation>Выберите файлы для импорта</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>Reading the files</source>
        <translation>Чтение файлов</translation>
    </message>
    <message>
        <source>Choose files…</source>
        <translation>Выбрать файлы…</translation>
    </message>
    <message>
        <source>%1 is encrypted. Enter the password it was saved with.</source>
        <translation>Файл %1 зашифрован. Введите пароль, с которым он был сохранён.</translation>
    </message>
    <message>
        <source>Password of the file to import</source>
        <translation>Пароль импортируемого файла</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Open the encrypted file</source>
        <translation>Открыть зашифрованный файл</translation>
    </message>
    <message>
        <source>Choose other files</source>
        <translation>Выбрать другие файлы</translation>
    </message>
    <message>
        <source>%1 new, %2 already in the vault, %3 with the same name as a vault account, %4 that cannot be imported.</source>
        <translation>Новые: %1; уже в хранилище: %2; с тем же именем, что у аккаунта в хранилище: %3; нельзя импортировать: %4.</translation>
    </message>
    <message>
        <source>Read as: %1</source>
        <translation>Прочитано как: %1</translation>
    </message>
    <message>
        <source>Accounts in the files</source>
        <translation>Аккаунты в файлах</translation>
    </message>
    <message numerus="yes">
        <source>Import %n account(s)</source>
        <translation>
            <numerusform>Импортировать %n аккаунт</numerusform>
            <numerusform>Импортировать %n аккаунта</numerusform>
            <numerusform>Импортировать %n аккаунтов</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>Нечего импортировать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Отменить импорт</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n account(s).</source>
        <translation>
            <numerusform>Импортирован %n аккаунт.</numerusform>
            <numerusform>Импортировано %n аккаунта.</numerusform>
            <numerusform>Импортировано %n аккаунтов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new to import; the vault was not changed.</source>
        <translation>Нечего импортировать: всё уже есть, хранилище не изменилось.</translation>
    </message>
    <message>
        <source>If the files you imported are not encrypted, delete them now: anyone who reads them can make your codes.</source>
        <translation>Если импортированные файлы не зашифрованы, удалите их сейчас: любой, кто их прочитает, сможет получать ваши коды.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Back to the accounts</source>
        <translation>Вернуться к аккаунтам</translation>
    </message>
    <message>
        <source>Import more</source>
        <translation>Импортировать ещё</translation>
    </message>
    <message>
        <source>Import more files</source>
        <translation>Импортировать другие файлы</translation>
    </message>
    <message>
        <source>Backups, exports and screenshots (*.json *.tessera *.2fas *.txt *.bin *.xml *.csv *.aes *.png *.jpg *.jpeg *.gif *.bmp *.webp)</source>
        <translation>Резервные копии, экспорт и снимки экрана (*.json *.tessera *.2fas *.txt *.bin *.xml *.csv *.aes *.png *.jpg *.jpeg *.gif *.bmp *.webp)</translation>
    </message>
    <message>
        <source>Import accounts from a Tessera backup or from another authenticator&apos;s export: Aegis, 2FAS, andOTP, Bitwarden, Ente, FreeOTP, FreeOTP+, Proton Authenticator, Steam (maFile), a list of otpauth:// links, or screenshots of QR codes (a Google Authenticator transfer split over several pictures is read together). You will see what would be imported before anything changes.</source>
        <translation>Импортируйте аккаунты из резервной копии Tessera или из экспорта другого аутентификатора: Aegis, 2FAS, andOTP, Bitwarden, Ente, FreeOTP, FreeOTP+, Proton Authenticator, Steam (maFile), списка ссылок otpauth:// или снимков экрана с QR-кодами (перенос из Google Authenticator, разбитый на несколько изображений, читается целиком). Прежде чем что-то изменится, вы увидите, что будет импортировано.</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <source>Tessera is locked</source>
        <translation>Tessera заблокирована</translation>
    </message>
    <message>
        <source>Unlock with your system keychain or with your recovery password.</source>
        <translation>Разблокируйте с помощью системной связки ключей или пароля восстановления.</translation>
    </message>
    <message>
        <source>Unlock with your system keychain.</source>
        <translation>Разблокируйте с помощью системной связки ключей.</translation>
    </message>
    <message>
        <source>Type your password to unlock.</source>
        <translation>Введите пароль, чтобы разблокировать.</translation>
    </message>
    <message>
        <source>Unlock with system keychain</source>
        <translation>Разблокировать связкой ключей</translation>
    </message>
    <message>
        <source>Recovery password</source>
        <translation>Пароль восстановления</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Unlock with password</source>
        <translation>Разблокировать паролем</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Разблокировка</translation>
    </message>
    <message>
        <source>This vault has no way to unlock it from here.</source>
        <translation>Это хранилище нельзя разблокировать отсюда.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>This part of Tessera is not available yet.</source>
        <translation>Эта часть Tessera пока недоступна.</translation>
    </message>
    <message>
        <source>The account from %1 could not be added.</source>
        <translation>Не удалось добавить аккаунт (источник: %1).</translation>
    </message>
    <message>
        <source>%1 of %2 accounts from %3 could not be added.</source>
        <translation>Не удалось добавить аккаунты: %1 из %2 (источник: %3).</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>Аккаунт добавлен: %1</translation>
    </message>
    <message numerus="yes">
        <source>Added %n account(s)</source>
        <translation>
            <numerusform>Добавлен %n аккаунт</numerusform>
            <numerusform>Добавлено %n аккаунта</numerusform>
            <numerusform>Добавлено %n аккаунтов</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation>Аккаунт удалён: %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message numerus="yes">
        <source>Code for %1 copied — clears in %n s</source>
        <extracomment>%1 is the account; the clipboard is emptied after %n seconds.</extracomment>
        <translation>
            <numerusform>Код для %1 скопирован — исчезнет через %n с</numerusform>
            <numerusform>Код для %1 скопирован — исчезнет через %n с</numerusform>
            <numerusform>Код для %1 скопирован — исчезнет через %n с</numerusform>
        </translation>
    </message>
    <message>
        <source>Clipboard cleared</source>
        <translation>Буфер обмена очищен</translation>
    </message>
    <message>
        <source>Some accounts were not added</source>
        <translation>Некоторые аккаунты не добавлены</translation>
    </message>
    <message>
        <source>Delete the screenshot?</source>
        <translation>Удалить снимок экрана?</translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>Button of the &quot;Delete the screenshot?&quot; question.</extracomment>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Keep</source>
        <extracomment>Button of the &quot;Delete the screenshot?&quot; question.</extracomment>
        <translation>Оставить</translation>
    </message>
    <message>
        <source>Screenshot deleted</source>
        <translation>Снимок экрана удалён</translation>
    </message>
    <message>
        <source>Could not delete %1</source>
        <translation>Не удалось удалить %1</translation>
    </message>
    <message>
        <source>It shows your secret key: anyone who gets the picture can make your codes. The account is now in Tessera, so the picture is no longer needed.

%1</source>
        <translation>На нём виден ваш секретный ключ: любой, кто получит этот снимок, сможет получать ваши коды. Аккаунт уже в Tessera, так что снимок больше не нужен.

%1</translation>
    </message>
    <message numerus="yes">
        <source>Copied — clears in %n s</source>
        <extracomment>A password (not a code) was copied; the clipboard is emptied after %n seconds.</extracomment>
        <translation>
            <numerusform>Скопировано — исчезнет через %n с</numerusform>
            <numerusform>Скопировано — исчезнет через %n с</numerusform>
            <numerusform>Скопировано — исчезнет через %n с</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Скопировано</translation>
    </message>
</context>
<context>
    <name>ManualEntryDialog</name>
    <message>
        <source>Enter a setup key</source>
        <extracomment>Title of the dialog for typing an account&apos;s setup key by hand.</extracomment>
        <translation>Ввод ключа настройки</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Add</source>
        <extracomment>Adds the account typed in the manual-entry dialog.</extracomment>
        <translation>Добавить</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Добавить аккаунт</translation>
    </message>
    <message>
        <source>Sites that show a QR code usually offer a text key too (&quot;Can&apos;t scan it?&quot;). Type or paste it here.</source>
        <translation>Сайты, которые показывают QR-код, обычно дают и текстовый ключ («Не получается отсканировать?»). Введите или вставьте его сюда.</translation>
    </message>
    <message>
        <source>Issuer (service)</source>
        <extracomment>The service the account belongs to, e.g. GitHub.</extracomment>
        <translation>Сервис</translation>
    </message>
    <message>
        <source>e.g. GitHub</source>
        <translation>например, GitHub</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Сервис</translation>
    </message>
    <message>
        <source>Account name</source>
        <extracomment>The user name or e-mail address of the account.</extracomment>
        <translation>Имя аккаунта</translation>
    </message>
    <message>
        <source>e.g. me@example.com</source>
        <translation>например, me@example.com</translation>
    </message>
    <message>
        <source>Setup key</source>
        <translation>Ключ настройки</translation>
    </message>
    <message>
        <source>e.g. JBSW Y3DP EHPK 3PXP</source>
        <translation>например, JBSW Y3DP EHPK 3PXP</translation>
    </message>
    <message>
        <source>Advanced</source>
        <extracomment>Shows the less common code settings (type, algorithm, digits, period).</extracomment>
        <translation>Дополнительно</translation>
    </message>
    <message>
        <source>Show advanced settings</source>
        <translation>Показать дополнительные настройки</translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>Kind of code: time-based, counter-based or Steam.</extracomment>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Time-based (TOTP)</source>
        <translation>По времени (TOTP)</translation>
    </message>
    <message>
        <source>Counter-based (HOTP)</source>
        <translation>По счётчику (HOTP)</translation>
    </message>
    <message>
        <source>Steam</source>
        <translation>Steam</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Алгоритм</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>Цифр в коде</translation>
    </message>
    <message>
        <source>Period (seconds)</source>
        <extracomment>How long each code lasts, in seconds.</extracomment>
        <translation>Период (секунды)</translation>
    </message>
    <message>
        <source>Period in seconds</source>
        <translation>Период в секундах</translation>
    </message>
    <message>
        <source>Counter</source>
        <extracomment>HOTP: the number of codes already used.</extracomment>
        <translation>Счётчик</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Скрыть</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Hide %1</source>
        <translation>Скрыть: %1</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Показать: %1</translation>
    </message>
</context>
<context>
    <name>PasswordHelperDialog</name>
    <message>
        <source>%1 states no password rules; Tessera makes a long one with letters, digits and punctuation.</source>
        <translation>%1 не указывает требований к паролю; Tessera создаст длинный пароль из букв, цифр и знаков препинания.</translation>
    </message>
    <message>
        <source>letters</source>
        <translation>буквы</translation>
    </message>
    <message>
        <source>digits</source>
        <translation>цифры</translation>
    </message>
    <message>
        <source>punctuation</source>
        <translation>знаки препинания</translation>
    </message>
    <message>
        <source>%1 to %2 characters</source>
        <translation>от %1 до %2 символов</translation>
    </message>
    <message numerus="yes">
        <source>at least %n character(s)</source>
        <translation>
            <numerusform>не меньше %n символа</numerusform>
            <numerusform>не меньше %n символов</numerusform>
            <numerusform>не меньше %n символов</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 asks for %2 with %3.</source>
        <extracomment>%1 the service, %2 e.g. &quot;6 to 20 characters&quot;, %3 e.g. &quot;letters, digits, punctuation&quot;.</extracomment>
        <translation>%1 требует пароль длиной %2; в нём должны быть %3.</translation>
    </message>
    <message>
        <source>%1 asks for %2.</source>
        <translation>%1 требует пароль длиной %2.</translation>
    </message>
    <message>
        <source>A new password</source>
        <translation>Новый пароль</translation>
    </message>
    <message>
        <source>Generated password</source>
        <translation>Созданный пароль</translation>
    </message>
    <message>
        <source>Tessera could not make a password for these rules. Make one yourself and check it below.</source>
        <translation>Tessera не удалось создать пароль по этим правилам. Придумайте его сами и проверьте ниже.</translation>
    </message>
    <message>
        <source>Make another</source>
        <translation>Создать другой</translation>
    </message>
    <message>
        <source>Make another password</source>
        <translation>Создать другой пароль</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Copy the password</source>
        <translation>Скопировать пароль</translation>
    </message>
    <message>
        <source>Paste it into the official site&apos;s password fields, then save it in your password manager. Tessera does not keep it.</source>
        <translation>Вставьте его в поля пароля на официальном сайте, затем сохраните в менеджере паролей. Tessera его не хранит.</translation>
    </message>
    <message>
        <source>Or check a password you chose:</source>
        <translation>Или проверьте пароль, который придумали сами:</translation>
    </message>
    <message>
        <source>A password to check</source>
        <translation>Пароль для проверки</translation>
    </message>
</context>
<context>
    <name>PasswordStrength</name>
    <message numerus="yes">
        <source>Too short: use at least %n characters.</source>
        <translation>
            <numerusform>Слишком короткий: нужно не меньше %n символа.</numerusform>
            <numerusform>Слишком короткий: нужно не меньше %n символов.</numerusform>
            <numerusform>Слишком короткий: нужно не меньше %n символов.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadinessFinding</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ReadinessPage</name>
    <message>
        <source>Comes back from your backup</source>
        <translation>Восстановится из резервной копии</translation>
    </message>
    <message>
        <source>Only through the service&apos;s recovery</source>
        <translation>Только через восстановление на сервисе</translation>
    </message>
    <message>
        <source>Would be lost</source>
        <translation>Будет потерян</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Создать копию сейчас</translation>
    </message>
    <message>
        <source>Back up…</source>
        <translation>Создать копию…</translation>
    </message>
    <message>
        <source>Set one…</source>
        <translation>Задать…</translation>
    </message>
    <message>
        <source>Add codes…</source>
        <translation>Добавить коды…</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>Check…</source>
        <translation>Проверить…</translation>
    </message>
    <message>
        <source>Recovery readiness</source>
        <translation>Готовность к восстановлению</translation>
    </message>
    <message>
        <source>Last backup or emergency kit: %1.</source>
        <translation>Последняя резервная копия или аварийный комплект: %1.</translation>
    </message>
    <message>
        <source>No backup or emergency kit has been made yet.</source>
        <translation>Вы ещё не создавали ни резервной копии, ни аварийного комплекта.</translation>
    </message>
    <message>
        <source>Nothing missing.</source>
        <translation>Всё на месте.</translation>
    </message>
</context>
<context>
    <name>RecoveryCenterPage</name>
    <message>
        <source>No account, just read the steps</source>
        <translation>Без аккаунта, просто прочитать шаги</translation>
    </message>
    <message>
        <source>Recovery center</source>
        <translation>Центр восстановления</translation>
    </message>
    <message>
        <source>Locked out, forgot a password, or think someone got in? Choose what happened and follow the steps one by one. Tessera keeps your place.</source>
        <translation>Не можете войти, забыли пароль или думаете, что кто-то проник в аккаунт? Выберите, что случилось, и выполняйте шаги по порядку. Tessera запомнит, на чём вы остановились.</translation>
    </message>
    <message>
        <source>Check what is missing…</source>
        <translation>Проверить, чего не хватает…</translation>
    </message>
    <message>
        <source>Open the recovery readiness check</source>
        <translation>Открыть проверку готовности к восстановлению</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Аккаунт</translation>
    </message>
    <message>
        <source>Account to recover</source>
        <translation>Аккаунт для восстановления</translation>
    </message>
    <message>
        <source>Choose an account and Tessera remembers which steps you have done.</source>
        <translation>Выберите аккаунт, и Tessera запомнит, какие шаги вы уже выполнили.</translation>
    </message>
    <message>
        <source>Service</source>
        <extracomment>The web service an account belongs to (AliExpress, …).</extracomment>
        <translation>Сервис</translation>
    </message>
    <message>
        <source>Official login page</source>
        <translation>Официальная страница</translation>
    </message>
    <message>
        <source>Open the official login page: %1</source>
        <translation>Открыть официальную страницу входа: %1</translation>
    </message>
    <message>
        <source>Backup codes and recovery info…</source>
        <translation>Коды и данные восстановления…</translation>
    </message>
    <message>
        <source>Open the recovery details of this account</source>
        <translation>Открыть данные восстановления этого аккаунта</translation>
    </message>
    <message>
        <source>Sign in only from here or by typing the address yourself, never from a link in an email or a message: that is how accounts are stolen.</source>
        <translation>Входите только отсюда или набрав адрес вручную, но никогда по ссылке из письма или сообщения: именно так крадут аккаунты.</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>Что случилось?</translation>
    </message>
    <message>
        <source>%1 of %2 steps done</source>
        <extracomment>%1 steps ticked of %2.</extracomment>
        <translation>Выполнено шагов: %1 из %2</translation>
    </message>
</context>
<context>
    <name>RecoveryDetailsPage</name>
    <message>
        <source>Recovery details</source>
        <translation>Данные восстановления</translation>
    </message>
    <message>
        <source>Recovery details of %1</source>
        <translation>Данные восстановления аккаунта %1</translation>
    </message>
    <message>
        <source>Recovery: %1</source>
        <extracomment>%1 is the account.</extracomment>
        <translation>Восстановление: %1</translation>
    </message>
    <message>
        <source>Backup codes</source>
        <translation>Резервные коды</translation>
    </message>
    <message>
        <source>No backup codes saved. Services that offer them show them once, when two-step login is turned on, or in their security settings: paste them below.</source>
        <translation>Резервные коды не сохранены. Сервисы, которые их выдают, показывают их один раз, при включении двухэтапного входа, или в настройках безопасности: вставьте их ниже.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n code(s) left.</source>
        <translation>
            <numerusform>Осталось кодов: %1 из %n.</numerusform>
            <numerusform>Осталось кодов: %1 из %n.</numerusform>
            <numerusform>Осталось кодов: %1 из %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Every code is used: get new ones from the service&apos;s security settings.</source>
        <translation>%1 Все коды использованы: получите новые в настройках безопасности сервиса.</translation>
    </message>
    <message>
        <source>%1 Get new ones from the service&apos;s security settings before they run out.</source>
        <translation>%1 Получите новые в настройках безопасности сервиса, пока они не закончились.</translation>
    </message>
    <message>
        <source>Hide codes</source>
        <translation>Скрыть коды</translation>
    </message>
    <message>
        <source>Show codes</source>
        <translation>Показать коды</translation>
    </message>
    <message>
        <source>Paste backup codes here, one per line</source>
        <translation>Вставьте сюда резервные коды, по одному на строке</translation>
    </message>
    <message>
        <source>Backup codes to add</source>
        <translation>Резервные коды для добавления</translation>
    </message>
    <message>
        <source>Add codes</source>
        <translation>Добавить коды</translation>
    </message>
    <message>
        <source>Add the pasted backup codes</source>
        <translation>Добавить вставленные резервные коды</translation>
    </message>
    <message>
        <source>Official login page</source>
        <translation>Официальная страница входа</translation>
    </message>
    <message>
        <source>Sign in from here or by typing the address yourself, never from a link in an email or a message.</source>
        <translation>Входите отсюда или набрав адрес вручную, но никогда по ссылке из письма или сообщения.</translation>
    </message>
    <message>
        <source>Official login address</source>
        <translation>Официальный адрес входа</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Open the saved login page</source>
        <translation>Открыть сохранённую страницу входа</translation>
    </message>
    <message>
        <source>Recovery email and phone</source>
        <translation>Почта и телефон для восстановления</translation>
    </message>
    <message>
        <source>Which email address and phone number the service sends recovery codes to. If they are old, update them on the service too.</source>
        <translation>Адрес почты и номер телефона, на которые сервис присылает коды восстановления. Если они устарели, обновите их и на сервисе.</translation>
    </message>
    <message>
        <source>Recovery email</source>
        <translation>Почта для восстановления</translation>
    </message>
    <message>
        <source>Recovery phone</source>
        <translation>Телефон для восстановления</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Save the login page and recovery contacts</source>
        <translation>Сохранить страницу входа и контакты для восстановления</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Отменить изменения</translation>
    </message>
    <message>
        <source>You last confirmed these details on %1.</source>
        <translation>Дата последнего подтверждения этих данных: %1.</translation>
    </message>
    <message>
        <source>You have not confirmed these details yet. Check them on the service&apos;s security settings page.</source>
        <translation>Вы ещё не подтверждали эти данные. Проверьте их на странице настроек безопасности сервиса.</translation>
    </message>
    <message>
        <source>These details are still right</source>
        <translation>Эти данные по-прежнему верны</translation>
    </message>
</context>
<context>
    <name>ScenarioChecklistPage</name>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 the service (AliExpress), %2 the scenario (&quot;I forgot my password&quot;).</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>All %n step(s) done.</source>
        <translation>
            <numerusform>Выполнен %n шаг из %n.</numerusform>
            <numerusform>Выполнены все %n шага.</numerusform>
            <numerusform>Выполнены все %n шагов.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 steps done.</source>
        <translation>Выполнено шагов: %1 из %2.</translation>
    </message>
    <message>
        <source>%1 Last worked on %2.</source>
        <extracomment>%1 &quot;3 of 8 steps done.&quot;, %2 a date and time.</extracomment>
        <translation>%1 Последнее изменение: %2.</translation>
    </message>
    <message>
        <source>No account is chosen, so these ticks are not kept. Open the checklist from the account to keep your place.</source>
        <translation>Аккаунт не выбран, поэтому отметки не сохранятся. Откройте список из аккаунта, чтобы потом продолжить с того же места.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Начать заново</translation>
    </message>
    <message>
        <source>Start over: untick every step</source>
        <translation>Начать заново: снять все отметки</translation>
    </message>
    <message>
        <source>Start over?</source>
        <translation>Начать заново?</translation>
    </message>
    <message>
        <source>Every step of this checklist will be unticked.</source>
        <translation>Все отметки в этом списке будут сняты.</translation>
    </message>
    <message>
        <source>Which account?</source>
        <translation>Какой аккаунт?</translation>
    </message>
    <message>
        <source>Backup codes and recovery info are kept per account. Go back, choose the account at the top of the recovery center, and open this checklist again.</source>
        <translation>Резервные коды и данные восстановления хранятся отдельно для каждого аккаунта. Вернитесь назад, выберите аккаунт вверху центра восстановления и снова откройте этот список.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Безопасность</translation>
    </message>
    <message>
        <source>Clear copied codes after (seconds)</source>
        <extracomment>Setting: seconds after which a copied code is removed from the clipboard.</extracomment>
        <translation>Стирать скопированные коды через (секунды)</translation>
    </message>
    <message>
        <source>Clear copied codes after this many seconds</source>
        <translation>Через сколько секунд стирать скопированные коды</translation>
    </message>
    <message>
        <source>Lock when idle for (minutes, 0 = never)</source>
        <extracomment>Setting: minutes without use before Tessera locks; 0 means never.</extracomment>
        <translation>Блокировать при бездействии (минуты, 0 = никогда)</translation>
    </message>
    <message>
        <source>Lock when idle for this many minutes</source>
        <translation>Через сколько минут бездействия блокировать</translation>
    </message>
    <message>
        <source>Lock when the screen locks or the computer sleeps</source>
        <translation>Блокировать вместе с экраном и при сне</translation>
    </message>
    <message>
        <source>Hide codes until I click Show</source>
        <translation>Скрывать коды, пока я не нажму «Показать»</translation>
    </message>
    <message>
        <source>Hide codes</source>
        <translation>Скрывать коды</translation>
    </message>
    <message>
        <source>Keep running in the system tray when the window is closed</source>
        <translation>Оставаться в области уведомлений после закрытия окна</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <source>Recovery password</source>
        <translation>Пароль восстановления</translation>
    </message>
    <message>
        <source>A recovery password is set. It opens the vault when the system keychain cannot. Setting a new one replaces it.</source>
        <translation>Пароль восстановления задан. Он открывает хранилище, когда системная связка ключей не может. Новый пароль заменит старый.</translation>
    </message>
    <message>
        <source>No recovery password is set: if the system keychain is lost, so are your accounts. Set one now.</source>
        <translation>Пароль восстановления не задан: если системная связка ключей пропадёт, пропадут и ваши аккаунты. Задайте его сейчас.</translation>
    </message>
    <message>
        <source>New recovery password</source>
        <translation>Новый пароль восстановления</translation>
    </message>
    <message>
        <source>Repeat the new recovery password</source>
        <translation>Повторите новый пароль восстановления</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>Введите ещё раз</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Пароли не совпадают.</translation>
    </message>
    <message>
        <source>Change recovery password</source>
        <translation>Сменить пароль восстановления</translation>
    </message>
    <message>
        <source>Set recovery password</source>
        <translation>Задать пароль восстановления</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Сохранение</translation>
    </message>
    <message>
        <source>About</source>
        <translation>О программе</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Vault file: %1</source>
        <translation>Файл хранилища: %1</translation>
    </message>
    <message>
        <source>About Tessera…</source>
        <translation>О программе Tessera…</translation>
    </message>
    <message>
        <source>About Tessera</source>
        <translation>О программе Tessera</translation>
    </message>
</context>
<context>
    <name>tessera::AddSourceController</name>
    <message>
        <source>a web address</source>
        <translation>адрес сайта</translation>
    </message>
    <message>
        <source>Wi-Fi settings</source>
        <translation>настройки Wi-Fi</translation>
    </message>
    <message>
        <source>a contact card</source>
        <translation>визитная карточка</translation>
    </message>
    <message>
        <source>an email address</source>
        <translation>адрес электронной почты</translation>
    </message>
    <message>
        <source>a phone number</source>
        <translation>номер телефона</translation>
    </message>
    <message>
        <source>other text</source>
        <translation>другой текст</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 не существует.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a picture.</source>
        <translation>%1 — это папка, а не изображение.</translation>
    </message>
    <message>
        <source>%1 is not an image. To bring in a backup file, use Import.</source>
        <translation>%1 — не изображение. Чтобы загрузить файл резервной копии, используйте импорт.</translation>
    </message>
    <message>
        <source>%1 could not be read as a picture (%2).</source>
        <translation>Не удалось прочитать %1 как изображение (%2).</translation>
    </message>
    <message>
        <source>The screen could not be captured: the desktop&apos;s screenshot service (D-Bus) is not running. Save the QR code as a picture and open it instead.</source>
        <translation>Не удалось сделать снимок экрана: служба снимков экрана рабочего стола (D-Bus) не запущена. Сохраните QR-код как изображение и откройте его.</translation>
    </message>
    <message>
        <source>The screen could not be captured (%1). Save the QR code as a picture and open it instead.</source>
        <translation>Не удалось сделать снимок экрана (%1). Сохраните QR-код как изображение и откройте его.</translation>
    </message>
    <message>
        <source>Screen capture was cancelled.</source>
        <translation>Снимок экрана отменён.</translation>
    </message>
    <message>
        <source>The desktop did not allow a screenshot. Save the QR code as a picture and open it instead.</source>
        <translation>Рабочий стол не разрешил сделать снимок экрана. Сохраните QR-код как изображение и откройте его.</translation>
    </message>
    <message>
        <source>%1 is not a file on this computer. Save the picture first, then open it.</source>
        <translation>%1 — не файл на этом компьютере. Сначала сохраните изображение, затем откройте его.</translation>
    </message>
    <message>
        <source>This is not a 2FA link: it should start with otpauth:// or otpauth-migration://.</source>
        <translation>Это не ссылка 2FA: она должна начинаться с otpauth:// или otpauth-migration://.</translation>
    </message>
    <message>
        <source>a link</source>
        <translation>ссылка</translation>
    </message>
    <message>
        <source>the screen</source>
        <translation>экран</translation>
    </message>
    <message>
        <source>the clipboard</source>
        <translation>буфер обмена</translation>
    </message>
    <message>
        <source>the dropped text</source>
        <translation>перетащенный текст</translation>
    </message>
    <message>
        <source>the link</source>
        <translation>ссылка</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s)</source>
        <translation>
            <numerusform>%n изображение</numerusform>
            <numerusform>%n изображения</numerusform>
            <numerusform>%n изображений</numerusform>
        </translation>
    </message>
    <message>
        <source>The QR code on the screen is not a 2FA code: it holds %1.</source>
        <translation>QR-код на экране — не код 2FA: в нём %1.</translation>
    </message>
    <message numerus="yes">
        <source>The %n QR code(s) on the screen are not 2FA codes.</source>
        <translation>
            <numerusform>%n QR-код на экране — не код 2FA.</numerusform>
            <numerusform>%n QR-кода на экране — не коды 2FA.</numerusform>
            <numerusform>%n QR-кодов на экране — не коды 2FA.</numerusform>
        </translation>
    </message>
    <message>
        <source>The QR code in the picture on the clipboard is not a 2FA code: it holds %1.</source>
        <translation>QR-код на изображении из буфера обмена — не код 2FA: в нём %1.</translation>
    </message>
    <message>
        <source>The QR code in %1 is not a 2FA code: it holds %2.</source>
        <translation>QR-код в файле %1 — не код 2FA: в нём %2.</translation>
    </message>
    <message>
        <source>None of the QR codes in these pictures is a 2FA code.</source>
        <translation>Ни один QR-код на этих изображениях не является кодом 2FA.</translation>
    </message>
    <message>
        <source>The screen could not be captured. Save the QR code as a picture and open it instead.</source>
        <translation>Не удалось сделать снимок экрана. Сохраните QR-код как изображение и откройте его.</translation>
    </message>
    <message>
        <source>No QR code was found on the screen. Make the code bigger or clearer and try again.</source>
        <translation>На экране не найден QR-код. Сделайте код крупнее или чётче и попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>No QR code was found in the picture on the clipboard.</source>
        <translation>На изображении из буфера обмена не найден QR-код.</translation>
    </message>
    <message>
        <source>No QR code was found in %1. Try a sharper or bigger picture of the code.</source>
        <translation>В файле %1 не найден QR-код. Попробуйте более чёткое или крупное изображение кода.</translation>
    </message>
    <message>
        <source>No QR code was found in %1.</source>
        <translation>В файле %1 не найден QR-код.</translation>
    </message>
    <message>
        <source>The clipboard holds no picture and no 2FA link. Copy a QR code picture or an otpauth:// link first.</source>
        <translation>В буфере обмена нет ни изображения, ни ссылки 2FA. Сначала скопируйте изображение QR-кода или ссылку otpauth://.</translation>
    </message>
    <message>
        <source>Nothing that was dropped holds a 2FA code. Drop a picture of a QR code or an otpauth:// link.</source>
        <translation>В перетащенном нет кода 2FA. Перетащите изображение QR-кода или ссылку otpauth://.</translation>
    </message>
    <message>
        <source>No picture was given.</source>
        <translation>Изображение не указано.</translation>
    </message>
    <message>
        <source>%1 of %2 transfer codes scanned</source>
        <extracomment>Google Authenticator splits a transfer into several QR codes; %1 and %2 are counts.</extracomment>
        <translation>Отсканировано кодов переноса: %1 из %2</translation>
    </message>
</context>
<context>
    <name>tessera::BackupController</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Папка %1 не существует.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name.</source>
        <translation>%1 — это папка; выберите имя файла.</translation>
    </message>
    <message>
        <source>%1 is not a file on this computer.</source>
        <translation>%1 — не файл на этом компьютере.</translation>
    </message>
    <message>
        <source>Not included: %1</source>
        <translation>Не включены: %1</translation>
    </message>
    <message>
        <source>There is no plain export format “%1”.</source>
        <translation>Формата экспорта без шифрования «%1» нет.</translation>
    </message>
    <message>
        <source>Choose a password for the encrypted file.</source>
        <translation>Выберите пароль для зашифрованного файла.</translation>
    </message>
    <message>
        <source>The vault has no accounts to export.</source>
        <translation>В хранилище нет аккаунтов для экспорта.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n account(s) to %1.</source>
        <translation>
            <numerusform>Экспортирован %n аккаунт в файл %1.</numerusform>
            <numerusform>Экспортировано %n аккаунта в файл %1.</numerusform>
            <numerusform>Экспортировано %n аккаунтов в файл %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the emergency kit to %1. Print it, then delete the file.</source>
        <translation>Аварийный комплект сохранён в файл %1. Распечатайте его, а затем удалите файл.</translation>
    </message>
    <message>
        <source>Choose a password for the automatic backups.</source>
        <translation>Выберите пароль для автоматических резервных копий.</translation>
    </message>
    <message>
        <source>Automatic backups are on: they go to %1.</source>
        <translation>Автоматические резервные копии включены и сохраняются в папку %1.</translation>
    </message>
    <message>
        <source>Automatic backups are off. The backups already written were kept.</source>
        <translation>Автоматические резервные копии выключены. Уже созданные копии сохранены.</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Резервная копия сохранена: %1.</translation>
    </message>
</context>
<context>
    <name>tessera::ClockCheck</name>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n секунду</numerusform>
            <numerusform>%n секунды</numerusform>
            <numerusform>%n секунд</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n минуту</numerusform>
            <numerusform>%n минуты</numerusform>
            <numerusform>%n минут</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n час</numerusform>
            <numerusform>%n часа</numerusform>
            <numerusform>%n часов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>This computer sets its clock automatically from the internet.</source>
        <translation>Этот компьютер автоматически сверяет часы через интернет.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is not being set automatically, so it may drift and codes may be rejected. Turn on “Set time automatically” in the system&apos;s date and time settings.</source>
        <translation>Часы этого компьютера не настраиваются автоматически: они могут уйти, и коды будут отклоняться. Включите «Устанавливать время автоматически» в системных настройках даты и времени.</translation>
    </message>
    <message>
        <source>Tessera cannot tell whether this computer sets its clock automatically. Check the time against a website instead.</source>
        <translation>Tessera не может определить, настраивает ли этот компьютер часы автоматически. Сверьте время с каким-нибудь сайтом.</translation>
    </message>
    <message>
        <source>Enter a web address such as %1.</source>
        <translation>Введите адрес сайта, например %1.</translation>
    </message>
    <message>
        <source>Use an address that starts with https://, such as %1: only then can Tessera be sure the time really comes from that site.</source>
        <translation>Используйте адрес, начинающийся с https://, например %1: только так Tessera может быть уверена, что время действительно пришло с этого сайта.</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n seconds. Check the internet connection, or try another site.</source>
        <translation>
            <numerusform>%1 не ответил за %n секунду. Проверьте подключение к интернету или попробуйте другой сайт.</numerusform>
            <numerusform>%1 не ответил за %n секунды. Проверьте подключение к интернету или попробуйте другой сайт.</numerusform>
            <numerusform>%1 не ответил за %n секунд. Проверьте подключение к интернету или попробуйте другой сайт.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1&apos;s security certificate was not accepted. If this computer&apos;s date is wrong, that is the reason: correct the date, then check again.</source>
        <translation>Сертификат безопасности %1 не принят. Если на этом компьютере неверная дата, причина в этом: исправьте дату и проверьте снова.</translation>
    </message>
    <message>
        <source>Could not reach %1. Check the internet connection and the address.</source>
        <translation>Не удалось связаться с %1. Проверьте подключение к интернету и адрес.</translation>
    </message>
    <message>
        <source>%1 did not say what time it is. Try another site.</source>
        <translation>%1 не сообщил, который час. Попробуйте другой сайт.</translation>
    </message>
    <message>
        <source>%1 sent a time Tessera cannot read. Try another site.</source>
        <translation>%1 прислал время, которое Tessera не может прочитать. Попробуйте другой сайт.</translation>
    </message>
    <message>
        <source>Your computer&apos;s clock is right; codes will be accepted.</source>
        <translation>Часы вашего компьютера идут верно; коды будут приниматься.</translation>
    </message>
    <message>
        <source>Your computer&apos;s clock is %1 behind, close enough: codes will be accepted.</source>
        <translation>Часы вашего компьютера отстают на %1 — это допустимо: коды будут приниматься.</translation>
    </message>
    <message>
        <source>Your computer&apos;s clock is %1 ahead, close enough: codes will be accepted.</source>
        <translation>Часы вашего компьютера спешат на %1 — это допустимо: коды будут приниматься.</translation>
    </message>
    <message>
        <source>Your computer&apos;s clock is %1 behind; codes will be rejected. Turn on “Set time automatically” in the system&apos;s date and time settings, or correct the time by hand.</source>
        <translation>Часы вашего компьютера отстают на %1; коды будут отклоняться. Включите «Устанавливать время автоматически» в системных настройках даты и времени или исправьте время вручную.</translation>
    </message>
    <message>
        <source>Your computer&apos;s clock is %1 ahead; codes will be rejected. Turn on “Set time automatically” in the system&apos;s date and time settings, or correct the time by hand.</source>
        <translation>Часы вашего компьютера спешат на %1; коды будут отклоняться. Включите «Устанавливать время автоматически» в системных настройках даты и времени или исправьте время вручную.</translation>
    </message>
</context>
<context>
    <name>tessera::ImportController</name>
    <message>
        <source>Choose at least one file to import.</source>
        <translation>Выберите хотя бы один файл для импорта.</translation>
    </message>
    <message>
        <source>%1 is not a file on this computer.</source>
        <translation>%1 — не файл на этом компьютере.</translation>
    </message>
    <message>
        <source>No QR code was found in %1.</source>
        <translation>В файле %1 не найден QR-код.</translation>
    </message>
    <message>
        <source>The QR code in %1 is not an authenticator code (no otpauth:// link).</source>
        <translation>QR-код в файле %1 — не код аутентификатора (нет ссылки otpauth://).</translation>
    </message>
    <message>
        <source>QR codes in images</source>
        <translation>QR-коды на изображениях</translation>
    </message>
    <message>
        <source>The vault changed while the preview was shown. Check the refreshed preview and import again.</source>
        <translation>Пока был открыт предпросмотр, хранилище изменилось. Проверьте обновлённый предпросмотр и импортируйте снова.</translation>
    </message>
</context>
<context>
    <name>tessera::ImportPreviewModel</name>
    <message>
        <source>An entry that could not be read</source>
        <translation>Запись, которую не удалось прочитать</translation>
    </message>
</context>
<context>
    <name>tessera::PasswordMeter</name>
    <message>
        <source>This service&apos;s password rules could not be read; follow the rules the site shows.</source>
        <translation>Не удалось прочитать требования этого сервиса к паролю; следуйте правилам, которые показывает сайт.</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Используйте не меньше %n символа.</numerusform>
            <numerusform>Используйте не меньше %n символов.</numerusform>
            <numerusform>Используйте не меньше %n символов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Use at most %n characters.</source>
        <translation>
            <numerusform>Используйте не больше %n символа.</numerusform>
            <numerusform>Используйте не больше %n символов.</numerusform>
            <numerusform>Используйте не больше %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Include at least one letter (a–z or A–Z).</source>
        <translation>Добавьте хотя бы одну латинскую букву (a–z или A–Z).</translation>
    </message>
    <message>
        <source>Include at least one digit (0–9).</source>
        <translation>Добавьте хотя бы одну цифру (0–9).</translation>
    </message>
    <message>
        <source>Include at least one of these marks: %1</source>
        <translation>Добавьте хотя бы один из этих знаков: %1</translation>
    </message>
    <message>
        <source>space</source>
        <extracomment>A space character in a list of characters a site does not allow.</extracomment>
        <translation>пробел</translation>
    </message>
    <message>
        <source>This site does not allow %1.</source>
        <extracomment>%1 is a list of characters, such as “ä”, “~”</extracomment>
        <translation>На этом сайте нельзя использовать %1.</translation>
    </message>
</context>
<context>
    <name>tessera::PasswordStrength</name>
    <message>
        <source>Choose a password for this backup.</source>
        <translation>Выберите пароль для этой резервной копии.</translation>
    </message>
    <message>
        <source>This is one of the most common passwords; it is tried first.</source>
        <translation>Это один из самых распространённых паролей: его пробуют в первую очередь.</translation>
    </message>
    <message>
        <source>Use at least 12 characters; a few unrelated words are long and easy to remember.</source>
        <translation>Используйте не меньше 12 символов; несколько не связанных между собой слов — это длинно и легко запомнить.</translation>
    </message>
    <message>
        <source>Avoid repeated characters and runs such as “aaa”, “123” or “qwerty”.</source>
        <translation>Избегайте повторов и последовательностей вроде «aaa», «123» или «qwerty».</translation>
    </message>
    <message>
        <source>Add more words or characters to make it harder to guess.</source>
        <translation>Добавьте слов или символов, чтобы пароль было труднее подобрать.</translation>
    </message>
    <message>
        <source>Good. Longer is even better; do not use this password anywhere else.</source>
        <translation>Хороший. Длиннее — ещё лучше; не используйте этот пароль больше нигде.</translation>
    </message>
    <message>
        <source>Strong. Do not use this password anywhere else, and keep it somewhere safe.</source>
        <translation>Надёжный. Не используйте этот пароль больше нигде и храните его в надёжном месте.</translation>
    </message>
    <message>
        <source>Dates and years are among the first things tried; leave them out.</source>
        <translation>Даты и годы перебирают одними из первых; не используйте их.</translation>
    </message>
    <message>
        <source>Common words and names are tried first, also with letters swapped for look-alikes (“p@ssw0rd”); add a few unrelated words.</source>
        <translation>Распространённые слова и имена перебирают первыми, в том числе с буквами, заменёнными похожими знаками («p@ssw0rd»); добавьте несколько не связанных между собой слов.</translation>
    </message>
</context>
<context>
    <name>tessera::RecoveryController</name>
    <message>
        <source>Open the official page</source>
        <extracomment>A checklist step&apos;s button: opens the service&apos;s official page in the browser.</extracomment>
        <translation>Открыть официальную страницу</translation>
    </message>
    <message>
        <source>Make a strong password</source>
        <translation>Создать надёжный пароль</translation>
    </message>
    <message>
        <source>Open this account&apos;s recovery details</source>
        <translation>Открыть данные восстановления этого аккаунта</translation>
    </message>
    <message>
        <source>Check this computer&apos;s clock</source>
        <translation>Проверить часы на этом компьютере</translation>
    </message>
    <message>
        <source>This login address cannot be saved: it must start with https:// and name the site, like https://login.aliexpress.com.</source>
        <translation>Этот адрес входа нельзя сохранить: он должен начинаться с https:// и содержать имя сайта, например https://login.aliexpress.com.</translation>
    </message>
    <message>
        <source>This account is no longer in the vault.</source>
        <translation>Этого аккаунта больше нет в хранилище.</translation>
    </message>
    <message>
        <source>These are not backup codes: each code is a short group of letters and digits, one per line.</source>
        <translation>Это не резервные коды: каждый код — короткая группа букв и цифр, по одному на строке.</translation>
    </message>
    <message>
        <source>Paste the backup codes the service gave you, one per line.</source>
        <translation>Вставьте резервные коды, которые выдал сервис, по одному на строке.</translation>
    </message>
    <message>
        <source>The vault has no accounts yet.</source>
        <translation>В хранилище пока нет аккаунтов.</translation>
    </message>
    <message numerus="yes">
        <source>If this computer died today, all %n account(s) would come back from your backup.</source>
        <translation>
            <numerusform>Если бы этот компьютер сегодня сломался, из резервной копии можно было бы восстановить %n аккаунт — то есть все.</numerusform>
            <numerusform>Если бы этот компьютер сегодня сломался, из резервной копии можно было бы восстановить %n аккаунта — то есть все.</numerusform>
            <numerusform>Если бы этот компьютер сегодня сломался, из резервной копии можно было бы восстановить %n аккаунтов — то есть все.</numerusform>
        </translation>
    </message>
    <message>
        <source>If this computer died today, %1 of %2 accounts would come back from your backup, %3 only through the service&apos;s recovery email or phone, and %4 would be lost.</source>
        <extracomment>%1 and %2 are counts of accounts; the sentence goes on with what would be lost.</extracomment>
        <translation>Если бы этот компьютер сегодня сломался, из резервной копии можно было бы восстановить %1 из %2 аккаунтов, ещё %3 — только через почту или телефон для восстановления, указанные на сервисе, а потеряно было бы %4.</translation>
    </message>
    <message>
        <source>This account changed after your last backup, or there is none; make a backup or an emergency kit.</source>
        <translation>Этот аккаунт изменился после последней резервной копии, или копии ещё нет; создайте резервную копию или аварийный комплект.</translation>
    </message>
    <message>
        <source>All saved backup codes are used; get new ones from the service&apos;s security settings.</source>
        <translation>Все сохранённые резервные коды использованы; получите новые в настройках безопасности сервиса.</translation>
    </message>
    <message>
        <source>Only one or two backup codes are left; get new ones from the service&apos;s security settings.</source>
        <translation>Осталось всего один-два резервных кода; получите новые в настройках безопасности сервиса.</translation>
    </message>
    <message>
        <source>No backup codes are saved; if the service offers them, save them here.</source>
        <translation>Резервные коды не сохранены; если сервис их выдаёт, сохраните их здесь.</translation>
    </message>
    <message>
        <source>No recovery email or phone is noted; note which ones the service has on file.</source>
        <translation>Почта и телефон для восстановления не записаны; запишите, какие из них указаны на сервисе.</translation>
    </message>
    <message>
        <source>The recovery email and phone have not been checked for a year; confirm they are still yours.</source>
        <translation>Почту и телефон для восстановления не проверяли уже год; убедитесь, что они по-прежнему ваши.</translation>
    </message>
    <message>
        <source>No official login address is noted; add it so you never need a link from an email.</source>
        <translation>Официальный адрес входа не записан; добавьте его, чтобы никогда не переходить по ссылкам из писем.</translation>
    </message>
    <message>
        <source>The vault has no recovery password: only this computer&apos;s keychain opens it. Set one so a backup of the vault can be opened anywhere.</source>
        <translation>У хранилища нет пароля восстановления: его открывает только связка ключей этого компьютера. Задайте пароль, чтобы резервную копию хранилища можно было открыть где угодно.</translation>
    </message>
</context>
<context>
    <name>tessera::TrayIcon</name>
    <message>
        <source>Unlock…</source>
        <translation>Разблокировать…</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Заблокировать</translation>
    </message>
    <message>
        <source>Quit Tessera</source>
        <translation>Выйти из Tessera</translation>
    </message>
    <message>
        <source>Show the window to unlock the vault</source>
        <translation>Показать окно, чтобы разблокировать хранилище</translation>
    </message>
    <message>
        <source>Lock the vault now</source>
        <translation>Заблокировать хранилище сейчас</translation>
    </message>
    <message>
        <source>Close Tessera; the clipboard is cleared</source>
        <translation>Закрыть Tessera; буфер обмена будет очищен</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(без имени)</translation>
    </message>
    <message>
        <source>Copy the code for %1</source>
        <translation>Скопировать код для %1</translation>
    </message>
    <message>
        <source>Hide Tessera</source>
        <translation>Скрыть Tessera</translation>
    </message>
    <message>
        <source>Show Tessera</source>
        <translation>Показать Tessera</translation>
    </message>
    <message>
        <source>Hide the window; Tessera keeps running in the tray</source>
        <translation>Скрыть окно; Tessera продолжит работать в области уведомлений</translation>
    </message>
    <message>
        <source>Show the Tessera window</source>
        <translation>Показать окно Tessera</translation>
    </message>
</context>
<context>
    <name>tessera::VaultController</name>
    <message>
        <source>Enter the recovery password.</source>
        <translation>Введите пароль восстановления.</translation>
    </message>
    <message>
        <source>The recovery password is too long (at most %1 bytes).</source>
        <translation>Пароль восстановления слишком длинный (не больше %1 байт).</translation>
    </message>
    <message>
        <source>Enter the service or the account name.</source>
        <translation>Введите сервис или имя аккаунта.</translation>
    </message>
    <message>
        <source>Enter the secret key.</source>
        <translation>Введите секретный ключ.</translation>
    </message>
    <message>
        <source>The secret key is not valid: %1</source>
        <translation>Неверный секретный ключ: %1</translation>
    </message>
    <message>
        <source>The counter cannot be negative.</source>
        <translation>Счётчик не может быть отрицательным.</translation>
    </message>
    <message>
        <source>Choose time-based, counter-based or Steam.</source>
        <translation>Выберите: по времени, по счётчику или Steam.</translation>
    </message>
    <message>
        <source>The change was saved, but the automatic backup could not be written: %1</source>
        <translation>Изменение сохранено, но автоматическую резервную копию создать не удалось: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Unnamed account</source>
        <translation>Аккаунт без имени</translation>
    </message>
    <message>
        <source>The vault could not be opened.</source>
        <translation>Не удалось открыть хранилище.</translation>
    </message>
    <message>
        <source>Without the keychain, the vault needs a recovery password to open: choose one.</source>
        <translation>Без связки ключей хранилище открывается только паролем восстановления: задайте его.</translation>
    </message>
    <message>
        <source>Unlock the vault first.</source>
        <translation>Сначала разблокируйте хранилище.</translation>
    </message>
    <message>
        <source>This transfer link cannot be read: %1</source>
        <translation>Не удалось прочитать ссылку переноса: %1</translation>
    </message>
    <message>
        <source>This transfer link holds no account that Tessera can add.</source>
        <translation>В этой ссылке переноса нет аккаунтов, которые Tessera может добавить.</translation>
    </message>
    <message>
        <source>This link cannot be read: %1</source>
        <translation>Не удалось прочитать ссылку: %1</translation>
    </message>
    <message>
        <source>This is not an account link: it starts with otpauth:// or otpauth-migration://.</source>
        <translation>Это не ссылка на аккаунт: такая ссылка начинается с otpauth:// или otpauth-migration://.</translation>
    </message>
    <message>
        <source>%1 is already in Tessera.</source>
        <translation>%1 уже есть в Tessera.</translation>
    </message>
    <message>
        <source>Every account in this link is already in Tessera.</source>
        <translation>Все аккаунты из этой ссылки уже есть в Tessera.</translation>
    </message>
    <message>
        <source>This account is no longer in the vault.</source>
        <translation>Этого аккаунта больше нет в хранилище.</translation>
    </message>
    <message>
        <source>Only counter-based accounts have a counter to move on.</source>
        <translation>Счётчик есть только у аккаунтов с кодами по счётчику.</translation>
    </message>
    <message>
        <source>This account is already back in the vault.</source>
        <translation>Этот аккаунт уже возвращён в хранилище.</translation>
    </message>
    <message>
        <source>Tessera has no icon called “%1”.</source>
        <translation>В Tessera нет значка «%1».</translation>
    </message>
    <message>
        <source>Choose a picture saved on this computer.</source>
        <translation>Выберите изображение, сохранённое на этом компьютере.</translation>
    </message>
    <message>
        <source>Tessera could not open this file. Check that it still exists and that you may read it.</source>
        <translation>Tessera не удалось открыть этот файл. Проверьте, что он всё ещё существует и что у вас есть право его читать.</translation>
    </message>
    <message>
        <source>This picture is larger than 256 KB. Choose a smaller one (an icon does not need more).</source>
        <translation>Это изображение больше 256 КБ. Выберите файл поменьше (значку больше и не нужно).</translation>
    </message>
    <message>
        <source>This file is not a PNG, JPEG, SVG or WebP picture.</source>
        <translation>Этот файл — не изображение PNG, JPEG, SVG или WebP.</translation>
    </message>
    <message>
        <source>Tessera could not read this picture. It may be damaged, or of a kind this computer cannot show.</source>
        <translation>Tessera не удалось прочитать это изображение. Возможно, оно повреждено или этот компьютер не умеет показывать такие изображения.</translation>
    </message>
</context>
<context>
    <name>tessera::VaultWorker</name>
    <message>
        <source>This vault opens only with its recovery password.</source>
        <translation>Это хранилище открывается только паролем восстановления.</translation>
    </message>
    <message>
        <source>This computer has no keychain Tessera can use, so the vault needs a recovery password to open.</source>
        <translation>На этом компьютере нет связки ключей, которую может использовать Tessera, поэтому хранилище открывается только паролем восстановления.</translation>
    </message>
    <message>
        <source>There is no vault yet.</source>
        <translation>Хранилища пока нет.</translation>
    </message>
    <message>
        <source>A vault already exists at %1; it was left unchanged.</source>
        <translation>Хранилище уже есть в %1; оно не изменено.</translation>
    </message>
    <message>
        <source>This computer has no keychain Tessera can use; choose a recovery password instead.</source>
        <translation>На этом компьютере нет связки ключей, которую может использовать Tessera; задайте пароль восстановления.</translation>
    </message>
    <message>
        <source>The vault is locked; unlock it first.</source>
        <translation>Хранилище заблокировано; сначала разблокируйте его.</translation>
    </message>
    <message>
        <source>Found a working keychain (%1). Tessera keeps this vault&apos;s key there, so the vault opens without a password on this computer; add a recovery password too, to open it anywhere else.</source>
        <translation>Найдена работающая связка ключей (%1). Tessera хранит в ней ключ от этого хранилища, поэтому на этом компьютере хранилище открывается без пароля; задайте ещё и пароль восстановления, чтобы хранилище можно было открыть и в другом месте.</translation>
    </message>
    <message>
        <source>(A test entry named %1 could not be deleted and is still in the keychain: %2)</source>
        <translation>(Не удалось удалить тестовую запись %1, она осталась в связке ключей: %2)</translation>
    </message>
    <message>
        <source>Tessera tried to store a test entry in the keychain (%1) and could not: %2</source>
        <extracomment>%1 is the keychain&apos;s name (e.g. Secret Service), %2 its own error message.</extracomment>
        <translation>Tessera не удалось сохранить тестовую запись в связке ключей (%1): %2</translation>
    </message>
    <message>
        <source>The keychain (%1) accepted a test entry but gave back something else, so it cannot be trusted with the vault&apos;s key. Tessera can protect the vault with a recovery password instead.</source>
        <translation>Связка ключей (%1) приняла тестовую запись, но вернула что-то другое, поэтому доверять ей ключ от хранилища нельзя. Вместо этого Tessera может защитить хранилище паролем восстановления.</translation>
    </message>
    <message>
        <source>The keychain (%1) accepted a test entry but could not give it back: %2</source>
        <translation>Связка ключей (%1) приняла тестовую запись, но не смогла её вернуть: %2</translation>
    </message>
</context>
<context>
    <name>tessera::cli::RecoveryCommand</name>
    <message>
        <source>password reset</source>
        <translation>сброс пароля</translation>
    </message>
    <message>
        <source>security settings</source>
        <translation>настройки безопасности</translation>
    </message>
    <message>
        <source>login</source>
        <translation>вход</translation>
    </message>
    <message>
        <source>help</source>
        <translation>помощь</translation>
    </message>
    <message>
        <source>Open: %1</source>
        <extracomment>A checklist step&apos;s action in the terminal; %1 is an official https address.</extracomment>
        <translation>Открыть: %1</translation>
    </message>
    <message>
        <source>In the Tessera window: the password helper makes a strong password that fits the service&apos;s rules.</source>
        <translation>В окне Tessera: помощник паролей создаст надёжный пароль по правилам сервиса.</translation>
    </message>
    <message>
        <source>In the Tessera window: the account&apos;s recovery details (backup codes, email, phone).</source>
        <translation>В окне Tessera: данные восстановления аккаунта (резервные коды, почта, телефон).</translation>
    </message>
    <message>
        <source>In the Tessera window: the clock check.</source>
        <translation>В окне Tessera: проверка часов.</translation>
    </message>
    <message>
        <source>Show the steps with: tessera-cli recovery show SERVICE SCENARIO</source>
        <translation>Шаги покажет команда: tessera-cli recovery show SERVICE SCENARIO</translation>
    </message>
    <message>
        <source>Official pages (open them yourself, never from a link in a message):</source>
        <translation>Официальные страницы (открывайте их сами, никогда не по ссылке из сообщения):</translation>
    </message>
    <message>
        <source>Tip: </source>
        <extracomment>Before a tip under a checklist step in the terminal (keep the space at the end).</extracomment>
        <translation>Совет: </translation>
    </message>
</context>
<context>
    <name>tessera::documents::EmergencyKit</name>
    <message>
        <source>Time-based (TOTP) · %1 · %2 digits · every %3 s</source>
        <extracomment>Printed under an account in the emergency kit: %1 algorithm (SHA1), %2 digits, %3 seconds.</extracomment>
        <translation>По времени (TOTP) · %1 · %2 цифр · каждые %3 с</translation>
    </message>
    <message>
        <source>Counter-based (HOTP) · %1 · %2 digits · next counter %3</source>
        <translation>По счётчику (HOTP) · %1 · %2 цифр · следующий счётчик %3</translation>
    </message>
    <message>
        <source>Steam Guard · 5 characters · every 30 s</source>
        <translation>Steam Guard · 5 символов · каждые 30 с</translation>
    </message>
    <message>
        <source>The emergency kit could not be prepared.</source>
        <translation>Не удалось подготовить аварийный комплект.</translation>
    </message>
    <message>
        <source>Tessera emergency kit</source>
        <translation>Аварийный комплект Tessera</translation>
    </message>
    <message>
        <source>The emergency kit could not be drawn.</source>
        <translation>Не удалось нарисовать аварийный комплект.</translation>
    </message>
    <message>
        <source>Tessera emergency kit · %1 · page %2 of %3 · keep it private</source>
        <translation>Аварийный комплект Tessera · %1 · страница %2 из %3 · храните в тайне</translation>
    </message>
    <message numerus="yes">
        <source>Made on %1 · %n account(s)</source>
        <extracomment>%1 a date and time; %n how many accounts the kit holds.</extracomment>
        <translation>
            <numerusform>Создан %1 · %n аккаунт</numerusform>
            <numerusform>Создан %1 · %n аккаунта</numerusform>
            <numerusform>Создан %1 · %n аккаунтов</numerusform>
        </translation>
    </message>
    <message>
        <source>This paper holds the keys to your two-factor codes. Anyone who has it can make your login codes: keep it somewhere safe (a locked drawer, a safe), never photograph it, and destroy older kits when you print a new one.
To get an account back: open Tessera — or any authenticator app — on your new computer or phone, choose “Add account” and scan its QR code below. If a code will not scan, choose manual entry and type the setup key shown beside it, with the same type, digits and period.
Then check that the code the app shows is accepted by the site before you rely on it.</source>
        <translation>На этом листе — ключи к вашим кодам двухфакторной проверки. Любой, у кого он окажется, сможет получать ваши коды входа: храните его в надёжном месте (в запертом ящике, в сейфе), никогда не фотографируйте и уничтожайте старые комплекты, когда печатаете новый.
Чтобы вернуть аккаунт: откройте Tessera — или любое приложение-аутентификатор — на новом компьютере или телефоне, выберите «Добавить аккаунт» и отсканируйте его QR-код ниже. Если код не сканируется, выберите ручной ввод и введите ключ настройки, напечатанный рядом, с тем же типом, числом цифр и периодом.
Затем убедитесь, что сайт принимает код из приложения, прежде чем на него полагаться.</translation>
    </message>
    <message>
        <source>Setup key:</source>
        <translation>Ключ настройки:</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <extracomment>Before the account&apos;s own note in the emergency kit.</extracomment>
        <translation>Заметка: %1</translation>
    </message>
</context>
</TS>

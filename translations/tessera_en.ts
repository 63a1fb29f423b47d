<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A two-step verification code generator for the desktop. Your accounts stay in an encrypted vault on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later.</source>
        <extracomment>License notice in the About box.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDelegate</name>
    <message>
        <source>%1, code %2</source>
        <extracomment>Accessible name of a row in the accounts list; %1 is the account, %2 its code.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press to copy the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next: %1</source>
        <extracomment>The code that follows the current one, shown in its last seconds.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <extracomment>Button that shows a code hidden behind dots.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show code for %1</source>
        <extracomment>Button that shows a hidden code for 30 seconds.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New code for %1</source>
        <extracomment>HOTP accounts: moves the counter on and shows a new code.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New code (counter %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1 from favorites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 to favorites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountDetailsPage</name>
    <message>
        <source>Details of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favorite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Favorite (shown on top and in the tray menu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer (service)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <extracomment>A free text note kept with the account (e.g. where its backup codes are).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. where the backup codes are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to a phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show QR code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show QR code to move to a phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan it with the authenticator app on your phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the QR code?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone who sees this code can copy your account, and get its codes as you do. Make sure nobody is looking at your screen and that it is not being recorded or shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change icon…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the icon of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery</source>
        <extracomment>Heading: getting back into this account if it is ever locked.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup codes saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n backup code(s) left.</source>
        <translation>
            <numerusform>%1 of %n backup code left.</numerusform>
            <numerusform>%1 of %n backup codes left.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup codes and recovery info…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup codes and recovery info of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked out?</source>
        <extracomment>Opens the recovery checklists for this account.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery steps for %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for QR codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add account (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <extracomment>Toolbar button that locks the vault.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock Tessera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort</source>
        <extracomment>Opens the menu of sort orders for the accounts list.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan QR code on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an image of a QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste image or link</source>
        <extracomment>Pastes a copied QR code picture or otpauth link.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a setup key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a setup key by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from another app…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup and export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Tessera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By account name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open images of QR codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account in this group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan next</source>
        <extracomment>Scans the screen again for the next QR code of a multi-part transfer.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the next transfer code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop scanning transfer codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup and export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery center…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery center: get back into an account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupCodeList</name>
    <message>
        <source>Used</source>
        <extracomment>Ticked when a backup code was used (each works once).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code %1 is used; mark it unused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark code %1 used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code %1, hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove code %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>Backups and export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for automatic backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export without encryption?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file will hold every secret in clear: anyone who reads it — another program, a cloud folder, someone with your USB stick — can make your codes. Use it only to move to an app that cannot read an encrypted file, then delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aegis file, unencrypted (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List of otpauth:// links (text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the transfer codes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR codes hold your secrets. Make sure nobody can see your screen or record it, then scan them with Google Authenticator (Transfer accounts → Import accounts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file with all your accounts, locked with a password of its own. Keep it somewhere other than this computer; Tessera (Import) opens it on any computer with that password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save an encrypted backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off. When on, Tessera writes an encrypted backup to a folder of your choice after every change and keeps the last ten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last backup: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup written yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On, into %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes not yet backed up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn automatic backups off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for the automatic backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose folder and turn on…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder and turn automatic backups on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to a phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Authenticator reads its own transfer QR codes, up to ten accounts each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show transfer QR codes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Google Authenticator transfer QR codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer QR code %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>Position in the sequence of transfer QR codes, e.g. &quot;1 of 3&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the QR codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not included (Google Authenticator cannot hold them):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aegis file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An encrypted vault file that Aegis (Android) imports, with groups, notes and favourites.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for the Aegis file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Aegis file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save an encrypted Aegis file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF to print: every account&apos;s QR code and setup key, so you can set them up again from paper. It is not encrypted — print it, keep the paper somewhere safe and delete the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save emergency kit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the emergency kit PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unencrypted export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export without encryption…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export without encryption</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupPasswordForm</name>
    <message>
        <source>Backup password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupStrengthMeter</name>
    <message>
        <source>Very weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password strength: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistStep</name>
    <message>
        <source>Step %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 is done; mark it not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark step %1 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <extracomment>%1 is the step&apos;s number, %2 what to do.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tip: %1</source>
        <extracomment>A tip under a checklist step.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClockCheckDialog</name>
    <message>
        <source>Check this computer&apos;s clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login codes depend on the time: if this computer&apos;s clock is more than a few seconds off, the service rejects them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with the time a website states:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website to compare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the clock with this website</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountdownIndicator</name>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <extracomment>Accessible name of the countdown next to a code.</extracomment>
        <translation>
            <numerusform>%n second left</numerusform>
            <numerusform>%n seconds left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmptyAccountsPage</name>
    <message>
        <source>No accounts yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your first account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a site shows a QR code for two-step verification, put it on screen and scan it, or use any of the other ways below.</source>
        <extracomment>Shown on the empty accounts screen.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan QR code on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an image of a QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste image or link</source>
        <extracomment>Pastes a copied QR code picture or otpauth link.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a setup key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a setup key by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import from another app…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can also drop an image or a link onto this window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Welcome to Tessera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tessera keeps your two-step verification codes in an encrypted vault on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your system keychain works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No working system keychain was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tessera will keep the vault&apos;s key in it, so the vault opens by itself when you are logged in, and stays closed for anyone who copies the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tessera will protect the vault with a password instead. You will type it each time Tessera opens. Choose one you will remember: without it, the codes cannot be recovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was found: %1</source>
        <extracomment>%1 is what the keychain check found, in a sentence.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also set a recovery password (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also set a recovery password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the keychain is ever lost (a new computer, a reinstalled system), the recovery password still opens your vault and its backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a recovery password, losing the keychain means losing access to the vault. You can set one later in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create my vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IconPickerDialog</name>
    <message>
        <source>Icon for %1</source>
        <extracomment>Title of the dialog that sets the picture shown for an account; %1 is the account.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account shows its own picture. Remove the picture to show a brand icon or letters instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search brands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search brand icons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand icons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (current icon)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No brand icon matches. Use letters or a picture from a file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <extracomment>Icon choice: the brand icon matching the issuer, if any, else letters.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic icon (by the service name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters only</source>
        <extracomment>Icon choice: always show the account&apos;s initials on a coloured circle.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters only, no brand icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture from a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a picture from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the account&apos;s own picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a picture for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.svg *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportEntryDelegate</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same name, other secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the vault&apos;s secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do with %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Import accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the files to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is encrypted. Enter the password it was saved with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of the file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the encrypted file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose other files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new, %2 already in the vault, %3 with the same name as a vault account, %4 that cannot be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts in the files</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n account(s)</source>
        <translation>
            <numerusform>Import %n account</numerusform>
            <numerusform>Import %n accounts</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n account(s).</source>
        <translation>
            <numerusform>Imported %n account.</numerusform>
            <numerusform>Imported %n accounts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new to import; the vault was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the files you imported are not encrypted, delete them now: anyone who reads them can make your codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import more files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups, exports and screenshots (*.json *.tessera *.2fas *.txt *.bin *.xml *.csv *.aes *.png *.jpg *.jpeg *.gif *.bmp *.webp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import accounts from a Tessera backup or from another authenticator&apos;s export: Aegis, 2FAS, andOTP, Bitwarden, Ente, FreeOTP, FreeOTP+, Proton Authenticator, Steam (maFile), a list of otpauth:// links, or screenshots of QR codes (a Google Authenticator transfer split over several pictures is read together). You will see what would be imported before anything changes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <source>Tessera is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock with your system keychain or with your recovery password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock with your system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your password to unlock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock with system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock with password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault has no way to unlock it from here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>This part of Tessera is not available yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account from %1 could not be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 accounts from %3 could not be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %n account(s)</source>
        <translation>
            <numerusform>Added %n account</numerusform>
            <numerusform>Added %n accounts</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Code for %1 copied — clears in %n s</source>
        <extracomment>%1 is the account; the clipboard is emptied after %n seconds.</extracomment>
        <translation>
            <numerusform>Code for %1 copied — clears in %n s</numerusform>
            <numerusform>Code for %1 copied — clears in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Clipboard cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some accounts were not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the screenshot?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>Button of the &quot;Delete the screenshot?&quot; question.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep</source>
        <extracomment>Button of the &quot;Delete the screenshot?&quot; question.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screenshot deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It shows your secret key: anyone who gets the picture can make your codes. The account is now in Tessera, so the picture is no longer needed.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Copied — clears in %n s</source>
        <extracomment>A password (not a code) was copied; the clipboard is emptied after %n seconds.</extracomment>
        <translation>
            <numerusform>Copied — clears in %n s</numerusform>
            <numerusform>Copied — clears in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManualEntryDialog</name>
    <message>
        <source>Enter a setup key</source>
        <extracomment>Title of the dialog for typing an account&apos;s setup key by hand.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <extracomment>Adds the account typed in the manual-entry dialog.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites that show a QR code usually offer a text key too (&quot;Can&apos;t scan it?&quot;). Type or paste it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer (service)</source>
        <extracomment>The service the account belongs to, e.g. GitHub.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. GitHub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account name</source>
        <extracomment>The user name or e-mail address of the account.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. me@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. JBSW Y3DP EHPK 3PXP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <extracomment>Shows the less common code settings (type, algorithm, digits, period).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show advanced settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>Kind of code: time-based, counter-based or Steam.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time-based (TOTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter-based (HOTP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period (seconds)</source>
        <extracomment>How long each code lasts, in seconds.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period in seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter</source>
        <extracomment>HOTP: the number of codes already used.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordHelperDialog</name>
    <message>
        <source>%1 states no password rules; Tessera makes a long one with letters, digits and punctuation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>punctuation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>at least %n character(s)</source>
        <translation>
            <numerusform>at least %n character</numerusform>
            <numerusform>at least %n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 asks for %2 with %3.</source>
        <extracomment>%1 the service, %2 e.g. &quot;6 to 20 characters&quot;, %3 e.g. &quot;letters, digits, punctuation&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tessera could not make a password for these rules. Make one yourself and check it below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make another password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste it into the official site&apos;s password fields, then save it in your password manager. Tessera does not keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or check a password you chose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password to check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordStrength</name>
    <message numerus="yes">
        <source>Too short: use at least %n characters.</source>
        <translation>
            <numerusform>Too short: use at least %n character.</numerusform>
            <numerusform>Too short: use at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadinessFinding</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadinessPage</name>
    <message>
        <source>Comes back from your backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only through the service&apos;s recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would be lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set one…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add codes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last backup or emergency kit: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup or emergency kit has been made yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryCenterPage</name>
    <message>
        <source>No account, just read the steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked out, forgot a password, or think someone got in? Choose what happened and follow the steps one by one. Tessera keeps your place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check what is missing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the recovery readiness check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account to recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an account and Tessera remembers which steps you have done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <extracomment>The web service an account belongs to (AliExpress, …).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official login page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the official login page: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup codes and recovery info…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the recovery details of this account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in only from here or by typing the address yourself, never from a link in an email or a message: that is how accounts are stolen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 steps done</source>
        <extracomment>%1 steps ticked of %2.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryDetailsPage</name>
    <message>
        <source>Recovery details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery details of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery: %1</source>
        <extracomment>%1 is the account.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup codes saved. Services that offer them show them once, when two-step login is turned on, or in their security settings: paste them below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n code(s) left.</source>
        <translation>
            <numerusform>%1 of %n code left.</numerusform>
            <numerusform>%1 of %n codes left.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Every code is used: get new ones from the service&apos;s security settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Get new ones from the service&apos;s security settings before they run out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste backup codes here, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup codes to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the pasted backup codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official login page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in from here or by typing the address yourself, never from a link in an email or a message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official login address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the saved login page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery email and phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which email address and phone number the service sends recovery codes to. If they are old, update them on the service too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the login page and recovery contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You last confirmed these details on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not confirmed these details yet. Check them on the service&apos;s security settings page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These details are still right</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenarioChecklistPage</name>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 the service (AliExpress), %2 the scenario (&quot;I forgot my password&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n step(s) done.</source>
        <translation>
            <numerusform>%n of %n step done.</numerusform>
            <numerusform>All %n steps done.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 steps done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Last worked on %2.</source>
        <extracomment>%1 &quot;3 of 8 steps done.&quot;, %2 a date and time.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account is chosen, so these ticks are not kept. Open the checklist from the account to keep your place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start over: untick every step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start over?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every step of this checklist will be unticked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which account?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup codes and recovery info are kept per account. Go back, choose the account at the top of the recovery center, and open this checklist again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear copied codes after (seconds)</source>
        <extracomment>Setting: seconds after which a copied code is removed from the clipboard.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear copied codes after this many seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock when idle for (minutes, 0 = never)</source>
        <extracomment>Setting: minutes without use before Tessera locks; 0 means never.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock when idle for this many minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock when the screen locks or the computer sleeps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide codes until I click Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep running in the system tray when the window is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recovery password is set. It opens the vault when the system keychain cannot. Setting a new one replaces it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recovery password is set: if the system keychain is lost, so are your accounts. Set one now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New recovery password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the new recovery password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change recovery password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set recovery password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Tessera…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Tessera</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::AddSourceController</name>
    <message>
        <source>a web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wi-Fi settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a contact card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an image. To bring in a backup file, use Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read as a picture (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screen could not be captured: the desktop&apos;s screenshot service (D-Bus) is not running. Save the QR code as a picture and open it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screen could not be captured (%1). Save the QR code as a picture and open it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen capture was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desktop did not allow a screenshot. Save the QR code as a picture and open it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file on this computer. Save the picture first, then open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a 2FA link: it should start with otpauth:// or otpauth-migration://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the dropped text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the link</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s)</source>
        <translation>
            <numerusform>%n picture</numerusform>
            <numerusform>%n pictures</numerusform>
        </translation>
    </message>
    <message>
        <source>The QR code on the screen is not a 2FA code: it holds %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %n QR code(s) on the screen are not 2FA codes.</source>
        <translation>
            <numerusform>The QR code on the screen is not a 2FA code.</numerusform>
            <numerusform>The %n QR codes on the screen are not 2FA codes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The QR code in the picture on the clipboard is not a 2FA code: it holds %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code in %1 is not a 2FA code: it holds %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the QR codes in these pictures is a 2FA code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screen could not be captured. Save the QR code as a picture and open it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No QR code was found on the screen. Make the code bigger or clearer and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No QR code was found in the picture on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No QR code was found in %1. Try a sharper or bigger picture of the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No QR code was found in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no picture and no 2FA link. Copy a QR code picture or an otpauth:// link first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing that was dropped holds a 2FA code. Drop a picture of a QR code or an otpauth:// link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No picture was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 transfer codes scanned</source>
        <extracomment>Google Authenticator splits a transfer into several QR codes; %1 and %2 are counts.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::BackupController</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not included: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no plain export format “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a password for the encrypted file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault has no accounts to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n account(s) to %1.</source>
        <translation>
            <numerusform>Exported %n account to %1.</numerusform>
            <numerusform>Exported %n accounts to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the emergency kit to %1. Print it, then delete the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a password for the automatic backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backups are on: they go to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backups are off. The backups already written were kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::ClockCheck</name>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>This computer sets its clock automatically from the internet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s clock is not being set automatically, so it may drift and codes may be rejected. Turn on “Set time automatically” in the system&apos;s date and time settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tessera cannot tell whether this computer sets its clock automatically. Check the time against a website instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a web address such as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an address that starts with https://, such as %1: only then can Tessera be sure the time really comes from that site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n seconds. Check the internet connection, or try another site.</source>
        <translation>
            <numerusform>%1 did not answer within %n second. Check the internet connection, or try another site.</numerusform>
            <numerusform>%1 did not answer within %n seconds. Check the internet connection, or try another site.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1&apos;s security certificate was not accepted. If this computer&apos;s date is wrong, that is the reason: correct the date, then check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach %1. Check the internet connection and the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not say what time it is. Try another site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent a time Tessera cannot read. Try another site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your computer&apos;s clock is right; codes will be accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your computer&apos;s clock is %1 behind, close enough: codes will be accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your computer&apos;s clock is %1 ahead, close enough: codes will be accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your computer&apos;s clock is %1 behind; codes will be rejected. Turn on “Set time automatically” in the system&apos;s date and time settings, or correct the time by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your computer&apos;s clock is %1 ahead; codes will be rejected. Turn on “Set time automatically” in the system&apos;s date and time settings, or correct the time by hand.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::ImportController</name>
    <message>
        <source>Choose at least one file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No QR code was found in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code in %1 is not an authenticator code (no otpauth:// link).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR codes in images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault changed while the preview was shown. Check the refreshed preview and import again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::ImportPreviewModel</name>
    <message>
        <source>An entry that could not be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::PasswordMeter</name>
    <message>
        <source>This service&apos;s password rules could not be read; follow the rules the site shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Use at least %n character.</numerusform>
            <numerusform>Use at least %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Use at most %n characters.</source>
        <translation>
            <numerusform>Use at most %n character.</numerusform>
            <numerusform>Use at most %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Include at least one letter (a–z or A–Z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include at least one digit (0–9).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include at least one of these marks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>space</source>
        <extracomment>A space character in a list of characters a site does not allow.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This site does not allow %1.</source>
        <extracomment>%1 is a list of characters, such as “ä”, “~”</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::PasswordStrength</name>
    <message>
        <source>Choose a password for this backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is one of the most common passwords; it is tried first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at least 12 characters; a few unrelated words are long and easy to remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoid repeated characters and runs such as “aaa”, “123” or “qwerty”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add more words or characters to make it harder to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good. Longer is even better; do not use this password anywhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong. Do not use this password anywhere else, and keep it somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates and years are among the first things tried; leave them out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common words and names are tried first, also with letters swapped for look-alikes (“p@ssw0rd”); add a few unrelated words.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::RecoveryController</name>
    <message>
        <source>Open the official page</source>
        <extracomment>A checklist step&apos;s button: opens the service&apos;s official page in the browser.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a strong password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this account&apos;s recovery details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check this computer&apos;s clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This login address cannot be saved: it must start with https:// and name the site, like https://login.aliexpress.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is no longer in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These are not backup codes: each code is a short group of letters and digits, one per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the backup codes the service gave you, one per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault has no accounts yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>If this computer died today, all %n account(s) would come back from your backup.</source>
        <translation>
            <numerusform>If this computer died today, your %n account would come back from your backup.</numerusform>
            <numerusform>If this computer died today, all %n accounts would come back from your backup.</numerusform>
        </translation>
    </message>
    <message>
        <source>If this computer died today, %1 of %2 accounts would come back from your backup, %3 only through the service&apos;s recovery email or phone, and %4 would be lost.</source>
        <extracomment>%1 and %2 are counts of accounts; the sentence goes on with what would be lost.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account changed after your last backup, or there is none; make a backup or an emergency kit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All saved backup codes are used; get new ones from the service&apos;s security settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one or two backup codes are left; get new ones from the service&apos;s security settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backup codes are saved; if the service offers them, save them here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recovery email or phone is noted; note which ones the service has on file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery email and phone have not been checked for a year; confirm they are still yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No official login address is noted; add it so you never need a link from an email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault has no recovery password: only this computer&apos;s keychain opens it. Set one so a backup of the vault can be opened anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::TrayIcon</name>
    <message>
        <source>Unlock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Tessera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the window to unlock the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the vault now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Tessera; the clipboard is cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the code for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide Tessera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show Tessera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the window; Tessera keeps running in the tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the Tessera window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::VaultController</name>
    <message>
        <source>Enter the recovery password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery password is too long (at most %1 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the service or the account name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the secret key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret key is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The counter cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose time-based, counter-based or Steam.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was saved, but the automatic backup could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unnamed account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without the keychain, the vault needs a recovery password to open: choose one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the vault first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This transfer link cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This transfer link holds no account that Tessera can add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an account link: it starts with otpauth:// or otpauth-migration://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already in Tessera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every account in this link is already in Tessera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is no longer in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only counter-based accounts have a counter to move on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is already back in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tessera has no icon called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a picture saved on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tessera could not open this file. Check that it still exists and that you may read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This picture is larger than 256 KB. Choose a smaller one (an icon does not need more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a PNG, JPEG, SVG or WebP picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tessera could not read this picture. It may be damaged, or of a kind this computer cannot show.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::VaultWorker</name>
    <message>
        <source>This vault opens only with its recovery password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no keychain Tessera can use, so the vault needs a recovery password to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no vault yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vault already exists at %1; it was left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no keychain Tessera can use; choose a recovery password instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is locked; unlock it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found a working keychain (%1). Tessera keeps this vault&apos;s key there, so the vault opens without a password on this computer; add a recovery password too, to open it anywhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(A test entry named %1 could not be deleted and is still in the keychain: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tessera tried to store a test entry in the keychain (%1) and could not: %2</source>
        <extracomment>%1 is the keychain&apos;s name (e.g. Secret Service), %2 its own error message.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain (%1) accepted a test entry but gave back something else, so it cannot be trusted with the vault&apos;s key. Tessera can protect the vault with a recovery password instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain (%1) accepted a test entry but could not give it back: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::cli::RecoveryCommand</name>
    <message>
        <source>password reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>security settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open: %1</source>
        <extracomment>A checklist step&apos;s action in the terminal; %1 is an official https address.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the Tessera window: the password helper makes a strong password that fits the service&apos;s rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the Tessera window: the account&apos;s recovery details (backup codes, email, phone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the Tessera window: the clock check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the steps with: tessera-cli recovery show SERVICE SCENARIO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official pages (open them yourself, never from a link in a message):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tip: </source>
        <extracomment>Before a tip under a checklist step in the terminal (keep the space at the end).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tessera::documents::EmergencyKit</name>
    <message>
        <source>Time-based (TOTP) · %1 · %2 digits · every %3 s</source>
        <extracomment>Printed under an account in the emergency kit: %1 algorithm (SHA1), %2 digits, %3 seconds.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter-based (HOTP) · %1 · %2 digits · next counter %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steam Guard · 5 characters · every 30 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The emergency kit could not be prepared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tessera emergency kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The emergency kit could not be drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tessera emergency kit · %1 · page %2 of %3 · keep it private</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Made on %1 · %n account(s)</source>
        <extracomment>%1 a date and time; %n how many accounts the kit holds.</extracomment>
        <translation>
            <numerusform>Made on %1 · %n account</numerusform>
            <numerusform>Made on %1 · %n accounts</numerusform>
        </translation>
    </message>
    <message>
        <source>This paper holds the keys to your two-factor codes. Anyone who has it can make your login codes: keep it somewhere safe (a locked drawer, a safe), never photograph it, and destroy older kits when you print a new one.
To get an account back: open Tessera — or any authenticator app — on your new computer or phone, choose “Add account” and scan its QR code below. If a code will not scan, choose manual entry and type the setup key shown beside it, with the same type, digits and period.
Then check that the code the app shows is accepted by the site before you rely on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setup key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <extracomment>Before the account&apos;s own note in the emergency kit.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>À propos de %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>A two-step verification code generator for the desktop. Your accounts stay in an encrypted vault on this computer.</source>
        <translation>Un générateur de codes de validation en deux étapes pour ordinateur. Vos comptes restent dans un coffre-fort chiffré sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later.</source>
        <extracomment>License notice in the About box.</extracomment>
        <translation>Logiciel libre sous licence publique générale GNU, version 3 ou ultérieure.</translation>
    </message>
</context>
<context>
    <name>AccountDelegate</name>
    <message>
        <source>%1, code %2</source>
        <extracomment>Accessible name of a row in the accounts list; %1 is the account, %2 its code.</extracomment>
        <translation>%1, code %2</translation>
    </message>
    <message>
        <source>Press to copy the code</source>
        <translation>Cliquez pour copier le code</translation>
    </message>
    <message>
        <source>next: %1</source>
        <extracomment>The code that follows the current one, shown in its last seconds.</extracomment>
        <translation>suivant&#xa0;: %1</translation>
    </message>
    <message>
        <source>Next code %1</source>
        <translation>Code suivant %1</translation>
    </message>
    <message>
        <source>Show</source>
        <extracomment>Button that shows a code hidden behind dots.</extracomment>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show code for %1</source>
        <extracomment>Button that shows a hidden code for 30 seconds.</extracomment>
        <translation>Afficher le code de %1</translation>
    </message>
    <message>
        <source>New code for %1</source>
        <extracomment>HOTP accounts: moves the counter on and shows a new code.</extracomment>
        <translation>Nouveau code pour %1</translation>
    </message>
    <message>
        <source>New code (counter %1)</source>
        <translation>Nouveau code (compteur %1)</translation>
    </message>
    <message>
        <source>Remove %1 from favorites</source>
        <translation>Retirer %1 des favoris</translation>
    </message>
    <message>
        <source>Add %1 to favorites</source>
        <translation>Ajouter %1 aux favoris</translation>
    </message>
    <message>
        <source>Details of %1</source>
        <translation>Détails de %1</translation>
    </message>
</context>
<context>
    <name>AccountDetailsPage</name>
    <message>
        <source>Details of %1</source>
        <translation>Détails de %1</translation>
    </message>
    <message>
        <source>Favorite</source>
        <translation>Favori</translation>
    </message>
    <message>
        <source>Favorite (shown on top and in the tray menu)</source>
        <translation>Favori (affiché en haut et dans le menu de la zone de notification)</translation>
    </message>
    <message>
        <source>Issuer (service)</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Nom du compte</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>e.g. Work</source>
        <translation>p. ex. Travail</translation>
    </message>
    <message>
        <source>Note</source>
        <extracomment>A free text note kept with the account (e.g. where its backup codes are).</extracomment>
        <translation>Note</translation>
    </message>
    <message>
        <source>e.g. where the backup codes are kept</source>
        <translation>p. ex. où sont rangés les codes de secours</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Enregistrer les modifications</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Annuler les modifications</translation>
    </message>
    <message>
        <source>Move to a phone</source>
        <translation>Transférer vers un téléphone</translation>
    </message>
    <message>
        <source>Show QR code…</source>
        <translation>Afficher le code QR…</translation>
    </message>
    <message>
        <source>Show QR code to move to a phone</source>
        <translation>Afficher le code QR pour transférer vers un téléphone</translation>
    </message>
    <message>
        <source>QR code of %1</source>
        <translation>Code QR de %1</translation>
    </message>
    <message>
        <source>Scan it with the authenticator app on your phone.</source>
        <translation>Scannez-le avec l’application d’authentification de votre téléphone.</translation>
    </message>
    <message>
        <source>Hide QR code</source>
        <translation>Masquer le code QR</translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>Supprimer le compte</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>Show the QR code?</source>
        <translation>Afficher le code QR&#xa0;?</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Anyone who sees this code can copy your account, and get its codes as you do. Make sure nobody is looking at your screen and that it is not being recorded or shared.</source>
        <translation>Toute personne qui voit ce code peut copier votre compte et obtenir ses codes comme vous. Assurez-vous que personne ne regarde votre écran et qu’il n’est ni enregistré ni partagé.</translation>
    </message>
    <message>
        <source>Change icon…</source>
        <translation>Changer l’icône…</translation>
    </message>
    <message>
        <source>Change the icon of %1</source>
        <translation>Changer l’icône de %1</translation>
    </message>
    <message>
        <source>Recovery</source>
        <extracomment>Heading: getting back into this account if it is ever locked.</extracomment>
        <translation>Récupération</translation>
    </message>
    <message>
        <source>No backup codes saved.</source>
        <translation>Aucun code de secours enregistré.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n backup code(s) left.</source>
        <translation>
            <numerusform>Code de secours restant&#xa0;: %1 sur %n.</numerusform>
            <numerusform>Codes de secours restants&#xa0;: %1 sur %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup codes and recovery info…</source>
        <translation>Codes et infos de récupération…</translation>
    </message>
    <message>
        <source>Backup codes and recovery info of %1</source>
        <translation>Codes de secours et informations de récupération de %1</translation>
    </message>
    <message>
        <source>Locked out?</source>
        <extracomment>Opens the recovery checklists for this account.</extracomment>
        <translation>Accès bloqué&#xa0;?</translation>
    </message>
    <message>
        <source>Recovery steps for %1</source>
        <translation>Étapes de récupération pour %1</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Search accounts</source>
        <translation>Rechercher des comptes</translation>
    </message>
    <message>
        <source>Looking for QR codes</source>
        <translation>Recherche de codes QR</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Ajouter un compte</translation>
    </message>
    <message>
        <source>Add account (Ctrl+N)</source>
        <translation>Ajouter un compte (Ctrl+N)</translation>
    </message>
    <message>
        <source>Lock</source>
        <extracomment>Toolbar button that locks the vault.</extracomment>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <source>Lock Tessera</source>
        <translation>Verrouiller Tessera</translation>
    </message>
    <message>
        <source>Lock (Ctrl+L)</source>
        <translation>Verrouiller (Ctrl+L)</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Tous les groupes</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Sort</source>
        <extracomment>Opens the menu of sort orders for the accounts list.</extracomment>
        <translation>Trier</translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation>Ordre de tri</translation>
    </message>
    <message>
        <source>Scan QR code on screen</source>
        <translation>Scanner un code QR à l’écran</translation>
    </message>
    <message>
        <source>Open image…</source>
        <translation>Ouvrir une image…</translation>
    </message>
    <message>
        <source>Open an image of a QR code</source>
        <translation>Ouvrir une image de code QR</translation>
    </message>
    <message>
        <source>Paste image or link</source>
        <extracomment>Pastes a copied QR code picture or otpauth link.</extracomment>
        <translation>Coller une image ou un lien</translation>
    </message>
    <message>
        <source>Enter a setup key…</source>
        <translation>Saisir une clé de configuration…</translation>
    </message>
    <message>
        <source>Enter a setup key by hand</source>
        <translation>Saisir une clé de configuration à la main</translation>
    </message>
    <message>
        <source>Import from another app…</source>
        <translation>Importer depuis une autre application…</translation>
    </message>
    <message>
        <source>Backup and export</source>
        <translation>Sauvegarde et export</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>About Tessera</source>
        <translation>À propos de Tessera</translation>
    </message>
    <message>
        <source>By issuer</source>
        <translation>Par service</translation>
    </message>
    <message>
        <source>By account name</source>
        <translation>Par nom de compte</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Plus anciens d’abord</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Plus récents d’abord</translation>
    </message>
    <message>
        <source>Sort %1</source>
        <translation>Trier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Open images of QR codes</source>
        <translation>Ouvrir des images de codes QR</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>No account matches “%1”.</source>
        <translation>Aucun compte ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>No account in this group.</source>
        <translation>Aucun compte dans ce groupe.</translation>
    </message>
    <message>
        <source>Scan next</source>
        <extracomment>Scans the screen again for the next QR code of a multi-part transfer.</extracomment>
        <translation>Scanner le suivant</translation>
    </message>
    <message>
        <source>Scan the next transfer code</source>
        <translation>Scanner le code de transfert suivant</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop scanning transfer codes</source>
        <translation>Arrêter de scanner les codes de transfert</translation>
    </message>
    <message>
        <source>Backup and export…</source>
        <translation>Sauvegarde et export…</translation>
    </message>
    <message>
        <source>Recovery center…</source>
        <translation>Centre de récupération…</translation>
    </message>
    <message>
        <source>Recovery center: get back into an account</source>
        <translation>Centre de récupération&#xa0;: retrouver l’accès à un compte</translation>
    </message>
</context>
<context>
    <name>BackupCodeList</name>
    <message>
        <source>Used</source>
        <extracomment>Ticked when a backup code was used (each works once).</extracomment>
        <translation>Utilisé</translation>
    </message>
    <message>
        <source>Code %1 is used; mark it unused</source>
        <translation>Le code %1 est utilisé&#xa0;; le marquer comme non utilisé</translation>
    </message>
    <message>
        <source>Mark code %1 used</source>
        <translation>Marquer le code %1 comme utilisé</translation>
    </message>
    <message>
        <source>Code %1, hidden</source>
        <translation>Code %1, masqué</translation>
    </message>
    <message>
        <source>Remove code %1</source>
        <translation>Retirer le code %1</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>Backups and export</source>
        <translation>Sauvegardes et export</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Enregistrer sous</translation>
    </message>
    <message>
        <source>Folder for automatic backups</source>
        <translation>Dossier des sauvegardes automatiques</translation>
    </message>
    <message>
        <source>Export without encryption?</source>
        <translation>Exporter sans chiffrement&#xa0;?</translation>
    </message>
    <message>
        <source>The file will hold every secret in clear: anyone who reads it — another program, a cloud folder, someone with your USB stick — can make your codes. Use it only to move to an app that cannot read an encrypted file, then delete it.</source>
        <translation>Le fichier contiendra toutes les clés secrètes en clair&#xa0;: quiconque le lit — un autre programme, un dossier dans le cloud, quelqu’un qui a votre clé USB — peut générer vos codes. Utilisez-le uniquement pour passer à une application qui ne sait pas lire un fichier chiffré, puis supprimez-le.</translation>
    </message>
    <message>
        <source>Aegis file, unencrypted (JSON)</source>
        <translation>Fichier Aegis, non chiffré (JSON)</translation>
    </message>
    <message>
        <source>List of otpauth:// links (text)</source>
        <translation>Liste de liens otpauth:// (texte)</translation>
    </message>
    <message>
        <source>Show the transfer codes?</source>
        <translation>Afficher les codes de transfert&#xa0;?</translation>
    </message>
    <message>
        <source>The QR codes hold your secrets. Make sure nobody can see your screen or record it, then scan them with Google Authenticator (Transfer accounts → Import accounts).</source>
        <translation>Les codes QR contiennent vos clés secrètes. Assurez-vous que personne ne peut voir ni enregistrer votre écran, puis scannez-les avec Google Authenticator (Transférer des comptes → Importer des comptes).</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Traitement en cours</translation>
    </message>
    <message>
        <source>Encrypted backup</source>
        <translation>Sauvegarde chiffrée</translation>
    </message>
    <message>
        <source>A file with all your accounts, locked with a password of its own. Keep it somewhere other than this computer; Tessera (Import) opens it on any computer with that password.</source>
        <translation>Un fichier avec tous vos comptes, protégé par son propre mot de passe. Conservez-le ailleurs que sur cet ordinateur&#xa0;; Tessera (Importer) l’ouvre sur n’importe quel ordinateur avec ce mot de passe.</translation>
    </message>
    <message>
        <source>Backup password</source>
        <translation>Mot de passe de la sauvegarde</translation>
    </message>
    <message>
        <source>Save backup…</source>
        <translation>Enregistrer une sauvegarde…</translation>
    </message>
    <message>
        <source>Save an encrypted backup</source>
        <translation>Enregistrer une sauvegarde chiffrée</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Sauvegardes automatiques</translation>
    </message>
    <message>
        <source>Off. When on, Tessera writes an encrypted backup to a folder of your choice after every change and keeps the last ten.</source>
        <translation>Désactivées. Une fois activées, Tessera enregistre une sauvegarde chiffrée dans le dossier de votre choix après chaque modification et garde les dix dernières.</translation>
    </message>
    <message>
        <source>Last backup: %1.</source>
        <translation>Dernière sauvegarde&#xa0;: %1.</translation>
    </message>
    <message>
        <source>No backup written yet.</source>
        <translation>Aucune sauvegarde pour l’instant.</translation>
    </message>
    <message>
        <source>On, into %1.</source>
        <translation>Activées, dans %1.</translation>
    </message>
    <message>
        <source>Changes not yet backed up.</source>
        <translation>Des modifications ne sont pas encore sauvegardées.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Turn automatic backups off</source>
        <translation>Désactiver les sauvegardes automatiques</translation>
    </message>
    <message>
        <source>Password for the automatic backups</source>
        <translation>Mot de passe des sauvegardes automatiques</translation>
    </message>
    <message>
        <source>Choose folder and turn on…</source>
        <translation>Choisir un dossier et activer…</translation>
    </message>
    <message>
        <source>Choose a folder and turn automatic backups on</source>
        <translation>Choisir un dossier et activer les sauvegardes automatiques</translation>
    </message>
    <message>
        <source>Move to a phone</source>
        <translation>Transférer vers un téléphone</translation>
    </message>
    <message>
        <source>Google Authenticator reads its own transfer QR codes, up to ten accounts each.</source>
        <translation>Google Authenticator lit ses propres codes QR de transfert, jusqu’à dix comptes chacun.</translation>
    </message>
    <message>
        <source>Show transfer QR codes…</source>
        <translation>Afficher les codes QR de transfert…</translation>
    </message>
    <message>
        <source>Show Google Authenticator transfer QR codes</source>
        <translation>Afficher les codes QR de transfert pour Google Authenticator</translation>
    </message>
    <message>
        <source>Transfer QR code %1 of %2</source>
        <translation>Code QR de transfert %1 sur %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>Position in the sequence of transfer QR codes, e.g. &quot;1 of 3&quot;.</extracomment>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Previous QR code</source>
        <translation>Code QR précédent</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Next QR code</source>
        <translation>Code QR suivant</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Hide the QR codes</source>
        <translation>Masquer les codes QR</translation>
    </message>
    <message>
        <source>Not included (Google Authenticator cannot hold them):</source>
        <translation>Non inclus (Google Authenticator ne peut pas les contenir)&#xa0;:</translation>
    </message>
    <message>
        <source>Aegis file</source>
        <translation>Fichier Aegis</translation>
    </message>
    <message>
        <source>An encrypted vault file that Aegis (Android) imports, with groups, notes and favourites.</source>
        <translation>Un fichier de coffre-fort chiffré qu’Aegis (Android) sait importer, avec les groupes, les notes et les favoris.</translation>
    </message>
    <message>
        <source>Password for the Aegis file</source>
        <translation>Mot de passe du fichier Aegis</translation>
    </message>
    <message>
        <source>Save Aegis file…</source>
        <translation>Enregistrer le fichier Aegis…</translation>
    </message>
    <message>
        <source>Save an encrypted Aegis file</source>
        <translation>Enregistrer un fichier Aegis chiffré</translation>
    </message>
    <message>
        <source>Emergency kit</source>
        <translation>Kit d’urgence</translation>
    </message>
    <message>
        <source>A PDF to print: every account&apos;s QR code and setup key, so you can set them up again from paper. It is not encrypted — print it, keep the paper somewhere safe and delete the file.</source>
        <translation>Un PDF à imprimer&#xa0;: le code QR et la clé de configuration de chaque compte, pour tout reconfigurer à partir du papier. Il n’est pas chiffré&#xa0;: imprimez-le, rangez le papier en lieu sûr et supprimez le fichier.</translation>
    </message>
    <message>
        <source>Save emergency kit…</source>
        <translation>Enregistrer le kit d’urgence…</translation>
    </message>
    <message>
        <source>Save the emergency kit PDF</source>
        <translation>Enregistrer le PDF du kit d’urgence</translation>
    </message>
    <message>
        <source>Unencrypted export</source>
        <translation>Export non chiffré</translation>
    </message>
    <message>
        <source>Export without encryption…</source>
        <translation>Exporter sans chiffrement…</translation>
    </message>
    <message>
        <source>Export without encryption</source>
        <translation>Exporter sans chiffrement</translation>
    </message>
</context>
<context>
    <name>BackupPasswordForm</name>
    <message>
        <source>Backup password</source>
        <translation>Mot de passe de la sauvegarde</translation>
    </message>
    <message>
        <source>The same password again</source>
        <translation>Le même mot de passe, à nouveau</translation>
    </message>
    <message>
        <source>%1, again</source>
        <translation>%1, à nouveau</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Les deux mots de passe ne sont pas identiques.</translation>
    </message>
</context>
<context>
    <name>BackupStrengthMeter</name>
    <message>
        <source>Very weak</source>
        <translation>Très faible</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bon</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Fort</translation>
    </message>
    <message>
        <source>Password strength: %1</source>
        <translation>Robustesse du mot de passe&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ChecklistStep</name>
    <message>
        <source>Step %1: %2</source>
        <translation>Étape %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Step %1 is done; mark it not done</source>
        <translation>L’étape %1 est faite&#xa0;; la marquer comme non faite</translation>
    </message>
    <message>
        <source>Mark step %1 done</source>
        <translation>Marquer l’étape %1 comme faite</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <extracomment>%1 is the step&apos;s number, %2 what to do.</extracomment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Tip: %1</source>
        <extracomment>A tip under a checklist step.</extracomment>
        <translation>Astuce&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ClockCheckDialog</name>
    <message>
        <source>Check this computer&apos;s clock</source>
        <translation>Vérifier l’horloge de cet ordinateur</translation>
    </message>
    <message>
        <source>Login codes depend on the time: if this computer&apos;s clock is more than a few seconds off, the service rejects them.</source>
        <translation>Les codes de connexion dépendent de l’heure&#xa0;: si l’horloge de cet ordinateur a plus de quelques secondes d’écart, le service les refuse.</translation>
    </message>
    <message>
        <source>Compare with the time a website states:</source>
        <translation>Comparez avec l’heure indiquée par un site web&#xa0;:</translation>
    </message>
    <message>
        <source>Website to compare with</source>
        <translation>Site web de comparaison</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Compare the clock with this website</source>
        <translation>Comparer l’horloge avec ce site web</translation>
    </message>
</context>
<context>
    <name>CountdownIndicator</name>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <extracomment>Accessible name of the countdown next to a code.</extracomment>
        <translation>
            <numerusform>%n seconde restante</numerusform>
            <numerusform>%n secondes restantes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmptyAccountsPage</name>
    <message>
        <source>No accounts yet</source>
        <translation>Aucun compte pour l’instant</translation>
    </message>
    <message>
        <source>Add your first account</source>
        <translation>Ajoutez votre premier compte</translation>
    </message>
    <message>
        <source>When a site shows a QR code for two-step verification, put it on screen and scan it, or use any of the other ways below.</source>
        <extracomment>Shown on the empty accounts screen.</extracomment>
        <translation>Quand un site affiche un code QR pour la validation en deux étapes, laissez-le à l’écran et scannez-le, ou utilisez l’un des autres moyens ci-dessous.</translation>
    </message>
    <message>
        <source>Scan QR code on screen</source>
        <translation>Scanner un code QR à l’écran</translation>
    </message>
    <message>
        <source>Open an image…</source>
        <translation>Ouvrir une image…</translation>
    </message>
    <message>
        <source>Open an image of a QR code</source>
        <translation>Ouvrir une image de code QR</translation>
    </message>
    <message>
        <source>Paste image or link</source>
        <extracomment>Pastes a copied QR code picture or otpauth link.</extracomment>
        <translation>Coller une image ou un lien</translation>
    </message>
    <message>
        <source>Enter a setup key…</source>
        <translation>Saisir une clé de configuration…</translation>
    </message>
    <message>
        <source>Enter a setup key by hand</source>
        <translation>Saisir une clé de configuration à la main</translation>
    </message>
    <message>
        <source>Import from another app…</source>
        <translation>Importer depuis une autre application…</translation>
    </message>
    <message>
        <source>You can also drop an image or a link onto this window.</source>
        <translation>Vous pouvez aussi déposer une image ou un lien sur cette fenêtre.</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Welcome to Tessera</source>
        <translation>Bienvenue dans Tessera</translation>
    </message>
    <message>
        <source>Tessera keeps your two-step verification codes in an encrypted vault on this computer.</source>
        <translation>Tessera conserve vos codes de validation en deux étapes dans un coffre-fort chiffré sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Your system keychain works</source>
        <translation>Le trousseau du système fonctionne</translation>
    </message>
    <message>
        <source>No working system keychain was found</source>
        <translation>Aucun trousseau du système utilisable n’a été trouvé</translation>
    </message>
    <message>
        <source>Tessera will keep the vault&apos;s key in it, so the vault opens by itself when you are logged in, and stays closed for anyone who copies the file.</source>
        <translation>Tessera y rangera la clé du coffre-fort&#xa0;: le coffre-fort s’ouvre tout seul quand vous êtes connecté à votre session, et reste fermé pour quiconque copie le fichier.</translation>
    </message>
    <message>
        <source>Tessera will protect the vault with a password instead. You will type it each time Tessera opens. Choose one you will remember: without it, the codes cannot be recovered.</source>
        <translation>Tessera protégera donc le coffre-fort par un mot de passe. Vous le saisirez à chaque ouverture de Tessera. Choisissez-en un dont vous vous souviendrez&#xa0;: sans lui, les codes sont irrécupérables.</translation>
    </message>
    <message>
        <source>What was found: %1</source>
        <extracomment>%1 is what the keychain check found, in a sentence.</extracomment>
        <translation>Ce qui a été trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Also set a recovery password (recommended)</source>
        <translation>Mot de passe de récupération (conseillé)</translation>
    </message>
    <message>
        <source>Also set a recovery password</source>
        <translation>Définir aussi un mot de passe de récupération</translation>
    </message>
    <message>
        <source>If the keychain is ever lost (a new computer, a reinstalled system), the recovery password still opens your vault and its backups.</source>
        <translation>Si le trousseau est un jour perdu (nouvel ordinateur, système réinstallé), le mot de passe de récupération ouvre toujours votre coffre-fort et ses sauvegardes.</translation>
    </message>
    <message>
        <source>Without a recovery password, losing the keychain means losing access to the vault. You can set one later in Settings.</source>
        <translation>Sans mot de passe de récupération, perdre le trousseau signifie perdre l’accès au coffre-fort. Vous pourrez en définir un plus tard dans les Paramètres.</translation>
    </message>
    <message>
        <source>Recovery password</source>
        <translation>Mot de passe de récupération</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>Saisissez-le à nouveau</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Répétez le mot de passe</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe sont différents.</translation>
    </message>
    <message>
        <source>Create my vault</source>
        <translation>Créer mon coffre-fort</translation>
    </message>
    <message>
        <source>Creating the vault</source>
        <translation>Création du coffre-fort</translation>
    </message>
    <message>
        <source>Vault file: %1</source>
        <translation>Fichier du coffre-fort&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>IconPickerDialog</name>
    <message>
        <source>Icon for %1</source>
        <extracomment>Title of the dialog that sets the picture shown for an account; %1 is the account.</extracomment>
        <translation>Icône de %1</translation>
    </message>
    <message>
        <source>This account shows its own picture. Remove the picture to show a brand icon or letters instead.</source>
        <translation>Ce compte affiche sa propre image. Retirez l’image pour afficher à la place l’icône d’une marque ou des lettres.</translation>
    </message>
    <message>
        <source>Search brands</source>
        <translation>Rechercher une marque</translation>
    </message>
    <message>
        <source>Search brand icons</source>
        <translation>Rechercher des icônes de marques</translation>
    </message>
    <message>
        <source>Brand icons</source>
        <translation>Icônes de marques</translation>
    </message>
    <message>
        <source>%1 (current icon)</source>
        <translation>%1 (icône actuelle)</translation>
    </message>
    <message>
        <source>No brand icon matches. Use letters or a picture from a file instead.</source>
        <translation>Aucune icône de marque ne correspond. Utilisez plutôt des lettres ou une image d’un fichier.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <extracomment>Icon choice: the brand icon matching the issuer, if any, else letters.</extracomment>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Automatic icon (by the service name)</source>
        <translation>Icône automatique (d’après le nom du service)</translation>
    </message>
    <message>
        <source>Letters only</source>
        <extracomment>Icon choice: always show the account&apos;s initials on a coloured circle.</extracomment>
        <translation>Lettres uniquement</translation>
    </message>
    <message>
        <source>Letters only, no brand icon</source>
        <translation>Lettres uniquement, sans icône de marque</translation>
    </message>
    <message>
        <source>Picture from a file…</source>
        <translation>Image d’un fichier…</translation>
    </message>
    <message>
        <source>Use a picture from a file</source>
        <translation>Utiliser une image d’un fichier</translation>
    </message>
    <message>
        <source>Remove picture</source>
        <translation>Retirer l’image</translation>
    </message>
    <message>
        <source>Remove the account&apos;s own picture</source>
        <translation>Retirer l’image propre au compte</translation>
    </message>
    <message>
        <source>Choose a picture for %1</source>
        <translation>Choisir une image pour %1</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.svg *.webp)</source>
        <translation>Images (*.png *.jpg *.jpeg *.svg *.webp)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>ImportEntryDelegate</name>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Already in the vault</source>
        <translation>Déjà dans le coffre-fort</translation>
    </message>
    <message>
        <source>Same name, other secret</source>
        <translation>Même nom, autre clé secrète</translation>
    </message>
    <message>
        <source>Cannot be imported</source>
        <translation>Impossible à importer</translation>
    </message>
    <message>
        <source>%1: %2. %3</source>
        <translation>%1&#xa0;: %2. %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Garder les deux</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <source>Replace the vault&apos;s secret</source>
        <translation>Remplacer la clé du coffre-fort</translation>
    </message>
    <message>
        <source>What to do with %1</source>
        <translation>Que faire de %1</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Import accounts</source>
        <translation>Importer des comptes</translation>
    </message>
    <message>
        <source>Choose the files to import</source>
        <translation>Choisissez les fichiers à importer</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading the files</source>
        <translation>Lecture des fichiers</translation>
    </message>
    <message>
        <source>Choose files…</source>
        <translation>Choisir des fichiers…</translation>
    </message>
    <message>
        <source>%1 is encrypted. Enter the password it was saved with.</source>
        <translation>%1 est chiffré. Saisissez le mot de passe avec lequel il a été enregistré.</translation>
    </message>
    <message>
        <source>Password of the file to import</source>
        <translation>Mot de passe du fichier à importer</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open the encrypted file</source>
        <translation>Ouvrir le fichier chiffré</translation>
    </message>
    <message>
        <source>Choose other files</source>
        <translation>Choisir d’autres fichiers</translation>
    </message>
    <message>
        <source>%1 new, %2 already in the vault, %3 with the same name as a vault account, %4 that cannot be imported.</source>
        <translation>Nouveaux&#xa0;: %1&#xa0;; déjà dans le coffre-fort&#xa0;: %2&#xa0;; même nom qu’un compte du coffre-fort&#xa0;: %3&#xa0;; impossibles à importer&#xa0;: %4.</translation>
    </message>
    <message>
        <source>Read as: %1</source>
        <translation>Lu comme&#xa0;: %1</translation>
    </message>
    <message>
        <source>Accounts in the files</source>
        <translation>Comptes trouvés dans les fichiers</translation>
    </message>
    <message numerus="yes">
        <source>Import %n account(s)</source>
        <translation>
            <numerusform>Importer %n compte</numerusform>
            <numerusform>Importer %n comptes</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>Rien à importer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Annuler l’importation</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n account(s).</source>
        <translation>
            <numerusform>%n compte importé.</numerusform>
            <numerusform>%n comptes importés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new to import; the vault was not changed.</source>
        <translation>Rien de nouveau à importer&#xa0;; le coffre-fort n’a pas été modifié.</translation>
    </message>
    <message>
        <source>If the files you imported are not encrypted, delete them now: anyone who reads them can make your codes.</source>
        <translation>Si les fichiers importés ne sont pas chiffrés, supprimez-les maintenant&#xa0;: quiconque les lit peut générer vos codes.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Back to the accounts</source>
        <translation>Retour aux comptes</translation>
    </message>
    <message>
        <source>Import more</source>
        <translation>Importer d’autres fichiers</translation>
    </message>
    <message>
        <source>Import more files</source>
        <translation>Importer d’autres fichiers</translation>
    </message>
    <message>
        <source>Backups, exports and screenshots (*.json *.tessera *.2fas *.txt *.bin *.xml *.csv *.aes *.png *.jpg *.jpeg *.gif *.bmp *.webp)</source>
        <translation>Sauvegardes, exports et captures d’écran (*.json *.tessera *.2fas *.txt *.bin *.xml *.csv *.aes *.png *.jpg *.jpeg *.gif *.bmp *.webp)</translation>
    </message>
    <message>
        <source>Import accounts from a Tessera backup or from another authenticator&apos;s export: Aegis, 2FAS, andOTP, Bitwarden, Ente, FreeOTP, FreeOTP+, Proton Authenticator, Steam (maFile), a list of otpauth:// links, or screenshots of QR codes (a Google Authenticator transfer split over several pictures is read together). You will see what would be imported before anything changes.</source>
        <translation>Importez des comptes depuis une sauvegarde Tessera ou depuis l’export d’une autre application d’authentification&#xa0;: Aegis, 2FAS, andOTP, Bitwarden, Ente, FreeOTP, FreeOTP+, Proton Authenticator, Steam (maFile), une liste de liens otpauth:// ou des captures d’écran de codes QR (un transfert Google Authenticator réparti sur plusieurs images est lu d’un seul coup). Vous verrez ce qui serait importé avant que rien ne change.</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <source>Tessera is locked</source>
        <translation>Tessera est verrouillé</translation>
    </message>
    <message>
        <source>Unlock with your system keychain or with your recovery password.</source>
        <translation>Déverrouillez avec le trousseau du système ou avec votre mot de passe de récupération.</translation>
    </message>
    <message>
        <source>Unlock with your system keychain.</source>
        <translation>Déverrouillez avec le trousseau du système.</translation>
    </message>
    <message>
        <source>Type your password to unlock.</source>
        <translation>Saisissez votre mot de passe pour déverrouiller.</translation>
    </message>
    <message>
        <source>Unlock with system keychain</source>
        <translation>Déverrouiller avec le trousseau du système</translation>
    </message>
    <message>
        <source>Recovery password</source>
        <translation>Mot de passe de récupération</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Unlock with password</source>
        <translation>Déverrouiller avec le mot de passe</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Déverrouillage</translation>
    </message>
    <message>
        <source>This vault has no way to unlock it from here.</source>
        <translation>Ce coffre-fort ne peut pas être déverrouillé d’ici.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>This part of Tessera is not available yet.</source>
        <translation>Cette partie de Tessera n’est pas encore disponible.</translation>
    </message>
    <message>
        <source>The account from %1 could not be added.</source>
        <translation>Le compte venant de %1 n’a pas pu être ajouté.</translation>
    </message>
    <message>
        <source>%1 of %2 accounts from %3 could not be added.</source>
        <translation>Comptes venant de %3 qui n’ont pas pu être ajoutés&#xa0;: %1 sur %2.</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>Compte ajouté&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Added %n account(s)</source>
        <translation>
            <numerusform>%n compte ajouté</numerusform>
            <numerusform>%n comptes ajoutés</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation>Compte supprimé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <source>Code for %1 copied — clears in %n s</source>
        <extracomment>%1 is the account; the clipboard is emptied after %n seconds.</extracomment>
        <translation>
            <numerusform>Code de %1 copié — effacé dans %n s</numerusform>
            <numerusform>Code de %1 copié — effacé dans %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Clipboard cleared</source>
        <translation>Presse-papiers effacé</translation>
    </message>
    <message>
        <source>Some accounts were not added</source>
        <translation>Certains comptes n’ont pas été ajoutés</translation>
    </message>
    <message>
        <source>Delete the screenshot?</source>
        <translation>Supprimer la capture d’écran&#xa0;?</translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>Button of the &quot;Delete the screenshot?&quot; question.</extracomment>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Keep</source>
        <extracomment>Button of the &quot;Delete the screenshot?&quot; question.</extracomment>
        <translation>Garder</translation>
    </message>
    <message>
        <source>Screenshot deleted</source>
        <translation>Capture d’écran supprimée</translation>
    </message>
    <message>
        <source>Could not delete %1</source>
        <translation>Impossible de supprimer %1</translation>
    </message>
    <message>
        <source>It shows your secret key: anyone who gets the picture can make your codes. The account is now in Tessera, so the picture is no longer needed.

%1</source>
        <translation>Elle montre votre clé secrète&#xa0;: quiconque obtient l’image peut générer vos codes. Le compte est maintenant dans Tessera, l’image n’est donc plus utile.

%1</translation>
    </message>
    <message numerus="yes">
        <source>Copied — clears in %n s</source>
        <extracomment>A password (not a code) was copied; the clipboard is emptied after %n seconds.</extracomment>
        <translation>
            <numerusform>Copié — effacé dans %n s</numerusform>
            <numerusform>Copié — effacé dans %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>ManualEntryDialog</name>
    <message>
        <source>Enter a setup key</source>
        <extracomment>Title of the dialog for typing an account&apos;s setup key by hand.</extracomment>
        <translation>Saisir une clé de configuration</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Add</source>
        <extracomment>Adds the account typed in the manual-entry dialog.</extracomment>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Ajouter un compte</translation>
    </message>
    <message>
        <source>Sites that show a QR code usually offer a text key too (&quot;Can&apos;t scan it?&quot;). Type or paste it here.</source>
        <translation>Les sites qui affichent un code QR proposent souvent aussi une clé en texte («&#xa0;Impossible de scanner&#xa0;?&#xa0;»). Saisissez-la ou collez-la ici.</translation>
    </message>
    <message>
        <source>Issuer (service)</source>
        <extracomment>The service the account belongs to, e.g. GitHub.</extracomment>
        <translation>Service</translation>
    </message>
    <message>
        <source>e.g. GitHub</source>
        <translation>p. ex. GitHub</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Account name</source>
        <extracomment>The user name or e-mail address of the account.</extracomment>
        <translation>Nom du compte</translation>
    </message>
    <message>
        <source>e.g. me@example.com</source>
        <translation>p. ex. moi@example.com</translation>
    </message>
    <message>
        <source>Setup key</source>
        <translation>Clé de configuration</translation>
    </message>
    <message>
        <source>e.g. JBSW Y3DP EHPK 3PXP</source>
        <translation>p. ex. JBSW Y3DP EHPK 3PXP</translation>
    </message>
    <message>
        <source>Advanced</source>
        <extracomment>Shows the less common code settings (type, algorithm, digits, period).</extracomment>
        <translation>Avancé</translation>
    </message>
    <message>
        <source>Show advanced settings</source>
        <translation>Afficher les paramètres avancés</translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>Kind of code: time-based, counter-based or Steam.</extracomment>
        <translation>Type</translation>
    </message>
    <message>
        <source>Time-based (TOTP)</source>
        <translation>Basé sur le temps (TOTP)</translation>
    </message>
    <message>
        <source>Counter-based (HOTP)</source>
        <translation>Basé sur un compteur (HOTP)</translation>
    </message>
    <message>
        <source>Steam</source>
        <translation>Steam</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithme</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <source>Period (seconds)</source>
        <extracomment>How long each code lasts, in seconds.</extracomment>
        <translation>Période (secondes)</translation>
    </message>
    <message>
        <source>Period in seconds</source>
        <translation>Période en secondes</translation>
    </message>
    <message>
        <source>Counter</source>
        <extracomment>HOTP: the number of codes already used.</extracomment>
        <translation>Compteur</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Hide %1</source>
        <translation>Masquer %1</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Afficher %1</translation>
    </message>
</context>
<context>
    <name>PasswordHelperDialog</name>
    <message>
        <source>%1 states no password rules; Tessera makes a long one with letters, digits and punctuation.</source>
        <translation>%1 n’indique aucune règle de mot de passe&#xa0;; Tessera en crée un long, avec des lettres, des chiffres et de la ponctuation.</translation>
    </message>
    <message>
        <source>letters</source>
        <translation>des lettres</translation>
    </message>
    <message>
        <source>digits</source>
        <translation>des chiffres</translation>
    </message>
    <message>
        <source>punctuation</source>
        <translation>de la ponctuation</translation>
    </message>
    <message>
        <source>%1 to %2 characters</source>
        <translation>de %1 à %2 caractères</translation>
    </message>
    <message numerus="yes">
        <source>at least %n character(s)</source>
        <translation>
            <numerusform>au moins %n caractère</numerusform>
            <numerusform>au moins %n caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 asks for %2 with %3.</source>
        <extracomment>%1 the service, %2 e.g. &quot;6 to 20 characters&quot;, %3 e.g. &quot;letters, digits, punctuation&quot;.</extracomment>
        <translation>%1 demande %2, avec %3.</translation>
    </message>
    <message>
        <source>%1 asks for %2.</source>
        <translation>%1 demande %2.</translation>
    </message>
    <message>
        <source>A new password</source>
        <translation>Un nouveau mot de passe</translation>
    </message>
    <message>
        <source>Generated password</source>
        <translation>Mot de passe généré</translation>
    </message>
    <message>
        <source>Tessera could not make a password for these rules. Make one yourself and check it below.</source>
        <translation>Tessera n’a pas pu créer de mot de passe qui respecte ces règles. Créez-en un vous-même et vérifiez-le ci-dessous.</translation>
    </message>
    <message>
        <source>Make another</source>
        <translation>En créer un autre</translation>
    </message>
    <message>
        <source>Make another password</source>
        <translation>Créer un autre mot de passe</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the password</source>
        <translation>Copier le mot de passe</translation>
    </message>
    <message>
        <source>Paste it into the official site&apos;s password fields, then save it in your password manager. Tessera does not keep it.</source>
        <translation>Collez-le dans les champs de mot de passe du site officiel, puis enregistrez-le dans votre gestionnaire de mots de passe. Tessera ne le conserve pas.</translation>
    </message>
    <message>
        <source>Or check a password you chose:</source>
        <translation>Ou vérifiez un mot de passe de votre choix&#xa0;:</translation>
    </message>
    <message>
        <source>A password to check</source>
        <translation>Mot de passe à vérifier</translation>
    </message>
</context>
<context>
    <name>PasswordStrength</name>
    <message numerus="yes">
        <source>Too short: use at least %n characters.</source>
        <translation>
            <numerusform>Trop court&#xa0;: utilisez au moins %n caractère.</numerusform>
            <numerusform>Trop court&#xa0;: utilisez au moins %n caractères.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadinessFinding</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ReadinessPage</name>
    <message>
        <source>Comes back from your backup</source>
        <translation>Récupérable depuis votre sauvegarde</translation>
    </message>
    <message>
        <source>Only through the service&apos;s recovery</source>
        <translation>Seulement via la récupération du service</translation>
    </message>
    <message>
        <source>Would be lost</source>
        <translation>Serait perdu</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Back up…</source>
        <translation>Sauvegarder…</translation>
    </message>
    <message>
        <source>Set one…</source>
        <translation>En définir un…</translation>
    </message>
    <message>
        <source>Add codes…</source>
        <translation>Ajouter des codes…</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Check…</source>
        <translation>Vérifier…</translation>
    </message>
    <message>
        <source>Recovery readiness</source>
        <translation>Préparation à la récupération</translation>
    </message>
    <message>
        <source>Last backup or emergency kit: %1.</source>
        <translation>Dernière sauvegarde ou dernier kit d’urgence&#xa0;: %1.</translation>
    </message>
    <message>
        <source>No backup or emergency kit has been made yet.</source>
        <translation>Vous n’avez encore fait ni sauvegarde ni kit d’urgence.</translation>
    </message>
    <message>
        <source>Nothing missing.</source>
        <translation>Rien ne manque.</translation>
    </message>
</context>
<context>
    <name>RecoveryCenterPage</name>
    <message>
        <source>No account, just read the steps</source>
        <translation>Aucun compte, juste lire les étapes</translation>
    </message>
    <message>
        <source>Recovery center</source>
        <translation>Centre de récupération</translation>
    </message>
    <message>
        <source>Locked out, forgot a password, or think someone got in? Choose what happened and follow the steps one by one. Tessera keeps your place.</source>
        <translation>Vous ne pouvez plus vous connecter, vous avez oublié un mot de passe ou quelqu’un est peut-être entré dans votre compte&#xa0;? Choisissez ce qui s’est passé et suivez les étapes une par une. Tessera retient où vous en êtes.</translation>
    </message>
    <message>
        <source>Check what is missing…</source>
        <translation>Voir ce qui manque…</translation>
    </message>
    <message>
        <source>Open the recovery readiness check</source>
        <translation>Ouvrir la vérification de préparation à la récupération</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Account to recover</source>
        <translation>Compte à récupérer</translation>
    </message>
    <message>
        <source>Choose an account and Tessera remembers which steps you have done.</source>
        <translation>Choisissez un compte et Tessera retiendra les étapes déjà faites.</translation>
    </message>
    <message>
        <source>Service</source>
        <extracomment>The web service an account belongs to (AliExpress, …).</extracomment>
        <translation>Service</translation>
    </message>
    <message>
        <source>Official login page</source>
        <translation>Page officielle</translation>
    </message>
    <message>
        <source>Open the official login page: %1</source>
        <translation>Ouvrir la page de connexion officielle&#xa0;: %1</translation>
    </message>
    <message>
        <source>Backup codes and recovery info…</source>
        <translation>Codes et infos de récupération…</translation>
    </message>
    <message>
        <source>Open the recovery details of this account</source>
        <translation>Ouvrir les informations de récupération de ce compte</translation>
    </message>
    <message>
        <source>Sign in only from here or by typing the address yourself, never from a link in an email or a message: that is how accounts are stolen.</source>
        <translation>Connectez-vous uniquement d’ici ou en tapant l’adresse vous-même, jamais depuis un lien reçu par e-mail ou par message&#xa0;: c’est ainsi que les comptes sont volés.</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>Que s’est-il passé&#xa0;?</translation>
    </message>
    <message>
        <source>%1 of %2 steps done</source>
        <extracomment>%1 steps ticked of %2.</extracomment>
        <translation>Étapes faites&#xa0;: %1 sur %2</translation>
    </message>
</context>
<context>
    <name>RecoveryDetailsPage</name>
    <message>
        <source>Recovery details</source>
        <translation>Informations de récupération</translation>
    </message>
    <message>
        <source>Recovery details of %1</source>
        <translation>Informations de récupération de %1</translation>
    </message>
    <message>
        <source>Recovery: %1</source>
        <extracomment>%1 is the account.</extracomment>
        <translation>Récupération&#xa0;: %1</translation>
    </message>
    <message>
        <source>Backup codes</source>
        <translation>Codes de secours</translation>
    </message>
    <message>
        <source>No backup codes saved. Services that offer them show them once, when two-step login is turned on, or in their security settings: paste them below.</source>
        <translation>Aucun code de secours enregistré. Les services qui en proposent les affichent une seule fois, à l’activation de la connexion en deux étapes, ou dans leurs paramètres de sécurité&#xa0;: collez-les ci-dessous.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n code(s) left.</source>
        <translation>
            <numerusform>Code restant&#xa0;: %1 sur %n.</numerusform>
            <numerusform>Codes restants&#xa0;: %1 sur %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Every code is used: get new ones from the service&apos;s security settings.</source>
        <translation>%1 Tous les codes ont été utilisés&#xa0;: obtenez-en de nouveaux dans les paramètres de sécurité du service.</translation>
    </message>
    <message>
        <source>%1 Get new ones from the service&apos;s security settings before they run out.</source>
        <translation>%1 Obtenez-en de nouveaux dans les paramètres de sécurité du service avant d’en manquer.</translation>
    </message>
    <message>
        <source>Hide codes</source>
        <translation>Masquer les codes</translation>
    </message>
    <message>
        <source>Show codes</source>
        <translation>Afficher les codes</translation>
    </message>
    <message>
        <source>Paste backup codes here, one per line</source>
        <translation>Collez ici les codes de secours, un par ligne</translation>
    </message>
    <message>
        <source>Backup codes to add</source>
        <translation>Codes de secours à ajouter</translation>
    </message>
    <message>
        <source>Add codes</source>
        <translation>Ajouter les codes</translation>
    </message>
    <message>
        <source>Add the pasted backup codes</source>
        <translation>Ajouter les codes de secours collés</translation>
    </message>
    <message>
        <source>Official login page</source>
        <translation>Page de connexion officielle</translation>
    </message>
    <message>
        <source>Sign in from here or by typing the address yourself, never from a link in an email or a message.</source>
        <translation>Connectez-vous d’ici ou en tapant l’adresse vous-même, jamais depuis un lien reçu par e-mail ou par message.</translation>
    </message>
    <message>
        <source>Official login address</source>
        <translation>Adresse de connexion officielle</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open the saved login page</source>
        <translation>Ouvrir la page de connexion enregistrée</translation>
    </message>
    <message>
        <source>Recovery email and phone</source>
        <translation>E-mail et téléphone de récupération</translation>
    </message>
    <message>
        <source>Which email address and phone number the service sends recovery codes to. If they are old, update them on the service too.</source>
        <translation>L’adresse e-mail et le numéro de téléphone auxquels le service envoie les codes de récupération. S’ils ne sont plus à jour, changez-les aussi sur le service.</translation>
    </message>
    <message>
        <source>Recovery email</source>
        <translation>E-mail de récupération</translation>
    </message>
    <message>
        <source>Recovery phone</source>
        <translation>Téléphone de récupération</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save the login page and recovery contacts</source>
        <translation>Enregistrer la page de connexion et les contacts de récupération</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Annuler les modifications</translation>
    </message>
    <message>
        <source>You last confirmed these details on %1.</source>
        <translation>Vous avez confirmé ces informations pour la dernière fois le %1.</translation>
    </message>
    <message>
        <source>You have not confirmed these details yet. Check them on the service&apos;s security settings page.</source>
        <translation>Vous n’avez pas encore confirmé ces informations. Vérifiez-les sur la page des paramètres de sécurité du service.</translation>
    </message>
    <message>
        <source>These details are still right</source>
        <translation>Ces informations sont toujours exactes</translation>
    </message>
</context>
<context>
    <name>ScenarioChecklistPage</name>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 the service (AliExpress), %2 the scenario (&quot;I forgot my password&quot;).</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>All %n step(s) done.</source>
        <translation>
            <numerusform>Étape faite&#xa0;: %n sur %n.</numerusform>
            <numerusform>Les %n étapes sont faites.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 steps done.</source>
        <translation>Étapes faites&#xa0;: %1 sur %2.</translation>
    </message>
    <message>
        <source>%1 Last worked on %2.</source>
        <extracomment>%1 &quot;3 of 8 steps done.&quot;, %2 a date and time.</extracomment>
        <translation>%1 Dernière modification&#xa0;: %2.</translation>
    </message>
    <message>
        <source>No account is chosen, so these ticks are not kept. Open the checklist from the account to keep your place.</source>
        <translation>Aucun compte n’est choisi&#xa0;: ces coches ne seront pas conservées. Ouvrez la liste depuis le compte pour garder votre progression.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <source>Start over: untick every step</source>
        <translation>Recommencer&#xa0;: décocher toutes les étapes</translation>
    </message>
    <message>
        <source>Start over?</source>
        <translation>Recommencer&#xa0;?</translation>
    </message>
    <message>
        <source>Every step of this checklist will be unticked.</source>
        <translation>Toutes les étapes de cette liste seront décochées.</translation>
    </message>
    <message>
        <source>Which account?</source>
        <translation>Quel compte&#xa0;?</translation>
    </message>
    <message>
        <source>Backup codes and recovery info are kept per account. Go back, choose the account at the top of the recovery center, and open this checklist again.</source>
        <translation>Les codes de secours et les informations de récupération sont conservés compte par compte. Revenez en arrière, choisissez le compte en haut du centre de récupération, puis rouvrez cette liste.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Clear copied codes after (seconds)</source>
        <extracomment>Setting: seconds after which a copied code is removed from the clipboard.</extracomment>
        <translation>Effacer les codes copiés après (secondes)</translation>
    </message>
    <message>
        <source>Clear copied codes after this many seconds</source>
        <translation>Effacer les codes copiés après ce nombre de secondes</translation>
    </message>
    <message>
        <source>Lock when idle for (minutes, 0 = never)</source>
        <extracomment>Setting: minutes without use before Tessera locks; 0 means never.</extracomment>
        <translation>Verrouiller après une inactivité de (minutes, 0 = jamais)</translation>
    </message>
    <message>
        <source>Lock when idle for this many minutes</source>
        <translation>Verrouiller après ce nombre de minutes d’inactivité</translation>
    </message>
    <message>
        <source>Lock when the screen locks or the computer sleeps</source>
        <translation>Verrouiller quand l’écran se verrouille ou en veille</translation>
    </message>
    <message>
        <source>Hide codes until I click Show</source>
        <translation>Masquer les codes jusqu’à ce que je clique sur Afficher</translation>
    </message>
    <message>
        <source>Hide codes</source>
        <translation>Masquer les codes</translation>
    </message>
    <message>
        <source>Keep running in the system tray when the window is closed</source>
        <translation>Rester dans la zone de notification quand la fenêtre est fermée</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Recovery password</source>
        <translation>Mot de passe de récupération</translation>
    </message>
    <message>
        <source>A recovery password is set. It opens the vault when the system keychain cannot. Setting a new one replaces it.</source>
        <translation>Un mot de passe de récupération est défini. Il ouvre le coffre-fort quand le trousseau du système ne le peut pas. En définir un nouveau le remplace.</translation>
    </message>
    <message>
        <source>No recovery password is set: if the system keychain is lost, so are your accounts. Set one now.</source>
        <translation>Aucun mot de passe de récupération n’est défini&#xa0;: si le trousseau du système est perdu, vos comptes le sont aussi. Définissez-en un maintenant.</translation>
    </message>
    <message>
        <source>New recovery password</source>
        <translation>Nouveau mot de passe de récupération</translation>
    </message>
    <message>
        <source>Repeat the new recovery password</source>
        <translation>Répétez le nouveau mot de passe de récupération</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>Saisissez-le à nouveau</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe sont différents.</translation>
    </message>
    <message>
        <source>Change recovery password</source>
        <translation>Changer le mot de passe de récupération</translation>
    </message>
    <message>
        <source>Set recovery password</source>
        <translation>Définir le mot de passe de récupération</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Vault file: %1</source>
        <translation>Fichier du coffre-fort&#xa0;: %1</translation>
    </message>
    <message>
        <source>About Tessera…</source>
        <translation>À propos de Tessera…</translation>
    </message>
    <message>
        <source>About Tessera</source>
        <translation>À propos de Tessera</translation>
    </message>
</context>
<context>
    <name>tessera::AddSourceController</name>
    <message>
        <source>a web address</source>
        <translation>une adresse web</translation>
    </message>
    <message>
        <source>Wi-Fi settings</source>
        <translation>des réglages Wi-Fi</translation>
    </message>
    <message>
        <source>a contact card</source>
        <translation>une fiche de contact</translation>
    </message>
    <message>
        <source>an email address</source>
        <translation>une adresse e-mail</translation>
    </message>
    <message>
        <source>a phone number</source>
        <translation>un numéro de téléphone</translation>
    </message>
    <message>
        <source>other text</source>
        <translation>un autre texte</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a picture.</source>
        <translation>%1 est un dossier, pas une image.</translation>
    </message>
    <message>
        <source>%1 is not an image. To bring in a backup file, use Import.</source>
        <translation>%1 n’est pas une image. Pour ajouter un fichier de sauvegarde, utilisez Importer.</translation>
    </message>
    <message>
        <source>%1 could not be read as a picture (%2).</source>
        <translation>%1 n’a pas pu être lu comme une image (%2).</translation>
    </message>
    <message>
        <source>The screen could not be captured: the desktop&apos;s screenshot service (D-Bus) is not running. Save the QR code as a picture and open it instead.</source>
        <translation>Impossible de capturer l’écran&#xa0;: le service de capture d’écran du bureau (D-Bus) ne fonctionne pas. Enregistrez plutôt le code QR sous forme d’image et ouvrez-la.</translation>
    </message>
    <message>
        <source>The screen could not be captured (%1). Save the QR code as a picture and open it instead.</source>
        <translation>Impossible de capturer l’écran (%1). Enregistrez plutôt le code QR sous forme d’image et ouvrez-la.</translation>
    </message>
    <message>
        <source>Screen capture was cancelled.</source>
        <translation>La capture d’écran a été annulée.</translation>
    </message>
    <message>
        <source>The desktop did not allow a screenshot. Save the QR code as a picture and open it instead.</source>
        <translation>Le bureau n’a pas autorisé la capture d’écran. Enregistrez plutôt le code QR sous forme d’image et ouvrez-la.</translation>
    </message>
    <message>
        <source>%1 is not a file on this computer. Save the picture first, then open it.</source>
        <translation>%1 n’est pas un fichier de cet ordinateur. Enregistrez d’abord l’image, puis ouvrez-la.</translation>
    </message>
    <message>
        <source>This is not a 2FA link: it should start with otpauth:// or otpauth-migration://.</source>
        <translation>Ce n’est pas un lien 2FA&#xa0;: il devrait commencer par otpauth:// ou otpauth-migration://.</translation>
    </message>
    <message>
        <source>a link</source>
        <translation>un lien</translation>
    </message>
    <message>
        <source>the screen</source>
        <translation>l’écran</translation>
    </message>
    <message>
        <source>the clipboard</source>
        <translation>le presse-papiers</translation>
    </message>
    <message>
        <source>the dropped text</source>
        <translation>le texte déposé</translation>
    </message>
    <message>
        <source>the link</source>
        <translation>le lien</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
    <message>
        <source>The QR code on the screen is not a 2FA code: it holds %1.</source>
        <translation>Le code QR à l’écran n’est pas un code 2FA&#xa0;: il contient %1.</translation>
    </message>
    <message numerus="yes">
        <source>The %n QR code(s) on the screen are not 2FA codes.</source>
        <translation>
            <numerusform>Le code QR à l’écran (%n) n’est pas un code 2FA.</numerusform>
            <numerusform>Les %n codes QR à l’écran ne sont pas des codes 2FA.</numerusform>
        </translation>
    </message>
    <message>
        <source>The QR code in the picture on the clipboard is not a 2FA code: it holds %1.</source>
        <translation>Le code QR de l’image du presse-papiers n’est pas un code 2FA&#xa0;: il contient %1.</translation>
    </message>
    <message>
        <source>The QR code in %1 is not a 2FA code: it holds %2.</source>
        <translation>Le code QR de %1 n’est pas un code 2FA&#xa0;: il contient %2.</translation>
    </message>
    <message>
        <source>None of the QR codes in these pictures is a 2FA code.</source>
        <translation>Aucun des codes QR de ces images n’est un code 2FA.</translation>
    </message>
    <message>
        <source>The screen could not be captured. Save the QR code as a picture and open it instead.</source>
        <translation>Impossible de capturer l’écran. Enregistrez plutôt le code QR sous forme d’image et ouvrez-la.</translation>
    </message>
    <message>
        <source>No QR code was found on the screen. Make the code bigger or clearer and try again.</source>
        <translation>Aucun code QR n’a été trouvé à l’écran. Agrandissez le code ou rendez-le plus net, puis réessayez.</translation>
    </message>
    <message>
        <source>No QR code was found in the picture on the clipboard.</source>
        <translation>Aucun code QR n’a été trouvé dans l’image du presse-papiers.</translation>
    </message>
    <message>
        <source>No QR code was found in %1. Try a sharper or bigger picture of the code.</source>
        <translation>Aucun code QR n’a été trouvé dans %1. Essayez une image du code plus nette ou plus grande.</translation>
    </message>
    <message>
        <source>No QR code was found in %1.</source>
        <translation>Aucun code QR n’a été trouvé dans %1.</translation>
    </message>
    <message>
        <source>The clipboard holds no picture and no 2FA link. Copy a QR code picture or an otpauth:// link first.</source>
        <translation>Le presse-papiers ne contient ni image ni lien 2FA. Copiez d’abord une image de code QR ou un lien otpauth://.</translation>
    </message>
    <message>
        <source>Nothing that was dropped holds a 2FA code. Drop a picture of a QR code or an otpauth:// link.</source>
        <translation>Rien de ce qui a été déposé ne contient de code 2FA. Déposez une image de code QR ou un lien otpauth://.</translation>
    </message>
    <message>
        <source>No picture was given.</source>
        <translation>Aucune image n’a été fournie.</translation>
    </message>
    <message>
        <source>%1 of %2 transfer codes scanned</source>
        <extracomment>Google Authenticator splits a transfer into several QR codes; %1 and %2 are counts.</extracomment>
        <translation>Codes de transfert scannés&#xa0;: %1 sur %2</translation>
    </message>
</context>
<context>
    <name>tessera::BackupController</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name.</source>
        <translation>%1 est un dossier&#xa0;; choisissez un nom de fichier.</translation>
    </message>
    <message>
        <source>%1 is not a file on this computer.</source>
        <translation>%1 n’est pas un fichier de cet ordinateur.</translation>
    </message>
    <message>
        <source>Not included: %1</source>
        <translation>Non inclus&#xa0;: %1</translation>
    </message>
    <message>
        <source>There is no plain export format “%1”.</source>
        <translation>Il n’existe pas de format d’export non chiffré «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Choose a password for the encrypted file.</source>
        <translation>Choisissez un mot de passe pour le fichier chiffré.</translation>
    </message>
    <message>
        <source>The vault has no accounts to export.</source>
        <translation>Le coffre-fort ne contient aucun compte à exporter.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n account(s) to %1.</source>
        <translation>
            <numerusform>%n compte exporté vers %1.</numerusform>
            <numerusform>%n comptes exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the emergency kit to %1. Print it, then delete the file.</source>
        <translation>Kit d’urgence enregistré dans %1. Imprimez-le, puis supprimez le fichier.</translation>
    </message>
    <message>
        <source>Choose a password for the automatic backups.</source>
        <translation>Choisissez un mot de passe pour les sauvegardes automatiques.</translation>
    </message>
    <message>
        <source>Automatic backups are on: they go to %1.</source>
        <translation>Les sauvegardes automatiques sont activées&#xa0;: elles sont enregistrées dans %1.</translation>
    </message>
    <message>
        <source>Automatic backups are off. The backups already written were kept.</source>
        <translation>Les sauvegardes automatiques sont désactivées. Les sauvegardes déjà faites ont été conservées.</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Sauvegardé dans %1.</translation>
    </message>
</context>
<context>
    <name>tessera::ClockCheck</name>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
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
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>This computer sets its clock automatically from the internet.</source>
        <translation>Cet ordinateur règle son horloge automatiquement par internet.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is not being set automatically, so it may drift and codes may be rejected. Turn on “Set time automatically” in the system&apos;s date and time settings.</source>
        <translation>L&apos;horloge de cet ordinateur n&apos;est pas réglée automatiquement : elle peut dériver et les codes être refusés. Activez « Régler l&apos;heure automatiquement » dans les réglages de date et d&apos;heure du système.</translation>
    </message>
    <message>
        <source>Tessera cannot tell whether this computer sets its clock automatically. Check the time against a website instead.</source>
        <translation>Tessera ne peut pas savoir si cet ordinateur règle son horloge automatiquement. Comparez plutôt l&apos;heure avec un site web.</translation>
    </message>
    <message>
        <source>Enter a web address such as %1.</source>
        <translation>Saisissez une adresse web, par exemple %1.</translation>
    </message>
    <message>
        <source>Use an address that starts with https://, such as %1: only then can Tessera be sure the time really comes from that site.</source>
        <translation>Utilisez une adresse qui commence par https://, par exemple %1 : c&apos;est seulement ainsi que Tessera est sûr que l&apos;heure vient bien de ce site.</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n seconds. Check the internet connection, or try another site.</source>
        <translation>
            <numerusform>%1 n&apos;a pas répondu en %n seconde. Vérifiez la connexion à internet, ou essayez un autre site.</numerusform>
            <numerusform>%1 n&apos;a pas répondu en %n secondes. Vérifiez la connexion à internet, ou essayez un autre site.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1&apos;s security certificate was not accepted. If this computer&apos;s date is wrong, that is the reason: correct the date, then check again.</source>
        <translation>Le certificat de sécurité de %1 n&apos;a pas été accepté. Si la date de cet ordinateur est fausse, c&apos;est la raison : corrigez la date, puis vérifiez de nouveau.</translation>
    </message>
    <message>
        <source>Could not reach %1. Check the internet connection and the address.</source>
        <translation>Impossible de joindre %1. Vérifiez la connexion à internet et l&apos;adresse.</translation>
    </message>
    <message>
        <source>%1 did not say what time it is. Try another site.</source>
        <translation>%1 n&apos;a pas indiqué l&apos;heure. Essayez un autre site.</translation>
    </message>
    <message>
        <source>%1 sent a time Tessera cannot read. Try another site.</source>
        <translation>%1 a envoyé une heure que Tessera ne sait pas lire. Essayez un autre site.</translation>
    </message>
    <message>
        <source>Your computer&apos;s clock is right; codes will be accepted.</source>
        <translation>L&apos;horloge de votre ordinateur est à l&apos;heure ; les codes seront acceptés.</translation>
    </message>
    <message>
        <source>Your computer&apos;s clock is %1 behind, close enough: codes will be accepted.</source>
        <translation>L&apos;horloge de votre ordinateur retarde de %1, c&apos;est assez près : les codes seront acceptés.</translation>
    </message>
    <message>
        <source>Your computer&apos;s clock is %1 ahead, close enough: codes will be accepted.</source>
        <translation>L&apos;horloge de votre ordinateur avance de %1, c&apos;est assez près : les codes seront acceptés.</translation>
    </message>
    <message>
        <source>Your computer&apos;s clock is %1 behind; codes will be rejected. Turn on “Set time automatically” in the system&apos;s date and time settings, or correct the time by hand.</source>
        <translation>L&apos;horloge de votre ordinateur retarde de %1 ; les codes seront refusés. Activez « Régler l&apos;heure automatiquement » dans les réglages de date et d&apos;heure du système, ou corrigez l&apos;heure à la main.</translation>
    </message>
    <message>
        <source>Your computer&apos;s clock is %1 ahead; codes will be rejected. Turn on “Set time automatically” in the system&apos;s date and time settings, or correct the time by hand.</source>
        <translation>L&apos;horloge de votre ordinateur avance de %1 ; les codes seront refusés. Activez « Régler l&apos;heure automatiquement » dans les réglages de date et d&apos;heure du système, ou corrigez l&apos;heure à la main.</translation>
    </message>
</context>
<context>
    <name>tessera::ImportController</name>
    <message>
        <source>Choose at least one file to import.</source>
        <translation>Choisissez au moins un fichier à importer.</translation>
    </message>
    <message>
        <source>%1 is not a file on this computer.</source>
        <translation>%1 n’est pas un fichier de cet ordinateur.</translation>
    </message>
    <message>
        <source>No QR code was found in %1.</source>
        <translation>Aucun code QR n’a été trouvé dans %1.</translation>
    </message>
    <message>
        <source>The QR code in %1 is not an authenticator code (no otpauth:// link).</source>
        <translation>Le code QR de %1 n’est pas un code d’authentification (pas de lien otpauth://).</translation>
    </message>
    <message>
        <source>QR codes in images</source>
        <translation>Codes QR dans des images</translation>
    </message>
    <message>
        <source>The vault changed while the preview was shown. Check the refreshed preview and import again.</source>
        <translation>Le coffre-fort a changé pendant l’aperçu. Vérifiez l’aperçu actualisé et importez à nouveau.</translation>
    </message>
</context>
<context>
    <name>tessera::ImportPreviewModel</name>
    <message>
        <source>An entry that could not be read</source>
        <translation>Une entrée illisible</translation>
    </message>
</context>
<context>
    <name>tessera::PasswordMeter</name>
    <message>
        <source>This service&apos;s password rules could not be read; follow the rules the site shows.</source>
        <translation>Les règles de mot de passe de ce service n&apos;ont pas pu être lues ; suivez celles qu&apos;affiche le site.</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Utilisez au moins %n caractère.</numerusform>
            <numerusform>Utilisez au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Use at most %n characters.</source>
        <translation>
            <numerusform>Utilisez au plus %n caractère.</numerusform>
            <numerusform>Utilisez au plus %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>Include at least one letter (a–z or A–Z).</source>
        <translation>Incluez au moins une lettre (a–z ou A–Z).</translation>
    </message>
    <message>
        <source>Include at least one digit (0–9).</source>
        <translation>Incluez au moins un chiffre (0–9).</translation>
    </message>
    <message>
        <source>Include at least one of these marks: %1</source>
        <translation>Incluez au moins un de ces signes : %1</translation>
    </message>
    <message>
        <source>space</source>
        <extracomment>A space character in a list of characters a site does not allow.</extracomment>
        <translation>espace</translation>
    </message>
    <message>
        <source>This site does not allow %1.</source>
        <extracomment>%1 is a list of characters, such as “ä”, “~”</extracomment>
        <translation>Ce site n’accepte pas %1.</translation>
    </message>
</context>
<context>
    <name>tessera::PasswordStrength</name>
    <message>
        <source>Choose a password for this backup.</source>
        <translation>Choisissez un mot de passe pour cette sauvegarde.</translation>
    </message>
    <message>
        <source>This is one of the most common passwords; it is tried first.</source>
        <translation>C’est l’un des mots de passe les plus courants&#xa0;; il fait partie des premiers essayés.</translation>
    </message>
    <message>
        <source>Use at least 12 characters; a few unrelated words are long and easy to remember.</source>
        <translation>Utilisez au moins 12 caractères&#xa0;; quelques mots sans rapport entre eux sont longs et faciles à retenir.</translation>
    </message>
    <message>
        <source>Avoid repeated characters and runs such as “aaa”, “123” or “qwerty”.</source>
        <translation>Évitez les caractères répétés et les suites comme «&#xa0;aaa&#xa0;», «&#xa0;123&#xa0;» ou «&#xa0;qwerty&#xa0;».</translation>
    </message>
    <message>
        <source>Add more words or characters to make it harder to guess.</source>
        <translation>Ajoutez des mots ou des caractères pour le rendre plus difficile à deviner.</translation>
    </message>
    <message>
        <source>Good. Longer is even better; do not use this password anywhere else.</source>
        <translation>Bon. Plus long, c’est encore mieux&#xa0;; n’utilisez ce mot de passe nulle part ailleurs.</translation>
    </message>
    <message>
        <source>Strong. Do not use this password anywhere else, and keep it somewhere safe.</source>
        <translation>Fort. N’utilisez ce mot de passe nulle part ailleurs et conservez-le en lieu sûr.</translation>
    </message>
    <message>
        <source>Dates and years are among the first things tried; leave them out.</source>
        <translation>Les dates et les années font partie des premiers essais ; laissez-les de côté.</translation>
    </message>
    <message>
        <source>Common words and names are tried first, also with letters swapped for look-alikes (“p@ssw0rd”); add a few unrelated words.</source>
        <translation>Les mots et les noms courants sont essayés en premier, même avec des lettres remplacées par des caractères ressemblants (« p@ssw0rd ») ; ajoutez quelques mots sans rapport.</translation>
    </message>
</context>
<context>
    <name>tessera::RecoveryController</name>
    <message>
        <source>Open the official page</source>
        <extracomment>A checklist step&apos;s button: opens the service&apos;s official page in the browser.</extracomment>
        <translation>Ouvrir la page officielle</translation>
    </message>
    <message>
        <source>Make a strong password</source>
        <translation>Créer un mot de passe robuste</translation>
    </message>
    <message>
        <source>Open this account&apos;s recovery details</source>
        <translation>Ouvrir les informations de récupération de ce compte</translation>
    </message>
    <message>
        <source>Check this computer&apos;s clock</source>
        <translation>Vérifier l’horloge de cet ordinateur</translation>
    </message>
    <message>
        <source>This login address cannot be saved: it must start with https:// and name the site, like https://login.aliexpress.com.</source>
        <translation>Impossible d’enregistrer cette adresse de connexion&#xa0;: elle doit commencer par https:// et indiquer le site, par exemple https://login.aliexpress.com.</translation>
    </message>
    <message>
        <source>This account is no longer in the vault.</source>
        <translation>Ce compte n’est plus dans le coffre-fort.</translation>
    </message>
    <message>
        <source>These are not backup codes: each code is a short group of letters and digits, one per line.</source>
        <translation>Ce ne sont pas des codes de secours&#xa0;: chaque code est un court groupe de lettres et de chiffres, un par ligne.</translation>
    </message>
    <message>
        <source>Paste the backup codes the service gave you, one per line.</source>
        <translation>Collez les codes de secours fournis par le service, un par ligne.</translation>
    </message>
    <message>
        <source>The vault has no accounts yet.</source>
        <translation>Le coffre-fort ne contient encore aucun compte.</translation>
    </message>
    <message numerus="yes">
        <source>If this computer died today, all %n account(s) would come back from your backup.</source>
        <translation>
            <numerusform>Si cet ordinateur tombait en panne aujourd’hui, votre %n compte serait récupéré depuis votre sauvegarde.</numerusform>
            <numerusform>Si cet ordinateur tombait en panne aujourd’hui, vos %n comptes seraient tous récupérés depuis votre sauvegarde.</numerusform>
        </translation>
    </message>
    <message>
        <source>If this computer died today, %1 of %2 accounts would come back from your backup, %3 only through the service&apos;s recovery email or phone, and %4 would be lost.</source>
        <extracomment>%1 and %2 are counts of accounts; the sentence goes on with what would be lost.</extracomment>
        <translation>Si cet ordinateur tombait en panne aujourd’hui, sur %2 comptes, %1 seraient récupérés depuis votre sauvegarde, %3 seulement grâce à l’e-mail ou au téléphone de récupération du service, et %4 seraient perdus.</translation>
    </message>
    <message>
        <source>This account changed after your last backup, or there is none; make a backup or an emergency kit.</source>
        <translation>Ce compte a changé depuis votre dernière sauvegarde, ou vous n’en avez aucune&#xa0;; faites une sauvegarde ou un kit d’urgence.</translation>
    </message>
    <message>
        <source>All saved backup codes are used; get new ones from the service&apos;s security settings.</source>
        <translation>Tous les codes de secours enregistrés ont été utilisés&#xa0;; obtenez-en de nouveaux dans les paramètres de sécurité du service.</translation>
    </message>
    <message>
        <source>Only one or two backup codes are left; get new ones from the service&apos;s security settings.</source>
        <translation>Il ne reste qu’un ou deux codes de secours&#xa0;; obtenez-en de nouveaux dans les paramètres de sécurité du service.</translation>
    </message>
    <message>
        <source>No backup codes are saved; if the service offers them, save them here.</source>
        <translation>Aucun code de secours n’est enregistré&#xa0;; si le service en propose, enregistrez-les ici.</translation>
    </message>
    <message>
        <source>No recovery email or phone is noted; note which ones the service has on file.</source>
        <translation>Aucun e-mail ni téléphone de récupération n’est noté&#xa0;; notez ceux que le service a enregistrés.</translation>
    </message>
    <message>
        <source>The recovery email and phone have not been checked for a year; confirm they are still yours.</source>
        <translation>L’e-mail et le téléphone de récupération n’ont pas été vérifiés depuis un an&#xa0;; confirmez qu’ils sont toujours les vôtres.</translation>
    </message>
    <message>
        <source>No official login address is noted; add it so you never need a link from an email.</source>
        <translation>Aucune adresse de connexion officielle n’est notée&#xa0;; ajoutez-la pour ne jamais avoir besoin d’un lien reçu par e-mail.</translation>
    </message>
    <message>
        <source>The vault has no recovery password: only this computer&apos;s keychain opens it. Set one so a backup of the vault can be opened anywhere.</source>
        <translation>Le coffre-fort n’a pas de mot de passe de récupération&#xa0;: seul le trousseau de cet ordinateur l’ouvre. Définissez-en un pour qu’une sauvegarde du coffre-fort puisse s’ouvrir n’importe où.</translation>
    </message>
</context>
<context>
    <name>tessera::TrayIcon</name>
    <message>
        <source>Unlock…</source>
        <translation>Déverrouiller…</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <source>Quit Tessera</source>
        <translation>Quitter Tessera</translation>
    </message>
    <message>
        <source>Show the window to unlock the vault</source>
        <translation>Afficher la fenêtre pour déverrouiller le coffre-fort</translation>
    </message>
    <message>
        <source>Lock the vault now</source>
        <translation>Verrouiller le coffre-fort maintenant</translation>
    </message>
    <message>
        <source>Close Tessera; the clipboard is cleared</source>
        <translation>Fermer Tessera&#xa0;; le presse-papiers est effacé</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Copy the code for %1</source>
        <translation>Copier le code de %1</translation>
    </message>
    <message>
        <source>Hide Tessera</source>
        <translation>Masquer Tessera</translation>
    </message>
    <message>
        <source>Show Tessera</source>
        <translation>Afficher Tessera</translation>
    </message>
    <message>
        <source>Hide the window; Tessera keeps running in the tray</source>
        <translation>Masquer la fenêtre&#xa0;; Tessera reste dans la zone de notification</translation>
    </message>
    <message>
        <source>Show the Tessera window</source>
        <translation>Afficher la fenêtre de Tessera</translation>
    </message>
</context>
<context>
    <name>tessera::VaultController</name>
    <message>
        <source>Enter the recovery password.</source>
        <translation>Saisissez le mot de passe de récupération.</translation>
    </message>
    <message>
        <source>The recovery password is too long (at most %1 bytes).</source>
        <translation>Le mot de passe de récupération est trop long (%1 octets au maximum).</translation>
    </message>
    <message>
        <source>Enter the service or the account name.</source>
        <translation>Saisissez le service ou le nom du compte.</translation>
    </message>
    <message>
        <source>Enter the secret key.</source>
        <translation>Saisissez la clé secrète.</translation>
    </message>
    <message>
        <source>The secret key is not valid: %1</source>
        <translation>La clé secrète n’est pas valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>The counter cannot be negative.</source>
        <translation>Le compteur ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>Choose time-based, counter-based or Steam.</source>
        <translation>Choisissez basé sur le temps, basé sur un compteur ou Steam.</translation>
    </message>
    <message>
        <source>The change was saved, but the automatic backup could not be written: %1</source>
        <translation>La modification a été enregistrée, mais la sauvegarde automatique n’a pas pu être faite&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Unnamed account</source>
        <translation>Compte sans nom</translation>
    </message>
    <message>
        <source>The vault could not be opened.</source>
        <translation>Impossible d’ouvrir le coffre-fort.</translation>
    </message>
    <message>
        <source>Without the keychain, the vault needs a recovery password to open: choose one.</source>
        <translation>Sans le trousseau, le coffre-fort a besoin d’un mot de passe de récupération pour s’ouvrir&#xa0;: choisissez-en un.</translation>
    </message>
    <message>
        <source>Unlock the vault first.</source>
        <translation>Déverrouillez d’abord le coffre-fort.</translation>
    </message>
    <message>
        <source>This transfer link cannot be read: %1</source>
        <translation>Impossible de lire ce lien de transfert&#xa0;: %1</translation>
    </message>
    <message>
        <source>This transfer link holds no account that Tessera can add.</source>
        <translation>Ce lien de transfert ne contient aucun compte que Tessera peut ajouter.</translation>
    </message>
    <message>
        <source>This link cannot be read: %1</source>
        <translation>Impossible de lire ce lien&#xa0;: %1</translation>
    </message>
    <message>
        <source>This is not an account link: it starts with otpauth:// or otpauth-migration://.</source>
        <translation>Ce n’est pas un lien de compte&#xa0;: il doit commencer par otpauth:// ou otpauth-migration://.</translation>
    </message>
    <message>
        <source>%1 is already in Tessera.</source>
        <translation>%1 est déjà dans Tessera.</translation>
    </message>
    <message>
        <source>Every account in this link is already in Tessera.</source>
        <translation>Tous les comptes de ce lien sont déjà dans Tessera.</translation>
    </message>
    <message>
        <source>This account is no longer in the vault.</source>
        <translation>Ce compte n’est plus dans le coffre-fort.</translation>
    </message>
    <message>
        <source>Only counter-based accounts have a counter to move on.</source>
        <translation>Seuls les comptes basés sur un compteur ont un compteur à faire avancer.</translation>
    </message>
    <message>
        <source>This account is already back in the vault.</source>
        <translation>Ce compte est déjà de retour dans le coffre-fort.</translation>
    </message>
    <message>
        <source>Tessera has no icon called “%1”.</source>
        <translation>Tessera n’a pas d’icône nommée «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Choose a picture saved on this computer.</source>
        <translation>Choisissez une image enregistrée sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Tessera could not open this file. Check that it still exists and that you may read it.</source>
        <translation>Tessera n’a pas pu ouvrir ce fichier. Vérifiez qu’il existe toujours et que vous avez le droit de le lire.</translation>
    </message>
    <message>
        <source>This picture is larger than 256 KB. Choose a smaller one (an icon does not need more).</source>
        <translation>Cette image dépasse 256&#xa0;Ko. Choisissez-en une plus petite (une icône n’a pas besoin de plus).</translation>
    </message>
    <message>
        <source>This file is not a PNG, JPEG, SVG or WebP picture.</source>
        <translation>Ce fichier n’est pas une image PNG, JPEG, SVG ou WebP.</translation>
    </message>
    <message>
        <source>Tessera could not read this picture. It may be damaged, or of a kind this computer cannot show.</source>
        <translation>Tessera n’a pas pu lire cette image. Elle est peut-être endommagée, ou d’un type que cet ordinateur ne sait pas afficher.</translation>
    </message>
</context>
<context>
    <name>tessera::VaultWorker</name>
    <message>
        <source>This vault opens only with its recovery password.</source>
        <translation>Ce coffre-fort ne s’ouvre qu’avec son mot de passe de récupération.</translation>
    </message>
    <message>
        <source>This computer has no keychain Tessera can use, so the vault needs a recovery password to open.</source>
        <translation>Cet ordinateur n’a pas de trousseau utilisable par Tessera&#xa0;: le coffre-fort a donc besoin d’un mot de passe de récupération pour s’ouvrir.</translation>
    </message>
    <message>
        <source>There is no vault yet.</source>
        <translation>Il n’y a pas encore de coffre-fort.</translation>
    </message>
    <message>
        <source>A vault already exists at %1; it was left unchanged.</source>
        <translation>Un coffre-fort existe déjà à l’emplacement %1&#xa0;; il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>This computer has no keychain Tessera can use; choose a recovery password instead.</source>
        <translation>Cet ordinateur n’a pas de trousseau utilisable par Tessera&#xa0;; choisissez plutôt un mot de passe de récupération.</translation>
    </message>
    <message>
        <source>The vault is locked; unlock it first.</source>
        <translation>Le coffre-fort est verrouillé&#xa0;; déverrouillez-le d’abord.</translation>
    </message>
    <message>
        <source>Found a working keychain (%1). Tessera keeps this vault&apos;s key there, so the vault opens without a password on this computer; add a recovery password too, to open it anywhere else.</source>
        <translation>Un trousseau qui fonctionne a été trouvé (%1). Tessera y range la clé de ce coffre-fort&#xa0;: le coffre-fort s’ouvre donc sans mot de passe sur cet ordinateur&#xa0;; ajoutez aussi un mot de passe de récupération pour pouvoir l’ouvrir ailleurs.</translation>
    </message>
    <message>
        <source>(A test entry named %1 could not be deleted and is still in the keychain: %2)</source>
        <translation>(Une entrée de test nommée %1 n’a pas pu être supprimée et se trouve toujours dans le trousseau&#xa0;: %2)</translation>
    </message>
    <message>
        <source>Tessera tried to store a test entry in the keychain (%1) and could not: %2</source>
        <extracomment>%1 is the keychain&apos;s name (e.g. Secret Service), %2 its own error message.</extracomment>
        <translation>Tessera a essayé d’enregistrer une entrée de test dans le trousseau (%1), sans succès&#xa0;: %2</translation>
    </message>
    <message>
        <source>The keychain (%1) accepted a test entry but gave back something else, so it cannot be trusted with the vault&apos;s key. Tessera can protect the vault with a recovery password instead.</source>
        <translation>Le trousseau (%1) a accepté une entrée de test mais a rendu autre chose&#xa0;: on ne peut donc pas lui confier la clé du coffre-fort. Tessera peut plutôt protéger le coffre-fort par un mot de passe de récupération.</translation>
    </message>
    <message>
        <source>The keychain (%1) accepted a test entry but could not give it back: %2</source>
        <translation>Le trousseau (%1) a accepté une entrée de test mais n’a pas pu la rendre&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>tessera::cli::RecoveryCommand</name>
    <message>
        <source>password reset</source>
        <translation>réinitialiser le mot de passe</translation>
    </message>
    <message>
        <source>security settings</source>
        <translation>paramètres de sécurité</translation>
    </message>
    <message>
        <source>login</source>
        <translation>connexion</translation>
    </message>
    <message>
        <source>help</source>
        <translation>aide</translation>
    </message>
    <message>
        <source>Open: %1</source>
        <extracomment>A checklist step&apos;s action in the terminal; %1 is an official https address.</extracomment>
        <translation>Ouvrir : %1</translation>
    </message>
    <message>
        <source>In the Tessera window: the password helper makes a strong password that fits the service&apos;s rules.</source>
        <translation>Dans la fenêtre de Tessera : l’assistant de mot de passe crée un mot de passe solide qui respecte les règles du service.</translation>
    </message>
    <message>
        <source>In the Tessera window: the account&apos;s recovery details (backup codes, email, phone).</source>
        <translation>Dans la fenêtre de Tessera : les informations de récupération du compte (codes de secours, e-mail, téléphone).</translation>
    </message>
    <message>
        <source>In the Tessera window: the clock check.</source>
        <translation>Dans la fenêtre de Tessera : la vérification de l’horloge.</translation>
    </message>
    <message>
        <source>Show the steps with: tessera-cli recovery show SERVICE SCENARIO</source>
        <translation>Affichez les étapes avec : tessera-cli recovery show SERVICE SCENARIO</translation>
    </message>
    <message>
        <source>Official pages (open them yourself, never from a link in a message):</source>
        <translation>Pages officielles (ouvrez-les vous-même, jamais depuis un lien dans un message) :</translation>
    </message>
    <message>
        <source>Tip: </source>
        <extracomment>Before a tip under a checklist step in the terminal (keep the space at the end).</extracomment>
        <translation>Conseil : </translation>
    </message>
</context>
<context>
    <name>tessera::documents::EmergencyKit</name>
    <message>
        <source>Time-based (TOTP) · %1 · %2 digits · every %3 s</source>
        <extracomment>Printed under an account in the emergency kit: %1 algorithm (SHA1), %2 digits, %3 seconds.</extracomment>
        <translation>Basé sur le temps (TOTP) · %1 · %2 chiffres · toutes les %3 s</translation>
    </message>
    <message>
        <source>Counter-based (HOTP) · %1 · %2 digits · next counter %3</source>
        <translation>Basé sur un compteur (HOTP) · %1 · %2 chiffres · prochain compteur %3</translation>
    </message>
    <message>
        <source>Steam Guard · 5 characters · every 30 s</source>
        <translation>Steam Guard · 5 caractères · toutes les 30 s</translation>
    </message>
    <message>
        <source>The emergency kit could not be prepared.</source>
        <translation>Le kit d’urgence n’a pas pu être préparé.</translation>
    </message>
    <message>
        <source>Tessera emergency kit</source>
        <translation>Kit d’urgence Tessera</translation>
    </message>
    <message>
        <source>The emergency kit could not be drawn.</source>
        <translation>Le kit d’urgence n’a pas pu être dessiné.</translation>
    </message>
    <message>
        <source>Tessera emergency kit · %1 · page %2 of %3 · keep it private</source>
        <translation>Kit d’urgence Tessera · %1 · page %2 sur %3 · à garder privé</translation>
    </message>
    <message numerus="yes">
        <source>Made on %1 · %n account(s)</source>
        <extracomment>%1 a date and time; %n how many accounts the kit holds.</extracomment>
        <translation>
            <numerusform>Créé le %1 · %n compte</numerusform>
            <numerusform>Créé le %1 · %n comptes</numerusform>
        </translation>
    </message>
    <message>
        <source>This paper holds the keys to your two-factor codes. Anyone who has it can make your login codes: keep it somewhere safe (a locked drawer, a safe), never photograph it, and destroy older kits when you print a new one.
To get an account back: open Tessera — or any authenticator app — on your new computer or phone, choose “Add account” and scan its QR code below. If a code will not scan, choose manual entry and type the setup key shown beside it, with the same type, digits and period.
Then check that the code the app shows is accepted by the site before you rely on it.</source>
        <translation>Ce papier contient les clés de vos codes de double authentification. Quiconque l’a en main peut générer vos codes de connexion : gardez-le en lieu sûr (un tiroir fermé à clé, un coffre), ne le photographiez jamais et détruisez les anciens kits quand vous en imprimez un nouveau.
Pour récupérer un compte : ouvrez Tessera — ou toute autre application d’authentification — sur votre nouvel ordinateur ou téléphone, choisissez « Ajouter un compte » et scannez son code QR ci-dessous. Si un code ne se scanne pas, choisissez la saisie manuelle et tapez la clé de configuration affichée à côté, avec le même type, le même nombre de chiffres et la même période.
Vérifiez ensuite que le site accepte le code affiché par l’application avant de vous y fier.</translation>
    </message>
    <message>
        <source>Setup key:</source>
        <translation>Clé de configuration :</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <extracomment>Before the account&apos;s own note in the emergency kit.</extracomment>
        <translation>Note : %1</translation>
    </message>
</context>
</TS>

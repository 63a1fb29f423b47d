<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>Acerca de %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>A two-step verification code generator for the desktop. Your accounts stay in an encrypted vault on this computer.</source>
        <translation>Un generador de códigos de verificación en dos pasos para el escritorio. Tus cuentas se quedan en una caja fuerte cifrada en este ordenador.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later.</source>
        <extracomment>License notice in the About box.</extracomment>
        <translation>Software libre bajo la Licencia Pública General de GNU, versión 3 o posterior.</translation>
    </message>
</context>
<context>
    <name>AccountDelegate</name>
    <message>
        <source>%1, code %2</source>
        <extracomment>Accessible name of a row in the accounts list; %1 is the account, %2 its code.</extracomment>
        <translation>%1, código %2</translation>
    </message>
    <message>
        <source>Press to copy the code</source>
        <translation>Haz clic para copiar el código</translation>
    </message>
    <message>
        <source>next: %1</source>
        <extracomment>The code that follows the current one, shown in its last seconds.</extracomment>
        <translation>siguiente: %1</translation>
    </message>
    <message>
        <source>Next code %1</source>
        <translation>Siguiente código %1</translation>
    </message>
    <message>
        <source>Show</source>
        <extracomment>Button that shows a code hidden behind dots.</extracomment>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show code for %1</source>
        <extracomment>Button that shows a hidden code for 30 seconds.</extracomment>
        <translation>Mostrar el código de %1</translation>
    </message>
    <message>
        <source>New code for %1</source>
        <extracomment>HOTP accounts: moves the counter on and shows a new code.</extracomment>
        <translation>Nuevo código para %1</translation>
    </message>
    <message>
        <source>New code (counter %1)</source>
        <translation>Nuevo código (contador %1)</translation>
    </message>
    <message>
        <source>Remove %1 from favorites</source>
        <translation>Quitar %1 de favoritos</translation>
    </message>
    <message>
        <source>Add %1 to favorites</source>
        <translation>Añadir %1 a favoritos</translation>
    </message>
    <message>
        <source>Details of %1</source>
        <translation>Detalles de %1</translation>
    </message>
</context>
<context>
    <name>AccountDetailsPage</name>
    <message>
        <source>Details of %1</source>
        <translation>Detalles de %1</translation>
    </message>
    <message>
        <source>Favorite</source>
        <translation>Favorita</translation>
    </message>
    <message>
        <source>Favorite (shown on top and in the tray menu)</source>
        <translation>Favorita (se muestra arriba y en el menú de la bandeja)</translation>
    </message>
    <message>
        <source>Issuer (service)</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Nombre de la cuenta</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>e.g. Work</source>
        <translation>p. ej., Trabajo</translation>
    </message>
    <message>
        <source>Note</source>
        <extracomment>A free text note kept with the account (e.g. where its backup codes are).</extracomment>
        <translation>Nota</translation>
    </message>
    <message>
        <source>e.g. where the backup codes are kept</source>
        <translation>p. ej., dónde guardas los códigos de respaldo</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Deshacer cambios</translation>
    </message>
    <message>
        <source>Move to a phone</source>
        <translation>Pasar a un teléfono</translation>
    </message>
    <message>
        <source>Show QR code…</source>
        <translation>Mostrar código QR…</translation>
    </message>
    <message>
        <source>Show QR code to move to a phone</source>
        <translation>Mostrar el código QR para pasarla a un teléfono</translation>
    </message>
    <message>
        <source>QR code of %1</source>
        <translation>Código QR de %1</translation>
    </message>
    <message>
        <source>Scan it with the authenticator app on your phone.</source>
        <translation>Escanéalo con la app de autenticación de tu teléfono.</translation>
    </message>
    <message>
        <source>Hide QR code</source>
        <translation>Ocultar código QR</translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>Eliminar cuenta</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Eliminar %1</translation>
    </message>
    <message>
        <source>Show the QR code?</source>
        <translation>¿Mostrar el código QR?</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Anyone who sees this code can copy your account, and get its codes as you do. Make sure nobody is looking at your screen and that it is not being recorded or shared.</source>
        <translation>Cualquiera que vea este código puede copiar tu cuenta y obtener sus códigos igual que tú. Asegúrate de que nadie esté mirando tu pantalla y de que no se esté grabando ni compartiendo.</translation>
    </message>
    <message>
        <source>Change icon…</source>
        <translation>Cambiar icono…</translation>
    </message>
    <message>
        <source>Change the icon of %1</source>
        <translation>Cambiar el icono de %1</translation>
    </message>
    <message>
        <source>Recovery</source>
        <extracomment>Heading: getting back into this account if it is ever locked.</extracomment>
        <translation>Recuperación</translation>
    </message>
    <message>
        <source>No backup codes saved.</source>
        <translation>No hay códigos de respaldo guardados.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n backup code(s) left.</source>
        <translation>
            <numerusform>%1 de %n código de respaldo sin usar.</numerusform>
            <numerusform>%1 de %n códigos de respaldo sin usar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup codes and recovery info…</source>
        <translation>Códigos y datos de recuperación…</translation>
    </message>
    <message>
        <source>Backup codes and recovery info of %1</source>
        <translation>Códigos de respaldo y datos de recuperación de %1</translation>
    </message>
    <message>
        <source>Locked out?</source>
        <extracomment>Opens the recovery checklists for this account.</extracomment>
        <translation>¿No puedes entrar?</translation>
    </message>
    <message>
        <source>Recovery steps for %1</source>
        <translation>Pasos de recuperación para %1</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Search accounts</source>
        <translation>Buscar cuentas</translation>
    </message>
    <message>
        <source>Looking for QR codes</source>
        <translation>Buscando códigos QR</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Añadir cuenta</translation>
    </message>
    <message>
        <source>Add account (Ctrl+N)</source>
        <translation>Añadir cuenta (Ctrl+N)</translation>
    </message>
    <message>
        <source>Lock</source>
        <extracomment>Toolbar button that locks the vault.</extracomment>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Lock Tessera</source>
        <translation>Bloquear Tessera</translation>
    </message>
    <message>
        <source>Lock (Ctrl+L)</source>
        <translation>Bloquear (Ctrl+L)</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menú</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Todos los grupos</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Sort</source>
        <extracomment>Opens the menu of sort orders for the accounts list.</extracomment>
        <translation>Ordenar</translation>
    </message>
    <message>
        <source>Sort order</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Scan QR code on screen</source>
        <translation>Escanear código QR en pantalla</translation>
    </message>
    <message>
        <source>Open image…</source>
        <translation>Abrir imagen…</translation>
    </message>
    <message>
        <source>Open an image of a QR code</source>
        <translation>Abrir una imagen de un código QR</translation>
    </message>
    <message>
        <source>Paste image or link</source>
        <extracomment>Pastes a copied QR code picture or otpauth link.</extracomment>
        <translation>Pegar imagen o enlace</translation>
    </message>
    <message>
        <source>Enter a setup key…</source>
        <translation>Escribir una clave de configuración…</translation>
    </message>
    <message>
        <source>Enter a setup key by hand</source>
        <translation>Escribir a mano una clave de configuración</translation>
    </message>
    <message>
        <source>Import from another app…</source>
        <translation>Importar desde otra app…</translation>
    </message>
    <message>
        <source>Backup and export</source>
        <translation>Copia de seguridad y exportar</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Ajustes…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>About Tessera</source>
        <translation>Acerca de Tessera</translation>
    </message>
    <message>
        <source>By issuer</source>
        <translation>Por servicio</translation>
    </message>
    <message>
        <source>By account name</source>
        <translation>Por nombre de cuenta</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Más antiguas primero</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Más recientes primero</translation>
    </message>
    <message>
        <source>Sort %1</source>
        <translation>Ordenar: %1</translation>
    </message>
    <message>
        <source>Open images of QR codes</source>
        <translation>Abrir imágenes de códigos QR</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>No account matches “%1”.</source>
        <translation>Ninguna cuenta coincide con «%1».</translation>
    </message>
    <message>
        <source>No account in this group.</source>
        <translation>No hay cuentas en este grupo.</translation>
    </message>
    <message>
        <source>Scan next</source>
        <extracomment>Scans the screen again for the next QR code of a multi-part transfer.</extracomment>
        <translation>Escanear el siguiente</translation>
    </message>
    <message>
        <source>Scan the next transfer code</source>
        <translation>Escanear el siguiente código de transferencia</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop scanning transfer codes</source>
        <translation>Dejar de escanear códigos de transferencia</translation>
    </message>
    <message>
        <source>Backup and export…</source>
        <translation>Copia de seguridad/exportar…</translation>
    </message>
    <message>
        <source>Recovery center…</source>
        <translation>Centro de recuperación…</translation>
    </message>
    <message>
        <source>Recovery center: get back into an account</source>
        <translation>Centro de recuperación: volver a entrar en una cuenta</translation>
    </message>
</context>
<context>
    <name>BackupCodeList</name>
    <message>
        <source>Used</source>
        <extracomment>Ticked when a backup code was used (each works once).</extracomment>
        <translation>Usado</translation>
    </message>
    <message>
        <source>Code %1 is used; mark it unused</source>
        <translation>El código %1 está usado; marcarlo como no usado</translation>
    </message>
    <message>
        <source>Mark code %1 used</source>
        <translation>Marcar el código %1 como usado</translation>
    </message>
    <message>
        <source>Code %1, hidden</source>
        <translation>Código %1, oculto</translation>
    </message>
    <message>
        <source>Remove code %1</source>
        <translation>Quitar el código %1</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>Backups and export</source>
        <translation>Copias de seguridad y exportación</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <source>Folder for automatic backups</source>
        <translation>Carpeta para las copias de seguridad automáticas</translation>
    </message>
    <message>
        <source>Export without encryption?</source>
        <translation>¿Exportar sin cifrar?</translation>
    </message>
    <message>
        <source>The file will hold every secret in clear: anyone who reads it — another program, a cloud folder, someone with your USB stick — can make your codes. Use it only to move to an app that cannot read an encrypted file, then delete it.</source>
        <translation>El archivo guardará todas las claves secretas a la vista: cualquiera que lo lea —otro programa, una carpeta en la nube, alguien con tu memoria USB— puede generar tus códigos. Úsalo solo para pasarte a una app que no sepa leer un archivo cifrado y luego elimínalo.</translation>
    </message>
    <message>
        <source>Aegis file, unencrypted (JSON)</source>
        <translation>Archivo de Aegis, sin cifrar (JSON)</translation>
    </message>
    <message>
        <source>List of otpauth:// links (text)</source>
        <translation>Lista de enlaces otpauth:// (texto)</translation>
    </message>
    <message>
        <source>Show the transfer codes?</source>
        <translation>¿Mostrar los códigos de transferencia?</translation>
    </message>
    <message>
        <source>The QR codes hold your secrets. Make sure nobody can see your screen or record it, then scan them with Google Authenticator (Transfer accounts → Import accounts).</source>
        <translation>Los códigos QR contienen tus claves secretas. Asegúrate de que nadie pueda ver ni grabar tu pantalla y luego escanéalos con Google Authenticator (Transferir cuentas → Importar cuentas).</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Procesando</translation>
    </message>
    <message>
        <source>Encrypted backup</source>
        <translation>Copia de seguridad cifrada</translation>
    </message>
    <message>
        <source>A file with all your accounts, locked with a password of its own. Keep it somewhere other than this computer; Tessera (Import) opens it on any computer with that password.</source>
        <translation>Un archivo con todas tus cuentas, protegido con su propia contraseña. Guárdalo fuera de este ordenador; Tessera (Importar) lo abre en cualquier ordenador con esa contraseña.</translation>
    </message>
    <message>
        <source>Backup password</source>
        <translation>Contraseña de la copia de seguridad</translation>
    </message>
    <message>
        <source>Save backup…</source>
        <translation>Guardar copia de seguridad…</translation>
    </message>
    <message>
        <source>Save an encrypted backup</source>
        <translation>Guardar una copia de seguridad cifrada</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Copias de seguridad automáticas</translation>
    </message>
    <message>
        <source>Off. When on, Tessera writes an encrypted backup to a folder of your choice after every change and keeps the last ten.</source>
        <translation>Desactivadas. Si las activas, Tessera guarda una copia de seguridad cifrada en la carpeta que elijas después de cada cambio y conserva las diez últimas.</translation>
    </message>
    <message>
        <source>Last backup: %1.</source>
        <translation>Última copia de seguridad: %1.</translation>
    </message>
    <message>
        <source>No backup written yet.</source>
        <translation>Todavía no se ha hecho ninguna copia de seguridad.</translation>
    </message>
    <message>
        <source>On, into %1.</source>
        <translation>Activadas, en %1.</translation>
    </message>
    <message>
        <source>Changes not yet backed up.</source>
        <translation>Hay cambios sin copia de seguridad.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Hacer copia ahora</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <source>Turn automatic backups off</source>
        <translation>Desactivar las copias de seguridad automáticas</translation>
    </message>
    <message>
        <source>Password for the automatic backups</source>
        <translation>Contraseña de las copias de seguridad automáticas</translation>
    </message>
    <message>
        <source>Choose folder and turn on…</source>
        <translation>Elegir carpeta y activar…</translation>
    </message>
    <message>
        <source>Choose a folder and turn automatic backups on</source>
        <translation>Elegir una carpeta y activar las copias de seguridad automáticas</translation>
    </message>
    <message>
        <source>Move to a phone</source>
        <translation>Pasar a un teléfono</translation>
    </message>
    <message>
        <source>Google Authenticator reads its own transfer QR codes, up to ten accounts each.</source>
        <translation>Google Authenticator lee sus propios códigos QR de transferencia, con hasta diez cuentas cada uno.</translation>
    </message>
    <message>
        <source>Show transfer QR codes…</source>
        <translation>Mostrar códigos QR de transferencia…</translation>
    </message>
    <message>
        <source>Show Google Authenticator transfer QR codes</source>
        <translation>Mostrar los códigos QR de transferencia de Google Authenticator</translation>
    </message>
    <message>
        <source>Transfer QR code %1 of %2</source>
        <translation>Código QR de transferencia %1 de %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>Position in the sequence of transfer QR codes, e.g. &quot;1 of 3&quot;.</extracomment>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Previous QR code</source>
        <translation>Código QR anterior</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Next QR code</source>
        <translation>Código QR siguiente</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Hide the QR codes</source>
        <translation>Ocultar los códigos QR</translation>
    </message>
    <message>
        <source>Not included (Google Authenticator cannot hold them):</source>
        <translation>No incluidas (Google Authenticator no puede guardarlas):</translation>
    </message>
    <message>
        <source>Aegis file</source>
        <translation>Archivo de Aegis</translation>
    </message>
    <message>
        <source>An encrypted vault file that Aegis (Android) imports, with groups, notes and favourites.</source>
        <translation>Un archivo de caja fuerte cifrado que Aegis (Android) puede importar, con grupos, notas y favoritos.</translation>
    </message>
    <message>
        <source>Password for the Aegis file</source>
        <translation>Contraseña del archivo de Aegis</translation>
    </message>
    <message>
        <source>Save Aegis file…</source>
        <translation>Guardar archivo de Aegis…</translation>
    </message>
    <message>
        <source>Save an encrypted Aegis file</source>
        <translation>Guardar un archivo de Aegis cifrado</translation>
    </message>
    <message>
        <source>Emergency kit</source>
        <translation>Kit de emergencia</translation>
    </message>
    <message>
        <source>A PDF to print: every account&apos;s QR code and setup key, so you can set them up again from paper. It is not encrypted — print it, keep the paper somewhere safe and delete the file.</source>
        <translation>Un PDF para imprimir: el código QR y la clave de configuración de cada cuenta, para que puedas volver a configurarlas desde el papel. No está cifrado: imprímelo, guarda el papel en un lugar seguro y elimina el archivo.</translation>
    </message>
    <message>
        <source>Save emergency kit…</source>
        <translation>Guardar kit de emergencia…</translation>
    </message>
    <message>
        <source>Save the emergency kit PDF</source>
        <translation>Guardar el PDF del kit de emergencia</translation>
    </message>
    <message>
        <source>Unencrypted export</source>
        <translation>Exportación sin cifrar</translation>
    </message>
    <message>
        <source>Export without encryption…</source>
        <translation>Exportar sin cifrar…</translation>
    </message>
    <message>
        <source>Export without encryption</source>
        <translation>Exportar sin cifrar</translation>
    </message>
</context>
<context>
    <name>BackupPasswordForm</name>
    <message>
        <source>Backup password</source>
        <translation>Contraseña de la copia de seguridad</translation>
    </message>
    <message>
        <source>The same password again</source>
        <translation>La misma contraseña otra vez</translation>
    </message>
    <message>
        <source>%1, again</source>
        <translation>%1, otra vez</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
</context>
<context>
    <name>BackupStrengthMeter</name>
    <message>
        <source>Very weak</source>
        <translation>Muy débil</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Débil</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Aceptable</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Buena</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Fuerte</translation>
    </message>
    <message>
        <source>Password strength: %1</source>
        <translation>Seguridad de la contraseña: %1</translation>
    </message>
</context>
<context>
    <name>ChecklistStep</name>
    <message>
        <source>Step %1: %2</source>
        <translation>Paso %1: %2</translation>
    </message>
    <message>
        <source>Step %1 is done; mark it not done</source>
        <translation>El paso %1 está hecho; marcarlo como no hecho</translation>
    </message>
    <message>
        <source>Mark step %1 done</source>
        <translation>Marcar el paso %1 como hecho</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <extracomment>%1 is the step&apos;s number, %2 what to do.</extracomment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Tip: %1</source>
        <extracomment>A tip under a checklist step.</extracomment>
        <translation>Consejo: %1</translation>
    </message>
</context>
<context>
    <name>ClockCheckDialog</name>
    <message>
        <source>Check this computer&apos;s clock</source>
        <translation>Comprobar el reloj de este ordenador</translation>
    </message>
    <message>
        <source>Login codes depend on the time: if this computer&apos;s clock is more than a few seconds off, the service rejects them.</source>
        <translation>Los códigos de inicio de sesión dependen de la hora: si el reloj de este ordenador se desvía más de unos segundos, el servicio los rechaza.</translation>
    </message>
    <message>
        <source>Compare with the time a website states:</source>
        <translation>Compara con la hora que indica un sitio web:</translation>
    </message>
    <message>
        <source>Website to compare with</source>
        <translation>Sitio web con el que comparar</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Compare the clock with this website</source>
        <translation>Comparar el reloj con este sitio web</translation>
    </message>
</context>
<context>
    <name>CountdownIndicator</name>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <extracomment>Accessible name of the countdown next to a code.</extracomment>
        <translation>
            <numerusform>Queda %n segundo</numerusform>
            <numerusform>Quedan %n segundos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmptyAccountsPage</name>
    <message>
        <source>No accounts yet</source>
        <translation>Todavía no hay cuentas</translation>
    </message>
    <message>
        <source>Add your first account</source>
        <translation>Añade tu primera cuenta</translation>
    </message>
    <message>
        <source>When a site shows a QR code for two-step verification, put it on screen and scan it, or use any of the other ways below.</source>
        <extracomment>Shown on the empty accounts screen.</extracomment>
        <translation>Cuando un sitio web te muestre un código QR para la verificación en dos pasos, déjalo en pantalla y escanéalo, o usa cualquiera de las otras formas de abajo.</translation>
    </message>
    <message>
        <source>Scan QR code on screen</source>
        <translation>Escanear código QR en pantalla</translation>
    </message>
    <message>
        <source>Open an image…</source>
        <translation>Abrir una imagen…</translation>
    </message>
    <message>
        <source>Open an image of a QR code</source>
        <translation>Abrir una imagen de un código QR</translation>
    </message>
    <message>
        <source>Paste image or link</source>
        <extracomment>Pastes a copied QR code picture or otpauth link.</extracomment>
        <translation>Pegar imagen o enlace</translation>
    </message>
    <message>
        <source>Enter a setup key…</source>
        <translation>Escribir una clave de configuración…</translation>
    </message>
    <message>
        <source>Enter a setup key by hand</source>
        <translation>Escribir a mano una clave de configuración</translation>
    </message>
    <message>
        <source>Import from another app…</source>
        <translation>Importar desde otra app…</translation>
    </message>
    <message>
        <source>You can also drop an image or a link onto this window.</source>
        <translation>También puedes soltar una imagen o un enlace en esta ventana.</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Welcome to Tessera</source>
        <translation>Te damos la bienvenida a Tessera</translation>
    </message>
    <message>
        <source>Tessera keeps your two-step verification codes in an encrypted vault on this computer.</source>
        <translation>Tessera guarda tus códigos de verificación en dos pasos en una caja fuerte cifrada en este ordenador.</translation>
    </message>
    <message>
        <source>Your system keychain works</source>
        <translation>El llavero del sistema funciona</translation>
    </message>
    <message>
        <source>No working system keychain was found</source>
        <translation>No se ha encontrado un llavero del sistema que funcione</translation>
    </message>
    <message>
        <source>Tessera will keep the vault&apos;s key in it, so the vault opens by itself when you are logged in, and stays closed for anyone who copies the file.</source>
        <translation>Tessera guardará en él la llave de la caja fuerte, así que la caja fuerte se abrirá sola cuando hayas iniciado sesión y seguirá cerrada para cualquiera que copie el archivo.</translation>
    </message>
    <message>
        <source>Tessera will protect the vault with a password instead. You will type it each time Tessera opens. Choose one you will remember: without it, the codes cannot be recovered.</source>
        <translation>Tessera protegerá la caja fuerte con una contraseña. Tendrás que escribirla cada vez que abras Tessera. Elige una que vayas a recordar: sin ella, los códigos no se pueden recuperar.</translation>
    </message>
    <message>
        <source>What was found: %1</source>
        <extracomment>%1 is what the keychain check found, in a sentence.</extracomment>
        <translation>Lo que se encontró: %1</translation>
    </message>
    <message>
        <source>Also set a recovery password (recommended)</source>
        <translation>Crear contraseña de recuperación (recomendado)</translation>
    </message>
    <message>
        <source>Also set a recovery password</source>
        <translation>Crear también una contraseña de recuperación</translation>
    </message>
    <message>
        <source>If the keychain is ever lost (a new computer, a reinstalled system), the recovery password still opens your vault and its backups.</source>
        <translation>Si alguna vez pierdes el llavero (un ordenador nuevo, un sistema reinstalado), la contraseña de recuperación seguirá abriendo tu caja fuerte y sus copias de seguridad.</translation>
    </message>
    <message>
        <source>Without a recovery password, losing the keychain means losing access to the vault. You can set one later in Settings.</source>
        <translation>Sin contraseña de recuperación, perder el llavero significa perder el acceso a la caja fuerte. Puedes crearla más tarde en Ajustes.</translation>
    </message>
    <message>
        <source>Recovery password</source>
        <translation>Contraseña de recuperación</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>Escríbela otra vez</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Repite la contraseña</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>Create my vault</source>
        <translation>Crear mi caja fuerte</translation>
    </message>
    <message>
        <source>Creating the vault</source>
        <translation>Creando la caja fuerte</translation>
    </message>
    <message>
        <source>Vault file: %1</source>
        <translation>Archivo de la caja fuerte: %1</translation>
    </message>
</context>
<context>
    <name>IconPickerDialog</name>
    <message>
        <source>Icon for %1</source>
        <extracomment>Title of the dialog that sets the picture shown for an account; %1 is the account.</extracomment>
        <translation>Icono de %1</translation>
    </message>
    <message>
        <source>This account shows its own picture. Remove the picture to show a brand icon or letters instead.</source>
        <translation>Esta cuenta muestra su propia imagen. Quita la imagen para mostrar en su lugar el icono de una marca o letras.</translation>
    </message>
    <message>
        <source>Search brands</source>
        <translation>Buscar marcas</translation>
    </message>
    <message>
        <source>Search brand icons</source>
        <translation>Buscar iconos de marcas</translation>
    </message>
    <message>
        <source>Brand icons</source>
        <translation>Iconos de marcas</translation>
    </message>
    <message>
        <source>%1 (current icon)</source>
        <translation>%1 (icono actual)</translation>
    </message>
    <message>
        <source>No brand icon matches. Use letters or a picture from a file instead.</source>
        <translation>Ningún icono de marca coincide. Usa letras o una imagen de un archivo.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <extracomment>Icon choice: the brand icon matching the issuer, if any, else letters.</extracomment>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Automatic icon (by the service name)</source>
        <translation>Icono automático (según el nombre del servicio)</translation>
    </message>
    <message>
        <source>Letters only</source>
        <extracomment>Icon choice: always show the account&apos;s initials on a coloured circle.</extracomment>
        <translation>Solo letras</translation>
    </message>
    <message>
        <source>Letters only, no brand icon</source>
        <translation>Solo letras, sin icono de marca</translation>
    </message>
    <message>
        <source>Picture from a file…</source>
        <translation>Imagen de un archivo…</translation>
    </message>
    <message>
        <source>Use a picture from a file</source>
        <translation>Usar una imagen de un archivo</translation>
    </message>
    <message>
        <source>Remove picture</source>
        <translation>Quitar imagen</translation>
    </message>
    <message>
        <source>Remove the account&apos;s own picture</source>
        <translation>Quitar la imagen propia de la cuenta</translation>
    </message>
    <message>
        <source>Choose a picture for %1</source>
        <translation>Elegir una imagen para %1</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.svg *.webp)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.svg *.webp)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>ImportEntryDelegate</name>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>Already in the vault</source>
        <translation>Ya está en la caja fuerte</translation>
    </message>
    <message>
        <source>Same name, other secret</source>
        <translation>Mismo nombre, otra clave secreta</translation>
    </message>
    <message>
        <source>Cannot be imported</source>
        <translation>No se puede importar</translation>
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
        <translation>Conservar ambas</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Replace the vault&apos;s secret</source>
        <translation>Reemplazar la clave de la caja fuerte</translation>
    </message>
    <message>
        <source>What to do with %1</source>
        <translation>Qué hacer con %1</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Import accounts</source>
        <translation>Importar cuentas</translation>
    </message>
    <message>
        <source>Choose the files to import</source>
        <translation>Elige los archivos que quieres importar</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Reading the files</source>
        <translation>Leyendo los archivos</translation>
    </message>
    <message>
        <source>Choose files…</source>
        <translation>Elegir archivos…</translation>
    </message>
    <message>
        <source>%1 is encrypted. Enter the password it was saved with.</source>
        <translation>%1 está cifrado. Escribe la contraseña con la que se guardó.</translation>
    </message>
    <message>
        <source>Password of the file to import</source>
        <translation>Contraseña del archivo que quieres importar</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open the encrypted file</source>
        <translation>Abrir el archivo cifrado</translation>
    </message>
    <message>
        <source>Choose other files</source>
        <translation>Elegir otros archivos</translation>
    </message>
    <message>
        <source>%1 new, %2 already in the vault, %3 with the same name as a vault account, %4 that cannot be imported.</source>
        <translation>Nuevas: %1; ya en la caja fuerte: %2; con el mismo nombre que una cuenta de la caja fuerte: %3; no se pueden importar: %4.</translation>
    </message>
    <message>
        <source>Read as: %1</source>
        <translation>Leído como: %1</translation>
    </message>
    <message>
        <source>Accounts in the files</source>
        <translation>Cuentas de los archivos</translation>
    </message>
    <message numerus="yes">
        <source>Import %n account(s)</source>
        <translation>
            <numerusform>Importar %n cuenta</numerusform>
            <numerusform>Importar %n cuentas</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>Nada que importar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Cancelar la importación</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n account(s).</source>
        <translation>
            <numerusform>Se importó %n cuenta.</numerusform>
            <numerusform>Se importaron %n cuentas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new to import; the vault was not changed.</source>
        <translation>No hay nada nuevo que importar; la caja fuerte no ha cambiado.</translation>
    </message>
    <message>
        <source>If the files you imported are not encrypted, delete them now: anyone who reads them can make your codes.</source>
        <translation>Si los archivos que has importado no están cifrados, elimínalos ahora: cualquiera que los lea puede generar tus códigos.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Back to the accounts</source>
        <translation>Volver a las cuentas</translation>
    </message>
    <message>
        <source>Import more</source>
        <translation>Importar más</translation>
    </message>
    <message>
        <source>Import more files</source>
        <translation>Importar más archivos</translation>
    </message>
    <message>
        <source>Backups, exports and screenshots (*.json *.tessera *.2fas *.txt *.bin *.xml *.csv *.aes *.png *.jpg *.jpeg *.gif *.bmp *.webp)</source>
        <translation>Copias de seguridad, exportaciones y capturas de pantalla (*.json *.tessera *.2fas *.txt *.bin *.xml *.csv *.aes *.png *.jpg *.jpeg *.gif *.bmp *.webp)</translation>
    </message>
    <message>
        <source>Import accounts from a Tessera backup or from another authenticator&apos;s export: Aegis, 2FAS, andOTP, Bitwarden, Ente, FreeOTP, FreeOTP+, Proton Authenticator, Steam (maFile), a list of otpauth:// links, or screenshots of QR codes (a Google Authenticator transfer split over several pictures is read together). You will see what would be imported before anything changes.</source>
        <translation>Importa cuentas desde una copia de seguridad de Tessera o desde lo que exporta otra app de autenticación: Aegis, 2FAS, andOTP, Bitwarden, Ente, FreeOTP, FreeOTP+, Proton Authenticator, Steam (maFile), una lista de enlaces otpauth:// o capturas de pantalla de códigos QR (una transferencia de Google Authenticator repartida en varias imágenes se lee de una vez). Verás lo que se importaría antes de que cambie nada.</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <source>Tessera is locked</source>
        <translation>Tessera está bloqueado</translation>
    </message>
    <message>
        <source>Unlock with your system keychain or with your recovery password.</source>
        <translation>Desbloquea con el llavero del sistema o con tu contraseña de recuperación.</translation>
    </message>
    <message>
        <source>Unlock with your system keychain.</source>
        <translation>Desbloquea con el llavero del sistema.</translation>
    </message>
    <message>
        <source>Type your password to unlock.</source>
        <translation>Escribe tu contraseña para desbloquear.</translation>
    </message>
    <message>
        <source>Unlock with system keychain</source>
        <translation>Desbloquear con el llavero del sistema</translation>
    </message>
    <message>
        <source>Recovery password</source>
        <translation>Contraseña de recuperación</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Unlock with password</source>
        <translation>Desbloquear con contraseña</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Desbloqueando</translation>
    </message>
    <message>
        <source>This vault has no way to unlock it from here.</source>
        <translation>Esta caja fuerte no se puede desbloquear desde aquí.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>This part of Tessera is not available yet.</source>
        <translation>Esta parte de Tessera todavía no está disponible.</translation>
    </message>
    <message>
        <source>The account from %1 could not be added.</source>
        <translation>No se pudo añadir la cuenta desde %1.</translation>
    </message>
    <message>
        <source>%1 of %2 accounts from %3 could not be added.</source>
        <translation>No se pudieron añadir %1 de %2 cuentas desde %3.</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>Se añadió %1</translation>
    </message>
    <message numerus="yes">
        <source>Added %n account(s)</source>
        <translation>
            <numerusform>Se añadió %n cuenta</numerusform>
            <numerusform>Se añadieron %n cuentas</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation>Se eliminó %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message numerus="yes">
        <source>Code for %1 copied — clears in %n s</source>
        <extracomment>%1 is the account; the clipboard is emptied after %n seconds.</extracomment>
        <translation>
            <numerusform>Código de %1 copiado; se borra en %n s</numerusform>
            <numerusform>Código de %1 copiado; se borra en %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Clipboard cleared</source>
        <translation>Portapapeles vaciado</translation>
    </message>
    <message>
        <source>Some accounts were not added</source>
        <translation>Algunas cuentas no se añadieron</translation>
    </message>
    <message>
        <source>Delete the screenshot?</source>
        <translation>¿Eliminar la captura de pantalla?</translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>Button of the &quot;Delete the screenshot?&quot; question.</extracomment>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Keep</source>
        <extracomment>Button of the &quot;Delete the screenshot?&quot; question.</extracomment>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>Screenshot deleted</source>
        <translation>Captura de pantalla eliminada</translation>
    </message>
    <message>
        <source>Could not delete %1</source>
        <translation>No se pudo eliminar %1</translation>
    </message>
    <message>
        <source>It shows your secret key: anyone who gets the picture can make your codes. The account is now in Tessera, so the picture is no longer needed.

%1</source>
        <translation>Muestra tu clave secreta: cualquiera que consiga la imagen puede generar tus códigos. La cuenta ya está en Tessera, así que la imagen ya no hace falta.

%1</translation>
    </message>
    <message numerus="yes">
        <source>Copied — clears in %n s</source>
        <extracomment>A password (not a code) was copied; the clipboard is emptied after %n seconds.</extracomment>
        <translation>
            <numerusform>Copiado; se borra en %n s</numerusform>
            <numerusform>Copiado; se borra en %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>ManualEntryDialog</name>
    <message>
        <source>Enter a setup key</source>
        <extracomment>Title of the dialog for typing an account&apos;s setup key by hand.</extracomment>
        <translation>Escribir una clave de configuración</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Add</source>
        <extracomment>Adds the account typed in the manual-entry dialog.</extracomment>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Añadir cuenta</translation>
    </message>
    <message>
        <source>Sites that show a QR code usually offer a text key too (&quot;Can&apos;t scan it?&quot;). Type or paste it here.</source>
        <translation>Los sitios que muestran un código QR suelen ofrecer también una clave en texto («¿No puedes escanearlo?»). Escríbela o pégala aquí.</translation>
    </message>
    <message>
        <source>Issuer (service)</source>
        <extracomment>The service the account belongs to, e.g. GitHub.</extracomment>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>e.g. GitHub</source>
        <translation>p. ej., GitHub</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Account name</source>
        <extracomment>The user name or e-mail address of the account.</extracomment>
        <translation>Nombre de la cuenta</translation>
    </message>
    <message>
        <source>e.g. me@example.com</source>
        <translation>p. ej., yo@example.com</translation>
    </message>
    <message>
        <source>Setup key</source>
        <translation>Clave de configuración</translation>
    </message>
    <message>
        <source>e.g. JBSW Y3DP EHPK 3PXP</source>
        <translation>p. ej., JBSW Y3DP EHPK 3PXP</translation>
    </message>
    <message>
        <source>Advanced</source>
        <extracomment>Shows the less common code settings (type, algorithm, digits, period).</extracomment>
        <translation>Avanzado</translation>
    </message>
    <message>
        <source>Show advanced settings</source>
        <translation>Mostrar ajustes avanzados</translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>Kind of code: time-based, counter-based or Steam.</extracomment>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Time-based (TOTP)</source>
        <translation>Por tiempo (TOTP)</translation>
    </message>
    <message>
        <source>Counter-based (HOTP)</source>
        <translation>Por contador (HOTP)</translation>
    </message>
    <message>
        <source>Steam</source>
        <translation>Steam</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algoritmo</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>Dígitos</translation>
    </message>
    <message>
        <source>Period (seconds)</source>
        <extracomment>How long each code lasts, in seconds.</extracomment>
        <translation>Periodo (segundos)</translation>
    </message>
    <message>
        <source>Period in seconds</source>
        <translation>Periodo en segundos</translation>
    </message>
    <message>
        <source>Counter</source>
        <extracomment>HOTP: the number of codes already used.</extracomment>
        <translation>Contador</translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Hide %1</source>
        <translation>Ocultar %1</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Mostrar %1</translation>
    </message>
</context>
<context>
    <name>PasswordHelperDialog</name>
    <message>
        <source>%1 states no password rules; Tessera makes a long one with letters, digits and punctuation.</source>
        <translation>%1 no indica reglas para la contraseña; Tessera crea una larga con letras, números y signos de puntuación.</translation>
    </message>
    <message>
        <source>letters</source>
        <translation>letras</translation>
    </message>
    <message>
        <source>digits</source>
        <translation>números</translation>
    </message>
    <message>
        <source>punctuation</source>
        <translation>signos de puntuación</translation>
    </message>
    <message>
        <source>%1 to %2 characters</source>
        <translation>de %1 a %2 caracteres</translation>
    </message>
    <message numerus="yes">
        <source>at least %n character(s)</source>
        <translation>
            <numerusform>al menos %n carácter</numerusform>
            <numerusform>al menos %n caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 asks for %2 with %3.</source>
        <extracomment>%1 the service, %2 e.g. &quot;6 to 20 characters&quot;, %3 e.g. &quot;letters, digits, punctuation&quot;.</extracomment>
        <translation>%1 pide %2 y que incluya %3.</translation>
    </message>
    <message>
        <source>%1 asks for %2.</source>
        <translation>%1 pide %2.</translation>
    </message>
    <message>
        <source>A new password</source>
        <translation>Una contraseña nueva</translation>
    </message>
    <message>
        <source>Generated password</source>
        <translation>Contraseña generada</translation>
    </message>
    <message>
        <source>Tessera could not make a password for these rules. Make one yourself and check it below.</source>
        <translation>Tessera no ha podido crear una contraseña con estas reglas. Crea una tú y compruébala abajo.</translation>
    </message>
    <message>
        <source>Make another</source>
        <translation>Crear otra</translation>
    </message>
    <message>
        <source>Make another password</source>
        <translation>Crear otra contraseña</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the password</source>
        <translation>Copiar la contraseña</translation>
    </message>
    <message>
        <source>Paste it into the official site&apos;s password fields, then save it in your password manager. Tessera does not keep it.</source>
        <translation>Pégala en los campos de contraseña del sitio oficial y después guárdala en tu gestor de contraseñas. Tessera no la guarda.</translation>
    </message>
    <message>
        <source>Or check a password you chose:</source>
        <translation>O comprueba una contraseña que hayas elegido:</translation>
    </message>
    <message>
        <source>A password to check</source>
        <translation>Contraseña que comprobar</translation>
    </message>
</context>
<context>
    <name>PasswordStrength</name>
    <message numerus="yes">
        <source>Too short: use at least %n characters.</source>
        <translation>
            <numerusform>Demasiado corta: usa al menos %n carácter.</numerusform>
            <numerusform>Demasiado corta: usa al menos %n caracteres.</numerusform>
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
        <translation>Se recupera desde tu copia de seguridad</translation>
    </message>
    <message>
        <source>Only through the service&apos;s recovery</source>
        <translation>Solo con la recuperación del servicio</translation>
    </message>
    <message>
        <source>Would be lost</source>
        <translation>Se perdería</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Hacer copia ahora</translation>
    </message>
    <message>
        <source>Back up…</source>
        <translation>Hacer copia…</translation>
    </message>
    <message>
        <source>Set one…</source>
        <translation>Crear una…</translation>
    </message>
    <message>
        <source>Add codes…</source>
        <translation>Añadir códigos…</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Check…</source>
        <translation>Comprobar…</translation>
    </message>
    <message>
        <source>Recovery readiness</source>
        <translation>Preparación para la recuperación</translation>
    </message>
    <message>
        <source>Last backup or emergency kit: %1.</source>
        <translation>Última copia de seguridad o kit de emergencia: %1.</translation>
    </message>
    <message>
        <source>No backup or emergency kit has been made yet.</source>
        <translation>Todavía no has hecho ninguna copia de seguridad ni ningún kit de emergencia.</translation>
    </message>
    <message>
        <source>Nothing missing.</source>
        <translation>No falta nada.</translation>
    </message>
</context>
<context>
    <name>RecoveryCenterPage</name>
    <message>
        <source>No account, just read the steps</source>
        <translation>Ninguna cuenta, solo leer los pasos</translation>
    </message>
    <message>
        <source>Recovery center</source>
        <translation>Centro de recuperación</translation>
    </message>
    <message>
        <source>Locked out, forgot a password, or think someone got in? Choose what happened and follow the steps one by one. Tessera keeps your place.</source>
        <translation>¿No puedes entrar, has olvidado una contraseña o crees que alguien ha entrado en tu cuenta? Elige lo que ha pasado y sigue los pasos uno a uno. Tessera recuerda por dónde vas.</translation>
    </message>
    <message>
        <source>Check what is missing…</source>
        <translation>Ver qué falta…</translation>
    </message>
    <message>
        <source>Open the recovery readiness check</source>
        <translation>Abrir la comprobación de preparación para la recuperación</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Account to recover</source>
        <translation>Cuenta que recuperar</translation>
    </message>
    <message>
        <source>Choose an account and Tessera remembers which steps you have done.</source>
        <translation>Elige una cuenta y Tessera recordará qué pasos has hecho.</translation>
    </message>
    <message>
        <source>Service</source>
        <extracomment>The web service an account belongs to (AliExpress, …).</extracomment>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Official login page</source>
        <translation>Página oficial</translation>
    </message>
    <message>
        <source>Open the official login page: %1</source>
        <translation>Abrir la página oficial de inicio de sesión: %1</translation>
    </message>
    <message>
        <source>Backup codes and recovery info…</source>
        <translation>Códigos y datos de recuperación…</translation>
    </message>
    <message>
        <source>Open the recovery details of this account</source>
        <translation>Abrir los datos de recuperación de esta cuenta</translation>
    </message>
    <message>
        <source>Sign in only from here or by typing the address yourself, never from a link in an email or a message: that is how accounts are stolen.</source>
        <translation>Inicia sesión solo desde aquí o escribiendo tú la dirección, nunca desde un enlace de un correo o de un mensaje: así es como se roban las cuentas.</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>¿Qué ha pasado?</translation>
    </message>
    <message>
        <source>%1 of %2 steps done</source>
        <extracomment>%1 steps ticked of %2.</extracomment>
        <translation>%1 de %2 pasos completados</translation>
    </message>
</context>
<context>
    <name>RecoveryDetailsPage</name>
    <message>
        <source>Recovery details</source>
        <translation>Datos de recuperación</translation>
    </message>
    <message>
        <source>Recovery details of %1</source>
        <translation>Datos de recuperación de %1</translation>
    </message>
    <message>
        <source>Recovery: %1</source>
        <extracomment>%1 is the account.</extracomment>
        <translation>Recuperación: %1</translation>
    </message>
    <message>
        <source>Backup codes</source>
        <translation>Códigos de respaldo</translation>
    </message>
    <message>
        <source>No backup codes saved. Services that offer them show them once, when two-step login is turned on, or in their security settings: paste them below.</source>
        <translation>No hay códigos de respaldo guardados. Los servicios que los ofrecen los muestran una sola vez, al activar el inicio de sesión en dos pasos, o en su configuración de seguridad: pégalos abajo.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n code(s) left.</source>
        <translation>
            <numerusform>%1 de %n código sin usar.</numerusform>
            <numerusform>%1 de %n códigos sin usar.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Every code is used: get new ones from the service&apos;s security settings.</source>
        <translation>%1 Todos los códigos están usados: consigue otros nuevos en la configuración de seguridad del servicio.</translation>
    </message>
    <message>
        <source>%1 Get new ones from the service&apos;s security settings before they run out.</source>
        <translation>%1 Consigue otros nuevos en la configuración de seguridad del servicio antes de que se acaben.</translation>
    </message>
    <message>
        <source>Hide codes</source>
        <translation>Ocultar códigos</translation>
    </message>
    <message>
        <source>Show codes</source>
        <translation>Mostrar códigos</translation>
    </message>
    <message>
        <source>Paste backup codes here, one per line</source>
        <translation>Pega aquí los códigos de respaldo, uno por línea</translation>
    </message>
    <message>
        <source>Backup codes to add</source>
        <translation>Códigos de respaldo que añadir</translation>
    </message>
    <message>
        <source>Add codes</source>
        <translation>Añadir códigos</translation>
    </message>
    <message>
        <source>Add the pasted backup codes</source>
        <translation>Añadir los códigos de respaldo pegados</translation>
    </message>
    <message>
        <source>Official login page</source>
        <translation>Página oficial de inicio de sesión</translation>
    </message>
    <message>
        <source>Sign in from here or by typing the address yourself, never from a link in an email or a message.</source>
        <translation>Inicia sesión desde aquí o escribiendo tú la dirección, nunca desde un enlace de un correo o de un mensaje.</translation>
    </message>
    <message>
        <source>Official login address</source>
        <translation>Dirección oficial de inicio de sesión</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open the saved login page</source>
        <translation>Abrir la página de inicio de sesión guardada</translation>
    </message>
    <message>
        <source>Recovery email and phone</source>
        <translation>Correo y teléfono de recuperación</translation>
    </message>
    <message>
        <source>Which email address and phone number the service sends recovery codes to. If they are old, update them on the service too.</source>
        <translation>La dirección de correo y el número de teléfono a los que el servicio envía los códigos de recuperación. Si ya no están al día, cámbialos también en el servicio.</translation>
    </message>
    <message>
        <source>Recovery email</source>
        <translation>Correo de recuperación</translation>
    </message>
    <message>
        <source>Recovery phone</source>
        <translation>Teléfono de recuperación</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save the login page and recovery contacts</source>
        <translation>Guardar la página de inicio de sesión y los contactos de recuperación</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Deshacer cambios</translation>
    </message>
    <message>
        <source>You last confirmed these details on %1.</source>
        <translation>Confirmaste estos datos por última vez el %1.</translation>
    </message>
    <message>
        <source>You have not confirmed these details yet. Check them on the service&apos;s security settings page.</source>
        <translation>Todavía no has confirmado estos datos. Compruébalos en la página de configuración de seguridad del servicio.</translation>
    </message>
    <message>
        <source>These details are still right</source>
        <translation>Estos datos siguen siendo correctos</translation>
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
            <numerusform>%n de %n paso completado.</numerusform>
            <numerusform>Completados los %n pasos.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 steps done.</source>
        <translation>%1 de %2 pasos completados.</translation>
    </message>
    <message>
        <source>%1 Last worked on %2.</source>
        <extracomment>%1 &quot;3 of 8 steps done.&quot;, %2 a date and time.</extracomment>
        <translation>%1 Último cambio: %2.</translation>
    </message>
    <message>
        <source>No account is chosen, so these ticks are not kept. Open the checklist from the account to keep your place.</source>
        <translation>No has elegido ninguna cuenta, así que estas marcas no se guardan. Abre la lista desde la cuenta para que Tessera recuerde por dónde vas.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <source>Start over: untick every step</source>
        <translation>Empezar de nuevo: desmarcar todos los pasos</translation>
    </message>
    <message>
        <source>Start over?</source>
        <translation>¿Empezar de nuevo?</translation>
    </message>
    <message>
        <source>Every step of this checklist will be unticked.</source>
        <translation>Se desmarcarán todos los pasos de esta lista.</translation>
    </message>
    <message>
        <source>Which account?</source>
        <translation>¿Qué cuenta?</translation>
    </message>
    <message>
        <source>Backup codes and recovery info are kept per account. Go back, choose the account at the top of the recovery center, and open this checklist again.</source>
        <translation>Los códigos de respaldo y los datos de recuperación se guardan por cuenta. Vuelve atrás, elige la cuenta en la parte de arriba del centro de recuperación y abre otra vez esta lista.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Clear copied codes after (seconds)</source>
        <extracomment>Setting: seconds after which a copied code is removed from the clipboard.</extracomment>
        <translation>Borrar los códigos copiados después de (segundos)</translation>
    </message>
    <message>
        <source>Clear copied codes after this many seconds</source>
        <translation>Borrar los códigos copiados después de estos segundos</translation>
    </message>
    <message>
        <source>Lock when idle for (minutes, 0 = never)</source>
        <extracomment>Setting: minutes without use before Tessera locks; 0 means never.</extracomment>
        <translation>Bloquear tras estar inactivo (minutos, 0 = nunca)</translation>
    </message>
    <message>
        <source>Lock when idle for this many minutes</source>
        <translation>Bloquear tras estos minutos de inactividad</translation>
    </message>
    <message>
        <source>Lock when the screen locks or the computer sleeps</source>
        <translation>Bloquear al bloquear la pantalla o suspender</translation>
    </message>
    <message>
        <source>Hide codes until I click Show</source>
        <translation>Ocultar los códigos hasta que haga clic en Mostrar</translation>
    </message>
    <message>
        <source>Hide codes</source>
        <translation>Ocultar códigos</translation>
    </message>
    <message>
        <source>Keep running in the system tray when the window is closed</source>
        <translation>Seguir abierto en la bandeja del sistema al cerrar la ventana</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Recovery password</source>
        <translation>Contraseña de recuperación</translation>
    </message>
    <message>
        <source>A recovery password is set. It opens the vault when the system keychain cannot. Setting a new one replaces it.</source>
        <translation>Hay una contraseña de recuperación. Abre la caja fuerte cuando el llavero del sistema no puede. Si creas una nueva, sustituye a la anterior.</translation>
    </message>
    <message>
        <source>No recovery password is set: if the system keychain is lost, so are your accounts. Set one now.</source>
        <translation>No hay contraseña de recuperación: si se pierde el llavero del sistema, también se pierden tus cuentas. Crea una ahora.</translation>
    </message>
    <message>
        <source>New recovery password</source>
        <translation>Nueva contraseña de recuperación</translation>
    </message>
    <message>
        <source>Repeat the new recovery password</source>
        <translation>Repite la nueva contraseña de recuperación</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>Escríbela otra vez</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>Change recovery password</source>
        <translation>Cambiar la contraseña de recuperación</translation>
    </message>
    <message>
        <source>Set recovery password</source>
        <translation>Crear contraseña de recuperación</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Guardando</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Vault file: %1</source>
        <translation>Archivo de la caja fuerte: %1</translation>
    </message>
    <message>
        <source>About Tessera…</source>
        <translation>Acerca de Tessera…</translation>
    </message>
    <message>
        <source>About Tessera</source>
        <translation>Acerca de Tessera</translation>
    </message>
</context>
<context>
    <name>tessera::AddSourceController</name>
    <message>
        <source>a web address</source>
        <translation>una dirección web</translation>
    </message>
    <message>
        <source>Wi-Fi settings</source>
        <translation>los datos de una red wifi</translation>
    </message>
    <message>
        <source>a contact card</source>
        <translation>una tarjeta de contacto</translation>
    </message>
    <message>
        <source>an email address</source>
        <translation>una dirección de correo electrónico</translation>
    </message>
    <message>
        <source>a phone number</source>
        <translation>un número de teléfono</translation>
    </message>
    <message>
        <source>other text</source>
        <translation>otro texto</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a picture.</source>
        <translation>%1 es una carpeta, no una imagen.</translation>
    </message>
    <message>
        <source>%1 is not an image. To bring in a backup file, use Import.</source>
        <translation>%1 no es una imagen. Para traer un archivo de copia de seguridad, usa Importar.</translation>
    </message>
    <message>
        <source>%1 could not be read as a picture (%2).</source>
        <translation>%1 no se pudo leer como imagen (%2).</translation>
    </message>
    <message>
        <source>The screen could not be captured: the desktop&apos;s screenshot service (D-Bus) is not running. Save the QR code as a picture and open it instead.</source>
        <translation>No se pudo capturar la pantalla: el servicio de capturas del escritorio (D-Bus) no está en marcha. Guarda el código QR como imagen y ábrela.</translation>
    </message>
    <message>
        <source>The screen could not be captured (%1). Save the QR code as a picture and open it instead.</source>
        <translation>No se pudo capturar la pantalla (%1). Guarda el código QR como imagen y ábrela.</translation>
    </message>
    <message>
        <source>Screen capture was cancelled.</source>
        <translation>Se canceló la captura de pantalla.</translation>
    </message>
    <message>
        <source>The desktop did not allow a screenshot. Save the QR code as a picture and open it instead.</source>
        <translation>El escritorio no permitió hacer una captura de pantalla. Guarda el código QR como imagen y ábrela.</translation>
    </message>
    <message>
        <source>%1 is not a file on this computer. Save the picture first, then open it.</source>
        <translation>%1 no es un archivo de este ordenador. Guarda primero la imagen y luego ábrela.</translation>
    </message>
    <message>
        <source>This is not a 2FA link: it should start with otpauth:// or otpauth-migration://.</source>
        <translation>Esto no es un enlace de 2FA: debería empezar por otpauth:// u otpauth-migration://.</translation>
    </message>
    <message>
        <source>a link</source>
        <translation>un enlace</translation>
    </message>
    <message>
        <source>the screen</source>
        <translation>la pantalla</translation>
    </message>
    <message>
        <source>the clipboard</source>
        <translation>el portapapeles</translation>
    </message>
    <message>
        <source>the dropped text</source>
        <translation>el texto soltado</translation>
    </message>
    <message>
        <source>the link</source>
        <translation>el enlace</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s)</source>
        <translation>
            <numerusform>%n imagen</numerusform>
            <numerusform>%n imágenes</numerusform>
        </translation>
    </message>
    <message>
        <source>The QR code on the screen is not a 2FA code: it holds %1.</source>
        <translation>El código QR de la pantalla no es un código de 2FA: contiene %1.</translation>
    </message>
    <message numerus="yes">
        <source>The %n QR code(s) on the screen are not 2FA codes.</source>
        <translation>
            <numerusform>%n código QR de la pantalla no es un código de 2FA.</numerusform>
            <numerusform>Los %n códigos QR de la pantalla no son códigos de 2FA.</numerusform>
        </translation>
    </message>
    <message>
        <source>The QR code in the picture on the clipboard is not a 2FA code: it holds %1.</source>
        <translation>El código QR de la imagen del portapapeles no es un código de 2FA: contiene %1.</translation>
    </message>
    <message>
        <source>The QR code in %1 is not a 2FA code: it holds %2.</source>
        <translation>El código QR de %1 no es un código de 2FA: contiene %2.</translation>
    </message>
    <message>
        <source>None of the QR codes in these pictures is a 2FA code.</source>
        <translation>Ninguno de los códigos QR de estas imágenes es un código de 2FA.</translation>
    </message>
    <message>
        <source>The screen could not be captured. Save the QR code as a picture and open it instead.</source>
        <translation>No se pudo capturar la pantalla. Guarda el código QR como imagen y ábrela.</translation>
    </message>
    <message>
        <source>No QR code was found on the screen. Make the code bigger or clearer and try again.</source>
        <translation>No se encontró ningún código QR en la pantalla. Haz el código más grande o más nítido y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>No QR code was found in the picture on the clipboard.</source>
        <translation>No se encontró ningún código QR en la imagen del portapapeles.</translation>
    </message>
    <message>
        <source>No QR code was found in %1. Try a sharper or bigger picture of the code.</source>
        <translation>No se encontró ningún código QR en %1. Prueba con una imagen del código más nítida o más grande.</translation>
    </message>
    <message>
        <source>No QR code was found in %1.</source>
        <translation>No se encontró ningún código QR en %1.</translation>
    </message>
    <message>
        <source>The clipboard holds no picture and no 2FA link. Copy a QR code picture or an otpauth:// link first.</source>
        <translation>El portapapeles no contiene ninguna imagen ni ningún enlace de 2FA. Copia primero una imagen de un código QR o un enlace otpauth://.</translation>
    </message>
    <message>
        <source>Nothing that was dropped holds a 2FA code. Drop a picture of a QR code or an otpauth:// link.</source>
        <translation>Nada de lo que has soltado contiene un código de 2FA. Suelta una imagen de un código QR o un enlace otpauth://.</translation>
    </message>
    <message>
        <source>No picture was given.</source>
        <translation>No se ha indicado ninguna imagen.</translation>
    </message>
    <message>
        <source>%1 of %2 transfer codes scanned</source>
        <extracomment>Google Authenticator splits a transfer into several QR codes; %1 and %2 are counts.</extracomment>
        <translation>Códigos de transferencia escaneados: %1 de %2</translation>
    </message>
</context>
<context>
    <name>tessera::BackupController</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name.</source>
        <translation>%1 es una carpeta; elige un nombre de archivo.</translation>
    </message>
    <message>
        <source>%1 is not a file on this computer.</source>
        <translation>%1 no es un archivo de este ordenador.</translation>
    </message>
    <message>
        <source>Not included: %1</source>
        <translation>No incluidas: %1</translation>
    </message>
    <message>
        <source>There is no plain export format “%1”.</source>
        <translation>No existe el formato de exportación sin cifrar «%1».</translation>
    </message>
    <message>
        <source>Choose a password for the encrypted file.</source>
        <translation>Elige una contraseña para el archivo cifrado.</translation>
    </message>
    <message>
        <source>The vault has no accounts to export.</source>
        <translation>La caja fuerte no tiene cuentas que exportar.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n account(s) to %1.</source>
        <translation>
            <numerusform>Se exportó %n cuenta a %1.</numerusform>
            <numerusform>Se exportaron %n cuentas a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the emergency kit to %1. Print it, then delete the file.</source>
        <translation>Kit de emergencia guardado en %1. Imprímelo y luego elimina el archivo.</translation>
    </message>
    <message>
        <source>Choose a password for the automatic backups.</source>
        <translation>Elige una contraseña para las copias de seguridad automáticas.</translation>
    </message>
    <message>
        <source>Automatic backups are on: they go to %1.</source>
        <translation>Las copias de seguridad automáticas están activadas: se guardan en %1.</translation>
    </message>
    <message>
        <source>Automatic backups are off. The backups already written were kept.</source>
        <translation>Las copias de seguridad automáticas están desactivadas. Las copias ya hechas se han conservado.</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Copia de seguridad guardada en %1.</translation>
    </message>
</context>
<context>
    <name>tessera::ClockCheck</name>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n segundo</numerusform>
            <numerusform>%n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>This computer sets its clock automatically from the internet.</source>
        <translation>Este ordenador pone su reloj en hora automáticamente por internet.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is not being set automatically, so it may drift and codes may be rejected. Turn on “Set time automatically” in the system&apos;s date and time settings.</source>
        <translation>El reloj de este ordenador no se pone en hora automáticamente, así que puede desviarse y los códigos pueden ser rechazados. Activa «Ajustar la hora automáticamente» en la configuración de fecha y hora del sistema.</translation>
    </message>
    <message>
        <source>Tessera cannot tell whether this computer sets its clock automatically. Check the time against a website instead.</source>
        <translation>Tessera no puede saber si este ordenador pone su reloj en hora automáticamente. Compara la hora con un sitio web.</translation>
    </message>
    <message>
        <source>Enter a web address such as %1.</source>
        <translation>Escribe una dirección web como %1.</translation>
    </message>
    <message>
        <source>Use an address that starts with https://, such as %1: only then can Tessera be sure the time really comes from that site.</source>
        <translation>Usa una dirección que empiece por https://, como %1: solo así Tessera puede estar segura de que la hora viene de ese sitio.</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n seconds. Check the internet connection, or try another site.</source>
        <translation>
            <numerusform>%1 no respondió en %n segundo. Comprueba la conexión a internet o prueba con otro sitio.</numerusform>
            <numerusform>%1 no respondió en %n segundos. Comprueba la conexión a internet o prueba con otro sitio.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1&apos;s security certificate was not accepted. If this computer&apos;s date is wrong, that is the reason: correct the date, then check again.</source>
        <translation>No se aceptó el certificado de seguridad de %1. Si la fecha de este ordenador es incorrecta, esa es la causa: corrige la fecha y vuelve a comprobarlo.</translation>
    </message>
    <message>
        <source>Could not reach %1. Check the internet connection and the address.</source>
        <translation>No se pudo conectar con %1. Comprueba la conexión a internet y la dirección.</translation>
    </message>
    <message>
        <source>%1 did not say what time it is. Try another site.</source>
        <translation>%1 no indicó qué hora es. Prueba con otro sitio.</translation>
    </message>
    <message>
        <source>%1 sent a time Tessera cannot read. Try another site.</source>
        <translation>%1 envió una hora que Tessera no puede leer. Prueba con otro sitio.</translation>
    </message>
    <message>
        <source>Your computer&apos;s clock is right; codes will be accepted.</source>
        <translation>El reloj de tu ordenador está en hora; los códigos serán aceptados.</translation>
    </message>
    <message>
        <source>Your computer&apos;s clock is %1 behind, close enough: codes will be accepted.</source>
        <translation>El reloj de tu ordenador va %1 atrasado, suficientemente cerca: los códigos serán aceptados.</translation>
    </message>
    <message>
        <source>Your computer&apos;s clock is %1 ahead, close enough: codes will be accepted.</source>
        <translation>El reloj de tu ordenador va %1 adelantado, suficientemente cerca: los códigos serán aceptados.</translation>
    </message>
    <message>
        <source>Your computer&apos;s clock is %1 behind; codes will be rejected. Turn on “Set time automatically” in the system&apos;s date and time settings, or correct the time by hand.</source>
        <translation>El reloj de tu ordenador va %1 atrasado; los códigos serán rechazados. Activa «Ajustar la hora automáticamente» en la configuración de fecha y hora del sistema, o corrige la hora a mano.</translation>
    </message>
    <message>
        <source>Your computer&apos;s clock is %1 ahead; codes will be rejected. Turn on “Set time automatically” in the system&apos;s date and time settings, or correct the time by hand.</source>
        <translation>El reloj de tu ordenador va %1 adelantado; los códigos serán rechazados. Activa «Ajustar la hora automáticamente» en la configuración de fecha y hora del sistema, o corrige la hora a mano.</translation>
    </message>
</context>
<context>
    <name>tessera::ImportController</name>
    <message>
        <source>Choose at least one file to import.</source>
        <translation>Elige al menos un archivo para importar.</translation>
    </message>
    <message>
        <source>%1 is not a file on this computer.</source>
        <translation>%1 no es un archivo de este ordenador.</translation>
    </message>
    <message>
        <source>No QR code was found in %1.</source>
        <translation>No se encontró ningún código QR en %1.</translation>
    </message>
    <message>
        <source>The QR code in %1 is not an authenticator code (no otpauth:// link).</source>
        <translation>El código QR de %1 no es un código de autenticación (no contiene un enlace otpauth://).</translation>
    </message>
    <message>
        <source>QR codes in images</source>
        <translation>Códigos QR en imágenes</translation>
    </message>
    <message>
        <source>The vault changed while the preview was shown. Check the refreshed preview and import again.</source>
        <translation>La caja fuerte cambió mientras se mostraba la vista previa. Revisa la vista previa actualizada y vuelve a importar.</translation>
    </message>
</context>
<context>
    <name>tessera::ImportPreviewModel</name>
    <message>
        <source>An entry that could not be read</source>
        <translation>Una entrada que no se pudo leer</translation>
    </message>
</context>
<context>
    <name>tessera::PasswordMeter</name>
    <message>
        <source>This service&apos;s password rules could not be read; follow the rules the site shows.</source>
        <translation>No se pudieron leer las reglas de contraseña de este servicio; sigue las que muestra el sitio.</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Usa al menos %n carácter.</numerusform>
            <numerusform>Usa al menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Use at most %n characters.</source>
        <translation>
            <numerusform>Usa como máximo %n carácter.</numerusform>
            <numerusform>Usa como máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Include at least one letter (a–z or A–Z).</source>
        <translation>Incluye al menos una letra (a–z o A–Z).</translation>
    </message>
    <message>
        <source>Include at least one digit (0–9).</source>
        <translation>Incluye al menos un número (0–9).</translation>
    </message>
    <message>
        <source>Include at least one of these marks: %1</source>
        <translation>Incluye al menos uno de estos signos: %1</translation>
    </message>
    <message>
        <source>space</source>
        <extracomment>A space character in a list of characters a site does not allow.</extracomment>
        <translation>espacio</translation>
    </message>
    <message>
        <source>This site does not allow %1.</source>
        <extracomment>%1 is a list of characters, such as “ä”, “~”</extracomment>
        <translation>Este sitio no admite %1.</translation>
    </message>
</context>
<context>
    <name>tessera::PasswordStrength</name>
    <message>
        <source>Choose a password for this backup.</source>
        <translation>Elige una contraseña para esta copia de seguridad.</translation>
    </message>
    <message>
        <source>This is one of the most common passwords; it is tried first.</source>
        <translation>Es una de las contraseñas más comunes; es de las primeras que se prueban.</translation>
    </message>
    <message>
        <source>Use at least 12 characters; a few unrelated words are long and easy to remember.</source>
        <translation>Usa al menos 12 caracteres; unas cuantas palabras sin relación son largas y fáciles de recordar.</translation>
    </message>
    <message>
        <source>Avoid repeated characters and runs such as “aaa”, “123” or “qwerty”.</source>
        <translation>Evita caracteres repetidos y secuencias como «aaa», «123» o «qwerty».</translation>
    </message>
    <message>
        <source>Add more words or characters to make it harder to guess.</source>
        <translation>Añade más palabras o caracteres para que sea más difícil de adivinar.</translation>
    </message>
    <message>
        <source>Good. Longer is even better; do not use this password anywhere else.</source>
        <translation>Buena. Más larga sería aún mejor; no uses esta contraseña en ningún otro sitio.</translation>
    </message>
    <message>
        <source>Strong. Do not use this password anywhere else, and keep it somewhere safe.</source>
        <translation>Fuerte. No uses esta contraseña en ningún otro sitio y guárdala en un lugar seguro.</translation>
    </message>
    <message>
        <source>Dates and years are among the first things tried; leave them out.</source>
        <translation>Las fechas y los años están entre lo primero que se prueba; no los uses.</translation>
    </message>
    <message>
        <source>Common words and names are tried first, also with letters swapped for look-alikes (“p@ssw0rd”); add a few unrelated words.</source>
        <translation>Las palabras y los nombres comunes se prueban primero, también con letras cambiadas por otras parecidas («p@ssw0rd»); añade unas cuantas palabras sin relación.</translation>
    </message>
</context>
<context>
    <name>tessera::RecoveryController</name>
    <message>
        <source>Open the official page</source>
        <extracomment>A checklist step&apos;s button: opens the service&apos;s official page in the browser.</extracomment>
        <translation>Abrir la página oficial</translation>
    </message>
    <message>
        <source>Make a strong password</source>
        <translation>Crear una contraseña segura</translation>
    </message>
    <message>
        <source>Open this account&apos;s recovery details</source>
        <translation>Abrir los datos de recuperación de esta cuenta</translation>
    </message>
    <message>
        <source>Check this computer&apos;s clock</source>
        <translation>Comprobar el reloj de este ordenador</translation>
    </message>
    <message>
        <source>This login address cannot be saved: it must start with https:// and name the site, like https://login.aliexpress.com.</source>
        <translation>No se puede guardar esta dirección de inicio de sesión: debe empezar por https:// e indicar el sitio, como https://login.aliexpress.com.</translation>
    </message>
    <message>
        <source>This account is no longer in the vault.</source>
        <translation>Esta cuenta ya no está en la caja fuerte.</translation>
    </message>
    <message>
        <source>These are not backup codes: each code is a short group of letters and digits, one per line.</source>
        <translation>Estos no son códigos de respaldo: cada código es un grupo corto de letras y números, uno por línea.</translation>
    </message>
    <message>
        <source>Paste the backup codes the service gave you, one per line.</source>
        <translation>Pega los códigos de respaldo que te dio el servicio, uno por línea.</translation>
    </message>
    <message>
        <source>The vault has no accounts yet.</source>
        <translation>La caja fuerte aún no tiene cuentas.</translation>
    </message>
    <message numerus="yes">
        <source>If this computer died today, all %n account(s) would come back from your backup.</source>
        <translation>
            <numerusform>Si este ordenador dejara de funcionar hoy, tu %n cuenta se recuperaría desde tu copia de seguridad.</numerusform>
            <numerusform>Si este ordenador dejara de funcionar hoy, tus %n cuentas se recuperarían todas desde tu copia de seguridad.</numerusform>
        </translation>
    </message>
    <message>
        <source>If this computer died today, %1 of %2 accounts would come back from your backup, %3 only through the service&apos;s recovery email or phone, and %4 would be lost.</source>
        <extracomment>%1 and %2 are counts of accounts; the sentence goes on with what would be lost.</extracomment>
        <translation>Si este ordenador dejara de funcionar hoy, %1 de %2 cuentas se recuperarían desde tu copia de seguridad, %3 solo a través del correo o el teléfono de recuperación del servicio, y %4 se perderían.</translation>
    </message>
    <message>
        <source>This account changed after your last backup, or there is none; make a backup or an emergency kit.</source>
        <translation>Esta cuenta ha cambiado desde tu última copia de seguridad, o no tienes ninguna; haz una copia de seguridad o un kit de emergencia.</translation>
    </message>
    <message>
        <source>All saved backup codes are used; get new ones from the service&apos;s security settings.</source>
        <translation>Todos los códigos de respaldo guardados están usados; consigue otros nuevos en la configuración de seguridad del servicio.</translation>
    </message>
    <message>
        <source>Only one or two backup codes are left; get new ones from the service&apos;s security settings.</source>
        <translation>Solo quedan uno o dos códigos de respaldo; consigue otros nuevos en la configuración de seguridad del servicio.</translation>
    </message>
    <message>
        <source>No backup codes are saved; if the service offers them, save them here.</source>
        <translation>No hay códigos de respaldo guardados; si el servicio los ofrece, guárdalos aquí.</translation>
    </message>
    <message>
        <source>No recovery email or phone is noted; note which ones the service has on file.</source>
        <translation>No has anotado ningún correo ni teléfono de recuperación; apunta cuáles tiene registrados el servicio.</translation>
    </message>
    <message>
        <source>The recovery email and phone have not been checked for a year; confirm they are still yours.</source>
        <translation>El correo y el teléfono de recuperación llevan un año sin comprobarse; confirma que siguen siendo tuyos.</translation>
    </message>
    <message>
        <source>No official login address is noted; add it so you never need a link from an email.</source>
        <translation>No has anotado la dirección oficial de inicio de sesión; añádela para no tener que usar nunca un enlace de un correo.</translation>
    </message>
    <message>
        <source>The vault has no recovery password: only this computer&apos;s keychain opens it. Set one so a backup of the vault can be opened anywhere.</source>
        <translation>La caja fuerte no tiene contraseña de recuperación: solo la abre el llavero de este ordenador. Crea una para que una copia de seguridad de la caja fuerte se pueda abrir en cualquier ordenador.</translation>
    </message>
</context>
<context>
    <name>tessera::TrayIcon</name>
    <message>
        <source>Unlock…</source>
        <translation>Desbloquear…</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Quit Tessera</source>
        <translation>Salir de Tessera</translation>
    </message>
    <message>
        <source>Show the window to unlock the vault</source>
        <translation>Mostrar la ventana para desbloquear la caja fuerte</translation>
    </message>
    <message>
        <source>Lock the vault now</source>
        <translation>Bloquear la caja fuerte ahora</translation>
    </message>
    <message>
        <source>Close Tessera; the clipboard is cleared</source>
        <translation>Cerrar Tessera; se vacía el portapapeles</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Copy the code for %1</source>
        <translation>Copiar el código de %1</translation>
    </message>
    <message>
        <source>Hide Tessera</source>
        <translation>Ocultar Tessera</translation>
    </message>
    <message>
        <source>Show Tessera</source>
        <translation>Mostrar Tessera</translation>
    </message>
    <message>
        <source>Hide the window; Tessera keeps running in the tray</source>
        <translation>Ocultar la ventana; Tessera sigue abierto en la bandeja</translation>
    </message>
    <message>
        <source>Show the Tessera window</source>
        <translation>Mostrar la ventana de Tessera</translation>
    </message>
</context>
<context>
    <name>tessera::VaultController</name>
    <message>
        <source>Enter the recovery password.</source>
        <translation>Escribe la contraseña de recuperación.</translation>
    </message>
    <message>
        <source>The recovery password is too long (at most %1 bytes).</source>
        <translation>La contraseña de recuperación es demasiado larga (como máximo %1 bytes).</translation>
    </message>
    <message>
        <source>Enter the service or the account name.</source>
        <translation>Escribe el servicio o el nombre de la cuenta.</translation>
    </message>
    <message>
        <source>Enter the secret key.</source>
        <translation>Escribe la clave secreta.</translation>
    </message>
    <message>
        <source>The secret key is not valid: %1</source>
        <translation>La clave secreta no es válida: %1</translation>
    </message>
    <message>
        <source>The counter cannot be negative.</source>
        <translation>El contador no puede ser negativo.</translation>
    </message>
    <message>
        <source>Choose time-based, counter-based or Steam.</source>
        <translation>Elige por tiempo, por contador o Steam.</translation>
    </message>
    <message>
        <source>The change was saved, but the automatic backup could not be written: %1</source>
        <translation>El cambio se guardó, pero no se pudo hacer la copia de seguridad automática: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Unnamed account</source>
        <translation>Cuenta sin nombre</translation>
    </message>
    <message>
        <source>The vault could not be opened.</source>
        <translation>No se pudo abrir la caja fuerte.</translation>
    </message>
    <message>
        <source>Without the keychain, the vault needs a recovery password to open: choose one.</source>
        <translation>Sin el llavero, la caja fuerte necesita una contraseña de recuperación para abrirse: elige una.</translation>
    </message>
    <message>
        <source>Unlock the vault first.</source>
        <translation>Desbloquea primero la caja fuerte.</translation>
    </message>
    <message>
        <source>This transfer link cannot be read: %1</source>
        <translation>No se puede leer este enlace de transferencia: %1</translation>
    </message>
    <message>
        <source>This transfer link holds no account that Tessera can add.</source>
        <translation>Este enlace de transferencia no contiene ninguna cuenta que Tessera pueda añadir.</translation>
    </message>
    <message>
        <source>This link cannot be read: %1</source>
        <translation>No se puede leer este enlace: %1</translation>
    </message>
    <message>
        <source>This is not an account link: it starts with otpauth:// or otpauth-migration://.</source>
        <translation>Esto no es un enlace de cuenta: debe empezar por otpauth:// u otpauth-migration://.</translation>
    </message>
    <message>
        <source>%1 is already in Tessera.</source>
        <translation>%1 ya está en Tessera.</translation>
    </message>
    <message>
        <source>Every account in this link is already in Tessera.</source>
        <translation>Todas las cuentas de este enlace ya están en Tessera.</translation>
    </message>
    <message>
        <source>This account is no longer in the vault.</source>
        <translation>Esta cuenta ya no está en la caja fuerte.</translation>
    </message>
    <message>
        <source>Only counter-based accounts have a counter to move on.</source>
        <translation>Solo las cuentas por contador tienen un contador que avanzar.</translation>
    </message>
    <message>
        <source>This account is already back in the vault.</source>
        <translation>Esta cuenta ya ha vuelto a la caja fuerte.</translation>
    </message>
    <message>
        <source>Tessera has no icon called “%1”.</source>
        <translation>Tessera no tiene ningún icono llamado «%1».</translation>
    </message>
    <message>
        <source>Choose a picture saved on this computer.</source>
        <translation>Elige una imagen guardada en este ordenador.</translation>
    </message>
    <message>
        <source>Tessera could not open this file. Check that it still exists and that you may read it.</source>
        <translation>Tessera no pudo abrir este archivo. Comprueba que todavía existe y que tienes permiso para leerlo.</translation>
    </message>
    <message>
        <source>This picture is larger than 256 KB. Choose a smaller one (an icon does not need more).</source>
        <translation>Esta imagen ocupa más de 256 KB. Elige una más pequeña (un icono no necesita más).</translation>
    </message>
    <message>
        <source>This file is not a PNG, JPEG, SVG or WebP picture.</source>
        <translation>Este archivo no es una imagen PNG, JPEG, SVG ni WebP.</translation>
    </message>
    <message>
        <source>Tessera could not read this picture. It may be damaged, or of a kind this computer cannot show.</source>
        <translation>Tessera no pudo leer esta imagen. Puede que esté dañada o que sea de un tipo que este ordenador no sabe mostrar.</translation>
    </message>
</context>
<context>
    <name>tessera::VaultWorker</name>
    <message>
        <source>This vault opens only with its recovery password.</source>
        <translation>Esta caja fuerte solo se abre con su contraseña de recuperación.</translation>
    </message>
    <message>
        <source>This computer has no keychain Tessera can use, so the vault needs a recovery password to open.</source>
        <translation>Este ordenador no tiene un llavero que Tessera pueda usar, así que la caja fuerte necesita una contraseña de recuperación para abrirse.</translation>
    </message>
    <message>
        <source>There is no vault yet.</source>
        <translation>Todavía no hay ninguna caja fuerte.</translation>
    </message>
    <message>
        <source>A vault already exists at %1; it was left unchanged.</source>
        <translation>Ya existe una caja fuerte en %1; no se ha modificado.</translation>
    </message>
    <message>
        <source>This computer has no keychain Tessera can use; choose a recovery password instead.</source>
        <translation>Este ordenador no tiene un llavero que Tessera pueda usar; elige una contraseña de recuperación.</translation>
    </message>
    <message>
        <source>The vault is locked; unlock it first.</source>
        <translation>La caja fuerte está bloqueada; desbloquéala primero.</translation>
    </message>
    <message>
        <source>Found a working keychain (%1). Tessera keeps this vault&apos;s key there, so the vault opens without a password on this computer; add a recovery password too, to open it anywhere else.</source>
        <translation>Se ha encontrado un llavero que funciona (%1). Tessera guarda en él la llave de esta caja fuerte, así que la caja fuerte se abre sin contraseña en este ordenador; añade también una contraseña de recuperación para poder abrirla en cualquier otro ordenador.</translation>
    </message>
    <message>
        <source>(A test entry named %1 could not be deleted and is still in the keychain: %2)</source>
        <translation>(No se pudo eliminar una entrada de prueba llamada %1 y sigue en el llavero: %2)</translation>
    </message>
    <message>
        <source>Tessera tried to store a test entry in the keychain (%1) and could not: %2</source>
        <extracomment>%1 is the keychain&apos;s name (e.g. Secret Service), %2 its own error message.</extracomment>
        <translation>Tessera intentó guardar una entrada de prueba en el llavero (%1) y no pudo: %2</translation>
    </message>
    <message>
        <source>The keychain (%1) accepted a test entry but gave back something else, so it cannot be trusted with the vault&apos;s key. Tessera can protect the vault with a recovery password instead.</source>
        <translation>El llavero (%1) aceptó una entrada de prueba, pero devolvió otra cosa, así que no se le puede confiar la llave de la caja fuerte. Tessera puede proteger la caja fuerte con una contraseña de recuperación.</translation>
    </message>
    <message>
        <source>The keychain (%1) accepted a test entry but could not give it back: %2</source>
        <translation>El llavero (%1) aceptó una entrada de prueba, pero no pudo devolverla: %2</translation>
    </message>
</context>
<context>
    <name>tessera::cli::RecoveryCommand</name>
    <message>
        <source>password reset</source>
        <translation>restablecer contraseña</translation>
    </message>
    <message>
        <source>security settings</source>
        <translation>ajustes de seguridad</translation>
    </message>
    <message>
        <source>login</source>
        <translation>inicio de sesión</translation>
    </message>
    <message>
        <source>help</source>
        <translation>ayuda</translation>
    </message>
    <message>
        <source>Open: %1</source>
        <extracomment>A checklist step&apos;s action in the terminal; %1 is an official https address.</extracomment>
        <translation>Abrir: %1</translation>
    </message>
    <message>
        <source>In the Tessera window: the password helper makes a strong password that fits the service&apos;s rules.</source>
        <translation>En la ventana de Tessera: el asistente de contraseñas crea una contraseña segura que cumple las reglas del servicio.</translation>
    </message>
    <message>
        <source>In the Tessera window: the account&apos;s recovery details (backup codes, email, phone).</source>
        <translation>En la ventana de Tessera: los datos de recuperación de la cuenta (códigos de respaldo, correo, teléfono).</translation>
    </message>
    <message>
        <source>In the Tessera window: the clock check.</source>
        <translation>En la ventana de Tessera: la comprobación del reloj.</translation>
    </message>
    <message>
        <source>Show the steps with: tessera-cli recovery show SERVICE SCENARIO</source>
        <translation>Muestra los pasos con: tessera-cli recovery show SERVICE SCENARIO</translation>
    </message>
    <message>
        <source>Official pages (open them yourself, never from a link in a message):</source>
        <translation>Páginas oficiales (ábrelas tú, nunca desde un enlace de un mensaje):</translation>
    </message>
    <message>
        <source>Tip: </source>
        <extracomment>Before a tip under a checklist step in the terminal (keep the space at the end).</extracomment>
        <translation>Consejo: </translation>
    </message>
</context>
<context>
    <name>tessera::documents::EmergencyKit</name>
    <message>
        <source>Time-based (TOTP) · %1 · %2 digits · every %3 s</source>
        <extracomment>Printed under an account in the emergency kit: %1 algorithm (SHA1), %2 digits, %3 seconds.</extracomment>
        <translation>Por tiempo (TOTP) · %1 · %2 dígitos · cada %3 s</translation>
    </message>
    <message>
        <source>Counter-based (HOTP) · %1 · %2 digits · next counter %3</source>
        <translation>Por contador (HOTP) · %1 · %2 dígitos · siguiente contador %3</translation>
    </message>
    <message>
        <source>Steam Guard · 5 characters · every 30 s</source>
        <translation>Steam Guard · 5 caracteres · cada 30 s</translation>
    </message>
    <message>
        <source>The emergency kit could not be prepared.</source>
        <translation>No se pudo preparar el kit de emergencia.</translation>
    </message>
    <message>
        <source>Tessera emergency kit</source>
        <translation>Kit de emergencia de Tessera</translation>
    </message>
    <message>
        <source>The emergency kit could not be drawn.</source>
        <translation>No se pudo dibujar el kit de emergencia.</translation>
    </message>
    <message>
        <source>Tessera emergency kit · %1 · page %2 of %3 · keep it private</source>
        <translation>Kit de emergencia de Tessera · %1 · página %2 de %3 · guárdalo en privado</translation>
    </message>
    <message numerus="yes">
        <source>Made on %1 · %n account(s)</source>
        <extracomment>%1 a date and time; %n how many accounts the kit holds.</extracomment>
        <translation>
            <numerusform>Hecho el %1 · %n cuenta</numerusform>
            <numerusform>Hecho el %1 · %n cuentas</numerusform>
        </translation>
    </message>
    <message>
        <source>This paper holds the keys to your two-factor codes. Anyone who has it can make your login codes: keep it somewhere safe (a locked drawer, a safe), never photograph it, and destroy older kits when you print a new one.
To get an account back: open Tessera — or any authenticator app — on your new computer or phone, choose “Add account” and scan its QR code below. If a code will not scan, choose manual entry and type the setup key shown beside it, with the same type, digits and period.
Then check that the code the app shows is accepted by the site before you rely on it.</source>
        <translation>Este papel guarda las claves de tus códigos de verificación en dos pasos. Quien lo tenga puede generar tus códigos de inicio de sesión: guárdalo en un lugar seguro (un cajón con llave, una caja fuerte), no le hagas nunca una foto y destruye los kits anteriores cuando imprimas uno nuevo.
Para recuperar una cuenta: abre Tessera —o cualquier app de autenticación— en tu nuevo ordenador o teléfono, elige «Añadir cuenta» y escanea su código QR de abajo. Si un código no se escanea, elige la entrada manual y escribe la clave de configuración que aparece al lado, con el mismo tipo, dígitos y periodo.
Después comprueba que el sitio acepta el código que muestra la app antes de fiarte de él.</translation>
    </message>
    <message>
        <source>Setup key:</source>
        <translation>Clave de configuración:</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <extracomment>Before the account&apos;s own note in the emergency kit.</extracomment>
        <translation>Nota: %1</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>Sobre o %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>A two-step verification code generator for the desktop. Your accounts stay in an encrypted vault on this computer.</source>
        <translation>Um gerador de códigos de verificação em duas etapas para o computador. Suas contas ficam em um cofre criptografado neste computador.</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or later.</source>
        <extracomment>License notice in the About box.</extracomment>
        <translation>Software livre sob a Licença Pública Geral GNU, versão 3 ou posterior.</translation>
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
        <translation>Clique para copiar o código</translation>
    </message>
    <message>
        <source>next: %1</source>
        <extracomment>The code that follows the current one, shown in its last seconds.</extracomment>
        <translation>próximo: %1</translation>
    </message>
    <message>
        <source>Next code %1</source>
        <translation>Próximo código %1</translation>
    </message>
    <message>
        <source>Show</source>
        <extracomment>Button that shows a code hidden behind dots.</extracomment>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show code for %1</source>
        <extracomment>Button that shows a hidden code for 30 seconds.</extracomment>
        <translation>Mostrar o código de %1</translation>
    </message>
    <message>
        <source>New code for %1</source>
        <extracomment>HOTP accounts: moves the counter on and shows a new code.</extracomment>
        <translation>Novo código para %1</translation>
    </message>
    <message>
        <source>New code (counter %1)</source>
        <translation>Novo código (contador %1)</translation>
    </message>
    <message>
        <source>Remove %1 from favorites</source>
        <translation>Remover %1 dos favoritos</translation>
    </message>
    <message>
        <source>Add %1 to favorites</source>
        <translation>Adicionar %1 aos favoritos</translation>
    </message>
    <message>
        <source>Details of %1</source>
        <translation>Detalhes de %1</translation>
    </message>
</context>
<context>
    <name>AccountDetailsPage</name>
    <message>
        <source>Details of %1</source>
        <translation>Detalhes de %1</translation>
    </message>
    <message>
        <source>Favorite</source>
        <translation>Favorita</translation>
    </message>
    <message>
        <source>Favorite (shown on top and in the tray menu)</source>
        <translation>Favorita (aparece no topo e no menu da bandeja)</translation>
    </message>
    <message>
        <source>Issuer (service)</source>
        <translation>Serviço</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Serviço</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Nome da conta</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>e.g. Work</source>
        <translation>ex.: Trabalho</translation>
    </message>
    <message>
        <source>Note</source>
        <extracomment>A free text note kept with the account (e.g. where its backup codes are).</extracomment>
        <translation>Observação</translation>
    </message>
    <message>
        <source>e.g. where the backup codes are kept</source>
        <translation>ex.: onde estão guardados os códigos de backup</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Salvar alterações</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Desfazer alterações</translation>
    </message>
    <message>
        <source>Move to a phone</source>
        <translation>Passar para um celular</translation>
    </message>
    <message>
        <source>Show QR code…</source>
        <translation>Mostrar código QR…</translation>
    </message>
    <message>
        <source>Show QR code to move to a phone</source>
        <translation>Mostrar o código QR para passar para um celular</translation>
    </message>
    <message>
        <source>QR code of %1</source>
        <translation>Código QR de %1</translation>
    </message>
    <message>
        <source>Scan it with the authenticator app on your phone.</source>
        <translation>Escaneie com o app autenticador do seu celular.</translation>
    </message>
    <message>
        <source>Hide QR code</source>
        <translation>Ocultar código QR</translation>
    </message>
    <message>
        <source>Delete account</source>
        <translation>Excluir conta</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Excluir %1</translation>
    </message>
    <message>
        <source>Show the QR code?</source>
        <translation>Mostrar o código QR?</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Anyone who sees this code can copy your account, and get its codes as you do. Make sure nobody is looking at your screen and that it is not being recorded or shared.</source>
        <translation>Qualquer pessoa que veja este código pode copiar sua conta e receber os códigos dela como você. Verifique se ninguém está olhando para sua tela e se ela não está sendo gravada ou compartilhada.</translation>
    </message>
    <message>
        <source>Change icon…</source>
        <translation>Alterar ícone…</translation>
    </message>
    <message>
        <source>Change the icon of %1</source>
        <translation>Alterar o ícone de %1</translation>
    </message>
    <message>
        <source>Recovery</source>
        <extracomment>Heading: getting back into this account if it is ever locked.</extracomment>
        <translation>Recuperação</translation>
    </message>
    <message>
        <source>No backup codes saved.</source>
        <translation>Nenhum código de backup salvo.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n backup code(s) left.</source>
        <translation>
            <numerusform>%1 de %n código de backup ainda disponível.</numerusform>
            <numerusform>%1 de %n códigos de backup ainda disponíveis.</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup codes and recovery info…</source>
        <translation>Códigos e dados de recuperação…</translation>
    </message>
    <message>
        <source>Backup codes and recovery info of %1</source>
        <translation>Códigos de backup e dados de recuperação de %1</translation>
    </message>
    <message>
        <source>Locked out?</source>
        <extracomment>Opens the recovery checklists for this account.</extracomment>
        <translation>Sem acesso?</translation>
    </message>
    <message>
        <source>Recovery steps for %1</source>
        <translation>Passos de recuperação para %1</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <source>Accounts</source>
        <translation>Contas</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Pesquisar</translation>
    </message>
    <message>
        <source>Search accounts</source>
        <translation>Pesquisar contas</translation>
    </message>
    <message>
        <source>Looking for QR codes</source>
        <translation>Procurando códigos QR</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Adicionar conta</translation>
    </message>
    <message>
        <source>Add account (Ctrl+N)</source>
        <translation>Adicionar conta (Ctrl+N)</translation>
    </message>
    <message>
        <source>Lock</source>
        <extracomment>Toolbar button that locks the vault.</extracomment>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Lock Tessera</source>
        <translation>Bloquear o Tessera</translation>
    </message>
    <message>
        <source>Lock (Ctrl+L)</source>
        <translation>Bloquear (Ctrl+L)</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Todos os grupos</translation>
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
        <translation>Ordem</translation>
    </message>
    <message>
        <source>Scan QR code on screen</source>
        <translation>Escanear código QR na tela</translation>
    </message>
    <message>
        <source>Open image…</source>
        <translation>Abrir imagem…</translation>
    </message>
    <message>
        <source>Open an image of a QR code</source>
        <translation>Abrir uma imagem de um código QR</translation>
    </message>
    <message>
        <source>Paste image or link</source>
        <extracomment>Pastes a copied QR code picture or otpauth link.</extracomment>
        <translation>Colar imagem ou link</translation>
    </message>
    <message>
        <source>Enter a setup key…</source>
        <translation>Digitar uma chave de configuração…</translation>
    </message>
    <message>
        <source>Enter a setup key by hand</source>
        <translation>Digitar uma chave de configuração à mão</translation>
    </message>
    <message>
        <source>Import from another app…</source>
        <translation>Importar de outro app…</translation>
    </message>
    <message>
        <source>Backup and export</source>
        <translation>Backup e exportação</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Configurações…</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>About Tessera</source>
        <translation>Sobre o Tessera</translation>
    </message>
    <message>
        <source>By issuer</source>
        <translation>Por serviço</translation>
    </message>
    <message>
        <source>By account name</source>
        <translation>Por nome da conta</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Mais antigas primeiro</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Mais recentes primeiro</translation>
    </message>
    <message>
        <source>Sort %1</source>
        <translation>Ordenar: %1</translation>
    </message>
    <message>
        <source>Open images of QR codes</source>
        <translation>Abrir imagens de códigos QR</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</source>
        <translation>Imagens (*.png *.jpg *.jpeg *.bmp *.gif *.webp)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>No account matches “%1”.</source>
        <translation>Nenhuma conta corresponde a “%1”.</translation>
    </message>
    <message>
        <source>No account in this group.</source>
        <translation>Nenhuma conta neste grupo.</translation>
    </message>
    <message>
        <source>Scan next</source>
        <extracomment>Scans the screen again for the next QR code of a multi-part transfer.</extracomment>
        <translation>Escanear o próximo</translation>
    </message>
    <message>
        <source>Scan the next transfer code</source>
        <translation>Escanear o próximo código de transferência</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Stop scanning transfer codes</source>
        <translation>Parar de escanear códigos de transferência</translation>
    </message>
    <message>
        <source>Backup and export…</source>
        <translation>Backup e exportação…</translation>
    </message>
    <message>
        <source>Recovery center…</source>
        <translation>Central de recuperação…</translation>
    </message>
    <message>
        <source>Recovery center: get back into an account</source>
        <translation>Central de recuperação: voltar a acessar uma conta</translation>
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
        <translation>O código %1 foi usado; marcar como não usado</translation>
    </message>
    <message>
        <source>Mark code %1 used</source>
        <translation>Marcar o código %1 como usado</translation>
    </message>
    <message>
        <source>Code %1, hidden</source>
        <translation>Código %1, oculto</translation>
    </message>
    <message>
        <source>Remove code %1</source>
        <translation>Remover o código %1</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <source>Backups and export</source>
        <translation>Backups e exportação</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Salvar como</translation>
    </message>
    <message>
        <source>Folder for automatic backups</source>
        <translation>Pasta para os backups automáticos</translation>
    </message>
    <message>
        <source>Export without encryption?</source>
        <translation>Exportar sem criptografia?</translation>
    </message>
    <message>
        <source>The file will hold every secret in clear: anyone who reads it — another program, a cloud folder, someone with your USB stick — can make your codes. Use it only to move to an app that cannot read an encrypted file, then delete it.</source>
        <translation>O arquivo vai guardar todas as chaves secretas às claras: qualquer um que o leia — outro programa, uma pasta na nuvem, alguém com seu pen drive — pode gerar seus códigos. Use só para mudar para um app que não consegue ler um arquivo criptografado e depois exclua o arquivo.</translation>
    </message>
    <message>
        <source>Aegis file, unencrypted (JSON)</source>
        <translation>Arquivo do Aegis, sem criptografia (JSON)</translation>
    </message>
    <message>
        <source>List of otpauth:// links (text)</source>
        <translation>Lista de links otpauth:// (texto)</translation>
    </message>
    <message>
        <source>Show the transfer codes?</source>
        <translation>Mostrar os códigos de transferência?</translation>
    </message>
    <message>
        <source>The QR codes hold your secrets. Make sure nobody can see your screen or record it, then scan them with Google Authenticator (Transfer accounts → Import accounts).</source>
        <translation>Os códigos QR contêm suas chaves secretas. Verifique se ninguém pode ver nem gravar sua tela e depois escaneie os códigos com o Google Authenticator (Transferir contas → Importar contas).</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Processando</translation>
    </message>
    <message>
        <source>Encrypted backup</source>
        <translation>Backup criptografado</translation>
    </message>
    <message>
        <source>A file with all your accounts, locked with a password of its own. Keep it somewhere other than this computer; Tessera (Import) opens it on any computer with that password.</source>
        <translation>Um arquivo com todas as suas contas, protegido por uma senha própria. Guarde-o fora deste computador; o Tessera (Importar) abre o arquivo em qualquer computador com essa senha.</translation>
    </message>
    <message>
        <source>Backup password</source>
        <translation>Senha do backup</translation>
    </message>
    <message>
        <source>Save backup…</source>
        <translation>Salvar backup…</translation>
    </message>
    <message>
        <source>Save an encrypted backup</source>
        <translation>Salvar um backup criptografado</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Backups automáticos</translation>
    </message>
    <message>
        <source>Off. When on, Tessera writes an encrypted backup to a folder of your choice after every change and keeps the last ten.</source>
        <translation>Desativados. Quando ativados, o Tessera grava um backup criptografado na pasta que você escolher depois de cada alteração e mantém os dez últimos.</translation>
    </message>
    <message>
        <source>Last backup: %1.</source>
        <translation>Último backup: %1.</translation>
    </message>
    <message>
        <source>No backup written yet.</source>
        <translation>Nenhum backup feito ainda.</translation>
    </message>
    <message>
        <source>On, into %1.</source>
        <translation>Ativados, em %1.</translation>
    </message>
    <message>
        <source>Changes not yet backed up.</source>
        <translation>Há alterações sem backup.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Fazer backup agora</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>Desativar</translation>
    </message>
    <message>
        <source>Turn automatic backups off</source>
        <translation>Desativar os backups automáticos</translation>
    </message>
    <message>
        <source>Password for the automatic backups</source>
        <translation>Senha dos backups automáticos</translation>
    </message>
    <message>
        <source>Choose folder and turn on…</source>
        <translation>Escolher pasta e ativar…</translation>
    </message>
    <message>
        <source>Choose a folder and turn automatic backups on</source>
        <translation>Escolher uma pasta e ativar os backups automáticos</translation>
    </message>
    <message>
        <source>Move to a phone</source>
        <translation>Passar para um celular</translation>
    </message>
    <message>
        <source>Google Authenticator reads its own transfer QR codes, up to ten accounts each.</source>
        <translation>O Google Authenticator lê os próprios códigos QR de transferência, com até dez contas cada.</translation>
    </message>
    <message>
        <source>Show transfer QR codes…</source>
        <translation>Mostrar códigos QR de transferência…</translation>
    </message>
    <message>
        <source>Show Google Authenticator transfer QR codes</source>
        <translation>Mostrar os códigos QR de transferência do Google Authenticator</translation>
    </message>
    <message>
        <source>Transfer QR code %1 of %2</source>
        <translation>Código QR de transferência %1 de %2</translation>
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
        <translation>Próximo</translation>
    </message>
    <message>
        <source>Next QR code</source>
        <translation>Próximo código QR</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Hide the QR codes</source>
        <translation>Ocultar os códigos QR</translation>
    </message>
    <message>
        <source>Not included (Google Authenticator cannot hold them):</source>
        <translation>Não incluídas (o Google Authenticator não aceita estas contas):</translation>
    </message>
    <message>
        <source>Aegis file</source>
        <translation>Arquivo do Aegis</translation>
    </message>
    <message>
        <source>An encrypted vault file that Aegis (Android) imports, with groups, notes and favourites.</source>
        <translation>Um arquivo de cofre criptografado que o Aegis (Android) importa, com grupos, observações e favoritos.</translation>
    </message>
    <message>
        <source>Password for the Aegis file</source>
        <translation>Senha do arquivo do Aegis</translation>
    </message>
    <message>
        <source>Save Aegis file…</source>
        <translation>Salvar arquivo do Aegis…</translation>
    </message>
    <message>
        <source>Save an encrypted Aegis file</source>
        <translation>Salvar um arquivo do Aegis criptografado</translation>
    </message>
    <message>
        <source>Emergency kit</source>
        <translation>Kit de emergência</translation>
    </message>
    <message>
        <source>A PDF to print: every account&apos;s QR code and setup key, so you can set them up again from paper. It is not encrypted — print it, keep the paper somewhere safe and delete the file.</source>
        <translation>Um PDF para imprimir: o código QR e a chave de configuração de cada conta, para você configurar tudo de novo a partir do papel. Ele não é criptografado — imprima, guarde o papel em um lugar seguro e exclua o arquivo.</translation>
    </message>
    <message>
        <source>Save emergency kit…</source>
        <translation>Salvar kit de emergência…</translation>
    </message>
    <message>
        <source>Save the emergency kit PDF</source>
        <translation>Salvar o PDF do kit de emergência</translation>
    </message>
    <message>
        <source>Unencrypted export</source>
        <translation>Exportação sem criptografia</translation>
    </message>
    <message>
        <source>Export without encryption…</source>
        <translation>Exportar sem criptografia…</translation>
    </message>
    <message>
        <source>Export without encryption</source>
        <translation>Exportar sem criptografia</translation>
    </message>
</context>
<context>
    <name>BackupPasswordForm</name>
    <message>
        <source>Backup password</source>
        <translation>Senha do backup</translation>
    </message>
    <message>
        <source>The same password again</source>
        <translation>A mesma senha de novo</translation>
    </message>
    <message>
        <source>%1, again</source>
        <translation>%1, de novo</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>As duas senhas não são iguais.</translation>
    </message>
</context>
<context>
    <name>BackupStrengthMeter</name>
    <message>
        <source>Very weak</source>
        <translation>Muito fraca</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Fraca</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Razoável</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Boa</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Forte</translation>
    </message>
    <message>
        <source>Password strength: %1</source>
        <translation>Força da senha: %1</translation>
    </message>
</context>
<context>
    <name>ChecklistStep</name>
    <message>
        <source>Step %1: %2</source>
        <translation>Passo %1: %2</translation>
    </message>
    <message>
        <source>Step %1 is done; mark it not done</source>
        <translation>O passo %1 está feito; marcar como não feito</translation>
    </message>
    <message>
        <source>Mark step %1 done</source>
        <translation>Marcar o passo %1 como feito</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <extracomment>%1 is the step&apos;s number, %2 what to do.</extracomment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Tip: %1</source>
        <extracomment>A tip under a checklist step.</extracomment>
        <translation>Dica: %1</translation>
    </message>
</context>
<context>
    <name>ClockCheckDialog</name>
    <message>
        <source>Check this computer&apos;s clock</source>
        <translation>Conferir o relógio deste computador</translation>
    </message>
    <message>
        <source>Login codes depend on the time: if this computer&apos;s clock is more than a few seconds off, the service rejects them.</source>
        <translation>Os códigos de login dependem da hora: se o relógio deste computador estiver errado em mais de alguns segundos, o serviço recusa os códigos.</translation>
    </message>
    <message>
        <source>Compare with the time a website states:</source>
        <translation>Compare com a hora informada por um site:</translation>
    </message>
    <message>
        <source>Website to compare with</source>
        <translation>Site para comparar</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Compare the clock with this website</source>
        <translation>Comparar o relógio com este site</translation>
    </message>
</context>
<context>
    <name>CountdownIndicator</name>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <extracomment>Accessible name of the countdown next to a code.</extracomment>
        <translation>
            <numerusform>Falta %n segundo</numerusform>
            <numerusform>Faltam %n segundos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmptyAccountsPage</name>
    <message>
        <source>No accounts yet</source>
        <translation>Nenhuma conta ainda</translation>
    </message>
    <message>
        <source>Add your first account</source>
        <translation>Adicione sua primeira conta</translation>
    </message>
    <message>
        <source>When a site shows a QR code for two-step verification, put it on screen and scan it, or use any of the other ways below.</source>
        <extracomment>Shown on the empty accounts screen.</extracomment>
        <translation>Quando um site mostrar um código QR para a verificação em duas etapas, deixe-o na tela e escaneie, ou use uma das outras opções abaixo.</translation>
    </message>
    <message>
        <source>Scan QR code on screen</source>
        <translation>Escanear código QR na tela</translation>
    </message>
    <message>
        <source>Open an image…</source>
        <translation>Abrir uma imagem…</translation>
    </message>
    <message>
        <source>Open an image of a QR code</source>
        <translation>Abrir uma imagem de um código QR</translation>
    </message>
    <message>
        <source>Paste image or link</source>
        <extracomment>Pastes a copied QR code picture or otpauth link.</extracomment>
        <translation>Colar imagem ou link</translation>
    </message>
    <message>
        <source>Enter a setup key…</source>
        <translation>Digitar uma chave de configuração…</translation>
    </message>
    <message>
        <source>Enter a setup key by hand</source>
        <translation>Digitar uma chave de configuração à mão</translation>
    </message>
    <message>
        <source>Import from another app…</source>
        <translation>Importar de outro app…</translation>
    </message>
    <message>
        <source>You can also drop an image or a link onto this window.</source>
        <translation>Você também pode arrastar uma imagem ou um link para esta janela.</translation>
    </message>
</context>
<context>
    <name>FirstRunPage</name>
    <message>
        <source>Welcome to Tessera</source>
        <translation>Boas-vindas ao Tessera</translation>
    </message>
    <message>
        <source>Tessera keeps your two-step verification codes in an encrypted vault on this computer.</source>
        <translation>O Tessera guarda seus códigos de verificação em duas etapas em um cofre criptografado neste computador.</translation>
    </message>
    <message>
        <source>Your system keychain works</source>
        <translation>O chaveiro do sistema funciona</translation>
    </message>
    <message>
        <source>No working system keychain was found</source>
        <translation>Nenhum chaveiro do sistema funcionando foi encontrado</translation>
    </message>
    <message>
        <source>Tessera will keep the vault&apos;s key in it, so the vault opens by itself when you are logged in, and stays closed for anyone who copies the file.</source>
        <translation>O Tessera vai guardar nele a chave do cofre, assim o cofre abre sozinho quando você está conectado e continua fechado para quem copiar o arquivo.</translation>
    </message>
    <message>
        <source>Tessera will protect the vault with a password instead. You will type it each time Tessera opens. Choose one you will remember: without it, the codes cannot be recovered.</source>
        <translation>Em vez disso, o Tessera vai proteger o cofre com uma senha. Você vai digitá-la toda vez que abrir o Tessera. Escolha uma que você vai lembrar: sem ela, não é possível recuperar os códigos.</translation>
    </message>
    <message>
        <source>What was found: %1</source>
        <extracomment>%1 is what the keychain check found, in a sentence.</extracomment>
        <translation>O que foi encontrado: %1</translation>
    </message>
    <message>
        <source>Also set a recovery password (recommended)</source>
        <translation>Criar senha de recuperação (recomendado)</translation>
    </message>
    <message>
        <source>Also set a recovery password</source>
        <translation>Definir também uma senha de recuperação</translation>
    </message>
    <message>
        <source>If the keychain is ever lost (a new computer, a reinstalled system), the recovery password still opens your vault and its backups.</source>
        <translation>Se um dia o chaveiro se perder (um computador novo, um sistema reinstalado), a senha de recuperação ainda abre seu cofre e os backups dele.</translation>
    </message>
    <message>
        <source>Without a recovery password, losing the keychain means losing access to the vault. You can set one later in Settings.</source>
        <translation>Sem uma senha de recuperação, perder o chaveiro significa perder o acesso ao cofre. Você pode definir uma mais tarde em Configurações.</translation>
    </message>
    <message>
        <source>Recovery password</source>
        <translation>Senha de recuperação</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>Digite de novo</translation>
    </message>
    <message>
        <source>Repeat the password</source>
        <translation>Repita a senha</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>As duas senhas são diferentes.</translation>
    </message>
    <message>
        <source>Create my vault</source>
        <translation>Criar meu cofre</translation>
    </message>
    <message>
        <source>Creating the vault</source>
        <translation>Criando o cofre</translation>
    </message>
    <message>
        <source>Vault file: %1</source>
        <translation>Arquivo do cofre: %1</translation>
    </message>
</context>
<context>
    <name>IconPickerDialog</name>
    <message>
        <source>Icon for %1</source>
        <extracomment>Title of the dialog that sets the picture shown for an account; %1 is the account.</extracomment>
        <translation>Ícone de %1</translation>
    </message>
    <message>
        <source>This account shows its own picture. Remove the picture to show a brand icon or letters instead.</source>
        <translation>Esta conta mostra uma imagem própria. Remova a imagem para mostrar no lugar o ícone de uma marca ou letras.</translation>
    </message>
    <message>
        <source>Search brands</source>
        <translation>Pesquisar marcas</translation>
    </message>
    <message>
        <source>Search brand icons</source>
        <translation>Pesquisar ícones de marcas</translation>
    </message>
    <message>
        <source>Brand icons</source>
        <translation>Ícones de marcas</translation>
    </message>
    <message>
        <source>%1 (current icon)</source>
        <translation>%1 (ícone atual)</translation>
    </message>
    <message>
        <source>No brand icon matches. Use letters or a picture from a file instead.</source>
        <translation>Nenhum ícone de marca corresponde. Use letras ou uma imagem de um arquivo.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <extracomment>Icon choice: the brand icon matching the issuer, if any, else letters.</extracomment>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Automatic icon (by the service name)</source>
        <translation>Ícone automático (pelo nome do serviço)</translation>
    </message>
    <message>
        <source>Letters only</source>
        <extracomment>Icon choice: always show the account&apos;s initials on a coloured circle.</extracomment>
        <translation>Apenas letras</translation>
    </message>
    <message>
        <source>Letters only, no brand icon</source>
        <translation>Apenas letras, sem ícone de marca</translation>
    </message>
    <message>
        <source>Picture from a file…</source>
        <translation>Imagem de um arquivo…</translation>
    </message>
    <message>
        <source>Use a picture from a file</source>
        <translation>Usar uma imagem de um arquivo</translation>
    </message>
    <message>
        <source>Remove picture</source>
        <translation>Remover imagem</translation>
    </message>
    <message>
        <source>Remove the account&apos;s own picture</source>
        <translation>Remover a imagem própria da conta</translation>
    </message>
    <message>
        <source>Choose a picture for %1</source>
        <translation>Escolher uma imagem para %1</translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg *.svg *.webp)</source>
        <translation>Imagens (*.png *.jpg *.jpeg *.svg *.webp)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos os arquivos (*)</translation>
    </message>
</context>
<context>
    <name>ImportEntryDelegate</name>
    <message>
        <source>New</source>
        <translation>Nova</translation>
    </message>
    <message>
        <source>Already in the vault</source>
        <translation>Já está no cofre</translation>
    </message>
    <message>
        <source>Same name, other secret</source>
        <translation>Mesmo nome, outra chave secreta</translation>
    </message>
    <message>
        <source>Cannot be imported</source>
        <translation>Não pode ser importada</translation>
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
        <translation>Manter as duas</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Pular</translation>
    </message>
    <message>
        <source>Replace the vault&apos;s secret</source>
        <translation>Substituir a chave do cofre</translation>
    </message>
    <message>
        <source>What to do with %1</source>
        <translation>O que fazer com %1</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Import accounts</source>
        <translation>Importar contas</translation>
    </message>
    <message>
        <source>Choose the files to import</source>
        <translation>Escolha os arquivos para importar</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Reading the files</source>
        <translation>Lendo os arquivos</translation>
    </message>
    <message>
        <source>Choose files…</source>
        <translation>Escolher arquivos…</translation>
    </message>
    <message>
        <source>%1 is encrypted. Enter the password it was saved with.</source>
        <translation>%1 está criptografado. Digite a senha usada para salvá-lo.</translation>
    </message>
    <message>
        <source>Password of the file to import</source>
        <translation>Senha do arquivo a importar</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open the encrypted file</source>
        <translation>Abrir o arquivo criptografado</translation>
    </message>
    <message>
        <source>Choose other files</source>
        <translation>Escolher outros arquivos</translation>
    </message>
    <message>
        <source>%1 new, %2 already in the vault, %3 with the same name as a vault account, %4 that cannot be imported.</source>
        <translation>Novas: %1; já no cofre: %2; com o mesmo nome de uma conta do cofre: %3; não podem ser importadas: %4.</translation>
    </message>
    <message>
        <source>Read as: %1</source>
        <translation>Lido como: %1</translation>
    </message>
    <message>
        <source>Accounts in the files</source>
        <translation>Contas nos arquivos</translation>
    </message>
    <message numerus="yes">
        <source>Import %n account(s)</source>
        <translation>
            <numerusform>Importar %n conta</numerusform>
            <numerusform>Importar %n contas</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>Nada para importar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Cancelar a importação</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n account(s).</source>
        <translation>
            <numerusform>%n conta importada.</numerusform>
            <numerusform>%n contas importadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new to import; the vault was not changed.</source>
        <translation>Nada de novo para importar; o cofre não foi alterado.</translation>
    </message>
    <message>
        <source>If the files you imported are not encrypted, delete them now: anyone who reads them can make your codes.</source>
        <translation>Se os arquivos que você importou não estiverem criptografados, exclua-os agora: qualquer um que os leia pode gerar seus códigos.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Back to the accounts</source>
        <translation>Voltar às contas</translation>
    </message>
    <message>
        <source>Import more</source>
        <translation>Importar mais</translation>
    </message>
    <message>
        <source>Import more files</source>
        <translation>Importar mais arquivos</translation>
    </message>
    <message>
        <source>Backups, exports and screenshots (*.json *.tessera *.2fas *.txt *.bin *.xml *.csv *.aes *.png *.jpg *.jpeg *.gif *.bmp *.webp)</source>
        <translation>Backups, exportações e capturas de tela (*.json *.tessera *.2fas *.txt *.bin *.xml *.csv *.aes *.png *.jpg *.jpeg *.gif *.bmp *.webp)</translation>
    </message>
    <message>
        <source>Import accounts from a Tessera backup or from another authenticator&apos;s export: Aegis, 2FAS, andOTP, Bitwarden, Ente, FreeOTP, FreeOTP+, Proton Authenticator, Steam (maFile), a list of otpauth:// links, or screenshots of QR codes (a Google Authenticator transfer split over several pictures is read together). You will see what would be imported before anything changes.</source>
        <translation>Importe contas de um backup do Tessera ou da exportação de outro app autenticador: Aegis, 2FAS, andOTP, Bitwarden, Ente, FreeOTP, FreeOTP+, Proton Authenticator, Steam (maFile), uma lista de links otpauth:// ou capturas de tela de códigos QR (uma transferência do Google Authenticator dividida em várias imagens é lida de uma vez). Você verá o que seria importado antes de qualquer mudança.</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <source>Tessera is locked</source>
        <translation>O Tessera está bloqueado</translation>
    </message>
    <message>
        <source>Unlock with your system keychain or with your recovery password.</source>
        <translation>Desbloqueie com o chaveiro do sistema ou com sua senha de recuperação.</translation>
    </message>
    <message>
        <source>Unlock with your system keychain.</source>
        <translation>Desbloqueie com o chaveiro do sistema.</translation>
    </message>
    <message>
        <source>Type your password to unlock.</source>
        <translation>Digite sua senha para desbloquear.</translation>
    </message>
    <message>
        <source>Unlock with system keychain</source>
        <translation>Desbloquear com o chaveiro do sistema</translation>
    </message>
    <message>
        <source>Recovery password</source>
        <translation>Senha de recuperação</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>Unlock with password</source>
        <translation>Desbloquear com senha</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Desbloqueando</translation>
    </message>
    <message>
        <source>This vault has no way to unlock it from here.</source>
        <translation>Não há como desbloquear este cofre daqui.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>This part of Tessera is not available yet.</source>
        <translation>Esta parte do Tessera ainda não está disponível.</translation>
    </message>
    <message>
        <source>The account from %1 could not be added.</source>
        <translation>Não foi possível adicionar a conta (origem: %1).</translation>
    </message>
    <message>
        <source>%1 of %2 accounts from %3 could not be added.</source>
        <translation>Não foi possível adicionar %1 de %2 contas (origem: %3).</translation>
    </message>
    <message>
        <source>Added %1</source>
        <translation>Conta adicionada: %1</translation>
    </message>
    <message numerus="yes">
        <source>Added %n account(s)</source>
        <translation>
            <numerusform>%n conta adicionada</numerusform>
            <numerusform>%n contas adicionadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Removed %1</source>
        <translation>Conta excluída: %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Desfazer</translation>
    </message>
    <message numerus="yes">
        <source>Code for %1 copied — clears in %n s</source>
        <extracomment>%1 is the account; the clipboard is emptied after %n seconds.</extracomment>
        <translation>
            <numerusform>Código de %1 copiado — será apagado em %n s</numerusform>
            <numerusform>Código de %1 copiado — será apagado em %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Clipboard cleared</source>
        <translation>Área de transferência limpa</translation>
    </message>
    <message>
        <source>Some accounts were not added</source>
        <translation>Algumas contas não foram adicionadas</translation>
    </message>
    <message>
        <source>Delete the screenshot?</source>
        <translation>Excluir a captura de tela?</translation>
    </message>
    <message>
        <source>Delete</source>
        <extracomment>Button of the &quot;Delete the screenshot?&quot; question.</extracomment>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Keep</source>
        <extracomment>Button of the &quot;Delete the screenshot?&quot; question.</extracomment>
        <translation>Manter</translation>
    </message>
    <message>
        <source>Screenshot deleted</source>
        <translation>Captura de tela excluída</translation>
    </message>
    <message>
        <source>Could not delete %1</source>
        <translation>Não foi possível excluir %1</translation>
    </message>
    <message>
        <source>It shows your secret key: anyone who gets the picture can make your codes. The account is now in Tessera, so the picture is no longer needed.

%1</source>
        <translation>Ela mostra sua chave secreta: qualquer um que obtenha a imagem pode gerar seus códigos. A conta já está no Tessera, então a imagem não é mais necessária.

%1</translation>
    </message>
    <message numerus="yes">
        <source>Copied — clears in %n s</source>
        <extracomment>A password (not a code) was copied; the clipboard is emptied after %n seconds.</extracomment>
        <translation>
            <numerusform>Copiado — será apagado em %n s</numerusform>
            <numerusform>Copiado — será apagado em %n s</numerusform>
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
        <translation>Digitar uma chave de configuração</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Add</source>
        <extracomment>Adds the account typed in the manual-entry dialog.</extracomment>
        <translation>Adicionar</translation>
    </message>
    <message>
        <source>Add account</source>
        <translation>Adicionar conta</translation>
    </message>
    <message>
        <source>Sites that show a QR code usually offer a text key too (&quot;Can&apos;t scan it?&quot;). Type or paste it here.</source>
        <translation>Sites que mostram um código QR costumam oferecer também uma chave em texto (“Não consegue escanear?”). Digite ou cole aqui.</translation>
    </message>
    <message>
        <source>Issuer (service)</source>
        <extracomment>The service the account belongs to, e.g. GitHub.</extracomment>
        <translation>Serviço</translation>
    </message>
    <message>
        <source>e.g. GitHub</source>
        <translation>ex.: GitHub</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>Serviço</translation>
    </message>
    <message>
        <source>Account name</source>
        <extracomment>The user name or e-mail address of the account.</extracomment>
        <translation>Nome da conta</translation>
    </message>
    <message>
        <source>e.g. me@example.com</source>
        <translation>ex.: eu@example.com</translation>
    </message>
    <message>
        <source>Setup key</source>
        <translation>Chave de configuração</translation>
    </message>
    <message>
        <source>e.g. JBSW Y3DP EHPK 3PXP</source>
        <translation>ex.: JBSW Y3DP EHPK 3PXP</translation>
    </message>
    <message>
        <source>Advanced</source>
        <extracomment>Shows the less common code settings (type, algorithm, digits, period).</extracomment>
        <translation>Avançado</translation>
    </message>
    <message>
        <source>Show advanced settings</source>
        <translation>Mostrar configurações avançadas</translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>Kind of code: time-based, counter-based or Steam.</extracomment>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Time-based (TOTP)</source>
        <translation>Por tempo (TOTP)</translation>
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
        <translation>Período (segundos)</translation>
    </message>
    <message>
        <source>Period in seconds</source>
        <translation>Período em segundos</translation>
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
        <translation>Voltar</translation>
    </message>
</context>
<context>
    <name>PasswordField</name>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
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
        <translation>%1 não informa regras de senha; o Tessera cria uma senha longa com letras, números e sinais de pontuação.</translation>
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
        <translation>sinais de pontuação</translation>
    </message>
    <message>
        <source>%1 to %2 characters</source>
        <translation>de %1 a %2 caracteres</translation>
    </message>
    <message numerus="yes">
        <source>at least %n character(s)</source>
        <translation>
            <numerusform>pelo menos %n caractere</numerusform>
            <numerusform>pelo menos %n caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 asks for %2 with %3.</source>
        <extracomment>%1 the service, %2 e.g. &quot;6 to 20 characters&quot;, %3 e.g. &quot;letters, digits, punctuation&quot;.</extracomment>
        <translation>%1 pede %2, com %3.</translation>
    </message>
    <message>
        <source>%1 asks for %2.</source>
        <translation>%1 pede %2.</translation>
    </message>
    <message>
        <source>A new password</source>
        <translation>Uma nova senha</translation>
    </message>
    <message>
        <source>Generated password</source>
        <translation>Senha gerada</translation>
    </message>
    <message>
        <source>Tessera could not make a password for these rules. Make one yourself and check it below.</source>
        <translation>O Tessera não conseguiu criar uma senha com essas regras. Crie uma você mesmo e confira abaixo.</translation>
    </message>
    <message>
        <source>Make another</source>
        <translation>Criar outra</translation>
    </message>
    <message>
        <source>Make another password</source>
        <translation>Criar outra senha</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the password</source>
        <translation>Copiar a senha</translation>
    </message>
    <message>
        <source>Paste it into the official site&apos;s password fields, then save it in your password manager. Tessera does not keep it.</source>
        <translation>Cole a senha nos campos de senha do site oficial e depois salve no seu gerenciador de senhas. O Tessera não guarda a senha.</translation>
    </message>
    <message>
        <source>Or check a password you chose:</source>
        <translation>Ou confira uma senha que você escolheu:</translation>
    </message>
    <message>
        <source>A password to check</source>
        <translation>Senha a conferir</translation>
    </message>
</context>
<context>
    <name>PasswordStrength</name>
    <message numerus="yes">
        <source>Too short: use at least %n characters.</source>
        <translation>
            <numerusform>Curta demais: use pelo menos %n caractere.</numerusform>
            <numerusform>Curta demais: use pelo menos %n caracteres.</numerusform>
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
        <translation>Recuperável pelo seu backup</translation>
    </message>
    <message>
        <source>Only through the service&apos;s recovery</source>
        <translation>Só pela recuperação do serviço</translation>
    </message>
    <message>
        <source>Would be lost</source>
        <translation>Seria perdida</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Fazer backup agora</translation>
    </message>
    <message>
        <source>Back up…</source>
        <translation>Fazer backup…</translation>
    </message>
    <message>
        <source>Set one…</source>
        <translation>Definir uma…</translation>
    </message>
    <message>
        <source>Add codes…</source>
        <translation>Adicionar códigos…</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Adicionar…</translation>
    </message>
    <message>
        <source>Check…</source>
        <translation>Conferir…</translation>
    </message>
    <message>
        <source>Recovery readiness</source>
        <translation>Preparação para a recuperação</translation>
    </message>
    <message>
        <source>Last backup or emergency kit: %1.</source>
        <translation>Último backup ou kit de emergência: %1.</translation>
    </message>
    <message>
        <source>No backup or emergency kit has been made yet.</source>
        <translation>Nenhum backup ou kit de emergência foi feito ainda.</translation>
    </message>
    <message>
        <source>Nothing missing.</source>
        <translation>Nada faltando.</translation>
    </message>
</context>
<context>
    <name>RecoveryCenterPage</name>
    <message>
        <source>No account, just read the steps</source>
        <translation>Nenhuma conta, só ler os passos</translation>
    </message>
    <message>
        <source>Recovery center</source>
        <translation>Central de recuperação</translation>
    </message>
    <message>
        <source>Locked out, forgot a password, or think someone got in? Choose what happened and follow the steps one by one. Tessera keeps your place.</source>
        <translation>Sem acesso, esqueceu uma senha ou acha que alguém entrou na sua conta? Escolha o que aconteceu e siga os passos um a um. O Tessera lembra onde você parou.</translation>
    </message>
    <message>
        <source>Check what is missing…</source>
        <translation>Ver o que falta…</translation>
    </message>
    <message>
        <source>Open the recovery readiness check</source>
        <translation>Abrir a verificação de preparação para a recuperação</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <source>Account to recover</source>
        <translation>Conta a recuperar</translation>
    </message>
    <message>
        <source>Choose an account and Tessera remembers which steps you have done.</source>
        <translation>Escolha uma conta e o Tessera vai lembrar quais passos você já fez.</translation>
    </message>
    <message>
        <source>Service</source>
        <extracomment>The web service an account belongs to (AliExpress, …).</extracomment>
        <translation>Serviço</translation>
    </message>
    <message>
        <source>Official login page</source>
        <translation>Página oficial</translation>
    </message>
    <message>
        <source>Open the official login page: %1</source>
        <translation>Abrir a página oficial de login: %1</translation>
    </message>
    <message>
        <source>Backup codes and recovery info…</source>
        <translation>Códigos e dados de recuperação…</translation>
    </message>
    <message>
        <source>Open the recovery details of this account</source>
        <translation>Abrir os dados de recuperação desta conta</translation>
    </message>
    <message>
        <source>Sign in only from here or by typing the address yourself, never from a link in an email or a message: that is how accounts are stolen.</source>
        <translation>Entre só por aqui ou digitando o endereço você mesmo, nunca por um link de e-mail ou de mensagem: é assim que as contas são roubadas.</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>O que aconteceu?</translation>
    </message>
    <message>
        <source>%1 of %2 steps done</source>
        <extracomment>%1 steps ticked of %2.</extracomment>
        <translation>%1 de %2 passos concluídos</translation>
    </message>
</context>
<context>
    <name>RecoveryDetailsPage</name>
    <message>
        <source>Recovery details</source>
        <translation>Dados de recuperação</translation>
    </message>
    <message>
        <source>Recovery details of %1</source>
        <translation>Dados de recuperação de %1</translation>
    </message>
    <message>
        <source>Recovery: %1</source>
        <extracomment>%1 is the account.</extracomment>
        <translation>Recuperação: %1</translation>
    </message>
    <message>
        <source>Backup codes</source>
        <translation>Códigos de backup</translation>
    </message>
    <message>
        <source>No backup codes saved. Services that offer them show them once, when two-step login is turned on, or in their security settings: paste them below.</source>
        <translation>Nenhum código de backup salvo. Os serviços que oferecem esses códigos mostram todos uma única vez, quando o login em duas etapas é ativado, ou nas configurações de segurança: cole os códigos abaixo.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n code(s) left.</source>
        <translation>
            <numerusform>%1 de %n código ainda disponível.</numerusform>
            <numerusform>%1 de %n códigos ainda disponíveis.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Every code is used: get new ones from the service&apos;s security settings.</source>
        <translation>%1 Todos os códigos já foram usados: obtenha novos nas configurações de segurança do serviço.</translation>
    </message>
    <message>
        <source>%1 Get new ones from the service&apos;s security settings before they run out.</source>
        <translation>%1 Obtenha novos nas configurações de segurança do serviço antes que acabem.</translation>
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
        <translation>Cole aqui os códigos de backup, um por linha</translation>
    </message>
    <message>
        <source>Backup codes to add</source>
        <translation>Códigos de backup a adicionar</translation>
    </message>
    <message>
        <source>Add codes</source>
        <translation>Adicionar códigos</translation>
    </message>
    <message>
        <source>Add the pasted backup codes</source>
        <translation>Adicionar os códigos de backup colados</translation>
    </message>
    <message>
        <source>Official login page</source>
        <translation>Página oficial de login</translation>
    </message>
    <message>
        <source>Sign in from here or by typing the address yourself, never from a link in an email or a message.</source>
        <translation>Entre por aqui ou digitando o endereço você mesmo, nunca por um link de e-mail ou de mensagem.</translation>
    </message>
    <message>
        <source>Official login address</source>
        <translation>Endereço oficial de login</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open the saved login page</source>
        <translation>Abrir a página de login salva</translation>
    </message>
    <message>
        <source>Recovery email and phone</source>
        <translation>E-mail e telefone de recuperação</translation>
    </message>
    <message>
        <source>Which email address and phone number the service sends recovery codes to. If they are old, update them on the service too.</source>
        <translation>O endereço de e-mail e o número de telefone para onde o serviço envia os códigos de recuperação. Se estiverem desatualizados, atualize também no serviço.</translation>
    </message>
    <message>
        <source>Recovery email</source>
        <translation>E-mail de recuperação</translation>
    </message>
    <message>
        <source>Recovery phone</source>
        <translation>Telefone de recuperação</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Save the login page and recovery contacts</source>
        <translation>Salvar a página de login e os contatos de recuperação</translation>
    </message>
    <message>
        <source>Undo changes</source>
        <translation>Desfazer alterações</translation>
    </message>
    <message>
        <source>You last confirmed these details on %1.</source>
        <translation>Você confirmou estes dados pela última vez em %1.</translation>
    </message>
    <message>
        <source>You have not confirmed these details yet. Check them on the service&apos;s security settings page.</source>
        <translation>Você ainda não confirmou estes dados. Confira na página de configurações de segurança do serviço.</translation>
    </message>
    <message>
        <source>These details are still right</source>
        <translation>Estes dados continuam corretos</translation>
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
            <numerusform>%n de %n passo concluído.</numerusform>
            <numerusform>Todos os %n passos concluídos.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 steps done.</source>
        <translation>%1 de %2 passos concluídos.</translation>
    </message>
    <message>
        <source>%1 Last worked on %2.</source>
        <extracomment>%1 &quot;3 of 8 steps done.&quot;, %2 a date and time.</extracomment>
        <translation>%1 Última alteração: %2.</translation>
    </message>
    <message>
        <source>No account is chosen, so these ticks are not kept. Open the checklist from the account to keep your place.</source>
        <translation>Nenhuma conta foi escolhida, então estas marcações não são guardadas. Abra a lista pela conta para não perder onde você parou.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Recomeçar</translation>
    </message>
    <message>
        <source>Start over: untick every step</source>
        <translation>Recomeçar: desmarcar todos os passos</translation>
    </message>
    <message>
        <source>Start over?</source>
        <translation>Recomeçar?</translation>
    </message>
    <message>
        <source>Every step of this checklist will be unticked.</source>
        <translation>Todos os passos desta lista serão desmarcados.</translation>
    </message>
    <message>
        <source>Which account?</source>
        <translation>Qual conta?</translation>
    </message>
    <message>
        <source>Backup codes and recovery info are kept per account. Go back, choose the account at the top of the recovery center, and open this checklist again.</source>
        <translation>Os códigos de backup e os dados de recuperação são guardados por conta. Volte, escolha a conta no alto da central de recuperação e abra esta lista de novo.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Segurança</translation>
    </message>
    <message>
        <source>Clear copied codes after (seconds)</source>
        <extracomment>Setting: seconds after which a copied code is removed from the clipboard.</extracomment>
        <translation>Apagar códigos copiados após (segundos)</translation>
    </message>
    <message>
        <source>Clear copied codes after this many seconds</source>
        <translation>Apagar códigos copiados depois desta quantidade de segundos</translation>
    </message>
    <message>
        <source>Lock when idle for (minutes, 0 = never)</source>
        <extracomment>Setting: minutes without use before Tessera locks; 0 means never.</extracomment>
        <translation>Bloquear se inativo (minutos, 0 = nunca)</translation>
    </message>
    <message>
        <source>Lock when idle for this many minutes</source>
        <translation>Bloquear após esta quantidade de minutos sem uso</translation>
    </message>
    <message>
        <source>Lock when the screen locks or the computer sleeps</source>
        <translation>Bloquear junto com a tela e na suspensão</translation>
    </message>
    <message>
        <source>Hide codes until I click Show</source>
        <translation>Ocultar os códigos até eu clicar em Mostrar</translation>
    </message>
    <message>
        <source>Hide codes</source>
        <translation>Ocultar códigos</translation>
    </message>
    <message>
        <source>Keep running in the system tray when the window is closed</source>
        <translation>Continuar aberto na bandeja do sistema quando a janela for fechada</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma do sistema</translation>
    </message>
    <message>
        <source>Recovery password</source>
        <translation>Senha de recuperação</translation>
    </message>
    <message>
        <source>A recovery password is set. It opens the vault when the system keychain cannot. Setting a new one replaces it.</source>
        <translation>Há uma senha de recuperação definida. Ela abre o cofre quando o chaveiro do sistema não consegue. Definir uma nova substitui a atual.</translation>
    </message>
    <message>
        <source>No recovery password is set: if the system keychain is lost, so are your accounts. Set one now.</source>
        <translation>Nenhuma senha de recuperação definida: se o chaveiro do sistema se perder, suas contas também se perdem. Defina uma agora.</translation>
    </message>
    <message>
        <source>New recovery password</source>
        <translation>Nova senha de recuperação</translation>
    </message>
    <message>
        <source>Repeat the new recovery password</source>
        <translation>Repita a nova senha de recuperação</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>Digite de novo</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>As duas senhas são diferentes.</translation>
    </message>
    <message>
        <source>Change recovery password</source>
        <translation>Alterar senha de recuperação</translation>
    </message>
    <message>
        <source>Set recovery password</source>
        <translation>Definir senha de recuperação</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Salvando</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Vault file: %1</source>
        <translation>Arquivo do cofre: %1</translation>
    </message>
    <message>
        <source>About Tessera…</source>
        <translation>Sobre o Tessera…</translation>
    </message>
    <message>
        <source>About Tessera</source>
        <translation>Sobre o Tessera</translation>
    </message>
</context>
<context>
    <name>tessera::AddSourceController</name>
    <message>
        <source>a web address</source>
        <translation>um endereço da web</translation>
    </message>
    <message>
        <source>Wi-Fi settings</source>
        <translation>dados de uma rede Wi-Fi</translation>
    </message>
    <message>
        <source>a contact card</source>
        <translation>um cartão de contato</translation>
    </message>
    <message>
        <source>an email address</source>
        <translation>um endereço de e-mail</translation>
    </message>
    <message>
        <source>a phone number</source>
        <translation>um número de telefone</translation>
    </message>
    <message>
        <source>other text</source>
        <translation>outro texto</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 não existe.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a picture.</source>
        <translation>%1 é uma pasta, não uma imagem.</translation>
    </message>
    <message>
        <source>%1 is not an image. To bring in a backup file, use Import.</source>
        <translation>%1 não é uma imagem. Para trazer um arquivo de backup, use Importar.</translation>
    </message>
    <message>
        <source>%1 could not be read as a picture (%2).</source>
        <translation>Não foi possível ler %1 como imagem (%2).</translation>
    </message>
    <message>
        <source>The screen could not be captured: the desktop&apos;s screenshot service (D-Bus) is not running. Save the QR code as a picture and open it instead.</source>
        <translation>Não foi possível capturar a tela: o serviço de captura de tela do ambiente de trabalho (D-Bus) não está em execução. Salve o código QR como imagem e abra a imagem.</translation>
    </message>
    <message>
        <source>The screen could not be captured (%1). Save the QR code as a picture and open it instead.</source>
        <translation>Não foi possível capturar a tela (%1). Salve o código QR como imagem e abra a imagem.</translation>
    </message>
    <message>
        <source>Screen capture was cancelled.</source>
        <translation>A captura de tela foi cancelada.</translation>
    </message>
    <message>
        <source>The desktop did not allow a screenshot. Save the QR code as a picture and open it instead.</source>
        <translation>O ambiente de trabalho não permitiu a captura de tela. Salve o código QR como imagem e abra a imagem.</translation>
    </message>
    <message>
        <source>%1 is not a file on this computer. Save the picture first, then open it.</source>
        <translation>%1 não é um arquivo deste computador. Primeiro salve a imagem e depois abra.</translation>
    </message>
    <message>
        <source>This is not a 2FA link: it should start with otpauth:// or otpauth-migration://.</source>
        <translation>Este não é um link de 2FA: ele deveria começar com otpauth:// ou otpauth-migration://.</translation>
    </message>
    <message>
        <source>a link</source>
        <translation>link</translation>
    </message>
    <message>
        <source>the screen</source>
        <translation>tela</translation>
    </message>
    <message>
        <source>the clipboard</source>
        <translation>área de transferência</translation>
    </message>
    <message>
        <source>the dropped text</source>
        <translation>texto arrastado</translation>
    </message>
    <message>
        <source>the link</source>
        <translation>link</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s)</source>
        <translation>
            <numerusform>%n imagem</numerusform>
            <numerusform>%n imagens</numerusform>
        </translation>
    </message>
    <message>
        <source>The QR code on the screen is not a 2FA code: it holds %1.</source>
        <translation>O código QR na tela não é um código de 2FA: ele contém %1.</translation>
    </message>
    <message numerus="yes">
        <source>The %n QR code(s) on the screen are not 2FA codes.</source>
        <translation>
            <numerusform>O código QR na tela (%n) não é um código de 2FA.</numerusform>
            <numerusform>Os %n códigos QR na tela não são códigos de 2FA.</numerusform>
        </translation>
    </message>
    <message>
        <source>The QR code in the picture on the clipboard is not a 2FA code: it holds %1.</source>
        <translation>O código QR da imagem na área de transferência não é um código de 2FA: ele contém %1.</translation>
    </message>
    <message>
        <source>The QR code in %1 is not a 2FA code: it holds %2.</source>
        <translation>O código QR em %1 não é um código de 2FA: ele contém %2.</translation>
    </message>
    <message>
        <source>None of the QR codes in these pictures is a 2FA code.</source>
        <translation>Nenhum dos códigos QR nestas imagens é um código de 2FA.</translation>
    </message>
    <message>
        <source>The screen could not be captured. Save the QR code as a picture and open it instead.</source>
        <translation>Não foi possível capturar a tela. Salve o código QR como imagem e abra a imagem.</translation>
    </message>
    <message>
        <source>No QR code was found on the screen. Make the code bigger or clearer and try again.</source>
        <translation>Nenhum código QR foi encontrado na tela. Deixe o código maior ou mais nítido e tente de novo.</translation>
    </message>
    <message>
        <source>No QR code was found in the picture on the clipboard.</source>
        <translation>Nenhum código QR foi encontrado na imagem da área de transferência.</translation>
    </message>
    <message>
        <source>No QR code was found in %1. Try a sharper or bigger picture of the code.</source>
        <translation>Nenhum código QR foi encontrado em %1. Tente uma imagem do código mais nítida ou maior.</translation>
    </message>
    <message>
        <source>No QR code was found in %1.</source>
        <translation>Nenhum código QR foi encontrado em %1.</translation>
    </message>
    <message>
        <source>The clipboard holds no picture and no 2FA link. Copy a QR code picture or an otpauth:// link first.</source>
        <translation>A área de transferência não tem nenhuma imagem nem link de 2FA. Primeiro copie a imagem de um código QR ou um link otpauth://.</translation>
    </message>
    <message>
        <source>Nothing that was dropped holds a 2FA code. Drop a picture of a QR code or an otpauth:// link.</source>
        <translation>Nada do que foi arrastado contém um código de 2FA. Arraste a imagem de um código QR ou um link otpauth://.</translation>
    </message>
    <message>
        <source>No picture was given.</source>
        <translation>Nenhuma imagem foi informada.</translation>
    </message>
    <message>
        <source>%1 of %2 transfer codes scanned</source>
        <extracomment>Google Authenticator splits a transfer into several QR codes; %1 and %2 are counts.</extracomment>
        <translation>Códigos de transferência escaneados: %1 de %2</translation>
    </message>
</context>
<context>
    <name>tessera::BackupController</name>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>A pasta %1 não existe.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose a file name.</source>
        <translation>%1 é uma pasta; escolha um nome de arquivo.</translation>
    </message>
    <message>
        <source>%1 is not a file on this computer.</source>
        <translation>%1 não é um arquivo deste computador.</translation>
    </message>
    <message>
        <source>Not included: %1</source>
        <translation>Não incluídas: %1</translation>
    </message>
    <message>
        <source>There is no plain export format “%1”.</source>
        <translation>Não existe o formato de exportação sem criptografia “%1”.</translation>
    </message>
    <message>
        <source>Choose a password for the encrypted file.</source>
        <translation>Escolha uma senha para o arquivo criptografado.</translation>
    </message>
    <message>
        <source>The vault has no accounts to export.</source>
        <translation>O cofre não tem contas para exportar.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n account(s) to %1.</source>
        <translation>
            <numerusform>%n conta exportada para %1.</numerusform>
            <numerusform>%n contas exportadas para %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the emergency kit to %1. Print it, then delete the file.</source>
        <translation>Kit de emergência salvo em %1. Imprima e depois exclua o arquivo.</translation>
    </message>
    <message>
        <source>Choose a password for the automatic backups.</source>
        <translation>Escolha uma senha para os backups automáticos.</translation>
    </message>
    <message>
        <source>Automatic backups are on: they go to %1.</source>
        <translation>Os backups automáticos estão ativados: eles vão para %1.</translation>
    </message>
    <message>
        <source>Automatic backups are off. The backups already written were kept.</source>
        <translation>Os backups automáticos estão desativados. Os backups já feitos foram mantidos.</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Backup salvo em %1.</translation>
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
            <numerusform>%n dia</numerusform>
            <numerusform>%n dias</numerusform>
        </translation>
    </message>
    <message>
        <source>This computer sets its clock automatically from the internet.</source>
        <translation>Este computador acerta o relógio automaticamente pela internet.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is not being set automatically, so it may drift and codes may be rejected. Turn on “Set time automatically” in the system&apos;s date and time settings.</source>
        <translation>O relógio deste computador não é acertado automaticamente, então pode se desviar e os códigos podem ser recusados. Ative “Definir hora automaticamente” nas configurações de data e hora do sistema.</translation>
    </message>
    <message>
        <source>Tessera cannot tell whether this computer sets its clock automatically. Check the time against a website instead.</source>
        <translation>O Tessera não consegue saber se este computador acerta o relógio automaticamente. Compare a hora com um site.</translation>
    </message>
    <message>
        <source>Enter a web address such as %1.</source>
        <translation>Digite um endereço da web, como %1.</translation>
    </message>
    <message>
        <source>Use an address that starts with https://, such as %1: only then can Tessera be sure the time really comes from that site.</source>
        <translation>Use um endereço que comece com https://, como %1: só assim o Tessera tem certeza de que a hora vem mesmo desse site.</translation>
    </message>
    <message numerus="yes">
        <source>%1 did not answer within %n seconds. Check the internet connection, or try another site.</source>
        <translation>
            <numerusform>%1 não respondeu em %n segundo. Verifique a conexão com a internet ou tente outro site.</numerusform>
            <numerusform>%1 não respondeu em %n segundos. Verifique a conexão com a internet ou tente outro site.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1&apos;s security certificate was not accepted. If this computer&apos;s date is wrong, that is the reason: correct the date, then check again.</source>
        <translation>O certificado de segurança de %1 não foi aceito. Se a data deste computador estiver errada, esse é o motivo: corrija a data e confira de novo.</translation>
    </message>
    <message>
        <source>Could not reach %1. Check the internet connection and the address.</source>
        <translation>Não foi possível acessar %1. Verifique a conexão com a internet e o endereço.</translation>
    </message>
    <message>
        <source>%1 did not say what time it is. Try another site.</source>
        <translation>%1 não informou que horas são. Tente outro site.</translation>
    </message>
    <message>
        <source>%1 sent a time Tessera cannot read. Try another site.</source>
        <translation>%1 enviou uma hora que o Tessera não consegue ler. Tente outro site.</translation>
    </message>
    <message>
        <source>Your computer&apos;s clock is right; codes will be accepted.</source>
        <translation>O relógio do seu computador está certo; os códigos serão aceitos.</translation>
    </message>
    <message>
        <source>Your computer&apos;s clock is %1 behind, close enough: codes will be accepted.</source>
        <translation>O relógio do seu computador está %1 atrasado, perto o bastante: os códigos serão aceitos.</translation>
    </message>
    <message>
        <source>Your computer&apos;s clock is %1 ahead, close enough: codes will be accepted.</source>
        <translation>O relógio do seu computador está %1 adiantado, perto o bastante: os códigos serão aceitos.</translation>
    </message>
    <message>
        <source>Your computer&apos;s clock is %1 behind; codes will be rejected. Turn on “Set time automatically” in the system&apos;s date and time settings, or correct the time by hand.</source>
        <translation>O relógio do seu computador está %1 atrasado; os códigos serão recusados. Ative “Definir hora automaticamente” nas configurações de data e hora do sistema ou corrija a hora manualmente.</translation>
    </message>
    <message>
        <source>Your computer&apos;s clock is %1 ahead; codes will be rejected. Turn on “Set time automatically” in the system&apos;s date and time settings, or correct the time by hand.</source>
        <translation>O relógio do seu computador está %1 adiantado; os códigos serão recusados. Ative “Definir hora automaticamente” nas configurações de data e hora do sistema ou corrija a hora manualmente.</translation>
    </message>
</context>
<context>
    <name>tessera::ImportController</name>
    <message>
        <source>Choose at least one file to import.</source>
        <translation>Escolha pelo menos um arquivo para importar.</translation>
    </message>
    <message>
        <source>%1 is not a file on this computer.</source>
        <translation>%1 não é um arquivo deste computador.</translation>
    </message>
    <message>
        <source>No QR code was found in %1.</source>
        <translation>Nenhum código QR foi encontrado em %1.</translation>
    </message>
    <message>
        <source>The QR code in %1 is not an authenticator code (no otpauth:// link).</source>
        <translation>O código QR em %1 não é um código de autenticação (não tem link otpauth://).</translation>
    </message>
    <message>
        <source>QR codes in images</source>
        <translation>Códigos QR em imagens</translation>
    </message>
    <message>
        <source>The vault changed while the preview was shown. Check the refreshed preview and import again.</source>
        <translation>O cofre mudou enquanto a prévia era exibida. Confira a prévia atualizada e importe de novo.</translation>
    </message>
</context>
<context>
    <name>tessera::ImportPreviewModel</name>
    <message>
        <source>An entry that could not be read</source>
        <translation>Um item que não pôde ser lido</translation>
    </message>
</context>
<context>
    <name>tessera::PasswordMeter</name>
    <message>
        <source>This service&apos;s password rules could not be read; follow the rules the site shows.</source>
        <translation>Não foi possível ler as regras de senha deste serviço; siga as regras que o site mostra.</translation>
    </message>
    <message numerus="yes">
        <source>Use at least %n characters.</source>
        <translation>
            <numerusform>Use pelo menos %n caractere.</numerusform>
            <numerusform>Use pelo menos %n caracteres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Use at most %n characters.</source>
        <translation>
            <numerusform>Use no máximo %n caractere.</numerusform>
            <numerusform>Use no máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Include at least one letter (a–z or A–Z).</source>
        <translation>Inclua pelo menos uma letra (a–z ou A–Z).</translation>
    </message>
    <message>
        <source>Include at least one digit (0–9).</source>
        <translation>Inclua pelo menos um número (0–9).</translation>
    </message>
    <message>
        <source>Include at least one of these marks: %1</source>
        <translation>Inclua pelo menos um destes sinais: %1</translation>
    </message>
    <message>
        <source>space</source>
        <extracomment>A space character in a list of characters a site does not allow.</extracomment>
        <translation>espaço</translation>
    </message>
    <message>
        <source>This site does not allow %1.</source>
        <extracomment>%1 is a list of characters, such as “ä”, “~”</extracomment>
        <translation>Este site não aceita %1.</translation>
    </message>
</context>
<context>
    <name>tessera::PasswordStrength</name>
    <message>
        <source>Choose a password for this backup.</source>
        <translation>Escolha uma senha para este backup.</translation>
    </message>
    <message>
        <source>This is one of the most common passwords; it is tried first.</source>
        <translation>Esta é uma das senhas mais comuns; ela está entre as primeiras a serem testadas.</translation>
    </message>
    <message>
        <source>Use at least 12 characters; a few unrelated words are long and easy to remember.</source>
        <translation>Use pelo menos 12 caracteres; algumas palavras sem relação entre si são longas e fáceis de lembrar.</translation>
    </message>
    <message>
        <source>Avoid repeated characters and runs such as “aaa”, “123” or “qwerty”.</source>
        <translation>Evite caracteres repetidos e sequências como “aaa”, “123” ou “qwerty”.</translation>
    </message>
    <message>
        <source>Add more words or characters to make it harder to guess.</source>
        <translation>Acrescente mais palavras ou caracteres para deixá-la mais difícil de adivinhar.</translation>
    </message>
    <message>
        <source>Good. Longer is even better; do not use this password anywhere else.</source>
        <translation>Boa. Mais longa é ainda melhor; não use esta senha em nenhum outro lugar.</translation>
    </message>
    <message>
        <source>Strong. Do not use this password anywhere else, and keep it somewhere safe.</source>
        <translation>Forte. Não use esta senha em nenhum outro lugar e guarde-a em um lugar seguro.</translation>
    </message>
    <message>
        <source>Dates and years are among the first things tried; leave them out.</source>
        <translation>Datas e anos estão entre as primeiras tentativas; deixe-os de fora.</translation>
    </message>
    <message>
        <source>Common words and names are tried first, also with letters swapped for look-alikes (“p@ssw0rd”); add a few unrelated words.</source>
        <translation>Palavras e nomes comuns são testados primeiro, mesmo com letras trocadas por caracteres parecidos (“p@ssw0rd”); acrescente algumas palavras sem relação.</translation>
    </message>
</context>
<context>
    <name>tessera::RecoveryController</name>
    <message>
        <source>Open the official page</source>
        <extracomment>A checklist step&apos;s button: opens the service&apos;s official page in the browser.</extracomment>
        <translation>Abrir a página oficial</translation>
    </message>
    <message>
        <source>Make a strong password</source>
        <translation>Criar uma senha forte</translation>
    </message>
    <message>
        <source>Open this account&apos;s recovery details</source>
        <translation>Abrir os dados de recuperação desta conta</translation>
    </message>
    <message>
        <source>Check this computer&apos;s clock</source>
        <translation>Conferir o relógio deste computador</translation>
    </message>
    <message>
        <source>This login address cannot be saved: it must start with https:// and name the site, like https://login.aliexpress.com.</source>
        <translation>Não é possível salvar este endereço de login: ele deve começar com https:// e indicar o site, como https://login.aliexpress.com.</translation>
    </message>
    <message>
        <source>This account is no longer in the vault.</source>
        <translation>Esta conta não está mais no cofre.</translation>
    </message>
    <message>
        <source>These are not backup codes: each code is a short group of letters and digits, one per line.</source>
        <translation>Estes não são códigos de backup: cada código é um grupo curto de letras e números, um por linha.</translation>
    </message>
    <message>
        <source>Paste the backup codes the service gave you, one per line.</source>
        <translation>Cole os códigos de backup que o serviço forneceu, um por linha.</translation>
    </message>
    <message>
        <source>The vault has no accounts yet.</source>
        <translation>O cofre ainda não tem contas.</translation>
    </message>
    <message numerus="yes">
        <source>If this computer died today, all %n account(s) would come back from your backup.</source>
        <translation>
            <numerusform>Se este computador parasse de funcionar hoje, sua %n conta seria recuperada do seu backup.</numerusform>
            <numerusform>Se este computador parasse de funcionar hoje, todas as suas %n contas seriam recuperadas do seu backup.</numerusform>
        </translation>
    </message>
    <message>
        <source>If this computer died today, %1 of %2 accounts would come back from your backup, %3 only through the service&apos;s recovery email or phone, and %4 would be lost.</source>
        <extracomment>%1 and %2 are counts of accounts; the sentence goes on with what would be lost.</extracomment>
        <translation>Se este computador parasse de funcionar hoje, %1 de %2 contas seriam recuperadas do seu backup, %3 só pelo e-mail ou telefone de recuperação do serviço, e %4 seriam perdidas.</translation>
    </message>
    <message>
        <source>This account changed after your last backup, or there is none; make a backup or an emergency kit.</source>
        <translation>Esta conta mudou depois do seu último backup, ou você não tem nenhum; faça um backup ou um kit de emergência.</translation>
    </message>
    <message>
        <source>All saved backup codes are used; get new ones from the service&apos;s security settings.</source>
        <translation>Todos os códigos de backup salvos já foram usados; obtenha novos nas configurações de segurança do serviço.</translation>
    </message>
    <message>
        <source>Only one or two backup codes are left; get new ones from the service&apos;s security settings.</source>
        <translation>Restam só um ou dois códigos de backup; obtenha novos nas configurações de segurança do serviço.</translation>
    </message>
    <message>
        <source>No backup codes are saved; if the service offers them, save them here.</source>
        <translation>Nenhum código de backup foi salvo; se o serviço oferecer códigos, salve-os aqui.</translation>
    </message>
    <message>
        <source>No recovery email or phone is noted; note which ones the service has on file.</source>
        <translation>Nenhum e-mail ou telefone de recuperação foi anotado; anote quais o serviço tem cadastrados.</translation>
    </message>
    <message>
        <source>The recovery email and phone have not been checked for a year; confirm they are still yours.</source>
        <translation>O e-mail e o telefone de recuperação não são conferidos há um ano; confirme se ainda são seus.</translation>
    </message>
    <message>
        <source>No official login address is noted; add it so you never need a link from an email.</source>
        <translation>Nenhum endereço oficial de login foi anotado; adicione-o para nunca precisar de um link de e-mail.</translation>
    </message>
    <message>
        <source>The vault has no recovery password: only this computer&apos;s keychain opens it. Set one so a backup of the vault can be opened anywhere.</source>
        <translation>O cofre não tem senha de recuperação: só o chaveiro deste computador consegue abri-lo. Defina uma para que um backup do cofre possa ser aberto em qualquer lugar.</translation>
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
        <translation>Sair do Tessera</translation>
    </message>
    <message>
        <source>Show the window to unlock the vault</source>
        <translation>Mostrar a janela para desbloquear o cofre</translation>
    </message>
    <message>
        <source>Lock the vault now</source>
        <translation>Bloquear o cofre agora</translation>
    </message>
    <message>
        <source>Close Tessera; the clipboard is cleared</source>
        <translation>Fechar o Tessera; a área de transferência é limpa</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sem nome)</translation>
    </message>
    <message>
        <source>Copy the code for %1</source>
        <translation>Copiar o código de %1</translation>
    </message>
    <message>
        <source>Hide Tessera</source>
        <translation>Ocultar o Tessera</translation>
    </message>
    <message>
        <source>Show Tessera</source>
        <translation>Mostrar o Tessera</translation>
    </message>
    <message>
        <source>Hide the window; Tessera keeps running in the tray</source>
        <translation>Ocultar a janela; o Tessera continua aberto na bandeja</translation>
    </message>
    <message>
        <source>Show the Tessera window</source>
        <translation>Mostrar a janela do Tessera</translation>
    </message>
</context>
<context>
    <name>tessera::VaultController</name>
    <message>
        <source>Enter the recovery password.</source>
        <translation>Digite a senha de recuperação.</translation>
    </message>
    <message>
        <source>The recovery password is too long (at most %1 bytes).</source>
        <translation>A senha de recuperação é longa demais (no máximo %1 bytes).</translation>
    </message>
    <message>
        <source>Enter the service or the account name.</source>
        <translation>Digite o serviço ou o nome da conta.</translation>
    </message>
    <message>
        <source>Enter the secret key.</source>
        <translation>Digite a chave secreta.</translation>
    </message>
    <message>
        <source>The secret key is not valid: %1</source>
        <translation>A chave secreta não é válida: %1</translation>
    </message>
    <message>
        <source>The counter cannot be negative.</source>
        <translation>O contador não pode ser negativo.</translation>
    </message>
    <message>
        <source>Choose time-based, counter-based or Steam.</source>
        <translation>Escolha por tempo, por contador ou Steam.</translation>
    </message>
    <message>
        <source>The change was saved, but the automatic backup could not be written: %1</source>
        <translation>A alteração foi salva, mas não foi possível fazer o backup automático: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Unnamed account</source>
        <translation>Conta sem nome</translation>
    </message>
    <message>
        <source>The vault could not be opened.</source>
        <translation>Não foi possível abrir o cofre.</translation>
    </message>
    <message>
        <source>Without the keychain, the vault needs a recovery password to open: choose one.</source>
        <translation>Sem o chaveiro, o cofre precisa de uma senha de recuperação para abrir: escolha uma.</translation>
    </message>
    <message>
        <source>Unlock the vault first.</source>
        <translation>Primeiro desbloqueie o cofre.</translation>
    </message>
    <message>
        <source>This transfer link cannot be read: %1</source>
        <translation>Não foi possível ler este link de transferência: %1</translation>
    </message>
    <message>
        <source>This transfer link holds no account that Tessera can add.</source>
        <translation>Este link de transferência não tem nenhuma conta que o Tessera possa adicionar.</translation>
    </message>
    <message>
        <source>This link cannot be read: %1</source>
        <translation>Não foi possível ler este link: %1</translation>
    </message>
    <message>
        <source>This is not an account link: it starts with otpauth:// or otpauth-migration://.</source>
        <translation>Este não é um link de conta: ele deve começar com otpauth:// ou otpauth-migration://.</translation>
    </message>
    <message>
        <source>%1 is already in Tessera.</source>
        <translation>%1 já está no Tessera.</translation>
    </message>
    <message>
        <source>Every account in this link is already in Tessera.</source>
        <translation>Todas as contas deste link já estão no Tessera.</translation>
    </message>
    <message>
        <source>This account is no longer in the vault.</source>
        <translation>Esta conta não está mais no cofre.</translation>
    </message>
    <message>
        <source>Only counter-based accounts have a counter to move on.</source>
        <translation>Só as contas por contador têm um contador para avançar.</translation>
    </message>
    <message>
        <source>This account is already back in the vault.</source>
        <translation>Esta conta já voltou para o cofre.</translation>
    </message>
    <message>
        <source>Tessera has no icon called “%1”.</source>
        <translation>O Tessera não tem nenhum ícone chamado “%1”.</translation>
    </message>
    <message>
        <source>Choose a picture saved on this computer.</source>
        <translation>Escolha uma imagem salva neste computador.</translation>
    </message>
    <message>
        <source>Tessera could not open this file. Check that it still exists and that you may read it.</source>
        <translation>O Tessera não conseguiu abrir este arquivo. Verifique se ele ainda existe e se você tem permissão para lê-lo.</translation>
    </message>
    <message>
        <source>This picture is larger than 256 KB. Choose a smaller one (an icon does not need more).</source>
        <translation>Esta imagem tem mais de 256 KB. Escolha uma menor (um ícone não precisa de mais).</translation>
    </message>
    <message>
        <source>This file is not a PNG, JPEG, SVG or WebP picture.</source>
        <translation>Este arquivo não é uma imagem PNG, JPEG, SVG ou WebP.</translation>
    </message>
    <message>
        <source>Tessera could not read this picture. It may be damaged, or of a kind this computer cannot show.</source>
        <translation>O Tessera não conseguiu ler esta imagem. Ela pode estar danificada ou ser de um tipo que este computador não consegue mostrar.</translation>
    </message>
</context>
<context>
    <name>tessera::VaultWorker</name>
    <message>
        <source>This vault opens only with its recovery password.</source>
        <translation>Este cofre só abre com a senha de recuperação dele.</translation>
    </message>
    <message>
        <source>This computer has no keychain Tessera can use, so the vault needs a recovery password to open.</source>
        <translation>Este computador não tem um chaveiro que o Tessera possa usar, então o cofre precisa de uma senha de recuperação para abrir.</translation>
    </message>
    <message>
        <source>There is no vault yet.</source>
        <translation>Ainda não há nenhum cofre.</translation>
    </message>
    <message>
        <source>A vault already exists at %1; it was left unchanged.</source>
        <translation>Já existe um cofre em %1; ele não foi alterado.</translation>
    </message>
    <message>
        <source>This computer has no keychain Tessera can use; choose a recovery password instead.</source>
        <translation>Este computador não tem um chaveiro que o Tessera possa usar; escolha uma senha de recuperação.</translation>
    </message>
    <message>
        <source>The vault is locked; unlock it first.</source>
        <translation>O cofre está bloqueado; primeiro desbloqueie.</translation>
    </message>
    <message>
        <source>Found a working keychain (%1). Tessera keeps this vault&apos;s key there, so the vault opens without a password on this computer; add a recovery password too, to open it anywhere else.</source>
        <translation>Foi encontrado um chaveiro que funciona (%1). O Tessera guarda nele a chave deste cofre, assim o cofre abre sem senha neste computador; adicione também uma senha de recuperação para abrir o cofre em qualquer outro lugar.</translation>
    </message>
    <message>
        <source>(A test entry named %1 could not be deleted and is still in the keychain: %2)</source>
        <translation>(Não foi possível excluir uma entrada de teste chamada %1, e ela continua no chaveiro: %2)</translation>
    </message>
    <message>
        <source>Tessera tried to store a test entry in the keychain (%1) and could not: %2</source>
        <extracomment>%1 is the keychain&apos;s name (e.g. Secret Service), %2 its own error message.</extracomment>
        <translation>O Tessera tentou guardar uma entrada de teste no chaveiro (%1) e não conseguiu: %2</translation>
    </message>
    <message>
        <source>The keychain (%1) accepted a test entry but gave back something else, so it cannot be trusted with the vault&apos;s key. Tessera can protect the vault with a recovery password instead.</source>
        <translation>O chaveiro (%1) aceitou uma entrada de teste, mas devolveu outra coisa, então não dá para confiar a ele a chave do cofre. Em vez disso, o Tessera pode proteger o cofre com uma senha de recuperação.</translation>
    </message>
    <message>
        <source>The keychain (%1) accepted a test entry but could not give it back: %2</source>
        <translation>O chaveiro (%1) aceitou uma entrada de teste, mas não conseguiu devolvê-la: %2</translation>
    </message>
</context>
<context>
    <name>tessera::cli::RecoveryCommand</name>
    <message>
        <source>password reset</source>
        <translation>redefinir senha</translation>
    </message>
    <message>
        <source>security settings</source>
        <translation>configurações de segurança</translation>
    </message>
    <message>
        <source>login</source>
        <translation>entrar</translation>
    </message>
    <message>
        <source>help</source>
        <translation>ajuda</translation>
    </message>
    <message>
        <source>Open: %1</source>
        <extracomment>A checklist step&apos;s action in the terminal; %1 is an official https address.</extracomment>
        <translation>Abrir: %1</translation>
    </message>
    <message>
        <source>In the Tessera window: the password helper makes a strong password that fits the service&apos;s rules.</source>
        <translation>Na janela do Tessera: o assistente de senhas cria uma senha forte que segue as regras do serviço.</translation>
    </message>
    <message>
        <source>In the Tessera window: the account&apos;s recovery details (backup codes, email, phone).</source>
        <translation>Na janela do Tessera: os dados de recuperação da conta (códigos de backup, e-mail, telefone).</translation>
    </message>
    <message>
        <source>In the Tessera window: the clock check.</source>
        <translation>Na janela do Tessera: a verificação do relógio.</translation>
    </message>
    <message>
        <source>Show the steps with: tessera-cli recovery show SERVICE SCENARIO</source>
        <translation>Veja os passos com: tessera-cli recovery show SERVICE SCENARIO</translation>
    </message>
    <message>
        <source>Official pages (open them yourself, never from a link in a message):</source>
        <translation>Páginas oficiais (abra você mesmo, nunca por um link em uma mensagem):</translation>
    </message>
    <message>
        <source>Tip: </source>
        <extracomment>Before a tip under a checklist step in the terminal (keep the space at the end).</extracomment>
        <translation>Dica: </translation>
    </message>
</context>
<context>
    <name>tessera::documents::EmergencyKit</name>
    <message>
        <source>Time-based (TOTP) · %1 · %2 digits · every %3 s</source>
        <extracomment>Printed under an account in the emergency kit: %1 algorithm (SHA1), %2 digits, %3 seconds.</extracomment>
        <translation>Por tempo (TOTP) · %1 · %2 dígitos · a cada %3 s</translation>
    </message>
    <message>
        <source>Counter-based (HOTP) · %1 · %2 digits · next counter %3</source>
        <translation>Por contador (HOTP) · %1 · %2 dígitos · próximo contador %3</translation>
    </message>
    <message>
        <source>Steam Guard · 5 characters · every 30 s</source>
        <translation>Steam Guard · 5 caracteres · a cada 30 s</translation>
    </message>
    <message>
        <source>The emergency kit could not be prepared.</source>
        <translation>Não foi possível preparar o kit de emergência.</translation>
    </message>
    <message>
        <source>Tessera emergency kit</source>
        <translation>Kit de emergência do Tessera</translation>
    </message>
    <message>
        <source>The emergency kit could not be drawn.</source>
        <translation>Não foi possível desenhar o kit de emergência.</translation>
    </message>
    <message>
        <source>Tessera emergency kit · %1 · page %2 of %3 · keep it private</source>
        <translation>Kit de emergência do Tessera · %1 · página %2 de %3 · mantenha em sigilo</translation>
    </message>
    <message numerus="yes">
        <source>Made on %1 · %n account(s)</source>
        <extracomment>%1 a date and time; %n how many accounts the kit holds.</extracomment>
        <translation>
            <numerusform>Feito em %1 · %n conta</numerusform>
            <numerusform>Feito em %1 · %n contas</numerusform>
        </translation>
    </message>
    <message>
        <source>This paper holds the keys to your two-factor codes. Anyone who has it can make your login codes: keep it somewhere safe (a locked drawer, a safe), never photograph it, and destroy older kits when you print a new one.
To get an account back: open Tessera — or any authenticator app — on your new computer or phone, choose “Add account” and scan its QR code below. If a code will not scan, choose manual entry and type the setup key shown beside it, with the same type, digits and period.
Then check that the code the app shows is accepted by the site before you rely on it.</source>
        <translation>Este papel guarda as chaves dos seus códigos de verificação em duas etapas. Quem tiver este papel pode gerar seus códigos de login: guarde-o em um lugar seguro (uma gaveta trancada, um cofre), nunca tire foto dele e destrua os kits antigos quando imprimir um novo.
Para recuperar uma conta: abra o Tessera — ou qualquer app autenticador — no seu novo computador ou celular, escolha “Adicionar conta” e escaneie o código QR dela abaixo. Se um código não escanear, escolha a entrada manual e digite a chave de configuração mostrada ao lado, com o mesmo tipo, dígitos e período.
Depois confira se o site aceita o código que o app mostra antes de confiar nele.</translation>
    </message>
    <message>
        <source>Setup key:</source>
        <translation>Chave de configuração:</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <extracomment>Before the account&apos;s own note in the emergency kit.</extracomment>
        <translation>Observação: %1</translation>
    </message>
</context>
</TS>

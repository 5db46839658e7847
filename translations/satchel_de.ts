<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>AccountManager</name>
    <message>
        <location filename="../ui/accountmanager.cpp" line="+67"/>
        <source>The sign-in of %1 could not be kept in the keychain; Satchel asks you to sign in again after the next start.</source>
        <translation>Die Anmeldung für %1 konnte nicht im Schlüsselbund gespeichert werden; Satchel bittet Sie nach dem nächsten Start, sich erneut anzumelden.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The password for %1 could not be saved in the keychain; Satchel keeps it until it is closed and asks for it once after the next start.</source>
        <translation>Das Passwort für %1 konnte nicht im Schlüsselbund gespeichert werden; Satchel behält es bis zum Beenden und fragt nach dem nächsten Start einmal danach.</translation>
    </message>
    <message>
        <location line="+89"/>
        <location line="+8"/>
        <source>Remove Account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Satchel is checking for mail. Stop the check (Shift+Esc) or wait until it has finished, then remove the account.</source>
        <translation>Satchel ruft gerade Nachrichten ab. Brechen Sie den Abruf ab (Umschalt+Esc) oder warten Sie, bis er beendet ist, und entfernen Sie dann das Konto.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove the account “%1”?</source>
        <translation>Das Konto „%1“ entfernen?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Satchel forgets its settings, its password and which messages it has downloaded. Nothing is deleted on the server. The messages in its Inbox can stay here, in the local folder “%1”.</source>
        <translation>Satchel vergisst die Einstellungen und das Passwort des Kontos sowie die Information, welche Nachrichten bereits heruntergeladen wurden. Auf dem Server wird nichts gelöscht. Die Nachrichten aus dem Posteingang des Kontos können hier im lokalen Ordner „%1“ bleiben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove, &amp;Keep the Mail</source>
        <translation>Entfernen, Nachrichten &amp;behalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove with Its &amp;Mail</source>
        <translation>Mit &amp;Nachrichten entfernen</translation>
    </message>
</context>
<context>
    <name>AccountSettingsDialog</name>
    <message>
        <location filename="../ui/accountsettingsdialog.cpp" line="+22"/>
        <source>Account Settings – %1</source>
        <translation>Kontoeinstellungen – %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unchanged</source>
        <extracomment>Placeholder of the empty password field: leaving it empty keeps the password as it is.</extracomment>
        <translation>unverändert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Account &amp;name:</source>
        <translation>Konto&amp;name:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;E-mail address:</source>
        <translation>&amp;E-Mail-Adresse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;password:</source>
        <translation>Neues Pass&amp;wort:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password is stored unencrypted in your profile, as you chose when no keychain was available.</source>
        <translation>Das Passwort ist unverschlüsselt in Ihrem Profil gespeichert – so hatten Sie es gewählt, als kein Schlüsselbund verfügbar war.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keeping Mail</source>
        <translation>Auf&amp;bewahrung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Certificates</source>
        <translation>&amp;Zertifikate</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Remove Account…</source>
        <translation>K&amp;onto entfernen…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>There is already an account named “%1”.</source>
        <translation>Es gibt bereits ein Konto namens „%1“.</translation>
    </message>
</context>
<context>
    <name>AccountWizard</name>
    <message>
        <location filename="../ui/accountwizard.cpp" line="+26"/>
        <source>Account setup</source>
        <translation>Konto einrichten</translation>
    </message>
</context>
<context>
    <name>AccountWizardDonePage</name>
    <message>
        <location filename="../ui/accountwizarddonepage.cpp" line="+13"/>
        <source>Ready</source>
        <extracomment>Title of the wizard&apos;s last page: the account is set up and ready to use.</extracomment>
        <translation>Alles bereit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No keychain is available on this computer, so Satchel will ask for the password once each time it runs.</source>
        <translation>Auf diesem Computer ist kein Schlüsselbund verfügbar; Satchel fragt daher bei jedem Start einmal nach dem Passwort.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Remember the password in my profile (stored unencrypted: anyone who can read your files can read it)</source>
        <translation>Passwort in meinem Profil &amp;merken (unverschlüsselt – wer Ihre Dateien lesen kann, kann es ebenfalls lesen)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no encryption</source>
        <translation>keine Verschlüsselung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>deleted from the server once stored here</source>
        <translation>werden nach dem Herunterladen vom Server gelöscht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>kept on the server</source>
        <translation>bleiben auf dem Server</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>kept on the server for %n day(s)</source>
        <translation>
            <numerusform>bleiben %n Tag auf dem Server</numerusform>
            <numerusform>bleiben %n Tage auf dem Server</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account: %1 &lt;%2&gt;
Server: %3, port %4, %5
User name: %6
Messages: %7

When you click Finish, Satchel saves the account and fetches your mail.</source>
        <translation>Konto: %1 &lt;%2&gt;
Server: %3, Port %4, %5
Benutzername: %6
Nachrichten: %7

Wenn Sie auf „Abschließen“ klicken, speichert Satchel das Konto und ruft Ihre Nachrichten ab.</translation>
    </message>
</context>
<context>
    <name>AccountWizardFindPage</name>
    <message>
        <location filename="../ui/accountwizardfindpage.cpp" line="+15"/>
        <source>Finding your server settings</source>
        <translation>Servereinstellungen werden gesucht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satchel asks your provider&apos;s configuration service and DNS, then tries the usual server names. Nothing is sent to them but your domain.</source>
        <translation>Satchel fragt den Konfigurationsdienst Ihres Anbieters und das DNS ab und probiert dann die üblichen Servernamen aus. Dabei wird nur Ihre Domain übermittelt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Configure &amp;manually</source>
        <translation>&amp;Manuell einrichten</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Looking for settings…</source>
        <translation>Einstellungen werden gesucht…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Found %1 (port %2, via %3). Check the settings on the next page.</source>
        <translation>%1 gefunden (Port %2, über %3). Prüfen Sie die Einstellungen auf der nächsten Seite.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No settings were found for this address. Please enter them on the next page.</source>
        <translation>Für diese Adresse wurden keine Einstellungen gefunden. Bitte geben Sie sie auf der nächsten Seite ein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the server settings yourself.</source>
        <translation>Geben Sie die Servereinstellungen selbst ein.</translation>
    </message>
</context>
<context>
    <name>AccountWizardIdentityPage</name>
    <message>
        <location filename="../ui/accountwizardidentitypage.cpp" line="+12"/>
        <source>Your mail account</source>
        <translation>Ihr E-Mail-Konto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satchel looks up the server settings for your address.</source>
        <translation>Satchel ermittelt die Servereinstellungen für Ihre Adresse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the e-mail address, unless you name it</source>
        <translation>die E-Mail-Adresse, sofern Sie keinen Namen angeben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>alice@example.com</source>
        <translation>erika@example.com</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not needed for Gmail or Microsoft 365 sign-in</source>
        <translation>für die Anmeldung bei Gmail oder Microsoft 365 nicht nötig</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;E-mail address:</source>
        <translation>&amp;E-Mail-Adresse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account na&amp;me:</source>
        <translation>Konto&amp;name:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>There is already an account named “%1”. Give this one another name.</source>
        <translation>Es gibt bereits ein Konto namens „%1“. Geben Sie diesem Konto einen anderen Namen.</translation>
    </message>
</context>
<context>
    <name>AccountWizardRetentionPage</name>
    <message>
        <location filename="../ui/accountwizardretentionpage.cpp" line="+13"/>
        <source>Keeping mail on the server</source>
        <translation>Nachrichten auf dem Server aufbewahren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satchel keeps every message here. These settings decide when it is removed from the server.</source>
        <translation>Satchel bewahrt jede Nachricht hier auf. Diese Einstellungen legen fest, wann sie vom Server entfernt wird.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source> minute(s)</source>
        <extracomment>Spin box suffix after a number of minutes; keep the leading space.</extracomment>
        <translation>
            <numerusform> Minute</numerusform>
            <numerusform> Minuten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only on request</source>
        <translation>nur manuell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Check for new mail every:</source>
        <translation>&amp;Neue Nachrichten abrufen alle:</translation>
    </message>
</context>
<context>
    <name>AccountWizardServerPage</name>
    <message>
        <location filename="../ui/accountwizardserverpage.cpp" line="+17"/>
        <source>Incoming mail server (POP3)</source>
        <translation>Posteingangsserver (POP3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check these settings; your provider&apos;s help pages list them.</source>
        <translation>Prüfen Sie diese Einstellungen; Sie finden sie auf den Hilfeseiten Ihres Anbieters.</translation>
    </message>
</context>
<context>
    <name>AccountWizardTestPage</name>
    <message>
        <location filename="../ui/accountwizardtestpage.cpp" line="+19"/>
        <source>Testing the connection</source>
        <translation>Verbindung wird getestet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satchel connects to the server and logs in; no mail is downloaded or deleted.</source>
        <translation>Satchel verbindet sich mit dem Server und meldet sich an; dabei werden keine Nachrichten heruntergeladen oder gelöscht.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Test again</source>
        <translation>&amp;Erneut testen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Satchel can sign in with OAuth2 only to Gmail and Microsoft 365; %1 is neither. Go back and choose another authentication.</source>
        <translation>Satchel kann sich per OAuth2 nur bei Gmail und Microsoft 365 anmelden; %1 gehört zu keinem davon. Gehen Sie zurück und wählen Sie eine andere Authentifizierung.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sign in with %1 in your browser; Satchel opened the page. If it did not appear, open &lt;a href=&quot;%2&quot;&gt;this address&lt;/a&gt;.</source>
        <translation>Melden Sie sich in Ihrem Browser bei %1 an; Satchel hat die Seite geöffnet. Falls sie nicht erschienen ist, öffnen Sie &lt;a href=&quot;%2&quot;&gt;diese Adresse&lt;/a&gt;.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Signing in did not work: %1</source>
        <translation>Die Anmeldung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opening the sign-in page in your browser…</source>
        <translation>Die Anmeldeseite wird in Ihrem Browser geöffnet…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A sign-in is already running.</source>
        <translation>Es läuft bereits eine Anmeldung.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Enter your password on the first page (Back), or choose OAuth2 on the server page for Gmail and Microsoft 365.</source>
        <translation>Geben Sie Ihr Passwort auf der ersten Seite ein („Zurück“), oder wählen Sie für Gmail und Microsoft 365 auf der Serverseite OAuth2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connecting to %1 on port %2…</source>
        <translation>Verbindung zu %1 auf Port %2 wird hergestellt…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Everything works.</source>
        <translation>Alles funktioniert.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>You can go back and change the settings, or continue and fix them later.</source>
        <translation>Sie können zurückgehen und die Einstellungen ändern oder fortfahren und sie später korrigieren.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>You did not accept the certificate. Choose Test again to see it again.</source>
        <translation>Sie haben das Zertifikat nicht akzeptiert. Wählen Sie „Erneut testen“, um es noch einmal anzuzeigen.</translation>
    </message>
</context>
<context>
    <name>Accounts::Autoconfig</name>
    <message>
        <location filename="../core/accounts/autoconfig.cpp" line="+124"/>
        <source>The configuration file is too large.</source>
        <translation>Die Konfigurationsdatei ist zu groß.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The configuration file declares a document type.</source>
        <translation>Die Konfigurationsdatei enthält eine Dokumenttyp-Deklaration.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+31"/>
        <source>This is not an e-mail configuration file.</source>
        <translation>Dies ist keine E-Mail-Konfigurationsdatei.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The configuration file is not well-formed XML (%1).</source>
        <translation>Die Konfigurationsdatei ist kein wohlgeformtes XML (%1).</translation>
    </message>
</context>
<context>
    <name>Accounts::ConnectionTester</name>
    <message>
        <location filename="../core/accounts/connectiontester.cpp" line="+58"/>
        <source>Check the spelling of the server name, and that this computer is online.</source>
        <translation>Prüfen Sie die Schreibweise des Servernamens und ob dieser Computer online ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing answers on this port: check the port number (995 for SSL/TLS, 110 for STARTTLS) and the security choice.</source>
        <translation>Auf diesem Port antwortet nichts: Prüfen Sie die Portnummer (995 für SSL/TLS, 110 für STARTTLS) und die gewählte Verbindungssicherheit.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check your network connection and try again; a firewall may block the port.</source>
        <translation>Prüfen Sie Ihre Netzwerkverbindung und versuchen Sie es erneut; möglicherweise blockiert eine Firewall den Port.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server did not answer in time: check the server name and port, or try again later.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet: Prüfen Sie Servername und Port oder versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Encryption could not be set up: the port may expect the other security choice (SSL/TLS on 995, STARTTLS on 110).</source>
        <translation>Die Verschlüsselung konnte nicht aufgebaut werden: Möglicherweise erwartet der Port die andere Verbindungssicherheit (SSL/TLS auf 995, STARTTLS auf 110).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s certificate is not trusted (self-signed, expired, or issued for another name). Check the server name, or ask your provider.</source>
        <translation>Dem Zertifikat des Servers wird nicht vertraut (selbst signiert, abgelaufen oder für einen anderen Namen ausgestellt). Prüfen Sie den Servernamen oder fragen Sie Ihren Anbieter.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server does not offer STARTTLS on this port. Try SSL/TLS on port 995.</source>
        <translation>Der Server bietet auf diesem Port kein STARTTLS an. Versuchen Sie SSL/TLS auf Port 995.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone may be interfering with the connection. Try another network.</source>
        <translation>Möglicherweise greift jemand in die Verbindung ein. Versuchen Sie es in einem anderen Netzwerk.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server is busy or another program is reading this mailbox. Try again in a few minutes.</source>
        <translation>Der Server ist ausgelastet, oder ein anderes Programm liest gerade dieses Postfach. Versuchen Sie es in einigen Minuten erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server allows logging in only every few minutes. Try again later.</source>
        <translation>Der Server erlaubt eine Anmeldung nur alle paar Minuten. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose SSL/TLS or STARTTLS, or explicitly allow sending the password unencrypted.</source>
        <translation>Wählen Sie SSL/TLS oder STARTTLS, oder erlauben Sie ausdrücklich, das Passwort unverschlüsselt zu senden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose another authentication method, such as Automatic or Normal password.</source>
        <translation>Wählen Sie eine andere Authentifizierungsmethode, etwa „Automatisch“ oder „Normales Passwort“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The user name or password contains a line break or a NUL character.</source>
        <translation>Benutzername oder Passwort enthält einen Zeilenumbruch oder ein NUL-Zeichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the user name (often the full e-mail address) and the password.</source>
        <translation>Prüfen Sie den Benutzernamen (oft die vollständige E-Mail-Adresse) und das Passwort.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server refused this account. Ask your provider whether POP3 is enabled for it.</source>
        <translation>Der Server hat dieses Konto abgelehnt. Fragen Sie Ihren Anbieter, ob POP3 dafür aktiviert ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This server lacks a feature Satchel needs (UIDL).</source>
        <translation>Diesem Server fehlt eine Funktion, die Satchel benötigt (UIDL).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server answered something unexpected. The protocol log shows the details.</source>
        <translation>Der Server hat unerwartet geantwortet. Einzelheiten finden Sie im Protokollmitschnitt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The test was cancelled.</source>
        <translation>Der Test wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Connected to %1 on port %2.</source>
        <translation>Mit %1 auf Port %2 verbunden.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The connection is NOT encrypted.</source>
        <translation>Die Verbindung ist NICHT verschlüsselt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+25"/>
        <source>The connection is encrypted.</source>
        <translation>Die Verbindung ist verschlüsselt.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>The connection is encrypted with %1.</source>
        <translation>Die Verbindung ist mit %1 verschlüsselt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server did not list its capabilities.</source>
        <translation>Der Server hat keine Liste seiner Fähigkeiten geliefert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server supports %1.</source>
        <translation>Der Server unterstützt %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logged in as %1.</source>
        <translation>Angemeldet als %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n message(s) on the server.</source>
        <translation>
            <numerusform>Auf dem Server liegt %n Nachricht.</numerusform>
            <numerusform>Auf dem Server liegen %n Nachrichten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Accounts::OAuthProvider</name>
    <message>
        <location filename="../core/accounts/oauthprovider.cpp" line="+155"/>
        <source>no OAuth2 client id is configured for %1; set %2 and %3 in the environment to the client of a desktop application registered with %1</source>
        <translation>für %1 ist keine OAuth2-Client-ID konfiguriert; setzen Sie in der Umgebung %2 und %3 auf die Client-Daten einer bei %1 registrierten Desktop-Anwendung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no OAuth2 client id is configured for %1; set %2 in the environment to the client id of a desktop application registered with %1</source>
        <translation>für %1 ist keine OAuth2-Client-ID konfiguriert; setzen Sie in der Umgebung %2 auf die Client-ID einer bei %1 registrierten Desktop-Anwendung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the OAuth2 authorization address of %1 is not a valid https address: %2</source>
        <translation>die OAuth2-Autorisierungsadresse von %1 ist keine gültige https-Adresse: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the OAuth2 token address of %1 is not a valid https address: %2</source>
        <translation>die OAuth2-Token-Adresse von %1 ist keine gültige https-Adresse: %2</translation>
    </message>
</context>
<context>
    <name>Accounts::OAuthSignIn</name>
    <message>
        <location filename="../core/accounts/oauthsignin.cpp" line="+169"/>
        <source>cannot listen on 127.0.0.1 for the sign-in&apos;s answer from the browser</source>
        <translation>auf 127.0.0.1 kann nicht auf die Antwort des Browsers zur Anmeldung gewartet werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Satchel received the answer. You can close this page and return to Satchel.</source>
        <translation>Satchel hat die Antwort erhalten. Sie können diese Seite schließen und zu Satchel zurückkehren.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>there is no valid refresh token: sign in again</source>
        <translation>es gibt kein gültiges Refresh-Token: Melden Sie sich erneut an</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the sign-in was cancelled</source>
        <translation>die Anmeldung wurde abgebrochen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the answer from the browser does not belong to this sign-in (the state does not match); try again</source>
        <translation>die Antwort des Browsers gehört nicht zu dieser Anmeldung (der Parameter „state“ stimmt nicht überein); versuchen Sie es erneut</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>access was denied: the sign-in was cancelled or not allowed in the browser</source>
        <translation>Zugriff verweigert: Die Anmeldung wurde im Browser abgebrochen oder nicht erlaubt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 refused the sign-in: %2</source>
        <translation>%1 hat die Anmeldung abgelehnt: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 refused the sign-in: %2 (%3)</source>
        <translation>%1 hat die Anmeldung abgelehnt: %2 (%3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the answer from the browser carries no authorization code</source>
        <translation>die Antwort des Browsers enthält keinen Autorisierungscode</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+15"/>
        <source>the token endpoint of %1 sent more than %2 KiB</source>
        <translation>der Token-Endpunkt von %1 hat mehr als %2 KiB gesendet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot reach the token endpoint of %1: %2</source>
        <translation>der Token-Endpunkt von %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the token endpoint of %1 answered HTTP %2</source>
        <translation>der Token-Endpunkt von %1 hat mit HTTP %2 geantwortet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 no longer accepts the saved sign-in (invalid_grant); sign in again</source>
        <translation>%1 akzeptiert die gespeicherte Anmeldung nicht mehr (invalid_grant); melden Sie sich erneut an</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the token endpoint of %1 refused: %2</source>
        <translation>der Token-Endpunkt von %1 hat die Anfrage abgelehnt: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the token endpoint of %1 refused: %2 (%3)</source>
        <translation>der Token-Endpunkt von %1 hat die Anfrage abgelehnt: %2 (%3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the token endpoint of %1 sent something other than JSON</source>
        <translation>der Token-Endpunkt von %1 hat etwas anderes als JSON gesendet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the token endpoint of %1 sent a token of type %2, not Bearer</source>
        <translation>der Token-Endpunkt von %1 hat ein Token vom Typ %2 statt Bearer gesendet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the token endpoint of %1 sent no valid access token</source>
        <translation>der Token-Endpunkt von %1 hat kein gültiges Access-Token gesendet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the token endpoint of %1 sent an invalid refresh token</source>
        <translation>der Token-Endpunkt von %1 hat ein ungültiges Refresh-Token gesendet</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>the sign-in did not finish within %n minute(s)</source>
        <translation>
            <numerusform>die Anmeldung wurde nicht innerhalb von %n Minute abgeschlossen</numerusform>
            <numerusform>die Anmeldung wurde nicht innerhalb von %n Minuten abgeschlossen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>the sign-in did not finish within %n second(s)</source>
        <translation>
            <numerusform>die Anmeldung wurde nicht innerhalb von %n Sekunde abgeschlossen</numerusform>
            <numerusform>die Anmeldung wurde nicht innerhalb von %n Sekunden abgeschlossen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Accounts::SettingsFinder</name>
    <message>
        <location filename="../core/accounts/settingsfinder.cpp" line="+29"/>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no encryption</source>
        <translation>keine Verschlüsselung</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>probe</source>
        <extracomment>Where the wizard found server settings: by trying the usual server names (a noun).</extracomment>
        <translation>Verbindungstest</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is not an e-mail address.</source>
        <translation>%1 ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Looking for a configuration at %1…</source>
        <translation>Konfiguration wird bei %1 gesucht…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Looking up the DNS record %1…</source>
        <translation>DNS-Eintrag %1 wird abgefragt…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>DNS (SRV)</source>
        <translation>DNS (SRV)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The DNS lookup took too long.</source>
        <translation>Die DNS-Abfrage hat zu lange gedauert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No settings were found. Please enter them yourself.</source>
        <translation>Es wurden keine Einstellungen gefunden. Bitte geben Sie sie selbst ein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trying %1 on port %2 (%3)…</source>
        <translation>%1 auf Port %2 (%3) wird ausprobiert…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 on port %2: %3</source>
        <translation>%1 auf Port %2: %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Found %1 on port %2 (%3).</source>
        <translation>%1 auf Port %2 gefunden (%3).</translation>
    </message>
</context>
<context>
    <name>ArchiveRecoveryDialog</name>
    <message>
        <location filename="../ui/archiverecoverydialog.cpp" line="+24"/>
        <source>Recovering the mail archive</source>
        <translation>Nachrichtenarchiv wird wiederhergestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copying every readable message into a new archive…</source>
        <translation>Alle lesbaren Nachrichten werden in ein neues Archiv kopiert…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The archive could not be recovered: %1

The damaged archive is still in use; `satchel-cli recover` tries again from a terminal.</source>
        <translation>Das Archiv konnte nicht wiederhergestellt werden: %1

Das beschädigte Archiv bleibt in Gebrauch; mit `satchel-cli recover` können Sie es in einem Terminal erneut versuchen.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n message(s) recovered.</source>
        <translation>
            <numerusform>%n Nachricht wiederhergestellt.</numerusform>
            <numerusform>%n Nachrichten wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n of them were read again from their raw bytes and are in Local Folders/Recovered.</source>
        <translation>
            <numerusform>%n davon wurde erneut aus den Rohdaten gelesen und liegt im Ordner „Lokale Ordner/Recovered“.</numerusform>
            <numerusform>%n davon wurden erneut aus den Rohdaten gelesen und liegen im Ordner „Lokale Ordner/Recovered“.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n message(s) could not be read and are lost from the archive.</source>
        <translation>
            <numerusform>%n Nachricht konnte nicht gelesen werden und fehlt im Archiv.</numerusform>
            <numerusform>%n Nachrichten konnten nicht gelesen werden und fehlen im Archiv.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n lost message(s) will be downloaded again if the server still has them.</source>
        <translation>
            <numerusform>%n verlorene Nachricht wird erneut heruntergeladen, falls der Server sie noch hat.</numerusform>
            <numerusform>%n verlorene Nachrichten werden erneut heruntergeladen, falls der Server sie noch hat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n message(s) still on a server may be downloaded again (their download record could not be read).</source>
        <translation>
            <numerusform>%n Nachricht, die noch auf einem Server liegt, wird möglicherweise erneut heruntergeladen (ihr Abrufeintrag konnte nicht gelesen werden).</numerusform>
            <numerusform>%n Nachrichten, die noch auf einem Server liegen, werden möglicherweise erneut heruntergeladen (ihre Abrufeinträge konnten nicht gelesen werden).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The damaged file is kept as %1.</source>
        <translation>Die beschädigte Datei bleibt als %1 erhalten.</translation>
    </message>
</context>
<context>
    <name>ArchiveRecoveryPrompt</name>
    <message>
        <location filename="../ui/archiverecoveryprompt.cpp" line="+24"/>
        <source>Recover…</source>
        <translation>Wiederherstellen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy every readable message into a new archive</source>
        <translation>Alle lesbaren Nachrichten in ein neues Archiv kopieren</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+14"/>
        <source>Recover the mail archive</source>
        <translation>Nachrichtenarchiv wiederherstellen</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Satchel will restart, copy every message it can still read into a new archive, and keep the damaged file beside it in the profile folder (satchel.sqlite.damaged-&lt;date&gt;). Messages that cannot be read are lost from the archive; those still on a server are downloaded again.

Copy the profile folder somewhere safe first if you can.</source>
        <translation>Satchel startet neu, kopiert jede Nachricht, die noch lesbar ist, in ein neues Archiv und bewahrt die beschädigte Datei daneben im Profilordner auf (satchel.sqlite.damaged-&lt;date&gt;). Nicht lesbare Nachrichten gehen im Archiv verloren; solche, die noch auf einem Server liegen, werden erneut heruntergeladen.

Kopieren Sie den Profilordner nach Möglichkeit vorher an einen sicheren Ort.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restart and Recover</source>
        <translation>Neu starten und wiederherstellen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot write to the profile folder %1.</source>
        <translation>In den Profilordner %1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>AttachmentBar</name>
    <message>
        <location filename="../ui/attachmentbar.cpp" line="+43"/>
        <source>The attachment could not be read from the message.</source>
        <translation>Der Anhang konnte nicht aus der Nachricht gelesen werden.</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+290"/>
        <source>O&amp;pen</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="-288"/>
        <location line="+289"/>
        <source>Sa&amp;ve…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <location line="-287"/>
        <location line="+290"/>
        <source>Save &amp;All…</source>
        <translation>&amp;Alle speichern…</translation>
    </message>
    <message>
        <location line="-276"/>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Named in the message: %1</source>
        <translation>Name in der Nachricht: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown type</source>
        <translation>Unbekannter Typ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening this file could run a program.</source>
        <translation>Das Öffnen dieser Datei könnte ein Programm ausführen.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n Anhang</numerusform>
            <numerusform>%n Anhänge</numerusform>
        </translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Open Attachment</source>
        <translation>Anhang öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” could run a program on your computer.</source>
        <translation>„%1“ könnte ein Programm auf Ihrem Computer ausführen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open it only if you trust the sender and expected this file. Saving it is safer than opening it.</source>
        <translation>Öffnen Sie die Datei nur, wenn Sie dem Absender vertrauen und diese Datei erwartet haben. Speichern ist sicherer als Öffnen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Anyway</source>
        <translation>Trotzdem öffnen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No temporary folder could be created to open the attachment.</source>
        <translation>Es konnte kein temporärer Ordner zum Öffnen des Anhangs angelegt werden.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save Attachment</source>
        <translation>Anhang speichern</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save All Attachments</source>
        <translation>Alle Anhänge speichern</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No application could open “%1”.</source>
        <translation>„%1“ konnte mit keiner Anwendung geöffnet werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Opening…</source>
        <translation>Wird geöffnet…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Saved as %1</source>
        <translation>Gespeichert als %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Saved %n file(s) in %1</source>
        <translation>
            <numerusform>%n Datei in %1 gespeichert</numerusform>
            <numerusform>%n Dateien in %1 gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save Attachments</source>
        <translation>Anhänge speichern</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n attachment(s) could not be saved.</source>
        <translation>
            <numerusform>%n Anhang konnte nicht gespeichert werden.</numerusform>
            <numerusform>%n Anhänge konnten nicht gespeichert werden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <location filename="../ui/certificatedialog.cpp" line="+29"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Certificate changed</source>
        <translation>Zertifikat geändert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Certificate problem</source>
        <translation>Zertifikatsproblem</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Satchel could not verify the identity of %1.</source>
        <translation>Satchel konnte die Identität von %1 nicht überprüfen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The certificate of this server has changed since you accepted it on %1. This can mean someone is intercepting the connection.</source>
        <translation>Das Zertifikat dieses Servers hat sich geändert, seit Sie es am %1 akzeptiert haben. Das kann bedeuten, dass jemand die Verbindung abfängt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The certificate of this server has changed since you accepted it. This can mean someone is intercepting the connection.</source>
        <translation>Das Zertifikat dieses Servers hat sich geändert, seit Sie es akzeptiert haben. Das kann bedeuten, dass jemand die Verbindung abfängt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The certificate could not be verified.</source>
        <translation>Das Zertifikat konnte nicht überprüft werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Subject:</source>
        <translation>Inhaber:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issuer:</source>
        <translation>Aussteller:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Valid from:</source>
        <translation>Gültig ab:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Valid until:</source>
        <translation>Gültig bis:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256-Fingerabdruck:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accept the certificate only if you expect it, for example because your provider publishes this fingerprint. Satchel will then trust this certificate, and no other, for %1.</source>
        <translation>Akzeptieren Sie das Zertifikat nur, wenn Sie es erwarten, etwa weil Ihr Anbieter diesen Fingerabdruck veröffentlicht. Satchel vertraut dann für %1 diesem Zertifikat und keinem anderen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Accept permanently for this server</source>
        <translation>Für diesen Server dauerhaft &amp;akzeptieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reject</source>
        <translation>Ab&amp;lehnen</translation>
    </message>
</context>
<context>
    <name>CertificatePinsView</name>
    <message>
        <location filename="../ui/certificatepinsview.cpp" line="+32"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subject</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SHA-256 fingerprint</source>
        <translation>SHA-256-Fingerabdruck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accepted on</source>
        <translation>Akzeptiert am</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re&amp;move</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forget the selected certificate: the next connection to that server verifies it as usual, and asks again if that fails.</source>
        <translation>Das ausgewählte Zertifikat vergessen: Bei der nächsten Verbindung zu diesem Server wird es wie üblich überprüft, und falls das fehlschlägt, wird erneut nachgefragt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Certificates you accepted although they could not be verified:</source>
        <translation>Zertifikate, die Sie akzeptiert haben, obwohl sie nicht überprüft werden konnten:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Issued by %1</source>
        <translation>Ausgestellt von %1</translation>
    </message>
</context>
<context>
    <name>CheckController</name>
    <message>
        <location filename="../ui/checkcontroller.cpp" line="+141"/>
        <source>%1 was not checked: Satchel needs its password. Choose Get Messages to enter it.</source>
        <translation>%1 wurde nicht abgerufen: Satchel benötigt das Passwort. Wählen Sie „Nachrichten abrufen“, um es einzugeben.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 was not checked: the server&apos;s certificate could not be verified and needs your review. Choose Get Messages to review it.</source>
        <translation>%1 wurde nicht abgerufen: Das Zertifikat des Servers konnte nicht überprüft werden und muss von Ihnen begutachtet werden. Wählen Sie „Nachrichten abrufen“, um es anzusehen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Checking %1 failed: %2</source>
        <translation>Abruf von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Checking %1 failed: %2 The certificate was not accepted.</source>
        <translation>Abruf von %1 fehlgeschlagen: %2 Das Zertifikat wurde nicht akzeptiert.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1: connecting…</source>
        <translation>%1: Verbindungsaufbau…</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1: %2 of %n message(s) (%3 of %4)</source>
        <extracomment>Progress of a check: account, messages done of %n, bytes done of all.</extracomment>
        <translation>
            <numerusform>%1: %2 von %n Nachricht (%3 von %4)</numerusform>
            <numerusform>%1: %2 von %n Nachrichten (%3 von %4)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/satchel-cli/accountcommands.cpp" line="+36"/>
        <source>Adds a POP3 account.</source>
        <translation>Fügt ein POP3-Konto hinzu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Account name (used by fetch).</source>
        <translation>Kontoname (wird von fetch verwendet).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail address.</source>
        <translation>E-Mail-Adresse.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>POP3 server.</source>
        <translation>POP3-Server.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Port (default 995 for tls, 110 otherwise).</source>
        <translation>Port (Standard: 995 bei tls, sonst 110).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tls, starttls or none.</source>
        <translation>tls, starttls oder none.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User name (default: the e-mail address).</source>
        <translation>Benutzername (Standard: die E-Mail-Adresse).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>auto, plain, login, cram-md5, apop or user (default auto).</source>
        <translation>auto, plain, login, cram-md5, apop oder user (Standard: auto).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep messages on the server.</source>
        <translation>Nachrichten auf dem Server belassen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete messages from the server once stored here.</source>
        <translation>Nachrichten vom Server löschen, sobald sie hier gespeichert sind.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep messages on the server for D days (default 14).</source>
        <translation>Nachrichten D Tage auf dem Server belassen (Standard: 14).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete from the server when deleted here for good.</source>
        <translation>Nachrichten vom Server löschen, wenn sie hier endgültig gelöscht werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Store larger messages as headers only (KiB); fetch-rest gets the rest.</source>
        <translation>Größere Nachrichten nur mit Kopfzeilen speichern (KiB); fetch-rest holt den Rest.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Extra CA certificate (PEM) for this server.</source>
        <translation>Zusätzliches CA-Zertifikat (PEM) für diesen Server.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Allow sending the password without encryption.</source>
        <translation>Senden des Passworts ohne Verschlüsselung erlauben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the password from standard input and keep it in the keychain.</source>
        <translation>Passwort von der Standardeingabe lesen und im Schlüsselbund speichern.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep the password in the profile database when no keychain is reachable (readable by anyone who can read your files).</source>
        <translation>Passwort in der Profildatenbank speichern, wenn kein Schlüsselbund erreichbar ist (lesbar für jeden, der Ihre Dateien lesen kann).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>account add needs --%1</source>
        <translation>account add benötigt --%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--security must be tls, starttls or none</source>
        <translation>--security muss tls, starttls oder none sein</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--port must be 1..65535</source>
        <translation>--port muss zwischen 1 und 65535 liegen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>account add needs --user or --email</source>
        <translation>account add benötigt --user oder --email</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--auth must be auto, plain, login, cram-md5, apop or user</source>
        <translation>--auth muss auto, plain, login, cram-md5, apop oder user sein</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>choose one of --keep-on-server, --delete-after-download and --leave-on-server-days</source>
        <translation>wählen Sie nur eine der Optionen --keep-on-server, --delete-after-download und --leave-on-server-days</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--leave-on-server-days must be a number of days</source>
        <translation>--leave-on-server-days muss eine Anzahl von Tagen sein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--size-limit must be a positive number of KiB</source>
        <translation>--size-limit muss eine positive Anzahl KiB sein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no certificate could be read from %1</source>
        <translation>aus %1 konnte kein Zertifikat gelesen werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>warning: this account sends your password and mail unencrypted.</source>
        <translation>Warnung: Dieses Konto überträgt Ihr Passwort und Ihre Nachrichten unverschlüsselt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning: this account has no encryption; fetching will refuse to send the password unless --allow-insecure-auth is given.</source>
        <translation>Warnung: Dieses Konto ist unverschlüsselt; fetch sendet das Passwort nur, wenn --allow-insecure-auth angegeben ist.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>there is already an account named %1</source>
        <translation>es gibt bereits ein Konto namens %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no password on standard input</source>
        <translation>kein Passwort auf der Standardeingabe</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the password could not be kept in the keychain (%1); pass --password-stdin to each fetch instead, or add --store-password-in-profile</source>
        <translation>das Passwort konnte nicht im Schlüsselbund gespeichert werden (%1); übergeben Sie stattdessen bei jedem fetch --password-stdin oder fügen Sie --store-password-in-profile hinzu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>warning: the password is stored in the profile, unencrypted in passwords.json, readable by anyone who can read your files.</source>
        <translation>Warnung: Das Passwort wird im Profil gespeichert, unverschlüsselt in passwords.json, lesbar für jeden, der Ihre Dateien lesen kann.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>account %1 added (%2:%3, %4, %5)</source>
        <translation>Konto %1 hinzugefügt (%2:%3, %4, %5)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>usage: account remove NAME [--delete-mail]</source>
        <translation>Aufruf: account remove NAME [--delete-mail]</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>account %1 removed with the messages of its Inbox</source>
        <translation>Konto %1 samt den Nachrichten seines Posteingangs entfernt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>account %1 removed; its messages are kept in Local Folders/%1</source>
        <translation>Konto %1 entfernt; seine Nachrichten bleiben in Local Folders/%1 erhalten</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>usage: account add|list|remove</source>
        <translation>Aufruf: account add|list|remove</translation>
    </message>
    <message>
        <location filename="../app/satchel-cli/checkcommand.cpp" line="+14"/>
        <source>usage: check</source>
        <translation>Aufruf: check</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>the archive is damaged (%n problem(s) listed); copy the profile folder somewhere safe, then run &quot;satchel-cli recover&quot; to move every readable message into a new archive (the damaged file is kept)</source>
        <translation>
            <numerusform>das Archiv ist beschädigt (%n Problem aufgeführt); kopieren Sie den Profilordner an einen sicheren Ort und führen Sie dann &quot;satchel-cli recover&quot; aus, um alle lesbaren Nachrichten in ein neues Archiv zu übertragen (die beschädigte Datei bleibt erhalten)</numerusform>
            <numerusform>das Archiv ist beschädigt (%n Probleme aufgeführt); kopieren Sie den Profilordner an einen sicheren Ort und führen Sie dann &quot;satchel-cli recover&quot; aus, um alle lesbaren Nachrichten in ein neues Archiv zu übertragen (die beschädigte Datei bleibt erhalten)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copies every readable account, folder, message, ledger row and certificate pin of a damaged archive into a new one, rebuilds the search index, and puts the new archive in place. The damaged file is kept beside it as satchel.sqlite.damaged-&lt;time&gt;. Run it while no other Satchel program uses the profile.</source>
        <translation>Kopiert alle lesbaren Konten, Ordner, Nachrichten, Abrufeinträge und akzeptierten Zertifikate eines beschädigten Archivs in ein neues, baut den Suchindex neu auf und setzt das neue Archiv an seine Stelle. Die beschädigte Datei bleibt daneben als satchel.sqlite.damaged-&lt;time&gt; erhalten. Führen Sie den Befehl aus, während kein anderes Satchel-Programm das Profil verwendet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../app/satchel-cli/fetchcommand.cpp" line="+63"/>
        <source>Print progress on stderr.</source>
        <translation>Fortschritt auf stderr ausgeben.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>usage: recover [--progress]</source>
        <translation>Aufruf: recover [--progress]</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1/%n message(s)</source>
        <translation>
            <numerusform>%1/%n Nachricht</numerusform>
            <numerusform>%1/%n Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Recovered %n message(s)</source>
        <translation>
            <numerusform>%n Nachricht wiederhergestellt</numerusform>
            <numerusform>%n Nachrichten wiederhergestellt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> (%n read again from their raw bytes into Local Folders/Recovered)</source>
        <translation>
            <numerusform> (%n davon erneut aus den Rohdaten gelesen, in Local Folders/Recovered)</numerusform>
            <numerusform> (%n davon erneut aus den Rohdaten gelesen, in Local Folders/Recovered)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>, %n account(s)</source>
        <translation>
            <numerusform>, %n Konto</numerusform>
            <numerusform>, %n Konten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n folder(s)</source>
        <translation>
            <numerusform>, %n Ordner</numerusform>
            <numerusform>, %n Ordner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n ledger row(s)</source>
        <translation>
            <numerusform>, %n Abrufeintrag</numerusform>
            <numerusform>, %n Abrufeinträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n certificate pin(s).</source>
        <translation>
            <numerusform>, %n akzeptiertes Zertifikat.</numerusform>
            <numerusform>, %n akzeptierte Zertifikate.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Lost: %n message(s) could not be read.</source>
        <translation>
            <numerusform>Verloren: %n Nachricht konnte nicht gelesen werden.</numerusform>
            <numerusform>Verloren: %n Nachrichten konnten nicht gelesen werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n ledger row(s) rebuilt from the ledger&apos;s index.</source>
        <translation>
            <numerusform>%n Abrufeintrag aus dem Index des Abrufverzeichnisses wiederhergestellt.</numerusform>
            <numerusform>%n Abrufeinträge aus dem Index des Abrufverzeichnisses wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unreadable from the start (how many rows they had is unknown): %1.</source>
        <translation>Vollständig unlesbar (Anzahl der Zeilen unbekannt): %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n lost message(s) will be downloaded again if the server still has them.</source>
        <translation>
            <numerusform>%n verlorene Nachricht wird erneut heruntergeladen, falls der Server sie noch hat.</numerusform>
            <numerusform>%n verlorene Nachrichten werden erneut heruntergeladen, falls der Server sie noch hat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n ledger row(s) could not be read: the next fetch may download those messages again if the server still has them.</source>
        <translation>
            <numerusform>%n Abrufeintrag konnte nicht gelesen werden: Der nächste Abruf lädt die betreffende Nachricht möglicherweise erneut herunter, falls der Server sie noch hat.</numerusform>
            <numerusform>%n Abrufeinträge konnten nicht gelesen werden: Der nächste Abruf lädt die betreffenden Nachrichten möglicherweise erneut herunter, falls der Server sie noch hat.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The damaged file is kept as %1.</source>
        <translation>Die beschädigte Datei bleibt als %1 erhalten.</translation>
    </message>
    <message>
        <location filename="../app/satchel-cli/fetchcommand.cpp" line="-30"/>
        <source>satchel-cli: %1 signs in with OAuth2, which satchel-cli cannot do yet; check it from the Satchel window, or pass an access token with --password-stdin</source>
        <translation>satchel-cli: %1 meldet sich per OAuth2 an, was satchel-cli noch nicht beherrscht; rufen Sie das Konto im Satchel-Fenster ab oder übergeben Sie ein Access-Token mit --password-stdin</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>satchel-cli: %1: no password (%2); use --password-stdin</source>
        <translation>satchel-cli: %1: kein Passwort (%2); verwenden Sie --password-stdin</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Retrieves new mail for the named accounts, or all.</source>
        <translation>Ruft neue Nachrichten für die angegebenen Konten oder für alle ab.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+93"/>
        <source>Read the password from standard input.</source>
        <translation>Passwort von der Standardeingabe lesen.</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Accounts to fetch (default: all).</source>
        <translation>Abzurufende Konten (Standard: alle).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>there are no accounts; add one with &quot;account add&quot;</source>
        <translation>es gibt keine Konten; fügen Sie eines mit &quot;account add&quot; hinzu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>there is no account named %1</source>
        <translation>es gibt kein Konto namens %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--password-stdin works with one account at a time</source>
        <translation>--password-stdin funktioniert nur mit jeweils einem Konto</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: %2 new, %3 deleted from the server, %4 on the server</source>
        <translation>%1: %2 neu, %3 vom Server gelöscht, %4 auf dem Server</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Downloads the rest of a message stored as headers only (over the size limit).</source>
        <translation>Lädt den Rest einer Nachricht herunter, die nur mit Kopfzeilen gespeichert ist (weil sie die Größengrenze überschreitet).</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../app/satchel-cli/messagecommands.cpp" line="+111"/>
        <source>Message id (see list).</source>
        <translation>Nachrichten-ID (siehe list).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>usage: fetch-rest ID [--password-stdin]</source>
        <translation>Aufruf: fetch-rest ID [--password-stdin]</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>message %1 did not come from an account</source>
        <translation>Nachricht %1 stammt nicht von einem Konto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>message %1 is already complete</source>
        <translation>Nachricht %1 ist bereits vollständig</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the account of message %1 no longer exists</source>
        <translation>das Konto von Nachricht %1 existiert nicht mehr</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>message %1 downloaded in full</source>
        <translation>Nachricht %1 vollständig heruntergeladen</translation>
    </message>
    <message>
        <location filename="../app/satchel-cli/messagecommands.cpp" line="-87"/>
        <source>&quot;%1&quot; is not a message id</source>
        <translation>&quot;%1&quot; ist keine Nachrichten-ID</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../app/satchel-cli/searchcommands.cpp" line="+106"/>
        <source>there is no folder %1; see &quot;satchel-cli folders&quot;</source>
        <translation>es gibt keinen Ordner %1; siehe &quot;satchel-cli folders&quot;</translation>
    </message>
    <message>
        <location line="+22"/>
        <location filename="../app/satchel-cli/searchcommands.cpp" line="-53"/>
        <source>Only this folder.</source>
        <translation>Nur dieser Ordner.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/satchel-cli/searchcommands.cpp" line="+11"/>
        <source>tsv (default) or json.</source>
        <translation>tsv (Standard) oder json.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../app/satchel-cli/searchcommands.cpp" line="+20"/>
        <source>--format must be tsv or json</source>
        <translation>--format muss tsv oder json sein</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Write the stored bytes unchanged.</source>
        <translation>Die gespeicherten Bytes unverändert ausgeben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>usage: show ID [--raw]</source>
        <translation>Aufruf: show ID [--raw]</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>there is no message %1</source>
        <translation>es gibt keine Nachricht %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>usage: delete ID</source>
        <translation>Aufruf: delete ID</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>message %1 moved to Trash</source>
        <translation>Nachricht %1 in den Papierkorb verschoben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>message %1 deleted</source>
        <translation>Nachricht %1 gelöscht</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>usage: move ID FOLDER</source>
        <translation>Aufruf: move ID FOLDER</translation>
    </message>
    <message>
        <location filename="../app/satchel-cli/searchcommands.cpp" line="-60"/>
        <source>--%1 needs a number of at least %2</source>
        <translation>--%1 benötigt eine Zahl von mindestens %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Searches the archive. Words must all match; also &quot;a phrase&quot;, prefix*, OR, -word,
( ), from: to: cc: subject: body: filename:, has:attachment, is:unread is:read
is:flagged, in:FOLDER, account:NAME, before:/after:YYYY-MM-DD,
older_than:/newer_than:30d (d w m y), larger:/smaller:5M (K M G).
tsv: id, date, folder, from, subject, flags, size, snippet ([matches] marked).</source>
        <translation>Durchsucht das Archiv. Jedes Wort muss vorkommen; auch &quot;Wortgruppe&quot;, präfix*,
OR, -wort, ( ), from: to: cc: subject: body: filename:, has:attachment, is:read
is:unread is:flagged, in:FOLDER, account:NAME, before:/after:JJJJ-MM-TT,
older_than:/newer_than:30d (d w m y), larger:/smaller:5M (K M G).
tsv: ID, Datum, Ordner, Von, Betreff, Flags, Größe, Auszug (mit [Treffern]).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>At most N results (default 50).</source>
        <translation>Höchstens N Ergebnisse (Standard: 50).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skip the first N results (for paging).</source>
        <translation>Die ersten N Ergebnisse überspringen (zum Blättern).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>newest (default) or relevance.</source>
        <translation>newest (Standard) oder relevance.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print only the number of matching messages.</source>
        <translation>Nur die Anzahl der passenden Nachrichten ausgeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave out the extracts (faster).</source>
        <translation>Auszüge weglassen (schneller).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What to search for.</source>
        <translation>Wonach gesucht werden soll.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>usage: search QUERY [options]; see search --help</source>
        <translation>Aufruf: search QUERY [Optionen]; siehe search --help</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--sort must be newest or relevance</source>
        <translation>--sort muss newest oder relevance sein</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Rebuilds the search index from the stored messages (also drops what deleted messages left behind in it).</source>
        <translation>Baut den Suchindex aus den gespeicherten Nachrichten neu auf (und entfernt dabei auch Reste gelöschter Nachrichten daraus).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Report progress on standard error.</source>
        <translation>Fortschritt auf der Standardfehlerausgabe melden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>usage: reindex [--progress]</source>
        <translation>Aufruf: reindex [--progress]</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>indexed %1 of %2</source>
        <translation>%1 von %2 indiziert</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Indexed %n message(s).</source>
        <translation>
            <numerusform>%n Nachricht indiziert.</numerusform>
            <numerusform>%n Nachrichten indiziert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/satchel-cli/transfercommands.cpp" line="+62"/>
        <source>%1 (after %n message(s) were imported)</source>
        <translation>
            <numerusform>%1 (nachdem %n Nachricht importiert wurde)</numerusform>
            <numerusform>%1 (nachdem %n Nachrichten importiert wurden)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Local folder to import into (created when missing).</source>
        <translation>Lokaler Ordner, in den importiert wird (wird bei Bedarf angelegt).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An mbox file (mboxrd).</source>
        <translation>Eine mbox-Datei (mboxrd).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A Maildir folder.</source>
        <translation>Ein Maildir-Ordner.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A message file (repeatable).</source>
        <translation>Eine Nachrichtendatei (mehrfach angebbar).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>usage: import --folder F (--mbox FILE | --maildir DIR | --eml FILE ...)</source>
        <translation>Aufruf: import --folder F (--mbox FILE | --maildir DIR | --eml FILE ...)</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n message(s) imported into %1</source>
        <translation>
            <numerusform>%n Nachricht in %1 importiert</numerusform>
            <numerusform>%n Nachrichten in %1 importiert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Folder to export.</source>
        <translation>Zu exportierender Ordner.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write one mbox file (mboxrd); it must not exist.</source>
        <translation>Eine einzige mbox-Datei schreiben (mboxrd); sie darf noch nicht existieren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write one .eml file per message.</source>
        <translation>Eine .eml-Datei pro Nachricht schreiben.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>usage: export --folder F (--mbox FILE | --eml-dir DIR)</source>
        <translation>Aufruf: export --folder F (--mbox FILE | --eml-dir DIR)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>there is no folder %1</source>
        <translation>es gibt keinen Ordner %1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n message(s) exported</source>
        <translation>
            <numerusform>%n Nachricht exportiert</numerusform>
            <numerusform>%n Nachrichten exportiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <location filename="../ui/errorbanner.cpp" line="+32"/>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>What happened</source>
        <translation>Was ist passiert?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The conversation with the server (passwords are hidden):</source>
        <translation>Die Kommunikation mit dem Server (Passwörter sind unkenntlich gemacht):</translation>
    </message>
</context>
<context>
    <name>FolderTreeModel</name>
    <message>
        <location filename="../ui/foldertreemodel.cpp" line="+212"/>
        <source>All Inboxes</source>
        <translation>Alle Posteingänge</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Archive</source>
        <extracomment>The name of the local folder where archived messages are kept (a noun).</extracomment>
        <translation>Archiv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trash</source>
        <translation>Papierkorb</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local Folders</source>
        <translation>Lokale Ordner</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 unread of %2</source>
        <translation>%1 von %2 ungelesen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+79"/>
        <location line="+365"/>
        <source>Ready</source>
        <extracomment>Status bar: nothing is going on.</extracomment>
        <translation>Bereit</translation>
    </message>
    <message>
        <location line="-353"/>
        <source>Satchel</source>
        <translation>Satchel</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n neue Nachricht</numerusform>
            <numerusform>%n neue Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n message(s) found</source>
        <translation>
            <numerusform>%n Nachricht gefunden</numerusform>
            <numerusform>%n Nachrichten gefunden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&lt;b&gt;No account yet.&lt;/b&gt; Add one with File › Add Account…, which finds the server settings and tests them. Imported mail (File › Import) can be read without an account.</source>
        <translation>&lt;b&gt;Noch kein Konto eingerichtet.&lt;/b&gt; Wählen Sie Datei › Konto hinzufügen…; Satchel ermittelt dann die Servereinstellungen und testet sie. Importierte Nachrichten (Datei › Importieren) können Sie auch ohne Konto lesen.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Opening the archive…</source>
        <translation>Archiv wird geöffnet…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Add &amp;Account…</source>
        <translation>Konto &amp;hinzufügen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account &amp;Settings…</source>
        <translation>Konto&amp;einstellungen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Get Messages</source>
        <translation>Nachrichten &amp;abrufen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check every account for new mail (F5)</source>
        <translation>Neue Nachrichten für alle Konten abrufen (F5)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Stop Checking</source>
        <translation>Abruf abb&amp;rechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark as &amp;Read</source>
        <translation>Als &amp;gelesen markieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark as &amp;Unread</source>
        <translation>Als &amp;ungelesen markieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Flag</source>
        <translation>&amp;Kennzeichnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete &amp;Permanently…</source>
        <translation>&amp;Endgültig löschen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Archive</source>
        <translation>&amp;Archivieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Move to Folder…</source>
        <translation>In Ordner &amp;verschieben…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Copy to Folder…</source>
        <translation>In Ordner k&amp;opieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next Unread</source>
        <translation>&amp;Nächste ungelesene</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+382"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="-379"/>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New Folder…</source>
        <translation>&amp;Neuer Ordner…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rename Folder…</source>
        <translation>Ordner &amp;umbenennen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete Folder…</source>
        <translation>Ordner &amp;löschen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Empty Trash…</source>
        <translation>&amp;Papierkorb leeren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport Selected Messages…</source>
        <translation>Ausgewählte Nachrichten e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;Folder…</source>
        <translation>&amp;Ordner exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Selected as .&amp;eml Files…</source>
        <translation>Ausgewählte als .&amp;eml-Dateien exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import mbox or .eml…</source>
        <translation>mbox oder .eml &amp;importieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import &amp;Maildir…</source>
        <translation>&amp;Maildir importieren…</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Pre&amp;vious Unread</source>
        <translation>Vo&amp;rherige ungelesene</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Satchel</source>
        <translation>Ü&amp;ber Satchel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A&amp;ccount Settings</source>
        <translation>&amp;Kontoeinstellungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Message</source>
        <translation>&amp;Nachricht</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>F&amp;older</source>
        <translation>&amp;Ordner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Main</source>
        <extracomment>The name of the main toolbar (shown in the toolbar&apos;s context menu).</extracomment>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>The mail archive cannot be opened: %1</source>
        <translation>Das Nachrichtenarchiv kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No archive</source>
        <translation>Kein Archiv</translation>
    </message>
    <message>
        <location line="+158"/>
        <location line="+23"/>
        <source>Delete permanently</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message numerus="yes">
        <location line="-22"/>
        <source>Delete %n message(s) permanently? This cannot be undone.</source>
        <translation>
            <numerusform>%n Nachricht endgültig löschen? Dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>%n Nachrichten endgültig löschen? Dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Delete %n message(s) from the Trash permanently? This cannot be undone.</source>
        <translation>
            <numerusform>%n Nachricht endgültig aus dem Papierkorb löschen? Dies kann nicht rückgängig gemacht werden.</numerusform>
            <numerusform>%n Nachrichten endgültig aus dem Papierkorb löschen? Dies kann nicht rückgängig gemacht werden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete</source>
        <extracomment>Names the step in &quot;Undo %1&quot; (a verb, as in the Edit menu&apos;s &quot;Undo Delete&quot;).</extracomment>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1: %n message(s). Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%1: %n Nachricht. Rückgängig mit Strg+Z.</numerusform>
            <numerusform>%1: %n Nachrichten. Rückgängig mit Strg+Z.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Archive</source>
        <extracomment>Names the step in &quot;Undo %1&quot; (a verb: &quot;Undo Archive&quot;).</extracomment>
        <translation>Archivieren</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Copy to folder</source>
        <translation>In Ordner kopieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move to folder</source>
        <translation>In Ordner verschieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Move</source>
        <extracomment>Names the step in &quot;Undo %1&quot; (a verb: &quot;Undo Move&quot;).</extracomment>
        <translation>Verschieben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New folder</source>
        <translation>Neuer Ordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the new folder in Local Folders:</source>
        <translation>Name des neuen Ordners unter „Lokale Ordner“:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rename folder</source>
        <translation>Ordner umbenennen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete folder</source>
        <translation>Ordner löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the folder &quot;%1&quot;? Its messages go to the Trash.</source>
        <translation>Den Ordner „%1“ löschen? Seine Nachrichten werden in den Papierkorb verschoben.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Empty Trash</source>
        <translation>Papierkorb leeren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete every message in the Trash permanently?</source>
        <translation>Alle Nachrichten im Papierkorb endgültig löschen?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export to mbox</source>
        <translation>Als mbox exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mailbox files (*.mbox);;All files (*)</source>
        <translation>Mailbox-Dateien (*.mbox);;Alle Dateien (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <location line="+12"/>
        <source>Exporting %n message(s)…</source>
        <translation>
            <numerusform>%n Nachricht wird exportiert…</numerusform>
            <numerusform>%n Nachrichten werden exportiert…</numerusform>
        </translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Export as .eml files into</source>
        <translation>Zielordner für den Export als .eml-Dateien</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import a Maildir folder (the one holding cur and new)</source>
        <translation>Maildir-Ordner importieren (den Ordner, der cur und new enthält)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+14"/>
        <source>Importing %1 into Local Folders/%1…</source>
        <translation>%1 wird nach „Lokale Ordner/%1“ importiert…</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Import mail</source>
        <translation>Nachrichten importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mailbox files (*.mbox *.mbx *.mbs);;Message files (*.eml);;All files (*)</source>
        <translation>Mailbox-Dateien (*.mbox *.mbx *.mbs);;Nachrichtendateien (*.eml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>About Satchel</source>
        <translation>Über Satchel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Satchel %1&lt;/h3&gt;&lt;p&gt;A POP3 mail client for reading your mail offline on one computer.&lt;/p&gt;&lt;p&gt;Profile: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Satchel %1&lt;/h3&gt;&lt;p&gt;Ein POP3-E-Mail-Programm, mit dem Sie Ihre Nachrichten offline auf einem Computer lesen.&lt;/p&gt;&lt;p&gt;Profil: %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MessageListModel</name>
    <message>
        <location filename="../ui/messagelistmodel.cpp" line="+279"/>
        <source>Unread</source>
        <extracomment>Tooltip of the read/unread column: the message&apos;s state (adjective).</extracomment>
        <translation>Ungelesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+122"/>
        <source>Flagged</source>
        <translation>Gekennzeichnet</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>Not flagged</source>
        <translation>Nicht gekennzeichnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Has attachments</source>
        <translation>Mit Anhängen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No attachments</source>
        <translation>Ohne Anhänge</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Today %1</source>
        <translation>Heute %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yesterday %1</source>
        <translation>Gestern %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+23"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Size</source>
        <extracomment>Column header: the message&apos;s size in bytes.</extracomment>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Read or unread</source>
        <translation>Gelesen oder ungelesen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date sent</source>
        <translation>Sendedatum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size of the message</source>
        <translation>Größe der Nachricht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder the message is in</source>
        <translation>Ordner, in dem die Nachricht liegt</translation>
    </message>
</context>
<context>
    <name>MessageSourceDialog</name>
    <message>
        <location filename="../ui/messagesourcedialog.cpp" line="+19"/>
        <source>Message Source</source>
        <translation>Quelltext der Nachricht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message Source – %1</source>
        <translation>Quelltext der Nachricht – %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This message is %1; only its first %2 are shown.</source>
        <translation>Diese Nachricht ist %1 groß; nur die ersten %2 werden angezeigt.</translation>
    </message>
</context>
<context>
    <name>Mime::AttachmentSaver</name>
    <message>
        <location filename="../core/mime/attachmentsaver.cpp" line="+65"/>
        <source>No folder was chosen to save the attachment in.</source>
        <translation>Es wurde kein Ordner zum Speichern des Anhangs gewählt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder “%1” does not exist.</source>
        <translation>Der Ordner „%1“ existiert nicht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is not a folder.</source>
        <translation>„%1“ ist kein Ordner.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There are too many files named “%1” in the folder “%2”. Choose another folder.</source>
        <translation>Im Ordner „%2“ gibt es zu viele Dateien namens „%1“. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot save files in the folder “%1”: %2. Check that the folder is writable.</source>
        <translation>Im Ordner „%1“ können keine Dateien gespeichert werden: %2. Prüfen Sie, ob der Ordner beschreibbar ist.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not write “%1”: %2. The disk may be full.</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2. Möglicherweise ist der Datenträger voll.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” was changed by another program while it was being saved. Check the folder “%2”.</source>
        <translation>„%1“ wurde während des Speicherns von einem anderen Programm geändert. Prüfen Sie den Ordner „%2“.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not save “%1”: %2.</source>
        <translation>„%1“ konnte nicht gespeichert werden: %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not save “%1” because other programs keep creating files with the same name in the folder “%2”.</source>
        <translation>„%1“ konnte nicht gespeichert werden, weil andere Programme im Ordner „%2“ ständig Dateien mit demselben Namen anlegen.</translation>
    </message>
</context>
<context>
    <name>Mime::MessageParser</name>
    <message>
        <location filename="../core/mime/messageparser.cpp" line="+259"/>
        <source>Parts nested too deeply are not shown.</source>
        <translation>Zu tief verschachtelte Teile werden nicht angezeigt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This message has too many parts; only the first %1 are shown.</source>
        <translation>Diese Nachricht hat zu viele Teile; nur die ersten %1 werden angezeigt.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+116"/>
        <location line="+71"/>
        <source>This message is encrypted. Satchel cannot decrypt it.</source>
        <translation>Diese Nachricht ist verschlüsselt. Satchel kann sie nicht entschlüsseln.</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>A forwarded message is too large to show; it is kept as an attachment.</source>
        <translation>Eine weitergeleitete Nachricht ist zu groß für die Anzeige; sie bleibt als Anhang erhalten.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>This message is signed in a form Satchel cannot show (S/MIME opaque signature).</source>
        <translation>Diese Nachricht ist in einer Form signiert, die Satchel nicht anzeigen kann (S/MIME mit opaker Signatur).</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Part of the text is too long and is not shown in full.</source>
        <translation>Ein Teil des Textes ist zu lang und wird nicht vollständig angezeigt.</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>This message could not be understood; it is shown as raw text.</source>
        <translation>Diese Nachricht konnte nicht interpretiert werden; sie wird als Rohtext angezeigt.</translation>
    </message>
</context>
<context>
    <name>OAuthTokenSource</name>
    <message>
        <location filename="../ui/oauthtokensource.cpp" line="+36"/>
        <source>Signing in to %1 was cancelled.</source>
        <translation>Die Anmeldung bei %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Satchel is already signing in to %1.</source>
        <translation>Satchel meldet sich bereits bei %1 an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Satchel can sign in with OAuth2 only to Gmail and Microsoft 365; %1 is neither. Choose another authentication in the account settings.</source>
        <translation>Satchel kann sich per OAuth2 nur bei Gmail und Microsoft 365 anmelden; %1 gehört zu keinem davon. Wählen Sie in den Kontoeinstellungen eine andere Authentifizierung.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 was not checked: Satchel needs you to sign in with %2. Choose Get Messages to sign in.</source>
        <translation>%1 wurde nicht abgerufen: Satchel benötigt Ihre Anmeldung bei %2. Wählen Sie „Nachrichten abrufen“, um sich anzumelden.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Signing in with %1 did not work: %2</source>
        <translation>Die Anmeldung bei %1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../ui/passworddialog.cpp" line="+15"/>
        <source>Password for %1</source>
        <translation>Passwort für %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password for %1 on %2:</source>
        <translation>Passwort für %1 auf %2:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Remember it in the system keychain</source>
        <translation>Im &amp;Schlüsselbund des Systems speichern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No keychain is available, so Satchel keeps the password only until it quits.</source>
        <translation>Es ist kein Schlüsselbund verfügbar; Satchel behält das Passwort daher nur bis zum Beenden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Remember it in my profile (stored unencrypted)</source>
        <translation>In meinem Profil &amp;speichern (unverschlüsselt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anyone who can read your files, or a backup of them, can read a password remembered this way.</source>
        <translation>Wer Ihre Dateien oder eine Sicherung davon lesen kann, kann ein so gespeichertes Passwort lesen.</translation>
    </message>
</context>
<context>
    <name>Pop3::Error</name>
    <message>
        <location filename="../core/pop3/pop3error.cpp" line="+21"/>
        <source>The mail server&apos;s name could not be found. Check the server name and your network connection.</source>
        <translation>Der Name des Mailservers wurde nicht gefunden. Prüfen Sie den Servernamen und Ihre Netzwerkverbindung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The mail server refused the connection. Check the server name and port.</source>
        <translation>Der Mailserver hat die Verbindung abgelehnt. Prüfen Sie Servername und Port.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not connect to the mail server.</source>
        <translation>Es konnte keine Verbindung zum Mailserver hergestellt werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection to the mail server was lost. Nothing was deleted on the server; the next check continues where this one stopped.</source>
        <translation>Die Verbindung zum Mailserver wurde unterbrochen. Auf dem Server wurde nichts gelöscht; der nächste Abruf macht dort weiter, wo dieser aufgehört hat.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The mail server did not answer in time.</source>
        <translation>Der Mailserver hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A secure (TLS) connection to the mail server could not be established.</source>
        <translation>Es konnte keine sichere (TLS-)Verbindung zum Mailserver aufgebaut werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The mail server&apos;s certificate could not be verified, so nothing was sent to it. Someone may be impersonating the server.</source>
        <translation>Das Zertifikat des Mailservers konnte nicht überprüft werden, daher wurde nichts an ihn gesendet. Möglicherweise gibt sich jemand als dieser Server aus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server does not offer STARTTLS, which this account requires. Satchel will not send your mail or password unencrypted.</source>
        <translation>Der Server bietet kein STARTTLS an, obwohl dieses Konto es voraussetzt. Satchel überträgt weder Ihre Nachrichten noch Ihr Passwort unverschlüsselt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server refused to start an encrypted (STARTTLS) connection. Satchel will not continue unencrypted.</source>
        <translation>Der Server hat den Aufbau einer verschlüsselten Verbindung (STARTTLS) abgelehnt. Satchel fährt nicht unverschlüsselt fort.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server sent unexpected data while switching to encryption. This can be an attack on the connection, so Satchel stopped.</source>
        <translation>Der Server hat beim Wechsel zur Verschlüsselung unerwartete Daten gesendet. Das kann ein Angriff auf die Verbindung sein, daher hat Satchel abgebrochen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The mail server is not accepting connections right now.</source>
        <translation>Der Mailserver nimmt derzeit keine Verbindungen an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your password would be sent unencrypted. Enable encryption for this account, or explicitly allow unencrypted passwords in its settings.</source>
        <translation>Ihr Passwort würde unverschlüsselt gesendet. Aktivieren Sie die Verschlüsselung für dieses Konto oder erlauben Sie in seinen Einstellungen ausdrücklich unverschlüsselte Passwörter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server offers no sign-in method this account allows. Try another authentication method in the account settings.</source>
        <translation>Der Server bietet keine Anmeldemethode an, die dieses Konto zulässt. Wählen Sie in den Kontoeinstellungen eine andere Authentifizierungsmethode.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The user name or password contains characters that cannot be sent.</source>
        <translation>Benutzername oder Passwort enthält Zeichen, die nicht gesendet werden können.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server did not accept the user name or password.</source>
        <translation>Der Server hat Benutzername oder Passwort nicht akzeptiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mailbox is in use by another program. Satchel will try again later.</source>
        <translation>Das Postfach wird von einem anderen Programm verwendet. Satchel versucht es später erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server asks to wait longer between checks for mail.</source>
        <translation>Der Server verlangt längere Pausen zwischen den Abrufen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mail server has a temporary problem. Satchel will try again later.</source>
        <translation>Der Mailserver hat ein vorübergehendes Problem. Satchel versucht es später erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The mail server reported a permanent problem with this mailbox.</source>
        <translation>Der Mailserver hat ein dauerhaftes Problem mit diesem Postfach gemeldet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mail server could not carry out a request.</source>
        <translation>Der Mailserver konnte eine Anfrage nicht ausführen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mail server sent something Satchel does not understand, so the connection was closed.</source>
        <translation>Der Mailserver hat etwas gesendet, das Satchel nicht versteht; die Verbindung wurde daher geschlossen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A message could not be saved on this computer, so the check was stopped. Nothing was deleted on the server.</source>
        <translation>Eine Nachricht konnte nicht auf diesem Computer gespeichert werden; der Abruf wurde daher angehalten. Auf dem Server wurde nichts gelöscht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server cannot do what this account&apos;s settings need.</source>
        <translation>Der Server unterstützt nicht, was die Einstellungen dieses Kontos erfordern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled. Nothing was deleted on the server.</source>
        <translation>Abgebrochen. Auf dem Server wurde nichts gelöscht.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The server said: “%1”</source>
        <translation>Der Server meldete: „%1“</translation>
    </message>
</context>
<context>
    <name>ReadingPane</name>
    <message>
        <location filename="../ui/readingpane.cpp" line="+58"/>
        <source>View &amp;Source</source>
        <translation>&amp;Quelltext anzeigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the message as it was received (Ctrl+U)</source>
        <translation>Die Nachricht so anzeigen, wie sie empfangen wurde (Strg+U)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No message selected</source>
        <translation>Keine Nachricht ausgewählt</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>The account keeps messages on the server for a while after downloading them.</source>
        <translation>Das Konto belässt Nachrichten nach dem Herunterladen noch eine Zeit lang auf dem Server.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To:</source>
        <translation>An:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cc:</source>
        <translation>Kopie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date:</source>
        <translation>Datum:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>H&amp;TML</source>
        <translation>HT&amp;ML</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the message as the sender formatted it</source>
        <translation>Die Nachricht so anzeigen, wie der Absender sie formatiert hat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P&amp;lain Text</source>
        <translation>Nur &amp;Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the message as plain text</source>
        <translation>Die Nachricht als reinen Text anzeigen</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Loa&amp;d</source>
        <translation>&amp;Laden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load the remote images of this message. The sender may learn that you opened it.</source>
        <translation>Die externen Bilder dieser Nachricht laden. Der Absender kann dadurch erfahren, dass Sie sie geöffnet haben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Al&amp;ways for This Sender</source>
        <translation>&amp;Immer für diesen Absender</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (received; the message has no valid date)</source>
        <translation>%1 (Empfangszeit; die Nachricht hat kein gültiges Datum)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>As sent: %1</source>
        <translation>Wie gesendet: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>%n more</source>
        <translation>
            <numerusform>%n weitere</numerusform>
            <numerusform>%n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>%n remote image(s) blocked</source>
        <translation>
            <numerusform>%n externes Bild blockiert</numerusform>
            <numerusform>%n externe Bilder blockiert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Satchel did not load them, so the sender cannot tell that you opened the message.</source>
        <translation>Satchel hat sie nicht geladen; der Absender kann daher nicht feststellen, dass Sie die Nachricht geöffnet haben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From: %1</source>
        <translation>Von: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Always load remote images in messages from %1</source>
        <translation>Externe Bilder in Nachrichten von %1 immer laden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only the headers of this message were downloaded.</source>
        <translation>Von dieser Nachricht wurden nur die Kopfzeilen heruntergeladen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This message has no text.</source>
        <translation>Diese Nachricht enthält keinen Text.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The message is too long to show in full.</source>
        <translation>Die Nachricht ist zu lang, um vollständig angezeigt zu werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The message is signed; Satchel does not check signatures.</source>
        <translation>Die Nachricht ist signiert; Satchel prüft keine Signaturen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Leaves the server at the next check for new mail</source>
        <translation>Wird beim nächsten Abruf vom Server entfernt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leaves the server on %1</source>
        <translation>Wird am %1 vom Server entfernt</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy &amp;All</source>
        <translation>All&amp;es kopieren</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Copy &amp;Address</source>
        <translation>A&amp;dresse kopieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy &amp;Name and Address</source>
        <translation>&amp;Name und Adresse kopieren</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1, %2</source>
        <extracomment>A message&apos;s date: %1 is the date (long format), %2 the time of day.</extracomment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>RetentionSettingsForm</name>
    <message>
        <location filename="../ui/retentionsettingsform.cpp" line="+11"/>
        <source>&amp;Leave messages on the server</source>
        <translation>Nachrichten auf dem Server bel&amp;assen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;For at most</source>
        <translation>&amp;Höchstens</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source> day(s)</source>
        <extracomment>Spin box suffix after a number of days; keep the leading space.</extracomment>
        <translation>
            <numerusform> Tag</numerusform>
            <numerusform> Tage</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Delete from the server when I delete them here</source>
        <translation>Vom Server &amp;löschen, wenn ich sie hier lösche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download only the headers of messages larger than</source>
        <translation>Nur Kopfzeilen herunterladen bei Nachrichten über</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> KiB</source>
        <extracomment>Spin box suffix after a size in kibibytes; keep the leading space.</extracomment>
        <translation> KiB</translation>
    </message>
</context>
<context>
    <name>Search::QueryCompiler</name>
    <message>
        <location filename="../core/search/querycompiler.cpp" line="+115"/>
        <source>There is nothing to search for in this query: it has no letters or digits.</source>
        <translation>Diese Suchanfrage enthält keine Buchstaben oder Ziffern, nach denen gesucht werden könnte.</translation>
    </message>
    <message>
        <location line="+207"/>
        <source>There is no folder &quot;%1&quot; (in: takes a folder as &quot;satchel-cli folders&quot; lists it, or its name).</source>
        <translation>Es gibt keinen Ordner „%1“ (in: erwartet einen Ordner so, wie „satchel-cli folders“ ihn auflistet, oder seinen Namen).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>There is no account &quot;%1&quot;.</source>
        <translation>Es gibt kein Konto „%1“.</translation>
    </message>
</context>
<context>
    <name>Search::QueryParser</name>
    <message>
        <location filename="../core/search/queryparser.cpp" line="+358"/>
        <source>This search has too many words and filters (more than %1). Remove some and try again.</source>
        <translation>Diese Suche enthält zu viele Wörter und Filter (mehr als %1). Entfernen Sie einige und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>“%1:” needs a word right after the colon, for example %2.</source>
        <translation>„%1:“ braucht direkt nach dem Doppelpunkt ein Wort, zum Beispiel %2.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>“%1:” needs a value right after the colon, for example %2.</source>
        <translation>„%1:“ braucht direkt nach dem Doppelpunkt einen Wert, zum Beispiel %2.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“%1” is not something has: can look for. Use has:attachment.</source>
        <translation>Nach „%1“ kann has: nicht suchen. Verwenden Sie has:attachment.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” is not something is: can look for. Use is:unread, is:read or is:flagged.</source>
        <translation>Nach „%1“ kann is: nicht suchen. Verwenden Sie is:unread, is:read oder is:flagged.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“%1” is not a date %2: understands. Write it as YYYY-MM-DD or YYYY/MM/DD, for example %3.</source>
        <translation>„%1“ ist kein Datum, das %2: versteht. Schreiben Sie es als JJJJ-MM-TT oder JJJJ/MM/TT, zum Beispiel %3.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+19"/>
        <source>“%1” is too large a number for %2:.</source>
        <translation>„%1“ ist eine zu große Zahl für %2:.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>“%1” is not an age %2: understands. Write a number followed by d (days), w (weeks), m (months) or y (years), for example %3.</source>
        <translation>„%1“ ist keine Altersangabe, die %2: versteht. Schreiben Sie eine Zahl, gefolgt von d (Tage), w (Wochen), m (Monate) oder y (Jahre), zum Beispiel %3.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>“%1” is not a size %2: understands. Write a number of bytes, or a number followed by K, M or G, for example %3.</source>
        <translation>„%1“ ist keine Größenangabe, die %2: versteht. Schreiben Sie eine Anzahl Bytes oder eine Zahl, gefolgt von K, M oder G, zum Beispiel %3.</translation>
    </message>
    <message>
        <location line="+179"/>
        <source>This search is nested too deeply at “%1” (more than %2 levels of parentheses and NOT). Simplify it and try again.</source>
        <translation>Diese Suche ist bei „%1“ zu tief verschachtelt (mehr als %2 Ebenen aus Klammern und NOT). Vereinfachen Sie sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>“%1” needs something to search for on both sides.</source>
        <translation>„%1“ braucht auf beiden Seiten einen Suchbegriff.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” needs something to leave out right after it.</source>
        <translation>„%1“ braucht direkt dahinter etwas, das ausgeschlossen werden soll.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is nothing to search for inside “%1)”.</source>
        <translation>In „%1)“ steht nichts, wonach gesucht werden kann.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+101"/>
        <source>This “%1” is never closed.</source>
        <translation>Zu „%1“ fehlt die schließende Klammer.</translation>
    </message>
    <message>
        <location line="-95"/>
        <location line="+13"/>
        <source>This “)” has no matching “(”.</source>
        <translation>Zu dieser „)“ fehlt die passende „(“.</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+130"/>
        <source>Type something to search for.</source>
        <translation>Geben Sie einen Suchbegriff ein.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>This search is too long (more than %1 characters). Shorten it and try again.</source>
        <translation>Diese Suche ist zu lang (mehr als %1 Zeichen). Kürzen Sie sie und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>Search::Searcher</name>
    <message>
        <location filename="../core/search/searcher.cpp" line="+54"/>
        <location line="+85"/>
        <location line="+10"/>
        <source>Cannot search the archive: %1</source>
        <translation>Das Archiv kann nicht durchsucht werden: %1</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../ui/searchfield.cpp" line="+9"/>
        <source>Search all mail (from:ann has:attachment &quot;a phrase&quot; …)</source>
        <translation>Alle Nachrichten durchsuchen (from:ann has:attachment &quot;eine Wortgruppe&quot; …)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Words must all match. Also: &quot;exact phrase&quot;, prefix*, OR, -word, from:, to:, subject:, body:, filename:, has:attachment, is:unread, in:FOLDER, before:/after:YYYY-MM-DD, older_than:30d, larger:5M</source>
        <translation>Alle Wörter müssen vorkommen. Außerdem: &quot;genaue Wortgruppe&quot;, präfix*, OR, -wort, from:, to:, subject:, body:, filename:, has:attachment, is:unread, in:ORDNER, before:/after:JJJJ-MM-TT, older_than:30d, larger:5M</translation>
    </message>
</context>
<context>
    <name>ServerSettingsForm</name>
    <message>
        <location filename="../ui/serversettingsform.cpp" line="+23"/>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without encryption, your password and your mail cross the network readable by anyone on the way.</source>
        <translation>Ohne Verschlüsselung gehen Ihr Passwort und Ihre Nachrichten im Klartext über das Netz – lesbar für jeden auf dem Weg.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Allo&amp;w sending my password unencrypted</source>
        <translation>Unverschlüsseltes Sen&amp;den meines Passworts erlauben</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ser&amp;ver:</source>
        <translation>Se&amp;rver:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;ort:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Securit&amp;y:</source>
        <translation>&amp;Verbindungssicherheit:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Au&amp;thentication:</source>
        <translation>Au&amp;thentifizierung:</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Normal password</source>
        <translation>Normales Passwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypted password (CRAM-MD5/APOP)</source>
        <translation>Verschlüsseltes Passwort (CRAM-MD5/APOP)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OAuth2</source>
        <translation>OAuth2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;User name:</source>
        <translation>Ben&amp;utzername:</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="+18"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> min</source>
        <extracomment>Spin box suffix after a number of minutes; keep the leading space.</extracomment>
        <translation> Min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only when I ask</source>
        <translation>Nur manuell</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> s</source>
        <extracomment>Spin box suffix after a number of seconds; keep the leading space.</extracomment>
        <translation> Sek.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never automatically</source>
        <translation>Nie automatisch</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Block, and ask for each message</source>
        <translation>Blockieren und bei jeder Nachricht nachfragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always load</source>
        <translation>Immer laden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Classic (list above the message)</source>
        <translation>Klassisch (Liste über der Nachricht)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wide (list beside the message)</source>
        <translation>Breit (Liste neben der Nachricht)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Check for new mail every:</source>
        <translation>Neue Nachrichten abrufen alle:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark a message read after:</source>
        <translation>Nachricht als gelesen markieren nach:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remote images and styles:</source>
        <translation>Externe Bilder und Stile:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layout:</source>
        <translation>Layout:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language is used the next time Satchel starts.</source>
        <translation>Eine neue Sprache wird ab dem nächsten Start von Satchel verwendet.</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <location filename="../ui/singleinstance.cpp" line="+39"/>
        <source>Satchel is already open on this profile; its window was brought to the front.</source>
        <translation>Satchel ist mit diesem Profil bereits geöffnet; sein Fenster wurde in den Vordergrund geholt.</translation>
    </message>
</context>
<context>
    <name>Store::ArchiveRecovery</name>
    <message>
        <location filename="../core/store/archiverecovery.cpp" line="+107"/>
        <source>Cannot write the recovered archive: %1 (%2)</source>
        <translation>Das wiederhergestellte Archiv kann nicht geschrieben werden: %1 (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no archive to recover in %1.</source>
        <translation>In %1 gibt es kein Archiv, das wiederhergestellt werden könnte.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot open the damaged archive %1: %2</source>
        <translation>Das beschädigte Archiv %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing can be read from %1: its list of tables is damaged (%2).</source>
        <translation>Aus %1 kann nichts gelesen werden: Die Liste der Tabellen ist beschädigt (%2).</translation>
    </message>
    <message>
        <location line="+259"/>
        <source>Cannot clear %1.</source>
        <translation>%1 kann nicht geleert werden.</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+84"/>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>The recovered archive has references to missing rows.</source>
        <translation>Das wiederhergestellte Archiv enthält Verweise auf fehlende Zeilen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The recovered archive does not pass the check: %1</source>
        <translation>Das wiederhergestellte Archiv besteht die Prüfung nicht: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no recovered archive in %1.</source>
        <translation>In %1 gibt es kein wiederhergestelltes Archiv.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cannot rename %1 to %2.</source>
        <translation>%1 kann nicht in %2 umbenannt werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot move %1 to %2.</source>
        <translation>%1 kann nicht nach %2 verschoben werden.</translation>
    </message>
</context>
<context>
    <name>Store::ArchiveService</name>
    <message>
        <location filename="../core/store/archiveservice.cpp" line="+68"/>
        <source>The mail archive is damaged (%1). Satchel shows what it can still read. Copy the profile folder somewhere safe before anything else; then Recover… keeps every readable message (`satchel-cli check` lists the problems).</source>
        <translation>Das Nachrichtenarchiv ist beschädigt (%1). Satchel zeigt an, was noch lesbar ist. Kopieren Sie zuallererst den Profilordner an einen sicheren Ort; anschließend rettet „Wiederherstellen…“ alle lesbaren Nachrichten (`satchel-cli check` listet die Probleme auf).</translation>
    </message>
</context>
<context>
    <name>Store::CertificatePins</name>
    <message>
        <location filename="../core/store/certificatepins.cpp" line="+55"/>
        <source>Cannot read the accepted certificates: %1</source>
        <translation>Die akzeptierten Zertifikate können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cannot change the accepted certificates: %1</source>
        <translation>Die akzeptierten Zertifikate können nicht geändert werden: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A certificate without a server or fingerprint cannot be accepted.</source>
        <translation>Ein Zertifikat ohne Server oder Fingerabdruck kann nicht akzeptiert werden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot save the accepted certificate for %1:%2: %3</source>
        <translation>Das akzeptierte Zertifikat für %1:%2 kann nicht gespeichert werden: %3</translation>
    </message>
</context>
<context>
    <name>Store::Database</name>
    <message>
        <location filename="../core/store/database.cpp" line="+117"/>
        <source>Cannot create the profile folder %1.</source>
        <translation>Der Profilordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot create the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot open the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The database %1 cannot be read: %2</source>
        <translation>Die Datenbank %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database %1 was written by a newer version of Satchel (schema %2; this version knows %3). It was not changed.</source>
        <translation>Die Datenbank %1 wurde von einer neueren Version von Satchel geschrieben (Schema %2; diese Version kennt %3). Sie wurde nicht verändert.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Cannot update the database: %1</source>
        <translation>Die Datenbank kann nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Database error: %1 (%2)</source>
        <translation>Datenbankfehler: %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>the archive is locked by another program (another Satchel window or satchel-cli, or a tool that opened satchel.sqlite) and stayed locked for %n second(s); try again when it is done</source>
        <translation>
            <numerusform>das Archiv ist durch ein anderes Programm gesperrt (ein anderes Satchel-Fenster, satchel-cli oder ein Werkzeug, das satchel.sqlite geöffnet hat) und blieb %n Sekunde lang gesperrt; versuchen Sie es erneut, wenn dieses fertig ist</numerusform>
            <numerusform>das Archiv ist durch ein anderes Programm gesperrt (ein anderes Satchel-Fenster, satchel-cli oder ein Werkzeug, das satchel.sqlite geöffnet hat) und blieb %n Sekunden lang gesperrt; versuchen Sie es erneut, wenn dieses fertig ist</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Store::Eml</name>
    <message>
        <location filename="../core/store/emlfiles.cpp" line="+45"/>
        <source>“%1” cannot be used as a file name.</source>
        <translation>„%1“ kann nicht als Dateiname verwendet werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The folder “%1” does not exist.</source>
        <translation>Der Ordner „%1“ existiert nicht.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot create the file “%1”: %2</source>
        <translation>Die Datei „%1“ kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot write the file “%1”: %2</source>
        <translation>Die Datei „%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The file “%1” is larger than %2 bytes.</source>
        <translation>Die Datei „%1“ ist größer als %2 Bytes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is not a file that can be read.</source>
        <translation>„%1“ ist keine lesbare Datei.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot open the file “%1”: %2</source>
        <translation>Die Datei „%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot read the file “%1”: %2</source>
        <translation>Die Datei „%1“ kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Store::MailTransfer</name>
    <message numerus="yes">
        <location filename="../core/store/mailtransfer.cpp" line="+61"/>
        <source>%1 (after %n message(s) were imported)</source>
        <translation>
            <numerusform>%1 (nachdem %n Nachricht importiert wurde)</numerusform>
            <numerusform>%1 (nachdem %n Nachrichten importiert wurden)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>Store::Maildir</name>
    <message>
        <location filename="../core/store/maildirreader.cpp" line="+35"/>
        <source>The folder “%1” does not exist.</source>
        <translation>Der Ordner „%1“ existiert nicht.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” is not a Maildir folder: it has no “cur” and “new” subfolders.</source>
        <translation>„%1“ ist kein Maildir-Ordner: Die Unterordner „cur“ und „new“ fehlen.</translation>
    </message>
</context>
<context>
    <name>Store::Mbox</name>
    <message>
        <location filename="../core/store/mboxreader.cpp" line="+81"/>
        <source>Cannot open the mbox file “%1”: %2</source>
        <translation>Die mbox-Datei „%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot read the mbox file “%1”: %2</source>
        <translation>Die mbox-Datei „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The mbox file “%1” has a line longer than %2 bytes at byte %3.</source>
        <translation>Die mbox-Datei „%1“ enthält bei Byte %3 eine Zeile, die länger als %2 Bytes ist.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>“%1” is not an mbox file: it does not begin with a “From ” line.</source>
        <translation>„%1“ ist keine mbox-Datei, denn sie beginnt nicht mit einer „From “-Zeile.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../core/store/mboxwriter.cpp" line="+141"/>
        <location line="+15"/>
        <source>The mbox file “%1” is not open.</source>
        <translation>Die mbox-Datei „%1“ ist nicht geöffnet.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The mbox file “%1” has a message larger than %2 bytes at byte %3.</source>
        <translation>Die mbox-Datei „%1“ enthält bei Byte %3 eine Nachricht, die größer als %2 Bytes ist.</translation>
    </message>
    <message>
        <location filename="../core/store/mboxwriter.cpp" line="-79"/>
        <source>The mbox file “%1” is already open.</source>
        <translation>Die mbox-Datei „%1“ ist bereits geöffnet.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot create the mbox file “%1”: %2</source>
        <translation>Die mbox-Datei „%1“ kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot write to the mbox file “%1”: %2</source>
        <translation>In die mbox-Datei „%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Cannot save the mbox file “%1”: %2</source>
        <translation>Die mbox-Datei „%1“ kann nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>Store::MessageStore</name>
    <message>
        <location filename="../core/store/messagestorefolders.cpp" line="+44"/>
        <location line="+118"/>
        <source>Cannot create the folder %1: %2</source>
        <translation>Der Ordner %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+34"/>
        <source>&quot;%1&quot; is not a folder name (names cannot contain &quot;/&quot;).</source>
        <translation>„%1“ ist kein gültiger Ordnername (Namen dürfen kein „/“ enthalten).</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>There is no folder %1.</source>
        <translation>Es gibt keinen Ordner %1.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cannot rename the folder: %1</source>
        <translation>Der Ordner kann nicht umbenannt werden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only folders you made can be renamed.</source>
        <translation>Nur selbst angelegte Ordner können umbenannt werden.</translation>
    </message>
    <message>
        <location filename="../core/store/messagestore.cpp" line="+286"/>
        <location line="+6"/>
        <location line="+85"/>
        <location line="+46"/>
        <location line="+49"/>
        <location line="+44"/>
        <location filename="../core/store/messagestoreaccounts.cpp" line="+101"/>
        <location line="+6"/>
        <location line="+113"/>
        <location filename="../core/store/messagestorefolders.cpp" line="+10"/>
        <location filename="../core/store/messagestoreledger.cpp" line="+50"/>
        <location line="+18"/>
        <source>Cannot write to the database: %1</source>
        <translation>In die Datenbank kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../core/store/messagestorefolders.cpp" line="+11"/>
        <location line="+5"/>
        <source>Cannot delete the folder: %1</source>
        <translation>Der Ordner kann nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Only folders you made can be deleted.</source>
        <translation>Nur selbst angelegte Ordner können gelöscht werden.</translation>
    </message>
    <message>
        <location filename="../core/store/messagestore.cpp" line="-457"/>
        <location line="+54"/>
        <location line="+5"/>
        <location line="+8"/>
        <location line="+31"/>
        <location line="+15"/>
        <location line="+29"/>
        <location line="+5"/>
        <location line="+61"/>
        <location line="+8"/>
        <location line="+178"/>
        <location line="+4"/>
        <location line="+4"/>
        <location line="+2"/>
        <source>Cannot save the message: %1</source>
        <translation>Die Nachricht kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="-314"/>
        <source>The account has no Inbox.</source>
        <translation>Das Konto hat keinen Posteingang.</translation>
    </message>
    <message>
        <location line="+73"/>
        <location line="+20"/>
        <location line="+7"/>
        <source>Cannot save messages: %1</source>
        <translation>Nachrichten können nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Cannot move the message: %1</source>
        <translation>Die Nachricht kann nicht verschoben werden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <location line="+126"/>
        <source>There is no message %1.</source>
        <translation>Es gibt keine Nachricht %1.</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Cannot delete the message: %1</source>
        <translation>Die Nachricht kann nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Message %1 is not stored as headers only.</source>
        <translation>Nachricht %1 ist nicht nur mit Kopfzeilen gespeichert.</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+3"/>
        <source>Cannot change the message: %1</source>
        <translation>Die Nachricht kann nicht geändert werden: %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+6"/>
        <source>Cannot empty the Trash: %1</source>
        <translation>Der Papierkorb kann nicht geleert werden: %1</translation>
    </message>
    <message>
        <location filename="../core/store/messagestoreaccounts.cpp" line="-169"/>
        <location line="+13"/>
        <location line="+10"/>
        <location line="+6"/>
        <location line="+5"/>
        <location line="+5"/>
        <source>Cannot add the account %1: %2</source>
        <translation>Das Konto %1 kann nicht hinzugefügt werden: %2</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Cannot change the account %1: %2</source>
        <translation>Das Konto %1 kann nicht geändert werden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+39"/>
        <source>There is no account named %1.</source>
        <translation>Es gibt kein Konto namens %1.</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>An account name must not be empty or contain &quot;/&quot;.</source>
        <translation>Ein Kontoname darf nicht leer sein und kein „/“ enthalten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is already an account named %1.</source>
        <translation>Es gibt bereits ein Konto namens %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot rename the account: %1</source>
        <translation>Das Konto kann nicht umbenannt werden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no account %1.</source>
        <translation>Es gibt kein Konto %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot remove the account %1: %2</source>
        <translation>Das Konto %1 kann nicht entfernt werden: %2</translation>
    </message>
</context>
<context>
    <name>Store::PasswordFile</name>
    <message>
        <location filename="../core/store/passwordfile.cpp" line="+36"/>
        <source>Cannot read the stored passwords in %1: %2</source>
        <translation>Die gespeicherten Passwörter in %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is too large</source>
        <translation>die Datei ist zu groß</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The stored passwords in %1 are damaged; enter the passwords again.</source>
        <translation>Die gespeicherten Passwörter in %1 sind beschädigt; geben Sie die Passwörter erneut ein.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Cannot remove %1.</source>
        <translation>%1 kann nicht entfernt werden.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot save the stored passwords in %1: %2</source>
        <translation>Die gespeicherten Passwörter in %1 können nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>Store::SearchIndex</name>
    <message>
        <location filename="../core/store/searchindex.cpp" line="+90"/>
        <source>Cannot read the search index: %1</source>
        <translation>Der Suchindex kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+8"/>
        <source>Cannot update the search index: %1</source>
        <translation>Der Suchindex kann nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+10"/>
        <location line="+44"/>
        <source>Cannot rebuild the search index: %1</source>
        <translation>Der Suchindex kann nicht neu aufgebaut werden: %1</translation>
    </message>
</context>
<context>
    <name>Sync::AccountConnection</name>
    <message>
        <location filename="../core/sync/accountconnection.cpp" line="+37"/>
        <source>No certificate could be read from %1.</source>
        <translation>Aus %1 konnte kein Zertifikat gelesen werden.</translation>
    </message>
</context>
<context>
    <name>Sync::CompletionJob</name>
    <message>
        <location filename="../core/sync/completionjob.cpp" line="+31"/>
        <source>Message %1 is not a partly downloaded message of account %2.</source>
        <translation>Nachricht %1 ist keine teilweise heruntergeladene Nachricht des Kontos %2.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The message is no longer on the server.</source>
        <translation>Die Nachricht liegt nicht mehr auf dem Server.</translation>
    </message>
</context>
<context>
    <name>Sync::Keychain</name>
    <message>
        <location filename="../core/sync/keychain.cpp" line="+17"/>
        <source>no keychain is reachable (no D-Bus session)</source>
        <translation>kein Schlüsselbund erreichbar (keine D-Bus-Sitzung)</translation>
    </message>
</context>
<context>
    <name>Sync::SyncPlanner</name>
    <message>
        <location filename="../core/sync/syncplanner.cpp" line="+49"/>
        <source>This server does not support UIDL, so Satchel cannot tell which messages it already has. Let it delete messages from the server after downloading them: clear “Leave messages on the server” in the account&apos;s settings (satchel-cli: --delete-after-download).</source>
        <translation>Dieser Server unterstützt kein UIDL, daher kann Satchel nicht erkennen, welche Nachrichten bereits vorhanden sind. Lassen Sie Satchel die Nachrichten nach dem Herunterladen vom Server löschen: Deaktivieren Sie in den Kontoeinstellungen „Nachrichten auf dem Server belassen“ (satchel-cli: --delete-after-download).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server listed the same message more than once. Satchel left the repeated entries on the server untouched.</source>
        <translation>Der Server hat dieselbe Nachricht mehrfach aufgelistet. Satchel hat die doppelten Einträge auf dem Server unangetastet gelassen.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/applicationinfo.cpp" line="+33"/>
        <source>The profile folder (default: $SATCHEL_PROFILE, or %1).</source>
        <translation>Der Profilordner (Standard: $SATCHEL_PROFILE oder %1).</translation>
    </message>
    <message>
        <location filename="../app/satchel/main.cpp" line="+32"/>
        <source>Satchel, a POP3 mail client for reading mail offline.</source>
        <translation>Satchel, ein POP3-E-Mail-Programm zum Offline-Lesen von Nachrichten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Quit once the window is shown and the archive is open (exit status 0), or when that fails (1).</source>
        <translation>Beenden, sobald das Fenster angezeigt und das Archiv geöffnet ist (Exit-Status 0) oder wenn dies fehlschlägt (1).</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Cannot create the profile folder %1.</source>
        <translation>Der Profilordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location filename="../app/satchel-cli/main.cpp" line="+20"/>
        <source>Commands:
  account add --name N --email E --host H [--port P]
              --security tls|starttls|none [--user U]
              [--auth auto|plain|login|cram-md5|apop|user]
              [--keep-on-server | --delete-after-download |
               --leave-on-server-days D] [--delete-when-deleted-locally]
              [--size-limit KiB] [--ca-file PEM] [--allow-insecure-auth]
              [--password-stdin] [--store-password-in-profile]
  account list | account remove NAME [--delete-mail]
  fetch [NAME ...] [--password-stdin] [--progress]
  fetch-rest ID [--password-stdin]
                               the whole of a message kept as headers only
  folders                      one folder per line: path, total, unread, role
  list [--folder F] [--format tsv|json]
                               tsv: id, date, folder, from, subject, flags,
                               size (flags: R read, F flagged, A answered,
                               H headers only)
  show ID [--raw]              --raw writes the stored bytes unchanged
  delete ID                    to Trash; from Trash: for good
  move ID FOLDER
  search QUERY [--folder F] [--limit N] [--offset N]
               [--sort newest|relevance] [--format tsv|json] [--count]
               [--no-snippets]
                               tsv: as list, plus a snippet with [matches]
  reindex [--progress]         rebuild the search index from stored messages
  check                        look for damage in the archive (quick_check)
  recover [--progress]         move every readable message of a damaged
                               archive into a new one; the damaged file is
                               kept beside it
  export --folder F (--mbox FILE | --eml-dir DIR)
  import --folder F (--mbox FILE | --maildir DIR | --eml FILE ...)
Each command has --help. Exit status: 0 success, 1 other failure, 2 usage,
3 network, 4 authentication, 5 TLS, 6 local store or file.
</source>
        <extracomment>satchel-cli --help. Commands, options and their values (tls, tsv, ...) stay as they are; translate the descriptions and keep each line under 80 columns.</extracomment>
        <translation>Befehle:
  account add --name N --email E --host H [--port P]
              --security tls|starttls|none [--user U]
              [--auth auto|plain|login|cram-md5|apop|user]
              [--keep-on-server | --delete-after-download |
               --leave-on-server-days D] [--delete-when-deleted-locally]
              [--size-limit KiB] [--ca-file PEM] [--allow-insecure-auth]
              [--password-stdin] [--store-password-in-profile]
  account list | account remove NAME [--delete-mail]
  fetch [NAME ...] [--password-stdin] [--progress]
  fetch-rest ID [--password-stdin]
                               die ganze Nachricht statt nur der Kopfzeilen
  folders                      Ordner je Zeile: Pfad, gesamt, ungelesen, Rolle
  list [--folder F] [--format tsv|json]
                               tsv: ID, Datum, Ordner, Von, Betreff, Flags,
                               Größe (Flags: R gelesen, F gekennzeichnet,
                               A beantwortet, H nur Kopfzeilen)
  show ID [--raw]              --raw: gespeicherte Bytes unverändert ausgeben
  delete ID                    in den Papierkorb; im Papierkorb: endgültig
  move ID FOLDER
  search QUERY [--folder F] [--limit N] [--offset N]
               [--sort newest|relevance] [--format tsv|json] [--count]
               [--no-snippets]
                               tsv: wie list, plus Auszug mit [Treffern]
  reindex [--progress]         Suchindex aus den Nachrichten neu aufbauen
  check                        Archiv auf Schäden prüfen (quick_check)
  recover [--progress]         alle lesbaren Nachrichten eines beschädigten
                               Archivs in ein neues übertragen; die beschädigte
                               Datei bleibt daneben erhalten
  export --folder F (--mbox FILE | --eml-dir DIR)
  import --folder F (--mbox FILE | --maildir DIR | --eml FILE ...)
Jeder Befehl hat --help. Exit-Status: 0 Erfolg, 1 sonstiger Fehler, 2 Aufruf,
3 Netzwerk, 4 Authentifizierung, 5 TLS, 6 lokaler Speicher oder Datei.
</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Drives Satchel&apos;s mail archive from scripts.

%1</source>
        <translation>Steuert das Nachrichtenarchiv von Satchel aus Skripten.

%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The command to run.</source>
        <translation>Der auszuführende Befehl.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no command given; see --help</source>
        <translation>kein Befehl angegeben; siehe --help</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>unknown command &apos;%1&apos;; see --help</source>
        <translation>unbekannter Befehl &apos;%1&apos;; siehe --help</translation>
    </message>
</context>
</TS>

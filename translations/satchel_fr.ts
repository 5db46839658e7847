<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AccountManager</name>
    <message>
        <location filename="../ui/accountmanager.cpp" line="+67"/>
        <source>The sign-in of %1 could not be kept in the keychain; Satchel asks you to sign in again after the next start.</source>
        <translation>L’identification de %1 n’a pas pu être conservée dans le trousseau de clés&#xa0;; Satchel vous demandera de vous identifier à nouveau au prochain démarrage.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The password for %1 could not be saved in the keychain; Satchel keeps it until it is closed and asks for it once after the next start.</source>
        <translation>Le mot de passe de %1 n’a pas pu être enregistré dans le trousseau de clés&#xa0;; Satchel le conserve jusqu’à sa fermeture et vous le redemandera une fois au prochain démarrage.</translation>
    </message>
    <message>
        <location line="+89"/>
        <location line="+8"/>
        <source>Remove Account</source>
        <translation>Supprimer le compte</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Satchel is checking for mail. Stop the check (Shift+Esc) or wait until it has finished, then remove the account.</source>
        <translation>Satchel est en train de relever le courrier. Arrêtez la relève (Maj+Échap) ou attendez qu’elle soit terminée, puis supprimez le compte.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove the account “%1”?</source>
        <translation>Supprimer le compte «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Satchel forgets its settings, its password and which messages it has downloaded. Nothing is deleted on the server. The messages in its Inbox can stay here, in the local folder “%1”.</source>
        <translation>Satchel oubliera les paramètres de ce compte, son mot de passe et la liste des messages déjà téléchargés. Rien n’est supprimé sur le serveur. Les messages de sa boîte de réception peuvent rester ici, dans le dossier local «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove, &amp;Keep the Mail</source>
        <translation>Supprimer et &amp;garder le courrier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove with Its &amp;Mail</source>
        <translation>Supprimer avec son &amp;courrier</translation>
    </message>
</context>
<context>
    <name>AccountSettingsDialog</name>
    <message>
        <location filename="../ui/accountsettingsdialog.cpp" line="+22"/>
        <source>Account Settings – %1</source>
        <translation>Paramètres du compte – %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unchanged</source>
        <extracomment>Placeholder of the empty password field: leaving it empty keeps the password as it is.</extracomment>
        <translation>inchangé</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Account &amp;name:</source>
        <translation>&amp;Nom du compte&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;E-mail address:</source>
        <translation>&amp;Adresse électronique&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;password:</source>
        <translation>Nouveau mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password is stored unencrypted in your profile, as you chose when no keychain was available.</source>
        <translation>Le mot de passe est enregistré sans chiffrement dans votre profil, comme vous l’avez choisi en l’absence de trousseau de clés.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Account</source>
        <translation>&amp;Compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Server</source>
        <translation>Ser&amp;veur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keeping Mail</source>
        <translation>Con&amp;servation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Certificates</source>
        <translation>Cer&amp;tificats</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Remove Account…</source>
        <translation>Supp&amp;rimer le compte…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>There is already an account named “%1”.</source>
        <translation>Un compte nommé «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
</context>
<context>
    <name>AccountWizard</name>
    <message>
        <location filename="../ui/accountwizard.cpp" line="+26"/>
        <source>Account setup</source>
        <translation>Configuration du compte</translation>
    </message>
</context>
<context>
    <name>AccountWizardDonePage</name>
    <message>
        <location filename="../ui/accountwizarddonepage.cpp" line="+13"/>
        <source>Ready</source>
        <extracomment>Title of the wizard&apos;s last page: the account is set up and ready to use.</extracomment>
        <translation>Tout est prêt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No keychain is available on this computer, so Satchel will ask for the password once each time it runs.</source>
        <translation>Aucun trousseau de clés n’est disponible sur cet ordinateur&#xa0;: Satchel vous demandera donc le mot de passe une fois à chaque lancement.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Remember the password in my profile (stored unencrypted: anyone who can read your files can read it)</source>
        <translation>&amp;Mémoriser le mot de passe dans mon profil (enregistré sans chiffrement&#xa0;: toute personne pouvant lire vos fichiers peut le lire)</translation>
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
        <translation>sans chiffrement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>deleted from the server once stored here</source>
        <translation>supprimés du serveur une fois enregistrés ici</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>kept on the server</source>
        <translation>conservés sur le serveur</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>kept on the server for %n day(s)</source>
        <translation>
            <numerusform>conservés sur le serveur pendant %n jour</numerusform>
            <numerusform>conservés sur le serveur pendant %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account: %1 &lt;%2&gt;
Server: %3, port %4, %5
User name: %6
Messages: %7

When you click Finish, Satchel saves the account and fetches your mail.</source>
        <translation>Compte&#xa0;: %1 &lt;%2&gt;
Serveur&#xa0;: %3, port %4, %5
Nom d’utilisateur&#xa0;: %6
Messages&#xa0;: %7

Quand vous cliquerez sur Terminer, Satchel enregistrera le compte et relèvera votre courrier.</translation>
    </message>
</context>
<context>
    <name>AccountWizardFindPage</name>
    <message>
        <location filename="../ui/accountwizardfindpage.cpp" line="+15"/>
        <source>Finding your server settings</source>
        <translation>Recherche des paramètres de votre serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satchel asks your provider&apos;s configuration service and DNS, then tries the usual server names. Nothing is sent to them but your domain.</source>
        <translation>Satchel interroge le service de configuration de votre fournisseur et le DNS, puis essaie les noms de serveur usuels. Seul votre nom de domaine leur est transmis.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Configure &amp;manually</source>
        <translation>Configurer &amp;manuellement</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Looking for settings…</source>
        <translation>Recherche des paramètres…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Found %1 (port %2, via %3). Check the settings on the next page.</source>
        <translation>%1 trouvé (port %2, source&#xa0;: %3). Vérifiez les paramètres à la page suivante.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No settings were found for this address. Please enter them on the next page.</source>
        <translation>Aucun paramètre n’a été trouvé pour cette adresse. Veuillez les saisir à la page suivante.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the server settings yourself.</source>
        <translation>Saisissez vous-même les paramètres du serveur.</translation>
    </message>
</context>
<context>
    <name>AccountWizardIdentityPage</name>
    <message>
        <location filename="../ui/accountwizardidentitypage.cpp" line="+12"/>
        <source>Your mail account</source>
        <translation>Votre compte de messagerie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satchel looks up the server settings for your address.</source>
        <translation>Satchel recherche les paramètres du serveur correspondant à votre adresse.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the e-mail address, unless you name it</source>
        <translation>par défaut, l’adresse électronique</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>alice@example.com</source>
        <translation>marie@example.com</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not needed for Gmail or Microsoft 365 sign-in</source>
        <translation>inutile pour l’identification Gmail ou Microsoft 365</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;E-mail address:</source>
        <translation>&amp;Adresse électronique&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account na&amp;me:</source>
        <translation>&amp;Nom du compte&#xa0;:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>There is already an account named “%1”. Give this one another name.</source>
        <translation>Un compte nommé «&#xa0;%1&#xa0;» existe déjà. Donnez un autre nom à celui-ci.</translation>
    </message>
</context>
<context>
    <name>AccountWizardRetentionPage</name>
    <message>
        <location filename="../ui/accountwizardretentionpage.cpp" line="+13"/>
        <source>Keeping mail on the server</source>
        <translation>Conservation du courrier sur le serveur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satchel keeps every message here. These settings decide when it is removed from the server.</source>
        <translation>Satchel conserve tous les messages sur cet ordinateur. Ces paramètres déterminent quand ils sont supprimés du serveur.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source> minute(s)</source>
        <extracomment>Spin box suffix after a number of minutes; keep the leading space.</extracomment>
        <translation>
            <numerusform> minute</numerusform>
            <numerusform> minutes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only on request</source>
        <translation>uniquement sur demande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Check for new mail every:</source>
        <translation>&amp;Intervalle de relève&#xa0;:</translation>
    </message>
</context>
<context>
    <name>AccountWizardServerPage</name>
    <message>
        <location filename="../ui/accountwizardserverpage.cpp" line="+17"/>
        <source>Incoming mail server (POP3)</source>
        <translation>Serveur de courrier entrant (POP3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check these settings; your provider&apos;s help pages list them.</source>
        <translation>Vérifiez ces paramètres&#xa0;; les pages d’aide de votre fournisseur les indiquent.</translation>
    </message>
</context>
<context>
    <name>AccountWizardTestPage</name>
    <message>
        <location filename="../ui/accountwizardtestpage.cpp" line="+19"/>
        <source>Testing the connection</source>
        <translation>Test de la connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satchel connects to the server and logs in; no mail is downloaded or deleted.</source>
        <translation>Satchel se connecte au serveur et s’identifie&#xa0;; aucun message n’est téléchargé ni supprimé.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Test again</source>
        <translation>Tester de &amp;nouveau</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Satchel can sign in with OAuth2 only to Gmail and Microsoft 365; %1 is neither. Go back and choose another authentication.</source>
        <translation>Satchel ne peut s’identifier avec OAuth2 qu’auprès de Gmail et de Microsoft 365&#xa0;; %1 n’est ni l’un ni l’autre. Revenez en arrière et choisissez une autre méthode d’authentification.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sign in with %1 in your browser; Satchel opened the page. If it did not appear, open &lt;a href=&quot;%2&quot;&gt;this address&lt;/a&gt;.</source>
        <translation>Identifiez-vous auprès de %1 dans votre navigateur&#xa0;; Satchel a ouvert la page. Si elle ne s’est pas affichée, ouvrez &lt;a href=&quot;%2&quot;&gt;cette adresse&lt;/a&gt;.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Signing in did not work: %1</source>
        <translation>L’identification a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opening the sign-in page in your browser…</source>
        <translation>Ouverture de la page d’identification dans votre navigateur…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A sign-in is already running.</source>
        <translation>Une identification est déjà en cours.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Enter your password on the first page (Back), or choose OAuth2 on the server page for Gmail and Microsoft 365.</source>
        <translation>Saisissez votre mot de passe sur la première page (Précédent), ou choisissez OAuth2 sur la page du serveur pour Gmail et Microsoft 365.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connecting to %1 on port %2…</source>
        <translation>Connexion à %1 sur le port %2…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Everything works.</source>
        <translation>Tout fonctionne.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>You can go back and change the settings, or continue and fix them later.</source>
        <translation>Vous pouvez revenir en arrière pour modifier les paramètres, ou continuer et les corriger plus tard.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>You did not accept the certificate. Choose Test again to see it again.</source>
        <translation>Vous n’avez pas accepté le certificat. Choisissez «&#xa0;Tester de nouveau&#xa0;» pour le revoir.</translation>
    </message>
</context>
<context>
    <name>Accounts::Autoconfig</name>
    <message>
        <location filename="../core/accounts/autoconfig.cpp" line="+124"/>
        <source>The configuration file is too large.</source>
        <translation>Le fichier de configuration est trop volumineux.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The configuration file declares a document type.</source>
        <translation>Le fichier de configuration déclare un type de document (DOCTYPE).</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+31"/>
        <source>This is not an e-mail configuration file.</source>
        <translation>Ce n’est pas un fichier de configuration de messagerie.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The configuration file is not well-formed XML (%1).</source>
        <translation>Le fichier de configuration n’est pas un document XML bien formé (%1).</translation>
    </message>
</context>
<context>
    <name>Accounts::ConnectionTester</name>
    <message>
        <location filename="../core/accounts/connectiontester.cpp" line="+58"/>
        <source>Check the spelling of the server name, and that this computer is online.</source>
        <translation>Vérifiez l’orthographe du nom du serveur et assurez-vous que cet ordinateur est connecté au réseau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing answers on this port: check the port number (995 for SSL/TLS, 110 for STARTTLS) and the security choice.</source>
        <translation>Rien ne répond sur ce port&#xa0;: vérifiez le numéro de port (995 pour SSL/TLS, 110 pour STARTTLS) et le type de sécurité.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check your network connection and try again; a firewall may block the port.</source>
        <translation>Vérifiez votre connexion réseau et réessayez&#xa0;; un pare-feu bloque peut-être le port.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server did not answer in time: check the server name and port, or try again later.</source>
        <translation>Le serveur n’a pas répondu à temps&#xa0;: vérifiez le nom du serveur et le port, ou réessayez plus tard.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Encryption could not be set up: the port may expect the other security choice (SSL/TLS on 995, STARTTLS on 110).</source>
        <translation>Le chiffrement n’a pas pu être établi&#xa0;: le port attend peut-être l’autre type de sécurité (SSL/TLS sur 995, STARTTLS sur 110).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s certificate is not trusted (self-signed, expired, or issued for another name). Check the server name, or ask your provider.</source>
        <translation>Le certificat du serveur n’est pas reconnu comme fiable (auto-signé, expiré ou émis pour un autre nom). Vérifiez le nom du serveur ou renseignez-vous auprès de votre fournisseur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server does not offer STARTTLS on this port. Try SSL/TLS on port 995.</source>
        <translation>Le serveur ne propose pas STARTTLS sur ce port. Essayez SSL/TLS sur le port 995.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone may be interfering with the connection. Try another network.</source>
        <translation>Quelqu’un interfère peut-être avec la connexion. Essayez un autre réseau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server is busy or another program is reading this mailbox. Try again in a few minutes.</source>
        <translation>Le serveur est occupé ou un autre programme lit cette boîte aux lettres. Réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server allows logging in only every few minutes. Try again later.</source>
        <translation>Le serveur impose quelques minutes d’attente entre deux connexions. Réessayez plus tard.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose SSL/TLS or STARTTLS, or explicitly allow sending the password unencrypted.</source>
        <translation>Choisissez SSL/TLS ou STARTTLS, ou autorisez explicitement l’envoi du mot de passe sans chiffrement.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose another authentication method, such as Automatic or Normal password.</source>
        <translation>Choisissez une autre méthode d’authentification, par exemple Automatique ou Mot de passe normal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The user name or password contains a line break or a NUL character.</source>
        <translation>Le nom d’utilisateur ou le mot de passe contient un saut de ligne ou un caractère NUL.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the user name (often the full e-mail address) and the password.</source>
        <translation>Vérifiez le nom d’utilisateur (souvent l’adresse électronique complète) et le mot de passe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server refused this account. Ask your provider whether POP3 is enabled for it.</source>
        <translation>Le serveur a refusé ce compte. Demandez à votre fournisseur si POP3 est activé pour celui-ci.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This server lacks a feature Satchel needs (UIDL).</source>
        <translation>Il manque à ce serveur une fonctionnalité dont Satchel a besoin (UIDL).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server answered something unexpected. The protocol log shows the details.</source>
        <translation>Le serveur a renvoyé une réponse inattendue. Le journal du protocole contient les détails.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The test was cancelled.</source>
        <translation>Le test a été annulé.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Connected to %1 on port %2.</source>
        <translation>Connecté à %1 sur le port %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The connection is NOT encrypted.</source>
        <translation>La connexion n’est PAS chiffrée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+25"/>
        <source>The connection is encrypted.</source>
        <translation>La connexion est chiffrée.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>The connection is encrypted with %1.</source>
        <translation>La connexion est chiffrée avec %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server did not list its capabilities.</source>
        <translation>Le serveur n’a pas indiqué ses capacités.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server supports %1.</source>
        <translation>Le serveur prend en charge %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logged in as %1.</source>
        <translation>Identifié en tant que %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n message(s) on the server.</source>
        <translation>
            <numerusform>Le serveur contient %n message.</numerusform>
            <numerusform>Le serveur contient %n messages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Accounts::OAuthProvider</name>
    <message>
        <location filename="../core/accounts/oauthprovider.cpp" line="+155"/>
        <source>no OAuth2 client id is configured for %1; set %2 and %3 in the environment to the client of a desktop application registered with %1</source>
        <translation>aucun identifiant client OAuth2 n’est configuré pour %1&#xa0;; définissez %2 et %3 dans l’environnement avec l’identifiant et le secret client d’une application de bureau enregistrée auprès de %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no OAuth2 client id is configured for %1; set %2 in the environment to the client id of a desktop application registered with %1</source>
        <translation>aucun identifiant client OAuth2 n’est configuré pour %1&#xa0;; définissez %2 dans l’environnement avec l’identifiant client d’une application de bureau enregistrée auprès de %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the OAuth2 authorization address of %1 is not a valid https address: %2</source>
        <translation>l’adresse d’autorisation OAuth2 de %1 n’est pas une adresse https valide&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the OAuth2 token address of %1 is not a valid https address: %2</source>
        <translation>l’adresse de jeton OAuth2 de %1 n’est pas une adresse https valide&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Accounts::OAuthSignIn</name>
    <message>
        <location filename="../core/accounts/oauthsignin.cpp" line="+169"/>
        <source>cannot listen on 127.0.0.1 for the sign-in&apos;s answer from the browser</source>
        <translation>impossible d’écouter sur 127.0.0.1 pour recevoir la réponse d’identification du navigateur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Satchel received the answer. You can close this page and return to Satchel.</source>
        <translation>Satchel a reçu la réponse. Vous pouvez fermer cette page et revenir à Satchel.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>there is no valid refresh token: sign in again</source>
        <translation>aucun jeton d’actualisation valide&#xa0;: identifiez-vous à nouveau</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the sign-in was cancelled</source>
        <translation>l’identification a été annulée</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the answer from the browser does not belong to this sign-in (the state does not match); try again</source>
        <translation>la réponse du navigateur ne correspond pas à cette identification (le paramètre state diffère)&#xa0;; réessayez</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>access was denied: the sign-in was cancelled or not allowed in the browser</source>
        <translation>accès refusé&#xa0;: l’identification a été annulée ou n’a pas été autorisée dans le navigateur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 refused the sign-in: %2</source>
        <translation>%1 a refusé l’identification&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 refused the sign-in: %2 (%3)</source>
        <translation>%1 a refusé l’identification&#xa0;: %2 (%3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the answer from the browser carries no authorization code</source>
        <translation>la réponse du navigateur ne contient aucun code d’autorisation</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+15"/>
        <source>the token endpoint of %1 sent more than %2 KiB</source>
        <translation>le point de terminaison de jeton de %1 a envoyé plus de %2 Kio</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot reach the token endpoint of %1: %2</source>
        <translation>impossible de joindre le point de terminaison de jeton de %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the token endpoint of %1 answered HTTP %2</source>
        <translation>le point de terminaison de jeton de %1 a répondu HTTP %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 no longer accepts the saved sign-in (invalid_grant); sign in again</source>
        <translation>%1 n’accepte plus l’identification enregistrée (invalid_grant)&#xa0;; identifiez-vous à nouveau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the token endpoint of %1 refused: %2</source>
        <translation>le point de terminaison de jeton de %1 a refusé&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the token endpoint of %1 refused: %2 (%3)</source>
        <translation>le point de terminaison de jeton de %1 a refusé&#xa0;: %2 (%3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the token endpoint of %1 sent something other than JSON</source>
        <translation>le point de terminaison de jeton de %1 a envoyé autre chose que du JSON</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the token endpoint of %1 sent a token of type %2, not Bearer</source>
        <translation>le point de terminaison de jeton de %1 a envoyé un jeton de type %2 au lieu de Bearer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the token endpoint of %1 sent no valid access token</source>
        <translation>le point de terminaison de jeton de %1 n’a envoyé aucun jeton d’accès valide</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the token endpoint of %1 sent an invalid refresh token</source>
        <translation>le point de terminaison de jeton de %1 a envoyé un jeton d’actualisation non valide</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>the sign-in did not finish within %n minute(s)</source>
        <translation>
            <numerusform>l’identification ne s’est pas terminée dans un délai de %n minute</numerusform>
            <numerusform>l’identification ne s’est pas terminée dans un délai de %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>the sign-in did not finish within %n second(s)</source>
        <translation>
            <numerusform>l’identification ne s’est pas terminée dans un délai de %n seconde</numerusform>
            <numerusform>l’identification ne s’est pas terminée dans un délai de %n secondes</numerusform>
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
        <translation>sans chiffrement</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>probe</source>
        <extracomment>Where the wizard found server settings: by trying the usual server names (a noun).</extracomment>
        <translation>essai des noms usuels</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is not an e-mail address.</source>
        <translation>%1 n’est pas une adresse électronique.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Looking for a configuration at %1…</source>
        <translation>Recherche d’une configuration sur %1…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Looking up the DNS record %1…</source>
        <translation>Interrogation de l’enregistrement DNS %1…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>DNS (SRV)</source>
        <translation>DNS (SRV)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The DNS lookup took too long.</source>
        <translation>La requête DNS a pris trop de temps.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No settings were found. Please enter them yourself.</source>
        <translation>Aucun paramètre n’a été trouvé. Veuillez les saisir vous-même.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trying %1 on port %2 (%3)…</source>
        <translation>Essai de %1 sur le port %2 (%3)…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 on port %2: %3</source>
        <translation>%1 sur le port %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Found %1 on port %2 (%3).</source>
        <translation>%1 trouvé sur le port %2 (%3).</translation>
    </message>
</context>
<context>
    <name>ArchiveRecoveryDialog</name>
    <message>
        <location filename="../ui/archiverecoverydialog.cpp" line="+24"/>
        <source>Recovering the mail archive</source>
        <translation>Récupération de l’archive du courrier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copying every readable message into a new archive…</source>
        <translation>Copie de chaque message lisible dans une nouvelle archive…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The archive could not be recovered: %1

The damaged archive is still in use; `satchel-cli recover` tries again from a terminal.</source>
        <translation>L’archive n’a pas pu être récupérée&#xa0;: %1

L’archive endommagée est toujours utilisée&#xa0;; `satchel-cli recover` permet de réessayer depuis un terminal.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n message(s) recovered.</source>
        <translation>
            <numerusform>%n message récupéré.</numerusform>
            <numerusform>%n messages récupérés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n of them were read again from their raw bytes and are in Local Folders/Recovered.</source>
        <translation>
            <numerusform>%n d’entre eux a été relu à partir de ses données brutes et se trouve dans le dossier «&#xa0;Recovered&#xa0;» des Dossiers locaux.</numerusform>
            <numerusform>%n d’entre eux ont été relus à partir de leurs données brutes et se trouvent dans le dossier «&#xa0;Recovered&#xa0;» des Dossiers locaux.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n message(s) could not be read and are lost from the archive.</source>
        <translation>
            <numerusform>%n message n’a pas pu être lu et a disparu de l’archive.</numerusform>
            <numerusform>%n messages n’ont pas pu être lus et ont disparu de l’archive.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n lost message(s) will be downloaded again if the server still has them.</source>
        <translation>
            <numerusform>%n message perdu sera téléchargé à nouveau si le serveur l’a encore.</numerusform>
            <numerusform>%n messages perdus seront téléchargés à nouveau si le serveur les a encore.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n message(s) still on a server may be downloaded again (their download record could not be read).</source>
        <translation>
            <numerusform>%n message encore présent sur un serveur pourrait être téléchargé à nouveau (son entrée dans le registre des téléchargements n’a pas pu être lue).</numerusform>
            <numerusform>%n messages encore présents sur un serveur pourraient être téléchargés à nouveau (leur entrée dans le registre des téléchargements n’a pas pu être lue).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The damaged file is kept as %1.</source>
        <translation>Le fichier endommagé est conservé sous le nom %1.</translation>
    </message>
</context>
<context>
    <name>ArchiveRecoveryPrompt</name>
    <message>
        <location filename="../ui/archiverecoveryprompt.cpp" line="+24"/>
        <source>Recover…</source>
        <translation>Récupérer…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy every readable message into a new archive</source>
        <translation>Copier chaque message lisible dans une nouvelle archive</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+14"/>
        <source>Recover the mail archive</source>
        <translation>Récupérer l’archive du courrier</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Satchel will restart, copy every message it can still read into a new archive, and keep the damaged file beside it in the profile folder (satchel.sqlite.damaged-&lt;date&gt;). Messages that cannot be read are lost from the archive; those still on a server are downloaded again.

Copy the profile folder somewhere safe first if you can.</source>
        <translation>Satchel va redémarrer, copier chaque message encore lisible dans une nouvelle archive et conserver le fichier endommagé à côté, dans le dossier du profil (satchel.sqlite.damaged-&lt;date&gt;). Les messages illisibles seront perdus pour l’archive&#xa0;; ceux encore présents sur un serveur seront téléchargés à nouveau.

Si possible, copiez d’abord le dossier du profil en lieu sûr.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restart and Recover</source>
        <translation>Redémarrer et récupérer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot write to the profile folder %1.</source>
        <translation>Impossible d’écrire dans le dossier du profil %1.</translation>
    </message>
</context>
<context>
    <name>AttachmentBar</name>
    <message>
        <location filename="../ui/attachmentbar.cpp" line="+43"/>
        <source>The attachment could not be read from the message.</source>
        <translation>Impossible de lire la pièce jointe dans le message.</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+290"/>
        <source>O&amp;pen</source>
        <translation>Ou&amp;vrir</translation>
    </message>
    <message>
        <location line="-288"/>
        <location line="+289"/>
        <source>Sa&amp;ve…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <location line="-287"/>
        <location line="+290"/>
        <source>Save &amp;All…</source>
        <translation>Tout en&amp;registrer…</translation>
    </message>
    <message>
        <location line="-276"/>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Named in the message: %1</source>
        <translation>Nom indiqué dans le message&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown type</source>
        <translation>Type inconnu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening this file could run a program.</source>
        <translation>Ouvrir ce fichier pourrait lancer un programme.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n pièce jointe</numerusform>
            <numerusform>%n pièces jointes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Open Attachment</source>
        <translation>Ouvrir la pièce jointe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” could run a program on your computer.</source>
        <translation>«&#xa0;%1&#xa0;» pourrait lancer un programme sur votre ordinateur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open it only if you trust the sender and expected this file. Saving it is safer than opening it.</source>
        <translation>Ne l’ouvrez que si vous faites confiance à l’expéditeur et que vous attendiez ce fichier. L’enregistrer est plus sûr que l’ouvrir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Anyway</source>
        <translation>Ouvrir quand même</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No temporary folder could be created to open the attachment.</source>
        <translation>Impossible de créer un dossier temporaire pour ouvrir la pièce jointe.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save Attachment</source>
        <translation>Enregistrer la pièce jointe</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save All Attachments</source>
        <translation>Enregistrer toutes les pièces jointes</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No application could open “%1”.</source>
        <translation>Aucune application n’a pu ouvrir «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Opening…</source>
        <translation>Ouverture…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Saved as %1</source>
        <translation>Enregistré sous %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Saved %n file(s) in %1</source>
        <translation>
            <numerusform>%n fichier enregistré dans %1</numerusform>
            <numerusform>%n fichiers enregistrés dans %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save Attachments</source>
        <translation>Enregistrer les pièces jointes</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n attachment(s) could not be saved.</source>
        <translation>
            <numerusform>%n pièce jointe n’a pas pu être enregistrée.</numerusform>
            <numerusform>%n pièces jointes n’ont pas pu être enregistrées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <location filename="../ui/certificatedialog.cpp" line="+29"/>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Certificate changed</source>
        <translation>Certificat modifié</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Certificate problem</source>
        <translation>Problème de certificat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Satchel could not verify the identity of %1.</source>
        <translation>Satchel n’a pas pu vérifier l’identité de %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The certificate of this server has changed since you accepted it on %1. This can mean someone is intercepting the connection.</source>
        <translation>Le certificat de ce serveur a changé depuis que vous l’avez accepté le %1. Cela peut signifier que quelqu’un intercepte la connexion.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The certificate of this server has changed since you accepted it. This can mean someone is intercepting the connection.</source>
        <translation>Le certificat de ce serveur a changé depuis que vous l’avez accepté. Cela peut signifier que quelqu’un intercepte la connexion.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The certificate could not be verified.</source>
        <translation>Le certificat n’a pas pu être vérifié.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Subject:</source>
        <translation>Sujet&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issuer:</source>
        <translation>Émetteur&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Valid from:</source>
        <translation>Début de validité&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Valid until:</source>
        <translation>Fin de validité&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SHA-256 fingerprint:</source>
        <translation>Empreinte SHA-256&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accept the certificate only if you expect it, for example because your provider publishes this fingerprint. Satchel will then trust this certificate, and no other, for %1.</source>
        <translation>N’acceptez ce certificat que si vous vous y attendez, par exemple parce que votre fournisseur publie cette empreinte. Satchel fera alors confiance à ce certificat, et à aucun autre, pour %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Accept permanently for this server</source>
        <translation>&amp;Accepter définitivement pour ce serveur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reject</source>
        <translation>&amp;Refuser</translation>
    </message>
</context>
<context>
    <name>CertificatePinsView</name>
    <message>
        <location filename="../ui/certificatepinsview.cpp" line="+32"/>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SHA-256 fingerprint</source>
        <translation>Empreinte SHA-256</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until</source>
        <translation>Fin de validité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accepted on</source>
        <translation>Accepté le</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re&amp;move</source>
        <translation>Ou&amp;blier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forget the selected certificate: the next connection to that server verifies it as usual, and asks again if that fails.</source>
        <translation>Oublier le certificat sélectionné&#xa0;: la prochaine connexion à ce serveur le vérifiera normalement et, en cas d’échec, vous demandera à nouveau de l’accepter.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Certificates you accepted although they could not be verified:</source>
        <translation>Certificats que vous avez acceptés bien qu’ils n’aient pas pu être vérifiés&#xa0;:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Issued by %1</source>
        <translation>Émis par %1</translation>
    </message>
</context>
<context>
    <name>CheckController</name>
    <message>
        <location filename="../ui/checkcontroller.cpp" line="+141"/>
        <source>%1 was not checked: Satchel needs its password. Choose Get Messages to enter it.</source>
        <translation>Le compte %1 n’a pas été relevé&#xa0;: Satchel a besoin de son mot de passe. Choisissez «&#xa0;Relever le courrier&#xa0;» pour le saisir.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 was not checked: the server&apos;s certificate could not be verified and needs your review. Choose Get Messages to review it.</source>
        <translation>Le compte %1 n’a pas été relevé&#xa0;: le certificat du serveur n’a pas pu être vérifié et doit être examiné. Choisissez «&#xa0;Relever le courrier&#xa0;» pour l’examiner.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Checking %1 failed: %2</source>
        <translation>La relève de %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Checking %1 failed: %2 The certificate was not accepted.</source>
        <translation>La relève de %1 a échoué&#xa0;: %2 Le certificat n’a pas été accepté.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1: connecting…</source>
        <translation>%1&#xa0;: connexion…</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1: %2 of %n message(s) (%3 of %4)</source>
        <extracomment>Progress of a check: account, messages done of %n, bytes done of all.</extracomment>
        <translation>
            <numerusform>%1&#xa0;: %2 sur %n message (%3 sur %4)</numerusform>
            <numerusform>%1&#xa0;: %2 sur %n messages (%3 sur %4)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/satchel-cli/accountcommands.cpp" line="+36"/>
        <source>Adds a POP3 account.</source>
        <translation>Ajoute un compte POP3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Account name (used by fetch).</source>
        <translation>Nom du compte (utilisé par fetch).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail address.</source>
        <translation>Adresse électronique.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>POP3 server.</source>
        <translation>Serveur POP3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Port (default 995 for tls, 110 otherwise).</source>
        <translation>Port (par défaut 995 avec tls, 110 sinon).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tls, starttls or none.</source>
        <translation>tls, starttls ou none.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User name (default: the e-mail address).</source>
        <translation>Nom d’utilisateur (par défaut&#xa0;: l’adresse électronique).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>auto, plain, login, cram-md5, apop or user (default auto).</source>
        <translation>auto, plain, login, cram-md5, apop ou user (par défaut auto).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep messages on the server.</source>
        <translation>Conserver les messages sur le serveur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete messages from the server once stored here.</source>
        <translation>Supprimer les messages du serveur une fois enregistrés ici.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep messages on the server for D days (default 14).</source>
        <translation>Conserver les messages sur le serveur pendant D jours (par défaut 14).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete from the server when deleted here for good.</source>
        <translation>Supprimer du serveur quand le message est supprimé définitivement ici.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Store larger messages as headers only (KiB); fetch-rest gets the rest.</source>
        <translation>Enregistrer uniquement les en-têtes des messages dépassant cette taille (Kio)&#xa0;; fetch-rest récupère le reste.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Extra CA certificate (PEM) for this server.</source>
        <translation>Certificat d’autorité de certification supplémentaire (PEM) pour ce serveur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Allow sending the password without encryption.</source>
        <translation>Autoriser l’envoi du mot de passe sans chiffrement.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the password from standard input and keep it in the keychain.</source>
        <translation>Lire le mot de passe sur l’entrée standard et le conserver dans le trousseau de clés.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep the password in the profile database when no keychain is reachable (readable by anyone who can read your files).</source>
        <translation>Conserver le mot de passe dans la base du profil si aucun trousseau de clés n’est accessible (lisible par toute personne pouvant lire vos fichiers).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>account add needs --%1</source>
        <translation>account add nécessite --%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--security must be tls, starttls or none</source>
        <translation>--security doit valoir tls, starttls ou none</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--port must be 1..65535</source>
        <translation>--port doit être compris entre 1 et 65535</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>account add needs --user or --email</source>
        <translation>account add nécessite --user ou --email</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--auth must be auto, plain, login, cram-md5, apop or user</source>
        <translation>--auth doit valoir auto, plain, login, cram-md5, apop ou user</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>choose one of --keep-on-server, --delete-after-download and --leave-on-server-days</source>
        <translation>choisissez une seule option parmi --keep-on-server, --delete-after-download et --leave-on-server-days</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--leave-on-server-days must be a number of days</source>
        <translation>--leave-on-server-days doit être un nombre de jours</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--size-limit must be a positive number of KiB</source>
        <translation>--size-limit doit être un nombre positif de Kio</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no certificate could be read from %1</source>
        <translation>aucun certificat n’a pu être lu dans %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>warning: this account sends your password and mail unencrypted.</source>
        <translation>avertissement&#xa0;: ce compte envoie votre mot de passe et votre courrier sans chiffrement.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning: this account has no encryption; fetching will refuse to send the password unless --allow-insecure-auth is given.</source>
        <translation>avertissement&#xa0;: ce compte n’utilise aucun chiffrement&#xa0;; fetch refusera d’envoyer le mot de passe sauf si --allow-insecure-auth est indiqué.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>there is already an account named %1</source>
        <translation>un compte nommé %1 existe déjà</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no password on standard input</source>
        <translation>aucun mot de passe sur l’entrée standard</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the password could not be kept in the keychain (%1); pass --password-stdin to each fetch instead, or add --store-password-in-profile</source>
        <translation>le mot de passe n’a pas pu être conservé dans le trousseau de clés (%1)&#xa0;; passez plutôt --password-stdin à chaque fetch, ou ajoutez --store-password-in-profile</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>warning: the password is stored in the profile, unencrypted in passwords.json, readable by anyone who can read your files.</source>
        <translation>avertissement&#xa0;: le mot de passe est enregistré sans chiffrement dans le profil (passwords.json), lisible par toute personne pouvant lire vos fichiers.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>account %1 added (%2:%3, %4, %5)</source>
        <translation>compte %1 ajouté (%2:%3, %4, %5)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>usage: account remove NAME [--delete-mail]</source>
        <translation>utilisation&#xa0;: account remove NAME [--delete-mail]</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>account %1 removed with the messages of its Inbox</source>
        <translation>compte %1 supprimé avec les messages de sa boîte de réception</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>account %1 removed; its messages are kept in Local Folders/%1</source>
        <translation>compte %1 supprimé&#xa0;; ses messages sont conservés dans Local Folders/%1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>usage: account add|list|remove</source>
        <translation>utilisation&#xa0;: account add|list|remove</translation>
    </message>
    <message>
        <location filename="../app/satchel-cli/checkcommand.cpp" line="+14"/>
        <source>usage: check</source>
        <translation>utilisation&#xa0;: check</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>the archive is damaged (%n problem(s) listed); copy the profile folder somewhere safe, then run &quot;satchel-cli recover&quot; to move every readable message into a new archive (the damaged file is kept)</source>
        <translation>
            <numerusform>l’archive est endommagée (%n problème signalé)&#xa0;; copiez le dossier du profil en lieu sûr, puis lancez «&#xa0;satchel-cli recover&#xa0;» pour déplacer chaque message lisible dans une nouvelle archive (le fichier endommagé est conservé)</numerusform>
            <numerusform>l’archive est endommagée (%n problèmes signalés)&#xa0;; copiez le dossier du profil en lieu sûr, puis lancez «&#xa0;satchel-cli recover&#xa0;» pour déplacer chaque message lisible dans une nouvelle archive (le fichier endommagé est conservé)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copies every readable account, folder, message, ledger row and certificate pin of a damaged archive into a new one, rebuilds the search index, and puts the new archive in place. The damaged file is kept beside it as satchel.sqlite.damaged-&lt;time&gt;. Run it while no other Satchel program uses the profile.</source>
        <translation>Copie chaque compte, dossier, message, entrée du registre et certificat épinglé encore lisible d’une archive endommagée dans une nouvelle archive, reconstruit l’index de recherche et met la nouvelle archive en place. Le fichier endommagé est conservé à côté sous le nom satchel.sqlite.damaged-&lt;time&gt;. À lancer lorsqu’aucun autre programme Satchel n’utilise le profil.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../app/satchel-cli/fetchcommand.cpp" line="+63"/>
        <source>Print progress on stderr.</source>
        <translation>Afficher la progression sur stderr.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>usage: recover [--progress]</source>
        <translation>utilisation&#xa0;: recover [--progress]</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1/%n message(s)</source>
        <translation>
            <numerusform>%1/%n message</numerusform>
            <numerusform>%1/%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Recovered %n message(s)</source>
        <translation>
            <numerusform>Éléments récupérés&#xa0;: %n message</numerusform>
            <numerusform>Éléments récupérés&#xa0;: %n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> (%n read again from their raw bytes into Local Folders/Recovered)</source>
        <translation>
            <numerusform> (%n relu à partir de ses données brutes dans Local Folders/Recovered)</numerusform>
            <numerusform> (%n relus à partir de leurs données brutes dans Local Folders/Recovered)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>, %n account(s)</source>
        <translation>
            <numerusform>, %n compte</numerusform>
            <numerusform>, %n comptes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n folder(s)</source>
        <translation>
            <numerusform>, %n dossier</numerusform>
            <numerusform>, %n dossiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n ledger row(s)</source>
        <translation>
            <numerusform>, %n entrée du registre</numerusform>
            <numerusform>, %n entrées du registre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n certificate pin(s).</source>
        <translation>
            <numerusform>, %n certificat épinglé.</numerusform>
            <numerusform>, %n certificats épinglés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Lost: %n message(s) could not be read.</source>
        <translation>
            <numerusform>Pertes&#xa0;: %n message illisible.</numerusform>
            <numerusform>Pertes&#xa0;: %n messages illisibles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n ledger row(s) rebuilt from the ledger&apos;s index.</source>
        <translation>
            <numerusform>%n entrée du registre reconstruite à partir de l’index du registre.</numerusform>
            <numerusform>%n entrées du registre reconstruites à partir de l’index du registre.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unreadable from the start (how many rows they had is unknown): %1.</source>
        <translation>Tables illisibles dès le départ (nombre de lignes inconnu)&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n lost message(s) will be downloaded again if the server still has them.</source>
        <translation>
            <numerusform>%n message perdu sera téléchargé à nouveau si le serveur l’a encore.</numerusform>
            <numerusform>%n messages perdus seront téléchargés à nouveau si le serveur les a encore.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n ledger row(s) could not be read: the next fetch may download those messages again if the server still has them.</source>
        <translation>
            <numerusform>%n entrée du registre n’a pas pu être lue&#xa0;: la prochaine relève pourrait télécharger à nouveau le message correspondant si le serveur l’a encore.</numerusform>
            <numerusform>%n entrées du registre n’ont pas pu être lues&#xa0;: la prochaine relève pourrait télécharger à nouveau les messages correspondants si le serveur les a encore.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The damaged file is kept as %1.</source>
        <translation>Le fichier endommagé est conservé sous le nom %1.</translation>
    </message>
    <message>
        <location filename="../app/satchel-cli/fetchcommand.cpp" line="-30"/>
        <source>satchel-cli: %1 signs in with OAuth2, which satchel-cli cannot do yet; check it from the Satchel window, or pass an access token with --password-stdin</source>
        <translation>satchel-cli&#xa0;: %1 s’identifie avec OAuth2, ce que satchel-cli ne sait pas encore faire&#xa0;; relevez ce compte depuis la fenêtre de Satchel, ou passez un jeton d’accès avec --password-stdin</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>satchel-cli: %1: no password (%2); use --password-stdin</source>
        <translation>satchel-cli&#xa0;: %1&#xa0;: aucun mot de passe (%2)&#xa0;; utilisez --password-stdin</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Retrieves new mail for the named accounts, or all.</source>
        <translation>Relève le nouveau courrier des comptes indiqués, ou de tous.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+93"/>
        <source>Read the password from standard input.</source>
        <translation>Lire le mot de passe sur l’entrée standard.</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Accounts to fetch (default: all).</source>
        <translation>Comptes à relever (par défaut&#xa0;: tous).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>there are no accounts; add one with &quot;account add&quot;</source>
        <translation>il n’y a aucun compte&#xa0;; ajoutez-en un avec «&#xa0;account add&#xa0;»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>there is no account named %1</source>
        <translation>aucun compte nommé %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--password-stdin works with one account at a time</source>
        <translation>--password-stdin ne fonctionne qu’avec un seul compte à la fois</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: %2 new, %3 deleted from the server, %4 on the server</source>
        <translation>%1&#xa0;: %2 nouveau(x), %3 supprimé(s) du serveur, %4 sur le serveur</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Downloads the rest of a message stored as headers only (over the size limit).</source>
        <translation>Télécharge le reste d’un message enregistré sous forme d’en-têtes seuls (au-delà de la limite de taille).</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../app/satchel-cli/messagecommands.cpp" line="+111"/>
        <source>Message id (see list).</source>
        <translation>Identifiant du message (voir list).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>usage: fetch-rest ID [--password-stdin]</source>
        <translation>utilisation&#xa0;: fetch-rest ID [--password-stdin]</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>message %1 did not come from an account</source>
        <translation>le message %1 ne provient pas d’un compte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>message %1 is already complete</source>
        <translation>le message %1 est déjà complet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the account of message %1 no longer exists</source>
        <translation>le compte du message %1 n’existe plus</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>message %1 downloaded in full</source>
        <translation>message %1 téléchargé en entier</translation>
    </message>
    <message>
        <location filename="../app/satchel-cli/messagecommands.cpp" line="-87"/>
        <source>&quot;%1&quot; is not a message id</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un identifiant de message</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../app/satchel-cli/searchcommands.cpp" line="+106"/>
        <source>there is no folder %1; see &quot;satchel-cli folders&quot;</source>
        <translation>aucun dossier %1&#xa0;; voir «&#xa0;satchel-cli folders&#xa0;»</translation>
    </message>
    <message>
        <location line="+22"/>
        <location filename="../app/satchel-cli/searchcommands.cpp" line="-53"/>
        <source>Only this folder.</source>
        <translation>Uniquement ce dossier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/satchel-cli/searchcommands.cpp" line="+11"/>
        <source>tsv (default) or json.</source>
        <translation>tsv (par défaut) ou json.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../app/satchel-cli/searchcommands.cpp" line="+20"/>
        <source>--format must be tsv or json</source>
        <translation>--format doit valoir tsv ou json</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Write the stored bytes unchanged.</source>
        <translation>Écrire les octets enregistrés tels quels.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>usage: show ID [--raw]</source>
        <translation>utilisation&#xa0;: show ID [--raw]</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>there is no message %1</source>
        <translation>aucun message %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>usage: delete ID</source>
        <translation>utilisation&#xa0;: delete ID</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>message %1 moved to Trash</source>
        <translation>message %1 placé dans la corbeille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>message %1 deleted</source>
        <translation>message %1 supprimé</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>usage: move ID FOLDER</source>
        <translation>utilisation&#xa0;: move ID FOLDER</translation>
    </message>
    <message>
        <location filename="../app/satchel-cli/searchcommands.cpp" line="-60"/>
        <source>--%1 needs a number of at least %2</source>
        <translation>--%1 nécessite un nombre supérieur ou égal à %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Searches the archive. Words must all match; also &quot;a phrase&quot;, prefix*, OR, -word,
( ), from: to: cc: subject: body: filename:, has:attachment, is:unread is:read
is:flagged, in:FOLDER, account:NAME, before:/after:YYYY-MM-DD,
older_than:/newer_than:30d (d w m y), larger:/smaller:5M (K M G).
tsv: id, date, folder, from, subject, flags, size, snippet ([matches] marked).</source>
        <translation>Recherche (tous les mots requis)&#xa0;; aussi &quot;une expression&quot;, préfixe*, OR, -mot,
( ), from: to: cc: subject: body: filename:, has:attachment, is:unread is:read
is:flagged, in:FOLDER, account:NAME, before:/after:YYYY-MM-DD,
older_than:/newer_than:30d (d w m y), larger:/smaller:5M (K M G).
tsv&#xa0;: id, date, dossier, de, objet, indicateurs, taille, extrait ([termes])</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>At most N results (default 50).</source>
        <translation>Au plus N résultats (par défaut 50).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skip the first N results (for paging).</source>
        <translation>Ignorer les N premiers résultats (pour la pagination).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>newest (default) or relevance.</source>
        <translation>newest (par défaut) ou relevance.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print only the number of matching messages.</source>
        <translation>Afficher uniquement le nombre de messages correspondants.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave out the extracts (faster).</source>
        <translation>Omettre les extraits (plus rapide).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What to search for.</source>
        <translation>Les termes à rechercher.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>usage: search QUERY [options]; see search --help</source>
        <translation>utilisation&#xa0;: search QUERY [options]&#xa0;; voir search --help</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--sort must be newest or relevance</source>
        <translation>--sort doit valoir newest ou relevance</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Rebuilds the search index from the stored messages (also drops what deleted messages left behind in it).</source>
        <translation>Reconstruit l’index de recherche à partir des messages enregistrés (et en retire ce qu’y avaient laissé les messages supprimés).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Report progress on standard error.</source>
        <translation>Afficher la progression sur la sortie d’erreur standard.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>usage: reindex [--progress]</source>
        <translation>utilisation&#xa0;: reindex [--progress]</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>indexed %1 of %2</source>
        <translation>%1 sur %2 indexés</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Indexed %n message(s).</source>
        <translation>
            <numerusform>%n message indexé.</numerusform>
            <numerusform>%n messages indexés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/satchel-cli/transfercommands.cpp" line="+62"/>
        <source>%1 (after %n message(s) were imported)</source>
        <translation>
            <numerusform>%1 (après l’importation de %n message)</numerusform>
            <numerusform>%1 (après l’importation de %n messages)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Local folder to import into (created when missing).</source>
        <translation>Dossier local dans lequel importer (créé s’il n’existe pas).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An mbox file (mboxrd).</source>
        <translation>Un fichier mbox (mboxrd).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A Maildir folder.</source>
        <translation>Un dossier Maildir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A message file (repeatable).</source>
        <translation>Un fichier de message (option répétable).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>usage: import --folder F (--mbox FILE | --maildir DIR | --eml FILE ...)</source>
        <translation>utilisation&#xa0;: import --folder F (--mbox FILE | --maildir DIR | --eml FILE ...)</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n message(s) imported into %1</source>
        <translation>
            <numerusform>%n message importé dans %1</numerusform>
            <numerusform>%n messages importés dans %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Folder to export.</source>
        <translation>Dossier à exporter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write one mbox file (mboxrd); it must not exist.</source>
        <translation>Écrire un seul fichier mbox (mboxrd)&#xa0;; il ne doit pas déjà exister.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write one .eml file per message.</source>
        <translation>Écrire un fichier .eml par message.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>usage: export --folder F (--mbox FILE | --eml-dir DIR)</source>
        <translation>utilisation&#xa0;: export --folder F (--mbox FILE | --eml-dir DIR)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>there is no folder %1</source>
        <translation>aucun dossier %1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n message(s) exported</source>
        <translation>
            <numerusform>%n message exporté</numerusform>
            <numerusform>%n messages exportés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <location filename="../ui/errorbanner.cpp" line="+32"/>
        <source>Details…</source>
        <translation>Détails…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The conversation with the server (passwords are hidden):</source>
        <translation>L’échange avec le serveur (les mots de passe sont masqués)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>FolderTreeModel</name>
    <message>
        <location filename="../ui/foldertreemodel.cpp" line="+212"/>
        <source>All Inboxes</source>
        <translation>Toutes les boîtes de réception</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Inbox</source>
        <translation>Boîte de réception</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Archive</source>
        <extracomment>The name of the local folder where archived messages are kept (a noun).</extracomment>
        <translation>Archives</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trash</source>
        <translation>Corbeille</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local Folders</source>
        <translation>Dossiers locaux</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 unread of %2</source>
        <translation>Non lus&#xa0;: %1 sur %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+79"/>
        <location line="+365"/>
        <source>Ready</source>
        <extracomment>Status bar: nothing is going on.</extracomment>
        <translation>Prêt</translation>
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
            <numerusform>%n nouveau message</numerusform>
            <numerusform>%n nouveaux messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n message(s) found</source>
        <translation>
            <numerusform>%n message trouvé</numerusform>
            <numerusform>%n messages trouvés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&lt;b&gt;No account yet.&lt;/b&gt; Add one with File › Add Account…, which finds the server settings and tests them. Imported mail (File › Import) can be read without an account.</source>
        <translation>&lt;b&gt;Aucun compte pour l’instant.&lt;/b&gt; Ajoutez-en un avec Fichier › Ajouter un compte…, qui trouve les paramètres du serveur et les teste. Le courrier importé (Fichier › Importer) peut être lu sans compte.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Opening the archive…</source>
        <translation>Ouverture de l’archive…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Add &amp;Account…</source>
        <translation>Ajouter un &amp;compte…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account &amp;Settings…</source>
        <translation>Paramètres du &amp;compte…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Get Messages</source>
        <translation>&amp;Relever le courrier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check every account for new mail (F5)</source>
        <translation>Relever le nouveau courrier de tous les comptes (F5)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Stop Checking</source>
        <translation>&amp;Arrêter la relève</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark as &amp;Read</source>
        <translation>Marquer comme &amp;lu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark as &amp;Unread</source>
        <translation>Marquer comme &amp;non lu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Flag</source>
        <translation>Marquer pour &amp;suivi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>Supp&amp;rimer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete &amp;Permanently…</source>
        <translation>Supprimer dé&amp;finitivement…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Archive</source>
        <translation>&amp;Archiver</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Move to Folder…</source>
        <translation>&amp;Déplacer vers un dossier…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Copy to Folder…</source>
        <translation>&amp;Copier vers un dossier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next Unread</source>
        <translation>Message non lu su&amp;ivant</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+382"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="-379"/>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New Folder…</source>
        <translation>&amp;Nouveau dossier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rename Folder…</source>
        <translation>&amp;Renommer le dossier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete Folder…</source>
        <translation>&amp;Supprimer le dossier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Empty Trash…</source>
        <translation>&amp;Vider la corbeille…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport Selected Messages…</source>
        <translation>E&amp;xporter les messages sélectionnés…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;Folder…</source>
        <translation>Exporter le &amp;dossier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Selected as .&amp;eml Files…</source>
        <translation>Exporter la sélection en fichiers .&amp;eml…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import mbox or .eml…</source>
        <translation>&amp;Importer un fichier mbox ou .eml…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import &amp;Maildir…</source>
        <translation>Importer un dossier &amp;Maildir…</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Pre&amp;vious Unread</source>
        <translation>Message non lu &amp;précédent</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Satchel</source>
        <translation>À &amp;propos de Satchel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A&amp;ccount Settings</source>
        <translation>&amp;Paramètres des comptes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Message</source>
        <translation>&amp;Message</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>F&amp;older</source>
        <translation>D&amp;ossier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Main</source>
        <extracomment>The name of the main toolbar (shown in the toolbar&apos;s context menu).</extracomment>
        <translation>Principale</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>The mail archive cannot be opened: %1</source>
        <translation>Impossible d’ouvrir l’archive du courrier&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No archive</source>
        <translation>Aucune archive</translation>
    </message>
    <message>
        <location line="+158"/>
        <location line="+23"/>
        <source>Delete permanently</source>
        <translation>Supprimer définitivement</translation>
    </message>
    <message numerus="yes">
        <location line="-22"/>
        <source>Delete %n message(s) permanently? This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer définitivement %n message&#xa0;? Cette action est irréversible.</numerusform>
            <numerusform>Supprimer définitivement %n messages&#xa0;? Cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Delete %n message(s) from the Trash permanently? This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer définitivement %n message de la corbeille&#xa0;? Cette action est irréversible.</numerusform>
            <numerusform>Supprimer définitivement %n messages de la corbeille&#xa0;? Cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete</source>
        <extracomment>Names the step in &quot;Undo %1&quot; (a verb, as in the Edit menu&apos;s &quot;Undo Delete&quot;).</extracomment>
        <translation>Suppression</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annuler&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1: %n message(s). Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%1&#xa0;: %n message. Ctrl+Z pour annuler.</numerusform>
            <numerusform>%1&#xa0;: %n messages. Ctrl+Z pour annuler.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Archive</source>
        <extracomment>Names the step in &quot;Undo %1&quot; (a verb: &quot;Undo Archive&quot;).</extracomment>
        <translation>Archivage</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Copy to folder</source>
        <translation>Copier vers un dossier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move to folder</source>
        <translation>Déplacer vers un dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder:</source>
        <translation>Dossier&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Move</source>
        <extracomment>Names the step in &quot;Undo %1&quot; (a verb: &quot;Undo Move&quot;).</extracomment>
        <translation>Déplacement</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New folder</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the new folder in Local Folders:</source>
        <translation>Nom du nouveau dossier dans les Dossiers locaux&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rename folder</source>
        <translation>Renommer le dossier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New name:</source>
        <translation>Nouveau nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete folder</source>
        <translation>Supprimer le dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the folder &quot;%1&quot;? Its messages go to the Trash.</source>
        <translation>Supprimer le dossier «&#xa0;%1&#xa0;»&#xa0;? Ses messages seront placés dans la corbeille.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Empty Trash</source>
        <translation>Vider la corbeille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete every message in the Trash permanently?</source>
        <translation>Supprimer définitivement tous les messages de la corbeille&#xa0;?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export to mbox</source>
        <translation>Exporter au format mbox</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mailbox files (*.mbox);;All files (*)</source>
        <translation>Fichiers mbox (*.mbox);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <location line="+12"/>
        <source>Exporting %n message(s)…</source>
        <translation>
            <numerusform>Exportation de %n message…</numerusform>
            <numerusform>Exportation de %n messages…</numerusform>
        </translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Export as .eml files into</source>
        <translation>Exporter les fichiers .eml dans</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import a Maildir folder (the one holding cur and new)</source>
        <translation>Importer un dossier Maildir (celui qui contient cur et new)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+14"/>
        <source>Importing %1 into Local Folders/%1…</source>
        <translation>Importation de %1 dans Dossiers locaux/%1…</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Import mail</source>
        <translation>Importer du courrier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mailbox files (*.mbox *.mbx *.mbs);;Message files (*.eml);;All files (*)</source>
        <translation>Fichiers mbox (*.mbox *.mbx *.mbs);;Fichiers de message (*.eml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>About Satchel</source>
        <translation>À propos de Satchel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Satchel %1&lt;/h3&gt;&lt;p&gt;A POP3 mail client for reading your mail offline on one computer.&lt;/p&gt;&lt;p&gt;Profile: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Satchel %1&lt;/h3&gt;&lt;p&gt;Un client de messagerie POP3 pour lire votre courrier hors ligne sur un seul ordinateur.&lt;/p&gt;&lt;p&gt;Profil&#xa0;: %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MessageListModel</name>
    <message>
        <location filename="../ui/messagelistmodel.cpp" line="+279"/>
        <source>Unread</source>
        <extracomment>Tooltip of the read/unread column: the message&apos;s state (adjective).</extracomment>
        <translation>Non lu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read</source>
        <translation>Lu</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+122"/>
        <source>Flagged</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>Not flagged</source>
        <translation>Non suivi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Has attachments</source>
        <translation>Avec pièces jointes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No attachments</source>
        <translation>Sans pièce jointe</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Today %1</source>
        <translation>Aujourd’hui %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yesterday %1</source>
        <translation>Hier %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+23"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Size</source>
        <extracomment>Column header: the message&apos;s size in bytes.</extracomment>
        <translation>Taille</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Read or unread</source>
        <translation>Lu ou non lu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sender</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date sent</source>
        <translation>Date d’envoi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size of the message</source>
        <translation>Taille du message</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder the message is in</source>
        <translation>Le dossier contenant le message</translation>
    </message>
</context>
<context>
    <name>MessageSourceDialog</name>
    <message>
        <location filename="../ui/messagesourcedialog.cpp" line="+19"/>
        <source>Message Source</source>
        <translation>Source du message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message Source – %1</source>
        <translation>Source du message – %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This message is %1; only its first %2 are shown.</source>
        <translation>Ce message fait %1&#xa0;; seul le début (%2) est affiché.</translation>
    </message>
</context>
<context>
    <name>Mime::AttachmentSaver</name>
    <message>
        <location filename="../core/mime/attachmentsaver.cpp" line="+65"/>
        <source>No folder was chosen to save the attachment in.</source>
        <translation>Aucun dossier n’a été choisi pour enregistrer la pièce jointe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder “%1” does not exist.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» n’existe pas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is not a folder.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un dossier.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There are too many files named “%1” in the folder “%2”. Choose another folder.</source>
        <translation>Il y a trop de fichiers nommés «&#xa0;%1&#xa0;» dans le dossier «&#xa0;%2&#xa0;». Choisissez un autre dossier.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot save files in the folder “%1”: %2. Check that the folder is writable.</source>
        <translation>Impossible d’enregistrer des fichiers dans le dossier «&#xa0;%1&#xa0;»&#xa0;: %2. Vérifiez que le dossier est accessible en écriture.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not write “%1”: %2. The disk may be full.</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;»&#xa0;: %2. Le disque est peut-être plein.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” was changed by another program while it was being saved. Check the folder “%2”.</source>
        <translation>«&#xa0;%1&#xa0;» a été modifié par un autre programme pendant son enregistrement. Vérifiez le dossier «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not save “%1”: %2.</source>
        <translation>Impossible d’enregistrer «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not save “%1” because other programs keep creating files with the same name in the folder “%2”.</source>
        <translation>Impossible d’enregistrer «&#xa0;%1&#xa0;», car d’autres programmes ne cessent de créer des fichiers du même nom dans le dossier «&#xa0;%2&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Mime::MessageParser</name>
    <message>
        <location filename="../core/mime/messageparser.cpp" line="+259"/>
        <source>Parts nested too deeply are not shown.</source>
        <translation>Les parties trop profondément imbriquées ne sont pas affichées.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This message has too many parts; only the first %1 are shown.</source>
        <translation>Ce message comporte trop de parties&#xa0;; seules les %1 premières sont affichées.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+116"/>
        <location line="+71"/>
        <source>This message is encrypted. Satchel cannot decrypt it.</source>
        <translation>Ce message est chiffré. Satchel ne peut pas le déchiffrer.</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>A forwarded message is too large to show; it is kept as an attachment.</source>
        <translation>Un message transféré est trop volumineux pour être affiché&#xa0;; il est conservé en tant que pièce jointe.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>This message is signed in a form Satchel cannot show (S/MIME opaque signature).</source>
        <translation>Ce message est signé sous une forme que Satchel ne peut pas afficher (signature S/MIME opaque).</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Part of the text is too long and is not shown in full.</source>
        <translation>Une partie du texte est trop longue et n’est pas affichée en entier.</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>This message could not be understood; it is shown as raw text.</source>
        <translation>Ce message n’a pas pu être interprété&#xa0;; il est affiché en texte brut.</translation>
    </message>
</context>
<context>
    <name>OAuthTokenSource</name>
    <message>
        <location filename="../ui/oauthtokensource.cpp" line="+36"/>
        <source>Signing in to %1 was cancelled.</source>
        <translation>L’identification auprès de %1 a été annulée.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Satchel is already signing in to %1.</source>
        <translation>Satchel est déjà en train de s’identifier auprès de %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Satchel can sign in with OAuth2 only to Gmail and Microsoft 365; %1 is neither. Choose another authentication in the account settings.</source>
        <translation>Satchel ne peut s’identifier avec OAuth2 qu’auprès de Gmail et de Microsoft 365&#xa0;; %1 n’est ni l’un ni l’autre. Choisissez une autre méthode d’authentification dans les paramètres du compte.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 was not checked: Satchel needs you to sign in with %2. Choose Get Messages to sign in.</source>
        <translation>Le compte %1 n’a pas été relevé&#xa0;: Satchel a besoin que vous vous identifiiez auprès de %2. Choisissez «&#xa0;Relever le courrier&#xa0;» pour vous identifier.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Signing in with %1 did not work: %2</source>
        <translation>L’identification auprès de %1 a échoué&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../ui/passworddialog.cpp" line="+15"/>
        <source>Password for %1</source>
        <translation>Mot de passe de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password for %1 on %2:</source>
        <translation>Mot de passe de %1 sur %2&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Remember it in the system keychain</source>
        <translation>&amp;Mémoriser dans le trousseau de clés du système</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No keychain is available, so Satchel keeps the password only until it quits.</source>
        <translation>Aucun trousseau de clés n’est disponible&#xa0;: Satchel ne conserve donc le mot de passe que jusqu’à sa fermeture.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Remember it in my profile (stored unencrypted)</source>
        <translation>&amp;Mémoriser dans mon profil (enregistré sans chiffrement)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anyone who can read your files, or a backup of them, can read a password remembered this way.</source>
        <translation>Toute personne pouvant lire vos fichiers, ou une sauvegarde de ceux-ci, peut lire un mot de passe mémorisé de cette façon.</translation>
    </message>
</context>
<context>
    <name>Pop3::Error</name>
    <message>
        <location filename="../core/pop3/pop3error.cpp" line="+21"/>
        <source>The mail server&apos;s name could not be found. Check the server name and your network connection.</source>
        <translation>Le nom du serveur de messagerie est introuvable. Vérifiez le nom du serveur et votre connexion réseau.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The mail server refused the connection. Check the server name and port.</source>
        <translation>Le serveur de messagerie a refusé la connexion. Vérifiez le nom du serveur et le port.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not connect to the mail server.</source>
        <translation>Impossible de se connecter au serveur de messagerie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection to the mail server was lost. Nothing was deleted on the server; the next check continues where this one stopped.</source>
        <translation>La connexion au serveur de messagerie a été perdue. Rien n’a été supprimé sur le serveur&#xa0;; la prochaine relève reprendra là où celle-ci s’est arrêtée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The mail server did not answer in time.</source>
        <translation>Le serveur de messagerie n’a pas répondu à temps.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A secure (TLS) connection to the mail server could not be established.</source>
        <translation>Impossible d’établir une connexion sécurisée (TLS) avec le serveur de messagerie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The mail server&apos;s certificate could not be verified, so nothing was sent to it. Someone may be impersonating the server.</source>
        <translation>Le certificat du serveur de messagerie n’a pas pu être vérifié&#xa0;; rien ne lui a donc été envoyé. Quelqu’un se fait peut-être passer pour le serveur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server does not offer STARTTLS, which this account requires. Satchel will not send your mail or password unencrypted.</source>
        <translation>Le serveur ne propose pas STARTTLS, que ce compte exige. Satchel n’enverra ni votre courrier ni votre mot de passe sans chiffrement.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server refused to start an encrypted (STARTTLS) connection. Satchel will not continue unencrypted.</source>
        <translation>Le serveur a refusé d’établir une connexion chiffrée (STARTTLS). Satchel ne poursuivra pas sans chiffrement.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server sent unexpected data while switching to encryption. This can be an attack on the connection, so Satchel stopped.</source>
        <translation>Le serveur a envoyé des données inattendues lors du passage au chiffrement. Il peut s’agir d’une attaque contre la connexion&#xa0;; Satchel l’a donc interrompue.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The mail server is not accepting connections right now.</source>
        <translation>Le serveur de messagerie n’accepte pas de connexions pour le moment.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your password would be sent unencrypted. Enable encryption for this account, or explicitly allow unencrypted passwords in its settings.</source>
        <translation>Votre mot de passe serait envoyé sans chiffrement. Activez le chiffrement pour ce compte, ou autorisez explicitement les mots de passe non chiffrés dans ses paramètres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server offers no sign-in method this account allows. Try another authentication method in the account settings.</source>
        <translation>Le serveur ne propose aucune méthode d’identification autorisée pour ce compte. Essayez une autre méthode d’authentification dans les paramètres du compte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The user name or password contains characters that cannot be sent.</source>
        <translation>Le nom d’utilisateur ou le mot de passe contient des caractères qui ne peuvent pas être envoyés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server did not accept the user name or password.</source>
        <translation>Le serveur n’a pas accepté le nom d’utilisateur ou le mot de passe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mailbox is in use by another program. Satchel will try again later.</source>
        <translation>La boîte aux lettres est utilisée par un autre programme. Satchel réessaiera plus tard.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server asks to wait longer between checks for mail.</source>
        <translation>Le serveur demande d’espacer davantage les relèves du courrier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mail server has a temporary problem. Satchel will try again later.</source>
        <translation>Le serveur de messagerie rencontre un problème temporaire. Satchel réessaiera plus tard.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The mail server reported a permanent problem with this mailbox.</source>
        <translation>Le serveur de messagerie a signalé un problème permanent avec cette boîte aux lettres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mail server could not carry out a request.</source>
        <translation>Le serveur de messagerie n’a pas pu exécuter une requête.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mail server sent something Satchel does not understand, so the connection was closed.</source>
        <translation>Le serveur de messagerie a envoyé une réponse que Satchel ne comprend pas&#xa0;; la connexion a donc été fermée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A message could not be saved on this computer, so the check was stopped. Nothing was deleted on the server.</source>
        <translation>Un message n’a pas pu être enregistré sur cet ordinateur&#xa0;; la relève a donc été interrompue. Rien n’a été supprimé sur le serveur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server cannot do what this account&apos;s settings need.</source>
        <translation>Le serveur ne prend pas en charge ce qu’exigent les paramètres de ce compte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled. Nothing was deleted on the server.</source>
        <translation>Annulé. Rien n’a été supprimé sur le serveur.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The server said: “%1”</source>
        <translation>Réponse du serveur&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>ReadingPane</name>
    <message>
        <location filename="../ui/readingpane.cpp" line="+58"/>
        <source>View &amp;Source</source>
        <translation>Afficher la &amp;source</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the message as it was received (Ctrl+U)</source>
        <translation>Afficher le message tel qu’il a été reçu (Ctrl+U)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No message selected</source>
        <translation>Aucun message sélectionné</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>The account keeps messages on the server for a while after downloading them.</source>
        <translation>Ce compte conserve les messages sur le serveur pendant un certain temps après leur téléchargement.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>From:</source>
        <translation>De&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To:</source>
        <translation>À&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cc:</source>
        <translation>Cc&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date:</source>
        <translation>Date&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>H&amp;TML</source>
        <translation>&amp;HTML</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the message as the sender formatted it</source>
        <translation>Afficher le message avec la mise en forme de l’expéditeur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P&amp;lain Text</source>
        <translation>Te&amp;xte brut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the message as plain text</source>
        <translation>Afficher le message en texte brut</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Loa&amp;d</source>
        <translation>&amp;Charger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load the remote images of this message. The sender may learn that you opened it.</source>
        <translation>Charger les images distantes de ce message. L’expéditeur pourrait savoir que vous l’avez ouvert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Al&amp;ways for This Sender</source>
        <translation>&amp;Toujours pour cet expéditeur</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown</source>
        <translation>Inconnue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (received; the message has no valid date)</source>
        <translation>%1 (date de réception&#xa0;; le message n’a pas de date valide)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>As sent: %1</source>
        <translation>Date telle qu’envoyée&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>%n more</source>
        <translation>
            <numerusform>%n autre</numerusform>
            <numerusform>%n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>%n remote image(s) blocked</source>
        <translation>
            <numerusform>%n image distante bloquée</numerusform>
            <numerusform>%n images distantes bloquées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Satchel did not load them, so the sender cannot tell that you opened the message.</source>
        <translation>Satchel ne les a pas chargées&#xa0;: l’expéditeur ne peut donc pas savoir que vous avez ouvert le message.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From: %1</source>
        <translation>Provenance&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Always load remote images in messages from %1</source>
        <translation>Toujours charger les images distantes des messages de %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only the headers of this message were downloaded.</source>
        <translation>Seuls les en-têtes de ce message ont été téléchargés.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This message has no text.</source>
        <translation>Ce message ne contient pas de texte.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The message is too long to show in full.</source>
        <translation>Le message est trop long pour être affiché en entier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The message is signed; Satchel does not check signatures.</source>
        <translation>Le message est signé&#xa0;; Satchel ne vérifie pas les signatures.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Leaves the server at the next check for new mail</source>
        <translation>Sera supprimé du serveur lors de la prochaine relève du courrier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leaves the server on %1</source>
        <translation>Sera supprimé du serveur le %1</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy &amp;All</source>
        <translation>Copier &amp;tout</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Copy &amp;Address</source>
        <translation>Copier l’&amp;adresse</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy &amp;Name and Address</source>
        <translation>Copier le &amp;nom et l’adresse</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1, %2</source>
        <extracomment>A message&apos;s date: %1 is the date (long format), %2 the time of day.</extracomment>
        <translation>%1 à %2</translation>
    </message>
</context>
<context>
    <name>RetentionSettingsForm</name>
    <message>
        <location filename="../ui/retentionsettingsform.cpp" line="+11"/>
        <source>&amp;Leave messages on the server</source>
        <translation>&amp;Laisser les messages sur le serveur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;For at most</source>
        <translation>Pen&amp;dant au plus</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source> day(s)</source>
        <extracomment>Spin box suffix after a number of days; keep the leading space.</extracomment>
        <translation>
            <numerusform> jour</numerusform>
            <numerusform> jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Delete from the server when I delete them here</source>
        <translation>Suppri&amp;mer du serveur quand je les supprime ici</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download only the headers of messages larger than</source>
        <translation>Ne télécharger que les en-têtes des messages de plus de</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> KiB</source>
        <extracomment>Spin box suffix after a size in kibibytes; keep the leading space.</extracomment>
        <translation> Kio</translation>
    </message>
</context>
<context>
    <name>Search::QueryCompiler</name>
    <message>
        <location filename="../core/search/querycompiler.cpp" line="+115"/>
        <source>There is nothing to search for in this query: it has no letters or digits.</source>
        <translation>Cette requête ne contient rien à rechercher&#xa0;: elle ne comporte ni lettres ni chiffres.</translation>
    </message>
    <message>
        <location line="+207"/>
        <source>There is no folder &quot;%1&quot; (in: takes a folder as &quot;satchel-cli folders&quot; lists it, or its name).</source>
        <translation>Il n’y a pas de dossier «&#xa0;%1&#xa0;» (in: attend un dossier tel que «&#xa0;satchel-cli folders&#xa0;» l’affiche, ou son nom).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>There is no account &quot;%1&quot;.</source>
        <translation>Il n’y a pas de compte «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Search::QueryParser</name>
    <message>
        <location filename="../core/search/queryparser.cpp" line="+358"/>
        <source>This search has too many words and filters (more than %1). Remove some and try again.</source>
        <translation>Cette recherche comporte trop de mots et de filtres (plus de %1). Supprimez-en quelques-uns et réessayez.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>“%1:” needs a word right after the colon, for example %2.</source>
        <translation>«&#xa0;%1:&#xa0;» doit être suivi d’un mot juste après les deux-points, par exemple %2.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>“%1:” needs a value right after the colon, for example %2.</source>
        <translation>«&#xa0;%1:&#xa0;» doit être suivi d’une valeur juste après les deux-points, par exemple %2.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“%1” is not something has: can look for. Use has:attachment.</source>
        <translation>«&#xa0;%1&#xa0;» ne fait pas partie de ce que has: peut rechercher. Utilisez has:attachment.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” is not something is: can look for. Use is:unread, is:read or is:flagged.</source>
        <translation>«&#xa0;%1&#xa0;» ne fait pas partie de ce que is: peut rechercher. Utilisez is:unread, is:read ou is:flagged.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“%1” is not a date %2: understands. Write it as YYYY-MM-DD or YYYY/MM/DD, for example %3.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date que %2: comprend. Écrivez-la sous la forme AAAA-MM-JJ ou AAAA/MM/JJ, par exemple %3.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+19"/>
        <source>“%1” is too large a number for %2:.</source>
        <translation>«&#xa0;%1&#xa0;» est un nombre trop grand pour %2:.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>“%1” is not an age %2: understands. Write a number followed by d (days), w (weeks), m (months) or y (years), for example %3.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une durée que %2: comprend. Écrivez un nombre suivi de d (jours), w (semaines), m (mois) ou y (années), par exemple %3.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>“%1” is not a size %2: understands. Write a number of bytes, or a number followed by K, M or G, for example %3.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une taille que %2: comprend. Écrivez un nombre d’octets, ou un nombre suivi de K, M ou G, par exemple %3.</translation>
    </message>
    <message>
        <location line="+179"/>
        <source>This search is nested too deeply at “%1” (more than %2 levels of parentheses and NOT). Simplify it and try again.</source>
        <translation>Cette recherche est trop imbriquée à «&#xa0;%1&#xa0;» (plus de %2 niveaux de parenthèses et de NOT). Simplifiez-la et réessayez.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>“%1” needs something to search for on both sides.</source>
        <translation>«&#xa0;%1&#xa0;» nécessite un terme à rechercher de chaque côté.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” needs something to leave out right after it.</source>
        <translation>«&#xa0;%1&#xa0;» doit être immédiatement suivi de ce qu’il faut exclure.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is nothing to search for inside “%1)”.</source>
        <translation>Il n’y a rien à rechercher dans «&#xa0;%1)&#xa0;».</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+101"/>
        <source>This “%1” is never closed.</source>
        <translation>Ce «&#xa0;%1&#xa0;» n’est jamais fermé.</translation>
    </message>
    <message>
        <location line="-95"/>
        <location line="+13"/>
        <source>This “)” has no matching “(”.</source>
        <translation>Cette «&#xa0;)&#xa0;» n’a pas de «&#xa0;(&#xa0;» correspondante.</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+130"/>
        <source>Type something to search for.</source>
        <translation>Saisissez ce que vous voulez rechercher.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>This search is too long (more than %1 characters). Shorten it and try again.</source>
        <translation>Cette recherche est trop longue (plus de %1 caractères). Raccourcissez-la et réessayez.</translation>
    </message>
</context>
<context>
    <name>Search::Searcher</name>
    <message>
        <location filename="../core/search/searcher.cpp" line="+54"/>
        <location line="+85"/>
        <location line="+10"/>
        <source>Cannot search the archive: %1</source>
        <translation>Impossible d’effectuer une recherche dans l’archive&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../ui/searchfield.cpp" line="+9"/>
        <source>Search all mail (from:ann has:attachment &quot;a phrase&quot; …)</source>
        <translation>Rechercher dans tout le courrier (from:ann has:attachment &quot;une expression&quot; …)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Words must all match. Also: &quot;exact phrase&quot;, prefix*, OR, -word, from:, to:, subject:, body:, filename:, has:attachment, is:unread, in:FOLDER, before:/after:YYYY-MM-DD, older_than:30d, larger:5M</source>
        <translation>Tous les mots doivent correspondre. Également&#xa0;: &quot;expression exacte&quot;, préfixe*, OR, -mot, from:, to:, subject:, body:, filename:, has:attachment, is:unread, in:DOSSIER, before:/after:AAAA-MM-JJ, older_than:30d, larger:5M</translation>
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
        <translation>Aucune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without encryption, your password and your mail cross the network readable by anyone on the way.</source>
        <translation>Sans chiffrement, votre mot de passe et votre courrier circulent en clair sur le réseau&#xa0;: n’importe qui sur le trajet peut les lire.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Allo&amp;w sending my password unencrypted</source>
        <translation>Autoriser l’envoi de mon mot de passe sans chi&amp;ffrement</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ser&amp;ver:</source>
        <translation>S&amp;erveur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Securit&amp;y:</source>
        <translation>Sécur&amp;ité&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Au&amp;thentication:</source>
        <translation>Aut&amp;hentification&#xa0;:</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Normal password</source>
        <translation>Mot de passe normal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypted password (CRAM-MD5/APOP)</source>
        <translation>Mot de passe chiffré (CRAM-MD5/APOP)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OAuth2</source>
        <translation>OAuth2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;User name:</source>
        <translation>Nom d’&amp;utilisateur&#xa0;:</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="+18"/>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> min</source>
        <extracomment>Spin box suffix after a number of minutes; keep the leading space.</extracomment>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only when I ask</source>
        <translation>Seulement sur demande</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> s</source>
        <extracomment>Spin box suffix after a number of seconds; keep the leading space.</extracomment>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never automatically</source>
        <translation>Jamais automatiquement</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Block, and ask for each message</source>
        <translation>Bloquer et demander pour chaque message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always load</source>
        <translation>Toujours charger</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Classic (list above the message)</source>
        <translation>Classique (liste au-dessus du message)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wide (list beside the message)</source>
        <translation>Large (liste à côté du message)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Check for new mail every:</source>
        <translation>Intervalle de relève&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark a message read after:</source>
        <translation>Marquer un message comme lu après&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remote images and styles:</source>
        <translation>Images et styles distants&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layout:</source>
        <translation>Disposition&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language is used the next time Satchel starts.</source>
        <translation>La nouvelle langue sera utilisée au prochain démarrage de Satchel.</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <location filename="../ui/singleinstance.cpp" line="+39"/>
        <source>Satchel is already open on this profile; its window was brought to the front.</source>
        <translation>Satchel est déjà ouvert sur ce profil&#xa0;; sa fenêtre a été mise au premier plan.</translation>
    </message>
</context>
<context>
    <name>Store::ArchiveRecovery</name>
    <message>
        <location filename="../core/store/archiverecovery.cpp" line="+107"/>
        <source>Cannot write the recovered archive: %1 (%2)</source>
        <translation>Impossible d’écrire l’archive récupérée&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no archive to recover in %1.</source>
        <translation>Il n’y a aucune archive à récupérer dans %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot open the damaged archive %1: %2</source>
        <translation>Impossible d’ouvrir l’archive endommagée %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing can be read from %1: its list of tables is damaged (%2).</source>
        <translation>Rien ne peut être lu dans %1&#xa0;: sa liste de tables est endommagée (%2).</translation>
    </message>
    <message>
        <location line="+259"/>
        <source>Cannot clear %1.</source>
        <translation>Impossible de vider %1.</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+84"/>
        <source>Cannot write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>The recovered archive has references to missing rows.</source>
        <translation>L’archive récupérée contient des références à des lignes manquantes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The recovered archive does not pass the check: %1</source>
        <translation>L’archive récupérée ne passe pas la vérification&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no recovered archive in %1.</source>
        <translation>Il n’y a aucune archive récupérée dans %1.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cannot rename %1 to %2.</source>
        <translation>Impossible de renommer %1 en %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot move %1 to %2.</source>
        <translation>Impossible de déplacer %1 vers %2.</translation>
    </message>
</context>
<context>
    <name>Store::ArchiveService</name>
    <message>
        <location filename="../core/store/archiveservice.cpp" line="+68"/>
        <source>The mail archive is damaged (%1). Satchel shows what it can still read. Copy the profile folder somewhere safe before anything else; then Recover… keeps every readable message (`satchel-cli check` lists the problems).</source>
        <translation>L’archive du courrier est endommagée (%1). Satchel affiche ce qu’il peut encore lire. Avant toute chose, copiez le dossier du profil en lieu sûr&#xa0;; ensuite, «&#xa0;Récupérer…&#xa0;» conservera chaque message lisible (`satchel-cli check` liste les problèmes).</translation>
    </message>
</context>
<context>
    <name>Store::CertificatePins</name>
    <message>
        <location filename="../core/store/certificatepins.cpp" line="+55"/>
        <source>Cannot read the accepted certificates: %1</source>
        <translation>Impossible de lire les certificats acceptés&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cannot change the accepted certificates: %1</source>
        <translation>Impossible de modifier les certificats acceptés&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A certificate without a server or fingerprint cannot be accepted.</source>
        <translation>Un certificat sans serveur ni empreinte ne peut pas être accepté.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot save the accepted certificate for %1:%2: %3</source>
        <translation>Impossible d’enregistrer le certificat accepté pour %1:%2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>Store::Database</name>
    <message>
        <location filename="../core/store/database.cpp" line="+117"/>
        <source>Cannot create the profile folder %1.</source>
        <translation>Impossible de créer le dossier du profil %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot create the database %1: %2</source>
        <translation>Impossible de créer la base de données %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot open the database %1: %2</source>
        <translation>Impossible d’ouvrir la base de données %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The database %1 cannot be read: %2</source>
        <translation>Impossible de lire la base de données %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database %1 was written by a newer version of Satchel (schema %2; this version knows %3). It was not changed.</source>
        <translation>La base de données %1 a été écrite par une version plus récente de Satchel (schéma %2&#xa0;; cette version connaît le schéma %3). Elle n’a pas été modifiée.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Cannot update the database: %1</source>
        <translation>Impossible de mettre à jour la base de données&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Database error: %1 (%2)</source>
        <translation>Erreur de base de données&#xa0;: %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>the archive is locked by another program (another Satchel window or satchel-cli, or a tool that opened satchel.sqlite) and stayed locked for %n second(s); try again when it is done</source>
        <translation>
            <numerusform>l’archive est verrouillée par un autre programme (une autre fenêtre de Satchel, satchel-cli ou un outil ayant ouvert satchel.sqlite) et l’est restée pendant %n seconde&#xa0;; réessayez quand il aura terminé</numerusform>
            <numerusform>l’archive est verrouillée par un autre programme (une autre fenêtre de Satchel, satchel-cli ou un outil ayant ouvert satchel.sqlite) et l’est restée pendant %n secondes&#xa0;; réessayez quand il aura terminé</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Store::Eml</name>
    <message>
        <location filename="../core/store/emlfiles.cpp" line="+45"/>
        <source>“%1” cannot be used as a file name.</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas servir de nom de fichier.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The folder “%1” does not exist.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» n’existe pas.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot create the file “%1”: %2</source>
        <translation>Impossible de créer le fichier «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot write the file “%1”: %2</source>
        <translation>Impossible d’écrire le fichier «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The file “%1” is larger than %2 bytes.</source>
        <translation>Le fichier «&#xa0;%1&#xa0;» dépasse %2 octets.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is not a file that can be read.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un fichier lisible.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot open the file “%1”: %2</source>
        <translation>Impossible d’ouvrir le fichier «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot read the file “%1”: %2</source>
        <translation>Impossible de lire le fichier «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Store::MailTransfer</name>
    <message numerus="yes">
        <location filename="../core/store/mailtransfer.cpp" line="+61"/>
        <source>%1 (after %n message(s) were imported)</source>
        <translation>
            <numerusform>%1 (après l’importation de %n message)</numerusform>
            <numerusform>%1 (après l’importation de %n messages)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
</context>
<context>
    <name>Store::Maildir</name>
    <message>
        <location filename="../core/store/maildirreader.cpp" line="+35"/>
        <source>The folder “%1” does not exist.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» n’existe pas.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” is not a Maildir folder: it has no “cur” and “new” subfolders.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un dossier Maildir&#xa0;: il ne contient pas les sous-dossiers «&#xa0;cur&#xa0;» et «&#xa0;new&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Store::Mbox</name>
    <message>
        <location filename="../core/store/mboxreader.cpp" line="+81"/>
        <source>Cannot open the mbox file “%1”: %2</source>
        <translation>Impossible d’ouvrir le fichier mbox «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot read the mbox file “%1”: %2</source>
        <translation>Impossible de lire le fichier mbox «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The mbox file “%1” has a line longer than %2 bytes at byte %3.</source>
        <translation>Le fichier mbox «&#xa0;%1&#xa0;» contient une ligne de plus de %2 octets à l’octet %3.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>“%1” is not an mbox file: it does not begin with a “From ” line.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un fichier mbox&#xa0;: il ne commence pas par une ligne «&#xa0;From&#xa0;».</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../core/store/mboxwriter.cpp" line="+141"/>
        <location line="+15"/>
        <source>The mbox file “%1” is not open.</source>
        <translation>Le fichier mbox «&#xa0;%1&#xa0;» n’est pas ouvert.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The mbox file “%1” has a message larger than %2 bytes at byte %3.</source>
        <translation>Le fichier mbox «&#xa0;%1&#xa0;» contient un message de plus de %2 octets à l’octet %3.</translation>
    </message>
    <message>
        <location filename="../core/store/mboxwriter.cpp" line="-79"/>
        <source>The mbox file “%1” is already open.</source>
        <translation>Le fichier mbox «&#xa0;%1&#xa0;» est déjà ouvert.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot create the mbox file “%1”: %2</source>
        <translation>Impossible de créer le fichier mbox «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot write to the mbox file “%1”: %2</source>
        <translation>Impossible d’écrire dans le fichier mbox «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Cannot save the mbox file “%1”: %2</source>
        <translation>Impossible d’enregistrer le fichier mbox «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Store::MessageStore</name>
    <message>
        <location filename="../core/store/messagestorefolders.cpp" line="+44"/>
        <location line="+118"/>
        <source>Cannot create the folder %1: %2</source>
        <translation>Impossible de créer le dossier %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+34"/>
        <source>&quot;%1&quot; is not a folder name (names cannot contain &quot;/&quot;).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom de dossier valide (les noms ne peuvent pas contenir «&#xa0;/&#xa0;»).</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>There is no folder %1.</source>
        <translation>Le dossier %1 n’existe pas.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cannot rename the folder: %1</source>
        <translation>Impossible de renommer le dossier&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only folders you made can be renamed.</source>
        <translation>Seuls les dossiers que vous avez créés peuvent être renommés.</translation>
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
        <translation>Impossible d’écrire dans la base de données&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/store/messagestorefolders.cpp" line="+11"/>
        <location line="+5"/>
        <source>Cannot delete the folder: %1</source>
        <translation>Impossible de supprimer le dossier&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Only folders you made can be deleted.</source>
        <translation>Seuls les dossiers que vous avez créés peuvent être supprimés.</translation>
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
        <translation>Impossible d’enregistrer le message&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-314"/>
        <source>The account has no Inbox.</source>
        <translation>Ce compte n’a pas de boîte de réception.</translation>
    </message>
    <message>
        <location line="+73"/>
        <location line="+20"/>
        <location line="+7"/>
        <source>Cannot save messages: %1</source>
        <translation>Impossible d’enregistrer les messages&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Cannot move the message: %1</source>
        <translation>Impossible de déplacer le message&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <location line="+126"/>
        <source>There is no message %1.</source>
        <translation>Le message %1 n’existe pas.</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Cannot delete the message: %1</source>
        <translation>Impossible de supprimer le message&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Message %1 is not stored as headers only.</source>
        <translation>Le message %1 n’est pas enregistré sous forme d’en-têtes seuls.</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+3"/>
        <source>Cannot change the message: %1</source>
        <translation>Impossible de modifier le message&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+6"/>
        <source>Cannot empty the Trash: %1</source>
        <translation>Impossible de vider la corbeille&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/store/messagestoreaccounts.cpp" line="-169"/>
        <location line="+13"/>
        <location line="+10"/>
        <location line="+6"/>
        <location line="+5"/>
        <location line="+5"/>
        <source>Cannot add the account %1: %2</source>
        <translation>Impossible d’ajouter le compte %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Cannot change the account %1: %2</source>
        <translation>Impossible de modifier le compte %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+39"/>
        <source>There is no account named %1.</source>
        <translation>Il n’y a aucun compte nommé %1.</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>An account name must not be empty or contain &quot;/&quot;.</source>
        <translation>Un nom de compte ne doit ni être vide ni contenir «&#xa0;/&#xa0;».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is already an account named %1.</source>
        <translation>Un compte nommé %1 existe déjà.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot rename the account: %1</source>
        <translation>Impossible de renommer le compte&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no account %1.</source>
        <translation>Le compte %1 n’existe pas.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot remove the account %1: %2</source>
        <translation>Impossible de supprimer le compte %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Store::PasswordFile</name>
    <message>
        <location filename="../core/store/passwordfile.cpp" line="+36"/>
        <source>Cannot read the stored passwords in %1: %2</source>
        <translation>Impossible de lire les mots de passe enregistrés dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is too large</source>
        <translation>le fichier est trop volumineux</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The stored passwords in %1 are damaged; enter the passwords again.</source>
        <translation>Les mots de passe enregistrés dans %1 sont endommagés&#xa0;; saisissez-les à nouveau.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Cannot remove %1.</source>
        <translation>Impossible de supprimer %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot save the stored passwords in %1: %2</source>
        <translation>Impossible d’enregistrer les mots de passe dans %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Store::SearchIndex</name>
    <message>
        <location filename="../core/store/searchindex.cpp" line="+90"/>
        <source>Cannot read the search index: %1</source>
        <translation>Impossible de lire l’index de recherche&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+8"/>
        <source>Cannot update the search index: %1</source>
        <translation>Impossible de mettre à jour l’index de recherche&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+10"/>
        <location line="+44"/>
        <source>Cannot rebuild the search index: %1</source>
        <translation>Impossible de reconstruire l’index de recherche&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Sync::AccountConnection</name>
    <message>
        <location filename="../core/sync/accountconnection.cpp" line="+37"/>
        <source>No certificate could be read from %1.</source>
        <translation>Aucun certificat n’a pu être lu dans %1.</translation>
    </message>
</context>
<context>
    <name>Sync::CompletionJob</name>
    <message>
        <location filename="../core/sync/completionjob.cpp" line="+31"/>
        <source>Message %1 is not a partly downloaded message of account %2.</source>
        <translation>Le message %1 n’est pas un message partiellement téléchargé du compte %2.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The message is no longer on the server.</source>
        <translation>Le message n’est plus sur le serveur.</translation>
    </message>
</context>
<context>
    <name>Sync::Keychain</name>
    <message>
        <location filename="../core/sync/keychain.cpp" line="+17"/>
        <source>no keychain is reachable (no D-Bus session)</source>
        <translation>aucun trousseau de clés n’est accessible (pas de session D-Bus)</translation>
    </message>
</context>
<context>
    <name>Sync::SyncPlanner</name>
    <message>
        <location filename="../core/sync/syncplanner.cpp" line="+49"/>
        <source>This server does not support UIDL, so Satchel cannot tell which messages it already has. Let it delete messages from the server after downloading them: clear “Leave messages on the server” in the account&apos;s settings (satchel-cli: --delete-after-download).</source>
        <translation>Ce serveur ne prend pas en charge UIDL&#xa0;: Satchel ne peut donc pas savoir quels messages il possède déjà. Laissez-le supprimer les messages du serveur après leur téléchargement&#xa0;: décochez «&#xa0;Laisser les messages sur le serveur&#xa0;» dans les paramètres du compte (satchel-cli&#xa0;: --delete-after-download).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server listed the same message more than once. Satchel left the repeated entries on the server untouched.</source>
        <translation>Le serveur a indiqué le même message plusieurs fois. Satchel a laissé les doublons intacts sur le serveur.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/applicationinfo.cpp" line="+33"/>
        <source>The profile folder (default: $SATCHEL_PROFILE, or %1).</source>
        <translation>Le dossier du profil (par défaut&#xa0;: $SATCHEL_PROFILE, ou %1).</translation>
    </message>
    <message>
        <location filename="../app/satchel/main.cpp" line="+32"/>
        <source>Satchel, a POP3 mail client for reading mail offline.</source>
        <translation>Satchel, un client de messagerie POP3 pour lire le courrier hors ligne.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Quit once the window is shown and the archive is open (exit status 0), or when that fails (1).</source>
        <translation>Quitter dès que la fenêtre est affichée et l’archive ouverte (code de sortie 0), ou en cas d’échec (1).</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Cannot create the profile folder %1.</source>
        <translation>Impossible de créer le dossier du profil %1.</translation>
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
        <translation>Commandes&#xa0;:
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
                               récupère le reste d’un message à en-têtes seuls
  folders                      un par ligne&#xa0;: chemin, total, non lus, rôle
  list [--folder F] [--format tsv|json]
                               tsv&#xa0;: id, date, dossier, de, objet, indicateurs,
                               taille (indicateurs&#xa0;: R lu, F suivi, A répondu,
                               H en-têtes seuls)
  show ID [--raw]              --raw écrit les octets enregistrés tels quels
  delete ID                    à la corbeille&#xa0;; s’il y est&#xa0;: définitivement
  move ID FOLDER
  search QUERY [--folder F] [--limit N] [--offset N]
               [--sort newest|relevance] [--format tsv|json] [--count]
               [--no-snippets]
                               tsv&#xa0;: comme list, plus un extrait ([termes])
  reindex [--progress]         reconstruit l’index de recherche des messages
  check                        vérifie l’intégrité de l’archive (quick_check)
  recover [--progress]         déplace chaque message lisible d’une archive
                               endommagée vers une nouvelle&#xa0;; le fichier
                               endommagé est conservé à côté
  export --folder F (--mbox FILE | --eml-dir DIR)
  import --folder F (--mbox FILE | --maildir DIR | --eml FILE ...)
Chaque commande accepte --help. Codes de sortie&#xa0;: 0 succès, 1 autre échec,
2 syntaxe, 3 réseau, 4 authentification, 5 TLS, 6 stockage local ou fichier.
</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Drives Satchel&apos;s mail archive from scripts.

%1</source>
        <translation>Pilote l’archive du courrier de Satchel depuis des scripts.

%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The command to run.</source>
        <translation>La commande à exécuter.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no command given; see --help</source>
        <translation>aucune commande indiquée&#xa0;; voir --help</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>unknown command &apos;%1&apos;; see --help</source>
        <translation>commande inconnue «&#xa0;%1&#xa0;»&#xa0;; voir --help</translation>
    </message>
</context>
</TS>

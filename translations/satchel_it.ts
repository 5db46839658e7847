<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT" sourcelanguage="en">
<context>
    <name>AccountManager</name>
    <message>
        <location filename="../ui/accountmanager.cpp" line="+67"/>
        <source>The sign-in of %1 could not be kept in the keychain; Satchel asks you to sign in again after the next start.</source>
        <translation>Non è stato possibile conservare l&apos;accesso di %1 nel portachiavi; Satchel ti chiederà di accedere di nuovo al prossimo avvio.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The password for %1 could not be saved in the keychain; Satchel keeps it until it is closed and asks for it once after the next start.</source>
        <translation>Non è stato possibile salvare la password di %1 nel portachiavi; Satchel la conserva fino alla chiusura e te la chiederà una volta al prossimo avvio.</translation>
    </message>
    <message>
        <location line="+89"/>
        <location line="+8"/>
        <source>Remove Account</source>
        <translation>Rimuovi account</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Satchel is checking for mail. Stop the check (Shift+Esc) or wait until it has finished, then remove the account.</source>
        <translation>Satchel sta controllando la posta. Interrompi il controllo (Maiusc+Esc) o attendi che termini, poi rimuovi l&apos;account.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove the account “%1”?</source>
        <translation>Rimuovere l&apos;account “%1”?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Satchel forgets its settings, its password and which messages it has downloaded. Nothing is deleted on the server. The messages in its Inbox can stay here, in the local folder “%1”.</source>
        <translation>Satchel dimenticherà le impostazioni dell&apos;account, la sua password e l&apos;elenco dei messaggi già scaricati. Sul server non viene eliminato nulla. I messaggi della sua Posta in arrivo possono restare qui, nella cartella locale “%1”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove, &amp;Keep the Mail</source>
        <translation>Rimuovi e &amp;conserva la posta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove with Its &amp;Mail</source>
        <translation>Rimuovi insieme alla &amp;posta</translation>
    </message>
</context>
<context>
    <name>AccountSettingsDialog</name>
    <message>
        <location filename="../ui/accountsettingsdialog.cpp" line="+22"/>
        <source>Account Settings – %1</source>
        <translation>Impostazioni account – %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unchanged</source>
        <extracomment>Placeholder of the empty password field: leaving it empty keeps the password as it is.</extracomment>
        <translation>invariata</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Account &amp;name:</source>
        <translation>&amp;Nome account:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;E-mail address:</source>
        <translation>Indirizzo &amp;email:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;password:</source>
        <translation>Nuova &amp;password:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password is stored unencrypted in your profile, as you chose when no keychain was available.</source>
        <translation>La password è memorizzata non cifrata nel tuo profilo, come hai scelto quando non era disponibile alcun portachiavi.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Account</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Server</source>
        <translation>&amp;Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keeping Mail</source>
        <translation>&amp;Conservazione posta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Certificates</source>
        <translation>Certi&amp;ficati</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Remove Account…</source>
        <translation>Rimuo&amp;vi account…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>There is already an account named “%1”.</source>
        <translation>Esiste già un account chiamato “%1”.</translation>
    </message>
</context>
<context>
    <name>AccountWizard</name>
    <message>
        <location filename="../ui/accountwizard.cpp" line="+26"/>
        <source>Account setup</source>
        <translation>Configurazione account</translation>
    </message>
</context>
<context>
    <name>AccountWizardDonePage</name>
    <message>
        <location filename="../ui/accountwizarddonepage.cpp" line="+13"/>
        <source>Ready</source>
        <extracomment>Title of the wizard&apos;s last page: the account is set up and ready to use.</extracomment>
        <translation>Tutto pronto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No keychain is available on this computer, so Satchel will ask for the password once each time it runs.</source>
        <translation>Su questo computer non è disponibile alcun portachiavi, quindi Satchel chiederà la password una volta a ogni avvio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Remember the password in my profile (stored unencrypted: anyone who can read your files can read it)</source>
        <translation>&amp;Ricorda la password nel mio profilo (memorizzata non cifrata: chiunque possa leggere i tuoi file può leggerla)</translation>
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
        <translation>nessuna crittografia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>deleted from the server once stored here</source>
        <translation>eliminati dal server una volta salvati qui</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>kept on the server</source>
        <translation>conservati sul server</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>kept on the server for %n day(s)</source>
        <translation>
            <numerusform>conservati sul server per %n giorno</numerusform>
            <numerusform>conservati sul server per %n giorni</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account: %1 &lt;%2&gt;
Server: %3, port %4, %5
User name: %6
Messages: %7

When you click Finish, Satchel saves the account and fetches your mail.</source>
        <translation>Account: %1 &lt;%2&gt;
Server: %3, porta %4, %5
Nome utente: %6
Messaggi: %7

Quando fai clic su Fine, Satchel salva l&apos;account e scarica la tua posta.</translation>
    </message>
</context>
<context>
    <name>AccountWizardFindPage</name>
    <message>
        <location filename="../ui/accountwizardfindpage.cpp" line="+15"/>
        <source>Finding your server settings</source>
        <translation>Ricerca delle impostazioni del server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satchel asks your provider&apos;s configuration service and DNS, then tries the usual server names. Nothing is sent to them but your domain.</source>
        <translation>Satchel interroga il servizio di configurazione del tuo provider e il DNS, poi prova i nomi di server più comuni. L&apos;unica informazione inviata è il tuo dominio.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Configure &amp;manually</source>
        <translation>Configura &amp;manualmente</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Looking for settings…</source>
        <translation>Ricerca delle impostazioni…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Found %1 (port %2, via %3). Check the settings on the next page.</source>
        <translation>Trovato %1 (porta %2, tramite %3). Controlla le impostazioni nella pagina successiva.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No settings were found for this address. Please enter them on the next page.</source>
        <translation>Non è stata trovata alcuna impostazione per questo indirizzo. Inseriscile nella pagina successiva.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the server settings yourself.</source>
        <translation>Inserisci tu le impostazioni del server.</translation>
    </message>
</context>
<context>
    <name>AccountWizardIdentityPage</name>
    <message>
        <location filename="../ui/accountwizardidentitypage.cpp" line="+12"/>
        <source>Your mail account</source>
        <translation>Il tuo account di posta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satchel looks up the server settings for your address.</source>
        <translation>Satchel cerca le impostazioni del server per il tuo indirizzo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the e-mail address, unless you name it</source>
        <translation>l&apos;indirizzo email, se non specifichi un nome</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>alice@example.com</source>
        <translation>mario.rossi@example.com</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not needed for Gmail or Microsoft 365 sign-in</source>
        <translation>non necessaria per l&apos;accesso a Gmail o Microsoft 365</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;E-mail address:</source>
        <translation>Indirizzo &amp;email:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account na&amp;me:</source>
        <translation>&amp;Nome account:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>There is already an account named “%1”. Give this one another name.</source>
        <translation>Esiste già un account chiamato “%1”. Scegli un altro nome per questo.</translation>
    </message>
</context>
<context>
    <name>AccountWizardRetentionPage</name>
    <message>
        <location filename="../ui/accountwizardretentionpage.cpp" line="+13"/>
        <source>Keeping mail on the server</source>
        <translation>Conservazione della posta sul server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satchel keeps every message here. These settings decide when it is removed from the server.</source>
        <translation>Satchel conserva qui ogni messaggio. Queste impostazioni stabiliscono quando viene rimosso dal server.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source> minute(s)</source>
        <extracomment>Spin box suffix after a number of minutes; keep the leading space.</extracomment>
        <translation>
            <numerusform> minuto</numerusform>
            <numerusform> minuti</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only on request</source>
        <translation>solo su richiesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Check for new mail every:</source>
        <translation>&amp;Controlla nuovi messaggi ogni:</translation>
    </message>
</context>
<context>
    <name>AccountWizardServerPage</name>
    <message>
        <location filename="../ui/accountwizardserverpage.cpp" line="+17"/>
        <source>Incoming mail server (POP3)</source>
        <translation>Server della posta in arrivo (POP3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check these settings; your provider&apos;s help pages list them.</source>
        <translation>Controlla queste impostazioni; le trovi nelle pagine di assistenza del tuo provider.</translation>
    </message>
</context>
<context>
    <name>AccountWizardTestPage</name>
    <message>
        <location filename="../ui/accountwizardtestpage.cpp" line="+19"/>
        <source>Testing the connection</source>
        <translation>Verifica della connessione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satchel connects to the server and logs in; no mail is downloaded or deleted.</source>
        <translation>Satchel si connette al server ed effettua l&apos;accesso; nessun messaggio viene scaricato o eliminato.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Test again</source>
        <translation>&amp;Ripeti il test</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Satchel can sign in with OAuth2 only to Gmail and Microsoft 365; %1 is neither. Go back and choose another authentication.</source>
        <translation>Satchel può accedere con OAuth2 solo a Gmail e Microsoft 365; %1 non è nessuno dei due. Torna indietro e scegli un altro metodo di autenticazione.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sign in with %1 in your browser; Satchel opened the page. If it did not appear, open &lt;a href=&quot;%2&quot;&gt;this address&lt;/a&gt;.</source>
        <translation>Accedi con %1 nel browser; Satchel ha aperto la pagina. Se non è comparsa, apri &lt;a href=&quot;%2&quot;&gt;questo indirizzo&lt;/a&gt;.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Signing in did not work: %1</source>
        <translation>L&apos;accesso non è riuscito: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opening the sign-in page in your browser…</source>
        <translation>Apertura della pagina di accesso nel browser…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A sign-in is already running.</source>
        <translation>È già in corso un accesso.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Enter your password on the first page (Back), or choose OAuth2 on the server page for Gmail and Microsoft 365.</source>
        <translation>Inserisci la password nella prima pagina (Precedente) oppure, per Gmail e Microsoft 365, scegli OAuth2 nella pagina del server.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connecting to %1 on port %2…</source>
        <translation>Connessione a %1 sulla porta %2…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Everything works.</source>
        <translation>Funziona tutto.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>You can go back and change the settings, or continue and fix them later.</source>
        <translation>Puoi tornare indietro e modificare le impostazioni, oppure proseguire e correggerle in seguito.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>You did not accept the certificate. Choose Test again to see it again.</source>
        <translation>Non hai accettato il certificato. Scegli Ripeti il test per visualizzarlo di nuovo.</translation>
    </message>
</context>
<context>
    <name>Accounts::Autoconfig</name>
    <message>
        <location filename="../core/accounts/autoconfig.cpp" line="+124"/>
        <source>The configuration file is too large.</source>
        <translation>Il file di configurazione è troppo grande.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The configuration file declares a document type.</source>
        <translation>Il file di configurazione dichiara un tipo di documento (DOCTYPE).</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+31"/>
        <source>This is not an e-mail configuration file.</source>
        <translation>Questo non è un file di configurazione della posta.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The configuration file is not well-formed XML (%1).</source>
        <translation>Il file di configurazione non è XML ben formato (%1).</translation>
    </message>
</context>
<context>
    <name>Accounts::ConnectionTester</name>
    <message>
        <location filename="../core/accounts/connectiontester.cpp" line="+58"/>
        <source>Check the spelling of the server name, and that this computer is online.</source>
        <translation>Controlla che il nome del server sia scritto correttamente e che questo computer sia connesso alla rete.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing answers on this port: check the port number (995 for SSL/TLS, 110 for STARTTLS) and the security choice.</source>
        <translation>Nessun servizio risponde su questa porta: controlla il numero di porta (995 per SSL/TLS, 110 per STARTTLS) e l&apos;opzione di sicurezza scelta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check your network connection and try again; a firewall may block the port.</source>
        <translation>Controlla la connessione di rete e riprova; un firewall potrebbe bloccare la porta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server did not answer in time: check the server name and port, or try again later.</source>
        <translation>Il server non ha risposto in tempo: controlla il nome del server e la porta, o riprova più tardi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Encryption could not be set up: the port may expect the other security choice (SSL/TLS on 995, STARTTLS on 110).</source>
        <translation>Impossibile attivare la crittografia: la porta potrebbe richiedere l&apos;altra opzione di sicurezza (SSL/TLS sulla 995, STARTTLS sulla 110).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s certificate is not trusted (self-signed, expired, or issued for another name). Check the server name, or ask your provider.</source>
        <translation>Il certificato del server non è attendibile (autofirmato, scaduto o emesso per un altro nome). Controlla il nome del server o rivolgiti al tuo provider.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server does not offer STARTTLS on this port. Try SSL/TLS on port 995.</source>
        <translation>Il server non offre STARTTLS su questa porta. Prova SSL/TLS sulla porta 995.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone may be interfering with the connection. Try another network.</source>
        <translation>Qualcuno potrebbe interferire con la connessione. Prova un&apos;altra rete.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server is busy or another program is reading this mailbox. Try again in a few minutes.</source>
        <translation>Il server è occupato o un altro programma sta leggendo questa casella di posta. Riprova tra qualche minuto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server allows logging in only every few minutes. Try again later.</source>
        <translation>Il server consente l&apos;accesso solo a intervalli di qualche minuto. Riprova più tardi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose SSL/TLS or STARTTLS, or explicitly allow sending the password unencrypted.</source>
        <translation>Scegli SSL/TLS o STARTTLS, oppure consenti esplicitamente l&apos;invio della password non cifrata.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose another authentication method, such as Automatic or Normal password.</source>
        <translation>Scegli un altro metodo di autenticazione, ad esempio Automatica o Password normale.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The user name or password contains a line break or a NUL character.</source>
        <translation>Il nome utente o la password contiene un ritorno a capo o un carattere NUL.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the user name (often the full e-mail address) and the password.</source>
        <translation>Controlla il nome utente (spesso è l&apos;indirizzo email completo) e la password.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server refused this account. Ask your provider whether POP3 is enabled for it.</source>
        <translation>Il server ha rifiutato questo account. Chiedi al tuo provider se l&apos;accesso POP3 è abilitato.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This server lacks a feature Satchel needs (UIDL).</source>
        <translation>A questo server manca una funzionalità necessaria a Satchel (UIDL).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server answered something unexpected. The protocol log shows the details.</source>
        <translation>Il server ha dato una risposta inattesa. I dettagli sono nel registro del protocollo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The test was cancelled.</source>
        <translation>Il test è stato annullato.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Connected to %1 on port %2.</source>
        <translation>Connesso a %1 sulla porta %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The connection is NOT encrypted.</source>
        <translation>La connessione NON è cifrata.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+25"/>
        <source>The connection is encrypted.</source>
        <translation>La connessione è cifrata.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>The connection is encrypted with %1.</source>
        <translation>La connessione è cifrata con %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server did not list its capabilities.</source>
        <translation>Il server non ha elencato le sue funzionalità.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server supports %1.</source>
        <translation>Il server supporta %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logged in as %1.</source>
        <translation>Accesso effettuato come %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n message(s) on the server.</source>
        <translation>
            <numerusform>Sul server c&apos;è %n messaggio.</numerusform>
            <numerusform>Sul server ci sono %n messaggi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Accounts::OAuthProvider</name>
    <message>
        <location filename="../core/accounts/oauthprovider.cpp" line="+155"/>
        <source>no OAuth2 client id is configured for %1; set %2 and %3 in the environment to the client of a desktop application registered with %1</source>
        <translation>nessun client id OAuth2 configurato per %1; imposta %2 e %3 nell&apos;ambiente con i dati del client di un&apos;applicazione desktop registrata presso %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no OAuth2 client id is configured for %1; set %2 in the environment to the client id of a desktop application registered with %1</source>
        <translation>nessun client id OAuth2 configurato per %1; imposta %2 nell&apos;ambiente con il client id di un&apos;applicazione desktop registrata presso %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the OAuth2 authorization address of %1 is not a valid https address: %2</source>
        <translation>l&apos;indirizzo di autorizzazione OAuth2 di %1 non è un indirizzo https valido: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the OAuth2 token address of %1 is not a valid https address: %2</source>
        <translation>l&apos;indirizzo dei token OAuth2 di %1 non è un indirizzo https valido: %2</translation>
    </message>
</context>
<context>
    <name>Accounts::OAuthSignIn</name>
    <message>
        <location filename="../core/accounts/oauthsignin.cpp" line="+169"/>
        <source>cannot listen on 127.0.0.1 for the sign-in&apos;s answer from the browser</source>
        <translation>impossibile mettersi in ascolto su 127.0.0.1 per ricevere dal browser la risposta all&apos;accesso</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Satchel received the answer. You can close this page and return to Satchel.</source>
        <translation>Satchel ha ricevuto la risposta. Puoi chiudere questa pagina e tornare a Satchel.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>there is no valid refresh token: sign in again</source>
        <translation>non c&apos;è un refresh token valido: accedi di nuovo</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the sign-in was cancelled</source>
        <translation>l&apos;accesso è stato annullato</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the answer from the browser does not belong to this sign-in (the state does not match); try again</source>
        <translation>la risposta del browser non appartiene a questo accesso (il parametro state non corrisponde); riprova</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>access was denied: the sign-in was cancelled or not allowed in the browser</source>
        <translation>autorizzazione negata: l&apos;accesso è stato annullato o non è stato consentito nel browser</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 refused the sign-in: %2</source>
        <translation>%1 ha rifiutato l&apos;accesso: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 refused the sign-in: %2 (%3)</source>
        <translation>%1 ha rifiutato l&apos;accesso: %2 (%3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the answer from the browser carries no authorization code</source>
        <translation>la risposta del browser non contiene alcun codice di autorizzazione</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+15"/>
        <source>the token endpoint of %1 sent more than %2 KiB</source>
        <translation>l&apos;endpoint dei token di %1 ha inviato più di %2 KiB</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot reach the token endpoint of %1: %2</source>
        <translation>impossibile raggiungere l&apos;endpoint dei token di %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the token endpoint of %1 answered HTTP %2</source>
        <translation>l&apos;endpoint dei token di %1 ha risposto HTTP %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 no longer accepts the saved sign-in (invalid_grant); sign in again</source>
        <translation>%1 non accetta più l&apos;accesso salvato (invalid_grant); accedi di nuovo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the token endpoint of %1 refused: %2</source>
        <translation>l&apos;endpoint dei token di %1 ha rifiutato la richiesta: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the token endpoint of %1 refused: %2 (%3)</source>
        <translation>l&apos;endpoint dei token di %1 ha rifiutato la richiesta: %2 (%3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the token endpoint of %1 sent something other than JSON</source>
        <translation>l&apos;endpoint dei token di %1 ha inviato qualcosa che non è JSON</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the token endpoint of %1 sent a token of type %2, not Bearer</source>
        <translation>l&apos;endpoint dei token di %1 ha inviato un token di tipo %2 anziché Bearer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the token endpoint of %1 sent no valid access token</source>
        <translation>l&apos;endpoint dei token di %1 non ha inviato un access token valido</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the token endpoint of %1 sent an invalid refresh token</source>
        <translation>l&apos;endpoint dei token di %1 ha inviato un refresh token non valido</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>the sign-in did not finish within %n minute(s)</source>
        <translation>
            <numerusform>l&apos;accesso non si è concluso entro %n minuto</numerusform>
            <numerusform>l&apos;accesso non si è concluso entro %n minuti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>the sign-in did not finish within %n second(s)</source>
        <translation>
            <numerusform>l&apos;accesso non si è concluso entro %n secondo</numerusform>
            <numerusform>l&apos;accesso non si è concluso entro %n secondi</numerusform>
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
        <translation>nessuna crittografia</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>probe</source>
        <extracomment>Where the wizard found server settings: by trying the usual server names (a noun).</extracomment>
        <translation>prova dei nomi comuni</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is not an e-mail address.</source>
        <translation>%1 non è un indirizzo email.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Looking for a configuration at %1…</source>
        <translation>Ricerca di una configurazione su %1…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Looking up the DNS record %1…</source>
        <translation>Ricerca del record DNS %1…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>DNS (SRV)</source>
        <translation>DNS (SRV)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The DNS lookup took too long.</source>
        <translation>La ricerca DNS ha richiesto troppo tempo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No settings were found. Please enter them yourself.</source>
        <translation>Non è stata trovata alcuna impostazione. Inseriscile tu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trying %1 on port %2 (%3)…</source>
        <translation>Prova di %1 sulla porta %2 (%3)…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 on port %2: %3</source>
        <translation>%1 sulla porta %2: %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Found %1 on port %2 (%3).</source>
        <translation>Trovato %1 sulla porta %2 (%3).</translation>
    </message>
</context>
<context>
    <name>ArchiveRecoveryDialog</name>
    <message>
        <location filename="../ui/archiverecoverydialog.cpp" line="+24"/>
        <source>Recovering the mail archive</source>
        <translation>Recupero dell&apos;archivio della posta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copying every readable message into a new archive…</source>
        <translation>Copia di tutti i messaggi leggibili in un nuovo archivio…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Continue</source>
        <translation>Continua</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The archive could not be recovered: %1

The damaged archive is still in use; `satchel-cli recover` tries again from a terminal.</source>
        <translation>Impossibile recuperare l&apos;archivio: %1

L&apos;archivio danneggiato è ancora in uso; puoi riprovare da un terminale con `satchel-cli recover`.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n message(s) recovered.</source>
        <translation>
            <numerusform>%n messaggio recuperato.</numerusform>
            <numerusform>%n messaggi recuperati.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n of them were read again from their raw bytes and are in Local Folders/Recovered.</source>
        <translation>
            <numerusform>%n di questi è stato riletto dai byte grezzi e si trova in Cartelle locali/Recovered.</numerusform>
            <numerusform>%n di questi sono stati riletti dai byte grezzi e si trovano in Cartelle locali/Recovered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n message(s) could not be read and are lost from the archive.</source>
        <translation>
            <numerusform>Non è stato possibile leggere %n messaggio, che è andato perso dall&apos;archivio.</numerusform>
            <numerusform>Non è stato possibile leggere %n messaggi, che sono andati persi dall&apos;archivio.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n lost message(s) will be downloaded again if the server still has them.</source>
        <translation>
            <numerusform>%n messaggio perso verrà scaricato di nuovo se è ancora sul server.</numerusform>
            <numerusform>%n messaggi persi verranno scaricati di nuovo se sono ancora sul server.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n message(s) still on a server may be downloaded again (their download record could not be read).</source>
        <translation>
            <numerusform>%n messaggio ancora presente su un server potrebbe essere scaricato di nuovo (non è stato possibile leggere il suo registro dei download).</numerusform>
            <numerusform>%n messaggi ancora presenti su un server potrebbero essere scaricati di nuovo (non è stato possibile leggere il loro registro dei download).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The damaged file is kept as %1.</source>
        <translation>Il file danneggiato è stato conservato come %1.</translation>
    </message>
</context>
<context>
    <name>ArchiveRecoveryPrompt</name>
    <message>
        <location filename="../ui/archiverecoveryprompt.cpp" line="+24"/>
        <source>Recover…</source>
        <translation>Recupera…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy every readable message into a new archive</source>
        <translation>Copia tutti i messaggi leggibili in un nuovo archivio</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+14"/>
        <source>Recover the mail archive</source>
        <translation>Recupera l&apos;archivio della posta</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Satchel will restart, copy every message it can still read into a new archive, and keep the damaged file beside it in the profile folder (satchel.sqlite.damaged-&lt;date&gt;). Messages that cannot be read are lost from the archive; those still on a server are downloaded again.

Copy the profile folder somewhere safe first if you can.</source>
        <translation>Satchel verrà riavviato, copierà in un nuovo archivio tutti i messaggi che riesce ancora a leggere e conserverà il file danneggiato accanto al nuovo, nella cartella del profilo (satchel.sqlite.damaged-&lt;date&gt;). I messaggi illeggibili andranno persi dall&apos;archivio; quelli ancora presenti su un server verranno scaricati di nuovo.

Se puoi, copia prima la cartella del profilo in un luogo sicuro.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restart and Recover</source>
        <translation>Riavvia e recupera</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot write to the profile folder %1.</source>
        <translation>Impossibile scrivere nella cartella del profilo %1.</translation>
    </message>
</context>
<context>
    <name>AttachmentBar</name>
    <message>
        <location filename="../ui/attachmentbar.cpp" line="+43"/>
        <source>The attachment could not be read from the message.</source>
        <translation>Impossibile leggere l&apos;allegato dal messaggio.</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+290"/>
        <source>O&amp;pen</source>
        <translation>&amp;Apri</translation>
    </message>
    <message>
        <location line="-288"/>
        <location line="+289"/>
        <source>Sa&amp;ve…</source>
        <translation>Sal&amp;va…</translation>
    </message>
    <message>
        <location line="-287"/>
        <location line="+290"/>
        <source>Save &amp;All…</source>
        <translation>Salva t&amp;utti…</translation>
    </message>
    <message>
        <location line="-276"/>
        <source>Attachments</source>
        <translation>Allegati</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Named in the message: %1</source>
        <translation>Nome indicato nel messaggio: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown type</source>
        <translation>Tipo sconosciuto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening this file could run a program.</source>
        <translation>L&apos;apertura di questo file potrebbe eseguire un programma.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n allegato</numerusform>
            <numerusform>%n allegati</numerusform>
        </translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Open Attachment</source>
        <translation>Apri allegato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” could run a program on your computer.</source>
        <translation>“%1” potrebbe eseguire un programma sul tuo computer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open it only if you trust the sender and expected this file. Saving it is safer than opening it.</source>
        <translation>Aprilo solo se ti fidi del mittente e ti aspettavi questo file. Salvarlo è più sicuro che aprirlo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Anyway</source>
        <translation>Apri comunque</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No temporary folder could be created to open the attachment.</source>
        <translation>Impossibile creare una cartella temporanea per aprire l&apos;allegato.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save Attachment</source>
        <translation>Salva allegato</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save All Attachments</source>
        <translation>Salva tutti gli allegati</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No application could open “%1”.</source>
        <translation>Nessuna applicazione è riuscita ad aprire “%1”.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Opening…</source>
        <translation>Apertura…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saving…</source>
        <translation>Salvataggio…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Saved as %1</source>
        <translation>Salvato come %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Saved %n file(s) in %1</source>
        <translation>
            <numerusform>%n file salvato in %1</numerusform>
            <numerusform>%n file salvati in %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save Attachments</source>
        <translation>Salva allegati</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n attachment(s) could not be saved.</source>
        <translation>
            <numerusform>Impossibile salvare %n allegato.</numerusform>
            <numerusform>Impossibile salvare %n allegati.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <location filename="../ui/certificatedialog.cpp" line="+29"/>
        <source>unknown</source>
        <translation>data sconosciuta</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Certificate changed</source>
        <translation>Certificato cambiato</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Certificate problem</source>
        <translation>Problema con il certificato</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Satchel could not verify the identity of %1.</source>
        <translation>Satchel non è riuscito a verificare l&apos;identità di %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The certificate of this server has changed since you accepted it on %1. This can mean someone is intercepting the connection.</source>
        <translation>Il certificato di questo server è cambiato da quando lo hai accettato il %1. Potrebbe significare che qualcuno sta intercettando la connessione.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The certificate of this server has changed since you accepted it. This can mean someone is intercepting the connection.</source>
        <translation>Il certificato di questo server è cambiato da quando lo hai accettato. Potrebbe significare che qualcuno sta intercettando la connessione.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The certificate could not be verified.</source>
        <translation>Impossibile verificare il certificato.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Subject:</source>
        <translation>Soggetto:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issuer:</source>
        <translation>Emittente:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Valid from:</source>
        <translation>Valido dal:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Valid until:</source>
        <translation>Valido fino al:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SHA-256 fingerprint:</source>
        <translation>Impronta digitale SHA-256:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accept the certificate only if you expect it, for example because your provider publishes this fingerprint. Satchel will then trust this certificate, and no other, for %1.</source>
        <translation>Accetta il certificato solo se te lo aspetti, ad esempio perché il tuo provider pubblica questa impronta digitale. Da quel momento Satchel considererà attendibile questo certificato, e nessun altro, per %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Accept permanently for this server</source>
        <translation>&amp;Accetta in modo permanente per questo server</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reject</source>
        <translation>&amp;Rifiuta</translation>
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
        <translation>Soggetto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SHA-256 fingerprint</source>
        <translation>Impronta digitale SHA-256</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until</source>
        <translation>Valido fino al</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accepted on</source>
        <translation>Accettato il</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re&amp;move</source>
        <translation>Ri&amp;muovi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forget the selected certificate: the next connection to that server verifies it as usual, and asks again if that fails.</source>
        <translation>Dimentica il certificato selezionato: alla prossima connessione a quel server verrà verificato normalmente e, se la verifica non riesce, ti verrà chiesto di nuovo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Certificates you accepted although they could not be verified:</source>
        <translation>Certificati che hai accettato anche se non è stato possibile verificarli:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Issued by %1</source>
        <translation>Emesso da %1</translation>
    </message>
</context>
<context>
    <name>CheckController</name>
    <message>
        <location filename="../ui/checkcontroller.cpp" line="+141"/>
        <source>%1 was not checked: Satchel needs its password. Choose Get Messages to enter it.</source>
        <translation>%1 non è stato controllato: Satchel ha bisogno della password. Scegli Scarica messaggi per inserirla.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 was not checked: the server&apos;s certificate could not be verified and needs your review. Choose Get Messages to review it.</source>
        <translation>%1 non è stato controllato: non è stato possibile verificare il certificato del server e devi esaminarlo tu. Scegli Scarica messaggi per esaminarlo.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Checking %1 failed: %2</source>
        <translation>Controllo di %1 non riuscito: %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Checking %1 failed: %2 The certificate was not accepted.</source>
        <translation>Controllo di %1 non riuscito: %2 Il certificato non è stato accettato.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1: connecting…</source>
        <translation>%1: connessione in corso…</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1: %2 of %n message(s) (%3 of %4)</source>
        <extracomment>Progress of a check: account, messages done of %n, bytes done of all.</extracomment>
        <translation>
            <numerusform>%1: %2 di %n messaggio (%3 di %4)</numerusform>
            <numerusform>%1: %2 di %n messaggi (%3 di %4)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/satchel-cli/accountcommands.cpp" line="+36"/>
        <source>Adds a POP3 account.</source>
        <translation>Aggiunge un account POP3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Account name (used by fetch).</source>
        <translation>Nome dell&apos;account (usato da fetch).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail address.</source>
        <translation>Indirizzo email.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>POP3 server.</source>
        <translation>Server POP3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Port (default 995 for tls, 110 otherwise).</source>
        <translation>Porta (predefinita: 995 con tls, 110 negli altri casi).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tls, starttls or none.</source>
        <translation>tls, starttls o none.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User name (default: the e-mail address).</source>
        <translation>Nome utente (predefinito: l&apos;indirizzo email).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>auto, plain, login, cram-md5, apop or user (default auto).</source>
        <translation>auto, plain, login, cram-md5, apop o user (predefinito: auto).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep messages on the server.</source>
        <translation>Conserva i messaggi sul server.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete messages from the server once stored here.</source>
        <translation>Elimina i messaggi dal server una volta salvati qui.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep messages on the server for D days (default 14).</source>
        <translation>Conserva i messaggi sul server per D giorni (predefinito: 14).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete from the server when deleted here for good.</source>
        <translation>Elimina dal server i messaggi eliminati definitivamente qui.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Store larger messages as headers only (KiB); fetch-rest gets the rest.</source>
        <translation>Salva i messaggi più grandi di questo limite (KiB) come sole intestazioni; fetch-rest scarica il resto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Extra CA certificate (PEM) for this server.</source>
        <translation>Certificato CA aggiuntivo (PEM) per questo server.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Allow sending the password without encryption.</source>
        <translation>Consente l&apos;invio della password senza crittografia.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the password from standard input and keep it in the keychain.</source>
        <translation>Legge la password dallo standard input e la conserva nel portachiavi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep the password in the profile database when no keychain is reachable (readable by anyone who can read your files).</source>
        <translation>Conserva la password nel database del profilo quando non è raggiungibile alcun portachiavi (leggibile da chiunque possa leggere i tuoi file).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>account add needs --%1</source>
        <translation>account add richiede --%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--security must be tls, starttls or none</source>
        <translation>--security deve essere tls, starttls o none</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--port must be 1..65535</source>
        <translation>--port deve essere compreso tra 1 e 65535</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>account add needs --user or --email</source>
        <translation>account add richiede --user o --email</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--auth must be auto, plain, login, cram-md5, apop or user</source>
        <translation>--auth deve essere auto, plain, login, cram-md5, apop o user</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>choose one of --keep-on-server, --delete-after-download and --leave-on-server-days</source>
        <translation>scegli solo una tra --keep-on-server, --delete-after-download e --leave-on-server-days</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--leave-on-server-days must be a number of days</source>
        <translation>--leave-on-server-days deve essere un numero di giorni</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--size-limit must be a positive number of KiB</source>
        <translation>--size-limit deve essere un numero positivo di KiB</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no certificate could be read from %1</source>
        <translation>impossibile leggere un certificato da %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>warning: this account sends your password and mail unencrypted.</source>
        <translation>attenzione: questo account invia la password e la posta senza crittografia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning: this account has no encryption; fetching will refuse to send the password unless --allow-insecure-auth is given.</source>
        <translation>attenzione: questo account non usa la crittografia; il comando fetch si rifiuterà di inviare la password se non si indica --allow-insecure-auth.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>there is already an account named %1</source>
        <translation>esiste già un account chiamato %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no password on standard input</source>
        <translation>nessuna password sullo standard input</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the password could not be kept in the keychain (%1); pass --password-stdin to each fetch instead, or add --store-password-in-profile</source>
        <translation>impossibile conservare la password nel portachiavi (%1); passa invece --password-stdin a ogni fetch, oppure aggiungi --store-password-in-profile</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>warning: the password is stored in the profile, unencrypted in passwords.json, readable by anyone who can read your files.</source>
        <translation>attenzione: la password è memorizzata nel profilo, non cifrata, in passwords.json, leggibile da chiunque possa leggere i tuoi file.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>account %1 added (%2:%3, %4, %5)</source>
        <translation>account %1 aggiunto (%2:%3, %4, %5)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>usage: account remove NAME [--delete-mail]</source>
        <translation>uso: account remove NAME [--delete-mail]</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>account %1 removed with the messages of its Inbox</source>
        <translation>account %1 rimosso insieme ai messaggi della sua Posta in arrivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>account %1 removed; its messages are kept in Local Folders/%1</source>
        <translation>account %1 rimosso; i suoi messaggi sono conservati in Local Folders/%1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>usage: account add|list|remove</source>
        <translation>uso: account add|list|remove</translation>
    </message>
    <message>
        <location filename="../app/satchel-cli/checkcommand.cpp" line="+14"/>
        <source>usage: check</source>
        <translation>uso: check</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>the archive is damaged (%n problem(s) listed); copy the profile folder somewhere safe, then run &quot;satchel-cli recover&quot; to move every readable message into a new archive (the damaged file is kept)</source>
        <translation>
            <numerusform>l&apos;archivio è danneggiato (%n problema elencato); copia la cartella del profilo in un luogo sicuro, poi esegui &quot;satchel-cli recover&quot; per spostare tutti i messaggi leggibili in un nuovo archivio (il file danneggiato viene conservato)</numerusform>
            <numerusform>l&apos;archivio è danneggiato (%n problemi elencati); copia la cartella del profilo in un luogo sicuro, poi esegui &quot;satchel-cli recover&quot; per spostare tutti i messaggi leggibili in un nuovo archivio (il file danneggiato viene conservato)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copies every readable account, folder, message, ledger row and certificate pin of a damaged archive into a new one, rebuilds the search index, and puts the new archive in place. The damaged file is kept beside it as satchel.sqlite.damaged-&lt;time&gt;. Run it while no other Satchel program uses the profile.</source>
        <translation>Copia in un nuovo archivio tutti gli account, le cartelle, i messaggi, le voci del registro dei download e i certificati accettati ancora leggibili di un archivio danneggiato, ricostruisce l&apos;indice di ricerca e mette il nuovo archivio al suo posto. Il file danneggiato viene conservato accanto come satchel.sqlite.damaged-&lt;time&gt;. Eseguilo quando nessun altro programma di Satchel sta usando il profilo.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../app/satchel-cli/fetchcommand.cpp" line="+63"/>
        <source>Print progress on stderr.</source>
        <translation>Mostra l&apos;avanzamento su stderr.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>usage: recover [--progress]</source>
        <translation>uso: recover [--progress]</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1/%n message(s)</source>
        <translation>
            <numerusform>%1/%n messaggio</numerusform>
            <numerusform>%1/%n messaggi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Recovered %n message(s)</source>
        <translation>
            <numerusform>Elementi recuperati: %n messaggio</numerusform>
            <numerusform>Elementi recuperati: %n messaggi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> (%n read again from their raw bytes into Local Folders/Recovered)</source>
        <translation>
            <numerusform> (%n riletto dai byte grezzi in Local Folders/Recovered)</numerusform>
            <numerusform> (%n riletti dai byte grezzi in Local Folders/Recovered)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>, %n account(s)</source>
        <translation>
            <numerusform>, %n account</numerusform>
            <numerusform>, %n account</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n folder(s)</source>
        <translation>
            <numerusform>, %n cartella</numerusform>
            <numerusform>, %n cartelle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n ledger row(s)</source>
        <translation>
            <numerusform>, %n voce del registro dei download</numerusform>
            <numerusform>, %n voci del registro dei download</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n certificate pin(s).</source>
        <translation>
            <numerusform>, %n certificato accettato.</numerusform>
            <numerusform>, %n certificati accettati.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Lost: %n message(s) could not be read.</source>
        <translation>
            <numerusform>Persi: %n messaggio illeggibile.</numerusform>
            <numerusform>Persi: %n messaggi illeggibili.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n ledger row(s) rebuilt from the ledger&apos;s index.</source>
        <translation>
            <numerusform>%n voce del registro dei download ricostruita dall&apos;indice del registro.</numerusform>
            <numerusform>%n voci del registro dei download ricostruite dall&apos;indice del registro.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unreadable from the start (how many rows they had is unknown): %1.</source>
        <translation>Tabelle illeggibili fin dall&apos;inizio (non si sa quante righe contenessero): %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n lost message(s) will be downloaded again if the server still has them.</source>
        <translation>
            <numerusform>%n messaggio perso verrà scaricato di nuovo se è ancora sul server.</numerusform>
            <numerusform>%n messaggi persi verranno scaricati di nuovo se sono ancora sul server.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n ledger row(s) could not be read: the next fetch may download those messages again if the server still has them.</source>
        <translation>
            <numerusform>Impossibile leggere %n voce del registro dei download: il prossimo fetch potrebbe scaricare di nuovo quei messaggi se sono ancora sul server.</numerusform>
            <numerusform>Impossibile leggere %n voci del registro dei download: il prossimo fetch potrebbe scaricare di nuovo quei messaggi se sono ancora sul server.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The damaged file is kept as %1.</source>
        <translation>Il file danneggiato è stato conservato come %1.</translation>
    </message>
    <message>
        <location filename="../app/satchel-cli/fetchcommand.cpp" line="-30"/>
        <source>satchel-cli: %1 signs in with OAuth2, which satchel-cli cannot do yet; check it from the Satchel window, or pass an access token with --password-stdin</source>
        <translation>satchel-cli: %1 accede con OAuth2, cosa che satchel-cli non sa ancora fare; controllalo dalla finestra di Satchel, oppure passa un access token con --password-stdin</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>satchel-cli: %1: no password (%2); use --password-stdin</source>
        <translation>satchel-cli: %1: nessuna password (%2); usa --password-stdin</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Retrieves new mail for the named accounts, or all.</source>
        <translation>Scarica la nuova posta degli account indicati, o di tutti.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+93"/>
        <source>Read the password from standard input.</source>
        <translation>Legge la password dallo standard input.</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Accounts to fetch (default: all).</source>
        <translation>Account di cui scaricare la posta (predefinito: tutti).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>there are no accounts; add one with &quot;account add&quot;</source>
        <translation>non ci sono account; aggiungine uno con &quot;account add&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>there is no account named %1</source>
        <translation>non esiste alcun account chiamato %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--password-stdin works with one account at a time</source>
        <translation>--password-stdin funziona con un solo account alla volta</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: %2 new, %3 deleted from the server, %4 on the server</source>
        <translation>%1: %2 nuovi, %3 eliminati dal server, %4 sul server</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Downloads the rest of a message stored as headers only (over the size limit).</source>
        <translation>Scarica il resto di un messaggio salvato come sole intestazioni (perché oltre il limite di dimensione).</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../app/satchel-cli/messagecommands.cpp" line="+111"/>
        <source>Message id (see list).</source>
        <translation>Id del messaggio (vedi list).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>usage: fetch-rest ID [--password-stdin]</source>
        <translation>uso: fetch-rest ID [--password-stdin]</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>message %1 did not come from an account</source>
        <translation>il messaggio %1 non proviene da un account</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>message %1 is already complete</source>
        <translation>il messaggio %1 è già completo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the account of message %1 no longer exists</source>
        <translation>l&apos;account del messaggio %1 non esiste più</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>message %1 downloaded in full</source>
        <translation>messaggio %1 scaricato per intero</translation>
    </message>
    <message>
        <location filename="../app/satchel-cli/messagecommands.cpp" line="-87"/>
        <source>&quot;%1&quot; is not a message id</source>
        <translation>&quot;%1&quot; non è un id di messaggio</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../app/satchel-cli/searchcommands.cpp" line="+106"/>
        <source>there is no folder %1; see &quot;satchel-cli folders&quot;</source>
        <translation>non esiste la cartella %1; vedi &quot;satchel-cli folders&quot;</translation>
    </message>
    <message>
        <location line="+22"/>
        <location filename="../app/satchel-cli/searchcommands.cpp" line="-53"/>
        <source>Only this folder.</source>
        <translation>Solo questa cartella.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/satchel-cli/searchcommands.cpp" line="+11"/>
        <source>tsv (default) or json.</source>
        <translation>tsv (predefinito) o json.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../app/satchel-cli/searchcommands.cpp" line="+20"/>
        <source>--format must be tsv or json</source>
        <translation>--format deve essere tsv o json</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Write the stored bytes unchanged.</source>
        <translation>Scrive i byte memorizzati senza modifiche.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>usage: show ID [--raw]</source>
        <translation>uso: show ID [--raw]</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>there is no message %1</source>
        <translation>non esiste il messaggio %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>usage: delete ID</source>
        <translation>uso: delete ID</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>message %1 moved to Trash</source>
        <translation>messaggio %1 spostato nel Cestino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>message %1 deleted</source>
        <translation>messaggio %1 eliminato</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>usage: move ID FOLDER</source>
        <translation>uso: move ID FOLDER</translation>
    </message>
    <message>
        <location filename="../app/satchel-cli/searchcommands.cpp" line="-60"/>
        <source>--%1 needs a number of at least %2</source>
        <translation>--%1 richiede un numero non inferiore a %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Searches the archive. Words must all match; also &quot;a phrase&quot;, prefix*, OR, -word,
( ), from: to: cc: subject: body: filename:, has:attachment, is:unread is:read
is:flagged, in:FOLDER, account:NAME, before:/after:YYYY-MM-DD,
older_than:/newer_than:30d (d w m y), larger:/smaller:5M (K M G).
tsv: id, date, folder, from, subject, flags, size, snippet ([matches] marked).</source>
        <translation>Cerca nell&apos;archivio. Tutte le parole devono corrispondere; inoltre &quot;una frase&quot;,
prefisso*, OR, -parola, ( ), from: to: cc: subject: body: filename:,
has:attachment, is:unread is:read is:flagged, in:CARTELLA, account:NOME,
before:/after:AAAA-MM-GG, older_than:/newer_than:30d (d w m y),
larger:/smaller:5M (K M G).
tsv: id, data, cartella, mittente, oggetto, flag, dimensione, estratto
(con le [corrispondenze] evidenziate).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>At most N results (default 50).</source>
        <translation>Al massimo N risultati (predefinito: 50).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skip the first N results (for paging).</source>
        <translation>Salta i primi N risultati (per la paginazione).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>newest (default) or relevance.</source>
        <translation>newest (predefinito) o relevance.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print only the number of matching messages.</source>
        <translation>Mostra solo il numero di messaggi corrispondenti.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave out the extracts (faster).</source>
        <translation>Omette gli estratti (più veloce).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What to search for.</source>
        <translation>Cosa cercare.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>usage: search QUERY [options]; see search --help</source>
        <translation>uso: search QUERY [opzioni]; vedi search --help</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--sort must be newest or relevance</source>
        <translation>--sort deve essere newest o relevance</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Rebuilds the search index from the stored messages (also drops what deleted messages left behind in it).</source>
        <translation>Ricostruisce l&apos;indice di ricerca dai messaggi memorizzati (eliminando anche ciò che vi è rimasto dei messaggi eliminati).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Report progress on standard error.</source>
        <translation>Mostra l&apos;avanzamento sullo standard error.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>usage: reindex [--progress]</source>
        <translation>uso: reindex [--progress]</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>indexed %1 of %2</source>
        <translation>indicizzati %1 di %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Indexed %n message(s).</source>
        <translation>
            <numerusform>%n messaggio indicizzato.</numerusform>
            <numerusform>%n messaggi indicizzati.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/satchel-cli/transfercommands.cpp" line="+62"/>
        <source>%1 (after %n message(s) were imported)</source>
        <translation>
            <numerusform>%1 (dopo l&apos;importazione di %n messaggio)</numerusform>
            <numerusform>%1 (dopo l&apos;importazione di %n messaggi)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Local folder to import into (created when missing).</source>
        <translation>Cartella locale in cui importare (viene creata se non esiste).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An mbox file (mboxrd).</source>
        <translation>Un file mbox (mboxrd).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A Maildir folder.</source>
        <translation>Una cartella Maildir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A message file (repeatable).</source>
        <translation>Un file di messaggio (ripetibile).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>usage: import --folder F (--mbox FILE | --maildir DIR | --eml FILE ...)</source>
        <translation>uso: import --folder F (--mbox FILE | --maildir DIR | --eml FILE ...)</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n message(s) imported into %1</source>
        <translation>
            <numerusform>%n messaggio importato in %1</numerusform>
            <numerusform>%n messaggi importati in %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Folder to export.</source>
        <translation>Cartella da esportare.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write one mbox file (mboxrd); it must not exist.</source>
        <translation>Scrive un unico file mbox (mboxrd), che non deve esistere già.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write one .eml file per message.</source>
        <translation>Scrive un file .eml per ogni messaggio.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>usage: export --folder F (--mbox FILE | --eml-dir DIR)</source>
        <translation>uso: export --folder F (--mbox FILE | --eml-dir DIR)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>there is no folder %1</source>
        <translation>non esiste la cartella %1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n message(s) exported</source>
        <translation>
            <numerusform>%n messaggio esportato</numerusform>
            <numerusform>%n messaggi esportati</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <location filename="../ui/errorbanner.cpp" line="+32"/>
        <source>Details…</source>
        <translation>Dettagli…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dismiss</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>What happened</source>
        <translation>Cosa è successo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The conversation with the server (passwords are hidden):</source>
        <translation>La comunicazione con il server (le password sono nascoste):</translation>
    </message>
</context>
<context>
    <name>FolderTreeModel</name>
    <message>
        <location filename="../ui/foldertreemodel.cpp" line="+212"/>
        <source>All Inboxes</source>
        <translation>Tutta la posta in arrivo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Inbox</source>
        <translation>Posta in arrivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Archive</source>
        <extracomment>The name of the local folder where archived messages are kept (a noun).</extracomment>
        <translation>Archivio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trash</source>
        <translation>Cestino</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local Folders</source>
        <translation>Cartelle locali</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 unread of %2</source>
        <translation>%1 non letti su %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+79"/>
        <location line="+365"/>
        <source>Ready</source>
        <extracomment>Status bar: nothing is going on.</extracomment>
        <translation>Pronto</translation>
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
            <numerusform>%n nuovo messaggio</numerusform>
            <numerusform>%n nuovi messaggi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n message(s) found</source>
        <translation>
            <numerusform>%n messaggio trovato</numerusform>
            <numerusform>%n messaggi trovati</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&lt;b&gt;No account yet.&lt;/b&gt; Add one with File › Add Account…, which finds the server settings and tests them. Imported mail (File › Import) can be read without an account.</source>
        <translation>&lt;b&gt;Nessun account configurato.&lt;/b&gt; Aggiungine uno con File › Aggiungi account…, che trova le impostazioni del server e le verifica. La posta importata (File › Importa) si può leggere anche senza un account.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Opening the archive…</source>
        <translation>Apertura dell&apos;archivio…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Add &amp;Account…</source>
        <translation>&amp;Aggiungi account…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account &amp;Settings…</source>
        <translation>Impostazioni &amp;account…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Get Messages</source>
        <translation>&amp;Scarica messaggi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check every account for new mail (F5)</source>
        <translation>Controlla se ci sono nuovi messaggi in tutti gli account (F5)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Stop Checking</source>
        <translation>Interr&amp;ompi controllo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark as &amp;Read</source>
        <translation>Segna come &amp;letto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark as &amp;Unread</source>
        <translation>Segna come &amp;non letto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Flag</source>
        <translation>Contrasse&amp;gna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete &amp;Permanently…</source>
        <translation>Elimina &amp;definitivamente…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Archive</source>
        <translation>&amp;Archivia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Move to Folder…</source>
        <translation>Sp&amp;osta in una cartella…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Copy to Folder…</source>
        <translation>&amp;Copia in una cartella…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next Unread</source>
        <translation>&amp;Successivo non letto</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+382"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <location line="-379"/>
        <source>&amp;Search</source>
        <translation>&amp;Cerca</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New Folder…</source>
        <translation>&amp;Nuova cartella…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rename Folder…</source>
        <translation>&amp;Rinomina cartella…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete Folder…</source>
        <translation>&amp;Elimina cartella…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Empty Trash…</source>
        <translation>&amp;Svuota cestino…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport Selected Messages…</source>
        <translation>Es&amp;porta messaggi selezionati…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;Folder…</source>
        <translation>Esporta car&amp;tella…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Selected as .&amp;eml Files…</source>
        <translation>Esporta selezionati come file .em&amp;l…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import mbox or .eml…</source>
        <translation>&amp;Importa mbox o .eml…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import &amp;Maildir…</source>
        <translation>Importa &amp;Maildir…</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Pre&amp;vious Unread</source>
        <translation>&amp;Precedente non letto</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Impostazioni…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Satchel</source>
        <translation>&amp;Informazioni su Satchel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A&amp;ccount Settings</source>
        <translation>Impostazioni a&amp;ccount</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Message</source>
        <translation>M&amp;essaggio</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>F&amp;older</source>
        <translation>&amp;Cartella</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
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
        <translation>Impossibile aprire l&apos;archivio della posta: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No archive</source>
        <translation>Nessun archivio</translation>
    </message>
    <message>
        <location line="+158"/>
        <location line="+23"/>
        <source>Delete permanently</source>
        <translation>Elimina definitivamente</translation>
    </message>
    <message numerus="yes">
        <location line="-22"/>
        <source>Delete %n message(s) permanently? This cannot be undone.</source>
        <translation>
            <numerusform>Eliminare definitivamente %n messaggio? L&apos;operazione non può essere annullata.</numerusform>
            <numerusform>Eliminare definitivamente %n messaggi? L&apos;operazione non può essere annullata.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Delete %n message(s) from the Trash permanently? This cannot be undone.</source>
        <translation>
            <numerusform>Eliminare definitivamente %n messaggio dal Cestino? L&apos;operazione non può essere annullata.</numerusform>
            <numerusform>Eliminare definitivamente %n messaggi dal Cestino? L&apos;operazione non può essere annullata.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete</source>
        <extracomment>Names the step in &quot;Undo %1&quot; (a verb, as in the Edit menu&apos;s &quot;Undo Delete&quot;).</extracomment>
        <translation>eliminazione</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Annulla %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1: %n message(s). Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>Fatto: %1 di %n messaggio. Annulla con Ctrl+Z.</numerusform>
            <numerusform>Fatto: %1 di %n messaggi. Annulla con Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Archive</source>
        <extracomment>Names the step in &quot;Undo %1&quot; (a verb: &quot;Undo Archive&quot;).</extracomment>
        <translation>archiviazione</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Copy to folder</source>
        <translation>Copia nella cartella</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move to folder</source>
        <translation>Sposta nella cartella</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder:</source>
        <translation>Cartella:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Move</source>
        <extracomment>Names the step in &quot;Undo %1&quot; (a verb: &quot;Undo Move&quot;).</extracomment>
        <translation>spostamento</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New folder</source>
        <translation>Nuova cartella</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the new folder in Local Folders:</source>
        <translation>Nome della nuova cartella in Cartelle locali:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rename folder</source>
        <translation>Rinomina cartella</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New name:</source>
        <translation>Nuovo nome:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete folder</source>
        <translation>Elimina cartella</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the folder &quot;%1&quot;? Its messages go to the Trash.</source>
        <translation>Eliminare la cartella “%1”? I suoi messaggi verranno spostati nel Cestino.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Empty Trash</source>
        <translation>Svuota cestino</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete every message in the Trash permanently?</source>
        <translation>Eliminare definitivamente tutti i messaggi nel Cestino?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export to mbox</source>
        <translation>Esporta in mbox</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mailbox files (*.mbox);;All files (*)</source>
        <translation>File mailbox (*.mbox);;Tutti i file (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <location line="+12"/>
        <source>Exporting %n message(s)…</source>
        <translation>
            <numerusform>Esportazione di %n messaggio…</numerusform>
            <numerusform>Esportazione di %n messaggi…</numerusform>
        </translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Export as .eml files into</source>
        <translation>Cartella in cui esportare i file .eml</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import a Maildir folder (the one holding cur and new)</source>
        <translation>Importa una cartella Maildir (quella che contiene cur e new)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+14"/>
        <source>Importing %1 into Local Folders/%1…</source>
        <translation>Importazione di %1 in Cartelle locali/%1…</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Import mail</source>
        <translation>Importa posta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mailbox files (*.mbox *.mbx *.mbs);;Message files (*.eml);;All files (*)</source>
        <translation>File mailbox (*.mbox *.mbx *.mbs);;File di messaggio (*.eml);;Tutti i file (*)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>About Satchel</source>
        <translation>Informazioni su Satchel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Satchel %1&lt;/h3&gt;&lt;p&gt;A POP3 mail client for reading your mail offline on one computer.&lt;/p&gt;&lt;p&gt;Profile: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Satchel %1&lt;/h3&gt;&lt;p&gt;Un client di posta POP3 per leggere la posta offline su un solo computer.&lt;/p&gt;&lt;p&gt;Profilo: %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MessageListModel</name>
    <message>
        <location filename="../ui/messagelistmodel.cpp" line="+279"/>
        <source>Unread</source>
        <extracomment>Tooltip of the read/unread column: the message&apos;s state (adjective).</extracomment>
        <translation>Non letto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read</source>
        <translation>Letto</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+122"/>
        <source>Flagged</source>
        <translation>Contrassegnato</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>Not flagged</source>
        <translation>Non contrassegnato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Has attachments</source>
        <translation>Con allegati</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No attachments</source>
        <translation>Senza allegati</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 bytes</source>
        <translation>%1 byte</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>(no subject)</source>
        <translation>(nessun oggetto)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Today %1</source>
        <translation>Oggi %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yesterday %1</source>
        <translation>Ieri %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>From</source>
        <translation>Da</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+23"/>
        <source>Subject</source>
        <translation>Oggetto</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Size</source>
        <extracomment>Column header: the message&apos;s size in bytes.</extracomment>
        <translation>Dimensione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder</source>
        <translation>Cartella</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Read or unread</source>
        <translation>Letto o non letto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attachments</source>
        <translation>Allegati</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sender</source>
        <translation>Mittente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date sent</source>
        <translation>Data di invio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size of the message</source>
        <translation>Dimensione del messaggio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder the message is in</source>
        <translation>La cartella in cui si trova il messaggio</translation>
    </message>
</context>
<context>
    <name>MessageSourceDialog</name>
    <message>
        <location filename="../ui/messagesourcedialog.cpp" line="+19"/>
        <source>Message Source</source>
        <translation>Sorgente del messaggio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message Source – %1</source>
        <translation>Sorgente del messaggio – %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This message is %1; only its first %2 are shown.</source>
        <translation>Questo messaggio occupa %1; ne vengono mostrati solo i primi %2.</translation>
    </message>
</context>
<context>
    <name>Mime::AttachmentSaver</name>
    <message>
        <location filename="../core/mime/attachmentsaver.cpp" line="+65"/>
        <source>No folder was chosen to save the attachment in.</source>
        <translation>Non è stata scelta alcuna cartella in cui salvare l&apos;allegato.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder “%1” does not exist.</source>
        <translation>La cartella “%1” non esiste.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is not a folder.</source>
        <translation>“%1” non è una cartella.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There are too many files named “%1” in the folder “%2”. Choose another folder.</source>
        <translation>Nella cartella “%2” ci sono troppi file chiamati “%1”. Scegli un&apos;altra cartella.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot save files in the folder “%1”: %2. Check that the folder is writable.</source>
        <translation>Impossibile salvare file nella cartella “%1”: %2. Controlla di avere i permessi di scrittura sulla cartella.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not write “%1”: %2. The disk may be full.</source>
        <translation>Impossibile scrivere “%1”: %2. Il disco potrebbe essere pieno.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” was changed by another program while it was being saved. Check the folder “%2”.</source>
        <translation>“%1” è stato modificato da un altro programma durante il salvataggio. Controlla la cartella “%2”.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not save “%1”: %2.</source>
        <translation>Impossibile salvare “%1”: %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not save “%1” because other programs keep creating files with the same name in the folder “%2”.</source>
        <translation>Impossibile salvare “%1” perché altri programmi continuano a creare file con lo stesso nome nella cartella “%2”.</translation>
    </message>
</context>
<context>
    <name>Mime::MessageParser</name>
    <message>
        <location filename="../core/mime/messageparser.cpp" line="+259"/>
        <source>Parts nested too deeply are not shown.</source>
        <translation>Le parti annidate troppo in profondità non vengono mostrate.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This message has too many parts; only the first %1 are shown.</source>
        <translation>Questo messaggio ha troppe parti; vengono mostrate solo le prime %1.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+116"/>
        <location line="+71"/>
        <source>This message is encrypted. Satchel cannot decrypt it.</source>
        <translation>Questo messaggio è cifrato. Satchel non è in grado di decifrarlo.</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>A forwarded message is too large to show; it is kept as an attachment.</source>
        <translation>Un messaggio inoltrato è troppo grande per essere mostrato; viene conservato come allegato.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>This message is signed in a form Satchel cannot show (S/MIME opaque signature).</source>
        <translation>Questo messaggio è firmato in un formato che Satchel non è in grado di mostrare (firma S/MIME opaca).</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Part of the text is too long and is not shown in full.</source>
        <translation>Parte del testo è troppo lunga e non viene mostrata per intero.</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>This message could not be understood; it is shown as raw text.</source>
        <translation>Impossibile interpretare questo messaggio; viene mostrato come testo grezzo.</translation>
    </message>
</context>
<context>
    <name>OAuthTokenSource</name>
    <message>
        <location filename="../ui/oauthtokensource.cpp" line="+36"/>
        <source>Signing in to %1 was cancelled.</source>
        <translation>L&apos;accesso a %1 è stato annullato.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Satchel is already signing in to %1.</source>
        <translation>Satchel sta già effettuando l&apos;accesso a %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Satchel can sign in with OAuth2 only to Gmail and Microsoft 365; %1 is neither. Choose another authentication in the account settings.</source>
        <translation>Satchel può accedere con OAuth2 solo a Gmail e Microsoft 365; %1 non è nessuno dei due. Scegli un altro metodo di autenticazione nelle impostazioni dell&apos;account.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 was not checked: Satchel needs you to sign in with %2. Choose Get Messages to sign in.</source>
        <translation>%1 non è stato controllato: Satchel ha bisogno che tu acceda con %2. Scegli Scarica messaggi per accedere.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Signing in with %1 did not work: %2</source>
        <translation>L&apos;accesso con %1 non è riuscito: %2</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../ui/passworddialog.cpp" line="+15"/>
        <source>Password for %1</source>
        <translation>Password per %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password for %1 on %2:</source>
        <translation>Password per %1 su %2:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Remember it in the system keychain</source>
        <translation>&amp;Ricorda nel portachiavi di sistema</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No keychain is available, so Satchel keeps the password only until it quits.</source>
        <translation>Non è disponibile alcun portachiavi, quindi Satchel conserva la password solo fino alla chiusura.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Remember it in my profile (stored unencrypted)</source>
        <translation>&amp;Ricorda nel mio profilo (memorizzata non cifrata)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anyone who can read your files, or a backup of them, can read a password remembered this way.</source>
        <translation>Chiunque possa leggere i tuoi file, o un loro backup, può leggere una password memorizzata in questo modo.</translation>
    </message>
</context>
<context>
    <name>Pop3::Error</name>
    <message>
        <location filename="../core/pop3/pop3error.cpp" line="+21"/>
        <source>The mail server&apos;s name could not be found. Check the server name and your network connection.</source>
        <translation>Impossibile trovare il nome del server di posta. Controlla il nome del server e la connessione di rete.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The mail server refused the connection. Check the server name and port.</source>
        <translation>Il server di posta ha rifiutato la connessione. Controlla il nome del server e la porta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not connect to the mail server.</source>
        <translation>Impossibile connettersi al server di posta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection to the mail server was lost. Nothing was deleted on the server; the next check continues where this one stopped.</source>
        <translation>La connessione al server di posta si è interrotta. Sul server non è stato eliminato nulla; il prossimo controllo riprenderà da dove si è fermato questo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The mail server did not answer in time.</source>
        <translation>Il server di posta non ha risposto in tempo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A secure (TLS) connection to the mail server could not be established.</source>
        <translation>Impossibile stabilire una connessione sicura (TLS) con il server di posta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The mail server&apos;s certificate could not be verified, so nothing was sent to it. Someone may be impersonating the server.</source>
        <translation>Impossibile verificare il certificato del server di posta, quindi non gli è stato inviato nulla. Qualcuno potrebbe spacciarsi per il server.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server does not offer STARTTLS, which this account requires. Satchel will not send your mail or password unencrypted.</source>
        <translation>Il server non offre STARTTLS, che è richiesto da questo account. Satchel non invierà né la posta né la password senza crittografia.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server refused to start an encrypted (STARTTLS) connection. Satchel will not continue unencrypted.</source>
        <translation>Il server ha rifiutato di avviare una connessione cifrata (STARTTLS). Satchel non proseguirà senza crittografia.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server sent unexpected data while switching to encryption. This can be an attack on the connection, so Satchel stopped.</source>
        <translation>Il server ha inviato dati inattesi durante il passaggio alla connessione cifrata. Potrebbe trattarsi di un attacco alla connessione, quindi Satchel si è fermato.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The mail server is not accepting connections right now.</source>
        <translation>Al momento il server di posta non accetta connessioni.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your password would be sent unencrypted. Enable encryption for this account, or explicitly allow unencrypted passwords in its settings.</source>
        <translation>La password verrebbe inviata non cifrata. Attiva la crittografia per questo account, oppure consenti esplicitamente le password non cifrate nelle sue impostazioni.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server offers no sign-in method this account allows. Try another authentication method in the account settings.</source>
        <translation>Il server non offre nessuno dei metodi di accesso consentiti da questo account. Prova un altro metodo di autenticazione nelle impostazioni dell&apos;account.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The user name or password contains characters that cannot be sent.</source>
        <translation>Il nome utente o la password contiene caratteri che non possono essere inviati.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server did not accept the user name or password.</source>
        <translation>Il server non ha accettato il nome utente o la password.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mailbox is in use by another program. Satchel will try again later.</source>
        <translation>La casella di posta è in uso da parte di un altro programma. Satchel riproverà più tardi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server asks to wait longer between checks for mail.</source>
        <translation>Il server chiede di attendere più a lungo tra un controllo della posta e l&apos;altro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mail server has a temporary problem. Satchel will try again later.</source>
        <translation>Il server di posta ha un problema temporaneo. Satchel riproverà più tardi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The mail server reported a permanent problem with this mailbox.</source>
        <translation>Il server di posta ha segnalato un problema permanente con questa casella di posta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mail server could not carry out a request.</source>
        <translation>Il server di posta non è riuscito a eseguire una richiesta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mail server sent something Satchel does not understand, so the connection was closed.</source>
        <translation>Il server di posta ha inviato qualcosa che Satchel non comprende, quindi la connessione è stata chiusa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A message could not be saved on this computer, so the check was stopped. Nothing was deleted on the server.</source>
        <translation>Impossibile salvare un messaggio su questo computer, quindi il controllo è stato interrotto. Sul server non è stato eliminato nulla.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server cannot do what this account&apos;s settings need.</source>
        <translation>Il server non supporta quanto richiesto dalle impostazioni di questo account.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled. Nothing was deleted on the server.</source>
        <translation>Annullato. Sul server non è stato eliminato nulla.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The server said: “%1”</source>
        <translation>Il server ha risposto: “%1”</translation>
    </message>
</context>
<context>
    <name>ReadingPane</name>
    <message>
        <location filename="../ui/readingpane.cpp" line="+58"/>
        <source>View &amp;Source</source>
        <translation>Visualizza &amp;sorgente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the message as it was received (Ctrl+U)</source>
        <translation>Mostra il messaggio così come è stato ricevuto (Ctrl+U)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No message selected</source>
        <translation>Nessun messaggio selezionato</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>The account keeps messages on the server for a while after downloading them.</source>
        <translation>L&apos;account conserva i messaggi sul server per un certo periodo dopo averli scaricati.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>From:</source>
        <translation>Da:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To:</source>
        <translation>A:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cc:</source>
        <translation>Cc:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date:</source>
        <translation>Data:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>H&amp;TML</source>
        <translation>&amp;HTML</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the message as the sender formatted it</source>
        <translation>Mostra il messaggio con la formattazione del mittente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P&amp;lain Text</source>
        <translation>&amp;Testo semplice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the message as plain text</source>
        <translation>Mostra il messaggio come testo semplice</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Loa&amp;d</source>
        <translation>&amp;Carica</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load the remote images of this message. The sender may learn that you opened it.</source>
        <translation>Carica le immagini remote di questo messaggio. Il mittente potrebbe scoprire che lo hai aperto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Al&amp;ways for This Sender</source>
        <translation>Sempre per questo &amp;mittente</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>(no subject)</source>
        <translation>(nessun oggetto)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown</source>
        <translation>Sconosciuta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (received; the message has no valid date)</source>
        <translation>%1 (data di ricezione: il messaggio non ha una data valida)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>As sent: %1</source>
        <translation>Data originale: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>%n more</source>
        <translation>
            <numerusform>%n altro</numerusform>
            <numerusform>altri %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>%n remote image(s) blocked</source>
        <translation>
            <numerusform>%n immagine remota bloccata</numerusform>
            <numerusform>%n immagini remote bloccate</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Satchel did not load them, so the sender cannot tell that you opened the message.</source>
        <translation>Satchel non le ha caricate, quindi il mittente non può sapere che hai aperto il messaggio.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From: %1</source>
        <translation>Provenienti da: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Always load remote images in messages from %1</source>
        <translation>Carica sempre le immagini remote nei messaggi di %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only the headers of this message were downloaded.</source>
        <translation>Di questo messaggio sono state scaricate solo le intestazioni.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This message has no text.</source>
        <translation>Questo messaggio non contiene testo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The message is too long to show in full.</source>
        <translation>Il messaggio è troppo lungo per essere mostrato per intero.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The message is signed; Satchel does not check signatures.</source>
        <translation>Il messaggio è firmato; Satchel non verifica le firme.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Leaves the server at the next check for new mail</source>
        <translation>Verrà rimosso dal server al prossimo controllo della posta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leaves the server on %1</source>
        <translation>Verrà rimosso dal server il %1</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copia</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy &amp;All</source>
        <translation>Copia &amp;tutto</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Copy &amp;Address</source>
        <translation>Copia &amp;indirizzo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy &amp;Name and Address</source>
        <translation>Copia &amp;nome e indirizzo</translation>
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
        <translation>&amp;Lascia i messaggi sul server</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;For at most</source>
        <translation>Per &amp;un massimo di</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source> day(s)</source>
        <extracomment>Spin box suffix after a number of days; keep the leading space.</extracomment>
        <translation>
            <numerusform> giorno</numerusform>
            <numerusform> giorni</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Delete from the server when I delete them here</source>
        <translation>Elimina &amp;dal server quando li elimino qui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download only the headers of messages larger than</source>
        <translation>Scarica solo le intestazioni dei messaggi più grandi di</translation>
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
        <translation>Questa ricerca non contiene nulla da cercare: non ha né lettere né cifre.</translation>
    </message>
    <message>
        <location line="+207"/>
        <source>There is no folder &quot;%1&quot; (in: takes a folder as &quot;satchel-cli folders&quot; lists it, or its name).</source>
        <translation>Non esiste la cartella “%1” (in: accetta una cartella scritta come la elenca &quot;satchel-cli folders&quot;, oppure il suo nome).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>There is no account &quot;%1&quot;.</source>
        <translation>Non esiste l&apos;account “%1”.</translation>
    </message>
</context>
<context>
    <name>Search::QueryParser</name>
    <message>
        <location filename="../core/search/queryparser.cpp" line="+358"/>
        <source>This search has too many words and filters (more than %1). Remove some and try again.</source>
        <translation>Questa ricerca contiene troppe parole e filtri (più di %1). Rimuovine qualcuno e riprova.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>“%1:” needs a word right after the colon, for example %2.</source>
        <translation>“%1:” richiede una parola subito dopo i due punti, ad esempio %2.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>“%1:” needs a value right after the colon, for example %2.</source>
        <translation>“%1:” richiede un valore subito dopo i due punti, ad esempio %2.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“%1” is not something has: can look for. Use has:attachment.</source>
        <translation>has: non può cercare “%1”. Usa has:attachment.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” is not something is: can look for. Use is:unread, is:read or is:flagged.</source>
        <translation>is: non può cercare “%1”. Usa is:unread, is:read o is:flagged.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“%1” is not a date %2: understands. Write it as YYYY-MM-DD or YYYY/MM/DD, for example %3.</source>
        <translation>%2: non riconosce la data “%1”. Scrivila nel formato AAAA-MM-GG o AAAA/MM/GG, ad esempio %3.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+19"/>
        <source>“%1” is too large a number for %2:.</source>
        <translation>“%1” è un numero troppo grande per %2:.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>“%1” is not an age %2: understands. Write a number followed by d (days), w (weeks), m (months) or y (years), for example %3.</source>
        <translation>%2: non riconosce l&apos;età “%1”. Scrivi un numero seguito da d (giorni), w (settimane), m (mesi) o y (anni), ad esempio %3.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>“%1” is not a size %2: understands. Write a number of bytes, or a number followed by K, M or G, for example %3.</source>
        <translation>%2: non riconosce la dimensione “%1”. Scrivi un numero di byte, oppure un numero seguito da K, M o G, ad esempio %3.</translation>
    </message>
    <message>
        <location line="+179"/>
        <source>This search is nested too deeply at “%1” (more than %2 levels of parentheses and NOT). Simplify it and try again.</source>
        <translation>Questa ricerca è annidata troppo in profondità in “%1” (più di %2 livelli di parentesi e NOT). Semplificala e riprova.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>“%1” needs something to search for on both sides.</source>
        <translation>“%1” richiede qualcosa da cercare su entrambi i lati.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” needs something to leave out right after it.</source>
        <translation>“%1” deve essere seguito subito da qualcosa da escludere.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is nothing to search for inside “%1)”.</source>
        <translation>Non c&apos;è nulla da cercare all&apos;interno di “%1)”.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+101"/>
        <source>This “%1” is never closed.</source>
        <translation>La parentesi “%1” non viene mai chiusa.</translation>
    </message>
    <message>
        <location line="-95"/>
        <location line="+13"/>
        <source>This “)” has no matching “(”.</source>
        <translation>La parentesi “)” non ha una “(” corrispondente.</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+130"/>
        <source>Type something to search for.</source>
        <translation>Scrivi qualcosa da cercare.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>This search is too long (more than %1 characters). Shorten it and try again.</source>
        <translation>Questa ricerca è troppo lunga (più di %1 caratteri). Accorciala e riprova.</translation>
    </message>
</context>
<context>
    <name>Search::Searcher</name>
    <message>
        <location filename="../core/search/searcher.cpp" line="+54"/>
        <location line="+85"/>
        <location line="+10"/>
        <source>Cannot search the archive: %1</source>
        <translation>Impossibile cercare nell&apos;archivio: %1</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../ui/searchfield.cpp" line="+9"/>
        <source>Search all mail (from:ann has:attachment &quot;a phrase&quot; …)</source>
        <translation>Cerca in tutta la posta (from:anna has:attachment &quot;una frase&quot; …)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Words must all match. Also: &quot;exact phrase&quot;, prefix*, OR, -word, from:, to:, subject:, body:, filename:, has:attachment, is:unread, in:FOLDER, before:/after:YYYY-MM-DD, older_than:30d, larger:5M</source>
        <translation>Tutte le parole devono corrispondere. Inoltre: &quot;frase esatta&quot;, prefisso*, OR, -parola, from:, to:, subject:, body:, filename:, has:attachment, is:unread, in:CARTELLA, before:/after:AAAA-MM-GG, older_than:30d, larger:5M</translation>
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
        <translation>Nessuna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without encryption, your password and your mail cross the network readable by anyone on the way.</source>
        <translation>Senza crittografia, la password e la posta attraversano la rete in chiaro, leggibili da chiunque lungo il percorso.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Allo&amp;w sending my password unencrypted</source>
        <translation>Consenti l&apos;invio della pass&amp;word non cifrata</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ser&amp;ver:</source>
        <translation>Se&amp;rver:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;orta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Securit&amp;y:</source>
        <translation>S&amp;icurezza:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Au&amp;thentication:</source>
        <translation>Autentica&amp;zione:</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Automatic</source>
        <translation>Automatica</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Normal password</source>
        <translation>Password normale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypted password (CRAM-MD5/APOP)</source>
        <translation>Password cifrata (CRAM-MD5/APOP)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OAuth2</source>
        <translation>OAuth2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;User name:</source>
        <translation>Nome u&amp;tente:</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="+18"/>
        <source>Settings</source>
        <translation>Impostazioni</translation>
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
        <translation>Solo su richiesta</translation>
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
        <translation>Mai automaticamente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Block, and ask for each message</source>
        <translation>Blocca e chiedi per ogni messaggio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always load</source>
        <translation>Carica sempre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Classic (list above the message)</source>
        <translation>Classica (elenco sopra il messaggio)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wide (list beside the message)</source>
        <translation>Affiancata (elenco accanto al messaggio)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>System language</source>
        <translation>Lingua del sistema</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Check for new mail every:</source>
        <translation>Controlla nuovi messaggi ogni:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark a message read after:</source>
        <translation>Segna un messaggio come letto dopo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remote images and styles:</source>
        <translation>Immagini e stili remoti:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layout:</source>
        <translation>Disposizione:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation>Lingua:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language is used the next time Satchel starts.</source>
        <translation>La nuova lingua verrà usata al prossimo avvio di Satchel.</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <location filename="../ui/singleinstance.cpp" line="+39"/>
        <source>Satchel is already open on this profile; its window was brought to the front.</source>
        <translation>Satchel è già aperto con questo profilo; la sua finestra è stata portata in primo piano.</translation>
    </message>
</context>
<context>
    <name>Store::ArchiveRecovery</name>
    <message>
        <location filename="../core/store/archiverecovery.cpp" line="+107"/>
        <source>Cannot write the recovered archive: %1 (%2)</source>
        <translation>Impossibile scrivere l&apos;archivio recuperato: %1 (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no archive to recover in %1.</source>
        <translation>In %1 non c&apos;è alcun archivio da recuperare.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot open the damaged archive %1: %2</source>
        <translation>Impossibile aprire l&apos;archivio danneggiato %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing can be read from %1: its list of tables is damaged (%2).</source>
        <translation>Non è possibile leggere nulla da %1: il suo elenco delle tabelle è danneggiato (%2).</translation>
    </message>
    <message>
        <location line="+259"/>
        <source>Cannot clear %1.</source>
        <translation>Impossibile svuotare %1.</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+84"/>
        <source>Cannot write %1.</source>
        <translation>Impossibile scrivere %1.</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>The recovered archive has references to missing rows.</source>
        <translation>L&apos;archivio recuperato contiene riferimenti a righe mancanti.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The recovered archive does not pass the check: %1</source>
        <translation>L&apos;archivio recuperato non supera la verifica: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no recovered archive in %1.</source>
        <translation>In %1 non c&apos;è alcun archivio recuperato.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cannot rename %1 to %2.</source>
        <translation>Impossibile rinominare %1 in %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot move %1 to %2.</source>
        <translation>Impossibile spostare %1 in %2.</translation>
    </message>
</context>
<context>
    <name>Store::ArchiveService</name>
    <message>
        <location filename="../core/store/archiveservice.cpp" line="+68"/>
        <source>The mail archive is damaged (%1). Satchel shows what it can still read. Copy the profile folder somewhere safe before anything else; then Recover… keeps every readable message (`satchel-cli check` lists the problems).</source>
        <translation>L&apos;archivio della posta è danneggiato (%1). Satchel mostra ciò che riesce ancora a leggere. Prima di tutto copia la cartella del profilo in un luogo sicuro; poi Recupera… conserverà tutti i messaggi leggibili (`satchel-cli check` elenca i problemi).</translation>
    </message>
</context>
<context>
    <name>Store::CertificatePins</name>
    <message>
        <location filename="../core/store/certificatepins.cpp" line="+55"/>
        <source>Cannot read the accepted certificates: %1</source>
        <translation>Impossibile leggere i certificati accettati: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cannot change the accepted certificates: %1</source>
        <translation>Impossibile modificare i certificati accettati: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A certificate without a server or fingerprint cannot be accepted.</source>
        <translation>Non è possibile accettare un certificato senza server o impronta digitale.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot save the accepted certificate for %1:%2: %3</source>
        <translation>Impossibile salvare il certificato accettato per %1:%2: %3</translation>
    </message>
</context>
<context>
    <name>Store::Database</name>
    <message>
        <location filename="../core/store/database.cpp" line="+117"/>
        <source>Cannot create the profile folder %1.</source>
        <translation>Impossibile creare la cartella del profilo %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot create the database %1: %2</source>
        <translation>Impossibile creare il database %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot open the database %1: %2</source>
        <translation>Impossibile aprire il database %1: %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The database %1 cannot be read: %2</source>
        <translation>Impossibile leggere il database %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database %1 was written by a newer version of Satchel (schema %2; this version knows %3). It was not changed.</source>
        <translation>Il database %1 è stato scritto da una versione più recente di Satchel (schema %2; questa versione conosce lo schema %3). Non è stato modificato.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Cannot update the database: %1</source>
        <translation>Impossibile aggiornare il database: %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Database error: %1 (%2)</source>
        <translation>Errore del database: %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>the archive is locked by another program (another Satchel window or satchel-cli, or a tool that opened satchel.sqlite) and stayed locked for %n second(s); try again when it is done</source>
        <translation>
            <numerusform>l&apos;archivio è bloccato da un altro programma (un&apos;altra finestra di Satchel, satchel-cli o uno strumento che ha aperto satchel.sqlite) ed è rimasto bloccato per %n secondo; riprova quando avrà finito</numerusform>
            <numerusform>l&apos;archivio è bloccato da un altro programma (un&apos;altra finestra di Satchel, satchel-cli o uno strumento che ha aperto satchel.sqlite) ed è rimasto bloccato per %n secondi; riprova quando avrà finito</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Store::Eml</name>
    <message>
        <location filename="../core/store/emlfiles.cpp" line="+45"/>
        <source>“%1” cannot be used as a file name.</source>
        <translation>“%1” non può essere usato come nome di file.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The folder “%1” does not exist.</source>
        <translation>La cartella “%1” non esiste.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot create the file “%1”: %2</source>
        <translation>Impossibile creare il file “%1”: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot write the file “%1”: %2</source>
        <translation>Impossibile scrivere il file “%1”: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The file “%1” is larger than %2 bytes.</source>
        <translation>Il file “%1” è più grande di %2 byte.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is not a file that can be read.</source>
        <translation>“%1” non è un file leggibile.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot open the file “%1”: %2</source>
        <translation>Impossibile aprire il file “%1”: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot read the file “%1”: %2</source>
        <translation>Impossibile leggere il file “%1”: %2</translation>
    </message>
</context>
<context>
    <name>Store::MailTransfer</name>
    <message numerus="yes">
        <location filename="../core/store/mailtransfer.cpp" line="+61"/>
        <source>%1 (after %n message(s) were imported)</source>
        <translation>
            <numerusform>%1 (dopo l&apos;importazione di %n messaggio)</numerusform>
            <numerusform>%1 (dopo l&apos;importazione di %n messaggi)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Cannot create the folder %1.</source>
        <translation>Impossibile creare la cartella %1.</translation>
    </message>
</context>
<context>
    <name>Store::Maildir</name>
    <message>
        <location filename="../core/store/maildirreader.cpp" line="+35"/>
        <source>The folder “%1” does not exist.</source>
        <translation>La cartella “%1” non esiste.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” is not a Maildir folder: it has no “cur” and “new” subfolders.</source>
        <translation>“%1” non è una cartella Maildir: non contiene le sottocartelle “cur” e “new”.</translation>
    </message>
</context>
<context>
    <name>Store::Mbox</name>
    <message>
        <location filename="../core/store/mboxreader.cpp" line="+81"/>
        <source>Cannot open the mbox file “%1”: %2</source>
        <translation>Impossibile aprire il file mbox “%1”: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot read the mbox file “%1”: %2</source>
        <translation>Impossibile leggere il file mbox “%1”: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The mbox file “%1” has a line longer than %2 bytes at byte %3.</source>
        <translation>Il file mbox “%1” contiene una riga più lunga di %2 byte (al byte %3).</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>“%1” is not an mbox file: it does not begin with a “From ” line.</source>
        <translation>“%1” non è un file mbox: non inizia con una riga “From ”.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../core/store/mboxwriter.cpp" line="+141"/>
        <location line="+15"/>
        <source>The mbox file “%1” is not open.</source>
        <translation>Il file mbox “%1” non è aperto.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The mbox file “%1” has a message larger than %2 bytes at byte %3.</source>
        <translation>Il file mbox “%1” contiene un messaggio più grande di %2 byte (al byte %3).</translation>
    </message>
    <message>
        <location filename="../core/store/mboxwriter.cpp" line="-79"/>
        <source>The mbox file “%1” is already open.</source>
        <translation>Il file mbox “%1” è già aperto.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot create the mbox file “%1”: %2</source>
        <translation>Impossibile creare il file mbox “%1”: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot write to the mbox file “%1”: %2</source>
        <translation>Impossibile scrivere nel file mbox “%1”: %2</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Cannot save the mbox file “%1”: %2</source>
        <translation>Impossibile salvare il file mbox “%1”: %2</translation>
    </message>
</context>
<context>
    <name>Store::MessageStore</name>
    <message>
        <location filename="../core/store/messagestorefolders.cpp" line="+44"/>
        <location line="+118"/>
        <source>Cannot create the folder %1: %2</source>
        <translation>Impossibile creare la cartella %1: %2</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+34"/>
        <source>&quot;%1&quot; is not a folder name (names cannot contain &quot;/&quot;).</source>
        <translation>“%1” non è un nome di cartella valido (i nomi non possono contenere “/”).</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>There is no folder %1.</source>
        <translation>Non esiste la cartella %1.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cannot rename the folder: %1</source>
        <translation>Impossibile rinominare la cartella: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only folders you made can be renamed.</source>
        <translation>Si possono rinominare solo le cartelle create da te.</translation>
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
        <translation>Impossibile scrivere nel database: %1</translation>
    </message>
    <message>
        <location filename="../core/store/messagestorefolders.cpp" line="+11"/>
        <location line="+5"/>
        <source>Cannot delete the folder: %1</source>
        <translation>Impossibile eliminare la cartella: %1</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Only folders you made can be deleted.</source>
        <translation>Si possono eliminare solo le cartelle create da te.</translation>
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
        <translation>Impossibile salvare il messaggio: %1</translation>
    </message>
    <message>
        <location line="-314"/>
        <source>The account has no Inbox.</source>
        <translation>L&apos;account non ha una Posta in arrivo.</translation>
    </message>
    <message>
        <location line="+73"/>
        <location line="+20"/>
        <location line="+7"/>
        <source>Cannot save messages: %1</source>
        <translation>Impossibile salvare i messaggi: %1</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Cannot move the message: %1</source>
        <translation>Impossibile spostare il messaggio: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <location line="+126"/>
        <source>There is no message %1.</source>
        <translation>Non esiste il messaggio %1.</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Cannot delete the message: %1</source>
        <translation>Impossibile eliminare il messaggio: %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Message %1 is not stored as headers only.</source>
        <translation>Il messaggio %1 non è salvato come sole intestazioni.</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+3"/>
        <source>Cannot change the message: %1</source>
        <translation>Impossibile modificare il messaggio: %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+6"/>
        <source>Cannot empty the Trash: %1</source>
        <translation>Impossibile svuotare il Cestino: %1</translation>
    </message>
    <message>
        <location filename="../core/store/messagestoreaccounts.cpp" line="-169"/>
        <location line="+13"/>
        <location line="+10"/>
        <location line="+6"/>
        <location line="+5"/>
        <location line="+5"/>
        <source>Cannot add the account %1: %2</source>
        <translation>Impossibile aggiungere l&apos;account %1: %2</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Cannot change the account %1: %2</source>
        <translation>Impossibile modificare l&apos;account %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+39"/>
        <source>There is no account named %1.</source>
        <translation>Non esiste alcun account chiamato %1.</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>An account name must not be empty or contain &quot;/&quot;.</source>
        <translation>Il nome di un account non può essere vuoto né contenere “/”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is already an account named %1.</source>
        <translation>Esiste già un account chiamato %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot rename the account: %1</source>
        <translation>Impossibile rinominare l&apos;account: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no account %1.</source>
        <translation>Non esiste l&apos;account %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot remove the account %1: %2</source>
        <translation>Impossibile rimuovere l&apos;account %1: %2</translation>
    </message>
</context>
<context>
    <name>Store::PasswordFile</name>
    <message>
        <location filename="../core/store/passwordfile.cpp" line="+36"/>
        <source>Cannot read the stored passwords in %1: %2</source>
        <translation>Impossibile leggere le password memorizzate in %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is too large</source>
        <translation>il file è troppo grande</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The stored passwords in %1 are damaged; enter the passwords again.</source>
        <translation>Le password memorizzate in %1 sono danneggiate; inseriscile di nuovo.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Cannot remove %1.</source>
        <translation>Impossibile rimuovere %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot save the stored passwords in %1: %2</source>
        <translation>Impossibile salvare le password memorizzate in %1: %2</translation>
    </message>
</context>
<context>
    <name>Store::SearchIndex</name>
    <message>
        <location filename="../core/store/searchindex.cpp" line="+90"/>
        <source>Cannot read the search index: %1</source>
        <translation>Impossibile leggere l&apos;indice di ricerca: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+8"/>
        <source>Cannot update the search index: %1</source>
        <translation>Impossibile aggiornare l&apos;indice di ricerca: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+10"/>
        <location line="+44"/>
        <source>Cannot rebuild the search index: %1</source>
        <translation>Impossibile ricostruire l&apos;indice di ricerca: %1</translation>
    </message>
</context>
<context>
    <name>Sync::AccountConnection</name>
    <message>
        <location filename="../core/sync/accountconnection.cpp" line="+37"/>
        <source>No certificate could be read from %1.</source>
        <translation>Impossibile leggere un certificato da %1.</translation>
    </message>
</context>
<context>
    <name>Sync::CompletionJob</name>
    <message>
        <location filename="../core/sync/completionjob.cpp" line="+31"/>
        <source>Message %1 is not a partly downloaded message of account %2.</source>
        <translation>Il messaggio %1 non è un messaggio scaricato parzialmente dell&apos;account %2.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The message is no longer on the server.</source>
        <translation>Il messaggio non è più presente sul server.</translation>
    </message>
</context>
<context>
    <name>Sync::Keychain</name>
    <message>
        <location filename="../core/sync/keychain.cpp" line="+17"/>
        <source>no keychain is reachable (no D-Bus session)</source>
        <translation>nessun portachiavi raggiungibile (nessuna sessione D-Bus)</translation>
    </message>
</context>
<context>
    <name>Sync::SyncPlanner</name>
    <message>
        <location filename="../core/sync/syncplanner.cpp" line="+49"/>
        <source>This server does not support UIDL, so Satchel cannot tell which messages it already has. Let it delete messages from the server after downloading them: clear “Leave messages on the server” in the account&apos;s settings (satchel-cli: --delete-after-download).</source>
        <translation>Questo server non supporta UIDL, quindi Satchel non può sapere quali messaggi ha già. Lascia che Satchel elimini i messaggi dal server dopo averli scaricati: nelle impostazioni dell&apos;account deseleziona “Lascia i messaggi sul server” (satchel-cli: --delete-after-download).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server listed the same message more than once. Satchel left the repeated entries on the server untouched.</source>
        <translation>Il server ha elencato lo stesso messaggio più di una volta. Satchel ha lasciato intatte sul server le voci ripetute.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/applicationinfo.cpp" line="+33"/>
        <source>The profile folder (default: $SATCHEL_PROFILE, or %1).</source>
        <translation>La cartella del profilo (predefinita: $SATCHEL_PROFILE, oppure %1).</translation>
    </message>
    <message>
        <location filename="../app/satchel/main.cpp" line="+32"/>
        <source>Satchel, a POP3 mail client for reading mail offline.</source>
        <translation>Satchel, un client di posta POP3 per leggere la posta offline.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Quit once the window is shown and the archive is open (exit status 0), or when that fails (1).</source>
        <translation>Esce non appena la finestra è visualizzata e l&apos;archivio è aperto (codice di uscita 0), oppure se ciò non riesce (1).</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Cannot create the profile folder %1.</source>
        <translation>Impossibile creare la cartella del profilo %1.</translation>
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
        <translation>Comandi:
  account add --name N --email E --host H [--port P]
              --security tls|starttls|none
              [--user U] [--auth auto|plain|login|cram-md5|apop|user]
              [--keep-on-server | --delete-after-download |
               --leave-on-server-days D]
              [--delete-when-deleted-locally] [--size-limit KiB]
              [--ca-file PEM] [--allow-insecure-auth]
              [--password-stdin] [--store-password-in-profile]
  account list | account remove NAME [--delete-mail]
  fetch [NAME ...] [--password-stdin] [--progress]
  fetch-rest ID [--password-stdin]
                               scarica per intero un messaggio salvato come
                               sole intestazioni
  folders                      una cartella per riga: percorso, totale,
                               non letti, ruolo
  list [--folder F] [--format tsv|json]
                               tsv: id, data, cartella, mittente, oggetto,
                               flag, dimensione
                               (flag: R letto, F contrassegnato, A risposto,
                               H solo intestazioni)
  show ID [--raw]              --raw scrive i byte memorizzati senza modifiche
  delete ID                    nel Cestino; se già nel Cestino: definitivamente
  move ID FOLDER
  search QUERY [--folder F] [--limit N] [--offset N] [--sort newest|relevance]
               [--format tsv|json] [--count] [--no-snippets]
                               tsv: come list, più un estratto con le
                               [corrispondenze] evidenziate
  reindex [--progress]         ricostruisce l&apos;indice di ricerca dai messaggi
                               memorizzati
  check                        cerca danni nel file dell&apos;archivio
                               (SQLite quick_check)
  recover [--progress]         sposta tutti i messaggi leggibili di un archivio
                               danneggiato in uno nuovo; il file danneggiato
                               viene conservato accanto
  export --folder F (--mbox FILE | --eml-dir DIR)
  import --folder F (--mbox FILE | --maildir DIR | --eml FILE ...)
Ogni comando ha --help. Codici di uscita: 0 successo, 1 altro errore,
2 uso errato, 3 rete, 4 autenticazione, 5 TLS, 6 archivio locale o file.
</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Drives Satchel&apos;s mail archive from scripts.

%1</source>
        <translation>Gestisce l&apos;archivio della posta di Satchel da script.

%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The command to run.</source>
        <translation>Il comando da eseguire.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no command given; see --help</source>
        <translation>nessun comando indicato; vedi --help</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>unknown command &apos;%1&apos;; see --help</source>
        <translation>comando sconosciuto &apos;%1&apos;; vedi --help</translation>
    </message>
</context>
</TS>

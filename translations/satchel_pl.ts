<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL" sourcelanguage="en">
<context>
    <name>AccountManager</name>
    <message>
        <location filename="../ui/accountmanager.cpp" line="+67"/>
        <source>The sign-in of %1 could not be kept in the keychain; Satchel asks you to sign in again after the next start.</source>
        <translation>Nie udało się zapisać danych logowania konta %1 w magazynie haseł; po następnym uruchomieniu Satchel poprosi o ponowne zalogowanie.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The password for %1 could not be saved in the keychain; Satchel keeps it until it is closed and asks for it once after the next start.</source>
        <translation>Nie udało się zapisać hasła konta %1 w magazynie haseł; Satchel przechowa je do zamknięcia programu, a po następnym uruchomieniu jednorazowo o nie poprosi.</translation>
    </message>
    <message>
        <location line="+89"/>
        <location line="+8"/>
        <source>Remove Account</source>
        <translation>Usuń konto</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Satchel is checking for mail. Stop the check (Shift+Esc) or wait until it has finished, then remove the account.</source>
        <translation>Satchel sprawdza pocztę. Zatrzymaj sprawdzanie (Shift+Esc) lub poczekaj, aż się zakończy, a następnie usuń konto.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove the account “%1”?</source>
        <translation>Usunąć konto „%1”?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Satchel forgets its settings, its password and which messages it has downloaded. Nothing is deleted on the server. The messages in its Inbox can stay here, in the local folder “%1”.</source>
        <translation>Satchel zapomni ustawienia tego konta, jego hasło oraz informacje o tym, które wiadomości zostały już pobrane. Na serwerze nic nie zostanie usunięte. Wiadomości z folderu Odebrane tego konta mogą pozostać tutaj, w folderze lokalnym „%1”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove, &amp;Keep the Mail</source>
        <translation>Usuń, ale &amp;zachowaj pocztę</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove with Its &amp;Mail</source>
        <translation>Usuń razem z &amp;pocztą</translation>
    </message>
</context>
<context>
    <name>AccountSettingsDialog</name>
    <message>
        <location filename="../ui/accountsettingsdialog.cpp" line="+22"/>
        <source>Account Settings – %1</source>
        <translation>Ustawienia konta – %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unchanged</source>
        <extracomment>Placeholder of the empty password field: leaving it empty keeps the password as it is.</extracomment>
        <translation>bez zmian</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Account &amp;name:</source>
        <translation>&amp;Nazwa konta:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;E-mail address:</source>
        <translation>&amp;Adres e-mail:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;password:</source>
        <translation>Nowe &amp;hasło:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password is stored unencrypted in your profile, as you chose when no keychain was available.</source>
        <translation>Hasło jest przechowywane w profilu bez szyfrowania – zgodnie z wyborem dokonanym, gdy magazyn haseł był niedostępny.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Server</source>
        <translation>Ser&amp;wer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keeping Mail</source>
        <translation>Przechowywanie p&amp;oczty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Certificates</source>
        <translation>&amp;Certyfikaty</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Remove Account…</source>
        <translation>&amp;Usuń konto…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>There is already an account named “%1”.</source>
        <translation>Istnieje już konto o nazwie „%1”.</translation>
    </message>
</context>
<context>
    <name>AccountWizard</name>
    <message>
        <location filename="../ui/accountwizard.cpp" line="+26"/>
        <source>Account setup</source>
        <translation>Konfiguracja konta</translation>
    </message>
</context>
<context>
    <name>AccountWizardDonePage</name>
    <message>
        <location filename="../ui/accountwizarddonepage.cpp" line="+13"/>
        <source>Ready</source>
        <extracomment>Title of the wizard&apos;s last page: the account is set up and ready to use.</extracomment>
        <translation>Gotowe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No keychain is available on this computer, so Satchel will ask for the password once each time it runs.</source>
        <translation>Na tym komputerze nie ma dostępnego magazynu haseł, dlatego Satchel przy każdym uruchomieniu jeden raz poprosi o hasło.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Remember the password in my profile (stored unencrypted: anyone who can read your files can read it)</source>
        <translation>Zapamiętaj &amp;hasło w moim profilu (bez szyfrowania: może je odczytać każdy, kto ma dostęp do plików użytkownika)</translation>
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
        <translation>bez szyfrowania</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>deleted from the server once stored here</source>
        <translation>usuwane z serwera po zapisaniu tutaj</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>kept on the server</source>
        <translation>pozostawiane na serwerze</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>kept on the server for %n day(s)</source>
        <translation>
            <numerusform>pozostawiane na serwerze przez %n dzień</numerusform>
            <numerusform>pozostawiane na serwerze przez %n dni</numerusform>
            <numerusform>pozostawiane na serwerze przez %n dni</numerusform>
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
Serwer: %3, port %4, %5
Nazwa użytkownika: %6
Wiadomości: %7

Po kliknięciu „Zakończ” Satchel zapisze konto i pobierze pocztę.</translation>
    </message>
</context>
<context>
    <name>AccountWizardFindPage</name>
    <message>
        <location filename="../ui/accountwizardfindpage.cpp" line="+15"/>
        <source>Finding your server settings</source>
        <translation>Wyszukiwanie ustawień serwera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satchel asks your provider&apos;s configuration service and DNS, then tries the usual server names. Nothing is sent to them but your domain.</source>
        <translation>Satchel odpytuje usługę konfiguracyjną dostawcy oraz DNS, a następnie próbuje typowych nazw serwerów. Przekazuje im wyłącznie nazwę domeny.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Configure &amp;manually</source>
        <translation>Skonfiguruj &amp;ręcznie</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Looking for settings…</source>
        <translation>Wyszukiwanie ustawień…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Found %1 (port %2, via %3). Check the settings on the next page.</source>
        <translation>Znaleziono %1 (port %2, źródło: %3). Sprawdź ustawienia na następnej stronie.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No settings were found for this address. Please enter them on the next page.</source>
        <translation>Nie znaleziono ustawień dla tego adresu. Wprowadź je na następnej stronie.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the server settings yourself.</source>
        <translation>Wprowadź ustawienia serwera samodzielnie.</translation>
    </message>
</context>
<context>
    <name>AccountWizardIdentityPage</name>
    <message>
        <location filename="../ui/accountwizardidentitypage.cpp" line="+12"/>
        <source>Your mail account</source>
        <translation>Konto pocztowe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satchel looks up the server settings for your address.</source>
        <translation>Satchel wyszuka ustawienia serwera dla podanego adresu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the e-mail address, unless you name it</source>
        <translation>domyślnie adres e-mail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>alice@example.com</source>
        <translation>jan.kowalski@example.com</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not needed for Gmail or Microsoft 365 sign-in</source>
        <translation>niepotrzebne przy logowaniu do Gmaila lub Microsoft 365</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;E-mail address:</source>
        <translation>&amp;Adres e-mail:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account na&amp;me:</source>
        <translation>&amp;Nazwa konta:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>There is already an account named “%1”. Give this one another name.</source>
        <translation>Istnieje już konto o nazwie „%1”. Nadaj temu kontu inną nazwę.</translation>
    </message>
</context>
<context>
    <name>AccountWizardRetentionPage</name>
    <message>
        <location filename="../ui/accountwizardretentionpage.cpp" line="+13"/>
        <source>Keeping mail on the server</source>
        <translation>Przechowywanie poczty na serwerze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satchel keeps every message here. These settings decide when it is removed from the server.</source>
        <translation>Satchel przechowuje tutaj każdą wiadomość. Te ustawienia określają, kiedy zostanie ona usunięta z serwera.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source> minute(s)</source>
        <extracomment>Spin box suffix after a number of minutes; keep the leading space.</extracomment>
        <translation>
            <numerusform> minutę</numerusform>
            <numerusform> minuty</numerusform>
            <numerusform> minut</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only on request</source>
        <translation>tylko na żądanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Check for new mail every:</source>
        <translation>&amp;Sprawdzaj pocztę co:</translation>
    </message>
</context>
<context>
    <name>AccountWizardServerPage</name>
    <message>
        <location filename="../ui/accountwizardserverpage.cpp" line="+17"/>
        <source>Incoming mail server (POP3)</source>
        <translation>Serwer poczty przychodzącej (POP3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check these settings; your provider&apos;s help pages list them.</source>
        <translation>Sprawdź te ustawienia; można je znaleźć na stronach pomocy dostawcy.</translation>
    </message>
</context>
<context>
    <name>AccountWizardTestPage</name>
    <message>
        <location filename="../ui/accountwizardtestpage.cpp" line="+19"/>
        <source>Testing the connection</source>
        <translation>Testowanie połączenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satchel connects to the server and logs in; no mail is downloaded or deleted.</source>
        <translation>Satchel nawiąże połączenie z serwerem i zaloguje się; żadna poczta nie zostanie pobrana ani usunięta.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Test again</source>
        <translation>Ponów &amp;test</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Satchel can sign in with OAuth2 only to Gmail and Microsoft 365; %1 is neither. Go back and choose another authentication.</source>
        <translation>Satchel może logować się przez OAuth2 tylko do Gmaila i Microsoft 365; %1 nie jest żadnym z nich. Wróć i wybierz inną metodę uwierzytelniania.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sign in with %1 in your browser; Satchel opened the page. If it did not appear, open &lt;a href=&quot;%2&quot;&gt;this address&lt;/a&gt;.</source>
        <translation>Zaloguj się przez %1 w przeglądarce; Satchel otworzył już odpowiednią stronę. Jeśli się nie pojawiła, otwórz &lt;a href=&quot;%2&quot;&gt;ten adres&lt;/a&gt;.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Signing in did not work: %1</source>
        <translation>Logowanie nie powiodło się: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opening the sign-in page in your browser…</source>
        <translation>Otwieranie strony logowania w przeglądarce…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A sign-in is already running.</source>
        <translation>Logowanie już trwa.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Enter your password on the first page (Back), or choose OAuth2 on the server page for Gmail and Microsoft 365.</source>
        <translation>Wpisz hasło na pierwszej stronie (Wstecz) lub – w przypadku Gmaila i Microsoft 365 – wybierz OAuth2 na stronie serwera.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connecting to %1 on port %2…</source>
        <translation>Łączenie z %1 na porcie %2…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Everything works.</source>
        <translation>Wszystko działa.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>You can go back and change the settings, or continue and fix them later.</source>
        <translation>Możesz wrócić i zmienić ustawienia albo kontynuować i poprawić je później.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>You did not accept the certificate. Choose Test again to see it again.</source>
        <translation>Certyfikat nie został zaakceptowany. Kliknij „Ponów test”, aby zobaczyć go ponownie.</translation>
    </message>
</context>
<context>
    <name>Accounts::Autoconfig</name>
    <message>
        <location filename="../core/accounts/autoconfig.cpp" line="+124"/>
        <source>The configuration file is too large.</source>
        <translation>Plik konfiguracyjny jest za duży.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The configuration file declares a document type.</source>
        <translation>Plik konfiguracyjny zawiera deklarację typu dokumentu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+31"/>
        <source>This is not an e-mail configuration file.</source>
        <translation>To nie jest plik konfiguracji poczty e-mail.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The configuration file is not well-formed XML (%1).</source>
        <translation>Plik konfiguracyjny nie jest poprawnym dokumentem XML (%1).</translation>
    </message>
</context>
<context>
    <name>Accounts::ConnectionTester</name>
    <message>
        <location filename="../core/accounts/connectiontester.cpp" line="+58"/>
        <source>Check the spelling of the server name, and that this computer is online.</source>
        <translation>Sprawdź pisownię nazwy serwera oraz to, czy komputer jest połączony z siecią.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing answers on this port: check the port number (995 for SSL/TLS, 110 for STARTTLS) and the security choice.</source>
        <translation>Na tym porcie nic nie odpowiada: sprawdź numer portu (995 dla SSL/TLS, 110 dla STARTTLS) i wybrane zabezpieczenia.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check your network connection and try again; a firewall may block the port.</source>
        <translation>Sprawdź połączenie sieciowe i spróbuj ponownie; port może być blokowany przez zaporę sieciową.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server did not answer in time: check the server name and port, or try again later.</source>
        <translation>Serwer nie odpowiedział na czas: sprawdź nazwę serwera i port albo spróbuj ponownie później.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Encryption could not be set up: the port may expect the other security choice (SSL/TLS on 995, STARTTLS on 110).</source>
        <translation>Nie udało się włączyć szyfrowania: port może wymagać drugiego rodzaju zabezpieczeń (SSL/TLS na porcie 995, STARTTLS na porcie 110).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s certificate is not trusted (self-signed, expired, or issued for another name). Check the server name, or ask your provider.</source>
        <translation>Certyfikat serwera nie jest zaufany (jest samopodpisany, wygasł lub został wystawiony dla innej nazwy). Sprawdź nazwę serwera lub skontaktuj się z dostawcą.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server does not offer STARTTLS on this port. Try SSL/TLS on port 995.</source>
        <translation>Serwer nie obsługuje STARTTLS na tym porcie. Spróbuj SSL/TLS na porcie 995.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone may be interfering with the connection. Try another network.</source>
        <translation>Ktoś może ingerować w połączenie. Spróbuj użyć innej sieci.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server is busy or another program is reading this mailbox. Try again in a few minutes.</source>
        <translation>Serwer jest zajęty lub inny program odczytuje tę skrzynkę pocztową. Spróbuj ponownie za kilka minut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server allows logging in only every few minutes. Try again later.</source>
        <translation>Serwer pozwala logować się tylko co kilka minut. Spróbuj ponownie później.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose SSL/TLS or STARTTLS, or explicitly allow sending the password unencrypted.</source>
        <translation>Wybierz SSL/TLS lub STARTTLS albo wyraźnie zezwól na wysyłanie hasła bez szyfrowania.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose another authentication method, such as Automatic or Normal password.</source>
        <translation>Wybierz inną metodę uwierzytelniania, np. „Automatycznie” lub „Zwykłe hasło”.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The user name or password contains a line break or a NUL character.</source>
        <translation>Nazwa użytkownika lub hasło zawiera znak końca wiersza albo znak NUL.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the user name (often the full e-mail address) and the password.</source>
        <translation>Sprawdź nazwę użytkownika (często jest nią pełny adres e-mail) oraz hasło.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server refused this account. Ask your provider whether POP3 is enabled for it.</source>
        <translation>Serwer odrzucił to konto. Zapytaj dostawcę, czy dla tego konta włączono dostęp przez POP3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This server lacks a feature Satchel needs (UIDL).</source>
        <translation>Ten serwer nie obsługuje funkcji wymaganej przez program Satchel (UIDL).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server answered something unexpected. The protocol log shows the details.</source>
        <translation>Serwer odpowiedział w nieoczekiwany sposób. Szczegóły można znaleźć w dzienniku protokołu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The test was cancelled.</source>
        <translation>Test został anulowany.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Connected to %1 on port %2.</source>
        <translation>Połączono z %1 na porcie %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The connection is NOT encrypted.</source>
        <translation>Połączenie NIE jest szyfrowane.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+25"/>
        <source>The connection is encrypted.</source>
        <translation>Połączenie jest szyfrowane.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>The connection is encrypted with %1.</source>
        <translation>Połączenie jest szyfrowane protokołem %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server did not list its capabilities.</source>
        <translation>Serwer nie przesłał listy obsługiwanych funkcji.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server supports %1.</source>
        <translation>Serwer obsługuje: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logged in as %1.</source>
        <translation>Zalogowano jako %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n message(s) on the server.</source>
        <translation>
            <numerusform>Na serwerze jest %n wiadomość.</numerusform>
            <numerusform>Na serwerze są %n wiadomości.</numerusform>
            <numerusform>Na serwerze jest %n wiadomości.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Accounts::OAuthProvider</name>
    <message>
        <location filename="../core/accounts/oauthprovider.cpp" line="+155"/>
        <source>no OAuth2 client id is configured for %1; set %2 and %3 in the environment to the client of a desktop application registered with %1</source>
        <translation>nie skonfigurowano identyfikatora klienta OAuth2 dla %1; ustaw w środowisku zmienne %2 i %3 na dane klienta aplikacji desktopowej zarejestrowanej w %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no OAuth2 client id is configured for %1; set %2 in the environment to the client id of a desktop application registered with %1</source>
        <translation>nie skonfigurowano identyfikatora klienta OAuth2 dla %1; ustaw w środowisku zmienną %2 na identyfikator klienta aplikacji desktopowej zarejestrowanej w %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the OAuth2 authorization address of %1 is not a valid https address: %2</source>
        <translation>adres autoryzacji OAuth2 dla %1 nie jest prawidłowym adresem https: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the OAuth2 token address of %1 is not a valid https address: %2</source>
        <translation>adres tokenów OAuth2 dla %1 nie jest prawidłowym adresem https: %2</translation>
    </message>
</context>
<context>
    <name>Accounts::OAuthSignIn</name>
    <message>
        <location filename="../core/accounts/oauthsignin.cpp" line="+169"/>
        <source>cannot listen on 127.0.0.1 for the sign-in&apos;s answer from the browser</source>
        <translation>nie można nasłuchiwać na adresie 127.0.0.1 w oczekiwaniu na odpowiedź logowania z przeglądarki</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Satchel received the answer. You can close this page and return to Satchel.</source>
        <translation>Satchel otrzymał odpowiedź. Możesz zamknąć tę stronę i wrócić do programu Satchel.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>there is no valid refresh token: sign in again</source>
        <translation>brak ważnego tokenu odświeżania: zaloguj się ponownie</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the sign-in was cancelled</source>
        <translation>logowanie zostało anulowane</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the answer from the browser does not belong to this sign-in (the state does not match); try again</source>
        <translation>odpowiedź z przeglądarki nie dotyczy tego logowania (niezgodny parametr state); spróbuj ponownie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>access was denied: the sign-in was cancelled or not allowed in the browser</source>
        <translation>odmowa dostępu: logowanie zostało anulowane lub nie zezwolono na nie w przeglądarce</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 refused the sign-in: %2</source>
        <translation>logowanie odrzucone przez %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 refused the sign-in: %2 (%3)</source>
        <translation>logowanie odrzucone przez %1: %2 (%3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the answer from the browser carries no authorization code</source>
        <translation>odpowiedź z przeglądarki nie zawiera kodu autoryzacji</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+15"/>
        <source>the token endpoint of %1 sent more than %2 KiB</source>
        <translation>punkt końcowy tokenów %1 przesłał więcej niż %2 KiB</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot reach the token endpoint of %1: %2</source>
        <translation>nie można połączyć się z punktem końcowym tokenów %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the token endpoint of %1 answered HTTP %2</source>
        <translation>punkt końcowy tokenów %1 odpowiedział kodem HTTP %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 no longer accepts the saved sign-in (invalid_grant); sign in again</source>
        <translation>%1 nie akceptuje już zapisanych danych logowania (invalid_grant); zaloguj się ponownie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the token endpoint of %1 refused: %2</source>
        <translation>punkt końcowy tokenów %1 odmówił: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the token endpoint of %1 refused: %2 (%3)</source>
        <translation>punkt końcowy tokenów %1 odmówił: %2 (%3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the token endpoint of %1 sent something other than JSON</source>
        <translation>punkt końcowy tokenów %1 przesłał dane inne niż JSON</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the token endpoint of %1 sent a token of type %2, not Bearer</source>
        <translation>punkt końcowy tokenów %1 przesłał token typu %2 zamiast Bearer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the token endpoint of %1 sent no valid access token</source>
        <translation>punkt końcowy tokenów %1 nie przesłał prawidłowego tokenu dostępu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the token endpoint of %1 sent an invalid refresh token</source>
        <translation>punkt końcowy tokenów %1 przesłał nieprawidłowy token odświeżania</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>the sign-in did not finish within %n minute(s)</source>
        <translation>
            <numerusform>logowanie nie zakończyło się w ciągu %n minuty</numerusform>
            <numerusform>logowanie nie zakończyło się w ciągu %n minut</numerusform>
            <numerusform>logowanie nie zakończyło się w ciągu %n minut</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>the sign-in did not finish within %n second(s)</source>
        <translation>
            <numerusform>logowanie nie zakończyło się w ciągu %n sekundy</numerusform>
            <numerusform>logowanie nie zakończyło się w ciągu %n sekund</numerusform>
            <numerusform>logowanie nie zakończyło się w ciągu %n sekund</numerusform>
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
        <translation>bez szyfrowania</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>probe</source>
        <extracomment>Where the wizard found server settings: by trying the usual server names (a noun).</extracomment>
        <translation>wypróbowanie typowych nazw</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is not an e-mail address.</source>
        <translation>%1 nie jest adresem e-mail.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Looking for a configuration at %1…</source>
        <translation>Wyszukiwanie konfiguracji na serwerze %1…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Looking up the DNS record %1…</source>
        <translation>Sprawdzanie rekordu DNS %1…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>DNS (SRV)</source>
        <translation>DNS (SRV)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The DNS lookup took too long.</source>
        <translation>Zapytanie DNS trwało zbyt długo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No settings were found. Please enter them yourself.</source>
        <translation>Nie znaleziono ustawień. Wprowadź je samodzielnie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trying %1 on port %2 (%3)…</source>
        <translation>Próba połączenia z %1 na porcie %2 (%3)…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 on port %2: %3</source>
        <translation>%1 na porcie %2: %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Found %1 on port %2 (%3).</source>
        <translation>Znaleziono %1 na porcie %2 (%3).</translation>
    </message>
</context>
<context>
    <name>ArchiveRecoveryDialog</name>
    <message>
        <location filename="../ui/archiverecoverydialog.cpp" line="+24"/>
        <source>Recovering the mail archive</source>
        <translation>Odzyskiwanie archiwum poczty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copying every readable message into a new archive…</source>
        <translation>Kopiowanie wszystkich czytelnych wiadomości do nowego archiwum…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Continue</source>
        <translation>Kontynuuj</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The archive could not be recovered: %1

The damaged archive is still in use; `satchel-cli recover` tries again from a terminal.</source>
        <translation>Nie udało się odzyskać archiwum: %1

Uszkodzone archiwum jest nadal używane; polecenie `satchel-cli recover` pozwala ponowić próbę z terminala.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n message(s) recovered.</source>
        <translation>
            <numerusform>Odzyskano %n wiadomość.</numerusform>
            <numerusform>Odzyskano %n wiadomości.</numerusform>
            <numerusform>Odzyskano %n wiadomości.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n of them were read again from their raw bytes and are in Local Folders/Recovered.</source>
        <translation>
            <numerusform>%n z nich odczytano ponownie z surowych danych i umieszczono w folderze Foldery lokalne/Recovered.</numerusform>
            <numerusform>%n z nich odczytano ponownie z surowych danych i umieszczono w folderze Foldery lokalne/Recovered.</numerusform>
            <numerusform>%n z nich odczytano ponownie z surowych danych i umieszczono w folderze Foldery lokalne/Recovered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n message(s) could not be read and are lost from the archive.</source>
        <translation>
            <numerusform>Nie udało się odczytać %n wiadomości; nie ma jej już w archiwum.</numerusform>
            <numerusform>Nie udało się odczytać %n wiadomości; nie ma ich już w archiwum.</numerusform>
            <numerusform>Nie udało się odczytać %n wiadomości; nie ma ich już w archiwum.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n lost message(s) will be downloaded again if the server still has them.</source>
        <translation>
            <numerusform>%n utracona wiadomość zostanie pobrana ponownie, jeśli nadal jest na serwerze.</numerusform>
            <numerusform>%n utracone wiadomości zostaną pobrane ponownie, jeśli nadal są na serwerze.</numerusform>
            <numerusform>%n utraconych wiadomości zostanie pobranych ponownie, jeśli nadal są na serwerze.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n message(s) still on a server may be downloaded again (their download record could not be read).</source>
        <translation>
            <numerusform>%n wiadomość, która nadal jest na serwerze, może zostać pobrana ponownie (nie udało się odczytać zapisu o jej pobraniu).</numerusform>
            <numerusform>%n wiadomości, które nadal są na serwerze, mogą zostać pobrane ponownie (nie udało się odczytać zapisu o ich pobraniu).</numerusform>
            <numerusform>%n wiadomości, które nadal są na serwerze, może zostać pobranych ponownie (nie udało się odczytać zapisu o ich pobraniu).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The damaged file is kept as %1.</source>
        <translation>Uszkodzony plik zachowano jako %1.</translation>
    </message>
</context>
<context>
    <name>ArchiveRecoveryPrompt</name>
    <message>
        <location filename="../ui/archiverecoveryprompt.cpp" line="+24"/>
        <source>Recover…</source>
        <translation>Odzyskaj…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy every readable message into a new archive</source>
        <translation>Skopiuj wszystkie czytelne wiadomości do nowego archiwum</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+14"/>
        <source>Recover the mail archive</source>
        <translation>Odzyskaj archiwum poczty</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Satchel will restart, copy every message it can still read into a new archive, and keep the damaged file beside it in the profile folder (satchel.sqlite.damaged-&lt;date&gt;). Messages that cannot be read are lost from the archive; those still on a server are downloaded again.

Copy the profile folder somewhere safe first if you can.</source>
        <translation>Satchel uruchomi się ponownie, skopiuje do nowego archiwum każdą wiadomość, którą nadal da się odczytać, a uszkodzony plik zachowa obok niego w folderze profilu (satchel.sqlite.damaged-&lt;date&gt;). Wiadomości, których nie da się odczytać, znikną z archiwum; te, które nadal są na serwerze, zostaną pobrane ponownie.

Jeśli to możliwe, najpierw skopiuj folder profilu w bezpieczne miejsce.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restart and Recover</source>
        <translation>Uruchom ponownie i odzyskaj</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot write to the profile folder %1.</source>
        <translation>Nie można zapisywać w folderze profilu %1.</translation>
    </message>
</context>
<context>
    <name>AttachmentBar</name>
    <message>
        <location filename="../ui/attachmentbar.cpp" line="+43"/>
        <source>The attachment could not be read from the message.</source>
        <translation>Nie udało się odczytać załącznika z wiadomości.</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+290"/>
        <source>O&amp;pen</source>
        <translation>&amp;Otwórz</translation>
    </message>
    <message>
        <location line="-288"/>
        <location line="+289"/>
        <source>Sa&amp;ve…</source>
        <translation>&amp;Zapisz…</translation>
    </message>
    <message>
        <location line="-287"/>
        <location line="+290"/>
        <source>Save &amp;All…</source>
        <translation>Zapisz w&amp;szystkie…</translation>
    </message>
    <message>
        <location line="-276"/>
        <source>Attachments</source>
        <translation>Załączniki</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Named in the message: %1</source>
        <translation>Nazwa w wiadomości: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown type</source>
        <translation>Nieznany typ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening this file could run a program.</source>
        <translation>Otwarcie tego pliku może uruchomić program.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n załącznik</numerusform>
            <numerusform>%n załączniki</numerusform>
            <numerusform>%n załączników</numerusform>
        </translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Open Attachment</source>
        <translation>Otwórz załącznik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” could run a program on your computer.</source>
        <translation>„%1” może uruchomić program na tym komputerze.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open it only if you trust the sender and expected this file. Saving it is safer than opening it.</source>
        <translation>Otwieraj go tylko wtedy, gdy ufasz nadawcy i spodziewasz się tego pliku. Zapisanie pliku jest bezpieczniejsze niż jego otwarcie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Anyway</source>
        <translation>Otwórz mimo to</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No temporary folder could be created to open the attachment.</source>
        <translation>Nie udało się utworzyć folderu tymczasowego, aby otworzyć załącznik.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save Attachment</source>
        <translation>Zapisz załącznik</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save All Attachments</source>
        <translation>Zapisz wszystkie załączniki</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No application could open “%1”.</source>
        <translation>Nie znaleziono aplikacji, która może otworzyć „%1”.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Opening…</source>
        <translation>Otwieranie…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saving…</source>
        <translation>Zapisywanie…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Saved as %1</source>
        <translation>Zapisano jako %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Saved %n file(s) in %1</source>
        <translation>
            <numerusform>Zapisano %n plik w folderze %1</numerusform>
            <numerusform>Zapisano %n pliki w folderze %1</numerusform>
            <numerusform>Zapisano %n plików w folderze %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save Attachments</source>
        <translation>Zapisz załączniki</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n attachment(s) could not be saved.</source>
        <translation>
            <numerusform>Nie udało się zapisać %n załącznika.</numerusform>
            <numerusform>Nie udało się zapisać %n załączników.</numerusform>
            <numerusform>Nie udało się zapisać %n załączników.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <location filename="../ui/certificatedialog.cpp" line="+29"/>
        <source>unknown</source>
        <translation>nieznana</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Certificate changed</source>
        <translation>Zmiana certyfikatu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Certificate problem</source>
        <translation>Problem z certyfikatem</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Satchel could not verify the identity of %1.</source>
        <translation>Satchel nie może zweryfikować tożsamości serwera %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The certificate of this server has changed since you accepted it on %1. This can mean someone is intercepting the connection.</source>
        <translation>Certyfikat tego serwera zmienił się od czasu jego zaakceptowania (%1). Może to oznaczać, że ktoś przechwytuje połączenie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The certificate of this server has changed since you accepted it. This can mean someone is intercepting the connection.</source>
        <translation>Certyfikat tego serwera zmienił się od czasu jego zaakceptowania. Może to oznaczać, że ktoś przechwytuje połączenie.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The certificate could not be verified.</source>
        <translation>Nie udało się zweryfikować certyfikatu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Subject:</source>
        <translation>Podmiot:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issuer:</source>
        <translation>Wystawca:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Valid from:</source>
        <translation>Ważny od:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Valid until:</source>
        <translation>Ważny do:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SHA-256 fingerprint:</source>
        <translation>Odcisk SHA-256:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accept the certificate only if you expect it, for example because your provider publishes this fingerprint. Satchel will then trust this certificate, and no other, for %1.</source>
        <translation>Zaakceptuj certyfikat tylko wtedy, gdy się go spodziewasz, na przykład dlatego, że dostawca publikuje ten odcisk. Satchel będzie wtedy ufać temu certyfikatowi – i tylko jemu – w połączeniach z %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Accept permanently for this server</source>
        <translation>&amp;Akceptuj na stałe dla tego serwera</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reject</source>
        <translation>&amp;Odrzuć</translation>
    </message>
</context>
<context>
    <name>CertificatePinsView</name>
    <message>
        <location filename="../ui/certificatepinsview.cpp" line="+32"/>
        <source>Server</source>
        <translation>Serwer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subject</source>
        <translation>Podmiot</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SHA-256 fingerprint</source>
        <translation>Odcisk SHA-256</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until</source>
        <translation>Ważny do</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accepted on</source>
        <translation>Data akceptacji</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re&amp;move</source>
        <translation>Usuń z &amp;listy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forget the selected certificate: the next connection to that server verifies it as usual, and asks again if that fails.</source>
        <translation>Zapomnij wybrany certyfikat: przy następnym połączeniu z tym serwerem zostanie on zweryfikowany w zwykły sposób, a jeśli weryfikacja się nie powiedzie, Satchel zapyta ponownie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Certificates you accepted although they could not be verified:</source>
        <translation>Certyfikaty zaakceptowane, choć nie udało się ich zweryfikować:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Issued by %1</source>
        <translation>Wystawiony przez %1</translation>
    </message>
</context>
<context>
    <name>CheckController</name>
    <message>
        <location filename="../ui/checkcontroller.cpp" line="+141"/>
        <source>%1 was not checked: Satchel needs its password. Choose Get Messages to enter it.</source>
        <translation>Konto %1 nie zostało sprawdzone: Satchel potrzebuje hasła. Wybierz „Pobierz wiadomości”, aby je wprowadzić.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 was not checked: the server&apos;s certificate could not be verified and needs your review. Choose Get Messages to review it.</source>
        <translation>Konto %1 nie zostało sprawdzone: nie udało się zweryfikować certyfikatu serwera i trzeba go przejrzeć. Wybierz „Pobierz wiadomości”, aby to zrobić.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Checking %1 failed: %2</source>
        <translation>Sprawdzanie konta %1 nie powiodło się: %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Checking %1 failed: %2 The certificate was not accepted.</source>
        <translation>Sprawdzanie konta %1 nie powiodło się: %2 Certyfikat nie został zaakceptowany.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1: connecting…</source>
        <translation>%1: łączenie…</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1: %2 of %n message(s) (%3 of %4)</source>
        <extracomment>Progress of a check: account, messages done of %n, bytes done of all.</extracomment>
        <translation>
            <numerusform>%1: %2 z %n wiadomości (%3 z %4)</numerusform>
            <numerusform>%1: %2 z %n wiadomości (%3 z %4)</numerusform>
            <numerusform>%1: %2 z %n wiadomości (%3 z %4)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/satchel-cli/accountcommands.cpp" line="+36"/>
        <source>Adds a POP3 account.</source>
        <translation>Dodaje konto POP3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Account name (used by fetch).</source>
        <translation>Nazwa konta (używana przez fetch).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail address.</source>
        <translation>Adres e-mail.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>POP3 server.</source>
        <translation>Serwer POP3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Port (default 995 for tls, 110 otherwise).</source>
        <translation>Port (domyślnie 995 dla tls, w pozostałych przypadkach 110).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tls, starttls or none.</source>
        <translation>tls, starttls lub none.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User name (default: the e-mail address).</source>
        <translation>Nazwa użytkownika (domyślnie: adres e-mail).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>auto, plain, login, cram-md5, apop or user (default auto).</source>
        <translation>auto, plain, login, cram-md5, apop lub user (domyślnie auto).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep messages on the server.</source>
        <translation>Pozostawiaj wiadomości na serwerze.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete messages from the server once stored here.</source>
        <translation>Usuwaj wiadomości z serwera po zapisaniu ich tutaj.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep messages on the server for D days (default 14).</source>
        <translation>Pozostawiaj wiadomości na serwerze przez D dni (domyślnie 14).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete from the server when deleted here for good.</source>
        <translation>Usuwaj z serwera wiadomości trwale usunięte tutaj.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Store larger messages as headers only (KiB); fetch-rest gets the rest.</source>
        <translation>Zapisuj jako same nagłówki wiadomości większe niż podana wartość (KiB); resztę pobiera fetch-rest.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Extra CA certificate (PEM) for this server.</source>
        <translation>Dodatkowy certyfikat CA (PEM) dla tego serwera.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Allow sending the password without encryption.</source>
        <translation>Zezwalaj na wysyłanie hasła bez szyfrowania.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the password from standard input and keep it in the keychain.</source>
        <translation>Odczytaj hasło ze standardowego wejścia i zachowaj je w magazynie haseł.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep the password in the profile database when no keychain is reachable (readable by anyone who can read your files).</source>
        <translation>Przechowuj hasło w bazie danych profilu, gdy magazyn haseł jest niedostępny (może je odczytać każdy, kto ma dostęp do plików użytkownika).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>account add needs --%1</source>
        <translation>account add wymaga opcji --%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--security must be tls, starttls or none</source>
        <translation>--security musi mieć wartość tls, starttls lub none</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--port must be 1..65535</source>
        <translation>--port musi mieścić się w zakresie 1..65535</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>account add needs --user or --email</source>
        <translation>account add wymaga opcji --user lub --email</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--auth must be auto, plain, login, cram-md5, apop or user</source>
        <translation>--auth musi mieć wartość auto, plain, login, cram-md5, apop lub user</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>choose one of --keep-on-server, --delete-after-download and --leave-on-server-days</source>
        <translation>wybierz jedną z opcji: --keep-on-server, --delete-after-download lub --leave-on-server-days</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--leave-on-server-days must be a number of days</source>
        <translation>--leave-on-server-days musi być liczbą dni</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--size-limit must be a positive number of KiB</source>
        <translation>--size-limit musi być dodatnią liczbą KiB</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no certificate could be read from %1</source>
        <translation>nie udało się odczytać certyfikatu z %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>warning: this account sends your password and mail unencrypted.</source>
        <translation>ostrzeżenie: to konto przesyła hasło i pocztę bez szyfrowania.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning: this account has no encryption; fetching will refuse to send the password unless --allow-insecure-auth is given.</source>
        <translation>ostrzeżenie: to konto nie używa szyfrowania; fetch odmówi wysłania hasła, chyba że podano --allow-insecure-auth.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>there is already an account named %1</source>
        <translation>istnieje już konto o nazwie %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no password on standard input</source>
        <translation>brak hasła na standardowym wejściu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the password could not be kept in the keychain (%1); pass --password-stdin to each fetch instead, or add --store-password-in-profile</source>
        <translation>nie udało się zachować hasła w magazynie haseł (%1); zamiast tego podawaj --password-stdin przy każdym fetch albo dodaj --store-password-in-profile</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>warning: the password is stored in the profile, unencrypted in passwords.json, readable by anyone who can read your files.</source>
        <translation>ostrzeżenie: hasło jest przechowywane w profilu bez szyfrowania, w pliku passwords.json – może je odczytać każdy, kto ma dostęp do plików użytkownika.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>account %1 added (%2:%3, %4, %5)</source>
        <translation>dodano konto %1 (%2:%3, %4, %5)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>usage: account remove NAME [--delete-mail]</source>
        <translation>użycie: account remove NAME [--delete-mail]</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>account %1 removed with the messages of its Inbox</source>
        <translation>usunięto konto %1 wraz z wiadomościami z jego folderu Odebrane</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>account %1 removed; its messages are kept in Local Folders/%1</source>
        <translation>usunięto konto %1; jego wiadomości zachowano w Local Folders/%1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>usage: account add|list|remove</source>
        <translation>użycie: account add|list|remove</translation>
    </message>
    <message>
        <location filename="../app/satchel-cli/checkcommand.cpp" line="+14"/>
        <source>usage: check</source>
        <translation>użycie: check</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>the archive is damaged (%n problem(s) listed); copy the profile folder somewhere safe, then run &quot;satchel-cli recover&quot; to move every readable message into a new archive (the damaged file is kept)</source>
        <translation>
            <numerusform>archiwum jest uszkodzone (wykazano %n problem); skopiuj folder profilu w bezpieczne miejsce, a następnie uruchom „satchel-cli recover”, aby przenieść każdą czytelną wiadomość do nowego archiwum (uszkodzony plik zostanie zachowany)</numerusform>
            <numerusform>archiwum jest uszkodzone (wykazano %n problemy); skopiuj folder profilu w bezpieczne miejsce, a następnie uruchom „satchel-cli recover”, aby przenieść każdą czytelną wiadomość do nowego archiwum (uszkodzony plik zostanie zachowany)</numerusform>
            <numerusform>archiwum jest uszkodzone (wykazano %n problemów); skopiuj folder profilu w bezpieczne miejsce, a następnie uruchom „satchel-cli recover”, aby przenieść każdą czytelną wiadomość do nowego archiwum (uszkodzony plik zostanie zachowany)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copies every readable account, folder, message, ledger row and certificate pin of a damaged archive into a new one, rebuilds the search index, and puts the new archive in place. The damaged file is kept beside it as satchel.sqlite.damaged-&lt;time&gt;. Run it while no other Satchel program uses the profile.</source>
        <translation>Kopiuje wszystkie czytelne konta, foldery, wiadomości, wpisy rejestru pobrań i zaakceptowane certyfikaty z uszkodzonego archiwum do nowego, odbudowuje indeks wyszukiwania i umieszcza nowe archiwum na miejscu starego. Uszkodzony plik zostaje zachowany obok jako satchel.sqlite.damaged-&lt;time&gt;. Uruchamiaj, gdy żaden inny program Satchel nie używa profilu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../app/satchel-cli/fetchcommand.cpp" line="+63"/>
        <source>Print progress on stderr.</source>
        <translation>Wypisuj postęp na stderr.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>usage: recover [--progress]</source>
        <translation>użycie: recover [--progress]</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1/%n message(s)</source>
        <translation>
            <numerusform>%1/%n wiadomości</numerusform>
            <numerusform>%1/%n wiadomości</numerusform>
            <numerusform>%1/%n wiadomości</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Recovered %n message(s)</source>
        <translation>
            <numerusform>Odzyskano %n wiadomość</numerusform>
            <numerusform>Odzyskano %n wiadomości</numerusform>
            <numerusform>Odzyskano %n wiadomości</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> (%n read again from their raw bytes into Local Folders/Recovered)</source>
        <translation>
            <numerusform> (w tym %n odczytaną ponownie z surowych danych i umieszczoną w Local Folders/Recovered)</numerusform>
            <numerusform> (w tym %n odczytane ponownie z surowych danych i umieszczone w Local Folders/Recovered)</numerusform>
            <numerusform> (w tym %n odczytanych ponownie z surowych danych i umieszczonych w Local Folders/Recovered)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>, %n account(s)</source>
        <translation>
            <numerusform>, %n konto</numerusform>
            <numerusform>, %n konta</numerusform>
            <numerusform>, %n kont</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n folder(s)</source>
        <translation>
            <numerusform>, %n folder</numerusform>
            <numerusform>, %n foldery</numerusform>
            <numerusform>, %n folderów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n ledger row(s)</source>
        <translation>
            <numerusform>, %n wpis rejestru pobrań</numerusform>
            <numerusform>, %n wpisy rejestru pobrań</numerusform>
            <numerusform>, %n wpisów rejestru pobrań</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n certificate pin(s).</source>
        <translation>
            <numerusform>, %n zaakceptowany certyfikat.</numerusform>
            <numerusform>, %n zaakceptowane certyfikaty.</numerusform>
            <numerusform>, %n zaakceptowanych certyfikatów.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Lost: %n message(s) could not be read.</source>
        <translation>
            <numerusform>Utracone: nie udało się odczytać %n wiadomości.</numerusform>
            <numerusform>Utracone: nie udało się odczytać %n wiadomości.</numerusform>
            <numerusform>Utracone: nie udało się odczytać %n wiadomości.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n ledger row(s) rebuilt from the ledger&apos;s index.</source>
        <translation>
            <numerusform>Odtworzono %n wpis rejestru pobrań z jego indeksu.</numerusform>
            <numerusform>Odtworzono %n wpisy rejestru pobrań z jego indeksu.</numerusform>
            <numerusform>Odtworzono %n wpisów rejestru pobrań z jego indeksu.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unreadable from the start (how many rows they had is unknown): %1.</source>
        <translation>Nieczytelne od początku (liczba ich wierszy jest nieznana): %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n lost message(s) will be downloaded again if the server still has them.</source>
        <translation>
            <numerusform>%n utracona wiadomość zostanie pobrana ponownie, jeśli nadal jest na serwerze.</numerusform>
            <numerusform>%n utracone wiadomości zostaną pobrane ponownie, jeśli nadal są na serwerze.</numerusform>
            <numerusform>%n utraconych wiadomości zostanie pobranych ponownie, jeśli nadal są na serwerze.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n ledger row(s) could not be read: the next fetch may download those messages again if the server still has them.</source>
        <translation>
            <numerusform>Nie udało się odczytać %n wpisu rejestru pobrań: następne pobieranie (fetch) może ponownie pobrać odpowiadającą mu wiadomość, jeśli nadal jest na serwerze.</numerusform>
            <numerusform>Nie udało się odczytać %n wpisów rejestru pobrań: następne pobieranie (fetch) może ponownie pobrać odpowiadające im wiadomości, jeśli nadal są na serwerze.</numerusform>
            <numerusform>Nie udało się odczytać %n wpisów rejestru pobrań: następne pobieranie (fetch) może ponownie pobrać odpowiadające im wiadomości, jeśli nadal są na serwerze.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The damaged file is kept as %1.</source>
        <translation>Uszkodzony plik zachowano jako %1.</translation>
    </message>
    <message>
        <location filename="../app/satchel-cli/fetchcommand.cpp" line="-30"/>
        <source>satchel-cli: %1 signs in with OAuth2, which satchel-cli cannot do yet; check it from the Satchel window, or pass an access token with --password-stdin</source>
        <translation>satchel-cli: konto %1 loguje się przez OAuth2, czego satchel-cli jeszcze nie obsługuje; sprawdź je w oknie programu Satchel lub podaj token dostępu przez --password-stdin</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>satchel-cli: %1: no password (%2); use --password-stdin</source>
        <translation>satchel-cli: %1: brak hasła (%2); użyj --password-stdin</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Retrieves new mail for the named accounts, or all.</source>
        <translation>Pobiera nową pocztę z podanych kont lub ze wszystkich.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+93"/>
        <source>Read the password from standard input.</source>
        <translation>Odczytaj hasło ze standardowego wejścia.</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Accounts to fetch (default: all).</source>
        <translation>Konta, z których pobrać pocztę (domyślnie: wszystkie).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>there are no accounts; add one with &quot;account add&quot;</source>
        <translation>brak kont; dodaj konto poleceniem „account add”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>there is no account named %1</source>
        <translation>nie ma konta o nazwie %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--password-stdin works with one account at a time</source>
        <translation>--password-stdin działa tylko z jednym kontem naraz</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: %2 new, %3 deleted from the server, %4 on the server</source>
        <translation>%1: nowe: %2, usunięte z serwera: %3, na serwerze: %4</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Downloads the rest of a message stored as headers only (over the size limit).</source>
        <translation>Pobiera resztę wiadomości zapisanej jako same nagłówki (przekraczającej limit rozmiaru).</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../app/satchel-cli/messagecommands.cpp" line="+111"/>
        <source>Message id (see list).</source>
        <translation>Identyfikator wiadomości (zob. list).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>usage: fetch-rest ID [--password-stdin]</source>
        <translation>użycie: fetch-rest ID [--password-stdin]</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>message %1 did not come from an account</source>
        <translation>wiadomość %1 nie pochodzi z żadnego konta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>message %1 is already complete</source>
        <translation>wiadomość %1 jest już kompletna</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the account of message %1 no longer exists</source>
        <translation>konto wiadomości %1 już nie istnieje</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>message %1 downloaded in full</source>
        <translation>pobrano całą wiadomość %1</translation>
    </message>
    <message>
        <location filename="../app/satchel-cli/messagecommands.cpp" line="-87"/>
        <source>&quot;%1&quot; is not a message id</source>
        <translation>„%1” nie jest identyfikatorem wiadomości</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../app/satchel-cli/searchcommands.cpp" line="+106"/>
        <source>there is no folder %1; see &quot;satchel-cli folders&quot;</source>
        <translation>nie ma folderu %1; zob. „satchel-cli folders”</translation>
    </message>
    <message>
        <location line="+22"/>
        <location filename="../app/satchel-cli/searchcommands.cpp" line="-53"/>
        <source>Only this folder.</source>
        <translation>Tylko ten folder.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/satchel-cli/searchcommands.cpp" line="+11"/>
        <source>tsv (default) or json.</source>
        <translation>tsv (domyślnie) lub json.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../app/satchel-cli/searchcommands.cpp" line="+20"/>
        <source>--format must be tsv or json</source>
        <translation>--format musi mieć wartość tsv lub json</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Write the stored bytes unchanged.</source>
        <translation>Wypisz zapisane bajty bez zmian.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>usage: show ID [--raw]</source>
        <translation>użycie: show ID [--raw]</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>there is no message %1</source>
        <translation>nie ma wiadomości %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>usage: delete ID</source>
        <translation>użycie: delete ID</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>message %1 moved to Trash</source>
        <translation>przeniesiono wiadomość %1 do Kosza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>message %1 deleted</source>
        <translation>usunięto wiadomość %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>usage: move ID FOLDER</source>
        <translation>użycie: move ID FOLDER</translation>
    </message>
    <message>
        <location filename="../app/satchel-cli/searchcommands.cpp" line="-60"/>
        <source>--%1 needs a number of at least %2</source>
        <translation>--%1 wymaga liczby nie mniejszej niż %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Searches the archive. Words must all match; also &quot;a phrase&quot;, prefix*, OR, -word,
( ), from: to: cc: subject: body: filename:, has:attachment, is:unread is:read
is:flagged, in:FOLDER, account:NAME, before:/after:YYYY-MM-DD,
older_than:/newer_than:30d (d w m y), larger:/smaller:5M (K M G).
tsv: id, date, folder, from, subject, flags, size, snippet ([matches] marked).</source>
        <translation>Przeszukuje archiwum. Pasować muszą wszystkie słowa; można też użyć
&quot;całej frazy&quot;, prefiks*, OR, -słowo, ( ), from: to: cc: subject: body:
filename:, has:attachment, is:unread is:read is:flagged, in:FOLDER,
account:NAME, before:/after:RRRR-MM-DD, older_than:/newer_than:30d (d w m y),
larger:/smaller:5M (K M G).
tsv: id, data, folder, nadawca, temat, flagi, rozmiar, fragment
(z oznaczonymi [trafieniami]).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>At most N results (default 50).</source>
        <translation>Najwyżej N wyników (domyślnie 50).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skip the first N results (for paging).</source>
        <translation>Pomiń pierwsze N wyników (do stronicowania).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>newest (default) or relevance.</source>
        <translation>newest (domyślnie) lub relevance.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print only the number of matching messages.</source>
        <translation>Wypisz tylko liczbę pasujących wiadomości.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave out the extracts (faster).</source>
        <translation>Pomiń fragmenty treści (szybciej).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What to search for.</source>
        <translation>Czego szukać.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>usage: search QUERY [options]; see search --help</source>
        <translation>użycie: search QUERY [opcje]; zob. search --help</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--sort must be newest or relevance</source>
        <translation>--sort musi mieć wartość newest lub relevance</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Rebuilds the search index from the stored messages (also drops what deleted messages left behind in it).</source>
        <translation>Odbudowuje indeks wyszukiwania z zapisanych wiadomości (usuwa też z niego pozostałości po usuniętych wiadomościach).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Report progress on standard error.</source>
        <translation>Wypisuj postęp na standardowe wyjście błędów.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>usage: reindex [--progress]</source>
        <translation>użycie: reindex [--progress]</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>indexed %1 of %2</source>
        <translation>zaindeksowano %1 z %2</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Indexed %n message(s).</source>
        <translation>
            <numerusform>Zaindeksowano %n wiadomość.</numerusform>
            <numerusform>Zaindeksowano %n wiadomości.</numerusform>
            <numerusform>Zaindeksowano %n wiadomości.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/satchel-cli/transfercommands.cpp" line="+62"/>
        <source>%1 (after %n message(s) were imported)</source>
        <translation>
            <numerusform>%1 (po zaimportowaniu %n wiadomości)</numerusform>
            <numerusform>%1 (po zaimportowaniu %n wiadomości)</numerusform>
            <numerusform>%1 (po zaimportowaniu %n wiadomości)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Local folder to import into (created when missing).</source>
        <translation>Folder lokalny, do którego zaimportować pocztę (zostanie utworzony, jeśli nie istnieje).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An mbox file (mboxrd).</source>
        <translation>Plik mbox (mboxrd).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A Maildir folder.</source>
        <translation>Folder Maildir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A message file (repeatable).</source>
        <translation>Plik wiadomości (opcję można powtórzyć).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>usage: import --folder F (--mbox FILE | --maildir DIR | --eml FILE ...)</source>
        <translation>użycie: import --folder F (--mbox FILE | --maildir DIR | --eml FILE ...)</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n message(s) imported into %1</source>
        <translation>
            <numerusform>zaimportowano %n wiadomość do %1</numerusform>
            <numerusform>zaimportowano %n wiadomości do %1</numerusform>
            <numerusform>zaimportowano %n wiadomości do %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Folder to export.</source>
        <translation>Folder do wyeksportowania.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write one mbox file (mboxrd); it must not exist.</source>
        <translation>Zapisz jeden plik mbox (mboxrd); plik nie może jeszcze istnieć.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write one .eml file per message.</source>
        <translation>Zapisz każdą wiadomość w osobnym pliku .eml.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>usage: export --folder F (--mbox FILE | --eml-dir DIR)</source>
        <translation>użycie: export --folder F (--mbox FILE | --eml-dir DIR)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>there is no folder %1</source>
        <translation>nie ma folderu %1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n message(s) exported</source>
        <translation>
            <numerusform>wyeksportowano %n wiadomość</numerusform>
            <numerusform>wyeksportowano %n wiadomości</numerusform>
            <numerusform>wyeksportowano %n wiadomości</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <location filename="../ui/errorbanner.cpp" line="+32"/>
        <source>Details…</source>
        <translation>Szczegóły…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dismiss</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>What happened</source>
        <translation>Co się stało</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The conversation with the server (passwords are hidden):</source>
        <translation>Przebieg komunikacji z serwerem (hasła zostały ukryte):</translation>
    </message>
</context>
<context>
    <name>FolderTreeModel</name>
    <message>
        <location filename="../ui/foldertreemodel.cpp" line="+212"/>
        <source>All Inboxes</source>
        <translation>Wszystkie Odebrane</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Inbox</source>
        <translation>Odebrane</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Archive</source>
        <extracomment>The name of the local folder where archived messages are kept (a noun).</extracomment>
        <translation>Archiwum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trash</source>
        <translation>Kosz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local Folders</source>
        <translation>Foldery lokalne</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 unread of %2</source>
        <translation>Nieprzeczytane: %1 z %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+79"/>
        <location line="+365"/>
        <source>Ready</source>
        <extracomment>Status bar: nothing is going on.</extracomment>
        <translation>Gotowy</translation>
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
            <numerusform>%n nowa wiadomość</numerusform>
            <numerusform>%n nowe wiadomości</numerusform>
            <numerusform>%n nowych wiadomości</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n message(s) found</source>
        <translation>
            <numerusform>Znaleziono %n wiadomość</numerusform>
            <numerusform>Znaleziono %n wiadomości</numerusform>
            <numerusform>Znaleziono %n wiadomości</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&lt;b&gt;No account yet.&lt;/b&gt; Add one with File › Add Account…, which finds the server settings and tests them. Imported mail (File › Import) can be read without an account.</source>
        <translation>&lt;b&gt;Nie ma jeszcze żadnego konta.&lt;/b&gt; Dodaj je poleceniem Plik › Dodaj konto… – kreator wyszuka ustawienia serwera i je przetestuje. Zaimportowaną pocztę (Plik › Importuj) można czytać bez konta.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Opening the archive…</source>
        <translation>Otwieranie archiwum…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Add &amp;Account…</source>
        <translation>Dod&amp;aj konto…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account &amp;Settings…</source>
        <translation>Ustawienia &amp;konta…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Get Messages</source>
        <translation>&amp;Pobierz wiadomości</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check every account for new mail (F5)</source>
        <translation>Sprawdź pocztę na wszystkich kontach (F5)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Stop Checking</source>
        <translation>Zatrzymaj &amp;sprawdzanie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark as &amp;Read</source>
        <translation>Oznacz jako &amp;przeczytane</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark as &amp;Unread</source>
        <translation>Oznacz jako &amp;nieprzeczytane</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Flag</source>
        <translation>Oznacz &amp;flagą</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete &amp;Permanently…</source>
        <translation>Usuń &amp;trwale…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Archive</source>
        <translation>&amp;Archiwizuj</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Move to Folder…</source>
        <translation>Prz&amp;enieś do folderu…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Copy to Folder…</source>
        <translation>&amp;Kopiuj do folderu…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next Unread</source>
        <translation>Na&amp;stępna nieprzeczytana</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+382"/>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <location line="-379"/>
        <source>&amp;Search</source>
        <translation>&amp;Szukaj</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New Folder…</source>
        <translation>&amp;Nowy folder…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rename Folder…</source>
        <translation>&amp;Zmień nazwę folderu…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete Folder…</source>
        <translation>&amp;Usuń folder…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Empty Trash…</source>
        <translation>&amp;Opróżnij Kosz…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport Selected Messages…</source>
        <translation>Eksportuj zaznaczone &amp;wiadomości…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;Folder…</source>
        <translation>Eksportuj &amp;folder…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Selected as .&amp;eml Files…</source>
        <translation>Eksportuj zaznaczone jako pliki .&amp;eml…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import mbox or .eml…</source>
        <translation>&amp;Importuj mbox lub .eml…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import &amp;Maildir…</source>
        <translation>Importuj &amp;Maildir…</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Pre&amp;vious Unread</source>
        <translation>P&amp;oprzednia nieprzeczytana</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Ustawienia…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Satchel</source>
        <translation>&amp;O programie Satchel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A&amp;ccount Settings</source>
        <translation>Ustawienia &amp;kont</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Message</source>
        <translation>&amp;Wiadomość</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>F&amp;older</source>
        <translation>F&amp;older</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Main</source>
        <extracomment>The name of the main toolbar (shown in the toolbar&apos;s context menu).</extracomment>
        <translation>Pasek główny</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>The mail archive cannot be opened: %1</source>
        <translation>Nie można otworzyć archiwum poczty: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No archive</source>
        <translation>Brak archiwum</translation>
    </message>
    <message>
        <location line="+158"/>
        <location line="+23"/>
        <source>Delete permanently</source>
        <translation>Usuń trwale</translation>
    </message>
    <message numerus="yes">
        <location line="-22"/>
        <source>Delete %n message(s) permanently? This cannot be undone.</source>
        <translation>
            <numerusform>Trwale usunąć %n wiadomość? Tej operacji nie można cofnąć.</numerusform>
            <numerusform>Trwale usunąć %n wiadomości? Tej operacji nie można cofnąć.</numerusform>
            <numerusform>Trwale usunąć %n wiadomości? Tej operacji nie można cofnąć.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Delete %n message(s) from the Trash permanently? This cannot be undone.</source>
        <translation>
            <numerusform>Trwale usunąć %n wiadomość z Kosza? Tej operacji nie można cofnąć.</numerusform>
            <numerusform>Trwale usunąć %n wiadomości z Kosza? Tej operacji nie można cofnąć.</numerusform>
            <numerusform>Trwale usunąć %n wiadomości z Kosza? Tej operacji nie można cofnąć.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete</source>
        <extracomment>Names the step in &quot;Undo %1&quot; (a verb, as in the Edit menu&apos;s &quot;Undo Delete&quot;).</extracomment>
        <translation>usunięcie</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Cofnij %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1: %n message(s). Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>Wykonano: %1 (%n wiadomość). Aby cofnąć, naciśnij Ctrl+Z.</numerusform>
            <numerusform>Wykonano: %1 (%n wiadomości). Aby cofnąć, naciśnij Ctrl+Z.</numerusform>
            <numerusform>Wykonano: %1 (%n wiadomości). Aby cofnąć, naciśnij Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Archive</source>
        <extracomment>Names the step in &quot;Undo %1&quot; (a verb: &quot;Undo Archive&quot;).</extracomment>
        <translation>przeniesienie do archiwum</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Copy to folder</source>
        <translation>Kopiuj do folderu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move to folder</source>
        <translation>Przenieś do folderu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Move</source>
        <extracomment>Names the step in &quot;Undo %1&quot; (a verb: &quot;Undo Move&quot;).</extracomment>
        <translation>przeniesienie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New folder</source>
        <translation>Nowy folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the new folder in Local Folders:</source>
        <translation>Nazwa nowego folderu w Folderach lokalnych:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rename folder</source>
        <translation>Zmień nazwę folderu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New name:</source>
        <translation>Nowa nazwa:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete folder</source>
        <translation>Usuń folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the folder &quot;%1&quot;? Its messages go to the Trash.</source>
        <translation>Usunąć folder „%1”? Jego wiadomości zostaną przeniesione do Kosza.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Empty Trash</source>
        <translation>Opróżnij Kosz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete every message in the Trash permanently?</source>
        <translation>Trwale usunąć wszystkie wiadomości z Kosza?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export to mbox</source>
        <translation>Eksportuj do pliku mbox</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mailbox files (*.mbox);;All files (*)</source>
        <translation>Pliki skrzynek pocztowych (*.mbox);;Wszystkie pliki (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <location line="+12"/>
        <source>Exporting %n message(s)…</source>
        <translation>
            <numerusform>Eksportowanie %n wiadomości…</numerusform>
            <numerusform>Eksportowanie %n wiadomości…</numerusform>
            <numerusform>Eksportowanie %n wiadomości…</numerusform>
        </translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Export as .eml files into</source>
        <translation>Eksportuj jako pliki .eml do folderu</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import a Maildir folder (the one holding cur and new)</source>
        <translation>Importuj folder Maildir (ten, który zawiera cur i new)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+14"/>
        <source>Importing %1 into Local Folders/%1…</source>
        <translation>Importowanie %1 do folderu Foldery lokalne/%1…</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Import mail</source>
        <translation>Importuj pocztę</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mailbox files (*.mbox *.mbx *.mbs);;Message files (*.eml);;All files (*)</source>
        <translation>Pliki skrzynek pocztowych (*.mbox *.mbx *.mbs);;Pliki wiadomości (*.eml);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>About Satchel</source>
        <translation>O programie Satchel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Satchel %1&lt;/h3&gt;&lt;p&gt;A POP3 mail client for reading your mail offline on one computer.&lt;/p&gt;&lt;p&gt;Profile: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Satchel %1&lt;/h3&gt;&lt;p&gt;Klient poczty POP3 do czytania poczty offline na jednym komputerze.&lt;/p&gt;&lt;p&gt;Profil: %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MessageListModel</name>
    <message>
        <location filename="../ui/messagelistmodel.cpp" line="+279"/>
        <source>Unread</source>
        <extracomment>Tooltip of the read/unread column: the message&apos;s state (adjective).</extracomment>
        <translation>Nieprzeczytana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read</source>
        <translation>Przeczytana</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+122"/>
        <source>Flagged</source>
        <translation>Z flagą</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>Not flagged</source>
        <translation>Bez flagi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Has attachments</source>
        <translation>Z załącznikami</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No attachments</source>
        <translation>Bez załączników</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 bytes</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>(no subject)</source>
        <translation>(bez tematu)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Today %1</source>
        <translation>Dzisiaj %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yesterday %1</source>
        <translation>Wczoraj %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+23"/>
        <source>Subject</source>
        <translation>Temat</translation>
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
        <translation>Rozmiar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Read or unread</source>
        <translation>Przeczytana lub nieprzeczytana</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attachments</source>
        <translation>Załączniki</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sender</source>
        <translation>Nadawca</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date sent</source>
        <translation>Data wysłania</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size of the message</source>
        <translation>Rozmiar wiadomości</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder the message is in</source>
        <translation>Folder, w którym znajduje się wiadomość</translation>
    </message>
</context>
<context>
    <name>MessageSourceDialog</name>
    <message>
        <location filename="../ui/messagesourcedialog.cpp" line="+19"/>
        <source>Message Source</source>
        <translation>Źródło wiadomości</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message Source – %1</source>
        <translation>Źródło wiadomości – %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This message is %1; only its first %2 are shown.</source>
        <translation>Ta wiadomość ma rozmiar %1; wyświetlono tylko pierwsze %2.</translation>
    </message>
</context>
<context>
    <name>Mime::AttachmentSaver</name>
    <message>
        <location filename="../core/mime/attachmentsaver.cpp" line="+65"/>
        <source>No folder was chosen to save the attachment in.</source>
        <translation>Nie wybrano folderu, w którym ma zostać zapisany załącznik.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder “%1” does not exist.</source>
        <translation>Folder „%1” nie istnieje.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is not a folder.</source>
        <translation>„%1” nie jest folderem.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There are too many files named “%1” in the folder “%2”. Choose another folder.</source>
        <translation>W folderze „%2” jest zbyt wiele plików o nazwie „%1”. Wybierz inny folder.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot save files in the folder “%1”: %2. Check that the folder is writable.</source>
        <translation>Nie można zapisywać plików w folderze „%1”: %2. Sprawdź, czy masz uprawnienia do zapisu w tym folderze.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not write “%1”: %2. The disk may be full.</source>
        <translation>Nie udało się zapisać „%1”: %2. Dysk może być pełny.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” was changed by another program while it was being saved. Check the folder “%2”.</source>
        <translation>Plik „%1” został zmieniony przez inny program podczas zapisywania. Sprawdź folder „%2”.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not save “%1”: %2.</source>
        <translation>Nie udało się zapisać „%1”: %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not save “%1” because other programs keep creating files with the same name in the folder “%2”.</source>
        <translation>Nie udało się zapisać „%1”, ponieważ inne programy wciąż tworzą pliki o tej samej nazwie w folderze „%2”.</translation>
    </message>
</context>
<context>
    <name>Mime::MessageParser</name>
    <message>
        <location filename="../core/mime/messageparser.cpp" line="+259"/>
        <source>Parts nested too deeply are not shown.</source>
        <translation>Części zagnieżdżone zbyt głęboko nie są wyświetlane.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This message has too many parts; only the first %1 are shown.</source>
        <translation>Ta wiadomość ma zbyt wiele części; wyświetlono tylko pierwsze %1.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+116"/>
        <location line="+71"/>
        <source>This message is encrypted. Satchel cannot decrypt it.</source>
        <translation>Ta wiadomość jest zaszyfrowana. Satchel nie potrafi jej odszyfrować.</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>A forwarded message is too large to show; it is kept as an attachment.</source>
        <translation>Przekazana wiadomość jest zbyt duża, aby ją wyświetlić; zachowano ją jako załącznik.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>This message is signed in a form Satchel cannot show (S/MIME opaque signature).</source>
        <translation>Ta wiadomość jest podpisana w formie, której Satchel nie potrafi wyświetlić (nieprzezroczysty podpis S/MIME).</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Part of the text is too long and is not shown in full.</source>
        <translation>Część tekstu jest zbyt długa i nie jest wyświetlana w całości.</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>This message could not be understood; it is shown as raw text.</source>
        <translation>Nie udało się zinterpretować tej wiadomości; jest wyświetlana jako surowy tekst.</translation>
    </message>
</context>
<context>
    <name>OAuthTokenSource</name>
    <message>
        <location filename="../ui/oauthtokensource.cpp" line="+36"/>
        <source>Signing in to %1 was cancelled.</source>
        <translation>Logowanie do konta %1 zostało anulowane.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Satchel is already signing in to %1.</source>
        <translation>Satchel już loguje się do konta %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Satchel can sign in with OAuth2 only to Gmail and Microsoft 365; %1 is neither. Choose another authentication in the account settings.</source>
        <translation>Satchel może logować się przez OAuth2 tylko do Gmaila i Microsoft 365; %1 nie jest żadnym z nich. Wybierz inną metodę uwierzytelniania w ustawieniach konta.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 was not checked: Satchel needs you to sign in with %2. Choose Get Messages to sign in.</source>
        <translation>Konto %1 nie zostało sprawdzone: Satchel wymaga zalogowania się przez %2. Wybierz „Pobierz wiadomości”, aby się zalogować.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Signing in with %1 did not work: %2</source>
        <translation>Logowanie przez %1 nie powiodło się: %2</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../ui/passworddialog.cpp" line="+15"/>
        <source>Password for %1</source>
        <translation>Hasło do konta %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password for %1 on %2:</source>
        <translation>Hasło użytkownika %1 na serwerze %2:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Remember it in the system keychain</source>
        <translation>&amp;Zapamiętaj w systemowym magazynie haseł</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No keychain is available, so Satchel keeps the password only until it quits.</source>
        <translation>Magazyn haseł jest niedostępny, więc Satchel przechowa hasło tylko do zamknięcia programu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Remember it in my profile (stored unencrypted)</source>
        <translation>&amp;Zapamiętaj w moim profilu (bez szyfrowania)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anyone who can read your files, or a backup of them, can read a password remembered this way.</source>
        <translation>Hasło zapamiętane w ten sposób może odczytać każdy, kto ma dostęp do plików użytkownika lub ich kopii zapasowej.</translation>
    </message>
</context>
<context>
    <name>Pop3::Error</name>
    <message>
        <location filename="../core/pop3/pop3error.cpp" line="+21"/>
        <source>The mail server&apos;s name could not be found. Check the server name and your network connection.</source>
        <translation>Nie udało się znaleźć serwera poczty o tej nazwie. Sprawdź nazwę serwera i połączenie sieciowe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The mail server refused the connection. Check the server name and port.</source>
        <translation>Serwer poczty odrzucił połączenie. Sprawdź nazwę serwera i port.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not connect to the mail server.</source>
        <translation>Nie udało się połączyć z serwerem poczty.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection to the mail server was lost. Nothing was deleted on the server; the next check continues where this one stopped.</source>
        <translation>Połączenie z serwerem poczty zostało przerwane. Na serwerze nic nie zostało usunięte; następne sprawdzanie poczty będzie kontynuowane od miejsca przerwania.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The mail server did not answer in time.</source>
        <translation>Serwer poczty nie odpowiedział na czas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A secure (TLS) connection to the mail server could not be established.</source>
        <translation>Nie udało się nawiązać bezpiecznego połączenia (TLS) z serwerem poczty.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The mail server&apos;s certificate could not be verified, so nothing was sent to it. Someone may be impersonating the server.</source>
        <translation>Nie udało się zweryfikować certyfikatu serwera poczty, dlatego nic do niego nie wysłano. Ktoś może podszywać się pod serwer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server does not offer STARTTLS, which this account requires. Satchel will not send your mail or password unencrypted.</source>
        <translation>Serwer nie obsługuje STARTTLS, którego wymaga to konto. Satchel nie prześle poczty ani hasła bez szyfrowania.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server refused to start an encrypted (STARTTLS) connection. Satchel will not continue unencrypted.</source>
        <translation>Serwer odmówił nawiązania szyfrowanego połączenia (STARTTLS). Satchel nie będzie kontynuować bez szyfrowania.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server sent unexpected data while switching to encryption. This can be an attack on the connection, so Satchel stopped.</source>
        <translation>Podczas przełączania na szyfrowanie serwer przesłał nieoczekiwane dane. Może to oznaczać atak na połączenie, dlatego Satchel je przerwał.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The mail server is not accepting connections right now.</source>
        <translation>Serwer poczty nie przyjmuje teraz połączeń.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your password would be sent unencrypted. Enable encryption for this account, or explicitly allow unencrypted passwords in its settings.</source>
        <translation>Hasło zostałoby wysłane bez szyfrowania. Włącz szyfrowanie dla tego konta lub wyraźnie zezwól w jego ustawieniach na wysyłanie niezaszyfrowanych haseł.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server offers no sign-in method this account allows. Try another authentication method in the account settings.</source>
        <translation>Serwer nie oferuje żadnej metody logowania dozwolonej dla tego konta. Wybierz inną metodę uwierzytelniania w ustawieniach konta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The user name or password contains characters that cannot be sent.</source>
        <translation>Nazwa użytkownika lub hasło zawiera znaki, których nie można wysłać.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server did not accept the user name or password.</source>
        <translation>Serwer nie zaakceptował nazwy użytkownika lub hasła.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mailbox is in use by another program. Satchel will try again later.</source>
        <translation>Skrzynka pocztowa jest używana przez inny program. Satchel spróbuje ponownie później.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server asks to wait longer between checks for mail.</source>
        <translation>Serwer prosi o dłuższe odstępy między kolejnymi sprawdzeniami poczty.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mail server has a temporary problem. Satchel will try again later.</source>
        <translation>Serwer poczty ma chwilowy problem. Satchel spróbuje ponownie później.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The mail server reported a permanent problem with this mailbox.</source>
        <translation>Serwer poczty zgłosił trwały problem z tą skrzynką pocztową.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mail server could not carry out a request.</source>
        <translation>Serwer poczty nie mógł wykonać żądania.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mail server sent something Satchel does not understand, so the connection was closed.</source>
        <translation>Serwer poczty przesłał dane, których Satchel nie rozumie, dlatego połączenie zostało zamknięte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A message could not be saved on this computer, so the check was stopped. Nothing was deleted on the server.</source>
        <translation>Nie udało się zapisać wiadomości na tym komputerze, dlatego sprawdzanie poczty zostało przerwane. Na serwerze nic nie zostało usunięte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server cannot do what this account&apos;s settings need.</source>
        <translation>Serwer nie obsługuje funkcji wymaganych przez ustawienia tego konta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled. Nothing was deleted on the server.</source>
        <translation>Anulowano. Na serwerze nic nie zostało usunięte.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The server said: “%1”</source>
        <translation>Odpowiedź serwera: „%1”</translation>
    </message>
</context>
<context>
    <name>ReadingPane</name>
    <message>
        <location filename="../ui/readingpane.cpp" line="+58"/>
        <source>View &amp;Source</source>
        <translation>Pokaż ź&amp;ródło</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the message as it was received (Ctrl+U)</source>
        <translation>Pokaż wiadomość w takiej postaci, w jakiej została odebrana (Ctrl+U)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No message selected</source>
        <translation>Nie wybrano wiadomości</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>The account keeps messages on the server for a while after downloading them.</source>
        <translation>To konto pozostawia wiadomości na serwerze przez pewien czas po ich pobraniu.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>From:</source>
        <translation>Od:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To:</source>
        <translation>Do:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cc:</source>
        <translation>Kopia:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date:</source>
        <translation>Data:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>H&amp;TML</source>
        <translation>H&amp;TML</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the message as the sender formatted it</source>
        <translation>Pokaż wiadomość tak, jak sformatował ją nadawca</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P&amp;lain Text</source>
        <translation>Zwykły te&amp;kst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the message as plain text</source>
        <translation>Pokaż wiadomość jako zwykły tekst</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Loa&amp;d</source>
        <translation>Wczyt&amp;aj</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load the remote images of this message. The sender may learn that you opened it.</source>
        <translation>Wczytaj zdalne obrazy w tej wiadomości. Nadawca może się dowiedzieć, że została ona otwarta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Al&amp;ways for This Sender</source>
        <translation>Zawsze od tego &amp;nadawcy</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>(no subject)</source>
        <translation>(bez tematu)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown</source>
        <translation>Nieznana</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (received; the message has no valid date)</source>
        <translation>%1 (data odebrania; wiadomość nie ma prawidłowej daty)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>As sent: %1</source>
        <translation>Data w wiadomości: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>%n more</source>
        <translation>
            <numerusform>jeszcze %n</numerusform>
            <numerusform>jeszcze %n</numerusform>
            <numerusform>jeszcze %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>%n remote image(s) blocked</source>
        <translation>
            <numerusform>Zablokowano %n zdalny obraz</numerusform>
            <numerusform>Zablokowano %n zdalne obrazy</numerusform>
            <numerusform>Zablokowano %n zdalnych obrazów</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Satchel did not load them, so the sender cannot tell that you opened the message.</source>
        <translation>Satchel ich nie wczytał, więc nadawca nie może się dowiedzieć, że wiadomość została otwarta.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From: %1</source>
        <translation>Serwery: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Always load remote images in messages from %1</source>
        <translation>Zawsze wczytuj zdalne obrazy w wiadomościach od %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only the headers of this message were downloaded.</source>
        <translation>Pobrano tylko nagłówki tej wiadomości.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This message has no text.</source>
        <translation>Ta wiadomość nie zawiera tekstu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The message is too long to show in full.</source>
        <translation>Wiadomość jest zbyt długa, aby wyświetlić ją w całości.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The message is signed; Satchel does not check signatures.</source>
        <translation>Wiadomość jest podpisana; Satchel nie sprawdza podpisów.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Leaves the server at the next check for new mail</source>
        <translation>Usunięcie z serwera: przy następnym sprawdzaniu poczty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leaves the server on %1</source>
        <translation>Usunięcie z serwera: %1</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiuj</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy &amp;All</source>
        <translation>Kopiuj &amp;wszystko</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Copy &amp;Address</source>
        <translation>Kopiuj &amp;adres</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy &amp;Name and Address</source>
        <translation>Kopiuj &amp;nazwę i adres</translation>
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
        <translation>&amp;Pozostawiaj wiadomości na serwerze</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;For at most</source>
        <translation>&amp;Maksymalnie przez</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source> day(s)</source>
        <extracomment>Spin box suffix after a number of days; keep the leading space.</extracomment>
        <translation>
            <numerusform> dzień</numerusform>
            <numerusform> dni</numerusform>
            <numerusform> dni</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Delete from the server when I delete them here</source>
        <translation>Usuwaj z serwera wiadomości usunięt&amp;e tutaj</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download only the headers of messages larger than</source>
        <translation>Pobieraj tylko nagłówki wiadomości większych niż</translation>
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
        <translation>W tym zapytaniu nie ma czego szukać: nie zawiera ono liter ani cyfr.</translation>
    </message>
    <message>
        <location line="+207"/>
        <source>There is no folder &quot;%1&quot; (in: takes a folder as &quot;satchel-cli folders&quot; lists it, or its name).</source>
        <translation>Nie ma folderu „%1” (in: przyjmuje folder w postaci wypisywanej przez „satchel-cli folders” albo jego nazwę).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>There is no account &quot;%1&quot;.</source>
        <translation>Nie ma konta „%1”.</translation>
    </message>
</context>
<context>
    <name>Search::QueryParser</name>
    <message>
        <location filename="../core/search/queryparser.cpp" line="+358"/>
        <source>This search has too many words and filters (more than %1). Remove some and try again.</source>
        <translation>To wyszukiwanie zawiera zbyt wiele słów i filtrów (więcej niż %1). Usuń część z nich i spróbuj ponownie.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>“%1:” needs a word right after the colon, for example %2.</source>
        <translation>„%1:” wymaga słowa bezpośrednio po dwukropku, na przykład %2.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>“%1:” needs a value right after the colon, for example %2.</source>
        <translation>„%1:” wymaga wartości bezpośrednio po dwukropku, na przykład %2.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“%1” is not something has: can look for. Use has:attachment.</source>
        <translation>has: nie obsługuje wartości „%1”. Użyj has:attachment.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” is not something is: can look for. Use is:unread, is:read or is:flagged.</source>
        <translation>is: nie obsługuje wartości „%1”. Użyj is:unread, is:read lub is:flagged.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“%1” is not a date %2: understands. Write it as YYYY-MM-DD or YYYY/MM/DD, for example %3.</source>
        <translation>„%1” nie jest datą zrozumiałą dla %2:. Zapisz ją w postaci RRRR-MM-DD lub RRRR/MM/DD, na przykład %3.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+19"/>
        <source>“%1” is too large a number for %2:.</source>
        <translation>„%1” to zbyt duża liczba dla %2:.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>“%1” is not an age %2: understands. Write a number followed by d (days), w (weeks), m (months) or y (years), for example %3.</source>
        <translation>„%1” nie jest okresem zrozumiałym dla %2:. Wpisz liczbę, a po niej d (dni), w (tygodnie), m (miesiące) lub y (lata), na przykład %3.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>“%1” is not a size %2: understands. Write a number of bytes, or a number followed by K, M or G, for example %3.</source>
        <translation>„%1” nie jest rozmiarem zrozumiałym dla %2:. Wpisz liczbę bajtów albo liczbę, a po niej K, M lub G, na przykład %3.</translation>
    </message>
    <message>
        <location line="+179"/>
        <source>This search is nested too deeply at “%1” (more than %2 levels of parentheses and NOT). Simplify it and try again.</source>
        <translation>To wyszukiwanie jest zbyt głęboko zagnieżdżone przy „%1” (maksymalna liczba poziomów nawiasów i NOT: %2). Uprość je i spróbuj ponownie.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>“%1” needs something to search for on both sides.</source>
        <translation>„%1” wymaga wyrażenia do wyszukania po obu stronach.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” needs something to leave out right after it.</source>
        <translation>Bezpośrednio po „%1” musi wystąpić wyrażenie do wykluczenia.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is nothing to search for inside “%1)”.</source>
        <translation>Wewnątrz „%1)” nie ma czego szukać.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+101"/>
        <source>This “%1” is never closed.</source>
        <translation>Ten nawias „%1” nie został zamknięty.</translation>
    </message>
    <message>
        <location line="-95"/>
        <location line="+13"/>
        <source>This “)” has no matching “(”.</source>
        <translation>Ten nawias „)” nie ma pasującego „(”.</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+130"/>
        <source>Type something to search for.</source>
        <translation>Wpisz, czego szukasz.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>This search is too long (more than %1 characters). Shorten it and try again.</source>
        <translation>To wyszukiwanie jest zbyt długie (maksymalna liczba znaków: %1). Skróć je i spróbuj ponownie.</translation>
    </message>
</context>
<context>
    <name>Search::Searcher</name>
    <message>
        <location filename="../core/search/searcher.cpp" line="+54"/>
        <location line="+85"/>
        <location line="+10"/>
        <source>Cannot search the archive: %1</source>
        <translation>Nie można przeszukać archiwum: %1</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../ui/searchfield.cpp" line="+9"/>
        <source>Search all mail (from:ann has:attachment &quot;a phrase&quot; …)</source>
        <translation>Szukaj w całej poczcie (from:ann has:attachment &quot;fraza&quot; …)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Words must all match. Also: &quot;exact phrase&quot;, prefix*, OR, -word, from:, to:, subject:, body:, filename:, has:attachment, is:unread, in:FOLDER, before:/after:YYYY-MM-DD, older_than:30d, larger:5M</source>
        <translation>Wszystkie słowa muszą pasować. Można też użyć: &quot;dokładna fraza&quot;, prefiks*, OR, -słowo, from:, to:, subject:, body:, filename:, has:attachment, is:unread, in:FOLDER, before:/after:RRRR-MM-DD, older_than:30d, larger:5M</translation>
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
        <translation>Brak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without encryption, your password and your mail cross the network readable by anyone on the way.</source>
        <translation>Bez szyfrowania hasło i poczta są przesyłane przez sieć otwartym tekstem – może je odczytać każdy po drodze.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Allo&amp;w sending my password unencrypted</source>
        <translation>Zezwalaj na wysyłanie hasła &amp;bez szyfrowania</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ser&amp;ver:</source>
        <translation>Nazwa &amp;serwera:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;ort:</source>
        <translation>Po&amp;rt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Securit&amp;y:</source>
        <translation>&amp;Zabezpieczenia:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Au&amp;thentication:</source>
        <translation>Uwierzy&amp;telnianie:</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Automatic</source>
        <translation>Automatycznie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Normal password</source>
        <translation>Zwykłe hasło</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypted password (CRAM-MD5/APOP)</source>
        <translation>Szyfrowane hasło (CRAM-MD5/APOP)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OAuth2</source>
        <translation>OAuth2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;User name:</source>
        <translation>Nazwa uż&amp;ytkownika:</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="+18"/>
        <source>Settings</source>
        <translation>Ustawienia</translation>
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
        <translation>Tylko na żądanie</translation>
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
        <translation>Nigdy automatycznie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Block, and ask for each message</source>
        <translation>Blokuj i pytaj przy każdej wiadomości</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always load</source>
        <translation>Zawsze wczytuj</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Classic (list above the message)</source>
        <translation>Klasyczny (lista nad wiadomością)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wide (list beside the message)</source>
        <translation>Szeroki (lista obok wiadomości)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>System language</source>
        <translation>Język systemu</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Check for new mail every:</source>
        <translation>Sprawdzaj pocztę co:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark a message read after:</source>
        <translation>Oznacz wiadomość jako przeczytaną po:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remote images and styles:</source>
        <translation>Zdalne obrazy i style:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layout:</source>
        <translation>Układ:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation>Język:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language is used the next time Satchel starts.</source>
        <translation>Nowy język zostanie użyty przy następnym uruchomieniu programu Satchel.</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <location filename="../ui/singleinstance.cpp" line="+39"/>
        <source>Satchel is already open on this profile; its window was brought to the front.</source>
        <translation>Satchel jest już otwarty z tym profilem; jego okno zostało przeniesione na wierzch.</translation>
    </message>
</context>
<context>
    <name>Store::ArchiveRecovery</name>
    <message>
        <location filename="../core/store/archiverecovery.cpp" line="+107"/>
        <source>Cannot write the recovered archive: %1 (%2)</source>
        <translation>Nie można zapisać odzyskanego archiwum: %1 (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no archive to recover in %1.</source>
        <translation>W %1 nie ma archiwum do odzyskania.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot open the damaged archive %1: %2</source>
        <translation>Nie można otworzyć uszkodzonego archiwum %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing can be read from %1: its list of tables is damaged (%2).</source>
        <translation>Nie można niczego odczytać z %1: lista tabel jest uszkodzona (%2).</translation>
    </message>
    <message>
        <location line="+259"/>
        <source>Cannot clear %1.</source>
        <translation>Nie można wyczyścić %1.</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+84"/>
        <source>Cannot write %1.</source>
        <translation>Nie można zapisać %1.</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>The recovered archive has references to missing rows.</source>
        <translation>Odzyskane archiwum zawiera odwołania do brakujących wierszy.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The recovered archive does not pass the check: %1</source>
        <translation>Odzyskane archiwum nie przeszło kontroli: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no recovered archive in %1.</source>
        <translation>W %1 nie ma odzyskanego archiwum.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cannot rename %1 to %2.</source>
        <translation>Nie można zmienić nazwy %1 na %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot move %1 to %2.</source>
        <translation>Nie można przenieść %1 do %2.</translation>
    </message>
</context>
<context>
    <name>Store::ArchiveService</name>
    <message>
        <location filename="../core/store/archiveservice.cpp" line="+68"/>
        <source>The mail archive is damaged (%1). Satchel shows what it can still read. Copy the profile folder somewhere safe before anything else; then Recover… keeps every readable message (`satchel-cli check` lists the problems).</source>
        <translation>Archiwum poczty jest uszkodzone (%1). Satchel wyświetla to, co nadal da się odczytać. Przede wszystkim skopiuj folder profilu w bezpieczne miejsce; następnie polecenie „Odzyskaj…” zachowa każdą czytelną wiadomość (`satchel-cli check` wyświetla listę problemów).</translation>
    </message>
</context>
<context>
    <name>Store::CertificatePins</name>
    <message>
        <location filename="../core/store/certificatepins.cpp" line="+55"/>
        <source>Cannot read the accepted certificates: %1</source>
        <translation>Nie można odczytać zaakceptowanych certyfikatów: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cannot change the accepted certificates: %1</source>
        <translation>Nie można zmienić zaakceptowanych certyfikatów: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A certificate without a server or fingerprint cannot be accepted.</source>
        <translation>Nie można zaakceptować certyfikatu bez serwera lub odcisku.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot save the accepted certificate for %1:%2: %3</source>
        <translation>Nie można zapisać zaakceptowanego certyfikatu dla %1:%2: %3</translation>
    </message>
</context>
<context>
    <name>Store::Database</name>
    <message>
        <location filename="../core/store/database.cpp" line="+117"/>
        <source>Cannot create the profile folder %1.</source>
        <translation>Nie można utworzyć folderu profilu %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot create the database %1: %2</source>
        <translation>Nie można utworzyć bazy danych %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot open the database %1: %2</source>
        <translation>Nie można otworzyć bazy danych %1: %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The database %1 cannot be read: %2</source>
        <translation>Nie można odczytać bazy danych %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database %1 was written by a newer version of Satchel (schema %2; this version knows %3). It was not changed.</source>
        <translation>Baza danych %1 została zapisana przez nowszą wersję programu Satchel (schemat %2; ta wersja zna schemat %3). Nie wprowadzono w niej zmian.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Cannot update the database: %1</source>
        <translation>Nie można zaktualizować bazy danych: %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Database error: %1 (%2)</source>
        <translation>Błąd bazy danych: %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>the archive is locked by another program (another Satchel window or satchel-cli, or a tool that opened satchel.sqlite) and stayed locked for %n second(s); try again when it is done</source>
        <translation>
            <numerusform>archiwum jest zablokowane przez inny program (inne okno programu Satchel, satchel-cli lub narzędzie, które otworzyło plik satchel.sqlite) i pozostawało zablokowane przez %n sekundę; spróbuj ponownie, gdy tamten program zakończy pracę</numerusform>
            <numerusform>archiwum jest zablokowane przez inny program (inne okno programu Satchel, satchel-cli lub narzędzie, które otworzyło plik satchel.sqlite) i pozostawało zablokowane przez %n sekundy; spróbuj ponownie, gdy tamten program zakończy pracę</numerusform>
            <numerusform>archiwum jest zablokowane przez inny program (inne okno programu Satchel, satchel-cli lub narzędzie, które otworzyło plik satchel.sqlite) i pozostawało zablokowane przez %n sekund; spróbuj ponownie, gdy tamten program zakończy pracę</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Store::Eml</name>
    <message>
        <location filename="../core/store/emlfiles.cpp" line="+45"/>
        <source>“%1” cannot be used as a file name.</source>
        <translation>Nie można użyć „%1” jako nazwy pliku.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The folder “%1” does not exist.</source>
        <translation>Folder „%1” nie istnieje.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot create the file “%1”: %2</source>
        <translation>Nie można utworzyć pliku „%1”: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot write the file “%1”: %2</source>
        <translation>Nie można zapisać pliku „%1”: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The file “%1” is larger than %2 bytes.</source>
        <translation>Plik „%1” jest większy niż %2 B.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is not a file that can be read.</source>
        <translation>„%1” nie jest plikiem, który można odczytać.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot open the file “%1”: %2</source>
        <translation>Nie można otworzyć pliku „%1”: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot read the file “%1”: %2</source>
        <translation>Nie można odczytać pliku „%1”: %2</translation>
    </message>
</context>
<context>
    <name>Store::MailTransfer</name>
    <message numerus="yes">
        <location filename="../core/store/mailtransfer.cpp" line="+61"/>
        <source>%1 (after %n message(s) were imported)</source>
        <translation>
            <numerusform>%1 (po zaimportowaniu %n wiadomości)</numerusform>
            <numerusform>%1 (po zaimportowaniu %n wiadomości)</numerusform>
            <numerusform>%1 (po zaimportowaniu %n wiadomości)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Cannot create the folder %1.</source>
        <translation>Nie można utworzyć folderu %1.</translation>
    </message>
</context>
<context>
    <name>Store::Maildir</name>
    <message>
        <location filename="../core/store/maildirreader.cpp" line="+35"/>
        <source>The folder “%1” does not exist.</source>
        <translation>Folder „%1” nie istnieje.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” is not a Maildir folder: it has no “cur” and “new” subfolders.</source>
        <translation>„%1” nie jest folderem Maildir: brak w nim podfolderów „cur” i „new”.</translation>
    </message>
</context>
<context>
    <name>Store::Mbox</name>
    <message>
        <location filename="../core/store/mboxreader.cpp" line="+81"/>
        <source>Cannot open the mbox file “%1”: %2</source>
        <translation>Nie można otworzyć pliku mbox „%1”: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot read the mbox file “%1”: %2</source>
        <translation>Nie można odczytać pliku mbox „%1”: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The mbox file “%1” has a line longer than %2 bytes at byte %3.</source>
        <translation>Plik mbox „%1” zawiera od bajtu %3 wiersz dłuższy niż %2 B.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>“%1” is not an mbox file: it does not begin with a “From ” line.</source>
        <translation>„%1” nie jest plikiem mbox: nie zaczyna się od wiersza „From ”.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../core/store/mboxwriter.cpp" line="+141"/>
        <location line="+15"/>
        <source>The mbox file “%1” is not open.</source>
        <translation>Plik mbox „%1” nie jest otwarty.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The mbox file “%1” has a message larger than %2 bytes at byte %3.</source>
        <translation>Plik mbox „%1” zawiera od bajtu %3 wiadomość większą niż %2 B.</translation>
    </message>
    <message>
        <location filename="../core/store/mboxwriter.cpp" line="-79"/>
        <source>The mbox file “%1” is already open.</source>
        <translation>Plik mbox „%1” jest już otwarty.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot create the mbox file “%1”: %2</source>
        <translation>Nie można utworzyć pliku mbox „%1”: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot write to the mbox file “%1”: %2</source>
        <translation>Nie można zapisywać do pliku mbox „%1”: %2</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Cannot save the mbox file “%1”: %2</source>
        <translation>Nie można zapisać pliku mbox „%1”: %2</translation>
    </message>
</context>
<context>
    <name>Store::MessageStore</name>
    <message>
        <location filename="../core/store/messagestorefolders.cpp" line="+44"/>
        <location line="+118"/>
        <source>Cannot create the folder %1: %2</source>
        <translation>Nie można utworzyć folderu %1: %2</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+34"/>
        <source>&quot;%1&quot; is not a folder name (names cannot contain &quot;/&quot;).</source>
        <translation>„%1” nie jest poprawną nazwą folderu (nazwy nie mogą zawierać znaku „/”).</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>There is no folder %1.</source>
        <translation>Nie ma folderu %1.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cannot rename the folder: %1</source>
        <translation>Nie można zmienić nazwy folderu: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only folders you made can be renamed.</source>
        <translation>Można zmieniać nazwy tylko własnych folderów.</translation>
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
        <translation>Nie można zapisać danych w bazie danych: %1</translation>
    </message>
    <message>
        <location filename="../core/store/messagestorefolders.cpp" line="+11"/>
        <location line="+5"/>
        <source>Cannot delete the folder: %1</source>
        <translation>Nie można usunąć folderu: %1</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Only folders you made can be deleted.</source>
        <translation>Można usuwać tylko własne foldery.</translation>
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
        <translation>Nie można zapisać wiadomości: %1</translation>
    </message>
    <message>
        <location line="-314"/>
        <source>The account has no Inbox.</source>
        <translation>Konto nie ma folderu Odebrane.</translation>
    </message>
    <message>
        <location line="+73"/>
        <location line="+20"/>
        <location line="+7"/>
        <source>Cannot save messages: %1</source>
        <translation>Nie można zapisać wiadomości: %1</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Cannot move the message: %1</source>
        <translation>Nie można przenieść wiadomości: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <location line="+126"/>
        <source>There is no message %1.</source>
        <translation>Nie ma wiadomości %1.</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Cannot delete the message: %1</source>
        <translation>Nie można usunąć wiadomości: %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Message %1 is not stored as headers only.</source>
        <translation>Wiadomość %1 nie jest zapisana jako same nagłówki.</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+3"/>
        <source>Cannot change the message: %1</source>
        <translation>Nie można zmienić wiadomości: %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+6"/>
        <source>Cannot empty the Trash: %1</source>
        <translation>Nie można opróżnić Kosza: %1</translation>
    </message>
    <message>
        <location filename="../core/store/messagestoreaccounts.cpp" line="-169"/>
        <location line="+13"/>
        <location line="+10"/>
        <location line="+6"/>
        <location line="+5"/>
        <location line="+5"/>
        <source>Cannot add the account %1: %2</source>
        <translation>Nie można dodać konta %1: %2</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Cannot change the account %1: %2</source>
        <translation>Nie można zmienić konta %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+39"/>
        <source>There is no account named %1.</source>
        <translation>Nie ma konta o nazwie %1.</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>An account name must not be empty or contain &quot;/&quot;.</source>
        <translation>Nazwa konta nie może być pusta ani zawierać znaku „/”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is already an account named %1.</source>
        <translation>Istnieje już konto o nazwie %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot rename the account: %1</source>
        <translation>Nie można zmienić nazwy konta: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no account %1.</source>
        <translation>Nie ma konta %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot remove the account %1: %2</source>
        <translation>Nie można usunąć konta %1: %2</translation>
    </message>
</context>
<context>
    <name>Store::PasswordFile</name>
    <message>
        <location filename="../core/store/passwordfile.cpp" line="+36"/>
        <source>Cannot read the stored passwords in %1: %2</source>
        <translation>Nie można odczytać zapisanych haseł z %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is too large</source>
        <translation>plik jest za duży</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The stored passwords in %1 are damaged; enter the passwords again.</source>
        <translation>Zapisane hasła w %1 są uszkodzone; wprowadź hasła ponownie.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Cannot remove %1.</source>
        <translation>Nie można usunąć %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot save the stored passwords in %1: %2</source>
        <translation>Nie można zapisać haseł w %1: %2</translation>
    </message>
</context>
<context>
    <name>Store::SearchIndex</name>
    <message>
        <location filename="../core/store/searchindex.cpp" line="+90"/>
        <source>Cannot read the search index: %1</source>
        <translation>Nie można odczytać indeksu wyszukiwania: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+8"/>
        <source>Cannot update the search index: %1</source>
        <translation>Nie można zaktualizować indeksu wyszukiwania: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+10"/>
        <location line="+44"/>
        <source>Cannot rebuild the search index: %1</source>
        <translation>Nie można odbudować indeksu wyszukiwania: %1</translation>
    </message>
</context>
<context>
    <name>Sync::AccountConnection</name>
    <message>
        <location filename="../core/sync/accountconnection.cpp" line="+37"/>
        <source>No certificate could be read from %1.</source>
        <translation>Nie udało się odczytać certyfikatu z %1.</translation>
    </message>
</context>
<context>
    <name>Sync::CompletionJob</name>
    <message>
        <location filename="../core/sync/completionjob.cpp" line="+31"/>
        <source>Message %1 is not a partly downloaded message of account %2.</source>
        <translation>Wiadomość %1 nie jest częściowo pobraną wiadomością konta %2.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The message is no longer on the server.</source>
        <translation>Wiadomości nie ma już na serwerze.</translation>
    </message>
</context>
<context>
    <name>Sync::Keychain</name>
    <message>
        <location filename="../core/sync/keychain.cpp" line="+17"/>
        <source>no keychain is reachable (no D-Bus session)</source>
        <translation>magazyn haseł jest niedostępny (brak sesji D-Bus)</translation>
    </message>
</context>
<context>
    <name>Sync::SyncPlanner</name>
    <message>
        <location filename="../core/sync/syncplanner.cpp" line="+49"/>
        <source>This server does not support UIDL, so Satchel cannot tell which messages it already has. Let it delete messages from the server after downloading them: clear “Leave messages on the server” in the account&apos;s settings (satchel-cli: --delete-after-download).</source>
        <translation>Ten serwer nie obsługuje UIDL, więc Satchel nie może ustalić, które wiadomości już ma. Pozwól mu usuwać wiadomości z serwera po ich pobraniu: wyłącz opcję „Pozostawiaj wiadomości na serwerze” w ustawieniach konta (satchel-cli: --delete-after-download).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server listed the same message more than once. Satchel left the repeated entries on the server untouched.</source>
        <translation>Serwer wymienił tę samą wiadomość więcej niż raz. Satchel pozostawił powtórzone pozycje na serwerze bez zmian.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/applicationinfo.cpp" line="+33"/>
        <source>The profile folder (default: $SATCHEL_PROFILE, or %1).</source>
        <translation>Folder profilu (domyślnie: $SATCHEL_PROFILE lub %1).</translation>
    </message>
    <message>
        <location filename="../app/satchel/main.cpp" line="+32"/>
        <source>Satchel, a POP3 mail client for reading mail offline.</source>
        <translation>Satchel – klient poczty POP3 do czytania poczty offline.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Quit once the window is shown and the archive is open (exit status 0), or when that fails (1).</source>
        <translation>Zakończ działanie po wyświetleniu okna i otwarciu archiwum (kod wyjścia 0) lub gdy się to nie powiedzie (1).</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Cannot create the profile folder %1.</source>
        <translation>Nie można utworzyć folderu profilu %1.</translation>
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
        <translation>Polecenia:
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
                               pobiera całą wiadomość zapisaną dotąd jako same
                               nagłówki
  folders                      po jednym folderze w wierszu: ścieżka, łącznie,
                               nieprzeczytane, rola
  list [--folder F] [--format tsv|json]
                               tsv: id, data, folder, nadawca, temat, flagi,
                               rozmiar (flagi: R przeczytana, F z flagą,
                               A z odpowiedzią, H tylko nagłówki)
  show ID [--raw]              --raw wypisuje zapisane bajty bez zmian
  delete ID                    do Kosza; z Kosza: trwale
  move ID FOLDER
  search QUERY [--folder F] [--limit N] [--offset N] [--sort newest|relevance]
               [--format tsv|json] [--count] [--no-snippets]
                               tsv: jak w list, a potem fragment
                               z oznaczonymi [trafieniami]
  reindex [--progress]         odbudowuje indeks wyszukiwania z zapisanych
                               wiadomości
  check                        szuka uszkodzeń w pliku archiwum
                               (SQLite quick_check)
  recover [--progress]         przenosi każdą czytelną wiadomość z uszkodzonego
                               archiwum do nowego; uszkodzony plik zostaje obok
  export --folder F (--mbox FILE | --eml-dir DIR)
  import --folder F (--mbox FILE | --maildir DIR | --eml FILE ...)
Każde polecenie ma opcję --help. Kod wyjścia: 0 sukces, 1 inny błąd, 2 błędne
użycie, 3 sieć, 4 uwierzytelnianie, 5 TLS, 6 lokalne archiwum lub plik.
</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Drives Satchel&apos;s mail archive from scripts.

%1</source>
        <translation>Umożliwia obsługę archiwum poczty programu Satchel ze skryptów.

%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The command to run.</source>
        <translation>Polecenie do wykonania.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no command given; see --help</source>
        <translation>nie podano polecenia; zob. --help</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>unknown command &apos;%1&apos;; see --help</source>
        <translation>nieznane polecenie „%1”; zob. --help</translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>AccountManager</name>
    <message>
        <location filename="../ui/accountmanager.cpp" line="+67"/>
        <source>The sign-in of %1 could not be kept in the keychain; Satchel asks you to sign in again after the next start.</source>
        <translation>Não foi possível guardar o login de %1 no chaveiro; o Satchel pedirá que você faça login novamente na próxima vez que for iniciado.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The password for %1 could not be saved in the keychain; Satchel keeps it until it is closed and asks for it once after the next start.</source>
        <translation>Não foi possível salvar a senha de %1 no chaveiro; o Satchel a guardará até ser fechado e a pedirá uma vez na próxima inicialização.</translation>
    </message>
    <message>
        <location line="+89"/>
        <location line="+8"/>
        <source>Remove Account</source>
        <translation>Remover conta</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Satchel is checking for mail. Stop the check (Shift+Esc) or wait until it has finished, then remove the account.</source>
        <translation>O Satchel está verificando se há novas mensagens. Interrompa a verificação (Shift+Esc) ou aguarde até que ela termine e, então, remova a conta.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove the account “%1”?</source>
        <translation>Remover a conta “%1”?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Satchel forgets its settings, its password and which messages it has downloaded. Nothing is deleted on the server. The messages in its Inbox can stay here, in the local folder “%1”.</source>
        <translation>O Satchel esquecerá as configurações da conta, a senha e quais mensagens já foram baixadas. Nada é excluído no servidor. As mensagens da Caixa de entrada da conta podem ficar aqui, na pasta local “%1”.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove, &amp;Keep the Mail</source>
        <translation>Remover e &amp;manter as mensagens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove with Its &amp;Mail</source>
        <translation>Remover &amp;com as mensagens</translation>
    </message>
</context>
<context>
    <name>AccountSettingsDialog</name>
    <message>
        <location filename="../ui/accountsettingsdialog.cpp" line="+22"/>
        <source>Account Settings – %1</source>
        <translation>Configurações da conta – %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unchanged</source>
        <extracomment>Placeholder of the empty password field: leaving it empty keeps the password as it is.</extracomment>
        <translation>sem alteração</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Account &amp;name:</source>
        <translation>&amp;Nome da conta:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;E-mail address:</source>
        <translation>&amp;Endereço de e-mail:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;password:</source>
        <translation>Nova &amp;senha:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password is stored unencrypted in your profile, as you chose when no keychain was available.</source>
        <translation>A senha está armazenada sem criptografia no seu perfil, como você escolheu quando não havia chaveiro disponível.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Account</source>
        <translation>&amp;Conta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Server</source>
        <translation>Ser&amp;vidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keeping Mail</source>
        <translation>&amp;Manter mensagens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Certificates</source>
        <translation>Certi&amp;ficados</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Remove Account…</source>
        <translation>Remover c&amp;onta…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>There is already an account named “%1”.</source>
        <translation>Já existe uma conta chamada “%1”.</translation>
    </message>
</context>
<context>
    <name>AccountWizard</name>
    <message>
        <location filename="../ui/accountwizard.cpp" line="+26"/>
        <source>Account setup</source>
        <translation>Configuração de conta</translation>
    </message>
</context>
<context>
    <name>AccountWizardDonePage</name>
    <message>
        <location filename="../ui/accountwizarddonepage.cpp" line="+13"/>
        <source>Ready</source>
        <extracomment>Title of the wizard&apos;s last page: the account is set up and ready to use.</extracomment>
        <translation>Tudo pronto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No keychain is available on this computer, so Satchel will ask for the password once each time it runs.</source>
        <translation>Não há chaveiro disponível neste computador, então o Satchel pedirá a senha uma vez sempre que for executado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Remember the password in my profile (stored unencrypted: anyone who can read your files can read it)</source>
        <translation>&amp;Lembrar a senha no meu perfil (armazenada sem criptografia: qualquer pessoa que possa ler seus arquivos poderá lê-la)</translation>
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
        <translation>sem criptografia</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>deleted from the server once stored here</source>
        <translation>excluídas do servidor depois de armazenadas aqui</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>kept on the server</source>
        <translation>mantidas no servidor</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>kept on the server for %n day(s)</source>
        <translation>
            <numerusform>mantidas no servidor por %n dia</numerusform>
            <numerusform>mantidas no servidor por %n dias</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Account: %1 &lt;%2&gt;
Server: %3, port %4, %5
User name: %6
Messages: %7

When you click Finish, Satchel saves the account and fetches your mail.</source>
        <translation>Conta: %1 &lt;%2&gt;
Servidor: %3, porta %4, %5
Nome de usuário: %6
Mensagens: %7

Ao clicar em Concluir, o Satchel salvará a conta e receberá suas mensagens.</translation>
    </message>
</context>
<context>
    <name>AccountWizardFindPage</name>
    <message>
        <location filename="../ui/accountwizardfindpage.cpp" line="+15"/>
        <source>Finding your server settings</source>
        <translation>Procurando as configurações do servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satchel asks your provider&apos;s configuration service and DNS, then tries the usual server names. Nothing is sent to them but your domain.</source>
        <translation>O Satchel consulta o serviço de configuração do seu provedor e o DNS e, depois, tenta os nomes de servidor mais comuns. Nada além do seu domínio é enviado a eles.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Configure &amp;manually</source>
        <translation>Configurar &amp;manualmente</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Looking for settings…</source>
        <translation>Procurando configurações…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Found %1 (port %2, via %3). Check the settings on the next page.</source>
        <translation>Encontrado: %1 (porta %2, via %3). Confira as configurações na próxima página.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No settings were found for this address. Please enter them on the next page.</source>
        <translation>Nenhuma configuração foi encontrada para este endereço. Informe-as na próxima página.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Enter the server settings yourself.</source>
        <translation>Informe você mesmo as configurações do servidor.</translation>
    </message>
</context>
<context>
    <name>AccountWizardIdentityPage</name>
    <message>
        <location filename="../ui/accountwizardidentitypage.cpp" line="+12"/>
        <source>Your mail account</source>
        <translation>Sua conta de e-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satchel looks up the server settings for your address.</source>
        <translation>O Satchel procura as configurações do servidor para o seu endereço.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the e-mail address, unless you name it</source>
        <translation>o endereço de e-mail, se você não der outro nome</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>alice@example.com</source>
        <translation>ana@example.com</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not needed for Gmail or Microsoft 365 sign-in</source>
        <translation>não é necessária para login no Gmail ou no Microsoft 365</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;E-mail address:</source>
        <translation>&amp;Endereço de e-mail:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Senha:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account na&amp;me:</source>
        <translation>&amp;Nome da conta:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>There is already an account named “%1”. Give this one another name.</source>
        <translation>Já existe uma conta chamada “%1”. Dê outro nome a esta.</translation>
    </message>
</context>
<context>
    <name>AccountWizardRetentionPage</name>
    <message>
        <location filename="../ui/accountwizardretentionpage.cpp" line="+13"/>
        <source>Keeping mail on the server</source>
        <translation>Manter mensagens no servidor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satchel keeps every message here. These settings decide when it is removed from the server.</source>
        <translation>O Satchel guarda todas as mensagens aqui. Estas configurações definem quando elas são removidas do servidor.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source> minute(s)</source>
        <extracomment>Spin box suffix after a number of minutes; keep the leading space.</extracomment>
        <translation>
            <numerusform> minuto</numerusform>
            <numerusform> minutos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only on request</source>
        <translation>somente quando solicitado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Check for new mail every:</source>
        <translation>Verificar novas mensagens a &amp;cada:</translation>
    </message>
</context>
<context>
    <name>AccountWizardServerPage</name>
    <message>
        <location filename="../ui/accountwizardserverpage.cpp" line="+17"/>
        <source>Incoming mail server (POP3)</source>
        <translation>Servidor de entrada (POP3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check these settings; your provider&apos;s help pages list them.</source>
        <translation>Confira estas configurações; elas constam nas páginas de ajuda do seu provedor.</translation>
    </message>
</context>
<context>
    <name>AccountWizardTestPage</name>
    <message>
        <location filename="../ui/accountwizardtestpage.cpp" line="+19"/>
        <source>Testing the connection</source>
        <translation>Testando a conexão</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satchel connects to the server and logs in; no mail is downloaded or deleted.</source>
        <translation>O Satchel se conecta ao servidor e faz login; nenhuma mensagem é baixada ou excluída.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Test again</source>
        <translation>&amp;Testar novamente</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Satchel can sign in with OAuth2 only to Gmail and Microsoft 365; %1 is neither. Go back and choose another authentication.</source>
        <translation>O Satchel só consegue fazer login com OAuth2 no Gmail e no Microsoft 365; %1 não é nenhum dos dois. Volte e escolha outro método de autenticação.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sign in with %1 in your browser; Satchel opened the page. If it did not appear, open &lt;a href=&quot;%2&quot;&gt;this address&lt;/a&gt;.</source>
        <translation>Faça login com %1 no seu navegador; o Satchel abriu a página. Se ela não apareceu, abra &lt;a href=&quot;%2&quot;&gt;este endereço&lt;/a&gt;.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Signing in did not work: %1</source>
        <translation>Não foi possível fazer login: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opening the sign-in page in your browser…</source>
        <translation>Abrindo a página de login no seu navegador…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A sign-in is already running.</source>
        <translation>Já há um login em andamento.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Enter your password on the first page (Back), or choose OAuth2 on the server page for Gmail and Microsoft 365.</source>
        <translation>Digite sua senha na primeira página (Voltar) ou, para Gmail e Microsoft 365, escolha OAuth2 na página do servidor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connecting to %1 on port %2…</source>
        <translation>Conectando a %1 na porta %2…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Everything works.</source>
        <translation>Está tudo funcionando.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>You can go back and change the settings, or continue and fix them later.</source>
        <translation>Você pode voltar e alterar as configurações ou continuar e corrigi-las depois.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>You did not accept the certificate. Choose Test again to see it again.</source>
        <translation>Você não aceitou o certificado. Escolha Testar novamente para vê-lo de novo.</translation>
    </message>
</context>
<context>
    <name>Accounts::Autoconfig</name>
    <message>
        <location filename="../core/accounts/autoconfig.cpp" line="+124"/>
        <source>The configuration file is too large.</source>
        <translation>O arquivo de configuração é grande demais.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The configuration file declares a document type.</source>
        <translation>O arquivo de configuração declara um tipo de documento.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+31"/>
        <source>This is not an e-mail configuration file.</source>
        <translation>Este não é um arquivo de configuração de e-mail.</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The configuration file is not well-formed XML (%1).</source>
        <translation>O arquivo de configuração não é um XML bem formado (%1).</translation>
    </message>
</context>
<context>
    <name>Accounts::ConnectionTester</name>
    <message>
        <location filename="../core/accounts/connectiontester.cpp" line="+58"/>
        <source>Check the spelling of the server name, and that this computer is online.</source>
        <translation>Verifique se o nome do servidor está escrito corretamente e se este computador está conectado à internet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing answers on this port: check the port number (995 for SSL/TLS, 110 for STARTTLS) and the security choice.</source>
        <translation>Nada responde nesta porta: verifique o número da porta (995 para SSL/TLS, 110 para STARTTLS) e a opção de segurança.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check your network connection and try again; a firewall may block the port.</source>
        <translation>Verifique sua conexão de rede e tente novamente; um firewall pode estar bloqueando a porta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server did not answer in time: check the server name and port, or try again later.</source>
        <translation>O servidor não respondeu a tempo: verifique o nome do servidor e a porta ou tente novamente mais tarde.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Encryption could not be set up: the port may expect the other security choice (SSL/TLS on 995, STARTTLS on 110).</source>
        <translation>Não foi possível ativar a criptografia: talvez a porta espere a outra opção de segurança (SSL/TLS na 995, STARTTLS na 110).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s certificate is not trusted (self-signed, expired, or issued for another name). Check the server name, or ask your provider.</source>
        <translation>O certificado do servidor não é confiável (autoassinado, expirado ou emitido para outro nome). Verifique o nome do servidor ou consulte seu provedor.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server does not offer STARTTLS on this port. Try SSL/TLS on port 995.</source>
        <translation>O servidor não oferece STARTTLS nesta porta. Tente SSL/TLS na porta 995.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Someone may be interfering with the connection. Try another network.</source>
        <translation>Alguém pode estar interferindo na conexão. Tente outra rede.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server is busy or another program is reading this mailbox. Try again in a few minutes.</source>
        <translation>O servidor está ocupado ou outro programa está lendo esta caixa de correio. Tente novamente daqui a alguns minutos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server allows logging in only every few minutes. Try again later.</source>
        <translation>O servidor só permite fazer login a cada alguns minutos. Tente novamente mais tarde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose SSL/TLS or STARTTLS, or explicitly allow sending the password unencrypted.</source>
        <translation>Escolha SSL/TLS ou STARTTLS, ou permita explicitamente o envio da senha sem criptografia.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose another authentication method, such as Automatic or Normal password.</source>
        <translation>Escolha outro método de autenticação, como Automática ou Senha normal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The user name or password contains a line break or a NUL character.</source>
        <translation>O nome de usuário ou a senha contém uma quebra de linha ou um caractere NUL.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the user name (often the full e-mail address) and the password.</source>
        <translation>Verifique o nome de usuário (geralmente o endereço de e-mail completo) e a senha.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server refused this account. Ask your provider whether POP3 is enabled for it.</source>
        <translation>O servidor recusou esta conta. Pergunte ao seu provedor se o POP3 está habilitado para ela.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This server lacks a feature Satchel needs (UIDL).</source>
        <translation>Este servidor não tem um recurso de que o Satchel precisa (UIDL).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server answered something unexpected. The protocol log shows the details.</source>
        <translation>O servidor respondeu algo inesperado. O registro do protocolo mostra os detalhes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The test was cancelled.</source>
        <translation>O teste foi cancelado.</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Connected to %1 on port %2.</source>
        <translation>Conectado a %1 na porta %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The connection is NOT encrypted.</source>
        <translation>A conexão NÃO é criptografada.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+25"/>
        <source>The connection is encrypted.</source>
        <translation>A conexão é criptografada.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>The connection is encrypted with %1.</source>
        <translation>A conexão é criptografada com %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server did not list its capabilities.</source>
        <translation>O servidor não informou seus recursos.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server supports %1.</source>
        <translation>O servidor oferece suporte a %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logged in as %1.</source>
        <translation>Autenticado como %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n message(s) on the server.</source>
        <translation>
            <numerusform>Há %n mensagem no servidor.</numerusform>
            <numerusform>Há %n mensagens no servidor.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Accounts::OAuthProvider</name>
    <message>
        <location filename="../core/accounts/oauthprovider.cpp" line="+155"/>
        <source>no OAuth2 client id is configured for %1; set %2 and %3 in the environment to the client of a desktop application registered with %1</source>
        <translation>nenhum ID de cliente OAuth2 está configurado para %1; defina as variáveis de ambiente %2 e %3 com os dados do cliente de um aplicativo para desktop registrado em %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no OAuth2 client id is configured for %1; set %2 in the environment to the client id of a desktop application registered with %1</source>
        <translation>nenhum ID de cliente OAuth2 está configurado para %1; defina a variável de ambiente %2 com o ID de cliente de um aplicativo para desktop registrado em %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the OAuth2 authorization address of %1 is not a valid https address: %2</source>
        <translation>o endereço de autorização OAuth2 de %1 não é um endereço https válido: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the OAuth2 token address of %1 is not a valid https address: %2</source>
        <translation>o endereço de token OAuth2 de %1 não é um endereço https válido: %2</translation>
    </message>
</context>
<context>
    <name>Accounts::OAuthSignIn</name>
    <message>
        <location filename="../core/accounts/oauthsignin.cpp" line="+169"/>
        <source>cannot listen on 127.0.0.1 for the sign-in&apos;s answer from the browser</source>
        <translation>não é possível aguardar em 127.0.0.1 a resposta do navegador ao login</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Satchel received the answer. You can close this page and return to Satchel.</source>
        <translation>O Satchel recebeu a resposta. Você pode fechar esta página e voltar ao Satchel.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>there is no valid refresh token: sign in again</source>
        <translation>não há um token de atualização válido: faça login novamente</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the sign-in was cancelled</source>
        <translation>o login foi cancelado</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the answer from the browser does not belong to this sign-in (the state does not match); try again</source>
        <translation>a resposta do navegador não pertence a este login (o state não confere); tente novamente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>access was denied: the sign-in was cancelled or not allowed in the browser</source>
        <translation>acesso negado: o login foi cancelado ou não foi permitido no navegador</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 refused the sign-in: %2</source>
        <translation>%1 recusou o login: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 refused the sign-in: %2 (%3)</source>
        <translation>%1 recusou o login: %2 (%3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the answer from the browser carries no authorization code</source>
        <translation>a resposta do navegador não contém um código de autorização</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+15"/>
        <source>the token endpoint of %1 sent more than %2 KiB</source>
        <translation>o endpoint de token de %1 enviou mais de %2 KiB</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot reach the token endpoint of %1: %2</source>
        <translation>não é possível acessar o endpoint de token de %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the token endpoint of %1 answered HTTP %2</source>
        <translation>o endpoint de token de %1 respondeu HTTP %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 no longer accepts the saved sign-in (invalid_grant); sign in again</source>
        <translation>%1 não aceita mais o login salvo (invalid_grant); faça login novamente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the token endpoint of %1 refused: %2</source>
        <translation>o endpoint de token de %1 recusou: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the token endpoint of %1 refused: %2 (%3)</source>
        <translation>o endpoint de token de %1 recusou: %2 (%3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the token endpoint of %1 sent something other than JSON</source>
        <translation>o endpoint de token de %1 enviou algo que não é JSON</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the token endpoint of %1 sent a token of type %2, not Bearer</source>
        <translation>o endpoint de token de %1 enviou um token do tipo %2, e não Bearer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the token endpoint of %1 sent no valid access token</source>
        <translation>o endpoint de token de %1 não enviou um token de acesso válido</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the token endpoint of %1 sent an invalid refresh token</source>
        <translation>o endpoint de token de %1 enviou um token de atualização inválido</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>the sign-in did not finish within %n minute(s)</source>
        <translation>
            <numerusform>o login não foi concluído em %n minuto</numerusform>
            <numerusform>o login não foi concluído em %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>the sign-in did not finish within %n second(s)</source>
        <translation>
            <numerusform>o login não foi concluído em %n segundo</numerusform>
            <numerusform>o login não foi concluído em %n segundos</numerusform>
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
        <translation>sem criptografia</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>probe</source>
        <extracomment>Where the wizard found server settings: by trying the usual server names (a noun).</extracomment>
        <translation>teste dos nomes usuais</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is not an e-mail address.</source>
        <translation>%1 não é um endereço de e-mail.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Looking for a configuration at %1…</source>
        <translation>Procurando uma configuração em %1…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Looking up the DNS record %1…</source>
        <translation>Consultando o registro DNS %1…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>DNS (SRV)</source>
        <translation>DNS (SRV)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The DNS lookup took too long.</source>
        <translation>A consulta ao DNS demorou demais.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No settings were found. Please enter them yourself.</source>
        <translation>Nenhuma configuração foi encontrada. Informe-as você mesmo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trying %1 on port %2 (%3)…</source>
        <translation>Tentando %1 na porta %2 (%3)…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 on port %2: %3</source>
        <translation>%1 na porta %2: %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Found %1 on port %2 (%3).</source>
        <translation>Encontrado: %1 na porta %2 (%3).</translation>
    </message>
</context>
<context>
    <name>ArchiveRecoveryDialog</name>
    <message>
        <location filename="../ui/archiverecoverydialog.cpp" line="+24"/>
        <source>Recovering the mail archive</source>
        <translation>Recuperando o acervo de mensagens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copying every readable message into a new archive…</source>
        <translation>Copiando todas as mensagens legíveis para um novo acervo…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The archive could not be recovered: %1

The damaged archive is still in use; `satchel-cli recover` tries again from a terminal.</source>
        <translation>Não foi possível recuperar o acervo: %1

O acervo danificado continua em uso; `satchel-cli recover` tenta novamente a partir de um terminal.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n message(s) recovered.</source>
        <translation>
            <numerusform>%n mensagem recuperada.</numerusform>
            <numerusform>%n mensagens recuperadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n of them were read again from their raw bytes and are in Local Folders/Recovered.</source>
        <translation>
            <numerusform>%n delas foi relida a partir dos bytes brutos e está em Pastas locais/Recovered.</numerusform>
            <numerusform>%n delas foram relidas a partir dos bytes brutos e estão em Pastas locais/Recovered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n message(s) could not be read and are lost from the archive.</source>
        <translation>
            <numerusform>%n mensagem não pôde ser lida e se perdeu do acervo.</numerusform>
            <numerusform>%n mensagens não puderam ser lidas e se perderam do acervo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n lost message(s) will be downloaded again if the server still has them.</source>
        <translation>
            <numerusform>%n mensagem perdida será baixada novamente se o servidor ainda a tiver.</numerusform>
            <numerusform>%n mensagens perdidas serão baixadas novamente se o servidor ainda as tiver.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n message(s) still on a server may be downloaded again (their download record could not be read).</source>
        <translation>
            <numerusform>%n mensagem que ainda está em um servidor pode ser baixada novamente (não foi possível ler o registro de download dela).</numerusform>
            <numerusform>%n mensagens que ainda estão em um servidor podem ser baixadas novamente (não foi possível ler o registro de download delas).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The damaged file is kept as %1.</source>
        <translation>O arquivo danificado foi mantido como %1.</translation>
    </message>
</context>
<context>
    <name>ArchiveRecoveryPrompt</name>
    <message>
        <location filename="../ui/archiverecoveryprompt.cpp" line="+24"/>
        <source>Recover…</source>
        <translation>Recuperar…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy every readable message into a new archive</source>
        <translation>Copiar todas as mensagens legíveis para um novo acervo</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+14"/>
        <source>Recover the mail archive</source>
        <translation>Recuperar o acervo de mensagens</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Satchel will restart, copy every message it can still read into a new archive, and keep the damaged file beside it in the profile folder (satchel.sqlite.damaged-&lt;date&gt;). Messages that cannot be read are lost from the archive; those still on a server are downloaded again.

Copy the profile folder somewhere safe first if you can.</source>
        <translation>O Satchel será reiniciado, copiará todas as mensagens que ainda consegue ler para um novo acervo e manterá o arquivo danificado ao lado dele na pasta do perfil (satchel.sqlite.damaged-&lt;date&gt;). As mensagens que não puderem ser lidas serão perdidas do acervo; as que ainda estiverem em um servidor serão baixadas novamente.

Se possível, antes copie a pasta do perfil para um lugar seguro.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restart and Recover</source>
        <translation>Reiniciar e recuperar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot write to the profile folder %1.</source>
        <translation>Não é possível gravar na pasta do perfil %1.</translation>
    </message>
</context>
<context>
    <name>AttachmentBar</name>
    <message>
        <location filename="../ui/attachmentbar.cpp" line="+43"/>
        <source>The attachment could not be read from the message.</source>
        <translation>Não foi possível ler o anexo da mensagem.</translation>
    </message>
    <message>
        <location line="+40"/>
        <location line="+290"/>
        <source>O&amp;pen</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <location line="-288"/>
        <location line="+289"/>
        <source>Sa&amp;ve…</source>
        <translation>Sal&amp;var…</translation>
    </message>
    <message>
        <location line="-287"/>
        <location line="+290"/>
        <source>Save &amp;All…</source>
        <translation>Salvar &amp;todos…</translation>
    </message>
    <message>
        <location line="-276"/>
        <source>Attachments</source>
        <translation>Anexos</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Named in the message: %1</source>
        <translation>Nome indicado na mensagem: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown type</source>
        <translation>Tipo desconhecido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opening this file could run a program.</source>
        <translation>Abrir este arquivo pode executar um programa.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n anexo</numerusform>
            <numerusform>%n anexos</numerusform>
        </translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Open Attachment</source>
        <translation>Abrir anexo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” could run a program on your computer.</source>
        <translation>“%1” pode executar um programa no seu computador.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open it only if you trust the sender and expected this file. Saving it is safer than opening it.</source>
        <translation>Abra-o somente se você confia no remetente e esperava receber este arquivo. Salvá-lo é mais seguro do que abri-lo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open Anyway</source>
        <translation>Abrir mesmo assim</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No temporary folder could be created to open the attachment.</source>
        <translation>Não foi possível criar uma pasta temporária para abrir o anexo.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Save Attachment</source>
        <translation>Salvar anexo</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save All Attachments</source>
        <translation>Salvar todos os anexos</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>No application could open “%1”.</source>
        <translation>Nenhum aplicativo conseguiu abrir “%1”.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Opening…</source>
        <translation>Abrindo…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Saved as %1</source>
        <translation>Salvo como %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Saved %n file(s) in %1</source>
        <translation>
            <numerusform>%n arquivo salvo em %1</numerusform>
            <numerusform>%n arquivos salvos em %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save Attachments</source>
        <translation>Salvar anexos</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n attachment(s) could not be saved.</source>
        <translation>
            <numerusform>Não foi possível salvar %n anexo.</numerusform>
            <numerusform>Não foi possível salvar %n anexos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <location filename="../ui/certificatedialog.cpp" line="+29"/>
        <source>unknown</source>
        <translation>desconhecida</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Certificate changed</source>
        <translation>Certificado alterado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Certificate problem</source>
        <translation>Problema com o certificado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Satchel could not verify the identity of %1.</source>
        <translation>O Satchel não conseguiu verificar a identidade de %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The certificate of this server has changed since you accepted it on %1. This can mean someone is intercepting the connection.</source>
        <translation>O certificado deste servidor mudou desde que você o aceitou em %1. Isso pode significar que alguém está interceptando a conexão.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The certificate of this server has changed since you accepted it. This can mean someone is intercepting the connection.</source>
        <translation>O certificado deste servidor mudou desde que você o aceitou. Isso pode significar que alguém está interceptando a conexão.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The certificate could not be verified.</source>
        <translation>Não foi possível verificar o certificado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Subject:</source>
        <translation>Titular:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issuer:</source>
        <translation>Emissor:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Valid from:</source>
        <translation>Válido a partir de:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Valid until:</source>
        <translation>Válido até:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SHA-256 fingerprint:</source>
        <translation>Impressão digital SHA-256:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accept the certificate only if you expect it, for example because your provider publishes this fingerprint. Satchel will then trust this certificate, and no other, for %1.</source>
        <translation>Aceite o certificado somente se você já o esperava, por exemplo, porque seu provedor publica esta impressão digital. O Satchel passará a confiar neste certificado, e em nenhum outro, para %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Accept permanently for this server</source>
        <translation>&amp;Aceitar permanentemente para este servidor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reject</source>
        <translation>&amp;Rejeitar</translation>
    </message>
</context>
<context>
    <name>CertificatePinsView</name>
    <message>
        <location filename="../ui/certificatepinsview.cpp" line="+32"/>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subject</source>
        <translation>Titular</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SHA-256 fingerprint</source>
        <translation>Impressão digital SHA-256</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until</source>
        <translation>Válido até</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accepted on</source>
        <translation>Aceito em</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re&amp;move</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forget the selected certificate: the next connection to that server verifies it as usual, and asks again if that fails.</source>
        <translation>Esquecer o certificado selecionado: a próxima conexão com esse servidor o verificará normalmente e perguntará de novo se a verificação falhar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Certificates you accepted although they could not be verified:</source>
        <translation>Certificados que você aceitou mesmo sem poderem ser verificados:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Issued by %1</source>
        <translation>Emitido por %1</translation>
    </message>
</context>
<context>
    <name>CheckController</name>
    <message>
        <location filename="../ui/checkcontroller.cpp" line="+141"/>
        <source>%1 was not checked: Satchel needs its password. Choose Get Messages to enter it.</source>
        <translation>A conta %1 não foi verificada: o Satchel precisa da senha. Escolha Receber mensagens para digitá-la.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 was not checked: the server&apos;s certificate could not be verified and needs your review. Choose Get Messages to review it.</source>
        <translation>A conta %1 não foi verificada: não foi possível verificar o certificado do servidor, e ele precisa ser analisado por você. Escolha Receber mensagens para analisá-lo.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Checking %1 failed: %2</source>
        <translation>Falha ao verificar %1: %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Checking %1 failed: %2 The certificate was not accepted.</source>
        <translation>Falha ao verificar %1: %2 O certificado não foi aceito.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1: connecting…</source>
        <translation>%1: conectando…</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%1: %2 of %n message(s) (%3 of %4)</source>
        <extracomment>Progress of a check: account, messages done of %n, bytes done of all.</extracomment>
        <translation>
            <numerusform>%1: %2 de %n mensagem (%3 de %4)</numerusform>
            <numerusform>%1: %2 de %n mensagens (%3 de %4)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/satchel-cli/accountcommands.cpp" line="+36"/>
        <source>Adds a POP3 account.</source>
        <translation>Adiciona uma conta POP3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Account name (used by fetch).</source>
        <translation>Nome da conta (usado pelo fetch).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail address.</source>
        <translation>Endereço de e-mail.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>POP3 server.</source>
        <translation>Servidor POP3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Port (default 995 for tls, 110 otherwise).</source>
        <translation>Porta (padrão: 995 para tls, 110 nos demais casos).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tls, starttls or none.</source>
        <translation>tls, starttls ou none.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User name (default: the e-mail address).</source>
        <translation>Nome de usuário (padrão: o endereço de e-mail).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>auto, plain, login, cram-md5, apop or user (default auto).</source>
        <translation>auto, plain, login, cram-md5, apop ou user (padrão: auto).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep messages on the server.</source>
        <translation>Manter as mensagens no servidor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete messages from the server once stored here.</source>
        <translation>Excluir as mensagens do servidor depois de armazenadas aqui.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep messages on the server for D days (default 14).</source>
        <translation>Manter as mensagens no servidor por D dias (padrão: 14).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete from the server when deleted here for good.</source>
        <translation>Excluir do servidor quando excluídas aqui definitivamente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Store larger messages as headers only (KiB); fetch-rest gets the rest.</source>
        <translation>Guardar só os cabeçalhos de mensagens acima deste tamanho (KiB); fetch-rest baixa o resto.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Extra CA certificate (PEM) for this server.</source>
        <translation>Certificado de CA adicional (PEM) para este servidor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Allow sending the password without encryption.</source>
        <translation>Permitir o envio da senha sem criptografia.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the password from standard input and keep it in the keychain.</source>
        <translation>Ler a senha da entrada padrão e guardá-la no chaveiro.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep the password in the profile database when no keychain is reachable (readable by anyone who can read your files).</source>
        <translation>Guardar a senha no banco de dados do perfil quando nenhum chaveiro estiver acessível (legível por qualquer pessoa que possa ler seus arquivos).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>account add needs --%1</source>
        <translation>account add precisa de --%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--security must be tls, starttls or none</source>
        <translation>--security deve ser tls, starttls ou none</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--port must be 1..65535</source>
        <translation>--port deve estar entre 1 e 65535</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>account add needs --user or --email</source>
        <translation>account add precisa de --user ou --email</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--auth must be auto, plain, login, cram-md5, apop or user</source>
        <translation>--auth deve ser auto, plain, login, cram-md5, apop ou user</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>choose one of --keep-on-server, --delete-after-download and --leave-on-server-days</source>
        <translation>escolha apenas uma das opções --keep-on-server, --delete-after-download e --leave-on-server-days</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--leave-on-server-days must be a number of days</source>
        <translation>--leave-on-server-days deve ser um número de dias</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--size-limit must be a positive number of KiB</source>
        <translation>--size-limit deve ser um número positivo de KiB</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no certificate could be read from %1</source>
        <translation>nenhum certificado pôde ser lido de %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>warning: this account sends your password and mail unencrypted.</source>
        <translation>aviso: esta conta envia sua senha e suas mensagens sem criptografia.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning: this account has no encryption; fetching will refuse to send the password unless --allow-insecure-auth is given.</source>
        <translation>aviso: esta conta não tem criptografia; o fetch se recusará a enviar a senha, a menos que --allow-insecure-auth seja informado.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>there is already an account named %1</source>
        <translation>já existe uma conta chamada %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no password on standard input</source>
        <translation>nenhuma senha na entrada padrão</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the password could not be kept in the keychain (%1); pass --password-stdin to each fetch instead, or add --store-password-in-profile</source>
        <translation>não foi possível guardar a senha no chaveiro (%1); em vez disso, passe --password-stdin a cada fetch ou adicione --store-password-in-profile</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>warning: the password is stored in the profile, unencrypted in passwords.json, readable by anyone who can read your files.</source>
        <translation>aviso: a senha fica armazenada no perfil, sem criptografia, em passwords.json, legível por qualquer pessoa que possa ler seus arquivos.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>account %1 added (%2:%3, %4, %5)</source>
        <translation>conta %1 adicionada (%2:%3, %4, %5)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>usage: account remove NAME [--delete-mail]</source>
        <translation>uso: account remove NAME [--delete-mail]</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>account %1 removed with the messages of its Inbox</source>
        <translation>conta %1 removida junto com as mensagens da Caixa de entrada dela</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>account %1 removed; its messages are kept in Local Folders/%1</source>
        <translation>conta %1 removida; as mensagens dela foram mantidas em Local Folders/%1</translation>
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
            <numerusform>o acervo está danificado (%n problema listado); copie a pasta do perfil para um lugar seguro e, depois, execute &quot;satchel-cli recover&quot; para mover todas as mensagens legíveis para um novo acervo (o arquivo danificado é mantido)</numerusform>
            <numerusform>o acervo está danificado (%n problemas listados); copie a pasta do perfil para um lugar seguro e, depois, execute &quot;satchel-cli recover&quot; para mover todas as mensagens legíveis para um novo acervo (o arquivo danificado é mantido)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Copies every readable account, folder, message, ledger row and certificate pin of a damaged archive into a new one, rebuilds the search index, and puts the new archive in place. The damaged file is kept beside it as satchel.sqlite.damaged-&lt;time&gt;. Run it while no other Satchel program uses the profile.</source>
        <translation>Copia todas as contas, pastas, mensagens, registros de download e certificados fixados legíveis de um acervo danificado para um novo, reconstrói o índice de pesquisa e coloca o novo acervo no lugar. O arquivo danificado é mantido ao lado dele como satchel.sqlite.damaged-&lt;time&gt;. Execute-o enquanto nenhum outro programa do Satchel estiver usando o perfil.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../app/satchel-cli/fetchcommand.cpp" line="+63"/>
        <source>Print progress on stderr.</source>
        <translation>Mostrar o progresso em stderr.</translation>
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
            <numerusform>%1/%n mensagem</numerusform>
            <numerusform>%1/%n mensagens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Recovered %n message(s)</source>
        <translation>
            <numerusform>Recuperados: %n mensagem</numerusform>
            <numerusform>Recuperados: %n mensagens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> (%n read again from their raw bytes into Local Folders/Recovered)</source>
        <translation>
            <numerusform> (%n relida a partir dos bytes brutos para Local Folders/Recovered)</numerusform>
            <numerusform> (%n relidas a partir dos bytes brutos para Local Folders/Recovered)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>, %n account(s)</source>
        <translation>
            <numerusform>, %n conta</numerusform>
            <numerusform>, %n contas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n folder(s)</source>
        <translation>
            <numerusform>, %n pasta</numerusform>
            <numerusform>, %n pastas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n ledger row(s)</source>
        <translation>
            <numerusform>, %n registro de download</numerusform>
            <numerusform>, %n registros de download</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n certificate pin(s).</source>
        <translation>
            <numerusform>, %n certificado fixado.</numerusform>
            <numerusform>, %n certificados fixados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Lost: %n message(s) could not be read.</source>
        <translation>
            <numerusform>Perdida: %n mensagem não pôde ser lida.</numerusform>
            <numerusform>Perdidas: %n mensagens não puderam ser lidas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n ledger row(s) rebuilt from the ledger&apos;s index.</source>
        <translation>
            <numerusform>%n registro de download reconstruído a partir do índice do histórico de downloads.</numerusform>
            <numerusform>%n registros de download reconstruídos a partir do índice do histórico de downloads.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unreadable from the start (how many rows they had is unknown): %1.</source>
        <translation>Ilegíveis desde o início (não se sabe quantas linhas tinham): %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n lost message(s) will be downloaded again if the server still has them.</source>
        <translation>
            <numerusform>%n mensagem perdida será baixada novamente se o servidor ainda a tiver.</numerusform>
            <numerusform>%n mensagens perdidas serão baixadas novamente se o servidor ainda as tiver.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n ledger row(s) could not be read: the next fetch may download those messages again if the server still has them.</source>
        <translation>
            <numerusform>%n registro de download não pôde ser lido: o próximo fetch pode baixar essa mensagem novamente se o servidor ainda a tiver.</numerusform>
            <numerusform>%n registros de download não puderam ser lidos: o próximo fetch pode baixar essas mensagens novamente se o servidor ainda as tiver.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The damaged file is kept as %1.</source>
        <translation>O arquivo danificado foi mantido como %1.</translation>
    </message>
    <message>
        <location filename="../app/satchel-cli/fetchcommand.cpp" line="-30"/>
        <source>satchel-cli: %1 signs in with OAuth2, which satchel-cli cannot do yet; check it from the Satchel window, or pass an access token with --password-stdin</source>
        <translation>satchel-cli: %1 faz login com OAuth2, o que o satchel-cli ainda não sabe fazer; verifique a conta pela janela do Satchel ou passe um token de acesso com --password-stdin</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>satchel-cli: %1: no password (%2); use --password-stdin</source>
        <translation>satchel-cli: %1: sem senha (%2); use --password-stdin</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Retrieves new mail for the named accounts, or all.</source>
        <translation>Recebe novas mensagens das contas indicadas, ou de todas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+93"/>
        <source>Read the password from standard input.</source>
        <translation>Ler a senha da entrada padrão.</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Accounts to fetch (default: all).</source>
        <translation>Contas a verificar (padrão: todas).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>there are no accounts; add one with &quot;account add&quot;</source>
        <translation>não há contas; adicione uma com &quot;account add&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>there is no account named %1</source>
        <translation>não existe uma conta chamada %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--password-stdin works with one account at a time</source>
        <translation>--password-stdin funciona com uma conta de cada vez</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: %2 new, %3 deleted from the server, %4 on the server</source>
        <translation>%1: %2 novas, %3 excluídas do servidor, %4 no servidor</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Downloads the rest of a message stored as headers only (over the size limit).</source>
        <translation>Baixa o restante de uma mensagem armazenada só com os cabeçalhos (acima do limite de tamanho).</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../app/satchel-cli/messagecommands.cpp" line="+111"/>
        <source>Message id (see list).</source>
        <translation>ID da mensagem (veja list).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>usage: fetch-rest ID [--password-stdin]</source>
        <translation>uso: fetch-rest ID [--password-stdin]</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>message %1 did not come from an account</source>
        <translation>a mensagem %1 não veio de uma conta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>message %1 is already complete</source>
        <translation>a mensagem %1 já está completa</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the account of message %1 no longer exists</source>
        <translation>a conta da mensagem %1 não existe mais</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>message %1 downloaded in full</source>
        <translation>mensagem %1 baixada por completo</translation>
    </message>
    <message>
        <location filename="../app/satchel-cli/messagecommands.cpp" line="-87"/>
        <source>&quot;%1&quot; is not a message id</source>
        <translation>&quot;%1&quot; não é um ID de mensagem</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../app/satchel-cli/searchcommands.cpp" line="+106"/>
        <source>there is no folder %1; see &quot;satchel-cli folders&quot;</source>
        <translation>não existe a pasta %1; veja &quot;satchel-cli folders&quot;</translation>
    </message>
    <message>
        <location line="+22"/>
        <location filename="../app/satchel-cli/searchcommands.cpp" line="-53"/>
        <source>Only this folder.</source>
        <translation>Somente esta pasta.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/satchel-cli/searchcommands.cpp" line="+11"/>
        <source>tsv (default) or json.</source>
        <translation>tsv (padrão) ou json.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../app/satchel-cli/searchcommands.cpp" line="+20"/>
        <source>--format must be tsv or json</source>
        <translation>--format deve ser tsv ou json</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Write the stored bytes unchanged.</source>
        <translation>Gravar os bytes armazenados sem alteração.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>usage: show ID [--raw]</source>
        <translation>uso: show ID [--raw]</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>there is no message %1</source>
        <translation>não existe a mensagem %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>usage: delete ID</source>
        <translation>uso: delete ID</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>message %1 moved to Trash</source>
        <translation>mensagem %1 movida para a Lixeira</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>message %1 deleted</source>
        <translation>mensagem %1 excluída</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>usage: move ID FOLDER</source>
        <translation>uso: move ID FOLDER</translation>
    </message>
    <message>
        <location filename="../app/satchel-cli/searchcommands.cpp" line="-60"/>
        <source>--%1 needs a number of at least %2</source>
        <translation>--%1 precisa de um número maior ou igual a %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Searches the archive. Words must all match; also &quot;a phrase&quot;, prefix*, OR, -word,
( ), from: to: cc: subject: body: filename:, has:attachment, is:unread is:read
is:flagged, in:FOLDER, account:NAME, before:/after:YYYY-MM-DD,
older_than:/newer_than:30d (d w m y), larger:/smaller:5M (K M G).
tsv: id, date, folder, from, subject, flags, size, snippet ([matches] marked).</source>
        <translation>Pesquisa no acervo. Todas as palavras devem constar; também &quot;uma frase&quot;, OR,
prefixo*, -palavra, ( ), from: to: cc: subject: body: filename:, has:attachment,
is:unread is:read is:flagged, in:PASTA, account:NOME, before:/after:AAAA-MM-DD,
older_than:/newer_than:30d (d w m y), larger:/smaller:5M (K M G).
tsv: id, data, pasta, de, assunto, marcadores, tamanho, trecho ([ocorrências]).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>At most N results (default 50).</source>
        <translation>No máximo N resultados (padrão: 50).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skip the first N results (for paging).</source>
        <translation>Pular os primeiros N resultados (para paginação).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>newest (default) or relevance.</source>
        <translation>newest (padrão) ou relevance.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print only the number of matching messages.</source>
        <translation>Mostrar apenas o número de mensagens correspondentes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave out the extracts (faster).</source>
        <translation>Omitir os trechos (mais rápido).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What to search for.</source>
        <translation>O que pesquisar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>usage: search QUERY [options]; see search --help</source>
        <translation>uso: search QUERY [opções]; veja search --help</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--sort must be newest or relevance</source>
        <translation>--sort deve ser newest ou relevance</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Rebuilds the search index from the stored messages (also drops what deleted messages left behind in it).</source>
        <translation>Reconstrói o índice de pesquisa a partir das mensagens armazenadas (e também remove dele o que as mensagens excluídas deixaram para trás).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Report progress on standard error.</source>
        <translation>Informar o progresso na saída de erro padrão.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>usage: reindex [--progress]</source>
        <translation>uso: reindex [--progress]</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>indexed %1 of %2</source>
        <translation>%1 de %2 indexadas</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Indexed %n message(s).</source>
        <translation>
            <numerusform>%n mensagem indexada.</numerusform>
            <numerusform>%n mensagens indexadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/satchel-cli/transfercommands.cpp" line="+62"/>
        <source>%1 (after %n message(s) were imported)</source>
        <translation>
            <numerusform>%1 (depois que %n mensagem foi importada)</numerusform>
            <numerusform>%1 (depois que %n mensagens foram importadas)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Local folder to import into (created when missing).</source>
        <translation>Pasta local para onde importar (criada se não existir).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An mbox file (mboxrd).</source>
        <translation>Um arquivo mbox (mboxrd).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A Maildir folder.</source>
        <translation>Uma pasta Maildir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A message file (repeatable).</source>
        <translation>Um arquivo de mensagem (pode ser repetido).</translation>
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
            <numerusform>%n mensagem importada para %1</numerusform>
            <numerusform>%n mensagens importadas para %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Folder to export.</source>
        <translation>Pasta a exportar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write one mbox file (mboxrd); it must not exist.</source>
        <translation>Gravar um único arquivo mbox (mboxrd), que não deve existir previamente.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write one .eml file per message.</source>
        <translation>Gravar um arquivo .eml por mensagem.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>usage: export --folder F (--mbox FILE | --eml-dir DIR)</source>
        <translation>uso: export --folder F (--mbox FILE | --eml-dir DIR)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>there is no folder %1</source>
        <translation>não existe a pasta %1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n message(s) exported</source>
        <translation>
            <numerusform>%n mensagem exportada</numerusform>
            <numerusform>%n mensagens exportadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <location filename="../ui/errorbanner.cpp" line="+32"/>
        <source>Details…</source>
        <translation>Detalhes…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dismiss</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>What happened</source>
        <translation>O que aconteceu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The conversation with the server (passwords are hidden):</source>
        <translation>A conversa com o servidor (as senhas ficam ocultas):</translation>
    </message>
</context>
<context>
    <name>FolderTreeModel</name>
    <message>
        <location filename="../ui/foldertreemodel.cpp" line="+212"/>
        <source>All Inboxes</source>
        <translation>Todas as caixas de entrada</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Inbox</source>
        <translation>Caixa de entrada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Archive</source>
        <extracomment>The name of the local folder where archived messages are kept (a noun).</extracomment>
        <translation>Arquivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trash</source>
        <translation>Lixeira</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local Folders</source>
        <translation>Pastas locais</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 unread of %2</source>
        <translation>%1 não lidas de %2</translation>
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
            <numerusform>%n nova mensagem</numerusform>
            <numerusform>%n novas mensagens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n message(s) found</source>
        <translation>
            <numerusform>%n mensagem encontrada</numerusform>
            <numerusform>%n mensagens encontradas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&lt;b&gt;No account yet.&lt;/b&gt; Add one with File › Add Account…, which finds the server settings and tests them. Imported mail (File › Import) can be read without an account.</source>
        <translation>&lt;b&gt;Nenhuma conta configurada.&lt;/b&gt; Adicione uma em Arquivo › Adicionar conta…, que encontra as configurações do servidor e as testa. As mensagens importadas (Arquivo › Importar) podem ser lidas sem uma conta.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Opening the archive…</source>
        <translation>Abrindo o acervo de mensagens…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Add &amp;Account…</source>
        <translation>Adicionar &amp;conta…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account &amp;Settings…</source>
        <translation>&amp;Configurações da conta…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Get Messages</source>
        <translation>&amp;Receber mensagens</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check every account for new mail (F5)</source>
        <translation>Verificar novas mensagens em todas as contas (F5)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Stop Checking</source>
        <translation>&amp;Parar verificação</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark as &amp;Read</source>
        <translation>Marcar como &amp;lida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark as &amp;Unread</source>
        <translation>Marcar como &amp;não lida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Flag</source>
        <translation>&amp;Sinalizar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;Excluir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete &amp;Permanently…</source>
        <translation>Excluir &amp;permanentemente…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Archive</source>
        <translation>&amp;Arquivar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Move to Folder…</source>
        <translation>&amp;Mover para pasta…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Copy to Folder…</source>
        <translation>&amp;Copiar para pasta…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Next Unread</source>
        <translation>Pró&amp;xima não lida</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+382"/>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <location line="-379"/>
        <source>&amp;Search</source>
        <translation>&amp;Pesquisar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New Folder…</source>
        <translation>&amp;Nova pasta…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rename Folder…</source>
        <translation>&amp;Renomear pasta…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete Folder…</source>
        <translation>&amp;Excluir pasta…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Empty Trash…</source>
        <translation>Esvaziar &amp;Lixeira…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport Selected Messages…</source>
        <translation>E&amp;xportar mensagens selecionadas…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;Folder…</source>
        <translation>Exportar pas&amp;ta…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Selected as .&amp;eml Files…</source>
        <translation>Exportar selecionadas como arquivos .em&amp;l…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import mbox or .eml…</source>
        <translation>&amp;Importar mbox ou .eml…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import &amp;Maildir…</source>
        <translation>Importar &amp;Maildir…</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Pre&amp;vious Unread</source>
        <translation>Ante&amp;rior não lida</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Configurações…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Satchel</source>
        <translation>&amp;Sobre o Satchel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A&amp;ccount Settings</source>
        <translation>Confi&amp;gurações da conta</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Message</source>
        <translation>&amp;Mensagem</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>F&amp;older</source>
        <translation>&amp;Pasta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Main</source>
        <extracomment>The name of the main toolbar (shown in the toolbar&apos;s context menu).</extracomment>
        <translation>Principal</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>The mail archive cannot be opened: %1</source>
        <translation>Não é possível abrir o acervo de mensagens: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No archive</source>
        <translation>Sem acervo</translation>
    </message>
    <message>
        <location line="+158"/>
        <location line="+23"/>
        <source>Delete permanently</source>
        <translation>Excluir permanentemente</translation>
    </message>
    <message numerus="yes">
        <location line="-22"/>
        <source>Delete %n message(s) permanently? This cannot be undone.</source>
        <translation>
            <numerusform>Excluir %n mensagem permanentemente? Esta ação não pode ser desfeita.</numerusform>
            <numerusform>Excluir %n mensagens permanentemente? Esta ação não pode ser desfeita.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Delete %n message(s) from the Trash permanently? This cannot be undone.</source>
        <translation>
            <numerusform>Excluir permanentemente %n mensagem da Lixeira? Esta ação não pode ser desfeita.</numerusform>
            <numerusform>Excluir permanentemente %n mensagens da Lixeira? Esta ação não pode ser desfeita.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete</source>
        <extracomment>Names the step in &quot;Undo %1&quot; (a verb, as in the Edit menu&apos;s &quot;Undo Delete&quot;).</extracomment>
        <translation>exclusão</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Undo %1</source>
        <translation>&amp;Desfazer %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1: %n message(s). Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>Concluído: %1 de %n mensagem. Desfaça com Ctrl+Z.</numerusform>
            <numerusform>Concluído: %1 de %n mensagens. Desfaça com Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Archive</source>
        <extracomment>Names the step in &quot;Undo %1&quot; (a verb: &quot;Undo Archive&quot;).</extracomment>
        <translation>arquivamento</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Copy to folder</source>
        <translation>Copiar para pasta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move to folder</source>
        <translation>Mover para pasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder:</source>
        <translation>Pasta:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Move</source>
        <extracomment>Names the step in &quot;Undo %1&quot; (a verb: &quot;Undo Move&quot;).</extracomment>
        <translation>movimentação</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New folder</source>
        <translation>Nova pasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name of the new folder in Local Folders:</source>
        <translation>Nome da nova pasta em Pastas locais:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rename folder</source>
        <translation>Renomear pasta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New name:</source>
        <translation>Novo nome:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete folder</source>
        <translation>Excluir pasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the folder &quot;%1&quot;? Its messages go to the Trash.</source>
        <translation>Excluir a pasta “%1”? As mensagens dela irão para a Lixeira.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Empty Trash</source>
        <translation>Esvaziar Lixeira</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete every message in the Trash permanently?</source>
        <translation>Excluir permanentemente todas as mensagens da Lixeira?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export to mbox</source>
        <translation>Exportar para mbox</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mailbox files (*.mbox);;All files (*)</source>
        <translation>Arquivos de caixa de correio (*.mbox);;Todos os arquivos (*)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <location line="+12"/>
        <source>Exporting %n message(s)…</source>
        <translation>
            <numerusform>Exportando %n mensagem…</numerusform>
            <numerusform>Exportando %n mensagens…</numerusform>
        </translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Export as .eml files into</source>
        <translation>Exportar como arquivos .eml para a pasta</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import a Maildir folder (the one holding cur and new)</source>
        <translation>Importar uma pasta Maildir (a que contém cur e new)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+14"/>
        <source>Importing %1 into Local Folders/%1…</source>
        <translation>Importando %1 para Pastas locais/%1…</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Import mail</source>
        <translation>Importar mensagens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mailbox files (*.mbox *.mbx *.mbs);;Message files (*.eml);;All files (*)</source>
        <translation>Arquivos de caixa de correio (*.mbox *.mbx *.mbs);;Arquivos de mensagem (*.eml);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>About Satchel</source>
        <translation>Sobre o Satchel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Satchel %1&lt;/h3&gt;&lt;p&gt;A POP3 mail client for reading your mail offline on one computer.&lt;/p&gt;&lt;p&gt;Profile: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Satchel %1&lt;/h3&gt;&lt;p&gt;Um cliente de e-mail POP3 para ler suas mensagens offline em um único computador.&lt;/p&gt;&lt;p&gt;Perfil: %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MessageListModel</name>
    <message>
        <location filename="../ui/messagelistmodel.cpp" line="+279"/>
        <source>Unread</source>
        <extracomment>Tooltip of the read/unread column: the message&apos;s state (adjective).</extracomment>
        <translation>Não lida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read</source>
        <translation>Lida</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+122"/>
        <source>Flagged</source>
        <translation>Sinalizada</translation>
    </message>
    <message>
        <location line="-122"/>
        <source>Not flagged</source>
        <translation>Não sinalizada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Has attachments</source>
        <translation>Com anexos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No attachments</source>
        <translation>Sem anexos</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>(no subject)</source>
        <translation>(sem assunto)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Today %1</source>
        <translation>Hoje, %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yesterday %1</source>
        <translation>Ontem, %1</translation>
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
        <translation>Assunto</translation>
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
        <translation>Tamanho</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder</source>
        <translation>Pasta</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Read or unread</source>
        <translation>Lida ou não lida</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attachments</source>
        <translation>Anexos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sender</source>
        <translation>Remetente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date sent</source>
        <translation>Data de envio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size of the message</source>
        <translation>Tamanho da mensagem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder the message is in</source>
        <translation>A pasta em que a mensagem está</translation>
    </message>
</context>
<context>
    <name>MessageSourceDialog</name>
    <message>
        <location filename="../ui/messagesourcedialog.cpp" line="+19"/>
        <source>Message Source</source>
        <translation>Código-fonte da mensagem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message Source – %1</source>
        <translation>Código-fonte da mensagem – %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This message is %1; only its first %2 are shown.</source>
        <translation>Esta mensagem tem %1; só o início (%2) é exibido.</translation>
    </message>
</context>
<context>
    <name>Mime::AttachmentSaver</name>
    <message>
        <location filename="../core/mime/attachmentsaver.cpp" line="+65"/>
        <source>No folder was chosen to save the attachment in.</source>
        <translation>Nenhuma pasta foi escolhida para salvar o anexo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder “%1” does not exist.</source>
        <translation>A pasta “%1” não existe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is not a folder.</source>
        <translation>“%1” não é uma pasta.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There are too many files named “%1” in the folder “%2”. Choose another folder.</source>
        <translation>Há arquivos demais chamados “%1” na pasta “%2”. Escolha outra pasta.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot save files in the folder “%1”: %2. Check that the folder is writable.</source>
        <translation>Não é possível salvar arquivos na pasta “%1”: %2. Verifique se você tem permissão de gravação na pasta.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not write “%1”: %2. The disk may be full.</source>
        <translation>Não foi possível gravar “%1”: %2. O disco pode estar cheio.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” was changed by another program while it was being saved. Check the folder “%2”.</source>
        <translation>“%1” foi alterado por outro programa enquanto era salvo. Verifique a pasta “%2”.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Could not save “%1”: %2.</source>
        <translation>Não foi possível salvar “%1”: %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not save “%1” because other programs keep creating files with the same name in the folder “%2”.</source>
        <translation>Não foi possível salvar “%1” porque outros programas continuam criando arquivos com o mesmo nome na pasta “%2”.</translation>
    </message>
</context>
<context>
    <name>Mime::MessageParser</name>
    <message>
        <location filename="../core/mime/messageparser.cpp" line="+259"/>
        <source>Parts nested too deeply are not shown.</source>
        <translation>Partes aninhadas profundamente demais não são exibidas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This message has too many parts; only the first %1 are shown.</source>
        <translation>Esta mensagem tem partes demais; apenas as primeiras %1 são exibidas.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+116"/>
        <location line="+71"/>
        <source>This message is encrypted. Satchel cannot decrypt it.</source>
        <translation>Esta mensagem está criptografada. O Satchel não consegue descriptografá-la.</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>A forwarded message is too large to show; it is kept as an attachment.</source>
        <translation>Uma mensagem encaminhada é grande demais para ser exibida; ela foi mantida como anexo.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>This message is signed in a form Satchel cannot show (S/MIME opaque signature).</source>
        <translation>Esta mensagem está assinada em um formato que o Satchel não consegue exibir (assinatura S/MIME opaca).</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Part of the text is too long and is not shown in full.</source>
        <translation>Parte do texto é longa demais e não é exibida por completo.</translation>
    </message>
    <message>
        <location line="+109"/>
        <source>This message could not be understood; it is shown as raw text.</source>
        <translation>Não foi possível interpretar esta mensagem; ela é exibida como texto bruto.</translation>
    </message>
</context>
<context>
    <name>OAuthTokenSource</name>
    <message>
        <location filename="../ui/oauthtokensource.cpp" line="+36"/>
        <source>Signing in to %1 was cancelled.</source>
        <translation>O login na conta %1 foi cancelado.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Satchel is already signing in to %1.</source>
        <translation>O Satchel já está fazendo login na conta %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Satchel can sign in with OAuth2 only to Gmail and Microsoft 365; %1 is neither. Choose another authentication in the account settings.</source>
        <translation>O Satchel só consegue fazer login com OAuth2 no Gmail e no Microsoft 365; %1 não é nenhum dos dois. Escolha outro método de autenticação nas configurações da conta.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 was not checked: Satchel needs you to sign in with %2. Choose Get Messages to sign in.</source>
        <translation>A conta %1 não foi verificada: o Satchel precisa que você faça login com %2. Escolha Receber mensagens para fazer login.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Signing in with %1 did not work: %2</source>
        <translation>Não foi possível fazer login com %1: %2</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <location filename="../ui/passworddialog.cpp" line="+15"/>
        <source>Password for %1</source>
        <translation>Senha de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password for %1 on %2:</source>
        <translation>Senha de %1 em %2:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Remember it in the system keychain</source>
        <translation>&amp;Lembrar no chaveiro do sistema</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No keychain is available, so Satchel keeps the password only until it quits.</source>
        <translation>Não há chaveiro disponível, então o Satchel guarda a senha apenas até ser fechado.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Remember it in my profile (stored unencrypted)</source>
        <translation>&amp;Lembrar no meu perfil (armazenada sem criptografia)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anyone who can read your files, or a backup of them, can read a password remembered this way.</source>
        <translation>Qualquer pessoa que possa ler seus arquivos, ou um backup deles, poderá ler uma senha lembrada desta forma.</translation>
    </message>
</context>
<context>
    <name>Pop3::Error</name>
    <message>
        <location filename="../core/pop3/pop3error.cpp" line="+21"/>
        <source>The mail server&apos;s name could not be found. Check the server name and your network connection.</source>
        <translation>O nome do servidor de e-mail não foi encontrado. Verifique o nome do servidor e sua conexão de rede.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The mail server refused the connection. Check the server name and port.</source>
        <translation>O servidor de e-mail recusou a conexão. Verifique o nome do servidor e a porta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not connect to the mail server.</source>
        <translation>Não foi possível conectar ao servidor de e-mail.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection to the mail server was lost. Nothing was deleted on the server; the next check continues where this one stopped.</source>
        <translation>A conexão com o servidor de e-mail foi perdida. Nada foi excluído no servidor; a próxima verificação continuará de onde esta parou.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The mail server did not answer in time.</source>
        <translation>O servidor de e-mail não respondeu a tempo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A secure (TLS) connection to the mail server could not be established.</source>
        <translation>Não foi possível estabelecer uma conexão segura (TLS) com o servidor de e-mail.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The mail server&apos;s certificate could not be verified, so nothing was sent to it. Someone may be impersonating the server.</source>
        <translation>Não foi possível verificar o certificado do servidor de e-mail, por isso nada foi enviado a ele. Alguém pode estar se passando pelo servidor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server does not offer STARTTLS, which this account requires. Satchel will not send your mail or password unencrypted.</source>
        <translation>O servidor não oferece STARTTLS, que esta conta exige. O Satchel não enviará suas mensagens nem sua senha sem criptografia.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server refused to start an encrypted (STARTTLS) connection. Satchel will not continue unencrypted.</source>
        <translation>O servidor se recusou a iniciar uma conexão criptografada (STARTTLS). O Satchel não continuará sem criptografia.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server sent unexpected data while switching to encryption. This can be an attack on the connection, so Satchel stopped.</source>
        <translation>O servidor enviou dados inesperados ao ativar a criptografia. Isso pode ser um ataque à conexão, por isso o Satchel parou.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The mail server is not accepting connections right now.</source>
        <translation>O servidor de e-mail não está aceitando conexões no momento.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your password would be sent unencrypted. Enable encryption for this account, or explicitly allow unencrypted passwords in its settings.</source>
        <translation>Sua senha seria enviada sem criptografia. Ative a criptografia para esta conta ou permita explicitamente senhas sem criptografia nas configurações dela.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server offers no sign-in method this account allows. Try another authentication method in the account settings.</source>
        <translation>O servidor não oferece nenhum método de login permitido por esta conta. Tente outro método de autenticação nas configurações da conta.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The user name or password contains characters that cannot be sent.</source>
        <translation>O nome de usuário ou a senha contém caracteres que não podem ser enviados.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server did not accept the user name or password.</source>
        <translation>O servidor não aceitou o nome de usuário ou a senha.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mailbox is in use by another program. Satchel will try again later.</source>
        <translation>A caixa de correio está sendo usada por outro programa. O Satchel tentará novamente mais tarde.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server asks to wait longer between checks for mail.</source>
        <translation>O servidor pede um intervalo maior entre as verificações de novas mensagens.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mail server has a temporary problem. Satchel will try again later.</source>
        <translation>O servidor de e-mail está com um problema temporário. O Satchel tentará novamente mais tarde.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The mail server reported a permanent problem with this mailbox.</source>
        <translation>O servidor de e-mail informou um problema permanente com esta caixa de correio.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mail server could not carry out a request.</source>
        <translation>O servidor de e-mail não conseguiu atender a uma solicitação.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mail server sent something Satchel does not understand, so the connection was closed.</source>
        <translation>O servidor de e-mail enviou algo que o Satchel não entende, por isso a conexão foi encerrada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A message could not be saved on this computer, so the check was stopped. Nothing was deleted on the server.</source>
        <translation>Não foi possível salvar uma mensagem neste computador, por isso a verificação foi interrompida. Nada foi excluído no servidor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server cannot do what this account&apos;s settings need.</source>
        <translation>O servidor não consegue fazer o que as configurações desta conta exigem.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled. Nothing was deleted on the server.</source>
        <translation>Cancelado. Nada foi excluído no servidor.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The server said: “%1”</source>
        <translation>O servidor respondeu: “%1”</translation>
    </message>
</context>
<context>
    <name>ReadingPane</name>
    <message>
        <location filename="../ui/readingpane.cpp" line="+58"/>
        <source>View &amp;Source</source>
        <translation>Ver código-&amp;fonte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show the message as it was received (Ctrl+U)</source>
        <translation>Mostrar a mensagem como ela foi recebida (Ctrl+U)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No message selected</source>
        <translation>Nenhuma mensagem selecionada</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>The account keeps messages on the server for a while after downloading them.</source>
        <translation>A conta mantém as mensagens no servidor por um tempo depois de baixá-las.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>From:</source>
        <translation>De:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To:</source>
        <translation>Para:</translation>
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
        <translation>Mostrar a mensagem com a formatação do remetente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>P&amp;lain Text</source>
        <translation>Texto &amp;simples</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the message as plain text</source>
        <translation>Mostrar a mensagem como texto simples</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Loa&amp;d</source>
        <translation>Carre&amp;gar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load the remote images of this message. The sender may learn that you opened it.</source>
        <translation>Carregar as imagens remotas desta mensagem. O remetente poderá saber que você a abriu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Al&amp;ways for This Sender</source>
        <translation>Sempre para este &amp;remetente</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>(no subject)</source>
        <translation>(sem assunto)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown</source>
        <translation>Desconhecida</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (received; the message has no valid date)</source>
        <translation>%1 (data de recebimento; a mensagem não tem uma data válida)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>As sent: %1</source>
        <translation>Conforme enviada: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>%n more</source>
        <translation>
            <numerusform>mais %n</numerusform>
            <numerusform>mais %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>%n remote image(s) blocked</source>
        <translation>
            <numerusform>%n imagem remota bloqueada</numerusform>
            <numerusform>%n imagens remotas bloqueadas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Satchel did not load them, so the sender cannot tell that you opened the message.</source>
        <translation>O Satchel não as carregou, então o remetente não tem como saber que você abriu a mensagem.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From: %1</source>
        <translation>Origem: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Always load remote images in messages from %1</source>
        <translation>Sempre carregar imagens remotas nas mensagens de %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only the headers of this message were downloaded.</source>
        <translation>Somente os cabeçalhos desta mensagem foram baixados.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This message has no text.</source>
        <translation>Esta mensagem não tem texto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The message is too long to show in full.</source>
        <translation>A mensagem é longa demais para ser exibida por completo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The message is signed; Satchel does not check signatures.</source>
        <translation>A mensagem está assinada; o Satchel não verifica assinaturas.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Leaves the server at the next check for new mail</source>
        <translation>Será removida do servidor na próxima verificação de novas mensagens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leaves the server on %1</source>
        <translation>Será removida do servidor em %1</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy &amp;All</source>
        <translation>Copiar t&amp;udo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Copy &amp;Address</source>
        <translation>Copiar &amp;endereço</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copy &amp;Name and Address</source>
        <translation>Copiar &amp;nome e endereço</translation>
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
        <translation>&amp;Deixar as mensagens no servidor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;For at most</source>
        <translation>Por no má&amp;ximo</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source> day(s)</source>
        <extracomment>Spin box suffix after a number of days; keep the leading space.</extracomment>
        <translation>
            <numerusform> dia</numerusform>
            <numerusform> dias</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Delete from the server when I delete them here</source>
        <translation>Exc&amp;luir do servidor quando eu as excluir aqui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Download only the headers of messages larger than</source>
        <translation>Baixar apenas os cabeçalhos das mensagens maiores que</translation>
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
        <translation>Não há nada para pesquisar nesta consulta: ela não tem letras nem dígitos.</translation>
    </message>
    <message>
        <location line="+207"/>
        <source>There is no folder &quot;%1&quot; (in: takes a folder as &quot;satchel-cli folders&quot; lists it, or its name).</source>
        <translation>Não existe a pasta “%1” (in: aceita uma pasta como listada por &quot;satchel-cli folders&quot; ou o nome dela).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>There is no account &quot;%1&quot;.</source>
        <translation>Não existe a conta “%1”.</translation>
    </message>
</context>
<context>
    <name>Search::QueryParser</name>
    <message>
        <location filename="../core/search/queryparser.cpp" line="+358"/>
        <source>This search has too many words and filters (more than %1). Remove some and try again.</source>
        <translation>Esta pesquisa tem palavras e filtros demais (mais de %1). Remova alguns e tente novamente.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>“%1:” needs a word right after the colon, for example %2.</source>
        <translation>“%1:” precisa de uma palavra logo após os dois-pontos, por exemplo, %2.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>“%1:” needs a value right after the colon, for example %2.</source>
        <translation>“%1:” precisa de um valor logo após os dois-pontos, por exemplo, %2.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“%1” is not something has: can look for. Use has:attachment.</source>
        <translation>has: não sabe procurar por “%1”. Use has:attachment.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” is not something is: can look for. Use is:unread, is:read or is:flagged.</source>
        <translation>is: não sabe procurar por “%1”. Use is:unread, is:read ou is:flagged.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>“%1” is not a date %2: understands. Write it as YYYY-MM-DD or YYYY/MM/DD, for example %3.</source>
        <translation>%2: não entende “%1” como data. Escreva no formato AAAA-MM-DD ou AAAA/MM/DD, por exemplo, %3.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+19"/>
        <source>“%1” is too large a number for %2:.</source>
        <translation>%2: não aceita um número tão grande quanto “%1”.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>“%1” is not an age %2: understands. Write a number followed by d (days), w (weeks), m (months) or y (years), for example %3.</source>
        <translation>%2: não entende “%1” como idade. Escreva um número seguido de d (dias), w (semanas), m (meses) ou y (anos), por exemplo, %3.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>“%1” is not a size %2: understands. Write a number of bytes, or a number followed by K, M or G, for example %3.</source>
        <translation>%2: não entende “%1” como tamanho. Escreva um número de bytes ou um número seguido de K, M ou G, por exemplo, %3.</translation>
    </message>
    <message>
        <location line="+179"/>
        <source>This search is nested too deeply at “%1” (more than %2 levels of parentheses and NOT). Simplify it and try again.</source>
        <translation>Esta pesquisa está aninhada profundamente demais em “%1” (mais de %2 níveis de parênteses e NOT). Simplifique-a e tente novamente.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>“%1” needs something to search for on both sides.</source>
        <translation>“%1” precisa de algo para pesquisar dos dois lados.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” needs something to leave out right after it.</source>
        <translation>“%1” precisa ser seguido imediatamente do que deve ser deixado de fora.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is nothing to search for inside “%1)”.</source>
        <translation>Não há nada para pesquisar dentro de “%1)”.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+101"/>
        <source>This “%1” is never closed.</source>
        <translation>Este “%1” nunca é fechado.</translation>
    </message>
    <message>
        <location line="-95"/>
        <location line="+13"/>
        <source>This “)” has no matching “(”.</source>
        <translation>Este “)” não tem um “(” correspondente.</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+130"/>
        <source>Type something to search for.</source>
        <translation>Digite algo para pesquisar.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>This search is too long (more than %1 characters). Shorten it and try again.</source>
        <translation>Esta pesquisa é longa demais (mais de %1 caracteres). Encurte-a e tente novamente.</translation>
    </message>
</context>
<context>
    <name>Search::Searcher</name>
    <message>
        <location filename="../core/search/searcher.cpp" line="+54"/>
        <location line="+85"/>
        <location line="+10"/>
        <source>Cannot search the archive: %1</source>
        <translation>Não é possível pesquisar no acervo: %1</translation>
    </message>
</context>
<context>
    <name>SearchField</name>
    <message>
        <location filename="../ui/searchfield.cpp" line="+9"/>
        <source>Search all mail (from:ann has:attachment &quot;a phrase&quot; …)</source>
        <translation>Pesquisar em todas as mensagens (from:ana has:attachment &quot;uma frase&quot; …)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Words must all match. Also: &quot;exact phrase&quot;, prefix*, OR, -word, from:, to:, subject:, body:, filename:, has:attachment, is:unread, in:FOLDER, before:/after:YYYY-MM-DD, older_than:30d, larger:5M</source>
        <translation>Todas as palavras devem constar. Também: &quot;frase exata&quot;, prefixo*, OR, -palavra, from:, to:, subject:, body:, filename:, has:attachment, is:unread, in:PASTA, before:/after:AAAA-MM-DD, older_than:30d, larger:5M</translation>
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
        <translation>Nenhuma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without encryption, your password and your mail cross the network readable by anyone on the way.</source>
        <translation>Sem criptografia, sua senha e suas mensagens trafegam pela rede de forma legível para qualquer um no caminho.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Allo&amp;w sending my password unencrypted</source>
        <translation>Permitir enviar minha sen&amp;ha sem criptografia</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ser&amp;ver:</source>
        <translation>Serv&amp;idor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;ort:</source>
        <translation>Por&amp;ta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Securit&amp;y:</source>
        <translation>Se&amp;gurança:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Au&amp;thentication:</source>
        <translation>&amp;Autenticação:</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Automatic</source>
        <translation>Automática</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Normal password</source>
        <translation>Senha normal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypted password (CRAM-MD5/APOP)</source>
        <translation>Senha criptografada (CRAM-MD5/APOP)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>OAuth2</source>
        <translation>OAuth2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;User name:</source>
        <translation>Nome de &amp;usuário:</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="+18"/>
        <source>Settings</source>
        <translation>Configurações</translation>
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
        <translation>Somente quando eu pedir</translation>
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
        <translation>Nunca automaticamente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Block, and ask for each message</source>
        <translation>Bloquear e perguntar a cada mensagem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Always load</source>
        <translation>Sempre carregar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Classic (list above the message)</source>
        <translation>Clássica (lista acima da mensagem)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wide (list beside the message)</source>
        <translation>Ampla (lista ao lado da mensagem)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>System language</source>
        <translation>Idioma do sistema</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Check for new mail every:</source>
        <translation>Verificar novas mensagens a cada:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark a message read after:</source>
        <translation>Marcar a mensagem como lida após:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remote images and styles:</source>
        <translation>Imagens e estilos remotos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layout:</source>
        <translation>Disposição:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new language is used the next time Satchel starts.</source>
        <translation>O novo idioma será usado na próxima vez que o Satchel for iniciado.</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <location filename="../ui/singleinstance.cpp" line="+39"/>
        <source>Satchel is already open on this profile; its window was brought to the front.</source>
        <translation>O Satchel já está aberto com este perfil; a janela dele foi trazida para a frente.</translation>
    </message>
</context>
<context>
    <name>Store::ArchiveRecovery</name>
    <message>
        <location filename="../core/store/archiverecovery.cpp" line="+107"/>
        <source>Cannot write the recovered archive: %1 (%2)</source>
        <translation>Não é possível gravar o acervo recuperado: %1 (%2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no archive to recover in %1.</source>
        <translation>Não há acervo para recuperar em %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot open the damaged archive %1: %2</source>
        <translation>Não é possível abrir o acervo danificado %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing can be read from %1: its list of tables is damaged (%2).</source>
        <translation>Nada pode ser lido de %1: a lista de tabelas está danificada (%2).</translation>
    </message>
    <message>
        <location line="+259"/>
        <source>Cannot clear %1.</source>
        <translation>Não é possível limpar %1.</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+84"/>
        <source>Cannot write %1.</source>
        <translation>Não é possível gravar %1.</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>The recovered archive has references to missing rows.</source>
        <translation>O acervo recuperado tem referências a linhas inexistentes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The recovered archive does not pass the check: %1</source>
        <translation>O acervo recuperado não passou na verificação: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no recovered archive in %1.</source>
        <translation>Não há acervo recuperado em %1.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cannot rename %1 to %2.</source>
        <translation>Não é possível renomear %1 para %2.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot move %1 to %2.</source>
        <translation>Não é possível mover %1 para %2.</translation>
    </message>
</context>
<context>
    <name>Store::ArchiveService</name>
    <message>
        <location filename="../core/store/archiveservice.cpp" line="+68"/>
        <source>The mail archive is damaged (%1). Satchel shows what it can still read. Copy the profile folder somewhere safe before anything else; then Recover… keeps every readable message (`satchel-cli check` lists the problems).</source>
        <translation>O acervo de mensagens está danificado (%1). O Satchel mostra o que ainda consegue ler. Antes de qualquer outra coisa, copie a pasta do perfil para um lugar seguro; depois, Recuperar… mantém todas as mensagens legíveis (`satchel-cli check` lista os problemas).</translation>
    </message>
</context>
<context>
    <name>Store::CertificatePins</name>
    <message>
        <location filename="../core/store/certificatepins.cpp" line="+55"/>
        <source>Cannot read the accepted certificates: %1</source>
        <translation>Não é possível ler os certificados aceitos: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cannot change the accepted certificates: %1</source>
        <translation>Não é possível alterar os certificados aceitos: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A certificate without a server or fingerprint cannot be accepted.</source>
        <translation>Não é possível aceitar um certificado sem servidor ou impressão digital.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot save the accepted certificate for %1:%2: %3</source>
        <translation>Não é possível salvar o certificado aceito para %1:%2: %3</translation>
    </message>
</context>
<context>
    <name>Store::Database</name>
    <message>
        <location filename="../core/store/database.cpp" line="+117"/>
        <source>Cannot create the profile folder %1.</source>
        <translation>Não é possível criar a pasta do perfil %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot create the database %1: %2</source>
        <translation>Não é possível criar o banco de dados %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot open the database %1: %2</source>
        <translation>Não é possível abrir o banco de dados %1: %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The database %1 cannot be read: %2</source>
        <translation>Não é possível ler o banco de dados %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database %1 was written by a newer version of Satchel (schema %2; this version knows %3). It was not changed.</source>
        <translation>O banco de dados %1 foi gravado por uma versão mais recente do Satchel (esquema %2; esta versão conhece o %3). Ele não foi alterado.</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Cannot update the database: %1</source>
        <translation>Não é possível atualizar o banco de dados: %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Database error: %1 (%2)</source>
        <translation>Erro no banco de dados: %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>the archive is locked by another program (another Satchel window or satchel-cli, or a tool that opened satchel.sqlite) and stayed locked for %n second(s); try again when it is done</source>
        <translation>
            <numerusform>o acervo está bloqueado por outro programa (outra janela do Satchel, o satchel-cli ou uma ferramenta que abriu o satchel.sqlite) e continuou bloqueado por %n segundo; tente novamente quando ele terminar</numerusform>
            <numerusform>o acervo está bloqueado por outro programa (outra janela do Satchel, o satchel-cli ou uma ferramenta que abriu o satchel.sqlite) e continuou bloqueado por %n segundos; tente novamente quando ele terminar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Store::Eml</name>
    <message>
        <location filename="../core/store/emlfiles.cpp" line="+45"/>
        <source>“%1” cannot be used as a file name.</source>
        <translation>“%1” não pode ser usado como nome de arquivo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The folder “%1” does not exist.</source>
        <translation>A pasta “%1” não existe.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot create the file “%1”: %2</source>
        <translation>Não é possível criar o arquivo “%1”: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot write the file “%1”: %2</source>
        <translation>Não é possível gravar o arquivo “%1”: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The file “%1” is larger than %2 bytes.</source>
        <translation>O arquivo “%1” tem mais de %2 bytes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is not a file that can be read.</source>
        <translation>“%1” não é um arquivo que possa ser lido.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot open the file “%1”: %2</source>
        <translation>Não é possível abrir o arquivo “%1”: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot read the file “%1”: %2</source>
        <translation>Não é possível ler o arquivo “%1”: %2</translation>
    </message>
</context>
<context>
    <name>Store::MailTransfer</name>
    <message numerus="yes">
        <location filename="../core/store/mailtransfer.cpp" line="+61"/>
        <source>%1 (after %n message(s) were imported)</source>
        <translation>
            <numerusform>%1 (depois que %n mensagem foi importada)</numerusform>
            <numerusform>%1 (depois que %n mensagens foram importadas)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Cannot create the folder %1.</source>
        <translation>Não é possível criar a pasta %1.</translation>
    </message>
</context>
<context>
    <name>Store::Maildir</name>
    <message>
        <location filename="../core/store/maildirreader.cpp" line="+35"/>
        <source>The folder “%1” does not exist.</source>
        <translation>A pasta “%1” não existe.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” is not a Maildir folder: it has no “cur” and “new” subfolders.</source>
        <translation>“%1” não é uma pasta Maildir: ela não tem as subpastas “cur” e “new”.</translation>
    </message>
</context>
<context>
    <name>Store::Mbox</name>
    <message>
        <location filename="../core/store/mboxreader.cpp" line="+81"/>
        <source>Cannot open the mbox file “%1”: %2</source>
        <translation>Não é possível abrir o arquivo mbox “%1”: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot read the mbox file “%1”: %2</source>
        <translation>Não é possível ler o arquivo mbox “%1”: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The mbox file “%1” has a line longer than %2 bytes at byte %3.</source>
        <translation>O arquivo mbox “%1” tem uma linha com mais de %2 bytes no byte %3.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>“%1” is not an mbox file: it does not begin with a “From ” line.</source>
        <translation>“%1” não é um arquivo mbox: ele não começa com uma linha “From ”.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../core/store/mboxwriter.cpp" line="+141"/>
        <location line="+15"/>
        <source>The mbox file “%1” is not open.</source>
        <translation>O arquivo mbox “%1” não está aberto.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The mbox file “%1” has a message larger than %2 bytes at byte %3.</source>
        <translation>O arquivo mbox “%1” tem uma mensagem com mais de %2 bytes no byte %3.</translation>
    </message>
    <message>
        <location filename="../core/store/mboxwriter.cpp" line="-79"/>
        <source>The mbox file “%1” is already open.</source>
        <translation>O arquivo mbox “%1” já está aberto.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot create the mbox file “%1”: %2</source>
        <translation>Não é possível criar o arquivo mbox “%1”: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot write to the mbox file “%1”: %2</source>
        <translation>Não é possível gravar no arquivo mbox “%1”: %2</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Cannot save the mbox file “%1”: %2</source>
        <translation>Não é possível salvar o arquivo mbox “%1”: %2</translation>
    </message>
</context>
<context>
    <name>Store::MessageStore</name>
    <message>
        <location filename="../core/store/messagestorefolders.cpp" line="+44"/>
        <location line="+118"/>
        <source>Cannot create the folder %1: %2</source>
        <translation>Não é possível criar a pasta %1: %2</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+34"/>
        <source>&quot;%1&quot; is not a folder name (names cannot contain &quot;/&quot;).</source>
        <translation>“%1” não é um nome de pasta válido (os nomes não podem conter &quot;/&quot;).</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>There is no folder %1.</source>
        <translation>Não existe a pasta %1.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cannot rename the folder: %1</source>
        <translation>Não é possível renomear a pasta: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only folders you made can be renamed.</source>
        <translation>Só é possível renomear as pastas criadas por você.</translation>
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
        <translation>Não é possível gravar no banco de dados: %1</translation>
    </message>
    <message>
        <location filename="../core/store/messagestorefolders.cpp" line="+11"/>
        <location line="+5"/>
        <source>Cannot delete the folder: %1</source>
        <translation>Não é possível excluir a pasta: %1</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Only folders you made can be deleted.</source>
        <translation>Só é possível excluir as pastas criadas por você.</translation>
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
        <translation>Não é possível salvar a mensagem: %1</translation>
    </message>
    <message>
        <location line="-314"/>
        <source>The account has no Inbox.</source>
        <translation>A conta não tem Caixa de entrada.</translation>
    </message>
    <message>
        <location line="+73"/>
        <location line="+20"/>
        <location line="+7"/>
        <source>Cannot save messages: %1</source>
        <translation>Não é possível salvar as mensagens: %1</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Cannot move the message: %1</source>
        <translation>Não é possível mover a mensagem: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <location line="+126"/>
        <source>There is no message %1.</source>
        <translation>Não existe a mensagem %1.</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Cannot delete the message: %1</source>
        <translation>Não é possível excluir a mensagem: %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Message %1 is not stored as headers only.</source>
        <translation>A mensagem %1 não está armazenada só com os cabeçalhos.</translation>
    </message>
    <message>
        <location line="+52"/>
        <location line="+3"/>
        <source>Cannot change the message: %1</source>
        <translation>Não é possível alterar a mensagem: %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+6"/>
        <source>Cannot empty the Trash: %1</source>
        <translation>Não é possível esvaziar a Lixeira: %1</translation>
    </message>
    <message>
        <location filename="../core/store/messagestoreaccounts.cpp" line="-169"/>
        <location line="+13"/>
        <location line="+10"/>
        <location line="+6"/>
        <location line="+5"/>
        <location line="+5"/>
        <source>Cannot add the account %1: %2</source>
        <translation>Não é possível adicionar a conta %1: %2</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Cannot change the account %1: %2</source>
        <translation>Não é possível alterar a conta %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+39"/>
        <source>There is no account named %1.</source>
        <translation>Não existe uma conta chamada %1.</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>An account name must not be empty or contain &quot;/&quot;.</source>
        <translation>O nome da conta não pode ficar vazio nem conter &quot;/&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is already an account named %1.</source>
        <translation>Já existe uma conta chamada %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot rename the account: %1</source>
        <translation>Não é possível renomear a conta: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no account %1.</source>
        <translation>Não existe a conta %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot remove the account %1: %2</source>
        <translation>Não é possível remover a conta %1: %2</translation>
    </message>
</context>
<context>
    <name>Store::PasswordFile</name>
    <message>
        <location filename="../core/store/passwordfile.cpp" line="+36"/>
        <source>Cannot read the stored passwords in %1: %2</source>
        <translation>Não é possível ler as senhas armazenadas em %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is too large</source>
        <translation>o arquivo é grande demais</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The stored passwords in %1 are damaged; enter the passwords again.</source>
        <translation>As senhas armazenadas em %1 estão danificadas; digite as senhas novamente.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Cannot remove %1.</source>
        <translation>Não é possível remover %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot save the stored passwords in %1: %2</source>
        <translation>Não é possível salvar as senhas armazenadas em %1: %2</translation>
    </message>
</context>
<context>
    <name>Store::SearchIndex</name>
    <message>
        <location filename="../core/store/searchindex.cpp" line="+90"/>
        <source>Cannot read the search index: %1</source>
        <translation>Não é possível ler o índice de pesquisa: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+8"/>
        <source>Cannot update the search index: %1</source>
        <translation>Não é possível atualizar o índice de pesquisa: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+10"/>
        <location line="+44"/>
        <source>Cannot rebuild the search index: %1</source>
        <translation>Não é possível reconstruir o índice de pesquisa: %1</translation>
    </message>
</context>
<context>
    <name>Sync::AccountConnection</name>
    <message>
        <location filename="../core/sync/accountconnection.cpp" line="+37"/>
        <source>No certificate could be read from %1.</source>
        <translation>Não foi possível ler nenhum certificado de %1.</translation>
    </message>
</context>
<context>
    <name>Sync::CompletionJob</name>
    <message>
        <location filename="../core/sync/completionjob.cpp" line="+31"/>
        <source>Message %1 is not a partly downloaded message of account %2.</source>
        <translation>A mensagem %1 não é uma mensagem parcialmente baixada da conta %2.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The message is no longer on the server.</source>
        <translation>A mensagem não está mais no servidor.</translation>
    </message>
</context>
<context>
    <name>Sync::Keychain</name>
    <message>
        <location filename="../core/sync/keychain.cpp" line="+17"/>
        <source>no keychain is reachable (no D-Bus session)</source>
        <translation>nenhum chaveiro acessível (não há sessão D-Bus)</translation>
    </message>
</context>
<context>
    <name>Sync::SyncPlanner</name>
    <message>
        <location filename="../core/sync/syncplanner.cpp" line="+49"/>
        <source>This server does not support UIDL, so Satchel cannot tell which messages it already has. Let it delete messages from the server after downloading them: clear “Leave messages on the server” in the account&apos;s settings (satchel-cli: --delete-after-download).</source>
        <translation>Este servidor não oferece suporte a UIDL, então o Satchel não consegue saber quais mensagens já tem. Deixe que ele exclua as mensagens do servidor depois de baixá-las: desmarque “Deixar as mensagens no servidor” nas configurações da conta (satchel-cli: --delete-after-download).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server listed the same message more than once. Satchel left the repeated entries on the server untouched.</source>
        <translation>O servidor listou a mesma mensagem mais de uma vez. O Satchel não mexeu nas entradas repetidas no servidor.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/applicationinfo.cpp" line="+33"/>
        <source>The profile folder (default: $SATCHEL_PROFILE, or %1).</source>
        <translation>A pasta do perfil (padrão: $SATCHEL_PROFILE ou %1).</translation>
    </message>
    <message>
        <location filename="../app/satchel/main.cpp" line="+32"/>
        <source>Satchel, a POP3 mail client for reading mail offline.</source>
        <translation>Satchel, um cliente de e-mail POP3 para ler mensagens offline.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Quit once the window is shown and the archive is open (exit status 0), or when that fails (1).</source>
        <translation>Sair assim que a janela for exibida e o acervo estiver aberto (código de saída 0) ou quando isso falhar (1).</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Cannot create the profile folder %1.</source>
        <translation>Não é possível criar a pasta do perfil %1.</translation>
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
        <translation>Comandos:
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
                               baixa inteira uma mensagem só com cabeçalhos
  folders                      uma por linha: caminho, total, não lidas, função
  list [--folder F] [--format tsv|json]
                               tsv: id, data, pasta, de, assunto, marcadores,
                               tamanho (marcadores: R lida, F sinalizada,
                               A respondida, H só cabeçalhos)
  show ID [--raw]              --raw grava os bytes armazenados sem alteração
  delete ID                    move para a Lixeira; na Lixeira: exclui de vez
  move ID FOLDER
  search QUERY [--folder F] [--limit N] [--offset N]
               [--sort newest|relevance] [--format tsv|json] [--count]
               [--no-snippets]
                               tsv: como em list e um trecho com [ocorrências]
  reindex [--progress]         reconstrói o índice de pesquisa das mensagens
  check                        procura danos no acervo (quick_check)
  recover [--progress]         move todas as mensagens legíveis de um acervo
                               danificado para um novo; o arquivo danificado
                               é mantido ao lado dele
  export --folder F (--mbox FILE | --eml-dir DIR)
  import --folder F (--mbox FILE | --maildir DIR | --eml FILE ...)
Cada comando tem --help. Código de saída: 0 sucesso, 1 outra falha, 2 uso,
3 rede, 4 autenticação, 5 TLS, 6 armazenamento local ou arquivo.
</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Drives Satchel&apos;s mail archive from scripts.

%1</source>
        <translation>Controla o acervo de mensagens do Satchel a partir de scripts.

%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The command to run.</source>
        <translation>O comando a executar.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no command given; see --help</source>
        <translation>nenhum comando informado; veja --help</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>unknown command &apos;%1&apos;; see --help</source>
        <translation>comando desconhecido &apos;%1&apos;; veja --help</translation>
    </message>
</context>
</TS>

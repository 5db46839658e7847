<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en">
<context>
    <name>AccountWizardDonePage</name>
    <message numerus="yes">
        <location filename="../ui/accountwizarddonepage.cpp" line="+52"/>
        <source>kept on the server for %n day(s)</source>
        <translation>
            <numerusform>kept on the server for %n day</numerusform>
            <numerusform>kept on the server for %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountWizardRetentionPage</name>
    <message numerus="yes">
        <location filename="../ui/accountwizardretentionpage.cpp" line="+23"/>
        <source> minute(s)</source>
        <extracomment>Spin box suffix after a number of minutes; keep the leading space.</extracomment>
        <translation>
            <numerusform> minute</numerusform>
            <numerusform> minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Accounts::ConnectionTester</name>
    <message numerus="yes">
        <location filename="../core/accounts/connectiontester.cpp" line="+223"/>
        <source>%n message(s) on the server.</source>
        <translation>
            <numerusform>%n message is on the server.</numerusform>
            <numerusform>%n messages are on the server.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Accounts::OAuthSignIn</name>
    <message numerus="yes">
        <location filename="../core/accounts/oauthsignin.cpp" line="+369"/>
        <source>the sign-in did not finish within %n minute(s)</source>
        <translation>
            <numerusform>the sign-in did not finish within %n minute</numerusform>
            <numerusform>the sign-in did not finish within %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>the sign-in did not finish within %n second(s)</source>
        <translation>
            <numerusform>the sign-in did not finish within %n second</numerusform>
            <numerusform>the sign-in did not finish within %n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArchiveRecoveryDialog</name>
    <message numerus="yes">
        <location filename="../ui/archiverecoverydialog.cpp" line="+102"/>
        <source>%n message(s) recovered.</source>
        <translation>
            <numerusform>%n message recovered.</numerusform>
            <numerusform>%n messages recovered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n of them were read again from their raw bytes and are in Local Folders/Recovered.</source>
        <translation>
            <numerusform>%n of them was read again from its raw bytes and is in Local Folders/Recovered.</numerusform>
            <numerusform>%n of them were read again from their raw bytes and are in Local Folders/Recovered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n message(s) could not be read and are lost from the archive.</source>
        <translation>
            <numerusform>%n message could not be read and are lost from the archive.</numerusform>
            <numerusform>%n messages could not be read and are lost from the archive.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n lost message(s) will be downloaded again if the server still has them.</source>
        <translation>
            <numerusform>%n lost message will be downloaded again if the server still has them.</numerusform>
            <numerusform>%n lost messages will be downloaded again if the server still has them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n message(s) still on a server may be downloaded again (their download record could not be read).</source>
        <translation>
            <numerusform>%n message still on a server may be downloaded again (their download record could not be read).</numerusform>
            <numerusform>%n messages still on a server may be downloaded again (their download record could not be read).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttachmentBar</name>
    <message numerus="yes">
        <location filename="../ui/attachmentbar.cpp" line="+159"/>
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n attachment</numerusform>
            <numerusform>%n attachments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+188"/>
        <source>Saved %n file(s) in %1</source>
        <translation>
            <numerusform>Saved %n file in %1</numerusform>
            <numerusform>Saved %n files in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n attachment(s) could not be saved.</source>
        <translation>
            <numerusform>%n attachment could not be saved.</numerusform>
            <numerusform>%n attachments could not be saved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckController</name>
    <message numerus="yes">
        <location filename="../ui/checkcontroller.cpp" line="+310"/>
        <source>%1: %2 of %n message(s) (%3 of %4)</source>
        <extracomment>Progress of a check: account, messages done of %n, bytes done of all.</extracomment>
        <translation>
            <numerusform>%1: %2 of %n message (%3 of %4)</numerusform>
            <numerusform>%1: %2 of %n messages (%3 of %4)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <location filename="../app/satchel-cli/checkcommand.cpp" line="+27"/>
        <source>the archive is damaged (%n problem(s) listed); copy the profile folder somewhere safe, then run &quot;satchel-cli recover&quot; to move every readable message into a new archive (the damaged file is kept)</source>
        <translation>
            <numerusform>the archive is damaged (%n problem listed); copy the profile folder somewhere safe, then run &quot;satchel-cli recover&quot; to move every readable message into a new archive (the damaged file is kept)</numerusform>
            <numerusform>the archive is damaged (%n problems listed); copy the profile folder somewhere safe, then run &quot;satchel-cli recover&quot; to move every readable message into a new archive (the damaged file is kept)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
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
            <numerusform>Recovered %n message</numerusform>
            <numerusform>Recovered %n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> (%n read again from their raw bytes into Local Folders/Recovered)</source>
        <translation>
            <numerusform> (%n read again from its raw bytes into Local Folders/Recovered)</numerusform>
            <numerusform> (%n read again from their raw bytes into Local Folders/Recovered)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>, %n account(s)</source>
        <translation>
            <numerusform>, %n account</numerusform>
            <numerusform>, %n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n folder(s)</source>
        <translation>
            <numerusform>, %n folder</numerusform>
            <numerusform>, %n folders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n ledger row(s)</source>
        <translation>
            <numerusform>, %n ledger row</numerusform>
            <numerusform>, %n ledger rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n certificate pin(s).</source>
        <translation>
            <numerusform>, %n certificate pin.</numerusform>
            <numerusform>, %n certificate pins.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Lost: %n message(s) could not be read.</source>
        <translation>
            <numerusform>Lost: %n message could not be read.</numerusform>
            <numerusform>Lost: %n messages could not be read.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n ledger row(s) rebuilt from the ledger&apos;s index.</source>
        <translation>
            <numerusform>%n ledger row rebuilt from the ledger&apos;s index.</numerusform>
            <numerusform>%n ledger rows rebuilt from the ledger&apos;s index.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n lost message(s) will be downloaded again if the server still has them.</source>
        <translation>
            <numerusform>%n lost message will be downloaded again if the server still has them.</numerusform>
            <numerusform>%n lost messages will be downloaded again if the server still has them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n ledger row(s) could not be read: the next fetch may download those messages again if the server still has them.</source>
        <translation>
            <numerusform>%n ledger row could not be read: the next fetch may download those messages again if the server still has them.</numerusform>
            <numerusform>%n ledger rows could not be read: the next fetch may download those messages again if the server still has them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/satchel-cli/searchcommands.cpp" line="+175"/>
        <source>Indexed %n message(s).</source>
        <translation>
            <numerusform>Indexed %n message.</numerusform>
            <numerusform>Indexed %n messages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/satchel-cli/transfercommands.cpp" line="+62"/>
        <source>%1 (after %n message(s) were imported)</source>
        <translation>
            <numerusform>%1 (after %n message was imported)</numerusform>
            <numerusform>%1 (after %n messages were imported)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+67"/>
        <source>%n message(s) imported into %1</source>
        <translation>
            <numerusform>%n message imported into %1</numerusform>
            <numerusform>%n messages imported into %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>%n message(s) exported</source>
        <translation>
            <numerusform>%n message exported</numerusform>
            <numerusform>%n messages exported</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="+91"/>
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n new message</numerusform>
            <numerusform>%n new messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n message(s) found</source>
        <translation>
            <numerusform>%n message found</numerusform>
            <numerusform>%n messages found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+501"/>
        <source>Delete %n message(s) permanently? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n message permanently? This cannot be undone.</numerusform>
            <numerusform>Delete %n messages permanently? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Delete %n message(s) from the Trash permanently? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n message from the Trash permanently? This cannot be undone.</numerusform>
            <numerusform>Delete %n messages from the Trash permanently? This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%1: %n message(s). Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%1: %n message. Undo with Ctrl+Z.</numerusform>
            <numerusform>%1: %n messages. Undo with Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+95"/>
        <location line="+12"/>
        <source>Exporting %n message(s)…</source>
        <translation>
            <numerusform>Exporting %n message…</numerusform>
            <numerusform>Exporting %n messages…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadingPane</name>
    <message numerus="yes">
        <location filename="../ui/readingpane.cpp" line="+457"/>
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>%n remote image(s) blocked</source>
        <translation>
            <numerusform>%n remote image blocked</numerusform>
            <numerusform>%n remote images blocked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionSettingsForm</name>
    <message numerus="yes">
        <location filename="../ui/retentionsettingsform.cpp" line="+20"/>
        <source> day(s)</source>
        <extracomment>Spin box suffix after a number of days; keep the leading space.</extracomment>
        <translation>
            <numerusform> day</numerusform>
            <numerusform> days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Store::Database</name>
    <message numerus="yes">
        <location filename="../core/store/database.cpp" line="+312"/>
        <source>the archive is locked by another program (another Satchel window or satchel-cli, or a tool that opened satchel.sqlite) and stayed locked for %n second(s); try again when it is done</source>
        <translation>
            <numerusform>the archive is locked by another program (another Satchel window or satchel-cli, or a tool that opened satchel.sqlite) and stayed locked for %n second; try again when it is done</numerusform>
            <numerusform>the archive is locked by another program (another Satchel window or satchel-cli, or a tool that opened satchel.sqlite) and stayed locked for %n seconds; try again when it is done</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Store::MailTransfer</name>
    <message numerus="yes">
        <location filename="../core/store/mailtransfer.cpp" line="+61"/>
        <source>%1 (after %n message(s) were imported)</source>
        <translation>
            <numerusform>%1 (after %n message was imported)</numerusform>
            <numerusform>%1 (after %n messages were imported)</numerusform>
        </translation>
    </message>
</context>
</TS>

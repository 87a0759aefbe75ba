<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de_DE">
<context>
    <name>main</name>
    <message>
        <location filename="../gui/main.cpp" line="20" />
        <source>Desktop client of the storlab iSCSI lab appliance.</source>
        <translation>Desktop-Client der storlab-iSCSI-Laborappliance.</translation>
    </message>
    <message>
        <location filename="../gui/main.cpp" line="23" />
        <source>Local admin socket of storlabd.</source>
        <translation>Lokaler Admin-Socket von storlabd.</translation>
    </message>
</context>
<context>
    <name>storlab::gui::AddMediaDialog</name>
    <message>
        <location filename="../gui/add_media_dialog.cpp" line="48" />
        <source>Add blank discs to %1</source>
        <translation>Leere Discs zu %1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../gui/add_media_dialog.cpp" line="48" />
        <source>Add cartridges to %1</source>
        <translation>Kassetten zu %1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../gui/add_media_dialog.cpp" line="50" />
        <source>Blank DVD+R discs come in through an import/export port into the first empty slots. To add disc images, drop .iso files on a slot in the Library tab.</source>
        <translation>Leere DVD+R-Discs kommen über einen Import/Export-Port in die ersten freien Fächer. Um Disc-Images hinzuzufügen, ziehen Sie .iso-Dateien im Reiter „Bibliothek“ auf ein Fach.</translation>
    </message>
    <message>
        <location filename="../gui/add_media_dialog.cpp" line="52" />
        <source>New cartridges come in through an import/export port into the first empty slots.</source>
        <translation>Neue Kassetten kommen über einen Import/Export-Port in die ersten freien Fächer.</translation>
    </message>
    <message>
        <location filename="../gui/add_media_dialog.cpp" line="58" />
        <source>First barcode</source>
        <translation>Erster Barcode</translation>
    </message>
    <message>
        <location filename="../gui/add_media_dialog.cpp" line="61" />
        <source>&amp;First barcode:</source>
        <translation>&amp;Erster Barcode:</translation>
    </message>
    <message>
        <location filename="../gui/add_media_dialog.cpp" line="64" />
        <source>Number of discs</source>
        <translation>Anzahl Discs</translation>
    </message>
    <message>
        <location filename="../gui/add_media_dialog.cpp" line="64" />
        <source>Number of cartridges</source>
        <translation>Anzahl Kassetten</translation>
    </message>
    <message>
        <location filename="../gui/add_media_dialog.cpp" line="68" />
        <source>&amp;Discs:</source>
        <translation>&amp;Discs:</translation>
    </message>
    <message>
        <location filename="../gui/add_media_dialog.cpp" line="68" />
        <source>&amp;Cartridges:</source>
        <translation>&amp;Kassetten:</translation>
    </message>
    <message>
        <location filename="../gui/add_media_dialog.cpp" line="71" />
        <source>LTO generation</source>
        <translation>LTO-Generation</translation>
    </message>
    <message>
        <location filename="../gui/add_media_dialog.cpp" line="78" />
        <source>&amp;Generation:</source>
        <translation>&amp;Generation:</translation>
    </message>
    <message>
        <location filename="../gui/add_media_dialog.cpp" line="79" />
        <source>&amp;WORM (write once)</source>
        <translation>&amp;WORM (einmal beschreibbar)</translation>
    </message>
    <message>
        <location filename="../gui/add_media_dialog.cpp" line="83" />
        <source>Barcodes:</source>
        <translation>Barcodes:</translation>
    </message>
    <message>
        <location filename="../gui/add_media_dialog.cpp" line="84" />
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location filename="../gui/add_media_dialog.cpp" line="129" />
        <location filename="../gui/add_media_dialog.cpp" line="144" />
        <source>The barcodes run out of digits: choose a lower first barcode.</source>
        <translation>Den Barcodes gehen die Ziffern aus: Wählen Sie einen niedrigeren ersten Barcode.</translation>
    </message>
    <message>
        <location filename="../gui/add_media_dialog.cpp" line="131" />
        <source>%1 … %2</source>
        <translation>%1 … %2</translation>
    </message>
    <message>
        <location filename="../gui/add_media_dialog.cpp" line="137" />
        <source>Enter the first barcode: capital letters and digits, e.g. A00010L6.</source>
        <translation>Geben Sie den ersten Barcode ein: Großbuchstaben und Ziffern, z. B. A00010L6.</translation>
    </message>
    <message>
        <location filename="../gui/add_media_dialog.cpp" line="157" />
        <source>Creating %1 (%2 of %3)</source>
        <translation>Erstelle %1 (%2 von %3)</translation>
    </message>
</context>
<context>
    <name>storlab::gui::CertificateProbe</name>
    <message>
        <location filename="../gui/certificate_probe.cpp" line="21" />
        <source>The server presented no certificate.</source>
        <translation>Der Server hat kein Zertifikat vorgelegt.</translation>
    </message>
    <message>
        <location filename="../gui/certificate_probe.cpp" line="32" />
        <source>No TLS answer within the time limit.</source>
        <translation>Keine TLS-Antwort innerhalb der Frist.</translation>
    </message>
</context>
<context>
    <name>storlab::gui::ConnectDialog</name>
    <message>
        <location filename="../gui/connect_dialog.cpp" line="16" />
        <source>Connect to a Daemon</source>
        <translation>Mit einem Dienst verbinden</translation>
    </message>
    <message>
        <location filename="../gui/connect_dialog.cpp" line="19" />
        <source>Saved connections</source>
        <translation>Gespeicherte Verbindungen</translation>
    </message>
    <message>
        <location filename="../gui/connect_dialog.cpp" line="20" />
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <location filename="../gui/connect_dialog.cpp" line="24" />
        <source>Connection name</source>
        <translation>Verbindungsname</translation>
    </message>
    <message>
        <location filename="../gui/connect_dialog.cpp" line="27" />
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../gui/connect_dialog.cpp" line="28" />
        <source>tls://host:3262, or a local socket path (empty: this machine's daemon)</source>
        <translation>tls://host:3262 oder ein lokaler Socket-Pfad (leer: der Daemon dieses Rechners)</translation>
    </message>
    <message>
        <location filename="../gui/connect_dialog.cpp" line="29" />
        <source>User and &amp;password</source>
        <translation>Benutzer und &amp;Passwort</translation>
    </message>
    <message>
        <location filename="../gui/connect_dialog.cpp" line="30" />
        <source>&amp;Token</source>
        <translation>&amp;Token</translation>
    </message>
    <message>
        <location filename="../gui/connect_dialog.cpp" line="33" />
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../gui/connect_dialog.cpp" line="35" />
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location filename="../gui/connect_dialog.cpp" line="38" />
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location filename="../gui/connect_dialog.cpp" line="40" />
        <source>On first contact the server's certificate fingerprint is shown for you to confirm.</source>
        <translation>Beim ersten Kontakt wird der Fingerabdruck des Serverzertifikats zur Bestätigung angezeigt.</translation>
    </message>
    <message>
        <location filename="../gui/connect_dialog.cpp" line="44" />
        <source>&amp;Saved:</source>
        <translation>&amp;Gespeichert:</translation>
    </message>
    <message>
        <location filename="../gui/connect_dialog.cpp" line="45" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../gui/connect_dialog.cpp" line="46" />
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location filename="../gui/connect_dialog.cpp" line="48" />
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location filename="../gui/connect_dialog.cpp" line="49" />
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location filename="../gui/connect_dialog.cpp" line="51" />
        <source>T&amp;oken:</source>
        <translation>T&amp;oken:</translation>
    </message>
    <message>
        <location filename="../gui/connect_dialog.cpp" line="53" />
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
</context>
<context>
    <name>storlab::gui::ConnectionIndicator</name>
    <message>
        <location filename="../gui/connection_indicator.cpp" line="15" />
        <source>Connection state</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <location filename="../gui/connection_indicator.cpp" line="22" />
        <source>Retry now</source>
        <translation>Jetzt erneut versuchen</translation>
    </message>
    <message>
        <location filename="../gui/connection_indicator.cpp" line="23" />
        <source>Retry the connection now</source>
        <translation>Verbindung jetzt erneut versuchen</translation>
    </message>
</context>
<context>
    <name>storlab::gui::ConnectionManager</name>
    <message>
        <location filename="../gui/connection_manager.cpp" line="17" />
        <source>the daemon closed the connection</source>
        <translation>der Daemon hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <location filename="../gui/connection_manager.cpp" line="20" />
        <source>the daemon is shutting down</source>
        <translation>der Daemon wird beendet</translation>
    </message>
    <message>
        <location filename="../gui/connection_manager.cpp" line="120" />
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <location filename="../gui/connection_manager.cpp" line="122" />
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <location filename="../gui/connection_manager.cpp" line="124" />
        <source>Reconnecting to %1 in %2 s (%3)</source>
        <translation>Neuer Verbindungsversuch mit %1 in %2 s (%3)</translation>
    </message>
    <message>
        <location filename="../gui/connection_manager.cpp" line="128" />
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location filename="../gui/connection_manager.cpp" line="128" />
        <source>Not connected: %1</source>
        <translation>Nicht verbunden: %1</translation>
    </message>
</context>
<context>
    <name>storlab::gui::ConnectionProfile</name>
    <message>
        <location filename="../gui/connection_profile.cpp" line="10" />
        <source>Local daemon</source>
        <translation>Lokaler Dienst</translation>
    </message>
</context>
<context>
    <name>storlab::gui::DetailPane</name>
    <message>
        <location filename="../gui/detail_pane.cpp" line="28" />
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../gui/detail_pane.cpp" line="41" />
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <location filename="../gui/detail_pane.cpp" line="43" />
        <source>Property</source>
        <translation>Eigenschaft</translation>
    </message>
    <message>
        <location filename="../gui/detail_pane.cpp" line="43" />
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../gui/detail_pane.cpp" line="57" />
        <source>Nothing selected</source>
        <translation>Nichts ausgewählt</translation>
    </message>
    <message>
        <location filename="../gui/detail_pane.cpp" line="58" />
        <source>Select a portal, target, LUN, session or library in the tree.</source>
        <translation>Wählen Sie links ein Portal, ein Target, eine LUN, eine Sitzung oder eine Bibliothek.</translation>
    </message>
    <message>
        <location filename="../gui/detail_pane.cpp" line="91" />
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../gui/detail_pane.cpp" line="101" />
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../gui/detail_pane.cpp" line="101" />
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>storlab::gui::DiskAccessPage</name>
    <message>
        <location filename="../gui/disk_access_page.cpp" line="14" />
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <location filename="../gui/disk_access_page.cpp" line="15" />
        <source>Who may log in: portal, initiator addresses and names, CHAP. Empty lists admit everyone.</source>
        <translation>Wer sich anmelden darf: Portal, Initiator-Adressen und -Namen, CHAP. Leere Listen lassen alle zu.</translation>
    </message>
    <message>
        <location filename="../gui/disk_access_page.cpp" line="18" />
        <source>Portal</source>
        <translation>Portal</translation>
    </message>
    <message>
        <location filename="../gui/disk_access_page.cpp" line="22" />
        <source>Allowed initiator addresses</source>
        <translation>Zugelassene Initiator-Adressen</translation>
    </message>
    <message>
        <location filename="../gui/disk_access_page.cpp" line="23" />
        <source>e.g. 127.0.0.1, 10.0.0.0/24 (empty: any address)</source>
        <translation>z. B. 127.0.0.1, 10.0.0.0/24 (leer: jede Adresse)</translation>
    </message>
    <message>
        <location filename="../gui/disk_access_page.cpp" line="26" />
        <source>Allowed initiator names</source>
        <translation>Zugelassene Initiator-Namen</translation>
    </message>
    <message>
        <location filename="../gui/disk_access_page.cpp" line="27" />
        <source>iqn.… separated by commas (empty: any initiator)</source>
        <translation>iqn.…, durch Kommas getrennt (leer: jeder Initiator)</translation>
    </message>
    <message>
        <location filename="../gui/disk_access_page.cpp" line="28" />
        <source>Require &amp;CHAP authentication</source>
        <translation>&amp;CHAP-Authentifizierung verlangen</translation>
    </message>
    <message>
        <location filename="../gui/disk_access_page.cpp" line="34" />
        <source>CHAP user</source>
        <translation>CHAP-Benutzer</translation>
    </message>
    <message>
        <location filename="../gui/disk_access_page.cpp" line="37" />
        <source>CHAP secret</source>
        <translation>CHAP-Geheimnis</translation>
    </message>
    <message>
        <location filename="../gui/disk_access_page.cpp" line="39" />
        <source>12 to 16 characters recommended</source>
        <translation>12 bis 16 Zeichen empfohlen</translation>
    </message>
    <message>
        <location filename="../gui/disk_access_page.cpp" line="41" />
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location filename="../gui/disk_access_page.cpp" line="42" />
        <source>&amp;Secret:</source>
        <translation>&amp;Geheimnis:</translation>
    </message>
    <message>
        <location filename="../gui/disk_access_page.cpp" line="45" />
        <source>&amp;Portal:</source>
        <translation>&amp;Portal:</translation>
    </message>
    <message>
        <location filename="../gui/disk_access_page.cpp" line="46" />
        <source>Allowed &amp;addresses:</source>
        <translation>Erlaubte &amp;Adressen:</translation>
    </message>
    <message>
        <location filename="../gui/disk_access_page.cpp" line="47" />
        <source>Allowed i&amp;nitiators:</source>
        <translation>Erlaubte I&amp;nitiatoren:</translation>
    </message>
</context>
<context>
    <name>storlab::gui::DiskStoragePage</name>
    <message>
        <location filename="../gui/disk_storage_page.cpp" line="17" />
        <source>Backing store</source>
        <translation>Datenspeicher</translation>
    </message>
    <message>
        <location filename="../gui/disk_storage_page.cpp" line="18" />
        <source>Where the disk's blocks live on the daemon's machine.</source>
        <translation>Wo die Blöcke der Platte auf dem Rechner des Dienstes liegen.</translation>
    </message>
    <message>
        <location filename="../gui/disk_storage_page.cpp" line="21" />
        <source>Backing store type</source>
        <translation>Art des Datenspeichers</translation>
    </message>
    <message>
        <location filename="../gui/disk_storage_page.cpp" line="22" />
        <source>File, thread pool (rdwr)</source>
        <translation>Datei, Thread-Pool (rdwr)</translation>
    </message>
    <message>
        <location filename="../gui/disk_storage_page.cpp" line="23" />
        <source>File, Linux AIO (aio)</source>
        <translation>Datei, Linux-AIO (aio)</translation>
    </message>
    <message>
        <location filename="../gui/disk_storage_page.cpp" line="24" />
        <source>File, io_uring (uring)</source>
        <translation>Datei, io_uring (uring)</translation>
    </message>
    <message>
        <location filename="../gui/disk_storage_page.cpp" line="25" />
        <source>No storage, discards writes (null)</source>
        <translation>Kein Speicher, verwirft Schreibvorgänge (null)</translation>
    </message>
    <message>
        <location filename="../gui/disk_storage_page.cpp" line="28" />
        <source>Image file path</source>
        <translation>Pfad der Image-Datei</translation>
    </message>
    <message>
        <location filename="../gui/disk_storage_page.cpp" line="29" />
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../gui/disk_storage_page.cpp" line="30" />
        <source>Choose the image file</source>
        <translation>Image-Datei wählen</translation>
    </message>
    <message>
        <location filename="../gui/disk_storage_page.cpp" line="36" />
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../gui/disk_storage_page.cpp" line="41" />
        <source>Size unit</source>
        <translation>Größeneinheit</translation>
    </message>
    <message>
        <location filename="../gui/disk_storage_page.cpp" line="51" />
        <source>LUN</source>
        <translation>LUN</translation>
    </message>
    <message>
        <location filename="../gui/disk_storage_page.cpp" line="56" />
        <source>Block size</source>
        <translation>Blockgröße</translation>
    </message>
    <message>
        <location filename="../gui/disk_storage_page.cpp" line="59" />
        <source>&amp;Thin provisioning (UNMAP frees space in the file)</source>
        <translation>&amp;Thin Provisioning (UNMAP gibt Platz in der Datei frei)</translation>
    </message>
    <message>
        <location filename="../gui/disk_storage_page.cpp" line="64" />
        <source>&amp;Store:</source>
        <translation>&amp;Speicher:</translation>
    </message>
    <message>
        <location filename="../gui/disk_storage_page.cpp" line="65" />
        <source>&amp;Image file:</source>
        <translation>&amp;Abbilddatei:</translation>
    </message>
    <message>
        <location filename="../gui/disk_storage_page.cpp" line="66" />
        <source>Si&amp;ze:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <location filename="../gui/disk_storage_page.cpp" line="67" />
        <source>&amp;LUN:</source>
        <translation>&amp;LUN:</translation>
    </message>
    <message>
        <location filename="../gui/disk_storage_page.cpp" line="68" />
        <source>Bl&amp;ock size:</source>
        <translation>Bl&amp;ockgröße:</translation>
    </message>
    <message>
        <location filename="../gui/disk_storage_page.cpp" line="82" />
        <source>Disk image</source>
        <translation>Plattenabbild</translation>
    </message>
</context>
<context>
    <name>storlab::gui::DriveActions</name>
    <message>
        <location filename="../gui/drive_actions.cpp" line="31" />
        <source>Drive</source>
        <translation>Laufwerk</translation>
    </message>
    <message>
        <location filename="../gui/drive_actions.cpp" line="44" />
        <location filename="../gui/drive_actions.cpp" line="55" />
        <source>Load a cartridge</source>
        <translation>Kassette laden</translation>
    </message>
    <message>
        <location filename="../gui/drive_actions.cpp" line="45" />
        <source>Path of the cartridge file on the daemon's host:</source>
        <translation>Pfad der Kassettendatei auf dem Rechner des Daemons:</translation>
    </message>
    <message>
        <location filename="../gui/drive_actions.cpp" line="51" />
        <location filename="../gui/drive_actions.cpp" line="80" />
        <source>Loaded %1.</source>
        <translation>%1 geladen.</translation>
    </message>
    <message>
        <location filename="../gui/drive_actions.cpp" line="55" />
        <source>Load a disc image</source>
        <translation>Disc-Image laden</translation>
    </message>
    <message>
        <location filename="../gui/drive_actions.cpp" line="56" />
        <source>Disc images (*.iso *.iso.gz *.iso.xz *.iso.zst *.iso.bz2 *.zip *.tar *.7z *.udf);;All files (*)</source>
        <translation>Disc-Images (*.iso *.iso.gz *.iso.xz *.iso.zst *.iso.bz2 *.zip *.tar *.7z *.udf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../gui/drive_actions.cpp" line="58" />
        <source>Cartridge files (*);;All files (*)</source>
        <translation>Kassettendateien (*);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../gui/drive_actions.cpp" line="84" />
        <source>A cartridge file can be loaded only from the daemon's host.</source>
        <translation>Eine Kassettendatei kann nur vom Rechner des Daemons geladen werden.</translation>
    </message>
    <message>
        <location filename="../gui/drive_actions.cpp" line="89" />
        <source>Imported and loaded %1.</source>
        <translation>%1 importiert und geladen.</translation>
    </message>
    <message>
        <location filename="../gui/drive_actions.cpp" line="90" />
        <source>Import of %1 failed: %2</source>
        <translation>Import von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../gui/drive_actions.cpp" line="100" />
        <source>Ejected %1.</source>
        <translation>%1 ausgeworfen.</translation>
    </message>
    <message>
        <location filename="../gui/drive_actions.cpp" line="104" />
        <source>%1

Use “Force eject” to take the medium away from the initiator anyway.</source>
        <translation>%1

Mit „Auswurf erzwingen“ nehmen Sie dem Initiator das Medium trotzdem weg.</translation>
    </message>
    <message>
        <location filename="../gui/drive_actions.cpp" line="153" />
        <source>Drop disc images on a DVD drive (a LUN of type dvd) or on a jukebox in the Library tab.</source>
        <translation>Ziehen Sie Disc-Images auf ein DVD-Laufwerk (eine LUN vom Typ dvd) oder auf eine Jukebox im Reiter „Bibliothek“.</translation>
    </message>
</context>
<context>
    <name>storlab::gui::ErrorText</name>
    <message>
        <location filename="../gui/error_text.cpp" line="11" />
        <source>Connection error: %1</source>
        <translation>Verbindungsfehler: %1</translation>
    </message>
    <message>
        <location filename="../gui/error_text.cpp" line="13" />
        <source>Not available on this daemon: %1</source>
        <translation>Auf diesem Dienst nicht verfügbar: %1</translation>
    </message>
    <message>
        <location filename="../gui/error_text.cpp" line="16" />
        <source>Login failed: %1</source>
        <translation>Anmeldung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../gui/error_text.cpp" line="18" />
        <source>In use: %1</source>
        <translation>In Benutzung: %1</translation>
    </message>
    <message>
        <location filename="../gui/error_text.cpp" line="20" />
        <source>The daemon refused: %1</source>
        <translation>Der Dienst lehnte ab: %1</translation>
    </message>
</context>
<context>
    <name>storlab::gui::ImportJob</name>
    <message>
        <location filename="../gui/import_job.cpp" line="18" />
        <source>The connection to the daemon was lost; the import did not finish.</source>
        <translation>Die Verbindung zum Daemon ist abgebrochen; der Import wurde nicht beendet.</translation>
    </message>
    <message>
        <location filename="../gui/import_job.cpp" line="30" />
        <source>A folder can be imported only from the daemon's own host. Pack it as .zip or .tar and drop that.</source>
        <translation>Ein Ordner kann nur vom Rechner des Daemons importiert werden. Packen Sie ihn als .zip oder .tar und ziehen Sie diese Datei hierher.</translation>
    </message>
    <message>
        <location filename="../gui/import_job.cpp" line="35" />
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../gui/import_job.cpp" line="75" />
        <source>%1 could not be read at byte %2: %3</source>
        <translation>%1 konnte bei Byte %2 nicht gelesen werden: %3</translation>
    </message>
</context>
<context>
    <name>storlab::gui::ImportProgressDialog</name>
    <message>
        <location filename="../gui/import_progress_dialog.cpp" line="31" />
        <source>Importing %1</source>
        <translation>Importiere %1</translation>
    </message>
    <message>
        <location filename="../gui/import_progress_dialog.cpp" line="39" />
        <source>Starting the import of %1…</source>
        <translation>Starte den Import von %1…</translation>
    </message>
    <message>
        <location filename="../gui/import_progress_dialog.cpp" line="41" />
        <source>&amp;Cancel import</source>
        <translation>Import &amp;abbrechen</translation>
    </message>
    <message>
        <location filename="../gui/import_progress_dialog.cpp" line="45" />
        <source>Cancelling the import of %1…</source>
        <translation>Breche den Import von %1 ab…</translation>
    </message>
    <message>
        <location filename="../gui/import_progress_dialog.cpp" line="55" />
        <source>Uploading</source>
        <translation>Hochladen</translation>
    </message>
    <message>
        <location filename="../gui/import_progress_dialog.cpp" line="57" />
        <source>Expanding</source>
        <translation>Entpacken</translation>
    </message>
    <message>
        <location filename="../gui/import_progress_dialog.cpp" line="59" />
        <source>Mastering an ISO image</source>
        <translation>Erstelle ein ISO-Image</translation>
    </message>
    <message>
        <location filename="../gui/import_progress_dialog.cpp" line="61" />
        <source>Verifying</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <location filename="../gui/import_progress_dialog.cpp" line="63" />
        <source>Loading into the drive</source>
        <translation>Laden ins Laufwerk</translation>
    </message>
    <message>
        <location filename="../gui/import_progress_dialog.cpp" line="65" />
        <source>Starting</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location filename="../gui/import_progress_dialog.cpp" line="75" />
        <source>%1 %2: %3 of %4</source>
        <translation>%1 %2: %3 von %4</translation>
    </message>
    <message>
        <location filename="../gui/import_progress_dialog.cpp" line="79" />
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <location filename="../gui/import_progress_dialog.cpp" line="80" />
        <source>%1 %2…</source>
        <translation>%1 %2…</translation>
    </message>
</context>
<context>
    <name>storlab::gui::JukeboxMediaPage</name>
    <message>
        <location filename="../gui/jukebox_media_page.cpp" line="15" />
        <source>Discs</source>
        <translation>Discs</translation>
    </message>
    <message>
        <location filename="../gui/jukebox_media_page.cpp" line="16" />
        <source>Discs put in the slots: small sample ISOs, blank DVD+Rs to burn, and your own images (.iso used in place; .iso.gz, .zip, .tar, .7z imported once).</source>
        <translation>Discs in den Fächern: kleine Beispiel-ISOs, leere DVD+R zum Brennen und eigene Images (.iso wird direkt verwendet; .iso.gz, .zip, .tar, .7z werden einmal importiert).</translation>
    </message>
    <message>
        <location filename="../gui/jukebox_media_page.cpp" line="20" />
        <source>Sample discs</source>
        <translation>Beispiel-Discs</translation>
    </message>
    <message>
        <location filename="../gui/jukebox_media_page.cpp" line="25" />
        <source>Blank DVD+R discs</source>
        <translation>Leere DVD+R</translation>
    </message>
    <message>
        <location filename="../gui/jukebox_media_page.cpp" line="30" />
        <location filename="../gui/jukebox_media_page.cpp" line="47" />
        <source>Disc images</source>
        <translation>Disc-Abbilder</translation>
    </message>
    <message>
        <location filename="../gui/jukebox_media_page.cpp" line="31" />
        <source>&amp;Add images…</source>
        <translation>Abbilder &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../gui/jukebox_media_page.cpp" line="32" />
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../gui/jukebox_media_page.cpp" line="41" />
        <source>&amp;Sample discs:</source>
        <translation>&amp;Beispiel-Discs:</translation>
    </message>
    <message>
        <location filename="../gui/jukebox_media_page.cpp" line="42" />
        <source>&amp;Blank DVD+R:</source>
        <translation>&amp;Leere DVD+R:</translation>
    </message>
    <message>
        <location filename="../gui/jukebox_media_page.cpp" line="43" />
        <source>&amp;Images:</source>
        <translation>&amp;Abbilder:</translation>
    </message>
    <message>
        <location filename="../gui/jukebox_media_page.cpp" line="48" />
        <source>Disc images (*.iso *.iso.gz *.iso.xz *.zip *.tar *.tar.gz *.7z)</source>
        <translation>Disc-Images (*.iso *.iso.gz *.iso.xz *.zip *.tar *.tar.gz *.7z)</translation>
    </message>
</context>
<context>
    <name>storlab::gui::LabModel</name>
    <message>
        <location filename="../gui/lab_model.cpp" line="22" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../gui/lab_model.cpp" line="22" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../gui/lab_model.cpp" line="132" />
        <source>Portals</source>
        <translation>Portale</translation>
    </message>
    <message>
        <location filename="../gui/lab_model.cpp" line="139" />
        <source>listening</source>
        <translation>lauscht</translation>
    </message>
    <message>
        <location filename="../gui/lab_model.cpp" line="146" />
        <source>Targets</source>
        <translation>Targets</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/lab_model.cpp" line="154" />
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Sitzung</numerusform>
            <numerusform>%n Sitzungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/lab_model.cpp" line="154" />
        <source>idle</source>
        <translation>untätig</translation>
    </message>
    <message>
        <location filename="../gui/lab_model.cpp" line="165" />
        <source>LUN %1 (%2)</source>
        <translation>LUN %1 (%2)</translation>
    </message>
    <message>
        <location filename="../gui/lab_model.cpp" line="170" />
        <source>%1 GiB</source>
        <translation>%1 GiB</translation>
    </message>
    <message>
        <location filename="../gui/lab_model.cpp" line="175" />
        <source>loaded</source>
        <translation>geladen</translation>
    </message>
    <message>
        <location filename="../gui/lab_model.cpp" line="175" />
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <location filename="../gui/lab_model.cpp" line="182" />
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <location filename="../gui/lab_model.cpp" line="186" />
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../gui/lab_model.cpp" line="187" />
        <source>discovery</source>
        <translation>Discovery</translation>
    </message>
    <message>
        <location filename="../gui/lab_model.cpp" line="193" />
        <source>Libraries</source>
        <translation>Bibliotheken</translation>
    </message>
    <message>
        <location filename="../gui/lab_model.cpp" line="197" />
        <source>not offered by this daemon (library.list missing)</source>
        <translation>von diesem Daemon nicht angeboten (library.list fehlt)</translation>
    </message>
    <message>
        <location filename="../gui/lab_model.cpp" line="208" />
        <source>DVD jukebox</source>
        <translation>DVD-Jukebox</translation>
    </message>
    <message>
        <location filename="../gui/lab_model.cpp" line="208" />
        <source>tape library</source>
        <translation>Bandbibliothek</translation>
    </message>
</context>
<context>
    <name>storlab::gui::LibraryPanel</name>
    <message>
        <location filename="../gui/library_panel.cpp" line="19" />
        <source>Library view</source>
        <translation>Bibliotheksansicht</translation>
    </message>
    <message>
        <location filename="../gui/library_panel.cpp" line="39" />
        <source>Select a library or jukebox in the tree.</source>
        <translation>Wählen Sie links eine Bibliothek oder Jukebox.</translation>
    </message>
    <message>
        <location filename="../gui/library_panel.cpp" line="85" />
        <source>This daemon does not offer the library methods yet (library.show): the library view is disabled. Update storlabd.</source>
        <translation>Dieser Daemon bietet die Bibliotheksmethoden noch nicht an (library.show): Die Bibliotheksansicht ist deaktiviert. Aktualisieren Sie storlabd.</translation>
    </message>
    <message>
        <location filename="../gui/library_panel.cpp" line="94" />
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <location filename="../gui/library_panel.cpp" line="96" />
        <source>Drag a disc between slots, drives and import/export ports, or drop .iso/.zip files on a drive or slot.</source>
        <translation>Ziehen Sie eine Disc zwischen Fächern, Laufwerken und Import/Export-Ports, oder legen Sie .iso/.zip-Dateien auf einem Laufwerk oder Fach ab.</translation>
    </message>
    <message>
        <location filename="../gui/library_panel.cpp" line="98" />
        <source>Drag a cartridge to a drive to load it, back to a slot to unload, to an import/export port to export it.</source>
        <translation>Ziehen Sie eine Kassette auf ein Laufwerk, um sie zu laden, zurück in ein Fach zum Entladen, auf einen Import/Export-Port zum Auslagern.</translation>
    </message>
    <message>
        <location filename="../gui/library_panel.cpp" line="109" />
        <source>Moving %1 from %2 to %3…</source>
        <translation>Bewege %1 von %2 nach %3…</translation>
    </message>
    <message>
        <location filename="../gui/library_panel.cpp" line="120" />
        <source>Move refused: %1</source>
        <translation>Bewegung abgelehnt: %1</translation>
    </message>
    <message>
        <location filename="../gui/library_panel.cpp" line="120" />
        <source>this daemon has no changer.move</source>
        <translation>dieser Daemon hat kein changer.move</translation>
    </message>
    <message>
        <location filename="../gui/library_panel.cpp" line="126" />
        <source>Moved.</source>
        <translation>Bewegt.</translation>
    </message>
    <message>
        <location filename="../gui/library_panel.cpp" line="143" />
        <source>%1 holds %2: move it to a slot first, then drop the image again.</source>
        <translation>%1 enthält %2: Bringen Sie sie zuerst in ein Fach und legen Sie das Image dann erneut ab.</translation>
    </message>
    <message>
        <location filename="../gui/library_panel.cpp" line="153" />
        <source>A drive takes one disc: only %1 is imported.</source>
        <translation>Ein Laufwerk nimmt eine Disc auf: Nur %1 wird importiert.</translation>
    </message>
    <message>
        <location filename="../gui/library_panel.cpp" line="158" />
        <source>Importing %1…</source>
        <translation>Importiere %1…</translation>
    </message>
    <message>
        <location filename="../gui/library_panel.cpp" line="171" />
        <source>Imported %1 as %2 and loaded it.</source>
        <translation>%1 als %2 importiert und geladen.</translation>
    </message>
    <message>
        <location filename="../gui/library_panel.cpp" line="172" />
        <source>Imported %1 as %2 into %3.</source>
        <translation>%1 als %2 in %3 importiert.</translation>
    </message>
    <message>
        <location filename="../gui/library_panel.cpp" line="165" />
        <source>Import of %1 failed: %2</source>
        <translation>Import von %1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>storlab::gui::LibraryView</name>
    <message>
        <location filename="../gui/library_view.cpp" line="40" />
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <location filename="../gui/library_view.cpp" line="41" />
        <source>Drag a cartridge to a drive, slot or import/export port to move it. Keyboard: arrows select, Space picks up, Space again drops.</source>
        <translation>Ziehen Sie eine Kassette auf ein Laufwerk, Fach oder einen Import/Export-Port, um sie zu bewegen. Tastatur: Pfeiltasten wählen, Leertaste nimmt auf, erneut Leertaste legt ab.</translation>
    </message>
    <message>
        <location filename="../gui/library_view.cpp" line="85" />
        <source>DVD drives</source>
        <translation>DVD-Laufwerke</translation>
    </message>
    <message>
        <location filename="../gui/library_view.cpp" line="85" />
        <source>Tape drives</source>
        <translation>Bandlaufwerke</translation>
    </message>
    <message>
        <location filename="../gui/library_view.cpp" line="86" />
        <source>Import/export ports</source>
        <translation>Import/Export-Fächer</translation>
    </message>
    <message>
        <location filename="../gui/library_view.cpp" line="87" />
        <source>Storage slots</source>
        <translation>Stellplätze</translation>
    </message>
    <message>
        <location filename="../gui/library_view.cpp" line="176" />
        <source>Drive %1 · LUN %2</source>
        <translation>Laufwerk %1 · LUN %2</translation>
    </message>
    <message>
        <location filename="../gui/library_view.cpp" line="176" />
        <source>Drive %1</source>
        <translation>Laufwerk %1</translation>
    </message>
    <message>
        <location filename="../gui/library_view.cpp" line="178" />
        <source>I/E %1</source>
        <translation>I/E %1</translation>
    </message>
    <message>
        <location filename="../gui/library_view.cpp" line="179" />
        <source>Slot %1</source>
        <translation>Fach %1</translation>
    </message>
    <message>
        <location filename="../gui/library_view.cpp" line="180" />
        <source>Robot</source>
        <translation>Roboter</translation>
    </message>
    <message>
        <location filename="../gui/library_view.cpp" line="189" />
        <source>locked</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <location filename="../gui/library_view.cpp" line="206" />
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <location filename="../gui/library_view.cpp" line="239" />
        <source>(no label)</source>
        <translation>(ohne Etikett)</translation>
    </message>
    <message>
        <location filename="../gui/library_view.cpp" line="244" />
        <source>moving…</source>
        <translation>wird bewegt…</translation>
    </message>
    <message>
        <location filename="../gui/library_view.cpp" line="244" />
        <source>%1 WORM</source>
        <translation>%1 WORM</translation>
    </message>
    <message>
        <location filename="../gui/library_view.cpp" line="280" />
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../gui/library_view.cpp" line="280" />
        <source>%1: empty</source>
        <translation>%1: leer</translation>
    </message>
    <message>
        <location filename="../gui/library_view.cpp" line="383" />
        <source>Files can only be dropped on a DVD jukebox; tape cartridges are created by the New tape library wizard.</source>
        <translation>Dateien können nur auf einer DVD-Jukebox abgelegt werden; Bandkassetten erstellt der Assistent „Neue Bandbibliothek“.</translation>
    </message>
    <message>
        <location filename="../gui/library_view.cpp" line="387" />
        <source>Drop disc images on a DVD drive or a storage slot.</source>
        <translation>Legen Sie Disc-Images auf einem DVD-Laufwerk oder einem Fach ab.</translation>
    </message>
    <message>
        <location filename="../gui/library_view.cpp" line="395" />
        <source>%1 is not a local file: save it first, then drop the file.</source>
        <translation>%1 ist keine lokale Datei: Speichern Sie sie zuerst und legen Sie dann die Datei ab.</translation>
    </message>
</context>
<context>
    <name>storlab::gui::LiveCharts</name>
    <message>
        <location filename="../gui/live_charts.cpp" line="27" />
        <source>Live I/O charts</source>
        <translation>Live-E/A-Diagramme</translation>
    </message>
    <message>
        <location filename="../gui/live_charts.cpp" line="32" />
        <source>IOPS</source>
        <translation>IOPS</translation>
    </message>
    <message>
        <location filename="../gui/live_charts.cpp" line="33" />
        <source>MB/s</source>
        <translation>MB/s</translation>
    </message>
    <message>
        <location filename="../gui/live_charts.cpp" line="34" />
        <source>Latency (µs)</source>
        <translation>Latenz (µs)</translation>
    </message>
    <message>
        <location filename="../gui/live_charts.cpp" line="52" />
        <source>Live I/O of %1 (last %2 s)</source>
        <translation>Live-E/A von %1 (letzte %2 s)</translation>
    </message>
    <message>
        <location filename="../gui/live_charts.cpp" line="63" />
        <source>Waiting for statistics from the daemon (event.stats)…</source>
        <translation>Warte auf Statistiken vom Daemon (event.stats)…</translation>
    </message>
    <message>
        <location filename="../gui/live_charts.cpp" line="64" />
        <source>Measuring…</source>
        <translation>Messe…</translation>
    </message>
    <message>
        <location filename="../gui/live_charts.cpp" line="65" />
        <source>The daemon sends no counters for this object.</source>
        <translation>Der Daemon sendet für dieses Objekt keine Zähler.</translation>
    </message>
</context>
<context>
    <name>storlab::gui::LunEditDialog</name>
    <message>
        <location filename="../gui/lun_edit_dialog.cpp" line="22" />
        <source>Edit LUN %1 of %2</source>
        <translation>LUN %1 von %2 bearbeiten</translation>
    </message>
    <message>
        <location filename="../gui/lun_edit_dialog.cpp" line="26" />
        <source>no file</source>
        <translation>keine Datei</translation>
    </message>
    <message>
        <location filename="../gui/lun_edit_dialog.cpp" line="25" />
        <source>Logical unit:</source>
        <translation>Logische Einheit:</translation>
    </message>
    <message>
        <location filename="../gui/lun_edit_dialog.cpp" line="24" />
        <source>%1 — %2 store</source>
        <translation>%1 — Speicher %2</translation>
    </message>
    <message>
        <location filename="../gui/lun_edit_dialog.cpp" line="28" />
        <source>Image file:</source>
        <translation>Image-Datei:</translation>
    </message>
    <message>
        <location filename="../gui/lun_edit_dialog.cpp" line="29" />
        <source>&amp;Read-only</source>
        <translation>&amp;Schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../gui/lun_edit_dialog.cpp" line="29" />
        <source>initiators get DATA PROTECT on writes</source>
        <translation>Initiatoren erhalten bei Schreibzugriffen DATA PROTECT</translation>
    </message>
    <message>
        <location filename="../gui/lun_edit_dialog.cpp" line="30" />
        <source>&amp;Write cache</source>
        <translation>Schreib&amp;cache</translation>
    </message>
    <message>
        <location filename="../gui/lun_edit_dialog.cpp" line="30" />
        <source>WCE: writes are acknowledged before they reach the disk</source>
        <translation>WCE: Schreibvorgänge werden bestätigt, bevor sie die Platte erreichen</translation>
    </message>
    <message>
        <location filename="../gui/lun_edit_dialog.cpp" line="31" />
        <source>&amp;Direct I/O</source>
        <translation>&amp;Direkte E/A</translation>
    </message>
    <message>
        <location filename="../gui/lun_edit_dialog.cpp" line="31" />
        <source>O_DIRECT: bypass the host's page cache</source>
        <translation>O_DIRECT: am Seitencache des Hosts vorbei</translation>
    </message>
    <message>
        <location filename="../gui/lun_edit_dialog.cpp" line="32" />
        <source>&amp;Synchronous writes</source>
        <translation>&amp;Synchrone Schreibvorgänge</translation>
    </message>
    <message>
        <location filename="../gui/lun_edit_dialog.cpp" line="32" />
        <source>O_SYNC: every write reaches the disk before it completes</source>
        <translation>O_SYNC: jeder Schreibvorgang erreicht die Platte, bevor er abgeschlossen ist</translation>
    </message>
    <message>
        <location filename="../gui/lun_edit_dialog.cpp" line="33" />
        <source>&amp;Thin provisioning</source>
        <translation>&amp;Thin Provisioning</translation>
    </message>
    <message>
        <location filename="../gui/lun_edit_dialog.cpp" line="33" />
        <source>UNMAP frees space in the image file</source>
        <translation>UNMAP gibt Platz in der Image-Datei frei</translation>
    </message>
    <message>
        <location filename="../gui/lun_edit_dialog.cpp" line="37" />
        <source>Size in GiB</source>
        <translation>Größe in GiB</translation>
    </message>
    <message>
        <location filename="../gui/lun_edit_dialog.cpp" line="41" />
        <source> GiB</source>
        <translation> GiB</translation>
    </message>
    <message>
        <location filename="../gui/lun_edit_dialog.cpp" line="42" />
        <source>Can only grow: the file is extended, initiators see the new capacity after a rescan.</source>
        <translation>Kann nur wachsen: Die Datei wird erweitert, Initiatoren sehen die neue Kapazität nach einem Rescan.</translation>
    </message>
    <message>
        <location filename="../gui/lun_edit_dialog.cpp" line="43" />
        <source>Si&amp;ze:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <location filename="../gui/lun_edit_dialog.cpp" line="54" />
        <source>&amp;Vendor:</source>
        <translation>&amp;Hersteller:</translation>
    </message>
    <message>
        <location filename="../gui/lun_edit_dialog.cpp" line="55" />
        <source>&amp;Product:</source>
        <translation>&amp;Produkt:</translation>
    </message>
    <message>
        <location filename="../gui/lun_edit_dialog.cpp" line="56" />
        <source>Re&amp;vision:</source>
        <translation>Re&amp;vision:</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/lun_edit_dialog.cpp" line="58" />
        <source>&amp;Apply while %n session(s) are logged in</source>
        <translation>
            <numerusform>&amp;Anwenden, obwohl %n Sitzung angemeldet ist</numerusform>
            <numerusform>&amp;Anwenden, obwohl %n Sitzungen angemeldet sind</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/lun_edit_dialog.cpp" line="59" />
        <source>The LU is rebuilt under the initiators: commands in flight finish, the next ones see the new settings (and a unit attention).</source>
        <translation>Die LU wird unter den Initiatoren neu aufgebaut: Laufende Befehle werden beendet, die nächsten sehen die neuen Einstellungen (und eine Unit Attention).</translation>
    </message>
    <message>
        <location filename="../gui/lun_edit_dialog.cpp" line="103" />
        <source>Initiators are logged in to this target. Tick “Apply while … logged in” to rebuild the LU under them, or log the sessions out first.</source>
        <translation>An diesem Target sind Initiatoren angemeldet. Kreuzen Sie „Anwenden, obwohl … angemeldet“ an, um die LU unter ihnen neu aufzubauen, oder melden Sie die Sitzungen zuerst ab.</translation>
    </message>
    <message>
        <location filename="../gui/lun_edit_dialog.cpp" line="109" />
        <source>Updating LUN %1</source>
        <translation>Aktualisiere LUN %1</translation>
    </message>
</context>
<context>
    <name>storlab::gui::MainWindow</name>
    <message>
        <location filename="../gui/main_window.cpp" line="45" />
        <source>storlab</source>
        <translation>storlab</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="76" />
        <source>Lab objects</source>
        <translation>Laborobjekte</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="91" />
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="92" />
        <location filename="../gui/main_window.cpp" line="160" />
        <source>&amp;Properties</source>
        <translation>&amp;Eigenschaften</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="93" />
        <location filename="../gui/main_window.cpp" line="161" />
        <source>&amp;Library</source>
        <translation>&amp;Bibliothek</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="110" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="111" />
        <source>&amp;Connect to…</source>
        <translation>&amp;Verbinden mit…</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="111" />
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="113" />
        <source>Connect to &amp;local daemon</source>
        <translation>Mit &amp;lokalem Dienst verbinden</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="113" />
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="114" />
        <source>&amp;Saved connections</source>
        <translation>&amp;Gespeicherte Verbindungen</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="116" />
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="118" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="120" />
        <source>&amp;Create</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="121" />
        <source>New &amp;disk…</source>
        <translation>Neue &amp;Platte…</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="123" />
        <source>New &amp;tape library…</source>
        <translation>Neue &amp;Bandbibliothek…</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="123" />
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="125" />
        <source>New DVD &amp;jukebox…</source>
        <translation>Neue DVD-&amp;Jukebox…</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="125" />
        <source>Ctrl+Shift+J</source>
        <translation>Ctrl+Shift+J</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="128" />
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="129" />
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="129" />
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="131" />
        <source>Add &amp;media…</source>
        <translation>&amp;Medien hinzufügen…</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="131" />
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="133" />
        <source>&amp;Load medium…</source>
        <translation>Medium &amp;laden…</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="133" />
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="143" />
        <source>E&amp;ject</source>
        <translation>&amp;Auswerfen</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="143" />
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="144" />
        <source>&amp;Force eject</source>
        <translation>Auswurf &amp;erzwingen</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="145" />
        <source>Force eject</source>
        <translation>Auswurf erzwingen</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="146" />
        <source>An initiator prevents removal of this medium. Take it away anyway?

The initiator sees the medium gone; I/O it has in flight on it fails.</source>
        <translation>Ein Initiator verhindert das Entnehmen dieses Mediums. Trotzdem entnehmen?

Der Initiator sieht das Medium verschwinden; laufende E/A darauf schlägt fehl.</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="153" />
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="155" />
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="159" />
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="160" />
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="161" />
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="162" />
        <source>L&amp;anguage</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="171" />
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="176" />
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="177" />
        <source>&amp;About storlab</source>
        <translation>Ü&amp;ber storlab</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="179" />
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="199" />
        <source>(none yet)</source>
        <translation>(noch keine)</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="232" />
        <source>Checking the certificate of %1…</source>
        <translation>Prüfe das Zertifikat von %1…</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="238" />
        <source>Connection failed</source>
        <translation>Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="239" />
        <source>Cannot reach %1: %2

Check the address and that admin.tls is configured on the daemon.</source>
        <translation>%1 ist nicht erreichbar: %2

Prüfen Sie die Adresse und ob admin.tls im Daemon konfiguriert ist.</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="263" />
        <source>Login failed</source>
        <translation>Anmeldung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="264" />
        <source>%1 refused the login: %2

Check the user name and password (or the token) and connect again with File &gt; Connect to…. After 5 failures the daemon waits 60 s.</source>
        <translation>%1 hat die Anmeldung abgelehnt: %2

Prüfen Sie Benutzername und Passwort (oder das Token) und verbinden Sie sich erneut mit Datei &gt; Verbinden mit…. Nach 5 Fehlversuchen wartet der Daemon 60 s.</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="291" />
        <source>Trust this daemon?</source>
        <translation>Diesem Dienst vertrauen?</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="292" />
        <source>First connection to %1.

Certificate: %2
SHA-256 fingerprint:
%3

Compare it with the daemon's (openssl x509 -noout -fingerprint -sha256 -in admin.crt) before trusting it.</source>
        <translation>Erste Verbindung zu %1.

Zertifikat: %2
SHA-256-Fingerabdruck:
%3

Vergleichen Sie ihn mit dem des Daemons (openssl x509 -noout -fingerprint -sha256 -in admin.crt), bevor Sie ihm vertrauen.</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="297" />
        <source>&amp;Trust and connect</source>
        <translation>&amp;Vertrauen und verbinden</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="304" />
        <source>The daemon's certificate has changed</source>
        <translation>Das Zertifikat des Dienstes hat sich geändert</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="305" />
        <source>The certificate of %1 is not the one you trusted before.

Trusted: %2
Now:     %3

This happens when the daemon got a new certificate — or when someone intercepts the connection. Connect only if you know the certificate was replaced.</source>
        <translation>Das Zertifikat von %1 ist nicht das, dem Sie zuvor vertraut haben.

Vertraut: %2
Jetzt:    %3

Das passiert, wenn der Daemon ein neues Zertifikat bekommen hat — oder wenn jemand die Verbindung abfängt. Verbinden Sie sich nur, wenn Sie wissen, dass das Zertifikat ersetzt wurde.</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="311" />
        <source>Trust the &amp;new certificate</source>
        <translation>Dem &amp;neuen Zertifikat vertrauen</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="316" />
        <source>Not connected: the certificate of %1 changed and was not trusted.</source>
        <translation>Nicht verbunden: Das Zertifikat von %1 hat sich geändert und wurde nicht als vertrauenswürdig bestätigt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/main_window.cpp" line="360" />
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="363" />
        <source>Portal</source>
        <translation>Portal</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="363" />
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="363" />
        <source>Logical unit</source>
        <translation>Logische Einheit</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="364" />
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="364" />
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="476" />
        <source>Delete target %1?</source>
        <translation>Target %1 löschen?</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/main_window.cpp" line="477" />
        <source>%n logged-in session(s) are dropped and lose its LUNs at once.</source>
        <translation>
            <numerusform>%n angemeldete Sitzung wird getrennt und verliert sofort ihre LUNs.</numerusform>
            <numerusform>%n angemeldete Sitzungen werden getrennt und verlieren sofort ihre LUNs.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="478" />
        <source>No initiator is logged in.</source>
        <translation>Kein Initiator ist angemeldet.</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="480" />
        <source>It has no image files.</source>
        <translation>Es hat keine Image-Dateien.</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="481" />
        <source>The image files stay on disk: %1</source>
        <translation>Die Image-Dateien bleiben auf der Platte: %1</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="489" />
        <source>Remove LUN %1 from %2?

Logged-in initiators lose it at once (commands in flight finish).</source>
        <translation>LUN %1 aus %2 entfernen?

Angemeldete Initiatoren verlieren sie sofort (laufende Befehle werden beendet).</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="492" />
        <source>It has no image file.</source>
        <translation>Sie hat keine Image-Datei.</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="492" />
        <source>The image file %1 stays on disk.</source>
        <translation>Die Image-Datei %1 bleibt auf der Platte.</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="509" />
        <source>Delete library %1?

Its target (changer and %2 drive(s)) goes away with its sessions. The %3 cartridge/disc file(s) stay in %4.</source>
        <translation>Bibliothek %1 löschen?

Ihr Target (Wechsler und %2 Laufwerk(e)) verschwindet mit seinen Sitzungen. Die %3 Kassetten-/Disc-Datei(en) bleiben in %4.</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="499" />
        <source>Stop listening on %1?

Connected sessions stay up.</source>
        <translation>Nicht mehr auf %1 lauschen?

Verbundene Sitzungen bleiben bestehen.</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="504" />
        <source>Log out session %1 (%2)?</source>
        <translation>Sitzung %1 (%2) abmelden?</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="521" />
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="527" />
        <source>Not done</source>
        <translation>Nicht ausgeführt</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="570" />
        <source>The language changes the next time storlab starts.</source>
        <translation>Die Sprache wechselt beim nächsten Start von storlab.</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="576" />
        <source>About storlab</source>
        <translation>Über storlab</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="577" />
        <source>&lt;h3&gt;storlab&lt;/h3&gt;&lt;p&gt;Desktop client of the storlab iSCSI lab appliance.&lt;/p&gt;&lt;p&gt;Daemon: %1 %2, protocol %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;storlab&lt;/h3&gt;&lt;p&gt;Desktop-Client der storlab-iSCSI-Laborappliance.&lt;/p&gt;&lt;p&gt;Daemon: %1 %2, Protokoll %3&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="579" />
        <source>not connected</source>
        <translation>nicht verbunden</translation>
    </message>
</context>
<context>
    <name>storlab::gui::MediaFileCheck</name>
    <message>
        <location filename="../gui/media_file_check.cpp" line="37" />
        <source>ISO 9660 image</source>
        <translation>ISO-9660-Image</translation>
    </message>
    <message>
        <location filename="../gui/media_file_check.cpp" line="38" />
        <source>UDF image</source>
        <translation>UDF-Image</translation>
    </message>
    <message>
        <location filename="../gui/media_file_check.cpp" line="39" />
        <source>gzip-compressed image</source>
        <translation>gzip-komprimiertes Image</translation>
    </message>
    <message>
        <location filename="../gui/media_file_check.cpp" line="40" />
        <source>xz-compressed image</source>
        <translation>xz-komprimiertes Image</translation>
    </message>
    <message>
        <location filename="../gui/media_file_check.cpp" line="41" />
        <source>zstd-compressed image</source>
        <translation>zstd-komprimiertes Image</translation>
    </message>
    <message>
        <location filename="../gui/media_file_check.cpp" line="42" />
        <source>bzip2-compressed image</source>
        <translation>bzip2-komprimiertes Image</translation>
    </message>
    <message>
        <location filename="../gui/media_file_check.cpp" line="43" />
        <source>zip archive</source>
        <translation>zip-Archiv</translation>
    </message>
    <message>
        <location filename="../gui/media_file_check.cpp" line="44" />
        <source>tar archive</source>
        <translation>tar-Archiv</translation>
    </message>
    <message>
        <location filename="../gui/media_file_check.cpp" line="45" />
        <location filename="../gui/media_file_check.cpp" line="46" />
        <location filename="../gui/media_file_check.cpp" line="47" />
        <source>compressed tar archive</source>
        <translation>komprimiertes tar-Archiv</translation>
    </message>
    <message>
        <location filename="../gui/media_file_check.cpp" line="48" />
        <source>7-Zip archive</source>
        <translation>7-Zip-Archiv</translation>
    </message>
    <message>
        <location filename="../gui/media_file_check.cpp" line="83" />
        <source>folder (mastered into an ISO image)</source>
        <translation>Ordner (wird zu einem ISO-Image gemastert)</translation>
    </message>
    <message>
        <location filename="../gui/media_file_check.cpp" line="86" />
        <source>Drop .iso, .iso.gz, .iso.xz, .zip, .tar or .7z files, or a folder.</source>
        <translation>Legen Sie .iso-, .iso.gz-, .iso.xz-, .zip-, .tar- oder .7z-Dateien oder einen Ordner ab.</translation>
    </message>
    <message>
        <location filename="../gui/media_file_check.cpp" line="88" />
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../gui/media_file_check.cpp" line="93" />
        <source>%1 cannot be read: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location filename="../gui/media_file_check.cpp" line="100" />
        <source>%1 is a %2 but its name does not say so; rename it to end in %3.</source>
        <translation>%1 ist ein %2, aber der Name sagt es nicht; benennen Sie die Datei so um, dass sie auf %3 endet.</translation>
    </message>
    <message>
        <location filename="../gui/media_file_check.cpp" line="102" />
        <source>%1 is not disc media. %2</source>
        <translation>%1 ist kein Disc-Medium. %2</translation>
    </message>
    <message>
        <location filename="../gui/media_file_check.cpp" line="106" />
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <location filename="../gui/media_file_check.cpp" line="110" />
        <source>%1 is named like a %2 but its content is a %3.</source>
        <translation>%1 heißt wie ein %2, aber der Inhalt ist ein %3.</translation>
    </message>
    <message>
        <location filename="../gui/media_file_check.cpp" line="111" />
        <source>%1 is named like a %2 but its content is not one (damaged or another kind of file).</source>
        <translation>%1 heißt wie ein %2, ist aber keines (beschädigt oder eine andere Art Datei).</translation>
    </message>
</context>
<context>
    <name>storlab::gui::NewDiskWizard</name>
    <message>
        <location filename="../gui/new_disk_wizard.cpp" line="17" />
        <source>New Disk</source>
        <translation>Neue Platte</translation>
    </message>
    <message>
        <location filename="../gui/new_disk_wizard.cpp" line="20" />
        <source>New disk: name</source>
        <translation>Neue Platte: Name</translation>
    </message>
    <message>
        <location filename="../gui/new_disk_wizard.cpp" line="20" />
        <source>A target with one disk LUN that initiators can log in to.</source>
        <translation>Ein Target mit einer Platten-LUN, an dem sich Initiatoren anmelden können.</translation>
    </message>
    <message>
        <location filename="../gui/new_disk_wizard.cpp" line="48" />
        <source>Create target %1</source>
        <translation>Target %1 anlegen</translation>
    </message>
    <message>
        <location filename="../gui/new_disk_wizard.cpp" line="59" />
        <source>Add LUN %1 (%2)</source>
        <translation>LUN %1 hinzufügen (%2)</translation>
    </message>
    <message>
        <location filename="../gui/new_disk_wizard.cpp" line="63" />
        <source>Listen on portal %1</source>
        <translation>Auf Portal %1 lauschen</translation>
    </message>
    <message>
        <location filename="../gui/new_disk_wizard.cpp" line="65" />
        <source>Allow address %1</source>
        <translation>Adresse %1 zulassen</translation>
    </message>
    <message>
        <location filename="../gui/new_disk_wizard.cpp" line="68" />
        <source>Allow initiator %1</source>
        <translation>Initiator %1 zulassen</translation>
    </message>
    <message>
        <location filename="../gui/new_disk_wizard.cpp" line="72" />
        <source>Create CHAP user %1</source>
        <translation>CHAP-Benutzer %1 anlegen</translation>
    </message>
    <message>
        <location filename="../gui/new_disk_wizard.cpp" line="74" />
        <source>Require CHAP user %1 for the target</source>
        <translation>CHAP-Benutzer %1 für das Target verlangen</translation>
    </message>
</context>
<context>
    <name>storlab::gui::NewJukeboxWizard</name>
    <message>
        <location filename="../gui/new_jukebox_wizard.cpp" line="15" />
        <source>New DVD Jukebox</source>
        <translation>Neue DVD-Jukebox</translation>
    </message>
    <message>
        <location filename="../gui/new_jukebox_wizard.cpp" line="18" />
        <source>New DVD jukebox: name</source>
        <translation>Neue DVD-Jukebox: Name</translation>
    </message>
    <message>
        <location filename="../gui/new_jukebox_wizard.cpp" line="19" />
        <source>A DVD jukebox: one iSCSI target with a media changer and DVD drives.</source>
        <translation>Eine DVD-Jukebox: ein iSCSI-Target mit Medienwechsler und DVD-Laufwerken.</translation>
    </message>
    <message>
        <location filename="../gui/new_jukebox_wizard.cpp" line="26" />
        <source>Create jukebox %1 with its discs</source>
        <translation>Jukebox %1 mit ihren Discs anlegen</translation>
    </message>
</context>
<context>
    <name>storlab::gui::NewTapeLibraryWizard</name>
    <message>
        <location filename="../gui/new_tape_library_wizard.cpp" line="15" />
        <source>New Tape Library</source>
        <translation>Neue Bandbibliothek</translation>
    </message>
    <message>
        <location filename="../gui/new_tape_library_wizard.cpp" line="18" />
        <source>New tape library: name</source>
        <translation>Neue Bandbibliothek: Name</translation>
    </message>
    <message>
        <location filename="../gui/new_tape_library_wizard.cpp" line="19" />
        <source>A virtual tape library: one iSCSI target with a media changer and tape drives.</source>
        <translation>Eine virtuelle Bandbibliothek: ein iSCSI-Target mit Medienwechsler und Bandlaufwerken.</translation>
    </message>
    <message>
        <location filename="../gui/new_tape_library_wizard.cpp" line="25" />
        <source>Create library %1 with its cartridges</source>
        <translation>Bibliothek %1 mit ihren Kassetten anlegen</translation>
    </message>
</context>
<context>
    <name>storlab::gui::RateChart</name>
    <message>
        <location filename="../gui/rate_chart.cpp" line="22" />
        <source>%1: %2 now</source>
        <translation>%1: jetzt %2</translation>
    </message>
    <message>
        <location filename="../gui/rate_chart.cpp" line="97" />
        <location filename="../gui/rate_chart.cpp" line="98" />
        <source>-%1 s</source>
        <translation>-%1 s</translation>
    </message>
    <message>
        <location filename="../gui/rate_chart.cpp" line="99" />
        <source>now</source>
        <translation>jetzt</translation>
    </message>
</context>
<context>
    <name>storlab::gui::RpcDialog</name>
    <message>
        <location filename="../gui/rpc_dialog.cpp" line="28" />
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
</context>
<context>
    <name>storlab::gui::RpcSequence</name>
    <message>
        <location filename="../gui/rpc_sequence.cpp" line="30" />
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../gui/rpc_sequence.cpp" line="41" />
        <source>%1 failed. %2</source>
        <translation>%1 fehlgeschlagen. %2</translation>
    </message>
</context>
<context>
    <name>storlab::gui::StringListEditor</name>
    <message>
        <location filename="../gui/string_list_editor.cpp" line="22" />
        <source>New entry for %1</source>
        <translation>Neuer Eintrag für %1</translation>
    </message>
    <message>
        <location filename="../gui/string_list_editor.cpp" line="24" />
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../gui/string_list_editor.cpp" line="25" />
        <source>Add to %1</source>
        <translation>Zu %1 hinzufügen</translation>
    </message>
    <message>
        <location filename="../gui/string_list_editor.cpp" line="26" />
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../gui/string_list_editor.cpp" line="27" />
        <source>Remove from %1</source>
        <translation>Aus %1 entfernen</translation>
    </message>
</context>
<context>
    <name>storlab::gui::SummaryPage</name>
    <message>
        <location filename="../gui/summary_page.cpp" line="17" />
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../gui/summary_page.cpp" line="18" />
        <source>Finish sends these changes to the daemon.</source>
        <translation>„Fertigstellen“ sendet diese Änderungen an den Dienst.</translation>
    </message>
    <message>
        <location filename="../gui/summary_page.cpp" line="21" />
        <source>Summary of changes</source>
        <translation>Übersicht der Änderungen</translation>
    </message>
    <message>
        <location filename="../gui/summary_page.cpp" line="23" />
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../gui/summary_page.cpp" line="56" />
        <source>Not connected to a daemon: connect first (File &gt; Connect to…), then press Finish again.</source>
        <translation>Nicht mit einem Dienst verbunden: erst verbinden (Datei &gt; Verbinden mit…), dann erneut „Fertigstellen“ drücken.</translation>
    </message>
    <message>
        <location filename="../gui/summary_page.cpp" line="77" />
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
</context>
<context>
    <name>storlab::gui::TapeHardwarePage</name>
    <message>
        <location filename="../gui/tape_hardware_page.cpp" line="11" />
        <source>Jukebox hardware</source>
        <translation>Jukebox-Hardware</translation>
    </message>
    <message>
        <location filename="../gui/tape_hardware_page.cpp" line="11" />
        <source>Library hardware</source>
        <translation>Bibliotheks-Hardware</translation>
    </message>
    <message>
        <location filename="../gui/tape_hardware_page.cpp" line="12" />
        <source>DVD drives, storage slots and import/export ports of the jukebox.</source>
        <translation>DVD-Laufwerke, Fächer und Import/Export-Ports der Jukebox.</translation>
    </message>
    <message>
        <location filename="../gui/tape_hardware_page.cpp" line="13" />
        <source>What the changer reports to initiators, its LTO drives, slots and import/export ports.</source>
        <translation>Was der Wechsler den Initiatoren meldet, seine LTO-Laufwerke, Fächer und Import/Export-Ports.</translation>
    </message>
    <message>
        <location filename="../gui/tape_hardware_page.cpp" line="16" />
        <source>Changer personality</source>
        <translation>Wechsler-Persönlichkeit</translation>
    </message>
    <message>
        <location filename="../gui/tape_hardware_page.cpp" line="18" />
        <source>storlab DVD jukebox</source>
        <translation>storlab-DVD-Jukebox</translation>
    </message>
    <message>
        <location filename="../gui/tape_hardware_page.cpp" line="20" />
        <source>storlab virtual library</source>
        <translation>virtuelle storlab-Bibliothek</translation>
    </message>
    <message>
        <location filename="../gui/tape_hardware_page.cpp" line="27" />
        <source>Number of drives</source>
        <translation>Anzahl der Laufwerke</translation>
    </message>
    <message>
        <location filename="../gui/tape_hardware_page.cpp" line="32" />
        <source>Storage slots</source>
        <translation>Stellplätze</translation>
    </message>
    <message>
        <location filename="../gui/tape_hardware_page.cpp" line="37" />
        <source>Import/export ports</source>
        <translation>Import/Export-Fächer</translation>
    </message>
    <message>
        <location filename="../gui/tape_hardware_page.cpp" line="42" />
        <source>&amp;Personality:</source>
        <translation>&amp;Persönlichkeit:</translation>
    </message>
    <message>
        <location filename="../gui/tape_hardware_page.cpp" line="43" />
        <source>&amp;Drives:</source>
        <translation>&amp;Laufwerke:</translation>
    </message>
    <message>
        <location filename="../gui/tape_hardware_page.cpp" line="47" />
        <source>LTO generation of the drives</source>
        <translation>LTO-Generation der Laufwerke</translation>
    </message>
    <message>
        <location filename="../gui/tape_hardware_page.cpp" line="51" />
        <source>LTO &amp;generation:</source>
        <translation>LTO-&amp;Generation:</translation>
    </message>
    <message>
        <location filename="../gui/tape_hardware_page.cpp" line="54" />
        <source>&amp;Storage slots:</source>
        <translation>&amp;Stellplätze:</translation>
    </message>
    <message>
        <location filename="../gui/tape_hardware_page.cpp" line="55" />
        <source>&amp;Import/export ports:</source>
        <translation>&amp;Import/Export-Fächer:</translation>
    </message>
</context>
<context>
    <name>storlab::gui::TapeMediaPage</name>
    <message>
        <location filename="../gui/tape_media_page.cpp" line="22" />
        <source>Cartridges</source>
        <translation>Kassetten</translation>
    </message>
    <message>
        <location filename="../gui/tape_media_page.cpp" line="23" />
        <source>Barcoded cartridges created in the storage slots (slot 1, 2, … in order).</source>
        <translation>Kassetten mit Barcode, in den Fächern angelegt (Fach 1, 2, … der Reihe nach).</translation>
    </message>
    <message>
        <location filename="../gui/tape_media_page.cpp" line="26" />
        <source>First barcode</source>
        <translation>Erster Barcode</translation>
    </message>
    <message>
        <location filename="../gui/tape_media_page.cpp" line="30" />
        <source>Data cartridges</source>
        <translation>Datenkassetten</translation>
    </message>
    <message>
        <location filename="../gui/tape_media_page.cpp" line="35" />
        <source>WORM cartridges</source>
        <translation>WORM-Kassetten</translation>
    </message>
    <message>
        <location filename="../gui/tape_media_page.cpp" line="40" />
        <source>Cartridge capacity in GiB</source>
        <translation>Kassettenkapazität in GiB</translation>
    </message>
    <message>
        <location filename="../gui/tape_media_page.cpp" line="48" />
        <source>&amp;First barcode:</source>
        <translation>&amp;Erster Barcode:</translation>
    </message>
    <message>
        <location filename="../gui/tape_media_page.cpp" line="49" />
        <source>&amp;Data cartridges:</source>
        <translation>&amp;Datenkassetten:</translation>
    </message>
    <message>
        <location filename="../gui/tape_media_page.cpp" line="50" />
        <source>&amp;WORM cartridges:</source>
        <translation>&amp;WORM-Kassetten:</translation>
    </message>
    <message>
        <location filename="../gui/tape_media_page.cpp" line="51" />
        <source>&amp;Capacity each:</source>
        <translation>&amp;Kapazität je:</translation>
    </message>
    <message>
        <location filename="../gui/tape_media_page.cpp" line="52" />
        <source>Barcodes:</source>
        <translation>Barcodes:</translation>
    </message>
    <message>
        <location filename="../gui/tape_media_page.cpp" line="70" />
        <source>data %1%2 … (%3)</source>
        <translation>Daten %1%2 … (%3)</translation>
    </message>
    <message>
        <location filename="../gui/tape_media_page.cpp" line="72" />
        <source>WORM W%1%2 … (%3)</source>
        <translation>WORM W%1%2 … (%3)</translation>
    </message>
    <message>
        <location filename="../gui/tape_media_page.cpp" line="75" />
        <source>Too many cartridges for %1 slots.</source>
        <translation>Zu viele Kassetten für %1 Fächer.</translation>
    </message>
</context>
<context>
    <name>storlab::gui::TargetEditDialog</name>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="42" />
        <source>Edit target %1</source>
        <translation>Target %1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="47" />
        <source>Target:</source>
        <translation>Target:</translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="49" />
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="50" />
        <source>shown to initiators as TargetAlias (optional)</source>
        <translation>den Initiatoren als TargetAlias angezeigt (optional)</translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="51" />
        <source>&amp;Alias:</source>
        <translation>&amp;Alias:</translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="53" />
        <source>&lt;b&gt;Who may log in&lt;/b&gt; — empty lists admit everyone; a non-empty list must match.</source>
        <translation>&lt;b&gt;Wer sich anmelden darf&lt;/b&gt; — leere Listen lassen alle zu; eine nicht leere Liste muss passen.</translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="56" />
        <source>Allowed initiator names</source>
        <translation>Zugelassene Initiator-Namen</translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="56" />
        <source>iqn.1993-08.org.debian:01:abcdef</source>
        <translation>iqn.1993-08.org.debian:01:abcdef</translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="58" />
        <source>Initiator &amp;names:</source>
        <translation>Initiator-&amp;Namen:</translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="59" />
        <source>Allowed initiator addresses</source>
        <translation>Zugelassene Initiator-Adressen</translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="59" />
        <source>10.0.0.5, 10.0.0.0/24, fd00::/64 or ALL</source>
        <translation>10.0.0.5, 10.0.0.0/24, fd00::/64 oder ALL</translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="61" />
        <source>Initiator a&amp;ddresses:</source>
        <translation>Initiator-A&amp;dressen:</translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="63" />
        <source>&lt;b&gt;CHAP&lt;/b&gt; — incoming: the initiator proves who it is; outgoing: the target answers (mutual CHAP).</source>
        <translation>&lt;b&gt;CHAP&lt;/b&gt; — eingehend: der Initiator weist sich aus; ausgehend: das Target antwortet (gegenseitiges CHAP).</translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="68" />
        <source>Incoming CHAP users</source>
        <translation>Eingehende CHAP-Benutzer</translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="68" />
        <source>user name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="70" />
        <source>&amp;Incoming users:</source>
        <translation>&amp;Eingehende Benutzer:</translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="73" />
        <source>Secret for new incoming users</source>
        <translation>Geheimnis für neue eingehende Benutzer</translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="74" />
        <source>only for users that do not exist yet (12–16 characters)</source>
        <translation>nur für Benutzer, die es noch nicht gibt (12–16 Zeichen)</translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="75" />
        <source>New user &amp;secret:</source>
        <translation>&amp;Geheimnis neuer Benutzer:</translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="77" />
        <source>Outgoing CHAP user</source>
        <translation>Ausgehender CHAP-Benutzer</translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="78" />
        <source>empty: no mutual CHAP</source>
        <translation>leer: kein gegenseitiges CHAP</translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="79" />
        <source>&amp;Outgoing user:</source>
        <translation>&amp;Ausgehender Benutzer:</translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="82" />
        <source>Secret for a new outgoing user</source>
        <translation>Geheimnis für einen neuen ausgehenden Benutzer</translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="83" />
        <source>only when the outgoing user does not exist yet</source>
        <translation>nur wenn es den ausgehenden Benutzer noch nicht gibt</translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="84" />
        <source>Outgoing s&amp;ecret:</source>
        <translation>Ausgehendes G&amp;eheimnis:</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/target_edit_dialog.cpp" line="87" />
        <source>%n session(s) logged in: access changes apply at their next login.</source>
        <translation>
            <numerusform>%n Sitzung angemeldet: Zugriffsänderungen gelten ab ihrer nächsten Anmeldung.</numerusform>
            <numerusform>%n Sitzungen angemeldet: Zugriffsänderungen gelten ab ihrer nächsten Anmeldung.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="128" />
        <source>Setting the alias</source>
        <translation>Setze den Alias</translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="133" />
        <source>Removing %1 %2</source>
        <translation>Entferne %1 %2</translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="136" />
        <source>Allowing %1 %2</source>
        <translation>Erlaube %1 %2</translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="138" />
        <source>initiator</source>
        <translation>Initiator</translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="139" />
        <source>address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="151" />
        <source>Creating CHAP user %1</source>
        <translation>Lege CHAP-Benutzer %1 an</translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="158" />
        <source>Unbinding incoming user %1</source>
        <translation>Löse eingehenden Benutzer %1</translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="163" />
        <source>Binding incoming user %1</source>
        <translation>Binde eingehenden Benutzer %1</translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="170" />
        <source>Unbinding outgoing user %1</source>
        <translation>Löse ausgehenden Benutzer %1</translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="174" />
        <source>Binding outgoing user %1</source>
        <translation>Binde ausgehenden Benutzer %1</translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="179" />
        <source>%1 does not exist yet: enter a secret for the new CHAP user (12 to 16 characters; initiators must use the same).</source>
        <translation>%1 existiert noch nicht: Geben Sie ein Geheimnis für den neuen CHAP-Benutzer ein (12 bis 16 Zeichen; Initiatoren müssen dasselbe verwenden).</translation>
    </message>
</context>
<context>
    <name>storlab::gui::TargetNamePage</name>
    <message>
        <location filename="../gui/target_name_page.cpp" line="19" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../gui/target_name_page.cpp" line="23" />
        <source>Target name (IQN)</source>
        <translation>Target-Name (IQN)</translation>
    </message>
    <message>
        <location filename="../gui/target_name_page.cpp" line="26" />
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <location filename="../gui/target_name_page.cpp" line="27" />
        <source>The IQN is suggested from the name, today's month and this host; edit it freely.</source>
        <translation>Der IQN wird aus Name, aktuellem Monat und Rechner vorgeschlagen; Sie können ihn frei ändern.</translation>
    </message>
    <message>
        <location filename="../gui/target_name_page.cpp" line="32" />
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../gui/target_name_page.cpp" line="33" />
        <source>&amp;IQN:</source>
        <translation>&amp;IQN:</translation>
    </message>
    <message>
        <location filename="../gui/target_name_page.cpp" line="34" />
        <source>&amp;Alias:</source>
        <translation>&amp;Alias:</translation>
    </message>
</context>
<context>
    <name>storlab::gui::TrayIndicator</name>
    <message>
        <location filename="../gui/tray_indicator.cpp" line="26" />
        <source>&amp;Show storlab</source>
        <translation>storlab &amp;anzeigen</translation>
    </message>
    <message>
        <location filename="../gui/tray_indicator.cpp" line="31" />
        <source>&amp;Retry the connection now</source>
        <translation>Verbindung jetzt &amp;erneut versuchen</translation>
    </message>
    <message>
        <location filename="../gui/tray_indicator.cpp" line="33" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../gui/tray_indicator.cpp" line="58" />
        <source>storlab: %1</source>
        <translation>storlab: %1</translation>
    </message>
    <message>
        <location filename="../gui/tray_indicator.cpp" line="61" />
        <source>storlab lost the daemon</source>
        <translation>storlab hat den Daemon verloren</translation>
    </message>
    <message>
        <location filename="../gui/tray_indicator.cpp" line="64" />
        <source>storlab is connected again</source>
        <translation>storlab ist wieder verbunden</translation>
    </message>
</context>
<context>
    <name>storlab::gui::PropertyLabels</name>
    <message>
        <location filename="../gui/property_labels.cpp" line="20" />
        <source>IQN</source>
        <translation>IQN</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="21" />
        <source>Target ID (tid)</source>
        <translation>Target-ID (tid)</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="22" />
        <source>Portal group tag (TPGT)</source>
        <translation>Portalgruppen-Tag (TPGT)</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="23" />
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="24" />
        <source>LUN</source>
        <translation>LUN</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="25" />
        <source>LUNs</source>
        <translation>LUNs</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="26" />
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="27" />
        <source>SCSI device type</source>
        <translation>SCSI-Gerätetyp</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="28" />
        <source>Backing store</source>
        <translation>Speicher-Backend</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="29" />
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="30" />
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="31" />
        <source>Block size</source>
        <translation>Blockgröße</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="32" />
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="33" />
        <source>Write cache</source>
        <translation>Schreibcache</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="34" />
        <source>Direct I/O (O_DIRECT)</source>
        <translation>Direkte E/A (O_DIRECT)</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="35" />
        <source>Synchronous writes (O_SYNC)</source>
        <translation>Synchrones Schreiben (O_SYNC)</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="36" />
        <source>Thin provisioning</source>
        <translation>Thin Provisioning</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="37" />
        <source>Vendor</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="38" />
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="39" />
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="40" />
        <source>Serial number</source>
        <translation>Seriennummer</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="41" />
        <source>NAA ID</source>
        <translation>NAA-ID</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="42" />
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="43" />
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="44" />
        <source>CHAP users (incoming)</source>
        <translation>CHAP-Benutzer (eingehend)</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="45" />
        <source>CHAP user (outgoing, mutual)</source>
        <translation>CHAP-Benutzer (ausgehend, gegenseitig)</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="46" />
        <source>Allowed initiator addresses</source>
        <translation>Zugelassene Initiator-Adressen</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="47" />
        <source>Allowed initiator IQNs</source>
        <translation>Zugelassene Initiator-IQNs</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="48" />
        <source>iSCSI login parameters</source>
        <translation>iSCSI-Anmeldeparameter</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="49" />
        <source>TSIH</source>
        <translation>TSIH</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="50" />
        <source>ISID</source>
        <translation>ISID</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="51" />
        <source>Initiator IQN</source>
        <translation>Initiator-IQN</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="52" />
        <source>Initiator alias</source>
        <translation>Initiator-Alias</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="53" />
        <source>Target IQN</source>
        <translation>Target-IQN</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="54" />
        <source>Negotiated parameters</source>
        <translation>Ausgehandelte Parameter</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="55" />
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="56" />
        <source>CID</source>
        <translation>CID</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="57" />
        <source>Initiator address</source>
        <translation>Initiator-Adresse</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="58" />
        <source>Portal address</source>
        <translation>Portal-Adresse</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="59" />
        <source>Commands in flight</source>
        <translation>Laufende Befehle</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="60" />
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="61" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="62" />
        <source>Personality</source>
        <translation>Persönlichkeit</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="63" />
        <source>Drive type</source>
        <translation>Laufwerkstyp</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="64" />
        <source>LTO generation</source>
        <translation>LTO-Generation</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="65" />
        <source>Drives</source>
        <translation>Laufwerke</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="66" />
        <source>Drive LUNs</source>
        <translation>Laufwerks-LUNs</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="67" />
        <source>Changer LUN</source>
        <translation>Wechsler-LUN</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="68" />
        <source>Slots</source>
        <translation>Fächer</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="69" />
        <source>Import/export slots</source>
        <translation>Import/Export-Fächer</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="70" />
        <source>Media</source>
        <translation>Medien</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="71" />
        <source>Media directory</source>
        <translation>Medienverzeichnis</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="131" />
        <source>%1 (initiator)</source>
        <translation>%1 (Initiator)</translation>
    </message>
</context>
</TS>
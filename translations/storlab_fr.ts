<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
  <context>
    <name>main</name>
    <message>
      <location filename="../gui/main.cpp" line="20" />
      <source>Desktop client of the storlab iSCSI lab appliance.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../gui/main.cpp" line="23" />
      <source>Local admin socket of storlabd.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>storlab::gui::CertificateProbe</name>
    <message>
      <location filename="../gui/certificate_probe.cpp" line="21" />
      <source>The server presented no certificate.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../gui/certificate_probe.cpp" line="32" />
      <source>No TLS answer within the time limit.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>storlab::gui::ConnectDialog</name>
    <message>
      <location filename="../gui/connect_dialog.cpp" line="16" />
      <source>Connect to a Daemon</source>
      <translation>Se connecter à un démon</translation>
    </message>
    <message>
      <location filename="../gui/connect_dialog.cpp" line="19" />
      <source>Saved connections</source>
      <translation>Connexions enregistrées</translation>
    </message>
    <message>
      <location filename="../gui/connect_dialog.cpp" line="20" />
      <source>New connection</source>
      <translation>Nouvelle connexion</translation>
    </message>
    <message>
      <location filename="../gui/connect_dialog.cpp" line="24" />
      <source>Connection name</source>
      <translation>Nom de la connexion</translation>
    </message>
    <message>
      <location filename="../gui/connect_dialog.cpp" line="27" />
      <source>Address</source>
      <translation>Adresse</translation>
    </message>
    <message>
      <location filename="../gui/connect_dialog.cpp" line="28" />
      <source>tls://host:3262, or a local socket path (empty: this machine's daemon)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../gui/connect_dialog.cpp" line="29" />
      <source>User and &amp;password</source>
      <translation>Utilisateur et mot de &amp;passe</translation>
    </message>
    <message>
      <location filename="../gui/connect_dialog.cpp" line="30" />
      <source>&amp;Token</source>
      <translation>&amp;Jeton</translation>
    </message>
    <message>
      <location filename="../gui/connect_dialog.cpp" line="33" />
      <source>User</source>
      <translation>Utilisateur</translation>
    </message>
    <message>
      <location filename="../gui/connect_dialog.cpp" line="35" />
      <source>Password</source>
      <translation>Mot de passe</translation>
    </message>
    <message>
      <location filename="../gui/connect_dialog.cpp" line="38" />
      <source>Token</source>
      <translation>Jeton</translation>
    </message>
    <message>
      <location filename="../gui/connect_dialog.cpp" line="40" />
      <source>On first contact the server's certificate fingerprint is shown for you to confirm.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../gui/connect_dialog.cpp" line="44" />
      <source>&amp;Saved:</source>
      <translation>&amp;Enregistrée :</translation>
    </message>
    <message>
      <location filename="../gui/connect_dialog.cpp" line="45" />
      <source>&amp;Name:</source>
      <translation>&amp;Nom :</translation>
    </message>
    <message>
      <location filename="../gui/connect_dialog.cpp" line="46" />
      <source>&amp;Address:</source>
      <translation>&amp;Adresse :</translation>
    </message>
    <message>
      <location filename="../gui/connect_dialog.cpp" line="48" />
      <source>&amp;User:</source>
      <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
      <location filename="../gui/connect_dialog.cpp" line="49" />
      <source>Pass&amp;word:</source>
      <translation>Mot de pass&amp;e :</translation>
    </message>
    <message>
      <location filename="../gui/connect_dialog.cpp" line="51" />
      <source>T&amp;oken:</source>
      <translation>J&amp;eton :</translation>
    </message>
    <message>
      <location filename="../gui/connect_dialog.cpp" line="53" />
      <source>&amp;Connect</source>
      <translation>Se &amp;connecter</translation>
    </message>
  </context>
  <context>
    <name>storlab::gui::ConnectionIndicator</name>
    <message>
      <location filename="../gui/connection_indicator.cpp" line="15" />
      <source>Connection state</source>
      <translation>État de la connexion</translation>
    </message>
    <message>
      <location filename="../gui/connection_indicator.cpp" line="22" />
      <source>Retry now</source>
      <translation>Réessayer maintenant</translation>
    </message>
    <message>
      <location filename="../gui/connection_indicator.cpp" line="23" />
      <source>Retry the connection now</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>storlab::gui::ConnectionManager</name>
    <message>
      <location filename="../gui/connection_manager.cpp" line="15" />
      <source>the daemon closed the connection</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../gui/connection_manager.cpp" line="18" />
      <source>the daemon is shutting down</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../gui/connection_manager.cpp" line="102" />
      <source>Connected to %1</source>
      <translation>Connecté à %1</translation>
    </message>
    <message>
      <location filename="../gui/connection_manager.cpp" line="104" />
      <source>Connecting to %1…</source>
      <translation>Connexion à %1…</translation>
    </message>
    <message>
      <location filename="../gui/connection_manager.cpp" line="106" />
      <source>Reconnecting to %1 in %2 s (%3)</source>
      <translation>Reconnexion à %1 dans %2 s (%3)</translation>
    </message>
    <message>
      <location filename="../gui/connection_manager.cpp" line="110" />
      <source>Not connected</source>
      <translation>Non connecté</translation>
    </message>
    <message>
      <location filename="../gui/connection_manager.cpp" line="110" />
      <source>Not connected: %1</source>
      <translation>Non connecté : %1</translation>
    </message>
  </context>
  <context>
    <name>storlab::gui::ConnectionProfile</name>
    <message>
      <location filename="../gui/connection_profile.cpp" line="10" />
      <source>Local daemon</source>
      <translation>Démon local</translation>
    </message>
  </context>
  <context>
    <name>storlab::gui::DetailPane</name>
    <message>
      <location filename="../gui/detail_pane.cpp" line="26" />
      <source>Details</source>
      <translation>Détails</translation>
    </message>
    <message>
      <location filename="../gui/detail_pane.cpp" line="39" />
      <source>Properties</source>
      <translation>Propriétés</translation>
    </message>
    <message>
      <location filename="../gui/detail_pane.cpp" line="41" />
      <source>Property</source>
      <translation>Propriété</translation>
    </message>
    <message>
      <location filename="../gui/detail_pane.cpp" line="41" />
      <source>Value</source>
      <translation>Valeur</translation>
    </message>
    <message>
      <location filename="../gui/detail_pane.cpp" line="53" />
      <source>Nothing selected</source>
      <translation>Aucune sélection</translation>
    </message>
    <message>
      <location filename="../gui/detail_pane.cpp" line="54" />
      <source>Select a portal, target, LUN, session or library in the tree.</source>
      <translation>Sélectionnez un portail, une cible, un LUN, une session ou une bibliothèque dans l'arbre.</translation>
    </message>
    <message>
      <location filename="../gui/detail_pane.cpp" line="72" />
      <source>Negotiated parameters</source>
      <translation>Paramètres négociés</translation>
    </message>
    <message>
      <location filename="../gui/detail_pane.cpp" line="84" />
      <source>(none)</source>
      <translation>(aucun)</translation>
    </message>
    <message>
      <location filename="../gui/detail_pane.cpp" line="94" />
      <source>yes</source>
      <translation>oui</translation>
    </message>
    <message>
      <location filename="../gui/detail_pane.cpp" line="94" />
      <source>no</source>
      <translation>non</translation>
    </message>
  </context>
  <context>
    <name>storlab::gui::DiskAccessPage</name>
    <message>
      <location filename="../gui/disk_access_page.cpp" line="14" />
      <source>Access</source>
      <translation>Accès</translation>
    </message>
    <message>
      <location filename="../gui/disk_access_page.cpp" line="15" />
      <source>Who may log in: portal, initiator addresses and names, CHAP. Empty lists admit everyone.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../gui/disk_access_page.cpp" line="18" />
      <source>Portal</source>
      <translation>Portail</translation>
    </message>
    <message>
      <location filename="../gui/disk_access_page.cpp" line="22" />
      <source>Allowed initiator addresses</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../gui/disk_access_page.cpp" line="23" />
      <source>e.g. 127.0.0.1, 10.0.0.0/24 (empty: any address)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../gui/disk_access_page.cpp" line="26" />
      <source>Allowed initiator names</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../gui/disk_access_page.cpp" line="27" />
      <source>iqn.… separated by commas (empty: any initiator)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../gui/disk_access_page.cpp" line="28" />
      <source>Require &amp;CHAP authentication</source>
      <translation>Exiger l'authentification &amp;CHAP</translation>
    </message>
    <message>
      <location filename="../gui/disk_access_page.cpp" line="34" />
      <source>CHAP user</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../gui/disk_access_page.cpp" line="37" />
      <source>CHAP secret</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../gui/disk_access_page.cpp" line="39" />
      <source>12 to 16 characters recommended</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../gui/disk_access_page.cpp" line="41" />
      <source>&amp;User:</source>
      <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
      <location filename="../gui/disk_access_page.cpp" line="42" />
      <source>&amp;Secret:</source>
      <translation>&amp;Secret :</translation>
    </message>
    <message>
      <location filename="../gui/disk_access_page.cpp" line="45" />
      <source>&amp;Portal:</source>
      <translation>&amp;Portail :</translation>
    </message>
    <message>
      <location filename="../gui/disk_access_page.cpp" line="46" />
      <source>Allowed &amp;addresses:</source>
      <translation>&amp;Adresses autorisées :</translation>
    </message>
    <message>
      <location filename="../gui/disk_access_page.cpp" line="47" />
      <source>Allowed i&amp;nitiators:</source>
      <translation>I&amp;nitiateurs autorisés :</translation>
    </message>
  </context>
  <context>
    <name>storlab::gui::DiskStoragePage</name>
    <message>
      <location filename="../gui/disk_storage_page.cpp" line="17" />
      <source>Backing store</source>
      <translation>Stockage sous-jacent</translation>
    </message>
    <message>
      <location filename="../gui/disk_storage_page.cpp" line="18" />
      <source>Where the disk's blocks live on the daemon's machine.</source>
      <translation>Où les blocs du disque sont stockés sur la machine du démon.</translation>
    </message>
    <message>
      <location filename="../gui/disk_storage_page.cpp" line="21" />
      <source>Backing store type</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../gui/disk_storage_page.cpp" line="22" />
      <source>File, thread pool (rdwr)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../gui/disk_storage_page.cpp" line="23" />
      <source>File, Linux AIO (aio)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../gui/disk_storage_page.cpp" line="24" />
      <source>File, io_uring (uring)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../gui/disk_storage_page.cpp" line="25" />
      <source>No storage, discards writes (null)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../gui/disk_storage_page.cpp" line="28" />
      <source>Image file path</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../gui/disk_storage_page.cpp" line="29" />
      <source>&amp;Browse…</source>
      <translation>&amp;Parcourir…</translation>
    </message>
    <message>
      <location filename="../gui/disk_storage_page.cpp" line="30" />
      <source>Choose the image file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../gui/disk_storage_page.cpp" line="36" />
      <source>Size</source>
      <translation>Taille</translation>
    </message>
    <message>
      <location filename="../gui/disk_storage_page.cpp" line="41" />
      <source>Size unit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../gui/disk_storage_page.cpp" line="51" />
      <source>LUN</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../gui/disk_storage_page.cpp" line="56" />
      <source>Block size</source>
      <translation>Taille de bloc</translation>
    </message>
    <message>
      <location filename="../gui/disk_storage_page.cpp" line="59" />
      <source>&amp;Thin provisioning (UNMAP frees space in the file)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../gui/disk_storage_page.cpp" line="64" />
      <source>&amp;Store:</source>
      <translation>&amp;Stockage :</translation>
    </message>
    <message>
      <location filename="../gui/disk_storage_page.cpp" line="65" />
      <source>&amp;Image file:</source>
      <translation>Fichier &amp;image :</translation>
    </message>
    <message>
      <location filename="../gui/disk_storage_page.cpp" line="66" />
      <source>Si&amp;ze:</source>
      <translation>&amp;Taille :</translation>
    </message>
    <message>
      <location filename="../gui/disk_storage_page.cpp" line="67" />
      <source>&amp;LUN:</source>
      <translation>&amp;LUN :</translation>
    </message>
    <message>
      <location filename="../gui/disk_storage_page.cpp" line="68" />
      <source>Bl&amp;ock size:</source>
      <translation>Taille de bl&amp;oc :</translation>
    </message>
    <message>
      <location filename="../gui/disk_storage_page.cpp" line="82" />
      <source>Disk image</source>
      <translation>Image disque</translation>
    </message>
  </context>
  <context>
    <name>storlab::gui::ErrorText</name>
    <message>
      <location filename="../gui/error_text.cpp" line="11" />
      <source>Connection error: %1</source>
      <translation>Erreur de connexion : %1</translation>
    </message>
    <message>
      <location filename="../gui/error_text.cpp" line="13" />
      <source>Not available on this daemon: %1</source>
      <translation>Non disponible sur ce démon : %1</translation>
    </message>
    <message>
      <location filename="../gui/error_text.cpp" line="16" />
      <source>Login failed: %1</source>
      <translation>Échec de l'authentification : %1</translation>
    </message>
    <message>
      <location filename="../gui/error_text.cpp" line="18" />
      <source>In use: %1</source>
      <translation>En cours d'utilisation : %1</translation>
    </message>
    <message>
      <location filename="../gui/error_text.cpp" line="20" />
      <source>The daemon refused: %1</source>
      <translation>Le démon a refusé : %1</translation>
    </message>
  </context>
  <context>
    <name>storlab::gui::JukeboxMediaPage</name>
    <message>
      <location filename="../gui/jukebox_media_page.cpp" line="15" />
      <source>Discs</source>
      <translation>Disques</translation>
    </message>
    <message>
      <location filename="../gui/jukebox_media_page.cpp" line="16" />
      <source>Discs put in the slots: small sample ISOs, blank DVD+Rs to burn, and your own images (.iso used in place; .iso.gz, .zip, .tar, .7z imported once).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../gui/jukebox_media_page.cpp" line="20" />
      <source>Sample discs</source>
      <translation>Disques d'exemple</translation>
    </message>
    <message>
      <location filename="../gui/jukebox_media_page.cpp" line="25" />
      <source>Blank DVD+R discs</source>
      <translation>DVD+R vierges</translation>
    </message>
    <message>
      <location filename="../gui/jukebox_media_page.cpp" line="30" />
      <location filename="../gui/jukebox_media_page.cpp" line="47" />
      <source>Disc images</source>
      <translation>Images de disque</translation>
    </message>
    <message>
      <location filename="../gui/jukebox_media_page.cpp" line="31" />
      <source>&amp;Add images…</source>
      <translation>&amp;Ajouter des images…</translation>
    </message>
    <message>
      <location filename="../gui/jukebox_media_page.cpp" line="32" />
      <source>&amp;Remove</source>
      <translation>&amp;Retirer</translation>
    </message>
    <message>
      <location filename="../gui/jukebox_media_page.cpp" line="41" />
      <source>&amp;Sample discs:</source>
      <translation>Disques d'&amp;exemple :</translation>
    </message>
    <message>
      <location filename="../gui/jukebox_media_page.cpp" line="42" />
      <source>&amp;Blank DVD+R:</source>
      <translation>DVD+R &amp;vierges :</translation>
    </message>
    <message>
      <location filename="../gui/jukebox_media_page.cpp" line="43" />
      <source>&amp;Images:</source>
      <translation>&amp;Images :</translation>
    </message>
    <message>
      <location filename="../gui/jukebox_media_page.cpp" line="48" />
      <source>Disc images (*.iso *.iso.gz *.iso.xz *.zip *.tar *.tar.gz *.7z)</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>storlab::gui::LabModel</name>
    <message>
      <location filename="../gui/lab_model.cpp" line="20" />
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../gui/lab_model.cpp" line="20" />
      <source>Status</source>
      <translation>État</translation>
    </message>
    <message>
      <location filename="../gui/lab_model.cpp" line="102" />
      <source>Portals</source>
      <translation>Portails</translation>
    </message>
    <message>
      <location filename="../gui/lab_model.cpp" line="109" />
      <source>listening</source>
      <translation>à l'écoute</translation>
    </message>
    <message>
      <location filename="../gui/lab_model.cpp" line="116" />
      <source>Targets</source>
      <translation>Cibles</translation>
    </message>
    <message numerus="yes">
      <location filename="../gui/lab_model.cpp" line="124" />
      <source>%n session(s)</source>
      <translation>
        <numerusform>%n session</numerusform>
        <numerusform>%n sessions</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../gui/lab_model.cpp" line="124" />
      <source>idle</source>
      <translation>inactive</translation>
    </message>
    <message>
      <location filename="../gui/lab_model.cpp" line="130" />
      <source>LUN %1 (%2)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../gui/lab_model.cpp" line="133" />
      <source>%1 GiB</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../gui/lab_model.cpp" line="137" />
      <source>Sessions</source>
      <translation>Sessions</translation>
    </message>
    <message>
      <location filename="../gui/lab_model.cpp" line="141" />
      <source>%1 → %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../gui/lab_model.cpp" line="142" />
      <source>discovery</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../gui/lab_model.cpp" line="148" />
      <source>Libraries</source>
      <translation>Bibliothèques</translation>
    </message>
    <message>
      <location filename="../gui/lab_model.cpp" line="152" />
      <source>not offered by this daemon (library.list missing)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../gui/lab_model.cpp" line="163" />
      <source>DVD jukebox</source>
      <translation>juke-box DVD</translation>
    </message>
    <message>
      <location filename="../gui/lab_model.cpp" line="163" />
      <source>tape library</source>
      <translation>bibliothèque de bandes</translation>
    </message>
  </context>
  <context>
    <name>storlab::gui::LibraryPanel</name>
    <message>
      <location filename="../gui/library_panel.cpp" line="18" />
      <source>Library view</source>
      <translation>Vue de la bibliothèque</translation>
    </message>
    <message>
      <location filename="../gui/library_panel.cpp" line="38" />
      <source>Select a library or jukebox in the tree.</source>
      <translation>Sélectionnez une bibliothèque ou un juke-box dans l'arbre.</translation>
    </message>
    <message>
      <location filename="../gui/library_panel.cpp" line="84" />
      <source>This daemon does not offer the library methods yet (library.show): the library view is disabled. Update storlabd.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../gui/library_panel.cpp" line="93" />
      <source>%1 — %2 (%3)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../gui/library_panel.cpp" line="95" />
      <source>Drag a disc between slots, drives and import/export ports, or drop .iso/.zip files on a drive or slot.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../gui/library_panel.cpp" line="97" />
      <source>Drag a cartridge to a drive to load it, back to a slot to unload, to an import/export port to export it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../gui/library_panel.cpp" line="108" />
      <source>Moving %1 from %2 to %3…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../gui/library_panel.cpp" line="119" />
      <source>Move refused: %1</source>
      <translation>Déplacement refusé : %1</translation>
    </message>
    <message>
      <location filename="../gui/library_panel.cpp" line="119" />
      <source>this daemon has no changer.move</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../gui/library_panel.cpp" line="125" />
      <source>Moved.</source>
      <translation>Déplacé.</translation>
    </message>
    <message>
      <location filename="../gui/library_panel.cpp" line="138" />
      <source>Importing %1…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../gui/library_panel.cpp" line="145" />
      <source>Importing disc images is not available on this daemon (media.import).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../gui/library_panel.cpp" line="146" />
      <source>Import of %1 failed: %2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../gui/library_panel.cpp" line="155" />
      <source>Imported %1.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>storlab::gui::LibraryView</name>
    <message>
      <location filename="../gui/library_view.cpp" line="38" />
      <source>Library</source>
      <translation>Bibliothèque</translation>
    </message>
    <message>
      <location filename="../gui/library_view.cpp" line="39" />
      <source>Drag a cartridge to a drive, slot or import/export port to move it. Keyboard: arrows select, Space picks up, Space again drops.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../gui/library_view.cpp" line="95" />
      <source>DVD drives</source>
      <translation>Lecteurs DVD</translation>
    </message>
    <message>
      <location filename="../gui/library_view.cpp" line="95" />
      <source>Tape drives</source>
      <translation>Lecteurs de bandes</translation>
    </message>
    <message>
      <location filename="../gui/library_view.cpp" line="96" />
      <source>Import/export ports</source>
      <translation>Ports d'import/export</translation>
    </message>
    <message>
      <location filename="../gui/library_view.cpp" line="97" />
      <source>Storage slots</source>
      <translation>Emplacements de stockage</translation>
    </message>
    <message>
      <location filename="../gui/library_view.cpp" line="186" />
      <source>Drive %1 · LUN %2</source>
      <translation>Lecteur %1 · LUN %2</translation>
    </message>
    <message>
      <location filename="../gui/library_view.cpp" line="186" />
      <source>Drive %1</source>
      <translation>Lecteur %1</translation>
    </message>
    <message>
      <location filename="../gui/library_view.cpp" line="188" />
      <source>I/E %1</source>
      <translation>I/E %1</translation>
    </message>
    <message>
      <location filename="../gui/library_view.cpp" line="189" />
      <source>Slot %1</source>
      <translation>Emplacement %1</translation>
    </message>
    <message>
      <location filename="../gui/library_view.cpp" line="190" />
      <source>Robot</source>
      <translation>Robot</translation>
    </message>
    <message>
      <location filename="../gui/library_view.cpp" line="199" />
      <source>locked</source>
      <translation>verrouillé</translation>
    </message>
    <message>
      <location filename="../gui/library_view.cpp" line="216" />
      <source>empty</source>
      <translation>vide</translation>
    </message>
    <message>
      <location filename="../gui/library_view.cpp" line="249" />
      <source>(no label)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../gui/library_view.cpp" line="254" />
      <source>moving…</source>
      <translation>déplacement…</translation>
    </message>
    <message>
      <location filename="../gui/library_view.cpp" line="254" />
      <source>%1 WORM</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../gui/library_view.cpp" line="290" />
      <source>%1: %2 (%3)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../gui/library_view.cpp" line="290" />
      <source>%1: empty</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../gui/library_view.cpp" line="393" />
      <source>Files can only be dropped on a DVD jukebox; tape cartridges are created by the New tape library wizard.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../gui/library_view.cpp" line="397" />
      <source>Drop disc images on a DVD drive or a storage slot.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../gui/library_view.cpp" line="409" />
      <source>Not disc media: %1. Drop .iso, .iso.gz, .zip, .tar or .7z files.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>storlab::gui::MainWindow</name>
    <message>
      <location filename="../gui/main_window.cpp" line="38" />
      <source>storlab</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../gui/main_window.cpp" line="67" />
      <source>Lab objects</source>
      <translation>Objets du laboratoire</translation>
    </message>
    <message>
      <location filename="../gui/main_window.cpp" line="80" />
      <source>Views</source>
      <translation>Vues</translation>
    </message>
    <message>
      <location filename="../gui/main_window.cpp" line="81" />
      <location filename="../gui/main_window.cpp" line="125" />
      <source>&amp;Properties</source>
      <translation>&amp;Propriétés</translation>
    </message>
    <message>
      <location filename="../gui/main_window.cpp" line="82" />
      <location filename="../gui/main_window.cpp" line="126" />
      <source>&amp;Library</source>
      <translation>&amp;Bibliothèque</translation>
    </message>
    <message>
      <location filename="../gui/main_window.cpp" line="99" />
      <source>&amp;File</source>
      <translation>&amp;Fichier</translation>
    </message>
    <message>
      <location filename="../gui/main_window.cpp" line="100" />
      <source>&amp;Connect to…</source>
      <translation>Se &amp;connecter à…</translation>
    </message>
    <message>
      <location filename="../gui/main_window.cpp" line="100" />
      <source>Ctrl+O</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../gui/main_window.cpp" line="102" />
      <source>Connect to &amp;local daemon</source>
      <translation>Se connecter au démon &amp;local</translation>
    </message>
    <message>
      <location filename="../gui/main_window.cpp" line="102" />
      <source>Ctrl+Shift+L</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../gui/main_window.cpp" line="103" />
      <source>&amp;Saved connections</source>
      <translation>Connexions &amp;enregistrées</translation>
    </message>
    <message>
      <location filename="../gui/main_window.cpp" line="105" />
      <source>&amp;Disconnect</source>
      <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
      <location filename="../gui/main_window.cpp" line="107" />
      <source>&amp;Quit</source>
      <translation>&amp;Quitter</translation>
    </message>
    <message>
      <location filename="../gui/main_window.cpp" line="109" />
      <source>&amp;Create</source>
      <translation>&amp;Créer</translation>
    </message>
    <message>
      <location filename="../gui/main_window.cpp" line="110" />
      <source>New &amp;disk…</source>
      <translation>Nouveau &amp;disque…</translation>
    </message>
    <message>
      <location filename="../gui/main_window.cpp" line="112" />
      <source>New &amp;tape library…</source>
      <translation>Nouvelle &amp;bibliothèque de bandes…</translation>
    </message>
    <message>
      <location filename="../gui/main_window.cpp" line="112" />
      <source>Ctrl+Shift+T</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../gui/main_window.cpp" line="114" />
      <source>New DVD &amp;jukebox…</source>
      <translation>Nouveau &amp;juke-box DVD…</translation>
    </message>
    <message>
      <location filename="../gui/main_window.cpp" line="114" />
      <source>Ctrl+Shift+J</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../gui/main_window.cpp" line="117" />
      <source>&amp;Edit</source>
      <translation>É&amp;dition</translation>
    </message>
    <message>
      <location filename="../gui/main_window.cpp" line="118" />
      <source>&amp;Delete…</source>
      <translation>&amp;Supprimer…</translation>
    </message>
    <message>
      <location filename="../gui/main_window.cpp" line="120" />
      <source>&amp;Refresh</source>
      <translation>&amp;Actualiser</translation>
    </message>
    <message>
      <location filename="../gui/main_window.cpp" line="124" />
      <source>&amp;View</source>
      <translation>&amp;Affichage</translation>
    </message>
    <message>
      <location filename="../gui/main_window.cpp" line="125" />
      <source>Ctrl+1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../gui/main_window.cpp" line="126" />
      <source>Ctrl+2</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../gui/main_window.cpp" line="127" />
      <source>L&amp;anguage</source>
      <translation>&amp;Langue</translation>
    </message>
    <message>
      <location filename="../gui/main_window.cpp" line="136" />
      <source>System language</source>
      <translation>Langue du système</translation>
    </message>
    <message>
      <location filename="../gui/main_window.cpp" line="141" />
      <source>&amp;Help</source>
      <translation>&amp;Aide</translation>
    </message>
    <message>
      <location filename="../gui/main_window.cpp" line="142" />
      <source>&amp;About storlab</source>
      <translation>À &amp;propos de storlab</translation>
    </message>
    <message>
      <location filename="../gui/main_window.cpp" line="144" />
      <source>Main</source>
      <translation>Principal</translation>
    </message>
    <message>
      <location filename="../gui/main_window.cpp" line="163" />
      <source>(none yet)</source>
      <translation>(aucune pour l'instant)</translation>
    </message>
    <message>
      <location filename="../gui/main_window.cpp" line="189" />
      <source>Checking the certificate of %1…</source>
      <translation>Vérification du certificat de %1…</translation>
    </message>
    <message>
      <location filename="../gui/main_window.cpp" line="194" />
      <source>Connection failed</source>
      <translation>Échec de la connexion</translation>
    </message>
    <message>
      <location filename="../gui/main_window.cpp" line="195" />
      <source>Cannot reach %1: %2

Check the address and that admin.tls is configured on the daemon.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../gui/main_window.cpp" line="212" />
      <source>Trust this daemon?</source>
      <translation>Faire confiance à ce démon ?</translation>
    </message>
    <message>
      <location filename="../gui/main_window.cpp" line="213" />
      <source>First connection to %1.

Certificate: %2
SHA-256 fingerprint:
%3

Compare it with the daemon's (openssl x509 -noout -fingerprint -sha256 -in admin.crt) before trusting it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../gui/main_window.cpp" line="217" />
      <source>&amp;Trust and connect</source>
      <translation>&amp;Faire confiance et se connecter</translation>
    </message>
    <message>
      <location filename="../gui/main_window.cpp" line="224" />
      <source>The daemon's certificate has changed</source>
      <translation>Le certificat du démon a changé</translation>
    </message>
    <message>
      <location filename="../gui/main_window.cpp" line="225" />
      <source>The certificate of %1 is not the one you trusted before.

Trusted: %2
Now:     %3

This happens when the daemon got a new certificate — or when someone intercepts the connection. Connect only if you know the certificate was replaced.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../gui/main_window.cpp" line="230" />
      <source>Trust the &amp;new certificate</source>
      <translation>Faire confiance au &amp;nouveau certificat</translation>
    </message>
    <message numerus="yes">
      <location filename="../gui/main_window.cpp" line="277" />
      <source>%n item(s)</source>
      <translation>
        <numerusform>%n élément</numerusform>
        <numerusform>%n éléments</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../gui/main_window.cpp" line="280" />
      <source>Portal</source>
      <translation>Portail</translation>
    </message>
    <message>
      <location filename="../gui/main_window.cpp" line="280" />
      <source>Target</source>
      <translation>Cible</translation>
    </message>
    <message>
      <location filename="../gui/main_window.cpp" line="280" />
      <source>Logical unit</source>
      <translation>Unité logique</translation>
    </message>
    <message>
      <location filename="../gui/main_window.cpp" line="281" />
      <source>Session</source>
      <translation>Session</translation>
    </message>
    <message>
      <location filename="../gui/main_window.cpp" line="281" />
      <source>Library</source>
      <translation>Bibliothèque</translation>
    </message>
    <message>
      <location filename="../gui/main_window.cpp" line="319" />
      <source>Delete target %1?

Initiators lose its LUNs at once; image files stay on disk.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../gui/main_window.cpp" line="325" />
      <source>Remove LUN %1 from %2?

Logged-in initiators lose it at once; the image file stays on disk.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../gui/main_window.cpp" line="333" />
      <source>Stop listening on %1?

Connected sessions stay up.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../gui/main_window.cpp" line="338" />
      <source>Log out session %1 (%2)?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../gui/main_window.cpp" line="343" />
      <source>Delete library %1?

Its target goes away; cartridge and disc files stay on disk.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../gui/main_window.cpp" line="350" />
      <source>Confirm</source>
      <translation>Confirmer</translation>
    </message>
    <message>
      <location filename="../gui/main_window.cpp" line="356" />
      <source>Not done</source>
      <translation>Non effectué</translation>
    </message>
    <message>
      <location filename="../gui/main_window.cpp" line="399" />
      <source>The language changes the next time storlab starts.</source>
      <translation>La langue change au prochain démarrage de storlab.</translation>
    </message>
    <message>
      <location filename="../gui/main_window.cpp" line="405" />
      <source>About storlab</source>
      <translation>À propos de storlab</translation>
    </message>
    <message>
      <location filename="../gui/main_window.cpp" line="406" />
      <source>&lt;h3&gt;storlab&lt;/h3&gt;&lt;p&gt;Desktop client of the storlab iSCSI lab appliance.&lt;/p&gt;&lt;p&gt;Daemon: %1 %2, protocol %3&lt;/p&gt;</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../gui/main_window.cpp" line="408" />
      <source>not connected</source>
      <translation>non connecté</translation>
    </message>
  </context>
  <context>
    <name>storlab::gui::NewDiskWizard</name>
    <message>
      <location filename="../gui/new_disk_wizard.cpp" line="17" />
      <source>New Disk</source>
      <translation>Nouveau disque</translation>
    </message>
    <message>
      <location filename="../gui/new_disk_wizard.cpp" line="20" />
      <source>New disk: name</source>
      <translation>Nouveau disque : nom</translation>
    </message>
    <message>
      <location filename="../gui/new_disk_wizard.cpp" line="20" />
      <source>A target with one disk LUN that initiators can log in to.</source>
      <translation>Une cible avec un LUN disque auquel les initiateurs peuvent se connecter.</translation>
    </message>
    <message>
      <location filename="../gui/new_disk_wizard.cpp" line="48" />
      <source>Create target %1</source>
      <translation>Créer la cible %1</translation>
    </message>
    <message>
      <location filename="../gui/new_disk_wizard.cpp" line="59" />
      <source>Add LUN %1 (%2)</source>
      <translation>Ajouter le LUN %1 (%2)</translation>
    </message>
    <message>
      <location filename="../gui/new_disk_wizard.cpp" line="63" />
      <source>Listen on portal %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../gui/new_disk_wizard.cpp" line="65" />
      <source>Allow address %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../gui/new_disk_wizard.cpp" line="68" />
      <source>Allow initiator %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../gui/new_disk_wizard.cpp" line="72" />
      <source>Create CHAP user %1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../gui/new_disk_wizard.cpp" line="74" />
      <source>Require CHAP user %1 for the target</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>storlab::gui::NewJukeboxWizard</name>
    <message>
      <location filename="../gui/new_jukebox_wizard.cpp" line="15" />
      <source>New DVD Jukebox</source>
      <translation>Nouveau juke-box DVD</translation>
    </message>
    <message>
      <location filename="../gui/new_jukebox_wizard.cpp" line="18" />
      <source>New DVD jukebox: name</source>
      <translation>Nouveau juke-box DVD : nom</translation>
    </message>
    <message>
      <location filename="../gui/new_jukebox_wizard.cpp" line="19" />
      <source>A DVD jukebox: one iSCSI target with a media changer and DVD drives.</source>
      <translation>Un juke-box DVD : une cible iSCSI avec un changeur et des lecteurs DVD.</translation>
    </message>
    <message>
      <location filename="../gui/new_jukebox_wizard.cpp" line="26" />
      <source>Create jukebox %1 with its discs</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>storlab::gui::NewTapeLibraryWizard</name>
    <message>
      <location filename="../gui/new_tape_library_wizard.cpp" line="15" />
      <source>New Tape Library</source>
      <translation>Nouvelle bibliothèque de bandes</translation>
    </message>
    <message>
      <location filename="../gui/new_tape_library_wizard.cpp" line="18" />
      <source>New tape library: name</source>
      <translation>Nouvelle bibliothèque de bandes : nom</translation>
    </message>
    <message>
      <location filename="../gui/new_tape_library_wizard.cpp" line="19" />
      <source>A virtual tape library: one iSCSI target with a media changer and tape drives.</source>
      <translation>Une bibliothèque de bandes virtuelle : une cible iSCSI avec un changeur et des lecteurs de bandes.</translation>
    </message>
    <message>
      <location filename="../gui/new_tape_library_wizard.cpp" line="25" />
      <source>Create library %1 with its cartridges</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>storlab::gui::RpcSequence</name>
    <message>
      <location filename="../gui/rpc_sequence.cpp" line="30" />
      <source>Cancelled.</source>
      <translation>Annulé.</translation>
    </message>
    <message>
      <location filename="../gui/rpc_sequence.cpp" line="41" />
      <source>%1 failed. %2</source>
      <translation>%1 a échoué. %2</translation>
    </message>
  </context>
  <context>
    <name>storlab::gui::SummaryPage</name>
    <message>
      <location filename="../gui/summary_page.cpp" line="17" />
      <source>Summary</source>
      <translation>Résumé</translation>
    </message>
    <message>
      <location filename="../gui/summary_page.cpp" line="18" />
      <source>Finish sends these changes to the daemon.</source>
      <translation>« Terminer » envoie ces modifications au démon.</translation>
    </message>
    <message>
      <location filename="../gui/summary_page.cpp" line="21" />
      <source>Summary of changes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../gui/summary_page.cpp" line="23" />
      <source>Progress</source>
      <translation>Progression</translation>
    </message>
    <message>
      <location filename="../gui/summary_page.cpp" line="56" />
      <source>Not connected to a daemon: connect first (File &gt; Connect to…), then press Finish again.</source>
      <translation>Non connecté à un démon : connectez-vous d'abord (Fichier &gt; Se connecter à…), puis appuyez à nouveau sur « Terminer ».</translation>
    </message>
    <message>
      <location filename="../gui/summary_page.cpp" line="77" />
      <source>Done.</source>
      <translation>Terminé.</translation>
    </message>
  </context>
  <context>
    <name>storlab::gui::TapeHardwarePage</name>
    <message>
      <location filename="../gui/tape_hardware_page.cpp" line="11" />
      <source>Jukebox hardware</source>
      <translation>Matériel du juke-box</translation>
    </message>
    <message>
      <location filename="../gui/tape_hardware_page.cpp" line="11" />
      <source>Library hardware</source>
      <translation>Matériel de la bibliothèque</translation>
    </message>
    <message>
      <location filename="../gui/tape_hardware_page.cpp" line="12" />
      <source>DVD drives, storage slots and import/export ports of the jukebox.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../gui/tape_hardware_page.cpp" line="13" />
      <source>What the changer reports to initiators, its LTO drives, slots and import/export ports.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../gui/tape_hardware_page.cpp" line="16" />
      <source>Changer personality</source>
      <translation>Personnalité du changeur</translation>
    </message>
    <message>
      <location filename="../gui/tape_hardware_page.cpp" line="18" />
      <source>storlab DVD jukebox</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../gui/tape_hardware_page.cpp" line="20" />
      <source>storlab virtual library</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../gui/tape_hardware_page.cpp" line="27" />
      <source>Number of drives</source>
      <translation>Nombre de lecteurs</translation>
    </message>
    <message>
      <location filename="../gui/tape_hardware_page.cpp" line="32" />
      <source>Storage slots</source>
      <translation>Emplacements de stockage</translation>
    </message>
    <message>
      <location filename="../gui/tape_hardware_page.cpp" line="37" />
      <source>Import/export ports</source>
      <translation>Ports d'import/export</translation>
    </message>
    <message>
      <location filename="../gui/tape_hardware_page.cpp" line="42" />
      <source>&amp;Personality:</source>
      <translation>&amp;Personnalité :</translation>
    </message>
    <message>
      <location filename="../gui/tape_hardware_page.cpp" line="43" />
      <source>&amp;Drives:</source>
      <translation>&amp;Lecteurs :</translation>
    </message>
    <message>
      <location filename="../gui/tape_hardware_page.cpp" line="47" />
      <source>LTO generation of the drives</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../gui/tape_hardware_page.cpp" line="51" />
      <source>LTO &amp;generation:</source>
      <translation>&amp;Génération LTO :</translation>
    </message>
    <message>
      <location filename="../gui/tape_hardware_page.cpp" line="54" />
      <source>&amp;Storage slots:</source>
      <translation>&amp;Emplacements :</translation>
    </message>
    <message>
      <location filename="../gui/tape_hardware_page.cpp" line="55" />
      <source>&amp;Import/export ports:</source>
      <translation>Ports d'&amp;import/export :</translation>
    </message>
  </context>
  <context>
    <name>storlab::gui::TapeMediaPage</name>
    <message>
      <location filename="../gui/tape_media_page.cpp" line="22" />
      <source>Cartridges</source>
      <translation>Cartouches</translation>
    </message>
    <message>
      <location filename="../gui/tape_media_page.cpp" line="23" />
      <source>Barcoded cartridges created in the storage slots (slot 1, 2, … in order).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../gui/tape_media_page.cpp" line="26" />
      <source>First barcode</source>
      <translation>Premier code-barres</translation>
    </message>
    <message>
      <location filename="../gui/tape_media_page.cpp" line="30" />
      <source>Data cartridges</source>
      <translation>Cartouches de données</translation>
    </message>
    <message>
      <location filename="../gui/tape_media_page.cpp" line="35" />
      <source>WORM cartridges</source>
      <translation>Cartouches WORM</translation>
    </message>
    <message>
      <location filename="../gui/tape_media_page.cpp" line="40" />
      <source>Cartridge capacity in GiB</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../gui/tape_media_page.cpp" line="48" />
      <source>&amp;First barcode:</source>
      <translation>&amp;Premier code-barres :</translation>
    </message>
    <message>
      <location filename="../gui/tape_media_page.cpp" line="49" />
      <source>&amp;Data cartridges:</source>
      <translation>Cartouches de &amp;données :</translation>
    </message>
    <message>
      <location filename="../gui/tape_media_page.cpp" line="50" />
      <source>&amp;WORM cartridges:</source>
      <translation>Cartouches &amp;WORM :</translation>
    </message>
    <message>
      <location filename="../gui/tape_media_page.cpp" line="51" />
      <source>&amp;Capacity each:</source>
      <translation>&amp;Capacité de chacune :</translation>
    </message>
    <message>
      <location filename="../gui/tape_media_page.cpp" line="52" />
      <source>Barcodes:</source>
      <translation>Codes-barres :</translation>
    </message>
    <message>
      <location filename="../gui/tape_media_page.cpp" line="70" />
      <source>data %1%2 … (%3)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../gui/tape_media_page.cpp" line="72" />
      <source>WORM W%1%2 … (%3)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../gui/tape_media_page.cpp" line="75" />
      <source>Too many cartridges for %1 slots.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>storlab::gui::TargetNamePage</name>
    <message>
      <location filename="../gui/target_name_page.cpp" line="19" />
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <location filename="../gui/target_name_page.cpp" line="23" />
      <source>Target name (IQN)</source>
      <translation>Nom de la cible (IQN)</translation>
    </message>
    <message>
      <location filename="../gui/target_name_page.cpp" line="26" />
      <source>Alias</source>
      <translation>Alias</translation>
    </message>
    <message>
      <location filename="../gui/target_name_page.cpp" line="27" />
      <source>The IQN is suggested from the name, today's month and this host; edit it freely.</source>
      <translation>L'IQN est proposé à partir du nom, du mois courant et de cet hôte ; modifiez-le librement.</translation>
    </message>
    <message>
      <location filename="../gui/target_name_page.cpp" line="32" />
      <source>&amp;Name:</source>
      <translation>&amp;Nom :</translation>
    </message>
    <message>
      <location filename="../gui/target_name_page.cpp" line="33" />
      <source>&amp;IQN:</source>
      <translation>&amp;IQN :</translation>
    </message>
    <message>
      <location filename="../gui/target_name_page.cpp" line="34" />
      <source>&amp;Alias:</source>
      <translation>&amp;Alias :</translation>
    </message>
  </context>
</TS>
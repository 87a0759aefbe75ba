<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>main</name>
    <message>
        <location filename="../gui/main.cpp" line="20" />
        <source>Desktop client of the storlab iSCSI lab appliance.</source>
        <translation>Client de bureau de l'appliance de laboratoire iSCSI storlab.</translation>
    </message>
    <message>
        <location filename="../gui/main.cpp" line="23" />
        <source>Local admin socket of storlabd.</source>
        <translation>Socket d'administration local de storlabd.</translation>
    </message>
</context>
<context>
    <name>storlab::gui::AddMediaDialog</name>
    <message>
        <location filename="../gui/add_media_dialog.cpp" line="48" />
        <source>Add blank discs to %1</source>
        <translation>Ajouter des disques vierges à %1</translation>
    </message>
    <message>
        <location filename="../gui/add_media_dialog.cpp" line="48" />
        <source>Add cartridges to %1</source>
        <translation>Ajouter des cartouches à %1</translation>
    </message>
    <message>
        <location filename="../gui/add_media_dialog.cpp" line="50" />
        <source>Blank DVD+R discs come in through an import/export port into the first empty slots. To add disc images, drop .iso files on a slot in the Library tab.</source>
        <translation>Les DVD+R vierges entrent par un port d'import/export dans les premiers emplacements libres. Pour ajouter des images, déposez des fichiers .iso sur un emplacement dans l'onglet Bibliothèque.</translation>
    </message>
    <message>
        <location filename="../gui/add_media_dialog.cpp" line="52" />
        <source>New cartridges come in through an import/export port into the first empty slots.</source>
        <translation>Les nouvelles cartouches entrent par un port d'import/export dans les premiers emplacements libres.</translation>
    </message>
    <message>
        <location filename="../gui/add_media_dialog.cpp" line="58" />
        <source>First barcode</source>
        <translation>Premier code-barres</translation>
    </message>
    <message>
        <location filename="../gui/add_media_dialog.cpp" line="61" />
        <source>&amp;First barcode:</source>
        <translation>&amp;Premier code-barres :</translation>
    </message>
    <message>
        <location filename="../gui/add_media_dialog.cpp" line="64" />
        <source>Number of discs</source>
        <translation>Nombre de disques</translation>
    </message>
    <message>
        <location filename="../gui/add_media_dialog.cpp" line="64" />
        <source>Number of cartridges</source>
        <translation>Nombre de cartouches</translation>
    </message>
    <message>
        <location filename="../gui/add_media_dialog.cpp" line="68" />
        <source>&amp;Discs:</source>
        <translation>&amp;Disques :</translation>
    </message>
    <message>
        <location filename="../gui/add_media_dialog.cpp" line="68" />
        <source>&amp;Cartridges:</source>
        <translation>&amp;Cartouches :</translation>
    </message>
    <message>
        <location filename="../gui/add_media_dialog.cpp" line="71" />
        <source>LTO generation</source>
        <translation>Génération LTO</translation>
    </message>
    <message>
        <location filename="../gui/add_media_dialog.cpp" line="78" />
        <source>&amp;Generation:</source>
        <translation>&amp;Génération :</translation>
    </message>
    <message>
        <location filename="../gui/add_media_dialog.cpp" line="79" />
        <source>&amp;WORM (write once)</source>
        <translation>&amp;WORM (écriture unique)</translation>
    </message>
    <message>
        <location filename="../gui/add_media_dialog.cpp" line="83" />
        <source>Barcodes:</source>
        <translation>Codes-barres :</translation>
    </message>
    <message>
        <location filename="../gui/add_media_dialog.cpp" line="84" />
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <location filename="../gui/add_media_dialog.cpp" line="129" />
        <location filename="../gui/add_media_dialog.cpp" line="144" />
        <source>The barcodes run out of digits: choose a lower first barcode.</source>
        <translation>Les codes-barres manquent de chiffres : choisissez un premier code-barres plus bas.</translation>
    </message>
    <message>
        <location filename="../gui/add_media_dialog.cpp" line="131" />
        <source>%1 … %2</source>
        <translation>%1 … %2</translation>
    </message>
    <message>
        <location filename="../gui/add_media_dialog.cpp" line="137" />
        <source>Enter the first barcode: capital letters and digits, e.g. A00010L6.</source>
        <translation>Saisissez le premier code-barres : majuscules et chiffres, par ex. A00010L6.</translation>
    </message>
    <message>
        <location filename="../gui/add_media_dialog.cpp" line="157" />
        <source>Creating %1 (%2 of %3)</source>
        <translation>Création de %1 (%2 sur %3)</translation>
    </message>
</context>
<context>
    <name>storlab::gui::CertificateProbe</name>
    <message>
        <location filename="../gui/certificate_probe.cpp" line="21" />
        <source>The server presented no certificate.</source>
        <translation>Le serveur n'a présenté aucun certificat.</translation>
    </message>
    <message>
        <location filename="../gui/certificate_probe.cpp" line="32" />
        <source>No TLS answer within the time limit.</source>
        <translation>Aucune réponse TLS dans le délai imparti.</translation>
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
        <translation>tls://hôte:3262, ou un chemin de socket local (vide : le démon de cette machine)</translation>
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
        <translation>Au premier contact, l'empreinte du certificat du serveur est affichée pour confirmation.</translation>
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
        <translation>Réessayer la connexion maintenant</translation>
    </message>
</context>
<context>
    <name>storlab::gui::ConnectionManager</name>
    <message>
        <location filename="../gui/connection_manager.cpp" line="17" />
        <source>the daemon closed the connection</source>
        <translation>le démon a fermé la connexion</translation>
    </message>
    <message>
        <location filename="../gui/connection_manager.cpp" line="20" />
        <source>the daemon is shutting down</source>
        <translation>le démon s'arrête</translation>
    </message>
    <message>
        <location filename="../gui/connection_manager.cpp" line="120" />
        <source>Connected to %1</source>
        <translation>Connecté à %1</translation>
    </message>
    <message>
        <location filename="../gui/connection_manager.cpp" line="122" />
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <location filename="../gui/connection_manager.cpp" line="124" />
        <source>Reconnecting to %1 in %2 s (%3)</source>
        <translation>Reconnexion à %1 dans %2 s (%3)</translation>
    </message>
    <message>
        <location filename="../gui/connection_manager.cpp" line="128" />
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <location filename="../gui/connection_manager.cpp" line="128" />
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
        <location filename="../gui/detail_pane.cpp" line="28" />
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <location filename="../gui/detail_pane.cpp" line="41" />
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
    <message>
        <location filename="../gui/detail_pane.cpp" line="43" />
        <source>Property</source>
        <translation>Propriété</translation>
    </message>
    <message>
        <location filename="../gui/detail_pane.cpp" line="43" />
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../gui/detail_pane.cpp" line="57" />
        <source>Nothing selected</source>
        <translation>Aucune sélection</translation>
    </message>
    <message>
        <location filename="../gui/detail_pane.cpp" line="58" />
        <source>Select a portal, target, LUN, session or library in the tree.</source>
        <translation>Sélectionnez un portail, une cible, un LUN, une session ou une bibliothèque dans l'arbre.</translation>
    </message>
    <message>
        <location filename="../gui/detail_pane.cpp" line="91" />
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location filename="../gui/detail_pane.cpp" line="101" />
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../gui/detail_pane.cpp" line="101" />
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
        <translation>Qui peut se connecter : portail, adresses et noms des initiateurs, CHAP. Les listes vides admettent tout le monde.</translation>
    </message>
    <message>
        <location filename="../gui/disk_access_page.cpp" line="18" />
        <source>Portal</source>
        <translation>Portail</translation>
    </message>
    <message>
        <location filename="../gui/disk_access_page.cpp" line="22" />
        <source>Allowed initiator addresses</source>
        <translation>Adresses d'initiateurs autorisées</translation>
    </message>
    <message>
        <location filename="../gui/disk_access_page.cpp" line="23" />
        <source>e.g. 127.0.0.1, 10.0.0.0/24 (empty: any address)</source>
        <translation>par ex. 127.0.0.1, 10.0.0.0/24 (vide : toute adresse)</translation>
    </message>
    <message>
        <location filename="../gui/disk_access_page.cpp" line="26" />
        <source>Allowed initiator names</source>
        <translation>Noms d'initiateurs autorisés</translation>
    </message>
    <message>
        <location filename="../gui/disk_access_page.cpp" line="27" />
        <source>iqn.… separated by commas (empty: any initiator)</source>
        <translation>iqn.… séparés par des virgules (vide : tout initiateur)</translation>
    </message>
    <message>
        <location filename="../gui/disk_access_page.cpp" line="28" />
        <source>Require &amp;CHAP authentication</source>
        <translation>Exiger l'authentification &amp;CHAP</translation>
    </message>
    <message>
        <location filename="../gui/disk_access_page.cpp" line="34" />
        <source>CHAP user</source>
        <translation>Utilisateur CHAP</translation>
    </message>
    <message>
        <location filename="../gui/disk_access_page.cpp" line="37" />
        <source>CHAP secret</source>
        <translation>Secret CHAP</translation>
    </message>
    <message>
        <location filename="../gui/disk_access_page.cpp" line="39" />
        <source>12 to 16 characters recommended</source>
        <translation>12 à 16 caractères recommandés</translation>
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
        <translation>Type de stockage</translation>
    </message>
    <message>
        <location filename="../gui/disk_storage_page.cpp" line="22" />
        <source>File, thread pool (rdwr)</source>
        <translation>Fichier, pool de threads (rdwr)</translation>
    </message>
    <message>
        <location filename="../gui/disk_storage_page.cpp" line="23" />
        <source>File, Linux AIO (aio)</source>
        <translation>Fichier, AIO Linux (aio)</translation>
    </message>
    <message>
        <location filename="../gui/disk_storage_page.cpp" line="24" />
        <source>File, io_uring (uring)</source>
        <translation>Fichier, io_uring (uring)</translation>
    </message>
    <message>
        <location filename="../gui/disk_storage_page.cpp" line="25" />
        <source>No storage, discards writes (null)</source>
        <translation>Pas de stockage, écritures ignorées (null)</translation>
    </message>
    <message>
        <location filename="../gui/disk_storage_page.cpp" line="28" />
        <source>Image file path</source>
        <translation>Chemin du fichier image</translation>
    </message>
    <message>
        <location filename="../gui/disk_storage_page.cpp" line="29" />
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../gui/disk_storage_page.cpp" line="30" />
        <source>Choose the image file</source>
        <translation>Choisir le fichier image</translation>
    </message>
    <message>
        <location filename="../gui/disk_storage_page.cpp" line="36" />
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../gui/disk_storage_page.cpp" line="41" />
        <source>Size unit</source>
        <translation>Unité de taille</translation>
    </message>
    <message>
        <location filename="../gui/disk_storage_page.cpp" line="51" />
        <source>LUN</source>
        <translation>LUN</translation>
    </message>
    <message>
        <location filename="../gui/disk_storage_page.cpp" line="56" />
        <source>Block size</source>
        <translation>Taille de bloc</translation>
    </message>
    <message>
        <location filename="../gui/disk_storage_page.cpp" line="59" />
        <source>&amp;Thin provisioning (UNMAP frees space in the file)</source>
        <translation>&amp;Allocation dynamique (UNMAP libère de l'espace dans le fichier)</translation>
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
    <name>storlab::gui::DriveActions</name>
    <message>
        <location filename="../gui/drive_actions.cpp" line="31" />
        <source>Drive</source>
        <translation>Lecteur</translation>
    </message>
    <message>
        <location filename="../gui/drive_actions.cpp" line="44" />
        <location filename="../gui/drive_actions.cpp" line="55" />
        <source>Load a cartridge</source>
        <translation>Charger une cartouche</translation>
    </message>
    <message>
        <location filename="../gui/drive_actions.cpp" line="45" />
        <source>Path of the cartridge file on the daemon's host:</source>
        <translation>Chemin du fichier de cartouche sur l'hôte du démon :</translation>
    </message>
    <message>
        <location filename="../gui/drive_actions.cpp" line="51" />
        <location filename="../gui/drive_actions.cpp" line="80" />
        <source>Loaded %1.</source>
        <translation>%1 chargé.</translation>
    </message>
    <message>
        <location filename="../gui/drive_actions.cpp" line="55" />
        <source>Load a disc image</source>
        <translation>Charger une image de disque</translation>
    </message>
    <message>
        <location filename="../gui/drive_actions.cpp" line="56" />
        <source>Disc images (*.iso *.iso.gz *.iso.xz *.iso.zst *.iso.bz2 *.zip *.tar *.7z *.udf);;All files (*)</source>
        <translation>Images de disque (*.iso *.iso.gz *.iso.xz *.iso.zst *.iso.bz2 *.zip *.tar *.7z *.udf);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../gui/drive_actions.cpp" line="58" />
        <source>Cartridge files (*);;All files (*)</source>
        <translation>Fichiers de cartouche (*);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../gui/drive_actions.cpp" line="84" />
        <source>A cartridge file can be loaded only from the daemon's host.</source>
        <translation>Un fichier de cartouche ne peut être chargé que depuis l'hôte du démon.</translation>
    </message>
    <message>
        <location filename="../gui/drive_actions.cpp" line="89" />
        <source>Imported and loaded %1.</source>
        <translation>%1 importé et chargé.</translation>
    </message>
    <message>
        <location filename="../gui/drive_actions.cpp" line="90" />
        <source>Import of %1 failed: %2</source>
        <translation>L'import de %1 a échoué : %2</translation>
    </message>
    <message>
        <location filename="../gui/drive_actions.cpp" line="100" />
        <source>Ejected %1.</source>
        <translation>%1 éjecté.</translation>
    </message>
    <message>
        <location filename="../gui/drive_actions.cpp" line="104" />
        <source>%1

Use “Force eject” to take the medium away from the initiator anyway.</source>
        <translation>%1

Utilisez « Forcer l'éjection » pour retirer quand même le support à l'initiateur.</translation>
    </message>
    <message>
        <location filename="../gui/drive_actions.cpp" line="153" />
        <source>Drop disc images on a DVD drive (a LUN of type dvd) or on a jukebox in the Library tab.</source>
        <translation>Déposez les images de disque sur un lecteur DVD (un LUN de type dvd) ou sur un juke-box dans l'onglet Bibliothèque.</translation>
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
    <name>storlab::gui::ImportJob</name>
    <message>
        <location filename="../gui/import_job.cpp" line="18" />
        <source>The connection to the daemon was lost; the import did not finish.</source>
        <translation>La connexion au démon a été perdue ; l'import n'est pas terminé.</translation>
    </message>
    <message>
        <location filename="../gui/import_job.cpp" line="30" />
        <source>A folder can be imported only from the daemon's own host. Pack it as .zip or .tar and drop that.</source>
        <translation>Un dossier ne peut être importé que depuis l'hôte du démon. Archivez-le en .zip ou .tar et déposez l'archive.</translation>
    </message>
    <message>
        <location filename="../gui/import_job.cpp" line="35" />
        <source>%1 cannot be read: %2</source>
        <translation>%1 ne peut pas être lu : %2</translation>
    </message>
    <message>
        <location filename="../gui/import_job.cpp" line="75" />
        <source>%1 could not be read at byte %2: %3</source>
        <translation>%1 n'a pas pu être lu à l'octet %2 : %3</translation>
    </message>
</context>
<context>
    <name>storlab::gui::ImportProgressDialog</name>
    <message>
        <location filename="../gui/import_progress_dialog.cpp" line="31" />
        <source>Importing %1</source>
        <translation>Import de %1</translation>
    </message>
    <message>
        <location filename="../gui/import_progress_dialog.cpp" line="39" />
        <source>Starting the import of %1…</source>
        <translation>Démarrage de l'import de %1…</translation>
    </message>
    <message>
        <location filename="../gui/import_progress_dialog.cpp" line="41" />
        <source>&amp;Cancel import</source>
        <translation>&amp;Annuler l'import</translation>
    </message>
    <message>
        <location filename="../gui/import_progress_dialog.cpp" line="45" />
        <source>Cancelling the import of %1…</source>
        <translation>Annulation de l'import de %1…</translation>
    </message>
    <message>
        <location filename="../gui/import_progress_dialog.cpp" line="55" />
        <source>Uploading</source>
        <translation>Envoi</translation>
    </message>
    <message>
        <location filename="../gui/import_progress_dialog.cpp" line="57" />
        <source>Expanding</source>
        <translation>Décompression</translation>
    </message>
    <message>
        <location filename="../gui/import_progress_dialog.cpp" line="59" />
        <source>Mastering an ISO image</source>
        <translation>Création d'une image ISO</translation>
    </message>
    <message>
        <location filename="../gui/import_progress_dialog.cpp" line="61" />
        <source>Verifying</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <location filename="../gui/import_progress_dialog.cpp" line="63" />
        <source>Loading into the drive</source>
        <translation>Chargement dans le lecteur</translation>
    </message>
    <message>
        <location filename="../gui/import_progress_dialog.cpp" line="65" />
        <source>Starting</source>
        <translation>Démarrage</translation>
    </message>
    <message>
        <location filename="../gui/import_progress_dialog.cpp" line="75" />
        <source>%1 %2: %3 of %4</source>
        <translation>%1 %2 : %3 sur %4</translation>
    </message>
    <message>
        <location filename="../gui/import_progress_dialog.cpp" line="79" />
        <source>%1 %2: %3</source>
        <translation>%1 %2 : %3</translation>
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
        <translation>Disques</translation>
    </message>
    <message>
        <location filename="../gui/jukebox_media_page.cpp" line="16" />
        <source>Discs put in the slots: small sample ISOs, blank DVD+Rs to burn, and your own images (.iso used in place; .iso.gz, .zip, .tar, .7z imported once).</source>
        <translation>Disques placés dans les emplacements : petits ISO d'exemple, DVD+R vierges à graver et vos propres images (.iso utilisé sur place ; .iso.gz, .zip, .tar, .7z importés une fois).</translation>
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
        <translation>Images de disque (*.iso *.iso.gz *.iso.xz *.zip *.tar *.tar.gz *.7z)</translation>
    </message>
</context>
<context>
    <name>storlab::gui::LabModel</name>
    <message>
        <location filename="../gui/lab_model.cpp" line="22" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../gui/lab_model.cpp" line="22" />
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../gui/lab_model.cpp" line="132" />
        <source>Portals</source>
        <translation>Portails</translation>
    </message>
    <message>
        <location filename="../gui/lab_model.cpp" line="139" />
        <source>listening</source>
        <translation>à l'écoute</translation>
    </message>
    <message>
        <location filename="../gui/lab_model.cpp" line="146" />
        <source>Targets</source>
        <translation>Cibles</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/lab_model.cpp" line="154" />
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/lab_model.cpp" line="154" />
        <source>idle</source>
        <translation>inactive</translation>
    </message>
    <message>
        <location filename="../gui/lab_model.cpp" line="165" />
        <source>LUN %1 (%2)</source>
        <translation>LUN %1 (%2)</translation>
    </message>
    <message>
        <location filename="../gui/lab_model.cpp" line="170" />
        <source>%1 GiB</source>
        <translation>%1 Gio</translation>
    </message>
    <message>
        <location filename="../gui/lab_model.cpp" line="175" />
        <source>loaded</source>
        <translation>chargé</translation>
    </message>
    <message>
        <location filename="../gui/lab_model.cpp" line="175" />
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <location filename="../gui/lab_model.cpp" line="182" />
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../gui/lab_model.cpp" line="186" />
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../gui/lab_model.cpp" line="187" />
        <source>discovery</source>
        <translation>découverte</translation>
    </message>
    <message>
        <location filename="../gui/lab_model.cpp" line="193" />
        <source>Libraries</source>
        <translation>Bibliothèques</translation>
    </message>
    <message>
        <location filename="../gui/lab_model.cpp" line="197" />
        <source>not offered by this daemon (library.list missing)</source>
        <translation>non proposé par ce démon (library.list absent)</translation>
    </message>
    <message>
        <location filename="../gui/lab_model.cpp" line="208" />
        <source>DVD jukebox</source>
        <translation>juke-box DVD</translation>
    </message>
    <message>
        <location filename="../gui/lab_model.cpp" line="208" />
        <source>tape library</source>
        <translation>bibliothèque de bandes</translation>
    </message>
</context>
<context>
    <name>storlab::gui::LibraryPanel</name>
    <message>
        <location filename="../gui/library_panel.cpp" line="19" />
        <source>Library view</source>
        <translation>Vue de la bibliothèque</translation>
    </message>
    <message>
        <location filename="../gui/library_panel.cpp" line="39" />
        <source>Select a library or jukebox in the tree.</source>
        <translation>Sélectionnez une bibliothèque ou un juke-box dans l'arbre.</translation>
    </message>
    <message>
        <location filename="../gui/library_panel.cpp" line="85" />
        <source>This daemon does not offer the library methods yet (library.show): the library view is disabled. Update storlabd.</source>
        <translation>Ce démon ne propose pas encore les méthodes de bibliothèque (library.show) : la vue bibliothèque est désactivée. Mettez storlabd à jour.</translation>
    </message>
    <message>
        <location filename="../gui/library_panel.cpp" line="94" />
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <location filename="../gui/library_panel.cpp" line="96" />
        <source>Drag a disc between slots, drives and import/export ports, or drop .iso/.zip files on a drive or slot.</source>
        <translation>Faites glisser un disque entre emplacements, lecteurs et ports d'import/export, ou déposez des fichiers .iso/.zip sur un lecteur ou un emplacement.</translation>
    </message>
    <message>
        <location filename="../gui/library_panel.cpp" line="98" />
        <source>Drag a cartridge to a drive to load it, back to a slot to unload, to an import/export port to export it.</source>
        <translation>Faites glisser une cartouche sur un lecteur pour la charger, vers un emplacement pour la décharger, vers un port d'import/export pour l'exporter.</translation>
    </message>
    <message>
        <location filename="../gui/library_panel.cpp" line="109" />
        <source>Moving %1 from %2 to %3…</source>
        <translation>Déplacement de %1 de %2 vers %3…</translation>
    </message>
    <message>
        <location filename="../gui/library_panel.cpp" line="120" />
        <source>Move refused: %1</source>
        <translation>Déplacement refusé : %1</translation>
    </message>
    <message>
        <location filename="../gui/library_panel.cpp" line="120" />
        <source>this daemon has no changer.move</source>
        <translation>ce démon n'a pas changer.move</translation>
    </message>
    <message>
        <location filename="../gui/library_panel.cpp" line="126" />
        <source>Moved.</source>
        <translation>Déplacé.</translation>
    </message>
    <message>
        <location filename="../gui/library_panel.cpp" line="143" />
        <source>%1 holds %2: move it to a slot first, then drop the image again.</source>
        <translation>%1 contient %2 : déplacez-le d'abord vers un emplacement, puis déposez à nouveau l'image.</translation>
    </message>
    <message>
        <location filename="../gui/library_panel.cpp" line="153" />
        <source>A drive takes one disc: only %1 is imported.</source>
        <translation>Un lecteur n'accepte qu'un disque : seul %1 est importé.</translation>
    </message>
    <message>
        <location filename="../gui/library_panel.cpp" line="158" />
        <source>Importing %1…</source>
        <translation>Import de %1…</translation>
    </message>
    <message>
        <location filename="../gui/library_panel.cpp" line="171" />
        <source>Imported %1 as %2 and loaded it.</source>
        <translation>%1 importé sous %2 et chargé.</translation>
    </message>
    <message>
        <location filename="../gui/library_panel.cpp" line="172" />
        <source>Imported %1 as %2 into %3.</source>
        <translation>%1 importé sous %2 dans %3.</translation>
    </message>
    <message>
        <location filename="../gui/library_panel.cpp" line="165" />
        <source>Import of %1 failed: %2</source>
        <translation>L'import de %1 a échoué : %2</translation>
    </message>
</context>
<context>
    <name>storlab::gui::LibraryView</name>
    <message>
        <location filename="../gui/library_view.cpp" line="40" />
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <location filename="../gui/library_view.cpp" line="41" />
        <source>Drag a cartridge to a drive, slot or import/export port to move it. Keyboard: arrows select, Space picks up, Space again drops.</source>
        <translation>Faites glisser une cartouche vers un lecteur, un emplacement ou un port d'import/export pour la déplacer. Clavier : flèches pour choisir, Espace pour prendre, Espace à nouveau pour déposer.</translation>
    </message>
    <message>
        <location filename="../gui/library_view.cpp" line="85" />
        <source>DVD drives</source>
        <translation>Lecteurs DVD</translation>
    </message>
    <message>
        <location filename="../gui/library_view.cpp" line="85" />
        <source>Tape drives</source>
        <translation>Lecteurs de bandes</translation>
    </message>
    <message>
        <location filename="../gui/library_view.cpp" line="86" />
        <source>Import/export ports</source>
        <translation>Ports d'import/export</translation>
    </message>
    <message>
        <location filename="../gui/library_view.cpp" line="87" />
        <source>Storage slots</source>
        <translation>Emplacements de stockage</translation>
    </message>
    <message>
        <location filename="../gui/library_view.cpp" line="176" />
        <source>Drive %1 · LUN %2</source>
        <translation>Lecteur %1 · LUN %2</translation>
    </message>
    <message>
        <location filename="../gui/library_view.cpp" line="176" />
        <source>Drive %1</source>
        <translation>Lecteur %1</translation>
    </message>
    <message>
        <location filename="../gui/library_view.cpp" line="178" />
        <source>I/E %1</source>
        <translation>I/E %1</translation>
    </message>
    <message>
        <location filename="../gui/library_view.cpp" line="179" />
        <source>Slot %1</source>
        <translation>Emplacement %1</translation>
    </message>
    <message>
        <location filename="../gui/library_view.cpp" line="180" />
        <source>Robot</source>
        <translation>Robot</translation>
    </message>
    <message>
        <location filename="../gui/library_view.cpp" line="189" />
        <source>locked</source>
        <translation>verrouillé</translation>
    </message>
    <message>
        <location filename="../gui/library_view.cpp" line="206" />
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <location filename="../gui/library_view.cpp" line="239" />
        <source>(no label)</source>
        <translation>(sans étiquette)</translation>
    </message>
    <message>
        <location filename="../gui/library_view.cpp" line="244" />
        <source>moving…</source>
        <translation>déplacement…</translation>
    </message>
    <message>
        <location filename="../gui/library_view.cpp" line="244" />
        <source>%1 WORM</source>
        <translation>%1 WORM</translation>
    </message>
    <message>
        <location filename="../gui/library_view.cpp" line="280" />
        <source>%1: %2 (%3)</source>
        <translation>%1 : %2 (%3)</translation>
    </message>
    <message>
        <location filename="../gui/library_view.cpp" line="280" />
        <source>%1: empty</source>
        <translation>%1 : vide</translation>
    </message>
    <message>
        <location filename="../gui/library_view.cpp" line="383" />
        <source>Files can only be dropped on a DVD jukebox; tape cartridges are created by the New tape library wizard.</source>
        <translation>Les fichiers ne peuvent être déposés que sur un juke-box DVD ; les cartouches sont créées par l'assistant Nouvelle bibliothèque de bandes.</translation>
    </message>
    <message>
        <location filename="../gui/library_view.cpp" line="387" />
        <source>Drop disc images on a DVD drive or a storage slot.</source>
        <translation>Déposez les images de disque sur un lecteur DVD ou un emplacement de stockage.</translation>
    </message>
    <message>
        <location filename="../gui/library_view.cpp" line="395" />
        <source>%1 is not a local file: save it first, then drop the file.</source>
        <translation>%1 n'est pas un fichier local : enregistrez-le d'abord, puis déposez le fichier.</translation>
    </message>
</context>
<context>
    <name>storlab::gui::LiveCharts</name>
    <message>
        <location filename="../gui/live_charts.cpp" line="27" />
        <source>Live I/O charts</source>
        <translation>Graphiques E/S en direct</translation>
    </message>
    <message>
        <location filename="../gui/live_charts.cpp" line="32" />
        <source>IOPS</source>
        <translation>IOPS</translation>
    </message>
    <message>
        <location filename="../gui/live_charts.cpp" line="33" />
        <source>MB/s</source>
        <translation>Mo/s</translation>
    </message>
    <message>
        <location filename="../gui/live_charts.cpp" line="34" />
        <source>Latency (µs)</source>
        <translation>Latence (µs)</translation>
    </message>
    <message>
        <location filename="../gui/live_charts.cpp" line="52" />
        <source>Live I/O of %1 (last %2 s)</source>
        <translation>E/S en direct de %1 (dernières %2 s)</translation>
    </message>
    <message>
        <location filename="../gui/live_charts.cpp" line="63" />
        <source>Waiting for statistics from the daemon (event.stats)…</source>
        <translation>En attente des statistiques du démon (event.stats)…</translation>
    </message>
    <message>
        <location filename="../gui/live_charts.cpp" line="64" />
        <source>Measuring…</source>
        <translation>Mesure…</translation>
    </message>
    <message>
        <location filename="../gui/live_charts.cpp" line="65" />
        <source>The daemon sends no counters for this object.</source>
        <translation>Le démon n'envoie aucun compteur pour cet objet.</translation>
    </message>
</context>
<context>
    <name>storlab::gui::LunEditDialog</name>
    <message>
        <location filename="../gui/lun_edit_dialog.cpp" line="22" />
        <source>Edit LUN %1 of %2</source>
        <translation>Modifier le LUN %1 de %2</translation>
    </message>
    <message>
        <location filename="../gui/lun_edit_dialog.cpp" line="26" />
        <source>no file</source>
        <translation>pas de fichier</translation>
    </message>
    <message>
        <location filename="../gui/lun_edit_dialog.cpp" line="25" />
        <source>Logical unit:</source>
        <translation>Unité logique :</translation>
    </message>
    <message>
        <location filename="../gui/lun_edit_dialog.cpp" line="24" />
        <source>%1 — %2 store</source>
        <translation>%1 — stockage %2</translation>
    </message>
    <message>
        <location filename="../gui/lun_edit_dialog.cpp" line="28" />
        <source>Image file:</source>
        <translation>Fichier image :</translation>
    </message>
    <message>
        <location filename="../gui/lun_edit_dialog.cpp" line="29" />
        <source>&amp;Read-only</source>
        <translation>&amp;Lecture seule</translation>
    </message>
    <message>
        <location filename="../gui/lun_edit_dialog.cpp" line="29" />
        <source>initiators get DATA PROTECT on writes</source>
        <translation>les initiateurs reçoivent DATA PROTECT en écriture</translation>
    </message>
    <message>
        <location filename="../gui/lun_edit_dialog.cpp" line="30" />
        <source>&amp;Write cache</source>
        <translation>Cache d'é&amp;criture</translation>
    </message>
    <message>
        <location filename="../gui/lun_edit_dialog.cpp" line="30" />
        <source>WCE: writes are acknowledged before they reach the disk</source>
        <translation>WCE : les écritures sont acquittées avant d’atteindre le disque</translation>
    </message>
    <message>
        <location filename="../gui/lun_edit_dialog.cpp" line="31" />
        <source>&amp;Direct I/O</source>
        <translation>E/S &amp;directes</translation>
    </message>
    <message>
        <location filename="../gui/lun_edit_dialog.cpp" line="31" />
        <source>O_DIRECT: bypass the host's page cache</source>
        <translation>O_DIRECT : contourne le cache de pages de l'hôte</translation>
    </message>
    <message>
        <location filename="../gui/lun_edit_dialog.cpp" line="32" />
        <source>&amp;Synchronous writes</source>
        <translation>Écritures &amp;synchrones</translation>
    </message>
    <message>
        <location filename="../gui/lun_edit_dialog.cpp" line="32" />
        <source>O_SYNC: every write reaches the disk before it completes</source>
        <translation>O_SYNC : chaque écriture atteint le disque avant de se terminer</translation>
    </message>
    <message>
        <location filename="../gui/lun_edit_dialog.cpp" line="33" />
        <source>&amp;Thin provisioning</source>
        <translation>&amp;Allocation dynamique</translation>
    </message>
    <message>
        <location filename="../gui/lun_edit_dialog.cpp" line="33" />
        <source>UNMAP frees space in the image file</source>
        <translation>UNMAP libère de l'espace dans le fichier image</translation>
    </message>
    <message>
        <location filename="../gui/lun_edit_dialog.cpp" line="37" />
        <source>Size in GiB</source>
        <translation>Taille en Gio</translation>
    </message>
    <message>
        <location filename="../gui/lun_edit_dialog.cpp" line="41" />
        <source> GiB</source>
        <translation> Gio</translation>
    </message>
    <message>
        <location filename="../gui/lun_edit_dialog.cpp" line="42" />
        <source>Can only grow: the file is extended, initiators see the new capacity after a rescan.</source>
        <translation>Ne peut que croître : le fichier est agrandi, les initiateurs voient la nouvelle capacité après un nouveau scan.</translation>
    </message>
    <message>
        <location filename="../gui/lun_edit_dialog.cpp" line="43" />
        <source>Si&amp;ze:</source>
        <translation>&amp;Taille :</translation>
    </message>
    <message>
        <location filename="../gui/lun_edit_dialog.cpp" line="54" />
        <source>&amp;Vendor:</source>
        <translation>&amp;Fabricant :</translation>
    </message>
    <message>
        <location filename="../gui/lun_edit_dialog.cpp" line="55" />
        <source>&amp;Product:</source>
        <translation>&amp;Produit :</translation>
    </message>
    <message>
        <location filename="../gui/lun_edit_dialog.cpp" line="56" />
        <source>Re&amp;vision:</source>
        <translation>Ré&amp;vision :</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/lun_edit_dialog.cpp" line="58" />
        <source>&amp;Apply while %n session(s) are logged in</source>
        <translation>
            <numerusform>&amp;Appliquer alors que %n session est connectée</numerusform>
            <numerusform>&amp;Appliquer alors que %n sessions sont connectées</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/lun_edit_dialog.cpp" line="59" />
        <source>The LU is rebuilt under the initiators: commands in flight finish, the next ones see the new settings (and a unit attention).</source>
        <translation>La LU est reconstruite sous les initiateurs : les commandes en cours se terminent, les suivantes voient les nouveaux réglages (et une unit attention).</translation>
    </message>
    <message>
        <location filename="../gui/lun_edit_dialog.cpp" line="103" />
        <source>Initiators are logged in to this target. Tick “Apply while … logged in” to rebuild the LU under them, or log the sessions out first.</source>
        <translation>Des initiateurs sont connectés à cette cible. Cochez « Appliquer alors que … connectée » pour reconstruire la LU sous eux, ou déconnectez d'abord les sessions.</translation>
    </message>
    <message>
        <location filename="../gui/lun_edit_dialog.cpp" line="109" />
        <source>Updating LUN %1</source>
        <translation>Mise à jour du LUN %1</translation>
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
        <translation>Objets du laboratoire</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="91" />
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="92" />
        <location filename="../gui/main_window.cpp" line="160" />
        <source>&amp;Properties</source>
        <translation>&amp;Propriétés</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="93" />
        <location filename="../gui/main_window.cpp" line="161" />
        <source>&amp;Library</source>
        <translation>&amp;Bibliothèque</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="110" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="111" />
        <source>&amp;Connect to…</source>
        <translation>Se &amp;connecter à…</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="111" />
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="113" />
        <source>Connect to &amp;local daemon</source>
        <translation>Se connecter au démon &amp;local</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="113" />
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="114" />
        <source>&amp;Saved connections</source>
        <translation>Connexions &amp;enregistrées</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="116" />
        <source>&amp;Disconnect</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="118" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="120" />
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="121" />
        <source>New &amp;disk…</source>
        <translation>Nouveau &amp;disque…</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="123" />
        <source>New &amp;tape library…</source>
        <translation>Nouvelle &amp;bibliothèque de bandes…</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="123" />
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="125" />
        <source>New DVD &amp;jukebox…</source>
        <translation>Nouveau &amp;juke-box DVD…</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="125" />
        <source>Ctrl+Shift+J</source>
        <translation>Ctrl+Shift+J</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="128" />
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="129" />
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="129" />
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="131" />
        <source>Add &amp;media…</source>
        <translation>Ajouter des &amp;supports…</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="131" />
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="133" />
        <source>&amp;Load medium…</source>
        <translation>&amp;Charger un support…</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="133" />
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="143" />
        <source>E&amp;ject</source>
        <translation>É&amp;jecter</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="143" />
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="144" />
        <source>&amp;Force eject</source>
        <translation>&amp;Forcer l'éjection</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="145" />
        <source>Force eject</source>
        <translation>Forcer l'éjection</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="146" />
        <source>An initiator prevents removal of this medium. Take it away anyway?

The initiator sees the medium gone; I/O it has in flight on it fails.</source>
        <translation>Un initiateur empêche le retrait de ce support. Le retirer quand même ?

L'initiateur voit le support disparaître ; ses E/S en cours échouent.</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="153" />
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="155" />
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="159" />
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
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
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="171" />
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="176" />
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="177" />
        <source>&amp;About storlab</source>
        <translation>À &amp;propos de storlab</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="179" />
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="199" />
        <source>(none yet)</source>
        <translation>(aucune pour l'instant)</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="232" />
        <source>Checking the certificate of %1…</source>
        <translation>Vérification du certificat de %1…</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="238" />
        <source>Connection failed</source>
        <translation>Échec de la connexion</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="239" />
        <source>Cannot reach %1: %2

Check the address and that admin.tls is configured on the daemon.</source>
        <translation>Impossible de joindre %1 : %2

Vérifiez l'adresse et que admin.tls est configuré sur le démon.</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="263" />
        <source>Login failed</source>
        <translation>Échec de la connexion</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="264" />
        <source>%1 refused the login: %2

Check the user name and password (or the token) and connect again with File &gt; Connect to…. After 5 failures the daemon waits 60 s.</source>
        <translation>%1 a refusé la connexion : %2

Vérifiez le nom d'utilisateur et le mot de passe (ou le jeton) puis reconnectez-vous avec Fichier &gt; Se connecter à…. Après 5 échecs, le démon attend 60 s.</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="291" />
        <source>Trust this daemon?</source>
        <translation>Faire confiance à ce démon ?</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="292" />
        <source>First connection to %1.

Certificate: %2
SHA-256 fingerprint:
%3

Compare it with the daemon's (openssl x509 -noout -fingerprint -sha256 -in admin.crt) before trusting it.</source>
        <translation>Première connexion à %1.

Certificat : %2
Empreinte SHA-256 :
%3

Comparez-la avec celle du démon (openssl x509 -noout -fingerprint -sha256 -in admin.crt) avant de lui faire confiance.</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="297" />
        <source>&amp;Trust and connect</source>
        <translation>&amp;Faire confiance et se connecter</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="304" />
        <source>The daemon's certificate has changed</source>
        <translation>Le certificat du démon a changé</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="305" />
        <source>The certificate of %1 is not the one you trusted before.

Trusted: %2
Now:     %3

This happens when the daemon got a new certificate — or when someone intercepts the connection. Connect only if you know the certificate was replaced.</source>
        <translation>Le certificat de %1 n'est pas celui auquel vous avez fait confiance.

Approuvé : %2
Actuel :   %3

Cela arrive quand le démon a reçu un nouveau certificat — ou quand quelqu'un intercepte la connexion. Connectez-vous seulement si vous savez que le certificat a été remplacé.</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="311" />
        <source>Trust the &amp;new certificate</source>
        <translation>Faire confiance au &amp;nouveau certificat</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="316" />
        <source>Not connected: the certificate of %1 changed and was not trusted.</source>
        <translation>Non connecté : le certificat de %1 a changé et n'a pas été approuvé.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/main_window.cpp" line="360" />
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="363" />
        <source>Portal</source>
        <translation>Portail</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="363" />
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="363" />
        <source>Logical unit</source>
        <translation>Unité logique</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="364" />
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="364" />
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="476" />
        <source>Delete target %1?</source>
        <translation>Supprimer la cible %1 ?</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/main_window.cpp" line="477" />
        <source>%n logged-in session(s) are dropped and lose its LUNs at once.</source>
        <translation>
            <numerusform>%n session connectée est coupée et perd aussitôt ses LUN.</numerusform>
            <numerusform>%n sessions connectées sont coupées et perdent aussitôt ses LUN.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="478" />
        <source>No initiator is logged in.</source>
        <translation>Aucun initiateur n'est connecté.</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="480" />
        <source>It has no image files.</source>
        <translation>Elle n'a pas de fichier image.</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="481" />
        <source>The image files stay on disk: %1</source>
        <translation>Les fichiers image restent sur le disque : %1</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="489" />
        <source>Remove LUN %1 from %2?

Logged-in initiators lose it at once (commands in flight finish).</source>
        <translation>Retirer le LUN %1 de %2 ?

Les initiateurs connectés le perdent aussitôt (les commandes en cours se terminent).</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="492" />
        <source>It has no image file.</source>
        <translation>Il n'a pas de fichier image.</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="492" />
        <source>The image file %1 stays on disk.</source>
        <translation>Le fichier image %1 reste sur le disque.</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="509" />
        <source>Delete library %1?

Its target (changer and %2 drive(s)) goes away with its sessions. The %3 cartridge/disc file(s) stay in %4.</source>
        <translation>Supprimer la bibliothèque %1 ?

Sa cible (changeur et %2 lecteur(s)) disparaît avec ses sessions. Les %3 fichier(s) de cartouche/disque restent dans %4.</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="499" />
        <source>Stop listening on %1?

Connected sessions stay up.</source>
        <translation>Arrêter d'écouter sur %1 ?

Les sessions connectées restent actives.</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="504" />
        <source>Log out session %1 (%2)?</source>
        <translation>Déconnecter la session %1 (%2) ?</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="521" />
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="527" />
        <source>Not done</source>
        <translation>Non effectué</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="570" />
        <source>The language changes the next time storlab starts.</source>
        <translation>La langue change au prochain démarrage de storlab.</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="576" />
        <source>About storlab</source>
        <translation>À propos de storlab</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="577" />
        <source>&lt;h3&gt;storlab&lt;/h3&gt;&lt;p&gt;Desktop client of the storlab iSCSI lab appliance.&lt;/p&gt;&lt;p&gt;Daemon: %1 %2, protocol %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;storlab&lt;/h3&gt;&lt;p&gt;Client de bureau de l'appliance de laboratoire iSCSI storlab.&lt;/p&gt;&lt;p&gt;Démon : %1 %2, protocole %3&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="579" />
        <source>not connected</source>
        <translation>non connecté</translation>
    </message>
</context>
<context>
    <name>storlab::gui::MediaFileCheck</name>
    <message>
        <location filename="../gui/media_file_check.cpp" line="37" />
        <source>ISO 9660 image</source>
        <translation>image ISO 9660</translation>
    </message>
    <message>
        <location filename="../gui/media_file_check.cpp" line="38" />
        <source>UDF image</source>
        <translation>image UDF</translation>
    </message>
    <message>
        <location filename="../gui/media_file_check.cpp" line="39" />
        <source>gzip-compressed image</source>
        <translation>image compressée gzip</translation>
    </message>
    <message>
        <location filename="../gui/media_file_check.cpp" line="40" />
        <source>xz-compressed image</source>
        <translation>image compressée xz</translation>
    </message>
    <message>
        <location filename="../gui/media_file_check.cpp" line="41" />
        <source>zstd-compressed image</source>
        <translation>image compressée zstd</translation>
    </message>
    <message>
        <location filename="../gui/media_file_check.cpp" line="42" />
        <source>bzip2-compressed image</source>
        <translation>image compressée bzip2</translation>
    </message>
    <message>
        <location filename="../gui/media_file_check.cpp" line="43" />
        <source>zip archive</source>
        <translation>archive zip</translation>
    </message>
    <message>
        <location filename="../gui/media_file_check.cpp" line="44" />
        <source>tar archive</source>
        <translation>archive tar</translation>
    </message>
    <message>
        <location filename="../gui/media_file_check.cpp" line="45" />
        <location filename="../gui/media_file_check.cpp" line="46" />
        <location filename="../gui/media_file_check.cpp" line="47" />
        <source>compressed tar archive</source>
        <translation>archive tar compressée</translation>
    </message>
    <message>
        <location filename="../gui/media_file_check.cpp" line="48" />
        <source>7-Zip archive</source>
        <translation>archive 7-Zip</translation>
    </message>
    <message>
        <location filename="../gui/media_file_check.cpp" line="83" />
        <source>folder (mastered into an ISO image)</source>
        <translation>dossier (converti en image ISO)</translation>
    </message>
    <message>
        <location filename="../gui/media_file_check.cpp" line="86" />
        <source>Drop .iso, .iso.gz, .iso.xz, .zip, .tar or .7z files, or a folder.</source>
        <translation>Déposez des fichiers .iso, .iso.gz, .iso.xz, .zip, .tar ou .7z, ou un dossier.</translation>
    </message>
    <message>
        <location filename="../gui/media_file_check.cpp" line="88" />
        <source>%1 does not exist.</source>
        <translation>%1 n'existe pas.</translation>
    </message>
    <message>
        <location filename="../gui/media_file_check.cpp" line="93" />
        <source>%1 cannot be read: %2.</source>
        <translation>%1 ne peut pas être lu : %2.</translation>
    </message>
    <message>
        <location filename="../gui/media_file_check.cpp" line="100" />
        <source>%1 is a %2 but its name does not say so; rename it to end in %3.</source>
        <translation>%1 est une %2 mais son nom ne l'indique pas ; renommez-le pour qu'il se termine par %3.</translation>
    </message>
    <message>
        <location filename="../gui/media_file_check.cpp" line="102" />
        <source>%1 is not disc media. %2</source>
        <translation>%1 n'est pas un support de disque. %2</translation>
    </message>
    <message>
        <location filename="../gui/media_file_check.cpp" line="106" />
        <source>%1 is empty.</source>
        <translation>%1 est vide.</translation>
    </message>
    <message>
        <location filename="../gui/media_file_check.cpp" line="110" />
        <source>%1 is named like a %2 but its content is a %3.</source>
        <translation>%1 est nommé comme une %2 mais son contenu est une %3.</translation>
    </message>
    <message>
        <location filename="../gui/media_file_check.cpp" line="111" />
        <source>%1 is named like a %2 but its content is not one (damaged or another kind of file).</source>
        <translation>%1 est nommé comme une %2 mais son contenu n'en est pas une (endommagé ou autre type de fichier).</translation>
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
        <translation>Écouter sur le portail %1</translation>
    </message>
    <message>
        <location filename="../gui/new_disk_wizard.cpp" line="65" />
        <source>Allow address %1</source>
        <translation>Autoriser l'adresse %1</translation>
    </message>
    <message>
        <location filename="../gui/new_disk_wizard.cpp" line="68" />
        <source>Allow initiator %1</source>
        <translation>Autoriser l'initiateur %1</translation>
    </message>
    <message>
        <location filename="../gui/new_disk_wizard.cpp" line="72" />
        <source>Create CHAP user %1</source>
        <translation>Créer l'utilisateur CHAP %1</translation>
    </message>
    <message>
        <location filename="../gui/new_disk_wizard.cpp" line="74" />
        <source>Require CHAP user %1 for the target</source>
        <translation>Exiger l'utilisateur CHAP %1 pour la cible</translation>
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
        <translation>Créer le juke-box %1 avec ses disques</translation>
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
        <translation>Créer la bibliothèque %1 avec ses cartouches</translation>
    </message>
</context>
<context>
    <name>storlab::gui::RateChart</name>
    <message>
        <location filename="../gui/rate_chart.cpp" line="22" />
        <source>%1: %2 now</source>
        <translation>%1 : %2 maintenant</translation>
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
        <translation>maintenant</translation>
    </message>
</context>
<context>
    <name>storlab::gui::RpcDialog</name>
    <message>
        <location filename="../gui/rpc_dialog.cpp" line="28" />
        <source>Progress</source>
        <translation>Progression</translation>
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
    <name>storlab::gui::StringListEditor</name>
    <message>
        <location filename="../gui/string_list_editor.cpp" line="22" />
        <source>New entry for %1</source>
        <translation>Nouvelle entrée pour %1</translation>
    </message>
    <message>
        <location filename="../gui/string_list_editor.cpp" line="24" />
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../gui/string_list_editor.cpp" line="25" />
        <source>Add to %1</source>
        <translation>Ajouter à %1</translation>
    </message>
    <message>
        <location filename="../gui/string_list_editor.cpp" line="26" />
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../gui/string_list_editor.cpp" line="27" />
        <source>Remove from %1</source>
        <translation>Retirer de %1</translation>
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
        <translation>Résumé des changements</translation>
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
        <translation>Lecteurs DVD, emplacements de stockage et ports d'import/export du juke-box.</translation>
    </message>
    <message>
        <location filename="../gui/tape_hardware_page.cpp" line="13" />
        <source>What the changer reports to initiators, its LTO drives, slots and import/export ports.</source>
        <translation>Ce que le changeur annonce aux initiateurs, ses lecteurs LTO, emplacements et ports d'import/export.</translation>
    </message>
    <message>
        <location filename="../gui/tape_hardware_page.cpp" line="16" />
        <source>Changer personality</source>
        <translation>Personnalité du changeur</translation>
    </message>
    <message>
        <location filename="../gui/tape_hardware_page.cpp" line="18" />
        <source>storlab DVD jukebox</source>
        <translation>juke-box DVD storlab</translation>
    </message>
    <message>
        <location filename="../gui/tape_hardware_page.cpp" line="20" />
        <source>storlab virtual library</source>
        <translation>bibliothèque virtuelle storlab</translation>
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
        <translation>Génération LTO des lecteurs</translation>
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
        <translation>Cartouches à code-barres créées dans les emplacements (emplacement 1, 2, … dans l’ordre).</translation>
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
        <translation>Capacité de cartouche en Gio</translation>
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
        <translation>données %1%2 … (%3)</translation>
    </message>
    <message>
        <location filename="../gui/tape_media_page.cpp" line="72" />
        <source>WORM W%1%2 … (%3)</source>
        <translation>WORM W%1%2 … (%3)</translation>
    </message>
    <message>
        <location filename="../gui/tape_media_page.cpp" line="75" />
        <source>Too many cartridges for %1 slots.</source>
        <translation>Trop de cartouches pour %1 emplacements.</translation>
    </message>
</context>
<context>
    <name>storlab::gui::TargetEditDialog</name>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="42" />
        <source>Edit target %1</source>
        <translation>Modifier la cible %1</translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="47" />
        <source>Target:</source>
        <translation>Cible :</translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="49" />
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="50" />
        <source>shown to initiators as TargetAlias (optional)</source>
        <translation>montré aux initiateurs comme TargetAlias (facultatif)</translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="51" />
        <source>&amp;Alias:</source>
        <translation>&amp;Alias :</translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="53" />
        <source>&lt;b&gt;Who may log in&lt;/b&gt; — empty lists admit everyone; a non-empty list must match.</source>
        <translation>&lt;b&gt;Qui peut se connecter&lt;/b&gt; — les listes vides admettent tout le monde ; une liste non vide doit correspondre.</translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="56" />
        <source>Allowed initiator names</source>
        <translation>Noms d'initiateurs autorisés</translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="56" />
        <source>iqn.1993-08.org.debian:01:abcdef</source>
        <translation>iqn.1993-08.org.debian:01:abcdef</translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="58" />
        <source>Initiator &amp;names:</source>
        <translation>&amp;Noms d'initiateurs :</translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="59" />
        <source>Allowed initiator addresses</source>
        <translation>Adresses d'initiateurs autorisées</translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="59" />
        <source>10.0.0.5, 10.0.0.0/24, fd00::/64 or ALL</source>
        <translation>10.0.0.5, 10.0.0.0/24, fd00::/64 ou ALL</translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="61" />
        <source>Initiator a&amp;ddresses:</source>
        <translation>A&amp;dresses d'initiateurs :</translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="63" />
        <source>&lt;b&gt;CHAP&lt;/b&gt; — incoming: the initiator proves who it is; outgoing: the target answers (mutual CHAP).</source>
        <translation>&lt;b&gt;CHAP&lt;/b&gt; — entrant : l'initiateur prouve son identité ; sortant : la cible répond (CHAP mutuel).</translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="68" />
        <source>Incoming CHAP users</source>
        <translation>Utilisateurs CHAP entrants</translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="68" />
        <source>user name</source>
        <translation>nom d'utilisateur</translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="70" />
        <source>&amp;Incoming users:</source>
        <translation>Utilisateurs &amp;entrants :</translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="73" />
        <source>Secret for new incoming users</source>
        <translation>Secret des nouveaux utilisateurs entrants</translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="74" />
        <source>only for users that do not exist yet (12–16 characters)</source>
        <translation>seulement pour les utilisateurs qui n'existent pas encore (12 à 16 caractères)</translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="75" />
        <source>New user &amp;secret:</source>
        <translation>&amp;Secret des nouveaux utilisateurs :</translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="77" />
        <source>Outgoing CHAP user</source>
        <translation>Utilisateur CHAP sortant</translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="78" />
        <source>empty: no mutual CHAP</source>
        <translation>vide : pas de CHAP mutuel</translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="79" />
        <source>&amp;Outgoing user:</source>
        <translation>Utilisateur &amp;sortant :</translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="82" />
        <source>Secret for a new outgoing user</source>
        <translation>Secret d'un nouvel utilisateur sortant</translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="83" />
        <source>only when the outgoing user does not exist yet</source>
        <translation>seulement si l'utilisateur sortant n'existe pas encore</translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="84" />
        <source>Outgoing s&amp;ecret:</source>
        <translation>S&amp;ecret sortant :</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/target_edit_dialog.cpp" line="87" />
        <source>%n session(s) logged in: access changes apply at their next login.</source>
        <translation>
            <numerusform>%n session connectée : les changements d’accès s’appliquent à sa prochaine connexion.</numerusform>
            <numerusform>%n sessions connectées : les changements d’accès s’appliquent à leur prochaine connexion.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="128" />
        <source>Setting the alias</source>
        <translation>Définition de l'alias</translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="133" />
        <source>Removing %1 %2</source>
        <translation>Retrait de %1 %2</translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="136" />
        <source>Allowing %1 %2</source>
        <translation>Autorisation de %1 %2</translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="138" />
        <source>initiator</source>
        <translation>initiateur</translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="139" />
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="151" />
        <source>Creating CHAP user %1</source>
        <translation>Création de l'utilisateur CHAP %1</translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="158" />
        <source>Unbinding incoming user %1</source>
        <translation>Détachement de l'utilisateur entrant %1</translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="163" />
        <source>Binding incoming user %1</source>
        <translation>Rattachement de l'utilisateur entrant %1</translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="170" />
        <source>Unbinding outgoing user %1</source>
        <translation>Détachement de l'utilisateur sortant %1</translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="174" />
        <source>Binding outgoing user %1</source>
        <translation>Rattachement de l'utilisateur sortant %1</translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="179" />
        <source>%1 does not exist yet: enter a secret for the new CHAP user (12 to 16 characters; initiators must use the same).</source>
        <translation>%1 n'existe pas encore : saisissez un secret pour le nouvel utilisateur CHAP (12 à 16 caractères ; les initiateurs doivent utiliser le même).</translation>
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
<context>
    <name>storlab::gui::TrayIndicator</name>
    <message>
        <location filename="../gui/tray_indicator.cpp" line="26" />
        <source>&amp;Show storlab</source>
        <translation>&amp;Afficher storlab</translation>
    </message>
    <message>
        <location filename="../gui/tray_indicator.cpp" line="31" />
        <source>&amp;Retry the connection now</source>
        <translation>&amp;Réessayer la connexion maintenant</translation>
    </message>
    <message>
        <location filename="../gui/tray_indicator.cpp" line="33" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../gui/tray_indicator.cpp" line="58" />
        <source>storlab: %1</source>
        <translation>storlab : %1</translation>
    </message>
    <message>
        <location filename="../gui/tray_indicator.cpp" line="61" />
        <source>storlab lost the daemon</source>
        <translation>storlab a perdu le démon</translation>
    </message>
    <message>
        <location filename="../gui/tray_indicator.cpp" line="64" />
        <source>storlab is connected again</source>
        <translation>storlab est de nouveau connecté</translation>
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
        <translation>ID de cible (tid)</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="22" />
        <source>Portal group tag (TPGT)</source>
        <translation>Étiquette de groupe de portails (TPGT)</translation>
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
        <translation>LUN</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="26" />
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="27" />
        <source>SCSI device type</source>
        <translation>Type de périphérique SCSI</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="28" />
        <source>Backing store</source>
        <translation>Stockage sous-jacent</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="29" />
        <source>Path</source>
        <translation>Chemin</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="30" />
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="31" />
        <source>Block size</source>
        <translation>Taille de bloc</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="32" />
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="33" />
        <source>Write cache</source>
        <translation>Cache d'écriture</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="34" />
        <source>Direct I/O (O_DIRECT)</source>
        <translation>E/S directes (O_DIRECT)</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="35" />
        <source>Synchronous writes (O_SYNC)</source>
        <translation>Écritures synchrones (O_SYNC)</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="36" />
        <source>Thin provisioning</source>
        <translation>Allocation dynamique</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="37" />
        <source>Vendor</source>
        <translation>Fabricant</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="38" />
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="39" />
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="40" />
        <source>Serial number</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="41" />
        <source>NAA ID</source>
        <translation>ID NAA</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="42" />
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="43" />
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="44" />
        <source>CHAP users (incoming)</source>
        <translation>Utilisateurs CHAP (entrants)</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="45" />
        <source>CHAP user (outgoing, mutual)</source>
        <translation>Utilisateur CHAP (sortant, mutuel)</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="46" />
        <source>Allowed initiator addresses</source>
        <translation>Adresses d'initiateur autorisées</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="47" />
        <source>Allowed initiator IQNs</source>
        <translation>IQN d'initiateur autorisés</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="48" />
        <source>iSCSI login parameters</source>
        <translation>Paramètres de connexion iSCSI</translation>
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
        <translation>IQN de l'initiateur</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="52" />
        <source>Initiator alias</source>
        <translation>Alias de l'initiateur</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="53" />
        <source>Target IQN</source>
        <translation>IQN de la cible</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="54" />
        <source>Negotiated parameters</source>
        <translation>Paramètres négociés</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="55" />
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="56" />
        <source>CID</source>
        <translation>CID</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="57" />
        <source>Initiator address</source>
        <translation>Adresse de l'initiateur</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="58" />
        <source>Portal address</source>
        <translation>Adresse du portail</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="59" />
        <source>Commands in flight</source>
        <translation>Commandes en cours</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="60" />
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="61" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="62" />
        <source>Personality</source>
        <translation>Personnalité</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="63" />
        <source>Drive type</source>
        <translation>Type de lecteur</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="64" />
        <source>LTO generation</source>
        <translation>Génération LTO</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="65" />
        <source>Drives</source>
        <translation>Lecteurs</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="66" />
        <source>Drive LUNs</source>
        <translation>LUN des lecteurs</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="67" />
        <source>Changer LUN</source>
        <translation>LUN du changeur</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="68" />
        <source>Slots</source>
        <translation>Emplacements</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="69" />
        <source>Import/export slots</source>
        <translation>Emplacements d'import/export</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="70" />
        <source>Media</source>
        <translation>Supports</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="71" />
        <source>Media directory</source>
        <translation>Répertoire des supports</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="131" />
        <source>%1 (initiator)</source>
        <translation>%1 (initiateur)</translation>
    </message>
</context>
</TS>
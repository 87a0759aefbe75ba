<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ja_JP">
<context>
    <name>main</name>
    <message>
        <location filename="../gui/main.cpp" line="20" />
        <source>Desktop client of the storlab iSCSI lab appliance.</source>
        <translation>storlab iSCSI ラボアプライアンスのデスクトップクライアント。</translation>
    </message>
    <message>
        <location filename="../gui/main.cpp" line="23" />
        <source>Local admin socket of storlabd.</source>
        <translation>storlabd のローカル管理ソケット。</translation>
    </message>
</context>
<context>
    <name>storlab::gui::AddMediaDialog</name>
    <message>
        <location filename="../gui/add_media_dialog.cpp" line="48" />
        <source>Add blank discs to %1</source>
        <translation>%1 に空のディスクを追加</translation>
    </message>
    <message>
        <location filename="../gui/add_media_dialog.cpp" line="48" />
        <source>Add cartridges to %1</source>
        <translation>%1 にカートリッジを追加</translation>
    </message>
    <message>
        <location filename="../gui/add_media_dialog.cpp" line="50" />
        <source>Blank DVD+R discs come in through an import/export port into the first empty slots. To add disc images, drop .iso files on a slot in the Library tab.</source>
        <translation>空の DVD+R はインポート/エクスポートポートを通って最初の空きスロットに入ります。ディスクイメージを追加するには、[ライブラリ] タブのスロットに .iso ファイルをドロップしてください。</translation>
    </message>
    <message>
        <location filename="../gui/add_media_dialog.cpp" line="52" />
        <source>New cartridges come in through an import/export port into the first empty slots.</source>
        <translation>新しいカートリッジはインポート/エクスポートポートを通って最初の空きスロットに入ります。</translation>
    </message>
    <message>
        <location filename="../gui/add_media_dialog.cpp" line="58" />
        <source>First barcode</source>
        <translation>最初のバーコード</translation>
    </message>
    <message>
        <location filename="../gui/add_media_dialog.cpp" line="61" />
        <source>&amp;First barcode:</source>
        <translation>最初のバーコード(&amp;F):</translation>
    </message>
    <message>
        <location filename="../gui/add_media_dialog.cpp" line="64" />
        <source>Number of discs</source>
        <translation>ディスク数</translation>
    </message>
    <message>
        <location filename="../gui/add_media_dialog.cpp" line="64" />
        <source>Number of cartridges</source>
        <translation>カートリッジ数</translation>
    </message>
    <message>
        <location filename="../gui/add_media_dialog.cpp" line="68" />
        <source>&amp;Discs:</source>
        <translation>ディスク(&amp;D):</translation>
    </message>
    <message>
        <location filename="../gui/add_media_dialog.cpp" line="68" />
        <source>&amp;Cartridges:</source>
        <translation>カートリッジ(&amp;C):</translation>
    </message>
    <message>
        <location filename="../gui/add_media_dialog.cpp" line="71" />
        <source>LTO generation</source>
        <translation>LTO 世代</translation>
    </message>
    <message>
        <location filename="../gui/add_media_dialog.cpp" line="78" />
        <source>&amp;Generation:</source>
        <translation>世代(&amp;G):</translation>
    </message>
    <message>
        <location filename="../gui/add_media_dialog.cpp" line="79" />
        <source>&amp;WORM (write once)</source>
        <translation>WORM (追記不可)(&amp;W)</translation>
    </message>
    <message>
        <location filename="../gui/add_media_dialog.cpp" line="83" />
        <source>Barcodes:</source>
        <translation>バーコード:</translation>
    </message>
    <message>
        <location filename="../gui/add_media_dialog.cpp" line="84" />
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../gui/add_media_dialog.cpp" line="129" />
        <location filename="../gui/add_media_dialog.cpp" line="144" />
        <source>The barcodes run out of digits: choose a lower first barcode.</source>
        <translation>バーコードの桁が足りません。より小さい最初のバーコードを選んでください。</translation>
    </message>
    <message>
        <location filename="../gui/add_media_dialog.cpp" line="131" />
        <source>%1 … %2</source>
        <translation>%1 … %2</translation>
    </message>
    <message>
        <location filename="../gui/add_media_dialog.cpp" line="137" />
        <source>Enter the first barcode: capital letters and digits, e.g. A00010L6.</source>
        <translation>最初のバーコードを入力してください (英大文字と数字、例: A00010L6)。</translation>
    </message>
    <message>
        <location filename="../gui/add_media_dialog.cpp" line="157" />
        <source>Creating %1 (%2 of %3)</source>
        <translation>%1 を作成中 (%3 個中 %2 個目)</translation>
    </message>
</context>
<context>
    <name>storlab::gui::CertificateProbe</name>
    <message>
        <location filename="../gui/certificate_probe.cpp" line="21" />
        <source>The server presented no certificate.</source>
        <translation>サーバーが証明書を提示しませんでした。</translation>
    </message>
    <message>
        <location filename="../gui/certificate_probe.cpp" line="32" />
        <source>No TLS answer within the time limit.</source>
        <translation>制限時間内に TLS の応答がありません。</translation>
    </message>
</context>
<context>
    <name>storlab::gui::ConnectDialog</name>
    <message>
        <location filename="../gui/connect_dialog.cpp" line="16" />
        <source>Connect to a Daemon</source>
        <translation>デーモンに接続</translation>
    </message>
    <message>
        <location filename="../gui/connect_dialog.cpp" line="19" />
        <source>Saved connections</source>
        <translation>保存した接続</translation>
    </message>
    <message>
        <location filename="../gui/connect_dialog.cpp" line="20" />
        <source>New connection</source>
        <translation>新しい接続</translation>
    </message>
    <message>
        <location filename="../gui/connect_dialog.cpp" line="24" />
        <source>Connection name</source>
        <translation>接続名</translation>
    </message>
    <message>
        <location filename="../gui/connect_dialog.cpp" line="27" />
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <location filename="../gui/connect_dialog.cpp" line="28" />
        <source>tls://host:3262, or a local socket path (empty: this machine's daemon)</source>
        <translation>tls://host:3262 またはローカルソケットのパス (空: このマシンのデーモン)</translation>
    </message>
    <message>
        <location filename="../gui/connect_dialog.cpp" line="29" />
        <source>User and &amp;password</source>
        <translation>ユーザーとパスワード(&amp;P)</translation>
    </message>
    <message>
        <location filename="../gui/connect_dialog.cpp" line="30" />
        <source>&amp;Token</source>
        <translation>トークン(&amp;T)</translation>
    </message>
    <message>
        <location filename="../gui/connect_dialog.cpp" line="33" />
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <location filename="../gui/connect_dialog.cpp" line="35" />
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <location filename="../gui/connect_dialog.cpp" line="38" />
        <source>Token</source>
        <translation>トークン</translation>
    </message>
    <message>
        <location filename="../gui/connect_dialog.cpp" line="40" />
        <source>On first contact the server's certificate fingerprint is shown for you to confirm.</source>
        <translation>初回接続時にサーバー証明書のフィンガープリントが表示され、確認を求められます。</translation>
    </message>
    <message>
        <location filename="../gui/connect_dialog.cpp" line="44" />
        <source>&amp;Saved:</source>
        <translation>保存済み(&amp;S):</translation>
    </message>
    <message>
        <location filename="../gui/connect_dialog.cpp" line="45" />
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <location filename="../gui/connect_dialog.cpp" line="46" />
        <source>&amp;Address:</source>
        <translation>アドレス(&amp;A):</translation>
    </message>
    <message>
        <location filename="../gui/connect_dialog.cpp" line="48" />
        <source>&amp;User:</source>
        <translation>ユーザー(&amp;U):</translation>
    </message>
    <message>
        <location filename="../gui/connect_dialog.cpp" line="49" />
        <source>Pass&amp;word:</source>
        <translation>パスワード(&amp;W):</translation>
    </message>
    <message>
        <location filename="../gui/connect_dialog.cpp" line="51" />
        <source>T&amp;oken:</source>
        <translation>トークン(&amp;O):</translation>
    </message>
    <message>
        <location filename="../gui/connect_dialog.cpp" line="53" />
        <source>&amp;Connect</source>
        <translation>接続(&amp;C)</translation>
    </message>
</context>
<context>
    <name>storlab::gui::ConnectionIndicator</name>
    <message>
        <location filename="../gui/connection_indicator.cpp" line="15" />
        <source>Connection state</source>
        <translation>接続状態</translation>
    </message>
    <message>
        <location filename="../gui/connection_indicator.cpp" line="22" />
        <source>Retry now</source>
        <translation>今すぐ再試行</translation>
    </message>
    <message>
        <location filename="../gui/connection_indicator.cpp" line="23" />
        <source>Retry the connection now</source>
        <translation>今すぐ再接続</translation>
    </message>
</context>
<context>
    <name>storlab::gui::ConnectionManager</name>
    <message>
        <location filename="../gui/connection_manager.cpp" line="17" />
        <source>the daemon closed the connection</source>
        <translation>デーモンが接続を閉じました</translation>
    </message>
    <message>
        <location filename="../gui/connection_manager.cpp" line="20" />
        <source>the daemon is shutting down</source>
        <translation>デーモンが終了しています</translation>
    </message>
    <message>
        <location filename="../gui/connection_manager.cpp" line="120" />
        <source>Connected to %1</source>
        <translation>%1 に接続済み</translation>
    </message>
    <message>
        <location filename="../gui/connection_manager.cpp" line="122" />
        <source>Connecting to %1…</source>
        <translation>%1 に接続中…</translation>
    </message>
    <message>
        <location filename="../gui/connection_manager.cpp" line="124" />
        <source>Reconnecting to %1 in %2 s (%3)</source>
        <translation>%2 秒後に %1 へ再接続 (%3)</translation>
    </message>
    <message>
        <location filename="../gui/connection_manager.cpp" line="128" />
        <source>Not connected</source>
        <translation>未接続</translation>
    </message>
    <message>
        <location filename="../gui/connection_manager.cpp" line="128" />
        <source>Not connected: %1</source>
        <translation>未接続: %1</translation>
    </message>
</context>
<context>
    <name>storlab::gui::ConnectionProfile</name>
    <message>
        <location filename="../gui/connection_profile.cpp" line="10" />
        <source>Local daemon</source>
        <translation>ローカルデーモン</translation>
    </message>
</context>
<context>
    <name>storlab::gui::DetailPane</name>
    <message>
        <location filename="../gui/detail_pane.cpp" line="28" />
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <location filename="../gui/detail_pane.cpp" line="41" />
        <source>Properties</source>
        <translation>プロパティ</translation>
    </message>
    <message>
        <location filename="../gui/detail_pane.cpp" line="43" />
        <source>Property</source>
        <translation>プロパティ</translation>
    </message>
    <message>
        <location filename="../gui/detail_pane.cpp" line="43" />
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <location filename="../gui/detail_pane.cpp" line="57" />
        <source>Nothing selected</source>
        <translation>何も選択されていません</translation>
    </message>
    <message>
        <location filename="../gui/detail_pane.cpp" line="58" />
        <source>Select a portal, target, LUN, session or library in the tree.</source>
        <translation>ツリーでポータル、ターゲット、LUN、セッション、ライブラリを選択してください。</translation>
    </message>
    <message>
        <location filename="../gui/detail_pane.cpp" line="91" />
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <location filename="../gui/detail_pane.cpp" line="101" />
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location filename="../gui/detail_pane.cpp" line="101" />
        <source>no</source>
        <translation>いいえ</translation>
    </message>
</context>
<context>
    <name>storlab::gui::DiskAccessPage</name>
    <message>
        <location filename="../gui/disk_access_page.cpp" line="14" />
        <source>Access</source>
        <translation>アクセス</translation>
    </message>
    <message>
        <location filename="../gui/disk_access_page.cpp" line="15" />
        <source>Who may log in: portal, initiator addresses and names, CHAP. Empty lists admit everyone.</source>
        <translation>ログインできる相手: ポータル、イニシエーターのアドレスと名前、CHAP。空のリストは全員を許可します。</translation>
    </message>
    <message>
        <location filename="../gui/disk_access_page.cpp" line="18" />
        <source>Portal</source>
        <translation>ポータル</translation>
    </message>
    <message>
        <location filename="../gui/disk_access_page.cpp" line="22" />
        <source>Allowed initiator addresses</source>
        <translation>許可するイニシエーターアドレス</translation>
    </message>
    <message>
        <location filename="../gui/disk_access_page.cpp" line="23" />
        <source>e.g. 127.0.0.1, 10.0.0.0/24 (empty: any address)</source>
        <translation>例: 127.0.0.1, 10.0.0.0/24 (空: すべてのアドレス)</translation>
    </message>
    <message>
        <location filename="../gui/disk_access_page.cpp" line="26" />
        <source>Allowed initiator names</source>
        <translation>許可するイニシエーター名</translation>
    </message>
    <message>
        <location filename="../gui/disk_access_page.cpp" line="27" />
        <source>iqn.… separated by commas (empty: any initiator)</source>
        <translation>iqn.… をカンマ区切りで (空: すべてのイニシエーター)</translation>
    </message>
    <message>
        <location filename="../gui/disk_access_page.cpp" line="28" />
        <source>Require &amp;CHAP authentication</source>
        <translation>CHAP 認証を必須にする(&amp;C)</translation>
    </message>
    <message>
        <location filename="../gui/disk_access_page.cpp" line="34" />
        <source>CHAP user</source>
        <translation>CHAP ユーザー</translation>
    </message>
    <message>
        <location filename="../gui/disk_access_page.cpp" line="37" />
        <source>CHAP secret</source>
        <translation>CHAP シークレット</translation>
    </message>
    <message>
        <location filename="../gui/disk_access_page.cpp" line="39" />
        <source>12 to 16 characters recommended</source>
        <translation>12〜16 文字を推奨</translation>
    </message>
    <message>
        <location filename="../gui/disk_access_page.cpp" line="41" />
        <source>&amp;User:</source>
        <translation>ユーザー(&amp;U):</translation>
    </message>
    <message>
        <location filename="../gui/disk_access_page.cpp" line="42" />
        <source>&amp;Secret:</source>
        <translation>シークレット(&amp;S):</translation>
    </message>
    <message>
        <location filename="../gui/disk_access_page.cpp" line="45" />
        <source>&amp;Portal:</source>
        <translation>ポータル(&amp;P):</translation>
    </message>
    <message>
        <location filename="../gui/disk_access_page.cpp" line="46" />
        <source>Allowed &amp;addresses:</source>
        <translation>許可するアドレス(&amp;A):</translation>
    </message>
    <message>
        <location filename="../gui/disk_access_page.cpp" line="47" />
        <source>Allowed i&amp;nitiators:</source>
        <translation>許可するイニシエータ(&amp;N):</translation>
    </message>
</context>
<context>
    <name>storlab::gui::DiskStoragePage</name>
    <message>
        <location filename="../gui/disk_storage_page.cpp" line="17" />
        <source>Backing store</source>
        <translation>バッキングストア</translation>
    </message>
    <message>
        <location filename="../gui/disk_storage_page.cpp" line="18" />
        <source>Where the disk's blocks live on the daemon's machine.</source>
        <translation>デーモン側のマシンでディスクのブロックを置く場所です。</translation>
    </message>
    <message>
        <location filename="../gui/disk_storage_page.cpp" line="21" />
        <source>Backing store type</source>
        <translation>バッキングストアの種類</translation>
    </message>
    <message>
        <location filename="../gui/disk_storage_page.cpp" line="22" />
        <source>File, thread pool (rdwr)</source>
        <translation>ファイル、スレッドプール (rdwr)</translation>
    </message>
    <message>
        <location filename="../gui/disk_storage_page.cpp" line="23" />
        <source>File, Linux AIO (aio)</source>
        <translation>ファイル、Linux AIO (aio)</translation>
    </message>
    <message>
        <location filename="../gui/disk_storage_page.cpp" line="24" />
        <source>File, io_uring (uring)</source>
        <translation>ファイル、io_uring (uring)</translation>
    </message>
    <message>
        <location filename="../gui/disk_storage_page.cpp" line="25" />
        <source>No storage, discards writes (null)</source>
        <translation>ストレージなし、書き込みを破棄 (null)</translation>
    </message>
    <message>
        <location filename="../gui/disk_storage_page.cpp" line="28" />
        <source>Image file path</source>
        <translation>イメージファイルのパス</translation>
    </message>
    <message>
        <location filename="../gui/disk_storage_page.cpp" line="29" />
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../gui/disk_storage_page.cpp" line="30" />
        <source>Choose the image file</source>
        <translation>イメージファイルを選択</translation>
    </message>
    <message>
        <location filename="../gui/disk_storage_page.cpp" line="36" />
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location filename="../gui/disk_storage_page.cpp" line="41" />
        <source>Size unit</source>
        <translation>サイズの単位</translation>
    </message>
    <message>
        <location filename="../gui/disk_storage_page.cpp" line="51" />
        <source>LUN</source>
        <translation>LUN</translation>
    </message>
    <message>
        <location filename="../gui/disk_storage_page.cpp" line="56" />
        <source>Block size</source>
        <translation>ブロックサイズ</translation>
    </message>
    <message>
        <location filename="../gui/disk_storage_page.cpp" line="59" />
        <source>&amp;Thin provisioning (UNMAP frees space in the file)</source>
        <translation>シンプロビジョニング (UNMAP でファイルの領域を解放)(&amp;T)</translation>
    </message>
    <message>
        <location filename="../gui/disk_storage_page.cpp" line="64" />
        <source>&amp;Store:</source>
        <translation>ストア(&amp;S):</translation>
    </message>
    <message>
        <location filename="../gui/disk_storage_page.cpp" line="65" />
        <source>&amp;Image file:</source>
        <translation>イメージファイル(&amp;I):</translation>
    </message>
    <message>
        <location filename="../gui/disk_storage_page.cpp" line="66" />
        <source>Si&amp;ze:</source>
        <translation>サイズ(&amp;Z):</translation>
    </message>
    <message>
        <location filename="../gui/disk_storage_page.cpp" line="67" />
        <source>&amp;LUN:</source>
        <translation>LUN(&amp;L):</translation>
    </message>
    <message>
        <location filename="../gui/disk_storage_page.cpp" line="68" />
        <source>Bl&amp;ock size:</source>
        <translation>ブロックサイズ(&amp;O):</translation>
    </message>
    <message>
        <location filename="../gui/disk_storage_page.cpp" line="82" />
        <source>Disk image</source>
        <translation>ディスクイメージ</translation>
    </message>
</context>
<context>
    <name>storlab::gui::DriveActions</name>
    <message>
        <location filename="../gui/drive_actions.cpp" line="31" />
        <source>Drive</source>
        <translation>ドライブ</translation>
    </message>
    <message>
        <location filename="../gui/drive_actions.cpp" line="44" />
        <location filename="../gui/drive_actions.cpp" line="55" />
        <source>Load a cartridge</source>
        <translation>カートリッジを装填</translation>
    </message>
    <message>
        <location filename="../gui/drive_actions.cpp" line="45" />
        <source>Path of the cartridge file on the daemon's host:</source>
        <translation>デーモンのホスト上のカートリッジファイルのパス:</translation>
    </message>
    <message>
        <location filename="../gui/drive_actions.cpp" line="51" />
        <location filename="../gui/drive_actions.cpp" line="80" />
        <source>Loaded %1.</source>
        <translation>%1 を装填しました。</translation>
    </message>
    <message>
        <location filename="../gui/drive_actions.cpp" line="55" />
        <source>Load a disc image</source>
        <translation>ディスクイメージを装填</translation>
    </message>
    <message>
        <location filename="../gui/drive_actions.cpp" line="56" />
        <source>Disc images (*.iso *.iso.gz *.iso.xz *.iso.zst *.iso.bz2 *.zip *.tar *.7z *.udf);;All files (*)</source>
        <translation>ディスクイメージ (*.iso *.iso.gz *.iso.xz *.iso.zst *.iso.bz2 *.zip *.tar *.7z *.udf);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../gui/drive_actions.cpp" line="58" />
        <source>Cartridge files (*);;All files (*)</source>
        <translation>カートリッジファイル (*);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../gui/drive_actions.cpp" line="84" />
        <source>A cartridge file can be loaded only from the daemon's host.</source>
        <translation>カートリッジファイルはデーモンのホストからのみ装填できます。</translation>
    </message>
    <message>
        <location filename="../gui/drive_actions.cpp" line="89" />
        <source>Imported and loaded %1.</source>
        <translation>%1 をインポートして装填しました。</translation>
    </message>
    <message>
        <location filename="../gui/drive_actions.cpp" line="90" />
        <source>Import of %1 failed: %2</source>
        <translation>%1 のインポートに失敗しました: %2</translation>
    </message>
    <message>
        <location filename="../gui/drive_actions.cpp" line="100" />
        <source>Ejected %1.</source>
        <translation>%1 を取り出しました。</translation>
    </message>
    <message>
        <location filename="../gui/drive_actions.cpp" line="104" />
        <source>%1

Use “Force eject” to take the medium away from the initiator anyway.</source>
        <translation>%1

それでもイニシエーターから媒体を取り上げるには「強制取り出し」を使ってください。</translation>
    </message>
    <message>
        <location filename="../gui/drive_actions.cpp" line="153" />
        <source>Drop disc images on a DVD drive (a LUN of type dvd) or on a jukebox in the Library tab.</source>
        <translation>ディスクイメージは DVD ドライブ (種類 dvd の LUN) か、[ライブラリ] タブのジュークボックスにドロップしてください。</translation>
    </message>
</context>
<context>
    <name>storlab::gui::ErrorText</name>
    <message>
        <location filename="../gui/error_text.cpp" line="11" />
        <source>Connection error: %1</source>
        <translation>接続エラー: %1</translation>
    </message>
    <message>
        <location filename="../gui/error_text.cpp" line="13" />
        <source>Not available on this daemon: %1</source>
        <translation>このデーモンでは利用できません: %1</translation>
    </message>
    <message>
        <location filename="../gui/error_text.cpp" line="16" />
        <source>Login failed: %1</source>
        <translation>ログイン失敗: %1</translation>
    </message>
    <message>
        <location filename="../gui/error_text.cpp" line="18" />
        <source>In use: %1</source>
        <translation>使用中: %1</translation>
    </message>
    <message>
        <location filename="../gui/error_text.cpp" line="20" />
        <source>The daemon refused: %1</source>
        <translation>デーモンが拒否しました: %1</translation>
    </message>
</context>
<context>
    <name>storlab::gui::ImportJob</name>
    <message>
        <location filename="../gui/import_job.cpp" line="18" />
        <source>The connection to the daemon was lost; the import did not finish.</source>
        <translation>デーモンとの接続が切れました。インポートは完了していません。</translation>
    </message>
    <message>
        <location filename="../gui/import_job.cpp" line="30" />
        <source>A folder can be imported only from the daemon's own host. Pack it as .zip or .tar and drop that.</source>
        <translation>フォルダーはデーモンのホストからのみインポートできます。.zip か .tar にまとめてそれをドロップしてください。</translation>
    </message>
    <message>
        <location filename="../gui/import_job.cpp" line="35" />
        <source>%1 cannot be read: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <location filename="../gui/import_job.cpp" line="75" />
        <source>%1 could not be read at byte %2: %3</source>
        <translation>%1 をバイト %2 で読み取れませんでした: %3</translation>
    </message>
</context>
<context>
    <name>storlab::gui::ImportProgressDialog</name>
    <message>
        <location filename="../gui/import_progress_dialog.cpp" line="31" />
        <source>Importing %1</source>
        <translation>%1 をインポート中</translation>
    </message>
    <message>
        <location filename="../gui/import_progress_dialog.cpp" line="39" />
        <source>Starting the import of %1…</source>
        <translation>%1 のインポートを開始しています…</translation>
    </message>
    <message>
        <location filename="../gui/import_progress_dialog.cpp" line="41" />
        <source>&amp;Cancel import</source>
        <translation>インポートを中止(&amp;C)</translation>
    </message>
    <message>
        <location filename="../gui/import_progress_dialog.cpp" line="45" />
        <source>Cancelling the import of %1…</source>
        <translation>%1 のインポートを中止しています…</translation>
    </message>
    <message>
        <location filename="../gui/import_progress_dialog.cpp" line="55" />
        <source>Uploading</source>
        <translation>アップロード中</translation>
    </message>
    <message>
        <location filename="../gui/import_progress_dialog.cpp" line="57" />
        <source>Expanding</source>
        <translation>展開中</translation>
    </message>
    <message>
        <location filename="../gui/import_progress_dialog.cpp" line="59" />
        <source>Mastering an ISO image</source>
        <translation>ISO イメージを作成中</translation>
    </message>
    <message>
        <location filename="../gui/import_progress_dialog.cpp" line="61" />
        <source>Verifying</source>
        <translation>検証中</translation>
    </message>
    <message>
        <location filename="../gui/import_progress_dialog.cpp" line="63" />
        <source>Loading into the drive</source>
        <translation>ドライブに装填中</translation>
    </message>
    <message>
        <location filename="../gui/import_progress_dialog.cpp" line="65" />
        <source>Starting</source>
        <translation>開始中</translation>
    </message>
    <message>
        <location filename="../gui/import_progress_dialog.cpp" line="75" />
        <source>%1 %2: %3 of %4</source>
        <translation>%1 %2: %4 中 %3</translation>
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
        <translation>ディスク</translation>
    </message>
    <message>
        <location filename="../gui/jukebox_media_page.cpp" line="16" />
        <source>Discs put in the slots: small sample ISOs, blank DVD+Rs to burn, and your own images (.iso used in place; .iso.gz, .zip, .tar, .7z imported once).</source>
        <translation>スロットに入れるディスク: 小さなサンプル ISO、書き込み用の空 DVD+R、独自のイメージ (.iso はそのまま使用、.iso.gz・.zip・.tar・.7z は一度インポート)。</translation>
    </message>
    <message>
        <location filename="../gui/jukebox_media_page.cpp" line="20" />
        <source>Sample discs</source>
        <translation>サンプルディスク</translation>
    </message>
    <message>
        <location filename="../gui/jukebox_media_page.cpp" line="25" />
        <source>Blank DVD+R discs</source>
        <translation>空の DVD+R</translation>
    </message>
    <message>
        <location filename="../gui/jukebox_media_page.cpp" line="30" />
        <location filename="../gui/jukebox_media_page.cpp" line="47" />
        <source>Disc images</source>
        <translation>ディスクイメージ</translation>
    </message>
    <message>
        <location filename="../gui/jukebox_media_page.cpp" line="31" />
        <source>&amp;Add images…</source>
        <translation>イメージを追加(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../gui/jukebox_media_page.cpp" line="32" />
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../gui/jukebox_media_page.cpp" line="41" />
        <source>&amp;Sample discs:</source>
        <translation>サンプルディスク(&amp;S):</translation>
    </message>
    <message>
        <location filename="../gui/jukebox_media_page.cpp" line="42" />
        <source>&amp;Blank DVD+R:</source>
        <translation>空の DVD+R(&amp;B):</translation>
    </message>
    <message>
        <location filename="../gui/jukebox_media_page.cpp" line="43" />
        <source>&amp;Images:</source>
        <translation>イメージ(&amp;I):</translation>
    </message>
    <message>
        <location filename="../gui/jukebox_media_page.cpp" line="48" />
        <source>Disc images (*.iso *.iso.gz *.iso.xz *.zip *.tar *.tar.gz *.7z)</source>
        <translation>ディスクイメージ (*.iso *.iso.gz *.iso.xz *.zip *.tar *.tar.gz *.7z)</translation>
    </message>
</context>
<context>
    <name>storlab::gui::LabModel</name>
    <message>
        <location filename="../gui/lab_model.cpp" line="22" />
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../gui/lab_model.cpp" line="22" />
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../gui/lab_model.cpp" line="132" />
        <source>Portals</source>
        <translation>ポータル</translation>
    </message>
    <message>
        <location filename="../gui/lab_model.cpp" line="139" />
        <source>listening</source>
        <translation>待ち受け中</translation>
    </message>
    <message>
        <location filename="../gui/lab_model.cpp" line="146" />
        <source>Targets</source>
        <translation>ターゲット</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/lab_model.cpp" line="154" />
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n セッション</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/lab_model.cpp" line="154" />
        <source>idle</source>
        <translation>アイドル</translation>
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
        <translation>装填済み</translation>
    </message>
    <message>
        <location filename="../gui/lab_model.cpp" line="175" />
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <location filename="../gui/lab_model.cpp" line="182" />
        <source>Sessions</source>
        <translation>セッション</translation>
    </message>
    <message>
        <location filename="../gui/lab_model.cpp" line="186" />
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location filename="../gui/lab_model.cpp" line="187" />
        <source>discovery</source>
        <translation>ディスカバリー</translation>
    </message>
    <message>
        <location filename="../gui/lab_model.cpp" line="193" />
        <source>Libraries</source>
        <translation>ライブラリ</translation>
    </message>
    <message>
        <location filename="../gui/lab_model.cpp" line="197" />
        <source>not offered by this daemon (library.list missing)</source>
        <translation>このデーモンでは提供されていません (library.list がありません)</translation>
    </message>
    <message>
        <location filename="../gui/lab_model.cpp" line="208" />
        <source>DVD jukebox</source>
        <translation>DVD ジュークボックス</translation>
    </message>
    <message>
        <location filename="../gui/lab_model.cpp" line="208" />
        <source>tape library</source>
        <translation>テープライブラリ</translation>
    </message>
</context>
<context>
    <name>storlab::gui::LibraryPanel</name>
    <message>
        <location filename="../gui/library_panel.cpp" line="19" />
        <source>Library view</source>
        <translation>ライブラリビュー</translation>
    </message>
    <message>
        <location filename="../gui/library_panel.cpp" line="39" />
        <source>Select a library or jukebox in the tree.</source>
        <translation>ツリーでライブラリまたはジュークボックスを選択してください。</translation>
    </message>
    <message>
        <location filename="../gui/library_panel.cpp" line="85" />
        <source>This daemon does not offer the library methods yet (library.show): the library view is disabled. Update storlabd.</source>
        <translation>このデーモンはまだライブラリのメソッド (library.show) を提供していないため、ライブラリ表示は無効です。storlabd を更新してください。</translation>
    </message>
    <message>
        <location filename="../gui/library_panel.cpp" line="94" />
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <location filename="../gui/library_panel.cpp" line="96" />
        <source>Drag a disc between slots, drives and import/export ports, or drop .iso/.zip files on a drive or slot.</source>
        <translation>ディスクをスロット・ドライブ・インポート/エクスポートポート間でドラッグするか、.iso/.zip ファイルをドライブかスロットにドロップしてください。</translation>
    </message>
    <message>
        <location filename="../gui/library_panel.cpp" line="98" />
        <source>Drag a cartridge to a drive to load it, back to a slot to unload, to an import/export port to export it.</source>
        <translation>カートリッジをドライブにドラッグすると装填、スロットに戻すと取り出し、インポート/エクスポートポートに移すとエクスポートします。</translation>
    </message>
    <message>
        <location filename="../gui/library_panel.cpp" line="109" />
        <source>Moving %1 from %2 to %3…</source>
        <translation>%1 を %2 から %3 へ移動中…</translation>
    </message>
    <message>
        <location filename="../gui/library_panel.cpp" line="120" />
        <source>Move refused: %1</source>
        <translation>移動が拒否されました: %1</translation>
    </message>
    <message>
        <location filename="../gui/library_panel.cpp" line="120" />
        <source>this daemon has no changer.move</source>
        <translation>このデーモンには changer.move がありません</translation>
    </message>
    <message>
        <location filename="../gui/library_panel.cpp" line="126" />
        <source>Moved.</source>
        <translation>移動しました。</translation>
    </message>
    <message>
        <location filename="../gui/library_panel.cpp" line="143" />
        <source>%1 holds %2: move it to a slot first, then drop the image again.</source>
        <translation>%1 には %2 が入っています。先にスロットへ移してから、もう一度イメージをドロップしてください。</translation>
    </message>
    <message>
        <location filename="../gui/library_panel.cpp" line="153" />
        <source>A drive takes one disc: only %1 is imported.</source>
        <translation>ドライブに入るディスクは 1 枚です。%1 だけをインポートします。</translation>
    </message>
    <message>
        <location filename="../gui/library_panel.cpp" line="158" />
        <source>Importing %1…</source>
        <translation>%1 をインポート中…</translation>
    </message>
    <message>
        <location filename="../gui/library_panel.cpp" line="171" />
        <source>Imported %1 as %2 and loaded it.</source>
        <translation>%1 を %2 としてインポートし、装填しました。</translation>
    </message>
    <message>
        <location filename="../gui/library_panel.cpp" line="172" />
        <source>Imported %1 as %2 into %3.</source>
        <translation>%1 を %2 として %3 にインポートしました。</translation>
    </message>
    <message>
        <location filename="../gui/library_panel.cpp" line="165" />
        <source>Import of %1 failed: %2</source>
        <translation>%1 のインポートに失敗しました: %2</translation>
    </message>
</context>
<context>
    <name>storlab::gui::LibraryView</name>
    <message>
        <location filename="../gui/library_view.cpp" line="40" />
        <source>Library</source>
        <translation>ライブラリ</translation>
    </message>
    <message>
        <location filename="../gui/library_view.cpp" line="41" />
        <source>Drag a cartridge to a drive, slot or import/export port to move it. Keyboard: arrows select, Space picks up, Space again drops.</source>
        <translation>カートリッジをドライブ・スロット・インポート/エクスポートポートへドラッグして移動します。キーボード: 矢印で選択、スペースで持ち上げ、もう一度スペースで置く。</translation>
    </message>
    <message>
        <location filename="../gui/library_view.cpp" line="85" />
        <source>DVD drives</source>
        <translation>DVD ドライブ</translation>
    </message>
    <message>
        <location filename="../gui/library_view.cpp" line="85" />
        <source>Tape drives</source>
        <translation>テープドライブ</translation>
    </message>
    <message>
        <location filename="../gui/library_view.cpp" line="86" />
        <source>Import/export ports</source>
        <translation>インポート/エクスポートポート</translation>
    </message>
    <message>
        <location filename="../gui/library_view.cpp" line="87" />
        <source>Storage slots</source>
        <translation>ストレージスロット</translation>
    </message>
    <message>
        <location filename="../gui/library_view.cpp" line="176" />
        <source>Drive %1 · LUN %2</source>
        <translation>ドライブ %1 · LUN %2</translation>
    </message>
    <message>
        <location filename="../gui/library_view.cpp" line="176" />
        <source>Drive %1</source>
        <translation>ドライブ %1</translation>
    </message>
    <message>
        <location filename="../gui/library_view.cpp" line="178" />
        <source>I/E %1</source>
        <translation>I/E %1</translation>
    </message>
    <message>
        <location filename="../gui/library_view.cpp" line="179" />
        <source>Slot %1</source>
        <translation>スロット %1</translation>
    </message>
    <message>
        <location filename="../gui/library_view.cpp" line="180" />
        <source>Robot</source>
        <translation>ロボット</translation>
    </message>
    <message>
        <location filename="../gui/library_view.cpp" line="189" />
        <source>locked</source>
        <translation>ロック中</translation>
    </message>
    <message>
        <location filename="../gui/library_view.cpp" line="206" />
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <location filename="../gui/library_view.cpp" line="239" />
        <source>(no label)</source>
        <translation>(ラベルなし)</translation>
    </message>
    <message>
        <location filename="../gui/library_view.cpp" line="244" />
        <source>moving…</source>
        <translation>移動中…</translation>
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
        <translation>%1: 空</translation>
    </message>
    <message>
        <location filename="../gui/library_view.cpp" line="383" />
        <source>Files can only be dropped on a DVD jukebox; tape cartridges are created by the New tape library wizard.</source>
        <translation>ファイルをドロップできるのは DVD ジュークボックスだけです。テープカートリッジは「新しいテープライブラリ」ウィザードで作成します。</translation>
    </message>
    <message>
        <location filename="../gui/library_view.cpp" line="387" />
        <source>Drop disc images on a DVD drive or a storage slot.</source>
        <translation>ディスクイメージは DVD ドライブか格納スロットにドロップしてください。</translation>
    </message>
    <message>
        <location filename="../gui/library_view.cpp" line="395" />
        <source>%1 is not a local file: save it first, then drop the file.</source>
        <translation>%1 はローカルファイルではありません。先に保存してからファイルをドロップしてください。</translation>
    </message>
</context>
<context>
    <name>storlab::gui::LiveCharts</name>
    <message>
        <location filename="../gui/live_charts.cpp" line="27" />
        <source>Live I/O charts</source>
        <translation>ライブ I/O グラフ</translation>
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
        <translation>レイテンシ (µs)</translation>
    </message>
    <message>
        <location filename="../gui/live_charts.cpp" line="52" />
        <source>Live I/O of %1 (last %2 s)</source>
        <translation>%1 のライブ I/O (直近 %2 秒)</translation>
    </message>
    <message>
        <location filename="../gui/live_charts.cpp" line="63" />
        <source>Waiting for statistics from the daemon (event.stats)…</source>
        <translation>デーモンからの統計を待っています (event.stats)…</translation>
    </message>
    <message>
        <location filename="../gui/live_charts.cpp" line="64" />
        <source>Measuring…</source>
        <translation>計測中…</translation>
    </message>
    <message>
        <location filename="../gui/live_charts.cpp" line="65" />
        <source>The daemon sends no counters for this object.</source>
        <translation>デーモンはこのオブジェクトのカウンターを送っていません。</translation>
    </message>
</context>
<context>
    <name>storlab::gui::LunEditDialog</name>
    <message>
        <location filename="../gui/lun_edit_dialog.cpp" line="22" />
        <source>Edit LUN %1 of %2</source>
        <translation>%2 の LUN %1 を編集</translation>
    </message>
    <message>
        <location filename="../gui/lun_edit_dialog.cpp" line="26" />
        <source>no file</source>
        <translation>ファイルなし</translation>
    </message>
    <message>
        <location filename="../gui/lun_edit_dialog.cpp" line="25" />
        <source>Logical unit:</source>
        <translation>論理ユニット:</translation>
    </message>
    <message>
        <location filename="../gui/lun_edit_dialog.cpp" line="24" />
        <source>%1 — %2 store</source>
        <translation>%1 — ストア %2</translation>
    </message>
    <message>
        <location filename="../gui/lun_edit_dialog.cpp" line="28" />
        <source>Image file:</source>
        <translation>イメージファイル:</translation>
    </message>
    <message>
        <location filename="../gui/lun_edit_dialog.cpp" line="29" />
        <source>&amp;Read-only</source>
        <translation>読み取り専用(&amp;R)</translation>
    </message>
    <message>
        <location filename="../gui/lun_edit_dialog.cpp" line="29" />
        <source>initiators get DATA PROTECT on writes</source>
        <translation>書き込み時にイニシエーターは DATA PROTECT を受け取ります</translation>
    </message>
    <message>
        <location filename="../gui/lun_edit_dialog.cpp" line="30" />
        <source>&amp;Write cache</source>
        <translation>ライトキャッシュ(&amp;W)</translation>
    </message>
    <message>
        <location filename="../gui/lun_edit_dialog.cpp" line="30" />
        <source>WCE: writes are acknowledged before they reach the disk</source>
        <translation>WCE: 書き込みはディスクに届く前に完了通知されます</translation>
    </message>
    <message>
        <location filename="../gui/lun_edit_dialog.cpp" line="31" />
        <source>&amp;Direct I/O</source>
        <translation>ダイレクト I/O(&amp;D)</translation>
    </message>
    <message>
        <location filename="../gui/lun_edit_dialog.cpp" line="31" />
        <source>O_DIRECT: bypass the host's page cache</source>
        <translation>O_DIRECT: ホストのページキャッシュを経由しません</translation>
    </message>
    <message>
        <location filename="../gui/lun_edit_dialog.cpp" line="32" />
        <source>&amp;Synchronous writes</source>
        <translation>同期書き込み(&amp;S)</translation>
    </message>
    <message>
        <location filename="../gui/lun_edit_dialog.cpp" line="32" />
        <source>O_SYNC: every write reaches the disk before it completes</source>
        <translation>O_SYNC: 各書き込みは完了前にディスクに到達します</translation>
    </message>
    <message>
        <location filename="../gui/lun_edit_dialog.cpp" line="33" />
        <source>&amp;Thin provisioning</source>
        <translation>シンプロビジョニング(&amp;T)</translation>
    </message>
    <message>
        <location filename="../gui/lun_edit_dialog.cpp" line="33" />
        <source>UNMAP frees space in the image file</source>
        <translation>UNMAP でイメージファイルの領域を解放します</translation>
    </message>
    <message>
        <location filename="../gui/lun_edit_dialog.cpp" line="37" />
        <source>Size in GiB</source>
        <translation>サイズ (GiB)</translation>
    </message>
    <message>
        <location filename="../gui/lun_edit_dialog.cpp" line="41" />
        <source> GiB</source>
        <translation> GiB</translation>
    </message>
    <message>
        <location filename="../gui/lun_edit_dialog.cpp" line="42" />
        <source>Can only grow: the file is extended, initiators see the new capacity after a rescan.</source>
        <translation>拡大のみ可能: ファイルが拡張され、イニシエーターは再スキャン後に新しい容量を認識します。</translation>
    </message>
    <message>
        <location filename="../gui/lun_edit_dialog.cpp" line="43" />
        <source>Si&amp;ze:</source>
        <translation>サイズ(&amp;Z):</translation>
    </message>
    <message>
        <location filename="../gui/lun_edit_dialog.cpp" line="54" />
        <source>&amp;Vendor:</source>
        <translation>ベンダー(&amp;V):</translation>
    </message>
    <message>
        <location filename="../gui/lun_edit_dialog.cpp" line="55" />
        <source>&amp;Product:</source>
        <translation>製品(&amp;P):</translation>
    </message>
    <message>
        <location filename="../gui/lun_edit_dialog.cpp" line="56" />
        <source>Re&amp;vision:</source>
        <translation>リビジョン(&amp;V):</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/lun_edit_dialog.cpp" line="58" />
        <source>&amp;Apply while %n session(s) are logged in</source>
        <translation>
            <numerusform>%n 個のセッションがログイン中でも適用(&amp;A)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/lun_edit_dialog.cpp" line="59" />
        <source>The LU is rebuilt under the initiators: commands in flight finish, the next ones see the new settings (and a unit attention).</source>
        <translation>LU はイニシエーターの使用中に再構築されます。実行中のコマンドは完了し、以降のコマンドは新しい設定 (とユニットアテンション) を受け取ります。</translation>
    </message>
    <message>
        <location filename="../gui/lun_edit_dialog.cpp" line="103" />
        <source>Initiators are logged in to this target. Tick “Apply while … logged in” to rebuild the LU under them, or log the sessions out first.</source>
        <translation>このターゲットにはイニシエーターがログインしています。使用中に LU を再構築するには「ログイン中でも適用」にチェックを入れるか、先にセッションをログアウトしてください。</translation>
    </message>
    <message>
        <location filename="../gui/lun_edit_dialog.cpp" line="109" />
        <source>Updating LUN %1</source>
        <translation>LUN %1 を更新中</translation>
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
        <translation>ラボのオブジェクト</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="91" />
        <source>Views</source>
        <translation>ビュー</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="92" />
        <location filename="../gui/main_window.cpp" line="160" />
        <source>&amp;Properties</source>
        <translation>プロパティ(&amp;P)</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="93" />
        <location filename="../gui/main_window.cpp" line="161" />
        <source>&amp;Library</source>
        <translation>ライブラリ(&amp;L)</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="110" />
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="111" />
        <source>&amp;Connect to…</source>
        <translation>接続(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="111" />
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="113" />
        <source>Connect to &amp;local daemon</source>
        <translation>ローカルデーモンに接続(&amp;L)</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="113" />
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="114" />
        <source>&amp;Saved connections</source>
        <translation>保存した接続(&amp;S)</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="116" />
        <source>&amp;Disconnect</source>
        <translation>切断(&amp;D)</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="118" />
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="120" />
        <source>&amp;Create</source>
        <translation>作成(&amp;C)</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="121" />
        <source>New &amp;disk…</source>
        <translation>新しいディスク(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="123" />
        <source>New &amp;tape library…</source>
        <translation>新しいテープライブラリ(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="123" />
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="125" />
        <source>New DVD &amp;jukebox…</source>
        <translation>新しい DVD ジュークボックス(&amp;J)…</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="125" />
        <source>Ctrl+Shift+J</source>
        <translation>Ctrl+Shift+J</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="128" />
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="129" />
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="129" />
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="131" />
        <source>Add &amp;media…</source>
        <translation>メディアを追加(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="131" />
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="133" />
        <source>&amp;Load medium…</source>
        <translation>媒体を装填(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="133" />
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="143" />
        <source>E&amp;ject</source>
        <translation>取り出し(&amp;J)</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="143" />
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="144" />
        <source>&amp;Force eject</source>
        <translation>強制取り出し(&amp;F)</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="145" />
        <source>Force eject</source>
        <translation>強制取り出し</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="146" />
        <source>An initiator prevents removal of this medium. Take it away anyway?

The initiator sees the medium gone; I/O it has in flight on it fails.</source>
        <translation>イニシエーターがこの媒体の取り出しを禁止しています。それでも取り出しますか?

イニシエーターからは媒体が消え、実行中の I/O は失敗します。</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="153" />
        <source>&amp;Delete…</source>
        <translation>削除(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="155" />
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="159" />
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
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
        <translation>言語(&amp;A)</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="171" />
        <source>System language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="176" />
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="177" />
        <source>&amp;About storlab</source>
        <translation>storlab について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="179" />
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="199" />
        <source>(none yet)</source>
        <translation>(まだありません)</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="232" />
        <source>Checking the certificate of %1…</source>
        <translation>%1 の証明書を確認中…</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="238" />
        <source>Connection failed</source>
        <translation>接続に失敗しました</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="239" />
        <source>Cannot reach %1: %2

Check the address and that admin.tls is configured on the daemon.</source>
        <translation>%1 に接続できません: %2

アドレスと、デーモンで admin.tls が設定されていることを確認してください。</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="263" />
        <source>Login failed</source>
        <translation>ログインに失敗しました</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="264" />
        <source>%1 refused the login: %2

Check the user name and password (or the token) and connect again with File &gt; Connect to…. After 5 failures the daemon waits 60 s.</source>
        <translation>%1 がログインを拒否しました: %2

ユーザー名とパスワード (またはトークン) を確認し、[ファイル] &gt; [接続先…] で再接続してください。5 回失敗するとデーモンは 60 秒待機します。</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="291" />
        <source>Trust this daemon?</source>
        <translation>このデーモンを信頼しますか?</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="292" />
        <source>First connection to %1.

Certificate: %2
SHA-256 fingerprint:
%3

Compare it with the daemon's (openssl x509 -noout -fingerprint -sha256 -in admin.crt) before trusting it.</source>
        <translation>%1 への初回接続です。

証明書: %2
SHA-256 フィンガープリント:
%3

信頼する前にデーモンのもの (openssl x509 -noout -fingerprint -sha256 -in admin.crt) と比較してください。</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="297" />
        <source>&amp;Trust and connect</source>
        <translation>信頼して接続(&amp;T)</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="304" />
        <source>The daemon's certificate has changed</source>
        <translation>デーモンの証明書が変更されました</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="305" />
        <source>The certificate of %1 is not the one you trusted before.

Trusted: %2
Now:     %3

This happens when the daemon got a new certificate — or when someone intercepts the connection. Connect only if you know the certificate was replaced.</source>
        <translation>%1 の証明書は以前に信頼したものではありません。

信頼済み: %2
現在:     %3

デーモンが新しい証明書を受け取った場合か、誰かが接続を傍受している場合に起こります。証明書が交換されたと分かっている場合にだけ接続してください。</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="311" />
        <source>Trust the &amp;new certificate</source>
        <translation>新しい証明書を信頼(&amp;N)</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="316" />
        <source>Not connected: the certificate of %1 changed and was not trusted.</source>
        <translation>未接続: %1 の証明書が変わり、信頼されませんでした。</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/main_window.cpp" line="360" />
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 項目</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="363" />
        <source>Portal</source>
        <translation>ポータル</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="363" />
        <source>Target</source>
        <translation>ターゲット</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="363" />
        <source>Logical unit</source>
        <translation>論理ユニット</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="364" />
        <source>Session</source>
        <translation>セッション</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="364" />
        <source>Library</source>
        <translation>ライブラリ</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="476" />
        <source>Delete target %1?</source>
        <translation>ターゲット %1 を削除しますか?</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/main_window.cpp" line="477" />
        <source>%n logged-in session(s) are dropped and lose its LUNs at once.</source>
        <translation>
            <numerusform>ログイン中の %n 個のセッションは切断され、直ちに LUN を失います。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="478" />
        <source>No initiator is logged in.</source>
        <translation>ログイン中のイニシエーターはありません。</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="480" />
        <source>It has no image files.</source>
        <translation>イメージファイルはありません。</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="481" />
        <source>The image files stay on disk: %1</source>
        <translation>イメージファイルはディスクに残ります: %1</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="489" />
        <source>Remove LUN %1 from %2?

Logged-in initiators lose it at once (commands in flight finish).</source>
        <translation>%2 から LUN %1 を削除しますか?

ログイン中のイニシエーターは直ちにこれを失います (実行中のコマンドは完了します)。</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="492" />
        <source>It has no image file.</source>
        <translation>イメージファイルはありません。</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="492" />
        <source>The image file %1 stays on disk.</source>
        <translation>イメージファイル %1 はディスクに残ります。</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="509" />
        <source>Delete library %1?

Its target (changer and %2 drive(s)) goes away with its sessions. The %3 cartridge/disc file(s) stay in %4.</source>
        <translation>ライブラリ %1 を削除しますか?

そのターゲット (チェンジャーと %2 台のドライブ) はセッションごと消えます。%3 個のカートリッジ/ディスクファイルは %4 に残ります。</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="499" />
        <source>Stop listening on %1?

Connected sessions stay up.</source>
        <translation>%1 での待ち受けを停止しますか?

接続中のセッションは維持されます。</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="504" />
        <source>Log out session %1 (%2)?</source>
        <translation>セッション %1 (%2) をログアウトしますか?</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="521" />
        <source>Confirm</source>
        <translation>確認</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="527" />
        <source>Not done</source>
        <translation>実行されませんでした</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="570" />
        <source>The language changes the next time storlab starts.</source>
        <translation>言語は次回の storlab 起動時に切り替わります。</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="576" />
        <source>About storlab</source>
        <translation>storlab について</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="577" />
        <source>&lt;h3&gt;storlab&lt;/h3&gt;&lt;p&gt;Desktop client of the storlab iSCSI lab appliance.&lt;/p&gt;&lt;p&gt;Daemon: %1 %2, protocol %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;storlab&lt;/h3&gt;&lt;p&gt;storlab iSCSI ラボアプライアンスのデスクトップクライアント。&lt;/p&gt;&lt;p&gt;デーモン: %1 %2、プロトコル %3&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../gui/main_window.cpp" line="579" />
        <source>not connected</source>
        <translation>未接続</translation>
    </message>
</context>
<context>
    <name>storlab::gui::MediaFileCheck</name>
    <message>
        <location filename="../gui/media_file_check.cpp" line="37" />
        <source>ISO 9660 image</source>
        <translation>ISO 9660 イメージ</translation>
    </message>
    <message>
        <location filename="../gui/media_file_check.cpp" line="38" />
        <source>UDF image</source>
        <translation>UDF イメージ</translation>
    </message>
    <message>
        <location filename="../gui/media_file_check.cpp" line="39" />
        <source>gzip-compressed image</source>
        <translation>gzip 圧縮イメージ</translation>
    </message>
    <message>
        <location filename="../gui/media_file_check.cpp" line="40" />
        <source>xz-compressed image</source>
        <translation>xz 圧縮イメージ</translation>
    </message>
    <message>
        <location filename="../gui/media_file_check.cpp" line="41" />
        <source>zstd-compressed image</source>
        <translation>zstd 圧縮イメージ</translation>
    </message>
    <message>
        <location filename="../gui/media_file_check.cpp" line="42" />
        <source>bzip2-compressed image</source>
        <translation>bzip2 圧縮イメージ</translation>
    </message>
    <message>
        <location filename="../gui/media_file_check.cpp" line="43" />
        <source>zip archive</source>
        <translation>zip アーカイブ</translation>
    </message>
    <message>
        <location filename="../gui/media_file_check.cpp" line="44" />
        <source>tar archive</source>
        <translation>tar アーカイブ</translation>
    </message>
    <message>
        <location filename="../gui/media_file_check.cpp" line="45" />
        <location filename="../gui/media_file_check.cpp" line="46" />
        <location filename="../gui/media_file_check.cpp" line="47" />
        <source>compressed tar archive</source>
        <translation>圧縮 tar アーカイブ</translation>
    </message>
    <message>
        <location filename="../gui/media_file_check.cpp" line="48" />
        <source>7-Zip archive</source>
        <translation>7-Zip アーカイブ</translation>
    </message>
    <message>
        <location filename="../gui/media_file_check.cpp" line="83" />
        <source>folder (mastered into an ISO image)</source>
        <translation>フォルダー (ISO イメージに変換)</translation>
    </message>
    <message>
        <location filename="../gui/media_file_check.cpp" line="86" />
        <source>Drop .iso, .iso.gz, .iso.xz, .zip, .tar or .7z files, or a folder.</source>
        <translation>.iso・.iso.gz・.iso.xz・.zip・.tar・.7z ファイルかフォルダーをドロップしてください。</translation>
    </message>
    <message>
        <location filename="../gui/media_file_check.cpp" line="88" />
        <source>%1 does not exist.</source>
        <translation>%1 は存在しません。</translation>
    </message>
    <message>
        <location filename="../gui/media_file_check.cpp" line="93" />
        <source>%1 cannot be read: %2.</source>
        <translation>%1 を読み取れません: %2。</translation>
    </message>
    <message>
        <location filename="../gui/media_file_check.cpp" line="100" />
        <source>%1 is a %2 but its name does not say so; rename it to end in %3.</source>
        <translation>%1 は %2 ですが、名前がそれを示していません。末尾が %3 になるよう名前を変更してください。</translation>
    </message>
    <message>
        <location filename="../gui/media_file_check.cpp" line="102" />
        <source>%1 is not disc media. %2</source>
        <translation>%1 はディスクメディアではありません。%2</translation>
    </message>
    <message>
        <location filename="../gui/media_file_check.cpp" line="106" />
        <source>%1 is empty.</source>
        <translation>%1 は空です。</translation>
    </message>
    <message>
        <location filename="../gui/media_file_check.cpp" line="110" />
        <source>%1 is named like a %2 but its content is a %3.</source>
        <translation>%1 は %2 のような名前ですが、中身は %3 です。</translation>
    </message>
    <message>
        <location filename="../gui/media_file_check.cpp" line="111" />
        <source>%1 is named like a %2 but its content is not one (damaged or another kind of file).</source>
        <translation>%1 は %2 のような名前ですが、中身は違います (破損しているか別の種類のファイル)。</translation>
    </message>
</context>
<context>
    <name>storlab::gui::NewDiskWizard</name>
    <message>
        <location filename="../gui/new_disk_wizard.cpp" line="17" />
        <source>New Disk</source>
        <translation>新しいディスク</translation>
    </message>
    <message>
        <location filename="../gui/new_disk_wizard.cpp" line="20" />
        <source>New disk: name</source>
        <translation>新しいディスク: 名前</translation>
    </message>
    <message>
        <location filename="../gui/new_disk_wizard.cpp" line="20" />
        <source>A target with one disk LUN that initiators can log in to.</source>
        <translation>イニシエータがログインできる、ディスク LUN を 1 つ持つターゲットです。</translation>
    </message>
    <message>
        <location filename="../gui/new_disk_wizard.cpp" line="48" />
        <source>Create target %1</source>
        <translation>ターゲット %1 を作成</translation>
    </message>
    <message>
        <location filename="../gui/new_disk_wizard.cpp" line="59" />
        <source>Add LUN %1 (%2)</source>
        <translation>LUN %1 を追加 (%2)</translation>
    </message>
    <message>
        <location filename="../gui/new_disk_wizard.cpp" line="63" />
        <source>Listen on portal %1</source>
        <translation>ポータル %1 で待ち受け</translation>
    </message>
    <message>
        <location filename="../gui/new_disk_wizard.cpp" line="65" />
        <source>Allow address %1</source>
        <translation>アドレス %1 を許可</translation>
    </message>
    <message>
        <location filename="../gui/new_disk_wizard.cpp" line="68" />
        <source>Allow initiator %1</source>
        <translation>イニシエーター %1 を許可</translation>
    </message>
    <message>
        <location filename="../gui/new_disk_wizard.cpp" line="72" />
        <source>Create CHAP user %1</source>
        <translation>CHAP ユーザー %1 を作成</translation>
    </message>
    <message>
        <location filename="../gui/new_disk_wizard.cpp" line="74" />
        <source>Require CHAP user %1 for the target</source>
        <translation>ターゲットに CHAP ユーザー %1 を要求</translation>
    </message>
</context>
<context>
    <name>storlab::gui::NewJukeboxWizard</name>
    <message>
        <location filename="../gui/new_jukebox_wizard.cpp" line="15" />
        <source>New DVD Jukebox</source>
        <translation>新しい DVD ジュークボックス</translation>
    </message>
    <message>
        <location filename="../gui/new_jukebox_wizard.cpp" line="18" />
        <source>New DVD jukebox: name</source>
        <translation>新しい DVD ジュークボックス: 名前</translation>
    </message>
    <message>
        <location filename="../gui/new_jukebox_wizard.cpp" line="19" />
        <source>A DVD jukebox: one iSCSI target with a media changer and DVD drives.</source>
        <translation>DVD ジュークボックス: メディアチェンジャーと DVD ドライブを持つ iSCSI ターゲットです。</translation>
    </message>
    <message>
        <location filename="../gui/new_jukebox_wizard.cpp" line="26" />
        <source>Create jukebox %1 with its discs</source>
        <translation>ジュークボックス %1 をディスクごと作成</translation>
    </message>
</context>
<context>
    <name>storlab::gui::NewTapeLibraryWizard</name>
    <message>
        <location filename="../gui/new_tape_library_wizard.cpp" line="15" />
        <source>New Tape Library</source>
        <translation>新しいテープライブラリ</translation>
    </message>
    <message>
        <location filename="../gui/new_tape_library_wizard.cpp" line="18" />
        <source>New tape library: name</source>
        <translation>新しいテープライブラリ: 名前</translation>
    </message>
    <message>
        <location filename="../gui/new_tape_library_wizard.cpp" line="19" />
        <source>A virtual tape library: one iSCSI target with a media changer and tape drives.</source>
        <translation>仮想テープライブラリ: メディアチェンジャーとテープドライブを持つ iSCSI ターゲットです。</translation>
    </message>
    <message>
        <location filename="../gui/new_tape_library_wizard.cpp" line="25" />
        <source>Create library %1 with its cartridges</source>
        <translation>ライブラリ %1 をカートリッジごと作成</translation>
    </message>
</context>
<context>
    <name>storlab::gui::RateChart</name>
    <message>
        <location filename="../gui/rate_chart.cpp" line="22" />
        <source>%1: %2 now</source>
        <translation>%1: 現在 %2</translation>
    </message>
    <message>
        <location filename="../gui/rate_chart.cpp" line="97" />
        <location filename="../gui/rate_chart.cpp" line="98" />
        <source>-%1 s</source>
        <translation>-%1 秒</translation>
    </message>
    <message>
        <location filename="../gui/rate_chart.cpp" line="99" />
        <source>now</source>
        <translation>現在</translation>
    </message>
</context>
<context>
    <name>storlab::gui::RpcDialog</name>
    <message>
        <location filename="../gui/rpc_dialog.cpp" line="28" />
        <source>Progress</source>
        <translation>進捗</translation>
    </message>
</context>
<context>
    <name>storlab::gui::RpcSequence</name>
    <message>
        <location filename="../gui/rpc_sequence.cpp" line="30" />
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <location filename="../gui/rpc_sequence.cpp" line="41" />
        <source>%1 failed. %2</source>
        <translation>%1 に失敗しました。%2</translation>
    </message>
</context>
<context>
    <name>storlab::gui::StringListEditor</name>
    <message>
        <location filename="../gui/string_list_editor.cpp" line="22" />
        <source>New entry for %1</source>
        <translation>%1 の新しい項目</translation>
    </message>
    <message>
        <location filename="../gui/string_list_editor.cpp" line="24" />
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <location filename="../gui/string_list_editor.cpp" line="25" />
        <source>Add to %1</source>
        <translation>%1 に追加</translation>
    </message>
    <message>
        <location filename="../gui/string_list_editor.cpp" line="26" />
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../gui/string_list_editor.cpp" line="27" />
        <source>Remove from %1</source>
        <translation>%1 から削除</translation>
    </message>
</context>
<context>
    <name>storlab::gui::SummaryPage</name>
    <message>
        <location filename="../gui/summary_page.cpp" line="17" />
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <location filename="../gui/summary_page.cpp" line="18" />
        <source>Finish sends these changes to the daemon.</source>
        <translation>「完了」でこれらの変更をデーモンに送信します。</translation>
    </message>
    <message>
        <location filename="../gui/summary_page.cpp" line="21" />
        <source>Summary of changes</source>
        <translation>変更の概要</translation>
    </message>
    <message>
        <location filename="../gui/summary_page.cpp" line="23" />
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <location filename="../gui/summary_page.cpp" line="56" />
        <source>Not connected to a daemon: connect first (File &gt; Connect to…), then press Finish again.</source>
        <translation>デーモンに接続されていません。先に接続してから (ファイル &gt; 接続…)、もう一度「完了」を押してください。</translation>
    </message>
    <message>
        <location filename="../gui/summary_page.cpp" line="77" />
        <source>Done.</source>
        <translation>完了しました。</translation>
    </message>
</context>
<context>
    <name>storlab::gui::TapeHardwarePage</name>
    <message>
        <location filename="../gui/tape_hardware_page.cpp" line="11" />
        <source>Jukebox hardware</source>
        <translation>ジュークボックスのハードウェア</translation>
    </message>
    <message>
        <location filename="../gui/tape_hardware_page.cpp" line="11" />
        <source>Library hardware</source>
        <translation>ライブラリのハードウェア</translation>
    </message>
    <message>
        <location filename="../gui/tape_hardware_page.cpp" line="12" />
        <source>DVD drives, storage slots and import/export ports of the jukebox.</source>
        <translation>ジュークボックスの DVD ドライブ、格納スロット、インポート/エクスポートポート。</translation>
    </message>
    <message>
        <location filename="../gui/tape_hardware_page.cpp" line="13" />
        <source>What the changer reports to initiators, its LTO drives, slots and import/export ports.</source>
        <translation>チェンジャーがイニシエーターに報告する内容、LTO ドライブ、スロット、インポート/エクスポートポート。</translation>
    </message>
    <message>
        <location filename="../gui/tape_hardware_page.cpp" line="16" />
        <source>Changer personality</source>
        <translation>チェンジャーの種類</translation>
    </message>
    <message>
        <location filename="../gui/tape_hardware_page.cpp" line="18" />
        <source>storlab DVD jukebox</source>
        <translation>storlab DVD ジュークボックス</translation>
    </message>
    <message>
        <location filename="../gui/tape_hardware_page.cpp" line="20" />
        <source>storlab virtual library</source>
        <translation>storlab 仮想ライブラリ</translation>
    </message>
    <message>
        <location filename="../gui/tape_hardware_page.cpp" line="27" />
        <source>Number of drives</source>
        <translation>ドライブ数</translation>
    </message>
    <message>
        <location filename="../gui/tape_hardware_page.cpp" line="32" />
        <source>Storage slots</source>
        <translation>ストレージスロット</translation>
    </message>
    <message>
        <location filename="../gui/tape_hardware_page.cpp" line="37" />
        <source>Import/export ports</source>
        <translation>インポート/エクスポートポート</translation>
    </message>
    <message>
        <location filename="../gui/tape_hardware_page.cpp" line="42" />
        <source>&amp;Personality:</source>
        <translation>種類(&amp;P):</translation>
    </message>
    <message>
        <location filename="../gui/tape_hardware_page.cpp" line="43" />
        <source>&amp;Drives:</source>
        <translation>ドライブ(&amp;D):</translation>
    </message>
    <message>
        <location filename="../gui/tape_hardware_page.cpp" line="47" />
        <source>LTO generation of the drives</source>
        <translation>ドライブの LTO 世代</translation>
    </message>
    <message>
        <location filename="../gui/tape_hardware_page.cpp" line="51" />
        <source>LTO &amp;generation:</source>
        <translation>LTO 世代(&amp;G):</translation>
    </message>
    <message>
        <location filename="../gui/tape_hardware_page.cpp" line="54" />
        <source>&amp;Storage slots:</source>
        <translation>ストレージスロット(&amp;S):</translation>
    </message>
    <message>
        <location filename="../gui/tape_hardware_page.cpp" line="55" />
        <source>&amp;Import/export ports:</source>
        <translation>インポート/エクスポート(&amp;I):</translation>
    </message>
</context>
<context>
    <name>storlab::gui::TapeMediaPage</name>
    <message>
        <location filename="../gui/tape_media_page.cpp" line="22" />
        <source>Cartridges</source>
        <translation>カートリッジ</translation>
    </message>
    <message>
        <location filename="../gui/tape_media_page.cpp" line="23" />
        <source>Barcoded cartridges created in the storage slots (slot 1, 2, … in order).</source>
        <translation>格納スロットに作成されるバーコード付きカートリッジ (スロット 1, 2, … の順)。</translation>
    </message>
    <message>
        <location filename="../gui/tape_media_page.cpp" line="26" />
        <source>First barcode</source>
        <translation>最初のバーコード</translation>
    </message>
    <message>
        <location filename="../gui/tape_media_page.cpp" line="30" />
        <source>Data cartridges</source>
        <translation>データカートリッジ</translation>
    </message>
    <message>
        <location filename="../gui/tape_media_page.cpp" line="35" />
        <source>WORM cartridges</source>
        <translation>WORM カートリッジ</translation>
    </message>
    <message>
        <location filename="../gui/tape_media_page.cpp" line="40" />
        <source>Cartridge capacity in GiB</source>
        <translation>カートリッジ容量 (GiB)</translation>
    </message>
    <message>
        <location filename="../gui/tape_media_page.cpp" line="48" />
        <source>&amp;First barcode:</source>
        <translation>最初のバーコード(&amp;F):</translation>
    </message>
    <message>
        <location filename="../gui/tape_media_page.cpp" line="49" />
        <source>&amp;Data cartridges:</source>
        <translation>データカートリッジ(&amp;D):</translation>
    </message>
    <message>
        <location filename="../gui/tape_media_page.cpp" line="50" />
        <source>&amp;WORM cartridges:</source>
        <translation>WORM カートリッジ(&amp;W):</translation>
    </message>
    <message>
        <location filename="../gui/tape_media_page.cpp" line="51" />
        <source>&amp;Capacity each:</source>
        <translation>1 本あたりの容量(&amp;C):</translation>
    </message>
    <message>
        <location filename="../gui/tape_media_page.cpp" line="52" />
        <source>Barcodes:</source>
        <translation>バーコード:</translation>
    </message>
    <message>
        <location filename="../gui/tape_media_page.cpp" line="70" />
        <source>data %1%2 … (%3)</source>
        <translation>データ %1%2 … (%3)</translation>
    </message>
    <message>
        <location filename="../gui/tape_media_page.cpp" line="72" />
        <source>WORM W%1%2 … (%3)</source>
        <translation>WORM W%1%2 … (%3)</translation>
    </message>
    <message>
        <location filename="../gui/tape_media_page.cpp" line="75" />
        <source>Too many cartridges for %1 slots.</source>
        <translation>%1 スロットに対してカートリッジが多すぎます。</translation>
    </message>
</context>
<context>
    <name>storlab::gui::TargetEditDialog</name>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="42" />
        <source>Edit target %1</source>
        <translation>ターゲット %1 を編集</translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="47" />
        <source>Target:</source>
        <translation>ターゲット:</translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="49" />
        <source>Alias</source>
        <translation>エイリアス</translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="50" />
        <source>shown to initiators as TargetAlias (optional)</source>
        <translation>TargetAlias としてイニシエーターに表示 (任意)</translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="51" />
        <source>&amp;Alias:</source>
        <translation>エイリアス(&amp;A):</translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="53" />
        <source>&lt;b&gt;Who may log in&lt;/b&gt; — empty lists admit everyone; a non-empty list must match.</source>
        <translation>&lt;b&gt;ログインできる相手&lt;/b&gt; — 空のリストは全員を許可し、空でないリストは一致が必要です。</translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="56" />
        <source>Allowed initiator names</source>
        <translation>許可するイニシエーター名</translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="56" />
        <source>iqn.1993-08.org.debian:01:abcdef</source>
        <translation>iqn.1993-08.org.debian:01:abcdef</translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="58" />
        <source>Initiator &amp;names:</source>
        <translation>イニシエーター名(&amp;N):</translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="59" />
        <source>Allowed initiator addresses</source>
        <translation>許可するイニシエーターアドレス</translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="59" />
        <source>10.0.0.5, 10.0.0.0/24, fd00::/64 or ALL</source>
        <translation>10.0.0.5、10.0.0.0/24、fd00::/64 または ALL</translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="61" />
        <source>Initiator a&amp;ddresses:</source>
        <translation>イニシエーターアドレス(&amp;D):</translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="63" />
        <source>&lt;b&gt;CHAP&lt;/b&gt; — incoming: the initiator proves who it is; outgoing: the target answers (mutual CHAP).</source>
        <translation>&lt;b&gt;CHAP&lt;/b&gt; — 受信: イニシエーターが身元を証明、送信: ターゲットが応答 (相互 CHAP)。</translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="68" />
        <source>Incoming CHAP users</source>
        <translation>受信 CHAP ユーザー</translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="68" />
        <source>user name</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="70" />
        <source>&amp;Incoming users:</source>
        <translation>受信ユーザー(&amp;I):</translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="73" />
        <source>Secret for new incoming users</source>
        <translation>新しい受信ユーザーのシークレット</translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="74" />
        <source>only for users that do not exist yet (12–16 characters)</source>
        <translation>まだ存在しないユーザー用 (12〜16 文字)</translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="75" />
        <source>New user &amp;secret:</source>
        <translation>新規ユーザーのシークレット(&amp;S):</translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="77" />
        <source>Outgoing CHAP user</source>
        <translation>送信 CHAP ユーザー</translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="78" />
        <source>empty: no mutual CHAP</source>
        <translation>空: 相互 CHAP なし</translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="79" />
        <source>&amp;Outgoing user:</source>
        <translation>送信ユーザー(&amp;O):</translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="82" />
        <source>Secret for a new outgoing user</source>
        <translation>新しい送信ユーザーのシークレット</translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="83" />
        <source>only when the outgoing user does not exist yet</source>
        <translation>送信ユーザーがまだ存在しない場合のみ</translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="84" />
        <source>Outgoing s&amp;ecret:</source>
        <translation>送信シークレット(&amp;E):</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/target_edit_dialog.cpp" line="87" />
        <source>%n session(s) logged in: access changes apply at their next login.</source>
        <translation>
            <numerusform>%n 個のセッションがログイン中: アクセスの変更は次回ログインから適用されます。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="128" />
        <source>Setting the alias</source>
        <translation>エイリアスを設定中</translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="133" />
        <source>Removing %1 %2</source>
        <translation>%1 %2 を削除中</translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="136" />
        <source>Allowing %1 %2</source>
        <translation>%1 %2 を許可中</translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="138" />
        <source>initiator</source>
        <translation>イニシエーター</translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="139" />
        <source>address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="151" />
        <source>Creating CHAP user %1</source>
        <translation>CHAP ユーザー %1 を作成中</translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="158" />
        <source>Unbinding incoming user %1</source>
        <translation>受信ユーザー %1 の割り当てを解除中</translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="163" />
        <source>Binding incoming user %1</source>
        <translation>受信ユーザー %1 を割り当て中</translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="170" />
        <source>Unbinding outgoing user %1</source>
        <translation>送信ユーザー %1 の割り当てを解除中</translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="174" />
        <source>Binding outgoing user %1</source>
        <translation>送信ユーザー %1 を割り当て中</translation>
    </message>
    <message>
        <location filename="../gui/target_edit_dialog.cpp" line="179" />
        <source>%1 does not exist yet: enter a secret for the new CHAP user (12 to 16 characters; initiators must use the same).</source>
        <translation>%1 はまだ存在しません。新しい CHAP ユーザーのシークレットを入力してください (12〜16 文字。イニシエーターも同じものを使う必要があります)。</translation>
    </message>
</context>
<context>
    <name>storlab::gui::TargetNamePage</name>
    <message>
        <location filename="../gui/target_name_page.cpp" line="19" />
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../gui/target_name_page.cpp" line="23" />
        <source>Target name (IQN)</source>
        <translation>ターゲット名 (IQN)</translation>
    </message>
    <message>
        <location filename="../gui/target_name_page.cpp" line="26" />
        <source>Alias</source>
        <translation>エイリアス</translation>
    </message>
    <message>
        <location filename="../gui/target_name_page.cpp" line="27" />
        <source>The IQN is suggested from the name, today's month and this host; edit it freely.</source>
        <translation>IQN は名前、今月、このホストから提案されます。自由に編集できます。</translation>
    </message>
    <message>
        <location filename="../gui/target_name_page.cpp" line="32" />
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <location filename="../gui/target_name_page.cpp" line="33" />
        <source>&amp;IQN:</source>
        <translation>IQN(&amp;I):</translation>
    </message>
    <message>
        <location filename="../gui/target_name_page.cpp" line="34" />
        <source>&amp;Alias:</source>
        <translation>エイリアス(&amp;A):</translation>
    </message>
</context>
<context>
    <name>storlab::gui::TrayIndicator</name>
    <message>
        <location filename="../gui/tray_indicator.cpp" line="26" />
        <source>&amp;Show storlab</source>
        <translation>storlab を表示(&amp;S)</translation>
    </message>
    <message>
        <location filename="../gui/tray_indicator.cpp" line="31" />
        <source>&amp;Retry the connection now</source>
        <translation>今すぐ再接続(&amp;R)</translation>
    </message>
    <message>
        <location filename="../gui/tray_indicator.cpp" line="33" />
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../gui/tray_indicator.cpp" line="58" />
        <source>storlab: %1</source>
        <translation>storlab: %1</translation>
    </message>
    <message>
        <location filename="../gui/tray_indicator.cpp" line="61" />
        <source>storlab lost the daemon</source>
        <translation>storlab がデーモンとの接続を失いました</translation>
    </message>
    <message>
        <location filename="../gui/tray_indicator.cpp" line="64" />
        <source>storlab is connected again</source>
        <translation>storlab が再接続しました</translation>
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
        <translation>ターゲット ID (tid)</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="22" />
        <source>Portal group tag (TPGT)</source>
        <translation>ポータルグループタグ (TPGT)</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="23" />
        <source>Alias</source>
        <translation>エイリアス</translation>
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
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="27" />
        <source>SCSI device type</source>
        <translation>SCSI デバイスタイプ</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="28" />
        <source>Backing store</source>
        <translation>バッキングストア</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="29" />
        <source>Path</source>
        <translation>パス</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="30" />
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="31" />
        <source>Block size</source>
        <translation>ブロックサイズ</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="32" />
        <source>Read-only</source>
        <translation>読み取り専用</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="33" />
        <source>Write cache</source>
        <translation>書き込みキャッシュ</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="34" />
        <source>Direct I/O (O_DIRECT)</source>
        <translation>ダイレクト I/O (O_DIRECT)</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="35" />
        <source>Synchronous writes (O_SYNC)</source>
        <translation>同期書き込み (O_SYNC)</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="36" />
        <source>Thin provisioning</source>
        <translation>シンプロビジョニング</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="37" />
        <source>Vendor</source>
        <translation>ベンダー</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="38" />
        <source>Product</source>
        <translation>製品</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="39" />
        <source>Revision</source>
        <translation>リビジョン</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="40" />
        <source>Serial number</source>
        <translation>シリアル番号</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="41" />
        <source>NAA ID</source>
        <translation>NAA ID</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="42" />
        <source>Options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="43" />
        <source>Sessions</source>
        <translation>セッション</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="44" />
        <source>CHAP users (incoming)</source>
        <translation>CHAP ユーザー (受信)</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="45" />
        <source>CHAP user (outgoing, mutual)</source>
        <translation>CHAP ユーザー (送信、相互)</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="46" />
        <source>Allowed initiator addresses</source>
        <translation>許可するイニシエーターのアドレス</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="47" />
        <source>Allowed initiator IQNs</source>
        <translation>許可するイニシエーターの IQN</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="48" />
        <source>iSCSI login parameters</source>
        <translation>iSCSI ログインパラメータ</translation>
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
        <translation>イニシエーターの IQN</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="52" />
        <source>Initiator alias</source>
        <translation>イニシエーターのエイリアス</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="53" />
        <source>Target IQN</source>
        <translation>ターゲットの IQN</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="54" />
        <source>Negotiated parameters</source>
        <translation>ネゴシエートされたパラメータ</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="55" />
        <source>Connections</source>
        <translation>接続</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="56" />
        <source>CID</source>
        <translation>CID</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="57" />
        <source>Initiator address</source>
        <translation>イニシエーターのアドレス</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="58" />
        <source>Portal address</source>
        <translation>ポータルのアドレス</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="59" />
        <source>Commands in flight</source>
        <translation>実行中のコマンド</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="60" />
        <source>Address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="61" />
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="62" />
        <source>Personality</source>
        <translation>パーソナリティ</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="63" />
        <source>Drive type</source>
        <translation>ドライブの種類</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="64" />
        <source>LTO generation</source>
        <translation>LTO 世代</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="65" />
        <source>Drives</source>
        <translation>ドライブ</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="66" />
        <source>Drive LUNs</source>
        <translation>ドライブの LUN</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="67" />
        <source>Changer LUN</source>
        <translation>チェンジャーの LUN</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="68" />
        <source>Slots</source>
        <translation>スロット</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="69" />
        <source>Import/export slots</source>
        <translation>インポート/エクスポートスロット</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="70" />
        <source>Media</source>
        <translation>メディア</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="71" />
        <source>Media directory</source>
        <translation>メディアディレクトリ</translation>
    </message>
    <message>
        <location filename="../gui/property_labels.cpp" line="131" />
        <source>%1 (initiator)</source>
        <translation>%1 (イニシエーター)</translation>
    </message>
</context>
</TS>
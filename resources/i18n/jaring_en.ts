<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="id_ID">
<context>
    <name>Accounts</name>
    <message>
        <location filename="../../enrolment/accounts.py" line="111"/>
        <source>Nama pengguna 3-32 karakter: huruf kecil, angka, titik, garis bawah atau tanda hubung, diawali huruf atau angka.</source>
        <translation>User name: 3-32 characters, lower-case letters, digits, dot, underscore or hyphen, starting with a letter or digit.</translation>
    </message>
    <message>
        <location filename="../../enrolment/accounts.py" line="121"/>
        <source>Nama pengguna {username} sudah dipakai.</source>
        <translation>The user name {username} is already taken.</translation>
    </message>
    <message>
        <location filename="../../enrolment/accounts.py" line="131"/>
        <source>Nama lengkap wajib diisi.</source>
        <translation>The full name is required.</translation>
    </message>
    <message>
        <location filename="../../enrolment/accounts.py" line="141"/>
        <source>Kata sandi minimal {count} karakter.</source>
        <translation>The password needs at least {count} characters.</translation>
    </message>
    <message>
        <location filename="../../enrolment/accounts.py" line="149"/>
        <source>Kata sandi tidak boleh diawali atau diakhiri spasi.</source>
        <translation>The password must not start or end with a space.</translation>
    </message>
    <message>
        <location filename="../../enrolment/accounts.py" line="159"/>
        <source>Peran harus admin atau operator.</source>
        <translation>The role must be admin or operator.</translation>
    </message>
    <message>
        <location filename="../../enrolment/accounts.py" line="188"/>
        <source>Akun admin pertama sudah pernah dibuat.</source>
        <translation>The first admin account has already been created.</translation>
    </message>
    <message>
        <location filename="../../enrolment/accounts.py" line="245"/>
        <source>Terlalu banyak percobaan yang salah. Coba lagi dalam {minutes} menit.</source>
        <translation>Too many wrong attempts. Try again in {minutes} minute(s).</translation>
    </message>
    <message>
        <location filename="../../enrolment/accounts.py" line="265"/>
        <source>Akun ini sudah dinonaktifkan. Hubungi admin desa.</source>
        <translation>This account has been disabled. Contact the village admin.</translation>
    </message>
    <message>
        <location filename="../../enrolment/accounts.py" line="289"/>
        <source>Nama pengguna atau kata sandi salah.</source>
        <translation>Wrong user name or password.</translation>
    </message>
    <message>
        <location filename="../../enrolment/accounts.py" line="342"/>
        <source>Kode pemulihan salah atau sudah pernah dipakai.</source>
        <translation>The recovery code is wrong or has already been used.</translation>
    </message>
    <message>
        <location filename="../../enrolment/accounts.py" line="412"/>
        <source>Akun {username} tidak ada.</source>
        <translation>There is no account {username}.</translation>
    </message>
    <message>
        <location filename="../../enrolment/accounts.py" line="436"/>
        <source>{name} adalah satu-satunya admin yang aktif. Buat admin lain dulu.</source>
        <translation>{name} is the only active admin. Create another admin first.</translation>
    </message>
    <message>
        <location filename="../../enrolment/accounts.py" line="521"/>
        <source>Kata sandi lama salah.</source>
        <translation>The current password is wrong.</translation>
    </message>
    <message>
        <location filename="../../enrolment/accounts.py" line="571"/>
        <source>Waktu kunci layar harus {low} sampai {high} menit.</source>
        <translation>The screen lock time must be {low} to {high} minutes.</translation>
    </message>
    <message>
        <location filename="../../enrolment/accounts.py" line="578"/>
        <source>Instalasi belum disiapkan.</source>
        <translation>This installation has not been set up yet.</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <location filename="../../ui/accounts/accounts_dialog.py" line="131"/>
        <source>Akun dan keamanan</source>
        <translation>Accounts and security</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/accounts_dialog.py" line="136"/>
        <source>Nama pengguna</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/accounts_dialog.py" line="137"/>
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/accounts_dialog.py" line="138"/>
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/accounts_dialog.py" line="139"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/accounts_dialog.py" line="140"/>
        <source>Terakhir masuk</source>
        <translation>Last login</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/accounts_dialog.py" line="148"/>
        <source>Tambah akun…</source>
        <translation>Add account…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/accounts_dialog.py" line="149"/>
        <location filename="../../ui/accounts/accounts_dialog.py" line="233"/>
        <source>Nonaktifkan</source>
        <translation>Disable</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/accounts_dialog.py" line="150"/>
        <source>Atur ulang kata sandi…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/accounts_dialog.py" line="155"/>
        <source>Samarkan NIK di daftar dan hasil pencarian</source>
        <translation>Mask NIKs in lists and search results</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/accounts_dialog.py" line="158"/>
        <source> menit</source>
        <translation> minutes</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/accounts_dialog.py" line="161"/>
        <source> hari</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/accounts_dialog.py" line="162"/>
        <source>Simpan pengaturan</source>
        <translation>Save settings</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/accounts_dialog.py" line="163"/>
        <source>Keamanan dan data pribadi</source>
        <translation>Security and personal data</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/accounts_dialog.py" line="166"/>
        <source>Kunci layar bila tidak dipakai:</source>
        <translation>Lock the screen when idle for:</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/accounts_dialog.py" line="167"/>
        <source>Data yang dihapus boleh dihapus permanen setelah:</source>
        <translation>Removed records may be purged after:</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/accounts_dialog.py" line="171"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/accounts_dialog.py" line="208"/>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/accounts_dialog.py" line="208"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/accounts_dialog.py" line="209"/>
        <source>Aktif</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/accounts_dialog.py" line="209"/>
        <source>Nonaktif</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/accounts_dialog.py" line="233"/>
        <source>Aktifkan</source>
        <translation>Enable</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/accounts_dialog.py" line="243"/>
        <source>Kedua kata sandi tidak sama. Akun belum dibuat.</source>
        <translation>The two passwords differ. The account was not created.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/accounts_dialog.py" line="285"/>
        <source>Kedua kata sandi tidak sama. Kata sandi tidak diubah.</source>
        <translation>The two passwords differ. The password was not changed.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/accounts_dialog.py" line="294"/>
        <source>Kata sandi {username} sudah diganti.</source>
        <translation>The password of {username} has been changed.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/accounts_dialog.py" line="316"/>
        <source>Pengaturan disimpan.</source>
        <translation>Settings saved.</translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <location filename="../../ui/accounts/accounts_dialog.py" line="78"/>
        <source>Tambah akun</source>
        <translation>Add account</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/accounts_dialog.py" line="82"/>
        <source>Operator (entri, cetak, batch)</source>
        <translation>Operator (entry, printing, batches)</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/accounts_dialog.py" line="83"/>
        <source>Admin (pengaturan, akun, pemulihan, hapus data)</source>
        <translation>Admin (settings, accounts, restore, purge)</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/accounts_dialog.py" line="88"/>
        <source>Tambah</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/accounts_dialog.py" line="89"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/accounts_dialog.py" line="91"/>
        <source>Nama pengguna:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/accounts_dialog.py" line="92"/>
        <source>Nama lengkap:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/accounts_dialog.py" line="93"/>
        <source>Peran:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/accounts_dialog.py" line="94"/>
        <source>Kata sandi:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/accounts_dialog.py" line="95"/>
        <source>Ulangi kata sandi:</source>
        <translation>Repeat password:</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <location filename="../../enrolment/audit_query.py" line="249"/>
        <source>Berkas ekspor tidak dapat dibaca ulang.</source>
        <translation>The exported file could not be read back.</translation>
    </message>
    <message>
        <location filename="../../enrolment/audit_query.py" line="253"/>
        <source>Berkas ekspor tidak lengkap.</source>
        <translation>The exported file is incomplete.</translation>
    </message>
</context>
<context>
    <name>AuditLogWidget</name>
    <message>
        <location filename="../../ui/audit/audit_view.py" line="60"/>
        <source>Dari</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/audit/audit_view.py" line="62"/>
        <source>Sampai</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/audit/audit_view.py" line="69"/>
        <source>Cari NIK, nama berkas, keterangan…</source>
        <translation>Search NIK, file name, details…</translation>
    </message>
    <message>
        <location filename="../../ui/audit/audit_view.py" line="71"/>
        <source>Ekspor ke Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/audit/audit_view.py" line="117"/>
        <source>Semua tindakan</source>
        <translation>All actions</translation>
    </message>
    <message>
        <location filename="../../ui/audit/audit_view.py" line="118"/>
        <source>Semua operator</source>
        <translation>All operators</translation>
    </message>
    <message>
        <location filename="../../ui/audit/audit_view.py" line="156"/>
        <source>{count} entri</source>
        <translation>{count} entries</translation>
    </message>
    <message>
        <location filename="../../ui/audit/audit_view.py" line="167"/>
        <source>Simpan log audit</source>
        <translation>Save audit log</translation>
    </message>
    <message>
        <location filename="../../ui/audit/audit_view.py" line="167"/>
        <source>Buku kerja Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/audit/audit_view.py" line="175"/>
        <source>Menulis log audit…</source>
        <translation>Writing audit log…</translation>
    </message>
    <message>
        <location filename="../../ui/audit/audit_view.py" line="192"/>
        <source>Log audit diekspor</source>
        <translation>Audit log exported</translation>
    </message>
    <message>
        <location filename="../../ui/audit/audit_view.py" line="193"/>
        <source>{count} entri disimpan di {path}.</source>
        <translation>{count} entries saved to {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/audit/audit_view.py" line="197"/>
        <source>Mengekspor log audit…</source>
        <translation>Exporting audit log…</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../ui/audit/audit_table_model.py" line="27"/>
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/audit/audit_table_model.py" line="28"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../ui/audit/audit_table_model.py" line="29"/>
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../ui/audit/audit_table_model.py" line="30"/>
        <source>Objek</source>
        <translation>Object</translation>
    </message>
    <message>
        <location filename="../../ui/audit/audit_table_model.py" line="31"/>
        <source>ID objek</source>
        <translation>Object ID</translation>
    </message>
    <message>
        <location filename="../../ui/audit/audit_table_model.py" line="32"/>
        <source>Kolom</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../ui/audit/audit_table_model.py" line="33"/>
        <source>Nilai lama</source>
        <translation>Old value</translation>
    </message>
    <message>
        <location filename="../../ui/audit/audit_table_model.py" line="34"/>
        <source>Nilai baru</source>
        <translation>New value</translation>
    </message>
    <message>
        <location filename="../../ui/audit/audit_table_model.py" line="35"/>
        <source>Keterangan</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>BackupDialogs</name>
    <message>
        <location filename="../../ui/backup/backup_dialogs.py" line="79"/>
        <source>{name} ({path}), {free} MB bebas</source>
        <translation>{name} ({path}), {free} MB free</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_dialogs.py" line="188"/>
        <source>Membuat cadangan…</source>
        <translation>Creating backup…</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_dialogs.py" line="192"/>
        <source>Cadangan tersimpan di {path}.</source>
        <translation>Backup saved to {path}.</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_dialogs.py" line="196"/>
        <source>Simpan kata sandinya baik-baik: tanpa itu cadangan tidak dapat dibuka.</source>
        <translation>Keep the password safe: without it the backup cannot be opened.</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_dialogs.py" line="201"/>
        <source>Cadangan selesai</source>
        <translation>Backup complete</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_dialogs.py" line="208"/>
        <source>Mencadangkan…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_dialogs.py" line="216"/>
        <source>Cadangan ini berisi data Desa {desa} ({code}): {count} peserta aktif, perubahan terakhir {when}.

Seluruh data yang ada sekarang akan diganti dengan isi cadangan ini. Data sekarang dicadangkan dulu secara otomatis. Lanjutkan?</source>
        <translation>This backup holds the data of {desa} village ({code}): {count} active participants, last changed {when}.

All current data will be replaced by the contents of this backup. The current data is backed up automatically first. Continue?</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_dialogs.py" line="223"/>
        <source>PERHATIAN: cadangan ini milik desa lain (PC ini: Desa {desa}).</source>
        <translation>WARNING: this backup belongs to another village (this PC: {desa} village).</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_dialogs.py" line="248"/>
        <source>Pilih berkas cadangan</source>
        <translation>Choose backup file</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_dialogs.py" line="250"/>
        <source>Cadangan Jaring (*{plain} *{locked});;Semua berkas (*)</source>
        <translation>Jaring backups (*{plain} *{locked});;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_dialogs.py" line="269"/>
        <source>Cadangan terkunci</source>
        <translation>Locked backup</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_dialogs.py" line="270"/>
        <source>Kata sandi cadangan:</source>
        <translation>Backup password:</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_dialogs.py" line="278"/>
        <location filename="../../ui/backup/backup_dialogs.py" line="324"/>
        <source>Memeriksa cadangan…</source>
        <translation>Checking backup…</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_dialogs.py" line="287"/>
        <source>Pulihkan data?</source>
        <translation>Restore data?</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_dialogs.py" line="289"/>
        <source>Ya, ganti data dengan cadangan ini</source>
        <translation>Yes, replace the data with this backup</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_dialogs.py" line="290"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_dialogs.py" line="296"/>
        <source>Memulihkan data…</source>
        <translation>Restoring data…</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_dialogs.py" line="303"/>
        <source>Data dipulihkan</source>
        <translation>Data restored</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_dialogs.py" line="304"/>
        <source>Data dipulihkan dari {file}. Data sebelum pemulihan disimpan sebagai {safe}.</source>
        <translation>Data restored from {file}. The data from before the restore was saved as {safe}.</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_dialogs.py" line="316"/>
        <source>Memulihkan…</source>
        <translation>Restoring…</translation>
    </message>
</context>
<context>
    <name>BackupToStickDialog</name>
    <message>
        <location filename="../../ui/backup/backup_dialogs.py" line="91"/>
        <source>Cadangkan ke flashdisk</source>
        <translation>Back up to USB stick</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_dialogs.py" line="100"/>
        <source>Tidak ada flashdisk terdeteksi. Pasang flashdisk, atau pilih folder lain.</source>
        <translation>No USB stick detected. Plug one in, or choose another folder.</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_dialogs.py" line="103"/>
        <source>Pilih folder lain…</source>
        <translation>Choose another folder…</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_dialogs.py" line="105"/>
        <source>Kunci dengan kata sandi (disarankan bila cadangan dibawa keluar kantor)</source>
        <translation>Lock with a password (recommended if the backup leaves the office)</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_dialogs.py" line="118"/>
        <source>Cadangkan</source>
        <translation>Back up</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_dialogs.py" line="121"/>
        <source>Kata sandi:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_dialogs.py" line="122"/>
        <source>Ulangi:</source>
        <translation>Repeat:</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_dialogs.py" line="124"/>
        <source>Simpan cadangan ke:</source>
        <translation>Save backup to:</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_dialogs.py" line="155"/>
        <source>Pilih folder tujuan cadangan</source>
        <translation>Choose the backup destination folder</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_dialogs.py" line="170"/>
        <source>Kata sandi minimal {n} karakter.</source>
        <translation>The password must have at least {n} characters.</translation>
    </message>
    <message>
        <location filename="../../ui/backup/backup_dialogs.py" line="172"/>
        <source>Kedua kata sandi belum sama.</source>
        <translation>The two passwords do not match.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../enrolment/backup_crypto.py" line="46"/>
        <source>Kata sandi cadangan minimal {n} karakter.</source>
        <translation>The backup password must have at least {n} characters.</translation>
    </message>
    <message>
        <location filename="../../enrolment/backup_crypto.py" line="73"/>
        <source>Cadangan ini dikunci dengan kata sandi.</source>
        <translation>This backup is locked with a password.</translation>
    </message>
    <message>
        <location filename="../../enrolment/backup_crypto.py" line="84"/>
        <source>Kata sandi salah, atau berkas cadangan ini rusak.</source>
        <translation>Wrong password, or this backup file is damaged.</translation>
    </message>
    <message>
        <location filename="../../enrolment/backups.py" line="132"/>
        <source>Berkas {file} bukan cadangan Jaring.</source>
        <translation>The file {file} is not a Jaring backup.</translation>
    </message>
    <message>
        <location filename="../../enrolment/backups.py" line="142"/>
        <source>Berkas cadangan {file} rusak (pemeriksaan isi gagal). Pakai cadangan lain.</source>
        <translation>The backup file {file} is damaged (content check failed). Use another backup.</translation>
    </message>
    <message>
        <location filename="../../enrolment/backups.py" line="161"/>
        <source>Berkas {file} adalah basis data yang sedang dipakai, bukan cadangan. Buat cadangan dengan menu Cadangan di PC asalnya.</source>
        <translation>The file {file} is a live database, not a backup. Make a backup with the backup menu on the PC it comes from.</translation>
    </message>
    <message>
        <location filename="../../enrolment/backups.py" line="205"/>
        <source>Cadangan {file} dibuat oleh Jaring versi yang lebih baru (skema {found}; versi ini hanya mengenal sampai skema {supported}). Pasang Jaring versi terbaru untuk memulihkannya.</source>
        <translation>The backup {file} was made by a newer version of Jaring (schema {found}; this version knows schemas up to {supported}). Install the latest Jaring to restore it.</translation>
    </message>
    <message>
        <location filename="../../enrolment/backups.py" line="391"/>
        <source>Folder tujuan {folder} tidak ada.</source>
        <translation>The destination folder {folder} does not exist.</translation>
    </message>
    <message>
        <location filename="../../enrolment/commands/common.py" line="146"/>
        <source>Kata sandi tidak sama.</source>
        <translation>The passwords do not match.</translation>
    </message>
</context>
<context>
    <name>BatchFormat</name>
    <message>
        <location filename="../../enrolment/batches/format.py" line="115"/>
        <source>Templat kolom di berkas program tidak sah: {detail}.</source>
        <translation>Invalid column template in the programme file: {detail}.</translation>
    </message>
</context>
<context>
    <name>BatchHistoryWidget</name>
    <message>
        <location filename="../../ui/batches/history.py" line="48"/>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/batches/history.py" line="49"/>
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/batches/history.py" line="50"/>
        <source>Baris</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location filename="../../ui/batches/history.py" line="51"/>
        <source>Baru / koreksi / tarik</source>
        <translation>New / corrections / withdrawals</translation>
    </message>
    <message>
        <location filename="../../ui/batches/history.py" line="52"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location filename="../../ui/batches/history.py" line="53"/>
        <source>Tujuan</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location filename="../../ui/batches/history.py" line="54"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location filename="../../ui/batches/history.py" line="65"/>
        <source>Muat ulang</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location filename="../../ui/batches/history.py" line="66"/>
        <source>Tulis ulang…</source>
        <translation>Write again…</translation>
    </message>
    <message>
        <location filename="../../ui/batches/history.py" line="67"/>
        <source>Cetak berita acara…</source>
        <translation>Print handover record…</translation>
    </message>
    <message>
        <location filename="../../ui/batches/history.py" line="68"/>
        <source>Berita acara ke PDF…</source>
        <translation>Handover record to PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/batches/history.py" line="132"/>
        <source>Tulis ulang batch {no} ke folder</source>
        <translation>Write batch {no} again to a folder</translation>
    </message>
    <message>
        <location filename="../../ui/batches/history.py" line="138"/>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/batches/history.py" line="139"/>
        <source>Kata sandi untuk berkas (kosongkan bila tanpa kata sandi):</source>
        <translation>Password for the file (leave empty for no password):</translation>
    </message>
    <message>
        <location filename="../../ui/batches/history.py" line="161"/>
        <source>Menulis ulang batch…</source>
        <translation>Writing batch again…</translation>
    </message>
    <message>
        <location filename="../../ui/batches/history.py" line="167"/>
        <source>Batch ditulis ulang</source>
        <translation>Batch written again</translation>
    </message>
    <message>
        <location filename="../../ui/batches/history.py" line="168"/>
        <source>Batch {no} ditulis ulang dengan isi dan checksum yang sama:
{path}</source>
        <translation>Batch {no} was written again with the same contents and checksum:
{path}</translation>
    </message>
    <message>
        <location filename="../../ui/batches/history.py" line="213"/>
        <source>Simpan berita acara</source>
        <translation>Save handover record</translation>
    </message>
    <message>
        <location filename="../../ui/batches/history.py" line="213"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/batches/history.py" line="226"/>
        <source>Berita acara batch {no}</source>
        <translation>Handover record for batch {no}</translation>
    </message>
</context>
<context>
    <name>BatchVerify</name>
    <message>
        <location filename="../../enrolment/batches/verify.py" line="145"/>
        <source>Berkas tidak dapat dibaca: {error}</source>
        <translation>The file could not be read: {error}</translation>
    </message>
    <message>
        <location filename="../../enrolment/batches/verify.py" line="173"/>
        <source>Kata sandi salah.</source>
        <translation>Wrong password.</translation>
    </message>
    <message>
        <location filename="../../enrolment/batches/verify.py" line="177"/>
        <source>Berkas terenkripsi tidak dapat dibuka: {error}</source>
        <translation>The encrypted file could not be opened: {error}</translation>
    </message>
    <message>
        <location filename="../../enrolment/batches/verify.py" line="192"/>
        <source>Lembar {sheets} tidak ada: ini bukan berkas batch Jaring, atau lembarnya diganti nama.</source>
        <translation>Sheet {sheets} missing: this is not a Jaring batch file, or the sheets were renamed.</translation>
    </message>
    <message>
        <location filename="../../enrolment/batches/verify.py" line="203"/>
        <source>Berkas bukan buku kerja Excel yang dapat dibaca: {error}</source>
        <translation>The file is not a readable Excel workbook: {error}</translation>
    </message>
    <message>
        <location filename="../../enrolment/batches/verify.py" line="288"/>
        <source>Lembar Manifest tidak menyebut format {name}: bukan batch Jaring.</source>
        <translation>The Manifest sheet does not name the {name} format: not a Jaring batch.</translation>
    </message>
    <message>
        <location filename="../../enrolment/batches/verify.py" line="296"/>
        <source>Versi format {version!r} di manifest tidak sah.</source>
        <translation>Invalid format version {version!r} in the manifest.</translation>
    </message>
    <message>
        <location filename="../../enrolment/batches/verify.py" line="301"/>
        <source>Berkas memakai format versi {version}; versi Jaring ini hanya mengenal sampai versi {supported}. Pasang Jaring terbaru.</source>
        <translation>The file uses format version {version}; this version of Jaring knows versions up to {supported}. Install the latest Jaring.</translation>
    </message>
    <message>
        <location filename="../../enrolment/batches/verify.py" line="312"/>
        <source>Manifest tidak berisi {key}.</source>
        <translation>The manifest does not contain {key}.</translation>
    </message>
    <message>
        <location filename="../../enrolment/batches/verify.py" line="317"/>
        <source>Nilai {key} di manifest bukan angka.</source>
        <translation>The value of {key} in the manifest is not a number.</translation>
    </message>
    <message>
        <location filename="../../enrolment/batches/verify.py" line="324"/>
        <source>Daftar kolom di manifest tidak sah: {columns}</source>
        <translation>Invalid column list in the manifest: {columns}</translation>
    </message>
    <message>
        <location filename="../../enrolment/batches/verify.py" line="328"/>
        <source>Lembar Data kosong.</source>
        <translation>The Data sheet is empty.</translation>
    </message>
    <message>
        <location filename="../../enrolment/batches/verify.py" line="246"/>
        <source>Baris {row} lembar Data berisi sel di luar kolom batch.</source>
        <translation>Row {row} of the Data sheet has cells outside the batch columns.</translation>
    </message>
    <message>
        <location filename="../../enrolment/batches/verify.py" line="155"/>
        <source>Berkas ini dikunci kata sandi oleh desa. Minta kata sandinya ke desa (lewat telepon), lalu buka lagi dengan kata sandi itu.</source>
        <translation>The village locked this file with a password. Ask the village for it (by phone), then open the file again with that password.</translation>
    </message>
    <message>
        <location filename="../../enrolment/batches/verify.py" line="348"/>
        <source>Kode desa {code!r} di manifest tidak sah.</source>
        <translation>Invalid village code {code!r} in the manifest.</translation>
    </message>
    <message>
        <location filename="../../enrolment/batches/verify.py" line="354"/>
        <source>Jumlah baris data {found} tidak sama dengan manifest ({expected}): ada baris yang ditambah atau dihapus.</source>
        <translation>The number of data rows ({found}) differs from the manifest ({expected}): rows have been added or deleted.</translation>
    </message>
    <message>
        <location filename="../../enrolment/batches/verify.py" line="364"/>
        <source>Checksum SHA-256 tidak cocok: isi lembar Data diubah setelah diekspor (atau manifest berasal dari batch lain). Minta desa mengirim ulang batch ini.</source>
        <translation>The SHA-256 checksum does not match: the Data sheet was changed after export (or the manifest comes from another batch). Ask the village to send this batch again.</translation>
    </message>
    <message>
        <location filename="../../enrolment/batches/verify.py" line="373"/>
        <source>Baris {row}, kolom {column} bukan sel teks lagi (diubah menjadi angka?). Berkas telah diubah setelah diekspor.</source>
        <translation>Row {row}, column {column} is no longer a text cell (turned into a number?). The file was changed after export.</translation>
    </message>
    <message>
        <location filename="../../enrolment/batches/verify.py" line="386"/>
        <source>Baris {row}: jenis data {kind!r} tidak dikenal.</source>
        <translation>Row {row}: unknown record type {kind!r}.</translation>
    </message>
    <message>
        <location filename="../../enrolment/batches/verify.py" line="392"/>
        <source>Baris {row}: kode desa {code} berbeda dari manifest ({desa}).</source>
        <translation>Row {row}: village code {code} differs from the manifest ({desa}).</translation>
    </message>
    <message>
        <location filename="../../enrolment/batches/verify.py" line="403"/>
        <source>Baris {row}: ID peserta {id!r} tidak sah.</source>
        <translation>Row {row}: invalid participant ID {id!r}.</translation>
    </message>
    <message>
        <location filename="../../enrolment/batches/verify.py" line="408"/>
        <source>Ada ID peserta yang muncul dua kali.</source>
        <translation>A participant ID appears twice.</translation>
    </message>
    <message>
        <location filename="../../enrolment/batches/verify.py" line="417"/>
        <source>Jumlah {key} di manifest tidak sesuai dengan lembar Data.</source>
        <translation>The {key} count in the manifest does not match the Data sheet.</translation>
    </message>
</context>
<context>
    <name>BatchWriter</name>
    <message>
        <location filename="../../enrolment/batches/writer.py" line="308"/>
        <source>Berkas yang tertulis tidak dapat dibaca kembali ({problem}). Flashdisk mungkin rusak: coba flashdisk lain.</source>
        <translation>The written file could not be read back ({problem}). The USB stick may be faulty: try another USB stick.</translation>
    </message>
    <message>
        <location filename="../../enrolment/batches/writer.py" line="326"/>
        <source>Isi berkas yang tertulis berbeda dari basis data. Flashdisk mungkin rusak: coba flashdisk lain.</source>
        <translation>The contents of the written file differ from the database. The USB stick may be faulty: try another USB stick.</translation>
    </message>
    <message>
        <location filename="../../enrolment/batches/writer.py" line="343"/>
        <source>Flashdisk atau folder {folder} penuh. Kosongkan tempat atau pilih tujuan lain. Tidak ada data yang ditandai terkirim.</source>
        <translation>The USB stick or folder {folder} is full. Free some space or choose another destination. No records were marked as sent.</translation>
    </message>
    <message>
        <location filename="../../enrolment/batches/writer.py" line="349"/>
        <source>Tidak diizinkan menulis ke {folder} (flashdisk terkunci atau hanya-baca?). Tidak ada data yang ditandai terkirim.</source>
        <translation>Not allowed to write to {folder} (USB stick write-protected or read-only?). No records were marked as sent.</translation>
    </message>
    <message>
        <location filename="../../enrolment/batches/writer.py" line="355"/>
        <source>Tujuan {folder} tidak dapat ditulis: flashdisk mungkin tercabut. Pasang lagi lalu ulangi. Tidak ada data yang ditandai terkirim.</source>
        <translation>The destination {folder} cannot be written to: the USB stick may have been unplugged. Plug it in again and retry. No records were marked as sent.</translation>
    </message>
    <message>
        <location filename="../../enrolment/batches/writer.py" line="361"/>
        <source>Gagal menulis ke {folder}: {error}. Tidak ada data yang ditandai terkirim.</source>
        <translation>Could not write to {folder}: {error}. No records were marked as sent.</translation>
    </message>
</context>
<context>
    <name>Batches</name>
    <message>
        <location filename="../../enrolment/batches/builder.py" line="282"/>
        <source>Instalasi ini belum disiapkan sebagai desa; batch tidak dapat dibuat.</source>
        <translation>This installation has not been set up as a village; batches cannot be created.</translation>
    </message>
    <message>
        <location filename="../../enrolment/batches/builder.py" line="336"/>
        <source>Tidak ada data baru, koreksi, atau penarikan yang perlu diserahkan.</source>
        <translation>There are no new records, corrections or withdrawals to hand over.</translation>
    </message>
    <message>
        <location filename="../../enrolment/batches/builder.py" line="394"/>
        <source>Nomor batch {no} sudah dipakai. Buat batch lagi.</source>
        <translation>Batch number {no} is already in use. Create the batch again.</translation>
    </message>
    <message>
        <location filename="../../enrolment/batches/service.py" line="63"/>
        <source>Kata sandi batch minimal {n} karakter.</source>
        <translation>A batch password needs at least {n} characters.</translation>
    </message>
    <message>
        <location filename="../../enrolment/batches/service.py" line="100"/>
        <source>Batch nomor {no} tidak ada.</source>
        <translation>Batch number {no} does not exist.</translation>
    </message>
    <message>
        <location filename="../../enrolment/batches/service.py" line="107"/>
        <source>Salinan batch {no} di basis data tidak cocok dengan checksum-nya; batch tidak ditulis ulang. Hubungi petugas TI kabupaten.</source>
        <translation>The copy of batch {no} in the database does not match its checksum; the batch was not written again. Contact the regency IT officer.</translation>
    </message>
</context>
<context>
    <name>ColumnsSection</name>
    <message>
        <location filename="../../ui/kabupaten/programme_sections.py" line="379"/>
        <source>Dipakai</source>
        <translation>Used</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/programme_sections.py" line="379"/>
        <source>Data</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/programme_sections.py" line="379"/>
        <source>Judul kolom</source>
        <translation>Column header</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/programme_sections.py" line="385"/>
        <source>Geser &amp;naik (Alt+↑)</source>
        <translation>Move &amp;up (Alt+↑)</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/programme_sections.py" line="386"/>
        <source>Geser t&amp;urun (Alt+↓)</source>
        <translation>Move &amp;down (Alt+↓)</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/programme_sections.py" line="394"/>
        <source>Urutan dan judul kolom berlaku untuk batch desa dan berkas induk BPJS. Kolom wajib (tercentang abu-abu) tidak dapat dilepas.</source>
        <translation>The column order and titles apply to village batches and the BPJS master file. Required columns (ticked in grey) cannot be removed.</translation>
    </message>
</context>
<context>
    <name>ConflictTab</name>
    <message>
        <location filename="../../ui/kabupaten/conflicts_tab.py" line="61"/>
        <source>Catatan A</source>
        <translation>Record A</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/conflicts_tab.py" line="61"/>
        <source>Catatan B</source>
        <translation>Record B</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/conflicts_tab.py" line="66"/>
        <location filename="../../ui/kabupaten/conflicts_tab.py" line="254"/>
        <source>Pertahankan A</source>
        <translation>Keep A</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/conflicts_tab.py" line="67"/>
        <location filename="../../ui/kabupaten/conflicts_tab.py" line="255"/>
        <source>Pertahankan B</source>
        <translation>Keep B</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/conflicts_tab.py" line="68"/>
        <location filename="../../ui/kabupaten/conflicts_tab.py" line="256"/>
        <source>Keduanya orang berbeda</source>
        <translation>They are different people</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/conflicts_tab.py" line="100"/>
        <location filename="../../ui/kabupaten/conflicts_tab.py" line="105"/>
        <source>NIK sama</source>
        <translation>Same NIK</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/conflicts_tab.py" line="100"/>
        <source>Mungkin ganda</source>
        <translation>Probable duplicate</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/conflicts_tab.py" line="104"/>
        <source>{kind}
A: {a_name}, {a_desa}
B: {b_name}, {b_desa}</source>
        <translation>{kind}
A: {a_name}, {a_desa}
B: {b_name}, {b_desa}</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/conflicts_tab.py" line="107"/>
        <source>Nama dan tanggal lahir sama, NIK berbeda</source>
        <translation>Same name and date of birth, different NIK</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/conflicts_tab.py" line="121"/>
        <source>Tidak ada konflik terbuka.</source>
        <translation>No open conflicts.</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/conflicts_tab.py" line="140"/>
        <source>A dan B berbeda di sini</source>
        <translation>A and B differ here</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/conflicts_tab.py" line="149"/>
        <source>Tidak tersedia untuk NIK yang sama: satu NIK hanya dimiliki satu orang. Pilih catatan yang dipertahankan.</source>
        <translation>Not available for the same NIK: one NIK belongs to one person only. Choose the record to keep.</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/conflicts_tab.py" line="153"/>
        <source>Keduanya tetap terdaftar sebagai dua orang; konflik ditutup.</source>
        <translation>Both stay enrolled as two people; the conflict is closed.</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/conflicts_tab.py" line="157"/>
        <source>Pertahankan A: catatan B ditandai ganda dan dikembalikan ke desanya sebagai GANDA; A tetap terdaftar.</source>
        <translation>Keep A: record B is marked as a duplicate and returned to its village as GANDA (duplicate); A stays enrolled.</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/conflicts_tab.py" line="161"/>
        <source>Pertahankan B: catatan A ditandai ganda dan dikembalikan ke desanya sebagai GANDA; B tetap terdaftar.</source>
        <translation>Keep B: record A is marked as a duplicate and returned to its village as GANDA (duplicate); B stays enrolled.</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/conflicts_tab.py" line="165"/>
        <source>Keduanya orang berbeda: tidak tersedia, karena satu NIK hanya dimiliki satu orang.</source>
        <translation>Two different people: not available, because one NIK belongs to one person only.</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/conflicts_tab.py" line="168"/>
        <source>Keduanya orang berbeda: keduanya tetap terdaftar; konflik ditutup.</source>
        <translation>Two different people: both stay enrolled; the conflict is closed.</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/conflicts_tab.py" line="188"/>
        <source>Laki-laki</source>
        <translation>Male</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/conflicts_tab.py" line="188"/>
        <source>Perempuan</source>
        <translation>Female</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/conflicts_tab.py" line="202"/>
        <source>{first} (terakhir diubah di batch {last})</source>
        <translation>{first} (last changed in batch {last})</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/conflicts_tab.py" line="210"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/conflicts_tab.py" line="211"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/conflicts_tab.py" line="212"/>
        <source>Tempat lahir</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/conflicts_tab.py" line="213"/>
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/conflicts_tab.py" line="214"/>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/conflicts_tab.py" line="215"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/conflicts_tab.py" line="216"/>
        <source>RT/RW</source>
        <translation>RT/RW</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/conflicts_tab.py" line="217"/>
        <source>No HP</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/conflicts_tab.py" line="218"/>
        <source>Kelompok</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/conflicts_tab.py" line="219"/>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/conflicts_tab.py" line="220"/>
        <source>Nama ibu</source>
        <translation>Mother&apos;s name</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/conflicts_tab.py" line="221"/>
        <source>No. dokumen</source>
        <translation>Document no.</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/conflicts_tab.py" line="222"/>
        <source>Desa</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/conflicts_tab.py" line="223"/>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/conflicts_tab.py" line="228"/>
        <source>{name} (Desa {desa})</source>
        <translation>{name} (village {desa})</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/conflicts_tab.py" line="236"/>
        <source>A — {a} — dan B — {b} — dicatat sebagai dua orang berbeda; keduanya tetap terdaftar.</source>
        <translation>A — {a} — and B — {b} — are recorded as two different people; both stay enrolled.</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/conflicts_tab.py" line="242"/>
        <source>{lost} — {lost_who} — ditandai ganda dan dikembalikan ke desanya sebagai GANDA; {kept} — {kept_who} — tetap terdaftar.</source>
        <translation>{lost} — {lost_who} — is marked as a duplicate and returned to its village as GANDA (duplicate); {kept} — {kept_who} — stays enrolled.</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/conflicts_tab.py" line="259"/>
        <source>Tandai B ganda</source>
        <translation>Mark B as duplicate</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/conflicts_tab.py" line="260"/>
        <source>Tandai A ganda</source>
        <translation>Mark A as duplicate</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/conflicts_tab.py" line="261"/>
        <source>Ya, dua orang berbeda</source>
        <translation>Yes, two different people</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/conflicts_tab.py" line="266"/>
        <source>Keputusan ini dicatat di log audit. Lanjutkan?</source>
        <translation>This decision is recorded in the audit log. Continue?</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/conflicts_tab.py" line="268"/>
        <source>Kembali</source>
        <translation>Go back</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/conflicts_tab.py" line="283"/>
        <source>Keputusan disimpan: {what}</source>
        <translation>Decision saved: {what}</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/conflicts_tab.py" line="286"/>
        <source>Menyimpan keputusan…</source>
        <translation>Saving decision…</translation>
    </message>
</context>
<context>
    <name>CreateAdminDialog</name>
    <message>
        <location filename="../../ui/accounts/create_admin.py" line="41"/>
        <source>Buat akun admin</source>
        <translation>Create admin account</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/create_admin.py" line="45"/>
        <source>Jaring dilindungi kata sandi. Buat akun admin pertama: admin mengatur Jaring, membuat akun operator, memulihkan cadangan dan menghapus data pribadi. Sesudah ini Jaring memberi kode pemulihan untuk dicatat.</source>
        <translation>Jaring is protected by passwords. Create the first admin account: the admin sets Jaring up, creates operator accounts, restores backups and purges personal data. Next, Jaring gives you a recovery code to write down.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/create_admin.py" line="63"/>
        <source>Buat akun</source>
        <translation>Create account</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/create_admin.py" line="64"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/create_admin.py" line="66"/>
        <source>Nama pengguna:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/create_admin.py" line="67"/>
        <source>Nama lengkap:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/create_admin.py" line="68"/>
        <source>Kata sandi:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/create_admin.py" line="69"/>
        <source>Ulangi kata sandi:</source>
        <translation>Repeat password:</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/create_admin.py" line="81"/>
        <source>Kedua kata sandi tidak sama.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../ui/register/dashboard.py" line="23"/>
        <source>Ringkasan Desa {desa}</source>
        <translation>Summary for {desa} village</translation>
    </message>
    <message>
        <location filename="../../ui/register/dashboard.py" line="26"/>
        <source>{name} — {basis} (versi program {version}). JKK + JKM {amount} per orang per bulan, dibayar {paid_by}. Periode {start} – {end}.</source>
        <translation>{name} — {basis} (programme version {version}). JKK + JKM {amount} per person per month, paid by {paid_by}. Period {start} – {end}.</translation>
    </message>
    <message>
        <location filename="../../ui/register/dashboard.py" line="34"/>
        <source>&lt;b&gt;Kelompok&lt;/b&gt;</source>
        <translation>&lt;b&gt;Group&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/register/dashboard.py" line="35"/>
        <source>&lt;b&gt;Terdaftar / kuota&lt;/b&gt;</source>
        <translation>&lt;b&gt;Enrolled / quota&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/register/dashboard.py" line="36"/>
        <source>&lt;b&gt;Kuota berlaku&lt;/b&gt;</source>
        <translation>&lt;b&gt;Quota applies to&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/register/dashboard.py" line="82"/>
        <source>desa</source>
        <translation>village</translation>
    </message>
    <message>
        <location filename="../../ui/register/dashboard.py" line="82"/>
        <source>kabupaten</source>
        <translation>regency</translation>
    </message>
    <message>
        <location filename="../../ui/register/dashboard.py" line="85"/>
        <source>Jumlah peserta: &lt;b&gt;{total}&lt;/b&gt; (draf {draft}, siap diserahkan {ready}, sudah diserahkan {handed}, diubah sejak diserahkan {changed}). Iuran per bulan: &lt;b&gt;{amount}&lt;/b&gt;.</source>
        <translation>Participants: &lt;b&gt;{total}&lt;/b&gt; (draft {draft}, ready for handover {ready}, handed over {handed}, changed since handover {changed}). Monthly contribution: &lt;b&gt;{amount}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../ui/register/dashboard.py" line="93"/>
        <source>Jumlah kuota semua kelompok (kabupaten): {sum}.</source>
        <translation>Sum of the quotas of all groups (regency): {sum}.</translation>
    </message>
</context>
<context>
    <name>DesaQuotaSection</name>
    <message>
        <location filename="../../ui/kabupaten/programme_sections.py" line="266"/>
        <source>Isi kuota desa per kelompok. Sel kosong: desa memakai kuota kabupaten untuk kelompok itu. Baris tebal adalah jumlah per kecamatan.</source>
        <translation>Enter the village quota per group. Empty cell: the village uses the regency quota for that group. Bold rows are the totals per district.</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/programme_sections.py" line="281"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/programme_sections.py" line="281"/>
        <source>Kecamatan / desa</source>
        <translation>District / village</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/programme_sections.py" line="282"/>
        <source>Jumlah</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/programme_sections.py" line="331"/>
        <source>Jumlah kuota desa: {desa} dari total program {total} ({n} desa punya kuota sendiri).</source>
        <translation>Village quotas add up to {desa} of the programme total {total} ({n} villages have their own quota).</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/programme_sections.py" line="340"/>
        <source>{name}: {sum} dari {quota}</source>
        <translation>{name}: {sum} of {quota}</translation>
    </message>
</context>
<context>
    <name>DesaWorkspace</name>
    <message>
        <location filename="../../ui/desa/workspace.py" line="44"/>
        <source>&amp;1 Pendaftaran</source>
        <translation>&amp;1 Enrolment</translation>
    </message>
    <message>
        <location filename="../../ui/desa/workspace.py" line="45"/>
        <source>&amp;2 Daftar peserta</source>
        <translation>&amp;2 Participants</translation>
    </message>
    <message>
        <location filename="../../ui/desa/workspace.py" line="46"/>
        <source>&amp;3 Ringkasan</source>
        <translation>&amp;3 Summary</translation>
    </message>
    <message>
        <location filename="../../ui/desa/workspace.py" line="74"/>
        <source>Isian belum tersimpan</source>
        <translation>Unsaved entry</translation>
    </message>
    <message>
        <location filename="../../ui/desa/workspace.py" line="75"/>
        <source>Ada isian formulir yang belum tersimpan ({name}), mungkin karena listrik padam. Kembalikan?</source>
        <translation>There is an unsaved form entry ({name}), perhaps because of a power cut. Restore it?</translation>
    </message>
    <message>
        <location filename="../../ui/desa/workspace.py" line="77"/>
        <source>Kembalikan</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../../ui/desa/workspace.py" line="77"/>
        <source>Buang</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../ui/desa/workspace.py" line="100"/>
        <source>Isian belum disimpan</source>
        <translation>Unsaved entry</translation>
    </message>
    <message>
        <location filename="../../ui/desa/workspace.py" line="101"/>
        <source>Formulir masih berisi data yang belum disimpan. Tinggalkan dan buka data lain?</source>
        <translation>The form has unsaved data. Leave it and open another record?</translation>
    </message>
    <message>
        <location filename="../../ui/desa/workspace.py" line="102"/>
        <source>Ya, tinggalkan</source>
        <translation>Yes, leave it</translation>
    </message>
    <message>
        <location filename="../../ui/desa/workspace.py" line="102"/>
        <location filename="../../ui/desa/workspace.py" line="211"/>
        <source>Kembali</source>
        <translation>Go back</translation>
    </message>
    <message>
        <location filename="../../ui/desa/workspace.py" line="136"/>
        <source>Simpan data peserta dulu, atau pilih peserta di Daftar peserta.</source>
        <translation>Save the participant first, or select a participant in the Participants list.</translation>
    </message>
    <message>
        <location filename="../../ui/desa/workspace.py" line="146"/>
        <source>Pilih dulu peserta di Daftar peserta (Ctrl+A untuk semua yang tampil).</source>
        <translation>First select participants in the Participants list (Ctrl+A for all shown).</translation>
    </message>
    <message>
        <location filename="../../ui/desa/workspace.py" line="182"/>
        <source>Riwayat &amp;batch</source>
        <translation>&amp;Batch history</translation>
    </message>
    <message>
        <location filename="../../ui/desa/workspace.py" line="194"/>
        <source>&amp;4 Log aktivitas</source>
        <translation>&amp;4 Activity log</translation>
    </message>
    <message>
        <location filename="../../ui/desa/workspace.py" line="210"/>
        <location filename="../../ui/desa/workspace.py" line="211"/>
        <source>Keluar</source>
        <translation>Exit</translation>
    </message>
    <message>
        <location filename="../../ui/desa/workspace.py" line="210"/>
        <source>Formulir masih berisi data yang belum disimpan. Keluar juga?</source>
        <translation>The form has unsaved data. Exit anyway?</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../ui/dialogs.py" line="26"/>
        <source>Ya</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="29"/>
        <source>Tidak</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="43"/>
        <location filename="../../ui/dialogs.py" line="52"/>
        <source>Tutup</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="61"/>
        <source>Lanjut</source>
        <translation>Continue</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs.py" line="62"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Drives</name>
    <message>
        <location filename="../../ui/batches/drives.py" line="58"/>
        <source>{name} ({root}) — {free} kosong</source>
        <translation>{name} ({root}) — {free} free</translation>
    </message>
</context>
<context>
    <name>EnrolleeTableModel</name>
    <message>
        <location filename="../../ui/register/table_model.py" line="77"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../ui/register/table_model.py" line="77"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/register/table_model.py" line="77"/>
        <source>Tgl lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../ui/register/table_model.py" line="77"/>
        <source>L/P</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../ui/register/table_model.py" line="77"/>
        <source>Kelompok</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../ui/register/table_model.py" line="78"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/register/table_model.py" line="78"/>
        <source>Alamat</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/register/table_model.py" line="78"/>
        <source>Hasil kabupaten</source>
        <translation>Regency result</translation>
    </message>
    <message>
        <location filename="../../ui/register/table_model.py" line="78"/>
        <source>No KPJ</source>
        <translation>KPJ no.</translation>
    </message>
    <message>
        <location filename="../../ui/register/table_model.py" line="79"/>
        <source>No HP</source>
        <translation>Mobile</translation>
    </message>
    <message>
        <location filename="../../ui/register/table_model.py" line="79"/>
        <source>Diubah</source>
        <translation>Changed</translation>
    </message>
    <message>
        <location filename="../../ui/register/table_model.py" line="149"/>
        <source>Batch {n}</source>
        <translation>Batch {n}</translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <location filename="../../ui/register/entry_form.py" line="60"/>
        <source>16 angka sesuai KTP</source>
        <translation>16 digits as on the KTP</translation>
    </message>
    <message>
        <location filename="../../ui/register/entry_form.py" line="63"/>
        <source>sesuai KTP</source>
        <translation>as on the KTP</translation>
    </message>
    <message>
        <location filename="../../ui/register/entry_form.py" line="66"/>
        <source>hh-bb-tttt, terisi otomatis dari NIK</source>
        <translation>dd-mm-yyyy, filled in from the NIK</translation>
    </message>
    <message>
        <location filename="../../ui/register/entry_form.py" line="69"/>
        <source>L — Laki-laki</source>
        <translation>L — Male</translation>
    </message>
    <message>
        <location filename="../../ui/register/entry_form.py" line="70"/>
        <source>P — Perempuan</source>
        <translation>P — Female</translation>
    </message>
    <message>
        <location filename="../../ui/register/entry_form.py" line="72"/>
        <source>kampung / dusun</source>
        <translation>kampung / hamlet</translation>
    </message>
    <message>
        <location filename="../../ui/register/entry_form.py" line="82"/>
        <source>— pilih kelompok —</source>
        <translation>— choose a group —</translation>
    </message>
    <message>
        <location filename="../../ui/register/entry_form.py" line="91"/>
        <source>mis. Ketua RT 003, kader Posyandu Melati</source>
        <translation>e.g. head of RT 003, Posyandu Melati volunteer</translation>
    </message>
    <message>
        <location filename="../../ui/register/entry_form.py" line="93"/>
        <source>nomor SK / surat keterangan (boleh kosong)</source>
        <translation>decree (SK) / certificate number (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/register/entry_form.py" line="95"/>
        <source>hh-bb-tttt (boleh kosong)</source>
        <translation>dd-mm-yyyy (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/register/entry_form.py" line="99"/>
        <source>Siap diserahkan ke kabupaten (hapus centang untuk menyimpan sebagai draf)</source>
        <translation>Ready to hand over to the regency (untick to save as a draft)</translation>
    </message>
    <message>
        <location filename="../../ui/register/entry_form.py" line="111"/>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <location filename="../../ui/register/entry_form.py" line="115"/>
        <source>&amp;NIK:</source>
        <translation>&amp;NIK:</translation>
    </message>
    <message>
        <location filename="../../ui/register/entry_form.py" line="116"/>
        <source>Nama &amp;lengkap:</source>
        <translation>Full n&amp;ame:</translation>
    </message>
    <message>
        <location filename="../../ui/register/entry_form.py" line="117"/>
        <source>&amp;Tempat lahir:</source>
        <translation>Place of &amp;birth:</translation>
    </message>
    <message>
        <location filename="../../ui/register/entry_form.py" line="118"/>
        <source>Tanggal l&amp;ahir:</source>
        <translation>Date of b&amp;irth:</translation>
    </message>
    <message>
        <location filename="../../ui/register/entry_form.py" line="119"/>
        <source>&amp;Jenis kelamin:</source>
        <translation>S&amp;ex:</translation>
    </message>
    <message>
        <location filename="../../ui/register/entry_form.py" line="120"/>
        <source>Alamat / &amp;dusun:</source>
        <translation>A&amp;ddress / hamlet:</translation>
    </message>
    <message>
        <location filename="../../ui/register/entry_form.py" line="121"/>
        <source>&amp;RT:</source>
        <translation>&amp;RT:</translation>
    </message>
    <message>
        <location filename="../../ui/register/entry_form.py" line="123"/>
        <source>No &amp;HP:</source>
        <translation>Mobi&amp;le no.:</translation>
    </message>
    <message>
        <location filename="../../ui/register/entry_form.py" line="124"/>
        <source>&amp;Kelompok:</source>
        <translation>&amp;Group:</translation>
    </message>
    <message>
        <location filename="../../ui/register/entry_form.py" line="125"/>
        <source>Jabatan / pek&amp;erjaan:</source>
        <translation>Position / &amp;job:</translation>
    </message>
    <message>
        <location filename="../../ui/register/entry_form.py" line="126"/>
        <source>No. d&amp;okumen pengesahan:</source>
        <translation>Appro&amp;val document no.:</translation>
    </message>
    <message>
        <location filename="../../ui/register/entry_form.py" line="127"/>
        <source>Tanggal dokumen:</source>
        <translation>Document date:</translation>
    </message>
    <message>
        <location filename="../../ui/register/entry_form.py" line="128"/>
        <source>Nama &amp;ibu kandung:</source>
        <translation>&amp;Mother&apos;s maiden name:</translation>
    </message>
    <message>
        <location filename="../../ui/register/entry_form.py" line="129"/>
        <source>&amp;Catatan:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <location filename="../../ui/register/entry_form.py" line="134"/>
        <source>&amp;Simpan (Enter)</source>
        <translation>&amp;Save (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/register/entry_form.py" line="136"/>
        <source>Batal (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/register/entry_form.py" line="137"/>
        <source>Cetak tanda terima terakhir (Ctrl+P)</source>
        <translation>Print last receipt (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/register/entry_form.py" line="214"/>
        <source>Pendaftaran peserta baru</source>
        <translation>New participant enrolment</translation>
    </message>
    <message>
        <location filename="../../ui/register/entry_form.py" line="228"/>
        <source>Mengubah data: {name}</source>
        <translation>Editing: {name}</translation>
    </message>
    <message>
        <location filename="../../ui/register/entry_form.py" line="293"/>
        <source>Tanggal tidak dikenali. Tulis hh-bb-tttt, mis. 12-03-1990.</source>
        <translation>Date not recognised. Write dd-mm-yyyy, e.g. 12-03-1990.</translation>
    </message>
    <message>
        <location filename="../../ui/register/entry_form.py" line="307"/>
        <source>Belum tersimpan: NIK ini sudah terdaftar atas nama {name}.</source>
        <translation>Not saved: this NIK is already registered to {name}.</translation>
    </message>
    <message>
        <location filename="../../ui/register/entry_form.py" line="311"/>
        <source>NIK sudah terdaftar</source>
        <translation>NIK already enrolled</translation>
    </message>
    <message>
        <location filename="../../ui/register/entry_form.py" line="312"/>
        <source>NIK ini sudah terdaftar atas nama {name}. Buka data tersebut untuk diperiksa?</source>
        <translation>This NIK is already enrolled under the name {name}. Open that record to check it?</translation>
    </message>
    <message>
        <location filename="../../ui/register/entry_form.py" line="314"/>
        <source>Buka data itu</source>
        <translation>Open that record</translation>
    </message>
    <message>
        <location filename="../../ui/register/entry_form.py" line="314"/>
        <source>Kembali</source>
        <translation>Go back</translation>
    </message>
    <message>
        <location filename="../../ui/register/entry_form.py" line="321"/>
        <source>Belum tersimpan: perbaiki isian yang ditandai merah.</source>
        <translation>Not saved: correct the fields marked in red.</translation>
    </message>
    <message>
        <location filename="../../ui/register/entry_form.py" line="326"/>
        <source>Periksa hal berikut sebelum menyimpan:

{lines}

Sudah dicek dengan KTP/dokumen?</source>
        <translation>Check the following before saving:

{lines}

Checked against the KTP/documents?</translation>
    </message>
    <message>
        <location filename="../../ui/register/entry_form.py" line="328"/>
        <source>Perlu konfirmasi</source>
        <translation>Confirmation needed</translation>
    </message>
    <message>
        <location filename="../../ui/register/entry_form.py" line="329"/>
        <source>Sudah dicek, simpan</source>
        <translation>Checked, save</translation>
    </message>
    <message>
        <location filename="../../ui/register/entry_form.py" line="329"/>
        <source>Kembali memperbaiki</source>
        <translation>Go back and correct</translation>
    </message>
    <message>
        <location filename="../../ui/register/entry_form.py" line="333"/>
        <source>Belum tersimpan: periksa lagi hal yang ditanyakan, lalu simpan.</source>
        <translation>Not saved: check the points asked about again, then save.</translation>
    </message>
    <message>
        <location filename="../../ui/register/entry_form.py" line="344"/>
        <source>Tersimpan: {name} ({group}). Tekan Ctrl+P untuk mencetak tanda terima.</source>
        <translation>Saved: {name} ({group}). Press Ctrl+P to print the receipt.</translation>
    </message>
    <message>
        <location filename="../../ui/register/entry_form.py" line="356"/>
        <source>Batalkan isian?</source>
        <translation>Discard entry?</translation>
    </message>
    <message>
        <location filename="../../ui/register/entry_form.py" line="357"/>
        <source>Isian yang belum disimpan akan hilang. Batalkan?</source>
        <translation>Unsaved input will be lost. Discard it?</translation>
    </message>
    <message>
        <location filename="../../ui/register/entry_form.py" line="358"/>
        <source>Ya, batalkan</source>
        <translation>Yes, discard</translation>
    </message>
    <message>
        <location filename="../../ui/register/entry_form.py" line="358"/>
        <source>Lanjut mengisi</source>
        <translation>Keep editing</translation>
    </message>
    <message>
        <location filename="../../ui/register/entry_form.py" line="379"/>
        <source>Isian yang belum tersimpan dikembalikan. Periksa lalu tekan Enter untuk menyimpan.</source>
        <translation>Unsaved input has been restored. Check it, then press Enter to save.</translation>
    </message>
    <message>
        <location filename="../../ui/register/entry_form.py" line="386"/>
        <source>Cadangan isian tidak dapat disimpan ({error}). Simpan data segera.</source>
        <translation>The form draft could not be backed up ({error}). Save the record now.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/errors.py" line="38"/>
        <source>Ruang penyimpanan penuh{where}. Kosongkan tempat atau pilih tujuan lain.</source>
        <translation>Storage is full{where}. Free some space or choose another destination.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="42"/>
        <source>Tidak diizinkan menulis{where}. Berkas mungkin sedang dibuka program lain atau flashdisk dikunci.</source>
        <translation>Not allowed to write{where}. The file may be open in another program, or the USB stick is write-protected.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="48"/>
        <source>Berkas atau perangkat tidak ditemukan{where}. Flashdisk mungkin tercabut: pasang lagi lalu ulangi.</source>
        <translation>File or device not found{where}. The USB stick may have been unplugged: plug it in again and retry.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="53"/>
        <source>Gagal membaca atau menulis berkas{where}: {error}</source>
        <translation>Could not read or write the file{where}: {error}</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="63"/>
        <source>Tidak berhasil</source>
        <translation>Not successful</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="74"/>
        <source>Terjadi kesalahan</source>
        <translation>An error occurred</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="76"/>
        <source>Terjadi kesalahan yang tidak terduga. Data yang sudah disimpan aman. Salin rinciannya dan sampaikan kepada petugas TI kabupaten.</source>
        <translation>An unexpected error occurred. Data already saved is safe. Copy the details and send them to the regency IT officer.</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="84"/>
        <source>Salin rincian</source>
        <translation>Copy details</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/batches/export_dialog.py" line="48"/>
        <source>Ekspor batch untuk kabupaten</source>
        <translation>Export batch for the regency</translation>
    </message>
    <message>
        <location filename="../../ui/batches/export_dialog.py" line="57"/>
        <source>Kelompok</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../ui/batches/export_dialog.py" line="57"/>
        <source>Baru</source>
        <translation>New</translation>
    </message>
    <message>
        <location filename="../../ui/batches/export_dialog.py" line="57"/>
        <source>Koreksi</source>
        <translation>Corrections</translation>
    </message>
    <message>
        <location filename="../../ui/batches/export_dialog.py" line="57"/>
        <source>Penarikan</source>
        <translation>Withdrawals</translation>
    </message>
    <message>
        <location filename="../../ui/batches/export_dialog.py" line="67"/>
        <source>Tujuan</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location filename="../../ui/batches/export_dialog.py" line="68"/>
        <source>Lindungi berkas dengan kata sandi</source>
        <translation>Protect the file with a password</translation>
    </message>
    <message>
        <location filename="../../ui/batches/export_dialog.py" line="75"/>
        <source>Kata sandi</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/batches/export_dialog.py" line="76"/>
        <source>Ulangi kata sandi</source>
        <translation>Repeat password</translation>
    </message>
    <message>
        <location filename="../../ui/batches/export_dialog.py" line="79"/>
        <source>Kata sandi tidak disimpan oleh Jaring. Sampaikan kepada petugas kabupaten secara terpisah (jangan ditulis di flashdisk).</source>
        <translation>Jaring does not store the password. Give it to the regency officer separately (do not write it on the USB stick).</translation>
    </message>
    <message>
        <location filename="../../ui/batches/export_dialog.py" line="89"/>
        <source>Ekspor</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../ui/batches/export_dialog.py" line="115"/>
        <source>Jumlah</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/batches/export_dialog.py" line="121"/>
        <source>Tidak ada data baru, koreksi, atau penarikan yang perlu diserahkan.</source>
        <translation>There are no new records, corrections or withdrawals to hand over.</translation>
    </message>
    <message>
        <location filename="../../ui/batches/export_dialog.py" line="126"/>
        <source>Batch nomor {no} akan berisi {total} baris: {new} peserta baru, {corrections} koreksi, {withdrawals} penarikan.</source>
        <translation>Batch number {no} will contain {total} rows: {new} new participants, {corrections} corrections, {withdrawals} withdrawals.</translation>
    </message>
    <message>
        <location filename="../../ui/batches/export_dialog.py" line="153"/>
        <source>Pilih folder…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <location filename="../../ui/batches/export_dialog.py" line="160"/>
        <source>Pilih folder tujuan</source>
        <translation>Choose the destination folder</translation>
    </message>
    <message>
        <location filename="../../ui/batches/export_dialog.py" line="183"/>
        <source>Pilih flashdisk atau folder tujuan dulu.</source>
        <translation>First choose a USB stick or destination folder.</translation>
    </message>
    <message>
        <location filename="../../ui/batches/export_dialog.py" line="186"/>
        <source>Kata sandi minimal {n} karakter.</source>
        <translation>The password must have at least {n} characters.</translation>
    </message>
    <message>
        <location filename="../../ui/batches/export_dialog.py" line="188"/>
        <source>Kedua kata sandi tidak sama.</source>
        <translation>The two passwords do not match.</translation>
    </message>
    <message>
        <location filename="../../ui/batches/export_dialog.py" line="194"/>
        <source>Ekspor batch</source>
        <translation>Export batch</translation>
    </message>
    <message>
        <location filename="../../ui/batches/export_dialog.py" line="200"/>
        <source>Menulis batch…</source>
        <translation>Writing batch…</translation>
    </message>
    <message>
        <location filename="../../ui/batches/export_dialog.py" line="218"/>
        <source>Mengekspor batch…</source>
        <translation>Exporting batch…</translation>
    </message>
    <message>
        <location filename="../../ui/batches/export_dialog.py" line="234"/>
        <source>Batch tersimpan</source>
        <translation>Batch saved</translation>
    </message>
    <message>
        <location filename="../../ui/batches/export_dialog.py" line="236"/>
        <source>Batch {no} ({rows} baris) tersimpan dan sudah diperiksa:
{path}

SHA-256: {sha}

Cetak berita acara serah terima dari Riwayat batch.</source>
        <translation>Batch {no} ({rows} rows) has been saved and checked:
{path}

SHA-256: {sha}

Print the handover record from Batch history.</translation>
    </message>
</context>
<context>
    <name>GeneralSection</name>
    <message>
        <location filename="../../ui/kabupaten/programme_sections.py" line="88"/>
        <source>(tidak diumumkan)</source>
        <translation>(not announced)</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/programme_sections.py" line="95"/>
        <source>Perlindungan &amp;mulai (bulan/tahun):</source>
        <translation>Coverage &amp;starts (month/year):</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/programme_sections.py" line="96"/>
        <source>Perlindungan &amp;berakhir (bulan/tahun):</source>
        <translation>Coverage &amp;ends (month/year):</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/programme_sections.py" line="97"/>
        <source>&amp;Upah yang dilaporkan per bulan:</source>
        <translation>&amp;Declared income per month:</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/programme_sections.py" line="99"/>
        <source>Iuran per pekerja per bulan:</source>
        <translation>Contribution per worker per month:</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/programme_sections.py" line="100"/>
        <source>T&amp;otal kuota yang diumumkan:</source>
        <translation>Announced t&amp;otal quota:</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/programme_sections.py" line="139"/>
        <source>Iuran {name} per bulan:</source>
        <translation>{name} contribution per month:</translation>
    </message>
</context>
<context>
    <name>GroupsSection</name>
    <message>
        <location filename="../../ui/kabupaten/programme_sections.py" line="161"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/programme_sections.py" line="161"/>
        <source>Nama kelompok</source>
        <translation>Group name</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/programme_sections.py" line="161"/>
        <source>Kuota</source>
        <translation>Quota</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/programme_sections.py" line="161"/>
        <source>Terdaftar</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/programme_sections.py" line="166"/>
        <source>&amp;Tambah kelompok…</source>
        <translation>&amp;Add group…</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/programme_sections.py" line="167"/>
        <source>&amp;Hapus kelompok</source>
        <translation>&amp;Remove group</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/programme_sections.py" line="178"/>
        <source>Kode kelompok tercatat di setiap batch dan tidak dapat diubah. Kelompok yang sudah dipakai peserta tidak dapat dihapus.</source>
        <translation>The group code is recorded in every batch and cannot be changed. A group that enrollees already use cannot be removed.</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/programme_sections.py" line="202"/>
        <source>Jumlah kuota per kelompok: {sum}. Total program: {total}.</source>
        <translation>Sum of the group quotas: {sum}. Programme total: {total}.</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/programme_sections.py" line="206"/>
        <source>Selisih {diff}.</source>
        <translation>Difference {diff}.</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/programme_sections.py" line="225"/>
        <location filename="../../ui/kabupaten/programme_sections.py" line="231"/>
        <source>Tambah kelompok</source>
        <translation>Add group</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/programme_sections.py" line="226"/>
        <source>Kode kelompok baru (huruf besar, angka, _), misalnya PEKERJA_SOSIAL:</source>
        <translation>New group code (capital letters, digits, _), e.g. PEKERJA_SOSIAL:</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/programme_sections.py" line="231"/>
        <source>Nama kelompok {code}:</source>
        <translation>Name of group {code}:</translation>
    </message>
</context>
<context>
    <name>HandoffTab</name>
    <message>
        <location filename="../../ui/kabupaten/handover_tab.py" line="26"/>
        <source>Buat berkas induk untuk BPJS…</source>
        <translation>Create master file for BPJS…</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/handover_tab.py" line="27"/>
        <source>Baca nomor KPJ dari BPJS…</source>
        <translation>Read KPJ numbers from BPJS…</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/handover_tab.py" line="28"/>
        <source>Buat file balikan untuk setiap desa…</source>
        <translation>Create return files for each village…</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/handover_tab.py" line="35"/>
        <source>Berkas induk hanya berisi peserta tanpa konflik terbuka dan tanpa data bermasalah. Setiap ekspor dicatat di log audit.</source>
        <translation>The master file contains only participants with no open conflicts and no problem data. Every export is recorded in the audit log.</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/handover_tab.py" line="51"/>
        <source>Folder tujuan berkas induk</source>
        <translation>Destination folder for the master file</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/handover_tab.py" line="65"/>
        <source>Berkas induk: {path} ({rows} peserta; {held} ditahan)</source>
        <translation>Master file: {path} ({rows} participants; {held} held back)</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/handover_tab.py" line="69"/>
        <source>Membuat berkas induk…</source>
        <translation>Creating master file…</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/handover_tab.py" line="74"/>
        <source>Lembar KPJ dari BPJS</source>
        <translation>KPJ sheet from BPJS</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/handover_tab.py" line="74"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/handover_tab.py" line="93"/>
        <source>Membaca KPJ…</source>
        <translation>Reading KPJ…</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/handover_tab.py" line="100"/>
        <source>KPJ dicatat: {new} baru atau diganti, {same} tidak berubah.</source>
        <translation>KPJ recorded: {new} new or replaced, {same} unchanged.</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/handover_tab.py" line="107"/>
        <source>{n} NIK tidak dikenal (tidak ada peserta aktif dengan NIK itu): {niks}</source>
        <translation>{n} unknown NIK(s) (no active participant with that NIK): {niks}</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/handover_tab.py" line="116"/>
        <source>{n} baris NIK-nya berupa angka (rusak oleh Excel; ketik ulang sebagai teks): baris {rows}</source>
        <translation>{n} row(s) with the NIK as a number (damaged by Excel; retype it as text): rows {rows}</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/handover_tab.py" line="122"/>
        <source>{n} baris dengan KPJ tidak sah: baris {rows}</source>
        <translation>{n} row(s) with an invalid KPJ: rows {rows}</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/handover_tab.py" line="129"/>
        <source>Folder tujuan file balikan</source>
        <translation>Destination folder for the return files</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/handover_tab.py" line="143"/>
        <source>{n} file balikan ditulis ke {folder}.</source>
        <translation>{n} return files written to {folder}.</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/handover_tab.py" line="145"/>
        <source>Menulis file balikan…</source>
        <translation>Writing return files…</translation>
    </message>
</context>
<context>
    <name>Identifiers</name>
    <message>
        <location filename="../../enrolment/identifiers.py" line="42"/>
        <source>Nomor HP hanya boleh berisi angka.</source>
        <translation>The mobile number may contain digits only.</translation>
    </message>
    <message>
        <location filename="../../enrolment/identifiers.py" line="52"/>
        <source>Nomor HP harus nomor seluler Indonesia 08… dengan 10-13 angka; yang diketik: {value}.</source>
        <translation>The mobile number must be an Indonesian mobile number 08… with 10-13 digits; typed: {value}.</translation>
    </message>
    <message>
        <location filename="../../enrolment/identifiers.py" line="75"/>
        <source>RT/RW harus angka 1-999; yang diketik: {value}.</source>
        <translation>RT/RW must be a number from 1 to 999; typed: {value}.</translation>
    </message>
    <message>
        <location filename="../../enrolment/identifiers.py" line="97"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../enrolment/identifiers.py" line="101"/>
        <source>{label} wajib diisi.</source>
        <translation>{label} is required.</translation>
    </message>
    <message>
        <location filename="../../enrolment/identifiers.py" line="107"/>
        <source>{label} hanya boleh berisi huruf, spasi, titik, koma, tanda petik (&apos;) dan tanda hubung (-), diawali huruf. Tulis seperti di KTP.</source>
        <translation>{label} may contain only letters, spaces, full stops, commas, apostrophes (&apos;) and hyphens (-), and must start with a letter. Write it as on the KTP.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <location filename="../../enrolment/importing/header.py" line="24"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../enrolment/importing/header.py" line="25"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../enrolment/importing/header.py" line="26"/>
        <source>Tempat/tanggal lahir (satu kolom)</source>
        <translation>Place/date of birth (one column)</translation>
    </message>
    <message>
        <location filename="../../enrolment/importing/header.py" line="27"/>
        <source>Tempat lahir</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <location filename="../../enrolment/importing/header.py" line="28"/>
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../enrolment/importing/header.py" line="29"/>
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../enrolment/importing/header.py" line="30"/>
        <source>Alamat / dusun / kampung</source>
        <translation>Address / hamlet / kampung</translation>
    </message>
    <message>
        <location filename="../../enrolment/importing/header.py" line="31"/>
        <source>RT</source>
        <translation>RT</translation>
    </message>
    <message>
        <location filename="../../enrolment/importing/header.py" line="32"/>
        <source>RW</source>
        <translation>RW</translation>
    </message>
    <message>
        <location filename="../../enrolment/importing/header.py" line="33"/>
        <source>RT/RW (satu kolom)</source>
        <translation>RT/RW (one column)</translation>
    </message>
    <message>
        <location filename="../../enrolment/importing/header.py" line="34"/>
        <source>Nomor HP</source>
        <translation>Mobile number</translation>
    </message>
    <message>
        <location filename="../../enrolment/importing/header.py" line="35"/>
        <source>Kelompok (kategori)</source>
        <translation>Group (category)</translation>
    </message>
    <message>
        <location filename="../../enrolment/importing/header.py" line="36"/>
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../enrolment/importing/header.py" line="37"/>
        <source>Nomor SK / dokumen</source>
        <translation>Decree (SK) / document number</translation>
    </message>
    <message>
        <location filename="../../enrolment/importing/header.py" line="38"/>
        <source>Tanggal SK / dokumen</source>
        <translation>Decree (SK) / document date</translation>
    </message>
    <message>
        <location filename="../../enrolment/importing/header.py" line="39"/>
        <source>Nama ibu kandung</source>
        <translation>Mother&apos;s maiden name</translation>
    </message>
    <message>
        <location filename="../../enrolment/importing/header.py" line="40"/>
        <source>Catatan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../enrolment/importing/header.py" line="41"/>
        <source>(abaikan)</source>
        <translation>(ignore)</translation>
    </message>
    <message>
        <location filename="../../enrolment/importing/header.py" line="219"/>
        <source>Baris {row} kosong atau di luar lembar (lembar ini {rows} baris): pilih baris yang berisi judul kolom.</source>
        <translation>Row {row} is empty or outside the sheet (this sheet has {rows} rows): choose the row that holds the column headings.</translation>
    </message>
    <message>
        <location filename="../../enrolment/importing/header.py" line="230"/>
        <source>Baris {row} berisi data peserta (NIK atau tanggal), bukan judul kolom: pilih baris judulnya.</source>
        <translation>Row {row} holds a participant&apos;s data (a NIK or a date), not column headings: choose the heading row.</translation>
    </message>
    <message>
        <location filename="../../enrolment/importing/header.py" line="244"/>
        <source>Baris judul kolom tidak ditemukan di {rows} baris pertama. Lembar harus punya satu baris judul dengan sedikitnya kolom NIK atau Nama dan satu kolom lain (mis. Tempat Lahir, L/P, Alamat).</source>
        <translation>No header row found in the first {rows} rows. The sheet needs one header row with at least an NIK or Name column and one other column (e.g. Place of Birth, L/P, Address).</translation>
    </message>
    <message>
        <location filename="../../enrolment/importing/plan.py" line="244"/>
        <source>Isi daftar berbeda dengan register ({fields}): pilih &quot;perbarui dengan isi daftar&quot; untuk memakainya.</source>
        <translation>The list differs from the register ({fields}): choose &quot;perbarui dengan isi daftar&quot; (update from the list) to use it.</translation>
    </message>
    <message>
        <location filename="../../enrolment/importing/plan.py" line="260"/>
        <source>Sama dengan register: tidak diubah.</source>
        <translation>Same as the register: not changed.</translation>
    </message>
    <message>
        <location filename="../../enrolment/importing/plan.py" line="273"/>
        <source>Nama di register {old}, di daftar {new}: pastikan NIK di daftar milik orang yang sama.</source>
        <translation>Name in the register {old}, in the list {new}: make sure the NIK in the list belongs to the same person.</translation>
    </message>
    <message>
        <location filename="../../enrolment/importing/plan.py" line="317"/>
        <source>Baris tanda tangan di bawah daftar: bukan peserta, tidak diimpor. Bila ini peserta, isi NIK-nya di Excel lalu impor lagi.</source>
        <translation>Signature row under the list: not a participant, not imported. If this is a participant, fill in their NIK in Excel and import again.</translation>
    </message>
    <message>
        <location filename="../../enrolment/importing/plan.py" line="434"/>
        <source>NIK ini sudah ada di baris {row} daftar yang sama.</source>
        <translation>This NIK already appears in row {row} of the same list.</translation>
    </message>
    <message>
        <location filename="../../enrolment/importing/plan.py" line="454"/>
        <source>Sudah terdaftar atas nama {name}: dilewati (tidak diubah).</source>
        <translation>Already enrolled under the name {name}: skipped (not changed).</translation>
    </message>
    <message>
        <location filename="../../enrolment/importing/plan.py" line="483"/>
        <source>Sudah ada {name}, lahir {birth}, dengan NIK lain ({nik}). Pastikan ini bukan orang yang sama.</source>
        <translation>{name}, born {birth}, is already enrolled with another NIK ({nik}). Make sure this is not the same person.</translation>
    </message>
    <message>
        <location filename="../../enrolment/importing/plan.py" line="538"/>
        <source>Kuota kelompok {group} sudah terisi ({enrolled} dari {quota}). Lanjutkan hanya bila kabupaten mengizinkan.</source>
        <translation>The quota for group {group} is full ({enrolled} of {quota}). Continue only if the regency allows it.</translation>
    </message>
    <message>
        <location filename="../../enrolment/importing/reader.py" line="103"/>
        <source>Buku kerja ini tidak berisi lembar data.</source>
        <translation>This workbook contains no data sheet.</translation>
    </message>
    <message>
        <location filename="../../enrolment/importing/reader.py" line="114"/>
        <source>Lembar &apos;{sheet}&apos; tidak ada. Lembar yang ada: {sheets}.</source>
        <translation>There is no sheet &apos;{sheet}&apos;. Sheets present: {sheets}.</translation>
    </message>
    <message>
        <location filename="../../enrolment/importing/reader.py" line="120"/>
        <source>Lembar &apos;{sheet}&apos; disembunyikan di Excel. Jaring tidak mengimpor lembar tersembunyi: tampilkan dulu (Unhide) bila memang isinya yang dimaksud.</source>
        <translation>Sheet &apos;{sheet}&apos; is hidden in Excel. Jaring does not import hidden sheets: unhide it first if it really holds the list you mean.</translation>
    </message>
    <message>
        <location filename="../../enrolment/importing/reader.py" line="152"/>
        <source>Lembar &apos;{sheet}&apos; kosong. Buku kerja ini punya lembar tersembunyi ({hidden}): bila daftarnya di sana, di Excel klik kanan nama lembar &gt; Tampilkan, simpan, lalu impor lagi.</source>
        <translation>Sheet &apos;{sheet}&apos; is empty. This workbook has hidden sheets ({hidden}): if the list is there, right-click the sheet name in Excel &gt; Unhide, save, then import again.</translation>
    </message>
    <message>
        <location filename="../../enrolment/importing/reader.py" line="162"/>
        <source>Lembar &apos;{sheet}&apos; kosong: tidak ada yang diimpor.</source>
        <translation>Sheet &apos;{sheet}&apos; is empty: nothing was imported.</translation>
    </message>
    <message>
        <location filename="../../enrolment/importing/reader.py" line="172"/>
        <source>Lembar &apos;{sheet}&apos; berisi {rows} baris; Jaring mengimpor paling banyak {limit} baris sekaligus. Bagi daftarnya menjadi beberapa berkas.</source>
        <translation>Sheet &apos;{sheet}&apos; has {rows} rows; Jaring imports at most {limit} rows at once. Split the list into several files.</translation>
    </message>
    <message>
        <location filename="../../enrolment/importing/reader.py" line="183"/>
        <source>Lembar &apos;{sheet}&apos; terlalu lebar ({rows} baris x {cols} kolom). Hapus kolom dan baris kosong yang terformat di ujung lembar, simpan, lalu impor lagi.</source>
        <translation>Sheet &apos;{sheet}&apos; is too large ({rows} rows x {cols} columns). Delete the formatted empty columns and rows at the end of the sheet, save, then import again.</translation>
    </message>
    <message>
        <location filename="../../enrolment/importing/reader.py" line="196"/>
        <source>Buku kerja ini dilindungi kata sandi. Buka di Excel, hapus kata sandinya (File &gt; Info &gt; Lindungi Buku Kerja), simpan, lalu impor lagi.</source>
        <translation>This workbook is password-protected. Open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook), save, then import again.</translation>
    </message>
    <message>
        <location filename="../../enrolment/importing/reader.py" line="206"/>
        <source>Berkas {name} bukan buku kerja Excel atau ODS (mungkin CSV atau halaman web yang diberi nama .xls). Buka di Excel, pilih Simpan Sebagai &gt; Buku Kerja Excel (.xlsx), lalu impor berkas itu.</source>
        <translation>The file {name} is not an Excel or ODS workbook (perhaps a CSV file or web page named .xls). Open it in Excel, choose Save As &gt; Excel Workbook (.xlsx), then import that file.</translation>
    </message>
    <message>
        <location filename="../../enrolment/importing/reader.py" line="221"/>
        <source>Buku kerja {name} rusak atau tidak dapat dibaca. Buka di Excel, simpan ulang sebagai .xlsx, lalu impor lagi.</source>
        <translation>Workbook {name} is damaged or cannot be read. Open it in Excel, save it again as .xlsx, then import again.</translation>
    </message>
    <message>
        <location filename="../../enrolment/importing/reader.py" line="232"/>
        <source>Berkas {name} akan membengkak jauh melebihi ukurannya bila dibuka (bom zip atau berkas rusak). Berkas ini tidak dibuka.</source>
        <translation>The file {name} would expand far beyond its size when opened (a zip bomb or a damaged file). It was not opened.</translation>
    </message>
    <message>
        <location filename="../../enrolment/importing/reader.py" line="249"/>
        <source>Berkas {name} tidak dapat dibuka: {error}</source>
        <translation>The file {name} could not be opened: {error}</translation>
    </message>
    <message>
        <location filename="../../enrolment/importing/reader.py" line="254"/>
        <source>Berkas {name} kosong (0 bita).</source>
        <translation>The file {name} is empty (0 bytes).</translation>
    </message>
    <message>
        <location filename="../../enrolment/importing/reader.py" line="257"/>
        <source>Berkas {name} terlalu besar ({size} MB; paling besar {limit} MB) untuk daftar peserta desa.</source>
        <translation>The file {name} is too large ({size} MB; at most {limit} MB) for a village participant list.</translation>
    </message>
    <message>
        <location filename="../../enrolment/importing/reader.py" line="424"/>
        <source>Lembar &apos;{sheet}&apos; berisi rumus (formula), mis. di sel {cell}. Hasil rumus bisa berubah atau salah, jadi tidak diimpor. Di Excel: blok semua sel, Salin, lalu Tempel Spesial &gt; Nilai; simpan, lalu impor lagi.</source>
        <translation>Sheet &apos;{sheet}&apos; contains formulas, e.g. in cell {cell}. Formula results can change or be wrong, so they are not imported. In Excel: select all cells, Copy, then Paste Special &gt; Values; save, then import again.</translation>
    </message>
    <message>
        <location filename="../../enrolment/importing/service.py" line="68"/>
        <source>Semua lembar di buku kerja ini disembunyikan. Tampilkan (Unhide) lembar daftarnya di Excel, simpan, lalu impor lagi.</source>
        <translation>All sheets in this workbook are hidden. Unhide the list sheet in Excel, save, then import again.</translation>
    </message>
    <message>
        <location filename="../../enrolment/importing/values.py" line="91"/>
        <source>NIK tersimpan sebagai angka di Excel dan berakhiran 0 ({nik}): angka ke-16 mungkin sudah hilang. Cocokkan dengan KTP, ketik NIK sebagai teks, lalu impor lagi.</source>
        <translation>The NIK is stored as a number in Excel and ends in 0 ({nik}): the 16th digit may have been lost. Compare with the KTP, type the NIK as text, then import again.</translation>
    </message>
    <message>
        <location filename="../../enrolment/importing/values.py" line="109"/>
        <source>NIK {nik} tersimpan sebagai angka yang terlalu besar untuk disimpan utuh oleh Excel. Cocokkan dengan KTP, ketik NIK sebagai teks, lalu impor lagi.</source>
        <translation>NIK {nik} is stored as a number too large for Excel to keep intact. Compare with the KTP, type the NIK as text, then import again.</translation>
    </message>
    <message>
        <location filename="../../enrolment/importing/values.py" line="123"/>
        <source>NIK tersimpan sebagai angka di Excel; angka terakhirnya bukan 0 sehingga masih utuh dan disimpan sebagai teks.</source>
        <translation>The NIK is stored as a number in Excel; its last digit is not 0, so it is intact and is saved as text.</translation>
    </message>
    <message>
        <location filename="../../enrolment/importing/values.py" line="172"/>
        <source>NIK {nik} belum dicocokkan dengan KTP. Periksa angka terakhirnya, betulkan bila perlu, lalu hapus tulisan &quot;(cocokkan dengan KTP)&quot; dan impor lagi.</source>
        <translation>NIK {nik} has not been checked against the KTP yet. Check its last digit, correct it if needed, then delete the words &quot;(cocokkan dengan KTP)&quot; and import again.</translation>
    </message>
    <message>
        <location filename="../../enrolment/importing/values.py" line="185"/>
        <source>NIK tertulis sebagai {nik}: Excel sudah membulatkannya dan beberapa angka hilang. Ketik ulang NIK dari KTP sebagai teks, lalu impor lagi.</source>
        <translation>The NIK reads {nik}: Excel has rounded it and some digits are lost. Retype the NIK from the KTP as text, then import again.</translation>
    </message>
    <message>
        <location filename="../../enrolment/importing/values.py" line="226"/>
        <source>Tanggal &apos;{value}&apos; tidak dikenali; tulis seperti 12-03-1990.</source>
        <translation>Date &apos;{value}&apos; not recognised; write it like 12-03-1990.</translation>
    </message>
    <message>
        <location filename="../../enrolment/importing/values.py" line="238"/>
        <source>Tanggal &apos;{value}&apos; tidak ada di kalender; periksa hari dan bulannya.</source>
        <translation>Date &apos;{value}&apos; does not exist in the calendar; check the day and month.</translation>
    </message>
    <message>
        <location filename="../../enrolment/importing/values.py" line="398"/>
        <source>RT/RW &apos;{value}&apos; tidak dikenali; tulis seperti 001/002.</source>
        <translation>RT/RW &apos;{value}&apos; not recognised; write it like 001/002.</translation>
    </message>
    <message>
        <location filename="../../enrolment/importing/values.py" line="411"/>
        <source>RT/RW terbaca sebagai tanggal ({value}): Excel mengubah ketikan seperti 01/02 menjadi tanggal. Ketik ulang RT dan RW sebagai teks.</source>
        <translation>RT/RW was read as a date ({value}): Excel turns input like 01/02 into a date. Retype the RT and RW as text.</translation>
    </message>
    <message>
        <location filename="../../enrolment/importing/values.py" line="435"/>
        <source>Nomor HP tertulis sebagai {value}: Excel sudah membulatkannya. Ketik ulang sebagai teks.</source>
        <translation>The mobile number reads {value}: Excel has rounded it. Retype it as text.</translation>
    </message>
    <message>
        <location filename="../../enrolment/importing/updates.py" line="56"/>
        <source>{field}: {old} → {new}</source>
        <translation>{field}: {old} → {new}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../ui/importing/import_dialog.py" line="76"/>
        <source>Impor dari Excel</source>
        <translation>Import from Excel</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_dialog.py" line="89"/>
        <source>Pilih berkas…</source>
        <translation>Choose file…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_dialog.py" line="94"/>
        <source>Buku kerja:</source>
        <translation>Workbook:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_dialog.py" line="97"/>
        <source>Lembar:</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_dialog.py" line="319"/>
        <source>Pratinjau</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_dialog.py" line="140"/>
        <location filename="../../ui/importing/import_dialog.py" line="162"/>
        <source>Impor</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_dialog.py" line="129"/>
        <source>Buka &amp;folder berkas yang ditahan</source>
        <translation>Open the &amp;folder of the held-back file</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_dialog.py" line="164"/>
        <source>Simpan {n} baris yang ditahan ke Excel</source>
        <translation>Save the {n} held-back rows to Excel</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_dialog.py" line="202"/>
        <source>Pilih daftar peserta</source>
        <translation>Choose participant list</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_dialog.py" line="204"/>
        <source>Buku kerja (*.xlsx *.xls *.ods);;Semua berkas (*)</source>
        <translation>Workbooks (*.xlsx *.xls *.ods);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_dialog.py" line="219"/>
        <source>Membuka…</source>
        <translation>Opening…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_dialog.py" line="228"/>
        <source>{name} (tersembunyi)</source>
        <translation>{name} (hidden)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_dialog.py" line="254"/>
        <location filename="../../ui/importing/import_dialog.py" line="271"/>
        <source>Membaca lembar…</source>
        <translation>Reading sheet…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_dialog.py" line="263"/>
        <source>Judul kolom</source>
        <translation>Column headings</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_dialog.py" line="303"/>
        <source>Memeriksa baris…</source>
        <translation>Checking rows…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_dialog.py" line="324"/>
        <source>Menyimpan peserta…</source>
        <translation>Saving participants…</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_dialog.py" line="338"/>
        <source>Mengimpor</source>
        <translation>Importing</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_dialog.py" line="351"/>
        <source>Buka folder</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_dialog.py" line="352"/>
        <source>Folder tidak dapat dibuka dari sini. Berkasnya ada di:
{path}</source>
        <translation>The folder cannot be opened from here. The file is at:
{path}</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_dialog.py" line="359"/>
        <source>Impor dibatalkan. Tidak ada data yang berubah di register.</source>
        <translation>Import cancelled. Nothing in the register has changed.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_dialog.py" line="365"/>
        <source>Diimpor {created} peserta baru ({warned} dengan peringatan yang dikonfirmasi lewat impor).</source>
        <translation>Imported {created} new participants ({warned} with warnings confirmed by the import).</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_dialog.py" line="371"/>
        <source>Diperbarui {updated}; {same} lainnya sudah sama.</source>
        <translation>Updated {updated}; {same} others were already the same.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_dialog.py" line="377"/>
        <source>Dilewati {skip} yang sudah terdaftar.</source>
        <translation>Skipped {skip} already enrolled.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_dialog.py" line="385"/>
        <source>Ditahan {held} baris; perbaiki di {path} lalu impor berkas itu lagi.</source>
        <translation>Held back {held} rows; correct them in {path}, then import that file again.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/import_dialog.py" line="393"/>
        <source>Impor selesai</source>
        <translation>Import complete</translation>
    </message>
</context>
<context>
    <name>Installation</name>
    <message>
        <location filename="../../enrolment/installation.py" line="79"/>
        <source>Kode desa {code} tidak ada di {kabupaten}.</source>
        <translation>Village code {code} does not exist in {kabupaten}.</translation>
    </message>
    <message>
        <location filename="../../enrolment/installation.py" line="86"/>
        <location filename="../../enrolment/installation.py" line="170"/>
        <source>Nama operator wajib diisi.</source>
        <translation>The operator name is required.</translation>
    </message>
    <message>
        <location filename="../../enrolment/installation.py" line="89"/>
        <source>Ukuran kertas harus A4 atau F4.</source>
        <translation>The paper size must be A4 or F4.</translation>
    </message>
    <message>
        <location filename="../../enrolment/installation.py" line="95"/>
        <source>Jumlah salinan tanda terima harus 1 atau 2.</source>
        <translation>The number of receipt copies must be 1 or 2.</translation>
    </message>
    <message>
        <location filename="../../enrolment/installation.py" line="161"/>
        <source>Kode kabupaten {code} tidak dikenal (yang dikenal: {known}).</source>
        <translation>Unknown regency code {code} (known codes: {known}).</translation>
    </message>
    <message>
        <location filename="../../enrolment/installation.py" line="278"/>
        <source>Program {id} versi {version} tidak lebih baru dari versi yang berjalan ({current}).</source>
        <translation>Programme {id} version {version} is not newer than the running version ({current}).</translation>
    </message>
</context>
<context>
    <name>Kabupaten</name>
    <message>
        <location filename="../../enrolment/kabupaten/common.py" line="32"/>
        <source>Instalasi ini bukan instalasi kabupaten. Siapkan dulu: python main.py setup --kabupaten 36.04 --operator NAMA</source>
        <translation>This installation is not a regency installation. Set it up first: python main.py setup --kabupaten 36.04 --operator NAMA</translation>
    </message>
    <message>
        <location filename="../../enrolment/kabupaten/common.py" line="57"/>
        <source>Berkas {path} tidak dapat ditulis: {error}. Tidak ada yang berubah.</source>
        <translation>The file {path} could not be written: {error}. Nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../enrolment/kabupaten/kpj.py" line="47"/>
        <source>Lembar KPJ harus punya kolom berjudul NIK dan kolom berjudul KPJ.</source>
        <translation>The KPJ sheet must have a column headed NIK and a column headed KPJ.</translation>
    </message>
    <message>
        <location filename="../../enrolment/kabupaten/kpj.py" line="75"/>
        <source>Lembar KPJ {name} tidak ada (flashdisk dicabut?).</source>
        <translation>The KPJ sheet {name} is not there (USB stick pulled out?).</translation>
    </message>
    <message>
        <location filename="../../enrolment/kabupaten/kpj.py" line="86"/>
        <source>Lembar KPJ {name} tidak dapat dibaca: {error}</source>
        <translation>The KPJ sheet {name} could not be read: {error}</translation>
    </message>
    <message>
        <location filename="../../enrolment/kabupaten/master_export.py" line="81"/>
        <source>Belum ada peserta yang siap diserahkan ke BPJS (tanpa konflik).</source>
        <translation>No participants are ready to hand over to BPJS yet (without conflicts).</translation>
    </message>
    <message>
        <location filename="../../enrolment/kabupaten/common.py" line="91"/>
        <source>Berkas yang tertulis tidak sama dengan data (media rusak?). Tidak ada berkas yang dibuat.</source>
        <translation>The written file does not match the data (faulty media?). No file was created.</translation>
    </message>
</context>
<context>
    <name>KabupatenConflicts</name>
    <message>
        <location filename="../../enrolment/kabupaten/conflicts.py" line="171"/>
        <source>Konflik {no} tidak ada atau sudah selesai.</source>
        <translation>Conflict {no} does not exist or has already been resolved.</translation>
    </message>
    <message>
        <location filename="../../enrolment/kabupaten/conflicts.py" line="181"/>
        <source>Keputusan {what!r} tidak dikenal.</source>
        <translation>Unknown decision {what!r}.</translation>
    </message>
    <message>
        <location filename="../../enrolment/kabupaten/conflicts.py" line="189"/>
        <source>Dua orang tidak mungkin memiliki NIK yang sama. Pertahankan salah satu: yang lain kembali ke desanya sebagai GANDA, dan desa dapat memperbaiki NIK-nya lalu mengirim koreksi.</source>
        <translation>Two people cannot have the same NIK. Keep one of them: the other goes back to its village as GANDA (duplicate), and the village can correct its NIK and send a correction.</translation>
    </message>
</context>
<context>
    <name>KabupatenLedger</name>
    <message>
        <location filename="../../enrolment/kabupaten/ledger.py" line="42"/>
        <source>Desa {desa}: batch {numbers} belum diterima</source>
        <translation>{desa} village: batch {numbers} not yet received</translation>
    </message>
</context>
<context>
    <name>KabupatenMerge</name>
    <message>
        <location filename="../../enrolment/kabupaten/merge.py" line="303"/>
        <source>Batch {no} Desa {desa} sudah digabung pada {when}; tidak ada yang berubah.</source>
        <translation>Batch {no} from {desa} village was already merged on {when}; nothing was changed.</translation>
    </message>
    <message>
        <location filename="../../enrolment/kabupaten/merge.py" line="329"/>
        <source>Batch {no} Desa {desa} sudah digabung dengan isi yang berbeda (checksum lain). Nomor batch tidak boleh dipakai ulang; tanyakan ke desa.</source>
        <translation>Batch {no} from {desa} village was already merged with different contents (another checksum). Batch numbers must not be reused; ask the village.</translation>
    </message>
    <message>
        <location filename="../../enrolment/kabupaten/merge.py" line="227"/>
        <source>Batch {no} Desa {desa} digabung: {new} baru, {corr} koreksi, {wd} penarikan{stale}; {conflicts} konflik baru.</source>
        <translation>Batch {no} from {desa} village merged: {new} new, {corr} corrections, {wd} withdrawals{stale}; {conflicts} new conflicts.</translation>
    </message>
    <message>
        <location filename="../../enrolment/kabupaten/merge.py" line="239"/>
        <source>, {n} baris lebih lama diabaikan</source>
        <translation>, {n} older rows ignored</translation>
    </message>
    <message>
        <location filename="../../enrolment/kabupaten/merge.py" line="348"/>
        <source>Batch ini dari kabupaten {kab}, bukan {ours}.</source>
        <translation>This batch is from regency {kab}, not {ours}.</translation>
    </message>
    <message>
        <location filename="../../enrolment/kabupaten/merge.py" line="359"/>
        <source>Kode desa {code} di manifest tidak ada di kabupaten ini.</source>
        <translation>Village code {code} in the manifest does not exist in this regency.</translation>
    </message>
    <message>
        <location filename="../../enrolment/kabupaten/merge.py" line="393"/>
        <source>DITOLAK: {reason}</source>
        <translation>REFUSED: {reason}</translation>
    </message>
</context>
<context>
    <name>KabupatenReturns</name>
    <message>
        <location filename="../../enrolment/kabupaten/returns.py" line="162"/>
        <source>Berkas {name} tidak ada (flashdisk dicabut?).</source>
        <translation>The file {name} is not there (USB stick pulled out?).</translation>
    </message>
    <message>
        <location filename="../../enrolment/kabupaten/returns.py" line="170"/>
        <source>Berkas {name} bukan berkas balikan yang dapat dibaca: {error}</source>
        <translation>The file {name} is not a readable return file: {error}</translation>
    </message>
    <message>
        <location filename="../../enrolment/kabupaten/returns.py" line="178"/>
        <source>Berkas ini bukan berkas balikan Jaring.</source>
        <translation>This file is not a Jaring return file.</translation>
    </message>
    <message>
        <location filename="../../enrolment/kabupaten/returns.py" line="180"/>
        <source>Kolom berkas balikan tidak dikenal.</source>
        <translation>Unrecognised return file columns.</translation>
    </message>
    <message>
        <location filename="../../enrolment/kabupaten/returns.py" line="187"/>
        <source>Isi berkas balikan diubah setelah dibuat (checksum tidak cocok). Minta berkas baru dari kabupaten.</source>
        <translation>The return file was changed after it was created (checksum does not match). Ask the regency for a new file.</translation>
    </message>
    <message>
        <location filename="../../enrolment/kabupaten/returns.py" line="202"/>
        <source>Berkas balikan ini untuk desa {code}, bukan desa ini.</source>
        <translation>This return file is for village {code}, not this village.</translation>
    </message>
</context>
<context>
    <name>KabupatenWorkspace</name>
    <message>
        <location filename="../../ui/kabupaten/workspace.py" line="52"/>
        <source>Terima batch</source>
        <translation>Receive batches</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/workspace.py" line="53"/>
        <source>Buku batch</source>
        <translation>Batch ledger</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/workspace.py" line="54"/>
        <source>Konflik</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/workspace.py" line="55"/>
        <source>Rekap</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/workspace.py" line="56"/>
        <source>Ekspor BPJS dan file balikan</source>
        <translation>BPJS export and return files</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/workspace.py" line="58"/>
        <source>Cari peserta</source>
        <translation>Find a person</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/workspace.py" line="60"/>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/workspace.py" line="72"/>
        <source>Program {id} versi {version}</source>
        <translation>Programme {id} version {version}</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/workspace.py" line="122"/>
        <source>Konflik ({n})</source>
        <translation>Conflicts ({n})</translation>
    </message>
</context>
<context>
    <name>LedgerTab</name>
    <message>
        <location filename="../../ui/kabupaten/ledger_tab.py" line="22"/>
        <source>Diterima</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/ledger_tab.py" line="23"/>
        <source>Kode desa</source>
        <translation>Village code</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/ledger_tab.py" line="24"/>
        <source>Desa</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/ledger_tab.py" line="25"/>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/ledger_tab.py" line="26"/>
        <source>Baris</source>
        <translation>Rows</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/ledger_tab.py" line="27"/>
        <source>Versi program</source>
        <translation>Programme version</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/ledger_tab.py" line="28"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/ledger_tab.py" line="29"/>
        <source>Berkas</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/ledger_tab.py" line="33"/>
        <source>Batch yang belum diterima:</source>
        <translation>Batches not yet received:</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/ledger_tab.py" line="53"/>
        <source>(tidak ada)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/ledger_tab.py" line="47"/>
        <source>digabung</source>
        <translation>merged</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/ledger_tab.py" line="47"/>
        <source>DITOLAK: </source>
        <translation>REFUSED: </translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../ui/accounts/login_dialog.py" line="66"/>
        <source>Masuk ke Jaring</source>
        <translation>Log in to Jaring</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/login_dialog.py" line="77"/>
        <source>Lupa kata sandi? Pakai kode pemulihan</source>
        <translation>Forgot the password? Use the recovery code</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/login_dialog.py" line="84"/>
        <source>Masuk</source>
        <translation>Log in</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/login_dialog.py" line="86"/>
        <source>Keluar</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/login_dialog.py" line="89"/>
        <source>Nama pengguna:</source>
        <translation>User name:</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/login_dialog.py" line="90"/>
        <source>Kata sandi:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/login_dialog.py" line="106"/>
        <source>Isi nama pengguna.</source>
        <translation>Enter the user name.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/login_dialog.py" line="127"/>
        <source>Kata sandi baru sudah disimpan. Silakan masuk.</source>
        <translation>The new password has been saved. Please log in.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="56"/>
        <source>Membuka data…</source>
        <translation>Opening data…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="82"/>
        <source>Data tidak dapat dibuka</source>
        <translation>The data could not be opened</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="188"/>
        <source>Penyiapan belum berhasil</source>
        <translation>Setup did not succeed</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="203"/>
        <source>Jaring — Desa {desa}</source>
        <translation>Jaring — {desa} village</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="206"/>
        <source>Desa {desa}, Kec. {kec} · Operator: {op} · {basis} (versi {version}) · Data: {path}</source>
        <translation>{desa} village, {kec} district · Operator: {op} · {basis} (version {version}) · Data: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="50"/>
        <location filename="../../ui/selftest.py" line="118"/>
        <source>&amp;Berkas</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="52"/>
        <source>&amp;Impor dari Excel…</source>
        <translation>&amp;Import from Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="56"/>
        <source>Buat &amp;batch untuk kabupaten…</source>
        <translation>&amp;Create batch for the regency…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="61"/>
        <source>&amp;Riwayat batch dan berita acara</source>
        <translation>Batch &amp;history and handover records</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="65"/>
        <source>Baca berkas ba&amp;likan dari kabupaten…</source>
        <translation>Read the return fi&amp;le from the regency…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="69"/>
        <source>&amp;Cadangkan ke flashdisk…</source>
        <translation>&amp;Back up to USB stick…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="71"/>
        <source>&amp;Pulihkan dari cadangan…</source>
        <translation>&amp;Restore from backup…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="74"/>
        <source>&amp;Keluar</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="76"/>
        <source>&amp;Peserta</source>
        <translation>&amp;Participants</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="124"/>
        <source>Peserta &amp;baru</source>
        <translation>&amp;New participant</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="130"/>
        <source>&amp;Cari peserta</source>
        <translation>&amp;Find participant</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="137"/>
        <source>&amp;Tanda terima (pratinjau dan cetak)…</source>
        <translation>&amp;Receipt (preview and print)…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="143"/>
        <source>Cetak tanda terima yang &amp;dipilih ke PDF…</source>
        <translation>Print selected receipts to P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="148"/>
        <source>Cetak tanda terima yang dipilih ke &amp;printer…</source>
        <translation>Print selected receipts to &amp;printer…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="80"/>
        <source>&amp;Periksa nomor tanda terima…</source>
        <translation>&amp;Check receipt number…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="143"/>
        <source>Layar dikunci karena Jaring tidak dipakai beberapa menit. Isian yang sedang diketik tetap ada. Masuk lagi untuk melanjutkan.</source>
        <translation>The screen locked because Jaring was not used for a few minutes. What was being typed is still there. Log in again to continue.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="225"/>
        <source>Jaring — {kab} (penggabungan batch)</source>
        <translation>Jaring — {kab} (batch merging)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="234"/>
        <source>Kantor kabupaten · Operator: {op} · {basis} (versi {version}) · Data: {path}</source>
        <translation>Regency office · Operator: {op} · {basis} (version {version}) · Data: {path}</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="83"/>
        <source>&amp;Log aktivitas</source>
        <translation>Activity &amp;log</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="86"/>
        <source>Hapus &amp;permanen data yang dipilih…</source>
        <translation>&amp;Permanently delete the selected record…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="91"/>
        <source>Pen&amp;gaturan</source>
        <translation>Se&amp;ttings</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="93"/>
        <source>Pengaturan &amp;desa…</source>
        <translation>&amp;Village settings…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="98"/>
        <source>Muat berkas &amp;program dari kabupaten…</source>
        <translation>Load &amp;programme file from the regency…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="102"/>
        <source>&amp;Akun dan keamanan…</source>
        <translation>&amp;Accounts and security…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="112"/>
        <source>&amp;Bahasa / Language</source>
        <translation>&amp;Language / Bahasa</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="114"/>
        <source>Bant&amp;uan</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="115"/>
        <source>&amp;Tentang Jaring</source>
        <translation>&amp;About Jaring</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="319"/>
        <source>&amp;4 Log aktivitas</source>
        <translation>&amp;4 Activity log</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="340"/>
        <source>Berkas program dari kabupaten</source>
        <translation>Programme file from the regency</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="340"/>
        <source>Berkas program (*.json)</source>
        <translation>Programme file (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="357"/>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="358"/>
        <source>Program {name} versi {version} kini berjalan. Batch berikutnya mencatat versi ini.</source>
        <translation>Programme {name} version {version} is now running. The next batch records this version.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="363"/>
        <source>Memuat berkas program…</source>
        <translation>Loading the programme file…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="191"/>
        <source>Bahasa</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="192"/>
        <source>Bahasa baru dipakai setelah Jaring dibuka ulang.</source>
        <translation>The new language is used after Jaring is restarted.</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="208"/>
        <source>Program yang berjalan: {name} ({id}) versi {version}</source>
        <translation>Running programme: {name} ({id}) version {version}</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="217"/>
        <source>Tentang Jaring</source>
        <translation>About Jaring</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="218"/>
        <source>Jaring {version}
Pendaftaran pekerja rentan ke BPJS Ketenagakerjaan (JKK dan JKM).
Data tersimpan di: {path}</source>
        <translation>Jaring {version}
Enrolment of vulnerable workers in BPJS Ketenagakerjaan (JKK and JKM).
Data stored in: {path}</translation>
    </message>
</context>
<context>
    <name>MappingPanel</name>
    <message>
        <location filename="../../ui/importing/mapping_panel.py" line="37"/>
        <source>Kolom di berkas dan isinya di Jaring</source>
        <translation>Columns in the file and their fields in Jaring</translation>
    </message>
    <message>
        <location filename="../../ui/importing/mapping_panel.py" line="42"/>
        <source>Judul &amp;kolom ada di baris:</source>
        <translation>Column &amp;headings are in row:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/mapping_panel.py" line="44"/>
        <source>Pakai baris ini</source>
        <translation>Use this row</translation>
    </message>
    <message>
        <location filename="../../ui/importing/mapping_panel.py" line="62"/>
        <source>(sesuai kolom Kategori/Jabatan)</source>
        <translation>(from the Category/Position column)</translation>
    </message>
    <message>
        <location filename="../../ui/importing/mapping_panel.py" line="66"/>
        <source>Kelompok bila tidak tertulis:</source>
        <translation>Group when not given:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/mapping_panel.py" line="68"/>
        <source>lewati</source>
        <translation>skip</translation>
    </message>
    <message>
        <location filename="../../ui/importing/mapping_panel.py" line="69"/>
        <source>perbarui dengan isi daftar</source>
        <translation>update from the list</translation>
    </message>
    <message>
        <location filename="../../ui/importing/mapping_panel.py" line="77"/>
        <source>NIK yang sudah terdaftar:</source>
        <translation>NIKs already enrolled:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/mapping_panel.py" line="123"/>
        <source>Judul kolom ditemukan di baris {row}; data mulai baris {start}.</source>
        <translation>Column headers found in row {row}; data starts in row {start}.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/mapping_panel.py" line="126"/>
        <source>Judul kolom tidak dikenali: baris {row} dianggap judul, data mulai baris {start}. Pilih isi setiap kolom di bawah (pilihan ini diingat).</source>
        <translation>Column headings not recognised: row {row} is taken as the heading, data starts at row {start}. Choose what each column holds below (the choice is remembered).</translation>
    </message>
    <message>
        <location filename="../../ui/importing/mapping_panel.py" line="131"/>
        <source>Pemetaan kolom diambil dari impor sebelumnya.</source>
        <translation>Column mapping taken from the previous import.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/mapping_panel.py" line="139"/>
        <source>Belum ada kolom untuk: {fields}. Yang sudah terdaftar tetap memakai isian register; orang baru tanpa isian itu akan ditahan.</source>
        <translation>No column yet for: {fields}. People already registered keep what the register holds; new people without it will be held back.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/mapping_panel.py" line="144"/>
        <source>Belum ada kolom untuk: {fields}. Orang baru tanpa isian itu akan ditahan; yang sudah terdaftar dilewati.</source>
        <translation>No column yet for: {fields}. New people without it will be held back; people already registered are skipped.</translation>
    </message>
</context>
<context>
    <name>MappingTable</name>
    <message>
        <location filename="../../ui/importing/mapping_table.py" line="53"/>
        <source>Judul kolom</source>
        <translation>Column heading</translation>
    </message>
    <message>
        <location filename="../../ui/importing/mapping_table.py" line="53"/>
        <source>Contoh isi</source>
        <translation>Sample values</translation>
    </message>
    <message>
        <location filename="../../ui/importing/mapping_table.py" line="53"/>
        <source>Diisi ke</source>
        <translation>Goes into</translation>
    </message>
</context>
<context>
    <name>NewPasswordDialog</name>
    <message>
        <location filename="../../ui/accounts/accounts_dialog.py" line="106"/>
        <source>Atur ulang kata sandi {username}</source>
        <translation>Reset the password of {username}</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/accounts_dialog.py" line="111"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/accounts_dialog.py" line="112"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/accounts_dialog.py" line="114"/>
        <source>Kata sandi baru:</source>
        <translation>New password:</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/accounts_dialog.py" line="115"/>
        <source>Ulangi kata sandi:</source>
        <translation>Repeat password:</translation>
    </message>
</context>
<context>
    <name>Nik</name>
    <message>
        <location filename="../../enrolment/nik.py" line="85"/>
        <source>NIK wajib diisi (16 angka dari KTP).</source>
        <translation>The NIK is required (16 digits from the KTP).</translation>
    </message>
    <message>
        <location filename="../../enrolment/nik.py" line="91"/>
        <source>NIK memuat angka dari huruf lain (mis. angka lebar). Ketik ulang NIK.</source>
        <translation>The NIK contains digits from another script (e.g. full-width digits). Retype the NIK.</translation>
    </message>
    <message>
        <location filename="../../enrolment/nik.py" line="97"/>
        <source>NIK hanya boleh berisi angka 0-9 (16 angka).</source>
        <translation>The NIK may contain only digits 0-9 (16 digits).</translation>
    </message>
    <message>
        <location filename="../../enrolment/nik.py" line="102"/>
        <source>NIK harus 16 angka; yang diketik {count} angka.</source>
        <translation>The NIK must have 16 digits; {count} digits were typed.</translation>
    </message>
    <message>
        <location filename="../../enrolment/nik.py" line="112"/>
        <source>Kode provinsi {code} pada NIK tidak dikenal.</source>
        <translation>Unknown province code {code} in the NIK.</translation>
    </message>
    <message>
        <location filename="../../enrolment/nik.py" line="119"/>
        <source>Kode kabupaten/kota atau kecamatan pada NIK tidak boleh 00.</source>
        <translation>The regency/city or district code in the NIK cannot be 00.</translation>
    </message>
    <message>
        <location filename="../../enrolment/nik.py" line="135"/>
        <source>Tanggal lahir pada NIK ({digits}) bukan tanggal yang mungkin.</source>
        <translation>The date of birth in the NIK ({digits}) is not a possible date.</translation>
    </message>
    <message>
        <location filename="../../enrolment/nik.py" line="143"/>
        <source>Nomor urut NIK (4 angka terakhir) tidak boleh 0000.</source>
        <translation>The NIK serial number (last 4 digits) cannot be 0000.</translation>
    </message>
    <message>
        <location filename="../../enrolment/nik.py" line="154"/>
        <source>Kode kabupaten/kota {code} tidak ada dalam Kepmendagri terbaru (NIK lama tetap berlaku seumur hidup). Periksa dengan KTP.</source>
        <translation>Regency/city code {code} is not in the latest Kepmendagri list (old NIKs stay valid for life). Check against the KTP.</translation>
    </message>
    <message>
        <location filename="../../enrolment/nik.py" line="169"/>
        <source>Kode kecamatan {code} tidak ada dalam Kepmendagri terbaru (NIK lama tetap berlaku seumur hidup). Periksa dengan KTP.</source>
        <translation>District code {code} is not in the latest Kepmendagri list (old NIKs stay valid for life). Check against the KTP.</translation>
    </message>
    <message>
        <location filename="../../enrolment/nik.py" line="184"/>
        <source>NIK diterbitkan di luar Kabupaten Serang ({code}). Pendatang tetap memakai NIK asalnya: lanjutkan bila sesuai KTP.</source>
        <translation>The NIK was issued outside Kabupaten Serang ({code}). Newcomers keep their original NIK: continue if it matches the KTP.</translation>
    </message>
</context>
<context>
    <name>NikHint</name>
    <message>
        <location filename="../../ui/register/form_hints.py" line="44"/>
        <source>{n}/16 angka</source>
        <translation>{n}/16 digits</translation>
    </message>
    <message>
        <location filename="../../ui/register/form_hints.py" line="60"/>
        <source>laki-laki</source>
        <translation>male</translation>
    </message>
    <message>
        <location filename="../../ui/register/form_hints.py" line="60"/>
        <source>perempuan</source>
        <translation>female</translation>
    </message>
    <message>
        <location filename="../../ui/register/form_hints.py" line="62"/>
        <source>Struktur NIK benar: lahir {birth}, {sex}. (Pemeriksaan ini tidak membuktikan NIK terdaftar di Dukcapil.)</source>
        <translation>NIK structure is valid: born {birth}, {sex}. (This check does not prove the NIK is registered with Dukcapil.)</translation>
    </message>
</context>
<context>
    <name>OsErrors</name>
    <message>
        <location filename="../../enrolment/messages.py" line="68"/>
        <source>berkas atau folder tidak ada</source>
        <translation>the file or folder does not exist</translation>
    </message>
    <message>
        <location filename="../../enrolment/messages.py" line="69"/>
        <location filename="../../enrolment/messages.py" line="70"/>
        <source>tidak ada izin untuk membuka atau menulisnya</source>
        <translation>no permission to open or write it</translation>
    </message>
    <message>
        <location filename="../../enrolment/messages.py" line="71"/>
        <source>tempat penyimpanan (flashdisk atau disk) penuh</source>
        <translation>the storage (USB stick or disk) is full</translation>
    </message>
    <message>
        <location filename="../../enrolment/messages.py" line="72"/>
        <source>flashdisk atau disk hanya dapat dibaca (dikunci)</source>
        <translation>the USB stick or disk is read-only (locked)</translation>
    </message>
    <message>
        <location filename="../../enrolment/messages.py" line="73"/>
        <source>kesalahan baca/tulis: flashdisk mungkin tercabut atau rusak</source>
        <translation>read/write error: the USB stick may have been pulled out or be damaged</translation>
    </message>
    <message>
        <location filename="../../enrolment/messages.py" line="76"/>
        <location filename="../../enrolment/messages.py" line="77"/>
        <source>flashdisk atau disk tidak ada (tercabut?)</source>
        <translation>the USB stick or disk is not there (pulled out?)</translation>
    </message>
    <message>
        <location filename="../../enrolment/messages.py" line="78"/>
        <source>sedang dipakai program lain</source>
        <translation>it is in use by another program</translation>
    </message>
    <message>
        <location filename="../../enrolment/messages.py" line="79"/>
        <source>itu folder, bukan berkas</source>
        <translation>that is a folder, not a file</translation>
    </message>
    <message>
        <location filename="../../enrolment/messages.py" line="80"/>
        <source>bagian jalurnya bukan folder</source>
        <translation>part of the path is not a folder</translation>
    </message>
    <message>
        <location filename="../../enrolment/messages.py" line="81"/>
        <source>nama atau jalurnya terlalu panjang</source>
        <translation>the name or path is too long</translation>
    </message>
    <message>
        <location filename="../../enrolment/messages.py" line="82"/>
        <source>sudah ada berkas dengan nama itu</source>
        <translation>a file with that name already exists</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <location filename="../../ui/kabupaten/people_tab.py" line="33"/>
        <source>Ketik NIK (awalnya), nomor KPJ, atau sebagian nama…</source>
        <translation>Type (the start of) a NIK, a KPJ number, or part of a name…</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/people_tab.py" line="39"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/people_tab.py" line="40"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/people_tab.py" line="41"/>
        <source>Tgl lahir</source>
        <translation>Born</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/people_tab.py" line="42"/>
        <source>Desa</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/people_tab.py" line="43"/>
        <source>Kelompok</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/people_tab.py" line="44"/>
        <source>Keadaan</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/people_tab.py" line="45"/>
        <source>No KPJ</source>
        <translation>KPJ no.</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/people_tab.py" line="46"/>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/people_tab.py" line="49"/>
        <source>Hapus permanen data pribadi…</source>
        <translation>Permanently erase personal data…</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/people_tab.py" line="52"/>
        <source>Untuk peserta yang ditarik desa atau ditandai ganda, setelah masa simpan lewat (permintaan penghapusan, UU PDP). Hanya admin.</source>
        <translation>For people withdrawn by their village or marked as duplicates, once the retention period has passed (erasure request, UU PDP). Admins only.</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/people_tab.py" line="96"/>
        <source>Lebih dari {n} cocok: ketik lebih lengkap.</source>
        <translation>More than {n} match: type more.</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/people_tab.py" line="99"/>
        <source>{n} cocok.</source>
        <translation>{n} match.</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/people_tab.py" line="114"/>
        <source>Ditarik oleh desa</source>
        <translation>Withdrawn by the village</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/people_tab.py" line="116"/>
        <source>Ganda: tetap terdaftar lewat Desa {desa}</source>
        <translation>Duplicate: stays registered through {desa} village</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/people_tab.py" line="120"/>
        <source>Konflik terbuka (lihat tab Konflik)</source>
        <translation>Open conflict (see the Conflicts tab)</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/people_tab.py" line="122"/>
        <source>Ditahan: {reason}</source>
        <translation>Held back: {reason}</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/people_tab.py" line="123"/>
        <source>Terdaftar, siap ke BPJS</source>
        <translation>Registered, ready for BPJS</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/people_tab.py" line="139"/>
        <location filename="../../ui/kabupaten/people_tab.py" line="170"/>
        <source>Hapus permanen</source>
        <translation>Erase permanently</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/people_tab.py" line="148"/>
        <source>Data ini belum dapat dihapus permanen: hanya peserta yang ditarik desa atau ditandai ganda, setelah masa simpan lewat ({when}).</source>
        <translation>This record cannot be erased permanently yet: only people withdrawn by their village or marked as duplicates, after the retention period has passed ({when}).</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/people_tab.py" line="155"/>
        <source>Dasar penghapusan (mis. permintaan tertulis, nomor surat). Jangan tulis nama orangnya:</source>
        <translation>Grounds for erasure (e.g. written request, letter number). Do not write the person&apos;s name:</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/people_tab.py" line="160"/>
        <source>Dasar penghapusan wajib diisi. Tidak ada yang dihapus.</source>
        <translation>The grounds for erasure are required. Nothing was erased.</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/people_tab.py" line="163"/>
        <source>Data pribadi {name} akan ditimpa dan tidak dapat dikembalikan. Lanjutkan?</source>
        <translation>The personal data of {name} will be overwritten and cannot be restored. Continue?</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/people_tab.py" line="167"/>
        <source>Ini rekaman ganda: orang yang sama tetap terdaftar lewat Desa {desa}, dan rekaman itu tidak ikut dihapus.</source>
        <translation>This is a duplicate record: the same person stays registered through Desa {desa}, and that record is not erased.</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/people_tab.py" line="170"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/people_tab.py" line="182"/>
        <source>Data pribadi peserta itu sudah dihapus permanen.</source>
        <translation>That person&apos;s personal data has been erased permanently.</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <location filename="../../enrolment/commands/common.py" line="124"/>
        <source>Jaring ini memakai akun: sebutkan akun admin dengan --pengguna NAMA.</source>
        <translation>This Jaring uses accounts: name an admin account with --pengguna NAME.</translation>
    </message>
    <message>
        <location filename="../../enrolment/permissions.py" line="49"/>
        <source>Tindakan ini memerlukan akun yang aktif. Silakan masuk lagi.</source>
        <translation>This needs an active account. Please log in again.</translation>
    </message>
    <message>
        <location filename="../../enrolment/permissions.py" line="58"/>
        <source>Hanya admin yang boleh melakukan ini. Akun {name} adalah operator.</source>
        <translation>Only an admin may do this. The account {name} is an operator.</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <location filename="../../ui/importing/preview_panel.py" line="28"/>
        <source>Pratinjau</source>
        <translation>Preview</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview_panel.py" line="36"/>
        <source>Semua baris</source>
        <translation>All rows</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview_panel.py" line="37"/>
        <source>Yang ditahan</source>
        <translation>Held back</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview_panel.py" line="38"/>
        <source>Dengan peringatan</source>
        <translation>With warnings</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview_panel.py" line="39"/>
        <source>Yang diperbarui</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview_panel.py" line="40"/>
        <source>Yang dilewati</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview_panel.py" line="41"/>
        <source>Yang diimpor</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview_panel.py" line="42"/>
        <source>Baris tanda tangan</source>
        <translation>Signature rows</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview_panel.py" line="46"/>
        <source>&amp;Tampilkan:</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview_panel.py" line="62"/>
        <source>Akan diimpor, dengan peringatan</source>
        <translation>Will be imported, with warnings</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview_panel.py" line="88"/>
        <source>Akan diimpor: {new} (dengan peringatan: {warn}) · Akan diperbarui: {update} · Dilewati: {skip} · Ditahan: {held}</source>
        <translation>Will be imported: {new} (with warnings: {warn}) · Will be updated: {update} · Skipped: {skip} · Held back: {held}</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview_panel.py" line="98"/>
        <source> · {n} baris tanda tangan di bawah daftar, tidak diimpor</source>
        <translation> · {n} signature rows under the list, not imported</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview_panel.py" line="80"/>
        <source>Tidak ada baris data di bawah judul kolom: lembar ini kosong, atau pilih lembar lain.</source>
        <translation>There are no data rows under the column headings: this sheet is empty, or choose another sheet.</translation>
    </message>
</context>
<context>
    <name>PreviewTableModel</name>
    <message>
        <location filename="../../ui/importing/preview_model.py" line="45"/>
        <source>Baris</source>
        <translation>Row</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview_model.py" line="46"/>
        <source>Putusan</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview_model.py" line="47"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview_model.py" line="48"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview_model.py" line="49"/>
        <source>Kelompok</source>
        <translation>Group</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview_model.py" line="50"/>
        <source>Keterangan</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview_model.py" line="53"/>
        <source>Akan diimpor</source>
        <translation>Will be imported</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview_model.py" line="54"/>
        <source>Akan diimpor, dengan peringatan</source>
        <translation>Will be imported, with warnings</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview_model.py" line="55"/>
        <source>Akan diperbarui</source>
        <translation>Will be updated</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview_model.py" line="56"/>
        <source>Sudah terdaftar, dilewati</source>
        <translation>Already enrolled, skipped</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview_model.py" line="57"/>
        <source>Ditahan</source>
        <translation>Held back</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview_model.py" line="58"/>
        <source>Tanda tangan, tidak diimpor</source>
        <translation>Signature, not imported</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview_model.py" line="111"/>
        <source>Diubah: {changes}.</source>
        <translation>Changes: {changes}.</translation>
    </message>
    <message>
        <location filename="../../ui/importing/preview_model.py" line="115"/>
        <source>Sama dengan register: tidak ada yang diubah.</source>
        <translation>Same as the register: nothing changes.</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <location filename="../../enrolment/privacy.py" line="42"/>
        <source>Instalasi belum disiapkan.</source>
        <translation>This installation has not been set up yet.</translation>
    </message>
    <message>
        <location filename="../../enrolment/privacy.py" line="83"/>
        <source>Masa simpan harus {low} sampai {high} hari.</source>
        <translation>The retention period must be {low} to {high} days.</translation>
    </message>
    <message>
        <location filename="../../enrolment/privacy.py" line="121"/>
        <source>Tuliskan dasar penghapusan (mis. permintaan tertulis tanggal …).</source>
        <translation>Write down the basis for the purge (e.g. written request dated …).</translation>
    </message>
    <message>
        <location filename="../../enrolment/kabupaten/purge.py" line="102"/>
        <location filename="../../enrolment/privacy.py" line="213"/>
        <source>Data peserta ini tidak ada.</source>
        <translation>This participant record does not exist.</translation>
    </message>
    <message>
        <location filename="../../enrolment/privacy.py" line="133"/>
        <source>Data pribadi peserta ini sudah dihapus.</source>
        <translation>The personal data of this participant has already been purged.</translation>
    </message>
    <message>
        <location filename="../../enrolment/privacy.py" line="139"/>
        <source>Hanya data yang sudah dihapus dari register yang dapat dihapus permanen.</source>
        <translation>Only records already removed from the register can be purged.</translation>
    </message>
    <message>
        <location filename="../../enrolment/privacy.py" line="150"/>
        <source>Masa simpan belum lewat: data ini baru boleh dihapus permanen mulai {date}.</source>
        <translation>The retention period has not passed: this record may be purged from {date}.</translation>
    </message>
</context>
<context>
    <name>Programme</name>
    <message>
        <location filename="../../enrolment/programme.py" line="92"/>
        <source>Total kuota yang diumumkan ({stated}) berbeda dari jumlah kuota per kelompok ({sum}); selisih {diff}.</source>
        <translation>The announced total quota ({stated}) differs from the sum of the group quotas ({sum}); difference {diff}.</translation>
    </message>
    <message>
        <location filename="../../enrolment/programme.py" line="111"/>
        <source>Berkas program tidak sah: {detail}.</source>
        <translation>Invalid programme file: {detail}.</translation>
    </message>
    <message>
        <location filename="../../enrolment/programme.py" line="179"/>
        <source>Berkas program {name} tidak dapat dibaca: {error}</source>
        <translation>The programme file {name} could not be read: {error}</translation>
    </message>
</context>
<context>
    <name>ProgrammeEdit</name>
    <message>
        <location filename="../../enrolment/kabupaten/programme_edit.py" line="55"/>
        <location filename="../../enrolment/kabupaten/programme_edit.py" line="380"/>
        <source>Kelompok {code} tidak ada.</source>
        <translation>Group {code} does not exist.</translation>
    </message>
    <message>
        <location filename="../../enrolment/kabupaten/programme_edit.py" line="61"/>
        <source>{what} harus bilangan bulat dari 0 sampai {limit}.</source>
        <translation>{what} must be a whole number from 0 to {limit}.</translation>
    </message>
    <message>
        <location filename="../../enrolment/kabupaten/programme_edit.py" line="78"/>
        <source>Bulan {month} tidak sah (tulis TTTT-BB).</source>
        <translation>Month {month} is not valid (write YYYY-MM).</translation>
    </message>
    <message>
        <location filename="../../enrolment/kabupaten/programme_edit.py" line="83"/>
        <source>Periode perlindungan berakhir ({end}) sebelum dimulai ({start}).</source>
        <translation>The coverage period ends ({end}) before it starts ({start}).</translation>
    </message>
    <message>
        <location filename="../../enrolment/kabupaten/programme_edit.py" line="101"/>
        <source>Program {names} tidak ada di berkas program.</source>
        <translation>Programme {names} is not in the programme file.</translation>
    </message>
    <message>
        <location filename="../../enrolment/kabupaten/programme_edit.py" line="106"/>
        <source>Iuran {name}</source>
        <translation>{name} contribution</translation>
    </message>
    <message>
        <location filename="../../enrolment/kabupaten/programme_edit.py" line="112"/>
        <source>Upah yang dilaporkan</source>
        <translation>Declared income</translation>
    </message>
    <message>
        <location filename="../../enrolment/kabupaten/programme_edit.py" line="124"/>
        <source>Total kuota program</source>
        <translation>Programme total quota</translation>
    </message>
    <message>
        <location filename="../../enrolment/kabupaten/programme_edit.py" line="138"/>
        <source>Kode kelompok {code} tidak sah: pakai huruf besar, angka dan _ (maks. 24), diawali huruf.</source>
        <translation>Group code {code} is not valid: use capital letters, digits and _ (at most 24), starting with a letter.</translation>
    </message>
    <message>
        <location filename="../../enrolment/kabupaten/programme_edit.py" line="147"/>
        <source>Kode kelompok {code} sudah dipakai.</source>
        <translation>Group code {code} is already used.</translation>
    </message>
    <message>
        <location filename="../../enrolment/kabupaten/programme_edit.py" line="150"/>
        <location filename="../../enrolment/kabupaten/programme_edit.py" line="164"/>
        <source>Nama kelompok wajib diisi.</source>
        <translation>The group name is required.</translation>
    </message>
    <message>
        <location filename="../../enrolment/kabupaten/programme_edit.py" line="151"/>
        <location filename="../../enrolment/kabupaten/programme_edit.py" line="176"/>
        <source>Kuota kelompok {code}</source>
        <translation>Quota of group {code}</translation>
    </message>
    <message>
        <location filename="../../enrolment/kabupaten/programme_edit.py" line="188"/>
        <source>Kelompok {code} tidak dapat dihapus: {n} peserta sudah terdaftar di kelompok ini. Ganti saja namanya atau jadikan kuotanya 0.</source>
        <translation>Group {code} cannot be removed: {n} enrollees are already registered in it. Rename it or set its quota to 0 instead.</translation>
    </message>
    <message>
        <location filename="../../enrolment/kabupaten/programme_edit.py" line="198"/>
        <source>Kelompok terakhir tidak dapat dihapus: program perlu kelompok.</source>
        <translation>The last group cannot be removed: a programme needs a group.</translation>
    </message>
    <message>
        <location filename="../../enrolment/kabupaten/programme_edit.py" line="231"/>
        <location filename="../../enrolment/kabupaten/programme_edit.py" line="374"/>
        <source>Desa {code} tidak ada di kabupaten ini.</source>
        <translation>Village {code} is not in this regency.</translation>
    </message>
    <message>
        <location filename="../../enrolment/kabupaten/programme_edit.py" line="245"/>
        <source>Kuota desa {desa} kelompok {group}</source>
        <translation>Quota of village {desa}, group {group}</translation>
    </message>
    <message>
        <location filename="../../enrolment/kabupaten/programme_edit.py" line="275"/>
        <source>Jumlah kuota desa ({desa}) berbeda dari total program ({total}); selisih {diff}.</source>
        <translation>The village quotas ({desa}) differ from the programme total ({total}); difference {diff}.</translation>
    </message>
    <message>
        <location filename="../../enrolment/kabupaten/programme_edit.py" line="290"/>
        <source>Kuota desa kelompok {name} berjumlah {sum}, melebihi kuota kelompok ({quota}).</source>
        <translation>The village quotas of group {name} add up to {sum}, more than the group quota ({quota}).</translation>
    </message>
    <message>
        <location filename="../../enrolment/kabupaten/programme_edit.py" line="399"/>
        <source>Tidak ada perubahan untuk disimpan.</source>
        <translation>There are no changes to save.</translation>
    </message>
    <message>
        <location filename="../../enrolment/kabupaten/programme_edit.py" line="434"/>
        <source>Belum ada program yang berjalan.</source>
        <translation>No programme is running yet.</translation>
    </message>
    <message>
        <location filename="../../enrolment/kabupaten/programme_edit.py" line="460"/>
        <source>Flashdisk atau disk tujuan penuh: berkas program {name} tidak ditulis. Kosongkan sebagian isinya lalu coba lagi.</source>
        <translation>The USB stick or target disk is full: programme file {name} was not written. Free some space and try again.</translation>
    </message>
    <message>
        <location filename="../../enrolment/kabupaten/programme_edit.py" line="466"/>
        <source>Folder tujuan tidak dapat dipakai (flashdisk dicabut?): berkas program {name} tidak ditulis. Pasang lagi flashdisk lalu coba lagi.</source>
        <translation>The target folder cannot be used (USB stick removed?): programme file {name} was not written. Plug the stick in again and try again.</translation>
    </message>
    <message>
        <location filename="../../enrolment/kabupaten/programme_edit.py" line="472"/>
        <source>Berkas program {name} tidak dapat ditulis: {error}.</source>
        <translation>Programme file {name} could not be written: {error}.</translation>
    </message>
</context>
<context>
    <name>ProgrammeTab</name>
    <message>
        <location filename="../../ui/kabupaten/programme_tab.py" line="65"/>
        <source>Periode dan iuran</source>
        <translation>Period and contribution</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/programme_tab.py" line="66"/>
        <source>Kelompok dan kuota</source>
        <translation>Groups and quotas</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/programme_tab.py" line="67"/>
        <source>Kuota per desa</source>
        <translation>Quotas per village</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/programme_tab.py" line="68"/>
        <source>Kolom ekspor</source>
        <translation>Export columns</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/programme_tab.py" line="69"/>
        <source>&amp;Batalkan perubahan</source>
        <translation>Dis&amp;card changes</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/programme_tab.py" line="70"/>
        <source>&amp;Simpan sebagai versi baru</source>
        <translation>&amp;Save as new version</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/programme_tab.py" line="71"/>
        <source>Simpan sebagai versi baru (Ctrl+S)</source>
        <translation>Save as new version (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/programme_tab.py" line="72"/>
        <source>Tulis berkas &amp;program…</source>
        <translation>Write &amp;programme file…</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/programme_tab.py" line="144"/>
        <source>Simpan perubahan dulu: berkas program selalu berisi versi yang aktif, bukan perubahan yang belum disimpan.</source>
        <translation>Save the changes first: the programme file always holds the active version, not unsaved changes.</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/programme_tab.py" line="148"/>
        <source>Menulis berkas program versi aktif untuk desa, misalnya ke flashdisk</source>
        <translation>Writes the programme file of the active version for the villages, e.g. to a USB stick</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/programme_tab.py" line="151"/>
        <source>Memuat program…</source>
        <translation>Loading the programme…</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/programme_tab.py" line="155"/>
        <source>{name}
ID program: {id} · versi yang diubah: {version} · versi aktif di instalasi ini: {active} (dimuat {loaded})</source>
        <translation>{name}
Programme ID: {id} · version being edited: {version} · version active on this installation: {active} (loaded {loaded})</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/programme_tab.py" line="166"/>
        <source>Ada perubahan yang belum disimpan; akan menjadi versi {next}.</source>
        <translation>There are unsaved changes; they will become version {next}.</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/programme_tab.py" line="170"/>
        <source>Tidak ada perubahan yang belum disimpan.</source>
        <translation>No unsaved changes.</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/programme_tab.py" line="190"/>
        <location filename="../../ui/kabupaten/programme_tab.py" line="233"/>
        <location filename="../../ui/kabupaten/programme_tab.py" line="282"/>
        <location filename="../../ui/kabupaten/programme_tab.py" line="293"/>
        <location filename="../../ui/kabupaten/programme_tab.py" line="320"/>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/programme_tab.py" line="219"/>
        <source>Batalkan perubahan</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/programme_tab.py" line="220"/>
        <source>Semua perubahan program yang belum disimpan akan dibuang. Lanjutkan?</source>
        <translation>All unsaved programme changes will be discarded. Continue?</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/programme_tab.py" line="221"/>
        <location filename="../../ui/kabupaten/programme_tab.py" line="236"/>
        <source>Buang perubahan</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/programme_tab.py" line="222"/>
        <source>Kembali</source>
        <translation>Go back</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/programme_tab.py" line="234"/>
        <source>Perubahan program belum disimpan. Simpan sebagai versi baru?</source>
        <translation>The programme changes are not saved. Save them as a new version?</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/programme_tab.py" line="235"/>
        <source>Simpan</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/programme_tab.py" line="237"/>
        <source>Kembali ke program</source>
        <translation>Back to the programme</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/programme_tab.py" line="272"/>
        <source>Menyimpan program…</source>
        <translation>Saving the programme…</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/programme_tab.py" line="284"/>
        <source>Program versi {version} disimpan dan kini berjalan di instalasi ini. Tulis berkas program untuk desa dengan tombol «Tulis berkas program…».</source>
        <translation>Programme version {version} is saved and now runs on this installation. Write the programme file for the villages with the «Write programme file…» button.</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/programme_tab.py" line="295"/>
        <source>Ada perubahan yang belum disimpan. Simpan dulu sebagai versi baru; berkas program selalu berisi versi yang aktif.</source>
        <translation>There are unsaved changes. Save them as a new version first; the programme file always holds the active version.</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/programme_tab.py" line="301"/>
        <source>Folder tujuan berkas program (misalnya flashdisk)</source>
        <translation>Target folder for the programme file (e.g. a USB stick)</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/programme_tab.py" line="313"/>
        <source>Menulis berkas program…</source>
        <translation>Writing the programme file…</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/programme_tab.py" line="322"/>
        <source>Berkas program versi {version} ditulis:
{path}

Di desa, admin memuatnya lewat Pengaturan › Muat berkas program dari kabupaten…; batch berikutnya mencatat versi ini.</source>
        <translation>Programme file version {version} written:
{path}

In the village, the admin loads it with Settings › Load programme file from the regency…; the next batch records this version.</translation>
    </message>
</context>
<context>
    <name>QuotaHint</name>
    <message>
        <location filename="../../ui/register/form_hints.py" line="87"/>
        <source>kuota desa</source>
        <translation>village quota</translation>
    </message>
    <message>
        <location filename="../../ui/register/form_hints.py" line="87"/>
        <source>kuota kabupaten</source>
        <translation>regency quota</translation>
    </message>
    <message>
        <location filename="../../ui/register/form_hints.py" line="88"/>
        <source>Terdaftar di desa ini: {enrolled} — {scope}: {quota}</source>
        <translation>Enrolled in this village: {enrolled} — {scope}: {quota}</translation>
    </message>
    <message>
        <location filename="../../ui/register/form_hints.py" line="93"/>
        <source> — kuota sudah penuh</source>
        <translation> — quota is full</translation>
    </message>
</context>
<context>
    <name>RecapTab</name>
    <message>
        <location filename="../../ui/kabupaten/recap_tab.py" line="36"/>
        <location filename="../../ui/kabupaten/recap_tab.py" line="85"/>
        <source>Per kecamatan</source>
        <translation>By district</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/recap_tab.py" line="36"/>
        <location filename="../../ui/kabupaten/recap_tab.py" line="85"/>
        <source>Per desa</source>
        <translation>By village</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/recap_tab.py" line="36"/>
        <location filename="../../ui/kabupaten/recap_tab.py" line="85"/>
        <source>Per kelompok</source>
        <translation>By group</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/recap_tab.py" line="42"/>
        <location filename="../../ui/kabupaten/recap_tab.py" line="87"/>
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/recap_tab.py" line="43"/>
        <location filename="../../ui/kabupaten/recap_tab.py" line="88"/>
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/recap_tab.py" line="44"/>
        <location filename="../../ui/kabupaten/recap_tab.py" line="89"/>
        <source>Terdaftar</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/recap_tab.py" line="45"/>
        <source>Siap ke BPJS</source>
        <translation>Ready for BPJS</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/recap_tab.py" line="46"/>
        <location filename="../../ui/kabupaten/recap_tab.py" line="91"/>
        <source>Kuota</source>
        <translation>Quota</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/recap_tab.py" line="47"/>
        <source>Capaian</source>
        <translation>Achieved</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/recap_tab.py" line="51"/>
        <source>Ekspor rekap ke Excel…</source>
        <translation>Export summary to Excel…</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/recap_tab.py" line="52"/>
        <source>Cetak rekap…</source>
        <translation>Print summary…</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/recap_tab.py" line="62"/>
        <source>Desa yang belum menyerahkan batch:</source>
        <translation>Villages that have not handed in a batch:</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/recap_tab.py" line="90"/>
        <source>Siap</source>
        <translation>Ready</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/recap_tab.py" line="134"/>
        <source>Terdaftar {enrolled}; siap ke BPJS {ready}; konflik terbuka {conflicts}; data bermasalah {rejected}; ditarik {withdrawn}; ganda {dup}. Jumlah kuota per kelompok {quota}.</source>
        <translation>Enrolled {enrolled}; ready for BPJS {ready}; open conflicts {conflicts}; problem data {rejected}; withdrawn {withdrawn}; duplicates {dup}. Sum of the group quotas {quota}.</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/recap_tab.py" line="168"/>
        <source>tanpa kuota</source>
        <translation>no quota</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/recap_tab.py" line="181"/>
        <source>{enrolled} dari kuota {quota}</source>
        <translation>{enrolled} of quota {quota}</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/recap_tab.py" line="189"/>
        <source>Simpan rekap</source>
        <translation>Save summary</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/recap_tab.py" line="189"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/recap_tab.py" line="205"/>
        <source>Rekap</source>
        <translation>Summary</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/recap_tab.py" line="205"/>
        <source>Rekap disimpan:
{path}</source>
        <translation>Summary saved:
{path}</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/recap_tab.py" line="207"/>
        <source>Menulis rekap…</source>
        <translation>Writing summary…</translation>
    </message>
</context>
<context>
    <name>ReceiptCheck</name>
    <message>
        <location filename="../../enrolment/receipts/check.py" line="41"/>
        <source>Ketik nomor tanda terima atau tempel teks QR.</source>
        <translation>Type a receipt number or paste the QR text.</translation>
    </message>
    <message>
        <location filename="../../enrolment/receipts/check.py" line="56"/>
        <source>Nomor {number} berbentuk benar (angka pemeriksa cocok): desa {desa}, tahun {year}, nomor urut {seq}.</source>
        <translation>Number {number} is well formed (check digits match): village {desa}, year {year}, serial number {seq}.</translation>
    </message>
    <message>
        <location filename="../../enrolment/receipts/check.py" line="71"/>
        <source>Instalasi ini tidak memegang register desa, jadi isi tanda terima tidak dapat dicocokkan di sini.</source>
        <translation>This installation does not hold a village register, so the receipt contents cannot be matched here.</translation>
    </message>
    <message>
        <location filename="../../enrolment/receipts/check.py" line="82"/>
        <source>Tanda terima ini dari desa lain ({desa}); register ini milik Desa {name} ({own}).</source>
        <translation>This receipt is from another village ({desa}); this register belongs to {name} village ({own}).</translation>
    </message>
    <message>
        <location filename="../../enrolment/receipts/check.py" line="101"/>
        <source>Nomor {number} tidak ada di register desa ini.</source>
        <translation>Number {number} is not in this village&apos;s register.</translation>
    </message>
    <message>
        <location filename="../../enrolment/receipts/check.py" line="109"/>
        <source>Terdaftar: {name}, NIK {nik}, didaftarkan {date}.</source>
        <translation>Enrolled: {name}, NIK {nik}, enrolled on {date}.</translation>
    </message>
    <message>
        <location filename="../../enrolment/receipts/check.py" line="118"/>
        <source>Peserta ini sudah dihapus dari register: {reason}</source>
        <translation>This participant has been removed from the register: {reason}</translation>
    </message>
    <message>
        <location filename="../../enrolment/receipts/check.py" line="128"/>
        <source>Sidik NIK pada QR tidak cocok dengan NIK di register: tanda terima ini bukan milik peserta tersebut atau datanya telah diubah.</source>
        <translation>The NIK fingerprint in the QR does not match the NIK in the register: this receipt does not belong to that participant, or the data has been changed.</translation>
    </message>
    <message>
        <location filename="../../enrolment/receipts/check.py" line="137"/>
        <source>Sidik NIK pada QR cocok dengan register.</source>
        <translation>The NIK fingerprint in the QR matches the register.</translation>
    </message>
    <message>
        <location filename="../../enrolment/receipts/check.py" line="142"/>
        <source>Tanggal pada QR ({qr}) berbeda dari tanggal pendaftaran ({reg}).</source>
        <translation>The date in the QR ({qr}) differs from the enrolment date ({reg}).</translation>
    </message>
</context>
<context>
    <name>ReceiptCheckDialog</name>
    <message>
        <location filename="../../ui/printing/receipt_dialogs.py" line="260"/>
        <source>Periksa tanda terima</source>
        <translation>Check receipt</translation>
    </message>
    <message>
        <location filename="../../ui/printing/receipt_dialogs.py" line="263"/>
        <source>Nomor tanda terima (mis. 3604072011-2025-000123-97) atau teks QR</source>
        <translation>Receipt number (e.g. 3604072011-2025-000123-97) or QR text</translation>
    </message>
    <message>
        <location filename="../../ui/printing/receipt_dialogs.py" line="265"/>
        <source>&amp;Periksa</source>
        <translation>&amp;Check</translation>
    </message>
    <message>
        <location filename="../../ui/printing/receipt_dialogs.py" line="277"/>
        <source>Ketik nomor pada tanda terima, atau tempel teks QR:</source>
        <translation>Type the number on the receipt, or paste the QR text:</translation>
    </message>
    <message>
        <location filename="../../ui/printing/receipt_dialogs.py" line="290"/>
        <source>COCOK: tanda terima ini sah dan sesuai register.</source>
        <translation>MATCH: this receipt is valid and matches the register.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/receipt_dialogs.py" line="293"/>
        <source>TIDAK COCOK atau tidak dapat dipastikan.</source>
        <translation>NO MATCH, or it cannot be confirmed.</translation>
    </message>
</context>
<context>
    <name>ReceiptNumber</name>
    <message>
        <location filename="../../enrolment/receipts/numbering.py" line="87"/>
        <source>Nomor tanda terima {number} tidak berbentuk benar. Contoh yang benar: 3604072011-2025-000123-97 (kode desa, tahun, nomor urut, angka pemeriksa).</source>
        <translation>Receipt number {number} is not well formed. A correct example: 3604072011-2025-000123-97 (village code, year, serial number, check digits).</translation>
    </message>
    <message>
        <location filename="../../enrolment/receipts/numbering.py" line="119"/>
        <source>Angka pemeriksa nomor {number} tidak cocok: ada angka yang salah ketik atau tertukar. Periksa lagi nomor pada tanda terima.</source>
        <translation>The check digits of number {number} do not match: a digit is mistyped or two are swapped. Check the number on the receipt again.</translation>
    </message>
</context>
<context>
    <name>ReceiptPreviewDialog</name>
    <message>
        <location filename="../../ui/printing/receipt_dialogs.py" line="179"/>
        <source>Pratinjau tanda terima {number}</source>
        <translation>Receipt preview {number}</translation>
    </message>
    <message>
        <location filename="../../ui/printing/receipt_dialogs.py" line="188"/>
        <source>&amp;Cetak…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/receipt_dialogs.py" line="190"/>
        <source>Simpan &amp;PDF…</source>
        <translation>Save as P&amp;DF…</translation>
    </message>
</context>
<context>
    <name>ReceiptPrinting</name>
    <message>
        <location filename="../../ui/printing/receipt_dialogs.py" line="70"/>
        <source>Simpan tanda terima sebagai PDF</source>
        <translation>Save receipts as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/printing/receipt_dialogs.py" line="72"/>
        <source>Dokumen PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/printing/receipt_dialogs.py" line="85"/>
        <source>Cetak tanda terima</source>
        <translation>Print receipts</translation>
    </message>
    <message>
        <location filename="../../ui/printing/receipt_dialogs.py" line="126"/>
        <source>Tanda terima {done} dari {total}</source>
        <translation>Receipt {done} of {total}</translation>
    </message>
    <message>
        <location filename="../../ui/printing/receipt_dialogs.py" line="150"/>
        <source>Mencetak {count} tanda terima…</source>
        <translation>Printing {count} receipts…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/receipt_dialogs.py" line="152"/>
        <source>Menyimpan {count} tanda terima ke PDF…</source>
        <translation>Saving {count} receipts to PDF…</translation>
    </message>
</context>
<context>
    <name>ReceiptQr</name>
    <message>
        <location filename="../../enrolment/receipts/qr.py" line="84"/>
        <source>Teks QR ini bukan QR tanda terima Jaring yang utuh ({reason}).</source>
        <translation>This QR text is not a complete Jaring receipt QR ({reason}).</translation>
    </message>
</context>
<context>
    <name>Receipts</name>
    <message>
        <location filename="../../enrolment/receipts/printlog.py" line="78"/>
        <source>Tanda terima hanya dapat dicetak di instalasi desa yang siap.</source>
        <translation>Receipts can only be printed on a village installation that is set up.</translation>
    </message>
    <message>
        <location filename="../../enrolment/receipts/printlog.py" line="85"/>
        <source>Tidak ada peserta yang dipilih untuk dicetak.</source>
        <translation>No participants selected for printing.</translation>
    </message>
    <message>
        <location filename="../../enrolment/receipts/printlog.py" line="100"/>
        <source>{count} peserta tidak ditemukan di register.</source>
        <translation>{count} participants not found in the register.</translation>
    </message>
</context>
<context>
    <name>ReceiveTab</name>
    <message>
        <location filename="../../ui/kabupaten/merge_tab.py" line="29"/>
        <source>Pilih berkas batch…</source>
        <translation>Choose batch files…</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/merge_tab.py" line="30"/>
        <source>Pilih folder atau flashdisk…</source>
        <translation>Choose folder or USB stick…</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/merge_tab.py" line="41"/>
        <source>Setiap berkas diperiksa (versi format, manifest, checksum, kode desa) sebelum digabung. Berkas yang rusak atau diubah ditolak; yang lain lanjut.</source>
        <translation>Every file is checked (format version, manifest, checksum, village code) before merging. Damaged or altered files are refused; the others go ahead.</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/merge_tab.py" line="53"/>
        <source>Pilih berkas batch</source>
        <translation>Choose batch files</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/merge_tab.py" line="53"/>
        <source>Batch Excel (*.xlsx)</source>
        <translation>Excel batch (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/merge_tab.py" line="59"/>
        <source>Pilih folder atau flashdisk</source>
        <translation>Choose folder or USB stick</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/merge_tab.py" line="75"/>
        <source>Membaca daftar berkas…</source>
        <translation>Reading the list of files…</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/merge_tab.py" line="96"/>
        <source>Batch {no} Desa {desa}</source>
        <translation>Batch {no} of {desa} village</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/merge_tab.py" line="101"/>
        <source>{who} dikunci kata sandi oleh desa ({file}).
Ketik kata sandinya (dari desa, lewat telepon), atau Batal untuk melewatinya:</source>
        <translation>{who} is locked with a password by the village ({file}).
Type the password (from the village, by phone), or Cancel to skip it:</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/merge_tab.py" line="105"/>
        <source>Kata sandi salah.</source>
        <translation>Wrong password.</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/merge_tab.py" line="107"/>
        <source>Batch dikunci kata sandi</source>
        <translation>Batch locked with a password</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/merge_tab.py" line="131"/>
        <source>Menggabungkan batch…</source>
        <translation>Merging batches…</translation>
    </message>
    <message>
        <location filename="../../ui/kabupaten/merge_tab.py" line="139"/>
        <source>Selesai: {merged} digabung, {same} sudah pernah, {refused} ditolak.</source>
        <translation>Done: {merged} merged, {same} already merged, {refused} refused.</translation>
    </message>
</context>
<context>
    <name>RecordActions</name>
    <message>
        <location filename="../../ui/desa/record_actions.py" line="36"/>
        <location filename="../../ui/desa/record_actions.py" line="43"/>
        <location filename="../../ui/desa/record_actions.py" line="52"/>
        <location filename="../../ui/desa/record_actions.py" line="62"/>
        <source>Hapus peserta</source>
        <translation>Remove participant</translation>
    </message>
    <message>
        <location filename="../../ui/desa/record_actions.py" line="37"/>
        <source>Alasan menghapus {name} dari daftar (wajib, tercatat):</source>
        <translation>Reason for removing {name} from the register (required, logged):</translation>
    </message>
    <message>
        <location filename="../../ui/desa/record_actions.py" line="43"/>
        <source>Alasan wajib diisi. Data tidak dihapus.</source>
        <translation>A reason is required. Nothing was removed.</translation>
    </message>
    <message>
        <location filename="../../ui/desa/record_actions.py" line="49"/>
        <source>

Data ini sudah diserahkan (batch {n}); batch berikutnya membawa penarikannya.</source>
        <translation>

This record was already handed over (batch {n}); the next batch will carry its withdrawal.</translation>
    </message>
    <message>
        <location filename="../../ui/desa/record_actions.py" line="53"/>
        <source>Hapus {name} dari daftar? Data disembunyikan, tidak dimusnahkan, dan tercatat di log.</source>
        <translation>Remove {name} from the register? The record is hidden, not destroyed, and the removal is logged.</translation>
    </message>
    <message>
        <location filename="../../ui/desa/record_actions.py" line="55"/>
        <source>Hapus</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../ui/desa/record_actions.py" line="55"/>
        <location filename="../../ui/desa/record_actions.py" line="104"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/desa/record_actions.py" line="80"/>
        <source>Pilih data di Daftar peserta dengan status &quot;Dihapus&quot; lebih dulu.</source>
        <translation>First select a record in Participants with the status &quot;Removed&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/desa/record_actions.py" line="89"/>
        <location filename="../../ui/desa/record_actions.py" line="95"/>
        <location filename="../../ui/desa/record_actions.py" line="101"/>
        <location filename="../../ui/desa/record_actions.py" line="104"/>
        <location filename="../../ui/desa/record_actions.py" line="111"/>
        <source>Hapus permanen</source>
        <translation>Delete permanently</translation>
    </message>
    <message>
        <location filename="../../ui/desa/record_actions.py" line="90"/>
        <source>Data ini belum dapat dihapus permanen: hanya data yang sudah dihapus dan melewati masa simpan ({when}).</source>
        <translation>This record cannot be permanently deleted yet: only removed records past the retention period ({when}) can be.</translation>
    </message>
    <message>
        <location filename="../../ui/desa/record_actions.py" line="96"/>
        <source>Dasar penghapusan (mis. permintaan tertulis, nomor surat). Jangan tulis nama orangnya:</source>
        <translation>Grounds for deletion (e.g. written request, letter number). Do not write the person&apos;s name:</translation>
    </message>
    <message>
        <location filename="../../ui/desa/record_actions.py" line="102"/>
        <source>Data pribadi {name} akan ditimpa dan tidak dapat dikembalikan. Lanjutkan?</source>
        <translation>The personal data of {name} will be overwritten and cannot be recovered. Continue?</translation>
    </message>
    <message>
        <location filename="../../ui/desa/record_actions.py" line="121"/>
        <source>{n} data ditandai siap diserahkan.</source>
        <translation>{n} records marked ready for handover.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <location filename="../../ui/accounts/recovery_code.py" line="111"/>
        <source>Kode pemulihan admin</source>
        <translation>Admin recovery code</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/recovery_code.py" line="114"/>
        <source>Tulis kode ini di kertas (atau simpan sebagai PDF lalu cetak) dan simpan di tempat aman. Bila satu-satunya admin lupa kata sandi, hanya kode ini yang dapat membuka Jaring lagi. Kode ini tidak akan ditampilkan lagi.</source>
        <translation>Write this code on paper (or save it as a PDF and print it) and keep it in a safe place. If the only admin forgets the password, only this code can open Jaring again. The code will not be shown again.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/recovery_code.py" line="127"/>
        <source>Cetak/Simpan PDF…</source>
        <translation>Print/Save PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/recovery_code.py" line="129"/>
        <source>Saya sudah menulis atau menyimpan kode ini</source>
        <translation>I have written down or saved this code</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/recovery_code.py" line="132"/>
        <source>Selesai</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/recovery_code.py" line="147"/>
        <source>Simpan kode pemulihan</source>
        <translation>Save the recovery code</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/recovery_code.py" line="149"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../ui/accounts/login_dialog.py" line="138"/>
        <source>Pulihkan akses admin</source>
        <translation>Recover admin access</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/login_dialog.py" line="141"/>
        <source>Ketik kode pemulihan yang dicetak atau ditulis saat Jaring disiapkan, lalu buat kata sandi baru untuk admin. Kode itu hanya berlaku sekali.</source>
        <translation>Type the recovery code printed or written down when Jaring was set up, then choose a new admin password. The code works only once.</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/login_dialog.py" line="159"/>
        <source>Simpan kata sandi baru</source>
        <translation>Save new password</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/login_dialog.py" line="161"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/login_dialog.py" line="163"/>
        <source>Kode pemulihan:</source>
        <translation>Recovery code:</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/login_dialog.py" line="164"/>
        <source>Kata sandi baru:</source>
        <translation>New password:</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/login_dialog.py" line="165"/>
        <source>Ulangi kata sandi:</source>
        <translation>Repeat password:</translation>
    </message>
    <message>
        <location filename="../../ui/accounts/login_dialog.py" line="176"/>
        <source>Kedua kata sandi tidak sama.</source>
        <translation>The two passwords differ.</translation>
    </message>
</context>
<context>
    <name>Register</name>
    <message>
        <location filename="../../enrolment/register.py" line="103"/>
        <source>Kuota kelompok {group} sudah terisi ({enrolled} dari {quota}). Lanjutkan hanya bila kabupaten mengizinkan.</source>
        <translation>The quota for group {group} is full ({enrolled} of {quota}). Continue only if the regency allows it.</translation>
    </message>
    <message>
        <location filename="../../enrolment/register.py" line="133"/>
        <source>Sudah ada {name}, lahir {birth}, dengan NIK lain ({nik}). Pastikan ini bukan orang yang sama.</source>
        <translation>{name}, born {birth}, is already enrolled with another NIK ({nik}). Make sure this is not the same person.</translation>
    </message>
    <message>
        <location filename="../../enrolment/register.py" line="166"/>
        <source>NIK ini pernah dihapus dari register pada {date} (alasan: {reason}). Lanjutkan hanya bila memang didaftarkan lagi.</source>
        <translation>This NIK was removed from the register on {date} (reason: {reason}). Continue only if the person is really being enrolled again.</translation>
    </message>
    <message>
        <location filename="../../enrolment/register.py" line="208"/>
        <location filename="../../enrolment/register.py" line="362"/>
        <source>Data peserta ini sudah tidak ada di register.</source>
        <translation>This participant&apos;s record is no longer in the register.</translation>
    </message>
    <message>
        <location filename="../../enrolment/register.py" line="220"/>
        <source>NIK ini sudah terdaftar atas nama {name} ({group}). Buka data itu?</source>
        <translation>This NIK is already enrolled under the name {name} ({group}). Open that record?</translation>
    </message>
    <message>
        <location filename="../../enrolment/register.py" line="358"/>
        <source>Tuliskan alasan penghapusan.</source>
        <translation>Write the reason for the removal.</translation>
    </message>
</context>
<context>
    <name>RegisterLabels</name>
    <message>
        <location filename="../../ui/register/labels.py" line="15"/>
        <source>Draf</source>
        <translation>Draft</translation>
    </message>
    <message>
        <location filename="../../ui/register/labels.py" line="16"/>
        <source>Siap diserahkan</source>
        <translation>Ready for handover</translation>
    </message>
    <message>
        <location filename="../../ui/register/labels.py" line="17"/>
        <source>Sudah diserahkan</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <location filename="../../ui/register/labels.py" line="18"/>
        <source>Diubah sejak diserahkan</source>
        <translation>Changed since handover</translation>
    </message>
    <message>
        <location filename="../../ui/register/labels.py" line="25"/>
        <source>Diterima</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../ui/register/labels.py" line="26"/>
        <source>Ditolak</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <location filename="../../ui/register/labels.py" line="27"/>
        <source>Ganda</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location filename="../../ui/register/labels.py" line="28"/>
        <source>Masih diperiksa</source>
        <translation>Still being checked</translation>
    </message>
    <message>
        <location filename="../../ui/register/labels.py" line="38"/>
        <source>Hasil dari kabupaten: {status}</source>
        <translation>Result from the regency: {status}</translation>
    </message>
    <message>
        <location filename="../../ui/register/labels.py" line="46"/>
        <source>Nomor KPJ {kpj}</source>
        <translation>KPJ number {kpj}</translation>
    </message>
    <message>
        <location filename="../../ui/register/labels.py" line="49"/>
        <source>nomor KPJ belum ada</source>
        <translation>no KPJ number yet</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <location filename="../../ui/register/register_view.py" line="42"/>
        <source>Cari nama, NIK atau nomor KPJ… (Ctrl+F)</source>
        <translation>Search name, NIK or KPJ number… (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/register/register_view.py" line="45"/>
        <source>Semua kelompok</source>
        <translation>All groups</translation>
    </message>
    <message>
        <location filename="../../ui/register/register_view.py" line="49"/>
        <source>Semua status</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../ui/register/register_view.py" line="52"/>
        <source>Dihapus (disembunyikan)</source>
        <translation>Removed (hidden)</translation>
    </message>
    <message>
        <location filename="../../ui/register/register_view.py" line="55"/>
        <source>Hasil pemeriksaan kabupaten dari berkas balikan</source>
        <translation>The regency&apos;s check result from the return file</translation>
    </message>
    <message>
        <location filename="../../ui/register/register_view.py" line="56"/>
        <source>Semua hasil kabupaten</source>
        <translation>All regency results</translation>
    </message>
    <message>
        <location filename="../../ui/register/register_view.py" line="59"/>
        <source>Belum ada hasil</source>
        <translation>No result yet</translation>
    </message>
    <message>
        <location filename="../../ui/register/register_view.py" line="93"/>
        <source>&amp;Ubah…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/register/register_view.py" line="94"/>
        <source>Tandai &amp;siap</source>
        <translation>Mark &amp;ready</translation>
    </message>
    <message>
        <location filename="../../ui/register/register_view.py" line="95"/>
        <source>&amp;Hapus…</source>
        <translation>Re&amp;move…</translation>
    </message>
    <message>
        <location filename="../../ui/register/register_view.py" line="159"/>
        <source>{n} peserta</source>
        <translation>{n} participants</translation>
    </message>
    <message>
        <location filename="../../ui/register/register_view.py" line="163"/>
        <source>Lebih dari {n} peserta cocok — gulir ke bawah atau persempit pencarian</source>
        <translation>More than {n} participants match — scroll down or narrow the search</translation>
    </message>
</context>
<context>
    <name>ReturnFileReader</name>
    <message>
        <location filename="../../ui/desa/return_file.py" line="31"/>
        <source>Berkas balikan dari kabupaten</source>
        <translation>Return file from the regency</translation>
    </message>
    <message>
        <location filename="../../ui/desa/return_file.py" line="31"/>
        <source>Berkas balikan (*.xlsx)</source>
        <translation>Return file (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/desa/return_file.py" line="44"/>
        <source>Membaca berkas balikan…</source>
        <translation>Reading the return file…</translation>
    </message>
    <message>
        <location filename="../../ui/desa/return_file.py" line="60"/>
        <source>{n} peserta diperbarui, {same} tetap; nomor KPJ baru: {kpj}.</source>
        <translation>{n} people updated, {same} unchanged; new KPJ numbers: {kpj}.</translation>
    </message>
    <message>
        <location filename="../../ui/desa/return_file.py" line="64"/>
        <source>Diterima {a}, ditolak {r}, ganda {d}, masih diperiksa kabupaten {p}, ditarik {w}.</source>
        <translation>Accepted {a}, rejected {r}, duplicate {d}, still being checked by the regency {p}, withdrawn {w}.</translation>
    </message>
    <message>
        <location filename="../../ui/desa/return_file.py" line="74"/>
        <source>{n} peserta dalam berkas tidak ada di register desa ini (mungkin sudah dihapus permanen).</source>
        <translation>{n} participants in the file are not in this village&apos;s register (perhaps already permanently deleted).</translation>
    </message>
    <message>
        <location filename="../../ui/desa/return_file.py" line="80"/>
        <source>Lihat kolom Hasil kabupaten dan No KPJ di Daftar peserta; tanda terima yang dicetak ulang memuat hasil dan KPJ.</source>
        <translation>See the Regency result and KPJ no. columns in the Participants list; reprinted receipts include the result and the KPJ.</translation>
    </message>
    <message>
        <location filename="../../ui/desa/return_file.py" line="85"/>
        <source>Berkas balikan dibaca</source>
        <translation>Return file read</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <location filename="../../ui/setup/wizard.py" line="172"/>
        <source>Jaring — Penyiapan</source>
        <translation>Jaring — Setup</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="172"/>
        <source>Jaring — Pengaturan desa</source>
        <translation>Jaring — Village settings</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="176"/>
        <source>&amp;Lanjut &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="177"/>
        <source>&lt; &amp;Kembali</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="178"/>
        <source>&amp;Selesai</source>
        <translation>&amp;Finish</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="179"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../ui/tasks.py" line="113"/>
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <location filename="../../enrolment/validation.py" line="100"/>
        <source>Tempat lahir wajib diisi.</source>
        <translation>The place of birth is required.</translation>
    </message>
    <message>
        <location filename="../../enrolment/validation.py" line="112"/>
        <source>Pilih jenis kelamin: L (laki-laki) atau P (perempuan).</source>
        <translation>Choose the sex: L (male) or P (female).</translation>
    </message>
    <message>
        <location filename="../../enrolment/validation.py" line="125"/>
        <source>Menurut NIK jenis kelaminnya {nik_sex}, yang diisi {entered}. Periksa KTP.</source>
        <translation>According to the NIK the sex is {nik_sex}, but {entered} was entered. Check the KTP.</translation>
    </message>
    <message>
        <location filename="../../enrolment/validation.py" line="156"/>
        <source>Pilih kelompok peserta (kategori) dari daftar program.</source>
        <translation>Choose the participant group (category) from the programme list.</translation>
    </message>
    <message>
        <location filename="../../enrolment/validation.py" line="168"/>
        <source>Tanggal dokumen tidak boleh di masa depan.</source>
        <translation>The document date cannot be in the future.</translation>
    </message>
    <message>
        <location filename="../../enrolment/validation.py" line="176"/>
        <source>Nama ibu kandung</source>
        <translation>Mother&apos;s maiden name</translation>
    </message>
    <message>
        <location filename="../../enrolment/validation.py" line="193"/>
        <source>Tanggal lahir wajib diisi.</source>
        <translation>The date of birth is required.</translation>
    </message>
    <message>
        <location filename="../../enrolment/validation.py" line="200"/>
        <source>Tanggal lahir tidak boleh di masa depan.</source>
        <translation>The date of birth cannot be in the future.</translation>
    </message>
    <message>
        <location filename="../../enrolment/validation.py" line="210"/>
        <source>Umur {age} tahun: peserta BPU harus berumur di bawah {limit} tahun pada tanggal pendaftaran.</source>
        <translation>Age {age}: BPU participants must be under {limit} on the enrolment date.</translation>
    </message>
    <message>
        <location filename="../../enrolment/validation.py" line="225"/>
        <source>Umur {age} tahun: program ini mensyaratkan minimal {limit} tahun.</source>
        <translation>Age {age}: this programme requires a minimum age of {limit}.</translation>
    </message>
    <message>
        <location filename="../../enrolment/validation.py" line="240"/>
        <source>Menurut NIK tanggal lahirnya {nik_date}, yang diisi {entered}. NIK tidak diterbitkan ulang bila tanggal lahir dikoreksi: lanjutkan bila sesuai KTP.</source>
        <translation>According to the NIK the date of birth is {nik_date}, but {entered} was entered. A NIK is not reissued when a date of birth is corrected: continue if it matches the KTP.</translation>
    </message>
</context>
<context>
    <name>_DesaPage</name>
    <message>
        <location filename="../../ui/setup/wizard.py" line="82"/>
        <source>Desa</source>
        <translation>Village</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="83"/>
        <source>Pilih desa tempat Jaring ini dipakai.</source>
        <translation>Choose the village where this copy of Jaring is used.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="84"/>
        <source>Cari desa…</source>
        <translation>Search village…</translation>
    </message>
</context>
<context>
    <name>_KecamatanPage</name>
    <message>
        <location filename="../../ui/setup/wizard.py" line="42"/>
        <source>Kecamatan</source>
        <translation>District</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="44"/>
        <source>Ketik sebagian nama kecamatan, pilih dengan panah, lalu tekan Enter.</source>
        <translation>Type part of the district name, choose with the arrow keys, then press Enter.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="47"/>
        <source>Cari kecamatan…</source>
        <translation>Search district…</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="52"/>
        <source>Ini komputer &amp;kantor kabupaten (menggabungkan batch dari desa), bukan desa</source>
        <translation>This is the &amp;regency office computer (merging batches from villages), not a village</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="57"/>
        <source>Kabupaten: {name}</source>
        <translation>Regency: {name}</translation>
    </message>
</context>
<context>
    <name>_PaperPage</name>
    <message>
        <location filename="../../ui/setup/wizard.py" line="135"/>
        <source>Kertas</source>
        <translation>Paper</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="136"/>
        <source>Ukuran kertas untuk tanda terima dan berita acara.</source>
        <translation>Paper size for receipts and handover records.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="137"/>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="138"/>
        <source>F4 / folio (215 × 330 mm)</source>
        <translation>F4 / folio (215 × 330 mm)</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="140"/>
        <source>1 salinan per lembar</source>
        <translation>1 copy per sheet</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="141"/>
        <source>2 salinan per lembar (untuk peserta dan arsip desa)</source>
        <translation>2 copies per sheet (for the participant and the village archive)</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="144"/>
        <source>Cetak tanda terima &amp;otomatis setiap kali peserta baru disimpan</source>
        <translation>Print the receipt &amp;automatically whenever a new participant is saved</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="154"/>
        <source>Tanda terima:</source>
        <translation>Receipts:</translation>
    </message>
</context>
<context>
    <name>_PeoplePage</name>
    <message>
        <location filename="../../ui/setup/wizard.py" line="107"/>
        <source>Petugas</source>
        <translation>Officials</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="110"/>
        <source>Nama operator tercatat pada setiap perubahan data. Nama Sekdes dan Kades dicetak pada dokumen.</source>
        <translation>The operator&apos;s name is recorded with every data change. The names of the village secretary and village head are printed on documents.</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="117"/>
        <source>Nama &amp;operator:</source>
        <translation>&amp;Operator name:</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="118"/>
        <source>Nama &amp;Sekretaris Desa:</source>
        <translation>Village &amp;secretary:</translation>
    </message>
    <message>
        <location filename="../../ui/setup/wizard.py" line="119"/>
        <source>Nama &amp;Kepala Desa:</source>
        <translation>Village &amp;head:</translation>
    </message>
</context>
</TS>

"""Logging in, the first admin, account management and the idle lock.

ask_login(parent, db, username="") -> Account | None            (login_dialog)
create_admin_dialog(parent, db) -> Account | None                 (create_admin)
AccountsDialog(db, by, parent=None); signal settings_changed      (accounts_dialog)
IdleLock(minutes, parent=None); start(), stop(), signal locked    (idle_lock)
"""

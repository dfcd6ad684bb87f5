"""Persistence: SQLModel tables, the one engine factory, the schema's migration chain.

Never imports Qt (enforced by import-linter). Kept free of SQLModel at import time so the GUI
can paint before the ORM loads: import `models.tables` where the ORM is needed.
"""

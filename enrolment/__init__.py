"""Jaring's domain logic: the rules of enrolment, free of Qt and of the database engine.

Modules here may use `models` for persistence but never import PySide6 (an import-linter
contract in pyproject.toml enforces this), so they run and are tested without a QApplication.
"""

"""Headless commands that need Qt (printing to PDF)."""

"""Importing the lists villages already keep in Excel.

reader (guards + reading a sheet) → header (finding the header row, mapping columns) →
values (parsing cells as Excel leaves them) → plan (a verdict per row, the entry form's rules)
→ writer (one transaction) and errors (the workbook of rows held back).
"""

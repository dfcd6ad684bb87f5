"""The kabupaten side: merge village batches, resolve conflicts, recap, hand files on.

ledger (batches received), merge (verify and apply batch files), conflicts (same person from
two villages), recap (dashboard numbers), master_export (one workbook for BPJS), returns
(return files to the villages and their import there), kpj (KPJ numbers from BPJS),
programme_file (the programme file villages load), purge (personal data erased on request
after the retention period).
"""

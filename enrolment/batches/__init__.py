"""Batches: the Excel files that carry enrollees from the desa to the kabupaten on a stick.

format.py (the format and its checksum), builder.py (what a batch carries, recording it),
writer.py (the file, written whole), verify.py (reading and checking a file), naming.py
(FAT32-safe names), service.py (the steps tied together for the window and the commands).
"""

"""Headless commands of `python main.py`: one module per command, no Qt."""

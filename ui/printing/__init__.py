"""Printing enrolment receipts: layout (receipt_renderer), PDF/printer output, dialogs."""

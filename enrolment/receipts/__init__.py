"""Enrolment receipts (tanda terima): numbering, QR payload, content and checking. No Qt here."""

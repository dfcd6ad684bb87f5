"""Qt widgets: views lay out, domain calls decide."""

"""Pieces every screen uses: words and translation, background tasks, symbols, read aloud, plain text."""

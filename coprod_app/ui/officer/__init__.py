"""The officer's screens: themes and actions, exports, "Last time you said…"."""

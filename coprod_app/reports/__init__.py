"""PDFs and CSV files made from what storage gathers; no Qt here, so the window and the command line share it."""

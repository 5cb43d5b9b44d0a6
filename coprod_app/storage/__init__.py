"""The only code that speaks SQL: sqlite-utils over one SQLite file per council or laptop."""

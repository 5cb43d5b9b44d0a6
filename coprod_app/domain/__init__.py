"""Pure-Python rules of co-production: no Qt, no SQL, no ReportLab here."""

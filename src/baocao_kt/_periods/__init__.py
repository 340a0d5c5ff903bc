"""Layer 4, periods: months, quarters, halves, years, year-to-date, date ranges, windows."""

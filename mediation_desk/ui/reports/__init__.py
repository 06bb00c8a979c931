"""Reports: the month's billed hours and the Excel timesheets."""

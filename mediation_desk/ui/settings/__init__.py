"""Settings: interface preferences and the business, mail (SMTP) and IMAP settings panels."""

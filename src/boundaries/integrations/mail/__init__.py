"""Email: sending the outbox over SMTP, reading the inbox and Sent folder over IMAP."""

"""The pure core: clients, standing calls, working hours, the call decision. No I/O here."""

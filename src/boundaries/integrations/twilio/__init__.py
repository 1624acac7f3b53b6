"""Twilio-protocol telephony: signatures, TwiML answers and the webhook handlers."""

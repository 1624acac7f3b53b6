"""The web application: Twilio-protocol webhooks, health check, JSON API."""

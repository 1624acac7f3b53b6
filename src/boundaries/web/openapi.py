"""The OpenAPI description of the JSON API and the webhooks (served at /openapi.json)."""

from __future__ import annotations

from typing import Any

from boundaries import __version__
from boundaries.web.mail_api import mail_paths

_FORM = "application/x-www-form-urlencoded"


def _webhook(summary: str, required: list[str], fields: dict[str, str]) -> dict[str, Any]:
    return {
        "post": {
            "summary": summary,
            "parameters": [
                {
                    "name": "X-Twilio-Signature",
                    "in": "header",
                    "required": True,
                    "schema": {"type": "string"},
                }
            ],
            "requestBody": {
                "required": True,
                "content": {
                    _FORM: {
                        "schema": {
                            "type": "object",
                            "required": required,
                            "properties": {
                                k: {"type": "string", "description": v} for k, v in fields.items()
                            },
                        }
                    }
                },
            },
            "responses": {
                "200": {"description": "TwiML", "content": {"application/xml": {}}},
                "400": {"description": "malformed request"},
                "403": {"description": "missing or bad signature"},
                "413": {"description": "request too large"},
                "415": {"description": "not form-encoded"},
            },
        }
    }


def _api(summary: str, params: list[dict[str, Any]], schema: dict[str, Any]) -> dict[str, Any]:
    return {
        "get": {
            "summary": summary,
            "security": [{"bearer": []}],
            "parameters": params,
            "responses": {
                "200": {"description": "OK", "content": {"application/json": {"schema": schema}}},
                "400": {"description": "bad parameter"},
                "401": {"description": "missing or wrong bearer token"},
            },
        }
    }


EVENT = {
    "type": "object",
    "required": ["kind", "at", "client", "sid", "action"],
    "properties": {
        "kind": {"type": "string"},
        "at": {"type": "string", "format": "date-time"},
        "client": {"type": ["string", "null"]},
        "sid": {"type": ["string", "null"]},
        "action": {"type": "string"},
        "detail": {"type": "object"},
    },
}


def openapi() -> dict[str, Any]:
    call = {"CallSid": "provider call id", "From": "caller number", "To": "called number"}
    return {
        "openapi": "3.1.0",
        "info": {"title": "Boundaries", "version": __version__},
        "components": {"securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}}},
        "paths": {
            "/healthz": {
                "get": {
                    "summary": "Liveness",
                    "responses": {
                        "200": {
                            "description": "OK",
                            "content": {
                                "application/json": {
                                    "schema": {
                                        "type": "object",
                                        "properties": {"status": {"type": "string"}},
                                    }
                                }
                            },
                        }
                    },
                }
            },
            "/calendar/{token}.ics": {
                "get": {
                    "summary": "The standing calls as an iCalendar feed (SPEC §11)",
                    "parameters": [
                        {
                            "name": "token",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "string"},
                            "description": "The secret printed by `boundaries calendar url`.",
                        }
                    ],
                    "responses": {
                        "200": {
                            "description": "The feed",
                            "content": {"text/calendar": {"schema": {"type": "string"}}},
                        },
                        "304": {"description": "Not modified since the ETag or date given"},
                        "404": {"description": "Unknown token"},
                    },
                }
            },
            "/api/events": _api(
                "Stored events, oldest first",
                [
                    {
                        "name": "since",
                        "in": "query",
                        "schema": {"type": "string", "format": "date-time"},
                    },
                    {
                        "name": "limit",
                        "in": "query",
                        "schema": {"type": "integer", "minimum": 1, "maximum": 1000},
                    },
                ],
                {"type": "array", "items": EVENT},
            ),
            "/api/clients": _api(
                "Clients and their next standing call",
                [],
                {"type": "array", "items": {"type": "object"}},
            ),
            "/twilio/voice": _webhook("An incoming call", ["CallSid", "From"], call),
            "/twilio/gather": _webhook(
                "Keys pressed in the voicemail menu", ["CallSid"], {**call, "Digits": "keys"}
            ),
            "/twilio/recording": _webhook(
                "A voicemail recording is ready",
                ["RecordingSid"],
                {
                    "CallSid": "call",
                    "RecordingSid": "id",
                    "RecordingUrl": "url",
                    "RecordingDuration": "seconds",
                },
            ),
            "/twilio/transcription": _webhook(
                "A transcript is ready",
                ["TranscriptionSid"],
                {
                    "CallSid": "call",
                    "TranscriptionSid": "id",
                    "TranscriptionText": "text",
                    "TranscriptionStatus": "completed or failed",
                },
            ),
            "/twilio/status": _webhook(
                "Call status callback",
                ["CallSid", "CallStatus"],
                {
                    "CallSid": "call",
                    "CallStatus": "status",
                    "SequenceNumber": "order",
                    "CallDuration": "seconds",
                },
            ),
            **mail_paths(),
        },
    }

"""X-Twilio-Signature checks (HMAC-SHA1 of the public URL and the sorted POST parameters)."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from twilio.request_validator import RequestValidator

from boundaries.errors import SaidError, catalogued


class TokenError(SaidError):
    """No usable auth token; said in any language (locales/<lang>/cli.toml [serve])."""


def auth_token(configured: str | None = None) -> str:
    """The provider auth token: TWILIO_AUTH_TOKEN, else TWILIO_AUTH_TOKEN_FILE, else config."""
    token = os.environ.get("TWILIO_AUTH_TOKEN")
    if not token and os.environ.get("TWILIO_AUTH_TOKEN_FILE"):
        path = Path(os.environ["TWILIO_AUTH_TOKEN_FILE"])
        try:
            token = path.read_text(encoding="utf-8").strip()
        except OSError as exc:
            words = catalogued("cli", "serve.token_file", path=path, why=exc.strerror)
            raise TokenError(words) from None
    token = token or configured
    if not token:
        raise TokenError(catalogued("cli", "serve.no_token"))
    return token


class Signatures:
    """Validates and computes request signatures for one auth token (never logged)."""

    def __init__(self, token: str) -> None:
        self._validator = RequestValidator(token)

    def __repr__(self) -> str:
        return "Signatures(token=***)"

    def valid(
        self,
        url: str,
        params: Mapping[str, Any] | Sequence[tuple[str, str]] | str,
        signature: str | None,
    ) -> bool:
        """Whether `signature` signs `url` and the form `params` (a mapping, the form's
        (name, value) pairs with any repeated name, or a JSON body string).

        Linear in the size of the form: the library looks each name's values up again, which
        on a multi-dict scans the whole form per name (quadratic), so it gets the values
        grouped by name in one pass. (A repeated name's values are all signed.)"""
        if not signature:
            return False
        return bool(self._validator.validate(url, _grouped(params), signature))

    def sign(self, url: str, params: Mapping[str, Any]) -> str:
        """The signature the provider would send for this request."""
        return str(self._validator.compute_signature(url, params))


class _Values(dict[str, list[str]]):
    """Form values grouped by name, looked up in constant time (the library calls getall)."""

    def getall(self, name: str) -> list[str]:
        return self[name]


def _grouped(params: Mapping[str, Any] | Sequence[tuple[str, str]] | str) -> _Values | str:
    """One linear pass over a form (plain mapping, multi-dict or pairs) into values by
    name."""
    if isinstance(params, str):
        return params
    if isinstance(params, Sequence):
        items: Any = params
    else:
        items = params.multi_items() if hasattr(params, "multi_items") else params.items()
    grouped = _Values()
    for name, value in items:
        grouped.setdefault(name, []).append(value)
    return grouped

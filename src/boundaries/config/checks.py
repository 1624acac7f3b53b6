"""What the schema cannot say alone: schema errors worded with their fix, e-mail addresses,
phone regions, and what is left of a file once its invalid values are set aside (so that
every problem of a file is reported at once, SPEC §3)."""

from __future__ import annotations

import copy
import difflib
import json
import math
from collections.abc import Sequence
from functools import cache
from typing import Any

import phonenumbers
from email_validator import EmailNotValidError, validate_email
from pydantic_core import ErrorDetails

from boundaries.config.errors import told
from boundaries.errors import Said

Loc = tuple[str | int, ...]

_HINTS = frozenset({"currency", "id", "provider_api_url", "since", "exdates", "api_token"})
"""Keys whose value has a shape of its own, with its fix under [hint] of the catalogue."""


def _number_examples() -> dict[str, str]:
    """The example each number key's fix gives, as it is written in the file: the key's
    `examples` in the schema, else its default (a value the key takes, and one the product
    stands behind: "e.g. 30" ad-hoc calls a week would advise the opposite of it)."""
    from boundaries.config.schema import SECTIONS

    out: dict[str, str] = {}
    for _, model in SECTIONS:
        for name, field in model.model_fields.items():
            given = field.examples[0] if field.examples else field.default
            if isinstance(given, int | float) and not isinstance(given, bool):
                out[field.alias or name] = str(given)
    return out


NUMBER_EXAMPLES = _number_examples()
"""Key -> the example its fix gives ("adhoc_calls_per_week" -> "1")."""


# Lists whose items are tables, with the shape of one.
_TABLE_ITEMS = {
    "standing_calls": '[{ rrule = "FREQ=WEEKLY;BYDAY=FR", start = "10:00", minutes = 30 }]',
}


def _shown(value: object) -> str:
    """A value as it was written in the TOML file (near enough)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)  # "inf", "-inf", "nan", as TOML writes them
    if isinstance(value, str | int | float):
        return json.dumps(value, ensure_ascii=False)
    return type(value).__name__.replace("dict", "table").replace("list", "list")


_TYPED = {
    "bool_type": "bool",
    "int_type": "int",
    "float_type": "float",
    "string_type": "text",
    "model_type": "table",
    "dict_type": "table",
}
"""Pydantic's error types of a value of the wrong type, and their message under [schema]
(with "_quoted" for a value written in quotes, for those that have one)."""

_QUOTED = frozenset({"bool_type", "int_type", "float_type"})
"""Type errors whose fix differs for a value written in quotes ("2" for 2)."""


_BOUNDS = {
    "greater_than": ("more_than", "gt"),
    "greater_than_equal": ("at_least", "ge"),
    "less_than": ("less_than", "lt"),
    "less_than_equal": ("at_most", "le"),
}
"""Pydantic's error types of a number out of range: the words of the bound, its value in `ctx`."""


@cache
def _known_keys() -> tuple[str, ...]:
    """Every key the configuration's sections take (`schema`), for a misspelt one's fix."""
    from boundaries.config import schema

    models = [
        m for m in vars(schema).values() if isinstance(m, type) and hasattr(m, "model_fields")
    ]
    return tuple(sorted({name for m in models for name in m.model_fields}))


def explain(err: ErrorDetails) -> Said:
    """A schema error (pydantic's) in words, with its fix, for any language (the key and line
    are added by the caller). Pydantic's own words (`msg`) are said only for an error type
    that none of ours words."""
    kind, ctx = err["type"], err.get("ctx", {})
    key = next((str(p) for p in reversed(err["loc"]) if isinstance(p, str)), "")
    value = _shown(err.get("input"))
    hint = told("hint." + key) if key in _HINTS else None
    if kind == "extra_forbidden":
        close = difflib.get_close_matches(key, _known_keys(), n=1, cutoff=0.8)
        if close:  # "workinghours" → working_hours (trial36 §10)
            return told("schema.unknown_key_like", known=close[0])
        return told("schema.unknown_key")
    if kind == "missing":
        return told("schema.missing")
    quoted = isinstance(err.get("input"), str)  # the fix for "2" is not the fix for 30.5
    # An example that makes sense for this key (a value it takes), none for a key without one.
    eg = told("schema.for_example", value=NUMBER_EXAMPLES[key]) if key in NUMBER_EXAMPLES else ""
    if kind == "list_type":
        return _not_a_list(key, err.get("input"), value)
    if kind in _TYPED:
        name = _TYPED[kind] + ("_quoted" if quoted and kind in _QUOTED else "")
        return told("schema." + name, value=value, example=eg)
    if kind == "finite_number":
        return told("schema.not_finite", value=value, example=eg)
    if kind == "int_from_float":
        return told("schema.decimals", value=value)
    if kind == "literal_error":
        expected = ctx.get("expected")
        if expected is None:
            return told("schema.not_allowed", value=value, expected=told("schema.one_of_listed"))
        # pydantic lists the values "'a', 'b' or 'c'": its "or" is said in the language
        listed = Said(lambda lang: expected.replace(" or ", told("schema.or").said(lang)))
        return told("schema.not_allowed", value=value, expected=listed)
    if kind in _BOUNDS:
        words, name = _BOUNDS[kind]
        bound = told("schema." + words, n=ctx.get(name))
        return told("schema.out_of_range", value=value, bound=bound, example=eg)
    if kind == "string_too_short":
        if not err.get("input"):
            return told("schema.empty")
        least = ctx.get("min_length")
        fix = hint or told("schema.at_least_characters", n=least)
        return told("schema.too_short", n=least, fix=fix)
    if kind.startswith("date") or kind.startswith("datetime"):
        return told("schema.not_a_date", value=value, fix=hint or told("schema.date_like"))
    if kind == "string_pattern_mismatch":
        fix = hint or told("schema.see_readme_shape")
        return told("schema.not_valid_here", value=value, fix=fix)
    fix = hint or told("schema.see_readme")
    return told("schema.other", value=value, reason=err["msg"], fix=fix)


def _not_a_list(key: str, given: object, shown: str) -> Said:
    """A value that must be a list, with the fix for what was written instead: a single
    `[name]` table where `[[name]]` tables are meant (one per entry), or one value that
    brackets turn into a list of it."""
    if key in _TABLE_ITEMS:
        # (an inline table too, `standing_calls = { … }`: the fix is the brackets around it,
        # not a `[[standing_calls]]` header, trial36 §10)
        return told("list.like", value=shown, example=_TABLE_ITEMS[key])
    if isinstance(given, dict):
        return told("list.of_tables", name="client" if key == "clients" else key)
    if isinstance(given, str | int | float | bool):
        return told("list.brackets", value=shown)
    return told("list.other", value=shown)


def email_problem(address: str) -> Said | None:
    """Why `address` is not a usable e-mail address (RFC 5322 syntax, a domain with a dot), or
    None; the checker's reason (email_validator) in the catalogue's words (`_EMAIL_WHY`), so
    that a French consultant reads it in French (trial48 C1). Nothing is looked up: the check
    works offline."""
    try:
        validate_email(address, check_deliverability=False)
    except EmailNotValidError as exc:
        said = str(exc)
        kind = next((k for words, k in _EMAIL_WHY if words in said), "other")
        return told("value.email", address=address, why=told(f"email_why.{kind}"))
    return None


_EMAIL_WHY = (
    ("something before the @-sign", "before_at"),
    ("something after the @-sign", "after_at"),
    ("must have an @-sign", "no_at"),
    ("exactly one @-sign", "no_at"),
    ("should have a period", "no_period"),
    ("special-use or reserved", "reserved"),
    ("invalid characters", "characters"),
    ("period", "periods"),
)
"""Words of email_validator's reasons (its English messages) and the catalogue's kind for
each, the first found (the more particular first)."""


def currency_problem(code: str) -> Said | None:
    """Why `code` is not an ISO 4217 currency code (Babel's list, offline), or None."""
    from babel.numbers import list_currencies

    if code in list_currencies():
        return None
    return told("value.currency", code=code)


def region_problem(region: str) -> Said | None:
    """Why `region` is not a region the phonenumbers library knows (ISO 3166 alpha-2), or
    None."""
    if region.upper() in phonenumbers.SUPPORTED_REGIONS:
        return None
    return told("value.region", region=region)


def _order(loc: Sequence[str | int]) -> tuple[int, tuple[tuple[int, int, str], ...]]:
    return len(loc), tuple((1, p, "") if isinstance(p, int) else (0, 0, p) for p in loc)


STAND_INS: dict[str, object] = {
    "name": "(set aside)",
    "email": "set-aside@example.org",
    "phone": "",
    "timezone": "",
    "rrule": "",
    "start": "",
    "minutes": 30,
}
"""Values put in place of a required key that is missing or was set aside (a client's `id`
gets a unique one), so that the rest of its table is still checked. They only need to pass
the schema: what the later checks say about a stand-in is dropped (`Salvage.stood_in`)."""


class Salvage:
    """The raw TOML data with the values the schema refused set aside, and the way back from
    a location in what is left to the location in the file (list items may have gone)."""

    def __init__(self, raw: dict[str, Any]) -> None:
        self.raw = copy.deepcopy(raw)
        self._kept: dict[Loc, list[int]] = {}  # list path (file indices) -> file indices kept
        self._set_aside: set[Loc] = set()
        self._stood_in: set[Loc] = set()  # locations in the file that hold a stand-in

    def original(self, loc: Sequence[str | int]) -> Loc:
        """Where `loc` (in what is left) is in the file."""
        out: list[str | int] = []
        for part in loc:
            if isinstance(part, int):
                kept = self._kept.get(tuple(out))
                out.append(kept[part] if kept is not None and part < len(kept) else part)
            else:
                out.append(part)
        return tuple(out)

    def was_set_aside(self, loc: Sequence[str | int]) -> bool:
        """Whether the value at `loc` (a location in the file) was refused and set aside."""
        return tuple(loc) in self._set_aside

    def stood_in(self, loc: Sequence[str | int]) -> bool:
        """Whether `loc` (a location in the file) holds a stand-in, or is inside one: what is
        found there is about the stand-in, and the file's own value was named already."""
        return any(tuple(loc[: len(s)]) == s for s in self._stood_in)

    def set_aside(self, errors: list[ErrorDetails]) -> bool:
        """Remove what each error is about. A required key that is missing (or was removed)
        gets a stand-in (`STAND_INS`), so the rest of its table is still checked; one without
        a stand-in, or whose stand-in is refused too, takes the list item holding it along.
        False when nothing more can be removed (a required section is at fault)."""
        progress = False
        # Deepest first, and the last items of a list before the first, so that removing one
        # does not move another that is still to be removed.
        for err in sorted(errors, key=lambda e: _order(e["loc"]), reverse=True):
            loc = tuple("client" if p == "clients" else p for p in err["loc"])
            if err["type"] == "missing" and self._stand_in(loc):
                progress = True
                continue
            if err["type"] == "missing" or self.original(loc) in self._set_aside:
                loc = self._item_of(loc)
                if not loc:
                    return False
            progress |= self._remove(loc)
        return progress

    def _stand_in(self, loc: Loc) -> bool:
        """Put a stand-in at `loc`; False when its key has none or already had one."""
        key, where = loc[-1], self.original(loc)
        if not isinstance(key, str) or where in self._stood_in:
            return False
        if key == "id":
            value: object = f"set-aside-{len(self._stood_in) + 1}"
        elif key in STAND_INS:
            value = STAND_INS[key]
        else:
            return False
        node = self._parent(loc)
        if not isinstance(node, dict):
            return False
        node[key] = value
        self._stood_in.add(where)
        return True

    def _parent(self, loc: Loc) -> Any:
        """The table or list that holds the value at `loc` in the raw file, None when the
        path does not lead there."""
        node: Any = self.raw
        for part in loc[:-1]:
            try:
                node = node[part]
            except (KeyError, IndexError, TypeError):
                return None
        return node

    def _item_of(self, loc: Loc) -> Loc:
        """The list item a location is inside ((), when it is in no list)."""
        for end in range(len(loc) - 1, 0, -1):
            if isinstance(loc[end], int):
                return loc[: end + 1]
        return ()

    def _remove(self, loc: Loc) -> bool:
        node = self._parent(loc)
        last = loc[-1]
        if isinstance(node, dict) and isinstance(last, str) and last in node:
            del node[last]
            self._set_aside.add(self.original(loc))
            return True
        if isinstance(node, list) and isinstance(last, int) and last < len(node):
            path = self.original(loc[:-1])
            kept = self._kept.setdefault(path, list(range(len(node))))
            del node[last]
            del kept[last]
            return True
        return False

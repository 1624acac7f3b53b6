"""Click's own messages (an unknown option, a missing value, a file that does not exist) in
the language the command speaks (`cli.language.spoken`: the configuration's, else the
terminal's locale), as SPEC §2 asks of every message to the consultant.

Click says these words through `gettext` (Click's documentation, "Internationalization"),
bound by name in each of its modules; `speak_through_click` rebinds those names to a lookup
in locales/<lang>/click.po, read with Babel on the first message Click says, so start-up
reads nothing. A message the catalogue does not hold stays in Click's English."""

from __future__ import annotations

import gettext
import sys
from functools import cache
from importlib import resources
from io import BytesIO

from boundaries.languages import LANGUAGES

_CLICK_MODULES = (
    "click.core",
    "click.decorators",
    "click.exceptions",
    "click.formatting",
    "click.parser",
    "click.termui",
    "click.types",
    "click.utils",
)


@cache
def click_catalogue(lang: str) -> gettext.NullTranslations:
    """The translations of Click's messages into `lang` ("fr"; "en" and any language without
    a catalogue read Click's own English). Raises `OSError`/`ValueError` only for a damaged
    package (the catalogue ships with it)."""
    if lang not in LANGUAGES or lang == "en":
        return gettext.NullTranslations()
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    source = resources.files("boundaries.locales").joinpath(lang, "click.po")
    with source.open("rb") as po:
        catalog = read_po(po, locale=lang)
    compiled = BytesIO()
    write_mo(compiled, catalog)
    compiled.seek(0)
    return gettext.GNUTranslations(compiled)


def _spoken() -> gettext.NullTranslations:
    from boundaries.cli.language import spoken

    return click_catalogue(spoken())


def click_gettext(message: str) -> str:
    """`message` (one of Click's message ids) in the language the command speaks."""
    return _spoken().gettext(message)


def click_ngettext(singular: str, plural: str, n: int) -> str:
    """The singular or plural form of a Click message for `n`, in the spoken language."""
    return _spoken().ngettext(singular, plural, n)


def speak_through_click() -> None:
    """Make Click say its messages through `click_gettext`/`click_ngettext` (idempotent).
    Click's modules import `gettext as _` and `ngettext` by name; those names are rebound in
    each module that is loaded."""
    for name in _CLICK_MODULES:
        module = sys.modules.get(name)
        if module is None:
            continue
        if hasattr(module, "_"):
            module._ = click_gettext  # type: ignore[attr-defined]
        if hasattr(module, "ngettext"):
            module.ngettext = click_ngettext  # type: ignore[attr-defined]

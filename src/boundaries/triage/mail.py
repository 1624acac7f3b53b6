"""The new text of an email: quoted history, signatures and legal footers removed."""

from __future__ import annotations

import re

_QUOTE_HEADERS = [
    re.compile(r"^\s*on .{0,200}wrote\s*:?\s*$", re.I),
    re.compile(r"^\s*le .{0,200}a [ée]crit\s*:?\s*$", re.I),
    re.compile(r"^\s*-{2,}\s*(original message|message d'origine|forwarded message)", re.I),
    re.compile(r"^\s*(from|de)\s*:\s.*$", re.I),
    re.compile(r"^\s*_{5,}\s*$"),
]
_SIGNATURE_START = [
    re.compile(r"^\s*--\s*$"),
    re.compile(r"^\s*(sent from my|envoy[ée] de mon|envoy[ée] depuis|get outlook for)", re.I),
]
_FOOTER = re.compile(
    r"(this (e-?mail|message) (and any|is confidential|may contain)|ce (message|courriel|mail) "
    r"(et|est|peut)|confidential|confidentiel|please consider the environment|pensez a "
    r"l'environnement|unsubscribe|se d[ée]sinscrire)",
    re.I,
)
_CLOSING = re.compile(
    r"^\s*(thanks?( you)?( so much| again| in advance)?|many thanks|cheers|best( regards| wishes)?|"
    r"kind regards|regards|warm(est)? regards|with thanks|all the best|talk soon|thx|"
    r"merci( beaucoup| d'avance| encore| bien)?|cordialement|bien cordialement|"
    r"bien [àa] (vous|toi)|belle (journ[ée]e|soir[ée]e)|bonne (journ[ée]e|soir[ée]e|fin de "
    r"(journ[ée]e|semaine|ann[ée]e))|[àa] bient[ôo]t|bises|amiti[ée]s|sinc[èe]rement|"
    r"salutations|tr[èe]s cordialement|merci et bonnes? .{0,20})\s*[,.!]*\s*.{0,3}$",
    re.I,
)


def new_text(body: str) -> str:
    """The part of an email body its sender just wrote."""
    lines = body.replace("\r\n", "\n").split("\n")
    kept: list[str] = []
    for line in lines:
        if line.lstrip().startswith(">"):
            break
        if any(p.match(line) for p in _QUOTE_HEADERS) and kept:
            break
        if any(p.match(line) for p in _SIGNATURE_START):
            break
        kept.append(line)
    # Cut at the closing formula ("Thanks,", "Cordialement,") once something was said.
    for i, line in enumerate(kept):
        if i > 0 and _CLOSING.match(line) and any(k.strip() for k in kept[:i]):
            kept = kept[: i + 1]
            break
    paragraphs = "\n".join(kept).split("\n\n")
    paragraphs = [p for p in paragraphs if not _FOOTER.search(p)]
    return "\n\n".join(paragraphs).strip()

"""The error raised for a configuration that cannot be used, listing every problem, in the
consultant's language (locales/<lang>/config.toml, SPEC §2, §3)."""

from __future__ import annotations

from dataclasses import dataclass

from boundaries.errors import Said, SaidError, catalogued


def told(key: str, /, **values: object) -> Said:
    """The message `key` ("section.name") of locales/<lang>/config.toml filled with `values`:
    English as a `str`, any language by `said(lang)`."""
    return Said(catalogued("config", key, **values))


def in_language(text: str, lang: str) -> str:
    """`text` in `lang` when it is catalogued (a `Said`), else as it is."""
    return text.said(lang) if isinstance(text, Said) else text


@dataclass(frozen=True)
class Problem:
    """One thing wrong in the configuration: where, what, and how to fix it. `key` and
    `message` are English as `str` (logs, tests); those made by `told` say themselves in any
    language (`said`)."""

    key: str
    message: str
    line: int | None = None

    def said(self, lang: str) -> str:
        """The message in `lang` ("fr" or "en")."""
        return in_language(self.message, lang)


class ConfigError(SaidError):
    """The configuration file was refused; `problems` says why, each with its key and line.

    `language` is the `consultant.language` ("fr", "en") of a file that could be read as TOML,
    even one refused for its other keys, else None: the language to refuse it in."""

    def __init__(self, source: str, problems: list[Problem], language: str | None = None) -> None:
        self.source = source
        self.problems = problems
        self.language = language
        super().__init__(self._words)

    def _words(self, lang: str) -> str:
        """The header line ("…: configuration refused (2 problem(s)):") and every problem,
        with its place (file:line) and key, in `lang`."""
        from boundaries.i18n import said

        lines = [said("config", lang, "refused.header", source=self.source, n=len(self.problems))]
        for p in self.problems:
            where = f"{self.source}:{p.line}" if p.line else self.source
            lines.append(
                said(
                    "config",
                    lang,
                    "refused.problem",
                    where=where,
                    key=in_language(p.key, lang),
                    message=p.said(lang),
                )
            )
        return "\n".join(lines)

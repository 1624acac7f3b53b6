"""The error raised for a configuration that cannot be used, listing every problem."""

from __future__ import annotations

from dataclasses import dataclass

from boundaries.errors import BoundariesError


@dataclass(frozen=True)
class Problem:
    """One thing wrong in the configuration: where, what, and how to fix it."""

    key: str
    message: str
    line: int | None = None


class ConfigError(BoundariesError):
    """The configuration file was refused; `problems` says why, each with its key and line."""

    def __init__(self, source: str, problems: list[Problem]) -> None:
        self.source = source
        self.problems = problems
        super().__init__(self.render())

    def render(self) -> str:
        lines = [f"{self.source}: configuration refused ({len(self.problems)} problem(s)):"]
        for p in self.problems:
            where = f"{self.source}:{p.line}" if p.line else self.source
            lines.append(f"  {where}: {p.key}: {p.message}")
        return "\n".join(lines)

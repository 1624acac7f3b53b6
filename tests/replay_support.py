"""An events file for `simulate` with one voicemail heard (SPEC §6 events)."""

from __future__ import annotations

import json
from pathlib import Path


def one_voicemail(path: Path, number: str, rang_at: str, said_at: str, said: str) -> Path:
    """Write to `path` two calls from `number`: the first, at `rang_at`, rings through (the
    week's ad-hoc allowance); the second, at `said_at` (ISO 8601 with offset), goes to
    voicemail and says `said`. Returns `path`."""
    calls = [{"at": rang_at, "voicemail": ""}, {"at": said_at, "voicemail": said}]
    path.write_text(
        "".join(
            json.dumps({"type": "call", "from": number, "duration_min": 2, **call}) + "\n"
            for call in calls
        ),
        encoding="utf-8",
    )
    return path


def simulated_mail(events: Path) -> str:
    """What `boundaries simulate --mail` prints for `events` on the example configuration;
    fails the test on a non-zero exit."""
    from click.testing import CliRunner

    from boundaries.cli.main import cli
    from tests.conftest import EXAMPLES

    args = ["simulate", "--config", str(EXAMPLES / "boundaries.toml"), "--events", str(events)]
    result = CliRunner().invoke(cli, [*args, "--mail"])
    assert result.exit_code == 0, result.output
    return result.output

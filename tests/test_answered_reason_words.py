"""The reason a status check is linked to an update names the words the two share as the
update writes them ("foundation, grant, report"), not the keys they are matched by ("founda",
trial38 §7: seen in the README's tour)."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import EXAMPLES, ROOT


def test_the_answered_by_reason_names_whole_words():
    lines = (EXAMPLES / "messages.jsonl").read_text(encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "boundaries", "triage", "--updates", str(EXAMPLES / "sent.jsonl")],
        input=lines, capture_output=True, text=True, cwd=ROOT, check=True,
    )  # fmt: skip
    reasons = [
        r
        for line in done.stdout.splitlines()
        for r in json.loads(line)["reasons"]
        if r.startswith("already answered by update")
    ]
    assert reasons, done.stdout
    said = " ".join(reasons)
    assert "foundation" in said and "founda," not in said and "founda " not in said, said

"""A Ctrl-C while `boundaries` starts ends with one line and status 130, never a traceback
nor Click's "Aborted!" with status 1 (session-42 newcomer check: 0.05 s after start a
KeyboardInterrupt traceback, 0.2-0.4 s after start "Aborted!" and 1).

The interruption is made to land at a chosen import (a finder on `sys.meta_path` sends the
process SIGINT when the module named is about to load), so each moment is hit every run."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CONFIG = str(ROOT / "examples" / "boundaries.toml")

INTERRUPTING = """
import importlib.abc, os, signal, sys

# a run started in the background inherits SIGINT ignored: Python's own handler, as at a terminal
signal.signal(signal.SIGINT, signal.default_int_handler)

AT = sys.argv[1]

class Interrupting(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        global AT
        if name == AT:  # once, as one Ctrl-C
            AT = None
            os.kill(os.getpid(), signal.SIGINT)
        return None

sys.meta_path.insert(0, Interrupting())
sys.argv = ["boundaries", *sys.argv[2:]]
from boundaries.cli.main import main
main()
"""


def _run(module: str, *args: str, lang: str = "C.UTF-8") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LANG": lang, "LC_ALL": "", "LC_MESSAGES": ""}
    return subprocess.run(
        [sys.executable, "-c", INTERRUPTING, module, *args],
        input="",
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
        env=env,
        cwd=ROOT,
    )


@pytest.mark.parametrize(
    ("module", "args"),
    [
        # the command group itself, imported by the entry point
        ("boundaries.cli.app", ("check", "--config", CONFIG)),
        ("boundaries.cli.language", ("check", "--config", CONFIG)),
        # a command's module, loaded by the group when the command runs
        ("boundaries.cli.check", ("check", "--config", CONFIG)),
        # what the command loads as it runs: the configuration's reader
        ("boundaries.config", ("check", "--config", CONFIG)),
        # the triage before its answering loop (which says where to resume)
        ("boundaries.triage", ("triage", "--rules-only")),
    ],
)
def test_ctrl_c_while_starting_exits_130_with_one_line(module, args):
    done = _run(module, *args)
    assert done.returncode == 130, done.stderr
    assert "Traceback" not in done.stderr
    assert "Aborted" not in done.stderr
    assert "Interrupted (Ctrl-C)" in done.stderr
    assert done.stdout == ""


def test_the_interruption_is_said_in_the_terminals_language_before_a_config_is_read():
    done = _run("boundaries.cli.app", "check", "--config", CONFIG, lang="fr_FR.UTF-8")
    assert done.returncode == 130, done.stderr
    assert "Interrompu (Ctrl-C)" in done.stderr


def test_a_command_run_to_its_end_is_not_touched():
    done = _run("no.such.module", "check", "--config", CONFIG)
    assert done.returncode == 0, done.stderr
    assert "Interrupted" not in done.stderr

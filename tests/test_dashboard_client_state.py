"""The dashboard says what the figures and the agenda cannot: weeks in which nothing was
recorded for any client (the service was not running) have no figures, not zeros (trial37 §6;
the JSON's `trend[].recorded`), and a call the client asked to move is named (trial38 §6)."""

from __future__ import annotations

import math
import re
from datetime import timedelta

from boundaries.web.dashboard.charts import Trend, _plot
from tests.dashboard_support import END_OF_MONTH, running_site, signed_in


def test_an_unrecorded_week_gets_neither_a_bar_nor_a_point():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    trend = Trend(("Oct 12", "Oct 19", "Oct 26"), (6, 0, 4), (3, 0, 2), "Calls",
                  "Interruptions", recorded=(True, False, True))  # fmt: skip
    fig, ax = plt.subplots()
    try:
        _plot(ax, trend, {"text": "#000", "grid": "#ccc", "bar": "#00f", "line": "#f00"})
        heights = [p.get_height() for p in ax.patches]
        assert heights[0] == 6 and heights[2] == 4 and math.isnan(heights[1])
        [line] = ax.get_lines()
        points = list(line.get_ydata())
        assert points[0] == 3 and points[2] == 2 and math.isnan(points[1])
    finally:
        plt.close(fig)


def test_the_table_says_nothing_was_recorded_instead_of_zeros(tmp_path):
    with running_site(f"sqlite:///{tmp_path / 'b.sqlite3'}") as site:
        site.clock.now = END_OF_MONTH + timedelta(weeks=3)  # three weeks after the last event
        with signed_in(site) as browser:  # the example consultant reads French
            page = browser.get("/clients/horizon?weeks=5")
    assert page.status_code == 200, page.text
    table = page.text[page.text.index('<table class="numbers">') :]
    table = table[: table.index("</table>")]
    rows = re.findall(r"<tr><th scope=\"row\">.*?</tr>", table)
    said = "rien d&#39;enregistré (le service ne tournait pas)"
    unrecorded = [r for r in rows if said in r]
    recorded = [r for r in rows if said not in r]
    assert len(unrecorded) >= 2, table
    assert recorded and all(r.count("<td>") == 3 for r in recorded), table
    assert all("<td>0</td>" not in r for r in unrecorded), table


def _pages_after_a_move_request(tmp_path, monkeypatch, *paths: str) -> list[str]:
    """The dashboard's `paths`, signed in, once Marc (Association Horizon) said he cannot make
    Friday's call (what clients said read again at once, not after `IN_QUESTION_SECONDS`)."""
    from tests.mail_support import voicemail

    monkeypatch.setattr("boundaries.web.app.IN_QUESTION_SECONDS", 0.0)
    with running_site(f"sqlite:///{tmp_path / 'b.sqlite3'}") as site:
        asked = "bonjour claire c'est marc je ne pourrai pas être là vendredi pour le point"
        voicemail(site.store, site.store.account_id(), "REmove", "horizon", END_OF_MONTH, asked)
        with signed_in(site) as browser:
            return [browser.get(path).text for path in paths]


def test_the_client_page_says_which_call_the_client_asked_to_move(tmp_path, monkeypatch):
    """trial38 §6: after « je ne pourrai pas être là vendredi pour le point », the client page
    listed the next call's agenda with no sign that the call was in question."""
    horizon, velo = _pages_after_a_move_request(
        tmp_path, monkeypatch, "/clients/horizon", "/clients/velo"
    )
    [note] = re.findall(r'<p class="warn in-question">(.*?)</p>', horizon)
    assert "Association Horizon a demandé de déplacer ou d&#39;annuler le point du" in note
    assert "13 nov." in note, note
    assert "in-question" not in velo


def test_a_transcript_cut_when_received_says_so_on_its_page(tmp_path):
    """trial39 §9: a 22,600-character transcript kept as its first 16,384 characters was
    shown whole, with no word that the rest was lost."""
    from boundaries.store.records import StoredEvent

    with running_site(f"sqlite:///{tmp_path / 'b.sqlite3'}") as site:
        kept = "mot " * 4096
        site.store.record(
            site.store.account_id(),
            [
                StoredEvent(
                    kind="transcription",
                    at=END_OF_MONTH,
                    action="agenda",
                    client="horizon",
                    sid="TRlong",
                    detail={"text": kept, "text_cut": {"kept": len(kept), "sent": 22600}},
                )
            ],
        )
        with signed_in(site) as browser:
            page = browser.get("/clients/horizon/said?kind=transcription&sid=TRlong").text
    [note] = re.findall(r'<p class="warn" id="cut">(.*?)</p>', page)
    assert "22\u202f600" in note or "22 600" in note or "22\xa0600" in note, note
    assert "16\u202f384" in note or "16 384" in note or "16\xa0384" in note, note


def test_the_week_page_marks_a_next_call_the_client_asked_to_move(tmp_path, monkeypatch):
    """trial40 §4: the client page named the call in question, the week page did not."""
    [week] = _pages_after_a_move_request(tmp_path, monkeypatch, "/")
    marks = re.findall(r'<span class="tag in-question">(.*?)</span>', week)
    assert marks == ["à revoir, à la demande du client"], marks


def test_the_client_page_gives_the_coachs_verdict_before_the_next_steps_text(tmp_path):
    """trial41 §7: with a step recorded a few days ago, `coach` says it is too early to judge
    and to stay at the step, while the client page offered the next step's letter with a
    copy button and nothing else; it now says the step's day, the verdict and to stay."""
    from click.testing import CliRunner

    from boundaries.cli.main import cli
    from tests.conftest import EXAMPLES

    url = f"sqlite:///{tmp_path / 'b.sqlite3'}"
    with running_site(url) as site:
        recorded = CliRunner().invoke(
            cli,
            ["coach", "--config", str(EXAMPLES / "boundaries.toml"), "--database", url,
             "--client", "horizon", "--record", "defer", "--on", "2026-11-02"],
        )  # fmt: skip
        assert recorded.exit_code == 0, recorded.output
        with signed_in(site) as browser:
            page = browser.get("/clients/horizon").text.replace("&#39;", "'")
    said = " ".join(page.split())
    assert "Étape franchie : la messagerie et les réponses différées, le 2 novembre" in said
    [verdict] = re.findall(r'<p id="verdict">(.*?)</p>', said)
    assert verdict.startswith("Trop tôt pour juger"), verdict
    [next_step] = re.findall(r'<p id="next-step">(.*?)</p>', said)
    assert next_step.startswith("Restez à l'étape en cours pour l'instant"), next_step
    assert said.index('id="verdict"') < said.index('id="script"')

"""Topics told to clients in replies and agendas (SPEC §5 `topic`, §10), on the kinds an
outside tester found wrong (newcomer19 H6–H11, M9, L1–L3): each test is a case of that kind
in other words than the tester's."""

from __future__ import annotations

import pytest

from boundaries.triage import Message, classify


def topic(text: str, channel: str = "email", subject: str = "") -> str:
    return classify(Message("t", channel, text, subject=subject)).topic


# H6: a server's tag before "Re:" hides neither the reply nor the new matter it raises.
@pytest.mark.parametrize(
    ("subject", "text", "expected"),
    [
        (
            "[External] Re: Monthly check-in",
            "Great, thanks. Another thing: the warehouse barcode scanner contract.\n\nIona",
            "warehouse barcode scanner contract",
        ),
        (
            "[EXT] RE: Printer lease",
            "Perfect. Separately, the directors want to discuss the intranet search tool.\n\nAli",
            "intranet search tool",
        ),
        (
            "[Externe] RE: Sauvegardes",
            "Merci. Par ailleurs, la gérante voudrait qu'on parle du contrat de téléphonie"
            " mobile.\n\nNadia",
            "contrat de téléphonie mobile",
        ),
        (
            "EXTERNAL: Re: Monthly check-in",
            "Great, thanks. Another thing: the warehouse barcode scanner contract.\n\nIona",
            "warehouse barcode scanner contract",
        ),
    ],
)
def test_a_tagged_reply_names_the_matter_it_adds(subject: str, text: str, expected: str) -> None:
    assert topic(text, subject=subject).lower() == expected


def test_a_tagged_subject_is_read_past_its_tags() -> None:
    from boundaries.triage.mail import untagged_subject

    assert untagged_subject("[External] [list] Re: Backups") == "Re: Backups"
    assert untagged_subject("*EXTERNAL* Fwd: invoice") == "Fwd: invoice"
    assert untagged_subject("[External]") == "[External]"  # nothing after it: kept
    assert topic("Can you look at this?", subject="[EXT] Firewall renewal") == "Firewall renewal"

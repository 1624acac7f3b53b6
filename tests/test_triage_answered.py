"""Answered-by (SPEC §5): a status check is linked to the update that answers it, and never to
an update on another item of the same client ("a wrong link is worse than none").

The first tests are a tester's reproductions (probe findings S2, issue 8 item 6); the others
are further cases of the same kinds, in other words, so the fix is the mechanism and not the
examples: another item of the same kind (document, year, "the second/other one", "the
January one", "… too?", "What about …"), a later stage than the update reports, and first
names that are not topic words.
"""

from __future__ import annotations

import pytest

from boundaries.triage.answered import Update, UpdateIndex
from boundaries.triage.answered_items import conflict, describe
from tests.answered_support import linked_update, sent_update

AT = "2026-11-30T09:00:00Z"


# The tester's updates (probe cases k4_updates.jsonl), as the consultant sent them.
PROBE_UPDATES = [
    sent_update(
        "u1",
        "jen@trust.example",
        "Donor report",
        "Hi Jen, the donor report is finished, I sent the PDF to your board secretary this "
        "morning.",
        "2026-11-27T09:00:00+00:00",
    ),
    sent_update(
        "u2",
        "marc@asso.example",
        "Devis plaquette",
        "Bonjour Marc, le devis de l'imprimeur pour la plaquette est validé ; livraison prévue "
        "le 4 décembre.",
        "2026-11-27T10:00:00+00:00",
    ),
    sent_update(
        "u3",
        "marc@asso.example",
        "Website migration",
        "Hi Marc, the website migration to the new host was completed on Friday; DNS is "
        "switched and everything is live.",
        "2026-11-28T16:00:00+00:00",
    ),
    sent_update(
        "u4",
        "tom@coop.example",
        "Grant application",
        "Tom, the grant application was submitted to the foundation yesterday, reference "
        "GA-2291. They answer in January.",
        "2026-11-26T12:00:00+00:00",
    ),
    sent_update(
        "u5",
        "anne@school.example",
        "Budget 2027",
        "Anne, I'm still working on the 2027 budget, you'll have a draft on Wednesday.",
        "2026-11-29T08:00:00+00:00",
    ),
]


def linked(text: str, sender: str, updates: list[Update], channel: str = "email") -> str | None:
    return linked_update(text, sender, updates, at=AT, channel=channel)


@pytest.mark.parametrize(
    ("text", "sender"),
    [
        # invoice for the brochure ≠ the printer's quote for it (u2)
        ("Hi, has the printer sent the invoice for the brochure yet? Marc", "marc@asso.example"),
        # the online shop's move to Shopify ≠ the website's move to a new host (u3)
        (
            "Bonjour, où en est la migration de la boutique en ligne vers Shopify ? Marc",
            "marc@asso.example",
        ),
        # the SECOND grant application ≠ the one submitted (u4)
        (
            "Tom here: where are we with the second grant application, the one for the city "
            "council?",
            "tom@coop.example",
        ),
        # donor thank-you letters ≠ donor report (u1)
        ("Jen again, where are we with the donor thank-you letters?", "jen@trust.example"),
        # 2026 budget revision ≠ 2027 budget (u5)
        ("Hi Anne, where are we with the 2026 budget revision? Anne", "anne@school.example"),
        # the other association's site ≠ Marc's site (u3)
        (
            "Marc ici, le site de l'autre association, celui des bénévoles, il est migré aussi ?",
            "marc@asso.example",
        ),
    ],
)
def test_a_check_about_another_item_of_the_same_client_is_not_linked(text: str, sender: str):
    assert linked(text, sender, PROBE_UPDATES) is None


def test_a_bid_that_went_in_is_the_grant_application_that_was_submitted():
    assert (
        linked("Did the foundation bid go in? Tom", "tom@coop.example", PROBE_UPDATES, "sms")
        == "u4"
    )


@pytest.mark.parametrize(
    ("text", "sender", "update"),
    [
        ("Hi Sam, where are we with the report for the donors? Jen", "jen@trust.example", "u1"),
        ("Bonjour, le rapport pour les donateurs est-il prêt ? Jen", "jen@trust.example", "u1"),
        ("Hi, any news on the printer's quote for the brochure? Marc", "marc@asso.example", "u2"),
        ("Salut, quand est-ce que la plaquette sera livrée ? Marc", "marc@asso.example", "u2"),
        ("Bonjour, la migration du site est-elle terminée ? Marc", "marc@asso.example", "u3"),
        ("Is the new site up and running on the new host? Marc", "marc@asso.example", "u3"),
        ("Hi Anne here, where are we with the 2027 budget?", "anne@school.example", "u5"),
    ],
)
def test_a_check_about_the_same_item_is_still_linked(text: str, sender: str, update: str):
    assert linked(text, sender, PROBE_UPDATES) == update


# Further cases of the same kinds, in words the reproductions do not use.
GALA = [
    sent_update(
        "g1",
        "lena@festival.example",
        "Traiteur du gala",
        "Bonjour Léna, le devis du traiteur pour le gala est accepté, la dégustation est "
        "calée au 12 janvier.\n\nClaire",
        "2026-11-20T10:00:00+00:00",
    ),
    sent_update(
        "g2",
        "lena@festival.example",
        "Rapport d'activité 2025",
        "Léna, le rapport d'activité 2025 est envoyé au conseil régional, ils répondent "
        "sous trois semaines.\n\nClaire",
        "2026-11-21T10:00:00+00:00",
    ),
    sent_update(
        "g3",
        "lena@festival.example",
        "English translation done",
        "Hi Léna, the English translation of the programme is finished and online.\n\nClaire",
        "2026-11-22T10:00:00+00:00",
    ),
    sent_update(
        "g4",
        "lena@festival.example",
        "Subvention départementale",
        "Léna, la demande de subvention au département est déposée sur le portail ce matin."
        "\n\nClaire",
        "2026-11-23T10:00:00+00:00",
    ),
]


@pytest.mark.parametrize(
    "text",
    [
        # another document of the same kind: an invoice, not the quote
        "Claire, la facture du traiteur pour le gala est arrivée ? Léna",
        # another year
        "Bonjour Claire, où en est le rapport d'activité 2026 ? Léna",
        # a sibling named as such
        "Claire, et l'autre traduction, celle en espagnol, elle avance ? Léna",
        # a follow-up about another item
        "Thanks Claire! What about the Spanish translation of the programme?",
        # a further item ("too")
        "Claire, is the programme printed too?",
        # a later stage: the region's answer, when the update only says it was sent
        "Bonjour Claire, le conseil régional a répondu pour le rapport d'activité 2025 ? Léna",
        # a later stage: the grant paid, when the update only says it was filed
        "Claire, la subvention du département a été versée ? Léna",
    ],
)
def test_other_items_and_later_stages_in_other_words_are_not_linked(text: str):
    assert linked(text, "lena@festival.example", GALA) is None


@pytest.mark.parametrize(
    ("text", "update"),
    [
        ("Claire, le traiteur a accepté notre devis pour le gala ? Léna", "g1"),
        ("Bonjour Claire, le rapport d'activité 2025 est parti ? Léna", "g2"),
        ("Claire, is the English translation of the programme online yet?", "g3"),
        ("Claire, la demande de subvention au département est partie ? Léna", "g4"),
    ],
)
def test_the_same_items_in_other_words_are_linked(text: str, update: str):
    assert linked(text, "lena@festival.example", GALA) == update


def test_first_names_are_not_topic_words():
    index = UpdateIndex(PROBE_UPDATES)
    keys = index.check_keys("Marc ici : Tom m'a dit que Jen et Anne attendent le logo. Marc")
    assert not keys & {"marc", "tom", "jen", "anne"}
    assert "logo" in keys


def test_a_later_stage_links_when_the_update_tells_it():
    told = [
        sent_update(
            "r1",
            "lena@festival.example",
            "Rapport 2025 : réponse de la Région",
            "Léna, la Région a répondu : le rapport d'activité 2025 est validé, le solde arrive "
            "en février.\n\nClaire",
            "2026-11-25T10:00:00+00:00",
        )
    ]
    text = "Bonjour Claire, le conseil régional a répondu pour le rapport d'activité 2025 ? Léna"
    assert linked(text, "lena@festival.example", told) == "r1"


def test_conflict_names_the_items_that_differ():
    check = describe("Has the printer sent the invoice for the brochure?", question_only=True)
    update = describe("Devis plaquette\nLe devis de l'imprimeur pour la plaquette est validé.")
    assert (
        conflict(check, update) == "asks about brochure/invoice, the update is about brochure/quote"
    )
    same = describe("Has the printer accepted the quote?", question_only=True)
    assert conflict(same, update) is None


@pytest.mark.parametrize(
    "text",
    [
        "Is he the only one left to set up, or are there others?",
        "Just wondering what happened with the labels?",
        "This is my third email: is the report ready?",
        "Le fichier de dépôt, il a fini par passer, celui du vingt ?",
    ],
)
def test_words_that_only_look_like_another_item_or_stage_tell_nothing(text: str):
    update = describe("Labels and report\nThe labels are printed and the report is sent.")
    assert conflict(describe(text, question_only=True), update) is None


def test_many_updates_are_read_through_an_index_of_their_words():
    """A file of thousands of updates: only those sharing a topic word are weighed, and the
    link is the one a full reading gives (the right update among 2,000 on other matters)."""
    noise = [
        sent_update(
            f"n{i}",
            f"client{i}@firm{i}.example",
            f"Boiler service {i}",
            f"Hi, the boiler service number {i} is booked for next week.",
            "2026-11-20T09:00:00+00:00",
        )
        for i in range(2000)
    ]
    index = UpdateIndex([*noise, *PROBE_UPDATES])
    keys = index.check_keys("Did the donor report go to the board?")
    assert "donor" in keys
    assert all(not u.id.startswith("n") for u in index.sharing(keys))
    found = index.answering(
        "Hi Claire, did the donor report go to the board?", sender="jen@trust.example"
    )
    assert found is not None and found[0].id == "u1"
    index.add(sent_update("u9", "jen@trust.example", "Donor report", "Donor report resent.", AT))
    assert "u9" in {u.id for u in index.sharing(keys)}

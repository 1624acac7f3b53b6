"""Answered-by (SPEC §5), newcomer70's kinds in words of our own: a status check from a known
correspondent, in words far from the update's, follows up the update they were sent in the
last days; and when the words it shares pick an older update on another matter, meaning
still finds the recent one. A wrong link stays worse than none: another correspondent's
update, or none sent recently, is not taken on so little."""

from __future__ import annotations

from tests.answered_support import linked_update, sent_update

ANA = "ana@oficina-porto.example"
OTHER = "leo@velo-nantes.example"

CLAIM = sent_update(
    "claim",
    ANA,
    "Carrier claim accepted",
    "Hi Ana,\n\nIberTrans accepted liability for the oak dresser that reached the Lyon customer "
    "with a cracked top. They will pay EUR 980 by transfer within 30 days, the full refund you "
    "gave her. Nothing else to send on your side.\n\nBest,\nInès",
    "2026-12-07T15:30:00+01:00",
)
CATALOGUE = sent_update(
    "catalogue",
    ANA,
    "Christmas opening hours",
    "Hi Ana,\n\nThe shop's Christmas opening hours are on the site and in the footer of every "
    "order email: closed on the 25th and the 1st, open 10 to 4 in between.\n\nBest,\nInès",
    "2026-11-27T11:00:00+01:00",
)
CHECK = (
    "Hello Inès, did the transport people ever say anything about the piece that arrived "
    "broken? Our accountant keeps asking me.\n\nAna"
)


def test_a_check_in_other_words_follows_up_the_update_sent_them_days_before():
    assert linked_update(CHECK, ANA, [CATALOGUE, CLAIM], at="2026-12-09T10:00:00+01:00") == "claim"


def test_the_same_words_from_another_correspondent_are_not_linked_to_it():
    claim_to_other = sent_update(
        "claim", OTHER, CLAIM.subject, CLAIM.text, "2026-12-07T15:30:00+01:00"
    )
    assert linked_update(CHECK, ANA, [claim_to_other], at="2026-12-09T10:00:00+01:00") is None


MAX = "max@aurora-cosmetics.example"
WAREHOUSE = sent_update(
    "warehouse",
    MAX,
    "EU warehouse: contract signed",
    "Hi Max,\n\nThe Venlo fulfilment warehouse countersigned the contract, your inbound slot is "
    "booked for 7 December and EU orders can ship from the 10th.\n\nBest,\nInès",
    "2026-11-17T18:00:00+01:00",
)
HEALTH = sent_update(
    "health",
    MAX,
    "Amazon.ca : la santé du compte est revenue au vert",
    "Bonjour Max,\n\nAmazon a accepté le plan d'action ce matin. Les trois réclamations A-à-z "
    "retirées, le taux de défaut des commandes est retombé à 0,6 % : l'indicateur de santé du "
    "compte est au vert et il n'y a plus de menace de désactivation.\n\nBien à vous,\nInès",
    "2026-11-30T15:00:00+01:00",
)


def test_an_older_update_sharing_a_word_gives_way_to_the_one_the_check_means():
    # the check and the update it means are in two languages: only "warehouse" is shared,
    # with the older update
    check = (
        "Hi Inès,\n\nWhere are we with the Amazon account health thing? Someone mentioned it "
        "yesterday but I was at the warehouse all day.\n\nThanks,\nMax"
    )
    assert (
        linked_update(check, MAX, [WAREHOUSE, HEALTH], at="2026-12-01T09:25:00-05:00") == "health"
    )

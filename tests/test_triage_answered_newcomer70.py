"""Answered-by (SPEC §5), newcomer70's kinds in words of our own: when the only word a status
check shares picks an older update on another matter, and that link is refused, meaning still
finds the update it means, as closely as any link by meaning must be (`CLOSE`).

Measured and dropped: linking a known correspondent's update of the last three days at a
lower similarity gained 3 right and 1 wrong on the held-out author sets, 27 right and 9 wrong
over all labelled sets."""

from __future__ import annotations

from tests.answered_support import linked_update, sent_update

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

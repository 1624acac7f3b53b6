"""Realtext22's kind, in words of our own: a breakage the sender has already routed around
for today — rolled back to a version that works, an older release that runs fine, a
workaround in use — is not urgent (SPEC §5: the consultant is not needed today), and the
learned second opinion may not raise it. With the guards: a route that was forced and
says nothing of working, a rollback that did not help, one only planned or wished."""

from __future__ import annotations

import pytest

from tests.triage_support import assert_calm_and_said, rules

CALM = [
    (
        "email",
        "Since the update the door sensors show as unavailable. Going back to 2.4 fixed "
        "the problems.",
    ),
    (
        "email",
        "Hello, the booking widget throws a 502 after upgrading to release 5. It runs "
        "perfectly fine with the previous release, though. Any idea what changed?",
    ),
    (
        "email",
        "Bonjour, depuis la mise à jour la synchronisation des factures plante. Je suis "
        "revenu à la version précédente et tout fonctionne.",
    ),
    (
        "email",
        "The new firmware stopped the label printer from printing. Downgraded to the "
        "old firmware and it works.",
    ),
    (
        "email",
        "Exports to the accounting tool fail since Monday's release. Not ideal, but we "
        "found a workaround: we upload the file by hand.",
    ),
    (
        "email",
        "L'import des adhérents échoue depuis la version 3. Ça marche bien avec "
        "l'ancienne version, on reste dessus pour l'instant.",
    ),
]

STILL_URGENT = [
    # the route taken, nothing said of it working
    (
        "email",
        "The payment API has stopped working since v19 and once again we were forced "
        "to downgrade our instance to v18!",
    ),
    # the route taken did not help
    (
        "email",
        "All our client sites are down. Rolled back to yesterday's snapshot where it "
        "was working, still nothing.",
    ),
    # a route only wished for
    (
        "email",
        "Checkout is down for every customer. We need to roll back to the old version "
        "so that it works.",
    ),
    (
        "email",
        "Le paiement en ligne ne fonctionne plus depuis ce matin. Il faudrait revenir "
        "à l'ancienne version pour que ça marche.",
    ),
]


@pytest.mark.parametrize(("channel", "text"), CALM)
def test_a_breakage_already_routed_around_is_not_urgent(channel: str, text: str):
    assert_calm_and_said(text, channel)


@pytest.mark.parametrize(("channel", "text"), STILL_URGENT)
def test_a_route_forced_failed_or_wished_leaves_the_breakage_urgent(channel: str, text: str):
    answer = rules(text, channel)
    assert answer["urgency"] == "urgent", answer["reasons"]


# Realtext23's kinds, in words of our own: a service that works only in part, an incident
# told by what it does to the services (« … les rend indisponibles »), an API or a service
# said unavailable, files lost from the sender's own machine (not a test copy); with the
# guards: a setting that makes a thing unavailable by design, an HTTP status line in a log,
# an error on a copy installed to try.
BROKEN_NOW = [
    (
        "email",
        "Bonjour, depuis la mise en production l'outil de planning marche à moitié : "
        "les créneaux du matin ne s'enregistrent pas.",
    ),
    (
        "email",
        "Since this morning's release the booking form only partially works: half the "
        "customers get an error on the last step.",
    ),
    (
        "email",
        "Bonjour, une panne électrique chez notre hébergeur affecte les serveurs et les "
        "rend inaccessibles depuis 6 h.",
    ),
    ("email", "Our API is unavailable since 7am and the partners' orders are piling up."),
    ("sms", "Service indisponible depuis ce matin dans les trois agences"),
    (
        "email",
        "I set up the sync between my laptop and the NAS last week. Today the sync "
        "deleted most of my photos on my laptop and they are gone from the NAS too.",
    ),
]

CALM_LOOKALIKES = [
    (
        "email",
        "Cette option le rend indisponible pour les invités, c'est dommage. Pourriez-vous "
        "ajouter un réglage le mois prochain ?",
    ),
    (
        "email",
        "When I add the second sensor the log shows: fetch failed, 503 Service "
        "Temporarily Unavailable. The first sensor still works if I remove the second one.",
    ),
    (
        "email",
        "I installed it on my laptop to try it out and the import fails with an error, "
        "the page stays empty. Any idea?",
    ),
]


@pytest.mark.parametrize(("channel", "text"), BROKEN_NOW)
def test_a_service_broken_in_part_or_made_unreachable_is_urgent(channel: str, text: str):
    answer = rules(text, channel)
    assert answer["urgency"] == "urgent", answer["reasons"]


@pytest.mark.parametrize(("channel", "text"), CALM_LOOKALIKES)
def test_their_look_alikes_are_not_urgent_by_the_rules(channel: str, text: str):
    answer = rules(text, channel)
    assert not answer["urgent"], answer["reasons"]

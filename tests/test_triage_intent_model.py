"""The learned intent (issue 8): it decides only where the rules found no intent cue; cues and
content-free messages stay rule-decided. And a link found by shared words only, to an update
on another matter that is far in meaning, is dropped (a wrong link is worse than none)."""

from __future__ import annotations

from datetime import datetime

import numpy as np

from boundaries.triage import Message, classify
from boundaries.triage.answered import Update, UpdateIndex
from boundaries.triage.answered_meaning import unlikely_by_meaning
from boundaries.triage.intent_model import IntentModel, intent_model, learned_intents
from boundaries.triage.model import Intent


def only(intent: Intent) -> IntentModel:
    """A model that always answers `intent` (to see where the model is asked at all)."""
    classes = (Intent.STATUS_CHECK, Intent.REQUEST, Intent.SCHEDULING, Intent.INFO)
    bias = np.array([5.0 if c is intent else 0.0 for c in classes], dtype=np.float32)
    return IntentModel(classes, np.zeros((4, 512), dtype=np.float32), bias)


def test_the_model_decides_only_where_no_cue_matched():
    no_cue = Message("1", "sms", "le traiteur a livré les plateaux au mauvais étage ce midi")
    cue = Message("2", "email", "Bonjour,\nPourriez-vous m'envoyer le budget révisé ?\nMarc")
    empty = Message("3", "voicemail", "salut c'est marc rappelle-moi au 06 12 34 56 78")
    messages = [no_cue, cue, empty]
    ruled = [classify(m) for m in messages]
    assert not ruled[0].intent_by_cue
    assert ruled[1].intent_by_cue and ruled[1].intent is Intent.REQUEST
    assert ruled[2].content_free
    out = learned_intents(messages, ruled, only(Intent.SCHEDULING))
    assert out[0].intent is Intent.SCHEDULING
    assert "learned intent model" in out[0].reasons[0]
    assert not any("no clearer cue" in r for r in out[0].reasons)
    assert out[1] == ruled[1]
    assert out[2] == ruled[2] and out[2].intent is Intent.UNKNOWN


def test_shipped_intent_weights_read_statements_and_questions():
    model = intent_model()
    assert set(model.classes) == {
        Intent.STATUS_CHECK,
        Intent.REQUEST,
        Intent.SCHEDULING,
        Intent.INFO,
    }
    messages = [
        Message("a", "sms", "the caterer dropped the trays at the wrong floor at noon, sorted now"),
        Message("b", "sms", "tu en es où avec la mise à jour du site des adhérents ?"),
    ]
    out = learned_intents(messages, [classify(m) for m in messages])
    guessed = [m for m, v in zip(messages, out, strict=True) if "learned" in v.reasons[0]]
    assert guessed, "at least one of these has no cue"
    for m, v in zip(messages, out, strict=True):
        if "learned" in v.reasons[0]:
            assert v.intent is (Intent.INFO if m.id == "a" else Intent.STATUS_CHECK), v.reasons


def test_a_word_link_far_in_meaning_is_dropped_when_another_update_is_closer():
    at = datetime.fromisoformat("2026-11-18T11:20:00+01:00")
    sent = datetime.fromisoformat("2026-11-10T10:00:00+01:00")
    to = "sylvie@jardins.example.org"
    assembly = Update.make(
        "u1",
        to,
        "Convocations AG du 28 novembre envoyées",
        "Bonjour Sylvie,\nLes convocations à l'assemblée générale du 28 novembre sont parties "
        "ce matin, avec l'ordre du jour et le pouvoir.\nBelle journée,\nCamille",
        sent,
    )
    grant = Update.make(
        "u2",
        to,
        "Demande de subvention déposée",
        "Bonjour Sylvie,\nLe dossier de demande de subvention pour les jardins partagés est "
        "déposé auprès de la fondation ; la réponse est attendue à la mi-novembre.\nCamille",
        sent,
    )
    index = UpdateIndex([assembly, grant])
    check = (
        "Bonjour Camille,\nAvez-vous eu un retour de la fondation pour notre demande de "
        "subvention ? Les résultats devaient tomber en novembre.\nBelle journée,\nSylvie"
    )
    assert unlikely_by_meaning(index, assembly, check, "Subvention", to, at) is not None
    assert unlikely_by_meaning(index, grant, check, "Subvention", to, at) is None

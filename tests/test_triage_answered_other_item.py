"""Answered-by must not link a status check to the update on another piece of the same work
(issue 8, item 6: "a wrong link is worse than none"; newcomer59): the check names first what
it asks about (« où en est l'adaptation de la couverture », "where are we with the index"),
and an update in its language that never names it does not answer it, however many words
they share (the book, the course). An update that names it still does."""

from __future__ import annotations

from functools import partial

from boundaries.triage.batch import triage_line
from tests.answered_support import linked_update as linked_on
from tests.answered_support import sent_update

linked_update = partial(linked_on, at="2026-11-06T09:00:00Z")  # before the steps announced

BOOK = sent_update(
    "u-book",
    "helene@editions.example",
    "La baleine bleue – version anglaise",
    "Bonjour Hélène, la traduction anglaise de La baleine bleue est livrée ; la relecture est "
    "en cours, retour prévu le 13 novembre. Claire",
    "2026-11-03T10:00:00+01:00",
)
COURSE = sent_update(
    "u-course",
    "kevin@fc.example",
    "Cours de gestion de projet – migration",
    "Bonjour Kevin, la migration du cours de gestion de projet vers Moodle avance : modules 1 "
    "à 4 migrés, les suivants d'ici le 18 novembre. Claire",
    "2026-11-04T10:00:00+01:00",
)
REPORT = sent_update(
    "u-report",
    "sam@charity.example",
    "Annual report – layout",
    "Hi Sam, the annual report layout is done and the designer sends the proofs on Monday. Claire",
    "2026-11-04T10:00:00+00:00",
)


def test_a_check_on_another_piece_of_the_same_book_is_not_linked():
    text = (
        "Bonjour Claire, où en est l'illustration de la couverture anglaise de La baleine "
        "bleue ? L'illustratrice attend le titre. Hélène"
    )
    assert linked_update(text, "helene@editions.example", [BOOK]) is None


def test_a_check_on_another_task_of_the_same_course_is_not_linked():
    text = "Bonjour Claire, où en est le sous-titrage du cours de gestion de projet ? Kevin"
    assert linked_update(text, "kevin@fc.example", [COURSE]) is None


def test_an_english_check_on_another_part_of_the_same_report_is_not_linked():
    text = "Hi Claire, where are we with the translation of the annual report? Sam"
    assert linked_update(text, "sam@charity.example", [REPORT]) is None


def test_a_check_on_the_piece_the_update_names_is_still_linked():
    book = "Bonjour Claire, où en est la traduction anglaise de La baleine bleue ? Hélène"
    course = "Bonjour Claire, où en est la migration du cours de gestion de projet ? Kevin"
    report = "Hi Claire, where are we with the layout of the annual report? Sam"
    assert linked_update(book, "helene@editions.example", [BOOK]) == "u-book"
    assert linked_update(course, "kevin@fc.example", [COURSE]) == "u-course"
    assert linked_update(report, "sam@charity.example", [REPORT]) == "u-report"


def test_a_wish_for_new_work_is_a_request_and_a_wish_for_a_visit_is_not():
    """« je voudrais que tu révises … » asks for work (newcomer59); « j'aimerais que tu voies
    le plafond » asks for a visit, as newcomer57 labelled it."""
    work = triage_line(
        '{"id": "a", "channel": "email", "text": "Bonjour Claire, je voudrais que tu révises '
        'nos fiches produits en anglais pour les fêtes. Tu as de la place en décembre ?"}'
    )
    assert work["intent"] == "request", work["reasons"]
    visit = triage_line(
        '{"id": "b", "channel": "voicemail", "text": "bonjour c\'est Isabelle j\'aimerais que '
        'tu voies le plafond de la salle jeudi ou vendredi merci"}'
    )
    assert visit["intent"] != "request", visit["reasons"]


def test_the_same_step_in_other_words_is_still_linked():
    """« le transfert du fichier » is what the update called its « reprise » and « import »
    (newcomer50): the same step of the same work, linked."""
    members = sent_update(
        "u-members",
        "gwen@ateliers.example",
        "Fichier adhérents : import terminé",
        "Bonjour Gwen, la reprise du fichier adhérents dans le nouveau logiciel est faite : "
        "612 fiches importées. Claire",
        "2026-11-03T10:00:00+01:00",
    )
    text = "Bonjour Claire, où en est le transfert du fichier adhérents ? Gwen"
    assert linked_update(text, "gwen@ateliers.example", [members]) == "u-members"


SALES = sent_update(
    "u-sales",
    "jo@brewery.example",
    "Taproom forecast done, reorder model waiting",
    "Hi Jo, the December taproom sales forecast is done and in the shared sheet; the reorder "
    "model is built and waits for the suppliers' lead times. Claire",
    "2026-11-03T10:00:00+00:00",
)


def test_a_check_on_another_model_of_the_same_place_or_another_quarter_is_not_linked():
    """newcomer60: the words after the first tell which piece it is ("the taproom staffing
    model", "the Q1 forecast"); an update naming no more than half of them is on another."""
    staffing = "Hi Claire, how's the taproom staffing rota model going? Planning shifts. Jo"
    quarter = "Hi Claire, where's the Q2 forecast at? I know December's done. Jo"
    assert linked_update(staffing, "jo@brewery.example", [SALES]) is None
    assert linked_update(quarter, "jo@brewery.example", [SALES]) is None
    french = sent_update(
        "u-drying",
        "amel@lab.example",
        "Analyse des essais de séchage",
        "Bonjour Amel, l'analyse statistique des essais de séchage des tomates est terminée, "
        "les figures sont dans le dossier partagé. Claire",
        "2026-11-03T10:00:00+01:00",
    )
    panel = (
        "bonjour Claire c'est Amel je voulais savoir où vous en êtes de l'analyse du jury "
        "gustatif des tomates merci"
    )
    assert linked_update(panel, "amel@lab.example", [french]) is None


def test_one_word_said_otherwise_among_three_is_still_the_same_piece():
    """« le suivi des contingents de crabe » is the update's « suivi des quotas de crabe »."""
    quotas = sent_update(
        "u-quotas",
        "steve@coop.example",
        "Outil de suivi des quotas de crabe",
        "Bonjour Steve, pour l'outil de suivi des quotas de crabe, la structure est prête ; "
        "j'attends l'extrait des journaux de bord. Claire",
        "2026-11-03T10:00:00-05:00",
    )
    text = "Bonjour Claire, où en êtes-vous avec l'outil de suivi des contingents de crabe ? Steve"
    assert linked_update(text, "steve@coop.example", [quotas]) == "u-quotas"

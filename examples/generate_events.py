"""Writes examples/events.jsonl: a month of the story of SPEC §1 (deterministic, seed fixed).

Four weeks from Monday 12 October 2026 to Sunday 8 November 2026, across both daylight-saving
changes (Europe on 25 October, the United States on 1 November). Run it again after changing it:

    python examples/generate_events.py > examples/events.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

PARIS = ZoneInfo("Europe/Paris")
FIRST_DAY = date(2026, 10, 12)
DAYS = 28

MARC = ["+33 1 23 45 67 89", "+33 6 98 76 54 32"]
KARIM = "04 72 00 11 22"
JEN = "+1 212 555 0147"
UNKNOWN = ["+33 9 70 12 34 56", "+33 1 84 88 77 66", "+44 20 7946 0958"]

MARC_CONTENT_FREE = [
    "salut c'est marc rappelle-moi",
    "oui c'est marc euh rappelle-moi quand tu peux",
    "allô c'est encore marc tu me rappelles",
    "c'est marc de horizon euh rappelle-moi vite s'il te plaît",
    "",
]
MARC_STATUS = [
    "salut c'est marc je voulais savoir où on en est du dossier de subvention de la région",
    "c'est marc euh ça avance la mise à jour du site t'en es où",
    "oui c'est marc est-ce que le rapport d'activité est parti",
    "marc encore euh tu as pu avancer sur le budget de l'an prochain rappelle-moi",
]
MARC_SCHEDULING = [
    "c'est marc on fait un point avec le bureau à quinze heures sur zoom tu peux nous rejoindre",
    "salut c'est marc on peut décaler le point de vendredi à lundi",
]
MARC_REQUEST = [
    "c'est marc est-ce que tu pourrais m'envoyer le modèle de convention de partenariat",
]
KARIM_VOICEMAILS = [
    "bonjour c'est karim de l'atelier vélo je voulais savoir si le dossier fdva est parti",
    "salut c'est karim tu pourrais regarder le devis du local quand tu as un moment",
]
JEN_VOICEMAILS = [
    "hi claire it's jen from harbor just checking in on the grant report how's it going",
    "hey it's jen can you send me the updated budget spreadsheet thanks",
    "hi it's jen call me back",
]
UNKNOWN_VOICEMAILS = [
    "bonjour je vous appelle de la part d'un cabinet de formation pour vous présenter nos offres",
    "",
    "hello this is a message about your business listing please call us back",
]


def at(day: date, hh: int, mm: int, zone: ZoneInfo = PARIS) -> datetime:
    return datetime.combine(day, time(hh, mm), zone)


def main() -> None:
    rng = random.Random(20261012)
    events: list[dict[str, object]] = []

    def add(when: datetime, kind: str, **fields: object) -> None:
        events.append({"at": when.isoformat(), "type": kind, **fields})

    for offset in range(DAYS):
        day = FIRST_DAY + timedelta(days=offset)
        weekday = day.weekday()
        if weekday >= 5:
            if rng.random() < 0.5:
                add(
                    at(day, rng.randint(10, 17), rng.choice([5, 25, 45])),
                    "call",
                    **{"from": rng.choice(MARC)},
                    duration_min=5,
                    voicemail=rng.choice(MARC_CONTENT_FREE),
                    would_press_urgent=False,
                )
            continue

        # Marc: six or seven calls a working day, some in bursts of three in twenty minutes.
        starts = sorted(rng.sample(range(9 * 60, 18 * 60), 4))
        for i, minute in enumerate(starts):
            burst = 3 if (i == 1 and rng.random() < 0.6) else 1
            gap = 0
            for _ in range(burst):
                gap += rng.choice([2, 3, 6, 8])
                when = at(day, 0, 0) + timedelta(minutes=minute + gap)
                kind = rng.random()
                if kind < 0.45:
                    text = rng.choice(MARC_CONTENT_FREE)
                elif kind < 0.75:
                    text = rng.choice(MARC_STATUS)
                elif kind < 0.9:
                    text = rng.choice(MARC_SCHEDULING)
                else:
                    text = rng.choice(MARC_REQUEST)
                add(
                    when,
                    "call",
                    **{"from": rng.choice(MARC)},
                    duration_min=rng.choice([6, 8, 10, 12]),
                    voicemail=text,
                    would_press_urgent=False,
                )

        # Standing calls: Horizon on Fridays 10:00, Vélo on Tuesdays and Thursdays 16:00,
        # Harbor on Wednesdays 16:00 Paris time (the client dials a minute or two early).
        if weekday == 4:
            add(at(day, 9, 58), "call", **{"from": MARC[0]}, duration_min=30, voicemail="")
        if weekday in (1, 3):
            add(at(day, 16, 0), "call", **{"from": KARIM}, duration_min=20, voicemail="")
        if weekday == 2:
            add(at(day, 15, 59), "call", **{"from": JEN}, duration_min=45, voicemail="")

        # The calm client: now and then an ad-hoc call or an email.
        if rng.random() < 0.2:
            add(
                at(day, rng.randint(9, 11), rng.choice([10, 40])),
                "call",
                **{"from": KARIM},
                duration_min=7,
                voicemail=rng.choice(KARIM_VOICEMAILS),
            )
        if rng.random() < 0.15:
            add(
                at(day, 14, rng.randint(0, 59)),
                "call",
                **{"from": JEN},
                duration_min=10,
                voicemail=rng.choice(JEN_VOICEMAILS),
            )
        if rng.random() < 0.25:
            add(
                at(day, rng.randint(9, 17), rng.randint(0, 59)),
                "call",
                **{"from": rng.choice(UNKNOWN)},
                duration_min=3,
                voicemail=rng.choice(UNKNOWN_VOICEMAILS),
            )

        # The consultant's own updates, which Marc's status checks keep asking about.
        if weekday in (0, 3):
            add(
                at(day, 17, 30),
                "email_out",
                to="marc@horizon.example",
                subject="Point d'avancement : subvention région, site, budget",
                text="Bonjour Marc, le dossier de subvention de la région est déposé, la mise à "
                "jour du site est en cours, le budget suit. Bonne soirée, Claire",
            )
        if weekday == 1:
            add(
                at(day, 11, 15),
                "email_in",
                **{"from": "marc@horizon.example"},
                subject="Réunion",
                text="Salut Claire, on peut faire un point demain ? Marc",
            )
        if weekday == 2 and rng.random() < 0.5:
            add(
                at(day, 13, 5),
                "invite",
                **{"from": "marc@horizon.example"},
                start=at(day, 15, 0).isoformat(),
                minutes=60,
                title="Point bureau (urgent)",
            )
        # Away from the desk some afternoons.
        if rng.random() < 0.3:
            leave = at(day, 14, 30)
            add(leave, "away", until=(leave + timedelta(hours=2)).isoformat())

    # Genuine emergencies.
    add(
        at(date(2026, 10, 20), 15, 5),
        "call",
        **{"from": MARC[1]},
        duration_min=10,
        voicemail="c'est marc le site de l'association est en panne et les inscriptions "
        "ferment ce soir",
        would_press_urgent=True,
        truth_urgent=True,
    )
    add(
        at(date(2026, 10, 28), 10, 20),
        "call",
        **{"from": JEN},
        duration_min=15,
        voicemail="hi it's jen our payroll deposits were rejected and payday is tomorrow "
        "can you help us fix the bank account",
        would_press_urgent=False,
        truth_urgent=True,
    )
    add(
        at(date(2026, 11, 3), 9, 40),
        "email_in",
        **{"from": "karim@velo-solidaire.example"},
        subject="Dépôt FDVA",
        text="Salut Claire, le portail FDVA ferme à 17 h aujourd'hui et "
        "il manque encore le budget. Tu peux me l'envoyer ? Karim",
        truth_urgent=True,
    )
    add(
        at(date(2026, 11, 5), 11, 0),
        "call",
        **{"from": KARIM},
        duration_min=12,
        voicemail="c'est karim il y a une fuite d'eau dans l'atelier et l'assurance veut le "
        "contrat aujourd'hui",
        would_press_urgent=True,
        truth_urgent=True,
    )
    # Away when the last emergency comes in: the urgent press must notify at once.
    add(at(date(2026, 10, 20), 15, 0), "away", until=at(date(2026, 10, 20), 17, 0).isoformat())
    add(at(date(2026, 10, 28), 10, 0), "away", until=at(date(2026, 10, 28), 12, 0).isoformat())

    events.sort(key=lambda e: datetime.fromisoformat(str(e["at"])))
    for e in events:
        sys.stdout.write(json.dumps(e, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    # no options: --help says what it writes (trial43), anything else is refused
    argparse.ArgumentParser(
        description=(__doc__ or "").split("\n\n", 1)[0],
        epilog="Usage: python examples/generate_events.py > examples/events.jsonl",
    ).parse_args()
    main()

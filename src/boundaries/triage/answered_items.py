"""Which piece of work a status check asks about, so it is not linked to an update on another.

A wrong `answered_by` is worse than none (SPEC §5): the reply would tell a client "already
answered" about something nobody answered. Shared words are not enough when a client has
several pieces of work of the same kind: a status check and an update that share the client's
name and "brochure" are about different things when one asks about the printer's *invoice*
and the other reports on the printer's *quote*. This module reads, from a text alone, what
tells one item of a kind from another, and `conflict` says when a check and an update name
different ones:

- **kinds**: items of one family named by different words (invoice vs quote, thank-you
  letters vs report, online shop vs website, 2026 vs 2027): each text names one the other
  does not ("the invoice for the brochure" vs "the quote for the brochure"); a check that
  names nothing the update does not is not told apart ("when will the brochure be
  delivered?" after "the quote for the brochure is approved");
- **another one**: "the second grant application", "l'autre association", "un autre devis"
  name a sibling of what an update may have reported on, unless the update says the same;
- **too**: "il est migré aussi ?", "do those have the new number too?" ask about a further
  item after the one already dealt with;
- **what about**: a follow-up that opens with "What about …", "And the … one?", "Et pour …",
  "Et les …" asks about the item it names there: every topic word of that clause must be in
  the update;
- **later stage**: a check that asks whether a third party replied, accepted or paid ("did the
  AFD answer?", "has the City's payment reflected?") is not answered by an update that only
  reports the consultant's own step (sent, submitted, scheduled) and says nothing of that
  stage.

Pure functions of text: no I/O, no framework.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from boundaries.triage.text import normalise

# Families of items, each with classes of words that name the same kind of item (FR and EN,
# accent-free, as `normalise` writes them). Two texts naming only different classes of one
# family name different items. Words are matched whole (optional plural "s"/"x").
KINDS: dict[str, dict[str, tuple[str, ...]]] = {
    "document": {
        "invoice": ("invoice", "facture", "bill", "billing"),
        "quote": ("quote", "devis", "estimate", "quotation"),
        "receipt": ("receipt", "tax receipt", "recu fiscal", "justificatif"),
        "payslip": ("payslip", "pay slip", "fiche de paie", "fiches de paie", "bulletin de paie"),
        "deposit": ("deposit", "acompte", "arrhes"),
        "refund": ("refund", "remboursement"),
        "report": ("report", "rapport", "bilan"),
        "letter": ("letter", "lettre", "courrier", "mailer", "thank-you letter"),
        "newsletter": ("newsletter", "infolettre", "lettre d'information"),
        "minutes": ("minutes", "proces-verbal", "compte rendu", "compte-rendu"),
        "handbook": ("handbook", "manual", "manuel", "guide"),
        "policy": ("policy", "politique"),
        "contract": ("contract", "contrat", "agreement", "convention"),
        "budget": ("budget", "previsionnel", "forecast"),
        "brochure": ("brochure", "plaquette", "leaflet", "depliant"),
        "poster": ("poster", "affiche"),
        "flyer": ("flyer", "tract"),
    },
    "online": {
        "website": ("website", "site", "site web", "site internet", "web site"),
        "shop": ("shop", "store", "boutique", "e-shop", "webshop", "online shop"),
        "app": ("app", "appli", "application mobile"),
    },
    "cover": {
        # the truck's insurance is not its loan (newcomer37)
        "insurance": ("insurance", "assurance", "cover"),
        # (not « est prêt », ready, nor a tax credit)
        "loan": (
            "loan",
            "dossier de pret",
            "demande de pret",
            "pret bancaire",
            "un pret",
            "le pret",
            "du pret",
            "financement",
            "financing",
            "credit-bail",
            "leasing",
            "lease",
        ),
    },
    "funding": {
        "grant application": ("grant application", "demande de subvention", "proposal"),
        "tender": ("tender", "appel d'offres"),
    },
}

_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_QUARTER = re.compile(r"\b[qt]([1-4])\b")

# "The second/other one": a sibling of the item an update may have reported on. Not a count of
# calls ("third time I'm calling", "troisième message"), nor two things that work together.
_ANOTHER = re.compile(
    # "talking to each other", « l'un l'autre », "one another" say they go together
    r"(?<!\beach )(?<!\bl'un l')(?<!\bune l')(?<!\bles uns les )(?<!\bone )"
    r"\b(other|another|second|third|fourth|fifth|sixth|autre|deuxieme|seconde?|troisieme|"
    r"quatrieme|cinquieme|sixieme)"
    r"\b(?! (?:time|times|fois|message|messages|email|emails|mail|mails|call|calls|appel|"
    r"appels|voicemail|reminder|relance|rappel)\b)"
)
# "The January one", "the one for the city council", "celui des bénévoles": which one of a
# kind, named by the word that follows; the update must name it too.
_WHICH_ONE = re.compile(
    r"\bthe ([a-z0-9'-]+) one\b|\bthe one (?:for|with|about|from|on|at|in) (?:the |our |my )?"
    r"([a-z0-9'-]+)|\bcel(?:ui|le|les|ux)(?:-ci|-la)? (?:de|des|du|pour|avec|sur) "
    r"(?:la |le |l'|les )?([a-z0-9'-]+)"
)
# A day or a count said in words ("celui du vingt") is a date the update writes in digits.
NUMBER_WORDS = frozenset(
    "un une deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze "
    "seize vingt trente premier one two three four five six seven eight nine ten eleven twelve "
    "thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty first".split()
)
# "The only one", "the same one", "the last one" say how many, not which.
_NOT_WHICH = frozenset(
    "only same last right wrong first next final main big small good this that".split()
)
_BODIES = (
    "council|foundation|trust|fund|ministry|agency|bank|board|commission|authority|department|"
    "region|fondation|mairie|ville|banque|caisse|agence|ministere|departement|region|conseil"
)
BODY_NAMED = re.compile(rf"\b({_BODIES})\b")
"""Bodies a piece of work is for (a funder, an authority): "the grant report for the city
arts council" is not the report for the state foundation (trial43)."""
_SAME_BODY = {
    "ville": "mairie",
    "foundation": "fondation",
    "bank": "banque",
    "agency": "agence",
    "ministry": "ministere",
    "department": "departement",
}
"""French and English names of one kind of body, and « la mairie » / « la Ville de Lille »."""


def body_kind(word: str) -> str:
    """The kind of body `word` (of `BODY_NAMED`) names, one word for its names in both
    languages."""
    return _SAME_BODY.get(word, word)


BODY_ASKED = re.compile(
    rf"\b(?:for|from|to|with|pour|de|aupres de) (?:the|la|le|l') ?(?:[a-z'-]+ ){{0,3}}?"
    rf"({_BODIES})\b"
)
"""The body a check names as the one its work is for (`BODY_NAMED` after "for the", « pour
la »), not one merely told of ("the board asked me")."""
_TOO = re.compile(r"\b(too|also|as well|aussi|egalement)\s*\?")
_WHAT_ABOUT = re.compile(
    r"^\s*(?:(?:and )?(?:what|how) about|and the|and what of|et pour|et pr|et concernant|"
    r"quid de|et (?:le|la|les|l'|du|des))\b(?P<clause>[^?]*)"
)

SENT_STAGE = "sent or received"
"""The stage of something a third party was to send or receive (`STAGES`)."""

# Stages after the consultant's own step, each as a client asks about it and as an update may
# tell it (in more words). A status check asking about a stage is answered only by an update
# that speaks of that stage: "did the AFD answer?" is not answered by "I sent the report".
STAGES: dict[str, tuple[str, str]] = {
    "replied": (
        r"repl(?:ied|ies)|(?:come|came|got|get|gotten|heard|hear) back|word back|heard from|"
        r"heard anything from|responded|(?:a|ont|aient|ait) repondu|(?:un|des|leur) retours? "
        r"(?:de|du|des)|eu des nouvelles|"
        # "has the ARS said anything about it?", « la banque a dit quelque chose ? »
        # (newcomer37)
        r"(?:said|say|says) anything|any word from|(?:a|ont) (?:dit|reagi) (?:quelque chose|"
        r"quoi que ce soit)|(?:a|ont) reagi",
        # (the answer told by what the third party decided or acknowledged: "the landlord's
        # agent has agreed a renewal", « le Crédit Agricole a accepté le prêt », « le CNC a
        # accusé réception du dossier », newcomer34)
        r"repl(?:y|ies)|answer(?:ed|s)?|respon(?:d|ds|se|ses)|feedback|repondu|reponse|retour|"
        r"accepted|accepte(?:e|s|es)?|approved|approuve(?:e|s|es)?|agreed|granted|refused|"
        r"rejected|declined|acknowledged|confirmed|accord(?:e|ee|es|ees)|refuse(?:e|s|es)?|"
        r"rejete(?:e|s|es)?|valide(?:e|s|es)?|accuse reception|confirme(?:e|s|es)?|"
        # or by what it published or allotted: « la préfecture a publié la répartition : tu as
        # 14 places » (newcomer95)
        r"publie(?:e|s|es)?|published|allotted|allocated|attribue(?:e|s|es)?|notifie(?:e|s|es)?|"
        r"notified|"
        # or by results that came back: "the lab results for Speke are back" answers "did
        # them legion Ella tests ever come back" (newcomer100)
        r"(?:are|is|came|have come|has come) back|(?:sont|est) (?:revenue?s?|tombee?s?)|"
        r"(?:results?|resultats?) (?:are|is|sont|est) (?:in|out|arrivee?s?|la)",
    ),
    "approved": (
        r"accepted|accepte(?:e|s|es)?|approved|approuve(?:e|s|es)?|validated|valide(?:e|s|es)?|"
        r"agreed|green ?light|ok'?d|signed off",
        # « avis favorable du comité », "the green light" (newcomer35)
        r"reviewed|accord|agree|relu(?:e|s|es)?|(?:avis )?favorable|favourable|feu vert|"
        r"green ?light|granted|awarded|accorde(?:e|s|es)?",
    ),
    "signed": (r"signed(?! off)|signe(?:e|s|es)|countersigned", r""),
    # which of the offers is taken: « on prend lequel ? », "which one do we go with?" is not
    # answered by "three quotes received, comparison on Friday" (newcomer37)
    "chosen": (
        r"(?:on|we|nous) (?:prend|prends|prenons|take|choisit|choose|go for|go with|pick) "
        r"(?:lequel|laquelle|lesquels|lesquelles|which)|(?:lequel|laquelle) (?:on|vous|tu|"
        r"nous) (?:nous |me |m')?(?:prend|prends|prenez|choisi|choisit|conseille|conseillez|"
        r"retien)|"
        r"which (?:one|supplier|quote|option|offer)s? (?:do|did|should|shall) (?:we|you|i)|"
        r"(?:have|did|has) (?:you|we|they|he|she) (?:decided|chosen|picked|chose|pick|decide)",
        r"recommend(?:ed|s)?|recommande|conseille|preconise|chose|chosen|picked|retenu(?:e|s)?|"
        r"choisi(?:e|s)?|go (?:for|with)|opter|decided|decide",
    ),
    # by whom a return is filed: "has Le Quesne filed the GST return?" is not answered by
    # "the GST figures went over to Le Quesne" (the consultant's step) (newcomer37)
    "filed": (
        r"(?:has|have|did) [a-z' ]{2,30} (?:actually |already )?(?:filed|lodged)|"
        r"\bdid [a-z' ]{2,30} (?:file|lodge) (?:the|our|it|them|a|an|their)\b|"
        r"(?:est|sont|a ete|ont ete) (?:bien )?(?:depose|deposee|deposes|teledeclare|"
        r"teledeclaree|teledeclares)|(?:a|ont) t (?:il|elle|ils|elles) (?:bien )?depose",
        r"files?|filed|filing|lodged?|submitted|soumis(?:e|es)?|depos(?:e|ee|es|ees)|"
        r"teledeclar(?:e|ee|es|ees|ation)|declared|gone in|went in|acknowledged|"
        r"accuse (?:de )?reception|received|recue?s?",
    ),
    "paid": (
        # "did u pay the VAT?", « le paiement est parti ? » (newcomer45)
        r"paid|payed|pay(?:e|ee|es|ees)|reflected|credited|gone through|"
        r"(?:did|have|has) (?:you|u|we|they|he|she|it) (?:already |actually )?pay|"
        r"(?:paiement|virement|reglement|payment|transfer)s? (?:est |sont |a |is |has |have )?"
        r"(?:bien |deja |already )?(?:parti|partis|passe|passes|effectue|effectues|gone|went|"
        r"been made|made|out)|"
        r"vers(?:e|ee|es|ees)|encaiss(?:e|ee|es|ees)|rembours(?:e|ee|es|ees)|refunded|"
        r"(?:factures?|acomptes?|paiements?|loyers?|cotisations?|invoices?)\b[^?]{0,60}"
        r"\bregl(?:e|ee|es|ees)",
        r"virements?|transfer(?:red)?|executed|execut(?:e|ee|es|ees)",
    ),
    "happened": (
        r"(?<!what )(?<!what has )happened|took place|went ahead|went well|go well|"
        r"(?:s'est|se sont) (?:bien )?passee?s?|"
        r"(?:a|ont) eu lieu|est(?:[ -](?:il|elle|tu))? (?:bien )?(?:passee?|venue?)|"
        r"came by|come by|showed up",
        r"held|attended|went (?:fine|smoothly)|est venue?|came|"
        r"(?:s'est|se sont) (?:bien )?(?:tenue?s?|deroulee?s?)",
    ),
    # what a third party was to send or receive: "did Radiant send the new policy?",
    # « Radiant a-t-il envoyé un prix ? », "did the broker get the headcount?" is not
    # answered by "the renewal file went to Radiant, expect a quote within ten days"
    # (newcomer46): the consultant's own step, not theirs
    SENT_STAGE: (
        r"(?:did|has|have) (?!you\b|u\b|we\b|i\b|it\b|they\b|that\b|this\b)"
        r"(?:the |our |your )?[a-z'-]{3,20} (?:(?:actually|already|ever|finally) )?"
        r"(?:send|sent|receive|received|issue|issued|return|returned|provide|provided|"
        r"(?:get|got) (?:the|a|an|our|their|his|her|its|my|your|any|all))\b|"
        r"(?:a|ont) t (?:il|elle|ils|elles) (?:bien |deja |enfin )?(?:envoye|recu|transmis|"
        r"fourni|renvoye|retourne|emis)|"
        # « Radiant vous a envoyé … ? », « le courtier a bien reçu … ? » (asked: not « il a
        # reçu ce matin un courrier »), not « on a envoyé »
        r"(?<!\bon )(?<!\bj')(?<!\by )(?:vous |nous |t'|m')?(?:a|ont) (?:bien |deja |enfin )?"
        r"(?:envoye|recu|transmis|fourni|renvoye|retourne)\b[^.!?]{0,60}\?",
        r"sent|received|issued|returned|provided|came in|come in|in hand|arrived|"
        r"envoye(?:e|s|es)?|recue?s?|transmise?s?|fournie?s?|renvoye(?:e|s|es)?|"
        r"retourne(?:e|s|es)?|emise?s?|arrivee?s?",
    ),
    "arrived": (
        r"(?:est|sont) (?:bien )?arrivee?s?|(?:has|have) arrived|did (?:it|they) arrive",
        r"arrived|arrivee?s?|delivered|livree?s?|received|recue?s?",
    ),
}
_ASKS_STAGE = {name: re.compile(rf"\b(?:{asks})\b") for name, (asks, _) in STAGES.items()}
_TELLS_STAGE = {
    name: re.compile(rf"\b(?:{asks}{'|' + tells if tells else ''})\b")
    for name, (asks, tells) in STAGES.items()
}
# Fixed phrases whose words would pass for an item ("boîtes aux lettres" are mailboxes).
_NOT_ITEMS = re.compile(r"\b(?:boites? aux lettres|letter ?box(?:es)?|post ?box(?:es)?)\b")
# What the sender says they were sent themselves: news they pass on, not the item they ask
# about ("I've had a letter from the old supplier", « j'ai reçu un courrier de la mairie »;
# newcomer94-009 asked whether the switch went through, told of a letter).
_OWN_RECEIPT = re.compile(
    # (told, not asked: « est-ce qu'on a eu un retour ? », "have we got a reply?")
    r"(?<!qu')(?<!have )(?<!has )(?<!did )(?<!do )"
    r"\b(?:i've|i have|i|we've|we have|we|j'ai|on a|nous avons)"
    r"(?: (?:just|also|juste|aussi|bien|deja|already))? (?:had|got|received|recu)"
    r" (?:a|an|this|that|un|une|ce|cette) [a-z'-]+(?: (?:from|de|du|des|d') [a-z'-]+)?"
)
_UNMARKED_QUESTION = re.compile(
    r"\b(?:lequel|laquelle|lesquels|lesquelles|which one|ou pas|or not)\b"
)
_SENTENCES = re.compile(
    r"[^.?!\n\u2600-\u27bf\U0001f300-\U0001faff]*[?]|[^.?!\n\u2600-\u27bf\U0001f300-\U0001faff]+"
)
"""Sentences, a text message's emoji ending one as a full stop would ("Le contrat est signé
depuis le 6 😉 le nouveau commence bien lundi?", newcomer95)."""


def _word_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![a-z0-9-])(?:{alternatives})(?:s|x)?(?![a-z0-9-])")


_KIND_PATTERNS = {
    family: {name: _word_pattern(words) for name, words in classes.items()}
    for family, classes in KINDS.items()
}


@dataclass(frozen=True)
class Item:
    """What a text says about which piece of work it is about.

    `kinds` maps a family to the classes named (with "year" and "quarter" families of their
    own); `another` holds the sibling markers ("second", "autre"); `too` is True for a question
    about a further item ("… aussi ?"); `clause` is the text of a "What about …" follow-up;
    `which_one` holds the words that say which one of its kind ("the January one");
    `stages` are the stages of `STAGES` it speaks of (in its questions, for a status check)."""

    kinds: dict[str, frozenset[str]]
    another: frozenset[str]
    too: bool
    which_one: str
    clause: str | None
    stages: frozenset[str]


def _kinds(norm: str) -> dict[str, frozenset[str]]:
    found: dict[str, frozenset[str]] = {}
    for family, patterns in _KIND_PATTERNS.items():
        named = frozenset(name for name, p in patterns.items() if p.search(norm))
        if named:
            found[family] = named
    years = frozenset(_YEAR.findall(norm))
    if years:
        found["year"] = years
    quarters = frozenset(_QUARTER.findall(norm))
    if quarters:
        found["quarter"] = quarters
    return found


@lru_cache(maxsize=8192)
def describe(text: str, question_only: bool = False) -> Item:
    """The item `text` names. With `question_only` (a client's status check), stages and
    follow-ups are read in its questions only when it has any: "The client says they have not
    paid. Did the invoice go out?" asks whether the invoice went out."""
    norm = _NOT_ITEMS.sub(" mailbox ", normalise(text))
    pieces = [
        _NOT_ITEMS.sub(" mailbox ", normalise(s)) for s in _SENTENCES.findall(text) if s.strip()
    ]
    questions = [p for p in pieces if "?" in p]
    if questions and pieces[-1] not in questions and _UNMARKED_QUESTION.search(pieces[-1]):
        # a text message's last question often has no mark: "Le comparatif ?? On prend
        # lequel finalement"
        questions.append(pieces[-1])
    asked = " ".join(questions) if question_only and questions else norm
    if question_only:
        asked = _OWN_RECEIPT.sub(" ", asked)
    clause = None
    if question_only:
        for piece in questions or pieces:
            m = _WHAT_ABOUT.match(piece)
            if m is not None:
                clause = m.group("clause")
                break
    return Item(
        kinds=_kinds(asked),
        another=frozenset(m.group(1) for m in _ANOTHER.finditer(asked)),
        too=question_only and _TOO.search(asked) is not None,
        which_one=" ".join(
            w
            for m in _WHICH_ONE.finditer(asked)
            for w in m.groups()
            if w and not w.isdigit() and w not in NUMBER_WORDS and w not in _NOT_WHICH
        ),
        clause=clause,
        stages=frozenset(
            name
            for name, p in (_ASKS_STAGE if question_only else _TELLS_STAGE).items()
            if p.search(asked)
        ),
    )


def conflict(check: Item, update: Item) -> str | None:
    """Why a status check asks about another item or a later stage than the update reports on,
    or None when nothing tells them apart. (The "What about …" clause is judged by the caller,
    which knows the topic words.)"""
    for family, asked in check.kinds.items():
        told = update.kinds.get(family)
        if told and asked - told and told - asked:
            asks, tells = "/".join(sorted(asked)), "/".join(sorted(told))
            return f"asks about {asks}, the update is about {tells}"
    other = check.another - update.another
    if other:
        return f"asks about another one ({', '.join(sorted(other))})"
    if check.too:
        return "asks about a further item ('too')"
    later = check.stages - update.stages
    if later:
        return f"asks whether it was {', '.join(sorted(later))}; the update does not say"
    return None


# A place or a site named after "de", "of", "at", "in": « le labo de Cluses », "the shop in
# Thornbury", "the outlet at Bandra" (a capital, not at a sentence's start).
_PLACE = re.compile(
    r"(?<=[a-zà-ÿ] )(?:de|du|d'|à|of|at|in) ?(?:the |la |le )?"
    r"([A-ZÀ-Ý][a-zà-ÿ]{2,}(?:[- ][A-ZÀ-Ý][a-zà-ÿ]+)?)"
)
_WHEN = frozenset(
    """January February March April May June July August September October November December
    Monday Tuesday Wednesday Thursday Friday Saturday Sunday Christmas Easter Noël Pâques
    Toussaint""".split()
)


@lru_cache(maxsize=8192)
def places(text: str) -> frozenset[str]:
    """The places or sites `text` names after "de", "of", "at", "in" (« le labo de Cluses »,
    "the shop in Thornbury"), as written: which one of a client's several sites it is about
    (newcomer27 c-041: the grant for the Cluses lab is not the one for the Thonon oven)."""
    return frozenset(m.group(1) for m in _PLACE.finditer(text) if m.group(1) not in _WHEN)

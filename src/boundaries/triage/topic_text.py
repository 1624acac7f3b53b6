"""The part of a message a topic may be taken from, and the names it must never be.

A topic goes into agendas and replies sent to clients (SPEC §5), so it is taken from what
the message says, never from its greeting ("Hi Sam,"), its sign-off ("Thanks, Jen"), a
signature block (a job title, a phone number, "Sent from my iPhone"), a quote or forward
header ("From: …", "Le 28 nov. Claire a écrit :"), nor from leftover HTML markup.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass

from boundaries.triage.lang import ENGLISH, FRENCH
from boundaries.triage.text import normalise, tokens
from boundaries.triage.topic_words import DETERMINERS, FUNCTION_WORDS, GENERIC, VERBISH

_COMMON = FRENCH | ENGLISH | GENERIC | VERBISH

_DROPPED_BLOCKS = re.compile(
    r"<(style|script|head|blockquote)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL
)
_BLOCK_TAGS = re.compile(r"</?(p|div|br|li|tr|h\d|ul|ol|table|blockquote)\b[^>]*>", re.I)
_TAGS = re.compile(r"</?[a-zA-Z][^>]*>")
_GREETING = re.compile(
    r"^\s*(?:(?:oui|yes|yeah|allo|allô)\W+)?"
    # « Re-bonjour Claire » greets again (trial43)
    r"(?:re-?\s?)?"
    r"(hi|hello|hey|dear|good (?:morning|afternoon|evening)|bonjour|bonsoir|salut|oui|allô|allo|"
    r"coucou|hello|cher|chère|chers|madame|monsieur)\b[\s,]*"
    r"((?:(?:mr|mrs|ms|dr|mme|m)\.?\s+)?(?-i:(?:[A-Z][\w'-]*\s*){0,2}))[,!:.]?\s*",
    re.IGNORECASE,
)
# Words between "c'est" and the name when the caller rings again: « c'est encore Anne », "it's
# me again, Dev"; never before what it is about (« c'est encore la panne du serveur »).
_AGAIN = (
    r"(?:(?:encore|de nouveau|toujours|re|moi|again|me again|me)\W+){0,2}"
    r"(?!(?:la|le|les|un|une|des|du|de|the|a|an|my|mon|ma|mes|notre|votre|ce|cette|ca|that|"
    r"this)\b)"
)
_SELF_ID = re.compile(
    # « c'est encore Anne », "it's me again, Dev" (newcomer55)
    r"\b(?:it's|it is|this is|c'est|c est|ici|my name is|je m'appelle)\s+"
    + _AGAIN
    + r"([a-zà-ÿ][\w'-]*)"
    r"|\b([a-zà-ÿ][\w'-]*)\s+(?:here|speaking|ici)\b",
    re.I,
)
# "hi noé," "hey camille": the word after a greeting that opens a line, when it is not
# the start of a sentence ("hi, it's…", "salut c'est…").
_GREETED = re.compile(
    r"^\W*(?:hi|hey|hello|bonjour|salut|coucou|allo|allô)\W+([a-zà-ÿ][\w-]*)\b(?!')",
    re.I | re.M,
)
_SIGN_OFF = re.compile(
    r"^\W*(thanks?(?: you)?(?: so much)?|many thanks|cheers|best(?: regards| wishes)?|"
    r"kind regards|regards|warm(?:ly| regards)|(?:meilleures |sinc[eè]res )?salutations"
    r"(?: distingu[ée]es)?|all the best|talk soon|speak soon|sincerely|"
    r"merci(?: beaucoup| d'avance| encore)?|cordialement|bien (?:à vous|cordialement)|"
    r"bonne (?:journée|soirée|fin de journée)|belle journée|bises|bisous|amitiés|à \+|a\+|"
    r"à bientôt|à plus|sent from my [\w ]+|envoyé de mon [\w ]+|envoyé depuis [\w ]+)"
    r"\W*(?P<name>(?-i:(?:[A-Z][\w'-]*\s*){0,2}))\W*$",
    re.IGNORECASE,
)
_CONTACT = re.compile(
    r"(\+?\d[\d .()/-]{6,}\d)|@|https?://|www\.|^\W*(tel|tél|phone|mobile|mob|fax|portable|"
    r"ligne directe|direct|office|bureau|web|site|adresse|address)\b\s*[.:]"
    r"|^[^:]{1,30}:\s*\+?[\d ().-]{2,}$",  # "Urgent matters: 999"
    re.IGNORECASE,
)
_TITLE = re.compile(
    r"\b(head of|director|directeur|directrice|manager|responsable|officer|coordinator|"
    r"coordinat(?:eur|rice)|chargée? de|président|présidente|president|trésorière?|treasurer|"
    r"secretary|secrétaire|ceo|cfo|coo|cto|founder|fondat(?:eur|rice)|co-founder|gérante?|"
    r"assistante?|administrat(?:eur|rice)|consultante?|chef de|comptable|accountant|"
    # a lawyer introducing themself: « ici Maître Lefèvre, avocat de la partie adverse »
    # (trial50 §4: the topic was « adverse »)
    r"avocate?|lawyer|solicitor|attorney|notaire|notary|huissier|bailiff|"
    r"partner|associée?|ltd|llc|sarl|sas|asbl|gmbh|inc\.?)\b|\|",
    re.IGNORECASE,
)
_HEADER = re.compile(
    r"^\s*(>|(from|de|sent|envoyé|date|to|à|cc|subject|objet)\s*:|-{2,}|_{3,}|"
    r".*\b(wrote|a écrit|a ecrit)\s*:\s*$|.*\bforwarded message\b|.*\bmessage transféré\b)",
    re.IGNORECASE,
)
_PLEASANTRIES = re.compile(
    r"\b((?:je vous souhaite |et )?(?:une )?(?:bonne|belle|excellente) (?:journée|soirée|"
    r"fin de journée|semaine|fin de semaine|week-end|weekend|après-midi)|"
    r"(?:have|enjoy) a (?:good|nice|great|lovely) (?:day|evening|weekend|week|one)|"
    r"hope (?:you are|you're|all is) (?:well|keeping well|good)|j'espère que vous allez bien)\b",
    re.IGNORECASE,
)
_AFFILIATION = re.compile(
    r"^\s*(?:from|at|with|of|de chez|chez|de la|du|de l'|de|à la|au)\s+", re.IGNORECASE
)
_FORWARDED_SUBJECT = re.compile(r"^\s*(?:subject|objet)\s*:\s*(.+?)\s*$", re.I | re.M)
_TRAILING_NAME = re.compile(r"(?<=[.?!])\s+((?:[A-Z][\w'-]+\s*){1,2})\s*$")


@dataclass(frozen=True)
class TopicSource:
    """The words a topic may come from (`text`, lines kept) and the words naming people
    (`names`, normalised as `normalise` writes them) that may not appear in it alone."""

    text: str
    names: frozenset[str]


def readable(text: str) -> str:
    """`text` with compatibility characters folded (full-width "ＤＯＷＮ" is "DOWN"), HTML
    entities decoded ("&nbsp;", "&eacute;"), and markup removed: style, script and
    blockquote blocks dropped, block tags turned into line breaks, other tags removed."""
    text = unicodedata.normalize("NFKC", text)
    if "<" in text and ">" in text:
        text = _DROPPED_BLOCKS.sub("\n", text)
        text = _BLOCK_TAGS.sub("\n", text)
        text = _TAGS.sub(" ", text)
    if "&" in text:
        text = html.unescape(text)
    return text.replace("\xa0", " ")


def _words(text: str) -> set[str]:
    return set(tokens(normalise(text)))


_SENTENCE_WORDS = 5
"""Words from which a line ending with a full stop is a sentence, not a signature's title."""


def _signature_like(line: str) -> bool:
    """A line of a signature block: contact details, a job title or an organisation, a
    sign-off formula, or a short line of capitalised words (a name)."""
    words = line.split()
    if len(words) > 8 or line.endswith("?"):
        return False
    if len(words) == 1 and words[0].isalpha():  # a first name alone, however written
        return True
    if _CONTACT.search(line) or _SIGN_OFF.match(line):
        return True
    if _TITLE.search(line):
        # a title in a sentence is someone the message speaks of: « Le président souhaite
        # aborder le renouvellement du bureau. » (newcomer15 M1)
        return not (len(words) >= _SENTENCE_WORDS and line.rstrip().endswith((".", "!")))
    return 0 < len(words) <= 4 and all(w[:1].isupper() or not w[:1].isalpha() for w in words)


def topic_source(text: str, subject: str = "") -> TopicSource:
    """What a topic may be taken from in `text` (a message's cleaned body, subject first for
    an email, `subject` then says which): no markup, no quote or forward header lines, no
    greeting, no sign-off or signature block at the end; and the names found in those
    places, in a self-introduction ("it's Claire", "c'est Marc") or in the pieces the body
    opens on that say who writes or calls (`introduction`: "Sam Taylor. Wanted to…")."""
    lines = [x.strip() for x in readable(text).splitlines()]
    lines = [x for x in lines if x and not _HEADER.match(x)]
    names: set[str] = set()
    # Sign-off and signature: the run of signature-like lines at the end, when text is left.
    end = len(lines)
    while end > 1 and end > len(lines) - 8 and _signature_like(lines[end - 1]):
        end -= 1
    for line in lines[end:]:
        if not (_CONTACT.search(line) or _TITLE.search(line)):
            sign_off = _SIGN_OFF.match(line)
            names |= _words(sign_off.group("name") if sign_off else line)
    lines = lines[:end]
    if lines:
        trailing = _TRAILING_NAME.search(lines[-1])
        if trailing is not None and not _SIGN_OFF.match(trailing.group(1)):
            names |= _words(trailing.group(1))
            lines[-1] = lines[-1][: trailing.start()]
    opening = "\n".join(" ".join(x.split()[:8]) for x in lines[:2])
    # Greeting: the first line's (or first clause's) greeting word and the name after it.
    greeted = -1  # the line a greeting opened
    for i, line in enumerate(lines[:2]):
        greeting = _GREETING.match(line)
        if greeting is not None:
            names |= _words(greeting.group(2))
            lines[i] = line[greeting.end() :]
            greeted = i
            break
    skip = 1 if subject and lines and lines[0] == subject.strip() else 0
    first = next((i for i, x in enumerate(lines[skip : skip + 2], skip) if x.strip()), None)
    if first is not None:
        first_line = lines[first]
        vocative = _VOCATIVE_OPENING.match(first_line) if greeted != first else None
        if vocative is not None and _words(vocative.group("name")) & (_COMMON | FUNCTION_WORDS):
            vocative = None  # "Thanks, Fixed." opens on no name
        if vocative is not None:
            # « Claire, Jean-Marc. L'inspection… », "Claire - Marco. Ring when free.": the
            # name addressed opens the line as a greeting would
            names |= _words(vocative.group("name"))
            first_line = first_line[vocative.end() :]
        names |= introduction(first_line, greeted == first or vocative is not None)
    body = "\n".join(x for x in lines if x.strip())
    for m in _SELF_ID.finditer(opening):
        names |= _words(m.group(m.lastindex or 0))
        names |= _affiliation(opening[m.end() :])
    intro = "\n".join(" ".join(x.split()[:INTRO_WORDS]) for x in lines[:2])
    for m in _SELF_ID.finditer(intro):
        if m.group(m.lastindex or 0).lower() in DETERMINERS:  # "à propos" is no "a"
            # "c'est le docteur Lambert à la clinique", "it's the practice at Millbrook
            # Vets": who is calling is the words after the determiner, and where from
            # (never "c'est la paie des vacances": a caller says where they call from)
            caller, rest = _caller(intro[m.end() :])
            if _AFFILIATION.match(rest):
                names |= caller | _affiliation(rest)
    for m in _GREETED.finditer(opening):
        names |= _words(m.group(1)) - FUNCTION_WORDS
    return TopicSource(_PLEASANTRIES.sub(" ", body), frozenset(names))


INTRO_WORDS = 14
"""Words of a line's start read for who is calling and from where."""


def _caller(rest: str) -> tuple[set[str], str]:
    """The words naming a caller who introduces themselves by a title or a role after a
    determiner ("le *docteur Lambert*", "the *practice*"): up to three words, up to the
    first function word; with what follows them."""
    found: set[str] = set()
    at = 0
    for m in re.finditer(r"[\w'-]+", rest):
        word = normalise(m.group(0)).strip()
        if not word or word in FUNCTION_WORDS or len(found) == 3:
            break
        found.add(word)
        at = m.end()
    return found, rest[at:]


def _affiliation(rest: str) -> set[str]:
    """The words of the organisation a caller introduces themselves with ("Priya here
    *from Prakash Trust*", "c'est Nathalie *de la bibliothèque associative*"): up to three
    words after "from"/"de", stopping at the first word after which the sentence goes on."""
    m = _AFFILIATION.match(rest)
    if m is None:
        return set()
    found: set[str] = set()
    for word in tokens(normalise(rest[m.end() :]))[:4]:
        if word in FUNCTION_WORDS:
            if found:
                break
            continue
        found.add(word)
        if len(found) == 3:
            break
    return found


# Where a message's first line (its greeting taken off) says who calls, piece by piece:
# "Sam Taylor. Wanted to…", "Nick Bell, Chief Executive, Westside Food Bank, about…",
# « ici le secrétariat du docteur Lambert, de la part de Madame Girard. Elle… »,
# "this is kevin calling on behalf of mark jensen at northwind uh he asked me…".
_PIECE = re.compile(r"\s*(?:[,.;!?()]|\s[-–—]\s)\s*")
_HESITATION_WORDS = (
    r"euh|uh|um|er|erm|so|alors|oui|yes|yeah|hi|hello|hey|bonjour|salut|ja|hallo|allo|allô|"
    r"hiya|aye|ey up|g'day|kia ora|howdy"
)
_HESITATIONS = rf"(?:(?:{_HESITATION_WORDS})\W+)*"
_ONLY_HESITATION = re.compile(rf"^(?:(?:{_HESITATION_WORDS})\W*)+$", re.IGNORECASE)
"""A piece that is only hesitations or a greeting (« allô », « oui », "ja hallo")."""
_WHO_LEAD = re.compile(
    rf"^{_HESITATIONS}(?:(?:it's|it is|its|this is|c'est|c est)\s+(?=(?:encore|de nouveau|re|"
    r"moi|again|me again)\b)" + _AGAIN + r"|it's|it is|its|this is|c'est|c est|ici|my name is|"
    r"je m'appelle|"
    r"je suis|i'm|i am|calling|on behalf of|(?:message )?de la part (?:de|du|des|d')|"
    r"pour le compte de|(?:pour|for)(?=\s+(?:monsieur|madame|mme|m\.|mr|mrs|ms|dr|ma[iî]tre)\b))"
    r"\s+",
    re.IGNORECASE,
)
_WHO_DETERMINER = re.compile(r"^(?:(?:le|la|les|the|my|votre|your)\s+|l'\s*)", re.IGNORECASE)
# Who calls by what they are: a person's form of address, or a role (an office, a desk, a
# practice) when it says whose it is ("the office *of*", « le cabinet *de* »).
_PERSON = re.compile(
    r"^(?:docteur|doctor|dr\.?|ma[iî]tre|me|mr\.?|mrs\.?|ms\.?|mme|mlle|m\.|monsieur|madame|"
    r"councill?or|conseill[eè]re?|maire|mayor|chief|head|chair\w*|deputy|vice|trustee)(?=\W|$)",
    re.IGNORECASE,
)
_ROLE = re.compile(
    r"^(?:secr[ée]tariat|cabinet|office|bureau|accueil|reception|standard|service|team|"
    r"équipe|equipe|practice|clinic|clinique|étude|etude)\s+(?:de|du|des|d'|of|at|from|à|chez)\b"
    # « c'est le cabinet comptable », "it's the accounts team" (trial50 §4)
    r"|^(?:le |la |l'|the )?(?:cabinet|bureau|service|secr[ée]tariat|accounts|team|équipe)\s+"
    r"(?:comptable|d'expertise comptable|juridique|rh|paie|technique|informatique|team|"
    r"department|office)\s*$",
    re.IGNORECASE,
)
# A caller's introduction ends where a clause or the matter begins: a pronoun, a
# hesitation, a word that says what the call is about.
_WHO_ENDS = frozenset(
    """i i'm he she we they you it il elle je j nous on ils elles tu vous c ca
    euh uh um er erm so just about regarding concerning re au sujet propos concernant pour
    par rapport quick wanted wondering donc alors voila bon""".split()
)
# Words that join who calls to where they are from or whom they call for.
_WHO_LINKS = re.compile(
    r"^(?:from|at|with|of|for|de chez|chez|de la part de|de la|de l'|du|des|de|d'|à la|"
    r"à l'|au|aux|calling(?: from)?|on behalf of|'s|"
    # « ici Anne pour la boulangerie Vanderstraeten », « pour la société Peeters et Fils »
    r"pour (?:la|le|l'|les)(?=\s*(?:société|societe|sté|ste|boulangerie|mairie|entreprise|"
    r"cabinet|association|club|commune|ferme|maison|pharmacie|clinique|agence|école|ecole|"
    r"garage|brasserie|coopérative|cooperative|fondation|compagnie|groupe|résidence|"
    r"residence|fiduciaire|étude|etude|librairie|boucherie|fromagerie|imprimerie|menuiserie)"
    r"\b))(?:\s+|(?<=')|$)",
    re.IGNORECASE,
)
_FROM_FIRM = re.compile(
    r"^(?:from|de chez|chez|du|de la|de l'|des|at|pour (?:la|le|les|l'))\s*(?=\w)(?!sujet\b)",
    re.IGNORECASE,
)
"""A piece after the caller's name that says where they are from (« du club de foot de
Namur », "from Sharma Translations"); not « au sujet du budget », which names the matter."""
_PARTICLES = frozenset("van von der den de du da di le la mac ten ter bin al el".split())
"""Small words inside a surname ("Johan van der Merwe", « Jean de La Fontaine »)."""
_WHO_WORDS = 4
"""Words one part of an introduction names at most ("Smith and Partners", « épicerie
solidaire de Vitry »)."""


def introduction(line: str, greeted: bool = False) -> set[str]:
    """The words of who is calling or writing that `line` (a message's first line, its
    greeting taken off) opens on, normalised: its first pieces (cut at punctuation) while
    each one introduces someone (« ici Sandrine », « de la part de Madame Girard », "this is
    kevin calling on behalf of mark jensen at northwind"), is a name in capitals ("Sam
    Taylor", "Westside Food Bank") or a title ("Chief Executive", « l'assistante de Monsieur
    Dufresne à la mairie de Vitry ») after a greeting (`greeted`: the line opened on one)
    or after another such piece. A line that opens on capitals without a greeting ("Deceptive
    Site Warning. My site…") names its matter. Such words name people,
    never a matter: a topic made of them would tell a client their own caller's name
    (newcomer16 H5). Empty when the line opens on something else."""
    found: set[str] = set()
    pieces = [x.strip() for x in _PIECE.split(line)[:5] if x.strip()]
    for k, piece in enumerate(pieces):
        if not found and _ONLY_HESITATION.match(piece):
            continue  # « allô, oui, c'est Jean-Pierre »
        if found and (link := _FROM_FIRM.match(piece)) is not None:
            # « c'est Jean-Pierre, du club de foot de Namur »: where the caller is from
            rest = piece[link.end() :].split()
            # a place's or a firm's name in it ("Namur", "Sharma"): not « du budget 2027 »
            if 0 < len(rest) <= _WHO_WORDS + 2 and any(w[:1].isupper() for w in rest):
                # the link's own words too: « de la *part* de Madame Girard »
                found |= set(tokens(normalise(piece)))
                continue
        lead = _WHO_LEAD.match(piece)
        if lead is None and greeted and not found:
            # "hi claire um this is kevin…": the name greeted, then who calls
            vocative = _VOCATIVE_WORD.match(piece)
            if vocative is not None and (lead := _WHO_LEAD.match(piece[vocative.end() :])):
                found |= set(tokens(normalise(vocative.group(0)))) - _COMMON
                piece = piece[vocative.end() :]
        if lead is not None:
            words = _introduced(piece[lead.end() :])
            if _ROLE.match(piece[lead.end() :].strip()):
                # « c'est le cabinet comptable »: the firm's whole name (trial50 §4)
                words |= set(tokens(normalise(piece[lead.end() :])))
            if not words:
                break
            # "on behalf of", « de la part de »: their words are no matter either
            found |= words | set(tokens(normalise(lead.group(0))))
            continue
        plain = _WHO_DETERMINER.sub("", piece, count=1)
        # without a greeting, a name in capitals signs a text when what follows is another
        # such piece or says what it is about: "Angus Macleod, Glen Affric Estate - re …"
        following = pieces[k + 1] if k + 1 < len(pieces) else ""
        signed = not (found or greeted) and bool(
            _capitalised_name(following) or _ABOUT.match(following)
        )
        if (found or greeted or signed) and (
            _capitalised_name(piece, alone=not found) or _TITLE.match(plain)
        ):
            found |= set(tokens(normalise(piece)))  # "Westside Food Bank", "Chief Executive"
            continue
        if (_PERSON.match(plain) or _ROLE.match(plain)) and (words := _introduced(piece)):
            if not set(tokens(normalise(piece))) - words - FUNCTION_WORDS:
                found |= words  # « le cabinet de Maître Durand », "Dr Patel"
                continue
            if greeted and not found:
                found |= words  # « bonsoir maître roussel euh voilà… »: whom it greets
            break  # « Mme Perrin de la fiduciaire m'a appelé »: someone it speaks of
        break
    return {w for w in found if w not in FUNCTION_WORDS}


def _before_a_surname(words: list[str], at: int) -> bool:
    """`words[at]` starts a surname's particles ("van der", « de ») that a capitalised word
    follows: "Johan *van der* Merwe"."""
    end = at
    while end < len(words) and words[end].lower() in _PARTICLES:
        end += 1
    return at < end < len(words) and words[end][:1].isupper()


def _introduced(rest: str) -> set[str]:
    """The words naming who calls in `rest`, what follows an introduction's lead ("this is",
    « ici », "on behalf of"): a name, a form of address, a role or a title, with the
    capitalised words after it ("Laura Smith", « docteur Lambert »), then any words joined
    to it by "from", "at", « de », "calling on behalf of"… (`_WHO_WORDS` at most each).
    A name not capitalised is one only when a joining word or a new clause follows it ("its
    dave from northwind", « c'est nathalie je voulais… »). Empty when `rest` names what the
    message is about instead (« c'est *au sujet* de… », "it's *the invoice*…", "it's broken
    again")."""
    rest = _LEADING_LINKS.sub("", _FILLER_RUN.sub("", rest, count=1), count=1)
    plain = _WHO_DETERMINER.sub("", rest, count=1)
    words = plain.split()
    if not words:
        return set()
    titled = _PERSON.match(plain) or _ROLE.match(plain) or _TITLE.match(plain)
    first = normalise(words[0]).strip()
    following = normalise(words[1]).strip() if len(words) > 1 else ""
    if plain != rest and not titled:
        return set()  # « c'est la paie des vacances »: what it is, not who calls
    if not (
        titled
        or (words[0][:1].isupper() and first not in _WHO_ENDS)
        or (
            first
            and first not in _COMMON
            and first not in FUNCTION_WORDS
            and (len(words) == 1 or following in _WHO_ENDS or _WHO_LINKS.match(words[1]))
        )
    ):
        return set()
    found = set(tokens(first))
    at = 1
    if _PERSON.match(words[0]) and len(words) > 1:
        surname = normalise(words[1]).strip()
        if surname not in _WHO_ENDS and surname not in FUNCTION_WORDS | _COMMON:
            found |= set(tokens(surname))  # « maître roussel », as a transcript writes it
            at = 2
    while at < len(words) and (
        (
            words[at][:1].isupper()
            and not _WHO_LINKS.match(words[at])
            and normalise(words[at]).strip() not in _WHO_ENDS
        )
        or _before_a_surname(words, at)  # "Johan *van der* Merwe"
    ):
        found |= set(tokens(normalise(words[at])))  # "Laura *Smith*", « docteur *Lambert* »
        at += 1
    text = " ".join(words[at:])
    while (link := _WHO_LINKS.match(text)) is not None:
        text = text[link.end() :]
        while (again := _WHO_LINKS.match(text)) is not None and again.end() > 0:
            text = text[again.end() :]
        taken = 0
        for word in text.split():
            token = normalise(word).strip()
            if token in _WHO_ENDS or _WHO_LINKS.match(word) or taken == _WHO_WORDS:
                break
            if taken and token in DETERMINERS:
                break  # "from shanti *the* cctv recorder is…": another clause
            found |= set(tokens(token))
            taken += 1
        if not taken:
            break
        text = " ".join(text.split()[taken:])
    return found


_ABOUT = re.compile(r"(re|re:|about|regarding|concernant|au sujet de|à propos de)\s", re.I)
_VOCATIVE_WORD = re.compile(r"[^\W\d_][\w'-]*\s+")
_FILLER_RUN = re.compile(r"^(?:(?:euh|uh|um|er|erm)\s+)+", re.IGNORECASE)
_LEADING_LINKS = re.compile(r"^(?:from|de chez|chez|at)\s+", re.IGNORECASE)


def _capitalised_name(piece: str, alone: bool = False) -> bool:
    """`piece` is a name written in capitals: every word capitalised but linking words
    ("Westside Food Bank", "Smith and Partners", « Jean-Marc »), at most six words, one of
    them not a common word (so "Board Minutes" is no name); one word only when `alone` (a
    piece of its own after the name addressed: "Claire - *Marco*. Ring when free.")."""
    words = piece.split()
    if not 0 < len(words) <= 6:
        return False
    named = [w for w in words if w.lower() not in _CONNECTORS]
    if not named or not all(w[:1].isupper() for w in named):
        return False
    if sum(w.isupper() and len(w) > 1 for w in named) > 1:
        return False  # "THE PAYROLL SERVER IS DOWN": shouted, not a name
    if len(tokens(normalise(" ".join(named)))) < 2 and not (len(words) == 1 and alone):
        return False  # one word alone ("Tills.", « Imprimante : ») may name the matter
    return any(
        t not in _COMMON and t not in FUNCTION_WORDS for w in named for t in tokens(normalise(w))
    )


_CONNECTORS = frozenset("de du des d' of the and & et at from for chez à la le l' st".split())


# « Claire, Jean-Marc. … », "Claire - Marco. …": the name addressed, then who writes.
_VOCATIVE_OPENING = re.compile(
    r"^\W*(?P<name>[A-ZÀ-Ý][a-zà-ÿ'-]{2,})\s*(?:,|\s[-–—])\s*"
    r"(?=[A-ZÀ-Ý][\w'-]*(?:\s+[A-ZÀ-Ý][\w'-]*)?\s*[.,])"
)


# The person a message opens on by name, without a greeting word: « Claire, le dossier… »,
# "Claire the invoice…": a capitalised word, then a comma or a word a sentence starts with.
_VOCATIVE = re.compile(
    r"^\W*(?P<name>[A-ZÀ-Ý][a-zà-ÿ'-]{2,})(?:\s*,|[ \t]+(?=(?:le|la|les|l'|un|une|ton|ta|tes|"
    r"votre|vos|notre|nos|mon|ma|mes|ce|cet|cette|ces|il|elle|on|je|j'|tu|vous|nous|c'est|"
    r"est-ce|peux|pourrais|pourrais|the|a|an|your|our|my|this|that|it's|its|i|i'm|we|you|can|"
    r"could|would|please|merci|thanks|just|juste|desole|sorry)\b))"
)
# Who is calling, said without an apostrophe as transcripts write it, after a greeting:
# "hi claire its jen the kids concert…", « oui bonjour c est marc … ».
_SPOKEN_SELF_ID = re.compile(
    r"^\W*(?:(?:oui|yes|yeah|allo|allô)\W+)?(?:(?:hi|hey|hello|bonjour|salut|coucou|allo|allô)"
    r"\W+(?:[a-zà-ÿ'-]+\W+)??)?(?:its|it s|c est|cest)\s+" + _AGAIN + r"(?P<name>[a-zà-ÿ][\w-]*)",
    re.IGNORECASE,
)


# Who is calling, named before "again" or "here" as a caller says it: "jen again, sorry, one
# more thing…", « marc encore, désolé… », "Gary here" (trial37 §2: "jen" was the topic).
_NAME_AGAIN = re.compile(
    r"^\W*(?:(?:hi|hey|hello|bonjour|salut|coucou|oui|yes|allo|allô)\W+(?:[a-zà-ÿ'-]+\W+)??)?"
    r"(?P<name>[a-zà-ÿ][\w-]{1,20})"
    r"\s*,?\s+(?:again|here|encore|ici|de nouveau|à nouveau)\b",
    re.IGNORECASE,
)


def again_names(text: str) -> frozenset[str]:
    """Who is calling, named before "again" or "here" on the first line ("jen again, …",
    « marc encore », `_NAME_AGAIN`), normalised; never a common word."""
    first = next((x for x in readable(text).splitlines() if x.strip()), "")
    m = _NAME_AGAIN.match(first)
    found = _words(m.group("name")) if m is not None else set()
    return frozenset(w for w in found if w not in FUNCTION_WORDS and w not in _COMMON)


_CLOSING = re.compile(
    r"(?i:\b(?:thanks|thank you|thx|cheers|merci|best|regards|bises|bisous|cordialement|a "
    r"bientot|à bientôt))\s*[,!.]*\s+([A-ZÀ-Ý][\w'-]+)\s*[.!]*\s*$"
)


def closing_names(text: str) -> frozenset[str]:
    """The name signed after the last thanks on the message's last line ("… Can we put it on
    Wednesday's agenda? Thanks, Jen"), normalised; never a common word (trial48: "Jen" was
    the topic of a message about the audit)."""
    m = _CLOSING.search(readable(text).strip())
    found = _words(m.group(1)) if m is not None else set()
    return frozenset(w for w in found if w not in FUNCTION_WORDS and w not in _COMMON)


def opening_names(text: str) -> frozenset[str]:
    """The names a message opens on outside a greeting formula (normalised): the person
    addressed by name alone (« Claire le dossier doit être déposé… ») and who is calling
    when a transcript writes "its jen", « c est marc ». A common word is never one."""
    first = next((x for x in readable(text).splitlines() if x.strip()), "")
    found: set[str] = set()
    for pattern in (_VOCATIVE, _SPOKEN_SELF_ID, _NAME_AGAIN):
        m = pattern.match(first)
        if m is not None and not _PARTICIPLE.search(m.group("name")):
            found |= _words(m.group("name"))
    return frozenset(w for w in found if w not in FUNCTION_WORDS and w not in _COMMON)


# An opening word that is a participle, not a name: "Heard the…", "Received, thanks", « Reçu, ».
_PARTICIPLE = re.compile(r"(ed|ing|é|ée|és|ées|çu|çue)$", re.I)


def forwarded_subject(text: str) -> str:
    """The subject line of a message forwarded or quoted in `text` ("Objet : Fermeture de
    la salle"), or ""."""
    m = _FORWARDED_SUBJECT.search(readable(text))
    return m.group(1) if m else ""

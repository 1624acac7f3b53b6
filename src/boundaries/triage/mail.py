"""The new text of an email: what its sender wrote now, apart from history, sign-off and footers.

One mechanism, in order (SPEC §5 "judge an email by its new text"):

1. HTML-only bodies are turned into text by `html2text`, which keeps `<blockquote>` as `>`
   lines, so quoted HTML is history by the same rule as quoted text.
2. Lines are labelled: quoted (`>`), quote header ("On … wrote:", "Le … a écrit :",
   "-----Original Message-----", a From/Sent/To/Subject block), forward header, signature
   delimiter, mobile signature. A header that wraps over two lines is read as one.
3. History is a quote header followed by quoted text to the end (or an Outlook header block,
   whose history is not `>`-marked), and every `>` block: new text around a `>` block (a
   bottom-posted or interleaved reply) is kept. A line that merely looks like a header ("Le
   bailleur nous a écrit :") followed by unquoted text is the message itself.
4. Forwarded content is what the client hands over now: it stays, without its header lines.
5. Footers are boilerplate paragraphs at the END only; a closing formula ("Thanks,",
   "Cordialement,") cuts only when what follows it looks like a signature, never an opener
   ("Merci !" after the greeting).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from dateutil import parser as dateutil_parser

_QUOTE_INTRO = re.compile(
    r"^\s*(on\b.{0,240}\bwrote|le\b.{0,240}\ba [ée]crit|am\b.{0,200}schrieb)\s*:?\s*$", re.I
)
_SEPARATOR = re.compile(
    r"^\s*(-{2,}|_{2,})?\s*(original message|message d'origine|message original|"
    r"reply message|r[ée]ponse)\s*(-{2,}|_{2,})?\s*$|^\s*_{5,}\s*$",
    re.I,
)
_FORWARD = re.compile(
    r"^\s*(-{2,}\s*(forwarded message|message transf[ée]r[ée]|message r[ée]exp[ée]di[ée])"
    r"\s*-{0,}|begin forwarded message\s*:|d[ée]but du message (r[ée]exp[ée]di[ée]|transf[ée]r[ée])"
    r"\s*:)\s*$",
    re.I,
)
_HEADER_FIELD = re.compile(
    r"^\s*\**(from|de|sent|envoy[ée]|date|to|[àa]|cc|subject|objet|sujet)\**\s*:\s?\**\s*\S", re.I
)
_SIGNATURE_DELIMITER = re.compile(r"^\s*--\s*$")
# A mobile signature is the whole line ("Sent from my iPhone", « Envoyé de mon Samsung »),
# never a line that goes on to say something ("Sent from my phone so excuse typos: …").
_MOBILE = re.compile(
    r"^\s*(sent from (my|outlook|mail|yahoo)|envoy[ée] (de|depuis) (mon|ma|outlook|yahoo)|"
    r"get outlook for|t[ée]l[ée]charger outlook)[^:;.!?]{0,40}[.!]?\s*$",
    re.I,
)
# A postscript is the sender writing again after the sign-off ("PS: site down!").
_POSTSCRIPT = re.compile(r"^\s*(p\.?\s?-?s\.?|pps|nb|n\.b\.)\s*[:.,-]?\s", re.I)
# What an HTML body is made of: tags or character references, named, decimal or hexadecimal
# (`&eacute;`, `&#233;`, `&#xE9;`): converted before reading.
_HTML = re.compile(
    r"<\s*/?\s*(html|body|head|div|p|br|span|blockquote|table|tr|td|font|b|i|u|strong|em|ul|"
    r"ol|li|a|style|meta|h[1-6]|hr|img|center|pre|o:p)\b[^>]*>"
    r"|&([a-z][a-z0-9]{1,30}|#\d{2,7}|#x[0-9a-f]{2,6});",
    re.I,
)
# A cover note that hands over what follows: "See below", « Voir ci-dessous », "FYI",
# « Je te transfère », "Can you handle this?". With it, an Outlook header block below is the
# forwarded message (Outlook writes the same From/Sent/To/Subject for forwards and replies).
_HANDS_OVER = re.compile(
    r"\b(see|read|check|voir|lire|regarde[rz]?)\b.{0,30}\b(below|underneath|ci-? ?dessous|"
    r"en dessous|plus bas)\b|\b(below|ci-? ?dessous)\s*[:.!]?\s*$|\bf\.?y\.?i\b|"
    r"\bpour (info|information|ton info|votre info|m[ée]moire)\b|"
    r"\b(i'?m|i am|je (te|vous)) (forwarding|transf[èe]re|fais suivre|renvoie)|\bforwarding\b|"
    r"\b(handle|deal with|look at|have a look at|sort|check|see|read|fix) (this|it|that)\b|"
    r"\b(regarde[rz]?|lire|g[ée]rer|traiter|t'en occuper|vous en occuper) (ça|ceci|cela|ce "
    r"(mail|message|courriel))\b|\b(we|i) (got|received|just got|just received) this\b|"
    r"\b(re[çc]u|reçu) (ça|ceci|ce (mail|message|courriel))\b",
    re.I,
)
_GREETING = re.compile(
    r"^\s*(hi|hello|hey|dear|good (morning|afternoon|evening)|bonjour|bonsoir|salut|coucou|"
    r"cher|chère|madame|monsieur)\b[^.!?:;]{0,40}[,!.]?\s*$",
    re.I,
)
_FORWARD_SUBJECT = re.compile(r"^\s*(fwd?|tr|transf|wg|rv)\s*:", re.I)
# What a mail server or a list writes before a subject, ahead of any "Re:" or "Fwd:": a
# bracketed tag ("[External]", "[EXT]", « [Externe] », "[ca-horizon]"), a starred or
# parenthesised warning ("*EXTERNAL*", "(External)"), or "EXTERNAL:" / "EXT:".
_SUBJECT_TAG = re.compile(
    r"^\s*(?:\[[^\[\]\n]{1,40}\]|\(\s*(?:external|ext|externe|extern|externo)\s*\)|"
    r"\*+\s*(?:external|ext|externe|extern)\s*\*+|(?:external|ext|externe|extern)\s*:)\s*",
    re.I,
)


def untagged_subject(subject: str) -> str:
    """`subject` without the tags a mail server or a mailing list puts before it
    (`_SUBJECT_TAG`): "[External] Re: Quarterly review" is "Re: Quarterly review", so that
    a reply or a forward is known by its "Re:" / "Fwd:" whatever was written ahead of it
    (newcomer19 H6: law firms, councils and the NHS tag every outside email)."""
    while (m := _SUBJECT_TAG.match(subject)) is not None and m.end() < len(subject):
        subject = subject[m.end() :]
    return subject


HANDED_OVER_WORDS = 40
"""A cover note longer than this is a reply of its own, not a note handing over what follows."""
_DATED = re.compile(r"\d{1,2}[:h]\d{2}|\d{4}|@")
_FOOTER = re.compile(
    r"\b(this (e-?mail|message|communication)\b.{0,80}\b(confidential|intended|privileged)|"
    r"(the )?(information|contents?) (in|of|contained in) this (e-?mail|message|"
    r"communication)|les informations (contenues )?dans ce (message|courriel|mail)|"
    r"(you (are )?receiv(ed|ing) this|vous recevez ce) (message|e-?mail|courriel|mail) "
    r"(because|car|parce)|to post to this group|view this discussion|"
    r"(ce|le present) (message|courriel|mail|e-mail)\b.{0,80}\b(confidenti|destin|strictement)|"
    r"(is|are) confidential and (may|intended)|confidentiality notice|"
    r"(avis|clause|mention) de confidentialit[ée]|"
    r"(legal )?disclaimer\s*(:|$)|avertissement\s*(:|$)|"
    r"if you (have )?received this (e-?mail|message) (in error|by mistake)|"
    r"si vous (avez )?re[çc]u ce (message|courriel|mail) par erreur|"
    r"(please )?consider the environment|pensez [àa] l'environnement|"
    r"avant d'imprimer|before printing|"
    # an office's standing notices: "Our office is closed from 24 December…", "For urgent
    # safeguarding matters call 0800…", « Nos bureaux seront fermés du… », "This email has
    # been scanned for viruses"
    r"(our|the) offices? (is|are|will be) closed|(nos|les) bureaux (sont|seront) ferm[ée]s|"
    r"for urgent [a-z ]{0,30}(matters|enquiries|queries|issues)|en cas d'urgence|"
    r"(this (e-?mail|message) )?(has been )?scanned for viruses|virus-free|"
    # the health warning French law puts on anything about alcohol (Loi Évin): « L'abus
    # d'alcool est dangereux pour la santé, à consommer avec modération »
    r"l'abus d'alcool est dangereux|(à|a) consommer avec mod[ée]ration|"
    r"(to |click here to |pour vous |cliquez ici pour vous )?(unsubscribe|se d[ée]sinscrire|"
    r"d[ée]sabonner)(\s*$|\s*[|:,.]| (from|here|ici|de (cette|la|notre)|at any time|[àa] tout))"
    r")",
    re.I,
)
FOOTER_LEAD = 20
"""Characters a footer's words may stand from the start of its line: a label before them
("CONFIDENTIAL: This message…", "Avertissement : ce courriel…")."""
_CLOSING = re.compile(
    r"^\s*(thanks?( you)?( so much| again| in advance)?|many thanks|cheers|best( regards| wishes)?|"
    r"kind regards|regards|warm(est)? regards|with thanks|all the best|talk soon|thx|"
    r"merci( beaucoup| d'avance| encore| bien)?|cordialement|bien cordialement|"
    r"bien [àa] (vous|toi)|belle (journ[ée]e|soir[ée]e)|bonne (journ[ée]e|soir[ée]e|fin de "
    r"(journ[ée]e|semaine|ann[ée]e))|[àa] bient[ôo]t|bises|amiti[ée]s|sinc[èe]rement|"
    r"salutations|tr[èe]s cordialement|merci et bonnes? .{0,20}|"
    # the French letter's formula: « Veuillez agréer, Madame, l'expression de mes sentiments
    # distingués », « Je vous prie d'agréer… mes salutations distinguées »
    r"veuillez agr[ée]er.{0,140}|(je vous prie d'|recevez|agr[ée]ez).{0,40}(salutations|"
    r"sentiments|expression).{0,100})\s*[,.!]*\s*.{0,3}$",
    re.I,
)
_CONTACT = re.compile(r"(@|https?://|www\.|\+?\d[\d .()-]{6,}\d|\b(tel|tél|mob|fax)\b)", re.I)
_SENTENCE_END = re.compile(r"[.?!:]\s*$")
# The dot of a firm's legal form ends no sentence: "Weber & Thill S.à r.l.", "Acme Ltd.".
# What a firm is, under its name in a sign-off: "A Community Benefit Society registered with
# the FCA", "Authorised and regulated by the Financial Conduct Authority", « Société
# coopérative d'intérêt collectif », "a company limited by guarantee".
_STANDING = re.compile(
    r"\b(registered with the|authori[sz]ed and regulated by|regulated by the|limited by "
    r"guarantee|community (benefit|interest) (society|company)|registered charity|charitable "
    r"incorporated organisation|soci[ée]t[ée] coop[ée]rative|soci[ée]t[ée] (anonyme|par "
    r"actions simplifi[ée]e|[àa] responsabilit[ée] limit[ée]e)|association (d[ée]clar[ée]e|"
    r"loi)|inscrite? (au|à l'|a l')(registre|orias))\b",
    re.I,
)
_LEGAL_FORM = re.compile(
    r"(\b\w{1,3}\.){2,}\s*$|\b(inc|ltd|co|corp|llc|llp|plc|gmbh|sarl|sas|sa|bv|nv|pty)\.\s*$",
    re.I,
)

# A firm's name, told by the legal form that ends it ("Hart Roofing Ltd", « Centre de jour Les
# Trois Ponts asbl », "Brightline Software France SAS").
_FIRM = re.compile(
    r"\b(asbl|a\.s\.b\.l|sarl|sas|sasu|eurl|sprl|srl|scop|scic|sci|gie|ltd|plc|llc|"
    r"llp|inc|gmbh|ag|bv|nv|cic|cio|sàrl)\.?$",
    re.I,
)
_INSTITUTION = re.compile(
    r"^(the |le |la |l')?(mus[ée]e|museum|biblioth[èe]que|m[ée]diath[èe]que|library|archives|"
    r"[ée]cole|school|coll[èe]ge|lyc[ée]e|mairie|town hall|city of|ville de|commune de|"
    r"universit[ée]|university|h[ôo]pital|hospital|clinique|clinic|centre|center|association|"
    r"fondation|foundation|gallery|galerie|th[ée][âa]tre|theatre|theater|cr[èe]che|nursery|"
    r"cabinet|office de tourisme|conseil|council|r[ée]seau|network)\b[^.!?]*$",
    re.I,
)
"""A signature's line naming the institution signed for (« Musée d'histoire de la Ville de
Wiltz », "Harcourt Museum of Textiles", newcomer97): a name, however many words."""
FIRM_WORDS = 10
"""Words a firm's name line may hold (a signature's other lines: `_signature_line`)."""

MOSTLY_REMOVED = 0.3
"""When the new text keeps less than this share of the body's words, judge the fuller text too."""
HALF_REMOVED = 0.5
"""When the new text keeps at most this share and asks for something ("Pouvez-vous regarder ?
C'est pour demain." above a forwarded notice), judge the fuller text too; a thank-you or an
acknowledgement above a quote ("Thanks, got it.") is judged alone."""


@dataclass(frozen=True)
class MailText:
    """An email body read apart: `new` is what the sender wrote now (with what they forward);
    `fuller` is the body without footers and signatures but with its history, unquoted."""

    new: str
    fuller: str
    forwarded: bool = False
    signed: str = ""
    """The new text with the lines of the name that signs it ("Margaux", "Dave Mills |
    Practice Manager"), footers and a closing formula's signature still cut: who writes
    tells whose matter a status check is about (`answered`), never what it is about."""

    @property
    def share_kept(self) -> float:
        """Words of the new text over words of the fuller text (1.0 for an empty body)."""
        full = len(self.fuller.split())
        return len(self.new.split()) / full if full else 1.0

    @property
    def mostly_removed(self) -> bool:
        """Cleaning removed most of the body (a one-line reply on top of a long thread)."""
        return self.share_kept < MOSTLY_REMOVED


def html_to_text(html: str) -> str:
    """Plain text of an HTML body (html2text: blockquotes become `>` lines, links their text).

    Character references are read as the characters they name, accents included
    (`&eacute;` is "é", `&rsquo;` "’"): html2text's `unicode_snob`, without which it writes
    them as the nearest ASCII ("creneau") and the data would come out silently wrong. A
    no-break space (`&nbsp;`) is a space."""
    import html2text  # imported on first HTML body only: most bodies are plain text

    converter = html2text.HTML2Text()
    converter.body_width = 0
    converter.unicode_snob = True
    converter.ignore_links = True
    converter.ignore_images = True
    converter.ignore_emphasis = True
    converter.ignore_tables = True
    text = _unescaped(converter.handle(html)).replace("\xa0", " ")
    lines = [line.rstrip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


_MD_ESCAPED = re.compile(r"(?:(?<=\d)|(?<![^\s]))\\([-+.])(?=[\s-]|$)")
"""A backslash html2text put before a dash, a plus or a number's dot that would start a
Markdown list or rule ("\\-- " for a signature delimiter, "1\\. " for "1. ")."""
_MD_ESCAPED_BACKSLASH = re.compile(r"\\(\\)(?=[\\`*_{}\[\]()#+\-.!])")
"""The backslash html2text doubles before a character Markdown would read."""


def _unescaped(text: str) -> str:
    """`text` (html2text's Markdown) without the escapes it adds so that text reads as
    Markdown: a mail is read as what it says, and a signature delimiter written "-- " in
    HTML must stay "-- " (`_SIGNATURE_DELIMITER`), never "\\-- "."""
    return _MD_ESCAPED_BACKSLASH.sub(r"\1", _MD_ESCAPED.sub(r"\1", text))


def new_text(body: str, subject: str = "") -> str:
    """The part of a plain-text email body its sender just wrote (see the module docstring);
    `subject` tells a forward."""
    return read_mail(body, subject).new


def signed_text(body: str, subject: str = "") -> str:
    """The new text with the name that signs it (`MailText.signed`): who writes, for the
    answered-by link."""
    return read_mail(body, subject).signed


_GREETED_NAME = re.compile(
    r"^\W*(?:hi|hello|hey|dear|thanks|thank you|cheers|bonjour|bonsoir|salut|coucou|merci|"
    r"chère|cher)\W+([A-ZÀ-Ý][\w'-]+)",
    re.I,
)


def quotes_the_reader(body: str) -> bool:
    """Whether the history `body` quotes was written by the person its new text greets or
    thanks ("Merci Claire ! … Le lun. 30 nov., Claire Martin <claire@…> a écrit :"): the
    consultant's own words, quoted back, are no news from the client (trial43)."""
    lines = body.splitlines()
    header = next((line for line in lines if _QUOTE_INTRO.match(line)), None)
    if header is None:
        return False
    greeted = next((m.group(1) for line in lines[:3] if (m := _GREETED_NAME.match(line))), None)
    return greeted is not None and re.search(rf"\b{re.escape(greeted)}\b", header) is not None


def note_above_forward(body: str) -> str | None:
    """The lines the sender wrote above the first forward header ("---------- Forwarded
    message ---------", « Début du message réexpédié : »), or None when `body` forwards
    nothing: the note is the sender's word on what they forward ("FYI, seen this last night.
    It came back on its own after 4 minutes", newcomer80)."""
    lines = body.splitlines()
    at = next((i for i, line in enumerate(lines) if _FORWARD.match(line)), None)
    return None if at is None else "\n".join(lines[:at])


def signature_only(text: str) -> bool:
    """`text` (a new text) is a signature block and nothing else: a few lines of a name, a
    title, a firm, contacts ("Jen Park\nProgram Director, Harbor Youth Arts\n+1 212 555
    0147"), no line in which someone speaks nor a sentence (`_signature_like`), and at least
    one line written as a name or contacts (`_formal`, `_signs`), so that a short message
    ("Budget vendredi") is not one. What a part of an email holding only that says is no
    message."""
    lines = [x for x in text.replace("\r\n", "\n").split("\n")]
    filled = [x for x in lines if _has_words(x)]
    if not filled or not _signature_like(lines):
        return False
    return any(_signs(x) or _CONTACT.search(x) or _ADDRESS.search(x) for x in filled) and (
        len(filled) > 1 or _signs(filled[0])
    )


def _bare_signature(lines: list[str]) -> bool:
    """`lines` are a signature block and nothing else, told by its form: a name first, then
    signature lines (`_signature_like`) of which one at least gives contacts or an address
    ("Jen Park\nProgram Director, Harbor Youth Arts\n+1 212 555 0147"). Such a body says
    nothing; its name is never the message (nor its topic)."""
    filled = [x for x in lines if _has_words(x)]
    return (
        len(filled) >= 2
        and _signs(filled[0])
        and _signature_like(lines)
        and any(_CONTACT.search(x) or _ADDRESS.search(x) for x in filled[1:])
    )


def new_text_html(html: str) -> str:
    """The new text of an HTML-only email body."""
    return read_mail(html_to_text(html)).new


def _joined_headers(lines: list[str]) -> list[str]:
    """Join a quote header that a mail client wrapped over two lines into its first line."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if i + 1 < len(lines) and not _QUOTE_INTRO.match(line):
            pair = f"{line.rstrip()} {lines[i + 1].strip()}"
            if (
                line.strip()
                and not line.lstrip().startswith(">")
                and _QUOTE_INTRO.match(pair)
                and _DATED.search(pair)
            ):
                out.extend([pair, ""])  # keep the line count: the second half becomes blank
                i += 2
                continue
        out.append(line)
        i += 1
    return out


def _history_from(lines: list[str], i: int) -> str | None:
    """What line i opens: "history" (all that follows is old), "intro" (it introduces the `>`
    block below it, new text may follow that block), or None (it is part of the message)."""
    line = lines[i]
    if _SEPARATOR.match(line):
        return "history"
    if _QUOTE_INTRO.match(line):
        following = next((x for x in lines[i + 1 :] if x.strip()), "")
        if following.lstrip().startswith(">"):
            return "intro"
        # A dated intro ("On Mon 3 Nov 2025 at 10:12, Ann <a@x> wrote:") from a client that
        # does not mark quotes; an undated one ("Le bailleur nous a écrit :") is the message.
        return "history" if _DATED.search(line) else None
    if _HEADER_FIELD.match(line) and re.match(r"^\s*\**(from|de)\b", line, re.I):
        block = lines[i : i + 6]
        if sum(bool(_HEADER_FIELD.match(x)) for x in block) >= 2:
            return "history"
    return None


def _signature_like(lines: list[str]) -> bool:
    """What follows a closing formula is a sign-off: a few short lines, names and contacts
    (`_signature_line`). A short line that opens a paragraph of its own is a signature's only
    when it is written like a name or a firm ("Riverside Community Trust"), not like a
    sentence ("le serveur est en panne"). A rule of stars or dashes that set off what a
    footer left is a blank line."""
    filled = [x.strip() for x in lines if _has_words(x)]
    if len(filled) > SIGNATURE_LINES:
        return False
    opens = False
    for i, x in enumerate(lines):
        if not _has_words(x):
            opens = True
            continue
        if not _signature_line(x) or (opens and not _formal(x) and not _addressed(lines, i)):
            return False
        opens = False
    return True


def _addressed(lines: list[str], i: int) -> bool:
    """The paragraph line i opens goes on with an address or contact details: a firm's
    name however it is written ("Cabinet dentaire des Brotteaux" above "54, rue Tête d'Or
    – 69006 Lyon")."""
    for x in lines[i + 1 :]:
        if not _has_words(x):
            return False
        if _CONTACT.search(x) or _ADDRESS.search(x):
            return True
    return False


def _has_words(line: str) -> bool:
    """The line holds a letter or a digit: not blank, not a rule ("*****", "-- ", "____")."""
    return any(c.isalnum() for c in line)


def _formal(line: str) -> bool:
    """A signature line that may open a paragraph: contact details, an address, fields, or
    words most of which are capitalised (a name, a firm), not a sentence."""
    x = line.strip()
    if _CONTACT.search(x) or _ADDRESS.search(x) or len(_SIGNATURE_FIELDS.split(x)) > 1:
        return True
    words = [w for w in x.split() if any(c.isalpha() for c in w)]
    capitalised = sum(w[0].isupper() for w in words)
    return bool(words) and capitalised * 2 >= len(words) + (len(words) > 2)


SIGNATURE_LINES = 10
"""Lines a signature block holds at most: a name, a title, a firm, an address, numbers."""
_SIGNATURE_FIELDS = re.compile(r"\s[|•·–—/]\s|\s\|\s?|\s?\|\s|\s+[–—]\s*|\s*[–—]\s+")
"""What separates the fields of a signature line: a name, a title, a firm, a town, or the
same name in two languages ("District scolaire de la Baie-des-Chaleurs / Chaleur Bay School
District", newcomer66)."""
# Words of someone speaking: a person, a request, a question ("we can't print", « pouvez-vous
# rappeler »). A signature line never holds them; a line of the message usually does.
_SPEAKS = re.compile(
    r"\b(i|i'm|i've|i'll|i'd|we|we're|we've|we'll|you|you're|your|me|my|us|our|they|"
    r"je|j'\w+|nous|vous|tu|te|toi|moi|mon|ma|mes|nos|on|please|pls|can|could|would|can't|"
    r"won't|don't|didn't|isn't|aren't|pouvez|pourriez|peux|est-ce|n'\w+|ne|pas|plus|svp|stp)"
    r"\b|[?!]\s*$",
    re.I,
)
# A postal address: a number then a street word, or a postcode beside a town
# ("12 rue de la République", "17 South Mall", "69002 Lyon", "Leeds LS1 5AB").
_ADDRESS = re.compile(
    r"(?:^|,\s*|\s[|•·–—-]\s*)\d{1,4}\s?(?:bis|ter|[a-z])?,?\s+(?:(?i:rue|avenue|av\.?|bd|"
    r"boulevard|boul\.?|blvd\.?|chemin|ch|place|all[ée]e|impasse|route|quai|cours|square|"
    r"rond-point|rang|street|st\.?|road|rd\.?|lane|ln\.?|way|drive|dr|close|court|terrace|row|"
    r"mall|parade|crescent|avenue|ave\.?|highway|hwy\.?|parkway|pkwy\.?|plaza)|[A-Z][\w'-]+ "
    r"(?i:street|st|road|rd|lane|way|mall|drive|avenue|ave|blvd|close|court|square|place|row|"
    r"terrace))\b"
    r"|\b\d{4,5}\s+[A-Z][a-zà-ÿ'-]+|\b[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}\b|"
    r"\b[A-Z]\d[A-Z]\s?\d[A-Z]\d\b|\b(?i:bp|cs|cedex)\s?\d"
)


_CODE = re.compile(r"\b[A-Z]{2}\b")
"""Two capitals in a line not written in capitals are a code ("Toronto, ON", "Portland,
ME", "US"), not a word someone speaks ("on", "me", "us")."""


def _signature_line(line: str) -> bool:
    """A line of a signature block, told by its form: contact details, an address, a few
    short fields ("Rob Hart | Owner | Hart Roofing Ltd", « Cabinet Renard & Associés —
    Avocats au barreau de Lyon »), or a short line that is not a sentence; never a postscript
    nor a line in which someone speaks (`_SPEAKS`)."""
    x = line.strip()
    if not x:
        return True
    if _POSTSCRIPT.match(x) or _SPEAKS.search(x if x.isupper() else _CODE.sub(" ", x)):
        return False
    words = [w for w in x.split() if _has_words(w)]  # a dash or a bar between fields is no word
    if _CONTACT.search(x) or _ADDRESS.search(x):
        return len(words) <= 16
    parts = [p for p in _SIGNATURE_FIELDS.split(x) if p and p.strip()]
    if len(parts) > 1 and len(words) <= 20 and all(_field(p) for p in parts):
        return True
    if _STANDING.search(x) is not None and len(words) <= 16:
        return True  # "A Community Benefit Society registered with the FCA" (newcomer68)
    if _FIRM.search(x) is not None and len(words) <= FIRM_WORDS:
        return True  # "Centre de jour Les Trois Ponts asbl" (newcomer89)
    if _INSTITUTION.match(x) is not None and len(words) <= FIRM_WORDS:
        return True
    ends = _SENTENCE_END.search(x) is not None and _LEGAL_FORM.search(x) is None
    return len(words) <= 6 and not (ends and len(words) > 3)


def _field(part: str) -> bool:
    """One field of a signature line: a few words (a name, a title, a firm), an address or
    a contact."""
    return len(part.split()) <= 6 or bool(_ADDRESS.search(part) or _CONTACT.search(part))


# A name that signs a message: one to four words, each capitalised or an initial, a title
# before it ("Dr. Rebecca Hale", « Me Martine Lefèvre », "Jean-Luc", "J. Smith"), a dash
# or a comma with a short role after it ("Keith, Vermin Away"), kisses after it ("Tara x").
_NAME_WORD = (
    r"(?:[A-ZÀ-Þ][a-zà-ÿ'’]+(?:-[A-ZÀ-Þ][a-zà-ÿ'’]+)?\.?|[A-Z]\.|d[e'’]|de la|du|van|von|le|la)"
)
_NAME = re.compile(
    rf"^\s*[-–—~]*\s*(?:(?:dr|mr|mrs|ms|mme|mlle|me|m|prof|ma[îi]tre)\.?\s+)?{_NAME_WORD}"
    rf"(?:\s+{_NAME_WORD}){{0,3}}\s*(?:[,|–—]\s*[^.?!]{{0,40}}|x{{1,3}}|bises|bisous)?$"
)


def _signs(line: str) -> bool:
    """The line is a name signing the message, not a greeting or a closing formula."""
    return (
        _NAME.match(line) is not None
        and _CLOSING.match(line) is None
        and _GREETING.match(line) is None
        and _SPEAKS.search(line) is None
    )


# A firm's legal mentions, wherever they stand in their line: "Brightline Software France
# SAS – share capital €50,000 – RCS Paris 901 234 567", « SIRET 123 456 789 00012 »,
# "Registered in England No. 01234567", "Registered Charity Number (RCN) 20081234".
_LEGAL_MENTION = re.compile(
    r"\b(share capital|capital social|au capital de|rcs [a-z][\w -]{1,30} [a-z]?\s?\d{3}\s?\d{3}"
    r"|siret|siren|n° tva|tva intracommunautaire|registered (in|office)|company (reg(istration|"
    r"istered)?|no\.?|number)|registered charity|charity (no|number|reg)|vat (no|number|reg)|"
    r"abn \d|ide che-?\d|kvk|handelsregister|numéro d'entreprise|bce \d|"
    # an association's standing: « Association loi 1901 reconnue d'utilité publique »
    r"association (r[ée]gie par la )?loi (de )?1901|reconnue? d'utilit[ée] publique|"
    # a French estate agent's statutory card and guarantee (loi Hoguet): « Carte
    # professionnelle n° CPI … délivrée par la CCI … Garantie financière GALIAN » (newcomer91)
    r"carte professionnelle n|garantie financi[èe]re)",
    re.I,
)


def _legal_mentions(line: str) -> bool:
    """The line gives a firm's legal mentions (`_LEGAL_MENTION`) with their figures, as
    fields, not as a sentence someone writes ("The share capital increase has to be filed
    today.")."""
    return (
        _LEGAL_MENTION.search(line) is not None
        and any(c.isdigit() for c in line)
        and _SPEAKS.search(_CODE.sub(" ", line)) is None
    )


def _opens_footer(lines: list[str], i: int) -> bool:
    """Line i begins boilerplate: the footer words open it (a firm's legal mentions may
    stand anywhere in it), and it starts a block (after a blank line or a sign-off line), not
    a sentence in the middle of the message."""
    line = lines[i]
    found = _FOOTER.search(line)
    leads = found is not None and found.start() <= len(line) - len(line.lstrip()) + FOOTER_LEAD
    if found is not None and not leads and i > 0 and not any(x.strip() for x in lines[i + 1 :]):
        # the message's last line, whose footer words begin a sentence after an office's
        # standing lines: « La Passerelle est agréée par la CAF. Association loi 1901…
        # Les informations contenues dans ce message… sont confidentielles. »
        leads = line[: found.start()].rstrip().endswith((".", "!"))
    if not leads and not _legal_mentions(line):
        return _MOBILE.match(line) is not None
    paragraph = []
    for x in lines[i:]:
        if not x.strip():
            break
        paragraph.append(x)
    if "?" in " ".join(paragraph):
        return False  # a question belongs to the message, not to boilerplate
    if i == 0:
        return True  # a block read on its own (`_rest_is_footer`)
    # Below something said (a footer never takes the whole message), after a blank line or
    # right after a sign-off line ("Jen", a phone number).
    said = any(x.strip() and not _GREETING.match(x) for x in lines[:i])
    return said and (
        not lines[i - 1].strip() or _signature_like([lines[i - 1]]) or _heads_block(lines, i - 1)
    )


_HEADING_WORDS = 16
"""Words of a firm's line that heads its legal footer at most."""


def _heads_block(lines: list[str], j: int) -> bool:
    """Line j opens a paragraph and is no sentence: a firm's line over its legal footer
    (« Aquagarrigue SAS – délégataire de service public des piscines du Lez » over « Ce
    message et ses pièces jointes sont confidentiels… », newcomer100)."""
    line = lines[j].strip()
    opens = j == 0 or not lines[j - 1].strip()
    return opens and not line.endswith((".", "!", "?", ":")) and len(line.split()) <= _HEADING_WORDS


def _drop_footers(lines: list[str]) -> list[str]:
    """Remove the boilerplate at the end and nothing in the body: from the first line that
    opens a footer (`_opens_footer`) when all that follows is footer text or a sign-off.
    A footer word in a sentence of the message ("unsubscribe requests are piling up")
    removes nothing."""
    while lines and not lines[-1].strip():
        lines.pop()
    first = next((i for i, x in enumerate(lines) if x.strip()), len(lines))
    for i in range(first + 1, len(lines)):
        # (never from the first line: a footer never takes the whole message, and a
        # client writes "Our office will be closed tomorrow." as a message of its own)
        if _opens_footer(lines, i) and _rest_is_footer(lines[i:]):
            del lines[i:]
            break
    while lines and not lines[-1].strip():
        lines.pop()
    return lines


def _rest_is_footer(lines: list[str]) -> bool:
    """Every paragraph of `lines` after the first is itself a footer or a sign-off."""
    paragraphs: list[list[str]] = [[]]
    for line in lines:
        if line.strip():
            paragraphs[-1].append(line)
        elif paragraphs[-1]:
            paragraphs.append([])
    for paragraph in paragraphs[1:]:
        if paragraph and not (_opens_footer(paragraph, 0) or _signature_like(paragraph)):
            return False
    return True


def _cut_signature(lines: list[str], names: bool = True) -> list[str]:
    """Cut the signature block at the end of the new text, told by its structure: after the
    closing formula ("Cordialement,") when only a signature follows it, else (`names`) from
    the name that signs the message ("Carol", "Dave Mills | Practice Manager") when only
    signature lines follow that name (`_signature_like`). Something must be said before it;
    a postscript or a sentence after the signature keeps it all."""
    said = False
    for i, line in enumerate(lines):
        if said and _CLOSING.match(line) and _signature_like(lines[i + 1 :]):
            return lines[: i + 1]
        if names and said and _signs(line) and _signature_like(lines[i + 1 :]):
            return lines[:i]
        said = said or bool(line.strip() and not _GREETING.match(line))
    return lines


def looks_like_html(body: str) -> bool:
    """The body is HTML (tags or character entities), to be turned into text first."""
    return _HTML.search(body) is not None


def _resumes_message(lines: list[str], i: int) -> bool:
    """Line i, inside a signature, is the sender writing again: a postscript, or a sentence
    after a blank line ("PS: our payroll transfer was rejected this morning")."""
    line = lines[i]
    if _POSTSCRIPT.match(line):
        return True
    after_blank = i > 0 and not lines[i - 1].strip()
    if not after_blank or _CONTACT.search(line) or _signature_like(["", line]):
        return False
    # a firm's line heading its legal footer is still the signature (« Aquagarrigue SAS –
    # délégataire de service public … » over « Ce message et ses pièces jointes sont
    # confidentiels … Si vous l'avez reçu par erreur », newcomer100: read as a status check)
    paragraph = []
    for x in lines[i + 1 :]:
        if not x.strip():
            break
        paragraph.append(x)
    return not any(_leads_a_footer(x) for x in paragraph)


def _leads_a_footer(line: str) -> bool:
    """`line` opens with a footer's words (`_FOOTER` within `FOOTER_LEAD` characters)."""
    found = _FOOTER.search(line)
    return found is not None and found.start() <= len(line) - len(line.lstrip()) + FOOTER_LEAD


def _written(lines: list[str]) -> str:
    """What the sender wrote in `lines`, greetings ("Bonjour,", "Hi Claire,") left out."""
    return " ".join(x.strip() for x in lines if x.strip() and not _greeting_only(x))


def _greeting_only(line: str) -> bool:
    """`line` greets and says nothing else: "Bonjour," or "Hi Claire!", not « Bonjour, voir
    ci-dessous. » (trial48: the note that hands over a `>` block was read as a greeting)."""
    return _GREETING.match(line) is not None and _HANDS_OVER.search(line) is None


def _points_below(new: list[str]) -> bool:
    """A short note written so far hands over what follows (`_HANDS_OVER`)."""
    written = _written(new)
    return len(written.split()) <= HANDED_OVER_WORDS and _HANDS_OVER.search(written) is not None


def _note_above(new: list[str]) -> bool:
    """The line just above a `>` block hands it over ("Je te transfère le message de la
    banque :"), in a short note: the block is forwarded, not a reply's history."""
    last = next((x for x in reversed(new) if x.strip() and not _greeting_only(x)), "")
    return _points_below(new) and _HANDS_OVER.search(last) is not None


def _hands_over(new: list[str], subject: str) -> bool:
    """What follows is forwarded, not history: the subject says so ("Fwd:", « TR : »),
    nothing is written above it, or a short cover note points to it (`_HANDS_OVER`)."""
    if _FORWARD_SUBJECT.match(untagged_subject(subject)):
        return True
    return not _written(new) or _points_below(new)


# A signature on the same line as the last sentence, after "--": "No action needed. -- Jen".
_INLINE_SIGNATURE = re.compile(
    r"^(?P<said>.*[.!?)])\s+--\s*(?P<name>[A-ZÀ-Þ][\w'’-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*){0,3})\s*$"
)


def _inline_signature_apart(lines: list[str]) -> list[str]:
    """`lines` with a signature written on the last line of text after "--" ("We got the
    grant! No action needed. -- Jen") put on lines of its own, after the delimiter line, as a
    mail program writes it (trial47: "jen" became the topic of an agenda sent to Jen)."""
    last = next((i for i in range(len(lines) - 1, -1, -1) if lines[i].strip()), None)
    if last is None:
        return lines
    found = _INLINE_SIGNATURE.match(lines[last])
    if found is None:
        return lines
    return [*lines[:last], found.group("said"), "-- ", found.group("name"), *lines[last + 1 :]]


@lru_cache(maxsize=4096)
def read_mail(body: str, subject: str = "") -> MailText:
    """Read an email body (plain text, or HTML turned into text first) apart into its new
    text and its fuller text; `subject` tells a forward ("Fwd:", « TR : »)."""
    if looks_like_html(body):
        body = html_to_text(body)
    lines = _joined_headers(body.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    lines = _inline_signature_apart(lines)
    new: list[str] = []
    fuller: list[str] = []
    placed: list[int] = []  # where each line of `new` stands in `fuller`
    forwarded = False
    in_history = False
    in_forward_header = False
    in_signature = False
    handed = heading = False  # inside a `>` block that a cover note hands over; its header
    for i, line in enumerate(lines):
        stripped = line.strip()
        if _FORWARD.match(line):
            forwarded, in_forward_header, in_signature, in_history = True, True, False, False
            continue
        if in_forward_header:
            if _HEADER_FIELD.match(line) or not stripped:
                continue
            in_forward_header = False
        quoted = line.lstrip().startswith(">")
        if quoted:
            unquoted = re.sub(r"^(\s*>)+\s?", "", line)
            if _QUOTE_INTRO.match(unquoted) and _DATED.search(unquoted):
                # a quoted message's own attribution ("> Le 28 nov. 2026 à 09:14, X a écrit :")
                # says when it was written, not what it says: its date is no deadline
                continue
            fuller.append(unquoted)
            if not handed and not in_history and not in_signature and _note_above(new):
                # « Je te transfère le message de la banque : » above a `>` block: the whole
                # block it hands over counts, its own From/Sent/Subject lines aside.
                forwarded = handed = heading = True
            if handed:
                heading = heading and (
                    _HEADER_FIELD.match(unquoted) is not None or not unquoted.strip()
                )
                if not heading:
                    new.append(unquoted)
                    placed.append(len(fuller) - 1)
            continue
        if stripped:
            handed = False  # the handed-over block ends where the sender writes again
        opens = None if in_history else _history_from(lines, i)
        if opens == "history" and _hands_over(new, subject):
            # A From/Sent/To/Subject block or an "Original Message" line that is handed over
            # (nothing above it, a note pointing to it, a forward's subject): forwarded
            # content, which counts.
            forwarded, in_forward_header, in_signature = True, True, False
            continue
        if opens is not None:
            in_history = opens == "history"
            continue
        if _SIGNATURE_DELIMITER.match(line) or _MOBILE.match(line):
            # Above everything ("Get Outlook for Android" over a forward), it signs nothing,
            # unless a signature alone follows the delimiter ("-- \nMarc Dubois\nAssociation
            # Horizon" as a whole body): that is said by nobody.
            in_signature = any(x.strip() for x in new) or (
                _SIGNATURE_DELIMITER.match(line) is not None and _signature_like(lines[i + 1 :])
            )
            continue
        if in_signature and _resumes_message(lines, i):
            in_signature = False
        if in_history:
            if not _HEADER_FIELD.match(line):
                fuller.append(line)
            continue
        if in_signature:
            continue  # until a blank line gives way to more of the message (`_resumes_message`)
        new.append(line)
        fuller.append(line)
        placed.append(len(fuller) - 1)
    unsigned = _drop_footers(new)
    kept = [] if _bare_signature(unsigned) else _cut_signature(unsigned)
    signed = "\n".join(_cut_signature(unsigned, names=False))
    # The sender's own signature and footer are no more content in the fuller text.
    cut = set(placed[len(kept) :])
    fuller = [x for j, x in enumerate(fuller) if j not in cut]
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip()
    whole = re.sub(r"\n{3,}", "\n\n", "\n".join(_drop_footers(fuller))).strip()
    return MailText(text, whole, forwarded, re.sub(r"\n{3,}", "\n\n", signed).strip())


def reply_runs(body: str) -> list[str]:
    """The runs of new lines of an interleaved reply, each answering the `>` block above it
    ("> Avez-vous pu relancer la sauvegarde ?\nOui merci, c'est réglé.\n> Et le nouveau
    poste ?\nLe portail est inaccessible…"); [] when no quoted line sits between two runs.
    Plain text only: an HTML body has no `>` lines."""
    runs: list[list[str]] = [[]]
    for line in body.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if line.lstrip().startswith(">"):
            if runs[-1]:
                runs.append([])
        elif line.strip():
            runs[-1].append(line)
    written = ["\n".join(run) for run in runs if run]
    return written if len(written) >= 2 else []


# The date line of a forward's or an original message's header ("Date: Mon, 3 Aug 2026 at
# 03:12", « Envoyé : lundi 3 août 2026 10:00 »).
_DATE_FIELD = re.compile(r"^\s*\**(date|sent|envoy[ée])\**\s*:\s*(?P<when>.+)$", re.I | re.M)
_FRENCH_MONTHS = {
    "janvier": "january", "janv": "january", "février": "february", "fevrier": "february",
    "févr": "february", "mars": "march", "avril": "april", "avr": "april", "mai": "may",
    "juin": "june", "juillet": "july", "juil": "july", "août": "august", "aout": "august",
    "septembre": "september", "sept": "september", "octobre": "october", "oct": "october",
    "novembre": "november", "nov": "november", "décembre": "december", "decembre": "december",
    "déc": "december",
}  # fmt: skip
_FRENCH_DAYS = re.compile(r"\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lun|mar|mer|"
                          r"jeu|ven|sam|dim)\b\.?|\bà\b|\ba\b", re.I)  # fmt: skip


def handed_over(body: str, subject: str = "") -> tuple[str, date | None] | None:
    """An email that hands over an older message (a forward, or a note above an original
    message, `subject` "Fwd:"/« TR : » saying so): (the note written above it, the date its
    header gives, or None when it gives none). None when `body` hands nothing over. The
    date is read with `dateutil`, French month names read as English ones."""
    lines = body.splitlines()
    for i, line in enumerate(lines):
        if _FORWARD.match(line) or (
            _SEPARATOR.match(line) and _FORWARD_SUBJECT.match(untagged_subject(subject))
        ):
            block = "\n".join(lines[i + 1 : i + 8])
            field = _DATE_FIELD.search(block)
            return "\n".join(lines[:i]).strip(), _parsed_date(
                field.group("when")
            ) if field else None
    return None


def _parsed_date(when: str) -> date | None:
    """The calendar date in a header's date field, or None when it reads as none."""
    text = _FRENCH_DAYS.sub(" ", when)
    for french, english in _FRENCH_MONTHS.items():
        text = re.sub(rf"\b{french}\b\.?", english, text, flags=re.I)
    try:
        return dateutil_parser.parse(text, fuzzy=True, dayfirst=True).date()
    except (ValueError, OverflowError):
        return None

"""The words a topic is made of, and the words that cannot make one (accent-free, lowercase,
as `boundaries.triage.text.normalise` writes them)."""

from __future__ import annotations

import re

# Words that cannot name what a message is about on their own: pronouns, determiners,
# auxiliaries, adverbs of time and degree, and the stray words of talk ("them", "last",
# "look", "next", "sometime"). Accent-free and lowercase, as `normalise` writes them.
FUNCTION_WORDS = (
    frozenset(
        """a an the this that these those there here together it its it's them they their theirs
    them
    he she him her his hers we us our ours you your yours i me my mine one ones someone
    something anything everything nothing anyone everyone nobody everybody somebody anybody
    who whom whose which what whatever personne quelqu
    am is are was were be been being do does did done doing have has had having will would
    shall should can could may might must ought let lets let's get gets got getting go goes
    going gone went make makes made take takes took see saw seen look looks looking looked
    say says said tell told ask asked think thought know knew known mean meant want wants wanted
    need needed try tried come came coming give gave put keep kept find found seem seems
    not no nor yes yeah ok okay also too very really quite just only still even already yet
    again ever never always often sometimes sometime soon later earlier now then today
    tomorrow tonight yesterday morning afternoon evening week weekend month year
    last next first second other another same such more most less least much many few lot
    lots bit some any all both each every either neither enough own
    about above after against along among around as at before behind below beside between
    beyond by down during except for from in inside into like near of off on onto out over
    past since than through till to toward towards under until up upon via with within
    without and or but so if because while though although unless whether
    how when where why whenever wherever
    hi hello hey dear thanks thank please regards best cheers sorry sure right well great
    pr re fw fwd tr cc bcc pj ps nb sir madam mr mrs ms dr mme mlle
    le la les l un une des du de d au aux ce cet cette ces ca cela ceci celui celle ceux
    celles il elle ils elles on nous vous je j tu te toi moi me m se s lui leur leurs eux
    mon ma mes ton ta tes son sa ses notre nos votre vos y en qui que qu quoi dont ou
    quel quelle quels quelles lequel laquelle
    est sont etait etaient sera serait ete etre suis es sommes etes ai as a avons avez ont
    avait avaient aura aurait avoir eu fait faire fais font faut peut peux pouvez pourriez
    pourrais pourrait veux veut veulent voulez voudrais voulais aimerais aimerait souhaite
    souhaitent
    souhaiterais vais va
    allons allez vont aller dois doit
    devez devrait dit dire vois voir voit regarde regarder sais savoir
    ne pas plus rien jamais toujours deja encore aussi tres trop bien mal peu beaucoup
    tout tous toute toutes meme autre autres chaque quelque quelques plusieurs certains
    aujourd'hui aujourd hui demain hier soir matin midi apres avant maintenant bientot
    tard tot semaine mois annee prochain prochaine dernier derniere
    et mais donc or ni car si comme quand lorsque puisque parce pour par sur sous dans
    chez avec sans entre vers depuis pendant contre selon voici voila
    bonjour salut coucou cher chere madame monsieur merci svp stp cordialement bises
    oui non d'accord daccord avais avait aviez avions etais etions etiez serai seras serons
    aurai auras aurons aurez pu voulu du su vu eu
    finalement vraiment rapidement simplement actuellement normalement apparemment
    visiblement evidemment completement totalement exactement seulement justement
    probablement surement egalement notamment directement immediatement vite
    actually basically probably really maybe perhaps anyway literally apparently
    gonna wanna gotta kinda thing things stuff guys roughly approximately straight away fine
    outside downstairs upstairs nearby devant dehors checking night nuit
    regarding concerning concernant parle discute evoque mentionne discussed talked mentioned
    spoke spoken truc trucs ici enfin vouloir besoin lol mdr yday aurais aurait auraient aurions
    moment chance sec minute minutes min hour hours heure heures h lors ago convenience
    convenient convenance instead rather plutot pourrai pourrais pourra pourrons pourrez
    pourraient peuvent pouvons puis
    monday tuesday wednesday thursday friday saturday sunday lundi mardi mercredi jeudi
    vendredi samedi dimanche january february march april june july august september
    october november december janvier fevrier mars avril mai juin juillet aout septembre
    octobre novembre decembre
    zero one two three four five six seven eight nine ten eleven twelve fifteen twenty
    thirty forty fifty sixty hundred thousand deux trois quatre cinq sept huit neuf dix
    onze douze treize quatorze quinze seize vingt trente quarante cinquante soixante cent
    mille""".split()
    )
    | frozenset(
        # currency codes after an amount ("1,200 USD. FYI only.": trial43): a unit, no matter
        """usd eur gbp chf cad aud mad xof fcfa""".split()
    )
    | frozenset(
        # text-speak for the words above ("can we talk *bout* the tills", "*abt* the new tills",
        # "*coz*", "*wiv*"): newcomer19 H7
        """bout abt abour abut wrt coz cos cuz bcoz bc tho thru wiv wif dat dis da tha""".split()
    )
    | frozenset(
        # greetings of New Zealand English ("*kia ora*, the EFTPOS is down"): newcomer19 L2
        """kia ora kiaora""".split()
    )
    | frozenset(
        # a day or a month cut short ("still on for *fri*?", « *ven.* 10 h », "due *Jan*"), a
        # name of time as any other (newcomer19 H11)
        """mon tue tues wed weds thu thur thurs fri sat sun lun mer jeu ven sam dim
    jan feb apr jun jul aug sep sept oct nov dec janv fev fevr avr juil""".split()
    )
)

# Words that may join content words inside a topic ("dossier *de* subvention") but never
# begin or end one.
LINKS = frozenset("de du des d of the la le les l for pour a an vers".split())

# Verbs of asking, telling and progress, and pointers ("ci-dessous", "attached"): they say
# what the sender does, not what the message is about.
VERBISH = frozenset(
    """voulais voudrais voudrait voudraient souhaiterait aimerait savoir need know want wanted
    wondering asking calling appelle rappelle
    send envoyer help aider check looking going coming done ready still just juste update
    finished fini pret termine avance avancer parti partie went sent get got have
    wrote write writes ecrit ecrire said says dit tweak fix sort handle deal regler gerer
    traiter verifier corriger preparer confirmer confirm advise share partager transmettre
    forward review relire revoir reparler parler discuter rediscuter aborder evoquer discuss
    jaser jase jasent jasera jaserait jaserons jasions placoter causer echanger asks
    ci dessous dessus below above attached joint jointe
    necessaire needful
    stands caler repondre dispo disponible disponibles sync""".split()
)

# A word right after these is a verb ("can you *send*", "we must *vacate*", "pour *valider*"),
# not the thing the message is about.
BEFORE_VERB = frozenset(
    """to can could would will should must might may please cannot can't couldn't won't
    don't didn't doesn't i we you they he she i'll we'll you'll i'd we'd i've we've
    je tu il elle on nous vous ils elles peux peut pouvez pourriez pourrais veux voulez
    dois doit devez devons faut va vais""".split()
)

# After these, a word ending in -ing or -ed is a thing ("the *meeting*", "our *booking*").
DETERMINERS = frozenset(
    "the a an our my your their this that his her its le la les l un une des du mon ma mes "
    "ton ta tes son sa ses notre votre nos vos leur leurs ce cet cette ces".split()
)

# After these, a word is a participle or an adjective ("is *blocked*", "a *oublié*"): it may
# stand in a topic but weighs less than a noun.
AUXILIARIES = frozenset(
    "is are was were be been being has have had got gets am ai as a avons avez ont avait "
    "avais est sont etait ete suis sommes etes".split()
)

# Words that only say how pressing or how serious a message is, in any form or language
# ("urgent", « urgentissime », « rien de grave », "no rush", "ASAP", « prioritaire »): a
# message is never *about* them, and « rien d'urgent » must never put « urgent » on an agenda.
_PRESSING = re.compile(
    r"^(?:super|ultra|hyper|tres|tres|pas|non|not|semi|top|mega)?-?(?:"
    r"urgen\w*|urgem\w*|emergen(?:cy|cies|ce)|priorit\w*|asap|immediat\w*|pressant\w*|"
    r"pressing|presser|presse|pressee|pressees|presses|hurry|hurried|rush|rushed|grave|graves|"
    r"gravissime\w*|serious|seriously|critical|critically|crucial|vital|importan\w*|"
    r"sensitive|time-sensitive|sos|alerte?s?|imperati\w*|indispensable|"
    # how calmly it is said: « pas de panique », "nothing dramatic" (trial43)
    r"pani(?:c|cs|que|quer|quez)|dramati\w*|stress|stresse"
    r")$"
)
_PRESS_ROOM = frozenset({"presse"})  # « communiqué de presse », « revue de presse »


def pressing(word: str, before: str = "") -> bool:
    """`word` (normalised) only says how pressing or serious something is (`_PRESSING`):
    "urgent", "urgently", « urgentissime », "emergency", "ASAP", « prioritaire », « grave ».
    « presse » after « de » is the press (« communiqué de presse »), not a hurry."""
    if word in _PRESS_ROOM and before in {"de", "la", "en", "of", "the"}:
        return False
    return _PRESSING.match(word) is not None


# Words that name only the kind of exchange ("a quick *word*", "a *chat*", « une *jasette* »:
# newcomer19 M9) or a thing in general, never what it is about: a topic made of them alone
# (« point », « Réunion », "call", « question », « bureau », "office", « jeter un *oeil* »,
# "what *time*": trial42) tells the client nothing on the agenda of a call, and praise alone
# (« super », « c'était parfait », "great") closes a topic rather than names one; beside a
# word that names something they may stay (« point budget », « réunion du bureau », "office
# move").
GENERIC = frozenset(
    """point points reunion reunions meeting meetings call calls appel appels rendez rdv
    rencontre rencontres visio visioconference session sessions catch touch base zoom teams
    question questions sujet sujets topic topics chose choses truc trucs machin affaire thing
    things matter matters demande demandes request requests nouvelle nouvelles news suivi
    follow followup follow-up up probleme problemes souci soucis issue issues petit petite
    petits petites quick small little coup fil
    bureau bureaux office offices numero numeros number numbers agenda agendas
    concern concerns query queries enquiry enquiries odd strange weird
    super top parfait parfaite nickel genial geniale excellent impeccable bravo merci
    perfect awesome brilliant lovely amazing wonderful fantastic clear clair clairs
    word words chat chats natter yarn jasette
    oeil look time grand grande gros grosse rappel rappels reminder reminders mail mails
    email emails courriel courriels message messages sms texto
    occupe gere worries
    furious livid angry upset annoyed fuming cross disappointed unacceptable inacceptable
    disaster disastrous desastre catastrophe cata nightmare cauchemar galere pepin wee
    absolutely totally completely vraiment furieux furieuse enerve enervee roule roulent""".split()
) | frozenset(
    # what a thank-you or a note thanks for or files, never a matter alone: « merci pour ton
    # *aide* », "thanks for your *time*", "just for your *records*", "help me *answer* it"
    # (newcomer19 H11); beside a word that names something they stay ("medical records")
    """aide help support assistance patience temps retour retours reponse reponses
    answer answers reply replies response responses records reference dossiers info infos
    fyi""".split()
)

"""Argument frames over the dependency parse.

For a trigger, the frame says its voice (active, `ser` passive, `se` passive,
participle, nominal) and where each argument stands by grammatical function:

- designee: the object marked with "a", the passive subject (or the
  antecedent of a relative subject), the noun a participle modifies, the
  subject of the verb that governs "al ser nombrado", the "de X" complement
  of a noun trigger (or, after "su", the subject of the governing verb);
- role: a "como" phrase, a predicative complement (a bare object), a phrase
  after a post noun ("para el cargo de", "al frente de"), "para ser Z", or an
  office noun right before the designee's name ("eligió al presidente X");
- designator: the subject (climbing from coordinated, infinitive and
  governed verbs), or the "por" agent of a passive, unless "por" names a cause.

The parse finds the head of each argument; the phrase around the head is
grown by word order (grow.py, roles.py), which the small models get right more often
than the attachment of complements. The Spanish words the frames need are data
(configs/triggers.toml, [phrases]).
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from pipeline.extract import tokens
from pipeline.extract import grow
from pipeline.extract import roles
from pipeline.extract import reference
from pipeline.extract import subjects
from pipeline.extract.frame_agents import FrameAgents
from pipeline.extract.frame_designees import PERSON as _PERSON, SUBJECTS as _SUBJECTS, FrameDesignees
from pipeline.extract.frame_roles import FrameRoles
from pipeline.extract.lexicon import Lexicon, TriggerEntry
from pipeline.extract.strategies import bare_plural, governor_subject
from pipeline.extract.words import WORDS

# Dependency labels (Universal Dependencies, as the Spanish models use them).
# Determiners of a definite object ("su rechazo", "la guerra"), which a predicative role lacks.
_DEFINITE = (tokens.ARTICLES - WORDS["indefinite_articles"]) | tokens.POSSESSIVES


@dataclass(frozen=True)
class Frame:
    """The arguments of one trigger, read from the parse."""

    trigger: Token
    voice: str
    how: str
    designees: tuple[Span, ...]
    role: Span | None
    designator: Span | None


class FrameReader(FrameDesignees, FrameRoles, FrameAgents):
    """Reads argument frames with the word classes of a lexicon."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.role_stops = lexicon.words("role_stop_words")
        self.agent_stops = lexicon.words("agent_stop_words")
        self.time_words = lexicon.words("time_words")
        self.offices = lexicon.offices()
        self.ser_forms = WORDS["ser_forms"]
        self.role_markers = lexicon.words("role_markers")
        self.post_nouns = lexicon.words("post_nouns")
        self.kept_post_nouns = lexicon.words("kept_post_nouns")
        self.office_nouns = lexicon.words("office_nouns")
        self.post_verbs = lexicon.words("post_verbs")
        self.governor_verbs = lexicon.words("nominal_designator_verbs")

    # -- voice ----------------------------------------------------------------

    @staticmethod
    def is_participle(token: Token) -> bool:
        return "Part" in token.morph.get("VerbForm") or token.pos_ in {"VERB", "ADJ", "AUX", "NOUN", "PROPN"} and (
            token.lower_.endswith(("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas",
                                   "ecto", "ecta", "ectos", "ectas")))

    def is_ser(self, token: Token) -> bool:
        return token.lemma_.lower() == "ser" or token.lower_ in self.ser_forms

    def ser_auxiliary(self, trigger: Token) -> Token | None:
        """The form of "ser" that makes a participle passive, from the parse or right before it."""
        for child in trigger.children:
            if child.i < trigger.i and child.dep_ in {"aux", "aux:pass", "cop"} and self.is_ser(child):
                return child
        doc = trigger.doc
        i = trigger.i - 1
        while i >= 0 and trigger.i - i <= 4 and (doc[i].pos_ == "ADV" or doc[i].lower_ == "sido"):
            if doc[i].lower_ == "sido":
                return doc[i]
            i -= 1
        if i >= 0 and (self.is_ser(doc[i]) or doc[i].lemma_.lower() in WORDS["passive_auxiliaries"]) and doc[i].pos_ in {
                "AUX", "VERB"}:
            return doc[i]  # "fue designado", "resultó elegido", "quedó proclamada"
        return None

    @staticmethod
    def perfect(trigger: Token) -> bool:
        """"ha nombrado", "habría designado": a participle after "haber" is an active verb (but
        "haber sido investido" is a passive)."""
        if any(t.lower_ == "sido" for t in trigger.doc[max(0, trigger.i - 3):trigger.i]):
            return False
        if any(c.dep_ == "aux" and c.lemma_.lower() == "haber" and c.i < trigger.i for c in trigger.children):
            return True
        i = trigger.i - 1
        while i >= 0 and trigger.doc[i].pos_ == "ADV":
            i -= 1
        return i >= 0 and trigger.doc[i].lemma_.lower() == "haber" and trigger.doc[i].lower_ != "habiendo"

    def voice(self, trigger: Token, entry: TriggerEntry) -> str:
        if entry.kind == "noun":
            return "nominal"
        if self.is_participle(trigger) and not self.perfect(trigger):
            return "passive" if self.ser_auxiliary(trigger) is not None else "participle"
        doc = trigger.doc
        k = trigger.i - 1
        while k >= 1 and (doc[k].lemma_.lower() == "haber" or doc[k].pos_ == "ADV"):
            k -= 1  # "se ha nombrado", "se habría designado": the "se" of a perfect
        before = doc[k].lower_ if k >= 0 else ""
        before2 = doc[k - 1].lower_ if k >= 1 else ""
        if before == "se" or before in {"le", "les"} and before2 == "se" or any(
                c.lower_ == "se" and c.dep_ == "expl:pass" for c in trigger.children):
            return "se"
        return "active"

    # -- the frame ------------------------------------------------------------

    def read(self, trigger: Token, entry: TriggerEntry, why: list[str]) -> list[Frame]:
        """The frames of `trigger` (one, or one per designee with its own role), or none with the
        reason appended to `why`."""
        if entry.needs == "object-role":
            why.append("frames: 'encargar'/'conceder' take the role as object; only their patterns read them")
            return []
        voice = self.voice(trigger, entry)
        if entry.needs == "como":
            # "reconoció la soberanía ... como condición", "reconocido por el mundo como uno de los
            # líderes": outside the strict "reconocer a Y como Z" of its patterns, "reconocer" is
            # 'accept' or 'known as' far more often than a designation.
            why.append("frames: 'reconocer' designates only in its patterns ('reconocer a Y como Z')")
            return []
        if voice == "nominal":
            found = self._nominal(trigger, entry, why)
        elif voice in {"active", "se"}:
            found = self._active(trigger, entry, voice, why)
        else:
            found = self._passive(trigger, entry, voice, why)
        if found is None:
            return []
        return found if isinstance(found, list) else [found]

    def _active(self, trigger: Token, entry: TriggerEntry, voice: str, why: list[str]) -> Frame | list[Frame] | None:
        needs_como = entry.needs == "como"
        marked = self._marked_objects(trigger)
        role_head = self._role_head(trigger, exclude={t.i for t in marked}, needs_como=needs_como, subjects=False)
        if not marked and role_head is not None and self._has_como(role_head):
            # "nombró como Z -inciso- a Y": the parse hangs "a Y" on the role's noun.
            marked = [t for t in trigger.subtree if t.i > role_head.i and tokens.is_name_part(t) and t.dep_ != "flat"
                      and any(k.dep_ == "case" and k.lower_ in {"a", "al"} for k in t.children)
                      and not tokens.clause_join_between(role_head, t)][:1]
            if not marked:
                # "eligió con 88 votos a favor y 9 abstenciones al candidato X como Z": the parse hangs
                # the object on the vote count inserted before it.
                marked = [t for t in trigger.subtree if trigger.i < t.i < role_head.i and t.dep_ == "nmod"
                          and t.pos_ in {"NOUN", "PROPN"} and t.lower_ not in tokens.LOCUTIONS_AFTER_A
                          and t.head.dep_ in {"obl", "conj", "appos", "nmod"}
                          and any(k.dep_ == "case" and k.lower_ in {"a", "al"} for k in t.children)
                          and tokens.in_vote_count(t.head, trigger)
                          and not tokens.clause_join_between(trigger, t)][:1]
            if not marked:
                # "designó al grupo Wagner como ...", "eligió la ciudad de Hiroshima como sede": a bare
                # object before "como" (but never a trigger noun: "oficializa el nombramiento de ...").
                marked = [c for c in trigger.children if c.dep_ in {"obj", "nsubj"} and c.i != role_head.i
                          and trigger.i < c.i < role_head.i and c.pos_ in {"NOUN", "PROPN"}
                          and not c._.designa_trigger and not self._is_time(c)][:1]
        if not marked and voice == "se":
            # "se eligió como escenario el patio de ...": the postposed subject (or what the parse
            # calls an object) is the designee.
            marked = [c for c in trigger.children if (c.dep_ in _SUBJECTS or c.dep_ == "obj" and role_head is not None
                                                      and c.i > role_head.i) and c.i > trigger.i
                      and c.pos_ in {"PROPN", "NOUN"} and (role_head is None or c.i != role_head.i)][:1]
        if not marked and voice == "active" and role_head is not None and self._clitic(trigger):
            # "lo designarían asesor": the person named before in the sentence (RELATION.md: a
            # pronoun with no named referent in the sentence gives no row).
            designator = subjects.subject_span(trigger, passive=False)
            designee = reference.clitic_antecedent(trigger, exclude=designator)
            if designee is not None and not any(tokens.is_finite_verb(t) or t.lower_ in tokens.CLAUSE_BREAKS
                                                for t in trigger.doc[designee.end:trigger.i]):
                # "el cardenal Joseph Ratzinger, alemán como él, lo eligió": a name in the clause of the
                # clitic, with no verb between, is its subject, not its antecedent.
                designee = None
            if designee is None:
                why.append("frames: a clitic designee with no person named before it (but the designator)")
                return None
            return Frame(trigger, voice, "clitic", (designee,), self._role_span(role_head), designator)
        if not marked:
            why.append("frames: no object marked with 'a' (the designee)")
            return None
        how = voice
        if len(marked) > 1:
            # "designó a A como ministro en X y a B como ministro en Y": one frame per designee with its
            # own "como" phrase (the first one's role may also hang on the trigger).
            own = [(m, self._role_in(m)) for m in marked]
            if sum(r is not None for _, r in own) >= 2:
                designator = subjects.subject_span(trigger, passive=False) if voice == "active" else None
                frames = []
                for k, (designee_head, role_of) in enumerate(own):
                    head = role_of if role_of is not None else (role_head if k == 0 else None)
                    if head is None:
                        continue
                    designees = self._designees(designee_head)
                    if designees:
                        frames.append(Frame(trigger, voice, f"{voice}-pairs", designees[:1],
                                            self._role_span(head), designator))
                return frames
        if role_head is None:
            role_head = self._role_in(marked[0])
        if role_head is not None and role_head.i < marked[0].i and not self._has_como(role_head) and any(
                c.dep_ == "det" and c.i < role_head.i and c.lower_ in _DEFINITE for c in role_head.children):
            # "ratificaron su rechazo a la aplicación ...", "declaró la guerra a los oligarcas": a
            # definite phrase before "a Y" is the verb's object and "a Y" its indirect object; a
            # predicative role before its designee stands bare ("nombró ministro a X").
            why.append(f"frames: '{role_head.text}' with a definite determiner before 'a' is an object, not a role")
            return None
        designees = self._designees(marked[0])
        if designees and not tokens.is_name_part(designees[0][0]):
            # "designó al excomandante general de la FAP Jorge Chaparro como ...": the parse makes the
            # name a second object; the designee is the name.
            named = [c for c in trigger.children if c.dep_ == "obj" and c.i > marked[0].i and c.ent_type_ in _PERSON
                     and (role_head is None or c.i < role_head.i)]
            if named:
                designees = tuple(s for s in (grow.name_in(named[0]),) if s is not None) or designees
        # The role ends where the designee phrase starts, before any name in apposition that the
        # designee was taken from ("persona non grata al embajador en Quito, Gabriel Fuks").
        before = min(designees[0].start, self._left_anchor(marked[0])) if designees else None
        role = self._role_span(role_head, before=before) if role_head else None
        if role is None and designees:
            # "designar a X -investigado en este caso por ...- en el puesto de Z": the parse hangs the
            # role after a phrase between dashes on a word inside it.
            after_insert = self._role_after_insert(designees[0])
            role = self._role_span(after_insert) if after_insert is not None else None
        if role is None and not needs_como:
            # "eligió al presidente AMLO", "elegir al defensor del Pueblo, señor X": the office
            # before the name is the role.
            named = self._office_then_name(marked[0]) if entry.office_name or voice == "se" else None
            if named is not None:
                role, designees, how = named[0], (named[1],), f"{voice}-office-name"
        if role is None:
            why.append("frames: no 'como' phrase, predicative complement or post phrase (the role)")
            return None
        designator = None
        if voice == "active":
            designator = (subjects.subject_span(trigger, passive=False) or reference.relative_subject(trigger)
                          or subjects.shared_subject(trigger))
            if designator is None and not bare_plural(trigger):
                # "el movimiento Construye , designó", "la Asamblea ..., que existe en paralelo a ...,
                # designó": the parse lost the subject over a comma or an inserted clause; the name
                # right before the verb (past that insert) is its subject, as for the patterns.
                designator = subjects.name_before_verb(trigger)
        return Frame(trigger, voice, how, designees, role, designator)

    def companion(self, trigger: Token, entry: TriggerEntry) -> Frame | None:
        """"Ortega fue reelegido ... junto con su esposa, Rosario Murillo, como vicepresidenta",
        "fue elegido presidente junto a Ana Soto como vicepresidenta": the person elected with the
        designee, and the "como" role after them, which is that person's, not the designee's."""
        if entry.kind == "noun":
            return None
        subtree = [t for t in trigger.subtree if t.i > trigger.i]
        for comp in subtree:
            # (the parse may hang "junto con X" on a word of an inserted phrase: "para un quinto
            # mandato, cuarto consecutivo y segundo junto con Murillo como vicepresidenta")
            if comp.pos_ not in {"NOUN", "PROPN"} or not any(k.lower_ == "junto" and k.i < comp.i for k in comp.children):
                continue
            if any(t.lower_.startswith(tuple(WORDS["candidacy_prefixes"])) for t in trigger.doc[trigger.i:comp.i]):
                return None  # "proclamarse candidato a vicepresidente junto a X como cabeza de lista": a candidacy
            role_head = next((c for c in subtree if c.i > comp.i and c.pos_ in {"NOUN", "PROPN"} and c.dep_ in {
                "obl", "nmod", "obj", "appos"} and self._has_como(c)), None)
            if role_head is None or tokens.clause_join_between(comp, role_head):
                return None
            name = next((c for c in comp.children if c.dep_ == "appos" and c.ent_type_ in _PERSON and c.i < role_head.i),
                        comp if comp.ent_type_ in _PERSON else None)
            designee = grow.name_in(name) if name is not None else None
            if designee is None:
                return None
            voice = self.voice(trigger, entry)
            designator = self._agent(trigger, skip=set(range(designee.start, designee.end))) if voice in {
                "passive", "participle"} else subjects.subject_span(trigger, passive=False)
            return Frame(trigger, voice, "companion", (designee,), self._role_span(role_head), designator)
        return None

    def _passive(self, trigger: Token, entry: TriggerEntry, voice: str, why: list[str]) -> Frame | None:
        doc = trigger.doc
        if voice == "participle" and trigger.i >= 1 and doc[trigger.i - 1].lower_ in {"recién", "recientemente"} and (
                trigger.i + 1 < len(doc) and tokens.is_title(doc[trigger.i + 1])):
            # "el recién nombrado Líder Supremo de Irán", "del recién proclamado Estado de Israel": a
            # title before its noun (the pattern recent-participle reads "el recién nombrado Z, Y").
            why.append("frames: 'recién' + participle + a capitalised title is a title, not a clause")
            return None
        designee, how = self._passive_designee(trigger, voice)
        if designee is None:
            why.append(f"frames ({voice}): no subject, antecedent or modified noun (the designee)")
            return None
        inside = set(range(designee.start, designee.end))
        role_head = self._role_head(trigger, exclude=inside, needs_como=entry.needs == "como")
        role = self._role_span(role_head) if role_head is not None else None
        if role is None or role.start < trigger.i:
            role = roles.role_after_trigger(trigger.doc, trigger, self.role_stops, self.time_words,
                                             offices=self.offices, post_verbs=self.post_verbs)
        if role is not None and role.start < designee.end and designee.start < role.end:
            role = None
        if role is not None and how != "topic" and self._referred_back(role) and tokens.is_title(designee[0]):
            # "El presidente del Eurogrupo, el holandés X, es reelegido para el puesto": the post
            # referred back is the office the designee's apposition names (RELATION.md: a role
            # referred back alone gives no row).
            office = self._apposed_office(designee)
            if office is not None:
                role, how = office, f"{how}-apposed-office"
        if role is None and how == "modified-noun":
            role = self._predicate_office(trigger)  # "X es un congresista de la República electo por Junín"
        if role is None and how == "relative-predicate":
            role = self._office_before_relative(trigger)  # "X fue el congresista de Lima que fue elegido"
        if role is None and how == "office-name":
            role = self._office_before(trigger)  # "el alcalde nombrado por Moscú, X"
        if role is None and how == "first-of-kind" and trigger.head.lower_ in self.offices:
            role = trigger.doc[trigger.head.i:trigger.head.i + 1]  # "el primer gobernador elegido en Puerto Rico"
        if role is None and how != "topic" and not entry.role_pos and not any(
                c.dep_ in {"advcl", "xcomp", "acl"} and tokens.is_infinitive(c) and c.i > trigger.i
                for c in trigger.children):
            # "el presidente Lula, ..., elegido el año pasado": no role after the participle, but the
            # designee's apposition names the office (RELATION.md: annotated, and marked hard).
            # (Not when "para presidir la Comisión" says what the election was for, nor for a person
            # borrowed from another clause, whose office is not this clause's, nor for a trigger
            # whose role must be written: "ser declarado 'no grato'".)
            # Only a name's apposition names its office: after a common noun ("al interventor
            # designado, el viceministro de Justicia, X"; "del presidente de la República, jefe del
            # Estado") the apposition is another description, and the noun itself the office.
            role = self._apposed_office(designee) if tokens.is_title(designee[0]) else None
            if role is not None and _gender_clash(trigger, role.root):
                role = None  # "La presidenta X saludó ..., tras ser elegido por el Congreso": someone else
            how = f"{how}-apposed-office"
        if role is None:
            why.append(f"frames ({voice}): no role after the participle, nor an office in apposition")
            return None
        designator = self._agent(trigger, skip=inside | set(range(role.start, role.end)))
        return Frame(trigger, voice, how, (designee,), role, designator)

    def _nominal(self, trigger: Token, entry: TriggerEntry, why: list[str]) -> Frame | None:
        complements = [c for c in trigger.children if c.dep_ in {"nmod", "obl", "appos"} and c.i > trigger.i
                       and any(k.dep_ == "case" and k.lower_ in {"de", "del"} for k in c.children)
                       and c.pos_ in {"PROPN", "NOUN"}]
        inserted: set[int] = set()
        if not complements:
            complements, inserted = _complement_after_insert(trigger)
        role_head = self._role_head(trigger, exclude={c.i for c in complements[:1]}, needs_como=True) or (
            self._role_in(complements[0]) if complements else None) or self._sibling_role(trigger)
        if not complements:
            possessive = any(c.dep_ == "det" and c.lower_ in {"su", "sus"} for c in trigger.children)
            addressee = _addressee(trigger) if possessive and role_head is not None else None
            if addressee is not None:
                # "felicitó a Santiago Peña por su elección como presidente": "su" is the person the
                # verb addresses with "a", not its subject.
                return Frame(trigger, "nominal", "nominal-addressee", (addressee,), self._role_span(role_head), None)
            if possessive and role_head is not None and not _dative_person(trigger):
                verb = _governing_verb(trigger)
                if verb is not None and verb.lemma_.lower() in self.governor_verbs:
                    why.append(f"frames (nominal): '{verb.text} su ...': the subject acts, 'su' is someone else")
                    return None  # "el Parlamento aprobó su nombramiento"
                marked = [m for m in self._marked_objects(verb) if m.i < trigger.i] if verb is not None else []
                if marked:
                    # "felicitó a Santiago Peña por su elección", "exhortaba a X a declinar su
                    # elección": "su" is the person the verb is addressed to, when a name.
                    person = grow.name_in(marked[0])
                    if person is None or not tokens.is_name_part(person[0]):
                        why.append("frames (nominal): 'su' is a person addressed, with no name")
                        return None
                    return Frame(trigger, "nominal", "nominal-possessive", (person,), self._role_span(role_head), None)
                # "desde su designación como ministro": the designee is the subject of the clause
                # (a person: "funcionarios que podían viabilizar sus designaciones" is not the
                # ministry named before).
                subject = self._governing_subject(trigger, person=True)
                if subject is None:
                    root = trigger.sent.root
                    main = next((c for c in root.children if c.dep_ == "nsubj" and c.ent_type_ in _PERSON), None)
                    subject = grow.name_in(main) if main is not None else None
                if subject is not None and tokens.is_name_part(subject[0]):
                    role = self._role_span(role_head)
                    return Frame(trigger, "nominal", "nominal-possessive", (subject,), role, None)
            why.append("frames (nominal): no 'de X' complement (the designee)")
            return None
        designee_head = complements[0]
        if role_head is None:
            post = [c for c in list(trigger.children) + list(designee_head.children)
                    if c.i > designee_head.i and self._post_phrase(c) is not None]
            role_head = self._post_phrase(post[0]) if post else None
        designees = self._designees(designee_head)
        role = self._role_span(role_head, before=None) if role_head is not None else None
        how = "nominal"
        if role is None:
            # "la designación del ministro de la Producción Jorge Prado": office, then name.
            named = self._office_then_name(designee_head)
            if named is not None:
                role, designees, how = named[0], (named[1],), "nominal-office-name"
        if role is None:
            why.append("frames (nominal): no 'como' role, post phrase or office before a name")
            return None
        skip = {i for d in designees for i in range(d.start, d.end)} | set(range(role.start, role.end)) | inserted
        # "El Comité Judicial del Senado aprueba el nombramiento de la juez X": with no "por" agent,
        # the subject of the verb that performs the act (RELATION.md: "aprobaron la designación").
        agent = self._agent(trigger, skip=skip) or governor_subject(self, trigger)
        return Frame(trigger, "nominal", how, designees, role, agent)

    # -- roles ----------------------------------------------------------------

def _complement_after_insert(trigger: Token) -> tuple[list[Token], set[int]]:
    """"anuló la elección -por doble militancia- del presidente del Senado, X": the "de"
    complement right after a phrase between dashes that follows the noun trigger, which the
    parse hangs on a word of that phrase; and the phrase's tokens (no agent comes from it)."""
    doc = trigger.doc
    opener = trigger.i + 1
    close = tokens.insert_end(doc, opener) if opener < len(doc) else None
    if close is None or close + 1 >= len(doc):
        return [], set()
    after = doc[close + 1]
    if after.lower_ in {"de", "del"} and after.dep_ == "case" and after.head.pos_ in {"PROPN", "NOUN"} and (
            opener < after.head.head.i < close):
        return [after.head], set(range(opener, close + 1))
    return [], set()


def _gender_clash(participle: Token, noun: Token) -> bool:
    """The participle and the noun it would describe differ in gender ("elegido" / "presidenta")."""
    one, other = participle.morph.get("Gender"), noun.morph.get("Gender")
    return bool(one and other and one != other)


def _addressee(trigger: Token) -> Span | None:
    """The person a governing verb addresses with "a" before "por su <trigger>" ("felicitó a X
    por su elección", "felicitó a su exabogado X por su elección"), or None."""
    if not any(k.lower_ in {"por", "tras", "ante"} for k in trigger.children if k.i < trigger.i):
        return None  # "desde su designación": a time, whose person is the clause's subject
    verb = trigger
    for _ in range(3):
        if verb.head == verb:
            return None
        verb = verb.head
        if verb.pos_ in {"VERB", "AUX"}:
            break
    else:
        return None
    for child in verb.children:
        if child.i >= trigger.i or child.dep_ not in {"obj", "iobj", "obl"} or not any(
                k.lower_ in {"a", "al"} for k in child.children if k.i < child.i):
            continue
        if child.ent_type_ in _PERSON and tokens.is_name_part(child):
            return grow.name_in(child)
        named = [a for a in child.children if a.dep_ in {"appos", "flat", "nmod"} and a.ent_type_ in _PERSON
                 and tokens.is_name_part(a) and a.i < trigger.i]
        if named:
            return grow.name_in(named[0])  # "a su exabogado Josué Gutiérrez"
    if any(c.lower_ in {"le", "les"} and c.i < verb.i for c in verb.children):
        # "dio la bienvenida a Xi, y le felicitó por su reelección": the person named before the
        # dative clitic (not the verb's subject).
        subject = subjects.subject_span(verb, passive=False, fallback=False)
        return reference.clitic_antecedent(verb, exclude=subject)
    return None


def _governing_verb(trigger: Token) -> Token | None:
    """The nearest verb above a noun trigger (up to three levels), or None."""
    verb = trigger
    for _ in range(3):
        if verb.head == verb:
            return None
        verb = verb.head
        if verb.pos_ == "VERB":
            return verb
    return None


def _dative_person(trigger: Token) -> bool:
    """"le felicitó por su reelección": "su" is the person of the dative clitic, not the subject."""
    verb = trigger
    for _ in range(3):
        if verb.head == verb:
            break
        verb = verb.head
        if verb.pos_ in {"VERB", "AUX"}:
            return any(c.lower_ in {"le", "les"} and c.i < verb.i for c in verb.children)
    return False

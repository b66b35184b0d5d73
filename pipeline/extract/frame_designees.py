"""Who a frame's designee is: the marked object, the passive subject, a relative's antecedent,
the noun a participle modifies, or the person of a governing clause (a mixin of `FrameReader`).

Split from `frames.py` so that each module keeps to one concern; the reader's voice, roles and
agents stay there and in `frame_roles.py`.
"""
from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.extract import grow
from pipeline.extract import reference
from pipeline.extract import subjects
from pipeline.extract import tokens
from pipeline.extract.frame_topics import PERSON, RELATIVES, SUBJECTS, FrameTopics
from pipeline.extract.words import WORDS



class FrameDesignees(FrameTopics):
    """The designee searches of `FrameReader` (which supplies `is_participle`, `ser_auxiliary`,
    `is_ser`, `_is_time`, `post_nouns` and the other lexicon classes)."""

    def _marked_objects(self, verb: Token, after: int = -1) -> list[Token]:
        """Dependents introduced by "a"/"al" that can be designees (not "a favor de", dates)."""
        found = []
        for child in verb.children:
            if child.i <= after or child.dep_ not in {"obj", "iobj", "obl", "nmod", "nsubj"} or (
                    child.pos_ not in {"PROPN", "NOUN", "ADJ"}):
                continue
            # "a cargo de", "a través de": an "a" heading fixed words is a compound preposition.
            if not any(k.dep_ in {"case", "mark"} and k.lower_ in {"a", "al"} and k.i < child.i
                       and not any(f.dep_ == "fixed" for f in k.children) for k in child.children):
                continue
            if self._is_time(child) or child.lower_ in tokens.LOCUTIONS_AFTER_A or child.lower_ in self.post_nouns:
                continue
            if tokens.clause_join_between(verb, child):
                continue  # "eligió Portugal como destino porque ... a la Unión Europea": another clause
            found.append(child)
        return sorted(found, key=lambda t: t.i)

    def _designees(self, head: Token) -> tuple[Span, ...]:
        """The designee phrase of `head`, and the ones coordinated with it."""
        spans = []
        first = self._designee_span(head)
        if first is not None:
            spans.append(first)
        for conj in head.children:
            if conj.dep_ == "conj" and conj.pos_ in {"PROPN", "NOUN"} and conj.i > head.i and (
                    tokens.is_name_part(conj) or any(k.lower_ in {"a", "al"} for k in conj.children)):
                span = self._designee_span(conj)
                if span is not None and not any(s.start <= span.start < s.end for s in spans):
                    spans.append(span)
        if len(spans) >= 2 and _description_of_the_named(spans[0]) and any(tokens.is_name_part(s[0]) for s in spans[1:]):
            spans = spans[1:]  # "al exparlamentario y exabogado de X, Josué Gutiérrez": one person
        return tuple(spans)

    def _designee_span(self, head: Token) -> Span | None:
        doc = head.doc
        anchor = self._left_anchor(head)
        limit = tokens.sentence_bounds(head)[1]
        como = next((t.i for t in doc[head.i + 1:limit] if t.lower_ in self.role_markers), None)
        span = grow.designee_span(doc, anchor, como)
        if span is None or span.start < anchor:
            return None
        return span

    def _passive_designee(self, trigger: Token, voice: str) -> tuple[Span | None, str]:
        """The designee of a passive or participle, and which construction gave it."""
        doc = trigger.doc
        # (not a subject before the trigger's own "que": the parse may hang another clause's
        # subject on it, "Mantilla remarca que ... y que su candidato podría ser electo presidente")
        marks = [c.i for c in trigger.children if c.dep_ == "mark" and c.i < trigger.i]
        own_subjects = subjects.without_fronted_description(
            [c for c in trigger.children if c.dep_ in SUBJECTS and any(ch.isalpha() for ch in c.text)
             and not (marks and c.i < min(marks))], trigger)
        for subject in own_subjects:
            if subject.lower_ in {"quien", "quienes"} and subject.i >= 1 and doc[subject.i - 1].lower_ in tokens.PREPOSITIONS:
                return None, ""  # "trasladar su pedido a quien sea nombrado": whoever, no antecedent
            if subject.lower_ in RELATIVES:
                # Word order first: the parse often hangs the relative on a noun of a complement.
                span = reference.antecedent_span(doc, subject.i, in_complement=subject.lower_ in {"quien", "quienes"})
                if span is None and trigger.dep_ in {"acl", "acl:relcl"} and trigger.head.pos_ in {"NOUN", "PROPN"}:
                    span = self._antecedent(trigger.head)
                opener = apposition_opener(doc, subject.i) if subject.lower_ in {"quien", "quienes"} else None
                described = reference.name_before(doc, opener - 1, tokens.sentence_bounds(subject)[0]) if (
                    opener is not None) else None
                if described is not None:
                    # "X, allegada a Evo Morales y exdiputada del MAS, quien fue designada", "a X, líder
                    # del partido Otzma Yehudit (Poder Judío), quien": "quien" is the person the
                    # apposition describes, not a name inside it.
                    span = described
                elif span is not None and subject.lower_ in {"quien", "quienes"} and all(
                        t.ent_type_ in {"ORG", "LOC", "GPE", "MISC"} for t in span if t.is_alpha):
                    # "quien" is a person: the nearest person named before it (not in brackets).
                    persons = [p for p in subjects.persons_before(doc, subject.i)
                               if not (p.start >= 1 and doc[p.start - 1].text == "(")]
                    span = persons[-1] if persons else span
                predicate = predicate_antecedent(trigger.head) if subject.lower_ == "que" and trigger.dep_ in {
                    "acl", "acl:relcl"} and trigger.head.i < subject.i else None
                if predicate is not None:
                    return predicate, "relative-predicate"
                return span, "relative"
            if subject.pos_ == "PRON" or subject.like_num and not subject.is_alpha:
                continue
            span = grow.name_in(subject) if subject.pos_ != "VERB" else self._designee_span(subject)
            if span is None:
                continue
            if subject.i < trigger.i or tokens.is_name_part(span[0]):
                # A subject after the participle counts only as a name ("fue designado vicegobernador
                # su correligionario Mario Aguilera"); a common noun there is usually the role.
                return span, "subject"
        attached = trigger
        while attached.dep_ == "conj" and attached.head != attached and self.is_participle(attached.head):
            attached = attached.head  # "conocido como X y elegido el año pasado": the first participle's noun
        if voice == "participle" and attached.dep_ in {"acl", "amod", "appos"} and attached.head.pos_ in {
                "NOUN", "PROPN"} and attached.head.i < attached.i:
            modified = _agreeing_complement(attached, _affiliation_owner(attached.head))
            span = _person_before_comma(attached, modified) or self._antecedent(modified)
            if span is not None and _title_of_other_gender(attached, span):
                # "X, viudo de la asesinada Y, del Partido Z, elegido presidente": not Y, whose title
                # is feminine, but the name higher up in the chain of appositions.
                noun = attached.head
                while noun.head.i < noun.i and noun.head.pos_ in {"NOUN", "PROPN"}:
                    noun = noun.head
                    higher = self._antecedent(noun)
                    if higher is not None and higher.start != span.start and not _title_of_other_gender(attached, higher):
                        return higher, "modified-noun"
                return None, ""
            first = self._first_of_kind(attached.head)
            if first is not None:
                return first
            described = self._described_noun(attached)
            predicate = predicate_subject(described)
            if predicate is not None:
                # "Willis se convirtió en la primera mujer elegida fiscal", "X fue el congresista
                # elegido": the noun is a predicate; its subject is the designee, and with no
                # written subject ("al ser la primera mujer elegida jefa") there is none.
                if predicate.i == described.i:
                    return None, "modified-noun"
                if predicate.lower_ in RELATIVES:
                    return reference.antecedent_span(doc, predicate.i, in_complement=True), "modified-noun"
                return grow.name_in(predicate), "modified-noun"
            named = self._name_after_office(attached, described)
            if named is not None:
                return named, "office-name"  # "el alcalde nombrado por Moscú en X, Vladimir Leontiev"
            return span, "modified-noun"
        if voice == "participle" and trigger.dep_ == "amod" and trigger.head.i > trigger.i:
            # "X (recientemente elegida segunda vicepresidenta del Parlamento)", "X, elegida
            # rectora, ...": the parse makes the participle the adjective of the role after it;
            # the designee is the name before the bracket or comma that opens the phrase.
            k = trigger.i - 1
            while k >= 0 and doc[k].pos_ == "ADV":
                k -= 1
            if k >= 1 and doc[k].text in {"(", ","}:
                span = reference.antecedent_span(doc, k)
                if span is not None:
                    return span, "modified-noun"
        if voice == "participle" and trigger.dep_ in {"advcl", "acl", "conj"} and trigger.i < trigger.head.i and (
                trigger.i == trigger.sent.start or doc[trigger.i - 1].is_punct):
            # "Designada por el Ejecutivo enviada especial ..., la diplomática viajó": a fronted
            # participle describes the subject of the clause it opens.
            subject = self._governing_subject(trigger, levels=1)
            if subject is not None:
                return subject, "fronted"
        if voice == "participle" and _opens_sentence(trigger):
            # "Nombrado ministro en marzo, Juan Pérez renunció", "Elegido en mayo de 2022, el
            # presidente X prometió": the parse hangs the fronted participle on its role or makes it
            # a second root; it describes the subject right after the comma that closes it.
            subject = _subject_after_comma(trigger)
            if subject is not None:
                return subject, "fronted"
        ser = self.ser_auxiliary(trigger)
        if ser is not None and trigger.dep_ != "ROOT" and ("Inf" in ser.morph.get("VerbForm") or any(
                c.dep_ == "mark" and c.lower_ in {"cuando", "tras", "desde", "después", "luego"} for c in trigger.children)
                or any(c.dep_ == "aux" and c.lemma_.lower() == "haber" and "Inf" in c.morph.get("VerbForm")
                       for c in trigger.children)):  # "luego de haber sido investido"
            # "al ser investido presidente", "para ser elegido", "cuando fue nombrado ministro": the
            # subject of the governing verb, when it is a person.
            subject = self._governing_subject(trigger, levels=3, person=True)
            if subject is not None:
                return subject, "infinitive"
        if ser is not None and "Inf" in ser.morph.get("VerbForm"):
            subject = _subject_after_fronted_clause(trigger, ser)
            if subject is not None:
                return subject, "fronted-infinitive"
        if voice == "passive":
            before = [c for c in trigger.children if c.i < trigger.i and c.dep_ in {"obl", "obj", "nmod"}
                      and c.pos_ == "PROPN" and tokens.is_name_part(c) and c.ent_type_ not in {"LOC", "GPE"}]
            if before and not any(k.dep_ == "case" and k.lower_ not in {"al"} for k in before[-1].children):
                span = grow.name_in(before[-1])  # "Al Adl fue designado": a name the parse took for a complement
                if span is not None:
                    return span, "before-auxiliary"
            found = subjects.passive_designee(trigger)
            if found is not None:
                return found, "before-auxiliary"
        if ser is not None or voice == "passive":
            topic = self._topic_person(trigger)
            if topic is not None:
                return topic, "topic"
        if voice == "participle":
            named = _name_right_before(trigger)
            if named is not None:
                return named, "headline"
        return None, ""

    def _first_of_kind(self, noun: Token) -> tuple[Span | None, str] | None:
        """"Willis se convirtió en la primera mujer negra elegida como fiscal", "al ser la primera
        mujer elegida jefa de gobierno": a participle on an ordinal noun that is the predicate of
        "convertirse en" or "ser" designates that verb's subject, not the noun ("primera mujer"
        names no one). (None, "") when the subject is not written; None when `noun` is no such
        predicate."""
        if not any(c.dep_ in {"amod", "det", "nummod"} and c.i < noun.i and (
                c.lower_ in WORDS["ordinals"] or c.lemma_.lower() in WORDS["ordinals"]) for c in noun.children):
            return None
        copula = any(c.dep_ == "cop" and self.is_ser(c) for c in noun.children)
        verb = noun.head
        becomes = verb != noun and verb.lemma_.lower().split(" ")[0] == "convertir" and any(
            c.dep_ == "case" and c.lower_ == "en" for c in noun.children)
        if not copula and not becomes:
            return None
        owner = noun if copula else verb
        subject = next((c for c in owner.children if c.dep_ in SUBJECTS), None)
        if subject is not None and subject.lower_ in RELATIVES:
            return reference.antecedent_span(noun.doc, subject.i, in_complement=True), "first-of-kind"
        if subject is not None and subject.pos_ in {"PROPN", "NOUN"}:
            return grow.name_in(subject), "first-of-kind"
        if subject is None and (owner.dep_ in {"advcl", "xcomp", "conj"} or "Ger" in owner.morph.get("VerbForm")):
            # "..., convirtiéndose en el primer líder elegido": the subject of the governing clause
            return self._governing_subject(owner, levels=2, person=True), "first-of-kind"
        return None, ""

    @staticmethod
    def _clitic(trigger: Token) -> bool:
        """An object clitic: "lo/la designó", "designarla"."""
        doc = trigger.doc
        k = trigger.i - 1
        while k >= 1 and doc[k].lemma_.lower() == "haber" and doc[k].pos_ == "AUX":
            k -= 1  # "lo habían designado", "la había elegido"
        before = doc[k].lower_ if k >= 0 else ""
        return before in {"lo", "la"} or trigger.lower_.endswith(("rlo", "rla")) and len(trigger) > 6

    def _name_after_office(self, participle: Token, office: Token) -> Span | None:
        """"El alcalde nombrado por Moscú en la ciudad de X, Vladimir Leontiev, ...", "el
        gobernador de Sebastopol nombrado por Rusia Mikhail Razvozhaev": an office (no name of its
        own) that a participle describes, then the person's name right after the participle's
        phrase; the name is the designee and the office its role."""
        if office.lower_ not in self.offices or tokens.is_name_part(office) or office.i > participle.i:
            return None
        doc = participle.doc
        end = min(participle.right_edge.i + 3, tokens.sentence_bounds(participle)[1])
        for k in range(participle.i + 1, end):
            token = doc[k]
            if token.lower_ in tokens.CLAUSE_BREAKS - {","} or token.pos_ in {"VERB", "AUX"} or (
                    "Part" in token.morph.get("VerbForm")):
                return None  # (nor past another verb: "designado por el Parlamento, presidido por X")
            if token.ent_iob_ == "B" and token.ent_type_ in PERSON:
                before = doc[k - 1]
                if before.lower_ in tokens.PREPOSITIONS | tokens.ARTICLES or before.pos_ in {"NOUN", "ADJ"}:
                    return None  # "nombrado por Castillo", "de Juan Pérez": an agent or a complement
                name = grow.name_in(token)
                return name if name is not None and name.start == k else None
        return None

    def _antecedent(self, noun: Token) -> Span | None:
        """The noun a relative clause or participle describes, as a name where it has one."""
        if not tokens.is_name_part(noun) and noun.dep_ == "appos" and tokens.is_name_part(noun.head):
            return grow.name_in(noun.head)  # "Ertha Pascal, la primera mujer nombrada juez"
        doc = noun.doc
        opener = next(t.i for t in noun.subtree if not t.is_punct) - 1
        if not tokens.is_name_part(noun) and noun.dep_ == "appos" and opener >= 1 and doc[opener].text == ",":
            # "Carlos I de España, nieto de los Reyes Católicos, elegido emperador": the parse hangs
            # the apposition elsewhere; the name right before its comma is the one it describes.
            named = reference.name_before(doc, opener - 1, tokens.sentence_bounds(noun)[0])
            if named is not None:
                return named
        return grow.name_in(noun)


def _affiliation_owner(noun: Token) -> Token:
    """"David Jiménez, de Fuerza Popular, designado como ...": a "de" phrase set off by commas
    after a person names the person's party or body, and a participle after it describes the
    person; the parse hangs the participle on the body. Any other noun is returned as it is."""
    doc = noun.doc
    case = next((c for c in noun.children if c.dep_ == "case" and c.lower_ in {"de", "del"}), None)
    owner = noun.head
    if case is None or noun.dep_ != "nmod" or owner.i >= case.i or noun.ent_type_ in {"PER", "PERSON"}:
        return noun
    if case.i < 1 or doc[case.i - 1].text != "," or owner.ent_type_ not in {"PER", "PERSON"}:
        return noun
    return owner


def _agreeing_complement(participle: Token, noun: Token) -> Token:
    """"La iniciativa del boxeador, elegido senador": a participle set off by a comma agrees with
    the "de" complement right before the comma, not with the noun the parse hangs it on ("la
    iniciativa ... elegido"). Any other noun is returned as it is."""
    if not _disagree(participle, noun) or noun.dep_ == "nmod" and any(
            k.dep_ == "case" and k.lower_ in {"de", "del"} for k in noun.children):
        # (a noun that is itself a "de" complement is one link of a chain, "el mayor de los hijos
        # del presidente, elegido", whose head the parse does not show)
        return noun
    doc = noun.doc
    complement = next((c for c in noun.children if c.dep_ == "nmod" and c.pos_ in {"NOUN", "PROPN"}
                       and c.right_edge.i == participle.i - 2 and doc[participle.i - 1].text == ","
                       and any(k.dep_ == "case" and k.lower_ in {"de", "del"} for k in c.children)), None)
    return complement if complement is not None and not _disagree(participle, complement) else noun


def _person_before_comma(participle: Token, noun: Token) -> Span | None:
    """"junto a Luis Bedoya Reyes, entonces electo alcalde de Lima": a participle set off by a
    comma right after a person's name describes that person, when the parse hangs it on a noun
    further back ("El presidente Fernando Belaunde ... junto a X, electo")."""
    doc = participle.doc
    k = participle.i - 1
    while k >= 0 and doc[k].pos_ == "ADV":
        k -= 1
    if k < 1 or doc[k].text != "," or doc[k - 1].ent_type_ not in PERSON or noun.i >= k - 1:
        return None
    ent = next((e for e in doc.ents if e.start <= k - 1 < e.end), None)
    if ent is None or ent.end != k or noun.i >= ent.start or ent.start <= noun.i + 1:
        return None
    j = ent.start - 1
    while j >= 0 and doc[j].lower_ in tokens.ARTICLES:
        j -= 1
    if j >= 0 and doc[j].lower_ in {"de", "del"}:
        return None  # "Carlos I, nieto de los Reyes Católicos, elegido emperador": a complement's name
    return ent


def _disagree(one: Token, other: Token) -> bool:
    """The two words differ in gender or number (both marked)."""
    return any(one.morph.get(f) and other.morph.get(f) and one.morph.get(f) != other.morph.get(f)
               for f in ("Gender", "Number"))


def _title_of_other_gender(participle: Token, name: Span) -> bool:
    """The singular noun or adjective right before a name (its title: "la asesinada Y", "el gobernador
    Y") differs in gender from the participle said of it ("elegido")."""
    if name.start < 1:
        return False
    title = name.doc[name.start - 1]
    one, other = participle.morph.get("Gender"), title.morph.get("Gender")
    return title.pos_ in {"NOUN", "ADJ"} and title.morph.get("Number") == ["Sing"] and bool(
        one and other and one != other)


def predicate_subject(noun: Token) -> Token | None:
    """For a common noun that is the predicate of a copula ("X es/fue la primera mujer ...") or
    of a verb of becoming ("X se convirtió en la primera mujer ..."), the subject of that
    predicate, or the noun itself when the subject is not written; None when the noun is no
    predicate. A name is never a predicate here (it is the designee itself)."""
    if noun.pos_ != "NOUN" or tokens.is_name_part(noun):
        return None
    if any(c.dep_ == "cop" for c in noun.children):
        owner = noun
    elif noun.dep_ in {"obj", "obl"} and noun.head.lemma_.lower().split(" ")[0] in WORDS["becoming_verbs"] and any(
            c.dep_ == "case" and c.lower_ == "en" for c in noun.children):
        owner = noun.head
    else:
        return None
    subject = next((c for c in owner.children if c.dep_ in {"nsubj", "nsubj:pass"} and c.i < noun.i
                    and (c.pos_ in {"PROPN", "NOUN"} or c.lower_ in RELATIVES)), None)
    return subject if subject is not None else noun



def predicate_antecedent(noun: Token) -> Span | None:
    """For the antecedent of a relative "que" that is the predicate of a copula or of a verb of
    becoming ("X es el único político que ha sido elegido presidente", "X fue el congresista que
    fue elegido por Lima"), the predicate's written subject, the one the relative speaks of (as
    in the first of a kind: "X fue el primer marxista elegido presidente"); else None."""
    predicate = predicate_subject(noun)
    if predicate is None or predicate.i == noun.i or predicate.lower_ in RELATIVES:
        return None
    return grow.name_in(predicate)


def apposition_opener(doc, relative: int) -> int | None:
    """The comma that opens a lower-case apposition ending right before ", quien" (", allegada a
    ... y exdiputada del MAS, quien"), or None."""
    k = relative - 1
    if k < 0 or doc[k].text != ",":
        return None
    start = tokens.sentence_bounds(doc[relative])[0]
    for j in range(k - 1, max(start - 1, k - 20), -1):
        if doc[j].text == ",":
            return j if j + 1 < k and doc[j + 1].is_lower and (doc[j + 1].pos_ in {"NOUN", "ADJ", "DET", "VERB"} or (
                doc[j + 1].lower_ in WORDS["partitives"])) else None  # ", uno de los cabecillas de ..., a quien"
    return None


def _subject_after_fronted_clause(trigger: Token, ser: Token) -> Span | None:
    """"Dos años antes de ser electo Papa, el cardenal Joseph Ratzinger ... lo eligió": an
    infinitive clause that opens the sentence describes the subject named right after its comma
    (the parse often hangs that subject inside the clause). The person: a name, maybe after an
    article and a title, followed by a verb, a clitic or an apposition."""
    doc = trigger.doc
    start, end = tokens.sentence_bounds(trigger)
    if any(tokens.is_finite_verb(t) or t.lower_ in tokens.CLAUSE_BREAKS for t in doc[start:ser.i]):
        return None  # not the opening clause of the sentence
    comma = next((k for k in range(trigger.i + 1, min(end, trigger.i + 12)) if doc[k].text == ","), None)
    if comma is None or any(tokens.is_finite_verb(t) for t in doc[trigger.i + 1:comma]):
        return None
    k = comma + 1
    while k < end and k - comma <= 4 and (doc[k].lower_ in tokens.ARTICLES or (
            not tokens.is_title(doc[k]) and doc[k].pos_ in {"NOUN", "ADJ"})):
        k += 1
    if k >= end or doc[k].ent_type_ not in PERSON or doc[k].ent_iob_ != "B":
        return None
    stop = grow.name_end(doc, k, end)
    follow = doc[stop] if stop < end else None
    if follow is None or not (follow.text == "," or tokens.is_finite_verb(follow) or follow.lower_ in {
            "lo", "la", "le", "los", "las", "les", "se"} or follow.pos_ == "ADV"):
        return None
    return grow.trim_name(doc, k, stop)


def _name_right_before(participle: Token) -> Span | None:
    """"2022 .- Carlos III proclamado oficialmente nuevo rey del Reino Unido": in a headline or an
    almanac entry, a participle right after a name (not one inside a complement) says what
    became of that name, whatever the parse made of the entry's date mark."""
    doc = participle.doc
    sent_start = tokens.sentence_bounds(participle)[0]
    k = participle.i - 1
    if k < sent_start or doc[k].pos_ != "PROPN" or not tokens.is_name_part(doc[k]):
        return None
    name = reference.name_before(doc, k, sent_start)
    if name is None:
        return None
    opener = name.start - 1
    while opener >= sent_start and doc[opener].lower_ in tokens.ARTICLES:
        opener -= 1
    if opener >= sent_start and not (doc[opener].is_punct or doc[opener].like_num):
        return None  # only at the start of the entry, after its date mark (not "de X proclamado")
    return name


def _description_of_the_named(span: Span) -> bool:
    """A bare common noun joined by "y" to another bare noun under one determiner ("al
    exparlamentario y exabogado de X, Josué Gutiérrez"): both describe the person named after
    them, not a second designee."""
    doc = span.doc
    end = span.end
    return not any(tokens.is_name_part(t) for t in span) and end + 1 < len(doc) and doc[end].lower_ in {
        "y", "e"} and doc[end + 1].pos_ in {"NOUN", "ADJ"} and not tokens.is_title(doc[end + 1])


def _opens_sentence(trigger: Token) -> bool:
    """The participle is the first word of its sentence, after an almanac year at most ("1998.-")."""
    doc = trigger.doc
    start = tokens.sentence_bounds(trigger)[0]
    words = [t for t in doc[start:trigger.i] if not t.is_punct and not t.like_num and not t.is_space]
    return not words and (trigger.i == start or doc[trigger.i - 1].is_punct or doc[trigger.i - 1].like_num)


def _subject_after_comma(trigger: Token) -> Span | None:
    """The name that a fronted participle's phrase describes: the subject of a finite verb that
    starts right after the first comma closing the phrase ("..., la diplomática Ana Soto viajó"),
    or None (a pro-drop subject: "Elegido mejor jugador, fue incluido ...")."""
    doc = trigger.doc
    end = tokens.sentence_bounds(trigger)[1]
    after = trigger.i + 1
    while after < end and doc[after].pos_ == "ADV":
        after += 1
    if after < end and doc[after].lower_ in tokens.ARTICLES:
        return None  # "Elegidos los miembros de la mesa, el pleno votó": the participle's own subject
    comma = next((k for k in range(trigger.i + 1, end) if doc[k].text == ","), None)
    if comma is None:
        return None
    for k in range(comma + 1, min(end, comma + 8)):
        token = doc[k]
        if token.dep_ == "nsubj" and token.head.pos_ in {"AUX", "VERB"} and token.head.i > k:
            if any(trigger.morph.get(f) and token.morph.get(f) and trigger.morph.get(f) != token.morph.get(f)
                   for f in ("Number", "Gender")):
                return None  # "Elegida en 2020, el ministro ...": the phrase describes someone else
            return grow.name_in(token)
        if token.is_punct or tokens.is_finite_verb(token):
            return None
    return None


"""Whom a subjectless passive or participle is about: the subject of a governing clause, or
the person the sentence is about (see frame_designees.py)."""
from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.extract import grow, reference, tokens
from pipeline.extract.words import WORDS

SUBJECTS = frozenset({"nsubj", "nsubj:pass", "csubj"})
RELATIVES = WORDS["relative_pronouns"]
PERSON = frozenset({"PER", "PERSON"})
_CLIMB = frozenset({"conj", "xcomp", "advcl", "ccomp", "acl"})


class FrameTopics:
    def _topic_person(self, trigger: Token) -> Span | None:
        """The person a subjectless passive is about ("Palacios, fundadora de ..., fue nombrada";
        "cuando fue elegido gobernador", with one person named before): the person subject of a
        governing clause, else of the sentence, else the only person named before the trigger.
        A personal pronoun subject ("él fue elegido") counts as no subject."""
        if any(c.dep_ in SUBJECTS and c.lower_ not in WORDS["personal_pronouns"] and not (
                c.i > trigger.i and c.pos_ == "NOUN" and not any(k.dep_ == "det" for k in c.children))
               for c in trigger.children):
            # a subject of its own that named no one ("ambos fueron designados"): no guess (but a bare
            # noun after the participle is its role, whatever the parse: "fue elegido portavoz titular")
            return None
        if any(c.lower_ == "siendo" for c in trigger.children) or trigger.i >= 1 and trigger.doc[trigger.i - 1].lower_ == "siendo":
            return None  # ", siendo designado vocero": a gerund clause has no subject of its own
        pronoun = any(c.dep_ in SUBJECTS for c in trigger.children)  # "hasta que ella fue elegida": someone else
        if any(c.dep_ == "mark" and c.lower_ == "que" and (pronoun or not _temporal_que(c)) for c in trigger.children):
            return None  # "pidió que X interceda para que sea nombrado": "que" opens another subject
        if any(c.i > trigger.i and c.dep_ in {"obj", "nsubj", "appos"} and any(t.ent_type_ in PERSON for t in c.subtree)
               for c in trigger.children):
            return None  # "resultó elegido el izquierdista Lula": a person after the participle is its subject
        subject = self._governing_subject(trigger, levels=4, person=True)
        if subject is not None:
            return subject
        doc = trigger.doc
        i = trigger.i - 1
        while i >= 0 and (doc[i].pos_ in {"ADV", "AUX"} or self.is_ser(doc[i])):
            i -= 1
        if i >= 0 and doc[i].lower_ in tokens.NON_REFERRING:
            return None  # "y ambos fueron designados": they are named elsewhere
        root = trigger.sent.root
        main = next((c for c in root.children if c.dep_ in SUBJECTS and c.ent_type_ in PERSON), None)
        if any(c.dep_ in {"obj", "iobj"} and (c.ent_type_ in PERSON or c.lower_ in WORDS["object_clitics"])
               for c in root.children) or _person_object_before(
                trigger, tokens.sentence_bounds(trigger)[0]):
            return None  # "Rivas felicitó a Eva Ríos por ser nombrada": either person may be meant
        if main is not None and main.i != trigger.i:
            return grow.name_in(main)
        start = tokens.sentence_bounds(trigger)[0]
        persons = {e.text: e for e in trigger.doc.ents if e.label_ in PERSON and start <= e.start and e.end <= trigger.i
                   and tokens.is_name_part(e[0])}
        if any(self._in_complement(e) for e in persons.values()):
            return None  # "con X como titular", "de la mano del expresidente X": someone else's role
        if len(persons) == 1:
            ent = next(iter(persons.values()))
            root = ent.root
            if root.dep_ in SUBJECTS and root.head not in list(trigger.ancestors):
                return None  # "cuando Hugo Chávez era presidente, fue designado ministro": another clause's subject
            return trigger.doc[ent.start:ent.end]
        return None

    @staticmethod
    def _in_complement(name: Span) -> bool:
        """The name follows a preposition, maybe with a title between ("del expresidente panista X")."""
        doc = name.doc
        i = name.start - 1
        skipped = 0
        while i >= 0 and skipped < 3 and (doc[i].lower_ in tokens.ARTICLES or not tokens.is_title(doc[i]) and doc[
                i].pos_ in {"NOUN", "ADJ"}):
            i -= 1
            skipped += 1
        return i >= 0 and doc[i].lower_ in tokens.PREPOSITIONS

    def _governing_subject(self, trigger: Token, levels: int = 4, *, person: bool = False) -> Span | None:
        """The subject of the nearest verb above `trigger` that has one (with `person`, the nearest
        subject that names a person: the topic of "cuando fue nombrado ministro"). None when that
        verb also has a person object ("Rivas felicitó a Eva por ser nombrada": either may be meant)."""
        verb = trigger
        for _ in range(levels):
            misparsed = verb is trigger and verb.dep_ == "amod" and verb.head.i > verb.i
            # "X, es fundadora de ..., fue nombrada representante": the parse makes the role the
            # predicate of "fue" and the participle its adjective; the clause is the role's.
            # ("luego de haber sido investido": the parse hangs the clause on the adverb "luego".)
            adverb = verb is not trigger and verb.pos_ == "ADV" and verb.dep_ == "advmod"
            if not misparsed and not adverb and verb.dep_ not in _CLIMB | {"obj", "obl", "nmod"} or verb.head == verb:
                return None
            verb = verb.head
            if person and any(c.dep_ in {"obj", "iobj", "obl"} and c.ent_type_ in PERSON and c.i < trigger.i
                              or c.dep_ in {"obj", "iobj"} and c.lower_ in WORDS["object_clitics"]
                              for c in verb.children) or person and _person_object_before(
                                  trigger, min(verb.i, trigger.i) + 1):
                # (also "luego de haber sido designado Z, X lo felicitó": "lo" may be the one designated)
                return None
            subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubj:pass"}
                            and (c.pos_ in {"PROPN", "NOUN"} or c.lower_ in RELATIVES)), None)
            if subject is None:
                continue
            if subject.lower_ in RELATIVES:
                # "Evelyn Baker, quien se convirtió en la primera mujer en ser nombrada jueza"
                span = reference.antecedent_span(subject.doc, subject.i, in_complement=True)
            else:
                span = grow.name_in(subject)
            if span is not None and (not person or _personal(span)):
                return span
            if not person:
                return None
        return None


def _person_object_before(trigger: Token, start: int) -> bool:
    """A verb's object marked with "a" that names a person, between `start` and the trigger:
    "comenzó felicitando al republicano Kevin McCarthy por ser elegido" is about McCarthy, though
    the parse hangs the clause on "comenzó", whose subject is someone else."""
    return any(t.dep_ in {"obj", "iobj"} and t.head.pos_ == "VERB" and any(k.ent_type_ in PERSON for k in t.subtree)
               and any(k.dep_ == "case" and k.lower_ in {"a", "al"} for k in t.children)
               for t in trigger.doc[start:trigger.i])


def _personal(span: Span) -> bool:
    """A span that names a person: a PER entity, or two or more capitalised words the NER left
    unlabelled ("Palacios Quincho, ..., fue nombrada"): organisations and places it rarely misses."""
    if any(t.ent_type_ in PERSON for t in span):
        return True
    words = [t for t in span if t.is_alpha]
    if len(words) == 1 and words[0].pos_ == "PROPN" and not words[0].ent_type_ and words[0].text.istitle() and (
            words[0].dep_ in {"nsubj", "nsubj:pass"}):
        # "Trump no ha testificado desde que fue elegido presidente": the NER misses a lone
        # surname at the start of a sentence; a proper-noun subject it left unlabelled is a person.
        return True
    return len(words) >= 2 and all(tokens.is_name_part(t) and not t.ent_type_ for t in words) and (
        tokens.is_title(words[0]) and tokens.is_title(words[-1]))


def _temporal_que(que: Token) -> bool:
    """"hasta que", "desde que", "después de que": a time clause, which keeps the subject of the
    clause it depends on ("X fue vicepresidente ... hasta que fue nombrado fiscal")."""
    doc = que.doc
    before = doc[que.i - 1].lower_ if que.i >= 1 else ""
    before2 = doc[que.i - 2].lower_ if que.i >= 2 else ""
    return before in {"hasta", "desde"} or before == "de" and before2 in {"después", "luego", "antes"}

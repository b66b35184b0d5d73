"""Where a frame finds the role: "como" phrases, predicative complements, post phrases,
"para ser Z", an office before the name or in apposition to it (see frames.py)."""
from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.extract import grow, roles, tokens
from pipeline.extract.frame_designees import predicate_subject
from pipeline.extract.words import WORDS

_COMPLEMENTS = frozenset({"obj", "iobj", "obl", "xcomp", "advmod", "nmod", "amod", "appos", "ccomp", "dep",
                          "nsubj", "conj", "acl", "advcl"})
_BARE_ROLE_DEPS = frozenset({"obj", "xcomp", "advmod", "obl", "amod", "appos", "nmod", "dep"})
_ROLE_POS = frozenset({"NOUN", "PROPN", "ADJ", "ADV", "VERB"})
_RELATIVES = WORDS["relative_pronouns"]
_PERSON = frozenset({"PER", "PERSON"})


class FrameRoles:
    def _described_noun(self, participle: Token) -> Token:
        """The noun a participle describes: its head, or, in "es un congresista de la República
        electo por Junín", the office whose "de" complement (a body or a place, no person) the
        parse hung it on."""
        noun = participle.head
        upper = noun.head
        if noun.dep_ == "nmod" and noun.pos_ == "PROPN" and noun.ent_type_ not in _PERSON and upper.i < noun.i and (
                upper.pos_ == "NOUN" and upper.lower_ in self.offices and not tokens.is_name_part(upper)) and not (
                set(participle.morph.get("Gender")) - set(upper.morph.get("Gender") or participle.morph.get("Gender"))):
            return upper
        return noun

    def _office_before(self, participle: Token) -> Span | None:
        """The office a participle describes, with its adjectives and complements up to the
        participle ("el gobernador de Sebastopol nombrado por ...": "gobernador de Sebastopol")."""
        noun = self._described_noun(participle)
        if noun.i >= participle.i:
            return None
        start = min([c.i for c in noun.lefts if c.dep_ == "amod"] + [noun.i])
        end = participle.i
        doc = participle.doc
        while end > noun.i + 1 and (doc[end - 1].is_punct or doc[end - 1].pos_ == "ADV"):
            end -= 1
        if any(t.is_punct or t.lower_ in tokens.CLAUSE_BREAKS for t in doc[noun.i + 1:end]):
            return None
        return doc[start:end]

    def _office_before_relative(self, verb: Token) -> Span | None:
        """The office a relative clause describes, with its adjectives and complements up to the
        relative pronoun ("X es el congresista de Lima que fue elegido": "congresista de Lima"), or
        None when the noun is no office."""
        noun = verb.head
        relative = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubj:pass"} and c.i > noun.i), None)
        if noun.i >= verb.i or relative is None or noun.lower_ not in self.offices:
            return None
        start = min([c.i for c in noun.lefts if c.dep_ == "amod"] + [noun.i])
        end = relative.i
        doc = verb.doc
        while end > noun.i + 1 and doc[end - 1].is_punct:
            end -= 1
        if any(t.is_punct or t.lower_ in tokens.CLAUSE_BREAKS for t in doc[noun.i + 1:end]):
            return None
        return doc[start:end]

    def _predicate_office(self, participle: Token) -> Span | None:
        """"X es un congresista de la República electo por Junín", "Y, que es el representante
        elegido por sus compatriotas": a participle with no role of its own on an office that is
        a predicate gives that office as the role (the predicate's subject is the designee; after
        an ordinal, "el primer gobernador elegido", the first of a kind is read before)."""
        noun = self._described_noun(participle)
        if noun.i >= participle.i or noun.lower_ not in self.offices or predicate_subject(noun) in {None, noun}:
            return None
        return self._office_before(participle)

    def _role_head(self, trigger: Token, *, exclude: set[int], needs_como: bool,
                   subjects: bool = True) -> Token | None:
        """The head of the role among the trigger's dependents after it: a "como" phrase first,
        then a phrase after a post noun, "para ser Z", then a bare complement."""
        candidates = [c for c in trigger.children if c.dep_ in _COMPLEMENTS and c.i not in exclude
                      and c.i > trigger.i and c.pos_ in _ROLE_POS]
        como = [c for c in candidates if self._has_como(c)]
        if not como:
            # "reelegido horas después como líder": the parse hangs "como Z" on a complement.
            como = [g for c in trigger.children if c.i > trigger.i and c.i not in exclude and c.dep_ in {"obl", "obj", "advmod"}
                    and (self._is_time(c) or c.lower_ in WORDS["time_adverbials"] or tokens.in_vote_count(c, trigger))
                    for g in c.children if g.i > c.i and g.pos_ in {"NOUN", "PROPN"} and self._has_como(g)]
        if como:
            return como[0]
        if needs_como:
            return None
        for candidate in candidates:
            post = self._post_phrase(candidate)
            if post is not None:
                return post
        for candidate in candidates:
            if candidate.pos_ == "VERB" and candidate.lemma_.lower() in self.post_verbs and any(
                    k.lower_ == "para" for k in candidate.children):
                # (not a phrase with a preposition the parse calls an object: "desempeñe en simultáneo")
                post = next((k for k in candidate.children if k.dep_ == "obj" and k.pos_ in {"NOUN", "PROPN"}
                             and not self._has_case(k)), None)
                if post is not None and post.lower_ in self.post_nouns and post.lower_ not in self.kept_post_nouns:
                    # "para que desempeñe las funciones de embajador", "para ejercer el cargo de Z": Z
                    post = next((c for c in post.children if c.i > post.i and c.dep_ in {"nmod", "obl"} and any(
                        k.lower_ in {"de", "del"} for k in c.children)), post)
                if post is not None:
                    return post  # "elegido para ocupar la presidencia del Congreso"
        for candidate in [c for c in trigger.subtree if c.i > trigger.i and c.i not in exclude]:
            if candidate.pos_ in {"NOUN", "PROPN"} and candidate.dep_ in {"advcl", "xcomp", "ccomp", "obl"} and any(
                    self.is_ser(k) and k.dep_ in {"cop", "aux"} for k in candidate.children) and any(
                    k.lower_ == "para" and k.dep_ in {"mark", "case"} for k in candidate.children):
                return candidate  # "lo eligió para ser secretario de Estado", "para que fuera su asesor"
        deps = _BARE_ROLE_DEPS | ({"nsubj"} if subjects else set())
        # A predicative complement without "como" is a role only when it is a noun (the small model
        # tags some role nouns as adverbs: "designado vicegobernador"): "de forma indirecto" is no role.
        bare = [c for c in candidates if not self._has_case(c) and not self._is_time(c) and c.dep_ in deps
                and (c.pos_ == "NOUN" or c.lower_ in self.offices
                     or c.pos_ == "ADV" and c.is_alpha and c.lower_ not in self.time_words
                     and len(c) > 6 and not c.lower_.endswith("mente")
                     or c.pos_ == "PROPN" and (c.lower_ in self.offices or c.ent_type_ not in _PERSON | {"LOC", "GPE"}))
                and c.lower_ not in self.agent_stops and not (c.lower_ not in self.offices and _ends_oblique(c.doc[c.i - 1], trigger))
                # "si Guatemala elige a un Gobierno que continúe ... sería un golpe terrible": a noun
                # with a copula of its own after the trigger is another clause's predicate
                and not any(k.dep_ == "cop" and k.i > trigger.i for k in c.children)]
        return bare[0] if bare else None

    def _role_in(self, designee: Token) -> Token | None:
        """A "como Z" phrase the parse attached to the designee instead of the trigger."""
        for child in designee.children:
            if child.i > designee.i and child.dep_ in {"nmod", "acl", "appos", "obl", "amod"} and self._has_como(child):
                return child
        return None

    def _sibling_role(self, trigger: Token) -> Token | None:
        """"desde su designación como ministro", "oficializa el nombramiento de X en el cargo de Z":
        the parse hangs the role on the verb that governs the noun trigger, right after its phrase."""
        head = trigger.head
        if head == trigger:
            return None
        end = trigger.right_edge.i
        for sibling in head.children:
            if sibling.i <= end or sibling.i - end > 2 + len([t for t in sibling.lefts]):
                continue
            if sibling.pos_ in {"NOUN", "PROPN"} and self._has_como(sibling):
                return sibling
            post = self._post_phrase(sibling)
            if post is not None:
                return post
        return None

    def _office_then_name(self, head: Token) -> tuple[Span, Span] | None:
        """An office noun followed by the name it is given to: "al presidente AMLO", "al defensor
        del Pueblo, señor Josué Gutiérrez", "del ministro de la Producción Jorge Prado"."""
        doc = head.doc
        new_post = head.i >= 1 and doc[head.i - 1].lower_ in tokens.ROLE_OPENERS
        if head.lower_ not in self.offices or tokens.is_name_part(head) or any(
                c.dep_ == "det" and c.lower_ in tokens.POSSESSIVES for c in head.children) and not new_post:
            return None  # "de su asesor X": a title of the designee (but "eligió a su nuevo presidente, X")
        limit = tokens.sentence_bounds(head)[1]
        start = self._left_anchor(head)
        while start < head.i and (doc[start].dep_ in {"case", "det"} or doc[start].lower_ in tokens.LEADING_DROP):
            start += 1
        end = grow.noun_phrase_end(doc, head.i, limit)
        for ent in doc.ents:
            if ent.start >= 1 and head.i < ent.start <= end + 3 and (
                    ent.label_ in _PERSON or ent.label_ not in {"LOC", "GPE"} and (
                        ent.start == head.i + 1 or doc[ent.start - 1].text == ",") and all(
                        tokens.is_acronym(t) for t in ent)):  # "al presidente AMLO"
                if doc[ent.start - 1].lower_ in tokens.PREPOSITIONS:
                    continue  # "al defensor del Pueblo, señor X" ("Pueblo" may be tagged a person): the office's complement
                between = [t for t in doc[head.i + 1:ent.start] if not (t.is_punct or t.lower_ in WORDS["honorifics"])]
                # "a su nuevo presidente, el legislador X": the office ends at the comma before
                # the name's own apposition.
                role_end = next((t.i for t in doc[head.i + 1:ent.start] if t.text == ","), ent.start)
                while role_end > head.i + 1 and (doc[role_end - 1].is_punct or doc[role_end - 1].lower_ in WORDS[
                        "honorifics"]):
                    role_end -= 1
                if any(t.pos_ in {"VERB", "AUX"} for t in between):
                    return None
                if doc[ent.start - 1].text == "," and doc[ent.start].dep_ == "appos" and doc[ent.start].head.i < head.i and (
                        doc[ent.start].head.dep_ in {"nsubj", "nsubj:pass"}):
                    return None  # "El presidente de la Comisión ... para la elección de magistrado, X, detalló": the subject's name
                after = name_stop = max(ent.end, grow.name_end(doc, ent.start, limit))
                while after < limit and doc[after].text == ",":
                    after += 1
                indefinite = any(c.dep_ == "det" and c.lower_ in WORDS["indefinite_articles"] for c in head.children)
                if after < limit and not (indefinite and doc[after].lower_ == "para") and (
                        doc[after].lower_ in {"para", "como", "en", "ante"} or doc[after].lower_ in {
                        "a", "al"} and not (after + 1 < limit and doc[after + 1].lower_ in _RELATIVES)):
                    # "designó a la embajadora X para dirigir ...": the office is her title; the
                    # post, if any, follows. (But "designó a un fiscal especial, X, para que
                    # investigue": an indefinite office is the new post, and "para" its task.)
                    return None
                # the whole name, when the NER cut it at a particle ("Edmundo del Águila Morote")
                return doc[start:role_end], doc[ent.start:name_stop]
        return None

    def _has_como(self, token: Token) -> bool:
        doc = token.doc
        if any(k.lower_ in self.role_markers and k.i < token.i for k in token.children):
            return True
        start = self._left_anchor(token)
        return doc[start].lower_ in self.role_markers or start >= 1 and doc[start - 1].lower_ in self.role_markers

    @staticmethod
    def _has_case(token: Token) -> bool:
        return any(k.dep_ in {"case", "mark"} and k.i < token.i for k in token.children)

    def _post_phrase(self, token: Token) -> Token | None:
        """"para el cargo de Z", "en el puesto de Z", "al frente de Z": the head of Z (or the post
        noun itself when it has no "de" complement: "para el puesto clave de seguridad")."""
        if not self._has_case(token):
            return None
        if token.lower_ in self.office_nouns and any(k.lower_ == "para" for k in token.children if k.i < token.i):
            return token  # "eligió al congresista X para la presidencia de la Comisión"
        en = next((k for k in token.children if k.i < token.i and k.lower_ == "en"), None)
        if token.lower_ in self.office_nouns and en is not None and not tokens.is_title(token) and (
                en.i == 0 or token.doc[en.i - 1].pos_ != "NOUN"):
            # "designó a X en la dirección del IRTP": the office of an institution; but "en la
            # presidencia de Humala" is a time, named by the person who held it, "en la Defensoría"
            # names the institution, and "los cambios en el directorio" is another noun's complement.
            owner = next((c for c in token.children if c.i > token.i and c.dep_ in {"nmod", "obl"} and any(
                k.lower_ in {"de", "del"} for k in c.children)), None)
            if owner is not None and owner.ent_type_ not in _PERSON and not tokens.is_name_part(owner) or (
                    owner is not None and owner.ent_type_ in {"ORG", "LOC", "GPE", "MISC"}):
                return token
        if token.lower_ not in self.post_nouns:
            return None
        kept = token.lower_ in self.kept_post_nouns
        for child in token.children:
            if child.i > token.i and child.dep_ in {"nmod", "obl"} and any(
                    k.lower_ in {"de", "del"} for k in child.children):
                return token if kept else child
        return token if token.lower_ == "puesto" else None

    def _referred_back(self, role: Span) -> bool:
        """"el puesto", "dicho cargo", "el mismo cargo": a post noun with no complement, which names
        no office by itself."""
        nouns = [t for t in role if t.pos_ in {"NOUN", "PROPN"} or t.lower_ in self.post_nouns]
        return len(nouns) == 1 and nouns[0].lower_ in self.post_nouns and nouns[0].i == role.end - 1

    def _role_after_insert(self, designee: Span) -> Token | None:
        """The head of a "como" or post phrase right after a phrase between dashes or brackets
        that follows the designee ("a X -investigado por ...- en el puesto de Z"), or None."""
        doc = designee.doc
        close = tokens.insert_end(doc, designee.end) if designee.end < len(doc) else None
        if close is None or close + 2 >= len(doc):
            return None
        after = doc[close + 1]
        noun = after.head
        if after.dep_ not in {"case", "mark"} or noun.i <= after.i or noun.pos_ not in {"NOUN", "PROPN"}:
            return None
        return noun if after.lower_ in self.role_markers else self._post_phrase(noun)

    def _is_time(self, token: Token) -> bool:
        return token.lower_ in self.time_words or "Tim" in token.morph.get("AdvType") or (
            token.like_num and not token.is_alpha)

    @staticmethod
    def _left_anchor(head: Token) -> int:
        """The first word of the phrase `head` heads: its contiguous left dependents."""
        start = head.i
        for child in sorted((c for c in head.children if c.i < head.i), key=lambda t: -t.i):
            if child.is_punct or child.dep_ == "cc":
                break  # ", a Vitaliano", "y a Ana": a comma or conjunction before the phrase is not part of it
            if child.right_edge.i == start - 1:
                start = child.left_edge.i
            else:
                break
        return start

    def _role_span(self, head: Token, before: int | None = None) -> Span:
        """The role phrase around its head, up to `before` (the designee) when that follows it."""
        doc = head.doc
        start = self._left_anchor(head)
        while start < head.i and (doc[start].lower_ in self.role_markers or doc[start].dep_ in {"case", "mark", "cop"}
                                  or doc[start].is_punct or self.is_ser(doc[start])):
            start += 1
        limit = before if before is not None and before > start else None
        return roles.role_span(doc, start, self.role_stops, limit, time_words=self.time_words)

    def _apposed_office(self, designee: Span) -> Span | None:
        """The office noun phrase in apposition to a name: "el presidente Lula", "el mandatario de
        Venezuela, Nicolás Maduro,", "Hipkins, ministro de Salud,"."""
        doc = designee.doc
        head = designee.root
        if not tokens.is_name_part(head):
            head = designee[0]  # "Luiz Inácio Lula da Silva": the parse may make "da" the root
        candidates = [c for c in head.children if c.dep_ == "appos" and c.lower_ in self.offices]
        if head.dep_ == "appos" and head.head.lower_ in self.offices:
            candidates.insert(0, head.head)
        elif head.dep_ == "appos" and _describes(head.head) and head.head.head.lower_ in self.offices:
            # "El gobernador de Florida, el republicano Ron DeSantis,": a description between the
            # office and the name ("el holandés", "la izquierdista") names the same person.
            candidates.insert(0, head.head.head)
        for office in candidates:
            start = self._left_anchor(office)
            while start < office.i and (doc[start].lower_ in tokens.LEADING_DROP | tokens.PREPOSITIONS | {","}
                                        or doc[start].lower_ in tokens.ARTICLES):
                start += 1  # "con su ministro de Asuntos Exteriores, X": the office, from "su"
            # "El gobernador de esta península, designado por Rusia, X": the office phrase ends
            # at its own bound, before an inserted participle; "al presidente elegido
            # democráticamente, Mohamed Bazoum", "X, primer presidente elegido en Taiwán": before
            # the participle that describes it.
            bound = designee.start if office.i < designee.start else tokens.sentence_bounds(office)[1]
            limit = next((t.i for t in doc[office.i + 1:bound] if t._.designa_trigger), None)
            if limit is None and office.i < designee.start:
                limit = designee.start
            span = roles.role_span(doc, start, self.role_stops, limit, self.time_words)
            return _without_dangling_words(span)
        return None


def _without_dangling_words(span: Span | None) -> Span | None:
    """"legislador de la hoy [disminuida bancada]": a phrase cut inside its complement ends on the
    office, not on the preposition, article or adverb where the cut fell."""
    if span is None:
        return None
    end = span.end
    while end > span.start + 1 and (span.doc[end - 1].pos_ in {"ADP", "DET", "ADV", "CCONJ"} or span.doc[end - 1].text in {
            ",", ";", ":"}):
        end -= 1
    return span.doc[span.start:end]


def _ends_oblique(token: Token, trigger: Token) -> bool:
    """`token` is the last word of a prepositional phrase of the trigger other than "a Y" ("eligen a
    su presidente por sufragio universal | indirecto"): a bare noun right after it is that
    phrase's misparsed adjective, not a predicative role (which follows the verb or the designee;
    but an office word is one: "elegido por primera vez presidente")."""
    for head in [token, *token.ancestors]:
        if head == trigger:
            return False
        if head.head == trigger and any(k.dep_ == "case" and k.lower_ not in {"a", "al", "como"} for k in head.children):
            return True
    return False


def _describes(noun: Token) -> bool:
    """"el republicano", "la izquierdista": a common noun in apposition to an office, with its
    article and no complement, that describes the person the name after it names (the parse may
    hang the name's relative clause on it)."""
    return noun.dep_ == "appos" and noun.pos_ in {"NOUN", "ADJ"} and noun.head.i < noun.i and all(
        c.dep_ in {"det", "punct", "appos", "flat", "acl"} for c in noun.children) and any(
        c.dep_ == "det" and c.i == noun.i - 1 for c in noun.children)

"""What every construction shares once its slots are found: coordination of designee-role
pairs ("respectivamente", "y a B como Z2"), the test that a role is a noun-phrase role, and
the tests of a designee and a designator that both readers (patterns and frames) apply."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from pipeline.extract import grow, roles, tokens
from pipeline.extract import strategies
from pipeline.extract.lexicon import TriggerEntry
from pipeline.extract.words import WORDS

# A candidacy is no post (RELATION.md): "su candidato", "su compañera de fórmula".
_CANDIDACY_ROLES = tuple(sorted(WORDS["candidacy_prefixes"]))


class RowChecks:
    def _respectively(self, doc: Doc, pairs: list[tuple[Span, Span]]) -> list[tuple[Span, Span]]:
        """"A y B como embajadores en Guatemala y Noruega, respectivamente": the k-th designee
        gets the role up to its own item (text stays a copy of the sentence)."""
        role = pairs[0][1]
        if len(pairs) < 2 or any(r != role for _, r in pairs):
            return pairs
        after = role.end + (1 if role.end < len(doc) and doc[role.end].text == "," else 0)
        if after >= len(doc) or doc[after].lower_ != "respectivamente":
            return pairs
        ends = [t.i for t in role if t.lower_ in {"y", "e"} or t.text == ","] + [role.end]
        if len(ends) != len(pairs):
            # "como embajadores extraordinarios y plenipotenciarios ... en Bangladesh y Montenegro,
            # respectivamente": the items cannot be told from the other "y", so each designee gets
            # the whole coordinated role (RELATION.md decisions).
            return pairs
        return [(designee, doc[role.start:ends[k]] if k < len(pairs) - 1 else role)
                for k, (designee, _) in enumerate(pairs)]

    def _continuations(self, doc: Doc, role: Span, after: int, voice: str = "active") -> list[tuple[Span, Span]]:
        """"nombró a A como ministra de Salud y a B como ministro de Trabajo": one more row per
        "y a B (como) Z" ("y a B y C como Z": one per name); "y a B en Argentina" keeps the first role.
        A noun trigger's list repeats "de": "los nombramientos de A como titular, de B como gerente
        y de C y D como asesores" (also after ";", which ends no clause inside such a list)."""
        found: list[tuple[Span, Span]] = []
        i = after
        limit = grow.clause_end(doc, role.start)
        listed = {"de", "del"} if voice == "nominal" else set()  # "..., de B como Z": without "y"
        marks = {"a", "al"} | listed
        i = _past_own_place(doc, i)  # "designa como Z a A en Luya, Amazonas; y a B en ..."
        for _ in range(4):
            separated = i < len(doc) and doc[i].text in {",", ";"}
            if separated and doc[i].text == ";" and i == limit:
                limit = grow.clause_end(doc, i)
            if separated and i < limit:
                i += 1
            bare = False
            if i + 1 < limit and doc[i].lower_ in {"y", "e"} and doc[i + 1].lower_ in marks:
                i += 1
            elif separated and i < limit and doc[i].lower_ in listed:
                pass
            elif (separated or i < limit and doc[i].lower_ in {"y", "e"}) and i + 1 < limit and tokens.is_name_part(
                    doc[i + (doc[i].lower_ in {"y", "e"})]):
                # "los nombramientos de A como titular, B como gerente; y C y D como directores",
                # "designó a A como gerente, B como director y C como asesora": a bare name in the
                # list counts only with its own "como Z".
                i += doc[i].lower_ in {"y", "e"}
                bare = True
            else:
                break
            designee = grow.designee_span(doc, i, limit)
            if designee is None or not tokens.is_title(designee[0]):
                break
            como = next((t.i for t in doc[designee.end:limit] if t.lower_ == "como"), None)
            group = strategies.coordinated(self, doc, i, como) if como is not None else []
            if bare and not (como is not None and group and group[-1].end == como):
                break
            if como is not None and group and group[-1].end == como:
                own = roles.role_span(doc, como + 1, self.role_stops, limit, self.time_words)
                if not self._role_ok(own, None):
                    break
                found.extend((member, own) for member in group)
                i = own.end
                continue
            k = designee.end
            if k < limit and doc[k].lower_ == "como":
                own = roles.role_span(doc, k + 1, self.role_stops, limit, self.time_words)
                if not self._role_ok(own, None):
                    break
                found.append((designee, own))
                i = own.end
            elif k >= limit or doc[k].is_punct or doc[k].lower_ in tokens.PREPOSITIONS:
                # "como cónsul general en Colombia, y a B en Argentina": B's own "en" phrase
                # replaces the first role's, so B keeps "cónsul general".
                shared = role
                if k < limit and doc[k].lower_ in tokens.PREPOSITIONS:
                    cut = next((t.i for t in role if t.i > role.start and t.lower_ == doc[k].lower_), None)
                    if cut is not None:
                        shared = doc[role.start:cut]
                found.append((designee, shared))
                i = k
                while i < limit and not doc[i].is_punct and doc[i].lower_ not in {"y", "e"}:
                    i += 1
            else:
                break
        return found

    def _role_ok(self, role: Span, entry: TriggerEntry | None) -> bool:
        words = [t for t in role if not t.is_punct]
        if not words:
            return False
        doc, start = role.doc, role.start
        partitive = start >= 2 and doc[start - 1].lower_ in tokens.ARTICLES and doc[start - 2].lower_ in {"de", "del"}
        if len(words) >= 2 and words[0].like_num and words[0].is_alpha and not partitive and any(
                t.pos_ == "NOUN" for t in words[1:3]):
            words = words[1:]  # "como las dos nuevas representantes": the count of the designees
        elif len(words) >= 4 and words[0].lower_ in WORDS["partitives"] and words[1].lower_ == "de" and (
                words[2].lower_ in tokens.ARTICLES):
            words = words[3:]  # "uno de los voceros de X": the role is read from its noun
        head = words[0]
        doc = role.doc
        # The noun that heads the role, after prenominal ordinals and openers ("segunda capital del
        # Imperio", "nueva ministra"), and whether it is a known office or category noun, which heads a
        # role whatever the tagger says ("patrimonio" or "capital" as ADJ).
        role_noun = next((t for t in words[:3] if t.lower_ not in WORDS["ordinals"] | tokens.ROLE_OPENERS), head)
        known_noun = role_noun.lower_ in self.offices or role_noun.lower_ in WORDS["category_nouns"]
        before = start - 1  # the word before the role's articles
        while before >= 0 and doc[before].lower_ in tokens.ARTICLES:
            before -= 1
        if before >= 0 and doc[before].lower_ == "sin":
            return False  # "elegido el 2 de marzo sin reales rivales": what was lacking, not a role
        if before >= 1 and doc[before].lower_ in WORDS["ser_forms"] and doc[before - 1].lower_ == "como":
            return False  # "en el sistema electoral, como son la ONPE y Reniec": examples, not a role
        if len(words) == 1 and head.ent_type_ == "ORG" and start >= 2 and doc[start - 1].lower_ in {"de", "del"} and (
                doc[start - 2].lower_ in self.post_nouns) and head.lower_ not in self.offices:
            return False  # "la designación de X en el cargo de Essalud": the institution, not the post
        if len(words) == 1 and head.lower_ in WORDS["post_qualities"]:
            return False  # "en dicho cargo de confianza": the kind of post, no role
        if len(words) == 1 and head.lower_ in tokens.REPLACEMENT_WORDS:
            return False  # "se designó, como reemplazo, a X": whom X replaces is not said; no post
        if len(words) == 1 and head.lower_ in self.post_nouns:
            return False  # "es reelegido para el puesto, al que optaba X": a post referred back (RELATION.md)
        if head.lower_ == "frente" and any(t.lower_ in WORDS["party_nouns"] for t in words[1:5]):
            return False  # "resultó electo al frente de una coalición": the list he led, not a post
        if all(t.lower_ in WORDS["negated_role_adjectives"] | {"no", "non"} for t in words):
            return False  # "declararlo non grato": an adjective, not a noun-phrase role (but "persona no grata")
        if head.lower_ == "parte" and len(words) >= 2 and words[1].lower_ in {"de", "del"} and start >= 1 and (
                doc[start - 1].lower_ == "como"):
            return False  # "designó a ministros como parte de una organización": "as part of", no role
        if before >= 1 and doc[before].text == "," and doc[before - 1].ent_type_ in {"LOC", "GPE"}:
            return False  # "en Atlanta, la capital del estado": the place's apposition, not a role
        if len(words) == 1 and head.lower_ in WORDS["person_nouns"] and role.end < len(doc) and (
                doc[role.end].lower_ in tokens.RELATIVES):
            return False  # "nombró a X como la persona que él creía ...": a description, not a role
        if start >= 1 and doc[start - 1].lower_ in WORDS["referring_back"] and not any(
                t.lower_ in self.offices for t in words) and not (entry is not None and role_noun.lower_ in entry.role_heads):
            # "fue nombrado en aquel puesto", "dicho cargo", "para ocupar estas posiciones de
            # confianza": a role referred back (RELATION.md); but "para este puesto de presidente
            # ejecutivo" names the office, and "conceder al Perú esta categoría estratégica" the
            # category the verb gives
            return False
        if head.lower_ in WORDS["honorifics"]:
            return False  # "fue elegido el señor Lenín Moreno": a courtesy title, not a post
        if head.lower_ in tokens.NON_REFERRING and head.lower_ not in tokens.GENERIC_DETERMINERS:
            return False  # "como todos los jueces": a comparison, not a role
        if head.ent_type_ in {"LOC", "GPE"} and head.lower_ not in self.offices:
            return False  # "en regiones como Arequipa, Cusco": places, not a role (RELATION.md)
        if entry is not None and role_noun.lower_.strip('"“”') in entry.choice_roles:
            return False  # "eligió a Brasil como el semillero de ...": chosen, not designated
        if entry is not None and entry.role_heads and head.lower_ not in entry.role_heads and not any(
            t.lower_ in entry.role_heads for t in words[:3]
        ):
            return False
        if entry is not None and entry.lemma == "proclamar" and any(
                t.lower_ in WORDS["claimed_results"] for t in words[:2]):
            return False  # "se proclamó el gran triunfador de las elecciones": victory claimed (gold dev-0220)
        owned = words[1] if len(words) >= 2 and head.lower_ in tokens.POSSESSIVES else None  # "su hermano Raúl"
        if head.lower_ in self.non_roles or owned is not None and owned.lower_ in self.non_roles or (
                head.lower_ in self.time_words) or head.like_num and (
                head.pos_ == "NUM" or not head.is_alpha):  # a count or date; "segundo vicepresidente" is a role
            return False
        noun = next((t for t in words[:4] if t.pos_ in {"NOUN", "PROPN"}), None)
        if noun is not None and noun.lower_.startswith(_CANDIDACY_ROLES) and all(
                t.pos_ in {"DET", "ADJ"} for t in words[:words.index(noun)]):
            return False  # "su compañero de fórmula", "nuevo candidato": the noun after determiners decides
        if head.ent_type_ in {"PER", "PERSON"} and head.lower_ not in self.offices:
            return False  # a person's name is not a role ("como Cleopatra"; but "como Inspector General")
        if tokens.is_conjugated(head) and not tokens.is_title(head):
            return False  # "tal y como indicó ...": a clause, not a role.
        if head.pos_ in {"VERB", "AUX"} and "Inf" in head.morph.get("VerbForm"):
            return False  # "eligen ir a ...": a choice of action, not a role
        start = role.start
        if start >= 1 and role.doc[start - 1].is_quote and tokens.is_title(head):
            return False  # "nombrar al cielo peruano como “Cielo del Capitán ...”": a name given, not a role.
        como = start - 1
        while como >= 0 and (role.doc[como].lower_ in tokens.LEADING_DROP - {"como"} or role.doc[como].is_quote):
            como -= 1
        if como >= 1 and role.doc[como].lower_ == "como" and (
                role.doc[como - 1].lower_ in WORDS["manner_before_como"] or _closes_comparison(role.doc, como)):
            return False  # "tal como indicó", "así como de los organismos", "tanto a A como a B", "tan ... como"
        if entry is not None and entry.role_pos and not known_noun and (
                role_noun.pos_ not in entry.role_pos or "Part" in head.morph.get("VerbForm")
                or len(words) == 1 and head.lower_.endswith(("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas"))):
            return False  # "declaró vacante la presidencia", "declarada suspendida": this trigger needs a noun role.
        if head.pos_ == "ADV" and self.offices.prefixed(head.lower_):
            return True  # "fue designado vicegobernador": an office the tagger read as an adverb
        if len(words) == 1 and head.pos_ in {"ADV", "NUM", "PRON", "ADP"}:
            return False
        return head.pos_ not in {"ADP", "SCONJ", "CCONJ", "PRON", "NUM", "ADV", "AUX"}

    def names_no_one(self, designee: Span) -> bool:
        """A time, a bare plural office, a stand-in or a new office ("el momento", "ministros", "el
        reemplazo de X", "aún no elige a su nuevo auditor general"): no one named, so no row in
        either reader."""
        return self._time_phrase(designee) or self._bare_offices(designee) or stand_in(designee) or (
            self._new_office(designee))

    def pair_problem(self, trigger: Token, lemma: str, designee: Span, designees: list[Span] | tuple[Span, ...],
                     role: Span, passive: bool) -> str | None:
        """Why a designee and a role found for `trigger` make no row, or None: the tests of a pair
        that both readers apply (patterns and frames)."""
        if lemma in {"declarar", "proclamar"} and declared_state(role):
            return f"'{role.text}' is a state declared, not a role"
        if lemma == "declarar" and declared_in_state(trigger):
            return f"'{trigger.text} en ...' puts someone in a state (\"en busca y captura\"), no role"
        if len(designees) == 1 and plural_role(role) and not plural(designee) and not listed(designee):
            return f"one designee, but the role '{role.text}' is plural"
        if passive and self._office_of_other_gender(trigger, role):
            return f"'{trigger.text}' and the office '{role.text}' differ in gender"
        between = designee.doc[role.end:designee.start] if role.end <= designee.start else []
        verb = next((t for t in between if tokens.is_infinitive(t)), None)
        if verb is not None and trigger.i < role.start:
            # "la reconoció como su hija sin someterse a un examen de ADN": the "a" phrase after
            # another verb is that verb's complement, not the designee.
            return f"'{designee.text}' follows the infinitive '{verb.text}', whose complement it is"
        return None

    def _office_of_other_gender(self, participle: Token, role: Span) -> bool:
        """"Ortega fue reelegido ... junto a su esposa Murillo como vicepresidenta": a masculine
        participle is not said of a feminine office (the reverse, "elegida presidente", is usage)."""
        head = next((t for t in role if t.lower_ in self.offices), None)
        return head is not None and participle.morph.get("Gender") == ["Masc"] and (
            participle.morph.get("Number") == ["Sing"]) and head.morph.get("Gender") == ["Fem"]

    def _new_office(self, span: Span) -> bool:
        """"aún no elige a su nuevo auditor general", "eligió a su nuevo presidente para el periodo
        2023-2025, el legislador X": "nuevo" + an office, with no name in it, is the post to be
        filled, not who fills it."""
        words = [t for t in span if not (t.lower_ in tokens.ARTICLES | tokens.POSSESSIVES)]
        # (an ordinal opens the office's own name: "a su primer ministro" names the premier)
        return len(words) >= 2 and words[0].lower_ in tokens.ROLE_OPENERS - WORDS["ordinals"] and (
            words[1].lower_ in self.offices) and not any(
            tokens.is_name_part(t) for t in words)

    def _bare_offices(self, span: Span) -> bool:
        """"designó a ministros como ...": a bare plural office names no one (RELATION.md)."""
        if len(span) != 1 or span[0].pos_ != "NOUN" or span[0].morph.get("Number") != ["Plur"]:
            return False
        word = span[0].lower_
        return any(word[:-k] in self.offices for k in (1, 2) if len(word) > k)

    def _time_phrase(self, span: Span) -> bool:
        """"El momento de mayor orgullo ... fue ser nombrado asistente": a time names no one; nor
        does an aim ("el objetivo en realidad sería el ser nombrado ministro")."""
        noun = next((t for t in span if t.pos_ in {"NOUN", "PROPN"} or tokens.is_name_part(t)), None)
        return noun is not None and noun.pos_ == "NOUN" and not tokens.is_title(noun) and (
            noun.lower_ in self.time_words or noun.lower_ in WORDS["intention_nouns"])


def without_trigger(designator: Span | None, trigger: Token) -> Span | None:
    """The designator cut before the trigger ("Congreso de Paraguay nombra" -> "Congreso de
    Paraguay"), or None when what is left is no phrase: a bare abbreviation fragment such as
    the "N" of "resolución suprema N° 123"."""
    if designator is None:
        return None
    if designator.start <= trigger.i < designator.end:
        end = trigger.i
        while end > designator.start and (designator.doc[end - 1].is_punct or designator.doc[end - 1].is_space):
            end -= 1
        designator = designator.doc[designator.start:end] if end > designator.start else None
        if designator is None:
            return None
    doc = designator.doc
    letters = sum(c.isalpha() for c in designator.text)
    if letters < 2:
        return None  # "N", "S": a fragment, not a name
    if designator.end < len(doc) and doc[designator.end].text[:1] in {"°", "º"}:
        return None  # "N° 123", "Nº": a number sign, not an agent
    return designator


def agrees(participle: Token, designees: list[Span]) -> bool:
    """A passive participle agrees in number with its one designee: "cuando Boluarte era ministra o
    fueron nombrados prefectos" is not said of Boluarte. Names carry no number; a single name is
    one person unless a plural article opens it ("Los Niños")."""
    number = participle.morph.get("Number")
    if len(designees) != 1 or not number or "Part" not in participle.morph.get("VerbForm"):
        return True
    designee = designees[0]
    head = designee.root
    if head.pos_ == "NOUN" and head.morph.get("Number"):
        return head.morph.get("Number") == number
    if tokens.is_name_part(designee[0]) and not any(t.lower_ in {"y", "e", "los", "las"} for t in designee):
        return number == ["Sing"] or listed(designee)
    return True


def listed(designee: Span) -> bool:
    """"A, de X, y B fueron designadas", "fueron nombrados Pedro Arroyo, Roger Gavidia y ...", "los
    parlamentarios A como titular": one name of a list the rules did not split, or of a plural
    head, which a plural participle or role may agree with."""
    doc = designee.doc
    before = doc[designee.start - 1] if designee.start >= 1 else None
    end = designee.end
    if end < len(doc) and doc[end].text == "(":
        end = next((k + 1 for k in range(end, min(len(doc), end + 8)) if doc[k].text == ")"), end)
    after = doc[end].lower_ if end < len(doc) else ""
    return before is not None and (before.lower_ in {"y", "e", ",", "los", "las"} or (
        before.pos_ == "NOUN" and before.morph.get("Number") == ["Plur"])) or after in {"y", "e", ","} or (
        _next_in_list(doc, _past_own_place(doc, end)))


def _past_own_place(doc: Doc, i: int) -> int:
    """After a designee, past its own place ("a A en Luya, Amazonas"): where a list goes on."""
    if i + 1 >= len(doc) or doc[i].lower_ not in WORDS["place_prepositions"] or not tokens.is_name_part(doc[i + 1]):
        return i
    k = i + 1
    while k < len(doc) and (tokens.is_name_part(doc[k]) or doc[k].lower_ in WORDS["name_connectors"] and (
            k + 1 < len(doc) and tokens.is_name_part(doc[k + 1])) or doc[k].text == "," and (
            k + 1 < len(doc) and tokens.is_name_part(doc[k + 1]))):
        k += 1
    return k


def _next_in_list(doc: Doc, i: int) -> bool:
    """"; y a B", ", y a B": another designee follows at `i`."""
    if i < len(doc) and doc[i].text in {",", ";"}:
        i += 1
    return i + 2 < len(doc) and doc[i].lower_ in {"y", "e"} and doc[i + 1].lower_ in {"a", "al"} and (
        tokens.is_name_part(doc[i + 2]))


def plural_role(role: Span) -> bool:
    """The role's noun is plural ("representantes al Congreso"); a partitive ("uno de los
    voceros") or a count ("las dos nuevas representantes") is read elsewhere."""
    words = [t for t in role if t.is_alpha]
    doc, start = role.doc, role.start
    k = start - 1
    while k >= 0 and (doc[k].lower_ in tokens.ARTICLES | tokens.POSSESSIVES):
        k -= 1
    if k >= 1 and doc[k].lower_ in {"de", "del"} and doc[k - 1].lower_ in WORDS["partitives"]:
        return False  # "como una de sus asesoras": one of a plural set
    if not words or words[0].lower_ in WORDS["partitives"] or words[0].like_num:
        return False
    noun = next((t for t in words[:3] if t.pos_ == "NOUN"), None)
    return noun is not None and noun.morph.get("Number") == ["Plur"]


def plural(designee: Span) -> bool:
    """A designee that may be plural: a plural noun, or a phrase that coordinates."""
    return any(t.morph.get("Number") == ["Plur"] or t.lower_ in {"y", "e"} for t in designee)


def lists_examples(designee: Span, role: Span) -> bool:
    """"designar a las autoridades como el contralor, el fiscal ...", "elegir a una alta autoridad
    como el titular de la Contraloría": after a common noun, "como" + article gives examples of
    it, not a role."""
    doc = designee.doc
    return not tokens.is_title(designee[0]) and role.start >= 2 and doc[role.start - 1].lower_ in tokens.ARTICLES and (
        doc[role.start - 2].lower_ == "como")


def audience(designee: Span) -> bool:
    """"declaró a periodistas", "declaró a la AFP": whom one speaks to; "declaró el estado de
    emergencia": a state declared, not someone designated (configs/words.toml)."""
    words = [t for t in designee if t.is_alpha and t.lower_ not in tokens.ARTICLES]
    if not words:
        return False
    first = words[0]
    doc = designee.doc
    # "declaró eufórica a la AFP Melissa Vázquez": the name after the audience is the speaker.
    before = [t for t in doc[max(0, designee.start - 3):designee.start] if t.is_alpha and t.lower_ not in tokens.ARTICLES]
    return first.lower_ in WORDS["audience_nouns"] or (
        first.lower_ in WORDS["declared_states"] and not tokens.is_title(first)) or (
        bool(before) and before[-1].lower_ in WORDS["audience_nouns"])


def declared_state(role: Span) -> bool:
    """"declaró un cese al fuego", "declaró la guerra": a state or act declared, not a role (but
    "declarar a Chile como un estado plurinacional" is a category)."""
    words = [t for t in role if t.is_alpha and t.lower_ not in tokens.ARTICLES]
    if len(words) >= 3 and words[0].lower_ == "estado" and words[1].lower_ == "de" and (
            words[2].lower_ in WORDS["declared_states"]):
        return True  # "proclamó el estado de emergencia", "el estado de sitio": a state, not a category
    return bool(words) and words[0].lower_ in WORDS["declared_states"] - {"estado"} and not tokens.is_title(words[0])


def declared_in_state(trigger: Token) -> bool:
    """"fueron declarados en busca y captura", "declarada en emergencia": "en" + a state after the
    trigger (but "declarada en 1987 Patrimonio Mundial" has a date there)."""
    doc = trigger.doc
    i = trigger.i + 1
    while i < len(doc) and doc[i].pos_ == "ADV":
        i += 1
    return i + 1 < len(doc) and doc[i].lower_ == "en" and doc[i + 1].lower_ in WORDS["declared_states"]


def stand_in(designee: Span) -> bool:
    """"elegirá al reemplazo de X": whoever will hold the post, with no name beside it."""
    words = [t for t in designee if t.is_alpha and t.lower_ not in tokens.ARTICLES | tokens.POSSESSIVES]
    return bool(words) and words[0].lower_ in WORDS["stand_in_nouns"] and not tokens.is_title(words[0])


def _closes_comparison(doc: Doc, como: int) -> bool:
    """Whether the "como" at `como` is the first one after a "tanto"/"tan" a few words before it:
    "tan legítimamente electo como el Congreso" is a comparison, but in "Tan sorpresiva como la
    designación de X como presidenta ..." the second "como" introduces the role."""
    for k in range(como - 1, max(-1, como - 9), -1):
        if doc[k].lower_ == "como":
            return False
        if doc[k].lower_ in WORDS["comparison_openers"]:
            return True
    return False


def trimmed_designee(designation):
    """"los comunicadores críticos de Ortega declarados traidores", "el actual presidente del
    Congreso elegido el 26 de julio": a designee grown over its own participle ends before it (the
    same designation with the shorter designee), or None when nothing is left of it, or when it
    holds a noun trigger, whose own row names the designee."""
    designee, trigger = designation.designee, designation.trigger
    if any(t._.designa_trigger == "noun" and t.i != trigger.i and not tokens.is_title(t) for t in designee):
        return None  # "se oficializó el nombramiento de X como Z": the noun trigger gives X's row
    if not designee.start <= trigger.i < designee.end:
        return designation
    end = trigger.i
    while end > designee.start and designee.doc[end - 1].is_punct:
        end -= 1
    return replace(designation, designee=designee.doc[designee.start:end]) if end > designee.start else None

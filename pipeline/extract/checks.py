"""What every construction shares once its slots are found: coordination of designee-role
pairs ("respectivamente", "y a B como Z2") and the test that a role is a noun-phrase role."""
from __future__ import annotations

from spacy.tokens import Doc, Span

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
        if len(ends) < len(pairs):
            return pairs
        return [(designee, doc[role.start:ends[k]] if k < len(pairs) - 1 else role)
                for k, (designee, _) in enumerate(pairs)]

    def _continuations(self, doc: Doc, role: Span, after: int) -> list[tuple[Span, Span]]:
        """"nombró a A como ministra de Salud y a B como ministro de Trabajo": one more row per
        "y a B (como) Z" ("y a B y C como Z": one per name); "y a B en Argentina" keeps the first role."""
        found: list[tuple[Span, Span]] = []
        i = after
        limit = grow.clause_end(doc, role.start)
        for _ in range(4):
            if i < limit and doc[i].text == ",":
                i += 1
            if not (i + 1 < limit and doc[i].lower_ in {"y", "e"} and doc[i + 1].lower_ in {"a", "al"}):
                break
            designee = grow.designee_span(doc, i + 1, limit)
            if designee is None or not tokens.is_title(designee[0]):
                break
            como = next((t.i for t in doc[designee.end:limit] if t.lower_ == "como"), None)
            group = strategies.coordinated(self, doc, i + 1, como) if como is not None else []
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
        if head.lower_ == "parte" and len(words) >= 2 and words[1].lower_ in {"de", "del"} and start >= 1 and (
                doc[start - 1].lower_ == "como"):
            return False  # "designó a ministros como parte de una organización": "as part of", no role
        before = start - 1
        while before >= 0 and doc[before].lower_ in tokens.ARTICLES:
            before -= 1
        if before >= 1 and doc[before].text == "," and doc[before - 1].ent_type_ in {"LOC", "GPE"}:
            return False  # "en Atlanta, la capital del estado": the place's apposition, not a role
        if head.lower_ in WORDS["honorifics"]:
            return False  # "fue elegido el señor Lenín Moreno": a courtesy title, not a post
        if head.lower_ in tokens.NON_REFERRING and head.lower_ not in tokens.GENERIC_DETERMINERS:
            return False  # "como todos los jueces": a comparison, not a role
        if head.ent_type_ in {"LOC", "GPE"} and head.lower_ not in self.offices:
            return False  # "en regiones como Arequipa, Cusco": places, not a role (RELATION.md)
        if entry is not None and entry.role_heads and head.lower_ not in entry.role_heads and not any(
            t.lower_ in entry.role_heads for t in words[:3]
        ):
            return False
        if head.lower_ in self.non_roles or head.lower_ in self.time_words or head.like_num and (
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
                role.doc[como - 1].lower_ in {"tal", "así"} or any(
                    t.lower_ == "tanto" for t in role.doc[max(0, como - 8):como])):
            return False  # "tal como indicó", "así como de los organismos", "tanto a A como a B"
        if entry is not None and entry.role_pos and (
                head.pos_ not in entry.role_pos or "Part" in head.morph.get("VerbForm")
                or len(words) == 1 and head.lower_.endswith(("ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas"))):
            return False  # "declaró vacante la presidencia", "declarada suspendida": this trigger needs a noun role.
        if head.pos_ == "ADV" and self.offices.prefixed(head.lower_):
            return True  # "fue designado vicegobernador": an office the tagger read as an adverb
        if len(words) == 1 and head.pos_ in {"ADV", "NUM", "PRON", "ADP"}:
            return False
        return head.pos_ not in {"ADP", "SCONJ", "CCONJ", "PRON", "NUM", "ADV", "AUX"}

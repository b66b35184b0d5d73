"""Where a frame finds its designator: the "por X" agent of a passive, participle or noun
trigger, unless "por" gives a cause, a constituency or a list (see frames.py)."""
from __future__ import annotations

from spacy.tokens import Span, Token

from pipeline.extract import grow, roles, tokens
from pipeline.extract.words import WORDS


class FrameAgents:
    def _agent(self, trigger: Token, *, skip: set[int]) -> Span | None:
        """The "por X" agent of a passive, participle or noun trigger, unless "por" gives a cause."""
        for child in trigger.children:
            if child.i < trigger.i or child.i in skip or child.dep_ not in {"obl", "nmod", "obj", "nsubj"}:
                continue
            if not any(k.dep_ == "case" and k.lower_ == "por" for k in child.children):
                continue
            if child.lower_ in self.agent_stops or any(
                    k.lower_ in tokens.POSSESSIVES for k in child.children if k.i < child.i) and not (
                    child.lower_ in WORDS["kin_nouns"] | WORDS["peer_nouns"] or child.lower_ in self.offices):
                # "por su experiencia": a cause (but "investido por su madre": an agent); "por su
                # bancada, el Bloque Magisterial," names the body that designates in the apposition.
                return None if child.lower_ in self.agent_stops else _named_apposition(child)
            agent = grow.name_in(child)
            if agent is not None and any(agent.start <= i < agent.end for i in skip):
                # "nombrado por Rusia Mikhail R.": the parse joins the agent and the designee
                end = child.i + 1
                while end < len(child.doc) and end not in skip and child.doc[end].head == child and (
                        child.doc[end].dep_ == "flat"):
                    end += 1
                agent = child.doc[child.i:end]
            return self._not_a_list(trigger, agent)
        return self._not_a_list(trigger, roles.agent_span(trigger.doc, trigger.i + 1, self.agent_stops, skip=skip))

    @staticmethod
    def _not_a_list(trigger: Token, agent: Span | None) -> Span | None:
        """"elegida por el partido Perú Libre": after "elegir", a party is the list one ran for."""
        if agent is None or trigger.lemma_.lower() not in {"elegir", "reelegir"} and not trigger.lower_.startswith(
                ("elect", "reelect", "elegid", "reelegid")):
            return agent
        doc = agent.doc
        around = doc[max(0, agent.start - 2):min(agent.end, agent.start + 2)]
        return None if any(t.lower_ in WORDS["party_nouns"] for t in around) else agent


def _named_apposition(noun: Token) -> Span | None:
    """The name between commas right after `noun` ("su bancada, el Bloque Magisterial,"), or None."""
    doc = noun.doc
    k = noun.i + 1
    if k >= len(doc) or doc[k].text != ",":
        return None
    k += 1
    while k < len(doc) and doc[k].lower_ in tokens.ARTICLES:
        k += 1
    if k >= len(doc) or not tokens.is_name_part(doc[k]):
        return None
    stop = grow.name_end(doc, k, tokens.sentence_bounds(noun)[1])
    if stop >= len(doc) or doc[stop].text != ",":
        return None
    return grow.trim_name(doc, k, stop)

"""The CP-SAT model of the planning problem (see ``planner_model``): variables, constraints, criteria.

Time-indexed: one Boolean per (option, start), at most one per request, one per
maximal set of overlapping starts of a mediator, a clause per pair closer than
the travel between their sites, and the weekly and budget capacities (what the
funder is billed, ``Option.cost``) as linear constraints. ``planner_cpsat``
sets the objective and searches.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Sequence
from dataclasses import dataclass, field

from ortools.sat.python import cp_model

from mediation_desk.scheduling.planner_model import Choice, Problem

LinearTerms = list[tuple[cp_model.IntVar, int]]


@dataclass(frozen=True)
class Served:
    """A continuity literal: option ``option`` chosen after one of ``earlier`` (same mediator and case)."""

    literal: cp_model.IntVar
    option: int
    earlier: tuple[int, ...]


@dataclass
class Built:
    """The CP-SAT model with one Boolean per (option, start) candidate and the three criteria."""

    model: cp_model.CpModel
    slots: list[tuple[int, int, cp_model.IntVar]]  # (option index, start, literal)
    served: list[Served] = field(default_factory=list)
    coverage: LinearTerms = field(default_factory=list)
    travel: LinearTerms = field(default_factory=list)
    continuity: LinearTerms = field(default_factory=list)


def build_model(problem: Problem) -> Built:
    """Variables, constraints and the criteria of ``problem`` (time-indexed); no objective yet."""
    model = cp_model.CpModel()
    opts = problem.options
    slots = [(i, s, model.new_bool_var(f"x{i}_{s}")) for i, o in enumerate(opts) for s in o.starts]
    per_request: dict[int, list[cp_model.IntVar]] = defaultdict(list)
    per_mediator: dict[int, list[tuple[int, int, int, cp_model.IntVar]]] = defaultdict(list)
    for i, s, x in slots:
        o = opts[i]
        per_request[o.request].append(x)
        per_mediator[o.mediator].append((s, s + o.duration, i, x))
    for group in per_request.values():
        if len(group) > 1:
            model.add_at_most_one(group)
    for entries in per_mediator.values():
        entries.sort(key=lambda e: (e[0], e[1]))
        for clique in maximal_overlaps(entries):
            model.add_at_most_one(clique)
        for a, b in travel_clashes(problem, entries):
            model.add_bool_or([a.negated(), b.negated()])
    add_capacities(model, problem, slots)
    built = Built(model=model, slots=slots)
    add_criteria(built, problem)
    return built


def maximal_overlaps(entries: Sequence[tuple[int, int, int, cp_model.IntVar]]) -> list[list[cp_model.IntVar]]:
    """The maximal sets of mutually overlapping intervals (entries sorted by start)."""
    events = sorted([(s, 1, k) for k, (s, _, _, _) in enumerate(entries)]
                    + [(e, 0, k) for k, (_, e, _, _) in enumerate(entries)])
    active: dict[int, cp_model.IntVar] = {}
    cliques: list[list[cp_model.IntVar]] = []
    grew = False
    for _, is_start, k in events:  # ends sort before starts at one instant: half-open intervals
        if is_start:
            active[k] = entries[k][3]
            grew = True
            continue
        if grew and len(active) > 1:
            cliques.append(list(active.values()))
        grew = False
        del active[k]
    return cliques


def travel_clashes(
    problem: Problem, entries: Sequence[tuple[int, int, int, cp_model.IntVar]]
) -> list[tuple[cp_model.IntVar, cp_model.IntVar]]:
    """Pairs of non-overlapping in-person candidates closer than the travel time between their sites."""
    opts = problem.options
    pairs = []
    in_person = [e for e in entries if opts[e[2]].site is not None]
    for k, (_, e1, i1, x1) in enumerate(in_person):
        site1 = opts[i1].site
        for s2, _, i2, x2 in in_person[k + 1 :]:
            if s2 >= e1 + problem.travel_horizon:
                break
            site2 = opts[i2].site
            if s2 < e1 or site2 == site1 or opts[i2].request == opts[i1].request:
                continue
            if s2 < e1 + problem.site_travel(site1, site2) * 60:
                pairs.append((x1, x2))
    return pairs


Slot = tuple[int, int, cp_model.IntVar]


def add_capacities(model: cp_model.CpModel, problem: Problem, slots: Sequence[Slot]) -> None:
    """Weekly minutes per mediator and project budgets, only where they can bind."""
    week_terms: dict[tuple[int, Hashable], LinearTerms] = defaultdict(list)
    project_terms: dict[Hashable, LinearTerms] = defaultdict(list)
    for i, _, x in slots:
        o = problem.options[i]
        for week, seconds in o.weeks:
            week_terms[(o.mediator, week)].append((x, seconds))
        if o.project is not None:
            project_terms[o.project].append((x, o.cost))
    for key, terms in week_terms.items():
        bound_linear(model, terms, problem.week_left.get(key))
    for code, terms in project_terms.items():
        bound_linear(model, terms, problem.project_left.get(code))


def bound_linear(model: cp_model.CpModel, terms: LinearTerms, left: int | None) -> None:
    if left is not None and sum(c for _, c in terms) > left:
        model.add(linear(terms) <= left)


def linear(terms: LinearTerms) -> cp_model.LinearExpr:
    return cp_model.LinearExpr.weighted_sum([v for v, _ in terms], [c for _, c in terms])


def add_criteria(built: Built, problem: Problem) -> None:
    """Coverage, travel and continuity as linear terms, with the continuity literals they need."""
    opts = problem.options
    of_option: dict[int, list[cp_model.IntVar]] = defaultdict(list)
    for i, s, x in built.slots:
        o = opts[i]
        of_option[i].append(x)
        built.coverage.append((x, o.weight))
        if o.travel_cost:
            built.travel.append((x, o.travel_cost))
        if o.case is not None and o.served_before is not None and o.served_before < s:
            built.continuity.append((x, 1))
    same_case: dict[tuple[int, Hashable], list[int]] = defaultdict(list)
    for i, o in enumerate(opts):
        if o.case is not None:
            same_case[(o.mediator, o.case)].append(i)
    for i, o in enumerate(opts):
        if o.case is None or (o.served_before is not None and o.served_before < o.starts[-1]):
            continue  # counted per start above
        earlier = tuple(j for j in same_case[(o.mediator, o.case)]
                        if opts[j].request != o.request and opts[j].starts[-1] < o.first)
        if earlier:
            literal = built.model.new_bool_var(f"c{i}")
            built.model.add(sum(of_option[i]) >= literal)
            built.model.add(sum(x for j in earlier for x in of_option[j]) >= literal)
            built.served.append(Served(literal, i, earlier))
            built.continuity.append((literal, 1))


def add_hint(built: Built, hint: Sequence[Choice]) -> None:
    """Hint every variable, so that CP-SAT takes the hint as a first solution without repairing it."""
    built.model.clear_hints()
    chosen = set(hint)
    options = {i for i, _ in hint}
    for i, s, x in built.slots:
        built.model.add_hint(x, 1 if (i, s) in chosen else 0)
    for item in built.served:
        built.model.add_hint(item.literal, item.option in options and any(j in options for j in item.earlier))

"""CP-SAT formulation of the planning problem (see ``planner_model``) and its solve loop."""

from __future__ import annotations

import threading
import time
from collections import defaultdict
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field

from ortools.sat.python import cp_model

from mediation_desk.scheduling.planner_model import Choice, Problem, objective_weights

# Probing costs seconds of presolve on week-sized models and finds nothing the search does not.
PROBING_LEVEL = 0
LinearTerms = list[tuple[cp_model.IntVar, int]]


class StopWatcher(cp_model.CpSolverSolutionCallback):
    """Reports improving solutions and stops the search when asked to."""

    def __init__(
        self,
        on_solution: Callable[[float], None] | None,
        should_stop: Callable[[], bool] | None,
    ) -> None:
        super().__init__()
        self._on_solution = on_solution
        self._should_stop = should_stop

    def on_solution_callback(self) -> None:
        if self._on_solution is not None:
            self._on_solution(self.objective_value)
        if self._should_stop is not None and self._should_stop():
            self.stop_search()


TICK_SECONDS = 0.5  # how often a running search reports its progress


def watch_stop(
    solver: cp_model.CpSolver,
    should_stop: Callable[[], bool] | None,
    done: threading.Event,
    on_tick: Callable[[float], None] | None = None,
) -> threading.Thread | None:
    """A thread that stops the solver as soon as ``should_stop`` says so (also between solutions)
    and calls ``on_tick`` with the seconds searched so far, every TICK_SECONDS."""
    if should_stop is None and on_tick is None:
        return None
    began = time.monotonic()

    def poll() -> None:
        last_tick = began
        while not done.wait(0.1):
            if should_stop is not None and should_stop():
                solver.stop_search()
                return
            if on_tick is not None and time.monotonic() - last_tick >= TICK_SECONDS:
                last_tick = time.monotonic()
                on_tick(last_tick - began)

    thread = threading.Thread(target=poll, name="planner-stop-watch", daemon=True)
    thread.start()
    return thread


@dataclass
class SolveReport:
    choices: list[Choice]
    status: str  # OPTIMAL, FEASIBLE, INFEASIBLE, UNKNOWN, MODEL_INVALID
    seconds: float
    objective: float | None = None
    bound: float | None = None


@dataclass(frozen=True)
class Served:
    """A continuity literal: option ``option`` chosen after one of ``earlier`` (same mediator and case)."""

    literal: cp_model.IntVar
    option: int
    earlier: tuple[int, ...]


@dataclass
class Built:
    """The CP-SAT model with one Boolean per (option, start) candidate."""

    model: cp_model.CpModel
    slots: list[tuple[int, int, cp_model.IntVar]]  # (option index, start, literal)
    served: list[Served] = field(default_factory=list)


def build_model(problem: Problem) -> Built:
    """Variables, constraints and the lexicographic objective of ``problem`` (time-indexed)."""
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
    goal, served = objective(model, problem, slots)
    model.maximize(goal)
    return Built(model=model, slots=slots, served=served)


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
            project_terms[o.project].append((x, o.duration))
    for key, terms in week_terms.items():
        bound_linear(model, terms, problem.week_left.get(key))
    for code, terms in project_terms.items():
        bound_linear(model, terms, problem.project_left.get(code))


def bound_linear(model: cp_model.CpModel, terms: LinearTerms, left: int | None) -> None:
    if left is not None and sum(c for _, c in terms) > left:
        model.add(cp_model.LinearExpr.weighted_sum([v for v, _ in terms], [c for _, c in terms]) <= left)


def objective(
    model: cp_model.CpModel, problem: Problem, slots: Sequence[Slot]
) -> tuple[cp_model.LinearExpr, list[Served]]:
    """coverage x W1 - travel x W2 + continuity (lexicographic by construction), and continuity literals."""
    opts = problem.options
    coverage_w, travel_w = objective_weights(problem)
    variables: list[cp_model.IntVar] = []
    coefficients: list[int] = []
    of_option: dict[int, list[cp_model.IntVar]] = defaultdict(list)
    for i, s, x in slots:
        o = opts[i]
        of_option[i].append(x)
        gain = o.weight * coverage_w - o.travel * travel_w
        if o.case is not None and o.served_before is not None and o.served_before < s:
            gain += 1
        variables.append(x)
        coefficients.append(gain)
    same_case: dict[tuple[int, Hashable], list[int]] = defaultdict(list)
    for i, o in enumerate(opts):
        if o.case is not None:
            same_case[(o.mediator, o.case)].append(i)
    served: list[Served] = []
    for i, o in enumerate(opts):
        if o.case is None or (o.served_before is not None and o.served_before < o.starts[-1]):
            continue  # counted per start above
        earlier = tuple(j for j in same_case[(o.mediator, o.case)]
                        if opts[j].request != o.request and opts[j].starts[-1] < o.first)
        if earlier:
            literal = model.new_bool_var(f"c{i}")
            model.add(sum(of_option[i]) >= literal)
            model.add(sum(x for j in earlier for x in of_option[j]) >= literal)
            served.append(Served(literal, i, earlier))
            variables.append(literal)
            coefficients.append(1)
    return cp_model.LinearExpr.weighted_sum(variables, coefficients), served


def add_hint(built: Built, hint: Sequence[Choice]) -> None:
    """Hint every variable, so that CP-SAT takes the hint as a first solution without repairing it."""
    chosen = set(hint)
    options = {i for i, _ in hint}
    for i, s, x in built.slots:
        built.model.add_hint(x, 1 if (i, s) in chosen else 0)
    for item in built.served:
        built.model.add_hint(item.literal, item.option in options and any(j in options for j in item.earlier))


def solve(
    problem: Problem,
    *,
    time_limit: float,
    hint: Sequence[Choice] = (),
    workers: int = 2,
    should_stop: Callable[[], bool] | None = None,
    on_solution: Callable[[float], None] | None = None,
    on_tick: Callable[[float], None] | None = None,
    log: bool = False,
) -> SolveReport:
    """Best choices found within ``time_limit`` seconds (empty when no solution was found).

    ``on_tick`` receives the seconds searched so far, from a helper thread, while the search runs.
    """
    began = time.monotonic()
    if not problem.options:
        return SolveReport(choices=[], status="OPTIMAL", seconds=0.0)
    built = build_model(problem)
    if hint:
        add_hint(built, hint)
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = max(0.1, time_limit - (time.monotonic() - began))
    solver.parameters.num_workers = max(1, workers)
    solver.parameters.cp_model_probing_level = PROBING_LEVEL
    solver.parameters.log_search_progress = log
    done = threading.Event()
    watcher = watch_stop(solver, should_stop, done, on_tick)
    try:
        status = solver.solve(built.model, StopWatcher(on_solution, should_stop))
    finally:
        done.set()
        if watcher is not None:
            watcher.join()
    name = solver.status_name(status)
    choices: list[Choice] = []
    if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        choices = [(i, s) for i, s, x in built.slots if solver.boolean_value(x)]
        return SolveReport(choices, name, time.monotonic() - began, solver.objective_value,
                           solver.best_objective_bound)
    return SolveReport(choices, name, time.monotonic() - began)


"""The CP-SAT search of the planning problem: objective, settings, the weighted and lexicographic solves.

The model itself (one Boolean per option and start, the clique, travel and
capacity constraints, the criteria) is built by ``planner_cp_model``. Plans are
ranked lexicographically (coverage, then least travel, then continuity); the
default search maximises one weighted sum whose weights make it lexicographic,
with the full LP relaxation ("max_lp_sym": linearization level 2 and the
symmetry between interchangeable mediators, which closes the coverage gap at
the root where the plain LP leaves 2-3 %), hinted with the constructive plan.
The two-phase search (coverage, then travel with that coverage required) is
kept as an alternative: on medium it proves the coverage sooner but ends with
more travel in the same time (benchmarks/bench_plan.py, rows "lexicographic").
"""

from __future__ import annotations

import enum
import math
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from ortools.sat.python import cp_model

from mediation_desk.scheduling.planner_cp_model import Built, add_hint, build_model, linear
from mediation_desk.scheduling.planner_greedy import less_travel
from mediation_desk.scheduling.planner_model import Choice, Problem, figures, objective_weights

# Probing costs seconds of presolve on week-sized models and finds nothing the search does not.
PROBING_LEVEL = 0


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


class Objective(enum.StrEnum):
    LEXICOGRAPHIC = "lexicographic"  # coverage, then travel and continuity with the coverage fixed
    WEIGHTED = "weighted"  # one weighted sum whose weights make it lexicographic


SEARCH_SEED = 20261207  # a fixed seed: the same input gives the same plan
# Deterministic-time units granted per second of the limit: roughly what one worker does in a second on
# an idle desktop core, so that the deterministic limit, not the clock, usually ends a search.
DETERMINISTIC_PER_SECOND = 0.5
FIRST_PHASE_SHARE = 0.7  # of a component's time, for the coverage phase (it gives back what it does not use)
# The full-problem workers when more than one runs, best first (one worker runs the first alone).
SUBSOLVERS = ("max_lp_sym", "quick_restart_no_lp", "default_lp", "core", "no_lp", "quick_restart",
              "reduced_costs", "pseudo_costs")


@dataclass(frozen=True)
class SearchSettings:
    """How CP-SAT searches; the defaults are the product's (chosen on benchmarks/bench_plan.py)."""

    workers: int = 2  # deterministic: the coverage phase interleaves them, the travel phase uses one
    symmetry_lp: bool = True  # an LP that uses the symmetry between interchangeable mediators
    objective: Objective = Objective.WEIGHTED
    deterministic: bool = True  # a deterministic-time limit next to the clock's
    hint: bool = True  # start from the constructive plan given


@dataclass
class SolveReport:
    choices: list[Choice]
    status: str  # OPTIMAL (proven, every criterion), FEASIBLE, UNKNOWN (nothing better than the hint)
    seconds: float
    coverage_bound: int | None = None  # no plan covers more (None: the search gave no bound)
    travel_bound: int | None = None  # no plan of the same coverage travels less
    deterministic_time: float = 0.0
    phases: list[str] = field(default_factory=list)  # status of each CP-SAT run


def configure(
    solver: cp_model.CpSolver, seconds: float, work: float | None, settings: SearchSettings
) -> None:
    """Limits (wall clock, and deterministic ``work`` if given), seed and workers."""
    p = solver.parameters
    p.max_time_in_seconds = max(0.05, seconds)
    if work is not None:
        p.max_deterministic_time = max(0.01, work)
    p.random_seed = SEARCH_SEED
    p.num_workers = max(1, settings.workers)
    p.cp_model_probing_level = PROBING_LEVEL
    if settings.workers > 1 and settings.deterministic:
        p.interleave_search = True  # parallel and still deterministic: workers run in fixed batches
    if not settings.symmetry_lp:
        return
    p.keep_symmetry_in_presolve = True
    if settings.workers <= 1:
        p.linearization_level = 2
        p.use_symmetry_in_lp = True
    elif settings.deterministic:
        p.subsolvers.append("max_lp_sym")  # interleaved: the one worker that proves the coverage
        p.use_lns = False
    else:
        p.subsolvers.extend(SUBSOLVERS[: settings.workers])


@dataclass
class Budget:
    """What a search may spend: seconds on the clock and (deterministic mode) units of work."""

    seconds: float
    work: float | None

    def split(self, share: float) -> Budget:
        return Budget(self.seconds * share, None if self.work is None else self.work * share)


def run(
    built: Built,
    budget: Budget,
    settings: SearchSettings,
    should_stop: Callable[[], bool] | None,
    on_tick: Callable[[float], None] | None,
    log: bool = False,
) -> tuple[cp_model.CpSolver, cp_model.CpSolverStatus]:
    solver = cp_model.CpSolver()
    configure(solver, budget.seconds, budget.work, settings)
    solver.parameters.log_search_progress = log
    done = threading.Event()
    watcher = watch_stop(solver, should_stop, done, on_tick)
    try:
        status = solver.solve(built.model, StopWatcher(None, should_stop))
    finally:
        done.set()
        if watcher is not None:
            watcher.join()
    return solver, status


def chosen_of(built: Built, solver: cp_model.CpSolver) -> list[Choice]:
    return [(i, s) for i, s, x in built.slots if solver.boolean_value(x)]


def solve(
    problem: Problem,
    *,
    time_limit: float,
    work: float | None = None,
    hint: Sequence[Choice] = (),
    settings: SearchSettings | None = None,
    should_stop: Callable[[], bool] | None = None,
    on_tick: Callable[[float], None] | None = None,
    log: bool = False,
) -> SolveReport:
    """The best plan found within ``time_limit`` seconds (and ``work`` deterministic units, if given).

    The report's choices are never worse than ``hint`` (a valid plan); ``on_tick`` receives the seconds
    searched so far, from a helper thread, while the search runs.
    """
    settings = settings or SearchSettings()
    began = time.monotonic()
    if not problem.options:
        return SolveReport(choices=[], status="OPTIMAL", seconds=0.0, coverage_bound=0, travel_bound=0)
    built = build_model(problem)
    if work is None and settings.deterministic:
        work = time_limit * DETERMINISTIC_PER_SECOND
    budget = Budget(max(0.05, time_limit - (time.monotonic() - began)), work)
    if settings.objective == Objective.WEIGHTED:
        report = solve_weighted(built, problem, budget, hint, settings, should_stop, on_tick, log)
    else:
        report = solve_lexicographic(built, problem, budget, hint, settings, should_stop, on_tick, log)
    if hint and figures(problem, hint).key() > figures(problem, report.choices).key():
        report.choices = list(hint)
    report.seconds = time.monotonic() - began
    return report


def solve_lexicographic(
    built: Built,
    problem: Problem,
    budget: Budget,
    hint: Sequence[Choice],
    settings: SearchSettings,
    should_stop: Callable[[], bool] | None,
    on_tick: Callable[[float], None] | None,
    log: bool,
) -> SolveReport:
    """Coverage first; then travel x W - continuity with that coverage required, hinted with phase 1."""
    began = time.monotonic()
    model = built.model
    coverage = linear(built.coverage)
    model.maximize(coverage)
    if hint and settings.hint:
        add_hint(built, hint)
    first, status = run(built, budget.split(FIRST_PHASE_SHARE), settings, should_stop, on_tick, log)
    report = SolveReport(choices=[], status=first.status_name(status), seconds=0.0,
                         coverage_bound=bound_of(first, status), deterministic_time=first.deterministic_time,
                         phases=[first.status_name(status)])
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        report.choices = list(hint)
        return report
    report.choices = chosen_of(built, first)
    reached = round(first.objective_value)
    if should_stop is not None and should_stop():
        return report
    model.add(coverage >= reached)
    travel_weight = len(built.continuity) + 1  # continuity can never pay for one minute of travel
    model.minimize(linear([(x, c * travel_weight) for x, c in built.travel]
                          + [(x, -c) for x, c in built.continuity]))
    report.choices = less_travel(problem, report.choices, should_stop)
    add_hint(built, report.choices)
    rest = Budget(budget.seconds - (time.monotonic() - began),
                  None if budget.work is None else budget.work - first.deterministic_time)
    # travel breaks the symmetry between mediators: the second phase searches with the plain LP; one
    # deterministic worker finds less travel than interleaved ones (benchmarks/bench_plan.py)
    second_settings = replace(settings, symmetry_lp=False,
                              workers=1 if settings.deterministic else settings.workers)
    second, status2 = run(built, rest, second_settings, should_stop, on_tick, log)
    report.phases.append(second.status_name(status2))
    report.deterministic_time += second.deterministic_time
    if status2 in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        report.choices = chosen_of(built, second)
        report.travel_bound = max(0, math.ceil(second.best_objective_bound / travel_weight))
    proven = status == cp_model.OPTIMAL and status2 == cp_model.OPTIMAL
    report.status = "OPTIMAL" if proven else "FEASIBLE"
    return report


def bound_of(solver: cp_model.CpSolver, status: cp_model.CpSolverStatus) -> int | None:
    """The coverage bound of a maximisation (None when the search ended without one)."""
    if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        value = solver.best_objective_bound
        if math.isfinite(value):
            return math.floor(value + 1e-6)
    return None


def solve_weighted(
    built: Built,
    problem: Problem,
    budget: Budget,
    hint: Sequence[Choice],
    settings: SearchSettings,
    should_stop: Callable[[], bool] | None,
    on_tick: Callable[[float], None] | None,
    log: bool,
) -> SolveReport:
    """One objective, coverage x Wc - travel x Wt + continuity (the weights make it lexicographic)."""
    coverage_w, travel_w = objective_weights(problem)
    terms = ([(x, c * coverage_w) for x, c in built.coverage] + [(x, -c * travel_w) for x, c in built.travel]
             + built.continuity)
    built.model.maximize(linear(terms))
    if hint and settings.hint:
        add_hint(built, hint)
    solver, status = run(built, budget, settings, should_stop, on_tick, log)
    name = solver.status_name(status)
    report = SolveReport(choices=list(hint), status=name, seconds=0.0,
                         deterministic_time=solver.deterministic_time, phases=[name])
    raw = bound_of(solver, status)
    if raw is not None:
        report.coverage_bound = (raw + coverage_w - 1) // coverage_w  # the rest of the sum is below Wc
        # a plan of that coverage has coverage x Wc - travel x Wt + continuity <= raw, continuity >= 0
        report.travel_bound = max(0, math.ceil((report.coverage_bound * coverage_w - raw) / travel_w))
    if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        report.choices = chosen_of(built, solver)
    return report

"""Statistical disclosure control of published count tables: small counts hidden, and not recoverable.

Primary suppression: a count of 1 or 2 is shown as "<3". Secondary
suppression, as statistical offices do: a table's cells are tied by additive
relations (parts summing to a total: a row of a block to its total row, women
+ men + not stated to people); a hidden cell that is the only hidden one of a
relation is the total minus the others, so another cell of that relation is
hidden too (shown as "x": it is 0 or 3 or more). Hiding two cells per
relation is not always enough (two "<3" cells summing to 4 are both 2, a
hidden cell may follow from a chain of relations), so the result is checked
exactly: for each hidden cell, a CP-SAT model of everything a reader knows
(the numbers shown, the relations, "<3" meaning 1 or 2, "x" meaning any
count) looks for another table that fits; while some hidden cell has no
alternative, one more cell of one of its relations is hidden. When every
cell around it is hidden already and the "<3" marks alone give it away (a
"<3" total of two "<3" parts: 1 + 1 = 2), one of those small counts is
written "x" instead: still no number, and no longer a bound.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Collection, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from ortools.sat.python import cp_model

SMALL_BELOW = 3  # counts 1 .. SMALL_BELOW - 1 are never shown
_CEILING = 10**7  # a hidden count is at most this: far above any real table, so it says nothing
_SOLVE_SECONDS = 5.0


class Mark(enum.Enum):
    SHOWN = "shown"
    SMALL = "small"  # primary: 1 or 2, shown as "<3"
    HIDDEN = "hidden"  # secondary, shown as "x": a reader learns nothing of it but the relations


CellKey = Hashable


@dataclass(frozen=True)
class Relation:
    """``total`` equals the sum of ``parts`` (all counts of the same table)."""

    total: CellKey
    parts: tuple[CellKey, ...]

    @property
    def cells(self) -> tuple[CellKey, ...]:
        return (self.total, *self.parts)


def primary(values: Mapping[CellKey, int]) -> dict[CellKey, Mark]:
    return {k: Mark.SMALL if 0 < v < SMALL_BELOW else Mark.SHOWN for k, v in values.items()}


Order = tuple[CellKey, CellKey]  # the first is never more than the second (a reader knows it too)


def protect(values: Mapping[CellKey, int], relations: Sequence[Relation], orders: Sequence[Order] = (),
            keep: Collection[CellKey] = (), known: Collection[CellKey] = ()) -> dict[CellKey, Mark]:
    """How to show each cell so that no hidden one can be worked out from what is shown.

    ``keep``: cells to hide only when nothing else will do (the totals a reader most wants).
    ``known``: cells a reader can learn elsewhere (another sheet of the same file): still written
    "<3" when small, but counted as known when the others are checked.
    Hiding more only gives a reader more tables that fit, so a hidden cell found safe stays
    safe: each is checked once, and again only while it is not.
    """
    public = set(known)
    marks = {k: Mark.SHOWN if k in public else m for k, m in primary(values).items()}  # numbers to a reader
    cost = _cost(values, keep, public)
    _no_lonely_hidden(relations, marks, cost)
    around: dict[CellKey, list[Relation]] = {}
    for relation in relations:
        for c in relation.cells:
            around.setdefault(c, []).append(relation)
    queue = [k for k in values if marks[k] is not Mark.SHOWN]
    while queue:
        cell = queue.pop(0)
        while not _has_alternative(values, relations, orders, marks, cell):
            before = {k for k, m in marks.items() if m is not Mark.SHOWN}
            if not (_hide_one_more(around.get(cell, []), marks, cost)
                    or _unbound_one(around.get(cell, []), marks, cell)):
                break  # cannot happen: once every cell around it is "x" it has alternatives
            _no_lonely_hidden(relations, marks, cost)
            queue.extend(k for k, m in marks.items() if m is not Mark.SHOWN and k not in before)
    for k in public:  # known or not, a small count is never written as a number
        if 0 < values[k] < SMALL_BELOW:
            marks[k] = Mark.SMALL
    return marks


Cost = Callable[[CellKey], tuple[int, ...] | None]  # None: hiding it would not help


def _cost(values: Mapping[CellKey, int], keep: Collection[CellKey], public: Collection[CellKey]) -> Cost:
    """What hiding a cell loses, to compare: a kept cell, then a 0 (hiding it helps little), then its size;
    a cell a reader knows anyway is never worth hiding."""
    kept = set(keep)
    return lambda c: None if c in public else (c in kept, values[c] == 0, values[c])


def _cheapest(cells: Iterable[CellKey], marks: Mapping[CellKey, Mark], cost: Cost) -> CellKey | None:
    priced = [(price, i, c) for i, c in enumerate(cells)
              if marks[c] is Mark.SHOWN and (price := cost(c)) is not None]
    return min(priced, key=lambda t: (t[0], t[1]))[2] if priced else None


def exposed_cells(
    values: Mapping[CellKey, int], relations: Sequence[Relation], marks: Mapping[CellKey, Mark],
    orders: Sequence[Order] = (),
) -> list[CellKey]:
    """The hidden cells whose value follows from what is shown (empty: the table is safe)."""
    hidden = [k for k in values if marks[k] is not Mark.SHOWN]
    return [k for k in hidden if not _has_alternative(values, relations, orders, marks, k)]


def _no_lonely_hidden(relations: Sequence[Relation], marks: dict[CellKey, Mark], cost: Cost) -> None:
    """The cheap first pass: until no relation has exactly one hidden cell, hide one more in it."""
    changed = True
    while changed:
        changed = False
        for relation in relations:
            hidden = [c for c in relation.cells if marks[c] is not Mark.SHOWN]
            if len(hidden) == 1 and _hide_in(relation, marks, cost):
                changed = True


def _hide_in(relation: Relation, marks: dict[CellKey, Mark], cost: Cost) -> bool:
    """Hide the cheapest shown cell of ``relation``."""
    choice = _cheapest(relation.cells, marks, cost)
    if choice is None:
        return False
    marks[choice] = Mark.HIDDEN
    return True


def _hide_one_more(around: Sequence[Relation], marks: dict[CellKey, Mark], cost: Cost) -> bool:
    """Hide one more cell in a relation of the cell: the cheapest of all of them."""
    choice = _cheapest((c for r in around for c in r.cells), marks, cost)
    if choice is None:
        return False
    marks[choice] = Mark.HIDDEN
    return True


def _unbound_one(around: Sequence[Relation], marks: dict[CellKey, Mark], cell: CellKey) -> bool:
    """Write one "<3" of a relation around ``cell`` as "x" (its total first): the marks gave it away."""
    for relation in around:
        small = [c for c in relation.cells if marks[c] is Mark.SMALL]
        if small:
            marks[relation.total if relation.total in small else small[0]] = Mark.HIDDEN
            return True
    if marks[cell] is Mark.SMALL:
        marks[cell] = Mark.HIDDEN
        return True
    return False


def _component(relations: Sequence[Relation], orders: Sequence[Order], marks: Mapping[CellKey, Mark],
               cell: CellKey) -> tuple[list[CellKey], list[Relation], list[Order]]:
    """The hidden cells tied to ``cell`` through relations and orders, and those ties: nothing else can
    bear on its value (shown cells are constants), so the model of a cell needs no more."""
    def hidden(k: CellKey) -> bool:
        return marks[k] is not Mark.SHOWN

    ties: dict[CellKey, list[int]] = {}
    links: list[Relation | Order] = [*relations, *orders]
    for i, link in enumerate(links):
        for k in (link.cells if isinstance(link, Relation) else link):
            if hidden(k):
                ties.setdefault(k, []).append(i)
    reach, used, todo = {cell}, set(), [cell]
    while todo:
        for i in ties.get(todo.pop(), []):
            if i in used:
                continue
            used.add(i)
            link = links[i]
            for k in (link.cells if isinstance(link, Relation) else link):
                if hidden(k) and k not in reach:
                    reach.add(k)
                    todo.append(k)
    chosen = [links[i] for i in sorted(used)]
    return (list(reach), [x for x in chosen if isinstance(x, Relation)],
            [x for x in chosen if not isinstance(x, Relation)])


def _has_alternative(
    values: Mapping[CellKey, int], relations: Sequence[Relation], orders: Sequence[Order],
    marks: Mapping[CellKey, Mark], cell: CellKey,
) -> bool:
    """Is there a table that fits everything shown in which ``cell`` has another value?"""
    reach, tied, bounds = _component(relations, orders, marks, cell)
    model = cp_model.CpModel()
    small = cp_model.Domain(1, SMALL_BELOW - 1)
    other = cp_model.Domain(0, _CEILING)
    unknown = {k: model.new_int_var_from_domain(small if marks[k] is Mark.SMALL else other, str(i))
               for i, k in enumerate(reach)}

    def term(k: CellKey) -> cp_model.LinearExprT:
        return unknown[k] if k in unknown else values[k]

    for relation in tied:
        model.add(term(relation.total) == sum(term(p) for p in relation.parts))
    for low, high in bounds:
        model.add(term(low) <= term(high))
    model.add(unknown[cell] != values[cell])
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = _SOLVE_SECONDS
    solver.parameters.num_workers = 1
    status = solver.solve(model)
    # UNKNOWN (out of time) counts as no alternative: hide more rather than publish on a guess
    return status in (cp_model.OPTIMAL, cp_model.FEASIBLE)

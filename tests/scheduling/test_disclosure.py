"""Small counts in published tables: hidden, and never recoverable from the totals shown."""

from __future__ import annotations

from collections.abc import Hashable

from hypothesis import given, settings
from hypothesis import strategies as st

from mediation_desk.scheduling.disclosure import Mark, Relation, exposed_cells, primary, protect


def grid(cells: list[list[int]]) -> tuple[dict[Hashable, int], list[Relation]]:
    """A table with row totals, column totals and a grand total, and its additive relations."""
    rows, cols = len(cells), len(cells[0])
    values: dict[Hashable, int] = {(r, c): cells[r][c] for r in range(rows) for c in range(cols)}
    for r in range(rows):
        values[(r, "T")] = sum(cells[r])
    for c in [*range(cols), "T"]:
        values[("T", c)] = sum(values[(r, c)] for r in range(rows))
    relations = [Relation((r, "T"), tuple((r, c) for c in range(cols))) for r in [*range(rows), "T"]]
    relations += [Relation(("T", c), tuple((r, c) for r in range(rows))) for c in [*range(cols), "T"]]
    return values, relations


def test_a_single_small_count_in_a_row_takes_a_second_cell_with_it() -> None:
    values, relations = grid([[1, 7, 9], [4, 6, 8]])
    marks = protect(values, relations)
    assert marks[(0, 0)] is Mark.SMALL
    row = [marks[(0, c)] for c in (1, 2, "T")]
    column = [marks[(r, 0)] for r in (1, "T")]
    assert any(m is not Mark.SHOWN for m in row) and any(m is not Mark.SHOWN for m in column)
    assert exposed_cells(values, relations, marks) == []


def test_two_small_counts_that_add_up_to_four_are_not_left_alone() -> None:
    """2 and 2 hidden in a row whose total says 4: both are 2, unless one more cell is hidden."""
    values, relations = grid([[2, 2, 5], [2, 2, 9], [6, 7, 8]])
    assert exposed_cells(values, relations, primary(values)) != []
    marks = protect(values, relations)
    assert exposed_cells(values, relations, marks) == []
    assert all(marks[k] is Mark.SMALL for k, v in values.items() if v in (1, 2))


def test_a_small_total_of_small_parts_is_written_x_not_given_away() -> None:
    """1 + 1 = 2 all under 3: "<3" on the three would say 1, 1 and 2."""
    values, relations = grid([[0, 0], [1, 1]])
    marks = protect(values, relations)
    assert exposed_cells(values, relations, marks) == []
    assert Mark.HIDDEN in {marks[(1, 0)], marks[(1, 1)], marks[(1, "T")]}


def test_counts_of_three_or_more_alone_stay_shown() -> None:
    values, relations = grid([[3, 5], [0, 9]])
    assert set(protect(values, relations).values()) == {Mark.SHOWN}


@settings(max_examples=40, deadline=None)
@given(st.lists(st.lists(st.integers(0, 6), min_size=2, max_size=4), min_size=2, max_size=5)
       .filter(lambda rows: len({len(r) for r in rows}) == 1))
def test_no_hidden_count_follows_from_what_is_shown(cells: list[list[int]]) -> None:
    values, relations = grid(cells)
    marks = protect(values, relations)
    assert all(marks[k] is not Mark.SHOWN for k, v in values.items() if v in (1, 2))  # never a number
    assert all(marks[k] is not Mark.SMALL for k, v in values.items() if v not in (1, 2))  # "<3" is true
    for relation in relations:  # never one hidden cell alone in a sum
        assert sum(marks[c] is not Mark.SHOWN for c in relation.cells) != 1
    assert exposed_cells(values, relations, marks) == []


def test_a_count_known_from_elsewhere_is_still_small_but_protects_nothing() -> None:
    """A reader who knows cell (0, 0) from another sheet: the hidden cells around it must hold without it."""
    values, relations = grid([[1, 5, 9], [4, 6, 8]])
    marks = protect(values, relations, known=[(0, 0)])
    assert marks[(0, 0)] is Mark.SMALL  # still not written as a number
    seen = {k: Mark.SHOWN if k == (0, 0) else m for k, m in marks.items()}
    assert exposed_cells(values, relations, seen) == []
    assert set(marks.values()) == {Mark.SHOWN, Mark.SMALL}  # nothing else needed hiding for it

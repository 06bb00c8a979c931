"""What is wrong with a scenario document: one ``Problem`` per fault, with its JSON path."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One fault of a document; ``path`` is a JSONPath like ``$.requests[12].windows[0].end``."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"


class ScenarioError(Exception):
    """A document was refused; ``problems`` lists every fault found, in document order."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(str(p) for p in problems))
        self.problems = problems

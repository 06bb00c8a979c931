"""The skills a mediator may have and a request may ask for: one list of codes, shared by both.

Skills are stored as these codes and shown through ``texts.labels.skill`` (Italian first). Text typed
before the list existed, or in an Excel sheet ("sanità", "Scuola"), is read as its code when it names
one, so that a request asking for "sanità" finds the mediators with "health"; text naming no code is
kept as it was written, and is shown as written.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

SKILLS: tuple[str, ...] = ("health", "school", "social", "legal", "court", "work")

# Words that name a code, compared without accents, case or extra spaces.
_WORDS: dict[str, tuple[str, ...]] = {
    "health": ("health", "sanita", "sanitario", "sanitaria", "salute", "ambito sanitario"),
    "school": ("school", "scuola", "scolastico", "scolastica", "istruzione", "ambito scolastico"),
    "social": ("social", "sociale", "servizi sociali", "social services", "ambito sociale"),
    "legal": ("legal", "legale", "giuridico", "giuridica", "ambito legale"),
    "court": ("court", "tribunale", "giustizia", "tribunali"),
    "work": ("work", "lavoro", "ambito lavorativo", "lavorativo"),
}
_CODE_OF = {word: code for code, words in _WORDS.items() for word in words}


def _key(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return " ".join(plain.lower().split())


def skill_code(text: str | None) -> str | None:
    """The code ``text`` names ("Sanità" -> "health"), or None when it names none."""
    return _CODE_OF.get(_key(text)) if text else None


def normalise(text: str) -> str:
    """The code ``text`` names, else ``text`` itself without the spaces around it."""
    return skill_code(text) or text.strip()


def normalise_all(texts: Iterable[str]) -> list[str]:
    """Each skill as its code, once, in the order given; empty entries dropped."""
    seen: list[str] = []
    for text in texts:
        value = normalise(text)
        if value and value not in seen:
            seen.append(value)
    return seen


def has_skill(offered: Iterable[str], asked: str | None) -> bool:
    """Whether skills ``offered`` (a mediator's) include the one ``asked`` (a request's), by code."""
    return bool(asked) and normalise(asked or "") in normalise_all(offered)

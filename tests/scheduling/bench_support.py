"""The planning benchmark for the tests that compare with it: gen.py and rules.py by path (else skip)."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

from mediation_desk.io.scenario import decode_scenario
from mediation_desk.scheduling.model import ServiceData
from tests.bench import require_bench


def bench_module(name: str) -> ModuleType:
    """Import ../shared/bench/<name>.py by path."""
    bench = require_bench()
    if str(bench) not in sys.path:
        sys.path.insert(0, str(bench))
    key = f"bench_{name}"
    if key in sys.modules:
        return sys.modules[key]
    spec = importlib.util.spec_from_file_location(key, bench / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[key] = module
    spec.loader.exec_module(module)
    return module


def generate(tmp: Path, preset: str, seed: int, *extra: str) -> dict[str, Any]:
    """Run gen.py and return the scenario document."""
    bench = require_bench()
    out = tmp / f"{preset}-{seed}{''.join(extra)}.json"
    subprocess.run([sys.executable, str(bench / "gen.py"), "--preset", preset, "--seed", str(seed),
                    "--out", str(out), *extra], check=True)
    doc: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return doc


def service_from_doc(doc: dict[str, Any]) -> ServiceData:
    """The scenario as domain objects, read by the product's own decoder."""
    return decode_scenario(doc)

from __future__ import annotations

from pathlib import Path

import pytest

from ipcheck import kb as kbmod

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def knowledge():
    return kbmod.load(kbmod.bundled_path())


@pytest.fixture(scope="session")
def judge(knowledge):
    from ipcheck.judge import Judge

    return Judge(knowledge)


@pytest.fixture
def seeds():
    if not SEEDS.is_dir():
        pytest.skip(f"source texts not found at {SEEDS} (clone the repo beside ../shared to run this)")
    return SEEDS


@pytest.fixture
def mini_kb(tmp_path):
    """A small, valid knowledge base copied into a temporary folder, to break at will."""
    folder = tmp_path / "facts"
    folder.mkdir()
    for f in (DATA / "mini").glob("*.toml"):
        (folder / f.name).write_text(f.read_text(encoding="utf-8"), encoding="utf-8")
    return folder

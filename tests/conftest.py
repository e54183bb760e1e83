from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from timeline_cli.cli import app

DATA = Path(__file__).resolve().parent.parent / "data"


@pytest.fixture(autouse=True)
def isolated_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Tests never touch the real user data folder."""
    db = tmp_path / "store" / "timeline.db"
    monkeypatch.setenv("TIMELINE_DB", str(db))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.delenv("NO_COLOR", raising=False)
    return db


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def cli(runner: CliRunner):
    def invoke(*args: str, input: str | bytes | None = None, env: dict | None = None):
        return runner.invoke(app, list(args), input=input, env=env)
    return invoke


@pytest.fixture
def ingested(cli) -> None:
    result = cli("ingest", str(DATA))
    assert result.exit_code == 0, result.stderr


def show_json(cli, *args: str) -> list[dict]:
    result = cli("show", "--format", "json", *args)
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)

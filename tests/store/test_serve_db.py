"""What `switchboard serve` says of a --db it cannot share or reach."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from emulator.cli import cli

NO_ENV = {"SWITCHBOARD_DB": None, "SWITCHBOARD_WORKERS": None}


def test_workers_refuse_state_kept_in_memory() -> None:
    result = CliRunner().invoke(cli, ["serve", "--workers", "2", "--port", "1"], env=NO_ENV)
    assert result.exit_code == 2
    assert "--workers 2 needs a --db that the workers share" in result.output


def test_an_unreachable_postgres_database_stops_serve_with_one_line(tmp_path: Path) -> None:
    url = f"postgresql://sandbox:s3cret@/sandbox?host={tmp_path}&port=5999"  # no server on that socket
    result = CliRunner().invoke(cli, ["serve", "--db", url, "--port", "1"], env=NO_ENV)
    assert result.exit_code == 2
    [line] = result.output.strip().splitlines()
    assert (
        line.startswith("switchboard: --db postgresql://sandbox:***@/sandbox") and "cannot keep state" in line
    )
    assert "s3cret" not in result.output

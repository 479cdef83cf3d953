"""Local report times that the zone skips (spring forward) or shows twice (autumn): an error
naming the gap, or the choice of occurrence, never a silent guess."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from pydantic import ValidationError

from cli.app import main
from models.elapsed import real_elapsed
from models.errors import InputError
from models.loading import load_scenarios
from models.zones import first_valid_time
from tests.conftest import scenario


def test_a_skipped_oslo_time_is_an_error_naming_the_gap() -> None:
    # 2026-03-29: Norway's clocks jump from 02:00 (+01:00) to 03:00 (+02:00); 02:30 never exists.
    with pytest.raises(ValidationError) as caught:
        scenario("2026-03-29T02:30", timezone="Europe/Oslo")
    text = str(caught.value)
    assert "2026-03-29T02:30 does not exist in Europe/Oslo" in text
    assert "from 02:00 (+01:00) to 03:00 (+02:00)" in text


def test_an_ambiguous_jerusalem_time_needs_an_offset_or_an_occurrence() -> None:
    # 2026-10-25: Israel's clocks go back from 02:00 (+03:00) to 01:00 (+02:00); 01:30 happens
    # twice, at 22:30 UTC and at 23:30 UTC the day before.
    with pytest.raises(ValidationError) as caught:
        scenario("2026-10-25T01:30", timezone="Asia/Jerusalem")
    assert "occurs twice in Asia/Jerusalem (first at +03:00, then at +02:00" in str(caught.value)
    first = scenario("2026-10-25T01:30", timezone="Asia/Jerusalem", occurrence="first")
    second = scenario("2026-10-25T01:30", timezone="Asia/Jerusalem", occurrence="second")
    assert first.reported_at.isoformat() == "2026-10-25T01:30:00+03:00"
    assert second.reported_at.isoformat() == "2026-10-25T01:30:00+02:00"
    assert real_elapsed(first.reported_at, second.reported_at) == timedelta(hours=1)
    with_offset = scenario("2026-10-25T01:30+02:00", timezone="Asia/Jerusalem")
    assert real_elapsed(second.reported_at, with_offset.reported_at) == timedelta(0)


def test_ordinary_local_times_are_unchanged() -> None:
    assert scenario("2026-03-29T03:00", timezone="Europe/Oslo").reported_at.isoformat() == (
        "2026-03-29T03:00:00+02:00"
    )
    assert scenario("2026-10-25T02:00", timezone="Asia/Jerusalem").reported_at.isoformat() == (
        "2026-10-25T02:00:00+02:00"
    )


def test_a_scenario_file_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "s.yaml"
    path.write_text(
        "scenarios:\n  - name: gap\n    timezone: Europe/Oslo\n    reported_at: 2026-03-29T02:30\n"
    )
    with pytest.raises(InputError) as caught:
        load_scenarios(path)
    assert str(caught.value).startswith(f"{path}:4: scenarios[0].reported_at: 2026-03-29T02:30")


def test_the_command_line_refuses_a_skipped_time(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["simulate", "--at", "2026-03-29T02:30", "--timezone", "Europe/Oslo"])
    assert code == 1
    assert "does not exist in Europe/Oslo" in capsys.readouterr().err


def test_the_app_moves_a_skipped_time_to_the_end_of_the_gap() -> None:
    moved, note = first_valid_time(datetime(2026, 3, 29, 2, 30), "Europe/Oslo")  # noqa: DTZ001
    assert moved.isoformat() == "2026-03-29T03:00:00+02:00"
    assert note is not None
    assert "moved to 03:00 (+02:00)" in note
    kept, none = first_valid_time(datetime(2026, 3, 29, 3, 30), "Europe/Oslo")  # noqa: DTZ001
    assert (kept.isoformat(), none) == ("2026-03-29T03:30:00+02:00", None)

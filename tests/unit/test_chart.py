"""The /grafik image: a PNG of fixed size that draws exactly the chart's series, with
matplotlib loaded only when a chart is drawn."""

from __future__ import annotations

import io
import subprocess
import sys
from datetime import date
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from bot import chart
from bot.render import Renderer
from conversations.mood import Chart, Point, Series

RENDERER = Renderer.shared()
PROJECT = Path(__file__).resolve().parents[2]


def sample() -> Chart:
    return Chart(
        (
            Series(1, "PT $Maju$ ^_", "Analis", date(2026, 11, 20), (Point(2, 2), Point(5, 4))),
            Series(2, None, None, date(2026, 12, 1), (Point(0, 1),)),
        )
    )


def text(labels: tuple[str, ...]) -> chart.ChartText:
    return chart.ChartText("Judul", "Hari", "Skala", "Hari ke-0", labels)


def test_the_figure_draws_each_series_and_marks_day_zero() -> None:
    figure = chart.figure_for(sample(), text(("Analis di PT $Maju$ ^_", "Wawancara ke-2")))
    [axes] = figure.axes
    lines = axes.get_lines()
    plotted = [np.asarray(line.get_xydata()).tolist() for line in lines[:2]]
    assert plotted == [[[2, 2], [5, 4]], [[0, 1]]]
    marker = lines[2]
    assert np.asarray(marker.get_xdata()).tolist() == [0, 0] and marker.get_label() == "Hari ke-0"
    assert axes.get_ylim() == (0.7, 5.3) and list(axes.get_yticks()) == [1, 2, 3, 4, 5]
    assert axes.get_title() == "Judul" and axes.get_xlabel() == "Hari"
    legend = [entry.get_text() for entry in figure.legends[0].get_texts()]
    assert legend == ["Analis di PT $Maju$ ^_", "Wawancara ke-2", "Hari ke-0"]


@pytest.mark.filterwarnings("ignore:Glyph")  # the emoji is drawn as a box
def test_the_png_has_a_fixed_size_even_with_long_and_odd_names() -> None:
    labels = ("<b>&" * 100, "🙂 " + "x" * 300)
    png = chart.render_png(sample(), text(labels))
    image = Image.open(io.BytesIO(png))
    assert image.format == "PNG" and image.size == (chart.WIDTH_PX, chart.HEIGHT_PX)


def test_long_legend_names_are_cut() -> None:
    assert chart.shorten("a  b") == "a b"
    cut = chart.shorten("x" * 100)
    assert len(cut) == chart.LEGEND_LIMIT and cut.endswith("…")


def test_the_words_on_the_image_come_from_the_templates() -> None:
    assert RENDERER.macro("grafik/labels.txt", "title") == "Suasana hati Anda dari hari ke hari"
    assert "1 = sangat buruk, 5 = sangat baik" in RENDERER.macro("grafik/labels.txt", "y_label")
    series = RENDERER.macro("grafik/labels.txt", "series", company="<PT>", position=None, number=1)
    assert series == "<PT>"  # an image: nothing is escaped


def test_starting_the_bot_does_not_load_matplotlib() -> None:
    probe = "import sys, bot.app, bot.services.mood; print('matplotlib' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    assert result.stdout.strip() == "False"


def test_notes_are_drawn_at_their_time_of_day() -> None:
    """Two notes of one day are no vertical stroke: each stands at its hour."""
    points = (Point(0, 2, 0.25), Point(0, 4, 0.75), Point(1, 3, 0.5))
    figure = chart.figure_for(
        Chart((Series(1, None, None, date(2026, 11, 20), points),)),
        chart.ChartText("Judul", "Hari", "Skala", "Hari ke-0", ("Wawancara",)),
    )
    xs = np.asarray(figure.axes[0].get_lines()[0].get_xdata()).tolist()
    assert xs == [0.25, 0.75, 1.5]


def test_every_point_is_inside_the_chart_late_in_its_day_too() -> None:
    """Notes typed this evening, five days after the interview, stood at 5.6 and the
    axis ended at 5.5: the chart said "3 catatan" and showed none of today's."""
    points = (Point(5, 2, 0.6), Point(5, 3, 0.9))
    figure = chart.figure_for(
        Chart((Series(1, None, None, date(2026, 11, 26), points),)),
        chart.ChartText("Judul", "Hari", "Skala", "Hari ke-0", ("Wawancara",)),
    )
    left, right = figure.axes[0].get_xlim()
    assert left <= 0 and right >= 5.9


def test_a_diary_chart_has_no_day_zero_line() -> None:
    diary = Chart((Series(0, None, None, date(2026, 11, 20), (Point(0, 2), Point(2, 4))),), 0, True)
    figure = chart.figure_for(diary, chart.ChartText("Judul", "Hari", "Skala", "", ("Catatan",)))
    [axes] = figure.axes
    assert len(axes.get_lines()) == 1
    assert [entry.get_text() for entry in figure.legends[0].get_texts()] == ["Catatan"]

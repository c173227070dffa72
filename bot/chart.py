"""The /grafik image, drawn with matplotlib's Agg backend through its object-oriented API:
no pyplot global state, so it is safe in a worker thread. matplotlib is imported only
when a chart is drawn, so bot start-up does not pay for it."""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import TYPE_CHECKING

from conversations.mood import SCORES, Chart

if TYPE_CHECKING:
    from matplotlib.figure import Figure

WIDTH_PX, HEIGHT_PX, DPI = 1000, 600, 100
# Legend entries are one line each; longer names are cut with an ellipsis.
LEGEND_LIMIT = 48


@dataclass(frozen=True)
class ChartText:
    """Every word on the image, rendered from templates/grafik/labels.txt."""

    title: str
    x_label: str
    y_label: str
    rejection_day: str  # the dashed line's legend entry; "" for a chart without day 0
    # One legend entry per series of the chart, in the same order.
    series_labels: tuple[str, ...]


def shorten(label: str, limit: int = LEGEND_LIMIT) -> str:
    label = " ".join(label.split())
    return label if len(label) <= limit else label[: limit - 1].rstrip() + "…"


def figure_for(chart: Chart, text: ChartText) -> Figure:
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator

    figure = Figure(figsize=(WIDTH_PX / DPI, HEIGHT_PX / DPI), dpi=DPI, layout="constrained")
    axes = figure.add_subplot()
    for series, label in zip(chart.series, text.series_labels, strict=True):
        axes.plot(
            [point.day + point.of_day for point in series.points],
            [point.score for point in series.points],
            marker="o",
            linewidth=2,
            label=shorten(label),
        )
    if text.rejection_day:
        axes.axvline(0, color="0.35", linestyle="--", linewidth=1.2, label=text.rejection_day)
    # Where each point is drawn (its day and the hour within it): all of them in view.
    places = [point.day + point.of_day for series in chart.series for point in series.points]
    axes.set_xlim(min(0, *places) - 0.5, max(1, *places) + 0.5)
    axes.xaxis.set_major_locator(MaxNLocator(integer=True))
    # The scale is fixed, so charts stay comparable; the margin keeps end points whole.
    axes.set_ylim(SCORES[0] - 0.3, SCORES[-1] + 0.3)
    axes.set_yticks(SCORES)
    axes.grid(alpha=0.3)
    axes.set_title(text.title, fontsize=15)
    axes.set_xlabel(text.x_label)
    axes.set_ylabel(text.y_label)
    legend = figure.legend(loc="outside lower center", ncols=2, frameon=False)
    for entry in legend.get_texts():
        entry.set_parse_math(False)  # a "$" in a company name is text, not a formula
    return figure


def png_of(figure: Figure) -> bytes:
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg(figure)  # attaches itself: Agg, whatever the default backend is
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=DPI)
    return buffer.getvalue()


def render_png(chart: Chart, text: ChartText) -> bytes:
    """Blocking and CPU-bound: call it in a worker thread."""
    return png_of(figure_for(chart, text))

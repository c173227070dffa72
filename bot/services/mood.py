"""/mood and /grafik: a 1-5 check-in (also offered on the daily message), stored only
with the user's consent to store feelings, and a chart of mood since each rejection."""

from __future__ import annotations

from functools import partial
from zoneinfo import ZoneInfo

from bot import chart
from bot.db import moods
from bot.router import Router, Turn, reply
from bot.services import privacy
from conversations import journey as flow
from conversations import mood as rules
from conversations.events import Choice
from conversations.outcome import Outcome, Photo, Reply

CHART_LABELS = "grafik/labels.txt"


def register(router: Router) -> None:
    router.command("mood")(ask)
    router.command("grafik")(show_chart)
    router.choice(rules.PREFIX)(answer)


async def ask(turn: Turn) -> Outcome:
    return Outcome((Reply("mood/ask.html", {}, rules.buttons(rules.COMMAND)),))


async def answer(turn: Turn) -> Outcome:
    choice = rules.parse_choice(turn.event.value) if isinstance(turn.event, Choice) else None
    if choice is None:
        return Outcome(notice="stale_button.txt")
    journey = await moods.latest_journey(turn.session, turn.user.id)
    saved = turn.user.consent_feelings is True
    if saved and turn.fresh:
        journey_id = journey.id if journey is not None else None
        # A message's buttons count once, however quickly they are tapped twice.
        once = turn.message_id if choice.source == rules.DAILY else None
        if (
            choice.source == rules.COMMAND
            and isinstance(turn.event, Choice)
            and turn.event.corrects
        ):
            # "eh td salah, 3 aja": a /mood corrected within minutes replaces the last one
            # rather than drawing a jump on the chart.
            since = turn.now - rules.RERATE_WITHIN
            await moods.drop_since(turn.session, turn.user.id, rules.COMMAND, since)
        added = await moods.add_checkin(
            turn.session, turn.user.id, journey_id, choice.score, choice.source, turn.now, once
        )
        if not added:
            return Outcome(notice="mood/already.txt")
    context = {
        "score": choice.score,
        # A mood written in words ("lumayan") is read back as the score it was saved as.
        "typed": isinstance(turn.event, Choice) and turn.event.typed,
        "low": choice.low,
        "saved": saved,
        "consent": turn.user.consent_feelings,
        # After /mood the journey's buttons are gone: say how to get back to them.
        "journey_waiting": journey is not None and journey.status == flow.ACTIVE,
    }
    # Never asked: consent is one tap away. Whoever said no is not asked again here.
    never_asked = turn.user.consent_feelings is None
    buttons = privacy.consent_button(choice.score) if never_asked else ()
    return Outcome((Reply("mood/answered.html", context, buttons),))


async def show_chart(turn: Turn) -> Outcome:
    if turn.user.consent_feelings is not True:  # nothing about feelings is stored
        # Asking for the chart is asking about storage: the switch is here, not in /hapusdata.
        consent = turn.user.consent_feelings
        return Outcome(
            (Reply("grafik/no_consent.html", {"consent": consent}, privacy.consent_button()),)
        )
    journeys, checkins = await moods.chart_rows(turn.session, turn.user.id)
    zone = ZoneInfo(turn.user.timezone or turn.services.settings.default_timezone)
    data = rules.build_chart(journeys, checkins, zone)
    if data.point_count < 2:
        return reply("grafik/too_few.html", points=data.point_count, unplaced=data.unplaced)
    renderer = turn.services.renderer
    # No interview date anywhere: day 0 is the day /gagal began, and the axis says so.
    undated = all(journey.interview_date is None for journey in journeys)
    day_zero = renderer.macro(CHART_LABELS, "rejection_day", undated=undated)
    text = chart.ChartText(
        title=renderer.macro(CHART_LABELS, "title"),
        x_label=renderer.macro(CHART_LABELS, "x_label", diary=data.diary, undated=undated),
        y_label=renderer.macro(CHART_LABELS, "y_label"),
        rejection_day="" if data.diary else day_zero,
        series_labels=tuple(
            renderer.macro(
                CHART_LABELS,
                "series",
                company=series.company,
                position=series.position,
                number=number,
                diary=data.diary,
            )
            for number, series in enumerate(data.series, start=1)
        ),
    )
    context = {
        "journeys": 0 if data.diary else len(data.series),
        "before": data.before_day_zero,
        "points": data.point_count,
        "unplaced": data.unplaced,
    }
    photo = Photo(partial(chart.render_png, data, text), "grafik-suasana-hati.png")
    return Outcome((Reply("grafik/caption.html", context, photo=photo),))

"""/lamaran's pure rules and views: stages and moves, what a rejection hands to the
journey, quiet applications, the funnel and the week's counts, and every message at
every field's limit."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from bot.presenter import options_of, present
from bot.render import Renderer
from conversations import history
from conversations import validators as v
from conversations.applications import rules, views
from conversations.applications.rules import Application
from conversations.choices import understand
from conversations.outcome import Outcome
from tests.applications_data import TODAY, misses, outcomes, sample
from tests.unit.test_journey_views import check

RENDERER = Renderer.shared()
D = date


def app(stage: str, *steps: str, **changes: object) -> Application:
    reached = tuple((step, D(2026, 11, 1 + i)) for i, step in enumerate(steps))
    return replace(sample(stage), reached=reached, interview_on=None, **changes)  # type: ignore[arg-type]


# --- stages and moves ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("stage", "steps", "following"),
    [
        (rules.APPLIED, ("applied",), rules.TEST),
        (rules.TEST, ("applied", "test"), rules.HR),
        (rules.HR, ("applied", "hr"), rules.USER),
        (rules.USER, ("applied", "user"), rules.FINAL),
        (rules.FINAL, ("applied", "final"), rules.OFFER),
        (rules.OFFER, ("applied", "offer"), None),
        (rules.REJECTED, ("applied", "hr"), None),
        # No news: one tap picks up after the furthest step reached.
        (rules.NO_NEWS, ("applied", "test"), rules.HR),
        (rules.NO_NEWS, (), rules.APPLIED),
    ],
)
def test_one_tap_moves_to_the_next_step(
    stage: str, steps: tuple[str, ...], following: str | None
) -> None:
    assert app(stage, *steps).next_stage == following


def test_moving_on_records_the_step_with_its_date_and_forgets_the_interview_date() -> None:
    moved = rules.move(app(rules.TEST, "applied", "test"), rules.HR, TODAY)
    assert moved is not None
    assert moved.stage == rules.HR and moved.clears_interview
    assert moved.reached == (("applied", D(2026, 11, 1)), ("test", D(2026, 11, 2)), ("hr", TODAY))


def test_going_back_a_step_no_longer_claims_the_steps_after_it() -> None:
    moved = rules.move(app(rules.FINAL, "applied", "hr", "final"), rules.HR, TODAY)
    assert moved is not None and moved.reached == (("applied", D(2026, 11, 1)), ("hr", TODAY))


def test_closing_keeps_the_record_and_the_interview_date() -> None:
    before = replace(app(rules.USER, "applied", "user"), interview_on=D(2026, 11, 20))
    moved = rules.move(before, rules.REJECTED, TODAY)
    assert moved is not None and moved.reached == before.reached and not moved.clears_interview
    shown = rules.with_stage(before, moved, TODAY)
    assert shown.interview_on == D(2026, 11, 20) and shown.stage_on == TODAY


def test_the_same_stage_or_an_unknown_one_changes_nothing() -> None:
    assert rules.move(app(rules.HR, "hr"), rules.HR, TODAY) is None
    assert rules.move(app(rules.HR, "hr"), "hired", TODAY) is None


def test_an_application_added_at_a_later_step_claims_only_that_step() -> None:
    assert rules.first_reached(rules.USER, TODAY) == (("user", TODAY),)
    assert rules.first_reached(rules.APPLIED, TODAY) == (("applied", TODAY),)


def test_an_application_added_already_closed_claims_no_step_it_may_not_have_reached() -> None:
    # Neither how far it got nor the day it was sent is known: no made-up history.
    assert rules.first_reached(rules.REJECTED, TODAY) == ()
    assert rules.first_reached(rules.NO_NEWS, TODAY) == ()
    # The rejection may have come after an interview: the journey is offered, and asks.
    unknown = app(rules.REJECTED)
    assert unknown.offers_journey
    assert "stage" not in rules.journey_answers(unknown, TODAY)
    assert not app(rules.NO_NEWS).offers_journey


def test_the_stored_steps_survive_a_round_trip_and_bad_rows() -> None:
    reached = (("applied", D(2026, 11, 1)), ("hr", D(2026, 11, 5)))
    stored = rules.reached_to_json(reached)
    assert stored == [["applied", "2026-11-01"], ["hr", "2026-11-05"]]
    assert rules.reached_from_json(stored) == reached
    assert rules.reached_from_json([["hr", "bukan tanggal"], ["x", "2026-11-01"], 3, None]) == ()
    assert rules.reached_from_json(None) == ()


# --- the journey --------------------------------------------------------------------------


def test_a_rejection_after_an_interview_hands_the_journey_what_it_knows() -> None:
    rejected = replace(app(rules.REJECTED, "applied", "test", "user"), interview_on=D(2026, 11, 20))
    assert rejected.offers_journey
    assert rules.journey_answers(rejected, TODAY) == {
        "company": "PT Maju Bersama",
        "position": "Analis Data",
        "stage": "user",
        "interview_date": "2026-11-20",
    }


@pytest.mark.parametrize(
    ("furthest", "journey_stage"),
    [("test", "technical"), ("hr", "hr"), ("final", "final"), ("offer", "final")],
)
def test_the_furthest_step_is_the_journeys_stage(furthest: str, journey_stage: str) -> None:
    answers = rules.journey_answers(app(rules.REJECTED, "applied", furthest), TODAY)
    assert answers["stage"] == journey_stage and "interview_date" not in answers


def test_an_interview_still_to_come_or_long_ago_is_not_the_journeys_date() -> None:
    for when in (D(2026, 11, 26), D(2025, 11, 1)):
        rejected = replace(app(rules.REJECTED, "applied", "hr"), interview_on=when)
        assert "interview_date" not in rules.journey_answers(rejected, TODAY)


def test_a_rejection_right_after_sending_is_not_offered_the_journey() -> None:
    only_sent = app(rules.REJECTED, "applied")
    assert not only_sent.offers_journey
    assert rules.journey_answers(only_sent, TODAY) == {
        "company": "PT Maju Bersama",
        "position": "Analis Data",
    }


def test_a_journeys_company_finds_its_application_by_name_alone() -> None:
    listed = [
        app(rules.HR, "hr", id=1, company="PT Sinar Jaya Tbk"),
        app(rules.APPLIED, "applied", id=2, company="PT. Maju Bersama"),
        app(rules.APPLIED, "applied", id=3, company="Maju Bersama", journey_id=9),
    ]
    assert rules.company_key("PT. Maju  Bersama, Tbk") == "maju bersama"
    found = rules.matching(listed, "maju bersama")
    assert found is not None and found.id == 2  # the one already linked is left alone
    assert rules.matching(listed, "pt sinar jaya") is not None
    assert rules.matching(listed, "Sinar") is None
    assert rules.matching(listed, "PT") is None


# --- going quiet, reminders ---------------------------------------------------------------


def test_an_application_is_quiet_two_weeks_after_its_last_change_or_its_interview() -> None:
    sent = replace(app(rules.APPLIED, "applied"), stage_on=D(2026, 11, 11))
    assert rules.is_quiet(sent, D(2026, 11, 25))
    assert not rules.is_quiet(sent, D(2026, 11, 24))
    interviewed = replace(
        app(rules.HR, "applied", "hr"), stage_on=D(2026, 11, 1), interview_on=D(2026, 11, 20)
    )
    assert rules.quiet_since(interviewed) == D(2026, 11, 20)
    assert not rules.is_quiet(interviewed, D(2026, 11, 25))
    for closed in (rules.OFFER, rules.REJECTED, rules.NO_NEWS):
        assert not rules.is_quiet(replace(sent, stage=closed), D(2026, 12, 31))


def test_reminders_come_at_the_daily_time_or_in_the_morning_on_their_day_only() -> None:
    assert rules.nudge_minutes(None) == 8 * 60 and rules.nudge_minutes(19 * 60) == 19 * 60
    wib = ZoneInfo("Asia/Jakarta")
    day = rules.interview_nudge_day(D(2026, 11, 27))
    assert day == D(2026, 11, 26)
    assert not rules.due_now(datetime(2026, 11, 26, 7, 59, tzinfo=wib), day, 480)
    assert rules.due_now(datetime(2026, 11, 26, 8, 0, tzinfo=wib), day, 480)
    assert rules.due_now(datetime(2026, 11, 26, 23, 0, tzinfo=wib), day, 480)
    assert not rules.due_now(datetime(2026, 11, 27, 9, 0, tzinfo=wib), day, 480)


# --- counting -----------------------------------------------------------------------------


def test_the_funnel_counts_how_far_each_application_got_and_by_source() -> None:
    listed = [
        app(rules.APPLIED, "applied", source="portal"),
        app(rules.REJECTED, "applied", "test", source="portal"),
        app(rules.HR, "hr", source="linkedin"),  # added at the interview: sent, too
        app(rules.NO_NEWS, "applied", "test", "user", source="linkedin"),
        app(rules.OFFER, "applied", "final", "offer", source="referral"),
    ]
    funnel = rules.funnel(listed)
    assert funnel is not None
    assert funnel.total == 5
    # Each step as recorded: an interview is no sign of a test that was never held.
    assert dict(funnel.reached) == {
        "applied": 5,
        "test": 2,
        "hr": 1,
        "user": 1,
        "final": 1,
        "offer": 1,
    }
    assert (funnel.open, funnel.rejected, funnel.no_news) == (3, 1, 1)
    by_source = {count.source: count for count in funnel.by_source}
    assert by_source["portal"] == rules.SourceCount("portal", 2, 1, 0)  # a test counts
    assert by_source["linkedin"] == rules.SourceCount("linkedin", 2, 2, 0)
    assert by_source["referral"] == rules.SourceCount("referral", 1, 1, 1)
    assert "job_fair" not in by_source  # no row for a source never used
    assert rules.funnel([]) is None


def test_the_week_counts_applications_added_since_monday() -> None:
    added = [
        (D(2026, 11, 22), "startup", "portal"),  # Sunday: last week
        (D(2026, 11, 23), "startup", "referral"),  # Monday
        (D(2026, 11, 24), "large", "portal"),
        (D(2026, 11, 25), "mid", "linkedin"),
        (D(2026, 11, 25), None, "referral"),
    ]
    week = rules.week(added, D(2026, 11, 25))
    assert week == rules.Week(D(2026, 11, 23), added=4, wider=2, referral=2)
    assert rules.week([], D(2026, 11, 23)) == rules.Week(D(2026, 11, 23))


# --- adding -------------------------------------------------------------------------------


def test_adding_asks_the_interview_date_only_for_an_interview() -> None:
    assert rules.next_add_step({}, "company") == "position"
    assert rules.next_add_step({}, "kind") == "stage"
    # A stage told before it was asked ("shopee ditolak") is not asked again.
    assert rules.next_add_step({"stage": "rejected"}, "kind") is None
    assert rules.next_add_step({"stage": "applied"}, "stage") is None
    assert rules.next_add_step({"stage": "hr"}, "stage") == "date"
    assert rules.next_add_step({"stage": "hr"}, "date") is None


def test_names_are_read_like_the_journeys() -> None:
    assert rules.parse_name("company", "  PT   Maju ") == "PT Maju"
    assert rules.parse_name("company", "???") == v.Invalid("empty")
    assert rules.parse_name("position", "x" * 101) == v.Invalid("too_long", 100)


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("2/12/2026", D(2026, 12, 2)),
        ("besok", D(2026, 11, 26)),
        ("senin depan", D(2026, 11, 30)),
        ("kemarin", D(2026, 11, 24)),
        ("20/11", D(2026, 11, 20)),  # five days ago, not next year
        ("27 november", D(2026, 11, 27)),
        ("jumat", D(2026, 11, 27)),
        # The time of day people add is not part of the date.
        ("kamis depan jam 10", D(2026, 12, 3)),
        ("besok jam 2 siang", D(2026, 11, 26)),
        ("2/12 pukul 09.30 WIB", D(2026, 12, 2)),
        ("jumat, 13.30 WIB", D(2026, 11, 27)),
        # A weekday before a date adds nothing; it is read back with the date's own.
        ("senin 14/12 jam 13.00", D(2026, 12, 14)),
        ("senin 14 des", D(2026, 12, 14)),
        ("minggu 13 des", D(2026, 12, 13)),
    ],
)
def test_an_interview_date_may_be_coming_or_past(typed: str, meant: date) -> None:
    assert v.parse_interview_date(typed, TODAY) == meant


@pytest.mark.parametrize(
    ("typed", "error"),
    [
        ("kapan ya", "date_format"),
        ("jam 10", "date_format"),
        ("1/1/2025", "date_too_old"),
        ("1/1/2028", "date_too_far"),
    ],
)
def test_an_interview_date_that_cannot_be_used_says_why(typed: str, error: str) -> None:
    assert v.parse_interview_date(typed, TODAY) == v.Invalid(error)


# --- typed at the keyboards ---------------------------------------------------------------


def _typed(text: str, buttons: tuple[tuple[object, ...], ...]) -> tuple[str, ...]:
    options = options_of(RENDERER, [b for row in buttons for b in row])  # type: ignore[misc]
    return understand(text, options).values


@pytest.mark.parametrize(
    ("typed", "stage"),
    [
        ("dilamar", "applied"),
        ("tes tertulis", "test"),
        ("interview hr", "hr"),
        ("sama user", "user"),
        ("final", "final"),
        ("offering", "offer"),
        ("tawaran", "offer"),
        ("ditolak", "rejected"),
        ("ghosting", "no_news"),
        ("tanpa kabar", "no_news"),
    ],
)
def test_a_stage_is_understood_as_people_type_it(typed: str, stage: str) -> None:
    assert _typed(typed, views.stage_buttons(7, None)) == (f"lam:set:7:{stage}",)


def test_no_news_said_with_a_negation_is_read_but_a_bare_no_is_no_stage() -> None:
    for typed in (
        "gak ada kabar",
        "belum ada balasan sama sekali",
        "ga ada kabarnya",
        "ga ada kabar udh 2 minggu",  # how long is no part of the stage
    ):
        assert rules.means_no_news(typed), typed
    for typed in ("gak", "ada kabar", "belum", "tidak ada", "sudah ada kabar", "udah 2 minggu"):
        assert not rules.means_no_news(typed), typed
    assert _typed("gak", views.stage_buttons(7, None)) == ()


@pytest.mark.parametrize(
    ("typed", "source"),
    [
        ("linkedin", "linkedin"),
        ("jobstreet", "portal"),
        ("dari glints", "portal"),
        ("referral temen", "referral"),
        ("orang dalam", "referral"),
        ("web perusahaan", "company_site"),
        ("job fair", "job_fair"),
        ("lainnya", "other"),
    ],
)
def test_a_source_is_understood_as_people_type_it(typed: str, source: str) -> None:
    assert _typed(typed, views.source_buttons(None)) == (f"lam:new:source:{source}",)


@pytest.mark.parametrize(
    ("typed", "kind"),
    [("startup", "startup"), ("menengah", "mid"), ("bumn", "large"), ("korporat", "large")],
)
def test_a_company_kind_is_understood_as_people_type_it(typed: str, kind: str) -> None:
    assert _typed(typed, views.kind_buttons(None)) == (f"lam:new:kind:{kind}",)


def test_on_one_application_its_buttons_are_typed_by_name() -> None:
    shown = views.detail(sample(rules.APPLIED), TODAY)
    assert _typed("ya", shown.replies[0].buttons) == ()  # no button is a bare yes
    assert _typed("ditolak", shown.replies[0].buttons) == ("lam:set:7:rejected",)
    assert _typed("lanjut", shown.replies[0].buttons) == ("lam:next:7:test",)


def test_no_email_asking_for_news_while_the_interview_is_ahead() -> None:
    def offers_mail(interview_on: date | None) -> bool:
        app = replace(sample(rules.HR), interview_on=interview_on)
        values = [b.value for row in views.detail(app, TODAY).replies[0].buttons for b in row]
        return any(str(value).startswith("lam:mail:") for value in values)

    assert not offers_mail(date(2026, 12, 10))  # ahead: nothing to ask about yet
    assert offers_mail(date(2026, 11, 20))  # behind: asking is what the email is for
    assert offers_mail(None)


# --- every message ------------------------------------------------------------------------


@pytest.mark.parametrize(("variant", "outcome"), [*outcomes(), *misses()], ids=lambda x: str(x))
def test_every_message_renders_valid_and_short_enough(variant: str, outcome: object) -> None:
    assert check(outcome)  # type: ignore[arg-type]


def test_a_re_prompt_is_one_short_line() -> None:
    for variant, outcome in misses():
        text = present(RENDERER, outcome, 1).messages[0].text
        assert "\n" not in text and len(text) < 200, variant
        assert outcome.miss


def test_the_email_file_is_plain_text_filled_in() -> None:
    presentation = present(RENDERER, views.quiet_nudge(sample(rules.APPLIED), None, TODAY), 1)
    assert "Yth. Tim Rekrutmen PT Maju Bersama" in presentation.messages[0].text
    shown = present(RENDERER, Outcome((views.email(sample(rules.USER), "Rina", TODAY),)), 1)
    body = shown.messages[0].documents[0].content.decode()
    assert body.startswith("Subjek: Menanyakan Perkembangan Lamaran untuk Posisi Analis Data")
    # The interview is still to come (27 November; today is the 25th).
    assert "peserta wawancara untuk posisi Analis Data, yang dijadwalkan pada 27 November 2026" in (
        body
    )
    assert body.rstrip().endswith("Rina")


def _email_body(app: Application) -> str:
    shown = present(RENDERER, Outcome((views.email(app, "Rina", TODAY),)), 1)
    return shown.messages[0].documents[0].content.decode()


def test_the_email_states_no_date_but_the_interview_date_the_user_gave() -> None:
    # The day a stage was logged is not the day the application was sent or tested.
    sent = _email_body(sample(rules.APPLIED))
    assert "Saya Rina, pelamar untuk posisi Analis Data.\n" in sent
    tested = _email_body(sample(rules.TEST))
    assert "Saya Rina, peserta tahap tes untuk posisi Analis Data.\n" in tested
    for body in (sent, tested):
        assert "November" not in body
    past = _email_body(sample(rules.FINAL, interview_on=D(2026, 11, 20)))
    assert "peserta wawancara untuk posisi Analis Data pada 20 November 2026." in past
    undated = _email_body(sample(rules.HR, interview_on=None))
    assert "peserta proses seleksi untuk posisi Analis Data." in undated


# --- the list's buttons -------------------------------------------------------------------


def _list_labels(*names: tuple[str, str]) -> list[str]:
    apps = [
        sample(rules.APPLIED, id=index, position=position, company=company)
        for index, (position, company) in enumerate(names, start=1)
    ]
    shown = views.listing(apps, history.page(len(apps), 1), len(apps), TODAY, edit=False)
    rows = shown.replies[0].buttons[: len(apps)]
    return [RENDERER.label(b.label, **b.label_context) for (b,) in rows]


def test_a_list_button_fits_a_phone_and_still_tells_applications_apart() -> None:
    labels = _list_labels(
        ("Analis Data", "PT Maju"),  # fits: whole
        ("Desainer Produk", "PT Sinar"),  # the company leads, whole; the position cut at a word
        ("Management Trainee", "Bank Mandiri"),  # a single long word: cut inside it
        ("Senior Backend Engineer", "PT Bank Rakyat Indonesia (Persero) Tbk"),  # both cut
        ("Analis", "PT Bank Rakyat Indonesia (Persero) Tbk"),
        ("W" * 100, "M" * 100),
    )
    assert labels[:5] == [
        "1. PT Maju · Analis Data",
        "2. PT Sinar · Desainer…",
        "3. Bank Mandiri · Manageme…",
        "4. PT Bank… · Senior Backe…",
        "5. PT Bank Rakyat… · Analis",
    ]
    assert all(len(label) <= views.BUTTON_CHARS for label in labels), labels
    # Two positions at one company, and one position at two companies, stay apart.
    same_company = _list_labels(
        ("Analis Data Senior", "PT Maju Bersama Sejahtera"),
        ("Analis Bisnis Senior", "PT Maju Bersama Sejahtera"),
    )
    same_position = _list_labels(
        ("Analis Data Senior", "PT Maju Bersama"),
        ("Analis Data Senior", "PT Sinar Jaya Abadi"),
    )
    for pair in (same_company, same_position):
        assert all(len(label) <= views.BUTTON_CHARS for label in pair), pair
        assert pair[0].partition(" ")[2] != pair[1].partition(" ")[2], pair


@pytest.mark.parametrize(
    ("text", "company", "named"),
    [
        ("gojek nolak aku barusan", "Gojek", True),
        ("aku ga lolos di astra", "PT Astra International", True),
        ("maju ke tahap berikutnya", "PT Maju Bersama", False),
        ("bank nolak aku", "Bank Mandiri", False),
        ("tokopedia", "Gojek", False),
    ],
)
def test_a_message_names_a_company_in_full_or_by_a_telling_first_word(
    text: str, company: str, named: bool
) -> None:
    assert rules.names_company(text, company) is named


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("tambahin dong, tokopedia posisi product manager", "tokopedia posisi product manager"),
        ("aku mau tambahin lamaran baru dong", ""),
        ("tolong catat lamaran ke Bank BCA", "Bank BCA"),
        ("masukin gojek ya", "gojek"),
        ("tambahan info dong", None),  # no asking to add
        ("gojek nolak aku barusan", None),
        ("saya mau cerita", None),
    ],
)
def test_asking_to_add_an_application_and_what_it_names(text: str, named: str | None) -> None:
    assert rules.add_request(text) == named

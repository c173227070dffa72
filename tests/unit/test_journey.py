"""The pure journey: every transition, validator, grid, branch, pause and resume."""

from __future__ import annotations

import inspect
import re
from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest

from conversations import journey as flow
from conversations.events import Choice, Choices, Event, Text, Unsupported
from conversations.journey import Flow, Prompt, Step, choice_value
from conversations.journey import engine as engine_module
from conversations.summary import email_parts
from tests.journey_data import NOW, maximal_state


def cell(prompt: str, row: str, option: str) -> Choice:
    return Choice(choice_value(prompt, f"{row}.{option}"))


# One realistic answer per prompt on the way through, as events (taps mostly): how a
# person would answer it. Grids take several events, in order.
SCRIPT: dict[str, list[Event]] = {
    "consent": [Choice(choice_value("consent", "yes"))],
    "company": [Text("PT Maju Bersama")],
    "position": [Text("Analis Data")],
    "stage": [Choice(choice_value("stage", "technical"))],
    "interview_date": [Text("20/11/2026")],
    "mood": [Choice(choice_value("mood", "2"))],
    # Typed selections arrive understood by the adapter (conversations/choices.py).
    "feelings": [Choices((choice_value("feelings", "kecewa"), choice_value("feelings", "cemas")))],
    "story": [Text("Saya merasa sudah berusaha keras.")],
    "ready": [Choice(choice_value("ready", "go"))],
    "sender_name": [Text("Rina Lestari")],
    "recruiter": [Text("Ibu Sari Wulandari")],
    "email_sent": [Choice(choice_value("email_sent", "sent"))],
    "followup_ok": [Choice(choice_value("followup_ok", "yes"))],
    "evaluation": [
        cell("evaluation", f"eval_{area}", str(score))
        for area, score in zip(flow.EVAL_AREAS, (2, 4, 3, 2, 5), strict=True)
    ],
    "eval_note": [Choice(choice_value("eval_note", flow.SKIP))],
    "skill_name": [Text("analisis data")],
    "skill_gap": [Choice(choice_value("skill_gap", "hard_dasar_menengah"))],
    "plan": [
        cell("plan", "plan_actions", "course"),
        cell("plan", "plan_actions", "project"),
        cell("plan", "plan_deadline", "2w"),
    ],
    "strategy": [
        Choices(
            (choice_value("strategy", "strategy.cv"), choice_value("strategy", "strategy.widen"))
        ),
        Text("5"),
    ],
}


def templates(transition: flow.Transition) -> list[str]:
    return [reply.template for reply in transition.outcome.replies]


def walk(
    consent: bool | None = None, journey: Flow = flow.FLOW, script: dict[str, list[Event]] = SCRIPT
) -> tuple[flow.State, list[flow.Transition]]:
    transition = journey.begin(consent, "Rina", NOW)
    steps = [transition]
    while transition.state.status == flow.ACTIVE:
        prompt = transition.state.prompt
        for event in script[prompt]:
            transition = journey.advance(transition.state, event)
            assert not transition.outcome.miss, prompt
            steps.append(transition)
        assert transition.state.prompt != prompt or transition.state.status != flow.ACTIVE
    return transition.state, steps


def at(prompt: str, **answers: object) -> flow.State:
    return flow.State(prompt, answers, flow.ACTIVE, True, "Rina", NOW)


def test_every_prompt_on_the_way_has_a_scripted_answer_and_a_unique_id() -> None:
    reached_by_branch = {"pause_invite", "phone", "linkedin"}
    assert set(SCRIPT) | reached_by_branch == set(flow.ORDER)
    assert len(flow.ORDER) == len(set(flow.ORDER))


def test_a_whole_journey_from_opening_to_recap() -> None:
    state, steps = walk()
    assert state.status == flow.FINISHED
    assert templates(steps[0])[:2] == ["journey/opening.html", "journey/consent.html"]
    assert templates(steps[-1])[-1] == "journey/recap.html"
    visited = list(dict.fromkeys(step.state.prompt for step in steps[:-1]))
    assert visited == [p for p in flow.ORDER if p not in ("pause_invite", "phone", "linkedin")]
    answers = state.answers
    assert answers["company"] == "PT Maju Bersama"
    assert answers["interview_date"] == "2026-11-20"
    assert answers["feelings"] == ["kecewa", "cemas"]
    assert (answers["recruiter_title"], answers["recruiter_name"]) == ("ibu", "Sari Wulandari")
    assert [answers[f"eval_{a}"] for a in flow.EVAL_AREAS] == [2, 4, 3, 2, 5]
    assert answers["eval_technical_note"] is None  # the note is on the lowest area
    assert (answers["skill_type"], answers["skill_current"], answers["skill_required"]) == (
        "hard",
        "dasar",
        "menengah",
    )
    assert answers["plan_actions"] == ["course", "project"]
    assert answers["plan_deadline"] == (NOW.date() + timedelta(days=14)).isoformat()
    assert answers["strategy"] == ["cv", "widen"] and answers["network_count"] == 5
    plan = [item for step in steps for item in step.effects.plan_items]
    assert [(i.kind, i.action) for i in plan] == [
        ("hard", "course"),
        ("hard", "project"),
        ("strategy", "cv"),
        ("strategy", "widen"),
        ("strategy", "network"),
    ]
    assert plan[-1].detail == "5" and plan[-1].due_on == NOW.date() + timedelta(days=7)


def test_the_engine_names_no_prompt() -> None:
    source = inspect.getsource(engine_module)
    ids = "|".join(re.escape(prompt) for prompt in flow.ORDER)
    assert not re.search(rf"[\"']({ids})[\"']", source)
    assert "prompt.id ==" not in source


def test_a_sixth_step_from_data_alone_is_walked_to_the_end() -> None:
    extra = Prompt("gratitude", 6, "journey/company.html", parse=lambda text, state: text)
    steps = (*flow.STEPS, Step(6, "penutup"))
    six = Flow((*flow.PROMPTS, extra), steps)
    assert six.step_count == 6
    state, transitions = walk(journey=six, script={**SCRIPT, "gratitude": [Text("Terima kasih")]})
    assert state.status == flow.FINISHED and state.answers["gratitude"] == "Terima kasih"
    assert transitions[-2].state.prompt == "gratitude"
    recap = transitions[-1].outcome.replies[-1]
    assert recap.context["step_count"] == 6


def test_consent_is_asked_until_given_and_its_answer_is_an_effect() -> None:
    assert flow.begin(True, "Rina", NOW).state.prompt == "mood"
    assert flow.begin(False, "Rina", NOW).state.prompt == "consent"  # asked again
    asked = flow.begin(None, "Rina", NOW)
    assert asked.state.prompt == "consent"
    declined = flow.advance(asked.state, Choice(choice_value("consent", "no")))
    assert declined.effects.consent is False and declined.state.consent is False
    assert templates(declined)[0] == "journey/consent_ack.html"
    assert declined.state.prompt == "mood"


def test_feelings_come_first_and_the_details_open_step_two_once() -> None:
    """A person just turned down is asked how they feel before any form; the company,
    position, stage and date open step 2, where the email first needs them."""
    ready = at("ready", mood=2)
    entered = flow.advance(ready, Choice(choice_value("ready", "go")))
    assert entered.state.prompt == "company"
    assert templates(entered) == ["journey/step_start.html"]
    [opening] = entered.outcome.replies
    assert opening.context["question"] == "journey/company.html"
    position = flow.advance(entered.state, Text("PT Maju"))
    assert templates(position) == ["journey/position.html"]  # the introduction once


def test_details_known_already_are_not_asked_again() -> None:
    """An application from /lamaran, or a journey begun before the details moved."""
    ready = at("ready", mood=2, company="PT Maju", position="Analis", stage="hr")
    entered = flow.advance(ready, Choice(choice_value("ready", "go")))
    assert entered.state.prompt == "interview_date"
    assert templates(entered) == ["journey/step_start.html"]
    dated = flow.advance(entered.state, Choice(choice_value("interview_date", flow.SKIP)))
    assert dated.state.prompt == "sender_name"
    assert dated.state.answers["company"] == "PT Maju"


def test_without_consent_the_feelings_ticked_on_screen_carry_the_selection() -> None:
    # No consent: the ticks are not stored, so a press goes on from those on its message.
    state = replace(at("mood"), consent=False)
    asked = flow.advance(state, Choice(choice_value("mood", "3")))
    assert asked.state.prompt == "feelings"
    on_screen = (choice_value("feelings", "kecewa"),)
    ticked = flow.advance(
        asked.state, Choice(choice_value("feelings", "malu"), on_screen=on_screen)
    )
    assert ticked.state.answers["feelings"] == ["kecewa", "malu"]
    done = flow.advance(
        asked.state,
        Choice(choice_value("feelings", flow.DONE), on_screen=(*on_screen, "other.x")),
    )
    assert done.state.prompt == "story"
    assert done.state.answers["feelings"] == ["kecewa"]


def test_a_low_mood_is_acknowledged_before_the_next_question() -> None:
    low = flow.advance(at("mood"), Choice(choice_value("mood", "1")))
    assert templates(low)[:2] == ["journey/mood_ack.html", "journey/feelings.html"]
    assert low.outcome.replies[0].context["a"]["mood"] == 1


@pytest.mark.parametrize(
    "prompt, typed, error",
    [
        ("company", "   ", "empty"),
        ("company", "!!!", "empty"),
        ("company", "x" * 101, "too_long"),
        ("position", "y" * 101, "too_long"),
        ("company", "1", "name_letters"),
        ("recruiter", "Bu Sari 0812-1234-5678", "recruiter_phone"),
        ("position", "2.", "name_letters"),
        ("position", "gatau", "name_needed"),
        ("company", "skip aja", "name_needed"),
        ("skill_name", "ga tau deh", "name_needed"),
        ("skill_name", "udah lah", "name_needed"),
        ("sender_name", "gatau", "name_needed"),
        ("interview_date", "waktu itu", "date_format"),
        ("interview_date", "31/02/2026", "date_no_such_day"),
        ("interview_date", "01/01/2027", "date_future"),
        ("interview_date", "01/01/2024", "date_too_old"),
        ("sender_name", "n" * 81, "too_long"),
        ("recruiter", "Ibu " + "n" * 81, "too_long"),
        ("phone", "12345", "phone"),
        ("phone", "0812-abc", "phone"),
        ("linkedin", "facebook.com/rina", "linkedin"),
        ("linkedin", "linkedin.com/in/" + "a" * 200, "too_long"),
        ("eval_note", "w" * 501, "too_long"),
        ("evaluation", "bagus semua", "ratings"),
        ("evaluation", "3 4 2 9", "ratings"),
        ("skill_name", "s" * 61, "too_long"),
        ("plan", "01/01/2020", "date_not_future"),
        ("plan", "01/01/2030", "date_too_far"),
        ("plan", "secepatnya", "date_format"),
        ("strategy", "banyak", "count"),
        ("strategy", "51", "count"),
        ("feelings", "bahagia sekali", "selection"),
        ("mood", "entahlah", "choice"),
        ("stage", "tahap dua", "choice"),
        ("ready", "hmm", "choice"),
        ("skill_gap", "pokoknya jauh", "choice"),
    ],
)
def test_bad_typed_input_costs_one_short_line_and_keeps_every_answer(
    prompt: str, typed: str, error: str
) -> None:
    state = at(
        prompt,
        company="PT Maju",
        position="Analis",
        skill_type="hard",
        skill_name="SQL",
        plan_actions=["course"],
        strategy=["cv"],
    )
    after = flow.advance(state, Text(typed))
    assert after.state == state
    [line] = after.outcome.replies
    assert line.template == "journey/miss.html" and line.context["error"] == error
    assert after.outcome.miss and not line.documents


def test_a_miss_offers_the_nearest_options_then_after_two_misses_all_buttons() -> None:
    state = at("stage", company="PT Maju", position="Analis")
    near = flow.advance(state, Text("wawancara", nearest=("j:stage:hr", "j:stage:user")))
    [line] = near.outcome.replies
    assert line.context["nearest"] == [("stage", "hr"), ("stage", "user")]
    assert [b.value for row in line.buttons for b in row] == ["j:stage:hr", "j:stage:user"]
    first = flow.advance(state, Text("entah"))
    assert first.outcome.replies[0].buttons == ()
    second = flow.advance(replace(state, misses=1), Text("entah"))
    values = [b.value for row in second.outcome.replies[0].buttons for b in row]
    assert values == [
        flow.choice_value("stage", o) for o in flow.PROMPT_BY_ID["stage"].option_values(state)
    ]


@pytest.mark.parametrize("prompt_id", ["interview_date", "plan", "phone", "linkedin", "strategy"])
def test_every_example_a_miss_shows_is_accepted_by_its_prompt(prompt_id: str) -> None:
    state = at(
        prompt_id,
        company="PT",
        position="Analis",
        skill_type="hard",
        skill_name="SQL",
        plan_actions=["course"],
        strategy=["cv"],
    )
    prompt = flow.PROMPT_BY_ID[prompt_id]
    shown = prompt.example(state) if prompt.example else ""
    assert prompt.parse is not None and shown
    accepted = flow.advance(state, Text(shown))
    assert not accepted.outcome.miss
    assert accepted.state.prompt != prompt_id or accepted.state.status == flow.FINISHED


@pytest.mark.parametrize("prompt", [p for p in flow.ORDER if p != "consent"])
def test_stickers_and_photos_reprompt_at_every_prompt(prompt: str) -> None:
    state = at(
        prompt,
        company="PT",
        position="Analis",
        skill_type="soft",
        skill_name="x",
        recruiter_title="ibu",
    )
    after = flow.advance(state, Unsupported("sticker"))
    assert after.state == state
    assert after.outcome.replies[0].context["error"] == "unsupported"


def test_a_button_from_an_earlier_prompt_changes_nothing() -> None:
    state = at("position", company="PT")
    after = flow.advance(state, Choice(choice_value("stage", "hr")))
    assert after.state == state
    assert after.outcome.replies[0].context["error"] == "stale"
    forged = flow.advance(at("stage"), Choice(choice_value("stage", "ceo")))
    assert forged.state == at("stage")
    forged_cell = flow.advance(at("evaluation"), cell("evaluation", "eval_technical", "9"))
    assert forged_cell.state == at("evaluation")


def test_interview_date_buttons_and_words() -> None:
    yesterday = flow.advance(
        at("interview_date"), Choice(choice_value("interview_date", "yesterday"))
    )
    assert yesterday.state.answers["interview_date"] == "2026-11-24"
    today = flow.advance(at("interview_date"), Text("hari ini"))
    assert today.state.answers["interview_date"] == "2026-11-25"
    dashed = flow.advance(at("interview_date"), Text("3-11-2026"))
    assert dashed.state.answers["interview_date"] == "2026-11-03"


def test_toggles_tick_and_untick_on_the_same_message() -> None:
    state = at("feelings")
    ticked = flow.advance(state, Choice(choice_value("feelings", "sedih")))
    assert ticked.state.answers["feelings"] == ["sedih"]
    assert ticked.outcome.replies[0].edit
    labels = [b.label_context["selected"] for row in ticked.outcome.replies[0].buttons for b in row]
    assert labels[1] is True and labels.count(True) == 1
    unticked = flow.advance(ticked.state, Choice(choice_value("feelings", "sedih")))
    assert unticked.state.answers["feelings"] == []
    done = flow.advance(ticked.state, Choice(choice_value("feelings", flow.DONE)))
    assert done.state.prompt == "story"


def test_the_five_ratings_are_one_message_redrawn_as_rows_are_answered() -> None:
    state = at("evaluation")
    first = flow.advance(state, cell("evaluation", "eval_research", "2"))
    assert first.state.prompt == "evaluation" and first.outcome.replies[0].edit
    assert first.state.answers["eval_research"] == 2
    chosen = [
        b.label_context["value"]
        for row in first.outcome.replies[0].buttons
        for b in row
        if b.label_context["selected"]
    ]
    assert chosen == ["2"]
    changed = flow.advance(first.state, cell("evaluation", "eval_research", "3"))
    assert changed.state.answers["eval_research"] == 3
    rest = changed.state
    for area in ("technical", "communication", "culture"):
        rest = flow.advance(rest, cell("evaluation", f"eval_{area}", "4")).state
    assert rest.prompt == "evaluation"
    done = flow.advance(rest, cell("evaluation", "eval_questions", "1"))
    assert done.state.prompt == "eval_note"
    assert done.outcome.replies[0].context["lowest_area"] == "questions"


def test_ratings_can_be_typed_all_at_once_or_by_name() -> None:
    typed = flow.advance(at("evaluation"), Text("3 4 2 5 3"))
    assert typed.state.prompt == "eval_note"
    assert [typed.state.answers[f"eval_{a}"] for a in flow.EVAL_AREAS] == [3, 4, 2, 5, 3]
    partial = flow.advance(at("evaluation"), Text("teknis 2, riset 4"))
    assert partial.state.prompt == "evaluation"
    assert (partial.state.answers["eval_technical"], partial.state.answers["eval_research"]) == (
        2,
        4,
    )


def test_a_row_header_only_says_what_the_row_is_for() -> None:
    pressed = flow.advance(at("evaluation"), cell("evaluation", "header", "technical"))
    assert pressed.state == at("evaluation") and pressed.outcome.notice == "journey/row_hint.txt"


def test_the_note_is_stored_for_the_lowest_area_only() -> None:
    state = at("eval_note", eval_technical=4, eval_research=2, eval_culture=3)
    after = flow.advance(state, Text("Saya kurang riset tentang produknya."))
    assert after.state.answers["eval_research_note"] == "Saya kurang riset tentang produknya."
    assert flow.FLOW.is_feeling("eval_research_note")


def test_a_plan_needs_an_action_before_its_target_date() -> None:
    state = at("plan", skill_type="soft", skill_name="presentasi")
    early = flow.advance(state, cell("plan", "plan_deadline", "1w"))
    assert early.outcome.replies[0].context["error"] == "select_one"
    assert "plan_deadline" not in early.state.answers
    options = flow.PROMPT_BY_ID["plan"].grid[0].option_values(state)
    assert options == flow.SOFT_ACTIONS
    ticked = flow.advance(state, cell("plan", "plan_actions", "mock_interview"))
    assert ticked.state.prompt == "plan"  # ticking alone does not finish the plan
    typed = flow.advance(ticked.state, Text("2 minggu lagi"))
    assert typed.state.prompt == "strategy"
    assert typed.state.answers["plan_deadline"] == (NOW.date() + timedelta(days=14)).isoformat()
    assert [item.action for item in typed.effects.plan_items] == ["mock_interview"]


def test_hard_skill_plan_offers_course_searches_for_the_skill() -> None:
    state = at("plan", skill_type="hard", skill_name="SQL")
    reply = flow.prompt_replies(state)[-1]
    urls = [b.url for row in reply.buttons for b in row if b.url]
    assert any(url.startswith("https://www.coursera.org/search?query=") for url in urls)
    assert len(urls) == 4
    soft = flow.prompt_replies(at("plan", skill_type="soft", skill_name="x"))[-1]
    assert not [b for row in soft.buttons for b in row if b.url]


def test_strategy_links_a_people_search_for_the_position() -> None:
    reply = flow.prompt_replies(at("strategy", position="Analis Data"))[-1]
    urls = [b.url for row in reply.buttons for b in row if b.url]
    assert len(urls) == 1 and urls[0].startswith("https://www.linkedin.com/search/results/people/")


@pytest.mark.parametrize(
    "hour, offered",
    [
        (10, ["3h", "tomorrow", "no", "now"]),
        (17, ["3h", "tomorrow", "no", "now"]),
        (19, ["tomorrow", "no", "now"]),
    ],
)
def test_an_invitation_back_is_never_offered_for_the_night(hour: int, offered: list[str]) -> None:
    """At 19.00, three hours later is 22.00: a message then, after a bad day, only the
    morning is offered instead."""
    evening = replace(at("ready"), now=NOW.replace(hour=hour))
    later = flow.advance(evening, Choice(choice_value("ready", "later")))
    [invite] = [reply for reply in later.outcome.replies if reply.buttons]
    assert [str(b.value).rsplit(":", 1)[-1] for row in invite.buttons for b in row] == offered


@pytest.mark.parametrize(
    "option, expected",
    [
        ("3h", NOW + timedelta(hours=3)),
        ("tomorrow", datetime(2026, 11, 26, 8, 0, tzinfo=NOW.tzinfo)),
        ("no", None),
    ],
)
def test_needing_time_pauses_and_asks_about_an_invitation(
    option: str, expected: datetime | None
) -> None:
    later = flow.advance(at("ready"), Choice(choice_value("ready", "later")))
    assert later.state.status == flow.PAUSED and later.state.prompt == "pause_invite"
    answered = flow.advance(later.state, Choice(choice_value("pause_invite", option)))
    assert answered.state.status == flow.PAUSED
    assert answered.state.prompt == "company"
    assert flow.RESUME_KEY not in answered.state.answers
    assert answered.effects.invite_answered and answered.effects.invite_at == expected
    assert templates(answered) == ["journey/paused.html"]
    resumed = flow.resume(answered.state)
    assert resumed.state.status == flow.ACTIVE and resumed.state.prompt == "company"
    # Nothing of step 2 is answered yet: it opens with its introduction.
    assert templates(resumed) == ["journey/welcome_back.html", "journey/step_start.html"]


def test_pause_anywhere_and_resume_at_the_same_prompt() -> None:
    state = at("phone", company="PT", sender_name="Rina")
    paused = flow.pause(state)
    assert paused.state.status == flow.PAUSED and paused.state.prompt == "pause_invite"
    assert flow.resume_step(paused.state) == 2
    resumed = flow.resume(paused.state)  # /lanjut without answering the invitation
    assert resumed.state.prompt == "phone"
    assert dict(resumed.state.answers) == {"company": "PT", "sender_name": "Rina"}
    again = flow.pause(paused.state)
    assert again.state == paused.state


def test_contact_details_are_added_on_the_way_back_to_the_email() -> None:
    state = at("email_sent", company="PT Maju", position="Analis", sender_name="Rina")
    asked = flow.advance(state, Choice(choice_value("email_sent", "contact")))
    assert asked.state.prompt == "phone"
    phone = flow.advance(asked.state, Text("0812 3456 7890"))
    back = flow.advance(phone.state, Choice(choice_value("linkedin", flow.SKIP)))
    assert back.state.prompt == "email_sent"
    assert templates(back) == ["journey/email.html", "journey/email_sent.html"]
    assert back.outcome.replies[0].documents  # the email again, with the number in it
    email = email_parts(back.state.answers)
    assert email is not None and email["phone"] == "0812 3456 7890"


@pytest.mark.parametrize(
    "typed, title, name, greeting",
    [
        ("Ibu Sari Wulandari", "ibu", "Sari Wulandari", "Ibu Sari Wulandari"),
        ("pak budi", "bapak", "Budi", "Bapak Budi"),
        ("bu rina ya", "ibu", "Rina", "Ibu Rina"),
        ("Sari", "any", "Sari", "Bapak/Ibu Sari"),
    ],
)
def test_the_recruiter_is_typed_with_or_without_a_title(
    typed: str, title: str, name: str, greeting: str
) -> None:
    state = at("recruiter", company="PT Maju", position="Analis", sender_name="Rina")
    after = flow.advance(state, Text(typed))
    assert (after.state.answers["recruiter_title"], after.state.answers["recruiter_name"]) == (
        title,
        name,
    )
    email = email_parts(after.state.answers)
    assert email is not None and email["recruiter"] == greeting


def test_an_unknown_recruiter_addresses_the_team() -> None:
    state = at("recruiter", company="PT Maju", position="Analis", sender_name="Rina")
    after = flow.advance(state, Choice(choice_value("recruiter", flow.SKIP)))
    assert after.state.prompt == "email_sent"
    email = email_parts(after.state.answers)
    assert email is not None and email["recruiter"] is None and email["address"] == "Bapak/Ibu"


def test_use_telegram_name_button() -> None:
    after = flow.advance(at("sender_name"), Choice(choice_value("sender_name", "use_name")))
    assert after.state.answers["sender_name"] == "Rina"
    nameless = replace(at("sender_name"), first_name="")
    assert "use_name" not in flow.PROMPT_BY_ID["sender_name"].option_values(nameless)


def test_weakest_areas_and_gap_come_from_the_users_own_ratings() -> None:
    state, _ = walk()
    view = flow.view(state)
    assert view["weakest"] == ["technical", "research"]
    assert view["gap"]["steps"] == 1
    assert view["interview_date"] == date(2026, 11, 20)


def test_redelivered_view_is_the_current_prompt() -> None:
    state = maximal_state("linkedin")
    assert [r.template for r in flow.current(state).replies] == ["journey/linkedin.html"]


def test_the_story_gets_one_reframe_inside_the_answer_to_it() -> None:
    after = flow.advance(at("story"), Text("Saya memang tidak becus, teman saya sudah diterima."))
    assert templates(after) == ["journey/ready.html"]
    assert after.outcome.replies[0].context["pattern"] == "self_blame"
    plain = flow.advance(at("story"), Text("Wawancaranya panjang dan saya gugup."))
    assert plain.outcome.replies[0].context["pattern"] is None


def test_an_evaluation_note_gets_one_reframe() -> None:
    after = flow.advance(at("eval_note", eval_technical=1), Text("Pokoknya gagal total."))
    assert after.outcome.replies[0].template == "journey/reframe.html"
    assert after.outcome.replies[0].context == {"pattern": "total_failure"}


def _error(transition: flow.Transition) -> str:
    [miss] = transition.outcome.replies
    assert miss.template == "journey/miss.html"
    return str(miss.context["error"])


@pytest.mark.parametrize("answer", [Choice("j:strategy:network_count.0"), Text("ga usah")])
def test_step_five_can_end_with_nothing_chosen(answer: Event) -> None:
    """ "Lewati", or "ga usah" typed, with no strategy ticked: the journey ends, and
    the recap says nothing was chosen instead of showing an empty list."""
    state = at("strategy", position="Analis Data", skill_name="SQL", skill_type="hard")
    done = flow.advance(state, answer)
    assert done.state.status == flow.FINISHED
    assert done.state.answers["network_count"] == 0
    assert templates(done)[-1] == "journey/recap.html"
    assert [item for item in done.effects.plan_items if item.kind == "strategy"] == []


def test_a_typed_skip_at_the_plan_leaves_it_out_and_not_knowing_is_helped() -> None:
    state = at("plan", skill_type="hard", skill_name="SQL")
    skipped = flow.advance(state, Text("ga usah"))
    assert skipped.state.prompt == "strategy" and skipped.effects.plan_items == ()
    assert skipped.state.answers["plan_actions"] == []
    assert _error(flow.advance(state, Text("gatau"))) == "grid_skip"
    assert flow.advance(state, Text("bingung")).state.prompt == "plan"
    # A target typed before any action is kept waiting for the action, not refused vaguely.
    assert _error(flow.advance(state, Text("2 minggu lagi"))) == "select_one"


def test_a_typed_skip_at_the_ratings_is_not_told_about_the_plan() -> None:
    """ "gatau" at step 3's ratings: the line is about ratings (the grid_skip line is
    per prompt), and nothing is rated."""
    state = at("evaluation")
    missed = flow.advance(state, Text("gatau"))
    assert (
        _error(missed) == "grid_skip"
        and missed.outcome.replies[0].context["prompt"] == "evaluation"
    )
    assert missed.state.answers == state.answers


def test_the_rest_typed_after_some_ratings_leaves_the_tapped_ones_alone() -> None:
    """Teknis tapped as 2, then "komunikasi 3, sisanya 4": teknis stays 2."""
    state = at("evaluation", eval_technical=2)
    moved = flow.advance(state, Text("komunikasi 3, sisanya 4"))
    answers = moved.state.answers
    ratings = {k: answers[k] for k in answers if k.startswith("eval_") and k[-5:] != "_note"}
    assert ratings == {
        "eval_technical": 2,
        "eval_communication": 3,
        "eval_culture": 4,
        "eval_research": 4,
        "eval_questions": 4,
    }

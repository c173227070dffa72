"""The pure journey: every transition, validator, pause/resume and restart."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest

from conversations import journey as flow
from conversations.events import Choice, Choices, Event, Text, Unsupported
from conversations.journey import choice_value
from tests.journey_data import NOW, maximal_state

# One realistic answer per prompt: how a person would answer it.
SCRIPT: dict[str, Event] = {
    "consent": Choice(choice_value("consent", "yes")),
    "company": Text("PT Maju Bersama"),
    "position": Text("Analis Data"),
    "stage": Choice(choice_value("stage", "technical")),
    "interview_date": Text("20/11/2026"),
    "mood": Choice(choice_value("mood", "2")),
    # Typed selections arrive understood by the adapter (conversations/choices.py).
    "feelings": Choices((choice_value("feelings", "kecewa"), choice_value("feelings", "cemas"))),
    "story": Text("Saya merasa sudah berusaha keras."),
    "ready": Choice(choice_value("ready", "go")),
    "sender_name": Text("Rina Lestari"),
    "recruiter_title": Choice(choice_value("recruiter_title", "ibu")),
    "recruiter_name": Text("Sari Wulandari"),
    "phone": Text("0812-3456-7890"),
    "linkedin": Text("linkedin.com/in/rina-lestari"),
    "email_sent": Choice(choice_value("email_sent", "sent")),
    "followup_ok": Choice(choice_value("followup_ok", "yes")),
    **{
        f"eval_{area}": Choice(choice_value(f"eval_{area}", str(score)))
        for area, score in zip(flow.EVAL_AREAS, (2, 4, 3, 2, 5), strict=True)
    },
    **{
        f"eval_{area}_note": Choice(choice_value(f"eval_{area}_note", flow.SKIP))
        for area in flow.EVAL_AREAS
    },
    "skill_name": Text("analisis data"),
    "skill_type": Choice(choice_value("skill_type", "hard")),
    "skill_current": Choice(choice_value("skill_current", "dasar")),
    "skill_required": Choice(choice_value("skill_required", "menengah")),
    "plan_actions": Choices(
        (choice_value("plan_actions", "course"), choice_value("plan_actions", "project"))
    ),
    "plan_deadline": Choice(choice_value("plan_deadline", "2w")),
    "strategy": Choices((choice_value("strategy", "cv"), choice_value("strategy", "widen"))),
    "network_count": Text("5"),
}


def templates(transition: flow.Transition) -> list[str]:
    return [reply.template for reply in transition.outcome.replies]


def walk(consent: bool | None = None) -> tuple[flow.State, list[flow.Transition]]:
    transition = flow.begin(consent, "Rina", NOW)
    steps = [transition]
    while transition.state.status == flow.ACTIVE:
        transition = flow.advance(transition.state, SCRIPT[transition.state.prompt])
        assert not transition.outcome.miss, transition.state.prompt
        steps.append(transition)
    return transition.state, steps


def at(prompt: str, **answers: object) -> flow.State:
    return flow.State(prompt, answers, flow.ACTIVE, True, "Rina", NOW)


def test_every_prompt_has_a_scripted_answer_and_a_unique_id() -> None:
    assert set(SCRIPT) | {"pause_invite"} == set(flow.ORDER)
    assert len(flow.ORDER) == len(set(flow.ORDER))


def test_a_whole_journey_from_opening_to_recap() -> None:
    state, steps = walk()
    assert state.status == flow.FINISHED
    assert templates(steps[0])[:2] == ["journey/opening.html", "journey/consent.html"]
    assert templates(steps[-1])[-1] == "journey/recap.html"
    visited = [step.state.prompt for step in steps[:-1]]
    assert visited == [p for p in flow.ORDER if p != "pause_invite"]
    assert state.answers["company"] == "PT Maju Bersama"
    assert state.answers["interview_date"] == "2026-11-20"
    assert state.answers["feelings"] == ["kecewa", "cemas"]
    assert state.answers["plan_actions"] == ["course", "project"]
    assert state.answers["strategy"] == ["cv", "widen"]
    assert state.answers["plan_deadline"] == (NOW.date() + timedelta(days=14)).isoformat()
    plan = [item for step in steps for item in step.effects.plan_items]
    assert [(i.kind, i.action) for i in plan] == [
        ("hard", "course"),
        ("hard", "project"),
        ("strategy", "cv"),
        ("strategy", "widen"),
        ("strategy", "network"),
    ]
    assert plan[-1].detail == "5" and plan[-1].due_on == NOW.date() + timedelta(days=7)


def test_consent_is_asked_until_given_and_its_answer_is_an_effect() -> None:
    assert flow.begin(True, "Rina", NOW).state.prompt == "company"
    assert flow.begin(False, "Rina", NOW).state.prompt == "consent"  # asked again
    asked = flow.begin(None, "Rina", NOW)
    assert asked.state.prompt == "consent"
    declined = flow.advance(asked.state, Choice(choice_value("consent", "no")))
    assert declined.effects.consent is False
    assert templates(declined)[0] == "journey/consent_ack.html"
    assert declined.state.prompt == "company"


def test_without_consent_the_feelings_checklist_is_left_out() -> None:
    state = replace(at("mood"), consent=False)
    after = flow.advance(state, Choice(choice_value("mood", "3")))
    assert after.state.prompt == "story"
    with_consent = flow.advance(at("mood"), Choice(choice_value("mood", "3")))
    assert with_consent.state.prompt == "feelings"


@pytest.mark.parametrize(
    "prompt, typed, error",
    [
        ("company", "   ", "empty"),
        ("company", "!!!", "empty"),
        ("company", "x" * 101, "too_long"),
        ("position", "y" * 101, "too_long"),
        ("interview_date", "waktu itu", "date_format"),
        ("interview_date", "31/02/2026", "date_format"),
        ("interview_date", "01/01/2027", "date_future"),
        ("interview_date", "01/01/2024", "date_too_old"),
        ("story", "z" * 2001, "too_long"),
        ("sender_name", "n" * 81, "too_long"),
        ("phone", "12345", "phone"),
        ("phone", "0812-abc", "phone"),
        ("linkedin", "facebook.com/rina", "linkedin"),
        ("linkedin", "linkedin.com/in/" + "a" * 200, "too_long"),
        ("eval_technical_note", "w" * 501, "too_long"),
        ("skill_name", "s" * 61, "too_long"),
        ("plan_deadline", "01/01/2020", "date_not_future"),
        ("plan_deadline", "01/01/2030", "date_too_far"),
        ("plan_deadline", "secepatnya", "date_format"),
        ("network_count", "banyak", "count"),
        ("network_count", "51", "count"),
        ("feelings", "bahagia sekali", "selection"),
        ("plan_actions", "9", "selection"),
        ("mood", "entahlah", "choice"),
        ("stage", "tahap dua", "choice"),
        ("ready", "hmm", "choice"),
    ],
)
def test_bad_typed_input_costs_one_short_line_and_keeps_every_answer(
    prompt: str, typed: str, error: str
) -> None:
    state = at(prompt, company="PT Maju", position="Analis", skill_type="hard", skill_name="SQL")
    after = flow.advance(state, Text(typed))
    assert after.state == state
    [line] = after.outcome.replies
    assert line.template == "journey/miss.html" and line.context["error"] == error
    assert after.outcome.miss and not line.documents


def test_a_miss_offers_the_nearest_options_then_after_two_misses_all_buttons() -> None:
    state = at("stage", company="PT Maju", position="Analis")
    near = flow.advance(state, Text("wawancara", nearest=("j:stage:hr", "j:stage:user")))
    [line] = near.outcome.replies
    assert line.context["nearest"] == ("hr", "user")
    assert [b.value for row in line.buttons for b in row] == ["j:stage:hr", "j:stage:user"]
    first = flow.advance(state, Text("entah"))
    assert first.outcome.replies[0].buttons == ()
    second = flow.advance(replace(state, misses=1), Text("entah"))
    values = [b.value for row in second.outcome.replies[0].buttons for b in row]
    assert values == [
        flow.choice_value("stage", o) for o in flow.PROMPT_BY_ID["stage"].option_values(state)
    ]


@pytest.mark.parametrize(
    "prompt_id", ["interview_date", "plan_deadline", "phone", "linkedin", "network_count"]
)
def test_every_example_a_miss_shows_is_accepted_by_its_prompt(prompt_id: str) -> None:
    state = at(prompt_id, company="PT", position="Analis", skill_type="hard", skill_name="SQL")
    prompt = flow.PROMPT_BY_ID[prompt_id]
    shown = flow.example(prompt, state)
    assert prompt.parse is not None and shown
    accepted = flow.advance(state, Text(shown))
    assert not accepted.outcome.miss and accepted.state.answers[prompt_id] is not None


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


def test_skipping_optional_prompts_stores_none() -> None:
    after = flow.advance(at("phone"), Choice(choice_value("phone", flow.SKIP)))
    assert after.state.answers["phone"] is None and after.state.prompt == "linkedin"


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


def test_a_plan_needs_at_least_one_action() -> None:
    state = at("plan_actions", skill_type="soft", skill_name="presentasi")
    after = flow.advance(state, Choice(choice_value("plan_actions", flow.DONE)))
    assert after.outcome.replies[0].context["error"] == "select_one"
    options = flow.PROMPT_BY_ID["plan_actions"].option_values(state)
    assert options[:3] == flow.SOFT_ACTIONS


def test_hard_skill_plan_offers_course_searches_for_the_skill() -> None:
    state = at("plan_actions", skill_type="hard", skill_name="analisis data & SQL")
    reply = flow.prompt_replies(state)[-1]
    urls = [b.url for row in reply.buttons for b in row if b.url]
    assert "https://www.coursera.org/search?query=analisis+data+SQL" in urls
    assert len(urls) == 4
    soft = flow.prompt_replies(at("plan_actions", skill_type="soft", skill_name="x"))[-1]
    assert not [b for row in soft.buttons for b in row if b.url]


def test_network_prompt_links_a_people_search_for_the_position() -> None:
    reply = flow.prompt_replies(at("network_count", position="Analis Data"))[-1]
    urls = [b.url for row in reply.buttons for b in row if b.url]
    assert urls == ["https://www.linkedin.com/search/results/people/?keywords=Analis+Data"]


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
    assert answered.state.prompt == "sender_name"
    assert flow.RESUME_KEY not in answered.state.answers
    assert answered.effects.invite_answered and answered.effects.invite_at == expected
    resumed = flow.resume(answered.state)
    assert resumed.state.status == flow.ACTIVE and resumed.state.prompt == "sender_name"
    assert templates(resumed)[0] == "journey/welcome_back.html"


def test_pause_anywhere_and_resume_at_the_same_prompt() -> None:
    state = at("phone", company="PT", sender_name="Rina")
    paused = flow.pause(state)
    assert paused.state.status == flow.PAUSED and paused.state.prompt == "pause_invite"
    resumed = flow.resume(paused.state)  # /lanjut without answering the invitation
    assert resumed.state.prompt == "phone"
    assert dict(resumed.state.answers) == {"company": "PT", "sender_name": "Rina"}
    again = flow.pause(paused.state)
    assert again.state == paused.state


def test_unknown_recruiter_skips_the_name_and_addresses_the_team() -> None:
    state = at("recruiter_title", company="PT Maju", position="Analis", sender_name="Rina")
    after = flow.advance(state, Choice(choice_value("recruiter_title", "unknown")))
    assert after.state.prompt == "phone"
    from conversations.summary import email_parts

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


def test_unhelpful_thoughts_in_the_story_get_a_gentle_reframe() -> None:
    after = flow.advance(at("story"), Text("Saya memang tidak becus, teman saya sudah diterima."))
    reframe = after.outcome.replies[0]
    assert reframe.template == "journey/reframe.html"
    assert reframe.context["patterns"] == ["self_blame", "comparison"]
    assert after.state.prompt == "ready"  # the journey goes on
    plain = flow.advance(at("story"), Text("Wawancaranya panjang dan saya gugup."))
    assert [r.template for r in plain.outcome.replies] == ["journey/ready.html"]


def test_evaluation_notes_are_checked_too() -> None:
    after = flow.advance(at("eval_technical_note"), Text("Pokoknya gagal total."))
    assert after.outcome.replies[0].context["patterns"] == ["total_failure"]

"""The five-step recovery journey, declared once as data, with one pure `advance`.

Prompt ids and template names are stable identifiers: they are stored in the database
(journeys.prompt, answers.prompt), so renaming one needs a migration.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from typing import Any

from conversations import validators as v
from conversations.events import Choice, Choices, Event, Text, Unsupported
from conversations.history import LastTime
from conversations.links import course_search_links, people_search_link
from conversations.options import DONE, SKIP
from conversations.outcome import Button, Document, Outcome, Reply
from conversations.reframing import find_patterns
from conversations.reminders import zone_label
from conversations.summary import EVAL_AREAS, summarise

ACTIVE, PAUSED, FINISHED, ABANDONED = "active", "paused", "finished", "abandoned"
STEP_COUNT = 5
RESUME_KEY = "_resume"
CHOICE_PREFIX = "j"
# The plan checklist's choices: an item ticked ("p:<item id>"), a journey's plan shown.
PLAN_PREFIX = "p"
PLAN_VIEW = "j"
# The recap's button to the daily-message settings (bot/services/reminders.py).
DAILY_MESSAGE_SETTINGS = "r:status"

LEVELS = ("dasar", "menengah", "mahir")
RATINGS = ("1", "2", "3", "4", "5")
FEELINGS = ("kecewa", "sedih", "marah", "cemas", "ragu", "malu", "lelah", "lega")
HARD_ACTIONS = ("course", "certification", "project")
SOFT_ACTIONS = ("mock_interview", "record_yourself", "organisation")
STRATEGY_ACTIONS = ("cv", "widen", "event")
DEADLINES = {"1w": 7, "2w": 14, "1m": 30}
INVITE_MORNING = time(8, 0)
STRATEGY_DAYS = 7
MISSES_BEFORE_BUTTONS = 2
# Days from today of the dates a miss line shows as examples (each accepted by its prompt).
PAST_EXAMPLE_DAYS = 2
FUTURE_EXAMPLE_DAYS = 14


@dataclass(frozen=True)
class State:
    prompt: str
    answers: Mapping[str, Any]
    status: str = ACTIVE
    # The user's consent to store feelings: None until asked (once, at the first /gagal).
    consent: bool | None = None
    first_name: str = ""
    # The user's local time now; dates are checked against its day.
    now: datetime = datetime(2026, 1, 1)
    # Answers in a row the pending prompt could not use (after two, its buttons again).
    misses: int = 0

    @property
    def today(self) -> date:
        return self.now.date()


@dataclass(frozen=True)
class PlanItemSpec:
    kind: str  # hard | soft | strategy
    action: str
    detail: str
    due_on: date


@dataclass(frozen=True)
class Effects:
    consent: bool | None = None
    # When the user agreed to be invited back (local, aware), if they did.
    invite_at: datetime | None = None
    invite_answered: bool = False
    # The answer to "may I ask later whether the recruiter replied?", when given.
    followup: bool | None = None
    plan_items: tuple[PlanItemSpec, ...] = ()


@dataclass(frozen=True)
class Transition:
    state: State
    outcome: Outcome
    effects: Effects = field(default_factory=Effects)


Parser = Callable[[str, State], Any]
Predicate = Callable[[State], bool]


def _always(state: State) -> bool:
    return True


@dataclass(frozen=True)
class Prompt:
    id: str
    step: int  # 0 = opening, 1-5 = the article's steps
    template: str
    # Button options (values); a rating or choice prompt is answered by them alone.
    options: tuple[str, ...] | Callable[[State], tuple[str, ...]] = ()
    # Set for prompts that accept typed text; returns the value or a validators.Invalid.
    parse: Parser | None = None
    multi: bool = False
    skippable: bool = False
    # Feelings are stored only with consent (DESIGN.md "Consent").
    feeling: bool = False
    when: Predicate = _always
    intro: tuple[str, ...] = ()
    after: str | None = None
    context: Mapping[str, Any] = field(default_factory=dict)
    rows: tuple[int, ...] = ()  # buttons per row; default one per row
    # Free text checked for the article's unhelpful patterns (conversations/reframing.py).
    reframe: bool = False
    # When `when` can skip this prompt, a few words saying so (for docs/journey.md).
    condition: str = ""

    def option_values(self, state: State) -> tuple[str, ...]:
        values = self.options(state) if callable(self.options) else self.options
        extra = (DONE,) if self.multi else ()
        return (*values, *extra, *((SKIP,) if self.skippable else ()))


def _short(limit: int) -> Parser:
    return lambda text, state: v.parse_short_text(text, limit)


def _long(limit: int) -> Parser:
    return lambda text, state: v.parse_long_text(text, limit)


def _answered(key: str, value: Any) -> Predicate:
    return lambda state: state.answers.get(key) == value


def _plan_options(state: State) -> tuple[str, ...]:
    return HARD_ACTIONS if state.answers.get("skill_type") == "hard" else SOFT_ACTIONS


def _eval_prompts() -> list[Prompt]:
    prompts = []
    for index, area in enumerate(EVAL_AREAS):
        prompts.append(
            Prompt(
                f"eval_{area}",
                3,
                "journey/eval_rating.html",
                RATINGS,
                rows=(1, 3, 1),
                context={"area": area, "first": index == 0},
            )
        )
        prompts.append(
            Prompt(
                f"eval_{area}_note",
                3,
                "journey/eval_note.html",
                parse=_long(v.NOTE_LIMIT),
                skippable=True,
                # Free text about oneself: kept only with consent, like the story.
                feeling=True,
                reframe=True,
                context={"area": area},
            )
        )
    return prompts


PROMPTS: tuple[Prompt, ...] = (
    # 0. Opening
    Prompt(
        "consent",
        0,
        "journey/consent.html",
        ("yes", "no"),
        # Asked at the first /gagal; someone who said no is asked again at the next one.
        when=lambda s: s.consent is not True,
        after="journey/consent_ack.html",
    ),
    Prompt("company", 0, "journey/company.html", parse=_short(v.COMPANY_LIMIT)),
    Prompt("position", 0, "journey/position.html", parse=_short(v.POSITION_LIMIT)),
    Prompt(
        "stage",
        0,
        "journey/stage.html",
        ("hr", "user", "technical", "final"),
        skippable=True,
        rows=(2, 2, 1),
    ),
    Prompt(
        "interview_date",
        0,
        "journey/interview_date.html",
        ("today", "yesterday"),
        parse=lambda text, s: v.parse_past_date(text, s.today),
        skippable=True,
        rows=(2, 1),
    ),
    # 1. Validasi emosi
    Prompt("mood", 1, "journey/mood.html", RATINGS, feeling=True, rows=(1, 3, 1)),
    # Ticking feelings one by one needs them stored between presses: with consent only.
    Prompt(
        "feelings",
        1,
        "journey/feelings.html",
        FEELINGS,
        multi=True,
        feeling=True,
        when=lambda s: s.consent is True,
        rows=(3, 3, 2, 1),
    ),
    Prompt(
        "story",
        1,
        "journey/story.html",
        parse=_long(v.STORY_LIMIT),
        skippable=True,
        feeling=True,
        reframe=True,
    ),
    Prompt("ready", 1, "journey/ready.html", ("go", "later")),
    Prompt(
        "pause_invite",
        1,
        "journey/pause_invite.html",
        ("3h", "tomorrow", "no"),
        when=lambda s: False,
    ),
    # 2. Minta umpan balik
    Prompt(
        "sender_name",
        2,
        "journey/sender_name.html",
        lambda s: ("use_name",) if s.first_name else (),
        parse=_short(v.NAME_LIMIT),
    ),
    Prompt(
        "recruiter_title",
        2,
        "journey/recruiter_title.html",
        ("bapak", "ibu", "unknown"),
        rows=(2, 1),
    ),
    Prompt(
        "recruiter_name",
        2,
        "journey/recruiter_name.html",
        parse=_short(v.NAME_LIMIT),
        when=lambda s: s.answers.get("recruiter_title") in ("bapak", "ibu"),
    ),
    Prompt(
        "phone", 2, "journey/phone.html", parse=lambda text, s: v.parse_phone(text), skippable=True
    ),
    Prompt(
        "linkedin",
        2,
        "journey/linkedin.html",
        parse=lambda text, s: v.parse_linkedin(text),
        skippable=True,
    ),
    Prompt(
        "email_sent", 2, "journey/email_sent.html", ("sent", "later"), intro=("journey/email.html",)
    ),
    Prompt(
        "followup_ok",
        2,
        "journey/followup_ok.html",
        ("yes", "no"),
        when=_answered("email_sent", "sent"),
        after="journey/followup_noted.html",
        condition="email sent",
    ),
    # 3. Evaluasi diri & skill gap
    *_eval_prompts(),
    Prompt(
        "skill_name",
        3,
        "journey/skill_name.html",
        parse=_short(v.SKILL_LIMIT),
        intro=("journey/eval_summary.html",),
    ),
    Prompt("skill_type", 3, "journey/skill_type.html", ("hard", "soft")),
    Prompt(
        "skill_current",
        3,
        "journey/skill_level.html",
        LEVELS,
        rows=(3,),
        context={"which": "current"},
    ),
    Prompt(
        "skill_required",
        3,
        "journey/skill_level.html",
        LEVELS,
        rows=(3,),
        context={"which": "required"},
    ),
    # 4. Rencana pengembangan diri
    Prompt(
        "plan_actions",
        4,
        "journey/plan_actions.html",
        _plan_options,
        multi=True,
        intro=("journey/gap_summary.html",),
    ),
    Prompt(
        "plan_deadline",
        4,
        "journey/plan_deadline.html",
        tuple(DEADLINES),
        parse=lambda text, s: v.parse_future_date(text, s.today),
        rows=(3,),
    ),
    # 5. Atur ulang strategi & perluas jaringan
    Prompt("strategy", 5, "journey/strategy.html", STRATEGY_ACTIONS, multi=True),
    Prompt(
        "network_count",
        5,
        "journey/network_count.html",
        ("1", "3", "5", "10"),
        parse=lambda text, s: v.parse_count(text),
        rows=(4,),
    ),
)

PROMPT_BY_ID: dict[str, Prompt] = {prompt.id: prompt for prompt in PROMPTS}
ORDER: tuple[str, ...] = tuple(prompt.id for prompt in PROMPTS)


# --- entry points ------------------------------------------------------------------


def begin(
    consent: bool | None, first_name: str, now: datetime, last_time: LastTime | None = None
) -> Transition:
    """A new journey for one failed interview; `last_time` is what helped in the
    user's previous finished journey, if there is something true to say."""
    state = State("", {}, ACTIVE, consent, first_name, now)
    first = _next_prompt(state, after=None) or "company"
    state = replace(state, prompt=first)
    opening = Reply("journey/opening.html", {**view(state), "last_time": last_time})
    return Transition(state, Outcome((opening, *prompt_replies(state))))


def resume(state: State) -> Transition:
    """/lanjut: back to exactly the pending prompt."""
    answers = dict(state.answers)
    marker = answers.pop(RESUME_KEY, None)
    prompt = state.prompt
    if prompt == "pause_invite":
        prompt = marker or _next_prompt(state, after="ready") or "ready"
    resumed = replace(state, prompt=prompt, answers=answers, status=ACTIVE)
    return Transition(
        resumed,
        Outcome((Reply("journey/welcome_back.html", view(resumed)), *prompt_replies(resumed))),
    )


def resume_step(state: State) -> int:
    """The step the user is at, or, paused, the step /lanjut brings them back to."""
    if state.status == FINISHED:
        return STEP_COUNT
    prompt = state.prompt
    if prompt == "pause_invite":
        marker = state.answers.get(RESUME_KEY)
        prompt = marker if marker in PROMPT_BY_ID else _next_prompt(state, "ready") or "ready"
    return PROMPT_BY_ID[prompt].step


def pause(state: State) -> Transition:
    """/batal: keep everything, ask whether an invitation back is welcome."""
    if state.prompt == "pause_invite":
        return Transition(state, Outcome(prompt_replies(state)))
    answers = {**state.answers, RESUME_KEY: state.prompt}
    paused = replace(state, prompt="pause_invite", answers=answers, status=PAUSED)
    return Transition(paused, Outcome(prompt_replies(paused)))


def current(state: State) -> Outcome:
    """The pending prompt again (a redelivered update, or /lanjut on an active journey)."""
    return Outcome(prompt_replies(state))


def advance(state: State, event: Event) -> Transition:
    prompt = PROMPT_BY_ID[state.prompt]
    if isinstance(event, Choice):
        return _on_choice(state, prompt, event.value)
    if isinstance(event, Choices):
        return _on_choices(state, prompt, event.values)
    if isinstance(event, Text):
        return _on_text(state, prompt, event)
    if isinstance(event, Unsupported):
        return _reprompt(state, prompt, v.Invalid("unsupported"))
    return Transition(state, current(state))


def plan_view_value(journey_id: int) -> str:
    """The choice that shows one journey's plan (from /riwayat)."""
    return f"{PLAN_PREFIX}:{PLAN_VIEW}:{journey_id}"


def choice_value(prompt_id: str, option: str) -> str:
    return f"{CHOICE_PREFIX}:{prompt_id}:{option}"


# --- transitions -------------------------------------------------------------------


def _on_choice(state: State, prompt: Prompt, value: str) -> Transition:
    _, prompt_id, option = [*value.split(":", 2), "", ""][:3]
    if prompt_id != prompt.id or option not in prompt.option_values(state):
        return _reprompt(state, prompt, v.Invalid("stale"))
    if prompt.multi:
        return _on_toggle(state, prompt, option)
    if option == SKIP:
        return _accept(state, prompt, None)
    return _accept(state, prompt, _choice_to_value(state, prompt, option))


def _on_choices(state: State, prompt: Prompt, values: tuple[str, ...]) -> Transition:
    """Several options typed at once: a whole selection for a multiple-choice prompt."""
    allowed = [o for o in prompt.option_values(state) if o not in (DONE, SKIP)]
    options = []
    for value in values:
        _, prompt_id, option = [*value.split(":", 2), "", ""][:3]
        if prompt_id != prompt.id or option not in allowed:
            return _reprompt(state, prompt, v.Invalid("selection" if prompt.multi else "stale"))
        options.append(option)
    if not prompt.multi:
        return _reprompt(state, prompt, v.Invalid("choice"), values)
    return _accept(state, prompt, options)


def _choice_to_value(state: State, prompt: Prompt, option: str) -> Any:
    if prompt.options == RATINGS or prompt.id == "network_count":
        return int(option)
    if prompt.id == "interview_date":
        days = 0 if option == "today" else 1
        return (state.today - timedelta(days=days)).isoformat()
    if option == "use_name":
        return state.first_name
    if prompt.id == "plan_deadline":
        return (state.today + timedelta(days=DEADLINES[option])).isoformat()
    return option


def _on_toggle(state: State, prompt: Prompt, option: str) -> Transition:
    selected = list(state.answers.get(prompt.id) or [])
    if option == DONE:
        if not selected and prompt.id != "feelings":
            return _reprompt(state, prompt, v.Invalid("select_one"))
        return _accept(state, prompt, selected)
    if option == SKIP:
        return _accept(state, prompt, [])
    if option in selected:
        selected.remove(option)
    else:
        selected.append(option)
    toggled = replace(state, answers={**state.answers, prompt.id: selected})
    # The same message is redrawn with the new ticks.
    return Transition(toggled, Outcome((_prompt_reply(toggled, edit=True),)))


def _on_text(state: State, prompt: Prompt, event: Text) -> Transition:
    """Text the prompt's options did not take (the adapter matched those already): its
    parser's value, or one short line asking again."""
    if prompt.parse is None:
        error = "selection" if prompt.multi else "choice"
        return _reprompt(state, prompt, v.Invalid(error), event.nearest)
    value = prompt.parse(event.text, state)
    if isinstance(value, v.Invalid):
        # A typed value that is no option and no valid value: the nearest option, if one
        # came close, is the likelier meaning.
        if event.nearest and value.error in ("date_format", "count"):
            return _reprompt(state, prompt, value, event.nearest)
        return _reprompt(state, prompt, value)
    if isinstance(value, date):
        value = value.isoformat()
    return _accept(state, prompt, value)


def _accept(state: State, prompt: Prompt, value: Any) -> Transition:
    answers = {**state.answers, prompt.id: value}
    answered = replace(state, answers=answers)
    effects = Effects()
    replies: list[Reply] = []
    if prompt.id == "consent":
        effects = replace(effects, consent=value == "yes")
        answered = replace(answered, consent=value == "yes")
    if prompt.after:
        replies.append(Reply(prompt.after, view(answered)))
    if prompt.reframe and isinstance(value, str):
        found = find_patterns(value)
        if found:
            replies.append(Reply("journey/reframe.html", {"patterns": [p.value for p in found]}))
    if prompt.id == "ready" and value == "later":
        marked = {**answers, RESUME_KEY: _next_prompt(answered, after="ready")}
        paused = replace(answered, prompt="pause_invite", answers=marked, status=PAUSED)
        return Transition(paused, Outcome((*replies, *prompt_replies(paused))), effects)
    if prompt.id == "pause_invite":
        return _after_pause_invite(answered, value, effects)
    if prompt.id == "followup_ok":
        effects = replace(effects, followup=value == "yes")
    if prompt.id == "plan_deadline":
        effects = replace(effects, plan_items=_development_items(answered))
    if prompt.id == "network_count":
        effects = replace(effects, plan_items=_strategy_items(answered))
    following = _next_prompt(answered, after=prompt.id)
    if following is None:
        finished = replace(answered, status=FINISHED)
        daily = Button(
            "option",
            value=DAILY_MESSAGE_SETTINGS,
            label_context={"group": "reminder", "value": "status"},
        )
        recap = Reply("journey/recap.html", view(finished), ((daily,),))
        return Transition(finished, Outcome((*replies, recap)), effects)
    moved = replace(answered, prompt=following)
    return Transition(moved, Outcome((*replies, *prompt_replies(moved))), effects)


def _after_pause_invite(state: State, value: Any, effects: Effects) -> Transition:
    answers = dict(state.answers)
    resume_at = answers.pop(RESUME_KEY, None) or _next_prompt(state, after="ready")
    invite_at = None
    if value == "3h":
        invite_at = state.now + timedelta(hours=3)
    elif value == "tomorrow":
        invite_at = datetime.combine(
            state.today + timedelta(days=1), INVITE_MORNING, tzinfo=state.now.tzinfo
        )
    paused = replace(state, prompt=resume_at or "ready", answers=answers, status=PAUSED)
    context = {
        **view(paused),
        "invite_at": invite_at,
        "zone_label": zone_label(str(state.now.tzinfo)),
    }
    return Transition(
        paused,
        Outcome((Reply("journey/paused.html", context),)),
        replace(effects, invite_at=invite_at, invite_answered=True),
    )


def _reprompt(
    state: State, prompt: Prompt, invalid: v.Invalid, nearest: tuple[str, ...] = ()
) -> Transition:
    """One short line; the question above still stands. It offers the nearest options
    as buttons, or after two misses in a row the prompt's buttons again."""
    close = tuple(
        option
        for option in (value.rpartition(":")[2] for value in nearest)
        if option in prompt.option_values(state)
    )
    rows: tuple[tuple[Button, ...], ...] = ()
    if close:
        rows = tuple((button,) for button in _buttons(state, prompt, close))
    elif state.misses + 1 >= MISSES_BEFORE_BUTTONS and prompt.option_values(state):
        rows = _prompt_reply(state).buttons
    context = {
        **view(state),
        "error": invalid.error,
        "limit": invalid.limit,
        "nearest": close,
        "group": _label_group(prompt),
        "example": example(prompt, state),
        "with_buttons": bool(rows),
        "zone": zone_label(str(state.now.tzinfo)),
    }
    return Transition(state, Outcome((Reply("journey/miss.html", context, rows),), miss=True))


def example(prompt: Prompt, state: State) -> str:
    """What a miss line shows as an example for a typed value; each is accepted by the
    prompt's own parser (a unit test checks it)."""
    if prompt.id == "interview_date":
        return _numeric_date(state.today - timedelta(days=PAST_EXAMPLE_DAYS))
    if prompt.id == "plan_deadline":
        return _numeric_date(state.today + timedelta(days=FUTURE_EXAMPLE_DAYS))
    return EXAMPLES.get(prompt.id, "")


EXAMPLES = {
    "phone": "0812-3456-7890",
    "linkedin": "linkedin.com/in/nama-anda",
    "network_count": "3",
}


def _numeric_date(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def _next_prompt(state: State, after: str | None) -> str | None:
    start = 0 if after is None else ORDER.index(after) + 1
    for prompt in PROMPTS[start:]:
        if prompt.when(state):
            return prompt.id
    return None


def _development_items(state: State) -> tuple[PlanItemSpec, ...]:
    due = date.fromisoformat(state.answers["plan_deadline"])
    kind = "hard" if state.answers.get("skill_type") == "hard" else "soft"
    skill = str(state.answers.get("skill_name") or "")
    return tuple(
        PlanItemSpec(kind, action, skill, due) for action in state.answers.get("plan_actions") or []
    )


def _strategy_items(state: State) -> tuple[PlanItemSpec, ...]:
    due = state.today + timedelta(days=STRATEGY_DAYS)
    position = str(state.answers.get("position") or "")
    items = [
        PlanItemSpec("strategy", action, position, due)
        for action in state.answers.get("strategy") or []
    ]
    count = state.answers.get("network_count")
    if count:
        items.append(PlanItemSpec("strategy", "network", str(count), due))
    return tuple(items)


# --- what a prompt looks like ------------------------------------------------------


def prompt_replies(state: State) -> tuple[Reply, ...]:
    prompt = PROMPT_BY_ID[state.prompt]
    context = view(state)
    intros = []
    for template in prompt.intro:
        documents: tuple[Document, ...] = ()
        if template == "journey/email.html":
            documents = (
                Document("journey/email.txt", "email-permintaan-umpan-balik.txt", context),
            )
        intros.append(Reply(template, context, documents=documents))
    return (*intros, _prompt_reply(state))


def _prompt_reply(state: State, edit: bool = False) -> Reply:
    prompt = PROMPT_BY_ID[state.prompt]
    context = view(state)
    rows = _rows(_buttons(state, prompt, prompt.option_values(state)), prompt.rows)
    links = tuple((link,) for link in _links(state, prompt))
    return Reply(prompt.template, context, (*rows, *links), edit=edit)


def prompt_buttons(state: State) -> list[Button]:
    """The pending prompt's choice buttons (what its typed answers are matched against)."""
    prompt = PROMPT_BY_ID[state.prompt]
    return _buttons(state, prompt, prompt.option_values(state))


def _buttons(state: State, prompt: Prompt, options: tuple[str, ...]) -> list[Button]:
    selected = (state.answers.get(prompt.id) or []) if prompt.multi else []
    return [
        Button(
            "option",
            value=choice_value(prompt.id, option),
            label_context={
                "group": _label_group(prompt),
                "value": option,
                "selected": option in selected,
                "first_name": state.first_name,
                "zone": zone_label(str(state.now.tzinfo)),
            },
            score=int(option) if prompt.options == RATINGS else None,
            role=option if option in (SKIP, DONE) else None,
        )
        for option in options
    ]


def _label_group(prompt: Prompt) -> str:
    if prompt.options == RATINGS:
        return "mood" if prompt.id == "mood" else "rating"
    if prompt.id in ("skill_current", "skill_required"):
        return "level"
    return prompt.id


def _rows(buttons: list[Button], layout: tuple[int, ...]) -> list[tuple[Button, ...]]:
    rows: list[tuple[Button, ...]] = []
    index = 0
    for size in layout:
        if index >= len(buttons):
            break
        rows.append(tuple(buttons[index : index + size]))
        index += size
    rows.extend((button,) for button in buttons[index:])
    return rows


def _links(state: State, prompt: Prompt) -> list[Button]:
    if prompt.id == "plan_actions" and state.answers.get("skill_type") == "hard":
        return course_search_links(str(state.answers.get("skill_name") or ""))
    if prompt.id == "network_count":
        return [people_search_link(str(state.answers.get("position") or ""))]
    return []


def view(state: State) -> dict[str, Any]:
    """Everything a journey template may show, derived from the answers."""
    prompt = PROMPT_BY_ID.get(state.prompt)
    return {
        # Unanswered prompts read as None in templates (a.phone), everything else is strict.
        "a": defaultdict(lambda: None, state.answers),
        "first_name": state.first_name,
        "today": state.today,
        "consent": state.consent,
        "step": prompt.step if prompt else STEP_COUNT,
        "step_count": STEP_COUNT,
        "status": state.status,
        "prompt_context": dict(prompt.context) if prompt else {},
        **summarise(state.answers),
    }

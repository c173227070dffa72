"""What a prompt looks like: its messages, buttons and the context its templates read.
Pure: template keys and data, rendered by the adapter."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from conversations import callback, reminders
from conversations import validators as v
from conversations.choices import named_in, sounds_soft
from conversations.journey import spec
from conversations.journey.model import HEADER, Prompt, Row, State, choice_value
from conversations.options import ASIDE, DONE, SKIP, TOGGLE
from conversations.outcome import Button, Document, Outcome, Reply
from conversations.reframing import find_patterns
from conversations.reminders import zone_label
from conversations.story import situation_in
from conversations.summary import EVAL_AREAS, summarise

if TYPE_CHECKING:
    from conversations.journey.engine import Flow

# The recap's button to the daily-message settings (bot/services/reminders.py).
DAILY_MESSAGE_SETTINGS = callback.value(reminders.PREFIX, "status")
MISSES_BEFORE_BUTTONS = 2


def view(flow: Flow, state: State) -> dict[str, Any]:
    """Everything a journey template may show, derived from the answers."""
    prompt = flow.by_id.get(state.prompt)
    story = state.answers.get("story")
    patterns = find_patterns(story) if isinstance(story, str) else []
    chosen = list(state.answers.get("feelings") or [])
    skill = state.answers.get("skill_name")
    # Read only for the prompt that shows it: the rest of the journey's replies need neither.
    # Without consent the ticked feelings were named at the story question and are not
    # kept: a partial list here would read as if some were dropped.
    told = (
        named_in(story, spec.FEELINGS, limit=v.STORY_LIMIT, told_only=True)
        if isinstance(story, str) and state.prompt == "ready" and state.consent is True
        else []
    )
    soft = isinstance(skill, str) and state.prompt == "skill_gap" and sounds_soft(skill)
    situation = situation_in(story) if isinstance(story, str) and state.prompt == "ready" else None
    return {
        # Unanswered prompts read as None in templates (a.phone), everything else is strict.
        "a": defaultdict(lambda: None, state.answers),
        "first_name": state.first_name,
        "today": state.today,
        "consent": state.consent,
        "step": prompt.step if prompt else flow.step_count,
        "step_count": flow.step_count,
        "status": state.status,
        "prompt_context": dict(prompt.context) if prompt else {},
        **summarise(state.answers),
        # The one unhelpful pattern in the story, answered with one reframe.
        "pattern": patterns[0].value if patterns else None,
        # The skill gap's example matches the skill named ("presentasi": nonteknis).
        "soft_skill_named": soft,
        # The feelings tapped and those the story names ("kecewa sm malu"), for step 1's answer.
        "felt": chosen + [feeling for feeling in told if feeling not in chosen],
        # What made it heavier, as the story tells it ("udah tahap akhir"), named once.
        "situation": situation.value if situation else None,
        "lowest_area": spec.lowest_area(state),
        "areas": EVAL_AREAS,
        "invite_at": spec.invite_time(state),
        "zone_label": zone_label(str(state.now.tzinfo)),
    }


def prompt_replies(flow: Flow, state: State, entering: bool = False) -> tuple[Reply, ...]:
    """The pending prompt; `entering`: the first question asked in its step, under the
    step's introduction."""
    prompt = flow.by_id[state.prompt]
    context = view(flow, state)
    intros = [
        Reply(
            intro.template,
            context,
            documents=tuple(
                Document(template, filename, context) for template, filename in intro.documents
            ),
        )
        for intro in prompt.intro
    ]
    # The question's context is the intros': one view of the answers, not two.
    question = _prompt_reply(flow, state, context)
    step_intro = flow.step_intro(prompt.step) if entering else None
    if step_intro is not None:
        # One message: the introduction, then the question with its buttons.
        question = replace(
            question,
            template="journey/step_start.html",
            context={**question.context, "step_intro": step_intro, "question": prompt.template},
        )
    return (*intros, question)


def prompt_reply(flow: Flow, state: State, edit: bool = False) -> Reply:
    return _prompt_reply(flow, state, view(flow, state), edit)


def _prompt_reply(flow: Flow, state: State, context: dict[str, Any], edit: bool = False) -> Reply:
    prompt = flow.by_id[state.prompt]
    rows = grid_rows(flow, state, prompt) if prompt.grid else option_rows(state, prompt)
    links = tuple((link,) for link in (prompt.links(state) if prompt.links else []))
    return Reply(prompt.template, context, (*rows, *links), edit=edit)


def prompt_buttons(flow: Flow, state: State) -> list[Button]:
    """The pending prompt's choice buttons (what its typed answers are matched against)."""
    prompt = flow.by_id[state.prompt]
    rows = grid_rows(flow, state, prompt) if prompt.grid else option_rows(state, prompt)
    return [button for row in rows for button in row if button.role != HEADER_ROLE]


HEADER_ROLE = "header"


def option_rows(
    state: State, prompt: Prompt, options: tuple[str, ...] | None = None
) -> list[tuple[Button, ...]]:
    chosen = prompt.option_values(state) if options is None else options
    selected = (state.answers.get(prompt.id) or []) if prompt.multi else []
    buttons = [
        _button(
            state,
            prompt,
            option,
            prompt.group,
            selected=option in selected,
            label_value=prompt.relabel(state, option) if prompt.relabel else None,
            score=int(option) if prompt.scale else None,
            role=option if option in (SKIP, DONE) else (ASIDE if option in prompt.asides else None),
        )
        for option in chosen
    ]
    return _laid_out(buttons, prompt.rows)


def grid_rows(flow: Flow, state: State, prompt: Prompt) -> list[tuple[Button, ...]]:
    """One keyboard row per question of the grid (a row of toggles: one per option)."""
    rows: list[tuple[Button, ...]] = []
    for row in prompt.grid:
        answer = state.answers.get(row.key)
        cells = [
            _button(
                state,
                prompt,
                row.cell(cell),
                row.label_group,
                label_value=cell,
                selected=_chosen(state, row, cell, answer),
                role=TOGGLE if row.toggle else None,
                typed=row.typeable,
            )
            for cell in row.option_values(state)
        ]
        if row.toggle:
            rows.extend((cell,) for cell in cells)
            continue
        header = (
            [
                _button(
                    state,
                    prompt,
                    f"{HEADER}.{row.header}",
                    "grid_header",
                    label_value=row.header,
                    role=HEADER_ROLE,
                    typed=False,
                )
            ]
            if row.header
            else []
        )
        for start in range(0, len(cells), row.buttons_per_row):
            rows.append(
                tuple(
                    [*(header if start == 0 else []), *cells[start : start + row.buttons_per_row]]
                )
            )
    return rows


def _chosen(state: State, row: Row, cell: str, answer: Any) -> bool:
    if row.toggle:
        return cell in (answer or [])
    if answer is None:
        return False
    value = row.value(state, cell) if row.value else (int(cell) if row.scale else cell)
    return bool(value == answer)


def _button(
    state: State,
    prompt: Prompt,
    option: str,
    group: str,
    *,
    label_value: str | None = None,
    selected: bool = False,
    score: int | None = None,
    role: str | None = None,
    typed: bool = True,
) -> Button:
    return Button(
        "option",
        value=choice_value(prompt.id, option),
        label_context={
            "group": group,
            "value": option if label_value is None else label_value,
            "selected": selected,
            "first_name": state.first_name,
            "zone": zone_label(str(state.now.tzinfo)),
        },
        score=score,
        role=role,
        typed=typed,
    )


def _laid_out(buttons: list[Button], layout: tuple[int, ...]) -> list[tuple[Button, ...]]:
    rows: list[tuple[Button, ...]] = []
    index = 0
    for size in layout:
        if index >= len(buttons):
            break
        rows.append(tuple(buttons[index : index + size]))
        index += size
    rows.extend((button,) for button in buttons[index:])
    return rows


def recap_buttons() -> tuple[tuple[Button, ...], ...]:
    daily = Button(
        "option",
        value=DAILY_MESSAGE_SETTINGS,
        label_context={"group": "reminder", "value": "status"},
    )
    return ((daily,),)


def miss(
    flow: Flow, state: State, prompt: Prompt, invalid: v.Invalid, nearest: tuple[str, ...]
) -> Outcome:
    """One short line; the question above still stands. It offers the nearest options
    as buttons, or after two misses in a row the prompt's buttons again."""
    offered = {button.value: button for button in prompt_buttons(flow, state)}
    close = [offered[value] for value in nearest if value in offered]
    rows: tuple[tuple[Button, ...], ...] = ()
    if close:
        rows = tuple((button,) for button in close)
    elif state.misses + 1 >= MISSES_BEFORE_BUTTONS and offered:
        rows = tuple(prompt_reply(flow, state).buttons)
    context = {
        **view(flow, state),
        "error": invalid.error,
        "limit": invalid.limit,
        "prompt": prompt.id,
        # (label group, value) of each option offered, for "Maksudnya … atau …?".
        "nearest": [
            (button.label_context["group"], button.label_context["value"]) for button in close
        ],
        "example": prompt.example(state) if prompt.example else "",
        # The first answer offered (not "Lewati"), as the example of a label to type.
        "first_option": next(
            (
                (button.label_context["group"], button.label_context["value"])
                for button in offered.values()
                if button.role is None
            ),
            None,
        ),
        "with_buttons": bool(rows),
        "with_done": prompt.multi,
        # A message of several questions, some answered: the rows still to answer.
        "rows_left": [row.key for row in prompt.grid if row.key not in state.answers],
    }
    return Outcome((Reply("journey/miss.html", context, rows),), miss=True)

"""The journey's vocabulary: the state, what a transition returns, and how a prompt is
declared. The prompts themselves are data in spec.py; engine.py walks them."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from conversations import callback
from conversations.options import DONE, SKIP
from conversations.outcome import Button, Outcome

ACTIVE, PAUSED, FINISHED, ABANDONED = "active", "paused", "finished", "abandoned"
# Where a paused journey resumes; kept among the answers while it is paused.
RESUME_KEY = "_resume"
CHOICE_PREFIX = "j"
# A grid's row-naming button: pressing it only says what the row is for.
HEADER = "header"


def choice_value(prompt_id: str, option: str) -> str:
    return callback.value(CHOICE_PREFIX, prompt_id, option)


@dataclass(frozen=True)
class State:
    prompt: str
    answers: Mapping[str, Any]
    status: str = ACTIVE
    # The user's consent to store feelings: None until asked (at the first /gagal).
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
Options = tuple[str, ...] | Callable[[State], tuple[str, ...]]


def always(state: State) -> bool:
    return True


def never(state: State) -> bool:
    """For prompts reached only by a branch (the invitation after a pause, contacts)."""
    return False


@dataclass(frozen=True)
class Step:
    number: int  # 0 = the opening, 1.. = the article's steps
    # The daily message's theme while a journey is at this step (templates/daily/pool).
    theme: str
    # Shown above the first question the journey asks in this step, whichever it is
    # (questions already answered elsewhere are not asked).
    intro: str | None = None


@dataclass(frozen=True)
class Intro:
    """A message shown before a prompt, with the files that go with it."""

    template: str
    # (plain-text template, file name) pairs rendered with the prompt's view.
    documents: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Row:
    """One row of a grid prompt: a question of its own inside one message, stored under
    its own answer key (the five ratings, the plan's actions and its deadline)."""

    key: str
    options: Options
    label_group: str
    # Options tick on and off; several may be chosen.
    toggle: bool = False
    # Choosing here answers the whole prompt (once every toggle row has a choice).
    finishes: bool = False
    # Options are points on the 1-5 scale, stored as numbers.
    scale: bool = False
    # A first button naming the row (pressing it only says what the row is for).
    header: str | None = None
    buttons_per_row: int = 5
    # Whether typed text may name its cells; if not, typed answers go to the parser.
    typeable: bool = True
    # A toggle row that may stay empty when the prompt is finished ("Nanti dulu" for
    # the people to reach, with no strategy ticked, ends the journey).
    optional: bool = False
    # An option chosen → the stored value (default: the option itself).
    value: Callable[[State, str], Any] | None = None

    def option_values(self, state: State) -> tuple[str, ...]:
        return self.options(state) if callable(self.options) else self.options

    def cell(self, option: str) -> str:
        """The option of one of its cells ("eval_technical.3")."""
        return f"{self.key}.{option}"


@dataclass(frozen=True)
class Prompt:
    id: str
    step: int
    template: str
    # Button options (values); a choice prompt is answered by them alone.
    options: Options = ()
    # Set for prompts that accept typed text; returns the value or a validators.Invalid.
    parse: Parser | None = None
    # Options tick on and off, then "Selesai".
    multi: bool = False
    # Several questions in one message, each stored under its own key.
    grid: tuple[Row, ...] = ()
    skippable: bool = False
    # Asked again with an answer already given (the email's contacts, changed): "Lewati"
    # keeps that answer instead of clearing it.
    skip_keeps: bool = False
    # Free text about oneself and feelings are stored only with consent.
    feeling: bool = False
    when: Predicate = always
    intro: tuple[Intro, ...] = ()
    # A message shown after it is answered, before the next prompt.
    after: str | None = None
    context: Mapping[str, Any] = field(default_factory=dict)
    rows: tuple[int, ...] = ()  # buttons per row; default one per row
    # Free text checked for the article's unhelpful patterns (conversations/reframing.py).
    reframe: bool = False
    # When `when` leaves this prompt out, a few words saying when (for docs/journey.md).
    condition: str = ""
    # The label macro group of its buttons (templates/labels.txt); default: the id.
    label_group: str = ""
    # Options are points on the 1-5 scale, stored as numbers.
    scale: bool = False
    # An option chosen → the stored value (default: the option itself).
    value: Callable[[State, str], Any] | None = None
    # The value → the answers it sets (default: {id: value}).
    store: Callable[[State, Any], Mapping[str, Any]] | None = None
    # What answering it changes outside the journey's answers.
    effects: Callable[[State], Effects] | None = None
    # Options that lead elsewhere than the next prompt: {option: prompt id}.
    goto: Mapping[str, str] = field(default_factory=dict)
    # The prompt after this one when it is not simply the next in order.
    next: str | None = None
    # Asked while the journey is paused (the invitation back): showing it pauses the
    # journey, answering it leaves it paused where it stopped.
    pause: bool = False
    # On a pause prompt, the option that takes the pause back: the journey goes on at once.
    resumes_now: str | None = None
    # Link buttons under the prompt (course searches, people on LinkedIn).
    links: Callable[[State], list[Button]] | None = None
    # An example of a typed answer its parser accepts, for the one-line miss.
    example: Callable[[State], str] | None = None
    # With `multi`: how many must be ticked before "Selesai".
    min_selected: int = 1
    # The answer keys `store` may set, when they are not the prompt's id.
    keys: tuple[str, ...] = ()
    # The question's own words, said back in an answer ("minggu ini aku mau update cv"):
    # they name nothing, and are read past.
    own_words: tuple[str, ...] = ()
    # Options beside the answers (they lead elsewhere, as "add contact details" does).
    asides: tuple[str, ...] = ()
    # An option whose label says something else once answers are known (its key in
    # labels.txt; None: the option's own): "Ubah nomor dan LinkedIn" once they are added.
    relabel: Callable[[State, str], str | None] | None = None
    # A grid's answers when "ga usah" or "skip" is typed at it; None: it cannot be
    # skipped, and the miss line says how to go on or pause.
    typed_skip: Mapping[str, Any] | None = None
    # The words a message names this detail by ("perusahaannya", "nama penerima"): said
    # with a new value, later on or from /email, they correct it in place.
    named_by: tuple[str, ...] = ()
    # Reads a message here that revises earlier answers ("eh riset nya 3 deh" at the
    # note after the ratings): the answers it changes, or None when it revises nothing.
    revises: Parser | None = None
    # A later multi-select whose options a typed answer here may name too ("kecewa sama
    # sedih sih" at the mood): they are ticked there, not lost.
    carries: str | None = None
    # The free-text answer that something told here, beside the buttons, adds to ("aku
    # blank pas ditanya target" at "siap lanjut?" goes with the story).
    told_adds_to: str | None = None
    # The free-text prompt that something told here, in place of the answer, answers
    # ("dear kandidat, terima kasih…" pasted at the feelings is the story): this prompt
    # takes what the text names, and the journey goes on after that one.
    told_answers: str | None = None
    # Prompts reached from this one by a button whose answers may be typed here at once
    # ("0812-3456-7890" under the email, before "Tambah nomor dan LinkedIn"): a text one
    # of them accepts is taken as its answer, and the journey goes on from there.
    typed_ahead: tuple[str, ...] = ()

    @property
    def answer_keys(self) -> tuple[str, ...]:
        """Every key this prompt's answers are stored under."""
        return (*(row.key for row in self.grid), *self.keys) or (self.id,)

    @property
    def group(self) -> str:
        return self.label_group or self.id

    def option_values(self, state: State) -> tuple[str, ...]:
        values = self.options(state) if callable(self.options) else self.options
        extra = (DONE,) if self.multi else ()
        return (*values, *extra, *((SKIP,) if self.skippable else ()))

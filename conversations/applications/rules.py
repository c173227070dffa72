"""/lamaran as pure rules: the stages and their order, moving an application on, what a
rejection hands to the journey, when an application has gone quiet, and the counts that
/riwayat, /rencana and the daily message show. Facts come in as plain values
(bot/db/applications.py reads them); no telegram, no SQL.

Stage, source and company-kind keys are stable identifiers (stored in applications);
their words live in templates/labels.txt.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from typing import Any

from conversations import lexicon as lx
from conversations import validators as v
from conversations.choices import MAX_CHOICE_CHARS, REJECTION_WORDS, vents, words

APPLIED, TEST, HR, USER, FINAL, OFFER = "applied", "test", "hr", "user", "final", "offer"
REJECTED, NO_NEWS = "rejected", "no_news"
# The steps of a hiring process, in order; an application moves along them.
PROGRESS = (APPLIED, TEST, HR, USER, FINAL, OFFER)
# Where it ends without an offer.
CLOSED = (REJECTED, NO_NEWS)
STAGES = (*PROGRESS, *CLOSED)
# Stages with a day of their own (a test or a technical interview too): their date is
# asked, and may bring a nudge the day before.
INTERVIEWS = (TEST, HR, USER, FINAL)
# Stages at which a company that has gone quiet may be asked for news.
WAITING = (APPLIED, TEST, HR, USER, FINAL)

SOURCES = ("portal", "linkedin", "referral", "company_site", "job_fair", "other")
# What kind of company: the article's step 5 widens the search to the first two.
KINDS = ("startup", "mid", "large")
WIDER = ("startup", "mid")

# The journey's stage answer (conversations/journey/spec.py) for the furthest step
# reached; an application only sent has had no interview to recover from.
JOURNEY_STAGE = {TEST: "technical", HR: "hr", USER: "user", FINAL: "final", OFFER: "final"}
# Two weeks without a change: one polite suggestion to ask for news.
QUIET_DAYS = 14
# The local time of the reminders for a user without a daily-message time.
DEFAULT_NUDGE_MINUTES = 8 * 60
PAGE_SIZE = 5


@dataclass(frozen=True)
class Application:
    """One application as the rules see it; dates are the user's local dates."""

    id: int
    company: str
    position: str
    source: str
    stage: str
    stage_on: date
    # The steps of the process reached, each with its date, in order.
    reached: tuple[tuple[str, date], ...]
    created_on: date
    kind: str | None = None
    interview_on: date | None = None
    journey_id: int | None = None

    @property
    def furthest(self) -> str | None:
        """The furthest step of the process it reached."""
        steps = [stage for stage, _ in self.reached if stage in PROGRESS]
        return max(steps, key=PROGRESS.index) if steps else None

    @property
    def next_stage(self) -> str | None:
        """The step one tap moves it to: after its current one, or after the furthest
        it reached when no news came; none after an offer or a rejection."""
        if self.stage in (OFFER, REJECTED):
            return None
        base = self.stage if self.stage in PROGRESS else self.furthest
        if base is None:
            return APPLIED
        index = PROGRESS.index(base) + 1
        return PROGRESS[index] if index < len(PROGRESS) else None

    @property
    def offers_journey(self) -> bool:
        """A rejection after a test or an interview is what the journey is for; one
        logged as rejected straight away may have come after either (the journey asks
        the stage). Only a rejection known to come before any test is left out."""
        return self.furthest in JOURNEY_STAGE or (self.stage == REJECTED and not self.reached)


@dataclass(frozen=True)
class Moved:
    """What a change of stage writes."""

    stage: str
    reached: tuple[tuple[str, date], ...]
    # The interview date of the old stage no longer applies (None: keep it).
    clears_interview: bool


def first_reached(stage: str, today: date) -> tuple[tuple[str, date], ...]:
    """An application added at `stage`: one added at a step reached that step (the steps
    between are not claimed); one added already closed claims none, since neither how
    far it got nor when it was sent is known."""
    if stage in CLOSED:
        return ()
    return ((stage if stage in PROGRESS else APPLIED, today),)


def move(app: Application, stage: str, today: date) -> Moved | None:
    """The application at `stage` from today; None when that changes nothing. Going
    back a step corrects the record: steps after it are no longer claimed."""
    if stage not in STAGES or stage == app.stage:
        return None
    if stage in CLOSED:
        return Moved(stage, app.reached, clears_interview=False)
    kept = tuple(
        (step, on)
        for step, on in app.reached
        if step in PROGRESS and PROGRESS.index(step) < PROGRESS.index(stage)
    )
    return Moved(stage, (*kept, (stage, today)), clears_interview=True)


def goes_back(app: Application, stage: str) -> bool:
    """Whether moving to `stage` undoes what is recorded: an earlier step, or a closed
    application (Ditolak, Tanpa kabar) opened again."""
    if stage not in PROGRESS:
        return False
    if app.stage in CLOSED:
        return True
    return app.stage in PROGRESS and PROGRESS.index(stage) < PROGRESS.index(app.stage)


def reached_to_json(reached: Iterable[tuple[str, date]]) -> list[list[str]]:
    return [[stage, on.isoformat()] for stage, on in reached]


def reached_from_json(value: Any) -> tuple[tuple[str, date], ...]:
    """The stored steps; anything unreadable is left out, never fatal."""
    found: list[tuple[str, date]] = []
    for item in value if isinstance(value, list) else []:
        if isinstance(item, list) and len(item) == 2 and item[0] in PROGRESS:
            try:
                found.append((str(item[0]), date.fromisoformat(str(item[1]))))
            except ValueError:
                continue
    return tuple(found)


# --- the journey --------------------------------------------------------------------------


# The journey's answers a rejection logged here can give (conversations/journey/spec.py).
JOURNEY_KEYS = ("company", "position", "stage", "interview_date")


def journey_answers(app: Application, today: date) -> dict[str, Any]:
    """What a rejection already tells the journey: company, position, the stage it ended
    at and the interview date, when the application knows them (the journey asks the
    rest)."""
    answers: dict[str, Any] = {"company": app.company, "position": app.position}
    furthest = app.furthest
    if furthest in JOURNEY_STAGE:
        answers["stage"] = JOURNEY_STAGE[furthest]
    interview = app.interview_on
    if interview is not None and today - timedelta(days=v.MAX_PAST_DAYS) <= interview <= today:
        answers["interview_date"] = interview.isoformat()
    return answers


# Legal forms and words that do not tell two companies apart ("PT Maju Tbk" = "maju").
_LEGAL = frozenset({"pt", "cv", "tbk", "persero", "ltd", "inc", "corp", "co", "the"})
_NOT_ALNUM = re.compile(r"[^\w]+")


def company_key(name: str) -> str:
    """A company's name as compared: case, punctuation and legal forms do not count."""
    words = [w for w in _NOT_ALNUM.sub(" ", name.casefold()).split() if w not in _LEGAL]
    return " ".join(words)


def names_company(text: str, company: str) -> bool:
    """Whether `text` names `company`: in full, word for word ("gojek nolak aku" names
    Gojek), or by the first word of its name when that word tells it apart ("aku ga
    lolos di astra" names PT Astra International; "maju" never names PT Maju Bersama)."""
    own = company_key(company).split()
    said = company_key(text).split()
    if not own:
        return False
    if any(said[i : i + len(own)] == own for i in range(len(said) - len(own) + 1)):
        return True
    first = own[0]
    return len(own) > 1 and len(first) >= 4 and first not in lx.COMPANY_GENERIC and first in said


def told_news(text: str, apps: Sequence[Application]) -> tuple[Application, str] | None:
    """The one application a message names and the new stage it tells of ("gojek nolak
    aku barusan"); None when it names none or several, or tells nothing new."""
    named = [app for app in apps if names_company(text, app.company)]
    if len(named) != 1:
        return None
    news = stage_news(text, named[0])
    return (named[0], news) if news is not None and news != named[0].stage else None


def matching(apps: Sequence[Application], company: str) -> Application | None:
    """The application a journey's company names: the same name, not yet linked to a
    journey, the most recent activity first (`apps` come in that order)."""
    key = company_key(company)
    if not key:
        return None
    return next(
        (app for app in apps if app.journey_id is None and company_key(app.company) == key),
        None,
    )


# --- going quiet, and the reminders' time -------------------------------------------------


def quiet_since(app: Application) -> date:
    """The day news could last have been expected: its last change, or its interview."""
    if app.interview_on is not None and app.interview_on > app.stage_on:
        return app.interview_on
    return app.stage_on


def is_quiet(app: Application, today: date) -> bool:
    return app.stage in WAITING and (today - quiet_since(app)).days >= QUIET_DAYS


def nudge_minutes(reminder_minutes: int | None) -> int:
    """The reminders come at the daily message's time, or in the morning."""
    return DEFAULT_NUDGE_MINUTES if reminder_minutes is None else reminder_minutes


def nudge_time(minutes: int) -> time:
    return time(minutes // 60, minutes % 60)


def interview_nudge_day(interview_on: date) -> date:
    """The preparation nudge comes the day before the interview."""
    return interview_on - timedelta(days=1)


def due_now(local_now: datetime, day: date, minutes: int) -> bool:
    """Whether a reminder for `day` at `minutes` (local) is due at `local_now`: on that
    day, from that time on; never on a later day (a day missed is not sent late)."""
    at = local_now.hour * 60 + local_now.minute
    return local_now.date() == day and at >= minutes


# --- counting ----------------------------------------------------------------------------


@dataclass(frozen=True)
class SourceCount:
    source: str
    total: int
    interviews: int  # reached a test or an interview (or further)
    offers: int


@dataclass(frozen=True)
class Funnel:
    total: int
    # For each step of the process, how many applications got at least that far.
    reached: tuple[tuple[str, int], ...]
    by_source: tuple[SourceCount, ...]
    open: int  # still under way
    rejected: int
    no_news: int


def _at_least(app: Application, stage: str) -> bool:
    furthest = app.furthest
    if stage == APPLIED:
        return True
    return furthest is not None and PROGRESS.index(furthest) >= PROGRESS.index(stage)


def _was_at(app: Application, stage: str) -> bool:
    """Whether the application was recorded at this step (every one was sent): a final
    interview says nothing of a test that many processes never hold."""
    return stage == APPLIED or any(step == stage for step, _ in app.reached)


def funnel(apps: Sequence[Application]) -> Funnel | None:
    """Honest counts across the applications: how many were recorded at each step (every
    application counts as sent), how many per source reached an interview or an offer;
    None without applications."""
    if not apps:
        return None
    by_source = []
    for source in SOURCES:
        mine = [app for app in apps if app.source == source]
        if mine:
            by_source.append(
                SourceCount(
                    source,
                    len(mine),
                    sum(1 for app in mine if _at_least(app, TEST)),
                    sum(1 for app in mine if _at_least(app, OFFER)),
                )
            )
    return Funnel(
        total=len(apps),
        reached=tuple((stage, sum(1 for a in apps if _was_at(a, stage))) for stage in PROGRESS),
        by_source=tuple(sorted(by_source, key=lambda count: -count.total)),
        open=sum(1 for app in apps if app.stage not in CLOSED),
        rejected=sum(1 for app in apps if app.stage == REJECTED),
        no_news=sum(1 for app in apps if app.stage == NO_NEWS),
    )


@dataclass(frozen=True)
class Week:
    """Applications the user logged this week (Monday to today, local)."""

    since: date
    added: int = 0
    wider: int = 0  # to a startup or a mid-size company (the strategy's "widen")
    referral: int = 0  # through someone they know


def week_start(today: date) -> date:
    return today - timedelta(days=today.weekday())


def week(created: Iterable[tuple[date, str | None, str]], today: date) -> Week:
    """From (local date added, company kind, source) of the user's applications."""
    since = week_start(today)
    mine = [(kind, source) for on, kind, source in created if since <= on <= today]
    return Week(
        since,
        added=len(mine),
        wider=sum(1 for kind, _ in mine if kind in WIDER),
        referral=sum(1 for _, source in mine if source == "referral"),
    )


# --- the one thing being added -----------------------------------------------------------

# The questions of "add", in order; the kind is skippable, the date only for interviews.
ADD_STEPS = ("company", "position", "source", "kind", "stage", "date")


def next_add_step(draft: Mapping[str, Any], after: str) -> str | None:
    """The question after `after` while adding; None when the application is complete."""
    for step in ADD_STEPS[ADD_STEPS.index(after) + 1 :]:
        if step == "date" and (draft.get("stage") not in INTERVIEWS or draft.get("date")):
            continue
        if step != "date" and draft.get(step):
            continue  # known already: "shopee ditolak" told the stage
        return step
    return None


_HOW_LONG = frozenset(
    {"sudah", "sejak", "dari", "lebih", "hampir", "minggu", "mingu", "hari", "bulan", "seminggu"}
    | {"seminggu", "semingu", "sebulan", "dua", "tiga", "lama", "kemarin"}
)


def means_no_news(text: str) -> bool:
    """ "gak ada kabar", "belum ada balasan sama sekali": the stage "no news", typed with
    the negation its button label avoids."""
    if len(text) > MAX_CHOICE_CHARS:
        return False
    found = [word.removesuffix("nya") for word in words(text)]
    core = [
        word
        for word in found
        if word not in lx.NO_NEWS_FILLER
        and word not in lx.PARTICLES
        # "ga ada kabar udh 2 minggu": how long is no part of the stage.
        and word not in _HOW_LONG
        and not word.isdigit()
    ]
    return len(core) == 2 and core[0] in lx.NO_NEWS_NEGATIONS and core[1] in lx.NO_NEWS_WORDS


def _canonical(items: Iterable[str]) -> frozenset[str]:
    return frozenset(w for item in items for w in words(item))


_NEWS_STEPS = {stage: _canonical(items) for stage, items in lx.STAGE_NEWS_STEPS.items()}
_NEWS_REJECTED = _canonical(lx.STAGE_NEWS_REJECTED)
_NEWS_PASSED = _canonical(lx.STAGE_NEWS_PASSED)
_NEWS_OFFER = _canonical(lx.STAGE_NEWS_OFFER)
_NEWS_WAITING = _canonical(lx.STAGE_NEWS_WAITING)
_NEWS_FINAL_AFTER = _canonical(lx.STAGE_NEWS_FINAL_AFTER)
_USER_DECLINED = _canonical(("nolak", "menolak", "tolak"))
_NEWS_NONE = _canonical(lx.NO_NEWS_WORDS)
_NEWS_SILENT = _canonical(("ghosting", "ghosted", "digantung", "gantung", "dighosting"))


_ADD_LEAD = _canonical(lx.ADD_APPLICATION_LEAD)
_ADD_VERBS = _canonical(lx.ADD_APPLICATION_VERBS)
_ADD_FILLER = _canonical(lx.ADD_APPLICATION_FILLER)


def add_request(text: str) -> str | None:
    """ "tambahin dong, tokopedia posisi product manager": asking to add an application,
    with what it names after the asking ("" when nothing); None when it asks no such
    thing."""
    tokens = text.split()
    folded = [" ".join(words(token)) for token in tokens]
    at = 0
    while at < len(tokens) and folded[at] in _ADD_LEAD:
        at += 1
    if at == len(tokens) or folded[at] not in _ADD_VERBS:
        return None
    at += 1
    while at < len(tokens) and (folded[at] in _ADD_FILLER or not folded[at]):
        at += 1
    end = len(tokens)
    while end > at and folded[end - 1] in _ADD_FILLER:
        end -= 1  # "masukin gojek ya"
    return " ".join(tokens[at:end]).strip(" ,.:;-!")


def stage_news(text: str, current: Application | None = None) -> str | None:
    """The stage a casual message tells of, where no button's label was typed: "gojek
    nolak aku barusan" and "ga lolos interview user" a rejection, "udh dipanggil
    interview hr buat kamis" the HR interview, "keterima!!" an offer, "lolos ke tahap
    selanjutnya" the step after `current`'s. None when it tells no step, or only a wait
    ("masih nunggu kabar hr", "belum lolos")."""
    if len(text) > MAX_CHOICE_CHARS:
        return None
    said = words(text)
    if not said or _NEWS_WAITING & set(said) or "batal" in said:
        return None

    def after_no(index: int) -> bool:
        return "tidak" in said[max(0, index - 2) : index]

    if any(word in _USER_DECLINED and said[i - 1] == "saya" for i, word in enumerate(said) if i):
        return None  # "aku nolak offernya": the user said no; no stage says that

    if any(
        (word in _NEWS_REJECTED and not after_no(i)) or (word in _NEWS_PASSED and after_no(i))
        for i, word in enumerate(said)
    ):
        return REJECTED
    if _NEWS_SILENT & set(said) or any(
        word in _NEWS_NONE and {"tidak", "belum"} & set(said[max(0, i - 3) : i])
        for i, word in enumerate(said)
    ):
        return NO_NEWS  # "shopee ghosting aku nih", "blm ada kabar sama sekali"
    if "belum" in said:
        return None
    named = {stage for word in said for stage, known in _NEWS_STEPS.items() if word in known}
    if any(
        word == "akhir" and i > 0 and said[i - 1] in _NEWS_FINAL_AFTER
        for i, word in enumerate(said)
    ):
        named.add(FINAL)
    passed = bool(_NEWS_PASSED & set(said))
    if named:
        # "lolos tes, lanjut interview hr": where it is now is the furthest step named.
        furthest = max(named, key=PROGRESS.index)
        if passed and current is not None and furthest == current.stage and "ke" not in said:
            return current.next_stage  # "lolos tes" at the test: past it, not at it
        return furthest
    if _NEWS_OFFER & set(said):
        return OFFER
    if current is not None and passed:
        return current.next_stage
    return None


def parse_name(field: str, text: str) -> str | v.Invalid:
    """A company or a position, as typed."""
    if field == "company":
        text = v.without_applying(text)
    fix = v.read_correction(text, {})
    if fix is not None and fix.value and not fix.marked:
        text = fix.value  # "backend engineer, eh maksudnya software engineer": the last
    limit = v.COMPANY_LIMIT if field == "company" else v.POSITION_LIMIT
    parsed = v.parse_short_text(text, limit)
    if isinstance(parsed, str) and v.forgets(parsed):
        return v.Invalid("name_forgotten")
    if isinstance(parsed, str) and v.asks_something(parsed):
        return v.Invalid("name_question")
    if isinstance(parsed, str) and set(words(parsed)) & REJECTION_WORDS:
        return v.Invalid("name_rejection")  # "ditolak": news, before any company's name
    if isinstance(parsed, str) and vents(parsed):
        return v.Invalid("name_feeling")
    if isinstance(parsed, str) and v.tells_a_story(parsed):
        return v.Invalid("name_sentence")
    # "software engineer ya kak": the words closing the message are no part of the name.
    return v.as_title(v.without_hedges(parsed)) if isinstance(parsed, str) else parsed


def with_stage(app: Application, moved: Moved, today: date) -> Application:
    """The application after a move (for showing it at once)."""
    return replace(
        app,
        stage=moved.stage,
        stage_on=today,
        reached=moved.reached,
        interview_on=None if moved.clears_interview else app.interview_on,
    )

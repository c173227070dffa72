"""/latihan: practise answering a behavioural interview question with STAR.

The question waiting for a typed answer is in the user's slot (conversations/awaiting.py);
the next text is the answer, checked by conversations/star.py. Answers are stored only
with the user's consent (docs/architecture.md, chat conventions); without it the feedback
is the same and nothing is kept.

What the latest journey says shapes the practice: the first question comes with the
advice for the area rated lowest, and a user who named a skill gap is asked about that
skill first.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from bot.db.models import Answer, PracticeAnswer
from bot.router import Router, Turn, Waiter, missed, reply
from conversations import callback, care, star
from conversations import practice as rules
from conversations.awaiting import PRACTICE, Awaiting
from conversations.events import Choices, Text, Unsupported
from conversations.outcome import Button, Outcome, Reply
from conversations.summary import EVAL_AREAS
from conversations.validators import Invalid

PREFIX = "lat"
RETRY, OTHER, DONE = "retry", "other", "done"
COMMAND = "latihan"
EVAL_PROMPTS = tuple(f"eval_{area}" for area in EVAL_AREAS)


def register(router: Router) -> None:
    router.command(COMMAND)(start)
    router.choice(PREFIX)(on_choice)
    router.awaits(PRACTICE, Waiter(typed_answer, prefix=PREFIX, commands=(COMMAND,)))
    router.text_replays.append(replayed_answer)


def _pool(turn: Turn) -> tuple[rules.Question, ...]:
    return turn.services.renderer.practice_pool


def _button(action: str, key: str | None = None) -> tuple[Button, ...]:
    value = callback.value(PREFIX, action, *([key] if key else []))
    return (Button("option", value=value, label_context={"group": "practice", "value": action}),)


def _may_store(turn: Turn) -> bool:
    return turn.user.consent_feelings is True


@dataclass(frozen=True)
class Gap:
    """The skill the user named as their gap in the latest journey that has one."""

    phrase: str  # as a question names it (its key terms)
    type: str  # "hard" or "soft"


def _question_reply(
    question: rules.Question,
    area: str | None,
    retry: bool,
    gap: Gap | None,
    tips: str | None = None,
) -> Reply:
    context = {
        "question": question.text_for(gap.phrase if gap else None),
        "area": area,
        "retry": retry,
        # The advice for the area rated lowest, only with a question that trains it.
        "tips": tips if tips in question.areas else None,
        "skill": question.skill_type is not None and gap is not None,
    }
    return Reply(
        "latihan/question.html",
        {**context, "limit": rules.ANSWER_LIMIT},
        (_button(OTHER, question.key), _button(DONE)),
    )


def _ask(
    turn: Turn,
    question: rules.Question,
    gap: Gap | None,
    *,
    area: str | None = None,
    retry: bool = False,
    tips: str | None = None,
    intro: bool = False,
) -> Outcome:
    turn.wait_for(Awaiting(PRACTICE, question.key))
    replies = [Reply("latihan/intro.html", {"stored": _may_store(turn)})] if intro else []
    replies.append(_question_reply(question, area, retry, gap, tips))
    return Outcome(tuple(replies), resets_keyboard=True)


async def _weak_areas(turn: Turn) -> tuple[str, ...]:
    """The lowest-rated areas of the latest journey that has self-evaluation ratings."""
    mine = (Answer.user_id == turn.user.id, Answer.prompt.in_(EVAL_PROMPTS))
    latest = await turn.session.scalar(select(func.max(Answer.journey_id)).where(*mine))
    if latest is None:
        return ()
    rows = await turn.session.execute(
        select(Answer.prompt, Answer.value).where(*mine, Answer.journey_id == latest)
    )
    return rules.lowest_areas({prompt: value for prompt, value in rows})


GAP_PROMPTS = ("skill_name", "skill_type")


async def _gap(turn: Turn) -> Gap | None:
    """The skill gap named in the latest journey that names one."""
    named = (Answer.user_id == turn.user.id, Answer.prompt == "skill_name")
    latest = await turn.session.scalar(select(func.max(Answer.journey_id)).where(*named))
    if latest is None:
        return None
    rows = await turn.session.execute(
        select(Answer.prompt, Answer.value).where(
            Answer.user_id == turn.user.id,
            Answer.journey_id == latest,
            Answer.prompt.in_(GAP_PROMPTS),
        )
    )
    answers = {prompt: value for prompt, value in rows}
    phrase = rules.skill_phrase(answers.get("skill_name"))
    if phrase is None:
        return None
    return Gap(phrase, rules.skill_type_of(answers.get("skill_type")))


async def _gap_for(turn: Turn, question: rules.Question) -> Gap | None:
    """The gap, looked up only for a question that names it."""
    return await _gap(turn) if question.skill_type is not None else None


def _feedback_key(turn: Turn) -> str | None:
    """The question whose feedback buttons are live, if the user is looking at them."""
    retry = f"{PREFIX}:{RETRY}:"
    for entry in turn.user.keyboard or []:
        value = str(entry[0])
        if value.startswith(retry):
            return value.removeprefix(retry)
    return None


async def _last_practised(turn: Turn) -> str | None:
    """The question to avoid next: the one waiting, the one just answered, or the last
    one stored."""
    recent = _waiting_key(turn) or _feedback_key(turn)
    if recent is not None:
        return recent
    return await turn.session.scalar(
        select(PracticeAnswer.question)
        .where(PracticeAnswer.user_id == turn.user.id)
        .order_by(PracticeAnswer.created_at.desc(), PracticeAnswer.id.desc())
        .limit(1)
    )


# The slot's ref after feedback: another answer typed to the same question is a new try.
AGAIN = "again:"


def _waiting_key(turn: Turn) -> str | None:
    """The question asked and not answered yet (not one whose feedback is on screen)."""
    awaiting = turn.awaiting
    if awaiting is None or awaiting.kind != PRACTICE or awaiting.ref.startswith(AGAIN):
        return None
    return awaiting.ref


async def _next_question(
    turn: Turn, avoid: str | None, gap: Gap | None, *, prefer_skill: bool
) -> rules.Picked:
    # keyboard_seq moves on with every prompt shown, so "another question" walks the
    # candidates; the same state always gives the same question (testable, replayable).
    return rules.choose(
        _pool(turn),
        await _weak_areas(turn),
        avoid,
        turn.user.keyboard_seq,
        gap.type if gap else None,
        prefer_skill=prefer_skill,
    )


async def start(turn: Turn) -> Outcome:
    if turn.user.crisis_paused_at is not None:  # nothing job-focused before "I am safe"
        return care.are_you_safe()
    pending = rules.find(_pool(turn), _waiting_key(turn))
    if not turn.fresh:  # a redelivered /latihan changes nothing
        if pending is None:
            return Outcome()
        return _ask(
            turn, pending, await _gap_for(turn, pending), tips=await _tips(turn), intro=True
        )
    gap = await _gap(turn)
    picked = await _next_question(turn, await _last_practised(turn), gap, prefer_skill=True)
    return _ask(turn, picked.question, gap, area=picked.area, tips=await _tips(turn), intro=True)


async def _tips(turn: Turn) -> str | None:
    """The area whose advice comes with the first question: the one rated lowest (the
    first of a tie, as the question's choice reads them)."""
    weak = await _weak_areas(turn)
    return weak[0] if weak else None


def _answered(turn: Turn) -> bool:
    """Whether the user is looking at feedback (not at an unanswered question)."""
    return _feedback_key(turn) is not None and _waiting_key(turn) is None


async def on_choice(turn: Turn) -> Outcome:
    action, key = turn.choice_parts(2)
    if action == DONE:
        answered = _answered(turn)
        turn.wait_for(None)
        return reply("latihan/done.html", answered=answered)
    question = rules.find(_pool(turn), key)
    if question is None:
        return Outcome(notice="stale_button.txt")
    if action == RETRY:
        return _ask(turn, question, await _gap_for(turn, question), retry=True)
    if action == OTHER:
        gap = await _gap(turn)
        picked = await _next_question(turn, question.key, gap, prefer_skill=False)
        return _ask(turn, picked.question, gap, area=picked.area)
    return Outcome(notice="stale_button.txt")


def _invalid(question: rules.Question, error: str, gap: Gap | None) -> Outcome:
    problem = Reply("latihan/invalid.html", {"error": error, "limit": rules.ANSWER_LIMIT})
    return Outcome((problem, _question_reply(question, None, False, gap)), resets_keyboard=True)


def _feedback(
    question: rules.Question, result: star.StarCheck, joined: bool | None = None
) -> Outcome:
    context = {
        # An addition under the feedback: read with the answer (True) or alone (False).
        "joined": joined,
        "found": result.found,
        "missing": result.missing,
        "words": result.words,
        "too_short": result.too_short,
        # The user's own sentences that counted, each shown once with its parts.
        "quotes": result.grouped_quotes(),
    }
    buttons = (_button(RETRY, question.key), _button(OTHER, question.key), _button(DONE))
    return Outcome((Reply("latihan/feedback.html", context, buttons),), resets_keyboard=True)


async def typed_answer(turn: Turn, awaiting: Awaiting) -> Outcome | None:
    """The answer to the waiting question; anything unusable keeps it waiting."""
    event = turn.event
    again = awaiting.ref.startswith(AGAIN)
    question = rules.find(_pool(turn), awaiting.ref.removeprefix(AGAIN))
    if question is None:  # a key no longer in the pool
        turn.wait_for(None)
        return None
    if isinstance(event, Unsupported | Choices) and not again:
        error = "unsupported" if isinstance(event, Unsupported) else "choices"
        return _invalid(question, error, await _gap_for(turn, question))
    if not isinstance(event, Text):
        return None
    parsed = rules.parse_answer(event.text)
    if isinstance(parsed, Invalid):
        return None if again else _invalid(question, parsed.error, await _gap_for(turn, question))
    result = star.check(parsed)
    tiny = not again and len(parsed.split()) <= rules.STUCK_MAX_TINY
    if not result.found and (rules.is_stuck(parsed) or tiny):
        # "bingung mau jawab apa", "hmm": help finding a story, not a grade; the question
        # waits. Said again, the help is one line, not the whole block once more.
        # Under the feedback its "Coba lagi" stays: the help is about trying again.
        retry = (_button(RETRY, question.key),) if again else ()
        buttons = (*retry, _button(OTHER, question.key), _button(DONE))
        context = {"again": again or turn.user.misses > 0}
        stuck = Outcome((Reply("latihan/stuck.html", context, buttons),), resets_keyboard=True)
        return missed(stuck)
    if again and not result.found and result.too_short:
        return None  # under the feedback, "makasih" is no new try: a story is
    if again and rules.adds_to_answer(parsed):
        # "oh iya hasilnya …": more of the answer just given, read with it.
        return await _added(turn, question, parsed)
    turn.wait_for(Awaiting(PRACTICE, AGAIN + question.key))
    if turn.fresh and _may_store(turn):
        turn.session.add(
            PracticeAnswer(
                user_id=turn.user.id,
                question=question.key,
                answer=parsed,
                parts_found=list(result.found),
                created_at=turn.now,
            )
        )
    return _feedback(question, result)


async def _added(turn: Turn, question: rules.Question, added: str) -> Outcome:
    """An addition to the answer just given: with consent, the two read as one answer
    (and kept so); without it the first was never kept, so only the addition is read,
    and the feedback says so."""
    earlier = None
    if _may_store(turn):
        earlier = await turn.session.scalar(
            select(PracticeAnswer)
            .where(PracticeAnswer.user_id == turn.user.id, PracticeAnswer.question == question.key)
            .order_by(PracticeAnswer.created_at.desc(), PracticeAnswer.id.desc())
            .limit(1)
        )
    if earlier is None:
        return _feedback(question, star.check(added), joined=False)
    whole = f"{earlier.answer}\n{added}"[: rules.ANSWER_LIMIT]
    result = star.check(whole)
    if turn.fresh:
        earlier.answer = whole
        earlier.parts_found = list(result.found)
    return _feedback(question, result, joined=True)


async def replayed_answer(turn: Turn) -> Outcome | None:
    """A redelivered answer gets its feedback again; nothing is stored twice."""
    replayed = rules.find(_pool(turn), _feedback_key(turn))
    if replayed is None or _waiting_key(turn) is not None or not isinstance(turn.event, Text):
        return None
    parsed = rules.parse_answer(turn.event.text)
    return None if isinstance(parsed, Invalid) else _feedback(replayed, star.check(parsed))

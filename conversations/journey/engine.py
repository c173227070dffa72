"""The engine: one pure `advance(state, event)` that walks any journey declared as data
(spec.py). It knows kinds of prompts (text, choice, multi-select, grid, pause), never a
prompt by name."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from datetime import date, datetime
from typing import Any

from conversations import callback
from conversations import validators as v
from conversations.choices import (
    GO_ON,
    REJECTION,
    aside_of,
    asks_for_rest,
    greeting_of,
    named_in,
    only_skips,
    opens_with_thanks,
    says_goodbye,
    sounds_unsure,
    vents,
    words,
)
from conversations.events import Choice, Choices, Event, Text, Unsupported
from conversations.history import LastTime
from conversations.journey import view as look
from conversations.journey.model import (
    ACTIVE,
    FINISHED,
    HEADER,
    PAUSED,
    RESUME_KEY,
    Effects,
    Prompt,
    Row,
    State,
    Step,
    Transition,
)
from conversations.lexicon import ABOUT_CHOOSING
from conversations.options import DONE, SKIP
from conversations.outcome import Outcome, Reply
from conversations.reframing import find_patterns

# From this many words, text at a scale tells something rather than rating it.
TELLING_WORDS = 5
# From this many words a message tells what happened even when it names an option too.
STORY_WORDS = 10
# From this step on, the answers given are the email's, which /email corrects.
EMAIL_STEP = 2


class Flow:
    """A journey: its prompts in order and its steps. The product has one (FLOW in
    __init__.py); a test builds another from data alone."""

    def __init__(self, prompts: Sequence[Prompt], steps: Sequence[Step]) -> None:
        self.prompts = tuple(prompts)
        self.by_id = {prompt.id: prompt for prompt in self.prompts}
        self.order = tuple(prompt.id for prompt in self.prompts)
        self.steps = tuple(steps)
        self.step_count = max(step.number for step in self.steps)
        # Which prompt stores an answer key (a grid's rows, a store's keys, its own id).
        self.owner = {key: prompt for prompt in self.prompts for key in prompt.answer_keys}
        self._step_intros = {step.number: step.intro for step in self.steps}
        # The email's details a message may correct by name ("eh salah, perusahaannya …").
        self.named_by = {prompt.id: prompt.named_by for prompt in self.prompts if prompt.named_by}

    def step_intro(self, number: int) -> str | None:
        return self._step_intros.get(number)

    def is_feeling(self, key: str) -> bool:
        """Whether an answer is feelings or free text about oneself (consent only)."""
        owner = self.owner.get(key)
        return owner is not None and owner.feeling

    # --- entry points ----------------------------------------------------------------

    def begin(
        self,
        consent: bool | None,
        first_name: str,
        now: datetime,
        last_time: LastTime | None = None,
        known: Mapping[str, Any] | None = None,
    ) -> Transition:
        """A new journey for one failed interview; `last_time` is what helped in the
        user's previous finished journey, if there is something true to say. `known`:
        answers already given elsewhere (a rejection logged in /lamaran): prompts that ask
        only what is known already are left out (their `when`, spec.py)."""
        state = State("", dict(known or {}), ACTIVE, consent, first_name, now)
        state = replace(state, prompt=self._next_prompt(state, after=None) or self.order[0])
        context = {**look.view(self, state), "last_time": last_time, "known": sorted(known or {})}
        opening = Reply("journey/opening.html", context)
        return Transition(state, Outcome((opening, *look.prompt_replies(self, state))))

    def resume(self, state: State, greet: bool = True) -> Transition:
        """/lanjut: back to exactly the pending prompt; with `greet`, after a welcome back
        (not after the crisis reply, where the way back has words of its own)."""
        answers = dict(state.answers)
        marker = answers.pop(RESUME_KEY, None)
        prompt = state.prompt
        if self.by_id[prompt].pause:
            prompt = marker if marker in self.by_id else self._after_pause_default(state)
        resumed = replace(state, prompt=prompt, answers=answers, status=ACTIVE)
        welcome = (Reply("journey/welcome_back.html", look.view(self, resumed)),) if greet else ()
        entering = not self._step_begun(resumed)
        return Transition(
            resumed, Outcome((*welcome, *look.prompt_replies(self, resumed, entering)))
        )

    def resume_step(self, state: State) -> int:
        """The step the user is at, or, paused, the step /lanjut brings them back to."""
        if state.status == FINISHED:
            return self.step_count
        prompt = state.prompt
        if prompt in self.by_id and self.by_id[prompt].pause:
            marker = state.answers.get(RESUME_KEY)
            prompt = marker if marker in self.by_id else self._after_pause_default(state)
        return self.by_id[prompt].step if prompt in self.by_id else 0

    def pause(self, state: State) -> Transition:
        """/batal: keep everything, ask whether an invitation back is welcome."""
        if self.by_id[state.prompt].pause:
            return Transition(state, Outcome(look.prompt_replies(self, state)))
        target = next((p.id for p in self.prompts if p.pause), None)
        if target is None:
            return Transition(replace(state, status=PAUSED), Outcome())
        paused = self._paused_at(state, target, resume_at=state.prompt)
        return Transition(paused, Outcome(look.prompt_replies(self, paused)))

    def current(self, state: State) -> Outcome:
        """The pending prompt again (a redelivered update, or /lanjut while active)."""
        return Outcome(look.prompt_replies(self, state))

    def advance(self, state: State, event: Event) -> Transition:
        prompt = self.by_id[state.prompt]
        if isinstance(event, Choice) and event.typed and prompt.multi:
            # Typed, a feeling is the answer itself, with what was tapped before it.
            return self._on_choices(state, prompt, (event.value,))
        if isinstance(event, Choice):
            if prompt.carries and event.said and callback.parts(event.value, 2)[0] == prompt.id:
                state = self._carried(state, prompt.carries, event.said)
            return self._on_choice(state, prompt, event.value, event.on_screen)
        if isinstance(event, Choices):
            return self._on_choices(state, prompt, event.values)
        if isinstance(event, Text):
            if not prompt.pause and (asks_for_rest(event.text) or says_goodbye(event.text)):
                # "butuh waktu dulu", "nanti aja", "dadah": a pause, as /batal or the step-1
                # button.
                return self.pause(state)
            return self._on_text(state, prompt, event)
        if isinstance(event, Unsupported):
            return self._miss(state, prompt, v.Invalid("unsupported"))
        return Transition(state, self.current(state))

    # --- events ----------------------------------------------------------------------

    def settle(self, state: State, value: Any) -> Transition:
        """The pending question answered by what happened beside it (the recruiter's
        reply pasted where "shall I ask later?" waits): `value` recorded with no reply or
        effect of its own, and the next question asked."""
        prompt = self.by_id[state.prompt]
        bare = replace(prompt, after=None, effects=None, reframe=False, goto={}, pause=False)
        answered = replace(state, answers={**state.answers, prompt.id: value}, misses=0)
        return self._accepted(answered, bare, value)

    def _on_choice(
        self, state: State, prompt: Prompt, value: str, on_screen: tuple[str, ...] = ()
    ) -> Transition:
        prompt_id, option = callback.parts(value, 2)
        if prompt_id != prompt.id:
            return self._miss(state, prompt, v.Invalid("stale"))
        if prompt.grid:
            return self._on_cells(state, prompt, (option,))
        if option not in prompt.option_values(state):
            return self._miss(state, prompt, v.Invalid("stale"))
        if prompt.multi:
            if prompt.id not in state.answers and on_screen:
                # Ticks not stored (no consent): the pressed message shows them.
                parts = (callback.parts(shown, 2) for shown in on_screen)
                ticked = [option for owner, option in parts if owner == prompt.id]
                state = replace(state, answers={**state.answers, prompt.id: ticked})
            return self._on_toggle(state, prompt, option)
        if option == SKIP:
            kept = state.answers.get(prompt.id) if prompt.skip_keeps else None
            return self._accept(state, prompt, kept)
        return self._accept(state, prompt, _option_value(state, prompt, option))

    def _on_choices(self, state: State, prompt: Prompt, values: tuple[str, ...]) -> Transition:
        """Several options typed at once: a whole selection, or several cells of a grid."""
        options = []
        for value in values:
            prompt_id, option = callback.parts(value, 2)
            if prompt_id != prompt.id:
                return self._miss(state, prompt, v.Invalid("stale"))
            options.append(option)
        if prompt.grid:
            return self._on_cells(state, prompt, tuple(options), typed=True)
        if prompt.multi and len(options) == 1 and options[0] in (DONE, SKIP):
            return self._on_toggle(state, prompt, options[0])
        allowed = [o for o in prompt.option_values(state) if o not in (DONE, SKIP)]
        if not prompt.multi or any(option not in allowed for option in options):
            return self._miss(state, prompt, v.Invalid("choice"), values)
        tapped = [o for o in state.answers.get(prompt.id) or [] if o not in options]
        return self._accept(state, prompt, [*tapped, *options])

    def _on_text(self, state: State, prompt: Prompt, event: Text) -> Transition:
        """Text the prompt's options did not take (the adapter matched those already):
        its parser's value, or one short line asking again."""
        aside = aside_of(event.text)
        if aside == GO_ON:
            # "mau lanjut": never a company's name or a story. At the invitation back the
            # pause is taken back, a story or a note is left out; elsewhere the question
            # is asked again.
            if prompt.pause and prompt.resumes_now:
                return self._accept(state, prompt, prompt.resumes_now)
            if not prompt.pause and prompt.skippable and prompt.feeling:
                return self._accept(state, prompt, None)
            if not prompt.pause:
                return Transition(state, self.current(state))
        if aside == REJECTION and not prompt.feeling:
            # "aku ditolak lagi sama perusahaan lain" is no company's name. (At the mood or
            # feelings question a rejection is what the journey is about.)
            return self._miss(state, prompt, v.Invalid("aside_rejection"))
        if aside is None and opens_with_thanks(event.text):
            # "makasih ya udh nemenin": thanks, never a name nor "belum saya pahami".
            return self._miss(state, prompt, v.Invalid("aside_thanks"))
        revised = self._revised(state, prompt, event.text)
        if revised is not None:
            return revised
        value: Any = prompt.parse(event.text, state) if prompt.parse is not None else None
        told = self._told_instead(state, prompt, event.text, value)
        if told is not None:
            return told
        failed = prompt.parse is None or isinstance(value, v.Invalid)
        fix = v.read_correction(event.text, self.named_by) if prompt.step >= EMAIL_STEP else None
        if fix is not None and (failed or prompt.named_by):
            # Never at a note that opens with "salah": only where no other answer fits.
            corrected = self._correct(state, prompt, fix)
            if corrected is not None:
                return corrected
        for ahead in prompt.typed_ahead if failed else ():
            # "0812-3456-7890" typed under the email: the contact, added as if asked.
            target = self.by_id[ahead]
            typed = target.parse(event.text, state) if target.parse else None
            if typed is not None and not isinstance(typed, v.Invalid):
                moved = self._accept(replace(state, prompt=target.id, misses=0), target, typed)
                view = {**look.view(self, moved.state), "field": target.id}
                said = Reply("journey/corrected.html", view)
                return replace(
                    moved, outcome=replace(moved.outcome, replies=(said, *moved.outcome.replies))
                )
        if failed and aside in ("thanks", "hello"):
            # Said beside the question, not to it: answered as such, the question stands;
            # "pagi" is greeted back with its own time of day.
            part = greeting_of(event.text) if aside == "hello" else None
            error = f"aside_hello_{part}" if part else f"aside_{aside}"
            return self._miss(state, prompt, v.Invalid(error))
        if prompt.parse is None:
            error = "selection" if prompt.multi or prompt.grid else "choice"
            telling = len(event.text.split()) >= TELLING_WORDS or vents(event.text)
            if prompt.scale and len(event.text.split()) >= TELLING_WORDS:
                error = "scale_story"  # what happened, told at the scale: thanked first
            elif (
                telling
                and not event.nearest
                and not (prompt.multi or prompt.grid or prompt.scale or prompt.pause)
            ):
                # "aku blank pas ditanya target, malu bgt": heard first; a feeling is
                # answered as one, a fact ("interviewnya 3 orang") is not.
                error = "told" if vents(event.text) else "told_fact"
            if error in ("told", "told_fact") and prompt.told_adds_to:
                # Told after the story was asked: kept with it, never lost.
                state = self._told_more(state, prompt.told_adds_to, event.text)
            return self._miss(state, prompt, v.Invalid(error), event.nearest)
        unsure = only_skips(event.text) or sounds_unsure(event.text)
        if isinstance(value, v.Invalid) and prompt.grid and unsure:
            # Where something must be ticked (the learning plan), only a plain "lewatin aja"
            # leaves the step out; "bingung" or "gatau" there is helped instead.
            ticks_needed = any(row.toggle and not row.optional for row in prompt.grid)
            unknowing = sounds_unsure(event.text) or "tahu" in words(event.text)
            if prompt.typed_skip is None or (ticks_needed and unknowing):
                return self._miss(state, prompt, v.Invalid("grid_skip"))
            if ticks_needed:
                skipped = replace(state, answers={**state.answers, **prompt.typed_skip})
                return self._accepted(skipped, prompt, None)
            return self._fill(state, prompt, prompt.typed_skip, finishing=True, typed=True)
        if isinstance(value, v.Invalid) and prompt.step >= EMAIL_STEP and v.corrects(event.text):
            # "eh salah, perusahaannya PT Maju Jaya": an earlier answer corrected, which
            # /email can do once the email is drafted; the question stands.
            return self._miss(state, prompt, v.Invalid("correction"))
        if isinstance(value, v.Invalid):
            # A value that is no option and no valid answer: the nearest option, if one
            # came close, is the likelier meaning.
            if event.nearest and value.error in ("date_format", "count", "ratings", "choice"):
                return self._miss(state, prompt, value, event.nearest)
            return self._miss(state, prompt, value)
        if prompt.grid:
            return self._fill(state, prompt, dict(value), finishing=True, typed=True)
        if isinstance(value, date):
            value = value.isoformat()
        return self._accept(state, prompt, value)

    def _on_toggle(self, state: State, prompt: Prompt, option: str) -> Transition:
        selected = list(state.answers.get(prompt.id) or [])
        if option == DONE:
            if len(selected) < prompt.min_selected:
                return self._miss(state, prompt, v.Invalid("select_one"))
            return self._accept(state, prompt, selected)
        if option == SKIP:
            return self._accept(state, prompt, [])
        if option in selected:
            selected.remove(option)
        else:
            selected.append(option)
        toggled = replace(state, answers={**state.answers, prompt.id: selected})
        # The same message is redrawn with the new ticks.
        return Transition(toggled, Outcome((look.prompt_reply(self, toggled, edit=True),)))

    # --- grids -----------------------------------------------------------------------

    def _on_cells(
        self, state: State, prompt: Prompt, options: tuple[str, ...], typed: bool = False
    ) -> Transition:
        """Cells of a grid chosen (pressed, or several typed at once)."""
        rows = {row.key: row for row in prompt.grid}
        changes: dict[str, Any] = {}
        finishing = False
        for option in options:
            row_key, _, cell = option.partition(".")
            if row_key == HEADER:
                hint = Outcome(notice="journey/row_hint.txt", untouched=True)
                return Transition(state, hint)
            row = rows.get(row_key)
            if row is None or cell not in row.option_values(state):
                return self._miss(state, prompt, v.Invalid("stale"))
            if row.toggle:
                current = list(changes.get(row.key, state.answers.get(row.key) or []))
                if typed:  # a typed selection is the whole selection
                    current = [*changes.get(row.key, []), cell]
                elif cell in current:
                    current.remove(cell)
                else:
                    current.append(cell)
                changes[row.key] = current
            else:
                changes[row.key] = _cell_value(state, row, cell)
                finishing = finishing or row.finishes
        return self._fill(state, prompt, changes, finishing=finishing, typed=typed)

    def _fill(
        self,
        state: State,
        prompt: Prompt,
        changes: Mapping[str, Any],
        *,
        finishing: bool,
        typed: bool,
    ) -> Transition:
        """Set some of a grid's answers; the prompt is answered once it is complete."""
        toggles_empty = any(
            row.toggle
            and not row.optional
            and not (changes.get(row.key) or state.answers.get(row.key))
            for row in prompt.grid
        )
        if finishing and toggles_empty:
            # The target date before any action: ask for one.
            return self._miss(state, prompt, v.Invalid("select_one"))
        filled = replace(state, answers={**state.answers, **changes})
        has_finishing_row = any(row.finishes for row in prompt.grid)
        complete = all(
            filled.answers.get(row.key) not in (None, []) or (row.optional and finishing)
            for row in prompt.grid
        )
        if complete and (finishing or not has_finishing_row):
            return self._accepted(filled, prompt, None)
        return Transition(filled, Outcome((look.prompt_reply(self, filled, edit=not typed),)))

    def _correct(self, state: State, prompt: Prompt, fix: v.Correction) -> Transition | None:
        """An email detail corrected in place: "eh salah, perusahaannya PT Maju Jaya" at
        a later question, or "posisinya Analis Data" at its own. Without the detail named,
        a correcting word points at the latest detail given, else at the question itself.
        None: no correction after all, the text is read as an answer."""
        answered = [
            other
            for other in self.prompts[: self.order.index(prompt.id)]
            if other.named_by and self._has_answer(state, other)
        ]
        if fix.field and fix.field != prompt.id:
            named = self.by_id[fix.field]
            if not fix.marked or named not in answered:
                return None  # "nama saya Rina" before it was asked: no correction
            targets = [named]
        elif fix.field or not fix.marked:
            targets = [prompt] if prompt.named_by else []
        else:
            # "eh typo, 0812-3456-7890" at the phone: this question's own answer, retyped.
            targets = [*answered[-1:], *([prompt] if prompt.parse else [])]
        for target in targets:
            if target is prompt:
                if not fix.value:
                    return None
                value = prompt.parse(fix.value, state) if prompt.parse else None
                if value is None or isinstance(value, v.Invalid):
                    return self._miss(state, prompt, value or v.Invalid("choice"))
                return self._accept(state, prompt, value)
            if not fix.value:
                return self._miss(state, prompt, v.Invalid("correction_value"))
            value = target.parse(fix.value, state) if target.parse else None
            if value is None or isinstance(value, v.Invalid):
                continue
            updates = target.store(state, value) if target.store else {target.id: value}
            fixed = replace(state, answers={**state.answers, **updates}, misses=0)
            said = Reply("journey/corrected.html", {**look.view(self, fixed), "field": target.id})
            answered_too = self._named_after(fixed, prompt, fix.value)
            if answered_too is not None:
                # "eh maksudnya Tokopedia ya, posisinya product analyst": the question asked
                # is answered in the same message, so it is not asked again.
                replies = (said, *answered_too.outcome.replies)
                return replace(answered_too, outcome=replace(answered_too.outcome, replies=replies))
            return Transition(fixed, Outcome((said, *look.prompt_replies(self, fixed, False))))
        return self._miss(state, prompt, v.Invalid("correction")) if targets else None

    def _named_after(self, state: State, prompt: Prompt, text: str) -> Transition | None:
        """The answer to `prompt` named after a comma in a correction of another detail
        ("…, posisinya product analyst"), accepted; None when there is none."""
        _, comma, tail = text.partition(",")
        if not comma or not prompt.named_by or prompt.parse is None:
            return None
        named = v.read_correction(tail, {prompt.id: prompt.named_by})
        if named is None or named.field != prompt.id or not named.value:
            return None
        value = prompt.parse(named.value, state)
        return None if isinstance(value, v.Invalid) else self._accept(state, prompt, value)

    def _revised(self, state: State, prompt: Prompt, text: str) -> Transition | None:
        """A short message that revises an earlier answer by name ("eh riset nya 3 deh"
        at the note): that answer changed, said back, and this question asked again."""
        value = prompt.revises(text, state) if prompt.revises else None
        if not isinstance(value, dict) or not value:
            return None
        changed = {key: score for key, score in value.items() if state.answers.get(key) != score}
        revised = replace(state, answers={**state.answers, **value}, misses=0)
        said = Reply("journey/revised.html", {**look.view(self, revised), "changed": changed})
        return Transition(revised, Outcome((said, *look.prompt_replies(self, revised, False))))

    def _told_instead(
        self, state: State, prompt: Prompt, text: str, value: Any
    ) -> Transition | None:
        """What happened, told where a choice was asked ("dear kandidat, terima kasih…"
        pasted at the feelings): the answer to the prompt it belongs to, with whatever it
        names ticked here; None when it is no such telling."""
        if prompt.told_answers is None:
            return None
        words = len(text.split())
        missed = isinstance(value, v.Invalid)
        # A few words of distress alone stay a miss: the check-in answers them, and the
        # question waits (bot/services/safety.py).
        telling = words >= STORY_WORDS or (
            missed
            and "?" not in text
            and words >= TELLING_WORDS
            and not sounds_unsure(text)
            and not ABOUT_CHOOSING & set(text.casefold().split())
        )
        target = self.by_id[prompt.told_answers]
        story = target.parse(text, state) if telling and target.parse else None
        if story is None or isinstance(story, v.Invalid):
            return None
        ticked = list(state.answers.get(prompt.id) or [])
        ticked += [named for named in ([] if missed else value) if named not in ticked]
        here = replace(state, answers={**state.answers, prompt.id: ticked}, prompt=target.id)
        return self._accept(here, target, story)

    def _told_more(self, state: State, key: str, text: str) -> State:
        before = state.answers.get(key)
        told = f"{before}\n\n{text}" if isinstance(before, str) and before else text
        return replace(state, answers={**state.answers, key: told[: v.STORY_LIMIT]})

    def _carried(self, state: State, target_id: str, said: str) -> State:
        """The options of a later multi-select that a typed answer also names, ticked."""
        target = self.by_id[target_id]
        offered = [o for o in target.option_values(state) if o not in (DONE, SKIP)]
        named = named_in(said, offered, told_only=True)
        if not named:
            return state
        ticked = list(state.answers.get(target_id) or [])
        ticked += [option for option in named if option not in ticked]
        return replace(state, answers={**state.answers, target_id: ticked})

    def _has_answer(self, state: State, prompt: Prompt) -> bool:
        return any(state.answers.get(key) is not None for key in prompt.answer_keys)

    # --- moving on -------------------------------------------------------------------

    def _accept(self, state: State, prompt: Prompt, value: Any) -> Transition:
        updates = prompt.store(state, value) if prompt.store else {prompt.id: value}
        answered = replace(state, answers={**state.answers, **updates})
        return self._accepted(answered, prompt, value)

    def _accepted(self, answered: State, prompt: Prompt, value: Any) -> Transition:
        effects = prompt.effects(answered) if prompt.effects else Effects()
        if prompt.pause and prompt.resumes_now is not None and value == prompt.resumes_now:
            # Changed their mind about the pause: the question it stopped at, at once.
            resumed = self.resume(answered, greet=False)
            return Transition(resumed.state, resumed.outcome, effects)
        if effects.consent is not None:
            answered = replace(answered, consent=effects.consent)
        replies: list[Reply] = []
        if prompt.after:
            replies.append(Reply(prompt.after, look.view(self, answered)))
        if prompt.reframe and isinstance(value, str):
            found = find_patterns(value)
            if found:  # one reframe at most for one answer
                replies.append(Reply("journey/reframe.html", {"pattern": found[0].value}))
        if prompt.pause:
            return self._resumes_later(answered, replies, effects)
        target = prompt.goto.get(value) if isinstance(value, str) else None
        if target is not None:
            return self._go(answered, target, replies, effects)
        following = prompt.next or self._next_prompt(answered, after=prompt.id)
        if following is None:
            finished = replace(answered, status=FINISHED)
            recap = Reply("journey/recap.html", look.view(self, finished), look.recap_buttons())
            return Transition(finished, Outcome((*replies, recap)), effects)
        moved = replace(answered, prompt=following)
        entering = self.by_id[following].step != prompt.step
        return Transition(
            moved, Outcome((*replies, *look.prompt_replies(self, moved, entering))), effects
        )

    def _go(self, state: State, target: str, replies: list[Reply], effects: Effects) -> Transition:
        if self.by_id[target].pause:
            after = self._next_prompt(state, after=state.prompt) or state.prompt
            moved = self._paused_at(state, target, resume_at=after)
        else:
            moved = replace(state, prompt=target)
        entering = moved.status == ACTIVE and not self._step_begun(moved)
        return Transition(
            moved, Outcome((*replies, *look.prompt_replies(self, moved, entering))), effects
        )

    def _paused_at(self, state: State, pause_prompt: str, resume_at: str) -> State:
        answers = {**state.answers, RESUME_KEY: resume_at}
        return replace(state, prompt=pause_prompt, answers=answers, status=PAUSED)

    def _resumes_later(self, state: State, replies: list[Reply], effects: Effects) -> Transition:
        """The pause prompt answered: paused where the journey stopped."""
        answers = dict(state.answers)
        resume_at = answers.pop(RESUME_KEY, None)
        if resume_at not in self.by_id:
            resume_at = self._after_pause_default(state)
        paused = replace(state, prompt=resume_at, answers=answers, status=PAUSED)
        return Transition(paused, Outcome(tuple(replies)), effects)

    def _after_pause_default(self, state: State) -> str:
        """Where a pause without a marker resumes: the first prompt still to answer."""
        for prompt in self.prompts:
            if not prompt.pause and prompt.when(state) and prompt.id not in state.answers:
                return prompt.id
        return self.order[0]

    def _step_begun(self, state: State) -> bool:
        """Whether a question of the pending prompt's step was answered before it."""
        pending = self.by_id[state.prompt]
        for prompt in self.prompts[: self.order.index(pending.id)]:
            if prompt.step == pending.step and any(
                key in state.answers for key in prompt.answer_keys
            ):
                return True
        return False

    def _next_prompt(self, state: State, after: str | None) -> str | None:
        start = 0 if after is None else self.order.index(after) + 1
        for prompt in self.prompts[start:]:
            if prompt.when(state):
                return prompt.id
        return None

    def _miss(
        self, state: State, prompt: Prompt, invalid: v.Invalid, nearest: tuple[str, ...] = ()
    ) -> Transition:
        return Transition(state, look.miss(self, state, prompt, invalid, nearest))


def _option_value(state: State, prompt: Prompt, option: str) -> Any:
    if prompt.value is not None:
        return prompt.value(state, option)
    return int(option) if prompt.scale else option


def _cell_value(state: State, row: Row, cell: str) -> Any:
    if row.value is not None:
        return row.value(state, cell)
    return int(cell) if row.scale else cell

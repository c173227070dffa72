"""docs/journey.md: the journey's flow as a Mermaid diagram, drawn from its data (the
steps, prompts, branches and conditions in conversations/journey/spec.py).

Regenerate with `make docs`; a test fails when the committed file is stale.
"""

from __future__ import annotations

from conversations.applications.rules import JOURNEY_KEYS
from conversations.journey import FLOW, Flow, Prompt
from conversations.journey.model import never


def _kind(prompt: Prompt) -> str:
    if prompt.grid:
        return f"grid of {len(prompt.grid)}" + (", or typed" if prompt.parse else "")
    if prompt.multi:
        return "multi-choice"
    if prompt.parse and prompt.options:
        return "text or choice"
    return "text" if prompt.parse else "choice"


def _node(prompt: Prompt) -> str:
    extras = [_kind(prompt)]
    if prompt.skippable:
        extras.append("skippable")
    if prompt.feeling:
        extras.append("consent only")
    if prompt.pause:
        extras.append("while paused")
    return f'    {prompt.id}["{prompt.id}<br/><small>{", ".join(extras)}</small>"]'


def mermaid(flow: Flow = FLOW) -> str:
    lines = ["flowchart TD", '    start(["/gagal"])']
    for step in flow.steps:
        title = "Opening" if step.number == 0 else f"Step {step.number} ({step.theme})"
        lines.append(f'    subgraph step{step.number}["{title}"]')
        lines.extend("    " + _node(p) for p in flow.prompts if p.step == step.number)
        lines.append("    end")
    lines.append('    recap(["recap"])')
    # The main line: every prompt the journey reaches by moving on (not only by a branch).
    main = [p for p in flow.prompts if p.when is not never]
    lines.append(f"    start --> {main[0].id}")
    if main[0].condition:
        lines.append(f'    start -. "{main[0].condition}" .-> {main[1].id}')
    for index, prompt in enumerate(main):
        following = main[index + 1].id if index + 1 < len(main) else "recap"
        lines.append(f"    {prompt.id} --> {following}")
        if index + 1 < len(main) and main[index + 1].condition:
            after = main[index + 2].id if index + 2 < len(main) else "recap"
            lines.append(f'    {prompt.id} -. "{main[index + 1].condition}" .-> {after}')
    for prompt in flow.prompts:
        for option, target in prompt.goto.items():
            lines.append(f'    {prompt.id} -- "{option}" --> {target}')
        if prompt.next:
            lines.append(f"    {prompt.id} --> {prompt.next}")
        if prompt.pause:
            lines.append(f'    {prompt.id} -. "paused; /lanjut" .-> resumed(["where it stopped"])')
    lines.extend(_from_tracker(main))
    return "\n".join(lines) + "\n"


def _from_tracker(main: list[Prompt]) -> list[str]:
    """A rejection marked in /lamaran starts the journey with what the application knows:
    the prompts that ask only that are passed over (a stage or date it lacks is asked)."""
    known = set(JOURNEY_KEYS)
    skipped = [i for i, p in enumerate(main) if set(p.answer_keys) <= known]
    lines = ['    tracker(["/lamaran: Ditolak"])', f"    tracker --> {main[0].id}"]
    if main[0].condition:
        lines.append(f'    tracker -. "{main[0].condition}" .-> {main[1].id}')
    if skipped:
        before, after = main[skipped[0] - 1], main[skipped[-1] + 1]
        names = ", ".join(main[i].id for i in skipped)
        lines.append(f'    {before.id} -. "from /lamaran: {names} known" .-> {after.id}')
    return lines


def document() -> str:
    return (
        "# The recovery journey\n\n"
        "Generated from `conversations/journey/spec.py` by `make docs`; do not edit by hand.\n"
        "Each box is a prompt (its id is stored in the database). `/batal` at any prompt\n"
        "pauses the journey and asks about an invitation back (`pause_invite`); `/lanjut`\n"
        "returns to the same prompt. A rejection marked in `/lamaran` (the application\n"
        "tracker) starts the journey with the company, position, stage and interview date\n"
        "it knows; those prompts are skipped, and a stage or date it does not know is asked.\n\n"
        "```mermaid\n" + mermaid() + "```\n"
    )


if __name__ == "__main__":
    print(document(), end="")

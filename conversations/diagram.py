"""docs/journey.md: the journey's flow as a Mermaid diagram, generated from PROMPTS.

Regenerate with `make docs`; a test fails when the committed file is stale.
"""

from __future__ import annotations

from conversations.journey import PROMPTS, Prompt

STEP_TITLES = {
    0: "0. Opening",
    1: "1. Validasi emosi",
    2: "2. Minta umpan balik",
    3: "3. Evaluasi diri & skill gap",
    4: "4. Rencana pengembangan diri",
    5: "5. Atur ulang strategi & perluas jaringan",
}


def _node(prompt: Prompt) -> str:
    kind = "multi-choice" if prompt.multi else ("text" if prompt.parse else "choice")
    if prompt.parse and prompt.options:
        kind = "text or choice"
    extras = [kind]
    if prompt.skippable:
        extras.append("skippable")
    if prompt.feeling:
        extras.append("feeling: consent only")
    return f'    {prompt.id}["{prompt.id}<br/><small>{", ".join(extras)}</small>"]'


def mermaid() -> str:
    lines = ["flowchart TD", '    start(["/gagal"])']
    for step, title in STEP_TITLES.items():
        lines.append(f'    subgraph step{step}["{title}"]')
        lines.extend("    " + _node(p) for p in PROMPTS if p.step == step)  # nested
        lines.append("    end")
    lines.append('    recap(["recap"])')
    main = [p for p in PROMPTS if p.id != "pause_invite"]
    lines.append(f"    start --> {main[0].id}")
    if main[0].condition:
        lines.append(f'    start -. "not {main[0].condition}" .-> {main[1].id}')
    for index, prompt in enumerate(main):
        following = main[index + 1].id if index + 1 < len(main) else "recap"
        lines.append(f"    {prompt.id} --> {following}")
        if index + 1 < len(main) and main[index + 1].condition:
            after = main[index + 2].id if index + 2 < len(main) else "recap"
            lines.append(f'    {prompt.id} -. "not {main[index + 1].condition}" .-> {after}')
    lines += [
        '    ready -- "butuh waktu" --> pause_invite',
        '    pause_invite -- "paused; /lanjut" --> sender_name',
    ]
    return "\n".join(lines) + "\n"


def document() -> str:
    return (
        "# The recovery journey\n\n"
        "Generated from `conversations/journey.py` by `make docs`; do not edit by hand.\n"
        "Each box is a prompt (its id is stored in the database). `/batal` at any prompt\n"
        "pauses the journey and asks about an invitation back (`pause_invite`); `/lanjut`\n"
        "returns to the same prompt.\n\n"
        "```mermaid\n" + mermaid() + "```\n"
    )


if __name__ == "__main__":
    print(document(), end="")

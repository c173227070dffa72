"""the interview's details after the feelings: journeys in progress keep step 1

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-30 16:00:00

The journey now asks the company, position, stage and date at the start of step 2
(where the email first needs them) instead of before step 1. A journey open or paused at
one of those questions would otherwise go on to the email and skip step 1: it resumes at
the mood question instead, and its details already given are not asked again.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

DETAILS = ("company", "position", "stage", "interview_date")
STEP_ONE = ("mood", "feelings", "story", "ready")
FINISHED = "finished"

journeys = sa.table(
    "journeys",
    sa.column("id", sa.Integer),
    sa.column("prompt", sa.String),
    sa.column("status", sa.String),
)
answers = sa.table(
    "answers",
    sa.column("id", sa.Integer),
    sa.column("journey_id", sa.Integer),
    sa.column("prompt", sa.String),
    sa.column("value", sa.JSON),
)


def _move(from_prompts: Sequence[str], to_prompt: str, unless_answered: str) -> None:
    """Open journeys at one of `from_prompts` (or paused to resume there) move to
    `to_prompt`, unless they already hold an answer to `unless_answered`."""
    connection = op.get_bind()
    answered = sa.select(answers.c.journey_id).where(answers.c.prompt == unless_answered)
    connection.execute(
        journeys.update()
        .where(
            journeys.c.prompt.in_(from_prompts),
            journeys.c.status != FINISHED,
            journeys.c.id.not_in(answered),
        )
        .values(prompt=to_prompt)
    )
    # Where a paused journey resumes is kept as an answer ("_resume") naming a prompt.
    for row_id, journey_id, value in connection.execute(
        sa.select(answers.c.id, answers.c.journey_id, answers.c.value).where(
            answers.c.prompt == "_resume"
        )
    ):
        if not (isinstance(value, str) and value in from_prompts):
            continue
        done = connection.execute(
            sa.select(answers.c.id).where(
                answers.c.journey_id == journey_id, answers.c.prompt == unless_answered
            )
        ).first()
        if done is None:
            connection.execute(
                answers.update().where(answers.c.id == row_id).values(value=to_prompt)
            )


def upgrade() -> None:
    _move(DETAILS, "mood", unless_answered="mood")


def downgrade() -> None:
    # The old order asked the details first: a journey in step 1 without them goes back.
    _move(STEP_ONE, "company", unless_answered="company")

"""the shorter journey: old prompt ids of journeys in progress mapped to the new ones

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-30 14:00:00

The journey now asks the recruiter in one prompt, rates the five areas in one message,
takes the skill gap in one tap and the plan and the strategy in one message each. A
journey paused (or open) at a prompt that no longer exists resumes at the one that asks
the same thing; its answers are kept under the same keys.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

AREAS = ("technical", "communication", "culture", "research", "questions")
NEW_PROMPT = {
    "recruiter_title": "recruiter",
    "recruiter_name": "recruiter",
    **{f"eval_{area}": "evaluation" for area in AREAS},
    **{f"eval_{area}_note": "eval_note" for area in AREAS},
    "skill_type": "skill_gap",
    "skill_current": "skill_gap",
    "skill_required": "skill_gap",
    "plan_actions": "plan",
    "plan_deadline": "plan",
    "network_count": "strategy",
}
OLD_PROMPT = {
    "recruiter": "recruiter_title",
    "evaluation": "eval_technical",
    "eval_note": "eval_technical_note",
    "skill_gap": "skill_type",
    "plan": "plan_actions",
}

journeys = sa.table("journeys", sa.column("id", sa.Integer), sa.column("prompt", sa.String))
answers = sa.table(
    "answers",
    sa.column("id", sa.Integer),
    sa.column("prompt", sa.String),
    sa.column("value", sa.JSON),
)


def _map(mapping: dict[str, str]) -> None:
    connection = op.get_bind()
    for old, new in mapping.items():
        connection.execute(journeys.update().where(journeys.c.prompt == old).values(prompt=new))
    # Where a paused journey resumes is kept as an answer ("_resume") naming a prompt.
    for row_id, value in connection.execute(
        sa.select(answers.c.id, answers.c.value).where(answers.c.prompt == "_resume")
    ):
        if isinstance(value, str) and value in mapping:
            connection.execute(
                answers.update().where(answers.c.id == row_id).values(value=mapping[value])
            )


def upgrade() -> None:
    _map(NEW_PROMPT)


def downgrade() -> None:
    _map(OLD_PROMPT)

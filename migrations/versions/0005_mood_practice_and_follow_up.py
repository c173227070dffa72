"""mood, practice and feedback follow-up

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25 22:28:00.237467
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "practice_answers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("question", sa.String(length=32), nullable=False),
        sa.Column("answer", sa.Text(), nullable=False),
        sa.Column("parts_found", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_practice_answers_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_practice_answers")),
    )
    with op.batch_alter_table("practice_answers", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_practice_answers_user_id"), ["user_id"], unique=False)

    op.create_table(
        "mood_checkins",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("journey_id", sa.Integer(), nullable=True),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["journey_id"],
            ["journeys.id"],
            name=op.f("fk_mood_checkins_journey_id_journeys"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_mood_checkins_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mood_checkins")),
    )
    with op.batch_alter_table("mood_checkins", schema=None) as batch_op:
        batch_op.create_index(
            "ix_mood_checkins_user_id_created_at", ["user_id", "created_at"], unique=False
        )

    with op.batch_alter_table("journeys", schema=None) as batch_op:
        batch_op.add_column(sa.Column("followup_state", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("followup_consent_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("followup_due_at", sa.DateTime(), nullable=True))
        batch_op.add_column(
            sa.Column("followup_asks", sa.Integer(), server_default="0", nullable=False)
        )
        batch_op.add_column(sa.Column("feedback_reply", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("feedback_reply_at", sa.DateTime(), nullable=True))
        batch_op.create_index(
            "ix_journeys_followup_due_at_id", ["followup_due_at", "id"], unique=False
        )

    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(sa.Column("practice_question", sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column("awaiting_feedback_journey_id", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_column("awaiting_feedback_journey_id")
        batch_op.drop_column("practice_question")

    with op.batch_alter_table("journeys", schema=None) as batch_op:
        batch_op.drop_index("ix_journeys_followup_due_at_id")
        batch_op.drop_column("feedback_reply_at")
        batch_op.drop_column("feedback_reply")
        batch_op.drop_column("followup_asks")
        batch_op.drop_column("followup_due_at")
        batch_op.drop_column("followup_consent_at")
        batch_op.drop_column("followup_state")

    with op.batch_alter_table("mood_checkins", schema=None) as batch_op:
        batch_op.drop_index("ix_mood_checkins_user_id_created_at")

    op.drop_table("mood_checkins")
    with op.batch_alter_table("practice_answers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_practice_answers_user_id"))

    op.drop_table("practice_answers")

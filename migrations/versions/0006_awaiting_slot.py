"""one awaiting slot, destructive choices that expire, one check-in per message

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30 11:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(sa.Column("awaiting", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("turns", sa.Integer(), server_default="0", nullable=False))
        batch_op.add_column(sa.Column("keyboard_at", sa.DateTime(), nullable=True))
        batch_op.add_column(
            sa.Column("keyboard_turn", sa.Integer(), server_default="0", nullable=False)
        )
        batch_op.add_column(sa.Column("misses", sa.Integer(), server_default="0", nullable=False))
    # The three waiting flags become the one slot; the latest question asked wins, and
    # only one of them could be set by the code that wrote them.
    op.execute(
        "UPDATE users SET awaiting = CASE"
        " WHEN practice_question IS NOT NULL THEN 'practice:' || practice_question"
        " WHEN awaiting_feedback_journey_id IS NOT NULL"
        " THEN 'reply:' || CAST(awaiting_feedback_journey_id AS VARCHAR(20))"
        " WHEN reminder_setup = 'time' THEN 'time'"
        " END"
    )
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_column("awaiting_feedback_journey_id")
        batch_op.drop_column("practice_question")
        batch_op.drop_column("reminder_setup")

    # Evaluation notes are free text about oneself: from now on they count as feelings
    # data (kept only with consent, deleted when it is withdrawn).
    op.execute(
        "UPDATE answers SET is_feeling = TRUE WHERE prompt LIKE 'eval\\_%\\_note' ESCAPE '\\'"
    )
    # Notes stored before this for people who declined were stored against their choice.
    op.execute(
        "DELETE FROM answers WHERE is_feeling = TRUE AND user_id IN"
        " (SELECT id FROM users WHERE consent_feelings IS NULL OR consent_feelings = FALSE)"
    )

    with op.batch_alter_table("mood_checkins", schema=None) as batch_op:
        batch_op.add_column(sa.Column("message_id", sa.BigInteger(), nullable=True))
        batch_op.create_unique_constraint(
            batch_op.f("uq_mood_checkins_user_id"), ["user_id", "message_id"]
        )


def downgrade() -> None:
    with op.batch_alter_table("mood_checkins", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_mood_checkins_user_id"), type_="unique")
        batch_op.drop_column("message_id")

    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(sa.Column("reminder_setup", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("practice_question", sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column("awaiting_feedback_journey_id", sa.Integer(), nullable=True))
    op.execute(
        "UPDATE users SET"
        " practice_question = CASE WHEN awaiting LIKE 'practice:%'"
        " THEN SUBSTR(awaiting, 10) END,"
        " awaiting_feedback_journey_id = CASE WHEN awaiting LIKE 'reply:%'"
        " THEN CAST(SUBSTR(awaiting, 7) AS INTEGER) END,"
        " reminder_setup = CASE WHEN awaiting = 'time' THEN 'time' END"
    )
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_column("misses")
        batch_op.drop_column("keyboard_turn")
        batch_op.drop_column("keyboard_at")
        batch_op.drop_column("turns")
        batch_op.drop_column("awaiting")

"""/lamaran: the user's job applications, and the two reminders they may ask for

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "applications",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.BigInteger(), nullable=False),
        sa.Column("company", sa.String(length=200), nullable=False),
        sa.Column("position", sa.String(length=200), nullable=False),
        sa.Column("source", sa.String(length=16), nullable=False),
        sa.Column("company_kind", sa.String(length=16), nullable=True),
        sa.Column("stage", sa.String(length=16), nullable=False),
        sa.Column("stage_at", sa.DateTime(), nullable=False),
        sa.Column("reached", sa.JSON(), nullable=False),
        sa.Column("interview_on", sa.Date(), nullable=True),
        sa.Column("interview_nudged_on", sa.Date(), nullable=True),
        sa.Column("quiet_nudged_at", sa.DateTime(), nullable=True),
        sa.Column("journey_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["journey_id"],
            ["journeys.id"],
            name=op.f("fk_applications_journey_id_journeys"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_applications_user_id_users"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_applications")),
    )
    with op.batch_alter_table("applications", schema=None) as batch_op:
        batch_op.create_index(
            "ix_applications_user_id_updated_at", ["user_id", "updated_at"], unique=False
        )
        batch_op.create_index(
            "ix_applications_interview_on_id", ["interview_on", "id"], unique=False
        )
        batch_op.create_index("ix_applications_stage_at_id", ["stage_at", "id"], unique=False)

    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(sa.Column("nudge_interview", sa.Boolean(), nullable=True))
        batch_op.add_column(sa.Column("nudge_interview_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("nudge_quiet", sa.Boolean(), nullable=True))
        batch_op.add_column(sa.Column("nudge_quiet_at", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("application_draft", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_column("application_draft")
        batch_op.drop_column("nudge_quiet_at")
        batch_op.drop_column("nudge_quiet")
        batch_op.drop_column("nudge_interview_at")
        batch_op.drop_column("nudge_interview")

    with op.batch_alter_table("applications", schema=None) as batch_op:
        batch_op.drop_index("ix_applications_stage_at_id")
        batch_op.drop_index("ix_applications_interview_on_id")
        batch_op.drop_index("ix_applications_user_id_updated_at")

    op.drop_table("applications")

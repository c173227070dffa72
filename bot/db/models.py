"""Tables. Every row that belongs to a person carries `user_id` so that export and
delete-all can find it (the privacy issue enumerates the tables from this metadata)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.sql import false
from sqlalchemy.types import TypeDecorator

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[datetime]):
    """Stores UTC and always hands back an aware UTC datetime (SQLite keeps no offset)."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class User(Base):
    """One Telegram user (in a private chat the chat id equals the user id)."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    # The keyboard the user may answer now: presses and typed answers are checked
    # against it, so an old button can never act twice (docs/architecture.md, chat conventions).
    keyboard_seq: Mapped[int] = mapped_column(Integer, default=0)
    keyboard: Mapped[list[list[Any]] | None] = mapped_column(JSON, nullable=True)
    # None = not asked yet; the consent gate of the journey sets it with its time.
    consent_feelings: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    consent_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    timezone: Mapped[str | None] = mapped_column(String(64), nullable=True)
    # Set when the crisis safety net answered; job-focused content waits for /lanjut.
    crisis_paused_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    # The daily message: an explicit yes (stored with its time), a local time of day in
    # minutes, and the next slot in UTC, which the scheduler pages through by key.
    reminder_enabled: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    reminder_consent_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    reminder_minutes: Mapped[int | None] = mapped_column(Integer, nullable=True)
    reminder_next_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    # What the next typed message answers besides an open journey: a time for /pengingat,
    # a /latihan answer, the recruiter's reply (conversations/awaiting.py); None = nothing.
    awaiting: Mapped[str | None] = mapped_column(String(64), nullable=True)
    # Messages, commands and presses this user has sent (a counter): a destructive choice
    # typed must be the very next message after its question.
    turns: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # When the keyboard was shown, and at which turn: destructive choices expire.
    keyboard_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    keyboard_turn: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # Answers in a row the current question could not use: after two, its buttons again.
    misses: Mapped[int] = mapped_column(Integer, default=0, server_default="0")

    @property
    def keyboard_is_latest(self) -> bool:
        """Whether the latest keyboard is still the latest thing the bot said: nothing
        but tries at its question came since (a command's answer makes it older)."""
        return self.turns - self.keyboard_turn - 1 == self.misses

    # The /lamaran reminders, each its own explicit yes (stored with its time) and its own
    # off switch: a nudge the day before an interview, and one suggestion to ask for news
    # when an application has been quiet for two weeks. None = not asked yet.
    nudge_interview: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    nudge_interview_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    nudge_quiet: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    nudge_quiet_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    # An application being added in /lamaran, one answer at a time (company, position, …).
    application_draft: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)


Index("ix_users_reminder_next_at_id", User.reminder_next_at, User.id)


class Journey(Base):
    """One recovery journey for one failed interview."""

    __tablename__ = "journeys"
    __table_args__ = (Index("ix_journeys_user_id_status", "user_id", "status"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    status: Mapped[str] = mapped_column(String(16))
    # The pending prompt: a stable id from conversations/ (renaming one needs a migration).
    prompt: Mapped[str] = mapped_column(String(64))
    company: Mapped[str | None] = mapped_column(String(200), nullable=True)
    position: Mapped[str | None] = mapped_column(String(200), nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    # "Invite me back" after a pause: asked when pausing, sent once by the scheduler.
    invite_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    invite_answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    # The feedback follow-up: asked when the user says the email was sent; with a yes the
    # scheduler asks on followup_due_at whether a reply came (state: see services/followup).
    followup_state: Mapped[str | None] = mapped_column(String(16), nullable=True)
    followup_consent_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    followup_due_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    followup_asks: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # The recruiter's reply as the user pasted or summarised it (free text: consent only).
    feedback_reply: Mapped[str | None] = mapped_column(Text, nullable=True)
    feedback_reply_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


Index("ix_journeys_followup_due_at_id", Journey.followup_due_at, Journey.id)


class Answer(Base):
    """One saved answer of a journey, keyed by the prompt's stable id."""

    __tablename__ = "answers"
    __table_args__ = (UniqueConstraint("journey_id", "prompt"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    journey_id: Mapped[int] = mapped_column(ForeignKey("journeys.id", ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    prompt: Mapped[str] = mapped_column(String(64))
    value: Mapped[Any] = mapped_column(JSON)
    # Feelings are "specific" personal data (UU PDP): flagged so consent can remove them.
    is_feeling: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class MoodCheckin(Base):
    """A 1-5 mood check-in (/mood, the daily message), stored only with consent."""

    __tablename__ = "mood_checkins"
    __table_args__ = (
        Index("ix_mood_checkins_user_id_created_at", "user_id", "created_at"),
        # One check-in per message: a double tap on the daily message counts once.
        UniqueConstraint("user_id", "message_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    # The journey it belongs to (the latest one when it was given), if any.
    journey_id: Mapped[int | None] = mapped_column(
        ForeignKey("journeys.id", ondelete="SET NULL"), nullable=True
    )
    score: Mapped[int] = mapped_column(Integer)
    source: Mapped[str] = mapped_column(String(16))  # command | daily
    # The message whose button was pressed, when it was pressed.
    message_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class PracticeAnswer(Base):
    """One STAR practice answer from /latihan with the parts the checker found."""

    __tablename__ = "practice_answers"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    # A stable key of the question in templates/ (its text lives there).
    question: Mapped[str] = mapped_column(String(32))
    answer: Mapped[str] = mapped_column(Text)
    parts_found: Mapped[list[str]] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class PlanItem(Base):
    """One action of the development plan or the strategy, with its target date."""

    __tablename__ = "plan_items"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    journey_id: Mapped[int] = mapped_column(ForeignKey("journeys.id", ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    # A stable key from conversations/ (its title lives in templates/).
    action: Mapped[str] = mapped_column(String(32))
    detail: Mapped[str] = mapped_column(String(200))
    due_on: Mapped[date] = mapped_column(Date)
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class Application(Base):
    """One job application the user tracks in /lamaran (conversations/applications/).
    Personal data, not feelings data: kept when consent is withdrawn, deleted with
    everything else, never logged."""

    __tablename__ = "applications"
    __table_args__ = (Index("ix_applications_user_id_updated_at", "user_id", "updated_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    company: Mapped[str] = mapped_column(String(200))
    position: Mapped[str] = mapped_column(String(200))
    # Stable keys from conversations/applications (their words live in templates/).
    source: Mapped[str] = mapped_column(String(16))
    company_kind: Mapped[str | None] = mapped_column(String(16), nullable=True)
    stage: Mapped[str] = mapped_column(String(16))
    # The last change of stage: shown as its local date, and the clock of "no news".
    stage_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # The steps of the process it reached, each with its local date, in order:
    # [["applied", "2026-11-20"], ["hr", "2026-11-27"]] (the funnel counts these).
    reached: Mapped[list[list[str]]] = mapped_column(JSON)
    # The interview of its current stage, when the user gave the date.
    interview_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    # The interview date whose preparation nudge went out: a new date gets its own.
    interview_nudged_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    # The one "ask them for news" suggestion, once sent (never again for it).
    quiet_nudged_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    # The recovery journey of its rejection, once there is one.
    journey_id: Mapped[int | None] = mapped_column(
        ForeignKey("journeys.id", ondelete="SET NULL"), nullable=True
    )
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


# The scheduler pages through these by key: interviews coming up, stages gone quiet.
Index("ix_applications_interview_on_id", Application.interview_on, Application.id)
Index("ix_applications_stage_at_id", Application.stage_at, Application.id)


class Delivery(Base):
    """The ledger of scheduled messages: one row per user, local day and kind, so a
    message is claimed by one process and sent at most once (docs/architecture.md)."""

    __tablename__ = "deliveries"
    __table_args__ = (UniqueConstraint("user_id", "local_date", "kind"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    local_date: Mapped[date] = mapped_column(Date)
    # daily | invite-HHMM | fu-<journey> | iv-<application> | nn-<application>
    kind: Mapped[str] = mapped_column(String(16))
    # claimed | sent | unknown | failed | released (bot/scheduling/ledger.py)
    state: Mapped[str] = mapped_column(String(16))
    attempts: Mapped[int] = mapped_column(Integer, default=1)
    message_key: Mapped[str | None] = mapped_column(String(64), nullable=True)
    claimed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)


class InboxUpdate(Base):
    """An update as Telegram sent it, kept until handled (docs/architecture.md: the inbox).

    Stored (raw) before Telegram is told it arrived; handled per chat in update_id order;
    its effects and its "done" commit together, so an update applies once; "replied"
    once its answer went out, so a crash in between answers it again. Rows of updates
    handled without the inbox (the console, tests) carry no payload. The raw update is
    personal data: deleted with the user, kept 48 hours once finished, never logged."""

    __tablename__ = "inbox"
    __table_args__ = (Index("ix_inbox_state_chat_id_update_id", "state", "chat_id", "update_id"),)

    update_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    # The chat it belongs to (the user's, in a private chat): its order is kept per chat.
    chat_id: Mapped[int] = mapped_column(BigInteger)
    user_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True, index=True)
    payload: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    state: Mapped[str] = mapped_column(String(16))  # pending | done | replied | failed
    attempts: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    received_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class GroupNotice(Base):
    """A group where the bot has already pointed people to the private chat."""

    __tablename__ = "group_notices"

    chat_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)

"""The follow-up's rules: which answer leads where, and what counts as a point."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from conversations import followup as f

WITA = timezone(timedelta(hours=8))


@pytest.mark.parametrize(
    "state, asks, answer, expected",
    [
        (f.ASKED, 1, f.YES, (f.AWAITING_REPLY, False)),
        (f.ASKED, 1, f.NOT_YET, (f.SCHEDULED, True)),
        (f.ASKED, 2, f.NOT_YET, (f.NO_REPLY, False)),
        (f.ASKED, 1, f.NONE, (f.NO_REPLY, False)),
        (f.ASKED, 1, f.STOP, (f.NO_REPLY, False)),
    ],
)
def test_each_answer_to_the_question(
    state: str, asks: int, answer: str, expected: tuple[str, bool]
) -> None:
    step = f.on_answer(state, asks, answer)
    assert step is not None and (step.state, step.reschedule) == expected


@pytest.mark.parametrize(
    "state", [None, f.DECLINED, f.SCHEDULED, f.AWAITING_REPLY, f.REPLIED, f.PLANNED, f.NO_REPLY]
)
def test_a_question_no_longer_asked_takes_no_answer(state: str | None) -> None:
    assert all(f.on_answer(state, 1, answer) is None for answer in f.ANSWERS)


def test_an_unknown_answer_changes_nothing() -> None:
    assert f.on_answer(f.ASKED, 1, "maybe") is None


def test_the_question_comes_in_the_morning_in_the_users_zone() -> None:
    late_evening = datetime(2026, 11, 25, 22, 30, tzinfo=WITA)
    assert f.due_at(late_evening, 5) == datetime(2026, 11, 30, 10, 0, tzinfo=WITA)


@pytest.mark.parametrize(
    "text, points",
    [
        ("- Kurang contoh konkret saat menjawab\n- Riset produk kami lebih dalam", 2),
        ("1. Perbanyak latihan studi kasus\n2) Jelaskan proses berpikir Anda", 2),
        (
            "Terima kasih sudah melamar. Kandidat lain lebih berpengalaman di bidang data. "
            "Kami sarankan memperdalam SQL.",
            2,
        ),
        ("Dengan hormat,\nBerikut masukan kami:\n• Komunikasi Anda cukup jelas sekali\nSalam", 1),
        ("Oke.", 0),
        ("", 0),
        ("\n".join(f"- Poin nomor {n} yang cukup panjang" for n in range(9)), f.MAX_POINTS),
    ],
)
def test_points_of_a_reply(text: str, points: int) -> None:
    found = f.reply_points(text)
    assert len(found) == points
    assert all(len(point) <= f.POINT_LIMIT and not point.startswith(("-", "•")) for point in found)


def test_a_long_point_is_shortened_not_dropped() -> None:
    [point] = f.reply_points("- " + "kata " * 100)
    assert len(point) == f.POINT_LIMIT and point.endswith("…")


def test_plan_items_from_a_reply_are_due_in_two_weeks() -> None:
    assert f.plan_due(date(2026, 11, 25)) == date(2026, 12, 9)


def test_a_pasted_reply_with_advice_reads_as_feedback_and_a_rejection_does_not() -> None:
    advice = (
        "Yth. Saudari Rina, terima kasih atas email Anda. Kami menyarankan Anda memperdalam "
        "SQL dan menyiapkan contoh proyek sebelum melamar kembali."
    )
    rejection = (
        "Terima kasih atas partisipasi Anda dalam proses seleksi. Dengan berat hati kami "
        "sampaikan bahwa kami memutuskan untuk melanjutkan dengan kandidat lain."
    )
    own_words = "hr nya bales nih katanya aku kurang pengalaman, kami sih udah usaha"
    assert f.reads_as_feedback(advice)
    assert not f.reads_as_feedback(rejection)
    assert not f.reads_as_feedback(own_words)


def test_a_greeting_by_name_and_an_invitation_to_apply_again_are_no_points() -> None:
    reply = (
        "Dimas, terima kasih atas email Anda. Portofolio Anda sudah baik, namun penjelasan "
        "proses desain masih kurang terstruktur. Kami mendorong Anda untuk melamar kembali "
        "tahun depan. Salam, Tim HR"
    )
    assert f.reply_points(reply) == [
        "Portofolio Anda sudah baik, namun penjelasan proses desain masih kurang terstruktur."
    ]


def test_the_users_own_words_before_a_pasted_reply_are_no_point() -> None:
    """'eh HRnya udh bales: "Halo Anisa, …' lists the recruiter's points only."""
    pasted = (
        'eh HRnya udh bales: "Halo Anisa, terima kasih atas emailnya. Secara umum jawaban '
        "Anda cukup baik, namun kurang contoh konkret. Kami menyarankan Anda memperdalam "
        'pengetahuan tentang produk kami."'
    )
    points = f.reply_points(pasted)
    assert points[0].startswith("Secara umum jawaban Anda cukup baik")
    assert not any("bales" in point or "Halo" in point for point in points)

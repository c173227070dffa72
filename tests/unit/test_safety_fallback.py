"""The fallback scorer: phrasings no crisis template knows, read by their cues. These pin
the mechanism (cues, weights, the two lines, the warning signs across sentences, what
takes points away); the fresh batches in tests/data/safety/ measure it."""

from __future__ import annotations

import pytest

from conversations import safety_rules
from conversations.safety import Risk, assess, cues, explain, score


def _line(text: str) -> str:
    """One clause as the rules read it."""
    return " " + explain(text).analysed.strip() + " "


# --- the data ------------------------------------------------------------------------


def test_every_cue_has_a_weight_and_every_weight_a_cue() -> None:
    assert set(safety_rules.CUES) == set(safety_rules.CUE_WEIGHTS)


def test_the_cue_sets_name_only_cues_and_only_positive_ones() -> None:
    named = safety_rules.CORE_CUES | safety_rules.GENTLE_CUES | safety_rules.WARNING_SIGNS
    assert named <= set(safety_rules.CUES)
    assert all(safety_rules.CUE_WEIGHTS[c] > 0 for c in named)
    assert safety_rules.CORE_CUES <= safety_rules.GENTLE_CUES
    assert safety_rules.FALLBACK_DISTRESS < safety_rules.FALLBACK_CRISIS


# --- cues and scores -----------------------------------------------------------------


def test_cues_are_read_after_the_harmless_masks() -> None:
    assert "death" in cues(_line("aku gak takut mati"))
    assert "death" not in cues(_line("mati lampu dari pagi"))  # the idiom is masked


def test_a_score_needs_a_core_cue_to_reach_the_crisis_line() -> None:
    soft = frozenset({"leave", "wish", "self", "all", "sincere"})  # weights 2+2+1+1+2
    assert sum(safety_rules.CUE_WEIGHTS[c] for c in soft) >= safety_rules.FALLBACK_CRISIS
    assert safety_rules.FALLBACK_DISTRESS <= score(soft) < safety_rules.FALLBACK_CRISIS
    assert score(soft | {"forever"}) >= safety_rules.FALLBACK_CRISIS
    assert score(frozenset({"wish", "self", "plan", "decided"})) == 0  # nothing to worry about


def test_what_takes_points_away_does() -> None:
    found = frozenset({"absent", "self", "plan"})
    assert score(found | {"job"}) == score(found) - 3


# --- first person with death, absence or ending, and the same words about the job -----


@pytest.mark.parametrize(
    "text",
    [
        "pengen semuanya gelap dan sunyi selamanya",  # no template: wish, all, forever, dark
        "aku mau pergi ke tempat yang jauh, yang gak bisa dijangkau siapa pun",
        "kalau aku mati, tolong donorin organku",
        "minggu ini rasanya aku cuma numpang napas",
        "aku pengen istirahat selamanya dari semua ini",
    ],
)
def test_first_person_with_death_or_absence_raises_at_least_the_gentle_tier(text: str) -> None:
    found = explain(text)
    assert found.risk is not Risk.NONE
    assert found.family == "fallback"


@pytest.mark.parametrize(
    "text",
    [
        "pengen ngilang dari grup WA alumni",
        "besok aku gak ada di kantor, ada tes di luar",
        "HP-ku gak bisa dihubungi besok, lagi tes seharian",
        "aku pengen pergi jauh, cari kerja di Bali",
        "kucingku kemarin hampir mati, semoga cepat sembuh",
        "pengen hilang ditelan bumi pas salah jawab di interview",
        "I wanna disappear for a week and just sleep",
    ],
)
def test_the_same_words_about_the_job_or_daily_life_score_nothing(text: str) -> None:
    assert assess(text) is Risk.NONE


def test_the_gentle_line_and_the_crisis_line() -> None:
    gentle = explain("rasanya pengen minggat yang jauh, beneran")  # soft cues only
    assert (gentle.risk, gentle.family) == (Risk.DISTRESS, "fallback")
    crisis = explain("rasanya pengen minggat yang jauh, beneran, untuk selamanya")
    assert (crisis.risk, crisis.family) == (Risk.CRISIS, "fallback")


def test_a_clause_is_read_with_the_next_one() -> None:
    # Neither sentence alone reaches the crisis line; together they do.
    assert assess("aku cuma pengen semuanya berhenti.") is not Risk.CRISIS
    assert assess("aku cuma pengen semuanya berhenti. aku juga.") is Risk.CRISIS


def test_a_short_piece_that_continues_a_sentence_is_read_with_it() -> None:
    assert explain("i'm done. with everything. with life.").risk is Risk.CRISIS
    assert len(explain("aku capek. sama hidup.").analysed.split("|")) == 1


# --- warning signs across a message ---------------------------------------------------


def test_two_different_warning_signs_anywhere_raise_a_crisis() -> None:
    text = (
        "Hari ini aku hapus semua akun, balikin barang pinjeman ke temen-temen. "
        "Rasanya tenang. Makan siang tadi enak. Semua udah beres."
    )
    found = explain(text)
    assert (found.risk, found.family) == (Risk.CRISIS, "fallback")
    # one sign alone is not enough
    assert assess("Hari ini aku balikin barang pinjeman ke temen-temen.") is Risk.NONE


def test_a_warning_sign_in_a_job_sentence_does_not_count() -> None:
    text = (
        "Hari ini aku hapus semua file lamaran lama, beresin CV. "
        "Rasanya tenang. Semua udah beres, tinggal kirim."
    )
    assert assess(text) is not Risk.CRISIS


def test_a_laugh_takes_the_fallback_down() -> None:
    assert assess("kalau kalian baca ini berarti aku udah keterima kerja hehe") is Risk.NONE


def test_templates_still_come_first() -> None:
    found = explain("pengen mati aja. semua udah beres, barang-barangku udah aku bagiin.")
    assert (found.risk, found.family) == (Risk.CRISIS, "want_to_die")


def test_pasted_mode_still_skips_the_senders_sentences_for_the_fallback() -> None:
    email = "Yth. Saudara,\nKami mohon maaf, Anda tidak lolos ke tahap berikutnya.\nHormat kami"
    assert assess(email, pasted=True) is Risk.NONE
    assert assess(email + "\n\nini yang terakhir. aku pamit dari hidup ini.", pasted=True) is (
        Risk.CRISIS
    )


# --- cues that need company, and sentences that turn ---------------------------------


def test_a_cue_that_needs_another_counts_only_beside_it() -> None:
    assert "me_also" in safety_rules.CUE_NEEDS
    alone = frozenset({"me_also", "self", "rest", "plan", "intend"})
    beside = alone | {"all_over"}
    assert score(alone) == 0  # "laptopku udah panas, aku juga. mau tidur aja, besok ..."
    assert score(beside) >= safety_rules.FALLBACK_CRISIS
    assert assess("Laptopku udah panas, aku juga. Mau tidur aja, besok bangun siang.") is (
        Risk.NONE
    )


def test_a_turning_word_starts_a_new_thought_for_the_fallback() -> None:
    # The interview before "tapi" does not take points from what comes after it.
    text = "Besok aku interview lagi, tapi jujur aku gak yakin aku masih kuat sampai besok."
    assert assess(text) is not Risk.NONE
    assert assess("Besok aku interview lagi, semoga lancar sampai selesai.") is Risk.NONE


def test_a_title_is_masked_before_the_sentence_is_split() -> None:
    assert assess("baru selesai baca I Want to Die but I Want to Eat Tteokbokki") is not (
        Risk.CRISIS
    )


@pytest.mark.parametrize(
    "text",
    [
        "Baik, terima kasih atas semuanya. Saya pamit.",
        "makasih buat semuanya ya, aku pamit",
        "oke makasih ya kak, aku pamit dulu",
    ],
)
def test_a_polite_goodbye_is_not_a_crisis(text: str) -> None:
    assert assess(text) is not Risk.CRISIS


def test_a_goodbye_with_a_second_warning_sign_is() -> None:
    text = "Gak usah dibales ya. Aku cuma mau bilang, kamu orang baik. Aku pamit."
    assert assess(text) is Risk.CRISIS

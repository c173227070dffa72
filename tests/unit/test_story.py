"""What a story tells besides feelings, for step 1's answer (conversations/story.py)."""

from __future__ import annotations

import pytest

from conversations.story import Situation, situation_in


@pytest.mark.parametrize(
    "story, situation",
    [
        ("Padahal udah tahap akhir!!", Situation.LAST_STAGE),
        ("ditolak lagi, padahal udah final interview", Situation.LAST_STAGE),
        ("tinggal selangkah lagi padahal", Situation.LAST_STAGE),
        ("Udah nunggu 2 minggu, eh ditolak", Situation.LONG_WAIT),
        ("digantung sebulan sama HR-nya", Situation.LONG_WAIT),
        ("gw udah belajar mati2an buat tesnya", Situation.PREPARED),
        ("Saya sudah berusaha keras.", Situation.PREPARED),
        ("udah ke-10 kalinya ditolak", Situation.MANY_TIMES),
        ("berkali-kali ditolak, capek", Situation.MANY_TIMES),
        ("ini panggilan ketiga yg gagal", Situation.MANY_TIMES),
        ("udah 3 bulan nganggur, ini panggilan ketiga yg gagal", Situation.MANY_TIMES),
        ("ortu udah nanya terus kapan kerja", Situation.PRESSURE),
        ("tabungan udah menipis", Situation.PRESSURE),
        ("aku nganggur udah 8 bulan", Situation.PRESSURE),
        ("ditanyain terus sama ortu kapan kerja", Situation.PRESSURE),
        ("malu bgt sama keluarga", Situation.PRESSURE),
        ("nyokap udah nunggu kabar baik", Situation.PRESSURE),
        ("udah 3 bulan nganggur", Situation.PRESSURE),
        # Nothing of the kind: the general line, never a guess.
        ("Hari ini berat sekali.", None),
        # An interview that felt good makes the news confusing: said, not guessed.
        ("Wawancaranya lancar, tapi tetap ditolak.", Situation.WENT_WELL),
        ("kirain bakal lolos soalnya usernya ramah", Situation.WENT_WELL),
        ("interviewnya gak lancar sih", None),
        ("ga yakin lolos dari awal", None),
        ("Saya nunggu di lobi lama sebelum dipanggil", None),
    ],
)
def test_the_situation_a_story_tells_is_read(story: str, situation: Situation | None) -> None:
    assert situation_in(story) is situation

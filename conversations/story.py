"""What a story tells besides feelings: a few situations that make a rejection heavier,
so step 1's answer can name the one the person wrote about instead of a general line.
Transparent rules, like conversations/reframing.py; nothing is quoted back."""

from __future__ import annotations

import re
from enum import Enum

from conversations.safety import normalise, squeeze_letters


class Situation(Enum):
    # Reached the last stage, so it felt within reach.
    LAST_STAGE = "last_stage"
    # Waited long for the answer.
    LONG_WAIT = "long_wait"
    # Prepared hard for it.
    PREPARED = "prepared"
    # One rejection after many.
    MANY_TIMES = "many_times"
    # Family, money or time out of work weigh on it.
    PRESSURE = "pressure"
    # The interview felt good, so the answer came as a surprise.
    WENT_WELL = "went_well"


_ALREADY = r"(?:sudah|udah|dah|sdh|udh)"

SITUATIONS: dict[Situation, list[str]] = {
    Situation.LAST_STAGE: [
        r"(?:tahap|tahapan|sesi|interview|wawancara)\s*(?:yang\s*)?(?:akhir|terakhir|final)",
        r"(?:final|last)\s*(?:interview|round|stage)",
        r"(?:tinggal|kurang)\s*(?:selangkah|satu langkah|sedikit lagi)",
        rf"{_ALREADY}\s*(?:sampai|nyampe|sampe)\s*(?:tahap\s*)?(?:akhir|final|user)",
    ],
    Situation.LONG_WAIT: [
        r"(?:menunggu|nunggu|nungguin|tunggu)\s*(?:kabar(?:nya)?\s*)?(?:selama\s*)?"
        r"(?:lama|\d+\s*(?:minggu|bulan)|(?:se|ber)?(?:minggu|bulan)|dua minggu|sebulan)",
        r"(?:di)?gantung",
        r"(?:berminggu minggu|berbulan bulan)",
    ],
    Situation.PREPARED: [
        r"(?:belajar|persiapan|mempersiapkan|siapin|nyiapin|latihan)\s*"
        r"(?:\w+\s*){0,2}(?:mati matian|keras|banget|bgt|berminggu|berhari|tiap hari)",
        r"(?:begadang|lembur)\s*(?:\w+\s*){0,2}(?:belajar|persiapan|siapin|nyiapin)",
        r"(?:berusaha|usaha|berjuang)\s*(?:\w+\s*){0,1}(?:keras|maksimal|mati matian)",
        rf"{_ALREADY}\s*(?:persiapan|mempersiapkan|nyiapin|siapin)\s*(?:\w+\s*){{0,2}}"
        r"(?:matang|maksimal|lama)",
    ],
    Situation.MANY_TIMES: [
        r"(?:berkali kali|kesekian kali|kesekian kalinya|untuk kesekian)",
        r"ke\s*\d+\s*(?:kali|kalinya)",
        r"(?:lagi lagi|terus terusan|selalu)\s*ditolak",
        r"ditolak\s*(?:terus|lagi|melulu|mulu)",
        r"(?:puluhan|belasan|ratusan)\s*(?:lamaran|kali|perusahaan)",
        # "panggilan ketiga yg gagal", "udah yang keempat kalinya"
        r"(?:panggilan|wawancara|interview|lamaran|penolakan|yang|yg)\s*"
        r"ke\s*(?:tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|[3-9]|\d{2})\b"
        r"|ketiga|keempat|kelima|keenam|ketujuh|kesepuluh",
    ],
    Situation.PRESSURE: [
        r"(?:orang tua|ortu|keluarga|mertua|istri|suami|anak|bokap|nyokap|mama|papa)\s*"
        r"(?:\w+\s*){0,3}(?:nanya|tanya|bertanya|nungu|nunggu|berharap|ngarep|nuntut|butuh)",
        # "malu sama ortu", "ga enak sama keluarga", "ditanyain terus sama ortu"
        r"(?:malu|ga enak|gak enak|nggak enak|ngga enak|takut|ditanya\w*|disindir|dikejar)\s*"
        r"(?:\w+\s*){0,2}(?:sama|sm|ke|dengan|ama|oleh)\s*"
        r"(?:orang tua|ortu|keluarga|mertua|bokap|nyokap|mama|papa|ayah)",
        r"(?:butuh|perlu)\s*(?:banget\s*|bgt\s*)?(?:kerja|kerjaan|pekerjaan|gaji|uang|duit)",
        r"(?:tabungan|cicilan|utang|hutang|kontrakan|kosan)\s*(?:\w+\s*){0,2}"
        r"(?:menipis|habis|abis|numpuk|nunggak)",
        r"(?:nganggur|menganggur|pengangguran)\s*(?:\w+\s*){0,2}(?:bulan|tahun|lama)",
        r"(?:\d+|se|ber|dua|tiga|empat|lima|enam)\s*(?:bulan|tahun)\s*(?:\w+\s*){0,1}"
        r"(?:nganggur|menganggur|ga kerja|gak kerja|tidak bekerja|belum kerja)",
    ],
    Situation.WENT_WELL: [
        r"(?:interview|wawancara|tes)\s*(?:nya\s*)?(?:\w+\s*){0,2}(?:lancar|mulus|oke|bagus)",
        r"(?:kirain|kira|yakin|pede)\s*(?:\w+\s*){0,2}(?:lolos|keterima|diterima|dapet)",
        r"(?:ngerasa|merasa|rasanya)\s*(?:\w+\s*){0,2}(?:lancar|bagus|oke)",
    ],
}

_COMPILED = {
    situation: re.compile(r"\b(?:" + "|".join(squeeze_letters(p) for p in rules) + r")\b")
    for situation, rules in SITUATIONS.items()
}


# "interviewnya gak lancar", "ga yakin lolos": the opposite of what the words say alone.
_NEGATED = re.compile(r"\b(?:gak|ga|tidak|nggak|ngga|enggak|kurang|belum|tdk|gk|kagak|ndak)\b")


def situation_in(story: str) -> Situation | None:
    """The first situation the story tells, in the order above (the most specific first);
    a feeling of having done well counts only when nothing in it is negated."""
    cleaned = normalise(story)
    for situation, regex in _COMPILED.items():
        for found in regex.finditer(cleaned):
            start = max(0, found.start() - 8)  # "ga yakin lolos": the word just before
            if situation is Situation.WENT_WELL and _NEGATED.search(cleaned[start : found.end()]):
                continue
            return situation
    return None

"""The STAR check for /latihan: which of Situasi, Tugas, Aksi and Hasil a typed answer
shows, read from transparent cue-word rules (a table per part, below).

The rules look for the words people use to open each part of a story ("saat itu",
"tugas saya", "saya memutuskan", "hasilnya"). They do not understand the story: the
result is a guide for practice, never a grade. Typos are out of scope.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

SITUASI, TUGAS, AKSI, HASIL = "situasi", "tugas", "aksi", "hasil"
PARTS = (SITUASI, TUGAS, AKSI, HASIL)
# Under this many words an answer is called short: a full STAR story needs a sentence
# or two for each part. The parts are still reported.
MIN_WORDS = 25

_I = r"(?:saya|aku)"
# Words that may stand between "saya" and the verb ("saya lalu menghubungi").
_THEN = r"(?:lalu|kemudian|segera|langsung|juga|pun|lantas|akhirnya|sendiri|pertama)"
_NUMBER = r"\d+"
# Me- verbs after "saya" that tell a feeling, a state or a thought, not an action.
_NOT_ACTION = (
    r"(?:merasa\w*|memang|memiliki|mempunyai|menjadi|mendapat\w*|menerima|menyadari|"
    r"mengerti|memahami|melihat|mengalami|mendengar|menganggap|menyukai|mengira|menduga|"
    r"membutuhkan|memerlukan|mengetahui|meyakini|menyesal\w*|mengharapkan|menginginkan|"
    r"menunggu|merupakan|masih|mau|menikmati|mencintai|membenci|mengingat|memikirkan|"
    r"menangis|menyerah)"
)
# After "lalu saya" or "pertama saya", words that are not a step taken.
_NOT_STEP = (
    rf"(?:{_NOT_ACTION}|ingin|akan|berharap|bisa|sedang|selalu|sangat|tidak|belum|adalah|"
    r"hanya|cukup|sudah|lebih|senang|sedih|kecewa|bingung|gugup|takut|ragu)"
)
# Base verbs used after "saya" in everyday speech ("lalu saya hubungi kliennya").
_BASE_VERBS = (
    r"(?:ajak|hubungi|buat|susun|pelajari|coba|tawarkan|usulkan|bagi|atur|jadwalkan|"
    r"telepon|temui|perbaiki|analisis|catat|lakukan|kerjakan|siapkan|selesaikan|cek|"
    r"periksa|tulis|rancang|bentuk|minta|ubah|latih|kumpulkan|petakan|uji)"
)
_TASKS = r"tugas|target|tanggung jawab|peran|tujuan|sasaran|kewajiban"
_PLACES = (
    r"(?:kantor|proyek|perusahaan|tempat kerja|divisi|departemen|organisasi|kampus|"
    r"startup|pekerjaan)"
)

# Cue patterns per part. Each pattern is matched on the normalised text (lower case,
# punctuation as spaces, "%" kept) and only as whole words, so "hasil" never matches
# inside "penghasilan".
CUES: dict[str, tuple[str, ...]] = {
    SITUASI: (
        r"(?:pada )?saat itu",
        r"saat (?:saya|kami|bekerja|magang|kuliah|menjadi|masih|menjabat|bergabung)",
        r"ketika",
        r"sewaktu",
        r"semasa",
        r"waktu itu",
        r"waktu (?:saya|kami) (?:bekerja|kerja|magang|kuliah|menjadi|masih|bergabung)",
        r"selama (?:saya )?(?:bekerja|magang|kuliah|menjabat|menjadi)",
        rf"{_I} pernah",
        rf"{_I} (?:bekerja|magang) (?:sebagai|di)",
        rf"dulu (?:{_I}|kami|ketika|waktu|saat)",
        rf"di (?:sebuah |salah satu )?{_PLACES}",
        r"(?:pada|di) (?:tahun|semester) (?:\d{4}|lalu|pertama|terakhir)",
        r"(?:tahun|bulan|semester) lalu",
        r"beberapa (?:minggu|bulan|tahun) (?:yang )?lalu",
        r"situasi(?:nya)?",
        r"latar belakang(?:nya)?",
        r"konteks(?:nya)?",
        r"(?:terjadi|muncul|ada) (?:sebuah |satu )?(?:masalah|kendala|konflik|keluhan"
        r"|kesalahan|gangguan|perselisihan)",
    ),
    TUGAS: (
        r"tugas (?:saya|kami|utama|aku)",
        r"tugas(?:ku|nya)",
        r"bertugas",
        r"ditugas(?:kan|i)",
        r"penugasan",
        r"(?:ber)?tanggung jawab",
        r"penanggung jawab",
        rf"{_I} (?:diminta|dipercaya|ditunjuk|diberi tugas|mendapat tugas)",
        rf"{_I} (?:harus|wajib) me\w+",
        r"target(?:nya)?",
        r"ditargetkan",
        r"sasaran(?:nya)?",
        r"tujuan(?:nya| saya| kami)",
        rf"peran {_I}",
        rf"{_I} berperan",
        rf"kewajiban {_I}",
        rf"(?:yang )?(?:perlu|harus) {_I} (?:lakukan|capai|selesaikan|pastikan)",
        r"tantangan(?:nya| saya)",
    ),
    AKSI: (
        rf"{_I} (?:{_THEN} )?memutuskan",
        r"langkah(?: langkah)?",
        rf"(?:pertama|lalu|kemudian|setelah itu|selanjutnya|berikutnya) {_I} "
        rf"(?!{_NOT_STEP}(?!\w))\w+",
        rf"{_I} (?:{_THEN} )?(?!{_NOT_ACTION}(?!\w))me\w{{3,}}",
        rf"{_I} (?:{_THEN} )?(?:berdiskusi|berkoordinasi|berbicara|bertanya|berinisiatif"
        r"|berlatih|bekerja sama|berkonsultasi|bernegosiasi)",
        rf"{_I} (?:{_THEN} )?{_BASE_VERBS}(?:kan|i)?",
        rf"{_I} (?:{_THEN} )?(?:ambil langkah|ambil tindakan|turun tangan)",
        rf"tindakan (?:yang )?{_I}",
    ),
    HASIL: (
        r"hasil(?:nya| akhirnya| akhir)",
        r"alhasil",
        r"hasil dari",
        r"(?:pada )?akhirnya",
        r"berhasil",
        r"meningkat",
        r"menurun",
        r"berkurang",
        r"bertambah",
        r"tercapai",
        r"terselesaikan",
        r"tepat waktu",
        rf"(?:naik|turun|menjadi|sebesar|mencapai|melampaui) (?:{_NUMBER}|dua kali)",
        rf"{_NUMBER} ?(?:%|persen)",
        r"dampaknya",
        r"berdampak",
        r"sejak (?:saat )?itu",
        r"pelajaran (?:yang|berharga|penting|dari)",
        rf"{_I} (?:jadi )?belajar (?:bahwa|untuk|banyak)",
        r"(?:mendapat|menerima|meraih) (?:apresiasi|penghargaan|pujian)",
        r"diapresiasi",
        r"dipuji",
        r"puas",
        r"menghemat",
    ),
}

# Phrases that hold a cue but are not one: masked before that part's cues are read.
NOT_CUES: dict[str, tuple[str, ...]] = {
    HASIL: (
        # A goal's number is the task, not the result ("target penjualan naik 20%").
        rf"(?:target|sasaran|tujuan|ditargetkan)(?:nya)? (?:\w+ ){{0,6}}?"
        rf"(?:{_NUMBER} ?(?:%|persen)|(?:naik|turun|menjadi|sebesar|mencapai) {_NUMBER})",
        # An unhappy customer is the situation.
        r"(?:tidak|belum|kurang) puas",
        # "saya akhirnya memutuskan" is the action, not the outcome.
        rf"(?:{_I}|kami) akhirnya",
        rf"akhirnya (?:{_I}|kami) (?:memutuskan|mencoba|memilih|mengambil)",
    ),
    AKSI: (
        # "hal yang saya pelajari" is a lesson (the result), not a step.
        rf"yang {_I} pelajari",
        # In "tugas saya membuat laporan" the verb names the task, not a step taken.
        rf"(?:{_TASKS}) (?:utama )?{_I}",
    ),
    # "terlebih dulu saya" is order, not a past situation.
    SITUASI: (
        r"(?:terlebih|lebih) dulu",
        # "di perusahaan Anda" is the one applied to, not a past situation.
        rf"di {_PLACES} (?:anda|ini|impian)",
    ),
}


def _whole_words(patterns: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + "|".join(patterns) + r")(?!\w)")


_CUES = {part: _whole_words(patterns) for part, patterns in CUES.items()}
_NOT_CUES = {part: _whole_words(patterns) for part, patterns in NOT_CUES.items()}
_NOT_WORD = re.compile(r"[^\w\s%]+")
_SPACES = re.compile(r"\s+")


def normalise(text: str) -> str:
    """Lower case, punctuation as spaces (keeping "%"), one space between words."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return _SPACES.sub(" ", _NOT_WORD.sub(" ", folded)).strip()


def count_words(text: str) -> int:
    return sum(1 for token in text.split() if any(ch.isalnum() for ch in token))


@dataclass(frozen=True)
class StarCheck:
    found: tuple[str, ...]  # in STAR order
    missing: tuple[str, ...]
    words: int
    too_short: bool

    @property
    def complete(self) -> bool:
        return not self.missing


def find_parts(text: str) -> tuple[str, ...]:
    cleaned = normalise(text)
    found = []
    for part in PARTS:
        masked = cleaned
        if part in _NOT_CUES:
            masked = _NOT_CUES[part].sub(" # ", cleaned)
        if _CUES[part].search(masked):
            found.append(part)
    return tuple(found)


def check(text: str) -> StarCheck:
    found = find_parts(text)
    words = count_words(text)
    return StarCheck(
        found=found,
        missing=tuple(part for part in PARTS if part not in found),
        words=words,
        too_short=words < MIN_WORDS,
    )

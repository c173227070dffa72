"""The article's "Hindari" list as transparent rules: harsh self-blame, comparing oneself
with people who were hired, and treating one rejection as total, permanent failure.
A match is named gently and answered with a reframe; the journey then goes on."""

from __future__ import annotations

import hashlib
import re
from enum import Enum

from conversations.safety import normalise, squeeze_letters


class Pattern(Enum):
    SELF_BLAME = "self_blame"
    COMPARISON = "comparison"
    TOTAL_FAILURE = "total_failure"


_I = r"(?:aku|saya|gue|gw|gua|ku|diriku|diri saya|diri sendiri)"
_NOT = r"(?:gak|ga|nggak|ngak|ngga|enggak|engak|tidak|tdk|tak|gk|kagak|ndak)"
_NEVER = rf"(?:{_NOT}\s*(?:akan|bakal|bakalan)?\s*(?:pernah|mungkin)|mustahil)"
_INSULT = (
    r"(?:bodoh|bego|goblok|tolol|dungu|payah|bodo|oon|pecundang|sampah|"
    r"(?:tidak|gak|ga|nggak)\s*(?:becus|berguna|guna|mampu|bisa apa\s*apa|berharga|layak)|"
    r"gaguna|gakguna|ngga\s*guna)"
)
_OTHERS = (
    r"(?:teman|temen|kawan|sahabat|orang lain|orang orang|yang lain|semua orang|"
    r"adik|kakak|sepupu|saudara|rekan|dia|mereka|angkatan)(?:k?u|mu|nya)?"
)
_HIRED = (
    r"(?:diterima|keterima|dapat kerja|dapet kerja|sudah kerja|udah kerja|lolos|sukses|"
    r"(?:pada\s*)?(?:kerja|bekerja)\b(?!\s*(?:keras|sama|bareng)))"
)

PATTERNS: dict[Pattern, list[str]] = {
    Pattern.SELF_BLAME: [
        rf"{_I}\s*(?:ini\s*)?(?:memang|emang|mmg|sungguh|benar benar|bener bener|sangat)?\s*"
        rf"{_INSULT}",
        rf"(?:dasar|memang|emang)\s*{_I}?\s*{_INSULT}",
        rf"{_INSULT}\s*(?:banget|sekali|bgt|amat)",
        rf"betapa\s*{_INSULT}(?:nya)?",
        rf"(?:semua|ini)\s*(?:salah|gara gara|karena)\s*{_I}",
        rf"salah\s*{_I}\s*sendiri",
        rf"{_I}\s*(?:yang|emang yang)\s*salah",
        rf"(?:benci|muak\s*(?:dengan|sama))\s*{_I}",
        rf"{_I}\s*(?:gagal|memalukan)\s*sebagai",
        rf"{_I}\s*(?:memang|emang)\s*(?:ga|gak|tidak)\s*pantas",
    ],
    Pattern.COMPARISON: [
        rf"{_OTHERS}\s*(?:{_I}\s*)?(?:sudah|udah|dah|semua|udah pada|sudah pada|pada)\s*"
        rf"(?:\w+\s*){{0,2}}{_HIRED}",
        rf"(?:cuma|hanya|tinggal|cuman)\s*{_I}\s*(?:yang|yg)\s*(?:belum|gak|tidak|ga)",
        rf"{_OTHERS}\s*(?:{_I}\s*)?(?:lebih|jauh lebih)\s*"
        r"(?:pintar|hebat|baik|pantas|cerdas|berbakat|beruntung|sukses)",
        rf"kenapa\s*(?:{_OTHERS}|orang)\s*(?:bisa\s*)?{_HIRED}",
        rf"(?:{_I})?\s*kalah\s*(?:sama|dengan|dari)\s*{_OTHERS}",
        rf"{_I}\s*(?:tertinggal|ketinggalan)\s*(?:dari|dibanding)",
        rf"dibanding(?:kan)?\s*(?:dengan\s*)?{_OTHERS}",
        rf"(?:lihat|liat)\s*{_OTHERS}\s*(?:\w+\s*){{0,3}}{_HIRED}",
    ],
    Pattern.TOTAL_FAILURE: [
        rf"{_NEVER}\s*(?:\w+\s*){{0,2}}{_HIRED}",
        rf"{_NEVER}\s*(?:dapat|dapet)\s*kerja",
        r"gagal\s*(?:total|lagi dan lagi|terus|selamanya)",
        rf"{_I}\s*(?:selalu|pasti)\s*gagal",
        rf"{_NOT}\s*(?:akan\s*)?ada\s*(?:perusahaan\s*(?:yang\s*)?|yang\s*)(?:mau|ingin)\s*"
        r"(?:menerima|nerima)",
        rf"(?:karier|karir|masa depan)\s*(?:{_I}\s*)?(?:hancur|tamat|suram|habis|selesai)",
        r"(?:semua|semuanya)\s*(?:sia sia|percuma)",
        r"percuma\s*(?:saja|aja|melamar|lamar|usaha)",
        r"(?:sudah|udah)\s*(?:tamat|habis|selesai)\s*(?:riwayat|semuanya)",
        rf"{_I}\s*(?:memang|emang)?\s*(?:ditakdirkan|terlahir)\s*(?:untuk\s*)?gagal",
        rf"{_NOT}\s*(?:ada\s*)?harapan\s*(?:buat|untuk|bagi)\s*{_I}\s*(?:kerja|dapat kerja)",
        r"(?:pasti|bakal|akan)\s*ditolak\s*(?:terus|lagi|selamanya|di mana mana|dimana mana)",
        rf"{_NOT}\s*(?:akan\s*|bakal\s*|bakalan\s*)?pernah\s*(?:berhasil|sukses|bisa)",
        r"kegagalan\s*(?:total|mutlak)",
    ],
}

_COMPILED = {
    pattern: re.compile(r"\b(?:" + "|".join(squeeze_letters(p) for p in rules) + r")\b")
    for pattern, rules in PATTERNS.items()
}


# What texts were found to hold, by a digest of the text (no text is kept). The story is
# read again for every later prompt of the journey (its view), and a long one took 100 µs
# and more each time. Past the limit it starts again: a bound, not an order.
_FOUND: dict[bytes, tuple[Pattern, ...]] = {}
_FOUND_LIMIT = 4096


def find_patterns(text: str) -> list[Pattern]:
    key = hashlib.blake2b(text.encode(), digest_size=16).digest()
    found = _FOUND.get(key)
    if found is None:
        cleaned = normalise(text)
        found = tuple(pattern for pattern, regex in _COMPILED.items() if regex.search(cleaned))
        if len(_FOUND) >= _FOUND_LIMIT:
            _FOUND.clear()
        _FOUND[key] = found
    return list(found)

"""Crisis-language detection for everyday Indonesian, slang and a little English.

Rule-based and transparent (../shared/SAFETY.md): tolerant of repeated letters, missing
spaces and mixed case; a match wholly inside a known harmless idiom ("mati lampu",
"mati-matian") is ignored. Two tiers: CRISIS stops the journey and shows the crisis contacts at
once; DISTRESS gets a gentle check-in while the journey goes on.
"""

from __future__ import annotations

import re
import unicodedata
from enum import Enum


class Risk(Enum):
    NONE = "none"
    DISTRESS = "distress"
    CRISIS = "crisis"


# Word alternatives, written already "squeezed" (no doubled letters; see _squeeze).
_I = r"(?:aku|saya|gue|gw|gua|ku|sy|ak|q)"
_WANT = r"(?:ingin|ingn|pengen|pingin|pengin|kepengen|pgn|mau|mo|pen|ngin)"
_NOT = r"(?:gak|ga|nggak|ngak|ngga|nga|enggak|engak|tidak|tdk|tak|gk|g|kagak|ndak)"
_ALREADY = r"(?:udah|sudah|dah|udh|sdh)"
_BETTER = r"(?:mending|mendingan|lebih baik|lbh baik|better)"
_SELF = r"(?:diri|diri sendiri|dri)"
_LIFE = r"(?:hidup|idup)"

CRISIS_PATTERNS = [
    rf"bunuh\s*{_SELF}",
    r"bundir",
    r"suicide",
    r"kil+\s*my\s*self",
    r"end\s*my\s*life",
    r"want\s*to\s*die",
    rf"{_WANT}\s*(?:cepat\s*|segera\s*)?(?:mati|meninggal|metong|modar|mampus)",
    rf"{_BETTER}\s*(?:{_I}\s*)?(?:mati|meninggal|modar)",
    rf"{_I}\s*{_BETTER}\s*mati",
    rf"(?:cape|capek|lelah|muak|bosan|bosen|jenuh)\s*(?:banget\s*|sekali\s*|bgt\s*)?"
    rf"(?:(?:sama|dengan|dgn|ama|jalani|menjalani|ngejalanin)\s*)?{_LIFE}",
    rf"{_NOT}\s*{_WANT}\s*{_LIFE}(?:\s*lagi)?",
    rf"{_NOT}\s*(?:kuat|sanggup)\s*{_LIFE}\s*lagi",
    rf"(?:meng|ng)?akhir(?:i|in)\s*{_LIFE}",
    r"(?:meng|ng)?akhir(?:i|in)\s*semua(?:nya)?",
    rf"(?:menyakiti|nyakitin|nyakiti|melukai|ngelukain|ngelukai|lukai|sakiti)\s*{_SELF}",
    r"self\s*harm",
    r"(?:me)?nyilet",
    r"silet\s*(?:tangan|nadi|lengan)",
    r"(?:menyayat|nyayat|sayat)\s*(?:tangan|nadi|lengan)",
    r"potong\s*nadi",
    rf"gantung\s*{_SELF}",
    r"minum\s*(?:racun|baygon|obat\s*nyamuk|pembasmi)",
    r"overdosis",
    r"(?:loncat|lompat|terjun)\s*dari\s*(?:gedung|jembatan|atap|lantai)",
    rf"{_WANT}\s*(?:ngilang|menghilang|hilang)\s*(?:selamanya|dari dunia|aja|saja)",
    rf"{_WANT}\s*(?:ngilang|menghilang|lenyap)",
    rf"{_BETTER}\s*{_I}\s*{_NOT}\s*(?:ada|usah ada|pernah ada|lahir|dilahirkan)",
    rf"dunia\s*(?:lebih baik|lbh baik)\s*tanpa\s*{_I}",
    rf"{_NOT}\s*(?:ada\s*)?(?:gunanya|artinya)\s*(?:{_I}\s*)?{_LIFE}",
    rf"buat\s*apa\s*(?:{_I}\s*)?{_LIFE}",
    rf"{_LIFE}\s*{_NOT}\s*(?:ada\s*)?(?:guna|arti)(?:nya)?",
    rf"{_ALREADY}\s*{_NOT}\s*kuat(?:\s*lagi)?",
    rf"{_NOT}\s*kuat\s*lagi",
    r"tidur\s*selamanya",
    rf"{_NOT}\s*(?:usah\s*)?bangun\s*lagi",
    rf"{_WANT}\s*(?:pergi|pamit)\s*(?:selamanya|dari dunia)",
    r"pamit\s*dari\s*dunia",
]

DISTRESS_PATTERNS = [
    rf"{_NOT}\s*ada\s*harapan",
    r"putus\s*asa",
    r"hopeles",
    r"hancur\s*(?:banget|sekali|bgt)",
    r"(?:hati|hidup)\s*(?:ku|saya)?\s*hancur",
    r"mati\s*rasa",
    r"hampa",
    r"depresi",
    r"stres\s*berat",
    r"(?:pengen|ingin|mau)\s*(?:nyerah|menyerah)",
    rf"{_ALREADY}\s*(?:nyerah|menyerah)",
    r"(?:sangat|benar benar)\s*sendirian",
    r"(?:gak|tidak|ga)\s*(?:ada|punya)\s*(?:siapa siapa|teman cerita)",
    r"nangis\s*terus",
    r"(?:gak|tidak|ga)\s*bisa\s*tidur",
    r"(?:gak|tidak|ga)\s*sanggup",
]

# Idioms with "mati" and friends that are not about dying: a match inside one is ignored.
HARMLESS = [
    r"mati\s*(?:lampu|listrik|gaya|kutu|kata|langkah|suri)",
    r"mati[\s-]*matian",
    r"setengah\s*mati",
    r"(?:hp|handphone|ponsel|laptop|baterai|batre|motor|mesin|lampu|"
    r"listrik|wifi|internet|sinyal|tv|komputer)\s*(?:saya|aku|ku|gue|gw|nya)?\s*"
    r"(?:tiba tiba\s*|langsung\s*|sudah\s*|udah\s*)?mati",
    r"mati(?:in|kan)",
    r"mau\s*mati\s*(?:rasanya\s*)?(?:karena|saking)\s*(?:malu|lapar|bosan)",
    r"bunuh\s*(?:waktu|bosan|nyamuk|kecoa|tikus)",
    r"gantung\s*(?:baju|jemuran|foto)",
    rf"{_NOT}\s*(?:mau|ingin|akan|boleh)\s*(?:nyerah|menyerah)",
]

_INVISIBLE = re.compile(r"[\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")
_SPACED_LETTERS = re.compile(r"\b(?:\w ){2,}\w\b")
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a"})


def _squeeze(text: str) -> str:
    """ "matiiii" → "mati", "capeeek" → "capek": a letter repeated is one letter."""
    return re.sub(r"(.)\1+", r"\1", text)


def normalise(text: str) -> str:
    text = _INVISIBLE.sub("", unicodedata.normalize("NFKC", text)).casefold()
    text = text.translate(_LEET)
    text = re.sub(r"[^\w\s]|_", " ", text)
    text = re.sub(r"\s+", " ", text)
    # "b u n u h" typed letter by letter reads as one word.
    text = _SPACED_LETTERS.sub(lambda m: m.group(0).replace(" ", ""), text)
    return _squeeze(text).strip()


def squeeze_letters(pattern: str) -> str:
    """A pattern in the squeezed form of the text: doubled letters once ("nggak" → "ngak");
    regex syntax is left alone."""
    return re.sub(r"([a-z])\1+", r"\1", pattern)


def _compile(patterns: list[str]) -> re.Pattern[str]:
    squeezed = [squeeze_letters(p) for p in patterns]
    return re.compile(r"\b(?:" + "|".join(squeezed) + r")\b")


_CRISIS = _compile(CRISIS_PATTERNS)
_DISTRESS = _compile(DISTRESS_PATTERNS)
_HARMLESS = _compile(HARMLESS)


def _outside(regex: re.Pattern[str], text: str, harmless: list[tuple[int, int]]) -> bool:
    """A match counts unless a harmless idiom wholly contains it."""
    return any(
        not any(start <= m.start() and m.end() <= end for start, end in harmless)
        for m in regex.finditer(text)
    )


def assess(text: str) -> Risk:
    cleaned = normalise(text)
    harmless = [m.span() for m in _HARMLESS.finditer(cleaned)]
    if _outside(_CRISIS, cleaned, harmless):
        return Risk.CRISIS
    if _outside(_DISTRESS, cleaned, harmless):
        return Risk.DISTRESS
    return Risk.NONE

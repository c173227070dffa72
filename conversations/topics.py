"""Questions about Bangkit itself, typed where nothing waits for them: "STAR itu
maksudnya gmn?", "eh jangan simpan mood aku lagi deh", "matiin pengingat follow up nya
dong", "kamu bot ya?". Each is answered with the command that does it, instead of "I
am not waiting for anything". Pure: no telegram, no SQL.
"""

from __future__ import annotations

from conversations import lexicon as lx
from conversations.choices import MAX_CHOICE_CHARS, words
from conversations.validators import asks_something

DATA, REMINDERS, STAR, WHO, APPLICATIONS = "data", "reminders", "star", "who", "applications"
# "kapan aku bakal dapet kerja ya?": a worry asked as a question; no promise answers it.
JOB_WORRY = "job_worry"


def _canonical(items: frozenset[str]) -> frozenset[str]:
    return frozenset(w for item in items for w in words(item))


_DATA = _canonical(lx.TOPIC_DATA)
_REMINDERS = _canonical(lx.TOPIC_REMINDERS)
_WHO = _canonical(lx.TOPIC_WHO)
_ASKING = _canonical(lx.TOPIC_ASKING)
_STOPPING = _canonical(lx.TOPIC_STOPPING)
_WORRY_ASKS = _canonical(frozenset({"kapan", "apakah", "bakal", "bisa", "mungkin"}))
_JOB = _canonical(frozenset({"kerja", "pekerjaan", "diterima", "keterima", "lolos", "lulus"}))


def topic_of(text: str) -> str | None:
    """The topic a short question or request names; None for anything else, which the
    usual reply answers. A topic word alone is not enough: the message asks ("?", "apa",
    "gimana") or asks to stop or change ("jangan", "matiin")."""
    if len(text) > MAX_CHOICE_CHARS:
        return None
    said = set(words(text))
    # "kamu manusia bukan sih": a yes-or-no question asked with "bukan", no "?" needed.
    asked = "?" in text or bool(said & _ASKING) or ("bukan" in said and bool(said & _WHO))
    acting = bool(said & _STOPPING)
    if not (asked or acting):
        return None
    if "star" in said and asked:
        return STAR
    if said & {"lamaran", "lamaranku"}:
        return APPLICATIONS  # "mau hapus lamaran gojek": /lamaran, not /hapusdata
    if said & _REMINDERS or {"pesan", "harian"} <= said or {"follow", "up"} <= said:
        return REMINDERS
    if said & _DATA:
        return DATA
    if said & _WHO and asked and said & {"kamu", "anda", "ini", "bangkit", "siapa"}:
        return WHO
    if asked and said & _WORRY_ASKS and said & _JOB:
        return JOB_WORRY
    return None


# "simpen aja", "boleh disimpan": asking for one's feelings to be kept.
_STORING = frozenset({"simpan", "simpen", "disimpan", "disimpen", "nyimpen", "nyimpan", "save"})
_OTHER_THINGS = frozenset({"email", "emailnya", "cv", "file", "berkas", "foto", "nomor", "link"})
_NOT = frozenset({"jangan", "jgn", "ga", "gak", "nggak", "tidak", "tdk", "gausah", "usah"})
# Longer, a message that says "simpen" tells something else ("aku simpen semua email
# penolakannya").
_STORING_MAX_WORDS = 9


def asks_to_store(text: str) -> bool:
    """ "eh boleh deh simpen aja", "yaudah simpen aja mulai skrg": asking for one's
    feelings to be kept, which a tap on "Izinkan penyimpanan" then does."""
    said = set(text.casefold().replace(",", " ").split())
    if asks_something(text) or said & _OTHER_THINGS:
        return False  # "gimana cara simpan email?" asks about something else
    return bool(said & _STORING) and not said & _NOT and len(said) <= _STORING_MAX_WORDS

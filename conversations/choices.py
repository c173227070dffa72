"""Typed answers to a prompt with buttons: which option(s) the text names, if any.

`understand` reads text the way people type it (casual spelling, particles, one typo, a
word of the label, "iya"/"gak", a position, several choices at once) against the options
of the latest message with buttons. The words it knows live in conversations/lexicon.py;
this module holds the rules only.

What it never does: choose a destructive option (deleting data, withdrawing consent,
abandoning a journey) from a bare number or a vague word, guess between two options that
fit equally well, or take text for a choice when a word of it names none of the options.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from functools import cache
from typing import NamedTuple

from conversations import lexicon as lx
from conversations.options import DONE, SKIP, TOGGLE, Option

_NOT_WORD = re.compile(r"[^\w\s]+")
_SPACES = re.compile(r"\s+")


def normalise(text: str) -> str:
    """Case, width, emoji, punctuation and spacing do not matter when matching a label."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return _SPACES.sub(" ", _NOT_WORD.sub(" ", folded)).strip()


# --- words ------------------------------------------------------------------------------

# A message longer than this is an answer in the user's own words, never a button.
MAX_CHOICE_CHARS = 200

# Letters repeated in a row, but not the "nn" of "-nnya" ("lainnya", "jawabannya").
_REPEATS = re.compile(r"(?!nnya)([^\W\d_])\1+")
_REDUPLICATED = re.compile(r"\b([^\W\d_]{2,})2(?=nya\b|\b)")  # "gitu2" = "gitu-gitu"
_DIGIT_LETTER = re.compile(r"(?<=\d)(?=[^\W\d_])|(?<=[^\W\d_])(?=\d)")  # "2mgg", "9an"
_APOSTROPHES = re.compile(r"(?<=\w)[\u0027\u2019\u0060\u00b4](?=\w)")  # "jum'at"
_LAUGHTER = re.compile(r"(?:wk|kw|ha|he|hi)(?:wk|kw|ha|he|hi)+[a-z]?|a?wkw\w*")
# Where a clause ends: a negation stops there, and several choices are split there.
_CLAUSE_END = re.compile(r"[,;/\n&+!?()\[\]]+|\.(?!\d)|(?<!\d)\.")


def fold(word: str) -> str:
    """Letters repeated in a row count once: "okeee", "iyaa", "sedihh" → "oke", "iya",
    "sedih". Applied to everything compared: typed words, labels and the lexicon."""
    return _REPEATS.sub(r"\1", word)


def _fold_phrase(phrase: str) -> tuple[str, ...]:
    return tuple(fold(word) for word in normalise(phrase).split())


_SPELLING: dict[str, tuple[str, ...]] = {
    fold(typed): _fold_phrase(meant)
    for typed, meant in (*lx.SPELLINGS.items(), *lx.NUMBER_WORDS.items())
}


# Every word the lexicon knows, for the glued forms below.
_KNOWN = frozenset(
    fold(word)
    for phrase in (
        *lx.YES_WORDS,
        *lx.FRAME,
        *lx.HEDGES,
        *lx.SCALE_WORDS,
        *lx.SYNONYMS,
        *(alt for alts in lx.SYNONYMS.values() for alt in alts),
        *lx.SPELLINGS.values(),
    )
    for word in phrase.split()
)
_GLUED_NEGATIONS = sorted({fold(w) for w in lx.GLUED_NEGATIONS}, key=len, reverse=True)
_GLUED_AFTER = frozenset(fold(w) for w in lx.GLUED_AFTER_NEGATION)


def _spelled(word: str) -> tuple[str, ...]:
    folded = fold(word)
    if folded in _SPELLING:
        return _SPELLING[folded]
    for negation in _GLUED_NEGATIONS:  # "gausah" → "tidak usah"
        rest = folded[len(negation) :]
        if folded.startswith(negation) and rest in _GLUED_AFTER:
            return ("tidak", *_SPELLING.get(rest, (rest,)))
    if folded.endswith("lah") and folded[:-3] in _KNOWN:  # "lumayanlah", "bolehlah"
        return _SPELLING.get(folded[:-3], (folded[:-3],))
    return (folded,)


# Phrases rewritten after spelling ("gak jadi" → "tidak jadi" → "batal"), longest first.
_PHRASES: list[tuple[tuple[str, ...], tuple[str, ...]]] = sorted(
    (
        (tuple(w for word in typed.split() for w in _spelled(word)), _fold_phrase(meant))
        for typed, meant in lx.PHRASES.items()
    ),
    key=lambda item: -len(item[0]),
)


@dataclass(frozen=True)
class Word:
    """A word as compared: its canonical spelling, and whether a negation governs it
    ("gak setuju": "setuju" is negated)."""

    text: str
    negated: bool = False


def _tokens(chunk: str) -> list[str]:
    text = _DIGIT_LETTER.sub(" ", normalise(_REDUPLICATED.sub(r"\1 \1", chunk.casefold())))
    raws = [raw for raw in text.split() if not _LAUGHTER.fullmatch(raw)]
    spelled = [
        w
        for index, raw in enumerate(raws)
        # "lupa2" = "lupa-lupa": a repeated word that spells as a phrase counts once.
        if not (index and raw == raws[index - 1] and len(_spelled(raw)) > 1)
        for w in _spelled(raw)
    ]
    out: list[str] = []
    index = 0
    while index < len(spelled):
        for phrase, meant in _PHRASES:
            if tuple(spelled[index : index + len(phrase)]) == phrase:
                out.extend(meant)
                index += len(phrase)
                break
        else:
            out.append(spelled[index])
            index += 1
    return out


def _prepare(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    for emoji, meant in lx.EMOJI_WORDS.items():
        text = text.replace(emoji, f" {meant} ")
    return _APOSTROPHES.sub("", text)


def _fold_set(items: Iterable[str]) -> frozenset[str]:
    return frozenset(" ".join(_fold_phrase(item)) for item in items)


_NEGATIONS = _fold_set(lx.NEGATIONS)
_CONTRASTS = _fold_set(lx.CONTRASTS)
_PARTICLES = _fold_set(lx.PARTICLES)
_HEDGES = _fold_set(lx.HEDGES)
_FRAME = _fold_set(lx.FRAME)
_YES = _fold_set(lx.YES_WORDS)
_NO = _fold_set(lx.NO_WORDS)
_JOINERS = _fold_set(lx.JOINERS)
_AUXILIARIES = _fold_set(lx.AUXILIARIES)
_PLAIN_YES = _fold_set(lx.PLAIN_YES)
_FUNCTION_WORDS = _fold_set(lx.FUNCTION_WORDS)
_ADDRESS = _fold_set(lx.ADDRESS_TERMS)
_MEANS = _fold_set(lx.MEANS)
_GO_AHEAD = _fold_set(lx.GO_AHEAD)
_SELF = _fold_set(lx.SELF_WORDS)
_FUTURE = _fold_set(lx.FUTURE)
_PAST = _fold_set(lx.PAST)
_NOT_YET = _fold_set(lx.NOT_YET)
_FIRST = _fold_set(lx.FIRST)
# Label words too common to tell options apart ("saya", "lagi", "dulu", "sudah").
_WEAK = _FRAME | _HEDGES | _PARTICLES | _YES | _NEGATIONS


def clauses(text: str) -> list[list[Word]]:
    """The text as clauses of canonical words; a negation governs the rest of its clause
    (up to a "tapi")."""
    result = []
    for chunk in _CLAUSE_END.split(_prepare(text)):
        found: list[Word] = []
        negated = False
        for token in _tokens(chunk):
            if token == "ya" and found:
                continue  # "boleh ya", "jangan disimpan ya": a particle, not a yes
            if token in _CONTRASTS:
                negated = False
            if token in _NEGATIONS:
                found.append(Word(token))
                negated = True
            else:
                found.append(Word(token, negated))
        if found:
            result.append(found)
    return result


def words(text: str) -> list[str]:
    """The canonical words of a text, for parsers that need no clauses (dates, times)."""
    return [word.text for clause in clauses(text) for word in clause]


# --- comparing words --------------------------------------------------------------------

# Affix → the shortest rest it may leave: "jamnya" → "jam", "kukirim" → "kirim", but
# "kursus" and "hari" stay as they are. Particles come off before the other suffixes:
# "persetujuannya" → "persetujuan" → "persetuju".
_PREFIXES = {"di": 4, "ter": 4, "me": 4, "ng": 4, "ku": 5}
_PARTICLE_SUFFIXES = {"nya": 3, "lah": 4, "kah": 4}
_SUFFIXES = {"kan": 4, "an": 4, "in": 4, "i": 4}


@cache
def _stem(word: str) -> str:
    """Light stemming, the same on both sides: "dihapus", "hapusin", "hapuskan" →
    "hapus"; "semuanya" → "semua"; "ikuti" → "ikut"."""
    if word.isdigit() or len(word) < 5:
        return word
    for prefix, shortest in _PREFIXES.items():
        if word.startswith(prefix) and len(word) - len(prefix) >= shortest:
            word = word[len(prefix) :]
            break
    for suffixes in (_PARTICLE_SUFFIXES, _SUFFIXES):
        for suffix, shortest in suffixes.items():
            if word.endswith(suffix) and len(word) - len(suffix) >= shortest:
                word = word[: -len(suffix)]
                break
    return word


def _one_edit(a: str, b: str) -> bool:
    """At most one letter inserted, deleted, replaced, or swapped with its neighbour."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) != len(b):
        short, long = (a, b) if len(a) < len(b) else (b, a)
        return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    if len(diff) <= 1:
        return True
    first, second = diff[0], diff[-1]
    return len(diff) == 2 and second == first + 1 and (a[first], a[second]) == (b[second], b[first])


@cache
def _similar(typed: str, own: str) -> bool:
    """The same word give or take spelling: equal, the same stem, one typo in a word of
    five letters or more ("kecewq", "cemass"), or an abbreviation of a long word
    ("sertif", "porto"). A word the lexicon knows is not a typo of another ("cemas" is
    not "lemas"). Numbers are equal or different, never similar."""
    if typed == own:
        return True
    if typed.isdigit() or own.isdigit():
        return False
    stem_typed, stem_own = _stem(typed), _stem(own)
    if stem_typed == stem_own:
        return True
    if typed in _KNOWN:
        return False
    if len(typed) >= 5 and len(own) >= 5 and _one_edit(typed, own):
        return True
    if len(stem_typed) >= 5 and len(stem_own) >= 5 and _one_edit(stem_typed, stem_own):
        return True
    return len(typed) >= 4 and len(own) >= 7 and own.startswith(typed)


# --- labels -----------------------------------------------------------------------------

_SYNONYMS = [
    (_fold_phrase(key), tuple(_fold_phrase(typed) for typed in alternatives))
    for key, alternatives in lx.SYNONYMS.items()
]
_NUMERIC = re.compile(r"[\d\s.:]+")


class _Alias(NamedTuple):
    """A typed word that stands for a run of a label's words ("gas" → "lanjut")."""

    typed: str
    first: int
    last: int


@dataclass(frozen=True)
class _Label:
    words: tuple[Word, ...]
    aliases: tuple[_Alias, ...]
    numeric: bool  # "3", "06.00": read as a number, never by its words

    @property
    def starts_yes(self) -> bool:
        return bool(self.words) and self.words[0].text in _YES

    @property
    def starts_no(self) -> bool:
        return bool(self.words) and self.words[0].text in _NO

    @property
    def known_by(self) -> int | None:
        """The word a label is known by: its first, past "Saya" and a negation inside
        it ("Saya tidak tahu namanya" → "tahu"; "Belum ada balasan" → "Belum")."""
        for index, word in enumerate(self.words):
            if word.text != "saya" and not (index > 0 and word.text in _NEGATIONS):
                return index
        return None


@cache
def _label(label: str) -> _Label:
    found = tuple(word for clause in clauses(label) for word in clause)
    stems = [_stem(word.text) for word in found]
    aliases: list[_Alias] = []
    for key, alternatives in _SYNONYMS:
        wanted = [_stem(part) for part in key]
        for start in range(len(found) - len(key) + 1):
            if stems[start : start + len(key)] == wanted:
                end = start + len(key) - 1
                aliases.extend(_Alias(" ".join(alt), start, end) for alt in alternatives)
    # Two words typed as one: "hardskill", "mockinterview".
    for start in range(len(found) - 1):
        aliases.append(_Alias(found[start].text + found[start + 1].text, start, start + 1))
    return _Label(found, tuple(aliases), numeric=bool(_NUMERIC.fullmatch(label.strip())))


def _covers(word: Word, label: _Label, aliases: bool = True) -> set[int]:
    """Which of the label's words a typed word stands for (empty: none), by their
    spelling and, with `aliases`, by the lexicon's synonyms. A negated word stands only
    for a negated one: "teknis" is not "non-teknis"."""
    covered: set[int] = set()
    for index, own in enumerate(label.words):
        if own.text in _NEGATIONS or word.text in _NEGATIONS:
            # "gak" is "Tidak…", "Jangan…" or "Batal…", never another word.
            if word.text == own.text or (word.text in _NO and own.text in _NO):
                covered.add(index)
        elif own.negated == word.negated and (
            _similar(word.text, own.text) or (word.text in _YES and own.text == "ya")
        ):
            covered.add(index)
    for alias in label.aliases if aliases else ():
        if not _similar(word.text, alias.typed):
            continue
        run = label.words[alias.first : alias.last + 1]
        if any(w.text in _NEGATIONS for w in run):
            fits = not word.negated  # "stop" stands for "jangan tanyakan" as it is
        else:
            fits = all(w.negated == word.negated for w in run)
        if fits:
            covered.update(range(alias.first, alias.last + 1))
    return covered


# --- a run of words against one label -----------------------------------------------------


class _Tiers(NamedTuple):
    core: list[Word]  # each must name a word of the option
    yes: list[Word]  # "iya", "oke", "boleh"
    frame: list[Word]  # "saya mau yang …", "tahap …"
    hedge: list[Word]  # "agak", "banget", "lagi"


def _tiers(segment: Sequence[Word]) -> _Tiers:
    tiers = _Tiers([], [], [], [])
    for word in segment:
        if word.text in _NEGATIONS or word.text in _PARTICLES or word.text in _JOINERS:
            continue
        if word.text in _YES:
            tiers.yes.append(word)
        elif word.text in _HEDGES:
            tiers.hedge.append(word)
        elif word.text in _FRAME:
            tiers.frame.append(word)
        else:
            tiers.core.append(word)
    # "lewat linkedin": a word of means frames a word that names something.
    means = [w for w in tiers.core if w.text in _MEANS]
    if means and len(means) < len(tiers.core):
        tiers.core[:] = [w for w in tiers.core if w.text not in _MEANS]
        tiers.frame.extend(means)
    # "iya tanyain aja": after a yes, asking the bot to go ahead is that yes.
    go = [w for w in tiers.core if w.text in _GO_AHEAD and not w.negated]
    if (
        go
        and len(go) == len(tiers.core)
        and any(not w.negated for w in tiers.yes)
        and not any(w.text in _SELF for w in segment)
    ):
        tiers.core.clear()
        tiers.yes.extend(go)
    return tiers


class _Fit(NamedTuple):
    option: int  # its index among the options
    # How many of the label's words the text names, a phrase once and "untuk" or "saya"
    # not at all: a destructive option needs two ("hapus semua", "ya hapus").
    naming: int
    whole: bool  # every word of the label is typed, give or take spelling


def _fit(segment: Sequence[Word], label: _Label, index: int) -> _Fit | None:
    """Whether a run of typed words names this label: every word that carries meaning
    (and every negation) names a word of it, give or take spelling."""
    if label.numeric:
        return None  # "06.00", "10": only the exact label or a parser reads numbers
    tiers = _tiers(segment)
    named: set[int] = set()
    said: set[int] = set()
    spelled: set[int] = set()  # named by their own spelling, not through a synonym
    strong = bool(tiers.core)
    only_negations = True  # every word that names something is a "gak"/"jangan"
    for word in segment:
        if word.text in _PARTICLES or word.text in _JOINERS:
            continue
        covered = _covers(word, label)
        meaningful = word in tiers.core or word.text in _NEGATIONS
        turned = word.negated and word in tiers.yes and word.text not in _AUXILIARIES
        if not covered and (meaningful or turned):
            return None  # a word that names nothing here, or a "not …" that does not fit
        if covered:
            only_negations = only_negations and word.text in _NEGATIONS
            first = min(covered)  # "iya yakin" names one word ("Ya"), not two
            if label.words[first].text not in _FUNCTION_WORDS:
                said.add(first)
            named |= covered
            spelled |= _covers(word, label, aliases=False)
        if word in tiers.yes and any(label.words[i].text != "ya" for i in covered):
            strong = True  # "gas" names "lanjut": as good as the word itself
    if not named:
        return None
    if only_negations and any(
        w.text not in _NEGATIONS and w.text not in _AUXILIARIES and w.text not in _PARTICLES
        for w in segment
    ):
        return None  # only "gak" names "Batal, jangan hapus" in "gak mau pake bot ini"
    # Framing words alone ("udah", "coba lagi") must begin the label or name half of
    # it: "lagi" does not name "Ya, 3 jam lagi".
    if not strong and label.known_by not in named and len(named) * 2 < len(label.words):
        return None
    return _Fit(index, len(said), len(spelled) == len(label.words))


def _fits(segment: Sequence[Word], labels: Sequence[_Label]) -> list[_Fit]:
    """The labels a run of words names; of several, the one it names whole, if one."""
    fits = [fit for i, label in enumerate(labels) if (fit := _fit(segment, label, i))]
    whole = [fit for fit in fits if fit.whole]
    return whole if len(fits) > 1 and len(whole) == 1 else fits


def _lone_answer(segment: Sequence[Word]) -> str | None:
    """ "iya"/"oke" ("yes") or "gak"/"ga usah" ("no"), with nothing naming an option."""
    tiers = _tiers(segment)
    if tiers.core or any(not w.negated for w in tiers.frame):
        return None
    if any(w.text in _NO for w in segment) and all(
        w.negated and w.text in _PLAIN_YES for w in tiers.yes
    ):
        return "no"
    negations = any(w.text in _NEGATIONS for w in segment)
    if tiers.yes and not tiers.frame and not negations:
        return "yes"  # not "setuju ga": a question, not an answer
    return None


# --- the 1-5 scale ----------------------------------------------------------------------

# Particles are dropped from the text before these are looked up: "biasa saja" → "biasa".
_SCALE = {
    tuple(w for w in _fold_phrase(phrase) if w not in _PARTICLES): score
    for phrase, score in lx.SCALE_WORDS.items()
}
_SCALE_LONGEST = max(len(phrase) for phrase in _SCALE)
_INTENSIFIERS = _fold_set(lx.SCALE_INTENSIFIERS)
_SOFTENERS = _fold_set(lx.SCALE_SOFTENERS)
_NOT_SO = _fold_set(lx.SCALE_NOT_SO)
_NO_LONGER = _fold_set(lx.SCALE_NO_LONGER)
_LESS = _fold_set(lx.SCALE_LESS)
_SCALE_WHEN = _fold_set(lx.SCALE_WHEN)
_SCALE_NUMBER = re.compile(r"(?:nilai|skor|skala|angka)?\s*([1-5])(?:\s*(?:/|dari|of)?\s*5)?")


# Words after a number that count things, never a score.
_COUNTED = frozenset(
    {"kali", "x", "hari", "minggu", "bulan", "tahun", "jam", "orang", "lamaran", "perusahaan"}
)


_DECIMAL = re.compile(r"\b[1-5]\s*[.,]\s*[0-9]\b")
# Not knowing how one feels, and feeling several things at once: no point on the scale.
_UNSURE = frozenset({"entah", "entahlah", "bingung"})
_MIXED = frozenset({"campur", "campuraduk", "bercampur", "nano", "campurnya"})
# Between a negation and a feeling, only these keep the feeling negated ("gak terlalu
# sedih", "nggak lagi sedih"); "ga tau kenapa sedih bgt" is no "not sad".
_NEGATION_REACHES = frozenset(
    {"terlalu", "begitu", "gitu", "lagi", "merasa", "ngerasa", "rasa", "juga", "jadi"}
    | {"sangat", "banget", "amat", "sudah", "udah", "pernah"}
)


def parse_mood(text: str) -> int | None:
    """A point on the 1-5 scale (1 = sangat buruk … 5 = sangat baik), from words or a
    number: "jelek bgt" → 1, "kurang baik" → 2, "b aja" → 3, "lumayan baik" → 4,
    "senang banget" → 5, "gak baik" → 2, "nggak terlalu buruk" → 3, "4 deh" → 4."""
    if len(text) > MAX_CHOICE_CHARS or _DECIMAL.search(text):
        return None  # "3,5": between two points, so the nearest one is asked for
    found = clauses(text)
    plain = [w.text for clause in found for w in clause if w.text not in _PARTICLES]
    unsure = ("tidak", "tahu") in itertools.pairwise(plain) or bool(set(plain) & _UNSURE)
    if unsure and set(plain) & _MIXED and not any(w.isdigit() for w in plain):
        return None  # "ga tau ya, campur aduk": no number to put on it, so it is asked
    # After a contrast is how the person feels now: "sedih, tapi udah lega" → 4, "td pagi
    # 2 tp skrg udh agak mendingan" → 4.
    parts: list[list[str]] = [[]]
    for clause in found:
        for word in clause:
            if word.text in _CONTRASTS:
                parts.append([])
            elif word.text not in _PARTICLES:
                parts[-1].append(word.text)
    typed_digit = any(ch.isdigit() for ch in text)
    for part in reversed(parts):
        if any(w.isdigit() for w in part):
            return _number_of(_without_when(part), typed_digit)
        score = _scale_of(part)
        if score is not None:
            return score
    return None


def _without_when(plain: list[str]) -> list[str]:
    """The words of a score without when it is felt ("hari ini", "skrg") and with "3an"
    ("an" split off the digit) as 3."""
    kept: list[str] = []
    for i, w in enumerate(plain):
        if w == "an" and i and plain[i - 1].isdigit():
            continue
        if w == "hari" and plain[i + 1 : i + 2] == ["ini"]:
            continue  # "hari ini": today, no count of days
        if w in _SCALE_WHEN:
            continue
        kept.append(w)
    return kept


def _number_of(plain: list[str], typed_digit: bool) -> int | None:
    number = _SCALE_NUMBER.fullmatch(" ".join(w for w in plain if w not in _HEDGES))
    if number:
        return int(number.group(1))
    # "2 sih, capek", "hp saya mati tadi, 3": one score said first or last, beside words
    # that count nothing ("3 kali ditolak" is no score).
    digits = [w for w in plain if w.isdigit()]
    ends = (plain[0], plain[-1])
    # Typed as a digit: "campur jadi satu" is no score of 1.
    counted = bool(set(plain) & _COUNTED) or not typed_digit
    if len(digits) == 1 and digits[0] in ends and digits[0] in "12345" and not counted:
        return int(digits[0])
    return None


def _scale_of(tokens: list[str]) -> int | None:
    hits: list[int] = []
    # Which sides of the scale were denied ("ga seneng ga sedih": both, so neither).
    denied: set[bool] = set()
    index = last_end = 0
    while index < len(tokens):
        for size in range(min(_SCALE_LONGEST, len(tokens) - index), 0, -1):
            phrase = tuple(tokens[index : index + size])
            if (
                phrase in _SCALE
                and index == last_end
                and phrase == tuple(tokens[index - size : index])
            ):
                index += size  # "jelek2": one word, said twice
                last_end = index
                break
            if phrase in _SCALE:
                # A negation belongs to the nearest phrase after it: in "ga sedih, seneng
                # malah" the "ga" is no part of "seneng" (other words before it still are:
                # "kurang baik").
                start = max(0, index - 3)
                before = [
                    ""
                    if w in _NEGATIONS
                    and (
                        start + i < last_end
                        or any(x not in _NEGATION_REACHES for x in tokens[start + i + 1 : index])
                    )
                    else w
                    for i, w in enumerate(tokens[start:index])
                ]
                if _SCALE[phrase] != 3 and set(before) & _NEGATIONS:
                    denied.add(_SCALE[phrase] > 3)
                score = _modified(_SCALE[phrase], before, tokens[index + size : index + size + 2])
                if score is not None:
                    hits.append(score)
                index += size
                last_end = index
                break
        else:
            index += 1
    leaning = [hit for hit in hits if hit != 3]
    if not hits:
        return None
    if denied == {True, False}:
        return 3  # "ga seneng ga sedih": neither
    if not leaning:
        return 3
    if min(leaning) < 3 < max(leaning):
        return 3  # "senang sedih": mixed feelings
    return min(leaning) if leaning[0] < 3 else max(leaning)


def _modified(score: int, before: list[str], after: list[str]) -> int | None:
    """A phrase's score as the words around it change it."""
    negation = next((i for i, w in enumerate(before) if w in _NEGATIONS), None)
    if negation is not None:
        if score == 3:
            return None  # "gak biasa aja": no point on the scale
        if any(w in _NOT_SO for w in before[negation + 1 :]):
            return 3  # "nggak terlalu buruk", "gak senang banget"
        if score < 3:  # "gak sedih" → 3, "udah gak sedih" → 4
            return 4 if any(w in _NO_LONGER for w in before[:negation]) else 3
        return 2  # "gak baik"
    if before and before[-1] in _LESS and score > 3:
        return 2  # "kurang baik", "kurang semangat"
    if score != 3 and any(w in _INTENSIFIERS for w in (*before[-1:], *after)):
        return 1 if score < 3 else 5  # "sedih banget", "senang sekali"
    if before and before[-1] in _SOFTENERS:
        return {1: 2, 5: 4}.get(score, score)  # "agak hancur", "lumayan bahagia"
    return score


# --- understanding ----------------------------------------------------------------------


@dataclass(frozen=True)
class Understood:
    # The chosen option values, in the order typed; () = not understood.
    values: tuple[str, ...] = ()
    # When not understood: up to two option values closest to the text (for a one-line
    # "Maksudnya … atau …?"), () if nothing is close.
    nearest: tuple[str, ...] = ()


def _phrases(items: Iterable[str]) -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(w for w in words(item) if w not in _PARTICLES) for item in items)


_SKIP_PHRASES = _phrases(lx.SKIP_PHRASES)
_SKIP_TAIL = frozenset(_stem(word) for item in lx.SKIP_TAIL for word in words(item))
_NOTHING_PHRASES = _phrases(lx.NOTHING_PHRASES)
_DONE_PHRASES = _phrases(lx.DONE_PHRASES)
_ALL_PHRASES = _phrases(lx.ALL_PHRASES)
_REST_PHRASES = _phrases(lx.REST_PHRASES)
_NOT_NOW_PHRASES = _phrases(lx.NOT_NOW_PHRASES)
_LATER = fold(lx.LATER)
# Framing words and hedges around a pause that do not change it ("dulu", "sebentar"),
# but not the ones a pause is said with ("nanti").
_REST_AROUND = (_FRAME | _HEDGES | _fold_set(lx.REST_AROUND)) - {
    w for p in _REST_PHRASES for w in p
}
_ORDINALS = {fold(word): position for word, position in lx.ORDINALS.items()}
_POSITION_MARKERS = _fold_set(lx.POSITION_MARKERS)
# A number inside a decimal, a time or a negative is not a position: "1.5", "08.00", "-1".
_NOT_A_POSITION = re.compile(r"\d\s*[.:,]\s*\d{2}|\d\.\d|(?:^|\s)[-\u2212]\s*\d")
# "1. PT Maju · Analis…": an entry of a numbered list, not an answer.
_LIST_ENTRY = re.compile(r"\d+\.\s")
_ONLY_DASHES = re.compile(r"[-\u2013\u2014_.\u2026\s]+")


def asks_for_rest(text: str) -> bool:
    """Whether the whole message asks for a pause: "butuh waktu dulu", "nanti aja ya",
    "saya mau istirahat dulu" (lexicon.REST_PHRASES, give or take framing words and
    hedges); never a longer answer that happens to hold those words."""
    if len(text) > MAX_CHOICE_CHARS:
        return False
    said = [tuple(w.text for w in clause) for clause in clauses(text)]
    if _is_rest(tuple(word for clause in said for word in clause)):
        return True
    # "butuh waktu dulu deh, nanti aku lanjut": a pause, and a promise to come back.
    rest = [clause for clause in said if _is_rest(clause)]
    others = {word for clause in said if clause not in rest for word in clause}
    return bool(rest) and others <= _COMING_BACK | _PARTICLES | _REST_AROUND


# Said after asking for a pause: when one will come back.
_COMING_BACK = frozenset(
    {"nanti", "ntar", "besok", "lanjut", "lagi", "kembali", "balik", "kapan", "aku", "saya"}
)


def _is_rest(plain: Sequence[str]) -> bool:
    core = tuple(w for w in plain if w not in _PARTICLES and w not in _REST_AROUND)
    return bool(core) and core in _REST_PHRASES


def understand(
    text: str, options: Sequence[Option], *, multi: bool = False, positions: bool = True
) -> Understood:
    """Which of `options` the typed `text` chooses. Only options with `typed=True` are
    candidates; with `multi=False` at most one value is returned (several named: not
    understood, those as `nearest`); with `multi=True` several can be, and the "done"
    option is returned alone when the text only means "done". With `positions=False`
    a number is never a button's position (a message of several questions, where the
    number typed is the answer itself)."""
    live = [option for option in options if option.typed]
    prepared = unicodedata.normalize("NFKC", text).strip()
    if not live or not prepared or len(prepared) > MAX_CHOICE_CHARS:
        return Understood()
    return _Reader(live, prepared, multi, positions).read()


_Answer = tuple[list[Option], list[Option]]  # (chosen, tied)


class _Reader:
    """One text against one keyboard. Each step returns an answer, or None to let the
    next step try; the first answer counts."""

    def __init__(self, options: list[Option], text: str, multi: bool, positions: bool) -> None:
        self.options = options
        self.text = text
        self.multi = multi
        self.positions = positions
        self.labels = [_label(option.label) for option in options]
        self.found = self._unaddressed(clauses(text))
        self.flat = [word for clause in self.found for word in clause]
        self.plain = tuple(w.text for w in self.flat if w.text not in _PARTICLES)
        self.role = {option.role: option for option in options if option.role}

    def _unaddressed(self, found: list[list[Word]]) -> list[list[Word]]:
        """Without a term of address that opens or closes the message ("linkedin mas",
        "bu, besok aja"), unless it names a word of an option here."""
        spots = [(c, i) for c, clause in enumerate(found) for i in range(len(clause))]
        meant = [(c, i) for c, i in spots if found[c][i].text not in _PARTICLES]
        if len(meant) < 2:
            return found
        dropped = {
            (c, i)
            for c, i in (meant[0], meant[-1])
            if found[c][i].text in _ADDRESS
            and not any(_covers(found[c][i], label) for label in self.labels)
        }
        kept = [
            [word for i, word in enumerate(clause) if (c, i) not in dropped]
            for c, clause in enumerate(found)
        ]
        return [clause for clause in kept if clause]

    def read(self) -> Understood:
        for step in (self._exact, self._role, self._scale, self._positions, self._words):
            answer = step()
            if answer is not None:
                return self._without_taken_back(answer) if self.multi else answer
        return Understood(nearest=self._nearest())

    def _without_taken_back(self, answer: Understood) -> Understood:
        """ "sedih, kecewa. eh sedihnya gak deh": the option named, then taken back."""
        taken = {
            word.text.removesuffix("nya")
            for clause in self.found
            for index, word in enumerate(clause)
            if [w.text for w in clause[index + 1 :] if w.text not in _PARTICLES][:2]
            in (["tidak"], ["tidak", "jadi"])
        }
        if not taken:
            return answer
        words = {
            o.value: {w.text for w in label.words}
            for o, label in zip(self.options, self.labels, strict=True)
        }
        kept = tuple(value for value in answer.values if not words.get(value, set()) & taken)
        return replace(answer, values=kept) if kept != answer.values else answer

    def _exact(self) -> Understood | None:
        """The label itself, as `normalise` sees it ("Ya, hapus semuanya" included)."""
        wanted = normalise(self.text)
        same = [o for o in self.options if normalise(o.label) == wanted]
        return Understood((same[0].value,)) if same else None

    def _role(self) -> Understood | None:
        """ "skip", "gak tau", "-" where there is a "Lewati"; "udah", "itu aja" where a
        multi-select has "Selesai"; "semua" ticks every option of a multi-select."""
        skip, done = self.role.get(SKIP), self.role.get(DONE)
        if not self.plain:
            if skip and _ONLY_DASHES.fullmatch(self.text):
                return Understood((skip.value,))
            return None
        if skip and _is_skip(self.plain):  # "nanti aja" where there is a "Lewati"
            return Understood((skip.value,))
        if _is_rest(self.plain):
            return None  # a pause, not "Selesai": a button may say so ("Saya butuh waktu dulu")
        # Where "Selesai" may close the question with nothing ticked, "lewati", "ga tau"
        # and "tidak ada" close it (an empty selection needs more, and says so).
        if (
            done
            and self.multi
            and (
                self.plain in _DONE_PHRASES | _NOTHING_PHRASES
                or (not skip and _is_skip(self.plain))
            )
        ):
            return Understood((done.value,))
        if self.multi and self.plain in _ALL_PHRASES:
            every = [o for o in self.options if o.role in (None, TOGGLE) and not o.destructive]
            return Understood(_values(every))
        return None

    def _scale(self) -> Understood | None:
        """Mood and rating words where the options carry a score."""
        scored = {o.score: o for o in self.options if o.score is not None}
        score = parse_mood(self.text) if scored else None
        return Understood((scored[score].value,)) if score in scored else None

    def _positions(self) -> Understood | None:
        """ "2", "1, 3", "nomor 2", "yang kedua": the buttons at those positions."""
        numbers = self._numbers()
        if numbers is None:
            return None
        if not self.positions:
            return Understood()
        if any(o.score is not None for o in self.options):
            return Understood()  # on a 1-5 scale a number is a score, read above
        if not _positions_are_safe([o.label for o in self.options]):
            # On buttons "1, 3, 5, 10" a number is the number: "tiga" is the button "3".
            same = [o for o in self.options if [o.label.strip()] == [str(n) for n in numbers]]
            return Understood(_values(same))
        picked: list[Option] = []
        for number in numbers:
            if not 1 <= number <= len(self.options):
                return Understood()
            option = self.options[number - 1]
            # "3" where another button says "3 jam": which one is meant is unclear.
            rivals = [
                other
                for other, label in zip(self.options, self.labels, strict=True)
                if other is not option and any(w.text == str(number) for w in label.words)
            ]
            if rivals:
                return Understood(nearest=_values([option, rivals[0]]))
            if option.destructive:
                return Understood()  # never by a bare number
            if option not in picked:
                picked.append(option)
        if len(picked) > 1 and not self.multi:
            return Understood(nearest=_values(picked[:2]))
        return Understood(_values([o for o in picked if o.role is None] or picked))

    def _numbers(self) -> list[int] | None:
        if _NOT_A_POSITION.search(self.text):
            return None
        numbers: list[int] = []
        for word in self.plain:
            if word in _JOINERS or word in _POSITION_MARKERS:
                continue
            if word in _ORDINALS:
                numbers.append(_ORDINALS[word])
            elif word.isdecimal() and len(word) <= 2 and not word.startswith("0"):
                numbers.append(int(word))
            else:
                return None
        return numbers or None

    def _words(self) -> Understood | None:
        """The words of one label (or, on a multi-select, of several)."""
        if self.multi:
            # Joined choices first: "latihan wawancara dan rekam diri" is two of them.
            several = self._several()
            if several is not None and several.values:
                return several
        chosen, tied = self._segment(self.flat) or ([], [])
        if self.multi:
            return Understood(_values(chosen)) if chosen else several
        if chosen and not any(w.text in _CONTRASTS for w in self.flat):
            return Understood(_values(chosen))  # "ya tapi…", "boleh, tapi…": not yet a yes
        tied = tied or chosen
        named: list[Option] = []
        for segment in self._segments():
            picked, _ = self._segment(segment) or ([], [])
            named.extend(o for o in picked if o not in named)
        if len(named) > 1:
            return Understood(nearest=_values(named[:2]))  # "hr sama user": which one?
        return Understood(nearest=_values(tied[:2])) if tied else None

    def _several(self) -> Understood | None:
        chosen: list[Option] = []
        for segment in self._segments():
            answer = self._segment(segment)
            if answer is None:
                continue  # filler, or a "done" said along the way
            picked = answer[0] or self._one_by_one(segment) or self._near_label(segment)
            if not picked:
                return Understood(nearest=_values(answer[1][:2])) if answer[1] else None
            chosen.extend(o for o in picked if o not in chosen)
        chosen = [o for o in chosen if o.role is None] or chosen
        if not chosen or (len(chosen) > 1 and any(o.destructive for o in chosen)):
            return None
        return Understood(_values(chosen))

    def _segments(self) -> list[list[Word]]:
        """The text split at commas, new lines and joiners ("sama", "dan", "terus")."""
        segments: list[list[Word]] = []
        for clause in self.found:
            current: list[Word] = []
            for word in clause:
                if word.text not in _JOINERS:
                    current.append(word)
                elif current:
                    segments.append(current)
                    current = []
            if current:
                segments.append(current)
        return segments

    def _one_by_one(self, segment: list[Word]) -> list[Option]:
        """ "kecewa sedih malu": the longest run of words that names one option, then the
        next run; [] unless every word is used."""
        picked: list[Option] = []
        start = 0
        while start < len(segment):
            for end in range(len(segment), start, -1):
                answer = self._segment(segment[start:end])
                if answer is not None and answer[0]:
                    picked.extend(answer[0])
                    break
                if answer is None and end == start + 1:
                    break  # a filler word between two choices
            else:
                return []
            start = end
        return picked

    def _segment(self, segment: Sequence[Word]) -> _Answer | None:
        """The option a run of words names: ([option], []) when exactly one fits,
        ([], tied) when several or none do, None when the words are filler only."""
        if not any(_tiers(segment)) and not any(w.text in _NEGATIONS for w in segment):
            return None
        plain = tuple(w.text for w in segment if w.text not in _PARTICLES)
        done = self.multi and plain in _DONE_PHRASES | _SKIP_PHRASES
        if done and not _fits(segment, self.labels):
            return None  # "kecewa, sedih, udah": the "udah" adds nothing
        rest = self._deferred(segment) or self._not_yet(segment)
        if rest is not None:
            return self._segment(rest)
        if self._not_now(segment):
            chosen, tied = self._lone(False)
            if chosen or tied:
                return chosen, tied  # "ga dulu" where a "Tidak …" button says no
            return self._segment([Word(_LATER)])
        fits = _fits(segment, self.labels)
        if len(fits) == 1 and self._contradicted(segment, fits[0]):
            return [], [self.options[fits[0].option]]
        if len(fits) == 1:
            option = self.options[fits[0].option]
            if option.destructive and fits[0].naming < 2:
                return [], [option]  # "hapus", "ya": deleting needs words that say so
            return [option], []
        if fits:
            ranked = sorted(fits, key=lambda fit: -fit.naming)
            return [], [self.options[fit.option] for fit in ranked]
        lone = _lone_answer(segment)
        if lone is not None:
            chosen, tied = self._lone(lone == "yes")
            if chosen or tied:
                return chosen, tied
        return self._opposite(segment)

    def _names(self, word: Word) -> bool:
        """Whether a word names an option here, beyond words too common to tell them apart."""
        return any(
            label.words[i].text not in _WEAK or i == label.known_by
            for label in self.labels
            for i in _covers(word, label)
        )

    def _deferred(self, segment: Sequence[Word]) -> list[Word] | None:
        """ "aku kirim nanti malam", "besok baru kukirim": the action of a "Sudah …" button
        said with a time to come is not done yet; what is left says when ("nanti malam")."""
        if not any(w.text in _FUTURE for w in segment) or any(w.text in _PAST for w in segment):
            return None
        done = [label for label in self.labels if label.words and label.words[0].text in _PAST]
        others = [label for label in self.labels if label not in done]
        if not done:
            return None
        core = _tiers(segment).core
        rest = [
            w
            for w in segment
            if w not in core
            or not any(_covers(w, label) for label in done)
            or any(_covers(w, label) for label in others)
        ]
        return rest if len(rest) < len(segment) else None

    def _not_yet(self, segment: Sequence[Word]) -> list[Word] | None:
        """ "belum, saya mau revisi dulu": not yet, then what comes first. When what comes
        first names no option, the answer is the "belum" alone."""
        plain = [w for w in segment if w.text not in _PARTICLES]
        if len(plain) < 3 or plain[0].text not in _NOT_YET or plain[-1].text not in _FIRST:
            return None
        middle = plain[1:-1]
        if any(w.text in _NEGATIONS or self._names(w) for w in middle):
            return None
        return plain[:1]

    def _not_now(self, segment: Sequence[Word]) -> bool:
        """ "ga dulu", "jangan sekarang", "belum dulu ya": no, for now."""
        plain = tuple(
            w.text
            for w in segment
            if w.text not in _PARTICLES and (w.text not in _AUXILIARIES or w.text in _FIRST)
        )
        return plain in _NOT_NOW_PHRASES

    def _near_label(self, segment: Sequence[Word]) -> list[Option]:
        """Of several choices, "proyek pribadi" for "Proyek portofolio": the first word of
        a two-word label, then one or two words that name nothing anywhere, choose it when
        no other option has that first word."""
        if any(w.text in _NEGATIONS or w.negated for w in segment):
            return []
        core = _tiers(segment).core
        plain = [w for w in segment if w.text not in _PARTICLES]
        start = next((i for i, w in enumerate(plain) if w in core), 0)
        if not 2 <= len(core) <= 3 or plain[start : start + len(core)] != core:
            return []  # the words that name nothing follow the first word, as in a label
        head, *rest = core
        if any(
            len(w.text) < 3 or w.text.isdigit() or w.text in _KNOWN or self._names(w) for w in rest
        ):
            return []
        starting = [
            index
            for index, label in enumerate(self.labels)
            if (covered := _covers(head, label)) and label.known_by in covered
        ]
        if len(starting) != 1 or any(
            _covers(head, label) for i, label in enumerate(self.labels) if i != starting[0]
        ):
            return []
        option = self.options[starting[0]]
        if len(self.labels[starting[0]].words) != 2 or option.destructive:
            return []
        return [option]

    def _contradicted(self, segment: Sequence[Word], fit: _Fit) -> bool:
        """A word passed over as filler that names another option ("lumayan jago":
        "lumayan" is "Menengah"; "nanti aja lanjutnya"): not a clear choice."""
        own = self.labels[fit.option]
        for word in _tiers(segment).hedge:
            if _covers(word, own):
                continue
            for index, label in enumerate(self.labels):
                if index != fit.option and any(
                    label.words[i].text not in _WEAK or i == label.known_by
                    for i in _covers(word, label)
                ):
                    return True
        return False

    def _lone(self, yes: bool) -> _Answer:
        """A bare "yes" picks the one label that starts "Ya…" (or the only button); a bare
        "no" the one that starts "Tidak…", "Jangan…" or "Batal…". Never a destructive one."""
        plain = [
            (option, label)
            for option, label in zip(self.options, self.labels, strict=True)
            if option.role is None
        ]
        fits = [o for o, label in plain if (label.starts_yes if yes else label.starts_no)]
        if yes and not fits and len(plain) == 1 and not _LIST_ENTRY.match(plain[0][0].label):
            fits = [plain[0][0]]  # not "1. PT Maju": a yes opens no entry of a list
        if len(fits) == 1 and not fits[0].destructive:
            return fits, []
        return [], fits

    def _opposite(self, segment: Sequence[Word]) -> _Answer:
        """ "gak setuju", "belum siap", "simpan aja" on a two-button question: the words
        name one button turned around, so the answer is the other button."""
        plain = [o for o in self.options if o.role is None]
        if len(plain) != 2:
            return [], []
        labels = [self.labels[self.options.index(o)] for o in plain]
        negation = next((i for i, w in enumerate(segment) if w.text in _NEGATIONS), None)
        if negation is None:
            if not any(w.negated for label in labels for w in label.words):
                return [], []
        elif any(_covers(w, label) for w in segment[:negation] for label in labels):
            return [], []  # "siap gak siap": both said, neither meant
        flipped = [
            Word(w.text, not w.negated)
            for w in segment
            if w.text not in _NEGATIONS and (w.negated or w.text not in _YES)
        ]
        fits = _fits(flipped, labels) if flipped else []
        if len(fits) != 1 or not any(
            labels[fits[0].option].words[i].text != "ya"
            for w in flipped
            for i in _covers(w, labels[fits[0].option])
        ):
            return [], []  # "ga yakin" turns only a "Ya" around: not a clear "no"
        other = plain[1 - fits[0].option]
        return ([], [other]) if other.destructive else ([other], [])

    def _nearest(self) -> tuple[str, ...]:
        """Up to two options close to a text that chose none: by the words they share
        (two typos allowed), or by the spelling of the whole label. Words the lexicon
        knows are no typos of a label ("lewati" is not "Lega", "nanti" not "Lanjut")."""
        wanted = [w for w in self.flat if w.text not in _PARTICLES and w.text not in _FRAME]
        if not wanted:
            return ()
        spelling = not all(w.text in _KNOWN for w in wanted)
        text = " ".join(w.text for w in wanted)
        # A "gak" shared with "Tidak usah" is no likeness: "gatau" is not "ga usah".
        named = [w for w in wanted if w.text not in _NEGATIONS] or wanted
        scored = []
        for option, label in zip(self.options, self.labels, strict=True):
            if label.numeric:
                continue
            shared = sum(1 for w in named if _covers(w, label) or _near_word(w.text, label))
            ratio = SequenceMatcher(None, text, normalise(option.label)).ratio()
            score = max(shared / len(named), ratio if spelling and ratio >= 0.6 else 0.0)
            if score >= 0.5:
                scored.append((score, option))
        scored.sort(key=lambda item: -item[0])
        return _values(option for _, option in scored[:2])


def named_in(
    text: str, keys: Sequence[str], limit: int = 1000, *, told_only: bool = False
) -> list[str]:
    """The `keys` (or their everyday words, lexicon.SYNONYMS) a free text names without
    a negation, in the order named: "kecewa sm malu bgt, udah nunggu 2 minggu" names
    "kecewa" and "malu"; "ga kecewa" names nothing. With `told_only`, words that show a
    feeling rather than name it ("nangis") do not count: a story is not answered with a
    feeling the person did not name."""
    if len(text) > limit:
        return []
    spellings = _spellings(tuple(keys))
    named: list[str] = []
    for clause in clauses(text):
        for index, word in enumerate(clause):
            if told_only and word.text in _SHOWN_NOT_NAMED:
                continue
            plain = word.text.removesuffix("nya")
            found = spellings.get((word.text,)) or spellings.get((plain,))
            if found is None:
                continue
            after = [w.text for w in clause[index + 1 :] if w.text not in _PARTICLES][:2]
            # "sedihnya gak deh, kecewa aja": named, then taken back ("malunya bukan main"
            # says how much).
            # ("takut ga dapet kerja" is a fear of something, not one taken back).
            taken_back = after in (["tidak"], ["tidak", "jadi"]) or (
                after[:1] == ["bukan"] and after != _VERY
            )
            # "ga kecewa2 amat": a little, not none.
            mild = word.negated and bool({w.text for w in clause} & _DEGREE)
            if (word.negated and not mild) or taken_back:
                if found in named:
                    named.remove(found)
                continue
            if found not in named:
                named.append(found)
    return named


_VERY = ["bukan", "main"]
_DEGREE = frozenset({"amat", "banget", "bgt", "terlalu", "begitu", "gitu", "sangat"})
# Crying shows a feeling; which one is the person's to say.
_SHOWN_NOT_NAMED = frozenset({"nangis", "mewek", "menangis"})


@cache
def _spellings(keys: tuple[str, ...]) -> dict[tuple[str, ...], str]:
    """The words (folded) that name each of `keys`: worked out once per set of keys."""
    spellings: dict[tuple[str, ...], str] = {_fold_phrase(key): key for key in keys}
    for folded, alternatives in _SYNONYMS:
        if folded in spellings:
            meant = spellings[folded]
            spellings.update({typed: meant for typed in alternatives if len(typed) == 1})
    return spellings


def sounds_soft(skill: str) -> bool:
    """Whether a skill's name has a word of a nonteknis skill ("public speaking")."""
    return any(word.text in _SOFT_WORDS for clause in clauses(skill) for word in clause)


_SOFT_WORDS = frozenset(fold(word) for word in lx.SOFT_SKILL_WORDS)


_THANKS = frozenset({"makasih", "thanks", "thank", "thx", "tq", "tengkyu", "suwun", "nuwun"})
_HELLO = frozenset({"halo", "hai", "hi", "hello", "hallo", "pagi", "siang", "sore", "malam"})
_SMALL_TALK = frozenset({"oke", "ya", "banyak", "bot", "kak", "ka", "min", "you", "selamat"})


def small_talk(text: str) -> str | None:
    """ "makasih ya", "halo bot": "thanks" or "hello" when that is all the message says
    (no question was waiting for it), else None."""
    if len(text) > MAX_CHOICE_CHARS:
        return None
    said = {w.text for c in clauses(text) for w in c}
    words = {w for w in said if w not in _PARTICLES} | (said & _THANKS)
    if not words or not words <= _THANKS | _HELLO | _SMALL_TALK | {"asalamualaikum"}:
        return None
    if words & _THANKS:
        return "thanks"
    return "hello" if words & (_HELLO | {"asalamualaikum"}) else None


_TIMES_OF_DAY = ("pagi", "siang", "sore", "malam")


def greeting_of(text: str) -> str | None:
    """ "pagi", "met malam kak": the time of day a greeting names, to greet back with;
    "salam" for "assalamualaikum"."""
    said = {w.text for c in clauses(text[:MAX_CHOICE_CHARS]) for w in c}
    if said & {"asalamualaikum", "salamualaikum", "assalamualaikum"}:
        return "salam"  # answered "Waalaikumsalam!"
    return next((part for part in _TIMES_OF_DAY if part in said), None)


# "oke", "sip makasih": a nod to what was just said, not a choice from an older question.
_ACKNOWLEDGE = frozenset(
    {"oke", "sip", "siap", "baik", "baiklah", "noted", "paham", "ngerti", "mengerti", "oh"}
)


# Thanks with a few words more ("makasih ya, ngebantu bgt") is still thanks.
THANKS_WORDS = 6


def opens_with_thanks(text: str) -> bool:
    """ "makasih ya udh nemenin": a short message that thanks first, whatever follows."""
    if len(text.split()) > THANKS_WORDS:
        return False
    first = next((w.text for c in clauses(text[:MAX_CHOICE_CHARS]) for w in c), "")
    return first in _THANKS


def acknowledges(text: str) -> bool:
    """ "ok", "oke makasih", "sip": the whole message only nods to what it follows."""
    if len(text) > MAX_CHOICE_CHARS:
        return False
    said = {w.text for c in clauses(text) for w in c}
    words = {w for w in said if w not in _PARTICLES} | (said & _THANKS)
    return bool(words & _ACKNOWLEDGE) and words <= _ACKNOWLEDGE | _THANKS | _SMALL_TALK


# "halo, mau lanjut yg kemarin": asking to go on with what was waiting, nothing more.
_GO_ON = frozenset(
    {"lanjut", "lanjutin", "lanjutkan", "melanjutkan", "terusin", "teruskan", "balik"}
)
_GO_ON_AROUND = frozenset(
    {
        *("halo", "hai", "mau", "ingin", "pengen", "pingin", "saya", "yang", "kemarin"),
        *("tadi", "lagi", "sekarang", "dong", "ya", "saja", "deh", "yuk", "ayo", "boleh"),
        *("kita", "perjalanan", "prosesnya", "langkahnya", "sesi", "siap", "udah", "sudah"),
    }
)
# "aku ditolak lagi nih", "ga lolos lagi": news of another rejection, told in passing.
REJECTION_WORDS = frozenset({"ditolak", "direject", "reject", "rejected", "gagal", "penolakan"})
_REJECTION_AROUND = frozenset(
    {
        *("saya", "lagi", "baru", "saja", "barusan", "hari", "ini", "tadi", "nih", "deh"),
        *("ya", "udah", "sudah", "dan", "kemarin", "juga", "lamaran", "di", "yang", "lain"),
        *("kena", "sih", "dong", "banget", "kabar", "dapat", "dapet", "email", "tidak"),
        *("lolos", "kerja", "interview", "wawancara", "halo", "hai", "sama", "tes"),
        *("lamar", "melamar", "tahap", "akhir", "user", "hr", "hrd", "kali", "sekarang"),
        *("eh", "btw", "oh", "aduh", "duh", "akhirnya", "yah", "ternyata"),
    }
)


def asks_to_go_on(text: str) -> bool:
    """ "mau lanjut yg kemarin", "lanjutin dong": the whole message asks to go on."""
    if len(text) > MAX_CHOICE_CHARS:
        return False
    said = {w.text for c in clauses(text) for w in c} - _PARTICLES
    return bool(said & _GO_ON) and said <= _GO_ON | _GO_ON_AROUND


# "iya betul itu": a plain yes to "Maksud Anda …?".
_AGREES = frozenset({"ya", "betul", "benar", "oke", "sip", "itu", "yang", "tersebut", "tepat"})


def agrees(text: str) -> bool:
    """The whole message is a plain yes ("iya", "bener itu", "yup")."""
    if len(text) > MAX_CHOICE_CHARS:
        return False
    said = [w.text for c in clauses(text) for w in c if w.text not in _PARTICLES]
    return bool(said) and said[0] in _AGREES - {"itu", "yang", "tersebut"} and set(said) <= _AGREES


_COMPANY_WORDS = 4


def tells_rejection(text: str) -> bool:
    """ "aku ditolak lagi nih", "ga lolos lagi": the message only tells of a rejection."""
    if len(text) > MAX_CHOICE_CHARS or "?" in text:
        return False
    plain = [w.text for c in clauses(text) for w in c if w.text not in _PARTICLES]
    told = len(plain)
    for index, word in enumerate(plain):
        if word in _REJECTING and 0 < index <= _COMPANY_WORDS:
            if plain[index - 1] == "saya":
                return False  # "aku nolak tawarannya": the user said no, not the company
            plain = plain[index:]  # "gojek nolak aku": the company that said no, any name
            break
    for index, word in enumerate(plain):
        if word in ("di", "dari", "sama") and 0 < len(plain) - index - 1 <= _COMPANY_WORDS:
            plain = plain[:index]  # "… di unilever": the company it was, any name
            break
    said = set(plain)
    failed = bool(said & (REJECTION_WORDS | _REJECTING)) or any(
        pair == ("tidak", "lolos") for pair in itertools.pairwise(plain)
    )
    # "ditolak" alone is as likely a stage typed for a question on screen.
    return failed and told > 1 and said <= REJECTION_WORDS | _REJECTING | _REJECTION_AROUND


# "gojek nolak aku": the company as the one who said no.
_REJECTING = frozenset({"nolak", "menolak"})


# Feelings the journey's first step asks about that weigh on a person.
_HEAVY_FEELINGS = ("kecewa", "sedih", "marah", "cemas", "ragu", "malu", "lelah")
# Longer than an answer to a button: a few lines of venting.
_VENT_CHARS = 600


def vents(text: str, *, buttons_shown: bool = False) -> bool:
    """ "capek ditolak terus", "kenapa aku selalu gagal ya": a message that tells a heavy
    feeling or a rejection, typed when no question was waiting for it. Under buttons,
    "ditolak" alone is as likely a stage typed for them."""
    if len(text) > _VENT_CHARS:
        return False
    words = [w for c in clauses(text) for w in c if w.text not in _PARTICLES]
    said = {w.text for w in words if not w.negated}
    lone_word = len(words) == 1 and buttons_shown
    if (said & REJECTION_WORDS and not lone_word) or named_in(text, _HEAVY_FEELINGS, _VENT_CHARS):
        return True
    mood = parse_mood(text) if len(text) <= MAX_CHOICE_CHARS else None
    return mood is not None and mood <= 2 and not any(ch.isdigit() for ch in text)


# "udah dulu ya", "dadah": leaving for now.
_GOODBYE = re.compile(
    r"^(?:ya\s+)?(?:udah|udh|dah|sudah)\s+(?:dulu|ya\s+dulu)\b|^(?:bye|dadah|dah ya|sampai nanti"
    r"|sampai jumpa|see you|pamit dulu)\b",
    re.IGNORECASE,
)


def says_goodbye(text: str) -> bool:
    return len(text) <= GOODBYE_CHARS and bool(_GOODBYE.search(text.strip()))


GOODBYE_CHARS = 40


_UNSURE = frozenset({"bingung", "ragu", "entah", "entahlah", "galau"})
_UNSURE_MAX_WORDS = 8


def sounds_unsure(text: str) -> bool:
    """ "bingung mau jawab apa", "ragu nih": unsure how to answer, in a few words."""
    said = [w.text for c in clauses(text) for w in c]
    return 0 < len(said) <= _UNSURE_MAX_WORDS and bool(set(said) & _UNSURE)


def only_skips(text: str) -> bool:
    """Whether the whole message asks to skip or says "I don't know" ("gatau", "skip",
    "ga usah", "udah lah"): at a question that needs a name, that is no name."""
    if len(text) > MAX_CHOICE_CHARS:
        return False
    return _is_skip(tuple(w.text for c in clauses(text) for w in c if w.text not in _PARTICLES))


_SKIP_LEAD = frozenset({"gapapa", "its", "fine", "ok", "oke", "okay", "sudah", "yaudah", "santai"})


def _is_skip(plain: tuple[str, ...]) -> bool:
    """ "skip", "gak tau", or one of them followed by words about the question only
    ("gak ada yang mau diceritain", "lupa tanggalnya")."""
    if plain in _SKIP_PHRASES:
        return True
    lead = 0
    while lead < len(plain) - 1 and plain[lead] in _SKIP_LEAD:
        lead += 1  # "it's fine, skip aja", "gapapa, lewati aja": reassurance, then the skip
    if lead:
        return _is_skip(plain[lead:])
    for size in range(len(plain) - 1, 0, -1):
        if plain[:size] in _SKIP_PHRASES:
            return all(_stem(w) in _SKIP_TAIL or w in _FRAME or w in _HEDGES for w in plain[size:])
    return False


def _near_word(typed: str, label: _Label) -> bool:
    """Two typos away, for the "Maksudnya …?" suggestion only."""
    return len(typed) >= 5 and any(
        len(w.text) >= 5 and SequenceMatcher(None, typed, w.text).ratio() >= 0.75
        for w in label.words
    )


def _values(options: Iterable[Option]) -> tuple[str, ...]:
    return tuple(option.value for option in options)


def _positions_are_safe(labels: Sequence[str]) -> bool:
    """With buttons such as "1, 3, 5, 10" or "06.00, 07.00", a typed "3" or "6" means the
    number itself, not the third or sixth button: positions then do not apply."""
    return all(
        not _NUMERIC.fullmatch(label.strip()) or label.strip() == str(index + 1)
        for index, label in enumerate(labels)
    )


GO_ON, REJECTION = "go_on", "rejection"


def aside_of(text: str) -> str | None:
    """What a message says beside whatever question is asked: GO_ON ("mau lanjut"),
    REJECTION ("aku ditolak lagi"), "thanks" or "hello"; None when it may be an answer.
    One reading for the journey, the idle reply and the restart question."""
    if asks_to_go_on(text):
        return GO_ON
    if tells_rejection(text):
        return REJECTION
    return small_talk(text)


# A command this close to a known one is a typo of it ("/lamran" for /lamaran).
_COMMAND_LIKENESS = 0.75


def nearest_command(typed: str, known: Iterable[str]) -> str | None:
    """The one known command a mistyped one is closest to; None when none is close, or
    two are equally so."""
    typed = typed.casefold().lstrip("/")
    known = list(known)
    started = [name for name in known if len(typed) >= 4 and name.startswith(typed)]
    if len(started) == 1 and started[0] != typed:
        return started[0]  # "/hapus": the start of /hapusdata
    scored = sorted(
        ((SequenceMatcher(None, typed, name).ratio(), name) for name in known if name != typed),
        reverse=True,
    )
    if not scored or scored[0][0] < _COMMAND_LIKENESS:
        return None
    if len(scored) > 1 and scored[1][0] == scored[0][0]:
        return None
    return scored[0][1]


_DONE_SAID = frozenset(lx.DONE_SAID)


def without_done_words(text: str) -> str | None:
    """ "udah selesai latihan wawancara" → "latihan wawancara": an item said to be done,
    without the saying; None when the text says no such thing."""
    kept = [w for w in text.split() if w.casefold().strip(",.!") not in _DONE_SAID]
    if len(kept) == len(text.split()) or not kept:
        return None
    return " ".join(kept)

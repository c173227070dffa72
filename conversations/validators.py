"""Typed answers checked and normalised; a failure names the template error to show."""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from conversations import lexicon as lx
from conversations.choices import fold, only_skips, small_talk, vents, words
from conversations.reframing import find_patterns

# Field limits (characters). Long enough for real answers, short enough for one screen.
NAME_LIMIT = 80
COMPANY_LIMIT = 100
POSITION_LIMIT = 100
SKILL_LIMIT = 60
NOTE_LIMIT = 500
STORY_LIMIT = 2000
LINKEDIN_LIMIT = 200
MAX_NETWORK_COUNT = 50
MAX_PLAN_DAYS = 366


@dataclass(frozen=True)
class Invalid:
    """Why a typed answer cannot be used: an error key for input_error.html."""

    error: str
    limit: int | None = None


_INVISIBLE = re.compile(r"[\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")


def clean_text(text: str) -> str:
    """Trim, drop zero-width and direction marks, fold runs of spaces (not newlines)."""
    text = _INVISIBLE.sub("", unicodedata.normalize("NFC", text))
    lines = [re.sub(r"[ \t]+", " ", line).strip() for line in text.splitlines()]
    return "\n".join(lines).strip()


def parse_short_text(text: str, limit: int) -> str | Invalid:
    """A name, company, position or skill: one line with at least one letter or digit."""
    cleaned = clean_text(text).replace("\n", " ")
    if not any(ch.isalnum() for ch in cleaned):
        return Invalid("empty")
    if len(cleaned) > limit:
        return Invalid("too_long", limit)
    return cleaned


def parse_name(text: str, limit: int) -> str | Invalid:
    """A company, a position or a skill. A number alone is no name: it is a button's
    number typed where the question has no buttons, or a slip. Nor is "gatau" or "skip":
    saved, it would greet the recruiter about the position "gatau"."""
    parsed = parse_short_text(text, limit)
    if isinstance(parsed, str) and not any(ch.isalpha() for ch in parsed):
        return Invalid("name_letters")
    said = set(words(parsed)) if isinstance(parsed, str) else set()
    if isinstance(parsed, str) and (
        only_skips(parsed)
        or small_talk(parsed)
        # "pakai nama telegram aja": an answer to the name question, typed too soon
        or ({"pakai", "pake"} & said and "nama" in said)
        or _filler(parsed)
        or _replies(parsed)
        or removes(parsed)
    ):
        # "makasih ya", "oke": saved, the next question would ask about "Makasih Ya".
        return Invalid("name_needed")
    if isinstance(parsed, str) and find_patterns(parsed):
        # "gw emang ga becus" is about the person, not a company: said again, gently.
        return Invalid("name_self_blame")
    if isinstance(parsed, str) and _KEEPS_PRIVATE.search(parsed.casefold()):
        # "ga mau sebut": saved, the email would greet "GA Mau Sebut".
        return Invalid("name_private")
    if isinstance(parsed, str) and forgets(parsed):
        # "lupa namanya", "aduh ga tau deh, ga mau inget2 lagi": no name, and no demand.
        return Invalid("name_forgotten")
    return parsed


_REMOVING = frozenset({"hapus", "hapus aja", "hapus saja", "dihapus", "kosongkan", "kosongin"})


def removes(text: str) -> bool:
    """ "hapus": asks to take a detail out, never names it."""
    return " ".join(clean_text(text).casefold().strip(" .!").split()) in _REMOVING


def forgets(text: str) -> bool:
    """Whether a short answer says the name is not known or not to be recalled."""
    found = words(text)
    if len(found) > _FORGET_MAX_WORDS:
        return False
    pairs = set(itertools.pairwise(found))
    return bool(pairs & _NAME_UNKNOWN) or any(
        a == "tidak" and b == "mau" and c == "ingat"
        for a, b, c in zip(found, found[1:], found[2:], strict=False)
    )


_FORGET_MAX_WORDS = 12
# "lupa" and "ga inget" are folded to "tidak ingat"; "gatau" to "tidak tahu".
_NAME_UNKNOWN = frozenset({("tidak", "ingat"), ("tidak", "tahu")})


_KEEPS_PRIVATE = re.compile(
    r"^(?:\w+\s+){0,2}(?:ga|gak|nggak|ngga|enggak|tidak|tdk|gamau|ogah|males|malas)\s*"
    r"(?:mau|usah|perlu|pengen|ingin)?\s*(?:di)?(?:sebut|nyebut|menyebut|kasih tau|kasih tahu|"
    r"bilang|kasih|share|spill|sebutin|sebutkan)\w*"
    r"|^(?:\w+\s+){0,1}(?:rahasia|dirahasiakan|privasi|off the record)\b"
)


_FILLERS = frozenset(
    {"ok", "oke", "okay", "okey", "sip", "hmm", "hm", "ya", "iya", "yaa", "y"}
    # "gpp": nothing to tell, as a story or a name
    | {"gpp", "gapapa", "ga papa", "gak papa", "nggak papa", "tidak apa-apa", "gak apa2"}
    # "ya udah lah": said as one gives up telling, not a story
    | {"ya udah", "ya udah lah", "yaudah", "yaudahlah", "udah", "udah lah", "udh", "ga ada"}
    | {"gak ada", "nggak ada", "tidak ada"}
)


# "iya udh lumayan", "udah kok": an answer to another question opens with these, a name never.
_REPLY_OPENERS = frozenset({"iya", "iyaa", "ya", "yaa", "udah", "udh", "sudah", "oke", "okey"})


def _replies(text: str) -> bool:
    return text.casefold().replace(",", " ").split()[0] in _REPLY_OPENERS


def _filler(text: str) -> bool:
    return " ".join(text.casefold().replace(".", " ").split()) in _FILLERS


# "udah semua kok", "itu aja": nothing more to note.
_DONE_SAYING = frozenset(
    {"udah semua", "sudah semua", "itu aja", "itu saja", "udah itu aja", "udah itu saja"}
    | {"udah cukup", "sudah cukup", "cukup", "segitu aja", "segitu saja", "udah kok"}
    | {"ga ada lagi", "gak ada lagi", "tidak ada lagi", "nggak ada lagi", "udah", "udah aja"}
)
_DONE_PARTICLES = frozenset({"kok", "sih", "deh", "ya", "kak", "dong", "kayanya", "kayaknya"})


def says_done(text: str) -> bool:
    found = clean_text(text).casefold().replace(",", " ").replace(".", " ").split()
    while len(found) > 1 and found[-1] in _DONE_PARTICLES:
        found.pop()
    return " ".join(found) in _DONE_SAYING


# "emang wajar ya kalo buntu di soal SQL?": asking whether it is normal.
_NORMAL_WORDS = frozenset({"wajar", "normal", "biasa", "lumrah", "umum"})
_NOTE_QUESTION_WORDS = 15


def parse_note(text: str, limit: int) -> str | Invalid | None:
    """A note about the interview; None for "udah semua kok" (nothing to note). A short
    question is asked of the bot, not noted: answered, and the note is still asked."""
    if says_done(text):
        return None
    found = clean_text(text).casefold().split()
    if "?" in text and len(found) <= _NOTE_QUESTION_WORDS and asks_something(text):
        said = set(re.findall(r"[a-z]+", text.casefold()))
        return Invalid("note_normal" if said & _NORMAL_WORDS else "note_question")
    return parse_long_text(text, limit)


def says_nothing_is_missing(text: str) -> bool:
    """ "ga ada yg kurang kayaknya", "udah cukup semua": an answer to "what is missing?"
    that names nothing."""
    found = words(text)
    negated = "gada" in found or ("tidak" in found and "ada" in found)
    enough = "cukup" in found or "lengkap" in found or "aman" in found
    return 0 < len(found) <= 7 and (negated or enough) and set(found) <= lx.NOTHING_MISSING_WORDS


def parse_skill(text: str, limit: int) -> str | Invalid | None:
    """The skill felt missing; None for "nothing is missing" (never saved as a skill's
    name: the learning plan is then left out)."""
    if says_nothing_is_missing(text):
        return None
    unsure, comma, rest = text.partition(",")
    guessed = [w for w in rest.split() if not _LAUGH.fullmatch(w.casefold().strip("?!.,"))]
    if comma and guessed and (only_skips(unsure) or forgets(unsure)):
        # "gatau jg sih, mungkin sql?": not sure, then a guess; the guess is the answer.
        text = rest.strip(" ?")
    parsed = parse_name(text, limit)
    if not isinstance(parsed, str):
        return parsed
    first, comma, added = parsed.partition(",")
    if comma and len(added.split()) >= _ADDED_PHRASE_WORDS:
        # "sql kayanya, sama nanya balik ke interviewer": one skill was asked for; the
        # first is kept, the phrase told after it would read as part of its name.
        parsed = first
    # "figma sama storytelling": the skill is shown back in the bot's own voice.
    parsed = _SPOKEN_AND.sub(" dan ", parsed)
    # "sql kyknya", "excel sih kayanya, dan ngomong": the hedges are no part of the skill,
    # and SQL is written as such.
    found = [
        word
        for word in without_hedges(parsed).split()
        if word.casefold().strip(",.") not in _HEDGE_WORDS - {"aja", "saja"}
    ] or parsed.split()
    return " ".join(_spelled_out(_ABBREVIATIONS.get(word.casefold(), word)) for word in found)


# Chat shorthand in a skill's name, written out where the bot says it back ("ngomong yg
# lancar" → "ngomong yang lancar"); the words stay theirs. ("ditanya2" stays: which part
# of a word repeats cannot be told safely.)
_SHORTHAND = {"yg": "yang", "dgn": "dengan", "utk": "untuk", "krn": "karena", "dlm": "dalam"}


def _spelled_out(word: str) -> str:
    return _SHORTHAND.get(word.casefold(), word)


# "hehe", "wkwk", "hmm": laughter or a pause, never a skill's name.
_LAUGH = re.compile(r"(?:h[aeiou]){2,}h?|(?:wk)+w?|hm+|(?:xi)+|(?:hu){2,}")
# A part after a comma this long is something told, not a second skill's name.
_ADDED_PHRASE_WORDS = 3
# "figma sama storytelling", but never the "sama" of "kerja sama".
_SPOKEN_AND = re.compile(r"(?<!\bkerja)(?<!\bbekerja)\s+(?:sama|sm|ama|&)\s+", re.IGNORECASE)


@dataclass(frozen=True)
class Cut:
    """A long text kept up to its limit (a story is never refused for its length)."""

    text: str


_CORRECTING = frozenset({"salah", "ralat", "typo", "keliru", "koreksi", "salahketik"})


def corrects(text: str) -> bool:
    """ "eh salah, perusahaannya PT Maju Jaya": the message corrects an earlier answer."""
    return bool(set(words(clean_text(text).casefold())[:3]) & _CORRECTING)


@dataclass(frozen=True)
class Correction:
    """ "eh salah, perusahaannya PT Maju Jaya": the answer named (a key of the words it was
    named by; "" when not named) and its new value ("" when not given yet)."""

    field: str
    value: str
    # A correcting word was said ("salah", "harusnya"), not only the detail's name.
    marked: bool


# Said before the new value of a corrected detail, never part of it.
_CORRECTION_MARKS = (
    *("salah ketik", "salah tulis", "salah", "ralat", "typo", "keliru", "koreksi", "bukan"),
    *("yang benar", "yang bener", "yg benar", "yg bener", "yg bnr", "harusnya", "hrsnya"),
    *("seharusnya", "sebenarnya", "sebenernya", "maksudnya", "maksud saya", "maksud aku"),
    *("maksudku", "ganti", "gantiin", "diganti", "ubah", "diubah", "ubahin", "perbaiki"),
)
_CORRECTION_FILLER = frozenset(
    {"eh", "ehh", "oh", "aduh", "duh", "maaf", "sori", "sorry", "tadi", "td", "itu", "tuh"}
    | {"nya", "yg", "yang", "jadi", "jd", "menjadi", "adalah", "ya", "kak", "mau", "tolong"}
    | {"aku", "saya", "sy", "gw", "gue", "ketik", "tulis", "nulis", "deh", "dong"}
    # "eh namanya salah, harusnya Ibu Rina": a name, not which one (the latest given).
    | {"nama", "namanya"}
)
# "salah perusahaannya sih": blame said, nothing corrected.
_SPOKEN = frozenset({"sih", "kok", "lho", "loh", "kan", "emang", "memang"})
_CORRECTION_TAIL = re.compile(r"[\s,]+(?:bukan|bkn)\s.*$", re.IGNORECASE)
_TOKEN = re.compile(r"\S+")
_MIDWAY_CORRECTION = re.compile(
    r"(?:\s*,\s*(?:ehh?\s+)?|\s+ehh?,?\s+)(?:maksudnya|maksud\s+saya|maksudku|salah,?|ralat|"
    r"yg\s+bener|yang\s+benar|yang\s+bener|harusnya)[\s,:]+|\s+(?:maksudnya|harusnya)\s+"
    # "bank mandiri eh bukan, BCA maksudnya" (never ", bukan" alone: "Analis Data, bukan
    # Analis Bisnis" names the value first)
    r"|[\s,]+ehh?,?\s+(?:bukan|bkn)[\s,:]+",
    re.IGNORECASE,
)
# The marker said after the value instead: "…, BCA maksudnya".
_MARK_AFTER = re.compile(
    r"[\s,]+(?:maksudnya|maksud\s+saya|maksudku|yg\s+bener|yang\s+benar|harusnya)\W*$",
    re.IGNORECASE,
)
_OR_RATHER = re.compile(r"^.*?\s(?:tapi|tp|tpi|melainkan)\s+", re.IGNORECASE)


def read_correction(text: str, named_by: Mapping[str, tuple[str, ...]]) -> Correction | None:
    """A message that corrects a detail or names it before its value ("posisinya salah,
    harusnya Analis Data Senior", "nama perusahaannya salah", "bukan PT Maju tapi PT Maju
    Jaya"); None for an answer that does neither. `named_by`: each detail's names."""
    found = _correction_in(clean_text(text), named_by)
    if found is None:
        return None
    # Read only once a correction is in sight: every typed answer passes here.
    cleaned = clean_text(text)
    if vents(cleaned) or asks_something(cleaned) or find_patterns(cleaned) or complains(cleaned):
        return None  # "salah saya kurang persiapan" corrects nothing
    return found


def _correction_in(cleaned: str, named_by: Mapping[str, tuple[str, ...]]) -> Correction | None:
    tokens = [(m.start(), m.group().casefold().strip(",.:;!-")) for m in _TOKEN.finditer(cleaned)]
    phrases = [(p, "") for p in _CORRECTION_MARKS]
    phrases += [(p, key) for key, names in named_by.items() for p in names]
    phrases.sort(key=lambda item: -len(item[0].split()))
    field, marked, denied, at = "", False, False, 0
    while at < len(tokens):
        for phrase, key in phrases:
            size = len(phrase.split())
            if " ".join(word for _, word in tokens[at : at + size]) == phrase:
                field = key or field
                # "bukan PT Maju tapi …" (not "bukan, maksudnya PT Maju Jaya").
                denied = phrase == "bukan" if not key else denied
                marked = marked or not key
                at += size
                break
        else:
            if tokens[at][1] in _CORRECTION_FILLER or not tokens[at][1]:
                at += 1
                continue
            break
    midway = _MIDWAY_CORRECTION.search(cleaned) if at == 0 else None
    if midway and midway.start() > 0:
        # "backend engineer, eh maksudnya software engineer": the message's own last word
        # ("PT Sinar Jaya eh salah, yg bener PT Sinar Abadi": every marker read past).
        rest = _MARK_AFTER.sub("", cleaned[midway.end() :]).strip(" ,.:;-")
        again = _correction_in(rest, named_by) if rest else None
        return Correction("", again.value if again is not None else rest, False)
    if (at < len(tokens) and tokens[at][1] in _SPOKEN) or (cleaned.istitle() and not field):
        return None  # "Bukan Main Corp" is a name
    value = cleaned[tokens[at][0] :] if at < len(tokens) else ""
    if denied:
        # "bukan PT Maju tapi PT Maju Jaya": what follows "tapi" is the value.
        rather = _OR_RATHER.sub("", value, count=1)
        value = rather if rather != value else ""
    tail = _CORRECTION_TAIL.sub("", value)
    if not field and not marked and tail == value:
        return None
    # "Analis Data, bukan Analis Bisnis": the value first, what it replaces after.
    return Correction(field, tail.strip(" ,.:;-"), marked)


def parse_story(text: str, limit: int) -> str | Cut | Invalid | None:
    """The story: "ok", "hmm", "9" or "makasih" tell nothing, and are taken as the story
    left out (no "Terima kasih sudah bercerita" for them). Past the limit it is cut at a
    word, not refused: someone pouring their heart out is not told to write less."""
    parsed = parse_long_text(text, limit)
    if isinstance(parsed, Invalid) and parsed.error == "too_long":
        cleaned = clean_text(text)
        return Cut(cleaned[: cleaned.rfind(" ", 0, limit + 1)].rstrip() or cleaned[:limit])
    if isinstance(parsed, Invalid):
        return parsed
    if not any(ch.isalpha() for ch in parsed) or _filler(parsed) or small_talk(parsed):
        return None
    return parsed


_SEPARATORS = re.compile(r"\s*,\s*|\s+[-\u2013\u2014|/]\s+")
# "PT Maju posisi Analis Data", "di Bank Mandiri sebagai MT": the position follows them.
_POSITION_FOLLOWS = re.compile(r"\s+(?:untuk posisi|sebagai|sbg|posisi|bagian)\s+", re.IGNORECASE)
_AT = re.compile(r"\s+(?:di|ke)\s+", re.IGNORECASE)


def company_and_position(text: str) -> tuple[str, str] | None:
    """A company and a position typed in one answer to "which company?", each
    capitalised; None when the answer does not clearly name both (then it is the
    company, as asked)."""
    found = _split_names(without_applying(text))
    if found is None:
        return None
    # "shopee, posisi UI/UX designer": the comma before the joining word is no part of it.
    company, position = (without_applying(part.strip(" ,;:-\u2013\u2014")) for part in found)
    parsed = parse_title(company, COMPANY_LIMIT), parse_title(position, POSITION_LIMIT)
    if isinstance(parsed[0], Invalid) or isinstance(parsed[1], Invalid):
        return None
    return parsed[0], parsed[1]


def without_applying(text: str) -> str:
    """ "saya melamar di PT Maju": the company's name without the words before it."""
    head = " ".join(clean_text(text).split()).split()
    while len(head) > 1 and head[0].casefold() in (*lx.APPLYING_WORDS, "di", "ke"):
        head = head[1:]
    return " ".join(head)


def _split_names(text: str) -> tuple[str, str] | None:
    """(company, position) as the answer orders them, by its separator or joining word."""
    follows = _POSITION_FOLLOWS.split(text)
    if len(follows) == 2 and all(follows):
        return follows[0], follows[1]
    if text.casefold().startswith(("posisi ", "sebagai ")):
        at = _AT.split(text.split(" ", 1)[1])
        return (at[1], at[0]) if len(at) == 2 and all(at) else None
    parts = _SEPARATORS.split(text)
    if len(parts) == 2 and all(parts) and not _words(parts[1]) <= lx.LEGAL_FORMS:
        first, second = parts
        if _names_position(second):
            return first, second
        return (second, first) if _names_position(first) else None
    at = _AT.split(text)
    if len(at) == 2 and all(at) and _names_position(at[0]):
        return at[1], at[0]
    return None


def _words(text: str) -> set[str]:
    return {word.casefold() for word in text.split()}


def _names_position(text: str) -> bool:
    """ "Analis Data", not "Kantor Akuntan Publik" (a company that names a trade)."""
    return bool(_words(text) & lx.POSITION_WORDS) and (
        text.split()[0].casefold() not in lx.COMPANY_OPENERS
    )


def parse_person_name(text: str, limit: int) -> str | Invalid:
    """The sender's name: a name has no digits ("tgl 24 kemarin" is a correction, not a
    name) and is capitalised as a formal email writes it."""
    parsed = parse_name(text, limit)
    if isinstance(parsed, str):
        parsed = without_hedges(parsed)  # "Anisa kayanya": the name only
    if isinstance(parsed, str) and not _sounds_like_a_name(parsed):
        # "pake nama asli aja, Anisa Rahmawati": the name after the comma; "gak usah pake
        # nama deh", "bentar ya": no name, and never a signature.
        last = parsed.rpartition(",")[2].strip()
        parsed = last if "," in parsed and last and _sounds_like_a_name(last) else parsed
        if not _sounds_like_a_name(parsed):
            return Invalid("name_needed")
    if isinstance(parsed, str) and asks_something(parsed):
        return Invalid("name_question")  # "apa bedanya?" would sign the email
    if isinstance(parsed, str) and (vents(parsed) or complains(parsed)):
        return Invalid("name_feeling")  # "capek" would sign the email
    if isinstance(parsed, str) and any(ch.isdigit() for ch in parsed):
        return Invalid("name_letters")
    if isinstance(parsed, str) and _sounds_like_a_day(parsed):
        # "kmrn sore", "minggu lalu": a late answer to the date question, never a name.
        return Invalid("sender_date")
    if isinstance(parsed, str) and parsed.split()[0].casefold().rstrip(".") in _HONORIFICS:
        # "bu sari": a recruiter's name typed one question early, or a title the email
        # signature does not carry.
        return Invalid("sender_honorific")
    return as_title(parsed) if isinstance(parsed, str) else parsed


# Words a person's name is never made of: "gak usah pake nama deh", "ngomong percaya diri".
_NEVER_IN_A_NAME = frozenset(
    {"sih", "deh", "dong", "aja", "saja", "ya", "kok", "nih", "gak", "ga", "nggak", "tidak"}
    | {"usah", "pake", "pakai", "nama", "namaku", "bentar", "sebentar", "dulu", "nanti"}
    | {"mau", "ingin", "pengen", "ngomong", "percaya", "diri", "yang", "yg", "dan", "sama"}
    | {"buat", "untuk", "saya", "aku", "gw", "gue", "asli", "panggil", "tunggu", "lupa"}
    | {"teknis", "nonteknis", "dasar", "menengah", "mahir", "skill", "kurang", "lebih"}
)


def _sounds_like_a_name(text: str) -> bool:
    found = re.findall(r"[^\W\d_]+", text.casefold())
    return bool(found) and not set(found) & _NEVER_IN_A_NAME


_DAY_WORDS = frozenset(
    {
        *("kemarin", "kmrn", "kemaren", "kmarin", "lusa", "lalu", "minggu", "hari", "tadi"),
        *("pagi", "siang", "sore", "malam", "malem", "ini", "kapan", "ya", "lupa", "bulan"),
        *("senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "tgl", "tanggal", "yang"),
    }
)


def _sounds_like_a_day(text: str) -> bool:
    said = {word for word in re.findall(r"[a-z]+", text.casefold())}
    return bool(said) and said <= _DAY_WORDS


_HONORIFICS = frozenset(
    {"bu", "ibu", "pak", "bapak", "mas", "mbak", "mba", "kak", "bang", "sdr", "sdri", "yth"}
)


# Typed all in lower case, a name goes into a formal email capitalised: "staf it di pt
# maju" is "Staf IT di PT Maju". Short words that stay lower, and abbreviations.
_LOWER_WORDS = frozenset({"di", "dan", "atau", "untuk", "ke", "dari", "&", "of", "and", "the"})
_ABBREVIATIONS = {
    "pt": "PT",
    "cv": "CV",
    "tbk": "Tbk",
    "ud": "UD",
    "bumn": "BUMN",
    "it": "IT",
    "hr": "HR",
    "hrd": "HRD",
    "qa": "QA",
    "ui": "UI",
    "ux": "UX",
    "ui/ux": "UI/UX",
    "seo": "SEO",
    "crm": "CRM",
    "sql": "SQL",
    "ai": "AI",
    "bi": "BI",
    "pr": "PR",
    "ga": "GA",
    "ceo": "CEO",
    "cto": "CTO",
    "bca": "BCA",
    "bri": "BRI",
    "bni": "BNI",
    "btn": "BTN",
    "bsi": "BSI",
    "bpjs": "BPJS",
    "pln": "PLN",
    "ojk": "OJK",
}


def as_title(name: str) -> str:
    """A company, position or person's name typed all in lower case, capitalised; any
    capital typed means the user chose the spelling, which is kept."""
    if any(ch.isupper() for ch in name):
        return name
    words = name.split(" ")
    titled = [
        _ABBREVIATIONS.get(word)
        or _ABBREVIATIONS.get(word.rstrip("."), "").rstrip(".")
        or (word if index and word in _LOWER_WORDS else word[:1].upper() + word[1:])
        for index, word in enumerate(words)
    ]
    return " ".join(titled)


def parse_title(text: str, limit: int) -> str | Invalid:
    """A company or a position, capitalised as a formal email writes it. A feeling
    ("sedih banget", "duh capek") or a question ("kenapa harus nyebut perusahaan?") is
    no name: saved, the next question would ask about the position at "Sedih Banget"."""
    if "?" in text and asks_something(text) and not complains(text):
        return Invalid("name_question")  # "… takut dibilang ga tau diri?" forgets nothing
    parsed = parse_name(text, limit)
    if isinstance(parsed, str):
        parsed = without_hedges(parsed)  # "staf admin kayanya" → "staf admin"
    if isinstance(parsed, str) and parsed.split()[0] in _WITH:  # "Sama Sama Corp" is a name
        # "kayanya sama hrd deh": the stage, typed one question early, is no name.
        return Invalid("name_stage")
    if isinstance(parsed, str) and corrects(parsed):
        return Invalid("correction")  # "eh salah, perusahaannya …" is no position
    if isinstance(parsed, str) and _sounds_like_a_day(parsed):
        return Invalid("name_date")  # "tanggal 27 kemarin": the date, typed early
    if isinstance(parsed, str) and asks_something(parsed):
        return Invalid("name_question")
    if isinstance(parsed, str) and (vents(parsed) or complains(parsed)):
        return Invalid("name_feeling")
    if isinstance(parsed, str) and tells_a_story(parsed):
        return Invalid("name_sentence")  # "mati lampu td jd telat interview"
    if isinstance(parsed, str):
        parsed = spelled_out(parsed) or parsed  # "PM, product manager" → "Product Manager"
    return as_title(parsed) if isinstance(parsed, str) else parsed


# "PM, product manager", "PM (product manager)", "product manager (PM)": one name given
# twice, short and spelled out.
_SHORT_THEN_LONG = re.compile(r"^([^\W\d_]{2,5})\s*[,/(:=-]\s*(.+?)\)?$")
_LONG_THEN_SHORT = re.compile(r"^(.+?)\s*[,/(]\s*([^\W\d_]{2,5})\)?$")


def spelled_out(name: str) -> str | None:
    """The spelled-out name of a name typed twice, short and in full; None otherwise."""
    for pattern, short_at, long_at in ((_SHORT_THEN_LONG, 1, 2), (_LONG_THEN_SHORT, 2, 1)):
        found = pattern.match(name.strip())
        if found is None:
            continue
        short, long = found.group(short_at), found.group(long_at).strip()
        initials = "".join(word[0] for word in long.split())
        if len(long.split()) >= 2 and initials.casefold() == short.casefold():
            return as_title(long)
    return None


# Said around a name or a skill, never part of it: "sql kyknya", "mungkin Analis Data".
_HEDGE_WORDS = frozenset(
    {"kayanya", "kayaknya", "kyknya", "kynya", "sepertinya", "mungkin", "sih", "deh", "gitu"}
    | {"aja", "saja", "ya", "yah", "kak", "dong", "nih", "kok", "gan", "sis"}
)
# Hedges only when typed in lower case ("riset perusahaan kali", "kayak presentasi
# gitu"): capitalised, "Kali" may be a name's own word.
_LOWER_HEDGES = frozenset({"kali", "kayak", "kyk", "kek", "paling", "palingan"})
# "sama hrd", "dengan user": who the interview was with, not a name.
_WITH = frozenset({"sama", "sm", "ama", "dengan", "dgn"})


def without_hedges(text: str) -> str:
    """The name without the hedges around it; the text itself if nothing else is left."""
    found = text.split()
    while len(found) > 1 and _hedge(found[0]):
        found.pop(0)
    while len(found) > 1 and _hedge(found[-1]):
        found.pop()
    return " ".join(found)


def _hedge(word: str) -> bool:
    bare = word.strip(",.")
    return bare.casefold() in _HEDGE_WORDS or bare in _LOWER_HEDGES


# Words of a sentence told, not of a name: "tadi", "jadi", "karena", "aku".
_TELLING = frozenset(
    {"tadi", "td", "jadi", "jd", "karena", "krn", "soalnya", "pas", "terus", "trus", "trs"}
    | {"saya", "aku", "gue", "gw", "banget", "bgt", "sih", "deh", "udah", "udh", "telat"}
)
_NAME_MAX_WORDS = 4


# What a person says about a company or a recruiter, never their name: "hrdnya jutek".
_COMPLAINT_WORDS = frozenset(
    {"toxic", "jutek", "judes", "ketus", "galak", "sombong", "songong", "nyebelin", "ngeselin"}
    | {"menyebalkan", "ghosting", "diphp", "php", "ribet", "lelet", "kejam", "jahat", "kasar"}
    | {"zonk", "kacau", "berantakan", "gajelas", "bete", "tega", "curang"}
)
_COMPLAINT_PHRASES = re.compile(
    r"\b(?:ga|gak|nggak|ngga|enggak|tidak|tdk|kurang)\s+(?:jelas|profesional|sopan|ramah|adil)\b"
)


def complains(text: str) -> bool:
    """Whether a short answer judges the company or the recruiter instead of naming them
    (typed as a name, "Galak Jaya" is kept)."""
    if text.istitle():
        return False
    folded = clean_text(text).casefold()
    said = set(re.findall(r"[a-z]+", folded))
    return bool(said & _COMPLAINT_WORDS) or bool(_COMPLAINT_PHRASES.search(folded))


# "…, PT Sinar Jaya": a company's legal form and the name after it, up to the clause end.
_LEGAL_NAME = re.compile(r"(?:^|[\s,(])((?:PT|CV|UD)\.?\s+[^\W_][^,.;:!?\n()]{1,60})")


def company_named_in(text: str) -> str | None:
    """The company a sentence names with its legal form ("PT Sinar Jaya"); None if none."""
    found = _LEGAL_NAME.findall(clean_text(text))
    return found[-1].strip() if len(found) == 1 else None


def tells_a_story(text: str) -> bool:
    """Whether a name's answer is a sentence about something that happened."""
    found = clean_text(text).casefold().split()
    return len(found) > _NAME_MAX_WORDS and bool(set(found) & _TELLING)


# "kenapa harus nyebut perusahaan?", "apa ya": asking or wondering, not naming.
_QUESTION_OPENERS = frozenset(
    {"apa", "apakah", "kenapa", "mengapa", "gimana", "bagaimana", "buat", "untuk", "emang"}
)


# "pake nama asli aja gmn caranya": asking how, wherever it is said.
_ASKING_ANYWHERE = frozenset({"gimana", "gmn", "gmana", "bagaimana", "caranya", "gimna"})


def asks_something(text: str) -> bool:
    """Whether a short answer is a question (a "?", or a question word first and a
    question's few words: "apa ya", "buat apa sih")."""
    found = words(text)
    if "?" in text or set(text.casefold().split()) & _ASKING_ANYWHERE:
        return True
    if not found or found[0] not in _QUESTION_OPENERS or text.istitle():
        return False  # "Apa Kabar Media": written as a name
    return found[0] in ("apa", "apakah", "kenapa", "mengapa", "gimana", "bagaimana") or (
        len(found) > 1 and found[1] in ("apa", "apaan")
    )


def parse_long_text(text: str, limit: int) -> str | Invalid:
    cleaned = clean_text(text)
    if not any(ch.isalnum() for ch in cleaned):
        return Invalid("empty")
    if len(cleaned) > limit:
        return Invalid("too_long", limit)
    return cleaned


# Dates as typed: "25/11/2026", "25-11-26", "20/11", "2026-11-20".
_NUMERIC_DATE = re.compile(
    r"(?<![\d/.-])(\d{1,2})\s*([/.-])\s*(\d{1,2})(?:\s*\2\s*(\d{4}|\d{2}))?(?![\d/.-])"
)
_ISO_DATE = re.compile(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")
MAX_PAST_DAYS = 365
# A date answer longer than this is a sentence, not a date.
MAX_DATE_CHARS = 80


def parse_past_date(text: str, today: date) -> date | Invalid:
    """The interview date: "25/11/2026", "25-11-26", "20/11", "20 November 2026",
    "tgl 20", "hari ini", "kemarin", "2 hari lalu", "senin lalu" (the latest Monday
    before today), "minggu lalu" (7 days back). Not in the future, not more than a year
    back."""
    read = _read_date(text, today, future=False)
    if read is None:
        return _unread_date(text)
    if read > today:
        return Invalid("date_future")
    if read < today - timedelta(days=MAX_PAST_DAYS):
        return Invalid("date_too_old")
    return read


def parse_future_date(text: str, today: date) -> date | Invalid:
    """A plan's target date: "1/12/2026", "20 des", "besok", "lusa", "2 minggu lagi",
    "sebulan lagi" (the same day next month), "akhir bulan" (its last day; next month's
    when today is the last), "akhir minggu"/"weekend" (the coming Sunday), "jumat"
    (the coming Friday), "jumat depan" (Friday of next week). After today and within
    366 days."""
    read = _read_date(text, today, future=True)
    if read is None:
        return _unread_date(text)
    if read <= today:
        return Invalid("date_not_future")
    if read > today + timedelta(days=MAX_PLAN_DAYS):
        return Invalid("date_too_far")
    return read


# A day and month without a year further ahead than this was meant in the past: on
# 25 November, "20/11" is five days ago, not next year.
NEAREST_FUTURE_DAYS = 180


def parse_interview_date(text: str, today: date) -> date | Invalid:
    """An interview's date, coming or already held: "2/12/2026", "besok", "senin depan",
    "kemarin", "20/11". A date without a year is the coming one, unless that is half a
    year away and the last one is not. Within a year either side of today."""
    read = _read_date(text, today, future=True)
    if read is not None and read > today + timedelta(days=NEAREST_FUTURE_DAYS):
        earlier = _read_date(text, today, future=False)
        if earlier is not None and earlier >= today - timedelta(days=MAX_PAST_DAYS):
            read = earlier
    if read is None:
        return _unread_date(text)
    if read < today - timedelta(days=MAX_PAST_DAYS):
        return Invalid("date_too_old")
    if read > today + timedelta(days=MAX_PLAN_DAYS):
        return Invalid("date_too_far")
    return read


# "kamis depan jam 10", "besok pukul 09.30 WIB": the time of day, which a date answer
# may carry but does not need.
_TIME_OF_DAY = re.compile(
    r"\b(?:jam|pukul|pkl\.?)\s*\d{1,2}(?:[.:]\d{2})?"
    r"(?:\s*(?:pagi|siang|sore|malam|wib|wita|wit))*\b"
    r"|\b\d{1,2}[.:]\d{2}\s*(?:wib|wita|wit)\b"
)


def mentions_time(text: str) -> bool:
    """ "kamis depan jam 10": a time of day was typed with the date (and is not kept)."""
    return bool(_TIME_OF_DAY.search(clean_text(text).casefold()))


def _read_date(text: str, today: date, *, future: bool) -> date | None:
    raw = _TIME_OF_DAY.sub(" ", clean_text(text).casefold()).strip(" ,")
    if len(raw) > MAX_DATE_CHARS:
        return None
    for pattern, numbers in ((_ISO_DATE, _iso_numbers), (_NUMERIC_DATE, _dmy_numbers)):
        match = pattern.search(raw)
        if match:
            rest = _date_words(raw[: match.start()] + " " + raw[match.end() :])
            # "senin 14/12": a weekday before the date adds nothing.
            rest = " ".join(w for w in rest.split() if w not in lx.WEEKDAYS and w != "hari")
            day, month, year = numbers(match)
            return _dated(day, month, year, today, future) if rest in ("", "tanggal") else None
    return _relative(_without_recent(_without_weekday(_date_words(raw))), today, future)


def _without_recent(phrase: str) -> str:
    """ "tgl 28 kmrn": the 28th just gone; "kemarin" after a day's number says recent,
    not yesterday."""
    found = phrase.split()
    if found[-1:] == ["kemarin"] and len(found) in (2, 3) and found[-2].isdigit():
        return " ".join(found[:-1])  # "28", "tanggal 28"
    return phrase


LEAP_YEAR = 2028


def _unread_date(text: str) -> Invalid:
    """ "31/02/2026": the date is written right but no such day exists, which the person
    is told, rather than that it was not understood."""
    raw = clean_text(text).casefold()
    match = _NUMERIC_DATE.search(raw)
    if match is not None:
        day, month, year = _dmy_numbers(match)
        # Without a year, a leap year: "29/02" exists, "30/02" does not.
        full = LEAP_YEAR if year is None else int(year) + (2000 if len(year) == 2 else 0)
        if 1 <= day <= 31 and 1 <= month <= 12 and _make(full, month, day) is None:
            return Invalid("date_no_such_day")
    return Invalid("date_format")


def _without_weekday(phrase: str) -> str:
    """ "senin 14 des": beside a dated day the weekday adds nothing (the date is read
    back with its own weekday, so a mismatch shows)."""
    found = phrase.split()
    if found[:1] == ["hari"] and found[1:2] and found[1] in lx.WEEKDAYS:
        found = found[1:]
    if len(found) > 1 and found[0] in lx.WEEKDAYS and found[1].isdigit():
        return " ".join(found[1:])
    return phrase


def _iso_numbers(match: re.Match[str]) -> tuple[int, int, str | None]:
    return int(match.group(3)), int(match.group(2)), match.group(1)


def _dmy_numbers(match: re.Match[str]) -> tuple[int, int, str | None]:
    return int(match.group(1)), int(match.group(3)), match.group(4)


def _make(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _dated(day: int, month: int, year: str | None, today: date, future: bool) -> date | None:
    """A day and month, with the year as typed ("26" is 2026) or, without one, the
    nearest such date on the side of today asked for ("20/11", "20 nov")."""
    if year is not None:
        return _make(int(year) + (2000 if len(year) == 2 else 0), month, day)
    this_year = _make(today.year, month, day)
    if this_year is None:
        return _make(today.year + (1 if future else -1), month, day)
    if future and this_year <= today:
        return _make(today.year + 1, month, day)
    if not future and this_year > today:
        return _make(today.year - 1, month, day)
    return this_year


def _date_words(raw: str) -> str:
    """The text as readable canonical words, filler dropped: "tgl 20 nov yaa" → "20 nov"."""
    tokens = [_DATE_VOCAB.get(word, word) for word in words(raw)]
    phrase = " ".join(lx.DATE_SPELLINGS.get(token, token) for token in tokens)
    for typed, meant in lx.DATE_SPELLINGS.items():
        if " " in typed:
            phrase = re.sub(rf"\b{typed}\b", meant, phrase)
    phrase = re.sub(r"\bhari ini\b", "hariini", phrase)
    return " ".join(word for word in phrase.split() if word not in lx.DATE_FILLER)


# --- dates in words -------------------------------------------------------------------


def _add_months(day: date, months: int) -> date:
    """The same day `months` later, or that month's last day when it is shorter."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, _month_length(year, month)))


def _month_length(year: int, month: int) -> int:
    following = date(year + month // 12, month % 12 + 1, 1)
    return (following - timedelta(days=1)).day


def _month_end(today: date, months: int = 0) -> date:
    shifted = _add_months(today.replace(day=1), months)
    return shifted.replace(day=_month_length(shifted.year, shifted.month))


def _week_start(today: date) -> date:
    return today - timedelta(days=today.weekday())


def _weekday(match: re.Match[str]) -> int:
    return lx.WEEKDAYS[match.group("weekday")]


def _count(match: re.Match[str]) -> int:
    return int(match.group("n") or 1)


def _nth_day(day: int, today: date, future: bool) -> date | None:
    """ "tgl 20": the nearest 20th on the side of today asked for."""
    for step in range(3):
        month = _add_months(today.replace(day=1), step if future else -step)
        candidate = _make(month.year, month.month, day)
        if candidate is not None and (candidate > today if future else candidate <= today):
            return candidate
    return None


def _named_month(match: re.Match[str], today: date, future: bool) -> date | None:
    month = lx.MONTHS[match.group("month")]
    return _dated(int(match.group("day")), month, match.group("year"), today, future)


_Rule = tuple[re.Pattern[str], Callable[[re.Match[str], date], "date | None"]]


def _rules(*rules: tuple[str, Callable[[re.Match[str], date], date | None]]) -> tuple[_Rule, ...]:
    return tuple((re.compile(pattern), build) for pattern, build in rules)


# Building blocks of the phrases below ("hari" is dropped as filler except in these).
_PART = r"(?: (?:pagi|siang|sore|malam|subuh))?"  # "kemarin sore"
_MONTH = "|".join(sorted(lx.MONTHS, key=len, reverse=True))
_DAY = rf"(?:hari )?(?P<weekday>{'|'.join(lx.WEEKDAYS)})"
_AGO = r"(?: yang)? (?:lalu|kemarin|sebelumnya)"
_AHEAD = r" (?:lagi|depan|mendatang|kedepan|dari sekarang)"
_NAMED = rf"(?:tanggal )?(?P<day>\d{{1,2}}) (?P<month>{_MONTH})(?: (?P<year>\d{{4}}|\d{{2}}))?"

_PAST_RULES = _rules(
    (rf"(?:hariini|tadi|barusan)(?: hariini| tadi)?{_PART}", lambda m, t: t),
    (r"(?:pagi|siang|sore|malam) (?:hariini|tadi)", lambda m, t: t),
    (rf"(?:hari )?kemarin{_PART}", lambda m, t: t - timedelta(days=1)),
    (rf"(?:(?P<n>\d+) )?hari{_AGO}", lambda m, t: t - timedelta(days=_count(m))),
    (rf"(?:(?P<n>\d+) )?minggu{_AGO}", lambda m, t: t - timedelta(days=7 * _count(m))),
    (rf"(?:(?P<n>\d+) )?bulan{_AGO}", lambda m, t: _add_months(t, -_count(m))),
    # "senin minggu lalu": Monday of last week.
    (rf"{_DAY} minggu{_AGO}", lambda m, t: _week_start(t) - timedelta(days=7 - _weekday(m))),
    # "senin lalu", "hari senin kemarin": the latest Monday before today.
    (
        rf"{_DAY}(?:{_AGO})?{_PART}",
        lambda m, t: t - timedelta(days=(t.weekday() - _weekday(m)) % 7 or 7),
    ),
    (r"tanggal (?P<day>\d{1,2})", lambda m, t: _nth_day(int(m.group("day")), t, False)),
    (_NAMED, lambda m, t: _named_month(m, t, future=False)),
)
_FUTURE_RULES = _rules(
    (rf"(?:hari )?besok{_PART}", lambda m, t: t + timedelta(days=1)),
    (rf"(?:hari )?lusa{_PART}", lambda m, t: t + timedelta(days=2)),
    (
        rf"(?:(?P<n>\d+) )?hari{_AHEAD}|(?P<n2>\d+) hari",
        lambda m, t: t + timedelta(days=int(m.group("n") or m.group("n2") or 1)),
    ),
    (
        rf"(?:(?P<n>\d+) )?minggu{_AHEAD}|(?P<n2>\d+) minggu",
        lambda m, t: t + timedelta(days=7 * int(m.group("n") or m.group("n2") or 1)),
    ),
    (
        rf"(?:(?P<n>\d+) )?bulan{_AHEAD}|(?P<n2>\d+) bulan",
        lambda m, t: _add_months(t, int(m.group("n") or m.group("n2") or 1)),
    ),
    (
        r"akhir bulan(?: ini)?",
        lambda m, t: _month_end(t) if _month_end(t) > t else _month_end(t, 1),
    ),
    (r"akhir bulan (?:depan|berikutnya)", lambda m, t: _month_end(t, 1)),
    (r"awal bulan (?:depan|berikutnya)", lambda m, t: _add_months(t.replace(day=1), 1)),
    # "akhir minggu", "weekend": the coming Sunday.
    (r"akhir minggu(?: ini)?", lambda m, t: t + timedelta(days=(6 - t.weekday()) % 7 or 7)),
    (r"akhir minggu (?:depan|berikutnya)", lambda m, t: _week_start(t) + timedelta(days=13)),
    (
        r"akhir tahun(?: ini)?",
        lambda m, t: (
            date(t.year, 12, 31) if t.month < 12 or t.day < 31 else date(t.year + 1, 12, 31)
        ),
    ),
    # "jumat depan": Friday of next week; "jumat", "jumat ini": the coming Friday.
    (
        rf"{_DAY} (?:depan|minggu depan)",
        lambda m, t: _week_start(t) + timedelta(days=7 + _weekday(m)),
    ),
    (
        rf"{_DAY}(?: ini)?{_PART}",
        lambda m, t: t + timedelta(days=(_weekday(m) - t.weekday()) % 7 or 7),
    ),
    (
        r"(?:tanggal )?(?P<day>\d{1,2}) bulan (?:depan|berikutnya)",
        lambda m, t: _next_month_day(int(m.group("day")), t),
    ),
    (r"tanggal (?P<day>\d{1,2})", lambda m, t: _nth_day(int(m.group("day")), t, True)),
    (_NAMED, lambda m, t: _named_month(m, t, future=True)),
)


def _next_month_day(day: int, today: date) -> date | None:
    month = _add_months(today.replace(day=1), 1)
    return _make(month.year, month.month, day)


def _relative(phrase: str, today: date, future: bool) -> date | None:
    """The date a phrase names; a phrase for the other side of today ("besok" for the
    interview) is read too, so the answer says why it cannot be used."""
    asked, other = (_FUTURE_RULES, _PAST_RULES) if future else (_PAST_RULES, _FUTURE_RULES)
    for rules in (asked, other):
        for pattern, build in rules:
            match = pattern.fullmatch(phrase)
            if match:
                return build(match, today)
    return None


# The words the rules above are written in, from their folded spelling ("mingu" →
# "minggu"): `words` folds repeated letters.
_RULE_WORDS = {
    word
    for pattern, _ in (*_PAST_RULES, *_FUTURE_RULES)
    for word in re.findall(r"[a-z]{2,}", pattern.pattern)
}
_DATE_VOCAB = {
    fold(word): word
    for word in (*lx.MONTHS, *lx.WEEKDAYS, *lx.DATE_SPELLINGS, *lx.DATE_FILLER, *_RULE_WORDS)
    if " " not in word
}


_PHONE_SEPARATORS = re.compile(r"[\s.\-()]")
# Indonesian numbers: 0…, +62… or 62…, then 8 to 12 digits (mobile 08…, landline 021…).
_PHONE = re.compile(r"(?:\+62|62|0)[1-9]\d{7,11}")


# Said around a number, never part of it: "0857 1111 2222 ya", "nomornya 0812…".
_AROUND_A_NUMBER = re.compile(r"^(?:[^\W\d_]+\s+)+|(?:\s+[^\W\d_]+)+$")


def parse_phone(text: str) -> str | Invalid:
    cleaned = _AROUND_A_NUMBER.sub("", clean_text(text)).strip(" ,.:")
    compact = _PHONE_SEPARATORS.sub("", cleaned)
    if not _PHONE.fullmatch(compact):
        return Invalid("phone")
    return cleaned if len(cleaned) <= 25 else compact


_LINKEDIN = re.compile(
    r"(?:https?://)?(?:[a-z]{2,3}\.)?linkedin\.com/(?:in|pub)/[A-Za-z0-9\-_%.~]+/?",
    re.IGNORECASE,
)


def parse_linkedin(text: str) -> str | Invalid:
    cleaned = clean_text(text)
    if len(cleaned) > LINKEDIN_LIMIT:
        return Invalid("too_long", LINKEDIN_LIMIT)
    if not _LINKEDIN.fullmatch(cleaned):
        return Invalid("linkedin")
    return cleaned if cleaned.lower().startswith("http") else "https://" + cleaned


def parse_count(text: str, maximum: int = MAX_NETWORK_COUNT) -> int | Invalid:
    """A number of people: "5", "5 orang", "lima", "3 orang aja", "sekitar 10"."""
    tokens = [w for w in words(clean_text(text)) if w not in _COUNT_FILLER]
    if len(tokens) != 1 or not tokens[0].isdecimal() or len(tokens[0]) > 3:
        return Invalid("count", maximum)
    if re.search(r"[-\u2212]\s*\d|\d\s*[.,:/-]\s*\d", text):
        return Invalid("count", maximum)  # "-1", "2.5", "5-10": not one whole number
    value = int(tokens[0])
    if value > maximum:
        return Invalid("count", maximum)
    return value


_COUNT_FILLER = frozenset(word for item in lx.COUNT_FILLER for word in words(item))
# "ga usah hubungin org dulu", "belum mau networking": no one to contact this week.
_CONTACTING = frozenset(
    {"hubungi", "hubungin", "menghubungi", "kontak", "ngontak", "networking", "chat", "japri"}
)
_DECLINING = frozenset({"tidak", "gak", "ga", "nggak", "enggak", "belum", "jangan", "skip"})


_PEOPLE = re.compile(r"(\S+)\s+(?:orang|org)\b", re.IGNORECASE)


def count_in_sentence(text: str, maximum: int = MAX_NETWORK_COUNT) -> int | None:
    """ "terus hubungi 3 orang di linkedin": the number of people a sentence names, when
    it names one ("3 orang", "lima org"); None otherwise."""
    found = [m.group(1) for m in _PEOPLE.finditer(clean_text(text))]
    if len(found) != 1:
        return None
    parsed = parse_count(found[0], maximum)
    return parsed if isinstance(parsed, int) else None


def declines_contact(text: str) -> bool:
    """Whether the message says no one will be contacted (a count of 0), without a number."""
    typed = words(clean_text(text).casefold())
    said = set(typed)
    # "siapa2" is a word said twice, not a number.
    numbered = any(word.isdecimal() for word in typed)
    return not numbered and bool(said & _CONTACTING and said & _DECLINING)


# --- the recruiter and the five ratings, typed ----------------------------------------

# How the recruiter may be addressed, typed before the name ("Ibu Sari", "pak Budi").
_TITLES = {
    "bapak": "bapak",
    "pak": "bapak",
    "bpk": "bapak",
    "mr": "bapak",
    "mas": "bapak",
    "ibu": "ibu",
    "bu": "ibu",
    "ibuk": "ibu",
    "mrs": "ibu",
    "ms": "ibu",
    "mbak": "ibu",
    "mba": "ibu",
    # "kak nadia": a title that says no gender, so the email says "Bapak/Ibu Nadia".
    "kak": "any",
    "ka": "any",
    "kakak": "any",
}
# Without a title the email says "Bapak/Ibu <name>"; without a name, to the team.
ANY_TITLE = "any"
UNKNOWN_TITLE = "unknown"
# Words that say the name is not known ("lupa namanya", "nggak kenal", "ga inget").
_NOT_KNOWING = frozenset({"tau", "tahu", "lupa", "kenal", "inget", "ingat", "gatau"})
# Words no name is made of: a sentence about the interview, not a name.
_NOT_A_NAME = frozenset(
    {
        *("yang", "banyak", "orang", "wawancara", "interview", "hr", "hrd", "tim", "siapa"),
        # "udh gw kirim", "ok": a reply to another question, never a name.
        *("dia", "kirim", "dikirim", "udah", "udh", "sudah", "sdh", "gw", "gue", "aku"),
        *("saya", "ok", "oke", "okay", "sip", "makasih", "thanks", "nanti"),
        # a skill gap typed here: "nonteknis dasar ke menengah"
        *("teknis", "nonteknis", "dasar", "menengah", "mahir", "skill"),
    }
)
# "pak andi dari HR", "Pak Andi (HR)", "bu rina hrd": the role after the name.
# The role is its own word: "pak rudi recruiter" keeps "Rudi" whole ("di" ends "rudi").
_ROLE_TAIL = re.compile(
    r"(?:[\s,(\-]+|^)(?:(?:dari|dr|dri|bagian|di|tim|selaku|yg|yang)\s+)?(?:hrd?(?:\s?nya)?|"
    r"rekrutmen|recruitment|"
    r"recruiter|talent acquisition|user(?:\s?nya)?|pewawancara(?:nya)?)\)?\s*$",
    re.IGNORECASE,
)


# A title and one name before the rest of the message: "bu rina, lupa nama panjangnya".
_SHORT_NAME = re.compile(
    r"^\s*(bapak|pak|bpk|mas|ibu|bu|ibuk|mbak|mba)\.?\s+([^\W\d_]{2,})"
    r"(?:\s+(?:kayanya|kayaknya|kyknya|sepertinya|mungkin|deh|sih))?"
    r"\s*(?:,|\btapi\b|\btp\b|\bcuma\b)",
    re.IGNORECASE,
)
# Words that close a chat message, never a name's last word ("pak joko kayanya").
_NAME_TAIL = frozenset(
    {"ya", "yah", "kak", "deh", "sih", "aja", "saja", "dong", "kok", "nih", "kayanya"}
    | {"kayaknya", "kyknya", "sepertinya", "mungkin", "gitu", "kali"}
)
# A name holds no more digits than this.
_DIGITS_IN_NO_NAME = 3


def parse_recruiter(text: str) -> tuple[str, str] | Invalid:
    """The recruiter as typed: ("ibu", "Sari Wulandari") from "Ibu Sari Wulandari",
    (ANY_TITLE, "Sari") from "Sari". The name keeps the user's spelling, capitalised
    when typed all in lower case ("pak budi santoso": "Budi Santoso")."""
    cleaned = parse_short_text(text, NAME_LIMIT + 10)
    if isinstance(cleaned, Invalid):
        return cleaned
    named = _ROLE_TAIL.sub("", cleaned).strip()
    if any(ch.isalpha() for ch in named) and (" " in named or named.casefold() not in _TITLES):
        cleaned = named
    words = set(re.findall(r"[a-z]+", cleaned.casefold()))
    short = _SHORT_NAME.match(cleaned)
    if short and words & _NOT_KNOWING and short[2].casefold() not in _NOT_A_NAME | _NOT_KNOWING:
        # "bu rina, lupa nama panjangnya": the name known so far is enough to greet.
        return (_TITLES[short[1].casefold()], as_title(short[2]))
    if words & _NOT_KNOWING or removes(cleaned):  # "lupa namanya", "hapus": to the team
        return (UNKNOWN_TITLE, "")
    if words & _NOT_A_NAME:
        return Invalid("recruiter_name")
    if asks_something(cleaned):
        return Invalid("name_question")  # "siapa ya?" would greet the recruiter
    if vents(cleaned) or complains(cleaned):
        return Invalid("name_feeling")  # "kecewa" would be "Yth. Bapak/Ibu Kecewa"
    if sum(ch.isdigit() for ch in cleaned) >= _DIGITS_IN_NO_NAME:  # a phone number, an ID
        return Invalid("recruiter_phone")
    first, _, rest = cleaned.partition(" ")
    title = _TITLES.get(first.casefold().rstrip("."))
    if title and not rest.strip():  # "Ibu" alone: the name is still missing
        return Invalid("recruiter_name")
    name = rest.strip() if title else cleaned
    # "bu rina ya", "pak budi kak": the particle closing the message is no part of the name.
    while " " in name and name.rpartition(" ")[2].casefold() in _NAME_TAIL:
        name = name.rpartition(" ")[0].rstrip(" ,")
    if len(name) > NAME_LIMIT:
        return Invalid("too_long", NAME_LIMIT)
    return (title or ANY_TITLE, as_title(name))


_RATING_DIGITS = re.compile(r"[1-5]")
# Words around typed ratings that change nothing ("3 4 2 5 3 deh", "semuanya 4 aja").
_RATING_FILLER = frozenset(
    {"deh", "sih", "ya", "yah", "aja", "saja", "kak", "dong", "kok", "nilai", "nilainya"}
)
_EVERY = frozenset({"semua", "semuanya", "sama", "rata"})
_REST_RATED = re.compile(
    r"\b(?:(?:yang|yg)\s+)?(?:lain|lainnya|sisanya|sisa|selebihnya)\s*(?:nya\s*)?[:=]?\s*([1-5])\b"
)


# Said around a rating changed afterwards: "eh riset nya 3 deh", "yg bener teknis 2".
# "komunikasi 2", "komunikasi: 2", and revised: "komunikasi harusnya 2", "komunikasi
# jadi 2 aja", "komunikasi aku kasih 2".
_AREA_AND_NUMBER = re.compile(
    r"([a-z]+)\s*[:=]?\s*(?:(?:harusnya|jadi|tuh|itu|aku|saya|kasih|ku|deh|aja|sih)\s+){0,3}"
    r"([1-5])\b"
)
_REVISING = frozenset(
    {"eh", "salah", "ralat", "harusnya", "jadi", "ganti", "ubah", "yang", "yg", "bener"}
    | {"benar", "maksudnya", "td", "tadi", "aku", "saya", "kasih", "ku"}
)


def rating_digits(text: str) -> list[str]:
    """The 1-5 scores typed in a message, in order."""
    return [d for d in re.findall(r"\d+", clean_text(text)) if _RATING_DIGITS.fullmatch(d)]


def names_only_ratings(text: str, words: dict[str, str]) -> bool:
    """Whether a message holds area words with their numbers and nothing else."""
    cleaned = re.sub(r"\b([a-z]+)\s+nya\b", r"\1", clean_text(text).casefold())
    tokens = re.findall(r"[a-z]+|\d+", cleaned)
    known = _RATING_FILLER | _REVISING
    named = [t for t in tokens if t in words or t.removesuffix("nya") in words]
    return bool(named) and all(
        t.isdigit() or t in known or t in words or t.removesuffix("nya") in words for t in tokens
    )


def parse_ratings(
    text: str,
    areas: tuple[str, ...],
    words: dict[str, str],
    answered: frozenset[str] = frozenset(),
) -> dict[str, int] | Invalid:
    """The five self-evaluation ratings typed in one message: the numbers in order
    ("3 4 2 5 1", "3,4,2,5,1"), area words with their number ("teknis 3, riset 2"), or
    one number for all ("semua 4"), "yg lain 4" for the areas neither named nor already
    `answered`. `words` maps a typed word to its area."""
    # "riset nya 3", "risetnya 3": the area said with its clitic.
    cleaned = re.sub(r"\b([a-z]+)\s+nya\b", r"\1", clean_text(text).casefold())
    named: dict[str, int] = {}
    for word, number in _AREA_AND_NUMBER.findall(cleaned):
        area = words.get(word) or words.get(word.removesuffix("nya"))
        if area is not None:
            named[area] = int(number)
    # "teknis 2, komunikasi 2, yg lain 4": the areas not named get the last number.
    rest = _REST_RATED.search(cleaned)
    if named and rest is not None:
        left = (area for area in areas if area not in named and area not in answered)
        named |= dict.fromkeys(left, int(rest.group(1)))
    if named:
        return named
    tokens = re.findall(r"[a-z]+|\d+", cleaned)
    # "eh salah, 3 4 2 5 1": ratings given again, every one of them.
    letters = {token for token in tokens if token.isalpha()} - _RATING_FILLER - _REVISING
    digits = [token for token in tokens if token.isdigit()]
    if letters <= _EVERY and letters and len(digits) == 1 and _RATING_DIGITS.fullmatch(digits[0]):
        return dict.fromkeys(areas, int(digits[0]))
    scores = all(_RATING_DIGITS.fullmatch(d) for d in digits)
    if not letters and scores and 1 < len(digits) < len(areas):
        return Invalid("ratings_count", len(digits))  # "3 2 4 4": one short
    if letters or len(digits) != len(areas) or not scores:
        return Invalid("ratings")
    return {area: int(digit) for area, digit in zip(areas, digits, strict=True)}


_LEVEL_OF = {fold_word: level for level, said in lx.SKILL_LEVEL_WORDS.items() for fold_word in said}
_LEVELS = tuple(lx.SKILL_LEVEL_WORDS)
_KIND_OF = {word: kind for kind, said in lx.SKILL_KIND_WORDS.items() for word in said}


def gap_levels(text: str) -> tuple[str, str] | None:
    """The level one has and the one the role asks for, typed in one's own words: ("dasar",
    "menengah") from "masih dasar bgt, hrsnya minimal menengah" or "butuhnya menengah, aku
    masih dasar"; None unless two levels are named, the second above the first."""
    tokens = [t.strip(",.:;!?()") for t in text.casefold().replace("→", " ").split()]
    found: list[tuple[str, bool]] = []  # (level, said as the one asked for)
    for at, token in enumerate(tokens):
        level = _LEVEL_OF.get(token)
        if level is None or (found and found[-1][0] == level):
            continue
        marked = any(t in lx.SKILL_REQUIRED_MARKS for t in tokens[max(0, at - 2) : at])
        found.append((level, marked))
    if len(found) != 2:
        return None
    (first, first_required), (second, _) = found
    current, required = (second, first) if first_required else (first, second)
    if _LEVELS.index(current) >= _LEVELS.index(required):
        return None
    return current, required


def skill_kind_typed(text: str) -> str | None:
    """ "hard" or "soft" when the text names the kind ("teknis", "non teknis")."""
    tokens = [t.strip(",.:;!?()") for t in text.casefold().split()]
    for at, token in enumerate(tokens):
        if token == "non" and tokens[at + 1 : at + 2] == ["teknis"]:
            return "soft"
        if token in _KIND_OF:
            return _KIND_OF[token]
    return None

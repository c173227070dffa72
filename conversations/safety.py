"""Crisis-language detection for everyday Indonesian, regional flavours, slang and English.

Transparent rules, no model: the rules are data in `conversations.safety_rules` (read its
docstring to add a phrase). A message is read in three steps:

1. **Normalise** the characters: NFKC, look-alike Cyrillic/Greek letters folded to Latin,
   invisible controls dropped, censor marks and leetspeak inside words undone
   ("b*nuh d1ri"), letters spaced or dotted out joined ("b u n u h"), repeats squeezed.
2. **Tokenise** each clause: the clitic "-ku"/"ku-" split off ("hidupku" → "hidup ku"),
   reduplication collapsed, words typed without spaces split ("pengenmati").
3. **Match** the families. Harmless idioms and domain phrases ("mati kutu", "hp mati",
   "mengakhiri proses seleksi") mask only the words they cover, then crisis templates run,
   then the gentle tier.

Two tiers: CRISIS stops the journey and shows the crisis contacts at once; DISTRESS gets a
gentle check-in while the journey goes on. `explain` says which family matched and where,
for tests and the evaluation (`python -m benchmarks.safety_eval`).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import Enum
from functools import cache, cached_property, lru_cache

from conversations import safety_rules


class Risk(Enum):
    NONE = "none"
    DISTRESS = "distress"
    CRISIS = "crisis"


# The family of what the fallback scorer raised: no template matched, cues of meaning did.
FALLBACK = "fallback"


@dataclass(frozen=True)
class Assessment:
    """What the detector read: the tier, the family that matched (None for NONE), and the
    matched words as `span` offsets into `analysed`, the normalised text the rules read
    (clauses separated by " | ")."""

    risk: Risk
    family: str | None = None
    span: tuple[int, int] | None = None
    analysed: str = ""

    @property
    def phrase(self) -> str:
        if self.span is None:
            return ""
        return self.analysed[self.span[0] : self.span[1]].strip()


# --- 1. characters -------------------------------------------------------------------

# Letters from other scripts that look Latin (after casefold), used to dodge filters:
# "pengen" typed with a Cyrillic e. A small explicit table, not all Unicode confusables.
_CONFUSABLES = str.maketrans(
    {
        # Cyrillic: a e yo o er es u ha, i yi je dze ka em te en, ve soft-sign ghe pe
        # komi-de shha palochka qa we de i el ze
        "\u0430": "a", "\u0435": "e", "\u0451": "e", "\u043e": "o", "\u0440": "p",
        "\u0441": "c", "\u0443": "y", "\u0445": "x", "\u0456": "i", "\u0457": "i",
        "\u0458": "j", "\u0455": "s", "\u043a": "k", "\u043c": "m", "\u0442": "t",
        "\u043d": "h", "\u0432": "b", "\u044c": "b", "\u0433": "r", "\u043f": "n",
        "\u0501": "d", "\u04bb": "h", "\u04cf": "l", "\u051b": "q", "\u051d": "w",
        "\u0434": "d", "\u0438": "u", "\u043b": "n", "\u0437": "3",
        # Greek: alpha beta epsilon eta iota kappa nu omicron, rho tau upsilon chi mu
        # final-sigma sigma gamma omega delta
        "\u03b1": "a", "\u03b2": "b", "\u03b5": "e", "\u03b7": "n", "\u03b9": "i",
        "\u03ba": "k", "\u03bd": "v", "\u03bf": "o", "\u03c1": "p", "\u03c4": "t",
        "\u03c5": "u", "\u03c7": "x", "\u03bc": "u", "\u03c2": "s", "\u03c3": "o",
        "\u03b3": "y", "\u03c9": "w", "\u03b4": "d",
        # small capitals ("ᴘᴇɴɢᴇɴ"), which NFKC leaves alone
        "\u1d00": "a", "\u0299": "b", "\u1d04": "c", "\u1d05": "d", "\u1d07": "e",
        "\u0493": "f", "\u0262": "g", "\u029c": "h", "\u026a": "i", "\u1d0a": "j",
        "\u1d0b": "k", "\u029f": "l", "\u1d0d": "m", "\u0274": "n", "\u1d0f": "o",
        "\u1d18": "p", "\u01eb": "q", "\u0280": "r", "\ua731": "s", "\u1d1b": "t",
        "\u1d1c": "u", "\u1d20": "v", "\u1d21": "w", "\u028f": "y", "\u1d22": "z",
    }
)  # fmt: skip

# Soft hyphen, zero-width and bidirectional controls: invisible, used to split a word.
_INVISIBLE = re.compile("[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
# Combining marks drawn over letters ("b̶u̶n̶u̶h", "zalgo" text); NFKC has already composed
# the ordinary accented letters, so this only removes decoration.
_COMBINING = re.compile(
    "[\u0300-\u036f\u0483-\u0489\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]"
)
# Each pattern starts with the character it is about, so the search skips ahead in C: the
# detector runs on every message and must stay well under a millisecond.
_APOSTROPHE = re.compile("['\u2019`\u00b4](?<=[a-z].)(?=[a-z])")  # "don't" → "dont"
# Single letters joined by one repeated separator: "b u n u h", "m.a.t.i", "b-u-n-d-i-r".
_SPELLED_OUT = re.compile(r"\b[a-z]([ .\-_*•·/|])[a-z]\b(?:\1[a-z]\b)+")
_AT_IN_WORD = re.compile(r"@(?<=[a-z]@)(?=[a-z])")  # "m@ti"
_BANG_IN_WORD = re.compile(r"!(?<=[a-z]!)(?=[a-z])")  # "k!ll"
_DOLLAR_IN_WORD = re.compile(r"\$(?=[a-z])")  # "$uicide"
_STARRED_WORD = re.compile(r"[*#]+(?<=[a-z][*#])[a-z]*|[*#]+(?<=[a-z]{2}[*#])")  # "b*nuh"
_WORD_AROUND = re.compile(r"[a-z]*[*#]+[a-z]*")
# A mark next to a piece of 1-3 letters splits one word ("ma-ti", "bu.nuh", "di_ri",
# "hp-ku"); not a reduplication ("apa-apa", "sia-sia" stay two words).
_SPLIT_WORD = re.compile(r"\b([a-z]+)([-._])([a-z]+)\b")
_JOINER_IN_WORD = re.compile(r"[.\-_~](?<=[a-z].)(?=[a-z])")  # "mati-matian", "bunuh_diri"
_DIGIT = re.compile(r"[0-9]")
_ALNUM_WORD = re.compile(r"\b[a-z][a-z0-9]*[0-9][a-z0-9]*\b")
_REDUPLICATED = re.compile(r"^([a-z]{2,})2(an|nya|kan|in|i|lah|ku|mu)?$")  # "hati2", "mati2an"
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "6": "g", "7": "t",
                       "8": "b", "9": "g"})  # fmt: skip
_ELLIPSIS = re.compile(r"\.{2,}|…")
_SQUEEZE = re.compile(r"([a-z])\1+")


def _unleet(match: re.Match[str]) -> str:
    return _unleet_word(match.group(0))


@lru_cache(maxsize=2048)
def _unleet_word(word: str) -> str:
    """Digits inside a word read as letters ("m4t1", "k1ll"); real numbers stay ("jam 12",
    "3 tahun", "S1", "covid19"): a word must start with a letter, have 2+ letters and no
    run of digits."""
    doubled = _REDUPLICATED.match(word)
    if doubled:
        return f"{doubled.group(1)} {doubled.group(1)}{doubled.group(2) or ''}"
    if re.search(r"\d\d", word) or sum(c.isalpha() for c in word) < 2:
        return word
    return word.translate(_LEET)


def _join_pieces(match: re.Match[str]) -> str:
    head, mark, tail = match.groups()
    # After a dot or an underscore only the head may be short ("bundir.exe" is two words).
    short = len(head) <= 3 or (mark == "-" and len(tail) <= 3)
    return head + tail if short and not tail.startswith(head) else match.group(0)


@lru_cache(maxsize=1024)
def _unstar(word: str) -> str:
    """A letter hidden by "*" is the one that makes a word the rules know ("b*nuh" →
    "bunuh", "s*icide" → "suicide"); otherwise the mark is dropped ("anj*ng" → "anjng")."""
    word = squeeze(word)
    pattern = re.compile(re.sub(r"[*#]+", "[a-z]{1,2}", word))
    found = {w for w in _BY_INITIAL.get(word[0], ()) if pattern.fullmatch(w)}
    return found.pop() if len(found) == 1 else re.sub(r"[*#]+", "", word)


def _characters(text: str) -> str:
    """Step 1 without the final punctuation pass: the clause punctuation is still there."""
    text = unicodedata.normalize("NFKC", text)
    text = _INVISIBLE.sub("", text)
    if not text.isascii():
        text = _COMBINING.sub("", text)
    text = text.casefold().translate(_CONFUSABLES)
    text = _APOSTROPHE.sub("", text)
    text = _SPELLED_OUT.sub(lambda m: re.sub(r"[^a-z]", "", m.group(0)), text)
    if "@" in text:
        text = _AT_IN_WORD.sub("a", text)
    if "!" in text:
        text = _BANG_IN_WORD.sub("i", text)
    if "$" in text:
        text = _DOLLAR_IN_WORD.sub("s", text)
    if "*" in text or "#" in text:
        text = _WORD_AROUND.sub(
            lambda m: _unstar(m.group(0)) if _STARRED_WORD.search(m.group(0)) else m.group(0),
            text,
        )
    if "-" in text or "." in text or "_" in text:
        for _ in range(3):  # "sen-di-ri" joins one mark at a time
            joined = _SPLIT_WORD.sub(_join_pieces, text)
            if joined == text:
                break
            text = joined
    text = _JOINER_IN_WORD.sub(" ", text)
    if _DIGIT.search(text):
        text = _ALNUM_WORD.sub(_unleet, text)
    if ".." in text or "…" in text:
        text = _ELLIPSIS.sub(" ", text)
    return text


def squeeze(text: str) -> str:
    """ "matiiii" → "mati", "capeeek" → "capek": a letter repeated is one letter."""
    return _SQUEEZE.sub(r"\1", text)


def normalise(text: str) -> str:
    """The message as plain lower-case words: spelling games undone, punctuation gone,
    repeated letters squeezed. Patterns written for it go through `squeeze_letters`."""
    text = re.sub(r"[^\w\s]|_", " ", _characters(text))
    return re.sub(r"\s+", " ", squeeze(text)).strip()


def squeeze_letters(pattern: str) -> str:
    """A pattern in the squeezed form of the text: doubled letters once ("nggak" → "ngak");
    regex syntax is left alone."""
    return re.sub(r"([a-z])\1+", r"\1", pattern)


# --- 2. rules, compiled once ---------------------------------------------------------

_VOWELS = frozenset("aeiou")


@cache
def _spellings(word: str) -> tuple[str, str | None]:
    """A word as a regex whose vowels between two consonants may be dropped ("pengen" →
    "pngn", "pngen"), plus its bare consonant skeleton ("mati" → "mt", "saja" → "sj").
    Other vowels stay unless all go, so "beliau" never reads as "beli". Only for words of
    4+ letters with 2+ consonants; the first letter always stays."""
    if len(word) < 4 or sum(c.isalpha() and c not in _VOWELS for c in word) < 2:
        return re.escape(word), None
    pattern = re.escape(word[0])
    for i in range(1, len(word)):
        c = word[i]
        between = (
            c in _VOWELS
            and i + 1 < len(word)
            and word[i - 1] not in _VOWELS
            and word[i + 1] not in _VOWELS
        )
        pattern += f"{c}?" if between else re.escape(c)
    skeleton = word[0] + "".join(c for c in word[1:] if c not in _VOWELS)
    return pattern, skeleton if skeleton != word else None


def _word_regex(word: str) -> str:
    pattern, skeleton = _spellings(word)
    return f"(?:{pattern}|{re.escape(skeleton)})" if skeleton else pattern


@cache
def _word_forms(word: str) -> frozenset[str]:
    """Every spelling `_word_regex` accepts, for the word index."""
    pattern, skeleton = _spellings(word)
    forms = [""]
    for i, c in enumerate(pattern):
        if c == "?":
            continue
        optional = i + 1 < len(pattern) and pattern[i + 1] == "?"
        forms = [f + c for f in forms] + (forms if optional else [])
    return frozenset(forms) | ({skeleton} if skeleton else frozenset())


def _entries(item: str) -> list[str]:
    """An item's alternatives as plain phrases: classes expanded, `_` read as a space."""
    phrases: list[str] = []
    for alternative in item.split("/"):
        if alternative in safety_rules.WORDS:
            phrases += safety_rules.WORDS[alternative].split()
        elif alternative.isupper() and alternative not in ("I",):
            raise ValueError(f"unknown word class {alternative!r}")
        else:
            phrases.append(alternative)
    return [squeeze(p.lower().replace("_", " ")) for p in phrases]


@cache
def _alternation(item: str) -> str:
    phrases = sorted(set(_entries(item)), key=len, reverse=True)
    words = ("".join(_word_regex(w) + " " for w in p.split()) for p in phrases)
    return "(?:" + "|".join(words) + ")"


_I_WORDS = _alternation("I")
_BUT_WORDS = _alternation("BUT")
_PARTICLES = _alternation("PART")
_OPTIONAL_KU = "(?:ku )?"
# Costs used to pick the word a rule is looked up by: the rarest required item.
_COMMON_CLASSES = frozenset(
    {"I", "NOT", "WANT", "ALREADY", "ADV", "PART", "SAJA", "BETTER", "ONLY", "BE", "IF",
     "TIME", "ADA", "QUAL", "FAMILY", "THIRD", "TOPIC", "ABOUT"}
)  # fmt: skip
_COMMON_WORDS = frozenset(
    ["sama", "dan", "di", "ke", "ini", "itu", "yang", "aja", "lagi", "buat", "untuk", "dari",
     "kalau", "kalo", "semua", "semuanya", "ya", "aku", "saya", "gue", "kamu", "kalian",
     "mereka", "dia", "ada", "tidak", "gak", "mau", "ingin", "pengen", "to", "a", "the", "i",
     "my", "me", "of", "on", "it", "be", "is", "am", "not", "dont"]
)  # fmt: skip


@dataclass(frozen=True)
class _Rule:
    family: str
    template: str
    pattern: str
    anchors: frozenset[str]

    @cached_property
    def regex(self) -> re.Pattern[str]:
        """Compiled on first use: compiling every rule at import would add about a second
        to the bot's start-up, and most rules wait long for their key word."""
        return re.compile(self.pattern)


def _item_cost(item: str) -> int:
    cost = 0
    for alternative in item.split("/"):
        if alternative in _COMMON_CLASSES:
            cost = max(cost, 100)
        elif alternative.isupper():
            cost = max(cost, 10)
        elif alternative.replace("_", " ") in _COMMON_WORDS:
            cost = max(cost, 50)
        else:
            cost = max(cost, 1)
    return cost


def _compile(family: str, template: str) -> _Rule:
    # A match starts with the space before its first word: the search then jumps from one
    # word to the next in C instead of trying every character.
    parts: list[str] = [" "]
    required: list[str] = []
    for item in template.split():
        if item == "$":
            parts.append(f"(?=(?:{_PARTICLES})*(?:, |$))")
        elif item == "$$":
            parts.append(f"(?=(?:{_PARTICLES})*$)")
        elif item == "^":
            parts.append("(?:(?<=^ )|(?<=, ))")
        elif item[0] == "~" and item[1:].isdigit():
            parts.append(f"(?:[^ ]+ ){{0,{item[1:]}}}?")
        elif item[0] == "%" and item[1:].isdigit():
            parts.append(f"(?:(?!{_I_WORDS}|{_BUT_WORDS})[^ ,]+ ){{0,{item[1:]}}}?")
        elif item.startswith("!"):
            parts.append(f"(?!{_alternation(item[1:])})")
        elif item.startswith("[") and item.endswith("]"):
            parts.append(f"(?:{_alternation(item[1:-1])}{_OPTIONAL_KU})?")
        else:
            parts.append(_alternation(item) + _OPTIONAL_KU)
            required.append(item)
    if not required:
        raise ValueError(f"rule without a required word: {template!r}")
    anchor_item = min(required, key=_item_cost)
    anchors: set[str] = set()
    for phrase in _entries(anchor_item):
        anchors |= _word_forms(max(phrase.split(), key=len))
    return _Rule(family, template, "".join(parts), frozenset(anchors))


@dataclass(frozen=True)
class _RuleSet:
    rules: tuple[_Rule, ...]
    index: dict[str, frozenset[int]]

    def candidates(self, tokens: list[str]) -> list[_Rule]:
        """The rules whose key word occurs in the clause, in the order they are written."""
        index = self.index
        hits = [index[t] for t in set(tokens) if t in index]
        if not hits:
            return []
        found = hits[0].union(*hits[1:]) if len(hits) > 1 else hits[0]
        return [self.rules[i] for i in sorted(found)]


def _ruleset(families: dict[str, list[str]]) -> _RuleSet:
    rules: list[_Rule] = []
    for family, templates in families.items():
        for template in templates:
            try:
                rules.append(_compile(family, template))
            except ValueError as exc:
                raise ValueError(f"{family}: {template!r}: {exc}") from exc
    index: dict[str, list[int]] = {}
    for i, rule in enumerate(rules):
        for anchor in rule.anchors:
            index.setdefault(anchor, []).append(i)
    return _RuleSet(tuple(rules), {k: frozenset(v) for k, v in index.items()})


_CRISIS = _ruleset(safety_rules.CRISIS)
_DISTRESS = _ruleset(safety_rules.DISTRESS)
_HARMLESS = _ruleset(safety_rules.HARMLESS)
_NOT_DISTRESS = _ruleset(safety_rules.NOT_DISTRESS)
_CUES = _ruleset(safety_rules.CUES)
_WEIGHTS = safety_rules.CUE_WEIGHTS
# A farewell act in a clause about groups and feeds still counts ("hapus semua akun
# sosmed"); one in a clause about the job, moving, someone else's death or a joke not.
_BLOCKS_ACTS = frozenset(c for c, w in _WEIGHTS.items() if w < 0) - {"social"}


def warm_up() -> int:
    """Compile every rule now and return how many there are. A unit test calls it, so a
    broken template fails the suite; the bot may call it once at start-up (in a worker
    thread) so that no user's message waits for a rule's first compilation."""
    count = 0
    for ruleset in (_CRISIS, _DISTRESS, _HARMLESS, _NOT_DISTRESS, _CUES):
        for rule in ruleset.rules:
            try:
                rule.regex  # noqa: B018 - compiling is the point
            except re.error as exc:
                raise ValueError(f"{rule.family}: {rule.template!r}: {exc}") from exc
            count += 1
    return count


def _lexicon() -> frozenset[str]:
    """Every word the rules know, for clitics and words typed without spaces."""
    words: set[str] = set()
    for entries in safety_rules.WORDS.values():
        words.update(squeeze(entries.lower().replace("_", " ")).split())
    rules = (safety_rules.CRISIS, safety_rules.DISTRESS, safety_rules.HARMLESS, safety_rules.CUES)
    for families in rules:
        for templates in families.values():
            for template in templates:
                for item in template.split():
                    for alternative in item.strip("[]!").split("/"):
                        if alternative.islower():
                            words.update(squeeze(alternative).split("_"))
    return frozenset(w for w in words if w.isalpha())


_LEXICON = _lexicon()
_BY_INITIAL: dict[str, list[str]] = {}
for _known in sorted(_LEXICON):
    _BY_INITIAL.setdefault(_known[0], []).append(_known)
# Pieces a glued word may be split into: known words of 3+ letters and a few short ones,
# never a suffix or particle ("meninggalkan" is not "meninggal kan", "dirinya" not "diri").
_SUFFIXES = frozenset({"kan", "lah", "nya", "kah", "pun", "tah", "an", "in", "mu", "ku"})
_PIECES = (frozenset(w for w in _LEXICON if len(w) >= 3) - _SUFFIXES) | {
    "ga", "gk", "gw", "sy", "mo", "lg"
}  # fmt: skip
_PIECE_STARTS = frozenset(w[:2] for w in _PIECES)
_CLITIC_STEMS = frozenset(f for w in _LEXICON if len(w) >= 3 for f in _word_forms(w))


# --- 3. clauses and tokens -----------------------------------------------------------

# Clause ends: line breaks, and . ! ; : when they end a sentence (not "3.45", "07:00").
# A question mark reads as a comma: "bundir? amit-amit" is one thought.
_CLAUSE_END = re.compile(r"[\n!;]|[.:](?!\S)")
_NON_WORD = re.compile(r"[^a-z0-9, ]+")


@lru_cache(maxsize=4096)
def _split_glued(token: str) -> str:
    """ "akupengenbundir" → "aku pengen bundir": only when every piece is a known word."""
    best: list[list[str] | None] = [None] * (len(token) + 1)
    best[0] = []
    for end in range(2, len(token) + 1):
        for start in range(max(0, end - 12), end - 1):
            head = best[start]
            if head is not None and len(head) < 4 and token[start:end] in _PIECES:
                candidate = [*head, token[start:end]]
                current = best[end]
                if current is None or len(candidate) < len(current):
                    best[end] = candidate
    pieces = best[len(token)]
    return " ".join(pieces) if pieces and len(pieces) > 1 else token


# Chat abbreviations read as the word ("yg" → "yang"); words of 4+ letters already match
# their vowel-dropped spellings.
_ABBREVIATIONS = {
    "yg": "yang", "dgn": "dengan", "jgn": "jangan", "blm": "belum", "krn": "karena",
    "tp": "tapi", "sm": "sama", "org": "orang", "hrs": "harus", "bs": "bisa", "skrg": "sekarang",
    "knp": "kenapa", "gmn": "gimana", "dg": "dengan", "trs": "terus", "plg": "pulang",
}  # fmt: skip


# A negation typed onto the word it negates: "gakuat", "gabisa", "gamau", "gapengen",
# "nggakmau", and "gaada"/"gaakan", which the squeeze has made "gada"/"gakan" (the "g" of
# "g ada"). Split only before a word a negation is known to govern, so "gabut", "gaduh"
# or "gapura" stay whole, and read as "gak" ("gakuat" → "gak kuat"). Longest negation
# first: "gakada" is "gak ada", and "gakuat", where "uat" is no word, is "ga kuat".
_GLUED_NEGATIONS = ("engak", "ngak", "enga", "nga", "tdk", "ndak", "gak", "gk", "ga", "g")
_NEGATED_WORDS = (
    "ada akan bakal bakalan bisa mau pengen pgn pingin pengin ingin usah perlu pernah kuat "
    "sanggup tahan mampu betah tau tahu ngerti paham yakin butuh guna berguna berarti "
    "berharga punya peduli idup hidup bangun balik kembali pulang pantes pantas layak "
    "boleh sempet sempat kerasa ngaruh niat semangat suka"
)
_NEGATED = frozenset(squeeze(w) for w in _NEGATED_WORDS.split())


def _split_negation(word: str) -> list[str] | None:
    for negation in _GLUED_NEGATIONS:
        if word.startswith(negation) and word[len(negation) :] in _NEGATED:
            return ["gak", word[len(negation) :]]
    return None


def _tokens(clause: str) -> list[str]:
    words = squeeze(_NON_WORD.sub(" ", clause.replace("?", ",")).replace(",", " , ")).split()
    out: list[str] = []
    for word in words:
        word = _ABBREVIATIONS.get(word, word)
        if word not in _LEXICON and len(word) >= 4:
            negated = _split_negation(word)
            if negated:
                out += negated
                continue
        if word not in _LEXICON and len(word) >= 5:
            if word.endswith("ku") and word[:-2] in _CLITIC_STEMS:
                out += [word[:-2], "ku"]
                continue
            if word.endswith("ku") and word[:-1] in _CLITIC_STEMS:  # "adekku", squeezed
                out += [word[:-1], "ku"]
                continue
            if word.startswith("ku") and word[2:] in _CLITIC_STEMS:
                out += ["ku", word[2:]]
                continue
            if word.endswith("lah") and word[:-3] in _CLITIC_STEMS:
                out += [word[:-3], "lah"]
                continue
            if len(word) >= 7 and word[:2] in _PIECE_STARTS:
                out += _split_glued(word).split()
                continue
        out.append(word)
    if "kasih" in out:  # "terima kasih" is one word: thanks, not "kasih" (to give)
        for i in range(len(out) - 1, 0, -1):
            if out[i] == "kasih" and out[i - 1] in ("terima", "trima"):
                out[i - 1 : i + 1] = ["terimakasih"]
    # "cepet-cepet" reads as "cepet", "siapa-siapa" as "siapa"
    return [w for i, w in enumerate(out) if i == 0 or out[i - 1] != w]


# A short piece that only continues the sentence before it ("aku capek. sama hidup.",
# "i'm done. with everything. with life.") is read as part of it.
_CONTINUES = frozenset(
    {"with", "sama", "dengan", "ama", "karo", "termasuk", "including", "bahkan", "apalagi", "even"}
)


def _clauses(text: str) -> list[list[str]]:
    clauses: list[list[str]] = []
    for part in _CLAUSE_END.split(_characters(text)):
        tokens = _tokens(part)
        if not tokens:
            continue
        if clauses and len(tokens) <= 3 and tokens[0] in _CONTINUES:
            clauses[-1] = clauses[-1] + tokens
        else:
            clauses.append(tokens)
    return clauses


_SENDER = frozenset(squeeze(m.replace("_", " ")) for m in safety_rules.SENDER_MARKS.split())
_USER = frozenset(safety_rules.USER_MARKS.split())


def _in_senders_voice(tokens: list[str]) -> bool:
    """A sentence of a pasted email: a sender's mark ("kami", "Anda", "proses seleksi",
    "kandidat") and no first person of the user's own."""
    if _USER.intersection(tokens):
        return False
    if _SENDER.intersection(tokens):
        return True
    joined = " ".join(tokens)
    return any(" " in mark and mark in joined for mark in _SENDER)


# --- 4. matching ---------------------------------------------------------------------


def _mask(line: str, tokens: list[str], harmless: _RuleSet) -> str:
    """The clause with the words of every harmless match blanked out ("mati kutu" → "____
    ____"), so only those words are cancelled."""
    spans = [m.span() for r in harmless.candidates(tokens) for m in r.regex.finditer(line)]
    if not spans:
        return line
    chars = list(line)
    for start, end in spans:
        for i in range(start, end):
            if chars[i] != " ":
                chars[i] = "_"
    return "".join(chars)


def _first(rules: list[_Rule], line: str) -> tuple[_Rule, re.Match[str]] | None:
    for rule in rules:
        found = rule.regex.search(line)
        if found:
            return rule, found
    return None


def _found_cues(masked: str) -> frozenset[str]:
    found: set[str] = set()
    for rule in _CUES.candidates(masked.split()):
        if rule.family not in found and rule.regex.search(masked):
            found.add(rule.family)
    return frozenset(found)


def cues(line: str) -> frozenset[str]:
    """The fallback's cues found in one clause as the rules read it (" word word "), after
    the harmless masks. For tests and for reading the scorer."""
    return _found_cues(_mask(line, line.split(), _HARMLESS))


def score(found: frozenset[str]) -> int:
    """The fallback's score for a set of cues: their weights added. Without a cue about
    death, absence, the last time or a farewell (`safety_rules.CORE_CUES`) the score is
    capped below the crisis line, and without a softer one (`GENTLE_CUES`) it is 0. A cue
    that needs another (`CUE_NEEDS`) counts only beside it."""
    for cue, needs in safety_rules.CUE_NEEDS.items():
        if cue in found and not found & needs:
            found = found - {cue}
    if not found & safety_rules.GENTLE_CUES:
        return 0
    total = sum(_WEIGHTS[c] for c in found)
    if not found & safety_rules.CORE_CUES:
        return min(total, safety_rules.FALLBACK_CRISIS - 1)
    return total


# A word that turns a sentence starts a new thought for the fallback: "besok aku interview
# lagi, tapi jujur aku gak yakin aku masih ada" is not dampened by the interview.
_TURN = re.compile(r" (?:tapi|tetapi|namun|padahal|but) ")


def _line_cues(line: str) -> frozenset[str]:
    masked = _mask(line, line.split(), _HARMLESS)  # a title or an idiom is masked whole
    parts = _TURN.split(masked)
    if len(parts) == 1:
        return _found_cues(masked)
    # the part with the most weight speaks for the clause
    return max((_found_cues(" " + part.strip(" ,") + " ") for part in parts), key=score)


def _fallback(lines: list[str], *, distressed: bool = False) -> tuple[int, int, int]:
    """The best fallback score over single clauses and pairs of neighbours, with the
    first and last clause it covers. Two different warning signs anywhere in the message,
    in clauses with nothing that takes points away, score as a crisis. A goodbye or a
    thanks to the listener counts for nothing in a message that names what comes next;
    otherwise one beside despair (a cue, or `distressed`: a gentle-tier match) is a
    crisis."""
    found = [_line_cues(line) for line in lines]
    # read without the masks: "keluar dari grup" is masked as moving, and still a next step
    if any(_found_cues(line) & safety_rules.NEXT_STEP for line in lines):
        found = [here - safety_rules.FAREWELL_CUES for here in found]
    best = (0, 0, 0)
    acts: dict[str, int] = {}
    farewell: int | None = None
    despair = distressed
    for i, here in enumerate(found):
        if not here:
            continue
        despair = despair or bool(here & safety_rules.DESPAIR)
        if not here & _BLOCKS_ACTS:
            for act in here & safety_rules.WARNING_SIGNS:
                acts.setdefault(act, i)
            if farewell is None and here & safety_rules.FAREWELL_CUES:
                farewell = i
        for j in (i, i + 1):
            if j < len(found):
                value = score(here | found[j])
                if value > best[0]:
                    best = (value, i, j)
    if len(acts) >= 2 and best[0] < safety_rules.FALLBACK_CRISIS:
        where = sorted(acts.values())
        best = (safety_rules.FALLBACK_CRISIS, where[0], where[-1])
    if farewell is not None and despair and best[0] < safety_rules.FALLBACK_CRISIS:
        best = (safety_rules.FALLBACK_CRISIS, farewell, farewell)
    return best


def explain(text: str, *, pasted: bool = False, after_distress: bool = False) -> Assessment:
    """The tier, the family and the matched words. With `pasted=True` the text came from
    someone else (a recruiter's email): sentences in the sender's voice are skipped, the
    user's own are read. A message no crisis template matches goes to the fallback
    scorer (family "fallback"), which can raise CRISIS or the gentle tier; with
    `after_distress=True` (the gentle check-in was the last thing said) it does so on
    less (`safety_rules.FALLBACK_AFTER_DISTRESS`)."""
    lines: list[str] = []
    for tokens in _clauses(text):
        if pasted and _in_senders_voice(tokens):
            continue
        lines.append(" " + " ".join(tokens) + " ")
    analysed = "|".join(lines)
    offsets: list[int] = []
    offset = 0
    distress: Assessment | None = None
    for line in lines:
        offsets.append(offset)
        tokens = line.split()
        crisis = _CRISIS.candidates(tokens)
        if crisis:
            hit = _first(crisis, _mask(line, tokens, _HARMLESS))
            if hit:
                start, end = hit[1].span()
                return Assessment(Risk.CRISIS, hit[0].family, (offset + start, offset + end),
                                  analysed)  # fmt: skip
        gentle = _DISTRESS.candidates(tokens) if distress is None else []
        if gentle:
            hit = _first(gentle, _mask(line, tokens, _NOT_DISTRESS))
            if hit:
                start, end = hit[1].span()
                distress = Assessment(Risk.DISTRESS, hit[0].family,
                                      (offset + start, offset + end), analysed)  # fmt: skip
        offset += len(line) + 1
    if after_distress and distress is not None and distress.family in safety_rules.ENDING_FAMILIES:
        # An ending said right after distress: read as the unsure tier, which names 119.
        distress = Assessment(Risk.DISTRESS, FALLBACK, distress.span, analysed)
    value, first, last = _fallback(lines, distressed=distress is not None or after_distress)
    gentle_line = (
        safety_rules.FALLBACK_AFTER_DISTRESS if after_distress else safety_rules.FALLBACK_DISTRESS
    )
    if value >= gentle_line:
        span = (offsets[first], offsets[last] + len(lines[last]))
        if value >= safety_rules.FALLBACK_CRISIS:
            return Assessment(Risk.CRISIS, FALLBACK, span, analysed)
        distress = distress or Assessment(Risk.DISTRESS, FALLBACK, span, analysed)
    return distress or Assessment(Risk.NONE, analysed=analysed)


def assess(text: str, *, pasted: bool = False) -> Risk:
    """NONE, DISTRESS (a gentle check-in) or CRISIS (stop and show the contacts)."""
    return explain(text, pasted=pasted).risk

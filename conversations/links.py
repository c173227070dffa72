"""Link buttons that open a search for the user's own skill or position; the bot fetches
nothing.

A search engine does best with the key terms, not a sentence: "SQL, terutama window
function" searches for "SQL window function", "kemampuan presentasi di depan klien" for
"presentasi". key_terms() keeps the user's own words (and their capitals, so "SQL" stays
"SQL") and drops what only frames them, by the tables below.
"""

from __future__ import annotations

import re
from urllib.parse import quote_plus

from conversations.outcome import Button

# Search pages of the platforms the article names (Coursera, edX, LinkedIn Learning) and
# one Indonesian platform (Dicoding; its /search?q= page is the one public projects link).
COURSE_SEARCHES = (
    ("coursera", "https://www.coursera.org/search?query={}"),
    ("edx", "https://www.edx.org/search?q={}"),
    ("linkedin_learning", "https://www.linkedin.com/learning/search?keywords={}"),
    ("dicoding", "https://www.dicoding.com/search?q={}"),
)
PEOPLE_SEARCH = "https://www.linkedin.com/search/results/people/?keywords={}"

# Words that frame a skill or a position without naming it: dropped wherever they stand.
FILLER = frozenset(
    {
        # "the ability to…", "knowledge of…"
        "kemampuan",
        "keterampilan",
        "ketrampilan",
        "keahlian",
        "kompetensi",
        "skill",
        "skills",
        "pengetahuan",
        "pemahaman",
        "penguasaan",
        "pengalaman",
        "dasar",
        "bidang",
        "hal",
        "soal",
        "terkait",
        "tentang",
        "mengenai",
        # "especially", "for example", "etc."
        "terutama",
        "khususnya",
        "utamanya",
        "apalagi",
        "seperti",
        "misalnya",
        "contohnya",
        "termasuk",
        "dll",
        "dsb",
        "dst",
        "lainnya",
        "lain",
        "lain-lain",
        "dasar-dasar",
        "etc",
        # joining and pointing words
        "dan",
        "atau",
        "serta",
        "juga",
        "plus",
        "yaitu",
        "yakni",
        "adalah",
        "itu",
        "ini",
        "tersebut",
        "dalam",
        "untuk",
        "buat",
        "bagi",
        "dari",
        "oleh",
        "pakai",
        "pake",
        "menggunakan",
        "memakai",
        "via",
        "lewat",
        # the user about themselves ("saya masih kurang di…")
        "saya",
        "aku",
        "sy",
        "gue",
        "gw",
        "masih",
        "kurang",
        "belum",
        "tidak",
        "gak",
        "ga",
        "nggak",
        "sangat",
        "cukup",
        "agak",
        "lebih",
        "banget",
        "sekali",
        "lagi",
        "perlu",
        "harus",
        "ingin",
        "mau",
        "bisa",
        "mampu",
        "menguasai",
        "memahami",
        "paham",
        "mengerti",
        "membuat",
        "bikin",
        "melakukan",
        "jago",
        "lancar",
        "baik",
        "benar",
        "yang",
        # particles
        "sih",
        "deh",
        "dong",
        "kok",
        "nih",
        "tuh",
        "lah",
        "kah",
        "pun",
        "ya",
        "yah",
        "kan",
        "aja",
        "saja",
        "nya",
        # a position's frame ("posisi Marketing Executive", "lowongan sebagai kasir")
        "posisi",
        "lowongan",
        "jabatan",
        "sebagai",
        "bagian",
        "role",
        "kontrak",
    }
)
# Casual spellings of the words above and of common skills, as a search wants them.
SPELLINGS = {
    "yg": "yang",
    "utk": "untuk",
    "dgn": "dengan",
    "dg": "dengan",
    "dr": "dari",
    "sm": "sama",
    "pede": "percaya diri",
    "ngoding": "coding",
    "ngomong": "berbicara",
}
# Words that open a phrase saying where, when, with whom or why the skill is used ("di
# depan klien", "saat wawancara", "yang masih kurang"): after the first key term, the
# phrase is dropped up to the next comma. "di", "ke", "dengan" and the like only open one
# before a word of CONTEXT ("di Excel" keeps "Excel", "desain dengan Figma" keeps "Figma").
CLAUSE_OPENERS = frozenset({"saat", "ketika", "waktu", "selama", "sewaktu", "pas", "yang"})
PREPOSITIONS = frozenset(
    {"di", "ke", "pada", "kepada", "dengan", "bersama", "sama", "depan", "untuk", "buat", "bagi"}
)
CONTEXT = frozenset(
    {
        "depan",
        "hadapan",
        "muka",
        "klien",
        "client",
        "atasan",
        "rekan",
        "teman",
        "tim",
        "orang",
        "banyak",
        "pelanggan",
        "customer",
        "user",
        "stakeholder",
        "pemangku",
        "manajemen",
        "pimpinan",
        "bos",
        "investor",
        "vendor",
        "mitra",
        "umum",
        "publik",
        "audiens",
        "kantor",
        "tempat",
        "rapat",
        "forum",
        "wawancara",
        "interview",
        "kelas",
        "panggung",
        "pekerjaan",
        "perusahaan",
        "pt",
        "cv",
        "startup",
    }
)
# Skill names whose words would otherwise read as filler or context: kept whole.
KEEP = frozenset(
    {"kerja sama", "kerja tim", "di bawah tekanan", "dasar pemrograman", "manajemen waktu"}
)
_KEEP_LENGTHS = sorted({len(phrase.split()) for phrase in KEEP}, reverse=True)
# Punctuation that ends a phrase; other punctuation around a word is just dropped.
_BREAK = re.compile(r"[,;:()\[\]!?]|\s[-\u2013\u2014/&+]\s|\.(?:\s|$)")
# A word keeps the signs technical names are written with: C++, C#, Node.js, .NET, UI/UX.
_TOKEN = re.compile(r"\.?[^\W_][\w+#./&'-]*", re.UNICODE)
MAX_TERMS = 6  # a search of more words than this finds less, not more


def _clean(token: str) -> str:
    """A token without the punctuation that sticks to it ("Excel-nya" → "Excel")."""
    token = token.rstrip(".-/&'")
    if token.lower().endswith("-nya"):
        token = token[:-4]
    return token


def _kept(words: list[str], index: int) -> int:
    """How many words from `index` make a KEEP phrase (0 if none)."""
    for length in _KEEP_LENGTHS:
        if " ".join(words[index : index + length]).lower() in KEEP:
            return length
    return 0


def key_terms(text: str) -> str:
    """The words of a skill or position worth searching for, in the user's order and
    spelling; the whole text, tidied, when nothing else is left."""
    terms: list[str] = []

    def add(term: str) -> None:
        if not terms or terms[-1].lower() != term.lower():  # "SQL SQL" once
            terms.append(term)

    for phrase in _BREAK.split(text):
        words = [word for word in (_clean(token) for token in _TOKEN.findall(phrase)) if word]
        index = 0
        while index < len(words):
            word, kept = words[index], _kept(words, index)
            index += max(kept, 1)
            if kept:
                add(" ".join(words[index - kept : index]))
                continue
            lower = SPELLINGS.get(word.lower(), word.lower())
            following = words[index].lower() if index < len(words) else ""
            if (
                terms
                and following
                and (lower in CLAUSE_OPENERS or (lower in PREPOSITIONS and following in CONTEXT))
            ):
                break  # "… saat wawancara", "… di depan klien": the rest frames it
            if lower in FILLER or lower in PREPOSITIONS or lower in CLAUSE_OPENERS:
                continue
            add(SPELLINGS.get(word.lower(), word))
    if not terms:
        return " ".join(text.split())
    return " ".join(terms[:MAX_TERMS])


def course_search_links(skill: str) -> list[Button]:
    query = quote_plus(key_terms(skill))
    return [
        Button("course_link", url=pattern.format(query), label_context={"platform": platform})
        for platform, pattern in COURSE_SEARCHES
    ]


def people_search_link(position: str) -> Button:
    return Button("people_link", url=PEOPLE_SEARCH.format(quote_plus(key_terms(position))))

"""The STAR check for /latihan: which of Situasi, Tugas, Aksi and Hasil a typed answer
shows, read from transparent cue-word rules (a table per part, below), and which of the
user's own sentences counted for each part.

The rules look for the words people use to open each part of a story ("saat itu",
"tugas saya", "saya memutuskan", "hasilnya"), in formal or casual Indonesian ("pas itu",
"tugasku", "trs aku bikin", "jd cuma 10 menit"). A result told with numbers or a
before/after change counts as Hasil even without a cue word. The rules do not understand
the story: the outcome is a guide for practice, never a grade.

Each answer is read sentence by sentence, so the feedback can quote the sentence (or a
short excerpt of it) that counted, in the user's own words and spelling.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass

SITUASI, TUGAS, AKSI, HASIL = "situasi", "tugas", "aksi", "hasil"
PARTS = (SITUASI, TUGAS, AKSI, HASIL)
# Under this many words an answer is called short: a full STAR story needs a sentence
# or two for each part. The parts are still reported.
MIN_WORDS = 25
# A sentence up to this many words is quoted whole; a longer one as an excerpt around
# the words that counted, cut at commas where it can.
QUOTE_WORDS = 24
EXCERPT_WORDS = 14
QUOTE_CHARS = 200  # one "word" can be very long (a pasted link)

# --- reading casual writing --------------------------------------------------------------

# Casual spellings and common typos of the cue words, read as their usual form before the
# cues are matched. Only the matching sees these: quotes always show what the user typed.
# One word each way, so every typed word still stands for exactly one read word.
SPELLINGS: dict[str, str] = {
    # "I": the rules below are written with "saya"
    "sy": "saya",
    "sya": "saya",
    "aku": "saya",
    "aq": "saya",
    "gue": "saya",
    "gw": "saya",
    "gua": "saya",
    # steps and time
    "trs": "terus",
    "trus": "terus",
    "abis": "habis",
    "stlh": "setelah",
    "stelah": "setelah",
    "sesudahnya": "setelahnya",
    "kmdn": "kemudian",
    "kmudian": "kemudian",
    "wkt": "waktu",
    "wktu": "waktu",
    "dl": "dulu",
    "dlu": "dulu",
    "sblm": "sebelum",
    "sblmnya": "sebelumnya",
    "td": "tadi",
    "skrg": "sekarang",
    "skrng": "sekarang",
    "skg": "sekarang",
    "thn": "tahun",
    "bln": "bulan",
    "mgg": "minggu",
    "mnt": "menit",
    "jt": "juta",
    "rb": "ribu",
    # the result
    "jd": "jadi",
    "jdi": "jadi",
    "hasilny": "hasilnya",
    "hasilnyaa": "hasilnya",
    "hsilnya": "hasilnya",
    "hasilna": "hasilnya",
    "akhirny": "akhirnya",
    "akhrnya": "akhirnya",
    "ahirnya": "akhirnya",
    "akirnya": "akhirnya",
    "akhirnyaa": "akhirnya",
    "alhasilnya": "alhasil",
    "dampaknyaa": "dampaknya",
    "brhasil": "berhasil",
    "berhasill": "berhasil",
    "naek": "naik",
    "beres": "selesai",
    # the task
    "tugasny": "tugasnya",
    "tgs": "tugas",
    "jobdesk": "jobdesc",
    "dapet": "dapat",
    # small words the rules read around
    "yg": "yang",
    "dgn": "dengan",
    "dg": "dengan",
    "utk": "untuk",
    "krn": "karena",
    "dr": "dari",
    "tp": "tapi",
    "tdk": "tidak",
    "gak": "tidak",
    "ga": "tidak",
    "gk": "tidak",
    "nggak": "tidak",
    "ngga": "tidak",
    "enggak": "tidak",
    "engga": "tidak",
    "blm": "belum",
    "udah": "sudah",
    "udh": "sudah",
    "sdh": "sudah",
    "bbrp": "beberapa",
    "org": "orang",
    "kerjaan": "pekerjaan",
    "pengen": "ingin",
    "pgn": "ingin",
}

_I = r"(?:saya|aku)"
# Words that may stand between "saya" and the verb ("saya lalu menghubungi").
_THEN = r"(?:lalu|kemudian|segera|langsung|juga|pun|lantas|akhirnya|sendiri|pertama|terus)"
_NUMBER = r"\d+"
# A number said in words that reads as a measured change ("naik dua kali lipat").
_AMOUNT = (
    rf"(?:{_NUMBER}|dua kali(?: lipat)?|tiga kali(?: lipat)?|separuh(?:nya)?|setengah(?:nya)?)"
)
# Words between a change and its number ("jadi cuma 10 menit", "turun hampir 30%").
_ABOUT = r"(?:cuma|hanya|tinggal|sekitar|kurang lebih|lebih dari|hampir|sebanyak|sebesar|lebih)"
# Me- verbs after "saya" that tell a feeling, a state or a thought, not an action.
_NOT_ACTION = (
    r"(?:merasa\w*|memang|memiliki|mempunyai|menjadi|mendapat\w*|menerima|menyadari|"
    r"mengerti|memahami|melihat|mengalami|mendengar|menganggap|menyukai|mengira|menduga|"
    r"membutuhkan|memerlukan|mengetahui|meyakini|menyesal\w*|mengharapkan|menginginkan|"
    r"menunggu|merupakan|masih|mau|menikmati|mencintai|membenci|mengingat|memikirkan|"
    r"menangis|menyerah|ngerasa|ngerti|ngira|ngeliat|ngarep|nyesel|nyerah|nangis|ngantuk|"
    r"nunggu|nyaman|nganggur)"
)
# Me- verbs that tell something changing by itself, not a step somebody took
# ("pesanan kemudian menumpuk", "penjualan lalu meningkat").
_BY_ITSELF = (
    r"(?:meningkat|menurun|membaik|memburuk|melonjak|menumpuk|membengkak|menghilang|"
    r"meledak|mereda|menyebar|melambat|mencapai|molor|muncul)"
)
# After "lalu saya" or "pertama saya", words that are not a step taken.
_NOT_STEP = (
    rf"(?:{_NOT_ACTION}|ingin|akan|berharap|bisa|sedang|selalu|sangat|tidak|belum|adalah|"
    r"hanya|cukup|sudah|lebih|senang|sedih|kecewa|bingung|gugup|takut|ragu|jadi|dapat)"
)
# Base verbs used after "saya" in everyday speech ("lalu saya hubungi kliennya"), and
# the casual forms of common steps ("aku bikin", "gue ngajak").
_BASE_VERBS = (
    r"(?:ajak|hubungi|buat|susun|pelajari|coba|tawarkan|usulkan|bagi|atur|jadwalkan|"
    r"telepon|temui|perbaiki|analisis|catat|lakukan|kerjakan|siapkan|selesaikan|cek|"
    r"periksa|tulis|rancang|bentuk|minta|ubah|latih|kumpulkan|petakan|uji|bikin|"
    r"bikinin|telpon|tanya|tanyakan|kasih|cari|pakai|ganti|tambah|bantu|bantuin|"
    r"hubungin|siapin|kerjain|beresin|benerin|usulin|bagiin|otomatiskan|rapikan|"
    r"rapiin|input|rekap|pantau|evaluasi|dokumentasikan|presentasikan|kirim|tarik|"
    r"dengarkan|jelaskan|rangkum|olah|koordinasi|diskusi|negosiasi|konsultasi|inisiatif|"
    r"follow up|tindak lanjuti|pake|make|pakein|bersihin|narik|tarikin|cariin|bawa|"
    r"belajar(?! (?:bahwa|banyak|dari|untuk))|ikut|daftar|baca|pelajarin|latihan|susun|"
    r"ulang|bangun|hitung|itung|kontak|chat|email|datangi|datengin|samperin)"
)
# Casual nasal verbs ("ngajak", "nyusun", "nelpon"), minus feelings and states.
_CASUAL_VERB = rf"(?!{_NOT_ACTION}(?!\w))(?:ng\w{{3,}}|ny\w{{3,}}|nelpon|nelepon|nanya|nulis|nyari)"
# A step's verb: a me- verb that is an action, a ber- verb of working with others, a
# base verb or a casual one.
_STEP_VERB = (
    rf"(?:(?!{_NOT_ACTION}(?!\w))(?!{_BY_ITSELF}(?!\w))me\w{{3,}}|"
    r"berdiskusi|berkoordinasi|berbicara|bertanya|berinisiatif|berlatih|bekerja sama|"
    rf"berkonsultasi|bernegosiasi|{_BASE_VERBS}(?:kan|i)?|{_CASUAL_VERB})"
)
_TASKS = r"tugas|target|tanggung jawab|peran|tujuan|sasaran|kewajiban|jobdesc|job desc|pekerjaan"
_PLACES = (
    r"(?:kantor|proyek|perusahaan|tempat kerja|tempat magang|divisi|departemen|organisasi|"
    r"kampus|startup|pekerjaan|toko|kafe|restoran|pabrik|gudang|bank|sekolah|klinik|"
    r"rumah sakit|hotel|agensi|komunitas|kepanitiaan|himpunan|bem|ukm|tim)"
)
# Words that set the scene at the start of a sentence: a number after them tells the
# problem ("Saat itu penjualan turun 30%"), not the result.
_SCENE_OPENERS = (
    r"(?:pada )?saat itu|ketika|sewaktu|semasa|waktu itu|pas itu|"
    r"beberapa (?:minggu|bulan|tahun) (?:yang )?lalu|(?:tahun|bulan|semester) lalu"
)

# Cue patterns per part. Each pattern is matched on one sentence, read in lower case with
# punctuation as spaces ("%" kept) and the spellings above, and only as whole words, so
# "hasil" never matches inside "penghasilan".
CUES: dict[str, tuple[str, ...]] = {
    SITUASI: (
        r"(?:pada )?saat itu",
        r"saat (?:saya|kami|bekerja|kerja|magang|kuliah|menjadi|jadi|masih|menjabat|bergabung)",
        r"pas (?:itu|saya|kami|kerja|bekerja|magang|kuliah|masih|jadi|menjadi|awal)",
        r"ketika",
        r"sewaktu",
        r"semasa",
        r"waktu itu",
        r"waktu (?:saya |kami )?(?:bekerja|kerja|magang|kuliah|menjadi|jadi|masih|bergabung)",
        r"selama (?:saya )?(?:bekerja|magang|kuliah|menjabat|menjadi)",
        rf"{_I} pernah",
        rf"{_I} (?:dulu )?(?:bekerja|kerja|magang) (?:sebagai|di|jadi)",
        rf"dulu (?:{_I}|kami|ketika|waktu|saat|pas)",
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
        r"ditugas(?:kan|i|in)",
        r"penugasan",
        r"(?:ber)?tanggung jawab",
        r"penanggung jawab",
        rf"{_I} (?:diminta|dipercaya|ditunjuk|diberi tugas|mendapat tugas|dapat tugas"
        r"|disuruh|dikasih tugas|kebagian)",
        rf"{_I} (?:yang )?(?:pegang|memegang|megang|handle|urus|mengurus|ngurus)",
        rf"{_I} (?:harus|wajib) me\w+",
        rf"(?:jobdesc|job desc|pekerjaan) (?:utama )?{_I}",
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
        rf"(?:pertama|lalu|kemudian|setelah itu|selanjutnya|berikutnya|terus|habis itu"
        rf"|sesudah itu|setelahnya) {_I} (?!{_NOT_STEP}(?!\w))\w+",
        rf"{_I} (?:{_THEN} )?{_STEP_VERB}",
        rf"{_I} (?:{_THEN} )?(?:ambil langkah|ambil tindakan|turun tangan)",
        rf"tindakan (?:yang )?{_I}",
        # The pronoun dropped, as people often write a list of steps ("Lalu menyusun
        # jadwal baru.", "Habis itu bikin template."): only at the start of a sentence,
        # where no other subject can stand before the verb.
        rf"^(?:lalu|kemudian|setelah itu|habis itu|sesudah itu|selanjutnya) "
        rf"(?:{_THEN} )?{_STEP_VERB}",
    ),
    HASIL: (
        # Words that announce the outcome.
        r"hasil(?:nya| akhirnya| akhir)",
        r"alhasil",
        r"hasil dari",
        r"(?:pada )?akhirnya",
        r"berhasil",
        r"dampaknya",
        r"berdampak",
        r"sejak (?:saat )?itu",
        r"pelajaran (?:yang|berharga|penting|dari)",
        rf"{_I} (?:jadi )?belajar (?:bahwa|untuk|banyak)",
        r"(?:mendapat|menerima|meraih|dapat) (?:apresiasi|penghargaan|pujian)",
        r"diapresiasi",
        r"dipuji",
        r"puas",
    ),
}

# Results told as a change, with or without numbers. Kept apart from the words above
# because a goal or a wish says the same things ("target saya naik 20%", "supaya lebih
# cepat"): those are masked first (NOT_CUES), and a sentence that sets the scene tells
# the problem with them ("Saat itu penjualan turun 30%").
CHANGES: tuple[str, ...] = (
    # A number after a change: "jadi cuma 10 menit", "naik 20%", "tinggal 2 hari".
    rf"(?:jadi|menjadi|tinggal|naik|turun|meningkat|menurun|berkurang|bertambah|"
    rf"menghemat|hemat|memangkas|terpangkas|dipangkas|mencapai|melampaui|sebesar) "
    rf"(?:{_ABOUT} )?{_AMOUNT}",
    # Before and after: "dari 4 jam jadi 10 menit", "dari 3 hari ke 1 hari".
    rf"dari (?:{_ABOUT} )?{_NUMBER} (?:[\w%]+ ){{0,4}}?(?:jadi|menjadi|ke|hingga|sampai|"
    r"tinggal) (?:\w+ )?\d+",
    # "tadinya / awalnya / sebelumnya …, sekarang / jadi …"
    r"(?:tadinya|awalnya|sebelumnya|semula|dulunya) (?:[\w%]+ ){0,10}?"
    r"(?:jadi|menjadi|sekarang|kini|tinggal|berubah)",
    rf"dari (?:sebelumnya|semula|awalnya|tadinya) (?:\w+ )?{_NUMBER}",
    rf"(?:sekarang|kini) (?:[\w%]+ ){{0,6}}?(?:cuma|hanya|tinggal) (?:\w+ )?{_NUMBER}",
    rf"{_NUMBER} ?(?:%|persen)",
    r"(?:jadi|menjadi) (?:lebih \w+|lancar|rapi|teratur|tertata|mudah|efisien|jelas|aman|"
    r"stabil|selesai|cuma|hanya)",
    r"lebih (?:cepat|hemat|efisien|akurat|lancar|rapi) (?:dari|daripada|dibanding)",
    r"meningkat",
    r"menurun",
    r"berkurang",
    r"bertambah",
    r"tercapai",
    r"terselesaikan",
    r"tepat waktu",
    r"menghemat",
    r"tidak (?:ada|pernah) (?:\w+ ){0,2}lagi",
    r"tanpa (?:\w+ ){0,2}lagi",
    r"(?:jadi|menjadi) bisa",
    r"(?:naik|turun) (?:drastis|signifikan|tajam|pesat)",
)

# Goals, duties, purposes and wishes: a change after them is not a result.
_GOAL = (
    r"(?:target|sasaran|tujuan|ditargetkan|tugas|diminta|harus|perlu|wajib|ingin|mau|"
    r"berharap|harapannya|semoga|agar|supaya|biar|akan|rencananya|berencana)"
)

# Phrases that hold a cue but are not one: masked before that part's cues are read.
NOT_CUES: dict[str, tuple[str, ...]] = {
    HASIL: (
        # A goal's, a duty's or a wish's change is the task or the hope, not the result
        # ("target penjualan naik 20%", "tugas saya memastikan semua terkirim").
        rf"{_GOAL}(?:nya)? (?:[\w%]+ ){{0,6}}?(?:{'|'.join(CHANGES)})",
        # "semoga hasilnya baik" is a hope.
        r"(?:semoga|mudah mudahan|berharap|harapannya) (?:\w+ ){0,4}?(?:hasil\w*|berhasil)",
        # An unhappy customer is the situation.
        r"(?:tidak|belum|kurang) puas",
        # "saya orangnya sabar jadi bisa": a trait claimed, not an outcome shown.
        r"(?:orangnya|sifat\w*|karakter\w*|tipe orang|tipenya) (?:\w+ ){0,3}?(?:jadi|menjadi) bisa",
        # "saya akhirnya memutuskan", "akhirnya saya menghubungi" tell a step, not the
        # outcome; "kami akhirnya bisa melayani semua tamu" is the outcome.
        rf"(?:{_I}|kami) akhirnya (?:{_THEN} )?(?:{_STEP_VERB}|memilih|mengambil)",
        rf"akhirnya (?:{_I}|kami) (?:{_THEN} )?(?:{_STEP_VERB}|memilih|mengambil)",
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

# People who know STAR sometimes label the parts themselves ("Hasil: ...").
_LABELS = {
    "situasi": SITUASI,
    "situation": SITUASI,
    "tugas": TUGAS,
    "task": TUGAS,
    "aksi": AKSI,
    "action": AKSI,
    "tindakan": AKSI,
    "hasil": HASIL,
    "result": HASIL,
}
# "Hasil: …", "2. Aksi = …", "Tugas - …" (a dash needs spaces: "hasil-hasil" is a word).
_LABEL = re.compile(
    r"^\W*(?:\d+\W*)?(" + "|".join(_LABELS) + r")(?:\s*[:=]|\s+[-\u2013\u2014](?=\s))",
    re.IGNORECASE,
)
_LABEL_MIN_WORDS = 3  # "Hasil: -" or "Hasil: belum ada" is not a result


def _whole_words(patterns: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?:" + "|".join(patterns) + r")(?!\w)")


_CUES = {part: _whole_words(patterns) for part, patterns in CUES.items()}
_CHANGES = _whole_words(CHANGES)
_NOT_CUES = {part: _whole_words(patterns) for part, patterns in NOT_CUES.items()}
_SCENE = re.compile(rf"^(?:\w+ )?(?:{_SCENE_OPENERS})(?!\w)")
_WORD = re.compile(r"[\w%]+")
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s+|\s*\n\s*")
_CLAUSE_MARK = re.compile(r"[,;:()\"“”]")


def _fold(word: str) -> str:
    folded = unicodedata.normalize("NFKC", word).casefold()
    return SPELLINGS.get(folded, folded)


def normalise(text: str) -> str:
    """Lower case, punctuation as spaces (keeping "%"), one space between words, casual
    spellings read as their usual form."""
    return " ".join(_fold(m.group()) for m in _WORD.finditer(text))


def count_words(text: str) -> int:
    return sum(1 for token in text.split() if any(ch.isalnum() for ch in token))


@dataclass(frozen=True)
class _Sentence:
    text: str  # as the user wrote it
    spans: tuple[tuple[int, int], ...]  # each word's place in text
    read: str  # the words as the rules read them, one space apart
    starts: tuple[int, ...]  # where each word starts in `read`

    @classmethod
    def of(cls, text: str) -> _Sentence:
        matches = list(_WORD.finditer(text))
        words = [_fold(m.group()) for m in matches]
        starts, at = [], 0
        for word in words:
            starts.append(at)
            at += len(word) + 1
        return cls(text, tuple(m.span() for m in matches), " ".join(words), tuple(starts))

    def word_at(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self.starts, offset) - 1)

    def boundary_before(self, index: int) -> bool:
        """A comma (or the like) between word index-1 and word index."""
        return bool(_CLAUSE_MARK.search(self.text[self.spans[index - 1][1] : self.spans[index][0]]))

    def excerpt(self, first: int, last: int) -> str:
        """The sentence, or for a long one the clause around words first..last."""
        count = len(self.spans)
        if count <= QUOTE_WORDS:
            return _clip(self.text.strip())
        start = first
        while start > 0 and first - start < 4 and not self.boundary_before(start):
            start -= 1
        end = max(last + 1, start + EXCERPT_WORDS)
        stop = last + 1
        while stop < min(end, count) and not self.boundary_before(stop):
            stop += 1
        end = stop
        text = self.text[self.spans[start][0] : self.spans[end - 1][1]]
        if end >= count:  # keep the sentence's own full stop
            text = self.text[self.spans[start][0] :].rstrip()
        prefix = "…" if start > 0 else ""
        suffix = "…" if end < count else ""
        return _clip(prefix + text + suffix)


def _clip(text: str) -> str:
    return text if len(text) <= QUOTE_CHARS else text[: QUOTE_CHARS - 1].rstrip() + "…"


def _sentences(text: str) -> list[_Sentence]:
    """The answer's sentences; one of under three words ("Berhasil!", "Situasi:") is
    read with the next, so a quote never stands on a lone word."""
    bounds, at = [], 0
    for separator in _SENTENCE_END.finditer(text):
        bounds.append((at, separator.start()))
        at = separator.end()
    bounds.append((at, len(text)))
    sentences: list[_Sentence] = []
    carried: int | None = None
    for index, (start, end) in enumerate(bounds):
        if carried is not None and _LABEL.match(text[start:end].strip()):
            # A part's label opens a new part: the short piece stays on its own.
            sentences.append(_Sentence.of(text[carried:start].strip()))
            carried = None
        start = start if carried is None else carried
        piece = text[start:end]
        if not _WORD.search(piece):
            continue
        if count_words(piece) < 3 and index < len(bounds) - 1:
            carried = start
            continue
        carried = None
        sentences.append(_Sentence.of(piece.strip()))
    return sentences


def _masked(part: str, read: str) -> str:
    """The sentence with the phrases that only look like this part's cue blanked out
    (same length, so offsets still point at the same words)."""
    if part not in _NOT_CUES:
        return read
    return _NOT_CUES[part].sub(lambda m: "#" * len(m.group()), read)


def _cue(part: str, sentence: _Sentence) -> tuple[int, int] | None:
    """The words (first, last) of this part's cue in the sentence, if it has one."""
    read = _masked(part, sentence.read)
    match = _CUES[part].search(read)
    if match is None and part == HASIL and not _SCENE.match(sentence.read):
        match = _CHANGES.search(read)
    if match is None:
        return None
    return sentence.word_at(match.start()), sentence.word_at(max(match.start(), match.end() - 1))


def _labelled(sentence: _Sentence) -> tuple[str, str | None] | None:
    """For a sentence the user labelled ("Hasil: …"): the part, and the rest to quote,
    or None when the label stands (nearly) alone ("Hasil: -"), which counts nothing."""
    match = _LABEL.match(sentence.text)
    if match is None:
        return None
    rest = sentence.text[match.end() :].strip()
    part = _LABELS[match.group(1).casefold()]
    return part, (_clip(rest) if count_words(rest) >= _LABEL_MIN_WORDS else None)


@dataclass(frozen=True)
class StarCheck:
    found: tuple[str, ...]  # in STAR order
    missing: tuple[str, ...]
    words: int
    too_short: bool
    # For each part found, in STAR order: the user's own sentence (or an excerpt of it)
    # that counted. Never anything the user did not write.
    quotes: tuple[tuple[str, str], ...] = ()

    @property
    def complete(self) -> bool:
        return not self.missing

    def quote(self, part: str) -> str | None:
        return dict(self.quotes).get(part)

    def grouped_quotes(self) -> tuple[tuple[tuple[str, ...], str], ...]:
        """Quotes with the parts they stand for, one sentence once: a sentence that
        counted for Aksi and Hasil is shown once, named "Aksi dan Hasil"."""
        groups: dict[str, list[str]] = {}
        for part, quote in self.quotes:
            groups.setdefault(quote, []).append(part)
        return tuple((tuple(parts), quote) for quote, parts in groups.items())


def _quotes(sentences: list[_Sentence]) -> dict[str, str]:
    """Which sentence stands for which part: each part's first sentence that no earlier
    part took, else its first one."""
    hits: dict[str, list[tuple[int, str]]] = {part: [] for part in PARTS}
    for index, sentence in enumerate(sentences):
        labelled = _labelled(sentence)
        if labelled is not None:
            part, rest = labelled
            if rest is not None:
                hits[part].append((index, rest))
            continue
        for part in PARTS:
            cue = _cue(part, sentence)
            if cue is not None:
                hits[part].append((index, sentence.excerpt(*cue)))
    chosen: dict[str, str] = {}
    taken: set[int] = set()
    for part in PARTS:
        if not hits[part]:
            continue
        index, quote = next(((i, q) for i, q in hits[part] if i not in taken), hits[part][0])
        taken.add(index)
        chosen[part] = quote
    return chosen


def find_parts(text: str) -> tuple[str, ...]:
    return check(text).found


def check(text: str) -> StarCheck:
    quotes = _quotes(_sentences(text))
    found = tuple(part for part in PARTS if part in quotes)
    words = count_words(text)
    return StarCheck(
        found=found,
        missing=tuple(part for part in PARTS if part not in found),
        words=words,
        too_short=words < MIN_WORDS,
        quotes=tuple((part, quotes[part]) for part in found),
    )

"""The words Bangkit understands in typed answers, as data.

Write every entry in lower case, the way people type it. Before any lookup, letters
repeated in a row are folded to one on both sides ("okeee", "iyaa", "sedihh" → "oke",
"iya", "sedih"), and the spellings below are applied first, so each word needs listing
once, in its usual form. To teach the bot a new slang word, add it to the one list that
says what it means: the rules (conversations/choices.py for buttons and the 1-5 scale,
validators.py for dates and counts, reminders.py for times) need no change.
"""

from __future__ import annotations

# --- spelling ---------------------------------------------------------------------------

# Casual spellings and abbreviations → the one form the other lists and the button labels
# use. A value of several words replaces the typed word with all of them.
SPELLINGS: dict[str, str] = {
    # negation
    "gak": "tidak",
    "ga": "tidak",
    "gk": "tidak",
    "nggak": "tidak",
    "ngga": "tidak",
    "nggk": "tidak",
    "ngak": "tidak",
    "enggak": "tidak",
    "engga": "tidak",
    "ndak": "tidak",
    "nda": "tidak",
    "tdk": "tidak",
    "tak": "tidak",
    "kagak": "tidak",
    "kaga": "tidak",
    "gx": "tidak",
    "jgn": "jangan",
    "jngn": "jangan",
    "jgan": "jangan",
    # done / not yet
    "udah": "sudah",
    "udh": "sudah",
    "uda": "sudah",
    "dah": "sudah",
    "sdh": "sudah",
    "sudh": "sudah",
    "blm": "belum",
    "belom": "belum",
    "blum": "belum",
    "blom": "belum",
    # particles and small words
    "aja": "saja",
    "aj": "saja",
    "ajah": "saja",
    "bgt": "banget",
    "bngt": "banget",
    "bet": "banget",
    "jg": "juga",
    "jga": "juga",
    "sm": "sama",
    "ama": "sama",
    "yg": "yang",
    "dgn": "dengan",
    "dg": "dengan",
    "krn": "karena",
    "karna": "karena",
    "utk": "untuk",
    "untk": "untuk",
    "buat": "untuk",
    "bwt": "untuk",
    "tau": "tahu",
    "taw": "tahu",
    "lg": "lagi",
    "dl": "dulu",
    "dlu": "dulu",
    "skrg": "sekarang",
    "skrng": "sekarang",
    "msh": "masih",
    "masi": "masih",
    "tp": "tapi",
    "tpi": "tapi",
    "trs": "terus",
    "trus": "terus",
    "klo": "kalau",
    "kalo": "kalau",
    "jd": "jadi",
    "jdi": "jadi",
    "sbnrnya": "sebenarnya",
    "sebenernya": "sebenarnya",
    "emg": "memang",
    "emang": "memang",
    "bener": "benar",
    "bnr": "benar",
    "kyk": "kayak",
    "kaya": "kayak",
    "kyknya": "kayaknya",
    "mgkn": "mungkin",
    "dr": "dari",
    "sblm": "sebelum",
    "org": "orang",
    "bnyk": "banyak",
    # me, myself
    "sy": "saya",
    "aku": "saya",
    "ak": "saya",
    "gue": "saya",
    "gw": "saya",
    "gua": "saya",
    # wanting
    "mw": "mau",
    "mo": "mau",
    "pengen": "ingin",
    "pgn": "ingin",
    "pingin": "ingin",
    "pengin": "ingin",
    # yes
    "iya": "ya",
    "iy": "ya",
    "iyah": "ya",
    "iyo": "ya",
    "iye": "ya",
    "yoi": "ya",
    "y": "ya",
    "yup": "ya",
    "yap": "ya",
    "yep": "ya",
    "yeah": "ya",
    "ok": "oke",
    "okay": "oke",
    "okey": "oke",
    "okei": "oke",
    "oce": "oke",
    "okeh": "oke",
    "okelah": "oke",
    "k": "oke",
    "siip": "sip",
    "syp": "siap",
    "siyap": "siap",
    "mantab": "mantap",
    "mantep": "mantap",
    "mantul": "mantap",
    "bgs": "bagus",
    "ayok": "ayo",
    "yuk": "ayo",
    "hayuk": "ayo",
    "silahkan": "silakan",
    # time words
    "kmrn": "kemarin",
    "kemaren": "kemarin",
    "kmarin": "kemarin",
    "kmaren": "kemarin",
    "kmrin": "kemarin",
    "td": "tadi",
    "tdi": "tadi",
    "bsk": "besok",
    "besuk": "besok",
    "bsok": "besok",
    "ntar": "nanti",
    "entar": "nanti",
    "ntr": "nanti",
    "nnti": "nanti",
    "nti": "nanti",
    "tgl": "tanggal",
    "tggl": "tanggal",
    "bln": "bulan",
    "mgg": "minggu",
    "mg": "minggu",
    "mingu": "minggu",
    "thn": "tahun",
    "jm": "jam",
    "malem": "malam",
    "mlm": "malam",
    "pgi": "pagi",
    "pkl": "pukul",
    "pk": "pukul",
    "mnt": "menit",
    "smg": "seminggu",
    "seminggu": "1 minggu",
    "sebulan": "1 bulan",
    "sehari": "1 hari",
    "sejam": "1 jam",
    "setahun": "1 tahun",
    "jum": "jumat",
    "jumaat": "jumat",
    # choosing and finishing
    "lnjt": "lanjut",
    "lnjut": "lanjut",
    "lanjoot": "lanjut",
    "slesai": "selesai",
    "selesei": "selesai",
    "sls": "selesai",
    "smua": "semua",
    "smuanya": "semuanya",
    "sekip": "skip",
    "males": "malas",
    "yaudah": "ya sudah",
    "yaudh": "ya sudah",
    "yodah": "ya sudah",
    "sampe": "sampai",
    "inget": "ingat",
    "sempet": "sempat",
    "pake": "pakai",
    "matiin": "matikan",
    "gantiin": "ganti",
    "cewe": "cewek",
    "gatau": "tidak tahu",
    "gatahu": "tidak tahu",
    "gimana": "bagaimana",
    "gmn": "bagaimana",
    "lupa": "tidak ingat",
    "gpp": "gapapa",
    "ngapapa": "gapapa",
    "nggapapa": "gapapa",
    "gakpapa": "gapapa",
    "skp": "skip",
    "lewatin": "lewati",
    "lewatkan": "lewati",
    # everyday English
    "nope": "no",
}

# "gausah", "gajadi", "gamau": a negation glued to the word after it is read as two
# words when the rest is one of these.
GLUED_NEGATIONS = ("gak", "ga", "ngga", "nggak", "enggak", "engga", "tak", "ndak", "gk")
GLUED_AFTER_NEGATION = frozenset(
    {
        "usah",
        "ada",
        "jadi",
        "mau",
        "bisa",
        "perlu",
        "tau",
        "tahu",
        "inget",
        "ingat",
        "papa",
        "apa",
        "pernah",
        "enak",
        "suka",
        "yakin",
        "siap",
        "setuju",
        "boleh",
        "kenal",
        "punya",
        "sempat",
        "sempet",
        "baik",
        "bagus",
        "jelek",
        "buruk",
    }
)

# Phrases read as one word, after the spellings above ("gak jadi" → "batal").
PHRASES: dict[str, str] = {
    "tidak jadi": "batal",
    "tidak apa apa": "gapapa",
    "tidak papa": "gapapa",
    "terima kasih": "makasih",
    "sama sekali": "banget",
    "lain kali": "lainkali",
    "b saja": "biasa saja",
    "so so": "soso",
    "calon atasan": "atasan",
    # Not confident is the feeling "Ragu pada kemampuan sendiri" ("minder" names it).
    "tidak pede": "minder",
    "kurang pede": "minder",
    "tidak percaya diri": "minder",
    "kurang percaya diri": "minder",
    # The skill gap's kinds, as the buttons say them ("Teknis", "Nonteknis").
    "non teknis": "nonteknis",
    "hard skill": "teknis",
    "soft skill": "nonteknis",
    "laki laki": "laki",
    "waktu indonesia barat": "wib",
    "waktu indonesia tengah": "wita",
    "waktu indonesia timur": "wit",
    "indonesia barat": "wib",
    "indonesia tengah": "wita",
    "indonesia timur": "wit",
    # /lamaran's stages and kinds of company, as typed.
    "start up": "startup",
    "take home": "takehome",
    "skala menengah": "menengah",
}

# Number words, read as the digits on the buttons ("lima" → "5", "sepuluh orang").
NUMBER_WORDS: dict[str, str] = {
    "satu": "1",
    "dua": "2",
    "tiga": "3",
    "empat": "4",
    "lima": "5",
    "enam": "6",
    "tujuh": "7",
    "delapan": "8",
    "sembilan": "9",
    "sepuluh": "10",
    "sebelas": "11",
    "duabelas": "12",
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
}

# Ordinals: "yang kedua", "no 3" pick a button by its position, like a bare number.
ORDINALS: dict[str, int] = {
    "pertama": 1,
    "kesatu": 1,
    "kedua": 2,
    "ketiga": 3,
    "keempat": 4,
    "kelima": 5,
    "keenam": 6,
    "first": 1,
    "second": 2,
    "third": 3,
}
# Words that announce a position: "nomor 2", "no. 3", "pilihan 1", "opsi 2".
# Words about choosing itself ("ga tau deh harus pilih apa"): said of the options on
# screen, never a story told in their place.
ABOUT_CHOOSING = frozenset({"pilih", "milih", "memilih", "pilihan", "dipilih", "pilihnya"})

POSITION_MARKERS = frozenset({"nomor", "nomer", "nmr", "no", "pilihan", "opsi", "angka", "yang"})

# Emoji people send instead of words, read as those words.
EMOJI_WORDS: dict[str, str] = {
    "👍": "oke",
    "👌": "oke",
    "🙆": "oke",
    "🙅": "tidak",
    "👎": "tidak",
    "❌": "tidak",
    "😭": "hancur",
    "😢": "sedih",
    "😥": "sedih",
    "😞": "sedih",
    "😔": "sedih",
    "☹": "sedih",
    "🙁": "sedih",
    "😐": "biasa",
    "😑": "biasa",
    "🙂": "baik",
    "😊": "baik",
    "😌": "lega",
    "😁": "senang banget",
    "😄": "senang banget",
    "🥳": "senang banget",
    "😍": "senang banget",
}

# --- what a word does in a sentence -------------------------------------------------------

# Turn the words after them (to the end of the clause) into their opposite:
# "gak setuju", "belum siap", "non-teknis", "jangan hapus".
NEGATIONS = frozenset(
    {"tidak", "jangan", "belum", "bukan", "non", "no", "ogah", "emoh", "batal", "stop", "berhenti"}
)
# A "no" answer: each stands for any other, and for a label that starts with "Tidak…",
# "Jangan…" or "Batal…".
NO_WORDS = frozenset({"tidak", "jangan", "bukan", "no", "ogah", "emoh", "batal"})
# A "yes" answer: each stands for a label that starts with "Ya…"; next to other words
# they add nothing ("oke lanjut" = "lanjut").
YES_WORDS = frozenset(
    {
        "ya",
        "oke",
        "boleh",
        "setuju",
        "yes",
        "sip",
        "siap",
        "mau",
        "bisa",
        "baik",
        "gas",
        "tentu",
        "pasti",
        "silakan",
        "monggo",
        "ayo",
        "betul",
        "benar",
        "sure",
        "agree",
        "alright",
        "gapapa",
        "yakin",
    }
)

# Of those, the ones whose negation is a plain "no": "gak boleh", "nggak mau" (but "ga
# yakin" is unsure, not a no).
PLAIN_YES = frozenset({"ya", "oke", "boleh", "setuju", "yes", "mau", "bisa", "sip", "perlu"})

# Particles, forms of address and thanks: dropped before a typed answer is read
# ("boleh dong kak" = "boleh").
PARTICLES = frozenset(
    {
        "sih",
        "si",
        "deh",
        "dong",
        "donk",
        "kok",
        "yah",
        "nih",
        "saja",
        "lah",
        "loh",
        "lho",
        "tuh",
        "mah",
        "kan",
        "kah",
        "eh",
        "hmm",
        "hm",
        "em",
        "um",
        "ehm",
        "anu",
        "oh",
        "wah",
        "duh",
        "aduh",
        "hadeh",
        "astaga",
        "please",
        "pls",
        "plis",
        "tolong",
        "makasih",
        "mksh",
        "thanks",
        "thx",
        "kak",
        "ka",
        "kakak",
        "min",
        "admin",
        "bot",
        "bang",
        "bro",
        "sis",
        "gan",
        "nya",
        "ah",
        "euy",
        "doang",
        "sumpah",
        "serius",
        "seriusan",
    }
)
# Terms of address that may open or close a message ("linkedin mas", "bu, besok aja"):
# dropped there unless they name an option ("mbak" is the recruiter's "Ibu").
ADDRESS_TERMS = frozenset(
    {"mas", "mbak", "mba", "bu", "pak", "om", "tante", "bos", "boss", "kk", "sob", "cuy", "gaes"}
)
# Words of means ("lewat linkedin", "via jobstreet"): framing beside a word that names an
# option, the answer itself when alone ("lewat" = skip).
MEANS = frozenset({"lewat", "lwt", "via", "melalui"})
# Verbs that, after a yes, ask the bot to go ahead ("iya tanyain aja", "boleh, ingetin
# ya"): a yes too, unless the person does it themself ("aku kabarin sendiri").
GO_AHEAD = frozenset(
    {"tanya", "tanyain", "tanyakan", "nanya", "ingatkan", "ingetin", "kabari", "kabarin"}
)
SELF_WORDS = frozenset({"saya", "sendiri"})
# A time to come: with the action of a "Sudah …" button, not done yet ("aku kirim nanti
# malam" is "Nanti saja"); unless the past is said too ("udah kirim, nanti follow up").
FUTURE = frozenset({"nanti", "besok", "lusa", "later", "tomorrow", "esok", "sebentar", "bentar"})
PAST = frozenset({"sudah", "telah", "tadi", "barusan", "kemarin"})
# "Not yet … first": "belum, saya mau revisi dulu" says not yet, then what comes first.
NOT_YET = frozenset({"belum"})
FIRST = frozenset({"dulu"})
# "No for now" ("ga dulu", "jangan sekarang"): a "Tidak …" button if there is one, else
# the button that says later, as "nanti" would.
NOT_NOW_PHRASES: tuple[str, ...] = (
    "tidak dulu",
    "jangan dulu",
    "belum dulu",
    "bukan dulu",
    "tidak sekarang",
    "jangan sekarang",
    "belum sekarang",
    "bukan sekarang",
    "tidak sekarang dulu",
    "jangan sekarang dulu",
)
LATER = "nanti"

# Hedges and intensifiers: ignored next to a word that names an option ("agak cemas jg"
# = "cemas"), but a label's own word when they are all there is ("lagi" = "Coba lagi").
HEDGES = frozenset(
    {
        "agak",
        "sedikit",
        "dikit",
        "rada",
        "lumayan",
        "banget",
        "sekali",
        "amat",
        "juga",
        "rasanya",
        "kayaknya",
        "kayanya",
        "kyknya",
        "kynya",
        "sepertinya",
        "mungkin",
        "cuma",
        "hanya",
        "pokoknya",
        "sebenarnya",
        "jujur",
        "memang",
        "beneran",
        "masih",
        "lagi",
        "sekarang",
        "kayak",
        "semacam",
        "tadi",
        "barusan",
        "baru",
        "langsung",
        "kemarin",
        "mending",
        "mendingan",
        "nanti",
        "pagi",
        "siang",
        "sore",
        "malam",
    }
)

# Words that only frame a choice ("saya mau yang kecewa", "tahap hr", "pilih nomor 2"):
# ignored when other words name the option, but enough on their own when they are all
# of a label ("coba lagi").
FRAME = frozenset(
    {
        # "yg paling pas dasar ke mahir": which one fits, said around it
        "paling",
        "pas",
        "cocok",
        "mendekati",
        "dapat",
        "cari",
        "nyari",
        "mencari",
        "dapet",
        "ketemu",
        "saya",
        "mau",
        "ingin",
        "yang",
        "itu",
        "ini",
        "pilih",
        "milih",
        "ambil",
        "pilihan",
        "opsi",
        "nomor",
        "dulu",
        "untuk",
        "dengan",
        "di",
        "ke",
        "dari",
        "jadi",
        "coba",
        "tahap",
        "sesi",
        "interview",
        "wawancara",
        "level",
        "tingkat",
        "skill",
        "kemampuan",
        "merasa",
        "ngerasa",
        "rasa",
        "feeling",
        "usah",
        "perlu",
        "kalau",
        "aku",
        "sudah",
        "terus",
        "the",
        "i",
        "im",
        "feel",
        "sampai",
        "ikut",
        "ikutan",
        "daftar",
        "bikin",
        "lamar",
        "melamar",
        "apply",
        "nyoba",
        "sendiri",
        "sempat",
        "pakai",
        "data",
        "repot",
        "pewawancara",
        "pewawancaranya",
        "interviewer",
        "interviewernya",
        "orang",
        "orangnya",
        "soalnya",
        "karena",
        "sebab",
        "tinggal",
        "domisili",
        "lokasi",
        "latihan",
        "latihannya",
        "round",
        "babak",
        "putaran",
    }
)

# After a negation these add nothing: "gak mau", "nggak perlu", "belum sempat", "gak jadi".
AUXILIARIES = frozenset(
    {"mau", "ingin", "perlu", "usah", "jadi", "dulu", "bisa", "sempat", "repot"}
)

# Words that name nothing on their own: they do not count towards the two words a
# destructive choice needs ("buat yang lain" does not name "Mulai untuk wawancara lain").
FUNCTION_WORDS = frozenset(
    {"saya", "untuk", "yang", "dengan", "di", "ke", "dari", "itu", "ini", "dan", "atau", "ada"}
)

# Words that join several choices in one message: "kecewa sama malu", "1 dan 3".
JOINERS = frozenset(
    {"dan", "sama", "terus", "juga", "serta", "lalu", "plus", "n", "and", "atau", "tapi"}
)

# Typed words that stand for a word of a button's label, keyed by that label word, or
# by a run of its words ("butuh waktu" ← "istirahat"). Only a label that has the key can
# be chosen this way, so a synonym here never reaches another keyboard.
SYNONYMS: dict[str, tuple[str, ...]] = {
    # consent, yes/no buttons
    "simpan": ("simpen", "save", "penyimpanan"),
    "penyimpanan": ("simpan", "simpen", "disimpan", "disimpen", "nyimpen", "nyimpan"),
    "izinkan": ("boleh", "izin", "ijin", "setuju"),
    "usah": ("perlu", "butuh"),
    "wawancara": ("interview",),
    # journey: stage
    "hr": ("hrd", "rekruter", "recruiter", "rekrutmen", "recruitment", "personalia"),
    "atasan": ("user", "usernya", "manajer", "manager", "lead", "kepala", "supervisor", "spv"),
    "teknis": (
        "teknikal",
        "technical",
        "tech",
        "coding",
        "koding",
        "tes",
        "test",
        "hard",
        "hardskill",
    ),
    "nonteknis": ("soft", "softskill", "nontek", "nontechnical"),
    "akhir": ("final", "terakhir", "direksi", "direktur", "direktor", "ceo", "owner"),
    # journey: readiness and pauses
    "siap": ("ready", "sanggup"),
    "lanjut": ("next", "gas", "go", "maju", "continue", "terusin", "teruskan", "ayo"),
    "butuh waktu": (
        "istirahat",
        "rehat",
        "jeda",
        "break",
        "nanti",
        "besok",
        "later",
        "bentar",
        "sebentar",
        "tunggu",
        "belum",
    ),
    "nanti": ("belum", "later", "besok"),
    "besok": ("tomorrow", "esok"),
    "pukul": ("jam",),
    "pukul 08.00": ("pagi", "8"),
    "kembali": ("balik", "sendiri"),
    # "Tidak usah, terima kasih" (folded to "makasih") to the invitation back: "saya balik
    # sendiri aja", "nanti saya lanjut sendiri".
    "makasih": ("sendiri", "balik", "kembali", "lanjut"),
    # journey: recruiter
    "bapak": ("pak", "bpk", "bp", "mister", "mr", "pria", "cowok", "cowo", "laki"),
    "ibu": ("bu", "mbak", "mba", "ms", "mrs", "miss", "wanita", "perempuan", "cewek"),
    "tahu": ("kenal", "ingat", "inget"),
    "nama": ("telegram", "akun"),
    # journey: the email
    "kirim": ("terkirim", "send", "sent", "email", "emailnya"),
    # journey: feelings (English and everyday words for the same feeling)
    "kecewa": ("disappointed", "nyesel", "menyesal"),
    "sedih": ("sad", "nangis", "mewek", "galau", "sendu", "nyesek"),
    "marah": ("kesal", "kesel", "emosi", "angry", "bete", "sebel", "dongkol", "jengkel"),
    "cemas": ("khawatir", "kuatir", "anxious", "takut", "gelisah", "deg", "overthinking"),
    "ragu": ("insecure", "minder", "doubt"),
    "malu": ("embarrassed", "gengsi"),
    "lelah": ("capek", "cape", "capai", "tired", "letih", "penat", "burnout", "lemas"),
    "lega": ("relieved", "plong", "tenang"),
    # journey: skill type and levels
    "dasar": ("pemula", "basic", "beginner", "awal", "newbie", "nol", "rendah"),
    "menengah": ("sedang", "intermediate", "medium", "mid", "tengah", "lumayan"),
    "mahir": ("jago", "ahli", "expert", "advanced", "advance", "pro", "tinggi", "master"),
    # journey: plan actions
    "kursus": ("course", "kelas", "online", "bootcamp", "belajar", "coursera", "udemy", "dicoding"),
    "daring": ("online",),
    "sertifikasi": ("sertifikat", "certification", "certificate", "sertif", "serti"),
    "proyek": ("project", "projek"),
    "portofolio": ("portfolio", "porto", "portopolio"),
    "latihan": ("latian", "practice", "simulasi"),
    "latihan wawancara": ("mock", "mockinterview", "mockup"),
    "rekam": ("record", "ngerekam", "merekam", "video", "rekaman"),
    "organisasi": ("komunitas", "community", "ormas"),
    "relawan": ("volunteer", "volunter", "sukarelawan"),
    # journey: strategy
    "perbarui": ("update", "perbaiki", "benahi", "revisi", "benerin", "rapikan", "upgrade"),
    "cv": ("resume", "curriculum"),
    "lamaran": ("cover", "surat", "cv"),
    # "cari perusahaan lain": widening the targets.
    "perluas": ("lebarkan", "lebarin", "luaskan", "widen", "expand", "cari", "nyari", "lain"),
    "rintisan": ("startup", "start", "startap"),
    # "Perluas target perusahaan": the kinds of company it widens to.
    # "coba lamar ke bank lain jg": another kind of company is a wider target too.
    "target": ("startup", "startap", "rintisan", "menengah", "bank", "bumn", "instansi"),
    "seminar": ("webinar", "workshop", "talkshow", "lokakarya"),
    "acara": ("event", "meetup", "konferensi", "conference", "expo"),
    "industri": ("industry",),
    # /lamaran: stages, where a vacancy was found, the kind of company
    "tes": ("test", "assessment", "asesmen", "tertulis", "takehome", "tugas"),
    "maju": ("lanjut", "next"),
    "tawaran": ("offer", "offering", "ol", "diterima", "letter"),
    "tanpa kabar": ("ghosting", "ghosted", "digantung", "ngilang", "hilang"),
    "dilamar": ("apply", "applied", "lamar", "melamar", "daftar", "kirim"),
    "portal": ("jobstreet", "glints", "kalibrr", "indeed", "loker", "jobportal", "kitalulus"),
    "rekomendasi": ("referral", "referensi", "refer", "ordal", "rekomen", "orang", "dalam"),
    # "dari temen kuliah": where the friend is from is part of naming them.
    "teman": (
        *("temen", "kawan", "kenalan", "sahabat", "senior", "alumni", "relasi", "saudara"),
        *("kuliah", "kantor", "sekolah", "sekantor", "sekampus", "sekelas"),
    ),
    "situs": ("web", "website", "careers", "karir", "karier", "resmi", "page"),
    "bursa": ("jobfair", "job", "fair", "expo", "pameran", "kampus"),
    "besar": ("bumn", "korporat", "korporasi", "corporate", "multinasional", "mnc", "gede"),
    # /pengingat, the daily message, /latihan, restart
    "nyalakan": ("aktifkan", "hidupkan", "on", "aktif", "nyala"),
    "matikan": ("stop", "berhenti", "off", "nonaktifkan", "unsubscribe", "mati"),
    "ubah": ("ganti", "ngubah", "change", "atur", "setel"),
    "jam": ("waktu", "waktunya", "pukul"),
    "zona": ("timezone", "zone"),
    # The quiet reminder's switches ("Ingatkan jika tanpa kabar", "Jangan ingatkan tanpa
    # kabar") were "… pengingat 2 minggu", "… pengingat kabar" and "… ajakan tanya kabar"
    # before: the old words still name them. After "jangan" the label's words are negated,
    # so a plain "kabar" names the off switch only from here.
    "jangan ingatkan tanpa kabar": (
        "matikan",
        "pengingat",
        "2",
        "dua",
        "minggu",
        "ajakan",
        "tanya",
        "kabar",
    ),
    "ingatkan jika tanpa kabar": ("nyalakan", "pengingat", "2", "dua", "minggu", "ajakan", "tanya"),
    "wib": ("jakarta", "jawa", "sumatra", "sumatera", "bandung", "surabaya", "medan"),
    "wita": ("bali", "makassar", "sulawesi", "lombok", "ntb", "ntt", "balikpapan", "denpasar"),
    "wit": ("papua", "maluku", "ambon", "jayapura", "ternate"),
    "selesai": ("sudah", "done", "cukup", "beres", "kelar", "finish", "stop", "udahan", "lainkali"),
    "lain": ("ganti", "beda", "berbeda", "another", "other"),
    "pertanyaan": ("soal", "question"),
    "pertanyaan lain": ("next", "skip", "lewati", "lewat"),
    "coba": ("ulang", "ulangi", "retry"),
    "sebelumnya": ("tadi", "lama", "kemarin"),
    "perjalanan": ("journey",),
    "rencana": ("plan", "rencanakan"),
    "balasan": ("balas", "reply", "respon", "jawaban", "kabar"),
    "tanyakan": ("tanya", "nanya", "tanyain", "ingatkan"),
    "jangan tanyakan": ("stop", "berhenti"),
    "hapus": ("delete", "del", "remove"),
    # "Tarik persetujuan" deletes the feelings data: "hapus data perasaan" names it too
    # ("hapus" alone names it and "Hapus semua data saya": the bot asks which).
    "tarik": ("hapus", "cabut"),
    "persetujuan": ("consent", "izin", "ijin", "data", "perasaan"),
    "batal": ("cancel", "batalkan", "batalin"),
}

# /lamaran: "no news" said with a negation, which no button label starts with (a bare
# "gak" must never mark an application); read by conversations/applications/rules.py.
NO_NEWS_WORDS = frozenset({"kabar", "balasan", "respon", "panggilan"})
NO_NEWS_NEGATIONS = frozenset({"tidak", "belum"})
# Words around them that change nothing ("belum ada kabar sama sekali sampai sekarang").
NO_NEWS_FILLER = frozenset(
    {
        "ada",
        "sama",
        "sekali",
        "banget",
        "lagi",
        "juga",
        "masih",
        "sampai",
        "sekarang",
        "dari",
        "mereka",
    }
)

# /lamaran: news of a step told the way people tell it ("gojek nolak aku barusan", "ga
# lolos interview user", "udh dipanggil interview hr buat kamis"), not a button's label;
# read by conversations/applications/rules.stage_news.
# "udah selesai latihan wawancara" at the plan checklist: saying it is done, around the
# item's own words.
DONE_SAID = frozenset(
    {"selesai", "beres", "kelar", "done", "tuntas", "udah", "sudah", "udh", "dah", "sdh"}
    | {"yg", "yang", "jg", "juga", "aku", "saya", "gue", "gw", "barusan", "tadi", "td"}
)

# Under /latihan's feedback, what opens more of the same story ("oh iya hasilnya …"),
# not a new try.
PRACTICE_ADDITION_OPENERS = (
    "oh iya", "oiya", "o iya", "oh ya", "eh iya", "ehiya", "tambahan", "tambahin",
    "nambahin", "satu lagi", "lupa", "btw", "terus", "trus", "trs", "hasilnya",
    "jadi hasilnya", "dan", "sama",
)  # fmt: skip

# A skill's level typed in one's own words ("masih dasar bgt, hrsnya minimal menengah").
SKILL_LEVEL_WORDS = {
    "dasar": ("dasar", "pemula", "basic", "nol", "awal", "beginner", "newbie", "cetek"),
    "menengah": ("menengah", "intermediate", "sedang", "lumayan", "medium"),
    "mahir": ("mahir", "ahli", "expert", "advanced", "jago", "tinggi", "lancar", "pro"),
}
# Said before the level the role asks for ("butuhnya menengah").
SKILL_REQUIRED_MARKS = frozenset(
    {"harusnya", "hrsnya", "seharusnya", "butuhnya", "butuh", "dibutuhkan", "diminta"}
    | {"dimintanya", "target", "targetnya", "minimal", "min", "perlu", "diperlukan", "mintanya"}
)
SKILL_KIND_WORDS = {
    "hard": ("teknis", "hard", "technical", "hardskill"),
    "soft": ("nonteknis", "soft", "softskill", "non-teknis"),
}

# "tambahin dong, tokopedia posisi pm" at /lamaran: asking to add one, then what it is.
ADD_APPLICATION_LEAD = frozenset({"aku", "saya", "gue", "gw", "mau", "tolong", "pengen", "ingin"})
ADD_APPLICATION_VERBS = frozenset(
    {"tambah", "tambahin", "tambahkan", "nambah", "nambahin", "catat", "catet", "catatin"}
    | {"catetin", "masukin", "masukkan", "input"}
)
ADD_APPLICATION_FILLER = frozenset(
    {"dong", "ya", "yg", "yang", "lamaran", "baru", "lagi", "satu", "aja", "deh", "nih", "ke"}
    | {"sih", "donk", "dund", "lamarannya", "tolong", "di", "sini"}
)

STAGE_NEWS_REJECTED = frozenset(
    {"ditolak", "nolak", "menolak", "tolak", "direject", "reject", "rejected", "gagal"}
    | {"gugur", "tereliminasi", "dieliminasi", "keeliminasi"}
)
# Passing a step; after "tidak" ("ga lolos", "nggak keterima"), a rejection.
STAGE_NEWS_PASSED = frozenset(
    {"lolos", "lulus", "lanjut", "dilanjut", "naik", "maju", "tembus", "diterima", "keterima"}
)
STAGE_NEWS_OFFER = frozenset({"diterima", "keterima", "offer", "offering", "ol", "tawaran"})
# "ke tahap selanjutnya": the step after the one it is at.
STAGE_NEWS_NEXT = frozenset({"selanjutnya", "berikutnya", "next"})
# A step only waited for says nothing new ("masih nunggu kabar hr").
STAGE_NEWS_WAITING = frozenset({"nunggu", "menunggu", "tunggu", "nungguin", "semoga", "moga"})
STAGE_NEWS_STEPS: dict[str, tuple[str, ...]] = {
    "test": (
        *("tes", "test", "psikotes", "asesmen", "assessment", "teknis", "technical"),
        *("coding", "takehome", "tugas", "studi", "kasus"),
    ),
    "hr": ("hr", "hrd", "rekruter", "recruiter", "rekrutmen", "recruitment", "personalia"),
    "user": ("user", "usernya", "atasan", "manajer", "manager", "lead", "supervisor", "spv"),
    "final": ("final", "direksi", "direktur", "ceo", "terakhir"),
}
# "akhir" names the final interview only right after one of these ("yah ditolak jg
# akhirnya" is no final interview).
STAGE_NEWS_FINAL_AFTER = frozenset({"wawancara", "interview", "tahap", "tes", "test"})

# Words that, on their own, ask to skip a question that has a "Lewati" button.
SKIP_PHRASES: tuple[str, ...] = (
    "skip",
    "tidak",
    "jangan",
    "no",
    "nanti",
    "lewat",
    "lewati",
    "pass",
    "next",
    "tidak ada",
    "tidak tahu",
    "tidak ingat",
    "tidak usah",
    "tidak perlu",
    "tidak mau jawab",
    "tidak mau",
    "belum",
    "belum ada",
    "belum tahu",
    "kosong",
    "lupa",
    "rahasia",
    "no comment",
    "none",
    "nothing",
    "na",
    "n a",
    "lompat",
    "lompati",
    "malas",
    "tidak jawab",
    "skip dulu",
    # "Done" said at a question that is optional: nothing (more) to add. Typed right
    # after ticking feelings with "Selesai", it must not become the person's story.
    "selesai",
    "sudah",
    "sudah cukup",
    "cukup",
    "cukup itu",
    "itu saja",
    "segitu saja",
    "done",
)
# Words that may follow a skip phrase and keep it a skip: "gak ada yang mau diceritain",
# "skip dulu pertanyaan ini", "ga punya linkedin", "lupa tanggalnya".
SKIP_TAIL: frozenset[str] = frozenset(
    {
        "jenis",
        "jenisnya",
        "cerita",
        "diceritakan",
        "diceritain",
        "bercerita",
        "ceritain",
        "jawab",
        "dijawab",
        "jawabannya",
        "isi",
        "diisi",
        "ngisi",
        "share",
        "bagi",
        "kasih",
        "dikasih",
        "kasih tahu",
        "tahu",
        "pertanyaan",
        "pertanyaannya",
        "bagian",
        "catatan",
        "komentar",
        "apa",
        "harus",
        "bagaimana",
        "gimana",
        "mulai",
        "mana",
        "bisa",
        "punya",
        "nomor",
        "no",
        "hp",
        "telepon",
        "telp",
        "wa",
        "whatsapp",
        "akun",
        "linkedin",
        "profil",
        "email",
        "tanggal",
        "tanggalnya",
        "kapan",
        "persisnya",
        "pasti",
        "pastinya",
        "kali",
        "sekarang",
        "nanti",
        "nulis",
        "tulis",
        "tambahan",
        "lain",
        "bahas",
        "membahas",
        "dibahas",
        "ngomong",
        "ngomongin",
        "bikin",
        "menulis",
        "ditulis",
        "ingat",
    }
)
# Of those, the ones that mean "none of these": on a multi-select without a "Lewati"
# button they finish it ("Selesai") with nothing ticked.
NOTHING_PHRASES: tuple[str, ...] = ("tidak ada", "kosong", "none", "nothing", "belum ada")

# Words that, as the whole message, ask for a pause at any question of the journey (the
# way "Saya butuh waktu dulu" does): "butuh waktu dulu", "nanti aja ya", "istirahat
# dulu kak". Framing words and hedges around them do not matter ("saya mau istirahat
# dulu"); anything more ("capek, butuh waktu buat nerima ini") is an answer. Where a
# question has a "Lewati" button, "nanti aja" skips that question instead.
REST_PHRASES: tuple[str, ...] = (
    "butuh waktu",
    "perlu waktu",
    "butuh istirahat",
    "perlu istirahat",
    "istirahat",
    "rehat",
    "jeda",
    "break",
    "nanti",
    "nanti lagi",
    "lain kali",
    "belum siap",
    "belum sanggup",
    "berhenti",
    "pause",
)

# Words around a pause that do not change it, besides framing words and hedges.
REST_AROUND: tuple[str, ...] = (
    *("sebentar", "bentar", "aku", "gue", "pengen", "kepingin"),
    # The reason given with it: "nanti aja ya gw mau tidur".
    *("tidur", "ngantuk", "mandi", "makan", "sibuk", "urusan", "kerja", "kerjaan"),
)

# Words that, on their own, finish a multi-select ("Selesai").
DONE_PHRASES: tuple[str, ...] = (
    "selesai",
    "sudah",
    "done",
    "cukup",
    "itu saja",
    "segitu saja",
    "segitu",
    "lanjut",
    "next",
    "beres",
    "kelar",
    "finish",
    "sudah semua",
    "sudah cukup",
    "sudah itu saja",
    "itu saja cukup",
    "cukup itu",
    "sudah selesai",
    "oke sudah",
    "oke lanjut",
    "sudah lanjut",
    "sip lanjut",
    "tidak ada lagi",
    "tidak ada yang lain",
)

# "semua" on a multi-select ticks every option.
ALL_PHRASES: tuple[str, ...] = ("semua", "semuanya", "all", "semua saja", "semuanya saja")

# --- the 1-5 scale ----------------------------------------------------------------------
# 1 = sangat buruk … 5 = sangat baik. A phrase's own score; "banget"/"sekali" push a
# score to its end of the scale, "agak"/"lumayan" pull it towards the middle, and a
# negation turns it around ("gak baik" → 2, "nggak terlalu buruk" → 3).
SCALE_WORDS: dict[str, int] = {
    # 1
    "sangat buruk": 1,
    "sangat jelek": 1,
    "sangat kurang": 1,
    "sangat sedih": 1,
    "sangat tidak setuju": 1,
    "parah": 1,
    "hancur": 1,
    "ancur": 1,
    "terpuruk": 1,
    "remuk": 1,
    "kacau": 1,
    "berantakan": 1,
    "terburuk": 1,
    "paling buruk": 1,
    "paling jelek": 1,
    "terrible": 1,
    "awful": 1,
    "worst": 1,
    "very bad": 1,
    "hopeless": 1,
    "drop": 1,
    # 2
    "buruk": 2,
    "jelek": 2,
    "kurang": 2,
    "sedih": 2,
    "down": 2,
    "galau": 2,
    "bete": 2,
    "kecewa": 2,
    "kesal": 2,
    "kesel": 2,
    "marah": 2,
    "capek": 2,
    "cape": 2,
    "lelah": 2,
    "cemas": 2,
    "khawatir": 2,
    "takut": 2,
    "stres": 2,
    "stress": 2,
    "pusing": 2,
    "sumpek": 2,
    "murung": 2,
    "lesu": 2,
    "lemas": 2,
    "nyesek": 2,
    "sakit hati": 2,
    "tidak karuan": 2,
    "nggak karuan": 2,
    "minder": 2,
    "insecure": 2,
    "gelisah": 2,
    "mellow": 2,
    "sad": 2,
    "bad": 2,
    "badmood": 2,
    "bad mood": 2,
    "not good": 2,
    "berat": 2,
    "tidak setuju": 2,
    "tidak enak": 2,
    # 3
    "biasa": 3,
    "biasa saja": 3,
    "b saja": 3,
    "b": 3,
    "so so": 3,
    "soso": 3,
    "sedang": 3,
    "campur aduk": 3,
    "campur": 3,
    "netral": 3,
    "standar": 3,
    "cukup": 3,
    "lumayan": 3,
    "mayan": 3,
    "meh": 3,
    "mixed": 3,
    "naik turun": 3,
    "fifty fifty": 3,
    "50 50": 3,
    "setengah setengah": 3,
    "datar": 3,
    "flat": 3,
    "gapapa": 3,
    "not bad": 3,
    "gitu gitu saja": 3,
    "gini gini saja": 3,
    "ya gitu": 3,
    "ragu": 3,
    "bingung": 3,
    # 4
    "baik": 4,
    "oke": 4,
    "bagus": 4,
    "senang": 4,
    "seneng": 4,
    "happy": 4,
    "good": 4,
    "fine": 4,
    "tenang": 4,
    "lega": 4,
    "aman": 4,
    "mendingan": 4,
    "mending": 4,
    "membaik": 4,
    "lebih baik": 4,
    "baikan": 4,
    "semangat": 4,
    "sip": 4,
    "positif": 4,
    "alhamdulillah": 4,
    "setuju": 4,
    "keren": 4,
    "plong": 4,
    "santai": 4,
    "cukup baik": 4,
    "lumayan baik": 4,
    # 5
    "sangat baik": 5,
    "sangat bagus": 5,
    "sangat senang": 5,
    "sangat setuju": 5,
    "bahagia": 5,
    "luar biasa": 5,
    "mantap": 5,
    "hebat": 5,
    "sempurna": 5,
    "excellent": 5,
    "great": 5,
    "amazing": 5,
    "super": 5,
    "top": 5,
    "jos": 5,
    "very good": 5,
    "paling baik": 5,
    "terbaik": 5,
}
# When the feeling is, said beside a score ("lumayan lah hari ini, 3an", "td pagi 2 tp
# skrg udh mendingan"): no part of it, and "hari ini" counts no days.
SCALE_WHEN = frozenset(
    {"skrg", "sekarang", "saat", "td", "tadi", "pagi", "siang", "sore", "malam", "mlm"}
    | {"udh", "udah", "sudah", "hr", "ini"}
)
# Push a score to its end of the scale: "sedih banget" → 1, "senang banget" → 5.
SCALE_INTENSIFIERS = frozenset(
    {
        "banget",
        "sekali",
        "sangat",
        "amat",
        "parah",
        "pol",
        "abis",
        "bener",
        "benar",
        "sungguh",
        "terlalu",
        "super",
        "bgt",
        "poll",
        "puol",
        "asli",
    }
)
# Pull a score towards the middle: "agak sedih" → 2, "lumayan senang" → 4.
SCALE_SOFTENERS = frozenset({"agak", "sedikit", "dikit", "rada", "lumayan", "cukup", "lebih"})
# "Not so": with a negation, towards the middle ("nggak terlalu buruk" → 3).
SCALE_NOT_SO = frozenset({"terlalu", "begitu", "gitu", "sangat", "banget", "amat"})
# "No longer": "udah gak sedih" → 4.
SCALE_NO_LONGER = frozenset({"sudah"})
# "Kurang" before a good word: "kurang baik", "kurang semangat" → 2.
SCALE_LESS = frozenset({"kurang"})
# A contrast: a negation stops there, and what follows it is how the person feels now
# ("sedih, tapi udah lega" → 4).
CONTRASTS = frozenset({"tapi", "tetapi", "namun", "walau", "walaupun", "but"})

# --- dates ------------------------------------------------------------------------------

# Month names and their abbreviations, Indonesian and English.
MONTHS: dict[str, int] = {
    "januari": 1,
    "jan": 1,
    "january": 1,
    "februari": 2,
    "feb": 2,
    "pebruari": 2,
    "february": 2,
    "maret": 3,
    "mar": 3,
    "march": 3,
    "april": 4,
    "apr": 4,
    "mei": 5,
    "may": 5,
    "juni": 6,
    "jun": 6,
    "june": 6,
    "juli": 7,
    "jul": 7,
    "july": 7,
    "agustus": 8,
    "agu": 8,
    "agt": 8,
    "ags": 8,
    "agus": 8,
    "aug": 8,
    "august": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "oktober": 10,
    "okt": 10,
    "oct": 10,
    "october": 10,
    "november": 11,
    "nov": 11,
    "nop": 11,
    "desember": 12,
    "des": 12,
    "dec": 12,
    "december": 12,
}
# Monday = 0, as date.weekday().
WEEKDAYS: dict[str, int] = {
    "senin": 0,
    "selasa": 1,
    "rabu": 2,
    "kamis": 3,
    "jumat": 4,
    "sabtu": 5,
    "minggu": 6,
    "ahad": 6,
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}
# Spellings used only in dates ("2 hr lalu": "hr" is also the HR stage elsewhere).
DATE_SPELLINGS: dict[str, str] = {
    "dpn": "depan",
    "hr": "hari",
    "hri": "hari",
    "mggu": "minggu",
    "pekan": "minggu",
    "week": "minggu",
    "weeks": "minggu",
    "day": "hari",
    "days": "hari",
    "month": "bulan",
    "months": "bulan",
    "yesterday": "kemarin",
    "today": "hari ini",
    "tomorrow": "besok",
    "ago": "lalu",
    "yll": "yang lalu",
    "kebelakang": "lalu",
    "silam": "lalu",
    "kemarin lusa": "2 hari lalu",
    "lusa kemarin": "2 hari lalu",
    "weekend": "akhir minggu",
    "kalau tidak salah": "",
}
# Words around a date that say nothing about it ("sekitar tgl 20", "wawancaranya kemarin").
DATE_FILLER = frozenset(
    {
        "sekitar",
        "kira",
        "sekitaran",
        "pada",
        "sih",
        "ya",
        "deh",
        "kak",
        "saja",
        "kayaknya",
        "kayanya",
        "kyknya",
        "sepertinya",
        "mungkin",
        "tuh",
        "itu",
        "nya",
        "di",
        "dong",
        "wawancaranya",
        "interviewnya",
        "wawancara",
        "interview",
        "pas",
        "target",
        "targetnya",
        "sampai",
        "paling",
        "lambat",
        "saya",
    }
)

# --- times of day ---------------------------------------------------------------------

# Parts of the day after an hour: "jam 7 malam" is 19.00 (see conversations/reminders.py).
TIME_PERIODS: dict[str, str] = {
    "pagi": "pagi",
    "pgi": "pagi",
    "siang": "siang",
    "sore": "sore",
    "sre": "sore",
    "petang": "sore",
    "malam": "malam",
    "malem": "malam",
    "mlm": "malam",
    "subuh": "subuh",
    "dini": "subuh",
    "am": "am",
    "pm": "pm",
}
# Words around a time that say nothing about it.
TIME_FILLER = frozenset(
    {
        "jam",
        "pukul",
        "sekitar",
        "kira",
        "kira kira",
        "sekitaran",
        "kurang lebih",
        "setiap",
        "tiap",
        "hari",
        "saja",
        "ya",
        "deh",
        "dong",
        "sih",
        "kak",
        "di",
        "pada",
        "an",
        "at",
        "around",
        "tepat",
        "aja",
        "ke",
        "mulai",
        "maunya",
        "mau",
        "saya",
        "waktu",
        "nih",
        # "ganti jadi jam 8 malam", "eh jam 8 deh": changing the time, said around it
        "eh",
        "ganti",
        "gantiin",
        "ubah",
        "jadi",
        "jd",
        "diganti",
        "diubah",
        "pindah",
        "aku",
        "gw",
        "btw",
        # "nyalain dong jam 7 pagi", "tolong ingetin jam 8": asking for it, said around it
        "nyalain",
        "nyalakan",
        "hidupin",
        "hidupkan",
        "aktifin",
        "aktifkan",
        "pasang",
        "pasangin",
        "setel",
        "set",
        "tolong",
        "ingetin",
        "ingatkan",
        "kirim",
        "kirimin",
        "pengingat",
        "pesan",
        "harian",
        "nya",
    }
)
# Words that say the number after them is an hour: "jam delapan" (but not "delapan").
HOUR_WORDS = frozenset({"jam", "pukul"})
# "setengah 8" is 7.30: half an hour before the hour named.
HALF_PAST_BEFORE = frozenset({"setengah", "stgh", "stengah"})

# --- counts -----------------------------------------------------------------------------

# Words around a number of people that say nothing about it ("5 orang aja", "sekitar 10").
COUNT_FILLER = frozenset(
    {
        "orang",
        "saja",
        "sekitar",
        "kira",
        "mungkin",
        "deh",
        "sih",
        "kak",
        "ya",
        "dulu",
        "yang",
        "profesional",
        "koneksi",
        "target",
        "minggu",
        "ini",
        # "hubungin 3 org aja": the act the count is of
        "hubungi",
        "hubungin",
        "ngehubungin",
        "kontak",
        "kontakin",
    }
)


# Words that mark a skill as nonteknis, only to pick the example a prompt shows (the
# user still chooses the kind): "komunikasi", "presentasi", "kerja tim".
SOFT_SKILL_WORDS = frozenset(
    {
        "komunikasi",
        "presentasi",
        "tim",
        "kepemimpinan",
        "memimpin",
        "negosiasi",
        "berbicara",
        "bicara",
        "public",
        "percaya",
        "wawancara",
        "waktu",
        "problem",
        "kolaborasi",
        "adaptasi",
        "leadership",
        "teamwork",
        "communication",
    }
)


# --- a company and a position typed in one answer ---------------------------------------
# "Management Trainee di Bank Mandiri", "Bank Mandiri, MT": words that make one side a
# position, words that open a company's name, and legal forms that follow a comma
# ("PT Maju, Tbk") without being a position.
POSITION_WORDS = frozenset(
    {
        *("analis", "analyst", "staf", "staff", "manajer", "manager", "engineer"),
        *("developer", "programmer", "desainer", "designer", "admin", "administrasi"),
        *("marketing", "sales", "trainee", "mt", "magang", "intern", "internship"),
        *("supervisor", "kasir", "guru", "perawat", "akuntan", "accountant", "officer"),
        *("spesialis", "specialist", "konsultan", "consultant", "asisten", "assistant"),
        *("koordinator", "coordinator", "operator", "teknisi", "technician", "editor"),
        *("penulis", "writer", "scientist", "lead", "kepala", "direktur", "director"),
        *("executive", "eksekutif", "associate", "junior", "senior", "frontend"),
        *("backend", "fullstack", "sekretaris", "secretary", "auditor", "recruiter"),
        *("barista", "resepsionis", "receptionist", "cs", "teller", "agent", "pengajar"),
        *("dosen", "apoteker", "dokter", "bidan", "arsitek", "architect", "drafter"),
        *("copywriter", "videografer", "fotografer", "ilustrator", "tester", "qa"),
    }
)
COMPANY_OPENERS = frozenset(
    {
        *("pt", "pt.", "cv", "cv.", "ud", "bank", "yayasan", "koperasi", "perum"),
        *("universitas", "rs", "rsud", "klinik", "sekolah", "toko", "kantor", "dinas"),
    }
)
LEGAL_FORMS = frozenset(
    {"tbk", "tbk.", "persero", "(persero)", "ltd", "ltd.", "inc", "inc.", "corp", "llc"}
)
# Said before the names: "saya melamar di", "ngelamar", "apply ke".
APPLYING_WORDS = frozenset(
    {"saya", "aku", "gw", "gue", "sy", "melamar", "ngelamar", "lamar", "apply", "daftar"}
)

# "ga ada yg kurang kayaknya", "udah cukup semua": no skill felt missing (canonical words).
NOTHING_MISSING_WORDS = frozenset(
    {
        *("tidak", "ada", "gada", "yang", "kurang", "kayaknya", "sih", "deh", "rasanya"),
        *("sepertinya", "mungkin", "juga", "sama", "sekali", "semua", "sudah", "cukup"),
        *("aman", "lengkap", "saya", "aku", "rasa", "menurut", "kok", "kalau", "bagus"),
    }
)

# Questions about Bangkit itself, typed where nothing waits for them; read by
# conversations/topics.py. Each topic: words that name it (any one is enough, with the
# conditions topics.py adds).
TOPIC_DATA = frozenset(
    {"simpan", "simpen", "disimpan", "disimpen", "nyimpen", "nyimpan", "hapus", "dihapus"}
    | {"privasi", "rahasia", "data", "datanya"}
)
TOPIC_REMINDERS = frozenset(
    {"pengingat", "ingetin", "ngingetin", "ingatkan", "diingatkan", "notif", "notifikasi"}
    | {"reminder", "followup", "harian"}
)
TOPIC_WHO = frozenset({"bot", "robot", "manusia", "orang", "asli", "admin", "siapa"})
# Words that make a message a question, besides a "?".
TOPIC_ASKING = frozenset(
    {"apa", "apaan", "gimana", "bagaimana", "gmn", "gmana", "maksud", "maksudnya", "arti"}
    | {"artinya", "cara", "caranya", "kah", "bisa", "boleh"}
)
# Asking to stop or change, the other way these topics come up.
TOPIC_STOPPING = frozenset(
    {"jangan", "matikan", "matiin", "stop", "berhenti", "hapus", "hapusin", "ubah", "ganti"}
    | {"tidak", "nggak", "usah", "gausah", "nyalakan", "nyalain", "aktifkan"}
)

# A recruiter's reply pasted where nothing asked for it: the sender's voice, and advice
# in it; read by conversations/followup.reads_as_feedback.
REPLY_VOICE = (
    "kami", "anda", "bapak/ibu", "saudara", "saudari", "kandidat", "proses seleksi",
    "hormat kami", "salam hangat", "terima kasih atas", "tim kami", "perusahaan kami",
)  # fmt: skip
REPLY_ADVICE = (
    "masukan", "saran", "menyarankan", "sarankan", "sebaiknya", "kurang", "perlu",
    "ditingkatkan", "tingkatkan", "diperkuat", "perkuat", "pertimbangan", "feedback",
    "catatan", "evaluasi", "menilai", "penilaian",
    # the user's own words before the paste: "hrd nya bales nih: …"
    "bales", "balas", "balasan", "dibales", "dibalas", "ngebales", "hrdnya", "dijawab",
)  # fmt: skip

# Advice a reply holds that a rejection email's courtesy never does ("setelah pertimbangan
# yang matang" is no advice).
REPLY_STRONG_ADVICE = (
    "masukan", "saran", "menyarankan", "sarankan", "sebaiknya", "ditingkatkan",
    "tingkatkan", "diperkuat", "perkuat", "feedback", "evaluasi", "catatan",
)  # fmt: skip
# A rejection email's own words ("dengan berat hati kami sampaikan …").
REJECTION_EMAIL_MARKS = (
    "belum dapat melanjutkan", "tidak dapat melanjutkan", "tidak melanjutkan",
    "kandidat lain", "berat hati", "belum berhasil", "tidak lolos", "belum lolos",
    "tidak dapat menerima", "belum dapat menerima", "tidak terpilih", "belum terpilih",
    "memutuskan untuk tidak", "tidak sesuai dengan kebutuhan", "belum sesuai dengan",
    "regret to inform", "unfortunately", "not be moving forward", "other candidates",
    "not to proceed", "move forward with other",
)  # fmt: skip

# Words a company's name often starts with that do not tell one company from another, nor
# from everyday words ("maju ke tahap berikutnya"): never enough alone to name it.
COMPANY_GENERIC = frozenset(
    {"bank", "maju", "jaya", "bersama", "sinar", "indonesia", "mitra", "karya", "abadi"}
    | {"sukses", "digital", "global", "group", "grup", "solusi", "teknologi", "kreatif"}
    | {"media", "data", "nusantara", "sejahtera", "makmur", "cipta", "prima", "utama"}
    | {"sentosa", "baru", "mandiri", "bumi", "putra", "persada", "tahap", "kantor", "toko"}
)

"""The crisis detector, table-driven: what must stop the journey, what must not. The
labelled corpus (tests/data/safety/, test_safety_corpus.py) measures it at scale; these
tables pin the behaviours each part of the detector is for."""

from __future__ import annotations

import pytest

from conversations.safety import Risk, assess, explain, normalise, warm_up

CRISIS = [
    "aku pengen mati",
    "saya ingin mati",
    "Saya ingin mati saja",
    "pengen mati aja rasanya",
    "pengeeen matiiii",
    "PENGEN MATI",
    "pengenmati",
    "ingin cepat mati",
    "mau mati aja",
    "mo mati aja deh",
    "pgn mati",
    "kepengen mati",
    "pingin mati",
    "mending mati",
    "mending aku mati aja",
    "mendingan mati",
    "lebih baik saya mati",
    "lbh baik mati",
    "aku mending mati",
    "gue mending mati",
    "bunuh diri",
    "kepikiran bunuh diri",
    "Saya mau bunuh diri",
    "bunuhdiri",
    "bunuh diri sendiri",
    "bundir",
    "pengen bundir aja",
    "BUNDIRRR",
    "b u n u h diri",
    "capek hidup",
    "capeeek hidup",
    "cape hidup gini terus",
    "lelah hidup",
    "muak hidup",
    "bosan hidup",
    "capek banget hidup",
    "gak mau hidup lagi",
    "ga mau hidup lagi",
    "nggak mau hidup lagi",
    "tidak ingin hidup lagi",
    "enggak pengen hidup lagi",
    "gk mau idup lagi",
    "tidak kuat hidup lagi",
    "mengakhiri hidup",
    "pengen mengakhiri hidup",
    "mau ngakhirin hidup",
    "akhiri hidup",
    "pengen akhiri semuanya",
    "menyakiti diri",
    "menyakiti diri sendiri",
    "nyakitin diri",
    "melukai diri sendiri",
    "ngelukain diri",
    "self harm",
    "selfharm lagi",
    "nyilet",
    "pengen nyilet tangan",
    "menyilet tangan",
    "silet tangan",
    "sayat tangan",
    "pengen potong nadi",
    "gantung diri",
    "mau gantung diri",
    "gantungdiri",
    "minum racun",
    "pengen minum baygon",
    "minum obat nyamuk",
    "overdosis obat",
    "loncat dari gedung",
    "lompat dari jembatan",
    "terjun dari atap",
    "pengen ngilang selamanya",
    "pengen menghilang dari dunia",
    "ingin lenyap",
    "lebih baik aku gak ada",
    "lebih baik saya tidak ada",
    "mending gue ga usah ada",
    "lebih baik aku tidak lahir",
    "dunia lebih baik tanpa aku",
    "dunia lebih baik tanpa saya",
    "gak ada gunanya hidup",
    "tidak ada artinya hidup",
    "hidup gak ada artinya",
    "buat apa hidup",
    "buat apa aku hidup",
    "buat apa sih hidup kalo gini terus",
    "mending aku ngilang aja dari semuanya",
    "udah gak kuat",
    "sudah tidak kuat lagi",
    "udh ga kuat lagi",
    "gak kuat lagi",
    "pengen tidur selamanya",
    "pengen tidur dan gak usah bangun lagi",
    "mau pamit dari dunia",
    "I want to die",
    "i want to kill myself",
    "thinking about suicide",
    "end my life",
    "Aku\u200b pengen\u200b mati",
    "p3ngen m4ti",
    "PeNgEn MaTi",
    "ditolak lagi, rasanya pengen mati aja",
    "hp rusak, pengen mati aja",
    "laptop rusak mau mati aja",
    "internet lemot, mending mati",
    "aku gak mau hidup",
    "pengen meninggal aja",
    "ingin mengakhiri semuanya",
    "aku capek banget sama hidup ini",
    "saya lelah dengan hidup",
    "mending saya meninggal",
]

HARMLESS = [
    "buat apa sih belajar sql",
    "mending ngilang dari semua grup wa",
    "mati lampu lagi di rumah",
    "listrik mati dari pagi",
    "hp saya mati",
    "HP aku mati pas wawancara",
    "baterai laptop mati",
    "laptop saya tiba-tiba mati",
    "motor mati di jalan",
    "wifi mati jadi telat",
    "sinyal mati total",
    "saya mati gaya waktu ditanya",
    "rasanya mati kutu",
    "saya mati kata",
    "kerja mati-matian",
    "belajar matimatian",
    "malu setengah mati",
    "capek setengah mati",
    "takut setengah mati",
    "matiin lampu dulu",
    "tolong matikan notifikasi",
    "bunuh waktu sambil nunggu",
    "bunuh nyamuk dulu",
    "gantung baju",
    "gantung jemuran",
    "pengen hidup lebih baik",
    "saya ingin hidup sehat",
    "saya mau kerja lagi",
    "capek banget hari ini",
    "capek wawancara",
    "saya kecewa sekali",
    "sedih banget ditolak",
    "saya marah pada diri sendiri",
    "saya merasa gagal",
    "PT Mati Suri Sejahtera",
    "posisi Analis Data",
    "hidup harus terus berjalan",
    "semangat hidup saya masih ada",
    "saya gak mau menyerah",
    "kuat kok, tenang",
    "tidak ada yang salah",
    "saya ingin diterima kerja",
    "pengen makan dulu",
    "mau menghilangkan kebiasaan buruk",
    "saya bisa hilang fokus",
    "nyiram tanaman",
    "silet untuk kerajinan",
    "racun tikus di gudang",
    "minum obat flu",
    "lompat tali",
    "loncat ke posisi berikutnya",
    "terjun ke dunia kerja",
    "mau tidur dulu",
    "bangun lagi besok pagi",
    "pamit dulu ya",
    "akhir bulan gajian",
    "mengakhiri kontrak",
    "diri saya harus belajar lagi",
    "kill the bugs",
    "deadline mematikan",
]

DISTRESS = [
    "rasanya gak ada harapan",
    "tidak ada harapan lagi",
    "saya putus asa",
    "hancur banget",
    "hati saya hancur",
    "mati rasa",
    "rasanya hampa",
    "kayaknya saya depresi",
    "stres berat",
    "pengen nyerah",
    "udah nyerah",
    "gak sanggup",
    "nangis terus dari tadi",
]


@pytest.mark.parametrize("text", CRISIS)
def test_crisis_language_is_caught(text: str) -> None:
    assert assess(text) is Risk.CRISIS


@pytest.mark.parametrize("text", HARMLESS)
def test_everyday_idioms_are_not_alarms(text: str) -> None:
    assert assess(text) is Risk.NONE


@pytest.mark.parametrize("text", DISTRESS)
def test_ambiguous_distress_gets_the_softer_tier(text: str) -> None:
    assert assess(text) is Risk.DISTRESS


def test_the_tables_are_big_enough() -> None:
    assert len(set(CRISIS)) >= 80 and len(set(HARMLESS)) >= 50


# --- normalisation -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("p\u0435ng\u0435n m\u0430ti", "pengen mati"),  # Cyrillic e and a
        ("\u1d18\u1d07\u0274\u0262\u1d07\u0274", "pengen"),  # small capitals
        ("bun\u00aduh di\u200bri", "bunuh diri"),  # soft hyphen, zero-width space
        ("\u2066pengen\u2069", "pengen"),  # bidi isolates
        ("b\u0336u\u0336n\u0336u\u0336h", "bunuh"),  # combining strike-through
        ("m4t1 k1ll mys3lf", "mati kil myself"),  # digits inside words
        ("jam 12, 3 tahun, S1, covid19", "jam 12 3 tahun s1 covid19"),  # real numbers stay
        ("hati2 kerja mati2an", "hati hati kerja mati matian"),  # "2" doubles a word
        ("b*nuh d*ri s*icide", "bunuh dri suicide"),  # a hidden letter the rules know
        ("m.a.t.i b-u-n-d-i-r", "mati bundir"),  # letters dotted or hyphened out
        ("p e n g e n   m a t i", "pengen mati"),  # spaced out
        ("pe-ngen ma-ti", "pengen mati"),  # a hyphen inside a word
        ("apa-apa sia-sia", "apa apa sia sia"),  # but not a reduplication
        ("PENGEEEN MATIIII", "pengen mati"),  # repeats squeezed
        ("don't m@ti k!ll $uicide", "dont mati kil suicide"),
    ],
)
def test_normalise_undoes_spelling_games(text: str, expected: str) -> None:
    assert normalise(text) == expected


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("akupengenbundir", "aku pengen bundir"),  # typed without spaces
        ("gamauhiduplagi", "ga mau hidup lagi"),
        ("pengen mengakhiri hidupku", "pengen mengakhiri hidup ku"),  # clitic -ku
        ("kuakhiri saja", "ku akhiri saja"),  # prefix ku-
        ("pengen cepet-cepet mati", "pengen cepet mati"),  # reduplication
        ("meninggalkan kesan", "meningalkan kesan"),  # never split off a suffix
        ("surat buat adekku", "surat buat adek ku"),  # -ku after a squeezed double letter
        ("terima kasih semuanya", "terimakasih semuanya"),  # thanks, not "kasih" (to give)
        ("gak ada yg peduli", "gak ada yang peduli"),  # chat abbreviations
        ("aku gakuat lagi", "aku gak kuat lagi"),  # a negation typed onto its word
        ("kalo aku gaada", "kalo aku gak ada"),  # "gaada", squeezed to "gada"
        ("ngga bisa, gamau", "nga bisa , gak mau"),
        ("gabut bgt, gaduh", "gabut bgt , gaduh"),  # words that only start like one
    ],
)
def test_words_are_read_as_tokens(text: str, words: str) -> None:
    assert explain(text).analysed.strip() == words


# --- families, spans and masks -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "family", "phrase"),
    [
        ("aku pengen mati aja", "want_to_die", "pengen mati"),
        ("keluargaku lebih baik tanpa aku", "indirect", "lebih baik tanpa aku"),
        ("aku cuma jadi beban buat keluarga", "burden", "aku cuma jadi beban"),
        ("udah beli tali buat gantung diri", "method", "gantung diri"),
        ("ini pesan terakhirku", "farewell", "pesan terakhir ku"),
        ("aku nyerah sama hidup", "give_up_life", "nyerah sama hidup"),
        ("i wanna kms", "explicit", "kms"),
        ("nyilet lagi", "self_harm", "nyilet"),
        ("kuakhiri saja hidup ini", "end_life", "akhiri saja hidup"),
    ],
)
def test_explain_names_the_family_and_the_words(text: str, family: str, phrase: str) -> None:
    found = explain(text)
    assert (found.risk, found.family, found.phrase) == (Risk.CRISIS, family, phrase)
    assert found.span is not None
    assert found.analysed[found.span[0] : found.span[1]].strip() == phrase


@pytest.mark.parametrize(
    ("text", "risk"),
    [
        ("rasanya masa depanku udah gak ada", Risk.DISTRESS),  # -ku on a noun: a possessive
        ("aku udah gak ada lagi, maaf", Risk.CRISIS),  # the subject pronoun
        ("semoga aku cepet dipanggil HRD", Risk.NONE),  # called for an interview
        ("semoga aku cepet dipanggil Tuhan", Risk.CRISIS),
        ("udah nyiapin surat buat ibu", Risk.CRISIS),  # a letter left for family
        ("udah nyiapin surat lamaran buat 15 perusahaan", Risk.NONE),
        ("capek jadi orang", Risk.CRISIS),  # tired of being a person
        ("capek jadi pengangguran", Risk.DISTRESS),  # tired of a situation
        ("mending aku pergi aja yang jauh dan gak usah balik lagi", Risk.CRISIS),
        ("pengen pergi jauh dari kota ini, cari kerja di Bali", Risk.NONE),
        # batch D: a goodbye and thanks to the listener, unless the next thing is named
        ("pamit ya, makasih udh nemenin", Risk.CRISIS),
        ("makasih udh nemenin, aku tidur dulu ya", Risk.NONE),
        ("pamit dulu ya, mau interview", Risk.NONE),
        ("makasih ya udah nemenin selama ini", Risk.CRISIS),
        ("makasih ya udah nemenin selama ini. Aku akhirnya keterima!", Risk.NONE),
        ("udah ya, aku pamit. capek gagal terus", Risk.CRISIS),  # beside despair
        ("titip salam buat keluargaku, aku pamit", Risk.CRISIS),
        ("titip salam buat ibumu ya", Risk.NONE),
        ("capek bgt pengen ilang aja dari semuanya", Risk.CRISIS),
        ("pengen ilang dulu sebentar dari semua ini", Risk.DISTRESS),
    ],
)
def test_structures_from_the_fresh_batches(text: str, risk: Risk) -> None:
    assert assess(text) is risk


def test_nothing_found_has_no_family_or_span() -> None:
    found = explain("besok interview jam 9")
    assert (found.risk, found.family, found.span, found.phrase) == (Risk.NONE, None, None, "")


@pytest.mark.parametrize(
    "text",
    [
        "aku gak mau mati kutu lagi, tapi jujur aku pengen mati aja",
        "hp-ku mati, aku juga pengen mati",
        "mati-matian belajar percuma, mending mati",
        "kerja mati-matian. gak mau hidup lagi",
    ],
)
def test_an_idiom_cancels_only_its_own_words(text: str) -> None:
    assert assess(text) is Risk.CRISIS


@pytest.mark.parametrize(
    ("text", "risk"),
    [
        ("gak mau mati kutu", Risk.NONE),  # the idiom
        ("aku gak pengen mati kok, cuma capek", Risk.NONE),  # reassurance
        ("gak pengen hidup lagi", Risk.CRISIS),  # not wanting to live is the crisis
        ("pengen nyerah cari kerja", Risk.DISTRESS),  # giving up on the search
        ("aku nyerah sama hidup ini", Risk.CRISIS),  # giving up on life
        ("gak mau hidup kayak gini terus", Risk.DISTRESS),  # a way of living
        ("aku gak mau hidup nganggur terus", Risk.NONE),
    ],
)
def test_negation_and_what_is_given_up(text: str, risk: Risk) -> None:
    assert assess(text) is risk


# --- pasted text and quoted rejections -------------------------------------------------

EMAIL = (
    "Yth. Sdr. Andi,\n"
    "Terima kasih atas partisipasi Anda dalam proses rekrutmen kami. Setelah pertimbangan "
    "yang matang, kami memutuskan untuk mengakhiri proses seleksi Anda.\n"
    "Hormat kami,\nTim Rekrutmen"
)


def test_a_pasted_rejection_email_is_never_a_crisis() -> None:
    assert assess(EMAIL, pasted=True) is Risk.NONE
    assert assess(EMAIL) is not Risk.CRISIS  # also when the caller did not say it was pasted


def test_the_users_own_words_around_a_pasted_email_still_count() -> None:
    assert assess(EMAIL + "\n\naku pengen mati aja", pasted=True) is Risk.CRISIS
    assert assess("aku udah gak kuat lagi.\n" + EMAIL, pasted=True) is Risk.CRISIS
    assert assess(EMAIL + "\n\nlebih baik aku gak ada di dunia ini", pasted=True) is Risk.CRISIS


def test_in_pasted_text_the_senders_sentences_are_skipped() -> None:
    # The sender's wording is not the user's: a sentence in the sender's voice is not read.
    sender = "Kami berharap Anda tidak putus asa dan tetap semangat."
    assert assess(sender, pasted=True) is Risk.NONE
    assert assess("aku putus asa", pasted=True) is Risk.DISTRESS


@pytest.mark.parametrize(
    "text",
    [
        "katanya mereka memutuskan untuk mengakhiri proses seleksi saya",
        "HRD bilang prosesku diakhiri di tahap user",
        "kontrakku diakhiri bulan depan, jadi cari kerja lagi",
        "Situasi: vendor terlambat. Aksi: saya mengakhiri kontrak. Hasil: biaya turun 20%.",
        "Saya mengakhiri rapat lebih awal dan mengirim ringkasan.",
    ],
)
def test_a_quoted_rejection_or_a_star_answer_is_not_a_crisis(text: str) -> None:
    assert assess(text) is not Risk.CRISIS


def test_every_rule_compiles() -> None:
    # Rules compile on first use; this compiles them all so a broken template fails here.
    assert warm_up() > 300

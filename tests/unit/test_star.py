"""The STAR checker, table-driven: which parts each answer shows, exactly."""

from __future__ import annotations

import pytest

from conversations.star import AKSI, HASIL, MIN_WORDS, PARTS, SITUASI, TUGAS, check, normalise

S, T, A, H = SITUASI, TUGAS, AKSI, HASIL
ALL = {S, T, A, H}

# (answer, parts found)
COMPLETE: list[tuple[str, set[str]]] = [
    (
        "Saat itu saya bekerja sebagai staf admin di sebuah toko daring. Tugas saya adalah "
        "memastikan semua pesanan terkirim dalam dua hari. Saya menyusun jadwal pengemasan "
        "baru dan menghubungi kurir cadangan. Hasilnya, keluhan pelanggan berkurang 40% "
        "dalam sebulan.",
        ALL,
    ),
    (
        "Ketika magang di bagian pemasaran, tim kami kehilangan satu desainer. Saya diminta "
        "menyiapkan materi kampanye sendirian. Saya memutuskan membuat templat sederhana "
        "dan meminta masukan atasan setiap pagi. Akhirnya kampanye terbit tepat waktu dan "
        "mendapat pujian dari klien.",
        ALL,
    ),
    (
        "Di proyek terakhir saya, aplikasi sering lambat saat jam sibuk. Saya bertanggung "
        "jawab atas bagian basis data. Langkah pertama saya adalah memeriksa kueri yang "
        "paling lama, lalu saya tambahkan indeks. Waktu muat turun menjadi 2 detik.",
        ALL,
    ),
    (
        "Waktu saya bekerja di bank, ada keluhan nasabah soal antrean panjang. Target saya "
        "memangkas waktu tunggu. Saya mengusulkan nomor antrean daring kepada kepala cabang "
        "dan melatih dua rekan. Waktu tunggu menurun dan nasabah lebih puas.",
        ALL,
    ),
    (
        "Situasinya begini: dua rekan satu tim berselisih soal pembagian kerja menjelang "
        "tenggat. Sebagai ketua, tanggung jawab saya menjaga proyek tetap berjalan. Saya "
        "mengajak keduanya berdiskusi dan membagi ulang tugas sesuai keahlian. Proyek "
        "selesai tepat waktu, dan pelajaran yang saya ambil: masalah cepat dibicarakan.",
        ALL,
    ),
    (
        "Semasa kuliah saya menjadi bendahara himpunan. Saya ditugaskan mencari dana untuk "
        "seminar nasional. Saya menghubungi dua puluh perusahaan dan menyusun proposal "
        "yang berbeda untuk tiap perusahaan. Alhasil kami mendapat tiga sponsor dan dana "
        "terkumpul 120 persen dari kebutuhan.",
        ALL,
    ),
    (
        "Tahun lalu, data penjualan di kantor saya dicatat manual di banyak berkas. Tugas "
        "utama saya menyatukan laporan bulanan. Saya membuat lembar kerja bersama dan "
        "menulis panduan singkat untuk tim. Sejak itu laporan selesai dua hari lebih cepat.",
        ALL,
    ),
    (
        "SAAT ITU KAMI KEKURANGAN ORANG DI GUDANG!!! TUGAS SAYA MENJAGA PENGIRIMAN. SAYA "
        "MENGATUR ULANG SHIFT. HASILNYA SEMUA PESANAN TERKIRIM.",
        ALL,
    ),
    (
        "Waktu kerja di call center, banyak pelanggan marah soal tagihan. Saya harus "
        "menenangkan mereka. Saya dengarkan dulu keluhannya, lalu saya jelaskan rinciannya "
        "pelan-pelan. Keluhan yang naik ke supervisor berkurang dari 10 jadi 3 per minggu.",
        ALL,
    ),
]

MISSING_SITUASI: list[tuple[str, set[str]]] = [
    (
        "Tugas saya memastikan semua laporan masuk sebelum tanggal 5. Saya kirim pengingat "
        "otomatis. Keterlambatan laporan hampir tidak ada lagi.",
        {T, A, H},
    ),
    (
        "Tugas saya adalah menyiapkan laporan keuangan setiap akhir bulan. Saya membuat "
        "daftar periksa dan mengotomatiskan rumus di lembar kerja. Hasilnya, kesalahan "
        "input berkurang jauh.",
        {T, A, H},
    ),
    (
        "Saya diminta memimpin presentasi ke calon klien. Saya berlatih tiga kali bersama "
        "rekan dan menyiapkan jawaban untuk pertanyaan sulit. Klien akhirnya setuju "
        "menandatangani kontrak.",
        {T, A, H},
    ),
    (
        "Target tim adalah 100 pendaftar. Saya mengusulkan kerja sama dengan komunitas "
        "kampus. Pendaftar mencapai 150 orang.",
        {T, A, H},
    ),
    (
        "Tanggung jawab saya merapikan arsip pelanggan. Saya menyusun ulang folder sesuai "
        "abjad dan tahun. Berkas jadi mudah ditemukan, dan pelajaran yang saya dapat adalah "
        "pentingnya aturan penamaan.",
        {T, A, H},
    ),
]

MISSING_TUGAS: list[tuple[str, set[str]]] = [
    (
        "Saya pernah magang di agensi digital. Klien minta revisi mendadak H-1. Saya "
        "koordinasi sama desainer dan ngerjain copy-nya malam itu. Besoknya klien approve "
        "tanpa revisi lagi.",
        {S, A, H},
    ),
    (
        "Di kantor lama, sistem absensinya masih manual. Saya inisiatif bikin form online. "
        "Sekarang rekap absensi cuma butuh 5 menit.",
        {S, A, H},
    ),
    (
        "Waktu itu tim marketing butuh data pelanggan cepat. Saya tarik datanya pakai SQL "
        "dan bikin dashboard di Looker. Tim jadi bisa ambil keputusan promo dalam sehari, "
        "bukan seminggu.",
        {S, A, H},
    ),
    (
        "Saat itu server kantor mati menjelang peluncuran produk. Saya segera menghubungi "
        "penyedia layanan dan memindahkan situs ke server cadangan. Hasilnya, peluncuran "
        "tetap berjalan sesuai jadwal.",
        {S, A, H},
    ),
    (
        "Ketika saya masih magang, pelanggan marah karena barangnya rusak. Saya "
        "mendengarkan keluhannya lalu saya tawarkan penggantian. Pelanggan itu puas dan "
        "kembali berbelanja.",
        {S, A, H},
    ),
    (
        "Di perusahaan sebelumnya, rapat mingguan sering molor. Saya menyusun agenda dan "
        "membatasi waktu tiap topik. Rapat jadi selesai tepat waktu.",
        {S, A, H},
    ),
    (
        "Beberapa bulan lalu terjadi kesalahan harga di katalog. Saya memeriksa semua "
        "produk satu per satu. Akhirnya harga yang salah diperbaiki sebelum akhir pekan.",
        {S, A, H},
    ),
]

MISSING_AKSI: list[tuple[str, set[str]]] = [
    (
        "Saat itu tim kami harus menyelesaikan aplikasi dalam dua minggu. Tugas saya "
        "menguji semua fitur. Hasilnya, aplikasi dirilis tepat waktu.",
        {S, T, H},
    ),
    (
        "Ketika bekerja di restoran, pelanggan ramai sekali. Tanggung jawab saya melayani "
        "meja depan. Kami akhirnya bisa melayani semua tamu.",
        # "akhirnya … bisa melayani semua tamu" is the outcome, said casually.
        {S, T, H},
    ),
    (
        "Waktu itu kantor kami pindah gedung. Saya ditugaskan memindahkan arsip. Semuanya "
        "berhasil dipindahkan tanpa ada yang hilang.",
        {S, T, H},
    ),
    (
        "Waktu itu tim kami telat rilis. Aku ditugasin bikin versi baru dashboardnya. "
        "Akhirnya rilis tepat waktu.",
        {S, T, H},
    ),
    (
        "Ketika ada keluhan dari klien, tim kami bekerja lembur. Target kami menyelesaikan "
        "revisi dalam tiga hari. Revisi tercapai dan klien senang.",
        {S, T, H},
    ),
]

MISSING_HASIL: list[tuple[str, set[str]]] = [
    (
        "Saat itu saya bekerja sebagai kasir. Tugas saya menghitung uang di akhir shift. "
        "Saya membuat catatan harian supaya selisih kas mudah dilacak.",
        {S, T, A},
    ),
    (
        "Ketika kuliah, saya menjadi ketua panitia. Saya bertanggung jawab atas acara "
        "bazar. Saya membagi tim menjadi tiga bagian dan mengatur jadwal rapat setiap "
        "minggu.",
        {S, T, A},
    ),
    (
        "Di kantor lama saya, data pelanggan tersebar di banyak tempat. Saya diminta "
        "merapikannya. Langkah pertama saya mengumpulkan semua berkas, lalu saya susun "
        "dalam satu basis data.",
        {S, T, A},
    ),
    (
        "Pada tahun 2023 saya magang di startup. Target saya menaikkan pengikut media "
        "sosial 20%. Saya menyusun kalender konten dan menghubungi beberapa pemengaruh.",
        {S, T, A},
    ),
    (
        "Sewaktu bekerja di pabrik, mesin sering berhenti. Tugas saya mencatat gangguan. "
        "Saya berkoordinasi dengan teknisi dan membuat jadwal perawatan.",
        {S, T, A},
    ),
]

SHORT: list[tuple[str, set[str]]] = [
    ("Saya menyusun jadwal baru dan hasilnya bagus.", {A, H}),
    ("Saat itu saya kewalahan.", {S}),
    ("Tugas saya membuat laporan.", {T}),
    ("Hasilnya penjualan naik 15%.", {H}),
]

OFF_TOPIC: list[tuple[str, set[str]]] = [
    ("Saya tidak tahu harus menjawab apa.", set()),
    ("Menurut saya pertanyaan ini terlalu sulit untuk dijawab sekarang.", set()),
    ("Halo, apa kabar? Cuacanya cerah hari ini.", set()),
    ("?!... 🙂🙂🙂", set()),
    ("Saya orang yang rajin, jujur, dan mudah bergaul dengan siapa saja.", set()),
    ("asdf qwerty zxcv", set()),
]

# Words that look like a cue but are not one.
TRICKY: list[tuple[str, set[str]]] = [
    # "hasil" inside another word, and "meningkatkan" as a wish, not an outcome.
    ("Penghasilan saya kecil dan saya ingin meningkatkan keahlian.", set()),
    ("Saya merasa gugup dan memiliki banyak keraguan.", set()),
    ("Kemudian saya merasa lega.", set()),
    # A goal's percentage is the task, not the result.
    ("Target penjualan naik 20% tahun ini.", {T}),
    ("Pelanggan yang tidak puas terus menelepon.", set()),
    # "saya akhirnya memutuskan" is an action.
    ("Saya akhirnya memutuskan untuk bertanya kepada atasan.", {A}),
    # "saat ini" is not a past situation; "terlebih dulu" is order.
    ("Saat ini saya sedang mencari kerja, terlebih dulu saya istirahat.", set()),
    # A lesson learnt is the result, not a step.
    ("Hal yang saya pelajari adalah kesabaran.", set()),
    # "bertugas" counts, "tugas" alone (homework) does not.
    ("Saya mengerjakan tugas kuliah di perpustakaan.", {A}),
    # Action verbs only count with the speaker ("saya"), not for the team.
    ("Kami membuat jadwal baru dan kami menghubungi klien.", set()),
    ("Keberhasilan itu relatif, tidak ada pelajaran.", set()),
    ("Saya tidak pernah memimpin tim.", set()),
    # A wish and a "why this company" are not a story.
    ("Pertama saya ingin mengucapkan terima kasih atas kesempatannya.", set()),
    ("Saya ingin bekerja di perusahaan Anda karena budayanya bagus.", set()),
]

# Written the way people type in a chat: abbreviations, "aku"/"gue", no capitals.
CASUAL: list[tuple[str, set[str]]] = [
    (
        "pas itu aku kerja di kafe, tugasku jaga kasir. trs aku bikin catatan harian. "
        "akhirnya selisih kas jd ga ada lagi",
        ALL,
    ),
    (
        "Dulu wkt magang di startup, sy disuruh bikin laporan mingguan. Abis itu sy bikin "
        "template di Google Sheets. Alhasil laporan yg tadinya 4 jam jd 30 menit.",
        ALL,
    ),
    (
        "gw kerja di toko online, pesanan numpuk bgt. gw yg pegang gudang. gw ngajak 2 temen "
        "bantu packing. hasilny semua paket kekirim hari itu",
        ALL,
    ),
    (
        "pas kuliah aku jadi ketua panitia seminar, tugasku cari sponsor. aku nelpon 20 "
        "perusahaan dan nyusun proposal beda2. akhirny dapet 3 sponsor",
        ALL,
    ),
    (
        "waktu itu server kantor down pas jam sibuk trus aku langsung hubungin vendor dan "
        "pindahin ke server cadangan hasilnya situs nyala lagi dlm 15 menit",
        {S, A, H},
    ),
    (
        "aku dikasih tugas ngerapihin data pelanggan. aku cek satu2 terus aku gabungin ke "
        "satu sheet. dampaknya tim sales ga nyari2 data lagi",
        {T, A, H},
    ),
    ("Lalu menyusun jadwal baru untuk tim gudang.", {A}),
    ("Habis itu bikin template laporan di Excel.", {A}),
    ("jobdesk aku waktu itu input data stok tiap sore", {S, T}),
    (
        # "pake", "narik": the step told in everyday verbs.
        "Waktu magang di startup fintech tahun lalu, laporan mingguan tim sales selalu "
        "telat. Tugas aku bikin laporannya tepat waktu. Aku pake sql buat narik data "
        "langsung dari database. Hasilnya laporan yang tadinya makan 4 jam jadi 10 menit.",
        ALL,
    ),
    (
        "pas kerja di gudang, stok sering selisih. aku yg pegang pencatatan. aku belajar "
        "excel sendiri terus bersihin data stok tiap minggu. selisihnya turun jadi 2%",
        ALL,
    ),
]

# Only the outcome, told with numbers or a before/after change, with or without a cue
# word: each is the result the advice asks for.
RESULT_ONLY: list[tuple[str, set[str]]] = [
    ("Laporan yang tadinya makan 4 jam tiap minggu jadi cuma 10 menit.", {H}),
    ("Penjualan naik 20% dalam tiga bulan.", {H}),
    ("Alhasil keluhan pelanggan turun setengahnya.", {H}),
    ("Dampaknya, tim bisa pulang lebih awal setiap Jumat.", {H}),
    ("Waktu proses turun dari 3 hari ke 1 hari.", {H}),
    ("Akhirnya klien setuju memperpanjang kontrak setahun lagi.", {H}),
    ("Berhasil! Semua pesanan terkirim sebelum tenggat.", {H}),
    ("Sekarang antrean cuma 5 menit, dari sebelumnya 30 menit.", {H}),
    ("Biaya pengiriman berkurang hampir separuhnya.", {H}),
    ("Kemudian penjualan meningkat.", {H}),
    ("Dari 12 kesalahan input per bulan jadi 2 saja.", {H}),
]

# Each holds a word a part's rule looks for, used for something else: that part must
# not count.
NOT_A_PART: list[tuple[str, set[str]]] = [
    # Numbers that are not a change.
    ("Saya bekerja 8 jam sehari di gudang.", {S}),
    ("Rapatnya sering lebih dari 4 jam.", set()),
    ("Tim kami terdiri dari 5 orang.", set()),
    # A goal, a duty, a purpose or a wish is not the result.
    ("Target saya menaikkan penjualan 20%.", {T}),
    ("Saya ingin gaji saya naik 20% tahun depan.", set()),
    ("Semoga nanti hasilnya bagus.", set()),
    ("Tugas saya memastikan laporan selesai tepat waktu.", {T}),
    ("Saya menyusun jadwal agar pengiriman lebih cepat.", {A}),
    ("Saya mau timnya jadi lebih solid.", set()),
    ("Target kami ditambah jadi 150 pendaftar.", {T}),
    # A number that sets the scene is the problem, not the outcome.
    ("Saat itu penjualan turun 30% dibanding tahun sebelumnya.", {S}),
    ("Ketika saya bergabung, keluhan pelanggan meningkat tajam.", {S}),
    # Someone else's step, a state, a feeling: not the speaker's action.
    ("Klien kemudian menghubungi saya lagi.", set()),
    ("Saya nyaman bekerja dalam tim.", set()),
    ("Jadi intinya saya orang yang teliti dan pekerja keras.", set()),
    ("Saya ingin tim jadi bisa lebih mandiri.", set()),
    # A trait claimed is no outcome shown (an outside reader's).
    ("ya saya orangnya sabar jadi bisa", set()),
    ("Saya orangnya sabar jadi bisa menghadapi pelanggan yang marah.", set()),
    # A job title is not a step ("data" is no verb here).
    ("Saya data analyst di sebuah startup.", {S}),
    ("Waktu tunggu pelanggan lama sekali.", set()),
    # What the team did is not the speaker's own step.
    (
        "Jujur saya belum punya pengalaman kerja, tapi waktu kuliah saya ketua himpunan. "
        "Kami mengadakan seminar dengan 300 peserta.",
        {S},
    ),
    # A label with nothing after it, and "hasil-hasil" that is no label.
    ("Hasil: -", set()),
    ("Hasil-hasil survei menunjukkan banyak keluhan.", set()),
]

# People who know STAR may name the parts themselves.
LABELLED: list[tuple[str, set[str]]] = [
    (
        "Situasi: toko tempat saya bekerja kebanjiran pesanan menjelang Lebaran.\n"
        "Tugas: memastikan semua pesanan terkirim dalam dua hari.\n"
        "Aksi: menyusun jadwal pengemasan dan menambah satu shift malam.\n"
        "Hasil: semua pesanan terkirim dan tidak ada komplain.",
        ALL,
    ),
    (
        "Situasi:\nToko kebanjiran pesanan menjelang Lebaran.\nAksi -\n"
        "Hasil: semua pesanan terkirim dan tidak ada komplain.",
        {S, H},
    ),
]

CASES = COMPLETE + MISSING_SITUASI + MISSING_TUGAS + MISSING_AKSI + MISSING_HASIL
CASES += SHORT + OFF_TOPIC + TRICKY + CASUAL + RESULT_ONLY + NOT_A_PART + LABELLED


def test_the_table_is_large_enough() -> None:
    assert len(CASES) >= 70
    for group in (MISSING_SITUASI, MISSING_TUGAS, MISSING_AKSI, MISSING_HASIL, CASUAL):
        assert len(group) >= 4
    assert len(RESULT_ONLY) >= 8 and len(NOT_A_PART) >= 12


@pytest.mark.parametrize(("answer", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_parts_found_and_missing_exactly(answer: str, expected: set[str]) -> None:
    result = check(answer)
    assert set(result.found) == expected
    assert set(result.missing) == set(PARTS) - expected
    # Both lists keep STAR order, so messages name the parts in that order.
    assert list(result.found) == [p for p in PARTS if p in expected]
    assert list(result.missing) == [p for p in PARTS if p not in expected]
    assert result.complete == (expected == ALL)


@pytest.mark.parametrize(("answer", "expected"), SHORT)
def test_short_answers_are_called_short_but_still_checked(answer: str, expected: set[str]) -> None:
    result = check(answer)
    assert result.too_short and result.words < MIN_WORDS
    assert set(result.found) == expected


def test_a_full_story_is_not_short() -> None:
    result = check(COMPLETE[0][0])
    assert result.words >= MIN_WORDS and not result.too_short


def test_words_are_counted_without_punctuation_or_emoji() -> None:
    assert check("Saya , menyusun — jadwal 🙂 baru.").words == 4
    assert check("   ").words == 0


def test_normalise_folds_case_and_punctuation_but_keeps_percent() -> None:
    assert normalise("  HASILNYA,   naik 20%!! ") == "hasilnya naik 20%"
    assert normalise("langkah-langkah") == "langkah langkah"


# --- what the feedback quotes ---------------------------------------------------------


def _pieces(quote: str) -> list[str]:
    """A quote's text without the "…" that marks where an excerpt was cut."""
    return [piece.strip() for piece in quote.split("…") if piece.strip()]


@pytest.mark.parametrize(("answer", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_every_part_found_quotes_the_users_own_words(answer: str, expected: set[str]) -> None:
    result = check(answer)
    assert [part for part, _ in result.quotes] == list(result.found)
    for part, quote in result.quotes:
        assert quote and len(quote) <= 200
        for piece in _pieces(quote):
            assert piece in answer, (part, quote)


def test_the_issue_answer_counts_as_a_result_and_is_quoted_whole() -> None:
    answer = "Laporan yang tadinya makan 4 jam tiap minggu jadi cuma 10 menit"
    result = check(answer)
    assert result.found == (H,) and result.quote(H) == answer


def test_each_part_quotes_its_own_sentence() -> None:
    result = check(COMPLETE[0][0])
    assert dict(result.quotes) == {
        S: "Saat itu saya bekerja sebagai staf admin di sebuah toko daring.",
        T: "Tugas saya adalah memastikan semua pesanan terkirim dalam dua hari.",
        A: "Saya menyusun jadwal pengemasan baru dan menghubungi kurir cadangan.",
        H: "Hasilnya, keluhan pelanggan berkurang 40% dalam sebulan.",
    }


def test_quotes_keep_the_users_spelling() -> None:
    result = check(CASUAL[0][0])
    assert result.quote(A) == "trs aku bikin catatan harian."
    assert result.quote(H) == "akhirnya selisih kas jd ga ada lagi"


def test_one_sentence_for_two_parts_is_shown_once_with_both_names() -> None:
    result = check("Saya menyusun jadwal baru dan hasilnya bagus.")
    assert result.grouped_quotes() == (((A, H), "Saya menyusun jadwal baru dan hasilnya bagus."),)


def test_a_long_sentence_is_quoted_as_an_excerpt_around_its_cue() -> None:
    answer = CASUAL[4][0]  # one long sentence, no full stop
    result = check(answer)
    quote = result.quote(H)
    assert quote is not None and quote.startswith("…") and "hasilnya situs nyala" in quote
    assert len(quote.split()) < len(answer.split())


def test_a_labelled_part_is_quoted_without_its_label() -> None:
    result = check(LABELLED[0][0])
    assert result.quote(H) == "semua pesanan terkirim dan tidak ada komplain."


def test_a_label_alone_is_read_with_the_next_line() -> None:
    result = check(LABELLED[1][0])
    assert result.quote(S) == "Toko kebanjiran pesanan menjelang Lebaran."


def test_a_pasted_word_is_clipped() -> None:
    result = check("Hasilnya " + "x" * 500)
    quote = result.quote(H)
    assert quote is not None and len(quote) <= 200 and quote.endswith("…")


def test_nothing_found_nothing_quoted() -> None:
    assert check("asdf qwerty zxcv").quotes == ()

from __future__ import annotations

from datetime import date

import pytest

from conversations import validators as v
from conversations.choices import understand
from conversations.options import Option

TODAY = date(2026, 11, 25)


@pytest.mark.parametrize(
    "typed",
    [
        "081234567890",
        "0812-3456-7890",
        "0812 3456 7890",
        "+6281234567890",
        "+62 812-3456-7890",
        "6281234567890",
        "(021) 5550 1234",
        "021-555-01234",
        "0812.3456.789",
    ],
)
def test_indonesian_phone_numbers_are_accepted(typed: str) -> None:
    assert not isinstance(v.parse_phone(typed), v.Invalid)


@pytest.mark.parametrize(
    "typed",
    [
        "12345",
        "0812",
        "+1 415 555 0100",
        "08123456789012345",
        "nomor saya 0812",
        "+62",
        "0012345678",
        "",
    ],
)
def test_other_numbers_are_refused(typed: str) -> None:
    assert v.parse_phone(typed) == v.Invalid("phone")


@pytest.mark.parametrize(
    "typed, stored",
    [
        ("linkedin.com/in/rina", "https://linkedin.com/in/rina"),
        (
            "https://www.linkedin.com/in/rina-lestari-123/",
            "https://www.linkedin.com/in/rina-lestari-123/",
        ),
        ("id.linkedin.com/in/budi", "https://id.linkedin.com/in/budi"),
    ],
)
def test_linkedin_profiles(typed: str, stored: str) -> None:
    assert v.parse_linkedin(typed) == stored


@pytest.mark.parametrize(
    "typed",
    [
        "linkedin.com",
        "https://evil.com/linkedin.com/in/x",
        "linkedin.com/in/",
        "javascript:alert(1)",
    ],
)
def test_not_linkedin_profiles(typed: str) -> None:
    assert isinstance(v.parse_linkedin(typed), v.Invalid)


def test_text_is_cleaned_of_invisible_characters() -> None:
    assert v.parse_short_text("  PT\u200b  Maju\u202e ", 100) == "PT Maju"
    assert v.parse_short_text("\u200b\u200b", 100) == v.Invalid("empty")
    assert v.parse_long_text("baris satu\n\n  baris   dua ", 100) == "baris satu\n\nbaris dua"


def test_dates() -> None:
    assert v.parse_past_date("25/11/2026", TODAY) == TODAY
    assert v.parse_past_date("kemarin", TODAY) == date(2026, 11, 24)
    assert v.parse_future_date("26-11-2026", TODAY) == date(2026, 11, 26)
    assert v.parse_future_date("25/11/2026", TODAY) == v.Invalid("date_not_future")


def test_counts_and_selections() -> None:
    assert v.parse_count("0") == 0 and v.parse_count("5 orang") == 5
    assert v.parse_count("-1") == v.Invalid("count", 50)
    labels = ["kecewa", "sedih", "marah"]
    assert selection("Sedih dan kecewa", labels) == [1, 0]
    assert selection("3, 1, 3", labels) == [2, 0]
    assert selection("1 2", labels) == [0, 1]
    assert selection(",,", labels) == []


def selection(text: str, labels: list[str]) -> list[int]:
    """Several options typed at once, understood as a multi-select would (one parser)."""
    options = [Option(str(index), label) for index, label in enumerate(labels)]
    return [int(value) for value in understand(text, options, multi=True).values]


def test_counts_in_words() -> None:
    assert v.parse_count("lima") == 5 and v.parse_count("3 orang aja") == 3
    assert v.parse_count("sekitar 10") == 10 and v.parse_count("tiga orang") == 3
    for typed in ("5-10", "2.5", "banyak", "51", "1 2", ""):
        assert v.parse_count(typed) == v.Invalid("count", 50), typed


def test_selections_read_like_typed_choices() -> None:
    labels = ["kecewa", "sedih", "marah", "cemas"]
    assert selection("kecewa sama marah sih", labels) == [0, 2]
    assert selection("sedihh, cemas jg", labels) == [1, 3]
    assert selection("bahagia", labels) == []


# TODAY is Wednesday 25 November 2026.
@pytest.mark.parametrize(
    "typed, expected",
    [
        ("hari ini", TODAY),
        ("tadi pagi", TODAY),
        ("barusan", TODAY),
        ("kemarin", date(2026, 11, 24)),
        ("kmrn", date(2026, 11, 24)),
        ("kemaren sore", date(2026, 11, 24)),
        ("2 hari lalu", date(2026, 11, 23)),
        ("dua hari yang lalu", date(2026, 11, 23)),
        ("3 hr yg lalu", date(2026, 11, 22)),
        ("kemarin lusa", date(2026, 11, 23)),
        ("senin lalu", date(2026, 11, 23)),
        ("hari senin kemarin", date(2026, 11, 23)),
        ("kayanya senin kemarin deh", date(2026, 11, 23)),
        ("kyknya 2 hari lalu", date(2026, 11, 23)),
        ("rabu lalu", date(2026, 11, 18)),  # never today itself
        ("jum'at kemarin", date(2026, 11, 20)),
        ("senin minggu lalu", date(2026, 11, 16)),
        ("minggu lalu", date(2026, 11, 18)),
        ("seminggu yang lalu", date(2026, 11, 18)),
        ("hari minggu kemarin", date(2026, 11, 22)),
        ("tgl 20", date(2026, 11, 20)),
        ("tanggal 28", date(2026, 10, 28)),  # the latest 28th, last month
        ("20 nov", date(2026, 11, 20)),
        ("20 November 2026", date(2026, 11, 20)),
        ("20/11", date(2026, 11, 20)),
        ("20-11-26", date(2026, 11, 20)),
        ("25-11-2026", TODAY),
        ("tgl 20/11", date(2026, 11, 20)),
        ("2026-11-20", date(2026, 11, 20)),
        ("1 des", date(2025, 12, 1)),  # without a year: the latest 1 December
        ("kemarin kalau ga salah", date(2026, 11, 24)),
    ],
)
def test_past_dates_as_people_type_them(typed: str, expected: date) -> None:
    assert v.parse_past_date(typed, TODAY) == expected


@pytest.mark.parametrize(
    "typed, error",
    [
        ("besok", "date_future"),
        ("26/11/2026", "date_future"),
        ("20/11/2025", "date_too_old"),
        ("31/02/2026", "date_no_such_day"),
        ("30/02", "date_no_such_day"),
        ("32/01/2026", "date_format"),
        ("32/11", "date_format"),
        ("20", "date_format"),  # a bare number is no date
        ("akhir oktober", "date_format"),
        ("kapan ya", "date_format"),
        ("x" * 200, "date_format"),
    ],
)
def test_past_dates_that_cannot_be_used(typed: str, error: str) -> None:
    assert v.parse_past_date(typed, TODAY) == v.Invalid(error)


@pytest.mark.parametrize(
    "typed, expected",
    [
        ("besok", date(2026, 11, 26)),
        ("bsk", date(2026, 11, 26)),
        ("lusa", date(2026, 11, 27)),
        ("seminggu lagi", date(2026, 12, 2)),
        ("1 minggu lagi", date(2026, 12, 2)),
        ("3 minggu lagi", date(2026, 12, 16)),
        ("minggu depan", date(2026, 12, 2)),
        ("10 hari lagi", date(2026, 12, 5)),
        ("sebulan lagi", date(2026, 12, 25)),
        ("2 bulan lagi", date(2027, 1, 25)),
        ("akhir bulan", date(2026, 11, 30)),
        ("akhir minggu", date(2026, 11, 29)),  # the coming Sunday
        ("weekend", date(2026, 11, 29)),
        ("akhir pekan", date(2026, 11, 29)),
        ("jumat", date(2026, 11, 27)),
        ("jumat depan", date(2026, 12, 4)),  # Friday of next week
        ("senin", date(2026, 11, 30)),
        ("awal bulan depan", date(2026, 12, 1)),
        ("tgl 10 bulan depan", date(2026, 12, 10)),
        ("tgl 5", date(2026, 12, 5)),
        ("akhir tahun", date(2026, 12, 31)),
        ("15 desember", date(2026, 12, 15)),
        ("20/12", date(2026, 12, 20)),
        ("1-12-26", date(2026, 12, 1)),
        ("10/1", date(2027, 1, 10)),  # without a year: the next 10 January
    ],
)
def test_future_dates_as_people_type_them(typed: str, expected: date) -> None:
    assert v.parse_future_date(typed, TODAY) == expected


def test_the_end_of_the_month_on_its_last_day_is_next_months() -> None:
    assert v.parse_future_date("akhir bulan", date(2026, 11, 30)) == date(2026, 12, 31)
    assert v.parse_future_date("akhir minggu", date(2026, 11, 29)) == date(2026, 12, 6)
    assert v.parse_future_date("sebulan lagi", date(2027, 1, 31)) == date(2027, 2, 28)


@pytest.mark.parametrize(
    "typed, error",
    [
        ("hari ini", "date_not_future"),
        ("kemarin", "date_not_future"),
        ("25/11/2026", "date_not_future"),
        ("30/11/2027", "date_too_far"),
        ("secepatnya", "date_format"),
        ("1", "date_format"),
    ],
)
def test_future_dates_that_cannot_be_used(typed: str, error: str) -> None:
    assert v.parse_future_date(typed, TODAY) == v.Invalid(error)


@pytest.mark.parametrize(
    "typed, both",
    [
        ("Bank Mandiri, Management Trainee", ("Bank Mandiri", "Management Trainee")),
        ("Management Trainee di Bank Mandiri", ("Bank Mandiri", "Management Trainee")),
        ("analis data di pt maju", ("PT Maju", "Analis Data")),
        ("di pt maju sebagai analis data", ("PT Maju", "Analis Data")),
        ("PT Maju posisi Analis Data", ("PT Maju", "Analis Data")),
        ("saya melamar di Bank BCA posisi teller", ("Bank BCA", "Teller")),
        ("posisi analis data di PT Maju", ("PT Maju", "Analis Data")),
        ("Gojek, Software Engineer", ("Gojek", "Software Engineer")),
        ("Shopee / Data Analyst", ("Shopee", "Data Analyst")),
        ("staf gudang di indomaret", ("Indomaret", "Staf Gudang")),
        ("PT. Sinar Jaya \u2013 Admin", ("PT. Sinar Jaya", "Admin")),
        ("Analis Kredit, Bank BRI", ("Bank BRI", "Analis Kredit")),
        # The comma before "posisi" stays out of the company's name.
        ("shopee, posisi UI/UX designer", ("Shopee", "UI/UX designer")),
        # One name only: the company, as asked.
        ("PT Maju, Tbk", None),
        ("PT Bank Rakyat Indonesia (Persero) Tbk", None),
        ("Tokopedia - Jakarta", None),
        ("Bank Mandiri di Jakarta", None),
        ("Kantor Akuntan Publik, Jakarta", None),
        ("UI/UX Designer", None),
        ("Bukalapak", None),
        ("PT Maju, ok", None),
    ],
)
def test_a_company_and_a_position_typed_together_are_told_apart(
    typed: str, both: tuple[str, str] | None
) -> None:
    assert v.company_and_position(typed) == both


def test_the_words_before_a_company_are_not_its_name() -> None:
    assert v.without_applying("saya ngelamar di pt maju jaya") == "pt maju jaya"
    assert v.without_applying("Di") == "Di"


@pytest.mark.parametrize("typed", ["ga mau sebut", "gamau nyebutin", "ga usah disebut ya"])
def test_declining_to_name_is_no_name(typed: str) -> None:
    assert v.parse_name(typed, 100) == v.Invalid("name_private")


@pytest.mark.parametrize("typed", ["PT Bilang Jaya", "Tidak Ada Perusahaan Lain", "PT Jadi Jaya"])
def test_names_holding_those_words_are_still_names(typed: str) -> None:
    assert v.parse_name(typed, 100) == typed
    assert v.company_and_position(typed) is None


@pytest.mark.parametrize("typed", ["bu sari", "Pak Budi", "Mbak Rina Lestari"])
def test_a_sender_name_with_a_title_is_asked_again(typed: str) -> None:
    assert v.parse_person_name(typed, 100) == v.Invalid("sender_honorific")
    assert v.parse_person_name("Budiman Santoso", 100) == "Budiman Santoso"


@pytest.mark.parametrize(
    "typed, read",
    [
        ("pak andi dari HR", ("bapak", "Andi")),
        ("Pak Andi (HR)", ("bapak", "Andi")),
        ("bu rina hrd", ("ibu", "Rina")),
        ("Bu Dewi, HRD", ("ibu", "Dewi")),
        # A name that ends like a role word keeps all its letters.
        ("pak rudi recruiter", ("bapak", "Rudi")),
        ("mas andi recruiter", ("bapak", "Andi")),
        ("mbak rina dr hr", ("ibu", "Rina")),
        # "kak" says no gender: "Bapak/Ibu Nadia", never "Kak Nadia".
        ("kak nadia", ("any", "Nadia")),
    ],
)
def test_a_recruiters_role_after_the_name_is_not_the_name(
    typed: str, read: tuple[str, str]
) -> None:
    assert v.parse_recruiter(typed) == read


@pytest.mark.parametrize("typed", ["udh gw kirim", "ok", "HR", "sip makasih"])
def test_replies_to_other_questions_are_no_recruiter_name(typed: str) -> None:
    assert v.parse_recruiter(typed) == v.Invalid("recruiter_name")


@pytest.mark.parametrize(
    "typed, skill",
    [("sql kyknya", "SQL"), ("public speaking sih", "public speaking"), ("excel", "excel")],
)
def test_a_skill_is_kept_without_its_hedge(typed: str, skill: str) -> None:
    # "sql kyknya" went into the plan and the course links as "sql kyknya".
    assert v.parse_skill(typed, 60) == skill


@pytest.mark.parametrize("typed", ["kmrn sore", "minggu lalu", "kemarin sore"])
def test_a_late_date_answer_is_no_sender_name(typed: str) -> None:
    # "Hormat saya, Kmrn Sore" was the email's signature.
    assert v.parse_person_name(typed, 100) == v.Invalid("sender_date")
    assert v.parse_person_name("Rina Lestari", 100) == "Rina Lestari"


@pytest.mark.parametrize(
    "typed", ["ga usah hubungin org dulu", "belum mau networking", "skip kontak", "gak chat siapa2"]
)
def test_declining_to_contact_anyone(typed: str) -> None:
    assert v.declines_contact(typed)


@pytest.mark.parametrize("typed", ["hubungi 3 orang", "networking", "ga usah", "tidak tahu"])
def test_not_declining_to_contact_anyone(typed: str) -> None:
    assert not v.declines_contact(typed)


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("figma prototyping sama storytelling", "figma prototyping dan storytelling"),
        ("SQL & Python", "SQL dan Python"),
        ("komunikasi sm negosiasi", "komunikasi dan negosiasi"),
        ("R&D", "R&D"),
    ],
)
def test_a_skill_is_kept_in_the_bots_own_words(typed: str, kept: str) -> None:
    assert v.parse_skill(typed, v.SKILL_LIMIT) == kept


@pytest.mark.parametrize("typed", ["gpp", "gapapa", "ga papa"])
def test_gpp_as_the_story_tells_nothing(typed: str) -> None:
    assert v.parse_story(typed, v.STORY_LIMIT) is None


def test_a_days_number_then_kemarin_is_that_day_just_gone() -> None:
    today = date(2026, 12, 1)
    assert v.parse_past_date("tgl 28 kmrn", today) == date(2026, 11, 28)
    assert v.parse_past_date("kemarin", today) == date(2026, 11, 30)


@pytest.mark.parametrize(
    "typed, expected",
    [
        ("sql kayanya, sama nanya balik ke interviewer", "SQL"),
        ("excel sih kayanya", "excel"),
        ("figma sama storytelling", "figma dan storytelling"),
        # Not sure first, then a guess: the guess is the answer.
        ("gatau jg sih, mungkin sql?", "SQL"),
        ("ga tau ya, public speaking", "public speaking"),
        # Chat shorthand written out; "kerja sama" is one word, never "kerja dan".
        ("ngomong yg lancar pas presentasi", "ngomong yang lancar pas presentasi"),
        ("kerja sama tim", "kerja sama tim"),
    ],
)
def test_a_skill_is_kept_without_what_was_said_around_it(typed: str, expected: str) -> None:
    assert v.parse_skill(typed, v.SKILL_LIMIT) == expected


@pytest.mark.parametrize("typed", ["lupa, hehe", "gatau, wkwk", "gatau"])
def test_not_knowing_with_only_laughter_after_it_names_no_skill(typed: str) -> None:
    assert isinstance(v.parse_skill(typed, v.SKILL_LIMIT), v.Invalid)


@pytest.mark.parametrize(
    "typed, expected",
    [
        ("tokopedia kak", "Tokopedia"),
        ("shopee ya", "Shopee"),
        ("junior data analyst ya", "Junior Data Analyst"),
        ("bca dong", "BCA"),
    ],
)
def test_the_words_closing_a_message_are_no_part_of_a_name(typed: str, expected: str) -> None:
    assert v.parse_title(typed, v.COMPANY_LIMIT) == expected

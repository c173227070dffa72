from __future__ import annotations

import pytest

from conversations.choices import (
    Understood,
    acknowledges,
    nearest_command,
    normalise,
    parse_mood,
    understand,
    vents,
)
from conversations.options import DONE, SKIP, Option

LABELS = ["✅ Saya siap lanjut", "Saya butuh waktu dulu", "Lewati"]


def match_choice(text: str, labels: list[str]) -> int | None:
    """The index understood among plain options with these labels."""
    options = [Option(str(index), label) for index, label in enumerate(labels)]
    values = understand(text, options).values
    return int(values[0]) if values else None


@pytest.mark.parametrize(
    "typed, expected",
    [
        ("Saya siap lanjut", 0),
        ("saya SIAP lanjut!", 0),
        ("  saya   butuh waktu dulu ", 1),
        ("lewati", 2),
        ("1", 0),
        ("3", 2),
        (" 2 ", 1),
        ("\uff12", 1),  # a full-width digit typed on some keyboards
    ],
)
def test_label_first_then_position(typed: str, expected: int) -> None:
    assert match_choice(typed, LABELS) == expected


@pytest.mark.parametrize("typed", ["", "   ", "0", "4", "-1", "9" * 5000, "🙂", "1.5"])
def test_anything_else_matches_nothing(typed: str) -> None:
    assert match_choice(typed, LABELS) is None


def test_a_label_that_is_a_number_wins_over_positions() -> None:
    assert match_choice("2", ["1", "2", "3"]) == 1
    assert match_choice("3", ["3", "5"]) == 0


def test_normalise_ignores_emoji_case_and_spacing() -> None:
    assert normalise("  ✅ Saya\tSiap ") == "saya siap"


def test_numbers_mean_numbers_when_the_buttons_are_numbers() -> None:
    counts = ["1", "3", "5", "10"]
    assert match_choice("3", counts) == 1
    assert match_choice("2", counts) is None  # the prompt reads it as the number 2
    times = ["06.00", "07.00", "08.00", "12.00", "19.00", "21.00"]
    assert match_choice("6", times) is None and match_choice("08.00", times) == 2
    ratings = ["1 · Sangat buruk", "2", "3", "4", "5 · Sangat baik"]
    assert match_choice("1", ratings) == 0 and match_choice("5", ratings) == 4


def test_options_round_trip_and_a_newer_message_takes_typing() -> None:
    from conversations.options import with_newest

    old = [Option("d:confirm_all", "Ya, hapus semua", destructive=True).to_entry(), ["x", "X"]]
    assert Option.from_entry(["x", "X"]) == Option("x", "X")
    mood = [Option("mood:d:1", "1 · Sangat buruk", score=1)]
    stored = with_newest(old, mood)
    options = [Option.from_entry(entry) for entry in stored]
    assert [o.value for o in options if o.typed] == ["mood:d:1"]
    assert [o.value for o in options if not o.typed] == ["d:confirm_all", "x"]
    assert options[1].destructive and options[0].score == 1


# --- understand: what a typed answer means at a keyboard ----------------------------------

CONSENT = [Option("yes", "Ya, saya setuju"), Option("no", "Tidak, jangan simpan")]
READY = [Option("go", "Saya siap lanjut"), Option("later", "Saya butuh waktu dulu")]
FEELINGS = [
    *(Option(v, v.capitalize()) for v in ("kecewa", "sedih", "marah", "cemas", "malu", "lega")),
    Option("done", "Selesai", role=DONE),
]
STAGE = [
    Option("hr", "HR"),
    Option("user", "User"),
    Option("technical", "Teknis"),
    Option("skip", "Lewati", role=SKIP),
]
STRATEGY = [
    Option("cv", "Perbarui CV & surat lamaran"),
    Option("widen", "Perluas target: startup & perusahaan menengah"),
    Option("event", "Ikuti webinar atau acara industri"),
    Option("done", "Selesai", role=DONE),
]
CONFIRM = [
    Option("confirm_all", "Ya, hapus semuanya", destructive=True),
    Option("cancel", "Batal, jangan hapus"),
]
MOOD = [
    Option("1", "1 · Sangat buruk", score=1),
    *(Option(str(n), str(n), score=n) for n in (2, 3, 4)),
    Option("5", "5 · Sangat baik", score=5),
]
PAUSE = [
    Option("3h", "Ya, 3 jam lagi"),
    Option("tomorrow", "Ya, besok pukul 08.00 WIB"),
    Option("no", "Tidak usah, saya kembali sendiri"),
]


def chosen(text: str, options: list[Option], multi: bool = False) -> tuple[str, ...]:
    return understand(text, options, multi=multi).values


@pytest.mark.parametrize(
    "typed, meant",
    [
        ("iya", "yes"),
        ("iyaa kak", "yes"),
        ("Ya, saya setuju ✅", "yes"),
        ("boleh dong", "yes"),
        ("okeee", "yes"),
        ("gak", "no"),
        ("ga usah", "no"),
        ("nggak mau", "no"),
        ("jangan disimpen ya", "no"),
        ("gak setuju", "no"),  # the "yes" button's word, turned around
        ("\uff39\uff21", "yes"),  # "YA" typed full width
    ],
)
def test_yes_and_no_words_choose_the_button_that_says_so(typed: str, meant: str) -> None:
    assert chosen(typed, CONSENT) == (meant,)


@pytest.mark.parametrize(
    "typed, meant",
    [
        ("butuh waktu", "later"),
        ("nanti aja deh", "later"),
        ("belum siap", "later"),
        ("siap", "go"),
        ("lanjut", "go"),
        ("oke lanjut", "go"),
        ("saya siap lanjutt", "go"),
    ],
)
def test_a_word_or_the_start_of_a_label_is_enough_when_one_button_fits(
    typed: str, meant: str
) -> None:
    assert chosen(typed, READY) == (meant,)


def test_a_word_that_fits_several_buttons_is_not_a_choice_but_a_suggestion() -> None:
    settings = [
        Option("time", "Ubah jam"),
        Option("zone", "Ubah zona waktu"),
        Option("off", "Matikan pesan harian"),
    ]
    assert understand("ubah", settings) == Understood(nearest=("time", "zone"))
    assert understand("iya", PAUSE) == Understood(nearest=("3h", "tomorrow"))
    assert chosen("ya besok", PAUSE) == ("tomorrow",)


def test_several_named_on_a_single_choice_is_not_understood() -> None:
    result = understand("hr sama user", STAGE)
    assert result.values == () and set(result.nearest) == {"hr", "user"}


@pytest.mark.parametrize(
    "typed, meant",
    [
        ("kecewa sama malu sih, agak cemas jg", ("kecewa", "malu", "cemas")),
        ("sedih, kecewa", ("sedih", "kecewa")),
        ("marah\nsedih", ("marah", "sedih")),
        ("cemas + lega", ("cemas", "lega")),
        ("kecewa sedih", ("kecewa", "sedih")),
        ("1, 3", ("kecewa", "marah")),
        ("1 3", ("kecewa", "marah")),
        ("2 dan 4", ("sedih", "cemas")),
        ("kecewq", ("kecewa",)),  # one typo
        ("sedihhh", ("sedih",)),  # letters repeated
        ("semua", ("kecewa", "sedih", "marah", "cemas", "malu", "lega")),
    ],
)
def test_several_choices_in_one_message(typed: str, meant: tuple[str, ...]) -> None:
    assert chosen(typed, FEELINGS, multi=True) == meant


@pytest.mark.parametrize("typed", ["udah", "selesai", "itu aja", "udah itu aja kak", "gak ada"])
def test_done_words_finish_a_multi_select(typed: str) -> None:
    assert chosen(typed, FEELINGS, multi=True) == ("done",)


def test_a_done_said_after_the_choices_is_not_a_choice_of_its_own() -> None:
    assert chosen("kecewa, sedih, udah", FEELINGS, multi=True) == ("kecewa", "sedih")
    assert chosen("kecewa sedih udah", FEELINGS, multi=True) == ("kecewa", "sedih")


@pytest.mark.parametrize("typed", ["skip", "lewat aja", "gak tau", "nggak tahu", "-", "belum"])
def test_skip_words_choose_the_skip_button_never_text(typed: str) -> None:
    assert chosen(typed, STAGE) == ("skip",)
    assert chosen(typed, CONSENT) == ()  # no "Lewati" here


@pytest.mark.parametrize(
    "typed, meant",
    [
        ("cv", "cv"),
        ("update cv", "cv"),
        ("benerin cv sama surat lamaran", "cv"),  # the label's own "&" is not a split
        ("startup", "widen"),
        ("webinar", "event"),
    ],
)
def test_a_word_of_a_long_label(typed: str, meant: str) -> None:
    assert chosen(typed, STRATEGY, multi=True) == (meant,)


@pytest.mark.parametrize("typed", ["ya", "iya", "oke", "yes", "1", "hapus", "semua", "yakin"])
def test_a_destructive_choice_is_never_made_by_a_vague_word_or_a_number(typed: str) -> None:
    assert chosen(typed, CONFIRM) == ()


@pytest.mark.parametrize("typed", ["ya hapus semuanya", "hapus semua", "iya hapus aja"])
def test_a_destructive_choice_is_made_by_words_that_say_what_it_does(typed: str) -> None:
    assert chosen(typed, CONFIRM) == ("confirm_all",)


@pytest.mark.parametrize("typed", ["batal", "gak jadi", "jangan", "2", "jangan hapus"])
def test_cancelling_is_always_easy(typed: str) -> None:
    assert chosen(typed, CONFIRM) == ("cancel",)


def test_a_number_inside_another_label_makes_a_position_unclear() -> None:
    result = understand("3", PAUSE)  # the third button, or "3 jam"?
    assert result.values == () and set(result.nearest) == {"no", "3h"}
    assert chosen("3 jam", PAUSE) == ("3h",)


def test_older_messages_options_are_not_candidates() -> None:
    old = [Option("x", "Kecewa", typed=False), *CONSENT]
    assert chosen("kecewa", old) == ()
    assert chosen("1", old) == ("yes",)  # positions count the newest message only


@pytest.mark.parametrize(
    "typed, score",
    [
        ("jelek bgt", 1),
        ("parah", 1),
        ("down banget", 1),
        ("kurang baik", 2),
        ("sedih", 2),
        ("gak enak", 2),
        ("gak baik", 2),
        ("b aja", 3),
        ("biasa aja", 3),
        ("lumayan", 3),
        ("campur aduk", 3),
        ("nggak terlalu buruk", 3),
        ("baik", 4),
        ("oke", 4),
        ("lumayan baik", 4),
        ("udah gak sedih", 4),
        ("sedih, tapi sekarang udah lega", 4),
        ("senang banget", 5),
        ("mantap", 5),
        ("4 deh", 4),
        ("3/5", 3),
    ],
)
def test_mood_words(typed: str, score: int) -> None:
    assert parse_mood(typed) == score
    assert chosen(typed, MOOD) == (str(score),)


@pytest.mark.parametrize("typed", ["2-3", "entahlah", "6", "kenapa nanya", "gak biasa aja"])
def test_not_a_mood(typed: str) -> None:
    assert parse_mood(typed) is None
    assert chosen(typed, MOOD) == ()


@pytest.mark.parametrize(
    "typed",
    ["apa maksudnya?", "", "   ", "9" * 5000, "saya mau tanya dulu", "terserah", "🙂🙂🙂x"],
)
def test_anything_else_is_not_understood(typed: str) -> None:
    assert chosen(typed, CONSENT) == ()


def test_nearest_names_the_closest_buttons_for_a_one_line_question() -> None:
    assert understand("siap lanjut tapi takut", READY) == Understood(nearest=("go",))
    assert understand("hapuss", CONFIRM) == Understood(nearest=("confirm_all",))
    assert understand("halo", READY).nearest == ()


def test_i_dont_know_is_not_suggested_as_no_thanks() -> None:
    """ "gatau" ("tidak tahu") shares only its "tidak" with "Tidak usah, terima kasih":
    no "Maksud Anda …?" for that; a real typo still is."""
    invite = [
        Option("3h", "Ya, 3 jam lagi"),
        Option("tomorrow", "Ya, besok pukul 08.00 WIB"),
        Option("no", "Tidak usah, terima kasih"),
    ]
    assert understand("gatau", invite).nearest == ()
    assert (
        "no"
        in understand("tidak usa terimakasi", invite).values
        + understand("tidak usa terimakasi", invite).nearest
    )


@pytest.mark.parametrize(
    "text",
    [
        "capek ditolak terus",
        "aku capek banget",
        "sedih bgt hari ini",
        "kenapa aku selalu gagal ya",
        "udah 10 kali ditolak",
        "kecewa sama diri sendiri",
    ],
)
def test_a_heavy_feeling_or_a_rejection_told_is_venting(text: str) -> None:
    assert vents(text)


@pytest.mark.parametrize(
    "text", ["ga sedih kok", "halo", "oke", "PT Maju Jaya", "lamaran terkirim", "senang"]
)
def test_other_words_are_not_venting(text: str) -> None:
    assert not vents(text)


def test_a_lone_rejection_word_under_buttons_may_be_a_stage() -> None:
    assert vents("ditolak") and not vents("ditolak", buttons_shown=True)
    assert vents("ditolak lagi", buttons_shown=True)


@pytest.mark.parametrize("text", ["ok", "oke makasih", "sip", "siap kak", "baiklah"])
def test_a_nod_is_an_acknowledgement(text: str) -> None:
    assert acknowledges(text)


@pytest.mark.parametrize("text", ["oke lanjut", "4", "lumayan", "ok tapi capek"])
def test_more_than_a_nod_is_not(text: str) -> None:
    assert not acknowledges(text)


def test_a_yes_opens_no_entry_of_a_numbered_list() -> None:
    entry = Option("lam:open:1", "1. PT Maju Jaya · Analis…")
    add = Option("lam:add", "Tambah lamaran", role="aside")
    assert understand("ya boleh", [entry, add]).values == ()
    assert understand("ya", [Option("go", "Saya siap lanjut"), add]).values == ("go",)


@pytest.mark.parametrize(
    ("text", "score"),
    [("2 sih, capek", 2), ("hp saya mati tadi, 3", 3), ("3 kali ditolak", None)],
)
def test_a_score_typed_beside_words(text: str, score: int | None) -> None:
    assert parse_mood(text) == score


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("lamran", "lamaran"),
        ("pengigat", "pengingat"),
        ("gagl", "gagal"),
        ("hapus", "hapusdata"),
        ("terbang", None),
        ("foo", None),
        ("gagal", None),
    ],
)
def test_a_mistyped_command_names_the_one_meant(typed: str, meant: str | None) -> None:
    known = ["gagal", "lanjut", "lamaran", "pengingat", "hapusdata", "mood", "bantuan"]
    assert nearest_command(typed, known) == meant

"""Search links use the key terms of what the user typed, not the whole sentence."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest

from conversations.links import (
    COURSE_SEARCHES,
    MAX_TERMS,
    course_search_links,
    key_terms,
    people_search_link,
)

# (what a user types as the skill they lack, what the course search looks for)
SKILLS = [
    ("SQL, terutama window function", "SQL window function"),
    ("kemampuan presentasi di depan klien", "presentasi"),
    ("analisis data", "analisis data"),
    ("analisis data & SQL", "analisis data SQL"),
    ("Excel (pivot table & VLOOKUP)", "Excel pivot table VLOOKUP"),
    ("Excel-nya masih dasar banget", "Excel"),
    ("bahasa Inggris untuk wawancara", "bahasa Inggris"),
    ("Bahasa Inggris (TOEFL)", "Bahasa Inggris TOEFL"),
    ("public speaking", "public speaking"),
    ("Python untuk analisis data", "Python analisis data"),
    ("manajemen waktu", "manajemen waktu"),
    ("negosiasi dengan vendor", "negosiasi"),
    ("Kemampuan komunikasi yang masih kurang", "komunikasi"),
    ("komunikasi dgn klien", "komunikasi"),
    ("pengetahuan tentang perpajakan", "perpajakan"),
    ("skill coding, khususnya JavaScript dan React", "coding JavaScript React"),
    ("C++ dan struktur data", "C++ struktur data"),
    (".NET dan C#", ".NET C#"),
    ("Node.js", "Node.js"),
    ("UI/UX design", "UI/UX design"),
    ("desain grafis pakai Figma", "desain grafis Figma"),
    ("Power BI dll.", "Power BI"),
    ("Google Ads, Meta Ads, dsb.", "Google Ads Meta Ads"),
    ("machine learning, deep learning, dan lain-lain", "machine learning deep learning"),
    ("leadership / kepemimpinan tim", "leadership kepemimpinan tim"),
    ("bikin laporan keuangan", "laporan keuangan"),
    ("kurang pede ngomong di depan banyak orang", "percaya diri berbicara"),
    ("percaya diri saat wawancara", "percaya diri"),
    ("kerja sama tim", "kerja sama tim"),
    ("kemampuan bekerja di bawah tekanan", "bekerja di bawah tekanan"),
    ("statistik yang dipakai di riset", "statistik"),
    ("menjelaskan ide ke atasan", "menjelaskan ide"),
    ("SEO & copywriting", "SEO copywriting"),
    ("R&D", "R&D"),
    ("Microsoft Excel tingkat lanjut", "Microsoft Excel tingkat lanjut"),
]

# (a position as typed, what the people search looks for)
POSITIONS = [
    ("Analis Data", "Analis Data"),
    ("Junior Data Analyst di PT Maju Jaya", "Junior Data Analyst"),
    ("posisi Marketing Executive", "Marketing Executive"),
    ("Customer Service untuk e-commerce", "Customer Service e-commerce"),
    ("Staf Admin (kontrak)", "Staf Admin"),
    ("magang Data Analyst", "magang Data Analyst"),
    ("staf bagian keuangan", "staf keuangan"),
]


def test_the_table_is_large_enough() -> None:
    assert len(SKILLS) >= 20


@pytest.mark.parametrize(("typed", "terms"), SKILLS + POSITIONS)
def test_key_terms(typed: str, terms: str) -> None:
    assert key_terms(typed) == terms


@pytest.mark.parametrize(("typed", "terms"), SKILLS + POSITIONS)
def test_key_terms_are_the_users_own_words_in_their_order(typed: str, terms: str) -> None:
    # Only two casual words are spelt out for the search ("pede", "ngomong").
    if "pede" in typed:
        return
    lowered = typed.lower()
    position = 0
    for word in terms.split():
        found = lowered.find(word.lower(), position)
        assert found >= 0, word
        position = found + len(word)


@pytest.mark.parametrize("typed", ["kemampuan", "yang untuk di", "  SQL  "])
def test_when_nothing_but_filler_is_left_the_text_itself_is_searched(typed: str) -> None:
    assert key_terms(typed) == " ".join(typed.split())


def test_a_long_list_is_cut_to_a_few_terms() -> None:
    typed = "Excel, Word, PowerPoint, Access, Outlook, Teams, SharePoint, OneNote"
    assert key_terms(typed).split() == typed.replace(",", "").split()[:MAX_TERMS]


def test_every_course_link_searches_the_key_terms() -> None:
    links = course_search_links("SQL, terutama window function")
    assert [b.label_context["platform"] for b in links] == [p for p, _ in COURSE_SEARCHES]
    for button in links:
        assert button.url is not None
        query = parse_qs(urlsplit(button.url).query)
        assert list(query.values()) == [["SQL window function"]], button.url
    assert links[0].url == "https://www.coursera.org/search?query=SQL+window+function"


def test_signs_in_technical_names_are_escaped_in_the_link() -> None:
    (coursera, *_) = course_search_links("C++ dan C#")
    assert coursera.url == "https://www.coursera.org/search?query=C%2B%2B+C%23"


def test_the_people_search_uses_the_positions_key_terms() -> None:
    button = people_search_link("Junior Data Analyst di PT Maju Jaya")
    assert button.url == (
        "https://www.linkedin.com/search/results/people/?keywords=Junior+Data+Analyst"
    )

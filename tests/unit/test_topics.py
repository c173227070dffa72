"""Questions about Bangkit itself, typed where nothing waits for them."""

from __future__ import annotations

import pytest

from conversations import topics


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        ("eh jangan simpan mood aku lagi deh", topics.DATA),
        ("data aku aman gak?", topics.DATA),
        ("hapus data", topics.DATA),
        ("matiin pengingat follow up nya dong", topics.REMINDERS),
        ("jangan kirim pesan harian lagi", topics.REMINDERS),
        ("STAR itu maksudnya gmn?", topics.STAR),
        ("kamu bot ya?", topics.WHO),
        ("ini orang beneran?", topics.WHO),
        ("kamu manusia bukan sih", topics.WHO),
        # Deleting one application is done in /lamaran, not /hapusdata.
        ("aku mau hapus lamaran gojek", topics.APPLICATIONS),
    ],
)
def test_a_question_about_bangkit_names_its_topic(text: str, topic: str) -> None:
    assert topics.topic_of(text) == topic


@pytest.mark.parametrize(
    "text",
    [
        "aku ga lolos",
        "ok",
        "simpen aja",  # consent offered elsewhere, by a button
        "aku nggak tau mau nulis apa",
        "data analyst",  # a topic word, but no question and no request
        "pengingat",
        "ini gratis gak sih?",  # no claim about cost is ours to make
    ],
)
def test_other_messages_name_no_topic(text: str) -> None:
    assert topics.topic_of(text) is None

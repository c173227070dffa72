"""Link buttons that open a search for the user's own words; the bot fetches nothing."""

from __future__ import annotations

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


def course_search_links(skill: str) -> list[Button]:
    query = quote_plus(skill.strip())
    return [
        Button("course_link", url=pattern.format(query), label_context={"platform": platform})
        for platform, pattern in COURSE_SEARCHES
    ]


def people_search_link(position: str) -> Button:
    return Button("people_link", url=PEOPLE_SEARCH.format(quote_plus(position.strip())))

"""Plain data passed between the core, the store and the renderers."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

# How exactly a statement's date is known: the day, a week (date = its Monday),
# a month (date = its 1st) or a year (date = 1 January).
PRECISIONS = ("day", "week", "month", "year")


@dataclass(frozen=True)
class FuzzyDate:
    value: dt.date
    precision: str = "day"

    def iso(self) -> str:
        """The contract's `date` in ISO 8601 at its precision: 2024-06-07, 2024-W22, 2024-05 or 2024.

        A week is never written as one of its days: a reader who ignores the precision
        must not take the Monday for the day the words were said.
        """
        if self.precision == "week":
            year, week, _ = self.value.isocalendar()
            return f"{year}-W{week:02d}"
        if self.precision == "month":
            return self.value.strftime("%Y-%m")
        if self.precision == "year":
            return str(self.value.year)
        return self.value.isoformat()

    def label(self) -> str:
        """How a person reads it in a table."""
        if self.precision == "week":
            return f"~week of {self.value.isoformat()}"
        return self.iso()


@dataclass
class Statement:
    speaker: str
    text: str
    kind: str                     # "direct" | "indirect"
    start: int                    # offsets of `text`'s span in Article.text
    end: int
    paragraph_start: int
    paragraph_end: int
    speaker_type: str = "person"  # "person" | "role" | "body"
    date: FuzzyDate | None = None
    date_phrase: str | None = None  # the words that gave the date, when not the publication date
    on_topic: bool = False
    topic_terms: list[str] = field(default_factory=list)
    topic_context: str = ""       # the words the topic decision looked at


@dataclass
class Article:
    text: str                     # normalised text; every offset points into it
    title: str | None
    published: dt.date | None
    published_phrase: str | None  # the words the publication date was read from
    statements: list[Statement] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    lead: str = ""                # headline and first paragraphs: the article's own subject
    lead_on_topic: bool = False
    url: str | None = None        # where the article came from, when the text or its corpus record says

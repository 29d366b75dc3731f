"""Undated articles dated by the dated reports of the same events elsewhere in the corpus."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from timeline.pipeline import build

DATED = """---
title: Russia expels US diplomats
published: 2018-03-30
---
When Sergei Lavrov told reporters in Moscow on Thursday that 60 American diplomats would be expelled,
he said Russia was answering in kind. U.S. Ambassador Jon Huntsman was summoned by the foreign
ministry on Thursday and handed a note.
"""

# a wire story pasted without its year: Lavrov names no year, and March 29 fell on a Thursday in
# 2007, 2012 and 2018 alike
WIRE = """MOSCOW, March 29 (Reuters) - Russia will expel 60 U.S. diplomats, Foreign Minister Sergei Lavrov
said on Thursday. U.S. Ambassador Jon Huntsman was summoned by the foreign ministry on Thursday and
handed a note setting out the steps.
"""

# an analysis with no date at all: only "on Tuesday"
ANALYSIS = """After the embrace at Al-Ula

Saudi Crown Prince Mohammed bin Salman embraced Qatar's Emir Sheikh Tamim bin Hamad Al Thani at Al-Ula
on Tuesday. Within hours Gulf Arab leaders signed the Al-Ula declaration with Egypt. The day before,
Kuwait's foreign minister, Sheikh Ahmad Nasser al-Mohammad al-Sabah, announced that Saudi Arabia would
reopen its border with Qatar.
"""

SUMMIT = """---
title: Gulf leaders end the Qatar boycott
published: 2021-01-05
---
Saudi Crown Prince Mohammed bin Salman embraced Qatar's Emir Sheikh Tamim bin Hamad Al Thani at Al-Ula
on Tuesday. Gulf Arab leaders and Egypt signed the Al-Ula declaration on Tuesday. The breakthrough was
trailed the day before, when Kuwaiti Foreign Minister Sheikh Ahmad Nasser al-Mohammad al-Sabah
announced that Saudi Arabia would reopen its border with Qatar.
"""


def write(folder: Path, files: dict[str, str]) -> Path:
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_a_dateline_without_year_takes_the_year_of_a_dated_report_of_its_news(tmp_path: Path) -> None:
    timeline = build([write(tmp_path / "in", {"dated.md": DATED, "wire.txt": WIRE})], workers=1)
    wire = next(d for d in timeline.documents if d.id == "wire")
    assert wire.published == dt.date(2018, 3, 29)
    assert wire.published_inferred and "dated" in wire.published_origin
    summons = [e for e in timeline.events if e.cameo.startswith("11") and e.date == "2018-03-29"]
    assert summons and {s.document for s in summons[0].sources} == {"dated", "wire"}


def test_an_article_without_any_date_takes_the_day_its_events_line_up(tmp_path: Path) -> None:
    timeline = build([write(tmp_path / "in", {"summit.md": SUMMIT, "analysis.txt": ANALYSIS})], workers=1)
    analysis = next(d for d in timeline.documents if d.id == "analysis")
    assert analysis.published == dt.date(2021, 1, 5)


def test_one_meeting_of_the_same_people_elsewhere_dates_no_article(tmp_path: Path) -> None:
    dated = "---\npublished: 2021-03-20\n---\nAntony Blinken met Wang Yi in Anchorage on Friday.\n"
    other = "Antony Blinken and Wang Yi met in Bali on Friday, their first talks since the summer.\n"
    timeline = build([write(tmp_path / "in", {"dated.md": dated, "other.txt": other})], workers=1)
    assert next(d for d in timeline.documents if d.id == "other").published is None


def test_an_undated_article_about_other_news_stays_undated(tmp_path: Path) -> None:
    other = "Sergei Lavrov met Jon Huntsman on Tuesday to discuss arms control.\n"
    timeline = build([write(tmp_path / "in", {"dated.md": DATED, "other.txt": other})], workers=1)
    assert next(d for d in timeline.documents if d.id == "other").published is None


def test_a_year_guessed_from_the_text_yields_to_the_dated_reports_of_the_same_events(tmp_path: Path) -> None:
    dated = (
        "---\ntitle: Maduro and Ali meet\npublished: 2023-12-15\n---\n"
        "Venezuelan President Nicolas Maduro and Guyanese President Irfaan Ali met in Argyle on Thursday.\n"
    )
    # "in January 2024" is still to come in a story of December 2023
    wire = (
        "KINGSTOWN, Dec 14 (Reuters) - Venezuelan President Nicolas Maduro and Guyanese President Irfaan Ali "
        "met in Argyle on Thursday. Guyana takes up a seat on the U.N. Security Council in January 2024.\n"
    )
    timeline = build([write(tmp_path / "in", {"dated.md": dated, "wire.txt": wire})], workers=1)
    wire_doc = next(d for d in timeline.documents if d.id == "wire")
    assert wire_doc.published == dt.date(2023, 12, 14)
    meetings = [e for e in timeline.events if e.cameo.startswith("04")]
    assert [e.date for e in meetings] == ["2023-12-14"]

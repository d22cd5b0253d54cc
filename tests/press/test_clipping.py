"""The clipping type: its register, workflow, the check before publishing, the desk queue
and the archive's filters — in-process."""

from kancelaria.case import casetype
from kancelaria.case import desk
from kancelaria.case.errors import CaseInputError
from kancelaria.press import clippings
from plone import api
from tests.press.conftest import NOVEMBER

import pytest


def test_the_archive_takes_clippings(prasa):
    assert "PressClipping" in [t.getId() for t in prasa.allowedContentTypes()]
    assert casetype.for_type("PressClipping").registered is False
    wf = api.portal.get_tool("portal_workflow")
    assert wf.getChainForPortalType("PressClipping") == ("kancelaria_clipping_workflow",)


def test_publishing_needs_tone_and_summary(clipping):
    obj = clipping()
    declared = casetype.of(obj)
    with pytest.raises(CaseInputError) as error:
        declared.check_transition(obj, "publish")
    assert error.value.field == "tone"
    obj.tone = "neutral"
    with pytest.raises(CaseInputError) as error:
        declared.check_transition(obj, "publish")
    assert error.value.field == "summary"
    obj.summary = "  "
    with pytest.raises(CaseInputError):
        declared.check_transition(obj, "publish")
    obj.summary = "Krytyka remontu."
    declared.check_transition(obj, "publish")


def test_topics_are_tags_and_text_finds_the_summary(clipping, portal):
    obj = clipping(topics=["budżet obywatelski", "drogi"], summary="Mieszkańcy chwalą park.")
    catalog = portal.portal_catalog
    assert [b.getObject() for b in catalog(Subject="drogi", portal_type="PressClipping")] == [obj]
    assert catalog(SearchableText="chwalą", portal_type="PressClipping")[0].UID == obj.UID()


def test_filters_narrow_the_archive(clipping, prasa):
    a = clipping(title="Park", medium="Gazeta", medium_kind="press", clipping_date=NOVEMBER)
    b = clipping(
        "published", title="Most", medium="Radio Piekary", medium_kind="radio", tone="negative"
    )

    def titles(**form):
        return {brain.Title for brain in clippings.search(prasa, clippings.parse(form))}

    assert titles() == {a.title, b.title}
    assert titles(medium="Gazeta") == {"Park"}
    assert titles(medium_kind="radio") == {"Most"}
    assert titles(tone="negative") == {"Most"}
    assert titles(date_from="2026-11-01", date_to="2026-11-30") >= {"Park"}
    assert titles(q="Most") == {"Most"}


@pytest.mark.parametrize(
    "form, field",
    [
        ({"tone": "angry"}, "tone"),
        ({"medium_kind": "papyrus"}, "medium_kind"),
        ({"date_from": "2026-13-01"}, "date_from"),
        ({"date_from": "2026-11-30", "date_to": "2026-11-01"}, "date_from"),
        ({"medium": "a\x00b"}, "medium"),
        ({"q": "x" * 500}, "q"),
    ],
)
def test_bad_filters_are_named(portal, form, field):
    with pytest.raises(CaseInputError) as error:
        clippings.parse(form)
    assert error.value.field == field


@pytest.mark.parametrize("value", ["2026-13", "2026-00", "26-11", "listopad", "2026-1", "1999-12"])
def test_bad_month_is_named(value):
    with pytest.raises(CaseInputError) as error:
        clippings.month(value)
    assert error.value.field == "month"


def test_month_bounds():
    assert clippings.month("2026-02") == (
        NOVEMBER.replace(month=2, day=1),
        NOVEMBER.replace(month=2, day=28),
    )
    assert clippings.month("2026-12")[1].isoformat() == "2026-12-31"


def test_summary_counts_by_medium_and_tone(clipping, prasa):
    for medium, tone in (("Gazeta", "positive"), ("Gazeta", "negative"), ("TVP3", "neutral")):
        clipping("published", medium=medium, tone=tone, clipping_date=NOVEMBER)
    clipping(medium="Gazeta", clipping_date=NOVEMBER)  # not assessed yet
    clipping("published", medium="Gazeta", clipping_date=NOVEMBER.replace(month=10))
    first, last = clippings.month("2026-11")
    found = clippings.summary(prasa, first, last)
    gazeta, tvp = found["media"]
    assert (gazeta["medium"], gazeta["positive"], gazeta["negative"], gazeta["none"]) == (
        "Gazeta",
        1,
        1,
        1,
    )
    assert gazeta["total"] == 3
    assert (tvp["medium"], tvp["neutral"], tvp["total"]) == ("TVP3", 1, 1)
    assert found["totals"] == {"positive": 1, "neutral": 1, "negative": 1, "none": 1, "total": 4}


def test_private_clippings_wait_on_the_press_desk(clipping, portal):
    waiting = clipping(title="Do opracowania")
    done = clipping("published", title="Opracowany")
    with api.env.adopt_user("press"):
        queues = {q["id"]: q for q in desk.desk()}
    queue = queues["clippings_to_summarise"]
    urls = [i["@id"] for i in queue["items"]]
    assert waiting.absolute_url() in urls
    assert done.absolute_url() not in urls
    with api.env.adopt_user("clerk"):
        assert "clippings_to_summarise" not in {q["id"] for q in desk.desk()}

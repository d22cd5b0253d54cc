"""Clippings over REST against the real server: who adds and edits them, the check before
publishing, bad input named in a 400 with nothing written, the archive and its summary."""

from kancelaria import clock

import pytest
import transaction

PRASA = "kancelaria/prasa"
GOOD = {
    "@type": "PressClipping",
    "title": "Nowy most na Śląsku",
    "medium": "Dziennik Zachodni",
    "medium_kind": "press",
    "clipping_date": "2026-11-10",
    "author": "Anna Reporterka",
    "link": "https://dz.pl/most",
    "topics": ["inwestycje", "drogi"],
}


def titles(portal):
    transaction.begin()
    return {obj.title for obj in portal["kancelaria"]["prasa"].objectValues()}


def test_press_office_adds_edits_and_publishes(client, fportal):
    press = client("press")
    response = press.post(PRASA, json=GOOD)
    assert response.status_code == 201, response.text
    url = response.json()["@id"]
    answer = press.get(url).json()
    assert answer["medium"] == "Dziennik Zachodni"
    assert answer["topics"] == ["inwestycje", "drogi"]
    assert answer["review_state"] == "private"
    # Publishing without the tone: a 400 naming it; still private.
    refused = press.post(f"{url}/@workflow/publish")
    assert refused.status_code == 400
    assert "tone" in refused.text
    assert press.get(url).json()["review_state"] == "private"
    assert press.patch(url, json={"tone": "positive", "summary": "O moście."}).status_code == 204
    assert press.post(f"{url}/@workflow/publish").status_code == 200
    assert press.get(url).json()["review_state"] == "published"
    # The office reads it in the archive now, and cannot change it.
    clerk = client("clerk")
    assert clerk.get(url).status_code == 200
    assert clerk.patch(url, json={"tone": "negative"}).status_code in (401, 403)
    assert press.get(url).json()["tone"]["token"] == "positive"


@pytest.mark.parametrize("user", ["clerk", "mayor", "woik", "outsider", None])
def test_only_the_press_office_adds(client, fportal, user):
    response = client(user).post(PRASA, json={**GOOD, "title": f"Nie wolno {user}"})
    # Refused: by the permission, or (the office, who may add elsewhere) by the field
    # owners, a 400 naming the first field it may not write.
    assert response.status_code in (400, 401, 403), response.text
    assert f"Nie wolno {user}" not in titles(fportal)


@pytest.mark.parametrize(
    "change, field",
    [
        ({"tone": "angry"}, "tone"),
        ({"medium_kind": "papyrus"}, "medium_kind"),
        ({"clipping_date": "wczoraj"}, "clipping_date"),
        ({"link": "not a url"}, "link"),
        ({"title": "x" * 5000}, "title"),
        ({"summary": "a\x00b"}, "summary"),
        ({"medium": None}, "medium"),
    ],
)
def test_bad_input_is_a_400_naming_the_field(client, fportal, change, field):
    title = f"Zły wycinek {field}"
    response = client("press").post(PRASA, json={**GOOD, "title": title, **change})
    assert response.status_code == 400, response.text
    assert field in response.text
    assert title not in titles(fportal)


def test_archive_and_summary_over_rest(client, fclipping):
    today = clock.today()
    month = f"{today.year:04d}-{today.month:02d}"
    fclipping("published", title="Park miejski", medium="Radio Piekary", medium_kind="radio")
    fclipping(title="Szkic wycinka", medium="Radio Piekary")
    press, clerk = client("press"), client("clerk")
    listed = press.get(f"{PRASA}/@clippings", params={"medium": "Radio Piekary"}).json()
    assert {i["title"] for i in listed["items"]} == {"Park miejski", "Szkic wycinka"}
    assert listed["filters"] == {"medium": "Radio Piekary"}
    # The office sees the archive, not what the press office is still cataloguing.
    listed = clerk.get(f"{PRASA}/@clippings", params={"medium": "Radio Piekary"}).json()
    assert [i["title"] for i in listed["items"]] == ["Park miejski"]
    assert listed["items"][0]["tone"]["token"] == "positive"
    summary = clerk.get(f"{PRASA}/@clippings-summary", params={"month": month}).json()
    row = next(r for r in summary["media"] if r["medium"] == "Radio Piekary")
    assert (row["positive"], row["none"], row["total"]) == (1, 0, 1)
    summary = press.get(f"{PRASA}/@clippings-summary", params={"month": month}).json()
    row = next(r for r in summary["media"] if r["medium"] == "Radio Piekary")
    assert (row["positive"], row["none"], row["total"]) == (1, 1, 2)


@pytest.mark.parametrize(
    "path, params, field",
    [
        ("@clippings-summary", {"month": "2026-13"}, "month"),
        ("@clippings-summary", {"month": "listopad"}, "month"),
        ("@clippings", {"tone": "zły"}, "tone"),
        ("@clippings", {"date_to": "2026-02-30"}, "date_to"),
        ("@clippings", {"b_size": "0"}, "b_size"),
    ],
)
def test_bad_parameters_are_named(client, fportal, path, params, field):
    response = client("press").get(f"{PRASA}/{path}", params=params)
    assert response.status_code == 400
    assert response.json()["error"]["message"].startswith(field) or field in response.text


def test_summary_page_says_which_month_is_wrong(client, fportal):
    page = client("clerk").session.get(
        client("clerk").url(f"{PRASA}/@@podsumowanie"), params={"month": "2026-13"}, timeout=60
    )
    assert page.status_code == 400
    assert "month:" in page.text


@pytest.mark.parametrize("user", ["woik", "outsider", None])
def test_outsiders_get_neither_archive_nor_summary(client, fportal, user):
    for path in ("@clippings", "@clippings-summary"):
        assert client(user).get(f"{PRASA}/{path}").status_code in (401, 403)


def _file(name, data=b"%PDF-1.4 skan"):
    import base64

    return {
        "data": base64.b64encode(data).decode(),
        "encoding": "base64",
        "filename": name,
        "content-type": "application/octet-stream",
    }


def test_scan_is_kept_within_the_settings_limits(client, fportal):
    press = client("press")
    made = press.post(PRASA, json={**GOOD, "title": "Ze skanem", "file": _file("skan.pdf")})
    assert made.status_code == 201, made.text
    assert made.json()["file"]["filename"] == "skan.pdf"
    wrong = press.post(PRASA, json={**GOOD, "title": "Z programem", "file": _file("a.exe")})
    assert wrong.status_code == 400
    assert wrong.json()["error"]["message"].startswith("file")
    assert "Z programem" not in titles(fportal)


@pytest.mark.parametrize("user", ["clerk", "mayor", "woik", "outsider", None])
def test_only_the_press_office_edits_news(client, fnews, user):
    obj = fnews("published", title="Opublikowana aktualność", press_release=True)
    response = client(user).patch(obj.absolute_url(), json={"press_release": False})
    assert response.status_code in (401, 403), response.text
    transaction.begin()
    assert obj.press_release is True


def test_clipping_page_shows_what_the_office_reads(client, fclipping):
    obj = fclipping(
        "published",
        title="Most gotowy",
        author="Jan Reporter",
        link="https://dz.pl/most",
        topics=["drogi"],
        summary="Miasto chwalone za most.",
    )
    page = client("clerk").session.get(
        obj.absolute_url(), headers={"Accept": "text/html"}, timeout=60
    )
    assert page.status_code == 200
    core = page.text.split("kancelaria-clipping", 1)[1]
    for text in ("Dziennik Zachodni", "Jan Reporter", "drogi", "Miasto chwalone za most."):
        assert text in core
    assert 'href="https://dz.pl/most"' in core
    assert "No file" not in page.text


@pytest.mark.parametrize("change, field", [({"summary": ""}, "summary"), ({"tone": None}, "tone")])
def test_archived_clipping_keeps_tone_and_summary(client, fclipping, change, field):
    obj = fclipping("published", title="W archiwum")
    response = client("press").patch(obj.absolute_url(), json=change)
    assert response.status_code == 400, response.text
    assert response.json()["error"]["message"].startswith(field)
    answer = client("press").get(obj.absolute_url()).json()
    assert answer["summary"] and answer["tone"]

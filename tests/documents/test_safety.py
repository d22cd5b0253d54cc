"""Nothing a body says is fetched, and no body, however broken, stops a document.

A real HTTP server on 127.0.0.1 counts the requests that reach it: a letter whose body
points at it (an image, a style sheet, a CSS ``url()``, an ``@import``) must leave it at zero,
and ``file:///etc/passwd`` must never be read, whether the body passes ``richtext.clean``
or is given to WeasyPrint raw (the fetcher is the second wall).
"""

from http.server import BaseHTTPRequestHandler
from http.server import ThreadingHTTPServer
from kancelaria.documents import pdf
from kancelaria.documents import richtext
from kancelaria.documents import word
from kancelaria.documents.fetcher import StaticOnlyFetcher
from kancelaria.documents.fetcher import local_path
from tests.documents.conftest import pdf_text
from tests.documents.conftest import read_docx

import pytest
import threading


@pytest.fixture
def spy_server():
    """A local HTTP server; ``server.hits`` lists the paths requested."""
    hits = []

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            hits.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.end_headers()

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    server.hits = hits
    server.url = f"http://127.0.0.1:{server.server_address[1]}"
    yield server
    server.shutdown()
    server.server_close()


def hostile(url):
    return (
        f'<p>Tekst <img src="{url}/img.png"> i dalej</p>'
        f'<p style="background: url({url}/bg.png)">tło</p>'
        f'<link rel="stylesheet" href="{url}/style.css">'
        f"<style>@import url({url}/import.css); p {{ background: url({url}/css.png) }}</style>"
        f'<object data="{url}/object.svg"></object><iframe src="{url}/frame"></iframe>'
        '<img src="file:///etc/passwd"><p><a href="file:///etc/passwd">link</a></p>'
    )


def test_control_the_spy_server_counts(spy_server):
    """The server does count a request (so a zero below means something)."""
    from urllib.request import urlopen

    urlopen(f"{spy_server.url}/probe", timeout=5).close()
    assert spy_server.hits == ["/probe"]


def test_letter_body_fetches_nothing(integration, make_letter, spy_server):
    data = pdf.letter_pdf(make_letter(body_html=hostile(spy_server.url)))
    assert spy_server.hits == []
    text = pdf_text(data)
    assert "Tekst" in text and "i dalej" in text and "tło" in text
    assert "root:" not in text


def test_raw_html_fetches_nothing_but_static(integration, spy_server):
    """Past ``clean``, straight to WeasyPrint: the fetcher refuses every outside URL."""
    fetcher = StaticOnlyFetcher()
    html = (
        f'<html><head><link rel="stylesheet" href="{pdf.STYLESHEET}"></head>'
        f"<body>{hostile(spy_server.url)}"
        '<img src="file:///etc/passwd"><img src="data:image/png;base64,iVBORw0KGgo=">'
        f'<img src="{pdf.LOGO}"></body></html>'
    )
    data = pdf.html_to_pdf(html, fetcher)
    assert data.startswith(b"%PDF-")
    assert spy_server.hits == []
    assert "file:///etc/passwd" in fetcher.refused
    assert any(url.startswith(spy_server.url) for url in fetcher.refused)
    assert any(url.startswith("data:") for url in fetcher.refused)
    assert pdf.LOGO not in fetcher.refused and pdf.STYLESHEET not in fetcher.refused


@pytest.mark.parametrize(
    "url",
    [
        "file:///etc/passwd",
        "file://localhost/etc/passwd",
        "http://127.0.0.1/x.png",
        "https://example.org/logo.png",
        "ftp://example.org/x",
        "data:text/plain,hello",
        pdf.STYLESHEET.replace("letter.css", "../../../../../../etc/passwd"),
        pdf.STYLESHEET.replace("letter.css", "%2e%2e/__init__.py"),
        pdf.STYLESHEET.replace("letter.css", "missing.css"),
    ],
)
def test_fetcher_refuses(url):
    assert local_path(url) is None
    with pytest.raises(ValueError):
        StaticOnlyFetcher().fetch(url)


def test_fetcher_serves_static():
    response = StaticOnlyFetcher().fetch(pdf.STYLESHEET)
    assert b"@page" in response.read()


def test_clean_keeps_no_attribute_and_no_embedded_thing():
    root = richtext.clean(hostile("http://example.org"))
    html = richtext.to_html(root)
    for needle in ("src", "href", "style", "example.org", "passwd", "<img", "<link", "<iframe"):
        assert needle not in html, needle
    assert "Tekst" in html and "link" in html  # the text of a link stays


BROKEN = [
    "",
    None,
    "   ",
    "<p>niedomknięty <b>akapit <i>z kursywą",
    "</p></div></li>zamknięcia bez otwarcia",
    "<ul><li>lista<li>bez<li>zamknięć",
    "<table><tr><td>komórka</td><td>druga</tr></table>",
    "<p>znak sterujący \x00 \x07 \x1b w treści</p>",
    "<<<>>>&&&;;; <p <b> </",
    "<!-- komentarz --><?xml version='1.0'?><![CDATA[ dane ]]>tekst",
    "<html><head><title>tytuł</title></head><body><p>cały dokument</p></body></html>",
    "<p>" + "<b>" * 500 + "głęboko" + "</b>" * 500 + "</p>",
    "<ul><li>" * 300 + "na dnie list" + "</li></ul>" * 300,
    "<blockquote>" * 300 + "cytat w cytacie",
    "zwykły tekst bez znaczników\nw dwóch liniach",
    "<svg><script>alert(1)</script></svg><math><mi>x</mi></math>ocalały tekst",
]


@pytest.mark.parametrize("body", BROKEN, ids=range(len(BROKEN)))
def test_broken_html_does_not_crash(integration, make_letter, body):
    letter = make_letter(body_html=body)
    assert pdf.letter_pdf(letter).startswith(b"%PDF-")
    document = read_docx(word.letter_docx(letter))
    assert document.paragraphs


def test_broken_html_keeps_its_text(integration, make_letter):
    body = "<p>niedomknięty <b>akapit <i>z kursywą<ul><li>lista<li>bez zamknięć"
    text = pdf_text(pdf.letter_pdf(make_letter(body_html=body)))
    assert "niedomknięty akapit z kursywą" in text
    assert "lista" in text and "bez zamknięć" in text
    paragraphs = [
        p.text for p in read_docx(word.letter_docx(make_letter(body_html=body))).paragraphs
    ]
    assert "bez zamknięć" in paragraphs

"""``kancelaria.letters.eml`` and ``mapping``: e-mails as Thunderbird, Outlook and Gmail
save them, read into an incoming letter's fields and files; broken files refused naming
``file``, in Polish."""

from datetime import date
from kancelaria.case.errors import CaseInputError
from kancelaria.letters import eml
from kancelaria.letters.mapping import letter_files
from kancelaria.letters.mapping import letter_values
from pathlib import Path
from plone import api
from zope.i18n import translate

import email
import email.policy
import pytest

FIXTURES = Path(__file__).parent / "eml"


def fixture(name):
    return (FIXTURES / name).read_bytes()


def refusal(data):
    """The Polish message of the refusal of ``data``; the field must be ``file``."""
    with pytest.raises(CaseInputError) as raised:
        eml.parse(data)
    assert raised.value.field == "file"
    return translate(raised.value.message, target_language="pl")


def message(*headers, body="Treść pisma.", charset="utf-8"):
    head = "\r\n".join(headers) or "From: Jan Nowak <jan@example.org>"
    return head.encode(charset) + b"\r\n\r\n" + body.encode(charset)


def test_thunderbird(portal):
    parsed = eml.parse(fixture("thunderbird.eml"))
    assert parsed.sender_name == "Małgorzata Wiśniewska"
    assert parsed.sender_email == "m.wisniewska@poczta.onet.pl"
    # Two encoded words over a folded line make one subject.
    assert parsed.subject == (
        "Wniosek o naprawę oświetlenia ulicznego przy ul. Polnej w Świętochłowicach"
    )
    assert parsed.date == date(2026, 11, 23)
    assert parsed.received == date(2026, 11, 24)  # the office's server, the topmost Received
    assert parsed.message_id == "4b6f2c1e-8f0e-4c7a-9d5e-2a1b3c4d5e6f@poczta.onet.pl"
    # text/plain preferred over its HTML alternative, quoted-printable decoded.
    assert parsed.summary.startswith("Szanowni Państwo,\n\nzwracam się z prośbą o naprawę")
    assert "<p>" not in parsed.summary
    assert [(a.filename, a.content_type) for a in parsed.attachments] == [
        ("zdjęcie latarni łódź.pdf", "application/pdf")  # RFC 2231, in two continuations
    ]
    assert parsed.attachments[0].data.startswith(b"%PDF-1.4")
    assert parsed.skipped == ()


def test_outlook_iso_8859_2_inline_images_and_a_forwarded_email(portal):
    parsed = eml.parse(fixture("outlook.eml"))
    assert parsed.sender_name == "Zbigniew Łęcki"
    assert parsed.subject == "Zaproszenie na uroczyste otwarcie hali sportowej w Świętochłowicach"
    assert parsed.date == date(2026, 11, 19)
    assert parsed.received == date(2026, 11, 19)
    assert "przy ul. Łagiewnickiej, które odbędzie się 12 grudnia" in parsed.summary
    names = [a.filename for a in parsed.attachments]
    assert names == ["image001.png", "Hala sportowa - harmonogram odbiorów.eml"]
    image, forwarded = parsed.attachments
    assert image.inline and image.content_type == "image/png"
    assert image.data.startswith(b"\x89PNG")
    # The forwarded e-mail is an e-mail of its own, readable again.
    assert forwarded.content_type == "message/rfc822"
    inner = eml.parse(forwarded.data)
    assert inner.sender_name == "Anna Król"
    assert inner.summary == "Odbiory końcowe zakończą się 4 grudnia."
    # The GIF logo is no accepted type: left in the original, and said so.
    assert [s.filename for s in parsed.skipped] == ["image002.gif"]
    reason = translate(parsed.skipped[0].reason, target_language="pl")
    assert "image002.gif" in reason and "pdf" in reason


def test_gmail_zone_rfc2047_names_and_unique_names(portal):
    parsed = eml.parse(fixture("gmail.eml"))
    assert parsed.sender_name == "Piotr Kowalczyk"
    assert parsed.subject == "Patronat honorowy – Bieg Niepodległości 2027"
    # 15:30 in California on the 22nd is 00:30 on the 23rd in Warsaw.
    assert parsed.date == date(2026, 11, 23)
    assert parsed.summary.startswith("Dzień dobry,\n\nw załączeniu przesyłam wniosek")
    assert [a.filename for a in parsed.attachments] == [
        "logo.png",
        "Wniosek o patronat – Bieg Niepodległości.docx",
        "skan.pdf",
        "SKAN-2.pdf",
    ]
    assert parsed.attachments[0].inline and not parsed.attachments[2].inline
    assert parsed.attachments[3].data.endswith(b"% 2\n")


def test_letter_values_and_files(portal):
    data = fixture("thunderbird.eml")
    parsed = eml.parse(data)
    assert letter_values(parsed) == {
        "title": "Wniosek o naprawę oświetlenia ulicznego przy ul. Polnej w Świętochłowicach",
        "sender_name": "Małgorzata Wiśniewska",
        "sender_email": "m.wisniewska@poczta.onet.pl",
        "letter_date": date(2026, 11, 23),
        "channel": "email",
        "kind": "general",
        "summary": parsed.summary,
        "received_date": date(2026, 11, 24),
    }
    files = letter_files(parsed, data)
    assert [f.filename for f in files] == ["oryginal.eml", "zdjęcie latarni łódź.pdf"]
    assert files[0].data == data and files[0].content_type == "message/rfc822"


def test_a_date_in_the_future_is_no_date_of_the_letter(portal):
    parsed = eml.parse(message("From: jan@example.org", "Date: Fri, 1 Jan 2100 10:00:00 +0100"))
    assert parsed.date == date(2100, 1, 1)
    assert "letter_date" not in letter_values(parsed)


def test_no_subject_no_name_no_date(portal):
    api.portal.set_registry_record("plone.default_language", "pl")
    parsed = eml.parse(message("From: jan@example.org"))
    assert (parsed.sender_name, parsed.sender_email) == ("", "jan@example.org")
    assert parsed.date is None and parsed.received is None
    values = letter_values(parsed)
    assert values["sender_name"] == "jan@example.org"
    assert "letter_date" not in values and "received_date" not in values
    assert values["title"] == "(bez tematu)"  # the site's language: data, not the reader's


def test_html_only_body_becomes_safe_text(portal):
    html = (
        "<html><head><title>x</title><style>p {color: red}</style>"
        "<script>alert('x')</script></head><body><p>Proszę o informację</p>"
        "<p>o&nbsp;terminie &amp; miejscu.<br>Jan</p><img src='http://evil/'></body></html>"
    )
    parsed = eml.parse(
        message(
            "From: Jan <jan@example.org>",
            "Subject: Pytanie",
            "Content-Type: text/html; charset=utf-8",
            body=html,
        )
    )
    assert parsed.summary == "Proszę o informację\n\no terminie & miejscu.\nJan"
    assert parsed.attachments == ()


def test_a_long_body_and_subject_are_shortened(portal):
    parsed = eml.parse(
        message("From: jan@example.org", "Subject: " + "Temat " * 100, body="słowo " * 2000)
    )
    assert len(parsed.summary) == eml.SUMMARY_CHARS and parsed.summary.endswith("…")
    most = api.portal.get_registry_record("kancelaria.max_title_length")
    assert len(parsed.subject) == most and parsed.subject.endswith("…")


def test_raw_8bit_headers_and_unknown_header_charsets(portal):
    """Headers in no declared character set (UTF-8 or Windows-1250) or an unknown one are
    read as Polish; control characters never reach the letter."""
    data = (
        b"From: =?x-unknown?q?J=F3zef_Mro=BFek?= <jozef@example.org>\r\n"
        b"Subject: Za\xc5\xbc\xc3\xb3\xc5\x82\xc4\x87 g\xea\xb6l\xb9\x01 ja\xbc\xf1\r\n\r\n"
        b"Tre\xc5\x9b\xc4\x87"
    )
    parsed = eml.parse(data)
    assert parsed.sender_name == "Józef Mrożek"
    assert parsed.subject.startswith("Zażółć")
    assert "\x01" not in parsed.subject


@pytest.mark.parametrize(
    "name, expected",
    [
        ("../../etc/passwd.txt", "passwd.txt"),
        ("C:\\Users\\jan\\Pulpit\\skan.pdf", "skan.pdf"),
        ('wniosek<>:"|?*.pdf', "wniosek.pdf"),
        ("a\x00b\x1fc.pdf", "abc.pdf"),
        ("  .pdf", "pdf"),
        ("", "zalacznik-1"),
        ("x" * 300 + ".pdf", "x" * 116 + ".pdf"),
    ],
)
def test_file_names_are_sanitised(name, expected):
    assert eml.clean_name(name) == expected


def test_an_attachment_without_a_name_gets_one(portal):
    data = (
        b"From: jan@example.org\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n"
        b"--b\r\nContent-Type: text/plain\r\n\r\nTekst\r\n"
        b"--b\r\nContent-Type: application/pdf\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        b"JVBERi0=\r\n--b--\r\n"
    )
    parsed = eml.parse(data)
    assert [(a.filename, a.data) for a in parsed.attachments] == [("zalacznik-1.pdf", b"%PDF-")]
    assert parsed.summary == "Tekst"


# Broken input: each refused naming ``file``, with a Polish message saying what is wrong.


@pytest.mark.parametrize(
    "data, words",
    [
        (b"", "pusty"),
        (b" \r\n\r\n ", "pusty"),
        (b"%PDF-1.4\n1 0 obj<<>>endobj\n%%EOF\n", "to nie jest e-mail"),
        (b"Szanowni Panstwo,\n\nprosze o odpowiedz.\n", "to nie jest e-mail"),
        (bytes(range(256)) * 40, "to nie jest e-mail"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "to nie jest e-mail"),
        (b"Subject: Bez nadawcy\r\nDate: Mon, 23 Nov 2026 10:00:00 +0100\r\n\r\nTresc", "nadawcy"),
        (b"From: <>\r\nSubject: x\r\n\r\nTresc", "nadawcy"),
        (b"From: jan@example.org\r\nSubject: Tylko naglowki\r\n", "tylko nagłówki"),
        (
            b"From: jan@example.org\r\nContent-Type: text/plain; charset=x-nieznany\r\n\r\nx",
            "nieznanym zestawie znaków",
        ),
    ],
)
def test_broken_input_is_refused(portal, data, words):
    assert words in refusal(data)


def test_a_file_over_the_limit_is_refused(portal):
    api.portal.set_registry_record("kancelaria.max_attachment_mb", 1)
    data = message("From: jan@example.org", body="x" * (1024 * 1024))
    assert "najwyżej 1 MB" in refusal(data)


def test_eml_not_among_the_accepted_types_is_refused(portal):
    api.portal.set_registry_record("kancelaria.attachment_types", ["pdf"])
    assert "oryginal.eml" in refusal(message("From: jan@example.org"))


def test_too_many_parts_and_too_deep_nesting_are_refused(portal):
    parts = b"".join(b"--b\r\nContent-Type: application/pdf\r\n\r\nx\r\n" for _ in range(201))
    data = b"From: jan@example.org\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n"
    assert "więcej niż 200 części" in refusal(data + parts + b"--b--\r\n")
    deep = b"From: jan@example.org\r\n"
    for level in range(2000):
        deep += f"Content-Type: multipart/mixed; boundary=b{level}\r\n\r\n--b{level}\r\n".encode()
    refusal(deep + b"Content-Type: text/plain\r\n\r\nx\r\n")


def test_what_the_parser_gives_back_is_what_python_reads(portal):
    """The fixtures are real e-mails: Python's own parser reads the same sender."""
    for name in ("thunderbird.eml", "outlook.eml", "gmail.eml"):
        msg = email.message_from_bytes(fixture(name), policy=email.policy.default)
        assert eml.parse(fixture(name)).sender_email == msg["From"].addresses[0].addr_spec.lower()


def test_a_file_starting_with_the_mbox_from_line(portal):
    """Thunderbird's older “Save as” wrote the mailbox's ``From -`` line first."""
    data = b"From - Tue Nov 24 08:00:00 2026\r\nX-Mozilla-Status: 0001\r\n" + fixture(
        "thunderbird.eml"
    )
    parsed = eml.parse(data)
    assert parsed.sender_name == "Małgorzata Wiśniewska"
    assert [a.filename for a in parsed.attachments] == ["zdjęcie latarni łódź.pdf"]

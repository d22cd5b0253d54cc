"""Mutated e-mails: the parser gives a result or ``CaseInputError`` naming ``file``, never
anything else; and ``@eml`` on the real server answers 201 or 400, never a 5xx.

The mutations start from the Thunderbird, Outlook and Gmail fixtures: bytes flipped,
ranges cut, repeated or truncated, and pieces an e-mail parser trips on (broken encoded
words, boundaries, charsets, NUL bytes, endless header lines) put anywhere. The same
examples on every run (``derandomize``)."""

from hypothesis import strategies as st
from kancelaria.case.errors import CaseInputError
from kancelaria.letters import eml
from pathlib import Path
from tests.fuzz.conftest import Fuzz
from tests.fuzz.conftest import Raw
from tests.fuzz.conftest import run

import pytest

pytestmark = pytest.mark.fuzz

SEEDS = [
    (Path(__file__).parent / "eml" / name).read_bytes()
    for name in ("thunderbird.eml", "outlook.eml", "gmail.eml")
]
PIECES = [
    b"\x00",
    b"\r\n\r\n",
    b"\r\n",
    b"\n ",
    b"=?",
    b"?=",
    b"=?utf-8?q?=C5?=",
    b"=?x-nieznany?b?////?=",
    b"=?utf-8?b?!!!?=",
    b"=?iso-8859-2?Q?=A3=",
    b'\r\nContent-Type: multipart/mixed; boundary=""\r\n',
    b"\r\nContent-Type: message/rfc822\r\n",
    b'\r\nContent-Type: text/plain; charset="\x00"\r\n',
    b"\r\nContent-Transfer-Encoding: base64\r\n",
    b"\r\nContent-Disposition: attachment; filename*=utf-8''%ZZ%C5\r\n",
    b"\r\nContent-Disposition: attachment; filename*0*=x''a; filename*5=b\r\n",
    b'\r\nFrom: "\\" <@>, :;<\r\n',
    b"\r\nDate: Mon, 99 Foo 99999 99:99:99 +9999\r\n",
    b"\r\nReceived: ; 31 Feb 10000 00:00 +0000\r\n",
    b"--",
    b"boundary=",
    b"\xff\xfe\xc5",
    b"\xed\xb2\x80",  # a lone surrogate in UTF-8
    b"X-Long: " + b"a" * 20_000,
]


def mutate(seed, edits):
    data = bytearray(seed)
    for kind, where, size, piece in edits:
        at = where % (len(data) + 1)
        if kind == "flip" and data:
            data[at % len(data)] ^= 1 << (size % 8)
        elif kind == "cut":
            del data[at : at + size]
        elif kind == "repeat":
            data[at:at] = data[at : at + size]
        elif kind == "insert":
            data[at:at] = piece
        elif kind == "truncate":
            del data[at:]
    return bytes(data)


edit = st.tuples(
    st.sampled_from(["flip", "cut", "repeat", "insert", "insert", "truncate"]),
    st.integers(min_value=0, max_value=10_000),
    st.integers(min_value=1, max_value=400),
    st.sampled_from(PIECES),
)
mutated = st.builds(mutate, st.sampled_from(SEEDS), st.lists(edit, min_size=1, max_size=6))


def test_the_parser_gives_a_result_or_refuses_naming_file(portal):
    outcomes = {"parsed": 0, "refused": 0}

    def parse(data):
        try:
            parsed = eml.parse(data)
        except CaseInputError as error:
            assert error.field == "file"
            outcomes["refused"] += 1
            return
        outcomes["parsed"] += 1
        # What comes out can be written into a case: no control characters, no surrogates.
        for text in (parsed.subject, parsed.sender_name, parsed.summary):
            assert not eml.limits.CONTROL_RE.search(text)
            text.encode("utf-8")
        for item in parsed.attachments:
            assert item.filename and "/" not in item.filename
            item.filename.encode("utf-8")

    run(mutated, 400, parse)
    assert outcomes["parsed"] and outcomes["refused"], outcomes


@pytest.fixture
def server(client):
    """The fuzz runner of ``tests/fuzz`` (it fails listing every 5xx it met)."""
    return Fuzz(client)


def test_the_service_never_answers_5xx(server):
    statuses = set()

    def send(data):
        # Without its Message-ID an e-mail is never a duplicate: each one goes all the way.
        data = data.replace(b"Message-ID:", b"X-Was-Message-ID:")
        response = server.send("POST", "kancelaria/korespondencja/@eml", "clerk", Raw822(data))
        statuses.add(response.status_code)
        assert response.status_code in (201, 400), response.text[:300]

    run(mutated, 40, send)
    server.check()
    assert statuses == {201, 400}


class Raw822(Raw):
    """A body sent as it is, declared as an e-mail."""

    content_type = "message/rfc822"

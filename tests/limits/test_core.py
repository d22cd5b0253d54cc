"""``kancelaria.case.limits``: what is refused, where, and in Polish."""

from kancelaria.case import limits
from kancelaria.case.behaviors import ICase
from kancelaria.content.interpellation import IInterpellation
from plone import api
from plone.app.textfield.value import RichTextValue
from plone.dexterity.utils import iterSchemataForType
from plone.namedfile.file import NamedBlobFile
from zope.i18n import translate

import pytest


def test_where_the_limits_apply(portal, make_case):
    case = make_case()
    assert limits.in_case(case)
    assert not limits.in_case(portal["interpelacje"])
    with api.env.adopt_roles(["Manager"]):
        page = api.content.create(container=portal, type="Document", title="Strona")
        attachment = api.content.create(container=case, type="File", title="Skan")
    assert not limits.in_case(page)
    assert limits.in_case(attachment)
    assert limits.is_case_type("Interpellation") and limits.is_case_type("KancelariaTestCase")
    assert not limits.is_case_type("Document")


@pytest.mark.parametrize(
    "field, value, refused",
    [
        (IInterpellation["title"], "T" * 300, False),
        (IInterpellation["title"], "T" * 301, True),
        (IInterpellation["title"], "Ulica\x00Polna", True),
        (IInterpellation["title"], "Ulica\tPolna", False),
        (IInterpellation["text"], RichTextValue("<p>" + "x" * 199_993 + "</p>"), False),
        (IInterpellation["text"], RichTextValue("<p>" + "x" * 199_994 + "</p>"), True),
        (IInterpellation["text"], RichTextValue("<p>a\r\nb\tc</p>"), False),
        (IInterpellation["text"], RichTextValue("<p>a\x0cb</p>"), True),
        (ICase["departments"], ["WOIK"], False),
    ],
)
def test_problem(portal, field, value, refused):
    assert (limits.problem(field, value) is not None) == refused


def test_files(portal):
    field = next(s for s in iterSchemataForType("File") if "file" in s.names())["file"]
    assert limits.problem(field, NamedBlobFile(b"%PDF", filename="pismo.pdf")) is None
    assert limits.problem(field, NamedBlobFile(b"%PDF", filename="Pismo.PDF")) is None
    assert limits.problem(field, NamedBlobFile(b"MZ", filename="program.exe")) is not None
    assert limits.problem(field, NamedBlobFile(b"x", filename="bez-rozszerzenia")) is not None
    big = NamedBlobFile(b"x" * (25 * limits.MB + 1), filename="skan.tif")
    assert limits.problem(field, big) is not None


def test_messages_in_polish(portal):
    message = limits.problem(IInterpellation["title"], "T" * 301)
    assert translate(message, target_language="pl") == (
        "301 znaków to za dużo; dozwolone jest najwyżej 300."
    )

"""Access codes: given at registration to the types that offer the check, random, easy to
type, compared ignoring case and separators; readable by the office and the mayor only."""

from AccessControl import Unauthorized
from kancelaria.case import routing
from kancelaria.case import statuscheck
from kancelaria.case.casetype import for_type
from plone import api

import pytest
import re

CODE_RE = re.compile(r"^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{5}-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{5}$")


def test_declared_by_the_test_type_not_by_interpellations(integration):
    assert for_type("KancelariaTestCase").status_check is True
    assert for_type("Interpellation").status_check is False


def test_code_given_at_registration(make_case):
    case = make_case()
    code = statuscheck.stored_code(case)
    assert CODE_RE.match(code), code


def test_codes_differ(make_case):
    codes = {statuscheck.stored_code(make_case(title=f"Pismo {n}")) for n in range(20)}
    assert len(codes) == 20


def test_no_code_for_a_type_without_the_check(portal):
    with api.env.adopt_roles(["Manager"]):
        item = api.content.create(
            container=portal["interpelacje"],
            type="Interpellation",
            title="Oświetlenie",
            kind="interpellation",
            councillor="jan-nowak",
        )
    assert statuscheck.stored_code(item) is None


@pytest.mark.parametrize(
    "typed",
    ["{raw}", "{lower}", "{a} {b}", " {a}-{b} ", "{a}–{b}", "{a}\u00a0{b}"],
)
def test_typed_forms_match(make_case, typed):
    case = make_case()
    code = statuscheck.stored_code(case)
    a, b = code.split("-")
    text = typed.format(raw=a + b, lower=code.lower(), a=a, b=b)
    assert statuscheck.matches(case, text)


def test_wrong_code_does_not_match(make_case):
    case = make_case()
    code = statuscheck.stored_code(case)
    other = ("3" if code[0] != "3" else "4") + code[1:]
    assert not statuscheck.matches(case, other)
    assert not statuscheck.matches(case, "")
    assert not statuscheck.matches(case, None)
    assert not statuscheck.matches(None, code)


def test_copy_gets_its_own_code(make_case, letters):
    case = make_case()
    with api.env.adopt_roles(["Manager"]):
        copy = api.content.copy(source=case, target=letters, safe_id=True)
    assert statuscheck.stored_code(copy) != statuscheck.stored_code(case)
    assert CODE_RE.match(statuscheck.stored_code(copy))


@pytest.mark.parametrize(
    "user,allowed",
    [("clerk", True), ("mayor", True), ("woik", False), ("press", False), ("outsider", False)],
)
def test_who_reads_the_code(make_case, user, allowed):
    case = make_case()
    with api.env.adopt_roles(["Manager"]):
        routing.route(case, ["WOIK"])
    with api.env.adopt_user(username=user):
        if allowed:
            assert statuscheck.access_code(case) == statuscheck.stored_code(case)
        else:
            with pytest.raises(Unauthorized):
                statuscheck.access_code(case)


def test_not_in_catalog_metadata_or_search_text(make_case, portal):
    case = make_case()
    code = statuscheck.stored_code(case)
    catalog = api.portal.get_tool("portal_catalog")
    brain = catalog.unrestrictedSearchResults(UID=case.UID())[0]
    for column in catalog.schema():
        value = getattr(brain, column, None)
        assert code not in repr(value), column
        assert code.replace("-", "") not in repr(value), column
    rid = brain.getRID()
    indexed = catalog.getIndexDataForRID(rid)
    assert code not in repr(indexed)
    assert code.replace("-", "").lower() not in repr(indexed).lower()
    for word in (code, code.replace("-", ""), code.split("-")[0]):
        assert not catalog.unrestrictedSearchResults(SearchableText=word)

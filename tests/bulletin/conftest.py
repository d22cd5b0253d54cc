"""Bulletin issues as the press office makes them."""

from datetime import date
from plone import api
from plone.namedfile.file import NamedBlobFile

import pytest

#: A small but real PDF (one empty page).
PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)


def pdf(name="biuletyn.pdf", data=PDF):
    return NamedBlobFile(data=data, filename=name, contentType="application/pdf")


def make_issue(container, state="private", number=None, issue_date=None, with_pdf=True, **kw):
    with api.env.adopt_roles(["Manager"]):
        issue = api.content.create(
            container=container,
            type="BulletinIssue",
            title=kw.pop("title", "Biuletyn Informacyjny"),
            number=number,
            issue_date=issue_date or date(2026, 3, 1),
            file=pdf() if with_pdf else None,
            **kw,
        )
        if state == "published":
            api.content.transition(obj=issue, transition="publish")
    return issue


@pytest.fixture
def issue(portal):
    def make(**kw):
        return make_issue(portal["biuletyn"], **kw)

    return make


@pytest.fixture
def fissue(fportal):
    import transaction

    def make(**kw):
        obj = make_issue(fportal["biuletyn"], **kw)
        transaction.commit()
        return obj

    return make

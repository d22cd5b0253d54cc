"""The home page: the office and what it does, news, the latest bulletin issue, activity
report and galleries, links to the registers and the office's pages, the contact data."""

from kancelaria import _
from kancelaria.browser.publications import published_on
from kancelaria.browser.sitemap import public_sections
from kancelaria.calendar import public as calendar_page
from kancelaria.content.gallery import published_galleries
from plone import api
from Products.Five import BrowserView

#: The office in a few words (from its list of duties).
INTRO = _(
    "home_intro",
    default="The Office of the Mayor supports the flow of documents, runs the city's "
    "information policy and the mayor's representative duties, and serves the offices of "
    "the mayor and the deputies: correspondence, the mayor's meetings, councillors' "
    "interpellations, honorary patronages, the press office, the information bulletin and "
    "the reports on the mayor's activity for the council sessions.",
)

#: The newest published issue of these types shows on the home page, when the type exists.
LATEST_OF = (
    ("BulletinIssue", _("Latest bulletin issue")),
    ("ActivityReport", _("Latest activity report")),
)


class HomeView(BrowserView):
    intro = INTRO

    def news(self):
        return api.content.find(
            portal_type="News Item",
            sort_on="effective",
            sort_order="descending",
            sort_limit=5,
            review_state="published",
        )[:5]

    def published(self, brain):
        return published_on(brain)

    def date(self, value):
        return api.portal.get_localized_time(value)

    def sections(self):
        return public_sections()

    def pages(self):
        """The office's pages besides the sections: contact, the status check."""
        portal = api.portal.get()
        result = []
        contact = portal.get("kontakt")
        if contact is not None:
            result.append({"url": contact.absolute_url(), "title": contact.Title()})
        result.append(
            {
                "url": f"{portal.absolute_url()}/sprawdz-sprawe",
                "title": _("Check the status of a case"),
            }
        )
        result.append({"url": calendar_page.page_url(), "title": calendar_page.TITLE})
        return result

    def latest(self):
        """``[{"heading", "brain"}]``: the newest published bulletin issue and activity
        report (nothing while the types or their issues do not exist)."""
        types_tool = api.portal.get_tool("portal_types")
        result = []
        for portal_type, heading in LATEST_OF:
            if portal_type not in types_tool:
                continue
            found = api.content.find(
                portal_type=portal_type,
                review_state="published",
                sort_on="effective",
                sort_order="descending",
                sort_limit=1,
            )[:1]
            if found:
                result.append({"heading": heading, "brain": found[0]})
        return result

    def galleries(self):
        return published_galleries(limit=3)

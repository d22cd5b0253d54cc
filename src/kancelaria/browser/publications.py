"""What the public folders publish (news, the bulletin, the reports): newest first, each
with its date of publication; and the date of publication on a news item's page."""

from AccessControl.PermissionRole import rolesForPermissionOn
from kancelaria.case import params
from kancelaria.case.errors import CaseInputError
from kancelaria.press import news
from kancelaria.press import settings as press_settings
from plone import api
from plone.app.layout.viewlets.common import ViewletBase
from plone.batching import Batch
from Products.Five import BrowserView

#: Types a publications folder lists (images and files of a news item are not news).
LISTED = ("News Item", "Document", "Event", "Link", "BulletinIssue", "ActivityReport")


def published_on(obj_or_brain):
    """The date of publication: the effective date, else the creation date."""
    effective = obj_or_brain.effective
    if callable(effective):
        effective = effective()
    # No date: CMF's year 1000, or Dexterity's floor (1970) for an item published without
    # an effective date (by a script or ``api.content.transition``).
    if effective is None or effective.year() <= 1970:
        created = obj_or_brain.created
        return created() if callable(created) else created
    return effective


class PublicationsView(BrowserView):
    """``@@publications``: the folder's published items, 20 a page, from the catalog."""

    b_size = 20

    def __call__(self):
        # The press office's filters (``kancelaria.press.news``): a bad one is left out,
        # named on the page, and the page answers 400.
        try:
            self.press_filters, self.filter_error = news.read_filters(self.request.form), None
        except CaseInputError as error:
            self.press_filters = {"press": False, "campaign": None}
            self.filter_error = f"{error.field}: {error.translated(self.request)}"
            self.request.response.setStatus(400)
        return self.index()

    def campaign_title(self):
        campaign = self.press_filters.get("campaign")
        return press_settings.campaigns().get(campaign) if campaign else None

    def press_only(self):
        return self.press_filters.get("press")

    def upcoming(self):
        """The press conferences to come, on the news folder's first page."""
        if self.request.form.get("b_start") or any(self.press_filters.values()):
            return []
        return news.upcoming_conferences(self.context)

    def batch(self):
        b_start = params.page_start(self.request.form)
        brains = api.content.find(
            **news.criteria(getattr(self, "press_filters", {})),
            context=self.context,
            depth=1,
            portal_type=[t for t in LISTED if t in api.portal.get_tool("portal_types")],
            sort_on="effective",
            sort_order="descending",
            b_start=b_start,
            b_size=self.b_size,
        )
        return Batch(brains, self.b_size, b_start, orphan=0)

    def published(self, brain):
        return published_on(brain)

    def date(self, value):
        return api.portal.get_localized_time(value)


class PublishedViewlet(ViewletBase):
    """Below a news item's title: when it was published, and updated if it was since."""

    def update(self):
        super().update()
        self.published = published_on(self.context)
        modified = self.context.modified()
        self.updated = modified if modified.Date() > self.published.Date() else None

    def date(self, value):
        return api.portal.get_localized_time(value)


class MacrosView(BrowserView):
    """``@@kancelaria-macros``: shared page parts (``empty``: a list with nothing yet;
    ``contact``: the office's address, phone and e-mail from the registry)."""

    def __getitem__(self, name):
        return self.index.macros[name]

    def contact_data(self):
        """The office's contact data (``contact`` macro: ``/kontakt`` and the home page)."""
        from kancelaria.browser.identity import contact_data

        return contact_data()

    def is_public(self):
        """Whether visitors see this folder (Anonymous has View on it)."""
        return "Anonymous" in rolesForPermissionOn("View", self.context)

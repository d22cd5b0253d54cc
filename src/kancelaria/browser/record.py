"""The publication record (metryczka) under every public page: ``kancelaria.publication``."""

from kancelaria import publication
from plone import api
from plone.app.layout.viewlets.common import ViewletBase


class RecordViewlet(ViewletBase):
    """Below the content of a public page's view: the publication record; nothing in the
    internal area or on pages visitors cannot open."""

    def update(self):
        super().update()
        self.record = None
        if publication.shown(self.context):
            self.record = publication.record(self.context, self.request)

    def render(self):
        if self.record is None:
            return ""
        return super().render()

    def date(self, value):
        return api.portal.get_localized_time(value, long_format=True)

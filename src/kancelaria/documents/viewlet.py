"""The document buttons of a register's entry that is no case (a meeting's minutes)."""

from kancelaria.documents import views
from plone.app.layout.viewlets import ViewletBase


class DocumentsViewlet(ViewletBase):
    def update(self):
        super().update()
        self.documents = views.links(self.context)

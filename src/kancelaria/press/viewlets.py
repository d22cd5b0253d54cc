"""On a news item, event or page of the press office: the mark (“Komunikat prasowy”,
“Konferencja prasowa”), the press contact, and the campaigns it belongs to, each linked to
its page (the news listing of that campaign)."""

from kancelaria.press import campaign_url
from kancelaria.press.behaviors import IPressConference
from kancelaria.press.behaviors import IPressContact
from kancelaria.press.behaviors import IPressRelease
from kancelaria.press.behaviors import item_campaigns
from kancelaria.press.behaviors import press_kind
from plone.app.layout.viewlets.common import ViewletBase


class PressViewlet(ViewletBase):
    def update(self):
        super().update()
        obj = self.context
        self.kind = press_kind(obj)
        self.campaigns = [
            {"id": key, "title": title, "url": campaign_url(key)}
            for key, title in item_campaigns(obj)
        ]
        self.contact = None
        if self.kind and IPressContact.providedBy(obj):
            contact = {
                "name": getattr(obj, "press_contact_name", None),
                "phone": getattr(obj, "press_contact_phone", None),
                "email": getattr(obj, "press_contact_email", None),
            }
            if any(contact.values()):
                self.contact = contact

    def available(self):
        return bool(self.kind or self.campaigns)

    def is_release(self):
        return self.kind == "release" and IPressRelease.providedBy(self.context)

    def is_conference(self):
        return self.kind == "conference" and IPressConference.providedBy(self.context)

"""The city's identity in every page: the logo with the office's name, and the footer with
its contact data, the BIP and the accessibility declaration.

Both read registry records and the portal's URL only: no catalog query, no content walk.
"""

from kancelaria import public
from kancelaria.browser.sitemap import PAGE as SITEMAP
from kancelaria.structure import DECLARATION
from plone import api
from plone.app.layout.viewlets.common import LogoViewlet as PloneLogoViewlet
from Products.Five import BrowserView
from Products.Five.browser.pagetemplatefile import ViewPageTemplateFile


class LogoViewlet(PloneLogoViewlet):
    """Plone's logo (``plone.site_logo``) with the site's title and the city hall beside it."""

    index = ViewPageTemplateFile("templates/logo.pt")

    def update(self):
        super().update()
        self.city_hall = public.contact()["city_hall"]


def contact_data():
    """The office's contact data as pages show it (the footer, ``/kontakt``, the home
    page): the registry's records, the office's name and the phone's ``tel:`` link."""
    data = public.contact()
    data["phone_href"] = "tel:+48" + "".join(c for c in data["phone"] or "" if c.isdigit())
    data["name"] = api.portal.get_registry_record("plone.site_title", default=public.OFFICE_NAME)
    return data


class FooterView(BrowserView):
    """``@@footer`` (the footer portlet of Plone's classic footer) on the add-on's layer."""

    def contact(self):
        return contact_data()

    def office_name(self):
        return contact_data()["name"]

    def links(self):
        portal_url = api.portal.get().absolute_url()
        return {
            "contact": f"{portal_url}/kontakt",
            "status_check": f"{portal_url}/sprawdz-sprawe",
            "declaration": f"{portal_url}/{DECLARATION}",
            "sitemap": f"{portal_url}/{SITEMAP}",
        }

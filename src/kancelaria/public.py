"""The city's identity on the public site: the office's contact data (registry), its name
and mark (Plone's site title and logo records), and the function that brings an existing
site up to date.

The footer and the logo read registry records only (no catalog query, no walk over
content), so they cost every public page next to nothing.
"""

from base64 import b64encode
from kancelaria import _
from pathlib import Path
from plone import api
from plone.registry.interfaces import IRegistry
from zope import schema
from zope.component import getUtility
from zope.interface import Interface

import logging

PREFIX = "kancelaria.public"

HERE = Path(__file__).parent

#: The office's name: the site's title unless the office chose another.
OFFICE_NAME = "Kancelaria Prezydenta Miasta"

#: Titles a new site gets from Plone; anything else was chosen by the office and stays.
PLONE_TITLES = ("", "Plone", "Plone site", "Site")

#: The mark drawn for the project (``browser/static/logo.svg``).
LOGO = HERE / "browser" / "static" / "logo.svg"

#: The profile's registry file of the public face (contact records, CSS bundle), imported
#: on its own on an existing site.
REGISTRY_FILE = HERE / "profiles" / "default" / "registry" / "public.xml"


class IPublicSettings(Interface):
    """The office's contact data in the footer of every page (Site setup → Configuration
    registry, ``kancelaria.public.*``). Defaults from the office's list of duties."""

    city_hall = schema.TextLine(
        title=_("City hall"),
        default="Urząd Miejski w Świętochłowicach",
        required=False,
    )
    room = schema.TextLine(title=_("Room"), default="pokój 6", required=False)
    phone = schema.TextLine(title=_("Phone"), default="32 3491 826", required=False)
    email = schema.TextLine(title=_("E-mail"), default="kpm@swietochlowice.pl", required=False)
    bip_url = schema.URI(
        title=_("Public Information Bulletin (BIP)"),
        description=_("Address of the city's BIP, linked from every page."),
        default="https://bip.swietochlowice.pl",
        required=False,
    )


def contact():
    """The footer's data: ``{name: value}`` of ``IPublicSettings`` (missing records: the
    defaults, so a site not yet upgraded still shows the office)."""
    registry = getUtility(IRegistry)
    return {
        name: registry.get(f"{PREFIX}.{name}", field.default)
        for name, field in schema.getFieldsInOrder(IPublicSettings)
    }


def logo_record():
    """``plone.site_logo`` for the mark, in the format of Plone's site control panel."""
    data = LOGO.read_bytes()
    return b"filenameb64:" + b64encode(LOGO.name.encode()) + b";datab64:" + b64encode(data)


def ensure_identity():
    """The office's name and mark, unless the office already chose its own."""
    portal = api.portal.get()
    registry = getUtility(IRegistry)
    if (registry.get("plone.site_title") or "") in PLONE_TITLES:
        registry["plone.site_title"] = OFFICE_NAME
    if (portal.title or "") in PLONE_TITLES:
        portal.title = OFFICE_NAME
    if not registry.get("plone.site_logo"):
        registry["plone.site_logo"] = logo_record()


def import_registry_file():
    """The public face's registry records (the theme's CSS bundle), from the profile's own
    file: nothing else of the registry is touched."""
    from plone.app.registry.exportimport.handler import RegistryImporter

    importer = RegistryImporter(getUtility(IRegistry), _ImportEnviron())
    importer.importDocument(REGISTRY_FILE.read_bytes())


class _ImportEnviron:
    """The part of a GenericSetup import context ``RegistryImporter`` uses."""

    def getLogger(self, name):
        return logging.getLogger(name)

    def shouldPurge(self):
        return False


#: The profile's files of the public face that reimport whole (``actions.xml``,
#: ``portlets.xml``): only what the public face says is touched.
PROFILE_STEPS = ("actions", "portlets")


def update_public_site(context=None):
    """Bring an existing site's public face up to date; idempotent (an upgrade step).

    The contact records (kept when present), the CSS bundle, the site actions (Plone's
    accessibility and contact pages give way to the office's own), the navigation tree in
    the left column of the internal area only, the office's name and mark unless the
    office chose its own, the accessibility declaration page, and the listings of
    ``/aktualnosci``, ``/biuletyn`` and ``/sprawozdania`` (unless the office picked
    another view)."""
    from kancelaria import structure

    import_registry_file()
    setup = api.portal.get_tool("portal_setup")
    for step in PROFILE_STEPS:
        setup.runImportStepFromProfile("profile-kancelaria:default", step, run_dependencies=False)
    ensure_identity()
    structure.ensure_folders()
    structure.ensure_pages()
    structure.ensure_staff_navigation()


#: The start of the contact page's text before 1006: the contact data, now drawn from the
#: registry above the text (``kancelaria-contact``).
OLD_CONTACT_BLOCK = (
    "<h2>Kancelaria Prezydenta Miasta (KPM)</h2>\n<p>Urząd Miejski w Świętochłowicach<br />\n"
    'pokój 6<br />\ntel. <a href="tel:+48323491826">32 3491 826</a><br />\n'
    'e-mail: <a href="mailto:kpm@swietochlowice.pl">kpm@swietochlowice.pl</a></p>\n'
)


def update_contact_page():
    """The contact page shows the registry's data: its layout, and its text without the
    copy of the data it carried before 1006 (only while the office left it unchanged)."""
    from kancelaria import structure
    from plone.app.textfield.value import RichTextValue

    structure.ensure_page_layouts()
    page = api.portal.get().get("kontakt")
    text = getattr(page, "text", None)
    if text is None or not text.raw.startswith(OLD_CONTACT_BLOCK):
        return
    raw = text.raw[len(OLD_CONTACT_BLOCK) :].replace(
        "<h3>Zakres działania</h3>", "<h2>Zakres działania</h2>"
    )
    page.text = RichTextValue(raw, text.mimeType, text.outputMimeType)
    page.reindexObject()


def update_site_1006():
    """Profile 1006 on an existing site (``upgrades/to_1006.PARTS``): the sitemap for search
    engines (``plone.enable_sitemap``) and the bundle's records, Plone's own site map
    action hidden (the footer links ``/mapa-strony``), the contact page drawn
    from the registry, the home page's layout where the office picked no other.
    Idempotent."""
    from kancelaria import structure

    import_registry_file()
    setup = api.portal.get_tool("portal_setup")
    setup.runImportStepFromProfile("profile-kancelaria:default", "actions", run_dependencies=False)
    update_contact_page()
    structure.ensure_home_layout()

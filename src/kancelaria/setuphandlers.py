"""What GenericSetup XML cannot say: groups, the initial folders, their local roles."""

from kancelaria import groups
from kancelaria import public
from kancelaria import structure
from kancelaria.bulletin import setup as bulletin_setup
from kancelaria.media import upgrade as media_upgrade
from kancelaria.search import lexicon
from plone.base.interfaces import INonInstallable
from zope.interface import implementer


@implementer(INonInstallable)
class HiddenProfiles:
    def getNonInstallableProfiles(self):
        return ["kancelaria:uninstall", "kancelaria:testing", "kancelaria:caching"]

    def getNonInstallableProducts(self):
        return ["kancelaria.upgrades"]


def post_install(context):
    """Idempotent: a second install changes nothing."""
    groups.ensure_staff_groups()
    structure.ensure_folders()
    structure.ensure_pages()
    structure.ensure_staff_navigation()
    structure.ensure_navigation_types()
    public.ensure_identity()
    structure.ensure_home_layout()
    structure.ensure_local_roles()
    bulletin_setup.ensure()
    media_upgrade.update()
    structure.department_groups_changed(None)
    lexicon.use_polish_lexicon()


def post_uninstall(context):
    """SearchableText goes back to Plone's lexicon: the catalog needs nothing of the add-on."""
    lexicon.use_plone_lexicon()

"""Upgrade steps: every change of the profile after 1000 comes with one (1000 → 1001 …)."""

from plone import api

#: The declarative parts a reimport brings up to date without touching the office's data.
REIMPORTED_STEPS = (
    "rolemap",
    "catalog",
    "typeinfo",
    "workflow",
    "plone.app.registry",
    "repositorytool",
)


def reimport_declarative(context):
    setup = api.portal.get_tool("portal_setup")
    for step in REIMPORTED_STEPS:
        setup.runImportStepFromProfile("profile-kancelaria:default", step)


def to_1001(context):
    """Interpellations: the type, its workflow and indexes; ``/interpelacje`` takes them."""
    from kancelaria import structure

    reimport_declarative(context)
    catalog = api.portal.get_tool("portal_catalog")
    catalog.manage_reindexIndex(ids=["councillor", "kind", "answer_date", "case_number"])
    structure.ensure_folders()


#: What 1002 reimports. Not the registry: the office's settings stay as they are (new
#: settings are added by registering the interface again).
STEPS_1002 = ("rolemap", "typeinfo", "workflow", "repositorytool", "catalog")


def to_1002(context):
    """The hardened case core: field owners, per-type declarations, allowed types per
    register, workflow permissions (history, attachments, registers); the permission maps of
    existing cases and registers are brought up to date."""
    from kancelaria import access
    from kancelaria import editing
    from kancelaria import formats
    from kancelaria import historyids
    from kancelaria import public
    from kancelaria import settings
    from kancelaria import structure
    from kancelaria.case import desk
    from kancelaria.search import lexicon
    from plone.registry.interfaces import IRegistry
    from zope.component import getUtility

    setup = api.portal.get_tool("portal_setup")
    for step in STEPS_1002:
        setup.runImportStepFromProfile("profile-kancelaria:default", step)
    registry = getUtility(IRegistry)
    registry.registerInterface(settings.IKancelariaSettings, prefix=settings.PREFIX)
    # Every address shows the styled site (registry.xml): no unthemed hosts.
    registry["plone.app.theming.interfaces.IThemeSettings.hostnameBlacklist"] = []
    structure.ensure_folders()
    api.portal.get_tool("portal_workflow").updateRoleMappings()
    access.reindex_internal_registers()
    desk.refresh()
    clear_unapproved_answer_dates()
    public.update_public_site()
    lexicon.use_polish_lexicon()
    editing.set_up_editor()
    formats.set_up_plone_dates()
    historyids.use_random_history_ids(api.portal.get())


#: What 1003 reimports (not the registry: new settings come by registering the interface).
STEPS_1003 = ("rolemap", "typeinfo", "workflow", "repositorytool", "catalog")


def to_1003(context):
    """Correspondence: incoming and outgoing letters in ``/kancelaria/korespondencja``, their
    workflows, permissions, indexes and settings; the register takes the two types."""
    from kancelaria import settings
    from kancelaria import structure
    from kancelaria.case import desk
    from plone.registry.interfaces import IRegistry
    from zope.component import getUtility

    setup = api.portal.get_tool("portal_setup")
    for step in STEPS_1003:
        setup.runImportStepFromProfile("profile-kancelaria:default", step)
    # Documents (letters and receipts as PDF/DOCX): their settings (place, address,
    # signatory, letter templates with Polish defaults) come with registerInterface below,
    # the office's values kept; "kancelaria: Print receipt" with the rolemap. Nothing more.
    getUtility(IRegistry).registerInterface(settings.IKancelariaSettings, prefix=settings.PREFIX)
    # Correspondence (letters): the JRWA class and the types' default class, when missing;
    # the new settings (kinds of letters, signatories) came with registerInterface above.
    add_letters_settings()
    structure.ensure_folders()
    api.portal.get_tool("portal_workflow").updateRoleMappings()
    desk.refresh()
    # The residents' status check: access codes for cases of the types that offer it, and
    # the closing date of cases closed before the core recorded it (catalog index above).
    from kancelaria.case import statuscheck

    statuscheck.upgrade_existing_cases()
    # The register of correspondence (its page is the layout set by ensure_folders above;
    # its indexes register_date and letter_party came with the catalog step): existing
    # letters indexed again, with the text of the PDFs inside them.
    index_correspondence()


#: The JRWA class of correspondence and the types that default to it (settings.py).
LETTERS_JRWA = "0140"
LETTER_TYPES = ("IncomingLetter", "OutgoingLetter")


def add_letters_settings():
    """The class of correspondence and the letters' default class, where the office has
    none yet (what it set stays)."""
    from kancelaria import settings

    rows = list(api.portal.get_registry_record("kancelaria.jrwa", default=None) or [])
    if LETTERS_JRWA not in {row["symbol"] for row in rows}:
        default = next(r for r in settings.DEFAULT_JRWA if r["symbol"] == LETTERS_JRWA)
        rows.append(dict(default))
        api.portal.set_registry_record("kancelaria.jrwa", rows)
    type_jrwa = dict(api.portal.get_registry_record("kancelaria.type_jrwa", default=None) or {})
    missing = {t: LETTERS_JRWA for t in LETTER_TYPES if t not in type_jrwa}
    if missing:
        api.portal.set_registry_record("kancelaria.type_jrwa", {**type_jrwa, **missing})


def index_correspondence():
    """Every letter's files read for their PDF text, the letter indexed again (its date in
    the register, the other party, the metadata the register lists)."""
    from kancelaria.letters import pdftext
    from kancelaria.letters import query

    catalog = api.portal.get_tool("portal_catalog")
    catalog.manage_reindexIndex(ids=["register_date"])  # every case: its date of receipt
    for brain in catalog.unrestrictedSearchResults(portal_type=list(query.TYPES)):
        letter = brain._unrestrictedGetObject()
        for child in letter.objectValues():
            if getattr(child, "portal_type", None) == "File":
                pdftext.remember(child)
        letter.reindexObject()


#: What 1004 reimports (not the registry: new settings come by registering the interface).
STEPS_1004 = ("rolemap", "typeinfo", "workflow", "catalog")

#: The JRWA class of meetings and the type that defaults to it (settings.py).
MEETINGS_JRWA = "0012"
MEETING_TYPES = ("Directive",)


def to_1004(context):
    """Meetings and directives in ``/kancelaria/narady``: the types, their workflows,
    permissions, indexes and settings (the meetings' JRWA class, the directives' deadline
    days, the most rows of a table); the register takes meetings."""
    from kancelaria import settings
    from kancelaria import structure
    from kancelaria.case import desk
    from plone.registry.interfaces import IRegistry
    from zope.component import getUtility

    setup = api.portal.get_tool("portal_setup")
    for step in STEPS_1004:
        setup.runImportStepFromProfile("profile-kancelaria:default", step)
    getUtility(IRegistry).registerInterface(settings.IKancelariaSettings, prefix=settings.PREFIX)
    add_meetings_settings()
    structure.ensure_folders()
    api.portal.get_tool("portal_workflow").updateRoleMappings()
    catalog = api.portal.get_tool("portal_catalog")
    catalog.manage_reindexIndex(
        ids=["directive_meeting", "responsible_person", "directive_priority", "meeting_start"]
    )
    desk.refresh()


def add_meetings_settings():
    """The class of meetings, the directives' default class and deadline days, where the
    office has none yet (what it set stays)."""
    from kancelaria import settings

    rows = list(api.portal.get_registry_record("kancelaria.jrwa", default=None) or [])
    if MEETINGS_JRWA not in {row["symbol"] for row in rows}:
        default = next(r for r in settings.DEFAULT_JRWA if r["symbol"] == MEETINGS_JRWA)
        rows.append(dict(default))
        api.portal.set_registry_record("kancelaria.jrwa", rows)
    type_jrwa = dict(api.portal.get_registry_record("kancelaria.type_jrwa", default=None) or {})
    missing = {t: MEETINGS_JRWA for t in MEETING_TYPES if t not in type_jrwa}
    if missing:
        api.portal.set_registry_record("kancelaria.type_jrwa", {**type_jrwa, **missing})
    days = dict(api.portal.get_registry_record("kancelaria.deadline_days", default=None) or {})
    if "directive" not in days:
        days["directive"] = settings.DEFAULT_DEADLINE_DAYS["directive"]
        api.portal.set_registry_record("kancelaria.deadline_days", days)


def clear_unapproved_answer_dates():
    """Before 1002 a department could write the date of its own answer; an answer not yet
    approved has no date (approval gives it the day of approval)."""
    catalog = api.portal.get_tool("portal_catalog")
    for brain in catalog.unrestrictedSearchResults(
        portal_type="Interpellation", review_state=["forwarded", "answer_review"]
    ):
        obj = brain._unrestrictedGetObject()
        if getattr(obj, "answer_date", None) is not None:
            obj.answer_date = None
            obj.reindexObject(idxs=["answer_date"])

"""The site structure of CONTRACT.md, as data: folders, their state and who works where."""

from kancelaria import _
from kancelaria import clock
from kancelaria import settings
from kancelaria.case import casetype
from kancelaria.groups import ensure_department_groups
from pathlib import Path
from plone import api
from plone.app.textfield.value import RichTextValue
from Products.CMFPlone.interfaces import ISelectableConstrainTypes
from zope.i18n import translate

#: (path, type, title, description, public?) — parents before children.
FOLDERS = (
    (
        "aktualnosci",
        "Folder",
        _("folder_news", default="News"),
        _("folder_news_desc", default="News and press releases of the City Hall."),
        True,
    ),
    (
        "interpelacje",
        "Register",
        _("folder_interpellations", default="Councillors' interpellations"),
        _(
            "folder_interpellations_desc",
            default="Interpellations, inquiries and motions of "
            "the councillors, with the mayor's answers.",
        ),
        True,
    ),
    (
        "patronaty",
        "Register",
        _("folder_patronage", default="Honorary patronage"),
        _(
            "folder_patronage_desc",
            default="Rules, the application and the register of granted patronages.",
        ),
        True,
    ),
    (
        "biuletyn",
        "Folder",
        _("folder_bulletin", default="Information bulletin"),
        _("folder_bulletin_desc", default="Issues of the City Hall's information bulletin."),
        True,
    ),
    (
        "sprawozdania",
        "Folder",
        _("folder_reports", default="Mayor's activity reports"),
        _(
            "folder_reports_desc",
            default="Reports on the mayor's activity read at the council sessions.",
        ),
        True,
    ),
    (
        "media",
        "Folder",
        _("folder_media", default="Research and broadcasts"),
        _(
            "folder_media_desc",
            default="Public-opinion research and analyses commissioned by the office, and the "
            "City Hall's TV and radio programmes.",
        ),
        True,
    ),
    (
        "kancelaria",
        "Register",
        _("folder_office", default="Office of the Mayor"),
        _("folder_office_desc", default="The office's internal area."),
        False,
    ),
    (
        "kancelaria/korespondencja",
        "Register",
        _("folder_letters", default="Correspondence"),
        _("folder_letters_desc", default="Register of incoming and outgoing letters."),
        False,
    ),
    (
        "kancelaria/narady",
        "Register",
        _("folder_meetings", default="Meetings"),
        _("folder_meetings_desc", default="The mayor's meetings, minutes and directives."),
        False,
    ),
    (
        "kancelaria/prasa",
        "Register",
        _("folder_press", default="Press archive"),
        _("folder_press_desc", default="Press clippings, photo and film documentation."),
        False,
    ),
    (
        "kancelaria/kalendarz",
        "Register",
        _("folder_calendar", default="Calendar"),
        _(
            "folder_calendar_desc",
            default="The mayor's and deputies' calendar, residents' appointment requests, "
            "ceremonies and anniversaries.",
        ),
        False,
    ),
)

CLERK = ("Contributor", "Editor", "Reader", "Clerk")
MAYOR = ("Reader", "Approver")
PRESS = ("Contributor", "Editor", "Reader", "Reviewer")

#: path → group → local roles. CaseWorker lets staff open the internal registers, whose
#: listings show only the cases each may see.
LOCAL_ROLES = {
    "kancelaria": {
        "kancelaria": CLERK + ("CaseWorker",),
        "prezydent": MAYOR + ("CaseWorker",),
        # The press office's desk (clippings to summarise); it sees no case there.
        "biuro-prasowe": ("CaseWorker",),
    },
    "kancelaria/prasa": {
        "kancelaria": CLERK + ("CaseWorker",),
        "prezydent": MAYOR + ("CaseWorker",),
        "biuro-prasowe": PRESS + ("CaseWorker",),
    },
    "interpelacje": {"kancelaria": CLERK, "prezydent": MAYOR},
    "patronaty": {"kancelaria": CLERK, "prezydent": MAYOR},
    "aktualnosci": {"biuro-prasowe": PRESS},
    "biuletyn": {"biuro-prasowe": PRESS},
    "media": {
        "biuro-prasowe": PRESS,
        # Clerk: the office writes a research order's order and report (the press office not).
        "kancelaria": CLERK,
        "prezydent": MAYOR,
    },
    "sprawozdania": {
        "biuro-prasowe": PRESS,
        "kancelaria": ("Contributor", "Editor", "Reader"),
        "prezydent": MAYOR,
    },
}

#: Folders that do not inherit local roles from above (the press archive).
BLOCKED = ("kancelaria/prasa",)

#: Where a department's group may enter: the internal area (it sees its own cases there).
DEPARTMENT_AREA = "kancelaria"

#: What each plain folder holds. A register holds the case types that declare it as their
#: register (``kancelaria.case.casetype``), and ``/kancelaria`` its sub-registers: nothing
#: else is ever added at register level.
FOLDER_TYPES = {
    "aktualnosci": ("News Item", "Document", "Image", "File", "Event", "Folder"),
    "biuletyn": ("BulletinIssue", "File", "Document"),
    "sprawozdania": ("ActivityReport", "File", "Document"),
    "media": ("ResearchOrder", "Broadcast"),
}

#: Registers that hold registers.
SUB_REGISTERS = {"kancelaria": ("Register",)}


def allowed_types(folder, path):
    """What may be added in ``folder`` at ``path`` (types not installed, or that its own
    type does not allow, are left out)."""
    if path in FOLDER_TYPES:
        wanted = FOLDER_TYPES[path]
    else:
        wanted = (*SUB_REGISTERS.get(path, ()), *casetype.types_in(path))
    types_tool = api.portal.get_tool("portal_types")
    fti = types_tool.getTypeInfo(folder)
    return [t for t in wanted if t in types_tool and fti.allowType(t)]


#: Folders with a listing of their own: publications list what is published, newest first,
#: with the date of publication.
LAYOUTS = {
    "interpelacje": "interpellations",
    "patronaty": "patronage",
    "kancelaria": "desk",
    "kancelaria/korespondencja": "correspondence",
    "kancelaria/prasa": "clippings",
    "kancelaria/kalendarz": "calendar-week",
    "aktualnosci": "publications",
    "biuletyn": "bulletin-archive",
    "sprawozdania": "reports",
    "media": "media",
}


def _tr(message):
    return translate(message, target_language=api.portal.get_default_language())


def _set_allowed(folder, path):
    constrain = ISelectableConstrainTypes(folder, None)
    if constrain is None:
        return
    wanted = allowed_types(folder, path)
    constrain.setConstrainTypesMode(1)
    constrain.setLocallyAllowedTypes(wanted)
    constrain.setImmediatelyAddableTypes(wanted)


def ensure_folders():
    """Create what is missing; leave what the office changed alone."""
    portal = api.portal.get()
    for path, portal_type, title, description, public in FOLDERS:
        parent_path, _sep, name = path.rpartition("/")
        parent = portal.unrestrictedTraverse(parent_path) if parent_path else portal
        folder = parent.get(name)
        if folder is None:
            folder = api.content.create(
                container=parent,
                type=portal_type,
                id=name,
                title=_tr(title),
                description=_tr(description),
                safe_id=False,
            )
            if public:
                api.content.transition(obj=folder, to_state=_public_state(folder))
        _set_allowed(folder, path)
        layout = LAYOUTS.get(path)
        if layout and folder.getLayout() != layout and not folder.getProperty("layout", None):
            folder.setLayout(layout)


#: Where the staff keep the navigation tree in the left column: the public pages have none
#: (``profiles/default/portlets.xml``), the internal area keeps Plone's.
STAFF_NAVIGATION = ("kancelaria",)


#: Types Plone lists in the navigation that stay out of it here, like the cases: a stream of
#: items read in their own listing (``/aktualnosci``), which the navigation's menu showed
#: one entry each — 173 news items on every page at 10,000 items, 1,500 at 100,000.
STREAM_TYPES = ("News Item",)


def ensure_navigation_types():
    """Take ``STREAM_TYPES`` out of ``plone.displayed_types`` (the profile's registry.xml
    can only add to that list); what the office added stays."""
    displayed = tuple(api.portal.get_registry_record("plone.displayed_types"))
    kept = tuple(t for t in displayed if t not in STREAM_TYPES)
    if kept != displayed:
        api.portal.set_registry_record("plone.displayed_types", kept)


def ensure_staff_navigation():
    """The internal area's navigation tree (a portlet assigned there, once)."""
    from plone.app.portlets.portlets import navigation
    from plone.portlets.interfaces import IPortletAssignmentMapping
    from plone.portlets.interfaces import IPortletManager
    from zope.component import getMultiAdapter
    from zope.component import getUtility

    portal = api.portal.get()
    for path in STAFF_NAVIGATION:
        folder = portal.unrestrictedTraverse(path, None)
        if folder is None:
            continue
        manager = getUtility(IPortletManager, name="plone.leftcolumn", context=folder)
        mapping = getMultiAdapter((folder, manager), IPortletAssignmentMapping)
        if "navigation" not in mapping:
            mapping["navigation"] = navigation.Assignment()


#: The accessibility declaration's address (required of every public body by the act on
#: digital accessibility of 4 April 2019; linked from every page's footer).
DECLARATION = "deklaracja-dostepnosci"

#: Public pages made from ``content/<id>.html``: (id, title, description). ``{date}`` in
#: a page's text becomes the day it is made (the declaration's dates).
PAGES = (
    (
        "kontakt",
        _("page_contact", default="Contact"),
        _("page_contact_desc", default="Office of the Mayor: room, phone, e-mail and duties."),
    ),
    (
        DECLARATION,
        _("page_declaration", default="Accessibility declaration"),
        _(
            "page_declaration_desc",
            default="How accessible this website is, what is not yet accessible and how "
            "to ask for it.",
        ),
    ),
)


#: Pages linked from the footer rather than from the navigation.
NOT_IN_NAVIGATION = (DECLARATION,)

#: Pages with a layout of their own: the contact page shows the registry's contact data
#: (``browser/contact.py``) above its text.
PAGE_LAYOUTS = {"kontakt": "kancelaria-contact"}


def ensure_pages():
    """The public pages of ``PAGES`` that are missing, published; pages the office already
    has (and perhaps edited) stay as they are."""
    portal = api.portal.get()
    for page_id, title, description in PAGES:
        if page_id in portal.objectIds():
            continue
        html = (Path(__file__).parent / "content" / f"{page_id}.html").read_text(encoding="utf-8")
        html = html.replace("{date}", clock.today().isoformat())
        page = api.content.create(
            container=portal,
            type="Document",
            id=page_id,
            title=_tr(title),
            description=_tr(description),
            text=RichTextValue(html, "text/html", "text/x-html-safe"),
            exclude_from_nav=page_id in NOT_IN_NAVIGATION,
            safe_id=False,
        )
        api.content.transition(obj=page, to_state="published")
    ensure_page_layouts()


def ensure_page_layouts():
    """The layouts of ``PAGE_LAYOUTS`` where the office picked no other."""
    portal = api.portal.get()
    for page_id, layout in PAGE_LAYOUTS.items():
        page = portal.get(page_id)
        if page is not None and not page.getProperty("layout", None):
            page.setLayout(layout)


def ensure_home_layout():
    """The home page shows news, contact data and the registers (until the office picks another)."""
    portal = api.portal.get()
    if not portal.getProperty("layout", None):
        portal.setLayout("kancelaria-home")


def _public_state(obj):
    return "public" if obj.portal_type == "Register" else "published"


def ensure_local_roles():
    """The grants of ``LOCAL_ROLES`` that are missing; a folder whose grants were all there
    is not reindexed (an upgrade does not walk the whole internal area for nothing)."""
    portal = api.portal.get()
    for path, grants in LOCAL_ROLES.items():
        folder = portal.unrestrictedTraverse(path)
        changed = False
        for group_id, roles in grants.items():
            current = set(folder.get_local_roles_for_userid(group_id))
            if not set(roles) <= current:
                folder.manage_setLocalRoles(group_id, sorted(current | set(roles)))
                changed = True
        if path in BLOCKED and not getattr(folder, "__ac_local_roles_block__", False):
            folder.__ac_local_roles_block__ = True
            changed = True
        if changed:
            folder.reindexObjectSecurity()


def grant_department_area(group_ids):
    folder = api.portal.get().unrestrictedTraverse(DEPARTMENT_AREA, None)
    if folder is None:
        return
    changed = False
    for group_id in group_ids:
        current = set(folder.get_local_roles_for_userid(group_id))
        if "CaseWorker" not in current:
            folder.manage_setLocalRoles(group_id, sorted(current | {"CaseWorker"}))
            changed = True
    if changed:
        folder.reindexObjectSecurity()


def department_groups_changed(rows=None):
    """The departments setting changed: every department has its group and its way in."""
    grant_department_area(ensure_department_groups(rows))


def departments_record_modified(event):
    if event.record.__name__ == f"{settings.PREFIX}.departments":
        department_groups_changed(event.newValue or [])

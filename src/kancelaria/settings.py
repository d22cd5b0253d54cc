"""The settings of the office: one registry interface, read through small helpers.

Everything the office changes (departments, councillors, JRWA classes, deadlines) lives in
plone.registry under the prefix ``kancelaria``; no module keeps a copy of it.
"""

from collective.z3cform.datagridfield.registry import DictRow as PersistentDictRow
from collective.z3cform.datagridfield.row import DictRow
from kancelaria import _
from plone.registry.interfaces import IPersistentField
from plone.registry.interfaces import IRegistry
from zope import schema
from zope.component import adapter
from zope.component import getUtility
from zope.globalrequest import getRequest
from zope.i18n import translate
from zope.interface import Interface
from zope.interface import Invalid
from zope.interface import implementer
from zope.interface import invariant

import re

PREFIX = "kancelaria"

SYMBOL_RE = re.compile(r"^(?=.*[A-Za-z])[A-Za-z0-9]+$")
JRWA_RE = re.compile(r"^[0-9]{1,4}$")
ID_RE = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")

#: The kinds of case with a row in ``deadline_days``, and their names for people.
DEADLINE_KINDS = {
    "interpellation": _("Interpellation"),
    "inquiry": _("Inquiry"),
    "motion": _("Councillor's motion"),
    "committee_motion": _("Committee motion"),
    "letter": _("Letter"),
    "directive": _("Directive"),
    # Honorary patronages: the days the office has to decide an application.
    "patronage": _("Patronage application"),
}


#: The kinds of outgoing letter (CONTRACT: ``OutgoingLetter.kind``), and their names for people.
LETTER_KINDS = {
    "reply": _("letter_reply", default="Reply"),
    "congratulations": _("Congratulations"),
    "condolences": _("Condolences"),
    "jubilee": _("Jubilee letter"),
    "thanks": _("Thanks"),
    "invitation": _("Invitation"),
    "information": _("Information"),
}


class SettingsRow(DictRow):
    """A row of a settings table (a datagrid).

    The registry stores a persistent copy of this field, never the field of the schema
    itself: a module-level field stored in the ZODB would be bound to the one connection
    that stored it, and break every other thread (ConnectionStateError).
    """


@implementer(IPersistentField)
@adapter(SettingsRow)
def persistent_settings_row(field):
    return PersistentDictRow(schema=field.schema, title=field.title, required=field.required)


class IDepartmentRow(Interface):
    symbol = schema.TextLine(title=_("Symbol"), required=True)
    title = schema.TextLine(title=_("Name"), required=True)
    email = schema.TextLine(title=_("E-mail"), required=False, default="")


class ICouncillorRow(Interface):
    id = schema.TextLine(title=_("Identifier"), required=True)
    fullname = schema.TextLine(title=_("Full name"), required=True)
    club = schema.TextLine(title=_("Club"), required=False, default="")
    email = schema.TextLine(title=_("E-mail"), required=False, default="")


class IJRWARow(Interface):
    symbol = schema.TextLine(title=_("Symbol"), required=True)
    title = schema.TextLine(title=_("Name"), required=True)


class ILetterTemplateRow(Interface):
    kind = schema.TextLine(title=_("Kind of letter"), required=True)
    subject = schema.TextLine(title=_("Subject"), required=False, default="")
    body = schema.Text(title=_("Text"), required=False, default="")


class ILetterKindRow(Interface):
    """A kind of incoming letter: its name and the days the office has to deal with it."""

    id = schema.TextLine(title=_("Identifier"), required=True)
    title = schema.TextLine(title=_("Name"), required=True)
    # Required: a case without a deadline never shows on the desk (its queues sort by it).
    days = schema.Int(title=_("Days"), required=True, min=1)


class ISignatoryRow(Interface):
    """Who signs outgoing letters: the mayor and the deputies."""

    id = schema.TextLine(title=_("Identifier"), required=True)
    fullname = schema.TextLine(title=_("Full name"), required=True)
    function = schema.TextLine(title=_("Function"), required=True)


DEFAULT_DEPARTMENTS = [
    {
        "symbol": "WOIK",
        "title": "Wydział Organizacyjny, Informatyki i Kadr",
        "email": "",
    },
    {
        "symbol": "WKSP",
        "title": "Wydział Kultury, Sportu i Promocji Miasta",
        "email": "",
    },
]

DEFAULT_JRWA = [
    {"symbol": "0002", "title": "Sesje rady gminy"},
    {"symbol": "0003", "title": "Wnioski, interpelacje i zapytania radnych"},
    {"symbol": "0005", "title": "Wnioski mieszkańców do rady gminy"},
    {"symbol": "0140", "title": "Korespondencja Prezydenta Miasta"},
    {"symbol": "0012", "title": "Narady, odprawy i zebrania"},
    # Honorary patronages and titles: the office's own class (editable like every row).
    {"symbol": "0712", "title": "Patronaty honorowe i tytuły honorowe"},
]

#: Kinds of incoming letters (the office adds its own): days from receipt to the deadline
#: (KPA art. 35 and 237: a month for requests and complaints; the press law: without delay;
#: access to public information: 14 days).
DEFAULT_LETTER_KINDS = [
    {"id": "general", "title": "Pismo ogólne", "days": 30},
    {"id": "resident_inquiry", "title": "Zapytanie mieszkańca", "days": 30},
    {"id": "complaint", "title": "Skarga", "days": 30},
    {"id": "request", "title": "Wniosek", "days": 30},
    {"id": "public_information", "title": "Wniosek o informację publiczną", "days": 14},
    {"id": "invitation", "title": "Zaproszenie", "days": 14},
    {"id": "questionnaire", "title": "Ankieta", "days": 14},
    {"id": "media_inquiry", "title": "Zapytanie prasowe", "days": 3},
]

DEFAULT_SIGNATORIES = [
    {"id": "prezydent", "fullname": "Prezydent Miasta", "function": "Prezydent Miasta"},
    {
        "id": "zastepca",
        "fullname": "Zastępca Prezydenta Miasta",
        "function": "Zastępca Prezydenta Miasta",
    },
]

DEFAULT_DEADLINE_DAYS = {
    "interpellation": 14,
    "inquiry": 14,
    "motion": 30,
    "committee_motion": 30,
    "letter": 30,
    "directive": 14,
    "patronage": 14,
}

#: The occasional letters' templates: Polish texts the office rewrites to its own.
DEFAULT_LETTER_TEMPLATES = [
    {
        "kind": "reply",
        "subject": "Odpowiedź na pismo",
        "body": "Szanowni Państwo,\n\n"
        "w odpowiedzi na pismo z dnia ${their_date} (znak: ${their_reference}) uprzejmie "
        "informuję, że …\n\n"
        "Z poważaniem",
    },
    {
        "kind": "congratulations",
        "subject": "Gratulacje – ${recipient}",
        "body": "Szanowni Państwo,\n\n"
        "w imieniu własnym oraz mieszkańców Świętochłowic składam serdeczne gratulacje "
        "z okazji …\n\n"
        "To osiągnięcie jest powodem do dumy dla całego miasta. Życzę dalszych sukcesów, "
        "satysfakcji z podejmowanych działań oraz wszelkiej pomyślności.\n\n"
        "Z wyrazami szacunku",
    },
    {
        "kind": "condolences",
        "subject": "Kondolencje",
        "body": "Szanowni Państwo,\n\n"
        "z głębokim smutkiem przyjęliśmy wiadomość o śmierci …\n\n"
        "W imieniu własnym oraz mieszkańców Świętochłowic składam Rodzinie i Bliskim "
        "wyrazy głębokiego współczucia oraz słowa otuchy w tych trudnych chwilach.\n\n"
        "Łączę wyrazy szacunku",
    },
    {
        "kind": "jubilee",
        "subject": "Jubileusz – ${recipient}",
        "body": "Szanowni Państwo,\n\n"
        "z okazji jubileuszu … składam najserdeczniejsze gratulacje oraz wyrazy uznania "
        "za lata pracy na rzecz mieszkańców naszego miasta.\n\n"
        "Życzę kolejnych lat owocnej działalności, zdrowia i wszelkiej pomyślności.\n\n"
        "Z wyrazami szacunku",
    },
    {
        "kind": "thanks",
        "subject": "Podziękowanie – ${recipient}",
        "body": "Szanowni Państwo,\n\n"
        "serdecznie dziękuję za …\n\n"
        "Dzięki Państwa zaangażowaniu … Wyrażam nadzieję na dalszą owocną "
        "współpracę.\n\n"
        "Z wyrazami szacunku",
    },
    {
        "kind": "invitation",
        "subject": "Zaproszenie",
        "body": "Szanowni Państwo,\n\n"
        "mam zaszczyt zaprosić Państwa na …, które odbędzie się dnia … o godzinie … "
        "w …\n\n"
        "Będzie mi niezmiernie miło gościć Państwa.\n\n"
        "Z wyrazami szacunku",
    },
    {
        "kind": "information",
        "subject": "Informacja",
        "body": "Szanowni Państwo,\n\nuprzejmie informuję, że …\n\nZ poważaniem",
    },
]

#: File name extensions a case's attachment may have: documents, spreadsheets, scans and
#: photos, e-mails, the XML of ePUAP and e-signatures (XAdES, CAdES), ZIP archives.
DEFAULT_ATTACHMENT_TYPES = [
    "pdf",
    "doc",
    "docx",
    "odt",
    "rtf",
    "txt",
    "xls",
    "xlsx",
    "ods",
    "csv",
    "jpg",
    "jpeg",
    "png",
    "tif",
    "tiff",
    "xml",
    "xades",
    "p7s",
    "sig",
    "eml",
    "zip",
]
EXTENSION_RE = re.compile(r"^\.?[A-Za-z0-9]{1,10}$")


def _duplicates(values):
    seen, dupes = set(), []
    for value in values:
        if value in seen and value not in dupes:
            dupes.append(value)
        seen.add(value)
    return dupes


def _table_errors(rows, key, pattern, bad_key, duplicate, bad_email=None, fold=str):
    """What is wrong with the rows of one settings table (empty when fine).

    ``key`` names the column that identifies a row; it must match ``pattern`` and be unique
    (compared after ``fold``); ``bad_email`` checks an optional ``email`` column."""
    errors, keys = [], []
    for row in rows or ():
        value = (row.get(key) or "").strip()
        keys.append(fold(value))
        if not pattern.match(value):
            errors.append(bad_key(value))
        email = (row.get("email") or "").strip()
        if bad_email and email and not EMAIL_RE.match(email):
            errors.append(bad_email(email, value))
    errors.extend(duplicate(value) for value in _duplicates(keys))
    return errors


def department_errors(rows):
    return _table_errors(
        rows,
        "symbol",
        SYMBOL_RE,
        lambda symbol: _(
            "error_department_symbol",
            default="Departments: symbol '${symbol}' must be letters and digits with at "
            "least one letter.",
            mapping={"symbol": symbol},
        ),
        lambda symbol: _(
            "error_department_duplicate",
            default="Departments: symbol '${symbol}' is used more than once.",
            mapping={"symbol": symbol},
        ),
        lambda email, symbol: _(
            "error_department_email",
            default="Departments: '${email}' of ${symbol} is not an e-mail address.",
            mapping={"email": email, "symbol": symbol},
        ),
        fold=str.upper,
    )


def councillor_errors(rows):
    return _table_errors(
        rows,
        "id",
        ID_RE,
        lambda cid: _(
            "error_councillor_id",
            default="Councillors: identifier '${id}' must be lower-case letters, digits, "
            "'-' or '_'.",
            mapping={"id": cid},
        ),
        lambda cid: _(
            "error_councillor_duplicate",
            default="Councillors: identifier '${id}' is used more than once.",
            mapping={"id": cid},
        ),
        lambda email, cid: _(
            "error_councillor_email",
            default="Councillors: '${email}' of ${id} is not an e-mail address.",
            mapping={"email": email, "id": cid},
        ),
    )


def jrwa_errors(rows):
    return _table_errors(
        rows,
        "symbol",
        JRWA_RE,
        lambda symbol: _(
            "error_jrwa_symbol",
            default="JRWA classes: symbol '${symbol}' must be one to four digits.",
            mapping={"symbol": symbol},
        ),
        lambda symbol: _(
            "error_jrwa_duplicate",
            default="JRWA classes: symbol '${symbol}' is used more than once.",
            mapping={"symbol": symbol},
        ),
    )


def template_errors(rows):
    """What is wrong with the letter templates: a kind that is none of ``LETTER_KINDS``, a
    kind given twice, a placeholder no letter fills (``documents.templates.PLACEHOLDERS``)."""
    from kancelaria.documents.templates import unknown_placeholders

    errors, kinds = [], []
    for row in rows or ():
        kind = (row.get("kind") or "").strip()
        kinds.append(kind)
        if kind not in LETTER_KINDS:
            errors.append(
                _(
                    "error_template_kind",
                    default="Letter templates: '${kind}' is not a kind of letter (${kinds}).",
                    mapping={"kind": kind, "kinds": ", ".join(LETTER_KINDS)},
                )
            )
        for name in unknown_placeholders(row.get("subject"), row.get("body")):
            errors.append(
                _(
                    "error_template_placeholder",
                    default="Letter templates: the template '${kind}' uses ${placeholder}, "
                    "which no letter fills in; use ${known}.",
                    mapping={
                        "kind": kind,
                        "placeholder": as_placeholder(name),
                        "known": known_placeholders(),
                    },
                )
            )
    errors.extend(
        _(
            "error_template_duplicate",
            default="Letter templates: the kind '${kind}' has more than one template.",
            mapping={"kind": kind},
        )
        for kind in _duplicates(kinds)
    )
    return errors


def as_placeholder(name):
    return "${" + name + "}"


def known_placeholders():
    from kancelaria.documents.templates import PLACEHOLDERS

    return ", ".join(as_placeholder(name) for name in PLACEHOLDERS)


def _id_table_errors(label, rows):
    return _table_errors(
        rows,
        "id",
        ID_RE,
        lambda rid: _(
            "error_table_id",
            default="${table}: identifier '${id}' must be lower-case letters, digits, '-' or '_'.",
            mapping={"table": label, "id": rid},
        ),
        lambda rid: _(
            "error_table_duplicate",
            default="${table}: identifier '${id}' is used more than once.",
            mapping={"table": label, "id": rid},
        ),
    )


def letter_kind_errors(rows):
    return _id_table_errors(translate(_("Kinds of incoming letters"), context=getRequest()), rows)


def signatory_errors(rows):
    return _id_table_errors(translate(_("Signatories"), context=getRequest()), rows)


def _refuse(message):
    """Raise ``Invalid`` with the message already in the user's language: the REST API
    turns the exception into a string, which would lose a message's mapping."""
    raise Invalid(translate(message, context=getRequest()))


def _unit_symbol_constraint(value):
    if not SYMBOL_RE.match(value or ""):
        _refuse(
            _(
                "error_unit_symbol",
                default="Unit symbol: use letters and digits with at least one letter, e.g. KPM.",
            )
        )
    return True


def _days_constraint(value):
    for kind, days in (value or {}).items():
        if days is None or days < 1:
            _refuse(
                _(
                    "error_deadline_days",
                    default="Deadline days: '${kind}' must be a positive number of days.",
                    mapping={"kind": kind},
                )
            )
    return True


def _extension_constraint(value):
    if not EXTENSION_RE.match(value or ""):
        _refuse(
            _(
                "error_attachment_type",
                default="Attachment types: '${value}' is not a file name extension "
                "(letters and digits, e.g. pdf).",
                mapping={"value": value},
            )
        )
    return True


class IKancelariaSettings(Interface):
    """Control panel "Kancelaria"."""

    unit_symbol = schema.TextLine(
        title=_("Unit symbol"),
        description=_("The first part of every case signature, e.g. KPM."),
        default="KPM",
        required=True,
        constraint=_unit_symbol_constraint,
    )

    departments = schema.List(
        title=_("Departments"),
        description=_(
            "Units cases are routed to. Adding a department creates its group "
            "dept-<symbol>; removing it keeps the group and the history."
        ),
        value_type=SettingsRow(title=_("Department"), schema=IDepartmentRow),
        default=DEFAULT_DEPARTMENTS,
        required=False,
    )

    councillors = schema.List(
        title=_("Councillors"),
        value_type=SettingsRow(title=_("Councillor"), schema=ICouncillorRow),
        default=[],
        required=False,
    )

    jrwa = schema.List(
        title=_("JRWA classes"),
        description=_("The file classes a case may belong to."),
        value_type=SettingsRow(title=_("JRWA class"), schema=IJRWARow),
        default=DEFAULT_JRWA,
        required=False,
    )

    type_jrwa = schema.Dict(
        title=_("Default JRWA class per type"),
        description=_("The class a new case of each type gets unless the office chooses another."),
        key_type=schema.TextLine(title=_("Type of case")),
        value_type=schema.TextLine(title=_("JRWA class")),
        # Each registered type's default class is set by the profile (registry.xml).
        default={},
        required=False,
    )

    deadline_days = schema.Dict(
        title=_("Deadline days"),
        description=_(
            "Days from receipt to the deadline, per kind of case; left empty, a case of "
            "that kind has no deadline."
        ),
        key_type=schema.TextLine(title=_("Kind")),
        value_type=schema.Int(title=_("Days")),
        default=DEFAULT_DEADLINE_DAYS,
        required=False,
        constraint=_days_constraint,
    )

    letter_kinds = schema.List(
        title=_("Kinds of incoming letters"),
        description=_(
            "The kinds an incoming letter may be registered as, with the days from "
            "receipt to its deadline."
        ),
        value_type=SettingsRow(title=_("Kind of letter"), schema=ILetterKindRow),
        default=DEFAULT_LETTER_KINDS,
        required=False,
    )

    signatories = schema.List(
        title=_("Signatories"),
        description=_("Who signs outgoing letters: the mayor and the deputies."),
        value_type=SettingsRow(title=_("Signatory"), schema=ISignatoryRow),
        default=DEFAULT_SIGNATORIES,
        required=False,
    )

    shift_deadlines = schema.Bool(
        title=_("Move deadlines off days off"),
        description=_(
            "A deadline on a Saturday, Sunday or Polish public holiday moves to the "
            "next working day (art. 57 § 4 KPA)."
        ),
        default=True,
        required=False,
    )

    patronage_min_days = schema.Int(
        title=_("Patronage: days before the event"),
        description=_("How many days before the event an application must arrive."),
        default=30,
        min=0,
        required=False,
    )

    # Honorary patronages (issue 10).
    patronage_report_days = schema.Int(
        title=_("Patronage: days for the report"),
        description=_(
            "The organiser's report is due this many days after the event's end (or start)."
        ),
        default=14,
        min=1,
        required=False,
    )

    patronage_apply_attempts = schema.Int(
        title=_("Patronage: applications per address"),
        description=_(
            "How many applications one address may send (page and REST together) within "
            "the window below."
        ),
        default=5,
        min=1,
        required=False,
    )

    patronage_apply_window = schema.Int(
        title=_("Patronage: window (seconds)"),
        description=_("The period the applications above are counted over, in seconds."),
        default=3600,
        min=1,
        required=False,
    )

    due_soon_days = schema.Int(
        title=_("Due soon: days"),
        description=_("A case is marked as due soon this many days before its deadline."),
        default=3,
        min=0,
        required=False,
    )

    max_title_length = schema.Int(
        title=_("Longest subject (characters)"),
        description=_(
            "The most characters a case's subject, or any other one-line field of a case "
            "or its attachment, may have."
        ),
        default=300,
        min=1,
        required=True,
    )

    max_text_length = schema.Int(
        title=_("Longest text (characters)"),
        description=_(
            "The most characters a case's text (the question, the answer, a description), "
            "counted with its HTML, may have."
        ),
        default=200000,
        min=1,
        required=True,
    )

    max_attachment_mb = schema.Int(
        title=_("Largest attachment (MB)"),
        description=_("The largest file that may be attached to a case, in megabytes."),
        default=25,
        min=1,
        required=True,
    )

    max_table_rows = schema.Int(
        title=_("Most rows of a table"),
        description=_(
            "The most rows a table of a case may have (attendance, agenda, progress, recipients)."
        ),
        default=500,
        min=1,
        required=True,
    )

    attachment_types = schema.List(
        title=_("Attachment types"),
        description=_(
            "File name extensions an attachment of a case may have, one a line "
            "(e.g. pdf, docx, jpg)."
        ),
        value_type=schema.TextLine(title=_("Extension"), constraint=_extension_constraint),
        default=DEFAULT_ATTACHMENT_TYPES,
        required=False,
    )

    status_check_attempts = schema.Int(
        title=_("Status check: attempts"),
        description=_(
            "How many times one address may check a case (page and REST together) "
            "within the window below."
        ),
        default=10,
        min=1,
        required=True,
    )

    status_check_window = schema.Int(
        title=_("Status check: window (seconds)"),
        description=_("The period the attempts above are counted over, in seconds."),
        default=600,
        min=1,
        required=True,
    )

    trusted_proxies = schema.List(
        title=_("Trusted proxies"),
        description=_(
            "Addresses of the proxies in front of the site, one a line: only from them is "
            "the client's address taken from X-Forwarded-For."
        ),
        value_type=schema.TextLine(title=_("Address")),
        default=[],
        required=False,
    )

    letter_place = schema.TextLine(
        title=_("Letters: place"),
        description=_(
            "The place before the date of every letter: “Świętochłowice, 27 listopada 2026 r.”"
        ),
        default="Świętochłowice",
        required=False,
    )

    letter_address = schema.TextLine(
        title=_("Letters: the office's address"),
        description=_("The postal address in the letterhead of letters and receipts."),
        default="ul. Katowicka 54, 41-600 Świętochłowice",
        required=False,
    )

    letter_templates = schema.List(
        title=_("Letter templates"),
        description=_(
            "The text an occasional letter starts from, one template per kind of letter. "
            "Placeholders filled in for each letter: ${placeholders}. A paragraph is "
            "separated from the next by an empty line.",
            mapping={
                "placeholders": "${recipient}, ${date}, ${place}, ${signatory}, "
                "${signatory_function}, ${their_date}, ${their_reference}"
            },
        ),
        value_type=SettingsRow(title=_("Letter template"), schema=ILetterTemplateRow),
        default=DEFAULT_LETTER_TEMPLATES,
        required=False,
    )

    @invariant
    def valid_tables(data):
        messages = []
        for name, check in (
            ("departments", department_errors),
            ("councillors", councillor_errors),
            ("jrwa", jrwa_errors),
            ("letter_templates", template_errors),
            ("letter_kinds", letter_kind_errors),
            ("signatories", signatory_errors),
        ):
            try:
                rows = getattr(data, name)
            except (AttributeError, TypeError, Invalid):  # not part of this submission
                continue
            if not isinstance(rows, (list, tuple)):
                continue
            messages.extend(check(rows))
        if messages:
            _refuse(messages[0])


def get_settings():
    """The settings as a records proxy (read/write)."""
    return getUtility(IRegistry).forInterface(IKancelariaSettings, prefix=PREFIX)


def get(name, default=None):
    """One setting, read without building a proxy of them all."""
    value = getUtility(IRegistry).get(f"{PREFIX}.{name}", None)
    return default if value is None else value


def departments():
    """Active departments: ``{symbol: row}`` in the order the office listed them."""
    return {row["symbol"]: row for row in get("departments", [])}


def department_rows(symbols):
    """The rows of ``symbols`` in that order; a department removed from the settings keeps
    its symbol as its title (its cases and history stay)."""
    known = departments()
    return [known.get(s, {"symbol": s, "title": s, "email": ""}) for s in symbols or ()]


def councillors():
    return {row["id"]: row for row in get("councillors", [])}


def letter_kinds():
    """Kinds of incoming letters: ``{id: row}``."""
    return {row["id"]: row for row in get("letter_kinds", [])}


def signatories():
    return {row["id"]: row for row in get("signatories", [])}


def deadline_days(kind):
    """Days from receipt to the deadline of a case of ``kind``: a kind of incoming letter's
    own days, else the ``deadline_days`` row (``None``: no deadline)."""
    row = letter_kinds().get(kind)
    if row is not None:
        return row.get("days")
    return get("deadline_days", {}).get(kind)


def jrwa_classes():
    return {row["symbol"]: row for row in get("jrwa", [])}


def group_id(symbol):
    """The group of a department: ``dept-<symbol in lower case>``."""
    return f"dept-{symbol.lower()}"

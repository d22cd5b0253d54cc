"""The neutral description of a document, read by both renderers (PDF and DOCX).

Plain dataclasses: no Zope, no site. ``letterhead()`` and ``signatory()`` fill them from the
settings; the adapters (``adapters``) build a ``Letter`` or a ``Receipt`` from an item.
"""

from dataclasses import dataclass
from dataclasses import field
from datetime import date


@dataclass
class Letterhead:
    """Who writes: the city hall, the office, its address and how to reach it."""

    city_hall: str = ""
    office: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""


@dataclass
class Party:
    """A recipient of a letter, or the sender of an incoming one."""

    name: str = ""
    organisation: str = ""
    address: str = ""
    email: str = ""

    def lines(self):
        """The address block: name, organisation, then the address line by line."""
        lines = [self.name, self.organisation]
        lines.extend((self.address or "").splitlines())
        return [line.strip() for line in lines if line and line.strip()]


@dataclass
class Signatory:
    name: str = ""
    function: str = ""


@dataclass
class Letter:
    """An outgoing letter: everything printed on it, already in words.

    ``body_html`` is rich text as the editor stores it; the renderers reduce it to what a
    letter holds (``richtext.clean``)."""

    letterhead: Letterhead
    place: str
    date: date
    signature: str = ""
    recipients: list = field(default_factory=list)  # of Party
    subject: str = ""
    body_html: str = ""
    signatory: Signatory = field(default_factory=Signatory)
    #: "Your letter of … ref. …" and similar lines above the subject, already in words.
    references: list = field(default_factory=list)
    #: The language of the document's own words (labels, the month's name).
    language: str = "pl"


@dataclass
class Receipt:
    """A receipt confirmation (potwierdzenie wpływu) of an incoming letter."""

    letterhead: Letterhead
    place: str
    date: date
    signature: str = ""
    incoming_number: str = ""
    received_date: date | None = None
    sender: Party = field(default_factory=Party)
    subject: str = ""
    access_code: str = ""
    #: Where a resident checks the case with the code (the page ``/sprawdz-sprawe``).
    check_url: str = ""
    language: str = "pl"


@dataclass
class Attendee:
    """A row of a meeting's attendance list."""

    name: str = ""
    function: str = ""
    unit: str = ""
    present: bool = True


@dataclass
class AgendaItem:
    number: str = ""
    topic: str = ""
    presenter: str = ""


@dataclass
class DirectiveLine:
    """A directive issued at a meeting, as the minutes list it."""

    signature: str = ""
    title: str = ""
    departments: str = ""
    responsible_person: str = ""
    deadline: date | None = None


@dataclass
class Minutes:
    """The minutes of a meeting (protokół): everything printed on them, already in words.

    ``heading`` is “Protokół nr 3/2026”, ``held`` the line under it (the kind of meeting,
    its day in words, the hour, the place); ``minutes_html`` is rich text as the editor
    stores it, cleaned by the renderers as a letter's body is; ``draft`` prints “PROJEKT”
    on every page until the mayor approves the minutes."""

    letterhead: Letterhead
    heading: str
    held: str = ""
    subject: str = ""
    chair: str = ""
    minute_taker: str = ""
    attendees: list = field(default_factory=list)  # of Attendee
    agenda: list = field(default_factory=list)  # of AgendaItem
    minutes_html: str = ""
    directives: list = field(default_factory=list)  # of DirectiveLine
    draft: bool = True
    language: str = "pl"

    def present(self):
        return [a for a in self.attendees if a.present]

    def absent(self):
        return [a for a in self.attendees if not a.present]

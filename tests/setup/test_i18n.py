"""The Polish catalogues: complete, in step with the .pot, and really used by Plone.

``tests/conftest.py`` sets ``zope_i18n_compile_mo_files`` before any layer loads its ZCML:
``i18n:registerTranslations`` compiles the .po files to .mo only while ZCML is read, so the
variable must be there before the first layer starts (a fixture would come too late).
"""

from datetime import timedelta
from kancelaria import _
from kancelaria import clock
from pathlib import Path
from plone import api
from pythongettext.msgfmt import Msgfmt
from xml.etree import ElementTree
from zope.i18n import translate

import ast
import kancelaria
import pytest
import re

PACKAGE = Path(kancelaria.__file__).parent
LOCALES = PACKAGE / "locales"
POT = LOCALES / "kancelaria.pot"
PO_FILES = sorted(LOCALES.glob("*/LC_MESSAGES/*.po"))
WORKFLOWS = sorted(PACKAGE.glob("profiles/*/workflows/*/definition.xml"))
POLISH_PLURALS = (
    "nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);"
)
VARIABLE = re.compile(r"\$\{(\w+)\}")


def parse_po(path):
    """``{msgid: {"msgstr", "default", "flags"}}`` of a .po/.pot file (no plurals here)."""
    entries = {}
    entry, field = None, None

    def close():
        if entry is not None and "msgid" in entry:
            entries[entry["msgid"]] = entry

    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line:
            close()
            entry, field = None, None
            continue
        if entry is None:
            entry = {"flags": set(), "default": None}
        if line.startswith("#,"):
            entry["flags"].update(flag.strip() for flag in line[2:].split(","))
        elif line.startswith("#. Default:"):
            entry["default"] = ast.literal_eval(line[len("#. Default:") :].strip())
        elif line.startswith("#"):
            continue
        elif line.startswith(("msgid_plural", "msgstr[", "msgctxt")):
            raise AssertionError(f"{path.name}: unexpected {line.split()[0]}")
        elif line.startswith("msgid "):
            field = "msgid"
            entry[field] = ast.literal_eval(line[len("msgid ") :])
        elif line.startswith("msgstr "):
            field = "msgstr"
            entry[field] = ast.literal_eval(line[len("msgstr ") :])
        elif line.startswith('"') and field:
            entry[field] += ast.literal_eval(line)
        else:
            raise AssertionError(f"{path.name}: cannot read {raw!r}")
    close()
    return entries


def header(entries):
    return dict(line.split(":", 1) for line in entries[""]["msgstr"].splitlines() if ":" in line)


def workflow_msgids():
    """What Plone translates in the ``plone`` domain for our workflows: state and
    transition titles (the history uses the action's text), and the ids ``@history``
    and our listings translate."""
    msgids = set()
    for path in WORKFLOWS:
        root = ElementTree.parse(path).getroot()
        for state in root.findall("state"):
            msgids.update((state.get("title"), state.get("state_id")))
        for transition in root.findall("transition"):
            msgids.update((transition.get("title"), transition.get("transition_id")))
            action = transition.find("action")
            if action is not None and action.text:
                msgids.add(action.text.strip())
    # "publish" is one of Plone's own msgids: its catalogue answers first.
    return {msgid for msgid in msgids if msgid and msgid != "publish"}


def test_catalogues_shipped():
    names = {str(path.relative_to(LOCALES)) for path in PO_FILES}
    assert names >= {"pl/LC_MESSAGES/kancelaria.po", "pl/LC_MESSAGES/plone.po"}
    assert POT.exists()


@pytest.mark.parametrize("path", PO_FILES, ids=lambda p: str(p.relative_to(LOCALES)))
def test_po_complete(path):
    entries = parse_po(path)
    meta = header(entries)
    assert meta["Language"].strip() == path.parts[-3]
    assert meta["Domain"].strip() == path.stem
    assert "charset=UTF-8" in meta["Content-Type"]
    if path.parts[-3] == "pl":
        assert meta["Plural-Forms"].strip() == POLISH_PLURALS
    problems = []
    for msgid, entry in entries.items():
        if not msgid:
            continue
        if "fuzzy" in entry["flags"]:
            problems.append(f"fuzzy: {msgid}")
        if not entry["msgstr"].strip():
            problems.append(f"untranslated: {msgid}")
            continue
        source = entry["default"] or msgid
        if set(VARIABLE.findall(source)) != set(VARIABLE.findall(entry["msgstr"])):
            problems.append(f"variables differ: {msgid}")
        if source.endswith("\n") != entry["msgstr"].endswith("\n"):
            problems.append(f"line ends differ: {msgid}")
    assert not problems, "\n".join(problems)
    # It compiles (the same compiler Zope uses at start-up).
    with path.open("rb") as po:
        assert Msgfmt(po, path.stem).get()


def test_pot_and_po_in_step():
    """After ``make i18n`` nothing is left untranslated and nothing is stale."""
    pot = set(parse_po(POT)) - {""}
    po = set(parse_po(LOCALES / "pl" / "LC_MESSAGES" / "kancelaria.po")) - {""}
    assert sorted(pot - po) == [], "run `make i18n` and translate the new msgids"
    assert sorted(po - pot) == [], "run `make i18n`: the .po has msgids no code uses"


def test_pot_has_python_defaults():
    """Id-style msgids from Python carry their English default into the .pot."""
    entries = parse_po(POT)
    assert entries["error_unknown_department"]["default"] == (
        "'${symbol}' is not a department of the settings."
    )
    assert "${overdue}" in entries["mail_digest_subject"]["default"]
    for msgid, entry in entries.items():
        if re.fullmatch(r"[a-z]+(_[a-z]+)+", msgid):
            assert entry["default"], f"{msgid} has no default"
    # GenericSetup XML and ZCML strings are there too.
    for msgid in (
        "Register",
        "A register of cases with a listing by signature and deadline.",
        "Kancelaria",
        "Registered case",
    ):
        assert msgid in entries


def test_plone_po_covers_workflows():
    plone = parse_po(LOCALES / "pl" / "LC_MESSAGES" / "plone.po")
    missing = sorted(workflow_msgids() - set(plone))
    assert missing == [], "translate in locales/pl/LC_MESSAGES/plone.po: " + ", ".join(missing)
    for action in ("route", "change_deadline", "change_receipt", "recompute_deadline"):
        assert action in plone


def test_translation_in_plone(portal):
    assert translate(_("Route to department"), target_language="pl") == "Przekaż do wydziału"
    assert translate(_("Deadlines"), target_language="pl") == "Terminy"
    message = _(
        "error_unknown_department",
        default="'${symbol}' is not a department of the settings.",
        mapping={"symbol": "XYZ"},
    )
    assert translate(message, target_language="pl") == (
        "„XYZ” nie jest wydziałem określonym w ustawieniach."
    )
    # English stays English.
    assert translate(message, target_language="en") == (
        "'XYZ' is not a department of the settings."
    )


def test_fti_title_translates(portal):
    fti = api.portal.get_tool("portal_types")["Register"]
    assert translate(fti.Title(), target_language="pl") == "Rejestr"


@pytest.mark.parametrize(
    "msgid,polish",
    [
        ("route", "Przekazanie do wydziału"),
        ("change_deadline", "Zmiana terminu"),
        ("recompute_deadline", "Przeliczenie terminu"),
        ("Make public", "Udostępnij publicznie"),
        ("Internal", "Wewnętrzny"),
        ("Forwarded", "Przekazana"),
    ],
)
def test_plone_domain_merged(portal, msgid, polish):
    assert translate(msgid, domain="plone", target_language="pl") == polish
    # Plone's own catalogue is still there.
    assert translate("Create", domain="plone", target_language="pl") == "Utwórz"


def test_history_titles_translate(portal, make_case):
    """The History viewlet (and ``@history``, built on it) translate what the case core
    writes into the workflow history with the ``plone`` domain."""
    from kancelaria.case import registration
    from kancelaria.case import routing
    from plone.app.layout.viewlets.content import ContentHistoryViewlet

    case = make_case()
    routing.route(case, ["WOIK"], "pilne")
    registration.change_deadline(case, case.received_date + timedelta(days=3), "urlop")
    viewlet = ContentHistoryViewlet(case, portal.REQUEST, None, None)
    viewlet.site_url = viewlet.navigation_root_url = portal.absolute_url()  # as @history does
    titles = {
        entry["action"]: (entry["transition_title"], entry["state_title"])
        for entry in viewlet.workflowHistory()
    }

    def pl(msgid):
        return translate(msgid, domain="plone", target_language="pl")

    assert pl(titles["route"][0]) == "Przekazanie do wydziału"
    assert pl(titles["change_deadline"][0]) == "Zmiana terminu"
    assert pl(titles["forward"][0]) == "Przekaż"
    assert pl(titles["forward"][1]) == "Przekazana"


@pytest.fixture
def sent(monkeypatch):
    """The (to, subject, body) of every mail the case core asks to send."""
    from kancelaria.case import mail

    messages = []

    def capture(to, subject, body, suffix=""):
        messages.append((to, subject, body))
        return True

    monkeypatch.setattr(mail, "send", capture)
    return messages


def test_mail_in_polish(portal, make_case, sent):
    """Mail speaks the site's language: a Polish site sends Polish subjects, the mapping
    filled in."""
    from kancelaria.case import digest
    from kancelaria.case import mail
    from kancelaria.case import routing

    api.portal.set_registry_record("plone.default_language", "pl")
    case = make_case(title="Wniosek o patronat", received_date=clock.today() - timedelta(days=60))
    routing.route(case, ["WOIK"])
    digest.send_digests(days=7)

    (_to, routed_subject, routed_body), (to, subject, body) = sent
    assert to == "woik@example.org"
    assert mail.tr(subject) == "Terminy – liczba spraw: 1, w tym po terminie: 1"
    assert mail.tr(body).startswith(
        "Wydział Organizacyjny, Informatyki i Kadr: otwarte sprawy z terminem upływającym "
        "w ciągu najbliższych 7 dni – 1, w tym po terminie – 1."
    )
    assert mail.tr(routed_subject) == f"Przekazano sprawę {case.signature}: Wniosek o patronat"
    assert "Termin: " in mail.tr(routed_body)
    assert "${" not in mail.tr(routed_body)

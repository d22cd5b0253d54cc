"""Demo content (profile ``kancelaria:demo``): a living register for a first look.

Installs, on top of ``kancelaria:default``:

- settings: four departments (WOIK and WKSP of the source document, WGK and WI) and seven
  fictional councillors, merged into the rows the office already has (none is dropped, an
  empty e-mail of an existing department is filled in, nothing else of it is changed);
- demo users, one per group, with full names; their password comes from the environment
  variable ``DEMO_PASSWORD`` (default ``demo``);
- interpellations, inquiries and motions in every state of the workflow, received over this
  year and the last, some overdue, some due soon, answered on time and late, one returned
  once, one with an attachment — each made by the people who would make it (the clerk
  registers and routes, the department drafts, the mayor approves), with its history dated
  as if it had happened on the days it says;
- a few published news items in ``/aktualnosci``.

The data is in ``profiles/demo/content.json`` (read by ``kancelaria.demo.data``); the
settings and users are made in ``people``, the cases in ``cases`` (dated by ``clock``), the
news in ``news``.

Idempotent: what is there already (by id) is left alone, so a second install creates
nothing. All addresses are on the reserved ``.example`` top-level domain (RFC 2606), and no
e-mail leaves while the demo is made.
"""

from contextlib import contextmanager
from kancelaria import logger
from kancelaria.case import mail
from kancelaria.clock import today as office_today
from kancelaria.demo.cases import ensure_interpellations
from kancelaria.demo.data import CLERK
from kancelaria.demo.data import COUNCILLORS
from kancelaria.demo.data import DEPARTMENTS
from kancelaria.demo.data import INTERPELLATIONS
from kancelaria.demo.data import MAYOR
from kancelaria.demo.data import NEWS
from kancelaria.demo.data import PRESS
from kancelaria.demo.data import USERS
from kancelaria.demo.data import password
from kancelaria.demo.news import ensure_news
from kancelaria.demo.people import ensure_settings
from kancelaria.demo.people import ensure_users

import logging
import threading
import transaction

__all__ = [
    "CLERK",
    "COUNCILLORS",
    "DEPARTMENTS",
    "INTERPELLATIONS",
    "MAYOR",
    "NEWS",
    "PRESS",
    "PROFILE_ID",
    "USERS",
    "describe_logins",
    "password",
    "post_install",
]

PROFILE_ID = "kancelaria:demo"


class _DropDemoMailWarnings(logging.Filter):
    def __init__(self, thread_id):
        super().__init__()
        self.thread_id = thread_id

    def filter(self, record):
        return not (record.thread == self.thread_id and str(record.msg).startswith("Not sending"))


@contextmanager
def no_mail():
    """The actions of the demo queue e-mail for after the commit; none of it leaves."""
    txn = transaction.get()
    hooks = getattr(txn, "_after_commit", None)
    start = len(hooks) if hooks is not None else 0
    quiet = _DropDemoMailWarnings(threading.get_ident())
    logger.addFilter(quiet)
    try:
        yield
    finally:
        logger.removeFilter(quiet)
        if hooks is not None:
            hooks[start:] = [hook for hook in hooks[start:] if hook[0] is not mail._deliver]


def post_install(context):
    """The handler of ``kancelaria:demo``: idempotent, a second run makes nothing twice."""
    today = office_today()
    with no_mail():
        ensure_settings()
        ensure_users()
        cases = ensure_interpellations(today)
        news = ensure_news(today)
    logger.info(
        "Demo content: %d cases and %d news items made; demo users %s, password %r",
        len(cases),
        len(news),
        ", ".join(u["id"] for u in USERS),
        password(),
    )
    print(describe_logins())


def describe_logins():
    lines = [f"Demo users (password: {password()}):"]
    for spec in USERS:
        lines.append(f"  {spec['id']:<18} {spec['fullname']} — {spec['role']} ({spec['group']})")
    return "\n".join(lines)

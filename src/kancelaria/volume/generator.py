"""Fill a site with ``n`` items received over ``years`` years (see ``kancelaria.volume``).

Each item is made as the product makes it: ``api.content.create`` (so the add subscribers
give the signature from the counters, the incoming number, the deadline, the access code),
then the steps of its path: ``routing.route`` (local roles, history) and the workflow's own
transitions with the comments they ask for (so their checks and subscribers run). Its
history, creation and modification dates are then put on the days it happened
(``kancelaria.demo.clock``), its closing date read off that history
(``closing.from_history``), and the catalog told once. Items go in the order they were
received, so the numbers of a (unit, class, year) list run with the dates, and the
counters stay where the next real registration continues.
"""

from datetime import timedelta
from kancelaria import clock
from kancelaria import settings
from kancelaria.calendar import settings as calendar_settings
from kancelaria.case import closing
from kancelaria.case import routing
from kancelaria.demo import no_mail
from kancelaria.demo.clock import Clock
from kancelaria.demo.clock import acting_as
from kancelaria.demo.clock import backdate
from kancelaria.demo.clock import date_history
from kancelaria.demo.clock import next_working_day
from kancelaria.demo.clock import previous_working_day
from kancelaria.demo.data import CLERK
from kancelaria.demo.data import MAYOR
from kancelaria.demo.data import PRESS
from kancelaria.demo.people import ensure_settings
from kancelaria.demo.people import ensure_users
from kancelaria.volume.plans import BY_TYPE
from kancelaria.volume.plans import OPEN_DAYS
from kancelaria.volume.plans import PLANS
from kancelaria.volume.plans import ROUTE
from kancelaria.volume.progress import Progress
from plone import api
from plone.api.exc import InvalidParameterError
from plone.i18n.normalizer.interfaces import IIDNormalizer
from zExceptions import Unauthorized
from zope.component import getUtility

import random
import transaction

#: Items per commit.
COMMIT_EVERY = 300
#: The indexes of what the generator dates after the fact (one queued reindex).
DATED = ("created", "modified", "effective", "Date", "closed_date", "desk_queues")
ROUTE_COMMENT = "Proszę o załatwienie sprawy zgodnie z kompetencjami."
#: Steps the mayor takes (the workflow lets only the mayor sign or approve); the demo's
#: mayor (``kancelaria.demo.data``) acts, as in the demo.
MAYOR_STEPS = frozenset(
    ("sign", "approve_answer", "return_answer", "verify", "grant", "refuse", "approve_minutes")
)
#: Registers where the press office adds and publishes; the office's clerk does the rest.
PRESS_REGISTERS = frozenset(
    ("aktualnosci", "kancelaria/prasa", "media", "biuletyn", "sprawozdania")
)


def context():
    """What the fields of the items choose from: the office's settings."""
    return {
        "letter_kinds": sorted(settings.letter_kinds()) or ["general"],
        "signatories": sorted(settings.signatories()) or ["prezydent"],
        "councillors": sorted(settings.councillors()),
        "departments": sorted(settings.departments()),
        "officials": sorted(calendar_settings.officials()),
    }


def schedule(n, years, today, rng):
    """``[(day, plan), …]`` in the order of receipt: ``n`` items (a meeting's directives
    count), on working days of the last ``years`` years up to ``today``."""
    plans = [plan for plan in PLANS if plan.share]
    weights = [plan.share for plan in plans]
    # Every type at least once (the rare ones too: a report a year), then by their shares.
    units = [plan for plan in plans if sum(1 + len(p.children) for p in plans) <= n]
    count = sum(1 + len(plan.children) for plan in units)
    while count < n:
        plan = rng.choices(plans, weights)[0]
        if count + 1 + len(plan.children) > n:
            plan = BY_TYPE["IncomingLetter"]
        units.append(plan)
        count += 1 + len(plan.children)
    span = max(int(years * 365), 1)
    days = sorted(previous_working_day(today - timedelta(days=rng.randrange(span))) for _ in units)
    return list(zip(days, units, strict=True))


def _path(plan, day, today, rng):
    recent = (today - day).days < OPEN_DAYS
    paths = plan.paths + (plan.open_paths if recent else ())
    if recent and plan.open_paths and rng.random() < 0.5:
        paths = plan.open_paths
    return rng.choices([steps for _, steps in paths], [weight for weight, _ in paths])[0]


def _new_id(container, title, normalizer):
    base = normalizer.normalize(title, max_length=60)
    number = container.objectCount() + 1
    while f"{base}-{number}" in container:
        number += 1
    return f"{base}-{number}"


class Generator:
    def __init__(self, portal, years, seed=None, today=None):
        self.portal = portal
        self.years = years
        self.rng = random.Random(seed)
        self.today = today or clock.today()
        self.user = api.user.get_current().getId()
        self.normalizer = getUtility(IIDNormalizer)
        ensure_settings()
        ensure_users()
        self.ctx = context()
        self.containers = {}
        self.made = 0

    def container(self, path):
        if path not in self.containers:
            self.containers[path] = self.portal.unrestrictedTraverse(path)
        return self.containers[path]

    def make(self, plan, day, container=None):
        """One item of ``plan`` received on ``day``, taken along its path; returns it."""
        i = self.rng.randrange(1_000_000)
        fields = plan.fields(i, day, self.ctx)
        container = container if container is not None else self.container(plan.register)
        clk = Clock()
        registered_at = clk(day, 8 + i % 3, i % 60)
        self.actor = PRESS if plan.register in PRESS_REGISTERS else CLERK
        obj = self.create(container, plan.portal_type, fields)
        if getattr(obj, "workflow_history", None):
            date_history(obj, 0, registered_at)
        self.made += 1
        steps = _path(plan, day, self.today, self.rng)
        deadline = getattr(obj, "deadline", None)
        span = ((deadline - day).days if deadline else 10) or 1
        when = day
        for number, step in enumerate(steps, start=1):
            when = min(
                next_working_day(day + timedelta(days=max(1, span * number // (len(steps) + 1)))),
                self.today,
            )
            self.step(obj, plan, step, i, when, clk)
        backdate(obj, registered_at, clk.last)
        closed = closing.from_history(obj)  # the day it happened, not today
        if closed is not None:
            obj.closed_date = closed
        for child in plan.children:
            self.make(BY_TYPE[child], day, container=obj)  # issued at the meeting
        obj.reindexObject(idxs=list(DATED))
        return obj

    def create(self, container, portal_type, fields):
        """As the clerk or the press office; what they do not add as the generator's user
        (an administrator)."""
        values = {"container": container, "type": portal_type, "safe_id": False, **fields}
        values["id"] = _new_id(container, fields["title"], self.normalizer)
        try:
            with api.env.adopt_user(username=self.actor):
                return api.content.create(**values)
        except Unauthorized:
            pass
        # A resident's request, filed by the public form as a Manager (``appointments.intake``).
        self.actor = self.user
        return api.content.create(**values)

    def step(self, obj, plan, step, i, when, clk):
        transition, comment = (step, "") if isinstance(step, str) else step
        at = clk(when, 10 + i % 6, i % 50)
        if transition == ROUTE:
            with acting_as(CLERK, obj, at):
                symbol = self.ctx["departments"][i % len(self.ctx["departments"])]
                routing.route(obj, [symbol], ROUTE_COMMENT)
            return
        prepare = plan.prepare.get(transition)
        if prepare is not None:
            prepare(obj, i, when)
        actors = (MAYOR, self.actor) if transition in MAYOR_STEPS else (self.actor, MAYOR)
        for actor in (*actors, self.user):
            try:
                with acting_as(actor, obj, at):
                    api.content.transition(obj=obj, transition=transition, comment=comment)
                return
            except InvalidParameterError:  # not theirs to take (``refuse``: of a request)
                continue
        raise InvalidParameterError(f"nobody may {transition} {obj.absolute_url()}")


def generate(portal, n, years=10, seed=None, commit_every=COMMIT_EVERY, show=True):
    """Add ``n`` items over ``years`` years to ``portal``; commits as it goes. Returns the
    number of items made and the seconds it took."""
    repository = api.portal.get_tool("portal_repository")
    versioned = list(repository.getVersionableContentTypes())
    repository.setVersionableContentTypes([])
    generator = Generator(portal, years, seed)
    plan = schedule(n, years, generator.today, generator.rng)
    progress = Progress(n, "generate", every=0.5 if show else 3600)
    try:
        for start in range(0, len(plan), commit_every):
            with no_mail():
                for day, item in plan[start : start + commit_every]:
                    before = generator.made
                    generator.make(item, day)
                    progress.update(generator.made - before)
            transaction.commit()
            portal._p_jar.cacheGC()
    finally:
        repository = api.portal.get_tool("portal_repository")
        repository.setVersionableContentTypes(versioned)
        transaction.commit()
    return generator.made, progress.close()

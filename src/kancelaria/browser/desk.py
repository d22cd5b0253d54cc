"""The desk (``/kancelaria``): the current user's work queues, counters on top, each line
with signature, subject, type, state and deadline with the days left, the queue's note and
button; the clerk routes the cases waiting for it several at once (``@@desk-route``). The
same queues and counts as ``GET /kancelaria/@desk`` (``kancelaria.case.desk``); no case is
loaded to draw it. ``?queue=<id>`` shows one queue whole, a page at a time."""

from kancelaria import _
from kancelaria import clock
from kancelaria import formats
from kancelaria import settings
from kancelaria.browser.register import RegisterView
from kancelaria.case import deadlines
from kancelaria.case import desk
from kancelaria.case import labels
from kancelaria.case import params
from kancelaria.case.errors import CaseInputError
from plone import api
from plone.protect import CheckAuthenticator
from Products.Five import BrowserView
from zope.i18n import translate
from zope.interface import Interface
from zope.interface import implementer

import transaction

ROUTE_CASE = "kancelaria: Route case"


class IStaffPage(Interface):
    """A page of ``/kancelaria`` every staff member opens (the desk, the deadlines).

    A department opens ``/kancelaria`` without View on it (``kancelaria: Open register``),
    and Plone draws its header, navigation, breadcrumbs, title and status messages only
    for View: ``staffpages.zcml`` registers those viewlets for these pages too, for
    whoever may open them (``kancelaria: View deadlines``)."""


@implementer(IStaffPage)
class DeskView(RegisterView):
    def __call__(self):
        self.only = self._only()
        self.today = clock.today()
        if self.only:
            self.start = params.page_start(self.request.form)
            self.queues = desk.desk(desk.PAGE, self.today, only=self.only, start=self.start)
        else:
            self.queues = desk.desk(desk.ITEMS, self.today)
        self._type_titles = {}
        self._state_titles = {}
        return self.index()

    def _only(self):
        try:
            wanted = params.text(self.request.form, "queue")
        except CaseInputError:
            return None
        return wanted if wanted in {q.id for q, _departments in desk.my_queues()} else None

    def desk_url(self):
        return self.context.absolute_url()

    def queue_url(self, queue, start=0):
        url = f"{self.desk_url()}/@@desk?queue={queue['id']}"
        return f"{url}&b_start={start}" if start else url

    def pages(self, queue):
        """``(previous start, next start)`` of a queue shown whole (``None``: no page)."""
        if not self.only:
            return None, None
        start, count = queue["start"], queue["count"]
        previous = max(0, start - desk.PAGE) if start > 0 else None
        following = start + desk.PAGE if start + desk.PAGE < count else None
        return previous, following

    def type_title(self, portal_type):
        if portal_type not in self._type_titles:
            fti = api.portal.get_tool("portal_types").getTypeInfo(portal_type)
            title = fti.Title() if fti is not None else portal_type
            self._type_titles[portal_type] = translate(
                title, domain=getattr(fti, "i18n_domain", None) or "plone", context=self.request
            )
        return self._type_titles[portal_type]

    def state_title(self, item):
        key = (item["review_state"], item["@type"])
        if key not in self._state_titles:
            self._state_titles[key] = labels.state_title(*key, self.request)
        return self._state_titles[key]

    def date(self, value):
        return formats.date(value)

    def days(self, item):
        """``(css class, text)`` of the deadline: overdue, due today, soon, on time."""
        days = item["days_left"]
        if days is None:
            return None
        if days < 0:
            text = _("desk_days_overdue", default="${days} days overdue", mapping={"days": -days})
            return "badge bg-danger", text
        if days == 0:
            return "badge bg-warning text-dark", _("desk_due_today", default="due today")
        text = _("desk_days_left", default="${days} days left", mapping={"days": days})
        if deadlines.status(item["deadline"], self.today) == "due_soon":
            return "badge bg-warning text-dark", text
        return "badge bg-light text-dark border", text

    def can_route(self, queue):
        return queue["queue"].batch_route and api.user.has_permission(ROUTE_CASE, obj=self.context)

    def departments(self):
        return list(settings.departments().values())


class DeskRouteView(BrowserView):
    """``POST @@desk-route``: the cases ticked in a queue of the desk go to one department,
    each routed by the core; a refusal routes none and names the case."""

    def __call__(self):
        request = self.request
        back = self.context.absolute_url()
        if request.method != "POST":
            return request.response.redirect(back)
        CheckAuthenticator(request)
        form = request.form
        department = form.get("department") or ""
        try:
            routed = desk.route_batch(
                form.get("uids", []),
                [department] if department else [],
                form.get("comment") or "",
            )
        except CaseInputError as error:
            transaction.doom()
            message = _(
                "desk_route_refused",
                default="Nothing was routed: ${reason}",
                mapping={"reason": error.message},
            )
            api.portal.show_message(message, request=request, type="error")
        else:
            message = _(
                "desk_routed",
                default="Cases routed to ${department}: ${count} (${signatures}).",
                mapping={
                    "department": department,
                    "count": len(routed),
                    "signatures": ", ".join(obj.signature or obj.Title() for obj in routed),
                },
            )
            api.portal.show_message(message, request=request)
        return request.response.redirect(back)

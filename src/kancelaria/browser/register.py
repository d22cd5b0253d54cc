"""The listing of a register: the catalog, batched; never a walk over the folder.

Filters and order as every register has them (``case.filters``: ``q``, ``department`` for
staff, ``sort_on``/``sort_order``); without a sort, the order of registration, newest first.
"""

from kancelaria.browser.registerlisting import RegisterListing
from kancelaria.case import casetype
from kancelaria.case import deadlines
from kancelaria.case import filters as common
from kancelaria.case import params
from plone import api
from plone.batching import Batch
from Products.Five import BrowserView

OPEN_REGISTER = "kancelaria: Open register"


class RegisterView(RegisterListing, BrowserView):
    def registers(self):
        """The registers inside this one that the user may open. A department opens the
        internal registers without seeing them in the catalog (it has no View there), so
        the few sub-registers are looked up whole and checked one by one."""
        catalog = api.portal.get_tool("portal_catalog")
        brains = catalog.unrestrictedSearchResults(
            path={"query": "/".join(self.context.getPhysicalPath()), "depth": 1},
            portal_type="Register",
            sort_on="getObjPositionInParent",
        )
        return [
            brain
            for brain in brains
            if api.user.has_permission(OPEN_REGISTER, obj=brain._unrestrictedGetObject())
        ]

    def batch(self):
        b_start = params.page_start(self.request.form)
        query = {
            "path": {"query": "/".join(self.context.getPhysicalPath()), "depth": 1},
            "portal_type": {"not": "Register"},
            # The position in the folder is the order of registration, to the item, and
            # one cheap sort key (measured at 3,000 items: 4 ms, against 18 ms for
            # created + case_number, and ``created`` alone ties within a minute).
            "sort_on": "getObjPositionInParent",
            "sort_order": "descending",
            **common.catalog_criteria(self.filters),
            "b_start": b_start,
            "b_size": self.b_size,
        }
        brains = api.portal.get_tool("portal_catalog").searchResults(query)
        self.count = brains.actual_result_count  # of every page: ``brains`` is this one
        return Batch(brains, self.b_size, b_start, orphan=0)

    def status(self, brain):
        if not getattr(brain, "case_open", False) or not brain.deadline:
            return None
        return deadlines.status(brain.deadline)

    def directives_url(self):
        """The directives dashboard of the register that holds the directives (the
        meetings' register, or the internal area above it), when the user may open it."""
        declared = casetype.for_type("Directive")
        if declared is None:
            return None
        portal = api.portal.get()
        register = portal.unrestrictedTraverse(declared.register, None)
        here = "/".join(self.context.getPhysicalPath())
        if register is None or not "/".join(register.getPhysicalPath()).startswith(here):
            return None
        if not api.user.has_permission(OPEN_REGISTER, obj=register):
            return None
        return f"{register.absolute_url()}/@@polecenia"

    def can_view_deadlines(self):
        return api.user.has_permission("kancelaria: View deadlines", obj=self.context)

"""Plone's search page, showing for each case found its signature, state and date of
receipt (catalog metadata only: no object is loaded for it)."""

from kancelaria.case import labels
from Products.CMFPlone.browser.search import Search


class CaseSearch(Search):
    def case_info(self, item):
        """``None`` for what is no registered case."""
        brain = item.getDataOrigin() if hasattr(item, "getDataOrigin") else item
        signature = getattr(brain, "signature", None)
        if not signature:
            return None
        state = brain.review_state
        return {
            "signature": signature,
            "state": state,
            "state_title": labels.state_title(state, brain.portal_type, self.request),
            "received_date": getattr(brain, "received_date", None) or None,
        }

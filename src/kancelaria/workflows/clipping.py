"""The Python side of ``kancelaria_clipping_workflow``: what publishing needs."""

from kancelaria import _
from kancelaria.case.errors import CaseInputError
from plone import api


def ready_to_publish(obj, comment=""):
    """A clipping goes to the office's archive with its tone and its summary."""
    if not getattr(obj, "tone", None):
        raise CaseInputError(
            "tone", _("error_clipping_tone", default="choose the tone before publishing.")
        )
    if not (getattr(obj, "summary", None) or "").strip():
        raise CaseInputError(
            "summary",
            _("error_clipping_summary", default="write the summary before publishing."),
        )


def to_summarise(obj):
    """Waiting for the press office: catalogued, not yet in the archive."""
    return api.content.get_state(obj, default=None) == "private"


def stays_complete(obj, event):
    """Subscriber: a clipping in the archive keeps its tone and summary (an edit that
    empties one is refused naming it, on every way in)."""
    if api.content.get_state(obj, default=None) == "published":
        ready_to_publish(obj)

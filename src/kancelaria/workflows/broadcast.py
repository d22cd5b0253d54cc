"""The Python side of ``kancelaria_broadcast_workflow`` (``private`` → ``published`` by the
press office, ``retract`` back): the link to the recording is a web address."""

from kancelaria import _
from kancelaria.case import casetype
from kancelaria.case.errors import CaseInputError
from urllib.parse import urlsplit


def check_url(obj):
    value = getattr(obj, "recording_url", None)
    if not value:
        return
    parts = urlsplit(value.strip())
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc or " " in value.strip():
        raise CaseInputError(
            "recording_url",
            _(
                "error_recording_url",
                default="give an http:// or https:// address of the recording.",
            ),
        )


def checked(obj, event):
    """Subscriber (added, modified): every way in."""
    casetype.check_in_register(obj)
    check_url(obj)

"""The recordings' limits the office edits (Site setup → Configuration registry,
``kancelaria.media.*``): a recording is larger than a case's attachment and of its own
types (audio and video)."""

from kancelaria import _
from kancelaria.case.limits import MB
from plone.registry.interfaces import IRegistry
from zope import schema
from zope.component import getUtility
from zope.component import queryUtility
from zope.interface import Interface

PREFIX = "kancelaria.media"

DEFAULT_TYPES = ["mp3", "m4a", "ogg", "oga", "wav", "mp4", "m4v", "webm", "ogv", "mov"]


class IMediaSettings(Interface):
    recording_max_mb = schema.Int(
        title=_("Largest recording (MB)"),
        default=500,
        min=1,
        required=True,
    )
    recording_types = schema.List(
        title=_("Recording types"),
        description=_("File name extensions of audio and video recordings, one a line."),
        value_type=schema.TextLine(title=_("Extension")),
        default=DEFAULT_TYPES,
        required=False,
    )


def get(name):
    """The record ``name``; its default while a site has no record yet."""
    registry = queryUtility(IRegistry)
    value = registry.get(f"{PREFIX}.{name}") if registry is not None else None
    return IMediaSettings[name].default if value is None else value


def recording_types():
    return [t.strip().lstrip(".").lower() for t in get("recording_types") or () if t.strip()]


def recording_problem(named):
    """What is wrong with a recording (a message) or ``None``: size, type, name (the
    core's limits call it for the field ``recording``)."""
    from kancelaria.case.limits import _file_problem_of_name

    most = get("recording_max_mb")
    size = named.getSize()
    if size > most * MB:
        return _(
            "error_file_too_large",
            default="the file has ${size} MB; at most ${limit} MB are allowed.",
            mapping={"size": f"{size / MB:.1f}", "limit": most},
        )
    filename = named.filename or ""
    extension = filename.rpartition(".")[2].lower() if "." in filename else ""
    allowed = recording_types()
    if extension not in allowed:
        return _(
            "error_file_type",
            default="'${filename}' is not accepted; attach one of: ${types}.",
            mapping={"filename": filename, "types": ", ".join(allowed)},
        )
    return _file_problem_of_name(filename)


def register():
    """The records, where missing (what the office set stays; the upgrade calls it)."""
    getUtility(IRegistry).registerInterface(IMediaSettings, prefix=PREFIX)

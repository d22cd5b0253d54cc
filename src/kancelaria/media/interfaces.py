from zope.interface import Interface


class IMediaFolder(Interface):
    """Marker of ``/media``: its archive's REST twin ``@media``."""

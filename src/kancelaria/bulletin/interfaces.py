from zope.interface import Interface


class IBulletinFolder(Interface):
    """Marker of ``/biuletyn``: its archive, ``@bulletin`` and its feed ``@@rss``."""


class IReportsFolder(Interface):
    """Marker of ``/sprawozdania``: its listing of the reports by session."""

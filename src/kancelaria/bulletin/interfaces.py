from zope.interface import Interface


class IBulletinFolder(Interface):
    """Marker of ``/biuletyn``: its archive, ``@bulletin`` and its feed ``@@rss``."""

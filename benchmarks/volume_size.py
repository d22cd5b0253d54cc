"""Prints ``VOLUME_SIZE N``: the items the volume benchmark's site holds (``volume.py
--measure``); run by ``zconsole run``."""

from zope.annotation.interfaces import IAnnotations

app = globals()["app"]  # noqa: F821 - zconsole provides ``app``
print(f"VOLUME_SIZE {IAnnotations(app['kancelaria']).get('kancelaria.volume.generated', 0)}")

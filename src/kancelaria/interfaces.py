"""Marker interfaces."""

from zope.interface import Interface
from zope.publisher.interfaces.browser import IDefaultBrowserLayer


class IKancelariaLayer(IDefaultBrowserLayer):
    """Browser layer: the add-on's views and services exist only where it is installed."""


class IRegister(Interface):
    """A register folder (``/interpelacje``, ``/kancelaria/korespondencja`` …)."""

"""Marker interfaces."""

from plone.app.z3cform.interfaces import IPloneFormLayer
from zope.interface import Interface


class IKancelariaLayer(IPloneFormLayer):
    """Browser layer: the add-on's views and services exist only where it is installed.

    It extends Plone's form layer (itself a default browser layer), so that the add-on's
    widgets (``browser/widgets.py``) come before Plone's own in its forms."""


class IRegister(Interface):
    """A register folder (``/interpelacje``, ``/kancelaria/korespondencja`` …)."""

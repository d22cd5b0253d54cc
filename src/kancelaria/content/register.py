"""A register: a folder of registered cases with a catalog listing."""

from kancelaria.interfaces import IRegister
from plone.dexterity.content import Container
from plone.supermodel import model
from zope.interface import implementer


class IRegisterSchema(model.Schema):
    """A register has the fields of its behaviors only."""


@implementer(IRegister)
class Register(Container):
    """``/interpelacje``, ``/kancelaria/korespondencja`` … (listing: ``@@register``)."""

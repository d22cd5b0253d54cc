"""Events of the case core, for subscribers and content rules."""

from zope.interface import Attribute
from zope.interface import implementer
from zope.interface.interfaces import IObjectEvent
from zope.interface.interfaces import ObjectEvent


class ICaseRoutedEvent(IObjectEvent):
    """A case was routed to departments."""

    added = Attribute("Symbols of the departments that got the case")
    removed = Attribute("Symbols of the departments that lost it")
    comment = Attribute("The router's comment")


@implementer(ICaseRoutedEvent)
class CaseRoutedEvent(ObjectEvent):
    def __init__(self, obj, added, removed, comment):
        super().__init__(obj)
        self.added = added
        self.removed = removed
        self.comment = comment

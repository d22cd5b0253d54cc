"""A broadcast's air dates over REST: ISO date-times, kept as the office's local time.

plone.restapi's own date-time deserializer guesses a zone from the value stored under the
field's name, which a list's items have not; an air time is read here instead: one without
a zone is local already, one with a zone is turned into the portal's (``kancelaria.clock``).
A value that is no date-time is a ``ValueError``: a 400 naming ``air_dates``."""

from kancelaria import clock
from kancelaria.content.broadcast import IAirTime
from plone.dexterity.interfaces import IDexterityContent
from plone.restapi.deserializer.dxfields import DefaultFieldDeserializer
from plone.restapi.interfaces import IFieldDeserializer
from zope.component import adapter
from zope.interface import implementer
from zope.publisher.interfaces.browser import IBrowserRequest

import dateutil.parser


@implementer(IFieldDeserializer)
@adapter(IAirTime, IDexterityContent, IBrowserRequest)
class AirTimeDeserializer(DefaultFieldDeserializer):
    def __call__(self, value):
        if not isinstance(value, str):
            raise ValueError(f"Invalid date and time: {value!r}")
        try:
            moment = dateutil.parser.isoparse(value)
        except (ValueError, OverflowError):
            raise ValueError(f"Invalid date and time: {value}") from None
        if moment.tzinfo is not None:
            moment = moment.astimezone(clock.zone()).replace(tzinfo=None)
        self.field.validate(moment)
        return moment

"""REST for other systems and scripts.

- ``POST /kontakt/@appointment-request`` without an account: the JSON fields ``title``,
  ``name``, ``email`` and/or ``phone``, ``preferred_dates``, ``official``, ``message``,
  ``consent`` (true), the honeypot ``website`` empty. 201 with an acknowledgement only
  (nothing of the request, nothing to read it by later); bad input a 400 naming the field;
  too many from one address a 429 with ``Retry-After`` (the page and REST count together).
- ``POST <request>/@schedule {"start", "end", "place", "officials"}``: the secretariat;
  201 with the appointment.
"""

from kancelaria import _
from kancelaria.appointments import intake
from kancelaria.appointments import scheduling
from kancelaria.case.errors import CaseInputError
from kancelaria.case.statusform import in_site_language
from kancelaria.services import CaseService
from kancelaria.services import read_json_object
from kancelaria.services import refuse
from kancelaria.services import too_many
from plone.restapi.interfaces import ISerializeToJson
from plone.restapi.services import Service
from zExceptions import NotFound
from zope.component import getMultiAdapter

ACKNOWLEDGEMENT = _(
    "request_acknowledged",
    default="Thank you. The request has been sent to the secretariat of the Mayor, which "
    "will contact you.",
)


class AppointmentRequestPost(Service):
    def reply(self):
        request = self.request
        if not intake.is_contact_page(self.context):
            raise NotFound("@appointment-request")
        request.response.setHeader("Cache-Control", "no-store")
        refused = too_many(request, intake)
        if refused is not None:
            return refused
        try:
            submission = intake.read(read_json_object(request))
            if submission.errors:
                raise submission.errors[0]
            intake.create(submission)
        except CaseInputError as error:
            return refuse(request, error)
        request.response.setStatus(201)
        return {"status": "submitted", "message": in_site_language(ACKNOWLEDGEMENT)}


class SchedulePost(CaseService):
    def handle(self):
        appointment = scheduling.schedule(self.context, self.body())
        self.request.response.setStatus(201)
        serializer = getMultiAdapter((appointment, self.request), ISerializeToJson)
        return serializer()

"""``POST /kancelaria/kalendarz/@ceremonies {"year": 2027}``: the year's ceremonies
(``calendar.generate``). 201 with those created; 200 with none when all are there already
(idempotent, and it says so); a bad year is a 400 naming ``year``."""

from kancelaria.ceremonies import calendar
from kancelaria.ceremonies.views import message
from kancelaria.services import CaseService
from plone import api
from zExceptions import NotFound


class CeremoniesPost(CaseService):
    def handle(self):
        if not calendar.is_calendar(self.context):
            raise NotFound("@ceremonies")
        year = calendar.check_year(self.body().get("year"))
        created, existing = calendar.generate(self.context, year)
        self.request.response.setStatus(201 if created else 200)
        return {
            "@id": f"{self.context.absolute_url()}/@ceremonies",
            "year": year,
            "message": api.portal.translate(message(year, created, existing)),
            "created": [
                {
                    "@id": obj.absolute_url(),
                    "@type": obj.portal_type,
                    "id": obj.getId(),
                    "title": obj.Title(),
                    "start": obj.start.isoformat(),
                    "kind": obj.kind,
                    "review_state": api.content.get_state(obj),
                }
                for obj in created
            ],
            "existing": existing,
        }

"""What incoming and outgoing letters share: how a letter travels, dates not in the future."""

from kancelaria import _
from kancelaria import clock
from zope.globalrequest import getRequest
from zope.i18n import translate
from zope.schema.interfaces import ValidationError
from zope.schema.vocabulary import SimpleTerm
from zope.schema.vocabulary import SimpleVocabulary

CHANNELS = SimpleVocabulary(
    [
        SimpleTerm("paper", "paper", _("channel_paper", default="Paper (post)")),
        SimpleTerm("epuap", "epuap", _("channel_epuap", default="ePUAP")),
        SimpleTerm(
            "e_doreczenia", "e_doreczenia", _("channel_e_doreczenia", default="e-Doręczenia")
        ),
        SimpleTerm("email", "email", _("channel_email", default="E-mail")),
        SimpleTerm("in_person", "in_person", _("channel_in_person", default="In person")),
    ]
)


class DateInFuture(ValidationError):
    """A date that has not come yet."""

    def doc(self):
        return translate(self.args[0], context=getRequest())


def not_in_future(value):
    if value is not None and value > clock.today():
        raise DateInFuture(
            _(
                "error_date_future",
                default="${date} is in the future.",
                mapping={"date": value.isoformat()},
            )
        )
    return True

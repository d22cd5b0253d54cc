"""``POST <incoming letter>/@reply`` — the draft of a reply (201 with its address)."""

from kancelaria.content.reply import create_reply
from kancelaria.services import CaseService
from plone import api


class ReplyPost(CaseService):
    def handle(self):
        self.body()  # nothing to give; a body that is not a JSON object is still refused
        reply = create_reply(self.context)
        self.request.response.setStatus(201)
        self.request.response.setHeader("Location", reply.absolute_url())
        return {
            "@id": reply.absolute_url(),
            "UID": reply.UID(),
            "signature": reply.signature,
            "title": reply.Title(),
            "review_state": api.content.get_state(reply),
            "in_reply_to": self.context.absolute_url(),
        }

"""Residents' appointment requests (issue 12, item 2): the public form on ``/kontakt`` and
``POST /kontakt/@appointment-request``, the secretariat's scheduling into the calendar and
refusal, and the resident's e-mails."""

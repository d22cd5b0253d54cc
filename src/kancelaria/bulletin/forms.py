"""The add form proposes the next number of this year (a form's default only: over REST
and in scripts an issue without a number gets the next one of its date's year)."""

from kancelaria.bulletin import numbering
from kancelaria.content.bulletin import IBulletinIssue
from z3c.form.interfaces import IAddForm
from z3c.form.widget import ComputedWidgetAttribute

ProposedNumber = ComputedWidgetAttribute(
    lambda adapter: numbering.propose(), field=IBulletinIssue["number"], view=IAddForm
)

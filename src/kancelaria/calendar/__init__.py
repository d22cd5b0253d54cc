"""The mayor's and deputies' calendar (issue 12, item 1): the officials, the staff's day
and week views, the officials' iCal feeds behind a secret token, and the public calendar
of the mayor's public appointments. The ``Appointment`` type is ``content/appointment.py``."""

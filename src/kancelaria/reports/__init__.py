"""The mayor's activity reports (``/sprawozdania``): the draft from the registers."""

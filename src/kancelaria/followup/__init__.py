"""The follow-up of directives: the dashboard across all meetings (``@@polecenia``,
``@directives``, the export) and the review of open directives pulled into a new meeting's
agenda (``@agenda-from-directives``)."""

"""Documents of the office: a letter, a receipt confirmation or a meeting's minutes as PDF
(WeasyPrint) and DOCX (python-docx), both drawn from one neutral description (``model``).

- ``model``: the description (letterhead, place and date, signature, recipients, subject,
  body, signatory; the receipt's incoming number, sender and access code);
- ``richtext``: the body's rich text reduced to what a letter holds (paragraphs, bold,
  italic, underline, lists, headings, line breaks), nothing that could fetch anything;
- ``fetcher``: WeasyPrint's only way out, which serves the package's own static files and
  refuses everything else;
- ``pdf`` and ``word``: the two renderers;
- ``templates``: the occasional letters' templates the office edits in the control panel;
- ``adapters`` and ``views``: ``@@pdf``, ``@@docx`` and ``@@receipt`` of an item, from an
  adapter to ``ILetterDocument`` / ``IReceiptDocument``; ``minutes``: a meeting's adapter
  to ``IMinutesDocument`` (its ``@@pdf`` and ``@@docx``); ``viewlet``: the document buttons
  of a meeting's page.
"""

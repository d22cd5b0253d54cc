"""Honorary patronages: the public application (form and ``@apply``), the applicant's
e-mails, the decision letter, the report link and the public register of granted ones.

The type itself is ``content/patronage.py``; its workflow's Python side is
``workflows/patronage.py``.
"""

"""The Python side of the workflows: guards and transition subscribers.

The workflow definitions themselves are GenericSetup XML under
``profiles/default/workflows/<id>/definition.xml``.
"""

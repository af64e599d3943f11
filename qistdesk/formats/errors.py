"""The one error a format raises: the bytes cannot be read as that format says.

Formats translate and never import the services, so this is their own base class;
``services.errors.USER_ERRORS`` lists it, so the CLI prints it as one line and the GUI
as a message, like every other error a user can act on.
"""


class FormatError(Exception):
    """Input a user can fix (the message names the line, column or field and the reason)."""

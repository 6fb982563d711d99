"""The one exception the reading stage raises for learner text; the API turns it into a Verdict."""


class ParseError(Exception):
    """Learner (or author) text could not be read.

    `code` is the Verdict code ("syntax_error", "unknown_symbol", "too_large", ...), `position` a
    character offset into the ORIGINAL text, `suggestion` an optional corrected reading.
    """

    def __init__(
        self,
        code: str,
        message: str,
        position: int | None = None,
        suggestion: str | None = None,
    ) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.position = position
        self.suggestion = suggestion

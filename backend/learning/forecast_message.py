"""Where the learner stands, in plain words: the forecast's message on the plan page and in the
behind-plan reminder email."""

from decimal import Decimal

from .forecast import LIKELY, MAX_DAILY_HOURS, Forecast
from .selectors import Alternative


def forecast_message(
    hours: Decimal, result: Forecast, alternatives: list[Alternative] | None = None
) -> str:
    if result.status == "done":
        return "Every topic of your goal is mastered. Keep up the reviews."
    when = f"{result.p50:%-d %B %Y}" if result.p50 else "more than three years from now"
    chance = f"{result.chance_by_target:.0%}"
    text = (
        f"At {float(hours):g} h a day you will most likely finish around {when}; "
        f"the chance of making your target date is {chance}."
    )
    if result.status == "behind":
        if result.hours_for_target is not None:
            text += (
                f" About {result.hours_for_target:g} h a day would make the target likely, "
                "or narrow your goal to fewer topics."
            )
        else:
            text += (
                f" Even {MAX_DAILY_HOURS:g} h a day would not make the target likely: "
                "move the date or narrow the goal."
            )
    if alternatives:
        best = alternatives[0]
        if best.forecast.chance_by_target >= LIKELY:
            text += (
                f" Narrower: {best.candidate.label} has a "
                f"{best.forecast.chance_by_target:.0%} chance by your target."
            )
        else:
            text += " Even the narrower goals below leave the target unlikely."
    return text

"""The plan over time: weekly milestones, pauses (holidays) with a catch-up afterwards, and a
private iCalendar feed of the plan for calendar apps."""

from typing import Any

from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import HttpResponse
from django.urls import reverse
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import renderers, serializers
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.permissions import AllowAny, IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from accounts.requests import signed_in_user
from common.serializers import ErrorSerializer

from . import pauses, schedule_selectors, schedule_services, selectors

ERRORS = {400: ErrorSerializer, 403: ErrorSerializer, 404: ErrorSerializer}
NO_PLAN = "Set up your learning plan first."


def _service_errors(exc: DjangoValidationError) -> ValidationError:
    return ValidationError(exc.message_dict)


class MilestoneTopicSerializer(serializers.Serializer):
    slug = serializers.CharField()
    title = serializers.CharField()


class MilestoneWeekSerializer(serializers.Serializer):
    starts_on = serializers.DateField()
    ends_on = serializers.DateField()
    when = serializers.ChoiceField(choices=["past", "current", "future"])
    topics = MilestoneTopicSerializer(
        many=True, help_text="The milestone: topics to finish this week."
    )
    hours = serializers.FloatField(help_text="Hours of new study planned this week.")
    carries_over = MilestoneTopicSerializer(
        many=True, help_text="A topic worked on this week and finished in a later one (0 or 1)."
    )
    paused_days = serializers.IntegerField(help_text="Days of the week in a pause (0 to 7).")
    met = serializers.BooleanField(
        allow_null=True,
        help_text="Past weeks: whether every topic is practised or better now; else null.",
    )


class MilestonesApi(APIView):
    """The topics still to practise, in the planner's order, cut into weeks by the weekly study
    hours at the learner's pace; past weeks as planned from the start, marked met or missed."""

    permission_classes = [IsAuthenticated]

    class OutputSerializer(serializers.Serializer):
        as_of = serializers.DateField()
        pace = serializers.FloatField()
        weekly_hours = serializers.FloatField(help_text="Hours a week for new topics.")
        weeks = MilestoneWeekSerializer(many=True)

    @extend_schema(responses={200: OutputSerializer, **ERRORS})
    def get(self, request: Request) -> Response:
        plan = schedule_selectors.milestones_get(user=signed_in_user(request))
        if plan is None:
            raise NotFound(NO_PLAN)

        def ref(slug: str) -> dict[str, str]:
            return {"slug": slug, "title": plan.titles.get(slug, slug)}

        weeks = [
            {
                "starts_on": item.week.starts_on,
                "ends_on": item.week.ends_on,
                "when": item.when,
                "topics": [ref(slug) for slug in item.week.topics],
                "hours": item.week.hours,
                "carries_over": [ref(item.week.continuing)] if item.week.continuing else [],
                "met": item.met,
                "paused_days": item.paused_days,
            }
            for item in plan.weeks
        ]
        return Response(
            self.OutputSerializer(
                {
                    "as_of": plan.as_of,
                    "pace": plan.pace.value,
                    "weekly_hours": plan.weekly_hours,
                    "weeks": weeks,
                }
            ).data
        )


class PauseSerializer(serializers.Serializer):
    id = serializers.IntegerField(read_only=True)
    starts_on = serializers.DateField()
    ends_on = serializers.DateField(help_text="The last day of the pause, included.")
    reason = serializers.CharField(
        required=False, allow_blank=True, max_length=schedule_services.REASON_MAX, default=""
    )

    def validate(self, attrs: dict[str, Any]) -> dict[str, Any]:
        if attrs["ends_on"] < attrs["starts_on"]:
            raise serializers.ValidationError(
                {"ends_on": "The pause must end on or after the day it starts."}
            )
        return attrs


class CatchUpSerializer(serializers.Serializer):
    piled = serializers.IntegerField(
        help_text="Reviews that piled up during the last pause and are still due; 0: no catch-up."
    )
    per_day = serializers.IntegerField(help_text="At most this many reviews a day until cleared.")
    days = serializers.IntegerField(help_text="Days to clear the pile at that rate.")
    message = serializers.CharField(allow_null=True, help_text="Welcome back, when piled > 0.")


class PausesApi(APIView):
    """Pause the plan for a holiday. While paused, today's queue is empty and the forecast and
    milestones count no study; afterwards the reviews that piled up are spread over the
    following days (at most a third of each day's budget, the most forgotten first)."""

    permission_classes = [IsAuthenticated]

    class StateSerializer(serializers.Serializer):
        today = serializers.DateField(help_text="Today in the learner's time zone.")
        paused = serializers.BooleanField(help_text="Whether a pause runs today.")
        pauses = PauseSerializer(many=True, help_text="The running and upcoming pauses.")
        waiting_reviews = serializers.IntegerField(help_text="Reviews on hold while paused.")
        message = serializers.CharField(allow_null=True, help_text="Shown while paused.")
        catch_up = CatchUpSerializer()

    @extend_schema(operation_id="learning_pauses_list", responses={200: StateSerializer, **ERRORS})
    def get(self, request: Request) -> Response:
        state = schedule_selectors.pause_state(user=signed_in_user(request))
        if state is None:
            raise NotFound(NO_PLAN)
        active = state.active
        message = (
            pauses.paused_message(
                pauses.Span(active.starts_on, active.ends_on), state.waiting_reviews
            )
            if active
            else None
        )
        catch_up = state.catch_up
        return Response(
            self.StateSerializer(
                {
                    "today": state.today,
                    "paused": active is not None,
                    "pauses": state.pauses,
                    "waiting_reviews": state.waiting_reviews,
                    "message": message,
                    "catch_up": catch_up or {"piled": 0, "per_day": 0, "days": 0, "message": None},
                }
            ).data
        )

    @extend_schema(
        operation_id="learning_pauses_create",
        request=PauseSerializer,
        responses={201: PauseSerializer, **ERRORS},
    )
    def post(self, request: Request) -> Response:
        user = signed_in_user(request)
        if selectors.profile_get(user=user) is None:
            raise NotFound(NO_PLAN)
        serializer = PauseSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        try:
            pause = schedule_services.pause_create(
                user=user,
                starts_on=data["starts_on"],
                ends_on=data["ends_on"],
                reason=data["reason"],
            )
        except DjangoValidationError as exc:
            raise _service_errors(exc) from exc
        return Response(PauseSerializer(pause).data, status=201)


class PauseDetailApi(APIView):
    permission_classes = [IsAuthenticated]

    class OutputSerializer(serializers.Serializer):
        result = serializers.ChoiceField(
            choices=["ended", "cancelled"],
            help_text="ended: a running pause now ended yesterday; cancelled: it had not begun.",
        )

    @extend_schema(
        operation_id="learning_pause_end", request=None, responses={200: OutputSerializer, **ERRORS}
    )
    def delete(self, request: Request, pause_id: int) -> Response:
        try:
            result = schedule_services.pause_end(user=signed_in_user(request), pause_id=pause_id)
        except DjangoValidationError as exc:
            raise _service_errors(exc) from exc
        if result is None:
            raise NotFound("No such pause.")
        return Response(self.OutputSerializer({"result": result}).data)


class CalendarSerializer(serializers.Serializer):
    url = serializers.URLField(
        allow_null=True, help_text="The private feed URL; null until one is made."
    )


def _calendar_data(request: Request, token: str | None) -> dict[str, str | None]:
    if not token:
        return {"url": None}
    path = reverse("learning-calendar-feed", kwargs={"token": token})
    return {"url": request.build_absolute_uri(path)}


class CalendarApi(APIView):
    """The learner's private calendar feed URL. Calendar apps send no cookies, so the URL holds a
    secret: anyone with it can read the plan. POST makes a new one (the old URL stops working);
    DELETE turns the feed off."""

    permission_classes = [IsAuthenticated]

    @extend_schema(
        operation_id="learning_calendar_get", responses={200: CalendarSerializer, **ERRORS}
    )
    def get(self, request: Request) -> Response:
        user = signed_in_user(request)
        if selectors.profile_get(user=user) is None:
            raise NotFound(NO_PLAN)
        token = schedule_selectors.calendar_url_token(user=user)
        return Response(CalendarSerializer(_calendar_data(request, token)).data)

    @extend_schema(
        operation_id="learning_calendar_regenerate",
        request=None,
        responses={201: CalendarSerializer, **ERRORS},
    )
    def post(self, request: Request) -> Response:
        try:
            token = schedule_services.calendar_token_regenerate(user=signed_in_user(request))
        except DjangoValidationError as exc:
            raise NotFound(NO_PLAN) from exc
        return Response(CalendarSerializer(_calendar_data(request, token)).data, status=201)

    @extend_schema(
        operation_id="learning_calendar_revoke",
        request=None,
        responses={204: None, **ERRORS},
    )
    def delete(self, request: Request) -> Response:
        try:
            schedule_services.calendar_token_revoke(user=signed_in_user(request))
        except DjangoValidationError as exc:
            raise NotFound(NO_PLAN) from exc
        return Response(status=204)


class ICalendarRenderer(renderers.BaseRenderer):
    """Lets a client that asks for text/calendar through content negotiation; the feed itself is
    returned as a ready HttpResponse, and errors are rendered as plain text."""

    media_type = "text/calendar"
    format = "ics"
    charset = "utf-8"

    def render(self, data: Any, accepted_media_type: Any = None, renderer_context: Any = None):
        if isinstance(data, bytes):
            return data
        message = data.get("error", {}).get("message", "") if isinstance(data, dict) else ""
        return str(message or data).encode()


class CalendarFeedApi(APIView):
    """The plan as iCalendar (RFC 5545) for calendar apps: study sessions on the planned study
    days of the next four weeks with their topics, weekly milestones, the target date and
    pauses, as all-day events marked free. The token in the URL is the only credential."""

    authentication_classes: list[type] = []
    permission_classes = [AllowAny]
    renderer_classes = [renderers.JSONRenderer, ICalendarRenderer]

    @extend_schema(
        operation_id="learning_calendar_feed",
        responses={
            (200, "text/calendar"): OpenApiResponse(
                OpenApiTypes.STR, description="An iCalendar (RFC 5545) file."
            ),
            404: ErrorSerializer,
        },
    )
    def get(self, request: Request, token: str) -> HttpResponse:
        feed = schedule_selectors.calendar_feed(token=token)
        if feed is None:
            raise NotFound("No calendar feed at this address; make a new one on your plan page.")
        response = HttpResponse(feed, content_type="text/calendar; charset=utf-8")
        response["Content-Disposition"] = 'inline; filename="lemma-plan.ics"'
        response["Cache-Control"] = "private, max-age=900"
        response["X-Robots-Tag"] = "noindex"
        response["Referrer-Policy"] = "no-referrer"
        return response

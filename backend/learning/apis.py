"""The learner's plan: profile (goal and time budget) and mastery per topic with its history."""

from dataclasses import asdict
from datetime import date
from decimal import Decimal
from typing import Any

from django.core.exceptions import ValidationError as DjangoValidationError
from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.permissions import IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from accounts.requests import signed_in_user
from common.serializers import ErrorSerializer
from curriculum.models import Topic

from . import planner, selectors, services
from .forecast import STATUSES
from .forecast_message import forecast_message
from .mastery import LEVELS
from .models import LearnerProfile, TopicProgress

ERRORS = {400: ErrorSerializer, 403: ErrorSerializer, 404: ErrorSerializer}
MAX_CUSTOM_TOPICS = 200


def _hours_per_day(**kwargs: Any) -> serializers.DecimalField:
    return serializers.DecimalField(
        max_digits=3, decimal_places=2, min_value=Decimal("0.5"), max_value=Decimal("4"), **kwargs
    )


class ProfileSerializer(serializers.Serializer):
    role = serializers.CharField(allow_null=True, required=False, max_length=80)
    custom_topics = serializers.ListField(
        child=serializers.CharField(max_length=80),
        required=False,
        max_length=MAX_CUSTOM_TOPICS,
        default=list,
    )
    hours_per_day = _hours_per_day()
    study_days_per_week = serializers.IntegerField(min_value=1, max_value=7, default=6)
    start_date = serializers.DateField(required=False)
    target_date = serializers.DateField(
        required=False, allow_null=True, help_text="Omit for the default plan length."
    )
    time_zone = serializers.CharField(max_length=64, default="UTC")
    remind_when_behind = serializers.BooleanField(
        required=False, help_text="Weekly email while the plan is behind; omit to keep as is."
    )


class ProfileOutputSerializer(serializers.Serializer):
    role = serializers.CharField(allow_null=True, source="role.slug", default=None)
    custom_topics = serializers.SerializerMethodField()
    hours_per_day = serializers.DecimalField(max_digits=3, decimal_places=2)
    study_days_per_week = serializers.IntegerField()
    start_date = serializers.DateField()
    target_date = serializers.DateField()
    time_zone = serializers.CharField()
    remind_when_behind = serializers.BooleanField()

    def get_custom_topics(self, profile: LearnerProfile) -> list[str]:
        return sorted(topic.slug for topic in profile.custom_topics.all())


class ProfileApi(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(
        operation_id="learning_profile_get", responses={200: ProfileOutputSerializer, **ERRORS}
    )
    def get(self, request: Request) -> Response:
        profile = selectors.profile_get(user=signed_in_user(request))
        if profile is None:
            raise NotFound("You have not set up a learning plan yet.")
        return Response(ProfileOutputSerializer(profile).data)

    @extend_schema(
        operation_id="learning_profile_put",
        request=ProfileSerializer,
        responses={200: ProfileOutputSerializer, **ERRORS},
    )
    def put(self, request: Request) -> Response:
        serializer = ProfileSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        try:
            profile = services.profile_save(
                user=signed_in_user(request),
                data=services.ProfileInput(
                    role=data.get("role"),
                    custom_topics=data["custom_topics"],
                    hours_per_day=data["hours_per_day"],
                    study_days_per_week=data["study_days_per_week"],
                    start_date=data.get("start_date") or date.today(),
                    target_date=data.get("target_date"),
                    time_zone=data["time_zone"],
                    remind_when_behind=data.get("remind_when_behind"),
                ),
            )
        except DjangoValidationError as exc:
            raise ValidationError(exc.message_dict) from exc
        return Response(ProfileOutputSerializer(selectors.profile_get(user=profile.user)).data)


class ProfileDefaultsApi(APIView):
    """The plan length the source articles promise for a daily budget."""

    permission_classes = [IsAuthenticated]

    class QuerySerializer(serializers.Serializer):
        hours_per_day = _hours_per_day(default=Decimal("2"))

    class OutputSerializer(serializers.Serializer):
        hours_per_day = serializers.FloatField()
        start_date = serializers.DateField()
        target_date = serializers.DateField()
        months = serializers.FloatField()

    @extend_schema(parameters=[QuerySerializer], responses={200: OutputSerializer, **ERRORS})
    def get(self, request: Request) -> Response:
        query = self.QuerySerializer(data=request.query_params)
        query.is_valid(raise_exception=True)
        hours = float(query.validated_data["hours_per_day"])
        start = date.today()
        return Response(
            self.OutputSerializer(
                {
                    "hours_per_day": hours,
                    "start_date": start,
                    "target_date": services.default_target(start, hours),
                    "months": round(services.default_months(hours), 2),
                }
            ).data
        )


class ProgressSerializer(serializers.Serializer):
    topic = serializers.CharField(source="topic.slug")
    title = serializers.CharField(source="topic.title")
    level = serializers.ChoiceField(choices=LEVELS)
    p_known = serializers.FloatField()
    attempts = serializers.IntegerField()
    correct = serializers.IntegerField()
    distinct_solved = serializers.IntegerField()
    last_attempt_at = serializers.DateTimeField(allow_null=True)
    due_at = serializers.DateTimeField(allow_null=True)


class LevelChangeSerializer(serializers.Serializer):
    at = serializers.DateTimeField()
    from_level = serializers.CharField()
    to_level = serializers.CharField()
    p_known = serializers.FloatField()
    reason = serializers.CharField()


class ProgressDetailSerializer(ProgressSerializer):
    history = LevelChangeSerializer(many=True)


def _progress_data(progress: TopicProgress) -> dict[str, Any]:
    return {
        "topic": progress.topic,
        "level": selectors.shown_level(progress),
        "p_known": round(progress.p_known, 4),
        "attempts": progress.attempts,
        "correct": progress.correct,
        "distinct_solved": len(progress.solved_instances),
        "last_attempt_at": progress.last_attempt_at,
        "due_at": progress.due_at,
    }


class ProgressListApi(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(responses={200: ProgressSerializer(many=True), **ERRORS})
    def get(self, request: Request) -> Response:
        rows = [_progress_data(p) for p in selectors.progress_list(user=signed_in_user(request))]
        return Response(ProgressSerializer(rows, many=True).data)


class ProgressDetailApi(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(responses={200: ProgressDetailSerializer, **ERRORS})
    def get(self, request: Request, topic: str) -> Response:
        progress = selectors.progress_get(user=signed_in_user(request), topic=topic)
        if progress is None:
            raise NotFound("No attempts on this topic yet.")
        data = {**_progress_data(progress), "history": list(progress.history.all())}
        return Response(ProgressDetailSerializer(data).data)


class TodayApi(APIView):
    """Today's queue: due reviews, remediation, topics in progress and new topics, within the
    learner's daily time budget."""

    permission_classes = [IsAuthenticated]

    class ItemSerializer(serializers.Serializer):
        kind = serializers.ChoiceField(choices=planner.KINDS)
        topic = serializers.CharField()
        title = serializers.CharField()
        area = serializers.CharField()
        minutes = serializers.IntegerField()
        reason = serializers.CharField()
        covers = serializers.ListField(child=serializers.CharField())

    @extend_schema(responses={200: ItemSerializer(many=True), **ERRORS})
    def get(self, request: Request) -> Response:
        queue = selectors.today_queue(user=signed_in_user(request))
        if queue is None:
            raise NotFound("Set up your learning plan first.")
        names = {
            slug: (title, area)
            for slug, title, area in Topic.objects.filter(
                slug__in=[item.topic for item in queue]
            ).values_list("slug", "title", "area")
        }
        rows = [
            {
                "kind": item.kind,
                "topic": item.topic,
                "title": names[item.topic][0],
                "area": names[item.topic][1],
                "minutes": item.minutes,
                "reason": item.reason,
                "covers": list(item.covers),
            }
            for item in queue
        ]
        return Response(self.ItemSerializer(rows, many=True).data)


class ForecastAlternativeSerializer(serializers.Serializer):
    # A field named like Field.label: the serializer metaclass pops it, the stubs cannot know.
    label = serializers.CharField()  # type: ignore[assignment]
    role = serializers.CharField(allow_null=True, help_text="The role to save with this goal.")
    custom_topics = serializers.ListField(
        child=serializers.CharField(),
        help_text="The goal topics to save as custom topics; empty: the role's core goals.",
    )
    goal_topics = serializers.IntegerField(help_text="How many goal topics this goal has.")
    needed_topics = serializers.IntegerField(help_text="Goal topics and their prerequisites.")
    remaining_hours = serializers.FloatField()
    chance_by_target = serializers.FloatField()
    p50 = serializers.DateField(allow_null=True)
    p80 = serializers.DateField(allow_null=True)


class ForecastApi(APIView):
    """When the learner will finish their goal at their current budget, honestly: a simulated
    range, the chance of making the target date, their observed pace, and what would fix a plan
    that is behind (more hours a day, or one of the narrower goals in `alternatives`)."""

    permission_classes = [IsAuthenticated]

    class OutputSerializer(serializers.Serializer):
        as_of = serializers.DateField(help_text="The day the simulation starts from.")
        remaining_hours = serializers.FloatField(
            help_text="Study hours left in the median simulated run, reviews included."
        )
        target_date = serializers.DateField()
        p10 = serializers.DateField(allow_null=True)
        p50 = serializers.DateField(allow_null=True, help_text="The median finish date.")
        p80 = serializers.DateField(allow_null=True)
        p90 = serializers.DateField(allow_null=True)
        chance_by_target = serializers.FloatField()
        status = serializers.ChoiceField(choices=STATUSES)
        hours_for_target = serializers.FloatField(allow_null=True)
        message = serializers.CharField()
        pace = serializers.FloatField(
            help_text="Multiplier on the estimated hours, from the learner's finished topics."
        )
        pace_observed = serializers.FloatField(
            allow_null=True, help_text="Studied over estimated hours, before shrinking."
        )
        pace_topics = serializers.IntegerField(help_text="Finished topics the pace is based on.")
        pace_explanation = serializers.CharField()
        alternatives = ForecastAlternativeSerializer(
            many=True, help_text="Narrower goals, best first; only when the target is unlikely."
        )

    @extend_schema(responses={200: OutputSerializer, **ERRORS})
    def get(self, request: Request) -> Response:
        found = selectors.plan_forecast(user=signed_in_user(request))
        if found is None:
            raise NotFound("Set up your learning plan first.")
        result = found.forecast
        return Response(
            self.OutputSerializer(
                {
                    **asdict(result),
                    "as_of": found.as_of,
                    "target_date": found.profile.target_date,
                    "message": forecast_message(
                        found.profile.hours_per_day, result, found.alternatives
                    ),
                    "pace": found.pace.value,
                    "pace_observed": found.pace.observed,
                    "pace_topics": found.pace.topics,
                    "pace_explanation": found.pace.explanation,
                    "alternatives": [
                        {
                            "label": option.candidate.label,
                            "role": option.candidate.role,
                            "custom_topics": list(option.candidate.custom_topics),
                            "goal_topics": len(option.candidate.goals),
                            "needed_topics": len(option.candidate.work.needed),
                            "remaining_hours": option.forecast.remaining_hours,
                            "chance_by_target": option.forecast.chance_by_target,
                            "p50": option.forecast.p50,
                            "p80": option.forecast.p80,
                        }
                        for option in found.alternatives
                    ],
                }
            ).data
        )


class DashboardDaySerializer(serializers.Serializer):
    day = serializers.DateField()
    minutes = serializers.FloatField()


class DashboardReviewSerializer(serializers.Serializer):
    topic = serializers.CharField(source="topic.slug")
    title = serializers.CharField(source="topic.title")
    due_at = serializers.DateTimeField()


class DashboardWeekSerializer(serializers.Serializer):
    week_end = serializers.DateField()
    planned_hours = serializers.FloatField()
    studied_hours = serializers.FloatField(allow_null=True)


class DashboardApi(APIView):
    """Progress toward the goal: levels, share mastered, study time per day, streak, upcoming
    reviews and planned versus studied hours."""

    permission_classes = [IsAuthenticated]

    class OutputSerializer(serializers.Serializer):
        needed_topics = serializers.IntegerField()
        levels = serializers.DictField(child=serializers.IntegerField())
        share_mastered = serializers.FloatField(help_text="Share of the goal's hours mastered.")
        total_hours = serializers.FloatField()
        days = serializers.ListField(child=DashboardDaySerializer())
        streak = serializers.IntegerField()
        minutes_today = serializers.FloatField()
        upcoming = serializers.ListField(child=DashboardReviewSerializer())
        plan_vs_actual = serializers.ListField(child=DashboardWeekSerializer())

    @extend_schema(responses={200: OutputSerializer, **ERRORS})
    def get(self, request: Request) -> Response:
        board = selectors.dashboard(user=signed_in_user(request))
        if board is None:
            raise NotFound("Set up your learning plan first.")
        data = {
            **vars(board),
            "days": [{"day": day, "minutes": minutes} for day, minutes in board.days],
            "upcoming": board.upcoming,
            "plan_vs_actual": [
                {"week_end": week, "planned_hours": planned, "studied_hours": studied}
                for week, planned, studied in board.plan_vs_actual
            ],
        }
        return Response(self.OutputSerializer(data).data)


class TimeLogApi(APIView):
    """Log study outside Lemma: a course video, a book chapter."""

    permission_classes = [IsAuthenticated]

    class InputSerializer(serializers.Serializer):
        day = serializers.DateField()
        minutes = serializers.FloatField(min_value=1, max_value=services.MANUAL_MINUTES_MAX)
        topic = serializers.CharField(required=False, allow_blank=True, max_length=80)
        note = serializers.CharField(required=False, allow_blank=True, max_length=200)

    class OutputSerializer(serializers.Serializer):
        day = serializers.DateField()
        minutes = serializers.FloatField()
        topic = serializers.CharField(source="topic.slug", allow_null=True, default=None)
        note = serializers.CharField()

    @extend_schema(request=InputSerializer, responses={201: OutputSerializer, **ERRORS})
    def post(self, request: Request) -> Response:
        serializer = self.InputSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        try:
            entry = services.time_log(
                user=signed_in_user(request),
                day=data["day"],
                minutes=data["minutes"],
                topic=data.get("topic") or None,
                note=data.get("note", ""),
            )
        except DjangoValidationError as exc:
            raise ValidationError(exc.message_dict) from exc
        return Response(self.OutputSerializer(entry).data, status=201)

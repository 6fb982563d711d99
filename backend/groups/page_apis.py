"""The group page (members only): the roadmap heatmap, this week's goal, the activity feed and
who can help with a topic. Levels, masteries and hours appear only for members who share them."""

import uuid
from decimal import Decimal

from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.exceptions import ValidationError
from rest_framework.permissions import IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from learning.mastery import Level

from . import selectors, services
from .access import ERRORS, member_of, run

CELL_LEVELS = [Level.NOT_STARTED, Level.LEARNING, Level.PRACTISED, Level.MASTERED]


class GroupUserSerializer(serializers.Serializer):
    user_id = serializers.IntegerField(source="id")
    username = serializers.CharField()


class GroupTopicSerializer(serializers.Serializer):
    slug = serializers.CharField()
    title = serializers.CharField()


class HeatmapApi(APIView):
    permission_classes = [IsAuthenticated]

    class OutputSerializer(serializers.Serializer):
        class RowSerializer(serializers.Serializer):
            user_id = serializers.IntegerField(source="member.user_id")
            username = serializers.CharField(source="member.user.username")
            hidden = serializers.SerializerMethodField()
            levels = serializers.ListField(
                child=serializers.ChoiceField(choices=[level.value for level in CELL_LEVELS]),
                allow_null=True,
                help_text="One level per topic, in the order of `topics`; null when hidden.",
            )

            def get_hidden(self, row: selectors.HeatmapRow) -> bool:
                return row.levels is None

        topics = GroupTopicSerializer(many=True)
        rows = RowSerializer(many=True)

    @extend_schema(
        operation_id="groups_heatmap",
        responses={200: OutputSerializer, **ERRORS},
        description=(
            "Topic x member levels over the shared roadmap (the goal role's core topics and what "
            "they need). Members who do not share progress appear hidden."
        ),
    )
    def get(self, request: Request, group_id: uuid.UUID) -> Response:
        membership = member_of(request, group_id)
        return Response(self.OutputSerializer(selectors.heatmap(group=membership.group)).data)


def _hours_field(**kwargs: object) -> serializers.DecimalField:
    return serializers.DecimalField(
        max_digits=4,
        decimal_places=1,
        min_value=Decimal("0.5"),
        max_value=Decimal("80"),
        allow_null=True,
        **kwargs,  # type: ignore[arg-type]
    )


class WeeklyGoalApi(APIView):
    permission_classes = [IsAuthenticated]

    class InputSerializer(serializers.Serializer):
        hours = _hours_field(help_text="Hours to study this week, or null.")
        topics = serializers.IntegerField(
            min_value=1, max_value=20, allow_null=True, help_text="Topics to master, or null."
        )

    class OutputSerializer(serializers.Serializer):
        class RowSerializer(serializers.Serializer):
            user_id = serializers.IntegerField(source="member.user_id")
            username = serializers.CharField(source="member.user.username")
            hours = serializers.FloatField(allow_null=True, help_text="Null when not shared.")
            topics = serializers.IntegerField(allow_null=True, help_text="Null when not shared.")
            met = serializers.BooleanField(
                allow_null=True, help_text="Null without a goal or when a needed figure is hidden."
            )

        week_start = serializers.DateField()
        week_end = serializers.DateField()
        goal_hours = serializers.DecimalField(max_digits=4, decimal_places=1, allow_null=True)
        goal_topics = serializers.IntegerField(allow_null=True)
        rows = RowSerializer(many=True)

    @extend_schema(
        operation_id="groups_weekly",
        responses={200: OutputSerializer, **ERRORS},
        description="This ISO week's goal and who has met it so far.",
    )
    def get(self, request: Request, group_id: uuid.UUID) -> Response:
        membership = member_of(request, group_id)
        return Response(self.OutputSerializer(selectors.weekly(group=membership.group)).data)

    @extend_schema(
        operation_id="groups_weekly_set",
        request=InputSerializer,
        responses={200: OutputSerializer, **ERRORS},
        description="Owner and admins: set the weekly goal (hours, topics, both or neither).",
    )
    def put(self, request: Request, group_id: uuid.UUID) -> Response:
        actor = member_of(request, group_id)
        data = self.InputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        group = run(
            services.weekly_goal_set,
            actor=actor,
            hours=data.validated_data["hours"],
            topics=data.validated_data["topics"],
        )
        return Response(self.OutputSerializer(selectors.weekly(group=group)).data)


class ActivityApi(APIView):
    permission_classes = [IsAuthenticated]

    class QuerySerializer(serializers.Serializer):
        before = serializers.DateTimeField(
            required=False, help_text="Only events before this time (the last page's next_before)."
        )
        limit = serializers.IntegerField(
            min_value=1, max_value=selectors.FEED_LIMIT_MAX, default=20
        )

    class OutputSerializer(serializers.Serializer):
        class EventSerializer(serializers.Serializer):
            kind = serializers.ChoiceField(choices=["joined", "mastered", "streak"])
            at = serializers.DateTimeField()
            user = GroupUserSerializer()
            topic = serializers.CharField(source="topic.slug", allow_null=True, default=None)
            topic_title = serializers.CharField(source="topic.title", allow_null=True, default=None)
            days = serializers.IntegerField(allow_null=True, help_text="Streak length in days.")

        events = EventSerializer(many=True)
        next_before = serializers.DateTimeField(allow_null=True)

    @extend_schema(
        operation_id="groups_activity",
        parameters=[QuerySerializer],
        responses={200: OutputSerializer, **ERRORS},
        description=(
            "Newest first: members joining, topics mastered (members sharing progress) and "
            "study streaks of 3, 7, 14, 30... days (members sharing hours)."
        ),
    )
    def get(self, request: Request, group_id: uuid.UUID) -> Response:
        membership = member_of(request, group_id)
        query = self.QuerySerializer(data=request.query_params)
        query.is_valid(raise_exception=True)
        feed = selectors.activity(
            group=membership.group,
            before=query.validated_data.get("before"),
            limit=query.validated_data["limit"],
        )
        return Response(self.OutputSerializer(feed).data)


class HelpersApi(APIView):
    permission_classes = [IsAuthenticated]

    class QuerySerializer(serializers.Serializer):
        topic = serializers.SlugField(max_length=80)

    @extend_schema(
        operation_id="groups_helpers",
        parameters=[QuerySerializer],
        responses={200: GroupUserSerializer(many=True), **ERRORS},
        description="Other members, sharing their progress, who have mastered the topic.",
    )
    def get(self, request: Request, group_id: uuid.UUID) -> Response:
        membership = member_of(request, group_id)
        query = self.QuerySerializer(data=request.query_params)
        query.is_valid(raise_exception=True)
        topic = selectors.topic_get(slug=query.validated_data["topic"])
        if topic is None:
            raise ValidationError({"topic": "No such topic."})
        found = selectors.helpers(group=membership.group, topic=topic, exclude=membership.user)
        return Response(GroupUserSerializer([m.user for m in found], many=True).data)

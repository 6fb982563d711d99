"""The curriculum API: one view per operation, input and output serializers nested inside."""

from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from common.serializers import ErrorSerializer

from . import selectors
from .models import Area, Level, ResourceCost, ResourceKind

NOT_FOUND = {404: ErrorSerializer}


class TopicRefSerializer(serializers.Serializer):
    slug = serializers.CharField()
    title = serializers.CharField()
    area = serializers.ChoiceField(choices=Area.choices)


class RoleListApi(APIView):
    class OutputSerializer(serializers.Serializer):
        slug = serializers.CharField(source="role.slug")
        title = serializers.CharField(source="role.title")
        summary = serializers.CharField(source="role.summary")
        core_hours = serializers.FloatField()
        longer_than_plan = serializers.BooleanField(source="role.longer_than_plan")

    @extend_schema(operation_id="roles_list", responses=OutputSerializer(many=True))
    def get(self, request: Request) -> Response:
        return Response(self.OutputSerializer(selectors.role_list(), many=True).data)


class RoleDetailApi(APIView):
    class OutputSerializer(serializers.Serializer):
        class HoursSerializer(serializers.Serializer):
            core = serializers.FloatField()
            recommended = serializers.FloatField()
            optional = serializers.FloatField()

        class PlanSerializer(serializers.Serializer):
            hours_per_day = serializers.IntegerField()
            core_months = serializers.FloatField()
            core_and_recommended_months = serializers.FloatField()

        class ClaimSerializer(serializers.Serializer):
            min_months = serializers.IntegerField()
            max_months = serializers.IntegerField()
            min_hours_per_day = serializers.IntegerField()
            max_hours_per_day = serializers.IntegerField()

        slug = serializers.CharField(source="role.slug")
        title = serializers.CharField(source="role.title")
        summary = serializers.CharField(source="role.summary")
        description = serializers.CharField(source="role.description")
        needs = serializers.ListField(child=serializers.CharField(), source="role.needs")
        longer_than_plan = serializers.BooleanField(source="role.longer_than_plan")
        hours = HoursSerializer()
        plan = PlanSerializer(many=True)
        claim = ClaimSerializer()

    @extend_schema(operation_id="roles_retrieve", responses={200: OutputSerializer, **NOT_FOUND})
    def get(self, request: Request, slug: str) -> Response:
        return Response(self.OutputSerializer(selectors.role_get(slug=slug)).data)


class RoleRoadmapApi(APIView):
    class OutputSerializer(serializers.Serializer):
        class RoleRefSerializer(serializers.Serializer):
            slug = serializers.CharField()
            title = serializers.CharField()

        class RoadmapTopicSerializer(TopicRefSerializer):
            level = serializers.ChoiceField(choices=Level.choices)
            estimated_hours = serializers.FloatField()
            is_goal = serializers.BooleanField()

        class EdgeSerializer(serializers.Serializer):
            def get_fields(self) -> dict:
                # "from" is a Python keyword, so the fields are declared here.
                return {"from": serializers.CharField(), "to": serializers.CharField()}

        role = RoleRefSerializer(source="summary.role")
        topics = RoadmapTopicSerializer(many=True)
        edges = EdgeSerializer(many=True)

    @extend_schema(operation_id="roles_roadmap", responses={200: OutputSerializer, **NOT_FOUND})
    def get(self, request: Request, slug: str) -> Response:
        return Response(self.OutputSerializer(selectors.role_roadmap(slug=slug)).data)


class AreaListApi(APIView):
    class OutputSerializer(serializers.Serializer):
        slug = serializers.ChoiceField(choices=Area.choices)
        title = serializers.CharField()
        topic_count = serializers.IntegerField()

    @extend_schema(operation_id="areas_list", responses=OutputSerializer(many=True))
    def get(self, request: Request) -> Response:
        return Response(self.OutputSerializer(selectors.area_list(), many=True).data)


class TopicListApi(APIView):
    class FilterSerializer(serializers.Serializer):
        area = serializers.ChoiceField(choices=Area.choices, required=False)

    @extend_schema(
        operation_id="topics_list",
        parameters=[FilterSerializer],
        responses={200: TopicRefSerializer(many=True), 400: ErrorSerializer},
    )
    def get(self, request: Request) -> Response:
        filters = self.FilterSerializer(data=request.query_params)
        filters.is_valid(raise_exception=True)
        topics = selectors.topic_list(**filters.validated_data)
        return Response(TopicRefSerializer(topics, many=True).data)


class ResourceOutputSerializer(serializers.Serializer):
    slug = serializers.CharField()
    title = serializers.CharField()
    authors = serializers.CharField()
    provider = serializers.CharField()
    kind = serializers.ChoiceField(choices=ResourceKind.choices)
    cost = serializers.ChoiceField(choices=ResourceCost.choices)
    url = serializers.URLField()
    description = serializers.CharField()


class TopicDetailApi(APIView):
    class OutputSerializer(serializers.Serializer):
        class TopicResourceSerializer(ResourceOutputSerializer):
            section = serializers.CharField()
            language = serializers.CharField()
            minutes_to_complete = serializers.IntegerField(allow_null=True)
            helpful_count = serializers.IntegerField()
            not_helpful_count = serializers.IntegerField()
            helpfulness = serializers.FloatField(
                help_text="Wilson lower bound (95%) of the share of helpful votes for this "
                "topic; 0 with no votes. The list is sorted by it."
            )

        class RoleLevelSerializer(serializers.Serializer):
            slug = serializers.CharField()
            title = serializers.CharField()
            level = serializers.ChoiceField(choices=Level.choices)

        slug = serializers.CharField(source="topic.slug")
        title = serializers.CharField(source="topic.title")
        area = serializers.ChoiceField(choices=Area.choices, source="topic.area")
        summary = serializers.CharField(source="topic.summary")
        explanation = serializers.CharField(source="topic.explanation")
        ml_use = serializers.CharField(source="topic.ml_use")
        estimated_hours = serializers.FloatField(source="topic.estimated_hours")
        prerequisites = TopicRefSerializer(many=True)
        dependents = TopicRefSerializer(many=True)
        resources = TopicResourceSerializer(many=True)
        roles = RoleLevelSerializer(many=True)

    @extend_schema(operation_id="topics_retrieve", responses={200: OutputSerializer, **NOT_FOUND})
    def get(self, request: Request, slug: str) -> Response:
        return Response(self.OutputSerializer(selectors.topic_detail(slug=slug)).data)


class TopicPathApi(APIView):
    class OutputSerializer(serializers.Serializer):
        class PathTopicSerializer(TopicRefSerializer):
            estimated_hours = serializers.FloatField()

        target = TopicRefSerializer()
        topics = PathTopicSerializer(many=True)
        total_hours = serializers.FloatField()

    @extend_schema(operation_id="topics_path", responses={200: OutputSerializer, **NOT_FOUND})
    def get(self, request: Request, slug: str) -> Response:
        return Response(self.OutputSerializer(selectors.topic_path(slug=slug)).data)


class ResourceListApi(APIView):
    class FilterSerializer(serializers.Serializer):
        kind = serializers.ChoiceField(choices=ResourceKind.choices, required=False)
        cost = serializers.ChoiceField(choices=ResourceCost.choices, required=False)
        topic = serializers.SlugField(required=False, max_length=80)

    class OutputSerializer(ResourceOutputSerializer):
        class CoveredTopicSerializer(serializers.Serializer):
            slug = serializers.CharField(source="topic.slug")
            title = serializers.CharField(source="topic.title")
            section = serializers.CharField()

        topics = CoveredTopicSerializer(many=True, source="topic_links.all")

    @extend_schema(
        operation_id="resources_list",
        parameters=[FilterSerializer],
        responses={200: OutputSerializer(many=True), 400: ErrorSerializer},
    )
    def get(self, request: Request) -> Response:
        filters = self.FilterSerializer(data=request.query_params)
        filters.is_valid(raise_exception=True)
        resources = selectors.resource_list(**filters.validated_data)
        return Response(self.OutputSerializer(resources, many=True).data)

"""The curators' API under /api/curation/: resources, the suggestion queue, the log, link checks.

Only staff users with the `curriculum.curate` permission get in.
"""

from typing import Any

from django.db import transaction
from drf_spectacular.utils import extend_schema
from rest_framework import serializers, status
from rest_framework.permissions import BasePermission
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from accounts.requests import signed_in_user
from common.serializers import ErrorSerializer

from . import curation_selectors as selectors
from . import curation_services as services
from . import tasks
from .curation_fields import (
    MAX_DESCRIPTION,
    TopicCoverageSerializer,
    http_url_field,
    language_field,
    minutes_field,
    slug_field,
)
from .models import (
    CurationAction,
    CurationLogEntry,
    CurationTarget,
    LinkStatus,
    ResourceCost,
    ResourceKind,
    ResourceOrigin,
    SuggestionStatus,
)

ERRORS = {400: ErrorSerializer, 403: ErrorSerializer, 404: ErrorSerializer, 409: ErrorSerializer}
MAX_TOPICS = 50
MAX_LIMIT = 500


class IsCurator(BasePermission):
    message = "Only curators can do this."

    def has_permission(self, request: Request, view: APIView) -> bool:
        user = request.user
        return bool(
            user and user.is_authenticated and user.is_staff and user.has_perm("curriculum.curate")
        )


class CuratorApi(APIView):
    permission_classes = [IsCurator]


class CuratedResourceSerializer(serializers.Serializer):
    class CoveredTopicSerializer(serializers.Serializer):
        topic = serializers.CharField(source="topic.slug")
        title = serializers.CharField(source="topic.title")
        section = serializers.CharField()

    slug = serializers.CharField()
    title = serializers.CharField()
    authors = serializers.CharField()
    provider = serializers.CharField()
    kind = serializers.ChoiceField(choices=ResourceKind.choices)
    cost = serializers.ChoiceField(choices=ResourceCost.choices)
    url = serializers.URLField()
    description = serializers.CharField()
    language = serializers.CharField()
    minutes_to_complete = serializers.IntegerField(allow_null=True)
    origin = serializers.ChoiceField(choices=ResourceOrigin.choices)
    link_status = serializers.ChoiceField(choices=LinkStatus.choices)
    link_checked_at = serializers.DateTimeField(allow_null=True)
    link_final_url = serializers.CharField()
    link_problem = serializers.CharField()
    retired_at = serializers.DateTimeField(allow_null=True)
    topics = CoveredTopicSerializer(many=True, source="topic_links.all")


def _coverage(items: list[dict[str, str]]) -> list[services.TopicCoverage]:
    return [services.TopicCoverage(item["topic"], item["section"]) for item in items]


def _limit(**kwargs: Any) -> serializers.IntegerField:
    return serializers.IntegerField(min_value=1, max_value=MAX_LIMIT, default=100, **kwargs)


class ResourceListApi(CuratorApi):
    class FilterSerializer(serializers.Serializer):
        state = serializers.ChoiceField(choices=selectors.RESOURCE_STATES, default="active")
        link_status = serializers.ChoiceField(choices=LinkStatus.choices, required=False)
        topic = slug_field(required=False)

    @extend_schema(
        operation_id="curation_resources_list",
        parameters=[FilterSerializer],
        responses={200: CuratedResourceSerializer(many=True), **ERRORS},
    )
    def get(self, request: Request) -> Response:
        filters = self.FilterSerializer(data=request.query_params)
        filters.is_valid(raise_exception=True)
        resources = selectors.curated_resource_list(**filters.validated_data)
        return Response(CuratedResourceSerializer(resources, many=True).data)


class ResourceCreateApi(CuratorApi):
    class InputSerializer(serializers.Serializer):
        slug = slug_field()
        title = serializers.CharField(max_length=200)
        authors = serializers.CharField(
            max_length=300, required=False, default="", allow_blank=True
        )
        provider = serializers.CharField(max_length=200)
        kind = serializers.ChoiceField(choices=ResourceKind.choices)
        cost = serializers.ChoiceField(choices=ResourceCost.choices)
        url = http_url_field()
        description = serializers.CharField(max_length=MAX_DESCRIPTION)
        language = language_field(required=False, default="en")
        minutes_to_complete = minutes_field(required=False, default=None)
        topics = serializers.ListField(
            child=TopicCoverageSerializer(), min_length=1, max_length=MAX_TOPICS
        )

    @extend_schema(
        operation_id="curation_resources_create",
        request=InputSerializer,
        responses={201: CuratedResourceSerializer, **ERRORS},
    )
    def post(self, request: Request) -> Response:
        data = self.InputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        fields = dict(data.validated_data)
        fields["topics"] = _coverage(fields["topics"])
        resource = services.resource_create(actor=signed_in_user(request), **fields)
        resource = selectors.curated_resource_get(slug=resource.slug)
        return Response(CuratedResourceSerializer(resource).data, status=status.HTTP_201_CREATED)


class ResourceDetailApi(CuratorApi):
    @extend_schema(
        operation_id="curation_resources_retrieve",
        responses={200: CuratedResourceSerializer, **ERRORS},
    )
    def get(self, request: Request, slug: str) -> Response:
        return Response(CuratedResourceSerializer(selectors.curated_resource_get(slug=slug)).data)


class ResourceUpdateApi(CuratorApi):
    class InputSerializer(serializers.Serializer):
        title = serializers.CharField(max_length=200, required=False)
        authors = serializers.CharField(max_length=300, required=False, allow_blank=True)
        provider = serializers.CharField(max_length=200, required=False)
        kind = serializers.ChoiceField(choices=ResourceKind.choices, required=False)
        cost = serializers.ChoiceField(choices=ResourceCost.choices, required=False)
        url = http_url_field(required=False)
        description = serializers.CharField(max_length=MAX_DESCRIPTION, required=False)
        language = language_field(required=False)
        minutes_to_complete = minutes_field(required=False)
        topics = serializers.ListField(
            child=TopicCoverageSerializer(), min_length=1, max_length=MAX_TOPICS, required=False
        )

    @extend_schema(
        operation_id="curation_resources_update",
        request=InputSerializer,
        responses={200: CuratedResourceSerializer, **ERRORS},
    )
    def patch(self, request: Request, slug: str) -> Response:
        resource = selectors.curated_resource_get(slug=slug)
        data = self.InputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        changes = dict(data.validated_data)
        topics = changes.pop("topics", None)
        services.resource_update(
            actor=signed_in_user(request),
            resource=resource,
            topics=_coverage(topics) if topics is not None else None,
            **changes,
        )
        return Response(CuratedResourceSerializer(selectors.curated_resource_get(slug=slug)).data)


class ResourceRetireApi(CuratorApi):
    @extend_schema(
        operation_id="curation_resources_retire",
        request=None,
        responses={200: CuratedResourceSerializer, **ERRORS},
    )
    def post(self, request: Request, slug: str) -> Response:
        resource = selectors.curated_resource_get(slug=slug)
        services.resource_retire(actor=signed_in_user(request), resource=resource)
        return Response(CuratedResourceSerializer(selectors.curated_resource_get(slug=slug)).data)


class SuggestionSerializer(serializers.Serializer):
    class TopicSerializer(serializers.Serializer):
        slug = serializers.CharField()
        title = serializers.CharField()

    id = serializers.IntegerField()
    topic = TopicSerializer()
    title = serializers.CharField()
    url = serializers.URLField()
    why = serializers.CharField()
    status = serializers.ChoiceField(choices=SuggestionStatus.choices)
    rejection_reason = serializers.CharField()
    resource = serializers.CharField(source="resource.slug", allow_null=True, default=None)
    created_at = serializers.DateTimeField()
    reviewed_at = serializers.DateTimeField(allow_null=True)


class CuratorSuggestionSerializer(SuggestionSerializer):
    suggested_by = serializers.CharField(source="suggested_by.username")
    reviewed_by = serializers.CharField(
        source="reviewed_by.username", allow_null=True, default=None
    )


class SuggestionQueueApi(CuratorApi):
    class FilterSerializer(serializers.Serializer):
        status = serializers.ChoiceField(
            choices=SuggestionStatus.choices, default=SuggestionStatus.PENDING
        )
        limit = _limit()

    @extend_schema(
        operation_id="curation_suggestions_list",
        parameters=[FilterSerializer],
        responses={200: CuratorSuggestionSerializer(many=True), **ERRORS},
    )
    def get(self, request: Request) -> Response:
        filters = self.FilterSerializer(data=request.query_params)
        filters.is_valid(raise_exception=True)
        suggestions = selectors.suggestion_list(**filters.validated_data)
        return Response(CuratorSuggestionSerializer(suggestions, many=True).data)


class SuggestionApproveApi(CuratorApi):
    class InputSerializer(serializers.Serializer):
        slug = slug_field(required=False)
        title = serializers.CharField(max_length=200, required=False)
        authors = serializers.CharField(max_length=300, required=False, allow_blank=True)
        provider = serializers.CharField(max_length=200, required=False)
        kind = serializers.ChoiceField(choices=ResourceKind.choices, required=False)
        cost = serializers.ChoiceField(choices=ResourceCost.choices, required=False)
        description = serializers.CharField(max_length=MAX_DESCRIPTION, required=False)
        section = serializers.CharField(max_length=200, required=False, allow_blank=True)
        language = language_field(required=False)
        minutes_to_complete = minutes_field(required=False)

    @extend_schema(
        operation_id="curation_suggestions_approve",
        request=InputSerializer,
        responses={200: CuratorSuggestionSerializer, **ERRORS},
    )
    def post(self, request: Request, pk: int) -> Response:
        data = self.InputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        suggestion = services.suggestion_approve(
            actor=signed_in_user(request), suggestion_id=pk, **data.validated_data
        )
        return Response(CuratorSuggestionSerializer(suggestion).data)


class SuggestionRejectApi(CuratorApi):
    class InputSerializer(serializers.Serializer):
        reason = serializers.CharField(max_length=500)

    @extend_schema(
        operation_id="curation_suggestions_reject",
        request=InputSerializer,
        responses={200: CuratorSuggestionSerializer, **ERRORS},
    )
    def post(self, request: Request, pk: int) -> Response:
        data = self.InputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        suggestion = services.suggestion_reject(
            actor=signed_in_user(request), suggestion_id=pk, reason=data.validated_data["reason"]
        )
        return Response(CuratorSuggestionSerializer(suggestion).data)


# Who made a log entry whose curator has since deleted their account (the actor is then null).
DELETED_CURATOR = "Deleted curator"


class LogEntrySerializer(serializers.Serializer):
    id = serializers.IntegerField()
    created_at = serializers.DateTimeField()
    actor = serializers.SerializerMethodField(
        help_text=f"null: the link checker; '{DELETED_CURATOR}' once the curator's account is gone."
    )
    action = serializers.ChoiceField(choices=CurationAction.choices)
    target_type = serializers.ChoiceField(choices=CurationTarget.choices)
    target_id = serializers.IntegerField()
    before = serializers.JSONField(allow_null=True)
    after = serializers.JSONField(allow_null=True)
    reverts = serializers.IntegerField(source="reverts_id", allow_null=True)
    reverted_by = serializers.SerializerMethodField()

    def get_actor(self, entry: CurationLogEntry) -> str | None:
        # The link checker is the only writer without an account, and it only logs link status.
        if entry.actor is not None:
            return entry.actor.username
        return None if entry.action == CurationAction.LINK_STATUS else DELETED_CURATOR

    def get_reverted_by(self, entry: Any) -> int | None:
        reverted_by = getattr(entry, "reverted_by", None)
        return reverted_by.pk if reverted_by else None


class LogListApi(CuratorApi):
    class FilterSerializer(serializers.Serializer):
        action = serializers.ChoiceField(choices=CurationAction.choices, required=False)
        target_type = serializers.ChoiceField(choices=CurationTarget.choices, required=False)
        target_id = serializers.IntegerField(min_value=1, required=False)
        limit = _limit()

    @extend_schema(
        operation_id="curation_log_list",
        parameters=[FilterSerializer],
        responses={200: LogEntrySerializer(many=True), **ERRORS},
    )
    def get(self, request: Request) -> Response:
        filters = self.FilterSerializer(data=request.query_params)
        filters.is_valid(raise_exception=True)
        entries = selectors.log_entry_list(**filters.validated_data)
        return Response(LogEntrySerializer(entries, many=True).data)


class LogRevertApi(CuratorApi):
    @extend_schema(
        operation_id="curation_log_revert",
        request=None,
        responses={201: LogEntrySerializer, **ERRORS},
    )
    def post(self, request: Request, pk: int) -> Response:
        entry = services.log_entry_revert(actor=signed_in_user(request), entry_id=pk)
        return Response(LogEntrySerializer(entry).data, status=status.HTTP_201_CREATED)


class LinkReportListApi(CuratorApi):
    class OutputSerializer(serializers.Serializer):
        class BrokenSerializer(serializers.Serializer):
            resource = serializers.CharField(source="resource.slug")
            title = serializers.CharField(source="resource.title")
            url = serializers.CharField(source="resource.url")
            status_code = serializers.IntegerField(allow_null=True)
            problem = serializers.CharField()
            checked_at = serializers.DateTimeField()

        id = serializers.IntegerField()
        started_at = serializers.DateTimeField(source="created_at")
        finished_at = serializers.DateTimeField(allow_null=True)
        checked = serializers.IntegerField()
        broken_count = serializers.IntegerField()
        broken = BrokenSerializer(many=True)

    class FilterSerializer(serializers.Serializer):
        limit = serializers.IntegerField(min_value=1, max_value=50, default=10)

    @extend_schema(
        operation_id="curation_link_reports_list",
        parameters=[FilterSerializer],
        responses={200: OutputSerializer(many=True), **ERRORS},
    )
    def get(self, request: Request) -> Response:
        filters = self.FilterSerializer(data=request.query_params)
        filters.is_valid(raise_exception=True)
        reports = selectors.link_report_list(**filters.validated_data)
        return Response(self.OutputSerializer(reports, many=True).data)


class LinkCheckStartApi(CuratorApi):
    class OutputSerializer(serializers.Serializer):
        queued = serializers.BooleanField()

    @extend_schema(
        operation_id="curation_link_reports_start",
        request=None,
        responses={202: OutputSerializer, **ERRORS},
    )
    def post(self, request: Request) -> Response:
        transaction.on_commit(tasks.resource_links_check.delay)
        return Response({"queued": True}, status=status.HTTP_202_ACCEPTED)

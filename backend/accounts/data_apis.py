"""A learner's own data: download all of it, or delete the account.

The export is streamed (see accounts.export); the serializers below document its shape in the
OpenAPI schema, and the tests validate real exports against them.
"""

from django.contrib.auth import logout
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import StreamingHttpResponse
from django.utils.http import content_disposition_header
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import exceptions, serializers, status
from rest_framework.permissions import IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from common.serializers import ErrorSerializer
from common.throttling import ScopedRateThrottle
from learning.models import TimeEntry

from . import export, services
from .requests import signed_in_user


class ExportAccountSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    username = serializers.CharField()
    email = serializers.CharField(allow_blank=True)
    first_name = serializers.CharField(allow_blank=True)
    last_name = serializers.CharField(allow_blank=True)
    date_joined = serializers.DateTimeField()
    last_login = serializers.DateTimeField(allow_null=True)


class ExportPlanSerializer(serializers.Serializer):
    role = serializers.CharField(allow_null=True, help_text="The goal role's slug.")
    custom_topics = serializers.ListField(
        child=serializers.CharField(), help_text="Goal topics' slugs."
    )
    hours_per_day = serializers.DecimalField(max_digits=3, decimal_places=2)
    study_days_per_week = serializers.IntegerField()
    start_date = serializers.DateField()
    target_date = serializers.DateField()
    time_zone = serializers.CharField()
    remind_when_behind = serializers.BooleanField()
    calendar_feed = serializers.BooleanField(
        help_text="Whether a private calendar feed URL exists."
    )
    created_at = serializers.DateTimeField()
    updated_at = serializers.DateTimeField()


class ExportTopicProgressSerializer(serializers.Serializer):
    topic_slug = serializers.CharField()
    level = serializers.CharField()
    p_known = serializers.FloatField(
        help_text="The mastery model's estimate that the topic is known."
    )
    attempts = serializers.IntegerField()
    correct = serializers.IntegerField()
    failures_in_a_row = serializers.IntegerField()
    solved_instances = serializers.ListField(child=serializers.CharField())
    implicit_credit = serializers.FloatField()
    first_success_at = serializers.DateTimeField(allow_null=True)
    last_success_at = serializers.DateTimeField(allow_null=True)
    last_attempt_at = serializers.DateTimeField(allow_null=True)
    due_at = serializers.DateTimeField(
        allow_null=True, help_text="When the topic is next due for review."
    )
    credited_at = serializers.DateTimeField(allow_null=True)
    review_card = serializers.JSONField(
        allow_null=True, help_text="The spaced-repetition (FSRS) card."
    )
    created_at = serializers.DateTimeField()
    updated_at = serializers.DateTimeField()


class ExportLevelChangeSerializer(serializers.Serializer):
    topic_slug = serializers.CharField()
    at = serializers.DateTimeField()
    from_level = serializers.CharField()
    to_level = serializers.CharField()
    p_known = serializers.FloatField()
    reason = serializers.CharField()


class ExportTimeEntrySerializer(serializers.Serializer):
    day = serializers.DateField()
    topic_slug = serializers.CharField(allow_null=True)
    kind = serializers.ChoiceField(choices=TimeEntry.Source.choices)
    minutes = serializers.FloatField()
    note = serializers.CharField(allow_blank=True)
    created_at = serializers.DateTimeField()


class ExportPauseSerializer(serializers.Serializer):
    starts_on = serializers.DateField()
    ends_on = serializers.DateField()
    reason = serializers.CharField(allow_blank=True)
    created_at = serializers.DateTimeField()


class ExportLearningSerializer(serializers.Serializer):
    plan = ExportPlanSerializer(allow_null=True)
    topic_progress = ExportTopicProgressSerializer(many=True)
    level_history = ExportLevelChangeSerializer(many=True)
    time_entries = ExportTimeEntrySerializer(many=True)
    pauses = ExportPauseSerializer(many=True)


class ExportInstanceSerializer(serializers.Serializer):
    id = serializers.UUIDField()
    template_slug = serializers.CharField()
    topic_slug = serializers.CharField()
    seed = serializers.IntegerField()
    hints_revealed = serializers.IntegerField()
    solution_revealed_at = serializers.DateTimeField(allow_null=True)
    created_at = serializers.DateTimeField()
    updated_at = serializers.DateTimeField()


class ExportSubmissionSerializer(serializers.Serializer):
    id = serializers.UUIDField()
    instance_id = serializers.UUIDField()
    answer = serializers.CharField(allow_blank=True)
    interpretation = serializers.CharField(allow_blank=True)
    status = serializers.CharField()
    correct = serializers.BooleanField(allow_null=True)
    code = serializers.CharField(allow_blank=True)
    feedback = serializers.CharField(allow_blank=True)
    form_ok = serializers.BooleanField(allow_null=True)
    misconception = serializers.CharField(allow_blank=True)
    error_position = serializers.IntegerField(allow_null=True)
    suggestion = serializers.CharField(allow_blank=True)
    method = serializers.CharField(allow_blank=True)
    grader_version = serializers.CharField(allow_blank=True)
    attempts = serializers.IntegerField()
    created_at = serializers.DateTimeField()
    started_at = serializers.DateTimeField(allow_null=True)
    graded_at = serializers.DateTimeField(allow_null=True)


class ExportExercisesSerializer(serializers.Serializer):
    instances = ExportInstanceSerializer(many=True)
    submissions = ExportSubmissionSerializer(many=True)


class ExportAssessmentQuestionSerializer(serializers.Serializer):
    position = serializers.IntegerField()
    topic_slug = serializers.CharField()
    instance_id = serializers.UUIDField()
    outcome = serializers.CharField(allow_blank=True)
    answered_at = serializers.DateTimeField(allow_null=True)


class ExportAssessmentSerializer(serializers.Serializer):
    id = serializers.UUIDField()
    kind = serializers.CharField()
    topic_slug = serializers.CharField(allow_null=True)
    topics = serializers.JSONField()
    status = serializers.CharField()
    stop_reason = serializers.CharField(allow_blank=True)
    confidence = serializers.FloatField(allow_null=True)
    result = serializers.JSONField(allow_null=True)
    created_at = serializers.DateTimeField()
    updated_at = serializers.DateTimeField()
    finished_at = serializers.DateTimeField(allow_null=True)
    questions = ExportAssessmentQuestionSerializer(many=True)


class ExportPlacementSerializer(serializers.Serializer):
    assessments = ExportAssessmentSerializer(many=True)


class ExportNoteSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    topic_slug = serializers.CharField()
    body = serializers.CharField(allow_blank=True)
    visibility = serializers.CharField()
    shared_with_groups = serializers.ListField(child=serializers.UUIDField())
    created_at = serializers.DateTimeField()
    updated_at = serializers.DateTimeField()


class ExportPublicProfileSerializer(serializers.Serializer):
    enabled = serializers.BooleanField()
    display_name = serializers.CharField(allow_blank=True)
    updated_at = serializers.DateTimeField()


class ExportNotesSerializer(serializers.Serializer):
    notes = ExportNoteSerializer(many=True)
    public_profile = ExportPublicProfileSerializer(allow_null=True)


class ExportMembershipSerializer(serializers.Serializer):
    group_id = serializers.UUIDField()
    group_name = serializers.CharField()
    role = serializers.CharField()
    joined_at = serializers.DateTimeField()
    share_progress = serializers.BooleanField()
    share_hours = serializers.BooleanField()
    digest_email = serializers.BooleanField()


class ExportGroupCreatedSerializer(serializers.Serializer):
    id = serializers.UUIDField()
    name = serializers.CharField()
    created_at = serializers.DateTimeField()


class ExportInviteSerializer(serializers.Serializer):
    group_id = serializers.UUIDField()
    created_at = serializers.DateTimeField()
    expires_at = serializers.DateTimeField()
    max_uses = serializers.IntegerField(allow_null=True)
    uses = serializers.IntegerField()
    revoked_at = serializers.DateTimeField(allow_null=True)


class ExportGroupQuestionSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    group_id = serializers.UUIDField()
    topic_slug = serializers.CharField()
    title = serializers.CharField()
    body = serializers.CharField(allow_blank=True)
    created_at = serializers.DateTimeField()
    updated_at = serializers.DateTimeField()


class ExportGroupAnswerSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    question_id = serializers.IntegerField()
    group_id = serializers.UUIDField()
    body = serializers.CharField(allow_blank=True)
    helpful = serializers.BooleanField()
    created_at = serializers.DateTimeField()
    updated_at = serializers.DateTimeField()


class ExportHelpfulMarkSerializer(serializers.Serializer):
    answer_id = serializers.IntegerField()
    question_id = serializers.IntegerField()
    group_id = serializers.UUIDField()


class ExportGroupsSerializer(serializers.Serializer):
    memberships = ExportMembershipSerializer(many=True)
    groups_created = ExportGroupCreatedSerializer(many=True)
    invites_created = ExportInviteSerializer(many=True, help_text="Without the invite codes.")
    questions = ExportGroupQuestionSerializer(many=True)
    answers = ExportGroupAnswerSerializer(many=True)
    helpful_marks = ExportHelpfulMarkSerializer(many=True, help_text="Answers you marked helpful.")


class ExportSuggestionSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    topic_slug = serializers.CharField()
    title = serializers.CharField()
    url = serializers.CharField()
    why = serializers.CharField()
    status = serializers.CharField()
    rejection_reason = serializers.CharField(allow_blank=True)
    reviewed_at = serializers.DateTimeField(allow_null=True)
    created_at = serializers.DateTimeField()
    updated_at = serializers.DateTimeField()


class ExportRatingSerializer(serializers.Serializer):
    resource_slug = serializers.CharField()
    topic_slug = serializers.CharField()
    helpful = serializers.BooleanField()
    created_at = serializers.DateTimeField()
    updated_at = serializers.DateTimeField()


class ExportReviewedSuggestionSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    topic_slug = serializers.CharField()
    title = serializers.CharField()
    status = serializers.CharField()
    reviewed_at = serializers.DateTimeField(allow_null=True)


class ExportLogEntrySerializer(serializers.Serializer):
    id = serializers.IntegerField()
    created_at = serializers.DateTimeField()
    action = serializers.CharField()
    target_type = serializers.CharField()
    target_id = serializers.IntegerField()


class ExportCurationSerializer(serializers.Serializer):
    suggestions = ExportSuggestionSerializer(many=True)
    ratings = ExportRatingSerializer(many=True)
    suggestions_reviewed = ExportReviewedSuggestionSerializer(many=True)
    log_entries = ExportLogEntrySerializer(many=True, help_text="Curation changes you made.")


class ExportEmailSerializer(serializers.Serializer):
    kind = serializers.CharField()
    about = serializers.CharField(allow_blank=True)
    week = serializers.DateField()
    claimed_at = serializers.DateTimeField()
    sent_at = serializers.DateTimeField(allow_null=True)


class ExportEmailsSerializer(serializers.Serializer):
    sent = ExportEmailSerializer(many=True)


class AccountExportSerializer(serializers.Serializer):
    format = serializers.CharField()
    version = serializers.IntegerField()
    exported_at = serializers.DateTimeField()
    account = ExportAccountSerializer()
    learning = ExportLearningSerializer()
    exercises = ExportExercisesSerializer()
    placement = ExportPlacementSerializer()
    notes = ExportNotesSerializer()
    groups = ExportGroupsSerializer()
    curation = ExportCurationSerializer()
    emails = ExportEmailsSerializer()


class AccountExportApi(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(
        operation_id="auth_me_export",
        responses={
            200: OpenApiResponse(
                AccountExportSerializer,
                description="A JSON file (Content-Disposition: attachment) with everything "
                "Lemma stores about you, streamed.",
            ),
            403: ErrorSerializer,
        },
    )
    def get(self, request: Request) -> StreamingHttpResponse:
        user = signed_in_user(request)
        response = StreamingHttpResponse(
            export.stream_json(export.export_document(user=user)),
            content_type="application/json",
        )
        response["Content-Disposition"] = content_disposition_header(
            as_attachment=True, filename=export.export_filename(user=user)
        )
        response["Cache-Control"] = "no-store"
        return response


class AccountDeleteApi(APIView):
    permission_classes = [IsAuthenticated]
    throttle_classes = [ScopedRateThrottle]
    throttle_scope = "password-check"  # shared with changing the password

    class InputSerializer(serializers.Serializer):
        password = serializers.CharField(max_length=128, trim_whitespace=False)

    @extend_schema(
        operation_id="auth_me_delete",
        request=InputSerializer,
        responses={204: None, 400: ErrorSerializer, 403: ErrorSerializer},
        description="Delete your account and everything personal; what you wrote in groups "
        "stays, shown as written by a deleted learner. Logs you out.",
    )
    def post(self, request: Request) -> Response:
        data = self.InputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        try:
            services.user_delete(
                user=signed_in_user(request), password=data.validated_data["password"]
            )
        except DjangoValidationError as exc:
            raise exceptions.ValidationError(exc.message_dict) from exc
        logout(request._request)
        return Response(status=status.HTTP_204_NO_CONTENT)

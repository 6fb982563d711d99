"""The exercise API: instances, live preview, submissions with a short long-poll, hints and
worked solutions. Grading happens in a Celery worker (or a bounded child process)."""

import uuid

from django.shortcuts import get_object_or_404
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers, status
from rest_framework.permissions import IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from accounts.requests import signed_in_user
from common.serializers import ErrorSerializer
from common.throttling import ScopedRateThrottle
from grading import preview

from . import notify, services
from .content import KINDS
from .instances import instantiate
from .models import ExerciseInstance, ExerciseTemplate, Submission

MAX_WAIT_SECONDS = 5.0
ERRORS = {400: ErrorSerializer, 403: ErrorSerializer, 404: ErrorSerializer}


def _own_instance(request: Request, pk: uuid.UUID) -> ExerciseInstance:
    queryset = ExerciseInstance.objects.select_related("template__topic")
    return get_object_or_404(queryset, pk=pk, user=signed_in_user(request))


class InstanceOutputSerializer(serializers.Serializer):
    """An instance as the player sees it: the prompt, never the answer (until given up)."""

    class TemplateRefSerializer(serializers.Serializer):
        slug = serializers.CharField()
        title = serializers.CharField()
        difficulty = serializers.IntegerField()

    class TopicRefSerializer(serializers.Serializer):
        slug = serializers.CharField()
        title = serializers.CharField()

    class ChoiceSerializer(serializers.Serializer):
        id = serializers.CharField()
        text = serializers.CharField()

    id = serializers.UUIDField()
    template = TemplateRefSerializer()
    topic = TopicRefSerializer()
    seed = serializers.IntegerField()
    kind = serializers.ChoiceField(choices=KINDS)
    prompt = serializers.CharField()
    variables = serializers.ListField(child=serializers.CharField())
    shape = serializers.ListField(child=serializers.IntegerField(), allow_null=True)
    choices = ChoiceSerializer(many=True)
    hints = serializers.ListField(child=serializers.CharField())
    hints_total = serializers.IntegerField()
    solution = serializers.CharField(allow_null=True)
    answer = serializers.CharField(allow_null=True)


def _instance_payload(instance: ExerciseInstance) -> dict:
    data = services._template_data(instance.template)
    rendered = instantiate(data, instance.seed)
    gave_up = instance.solution_revealed_at is not None
    return {
        "id": instance.pk,
        "template": instance.template,
        "topic": instance.template.topic,
        "seed": instance.seed,
        "kind": data.kind,
        "prompt": rendered.prompt,
        "variables": rendered.variables,
        "shape": list(rendered.shape) if rendered.shape else None,
        "choices": [{"id": c.id, "text": c.text} for c in rendered.choices],
        "hints": list(rendered.hints[: instance.hints_revealed]),
        "hints_total": len(rendered.hints),
        "solution": rendered.solution if gave_up else None,
        "answer": rendered.expected if gave_up else None,
    }


class InstanceCreateApi(APIView):
    permission_classes = [IsAuthenticated]

    class InputSerializer(serializers.Serializer):
        topic = serializers.SlugField(required=False, max_length=80)
        template = serializers.SlugField(required=False, max_length=80)
        seed = serializers.IntegerField(required=False, min_value=0, max_value=2**31 - 1)

        def validate(self, attrs: dict) -> dict:
            if bool(attrs.get("topic")) == bool(attrs.get("template")):
                raise serializers.ValidationError("Give either a topic or a template.")
            return attrs

    @extend_schema(
        operation_id="exercises_instances_create",
        request=InputSerializer,
        responses={201: InstanceOutputSerializer, **ERRORS},
    )
    def post(self, request: Request) -> Response:
        data = self.InputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        instance = services.instance_create(user=signed_in_user(request), **data.validated_data)
        payload = InstanceOutputSerializer(_instance_payload(instance)).data
        return Response(payload, status=status.HTTP_201_CREATED)


class InstanceDetailApi(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(
        operation_id="exercises_instances_retrieve",
        responses={200: InstanceOutputSerializer, **ERRORS},
    )
    def get(self, request: Request, pk: uuid.UUID) -> Response:
        instance = _own_instance(request, pk)
        return Response(InstanceOutputSerializer(_instance_payload(instance)).data)


class HintRevealApi(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(
        operation_id="exercises_hints_reveal",
        request=None,
        responses={200: InstanceOutputSerializer, **ERRORS},
    )
    def post(self, request: Request, pk: uuid.UUID) -> Response:
        instance = services.hint_reveal(instance=_own_instance(request, pk))
        return Response(InstanceOutputSerializer(_instance_payload(instance)).data)


class SolutionRevealApi(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(
        operation_id="exercises_solution_reveal",
        request=None,
        responses={200: InstanceOutputSerializer, **ERRORS},
    )
    def post(self, request: Request, pk: uuid.UUID) -> Response:
        instance = services.solution_reveal(instance=_own_instance(request, pk))
        return Response(InstanceOutputSerializer(_instance_payload(instance)).data)


class PreviewApi(APIView):
    """Parse only, in the web process: how the answer was read, or what is wrong with it."""

    throttle_classes = [ScopedRateThrottle]
    throttle_scope = "preview"

    class InputSerializer(serializers.Serializer):
        answer = serializers.CharField(max_length=services.MAX_ANSWER_CHARS, trim_whitespace=False)
        kind = serializers.ChoiceField(choices=KINDS, default="expression")
        variables = serializers.ListField(
            child=serializers.RegexField(r"^[A-Za-z][A-Za-z0-9_]{0,15}$"),
            max_length=10,
            default=list,
        )

    class OutputSerializer(serializers.Serializer):
        ok = serializers.BooleanField()
        latex = serializers.CharField(allow_blank=True)
        message = serializers.CharField(allow_blank=True)
        code = serializers.CharField()
        error_position = serializers.IntegerField(allow_null=True)
        suggestion = serializers.CharField(allow_null=True)

    @extend_schema(
        operation_id="exercises_preview",
        request=InputSerializer,
        responses={200: OutputSerializer, 400: ErrorSerializer, 429: ErrorSerializer},
    )
    def post(self, request: Request) -> Response:
        data = self.InputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        result = preview(
            data.validated_data["answer"],
            kind=data.validated_data["kind"],
            variables=data.validated_data["variables"],
        )
        return Response(self.OutputSerializer(result).data)


class SubmissionOutputSerializer(serializers.Serializer):
    id = serializers.UUIDField()
    instance = serializers.UUIDField(source="instance_id")
    answer = serializers.CharField()
    interpretation = serializers.CharField(allow_blank=True)
    status = serializers.ChoiceField(choices=Submission.Status.choices)
    correct = serializers.BooleanField(allow_null=True)
    code = serializers.CharField(allow_blank=True)
    feedback = serializers.CharField(allow_blank=True)
    form_ok = serializers.BooleanField(allow_null=True)
    misconception = serializers.CharField(allow_blank=True)
    error_position = serializers.IntegerField(allow_null=True)
    suggestion = serializers.CharField(allow_blank=True)
    created_at = serializers.DateTimeField()
    graded_at = serializers.DateTimeField(allow_null=True)


class SubmissionCreateApi(APIView):
    permission_classes = [IsAuthenticated]
    # Each answer costs a grading task; placement and test-out answers come this way too.
    throttle_classes = [ScopedRateThrottle]
    throttle_scope = "submit"

    class InputSerializer(serializers.Serializer):
        answer = serializers.CharField(trim_whitespace=False, allow_blank=True)

    @extend_schema(
        operation_id="exercises_submissions_create",
        request=InputSerializer,
        responses={202: SubmissionOutputSerializer, **ERRORS, 429: ErrorSerializer},
    )
    def post(self, request: Request, pk: uuid.UUID) -> Response:
        instance = _own_instance(request, pk)
        data = self.InputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        submission = services.submission_create(
            instance=instance, answer=data.validated_data["answer"]
        )
        submission.refresh_from_db()
        return Response(
            SubmissionOutputSerializer(submission).data, status=status.HTTP_202_ACCEPTED
        )


class SubmissionDetailApi(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(
        operation_id="exercises_submissions_retrieve",
        parameters=[
            OpenApiParameter(
                "wait",
                float,
                description=f"seconds to wait for the verdict (at most {MAX_WAIT_SECONDS:g})",
            )
        ],
        responses={200: SubmissionOutputSerializer, **ERRORS},
    )
    def get(self, request: Request, pk: uuid.UUID) -> Response:
        try:
            wait = min(max(float(request.query_params.get("wait", 0)), 0.0), MAX_WAIT_SECONDS)
        except ValueError:
            raise serializers.ValidationError({"wait": ["Give the wait in seconds."]}) from None
        queryset = Submission.objects.filter(instance__user=signed_in_user(request))
        submission = get_object_or_404(queryset, pk=pk)
        pending = (Submission.Status.QUEUED, Submission.Status.GRADING)
        if services.submission_nudge(submission):
            submission.refresh_from_db()
        if submission.status in pending and wait > 0:
            # A short long-poll: the worker's signal wakes us as soon as the verdict is saved.
            notify.wait_for_verdict(
                str(submission.pk),
                wait,
                is_done=lambda: not queryset.filter(pk=pk, status__in=pending).exists(),
            )
            submission.refresh_from_db()
        return Response(SubmissionOutputSerializer(submission).data)


class TemplateListApi(APIView):
    class FilterSerializer(serializers.Serializer):
        topic = serializers.SlugField(required=False, max_length=80)

    class OutputSerializer(serializers.Serializer):
        slug = serializers.CharField()
        title = serializers.CharField()
        difficulty = serializers.IntegerField()
        kind = serializers.CharField()
        topic = serializers.CharField(source="topic.slug")

    @extend_schema(
        operation_id="exercises_templates_list",
        parameters=[FilterSerializer],
        responses={200: OutputSerializer(many=True), 400: ErrorSerializer},
    )
    def get(self, request: Request) -> Response:
        filters = self.FilterSerializer(data=request.query_params)
        filters.is_valid(raise_exception=True)
        templates = ExerciseTemplate.objects.filter(retired_at__isnull=True).select_related("topic")
        if topic := filters.validated_data.get("topic"):
            templates = templates.filter(topic__slug=topic)
        return Response(self.OutputSerializer(templates, many=True).data)

"""Placement over the learner's goal and test-out quizzes on one topic. Questions are real
exercises: the client shows the question's exercise, answers it through the exercise API, then
calls `advance` (or `dont-know`) to move on."""

import uuid
from typing import Any

from django.core.exceptions import ValidationError as DjangoValidationError
from drf_spectacular.utils import extend_schema, extend_schema_field
from rest_framework import serializers, status
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.permissions import IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from accounts.requests import signed_in_user
from common.serializers import ErrorSerializer

from . import kst, selectors, services
from .models import Assessment, Question

ERRORS = {400: ErrorSerializer, 403: ErrorSerializer, 404: ErrorSerializer}


class QuestionSerializer(serializers.Serializer):
    position = serializers.IntegerField()
    topic = serializers.CharField(source="topic.slug")
    topic_title = serializers.CharField(source="topic.title")
    instance = serializers.UUIDField(source="instance_id")
    outcome = serializers.ChoiceField(choices=Question.Outcome.choices, allow_blank=True)


class PlacedTopicSerializer(serializers.Serializer):
    topic = serializers.CharField()
    title = serializers.CharField()
    verdict = serializers.ChoiceField(choices=[v.value for v in kst.Verdict])
    p_known = serializers.FloatField()
    why = serializers.CharField()


class AssessmentSerializer(serializers.Serializer):
    """An assessment and, once finished, its outcome. The open question (if any) is the last
    one in `questions` with an empty outcome while the status is active."""

    id = serializers.UUIDField()
    kind = serializers.ChoiceField(choices=Assessment.Kind.choices)
    status = serializers.ChoiceField(choices=Assessment.Status.choices)
    topic = serializers.CharField(source="topic.slug", allow_null=True, default=None)
    topic_title = serializers.CharField(source="topic.title", allow_null=True, default=None)
    topic_count = serializers.SerializerMethodField()
    max_questions = serializers.SerializerMethodField()
    answered = serializers.SerializerMethodField()
    right = serializers.SerializerMethodField()
    confidence = serializers.FloatField(
        allow_null=True, help_text="Placement: expected share of topics placed correctly."
    )
    stop_reason = serializers.CharField()
    questions = QuestionSerializer(many=True, source="questions.all")
    passed = serializers.SerializerMethodField(
        help_text="Test-out quizzes: whether the topic was claimed (null until finished)."
    )
    credited = serializers.SerializerMethodField(
        help_text="Topics credited as mastered when it finished."
    )
    placed = serializers.SerializerMethodField(
        help_text="Finished placement: every topic's verdict and the evidence for it."
    )

    def get_topic_count(self, assessment: Assessment) -> int:
        return len(assessment.topics)

    def get_max_questions(self, assessment: Assessment) -> int:
        if assessment.kind == Assessment.Kind.TEST_OUT:
            return services.TEST_OUT_QUESTIONS
        return kst.MAX_QUESTIONS

    def get_answered(self, assessment: Assessment) -> int:
        return sum(1 for q in assessment.questions.all() if q.outcome)

    def get_right(self, assessment: Assessment) -> int:
        return sum(1 for q in assessment.questions.all() if q.outcome == Question.Outcome.CORRECT)

    def _result(self, assessment: Assessment) -> dict[str, Any]:
        if assessment.status != Assessment.Status.FINISHED or assessment.result is None:
            return {}
        return assessment.result

    def get_passed(self, assessment: Assessment) -> bool | None:
        return self._result(assessment).get("passed")

    def get_credited(self, assessment: Assessment) -> list[str]:
        result = self._result(assessment)
        if assessment.kind == Assessment.Kind.TEST_OUT:
            return list(result.get("credited", []))
        return [row["topic"] for row in result.get("topics", []) if row["verdict"] == "known"]

    @extend_schema_field(PlacedTopicSerializer(many=True))
    def get_placed(self, assessment: Assessment) -> list[dict[str, Any]]:
        rows = self._result(assessment).get("topics", [])
        names = selectors.titles([row["topic"] for row in rows])
        return [{**row, "title": names.get(row["topic"], row["topic"])} for row in rows]


def _own(request: Request, pk: uuid.UUID) -> Assessment:
    assessment = selectors.assessment_get(user=signed_in_user(request), pk=pk)
    if assessment is None:
        raise NotFound("No such quiz.")
    return assessment


def _respond(assessment: Assessment, code: int = status.HTTP_200_OK) -> Response:
    fresh = selectors.assessment_get(user=assessment.user, pk=assessment.pk)
    return Response(AssessmentSerializer(fresh).data, status=code)


def _run(action: Any, **kwargs: Any) -> Assessment:
    try:
        return action(**kwargs)
    except DjangoValidationError as error:
        raise ValidationError(error.message_dict) from error


class PlacementApi(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(
        operation_id="placement_get",
        responses={200: AssessmentSerializer, **ERRORS},
        description="The learner's latest placement (in progress, finished or skipped).",
    )
    def get(self, request: Request) -> Response:
        assessment = selectors.placement_latest(user=signed_in_user(request))
        if assessment is None:
            raise NotFound("You have not taken placement yet.")
        return _respond(assessment)

    @extend_schema(
        operation_id="placement_start",
        request=None,
        responses={200: AssessmentSerializer, **ERRORS},
        description="Start placement over the goal in the learner's plan, or resume it.",
    )
    def post(self, request: Request) -> Response:
        return _respond(_run(services.placement_start, user=signed_in_user(request)))


class PlacementSkipApi(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(
        operation_id="placement_skip", request=None, responses={200: AssessmentSerializer, **ERRORS}
    )
    def post(self, request: Request) -> Response:
        return _respond(services.placement_skip(user=signed_in_user(request)))


class TestOutApi(APIView):
    permission_classes = [IsAuthenticated]

    class InputSerializer(serializers.Serializer):
        topic = serializers.SlugField(max_length=80)

    @extend_schema(
        operation_id="test_out_start",
        request=InputSerializer,
        responses={200: AssessmentSerializer, **ERRORS},
        description=(
            f"Claim a topic with a short quiz: {services.TEST_OUT_PASS} right answers out of "
            f"at most {services.TEST_OUT_QUESTIONS} credit it and every topic it needs."
        ),
    )
    def post(self, request: Request) -> Response:
        data = self.InputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        return _respond(
            _run(
                services.test_out_start,
                user=signed_in_user(request),
                topic=data.validated_data["topic"],
            )
        )


class AssessmentApi(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(operation_id="assessment_get", responses={200: AssessmentSerializer, **ERRORS})
    def get(self, request: Request, pk: uuid.UUID) -> Response:
        return _respond(_own(request, pk))


class AssessmentAdvanceApi(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(
        operation_id="assessment_advance",
        request=None,
        responses={200: AssessmentSerializer, **ERRORS},
        description="Read the graded answer to the open question; then ask the next or finish.",
    )
    def post(self, request: Request, pk: uuid.UUID) -> Response:
        return _respond(services.assessment_advance(assessment=_own(request, pk)))


class AssessmentDontKnowApi(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(
        operation_id="assessment_dont_know",
        request=None,
        responses={200: AssessmentSerializer, **ERRORS},
        description='Answer the open question with "I don\'t know" and move on.',
    )
    def post(self, request: Request, pk: uuid.UUID) -> Response:
        return _respond(_run(services.question_dont_know, assessment=_own(request, pk)))


class AssessmentStopApi(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(
        operation_id="assessment_stop",
        request=None,
        responses={200: AssessmentSerializer, **ERRORS},
        description="Placement: finish now with what the answers so far show.",
    )
    def post(self, request: Request, pk: uuid.UUID) -> Response:
        assessment = _own(request, pk)
        if assessment.kind != Assessment.Kind.PLACEMENT:
            raise ValidationError({"assessment": "Only placement can be stopped early."})
        return _respond(services.placement_stop(assessment=assessment))

from django.http import HttpRequest, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe
from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.permissions import IsAdminUser
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from . import health
from .serializers import ErrorSerializer


class PingApi(APIView):
    """Liveness: the web process answers. Cheap enough for load balancers and benchmarks."""

    class OutputSerializer(serializers.Serializer):
        ok = serializers.BooleanField()

    @extend_schema(operation_id="ping", responses=OutputSerializer)
    def get(self, request: Request) -> Response:
        return Response({"ok": True})


@never_cache
@require_safe
def healthz(request: HttpRequest) -> JsonResponse:
    """Readiness for operators and orchestrators: the database, Redis, a Celery worker, and
    answers getting their verdicts. 200 when all are well, 503 (with which one failed) otherwise."""
    report = health.healthz()
    return JsonResponse(report, status=200 if report["ok"] else 503)


class GradingCountsSerializer(serializers.Serializer):
    queued = serializers.IntegerField()
    grading = serializers.IntegerField()
    oldest_pending_seconds = serializers.FloatField(allow_null=True)
    graded_last_24h = serializers.IntegerField()
    failed_last_24h = serializers.IntegerField()


class TaskCountsApi(APIView):
    """For staff: background tasks queued, running and failed, and grading by state."""

    permission_classes = [IsAdminUser]

    class OutputSerializer(serializers.Serializer):
        mode = serializers.ChoiceField(choices=["in-process", "workers"])
        queued = serializers.IntegerField(
            allow_null=True, help_text="Messages waiting in the broker (null: Redis unreachable)."
        )
        running = serializers.IntegerField(
            allow_null=True, help_text="Tasks executing now (null: no worker answered)."
        )
        workers = serializers.ListField(child=serializers.CharField(), allow_null=True)
        failed_last_24h = serializers.DictField(
            child=serializers.IntegerField(), help_text="Failed runs today, by task name."
        )
        grading = GradingCountsSerializer()

    @extend_schema(
        operation_id="ops_tasks", responses={200: OutputSerializer, 403: ErrorSerializer}
    )
    def get(self, request: Request) -> Response:
        return Response(self.OutputSerializer(health.task_counts()).data)

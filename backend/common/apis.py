from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView


class PingApi(APIView):
    """Liveness: the web process answers. Cheap enough for load balancers and benchmarks."""

    class OutputSerializer(serializers.Serializer):
        ok = serializers.BooleanField()

    @extend_schema(operation_id="ping", responses=OutputSerializer)
    def get(self, request: Request) -> Response:
        return Response({"ok": True})

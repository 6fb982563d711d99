"""What any signed-in learner can tell curators: suggest a resource, rate one for a topic."""

from drf_spectacular.utils import extend_schema
from rest_framework import serializers, status
from rest_framework.permissions import IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from accounts.requests import signed_in_user
from common.serializers import ErrorSerializer

from . import curation_selectors as selectors
from . import curation_services as services
from .curation_apis import SuggestionSerializer
from .curation_fields import http_url_field, slug_field

ERRORS = {400: ErrorSerializer, 403: ErrorSerializer, 404: ErrorSerializer}


class MySuggestionListApi(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(
        operation_id="suggestions_list_mine",
        responses={200: SuggestionSerializer(many=True), 403: ErrorSerializer},
    )
    def get(self, request: Request) -> Response:
        suggestions = selectors.suggestion_list_of(user=signed_in_user(request))
        return Response(SuggestionSerializer(suggestions, many=True).data)


class SuggestionCreateApi(APIView):
    permission_classes = [IsAuthenticated]

    class InputSerializer(serializers.Serializer):
        topic = slug_field()
        title = serializers.CharField(max_length=200)
        url = http_url_field()
        why = serializers.CharField(min_length=10, max_length=1000)

    @extend_schema(
        operation_id="suggestions_create",
        request=InputSerializer,
        responses={201: SuggestionSerializer, **ERRORS},
    )
    def post(self, request: Request) -> Response:
        data = self.InputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        fields = data.validated_data
        suggestion = services.suggestion_create(
            user=signed_in_user(request),
            topic_slug=fields["topic"],
            title=fields["title"],
            url=fields["url"],
            why=fields["why"],
        )
        return Response(SuggestionSerializer(suggestion).data, status=status.HTTP_201_CREATED)


class RatingSerializer(serializers.Serializer):
    topic = serializers.CharField(source="topic.slug")
    resource = serializers.CharField(source="resource.slug")
    helpful = serializers.BooleanField()


class MyRatingListApi(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(
        operation_id="topics_ratings_list_mine",
        responses={200: RatingSerializer(many=True), 403: ErrorSerializer},
    )
    def get(self, request: Request, slug: str) -> Response:
        ratings = selectors.rating_list_of(user=signed_in_user(request), topic_slug=slug)
        return Response(RatingSerializer(ratings, many=True).data)


class RatingSetApi(APIView):
    permission_classes = [IsAuthenticated]

    class InputSerializer(serializers.Serializer):
        helpful = serializers.BooleanField()

    OutputSerializer = RatingSerializer

    @extend_schema(
        operation_id="topics_resource_rating_set",
        request=InputSerializer,
        responses={200: OutputSerializer, **ERRORS},
    )
    def put(self, request: Request, slug: str, resource_slug: str) -> Response:
        data = self.InputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        rating = services.rating_set(
            user=signed_in_user(request),
            topic_slug=slug,
            resource_slug=resource_slug,
            helpful=data.validated_data["helpful"],
        )
        return Response(self.OutputSerializer(rating).data)

    @extend_schema(
        operation_id="topics_resource_rating_delete",
        responses={204: None, 403: ErrorSerializer},
    )
    def delete(self, request: Request, slug: str, resource_slug: str) -> Response:
        services.rating_delete(
            user=signed_in_user(request), topic_slug=slug, resource_slug=resource_slug
        )
        return Response(status=status.HTTP_204_NO_CONTENT)

"""Topic notes: a learner's own notes (read, write, delete, export), the notes shared with a
group (members only), and the public profile with a learner's public notes. Bodies are raw
Markdown + LaTeX text, returned exactly as stored; the client renders them without raw HTML."""

import uuid
from typing import Any

from django.http import HttpResponse
from django.utils import timezone
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import renderers, serializers
from rest_framework.exceptions import NotFound
from rest_framework.permissions import AllowAny, IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from accounts.requests import signed_in_user
from common.serializers import ErrorSerializer

from . import note_selectors, note_services
from .access import ERRORS, member_of, run
from .models import DISPLAY_NAME_MAX, NOTE_BODY_MAX, Note
from .page_apis import GroupTopicSerializer, GroupUserSerializer

NOTE_NOT_FOUND = "You have no note on this topic yet."


class NoteGroupSerializer(serializers.Serializer):
    id = serializers.UUIDField(source="membership.group_id")
    name = serializers.CharField(source="membership.group.name")


class MyNoteSerializer(serializers.Serializer):
    topic = GroupTopicSerializer()
    body = serializers.CharField(help_text="Markdown with $…$ maths, exactly as written.")
    visibility = serializers.ChoiceField(choices=Note.Visibility.choices)
    groups = NoteGroupSerializer(
        many=True,
        source="shares.all",
        help_text="The groups it is shared with (only for the 'groups' visibility).",
    )
    updated_at = serializers.DateTimeField()


class SharedNoteSerializer(serializers.Serializer):
    author = GroupUserSerializer()
    topic = GroupTopicSerializer()
    body = serializers.CharField()
    visibility = serializers.ChoiceField(choices=Note.Visibility.choices)
    updated_at = serializers.DateTimeField()


class PublicNoteSerializer(serializers.Serializer):
    topic = GroupTopicSerializer()
    body = serializers.CharField()
    updated_at = serializers.DateTimeField()


def _my_note(request: Request, topic: str) -> Note:
    note = note_selectors.note_get_mine(user=signed_in_user(request), topic=topic)
    if note is None:
        raise NotFound(NOTE_NOT_FOUND)
    return note


class MyNoteListApi(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(
        operation_id="notes_mine",
        responses={200: MyNoteSerializer(many=True), **ERRORS},
        description="The signed-in learner's notes, most recently edited first.",
    )
    def get(self, request: Request) -> Response:
        notes = note_selectors.note_list_mine(user=signed_in_user(request))
        return Response(MyNoteSerializer(notes, many=True).data)


class MyNoteApi(APIView):
    permission_classes = [IsAuthenticated]

    class InputSerializer(serializers.Serializer):
        body = serializers.CharField(
            max_length=NOTE_BODY_MAX,
            trim_whitespace=False,
            help_text="Markdown with $…$ maths, stored as written.",
        )
        visibility = serializers.ChoiceField(
            choices=Note.Visibility.choices, default=Note.Visibility.PRIVATE
        )
        groups = serializers.ListField(
            child=serializers.CharField(max_length=36),
            max_length=note_services.NOTE_GROUPS_MAX,
            default=list,
            help_text="Ids of your groups to share with, for the 'groups' visibility.",
        )

        def validate_groups(self, value: list[str]) -> list[uuid.UUID]:
            # Checked here rather than by UUIDField children, whose errors would be keyed by
            # index, which the one error shape has no room for.
            try:
                return [uuid.UUID(group_id) for group_id in value]
            except ValueError as error:
                raise serializers.ValidationError("Each group must be a group's id.") from error

    @extend_schema(
        operation_id="notes_get",
        responses={200: MyNoteSerializer, **ERRORS},
        description="Your note on a topic; 404 when you have none yet.",
    )
    def get(self, request: Request, topic: str) -> Response:
        return Response(MyNoteSerializer(_my_note(request, topic)).data)

    @extend_schema(
        operation_id="notes_save",
        request=InputSerializer,
        responses={200: MyNoteSerializer, **ERRORS},
        description="Write (or replace) your note on a topic and choose who sees it.",
    )
    def put(self, request: Request, topic: str) -> Response:
        data = self.InputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        run(
            note_services.note_save,
            user=signed_in_user(request),
            topic=topic,
            **data.validated_data,
        )
        return Response(MyNoteSerializer(_my_note(request, topic)).data)

    @extend_schema(operation_id="notes_delete", responses={204: None, **ERRORS})
    def delete(self, request: Request, topic: str) -> Response:
        run(note_services.note_delete, user=signed_in_user(request), topic=topic)
        return Response(status=204)


class MarkdownRenderer(renderers.BaseRenderer):
    """Lets a client ask for text/markdown; the export is a ready HttpResponse, and errors are
    rendered as plain text."""

    media_type = "text/markdown"
    format = "md"
    charset = "utf-8"

    def render(self, data: Any, accepted_media_type: Any = None, renderer_context: Any = None):
        message = data.get("error", {}).get("message", "") if isinstance(data, dict) else ""
        return str(message or data).encode()


class MyNoteExportApi(APIView):
    permission_classes = [IsAuthenticated]
    renderer_classes = [renderers.JSONRenderer, MarkdownRenderer]

    @extend_schema(
        operation_id="notes_export",
        responses={
            (200, "text/markdown"): OpenApiResponse(
                OpenApiTypes.STR,
                description="All your notes as one Markdown file, a heading per topic.",
            ),
            403: ErrorSerializer,
        },
    )
    def get(self, request: Request) -> HttpResponse:
        user = signed_in_user(request)
        now = timezone.now()
        text = note_selectors.note_export_markdown(user=user, exported_at=now)
        response = HttpResponse(text, content_type="text/markdown; charset=utf-8")
        filename = f"lemma-notes-{now.date().isoformat()}.md"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        response["Cache-Control"] = "private, no-store"
        return response


class GroupNoteListApi(APIView):
    permission_classes = [IsAuthenticated]

    class QuerySerializer(serializers.Serializer):
        topic = serializers.SlugField(max_length=80, required=False)

    @extend_schema(
        operation_id="groups_notes",
        parameters=[QuerySerializer],
        responses={200: SharedNoteSerializer(many=True), **ERRORS},
        description=(
            "Notes the group's members shared with it, and their public notes, newest first; "
            "optionally on one topic. Members only."
        ),
    )
    def get(self, request: Request, group_id: uuid.UUID) -> Response:
        membership = member_of(request, group_id)
        query = self.QuerySerializer(data=request.query_params)
        query.is_valid(raise_exception=True)
        notes = note_selectors.note_list_for_group(
            group=membership.group, topic=query.validated_data.get("topic")
        )
        return Response(SharedNoteSerializer(notes, many=True).data)


class ProfileSerializer(serializers.Serializer):
    username = serializers.CharField(source="user.username")
    enabled = serializers.BooleanField(help_text="Whether your public page is on.")
    display_name = serializers.CharField(help_text="Shown on your public page; may be empty.")


class MyProfileApi(APIView):
    permission_classes = [IsAuthenticated]

    class InputSerializer(serializers.Serializer):
        enabled = serializers.BooleanField(required=False)
        display_name = serializers.CharField(
            max_length=DISPLAY_NAME_MAX, allow_blank=True, required=False
        )

    @extend_schema(operation_id="notes_profile", responses={200: ProfileSerializer, **ERRORS})
    def get(self, request: Request) -> Response:
        profile = note_selectors.profile_get(user=signed_in_user(request))
        return Response(ProfileSerializer(profile).data)

    @extend_schema(
        operation_id="notes_profile_update",
        request=InputSerializer,
        responses={200: ProfileSerializer, **ERRORS},
        description="Turn your public page on or off, or change its display name.",
    )
    def patch(self, request: Request) -> Response:
        data = self.InputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        profile = run(
            note_services.profile_update, user=signed_in_user(request), **data.validated_data
        )
        return Response(ProfileSerializer(profile).data)


class PublicProfileApi(APIView):
    permission_classes = [AllowAny]

    class OutputSerializer(serializers.Serializer):
        username = serializers.CharField(source="user.username")
        display_name = serializers.SerializerMethodField()
        notes = PublicNoteSerializer(many=True)

        def get_display_name(self, profile: Any) -> str:
            return profile.display_name or profile.user.username

    @extend_schema(
        operation_id="people_get",
        responses={200: OutputSerializer, 404: ErrorSerializer},
        description="A learner's public page: their public notes only. 404 when it is off.",
    )
    def get(self, request: Request, username: str) -> Response:
        profile = None
        if "\x00" not in username:  # none has one, and PostgreSQL text can't hold it
            profile = note_selectors.public_profile_get(username=username)
        if profile is None:
            raise NotFound("No public page for this learner.")
        profile.notes = note_selectors.note_list_public(user=profile.user)  # type: ignore[attr-defined]
        return Response(self.OutputSerializer(profile).data)

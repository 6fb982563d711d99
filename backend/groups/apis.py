"""Study groups, membership, roles and invites: one view per operation (per path and method),
input and output serializers nested inside or shared below."""

import uuid

from drf_spectacular.utils import extend_schema
from rest_framework import serializers, status
from rest_framework.exceptions import NotFound
from rest_framework.permissions import IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.throttling import ScopedRateThrottle
from rest_framework.views import APIView

from accounts.models import User
from accounts.requests import signed_in_user

from . import selectors, services
from .access import ERRORS, JOIN_ERRORS, group_for, manager_of, member_of, run, target_member
from .models import (
    DESCRIPTION_MAX,
    MEMBER_LIMIT_MAX,
    NAME_MAX,
    Invite,
    Membership,
    StudyGroup,
)

PUBLIC_LIMIT_MAX = 100


class GroupSummarySerializer(serializers.Serializer):
    """What anyone signed in may see of a public group."""

    id = serializers.UUIDField()
    name = serializers.CharField()
    description = serializers.CharField()
    goal = serializers.CharField(
        source="goal.slug", allow_null=True, default=None, help_text="The goal role's slug."
    )
    goal_title = serializers.CharField(source="goal.title", allow_null=True, default=None)
    visibility = serializers.ChoiceField(choices=StudyGroup.Visibility.choices)
    member_count = serializers.IntegerField()
    member_limit = serializers.IntegerField(allow_null=True)


class GroupMemberSerializer(serializers.Serializer):
    user_id = serializers.IntegerField()
    username = serializers.CharField(source="user.username")
    role = serializers.ChoiceField(choices=Membership.Role.choices)
    joined_at = serializers.DateTimeField()
    share_progress = serializers.BooleanField()
    share_hours = serializers.BooleanField()


class GroupDetailSerializer(GroupSummarySerializer):
    """A group as its members see it; a non-member of a public group gets the summary, with
    `my_role`, `share_progress`, `share_hours`, `digest_email` and `members` null."""

    my_role = serializers.CharField(
        allow_null=True, help_text="owner, admin or member; null for a non-member."
    )
    share_progress = serializers.BooleanField(allow_null=True)
    share_hours = serializers.BooleanField(allow_null=True)
    digest_email = serializers.BooleanField(allow_null=True)
    members = GroupMemberSerializer(many=True, allow_null=True)


def _detail(group_id: uuid.UUID, user: User, code: int = status.HTTP_200_OK) -> Response:
    group = selectors.group_get(pk=group_id)
    assert group is not None
    membership = selectors.membership_get(group_id=group_id, user=user)
    group.my_role = membership.role if membership else None  # type: ignore[attr-defined]
    group.share_progress = membership.share_progress if membership else None  # type: ignore[attr-defined]
    group.share_hours = membership.share_hours if membership else None  # type: ignore[attr-defined]
    group.digest_email = membership.digest_email if membership else None  # type: ignore[attr-defined]
    group.members = selectors.member_list(group=group) if membership else None  # type: ignore[attr-defined]
    return Response(GroupDetailSerializer(group).data, status=code)


class GroupListApi(APIView):
    permission_classes = [IsAuthenticated]

    class OutputSerializer(GroupSummarySerializer):
        role = serializers.ChoiceField(
            choices=Membership.Role.choices, source="my_role", help_text="Your role in it."
        )

    class InputSerializer(serializers.Serializer):
        name = serializers.CharField(min_length=2, max_length=NAME_MAX)
        description = serializers.CharField(
            max_length=DESCRIPTION_MAX, allow_blank=True, default=""
        )
        goal = serializers.SlugField(
            max_length=80, allow_null=True, default=None, help_text="A role's slug, or null."
        )
        visibility = serializers.ChoiceField(
            choices=StudyGroup.Visibility.choices, default=StudyGroup.Visibility.PRIVATE
        )
        member_limit = serializers.IntegerField(
            min_value=2, max_value=MEMBER_LIMIT_MAX, allow_null=True, default=None
        )

    @extend_schema(
        operation_id="groups_mine",
        responses={200: OutputSerializer(many=True), **ERRORS},
        description="The groups the signed-in learner belongs to.",
    )
    def get(self, request: Request) -> Response:
        groups = selectors.group_list_mine(user=signed_in_user(request))
        return Response(self.OutputSerializer(groups, many=True).data)

    @extend_schema(
        operation_id="groups_create",
        request=InputSerializer,
        responses={201: GroupDetailSerializer, **ERRORS},
        description="Create a group; its creator becomes the owner.",
    )
    def post(self, request: Request) -> Response:
        data = self.InputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        user = signed_in_user(request)
        group = run(
            services.group_create, user=user, data=services.GroupInput(**data.validated_data)
        )
        return _detail(group.pk, user, status.HTTP_201_CREATED)


class PublicGroupListApi(APIView):
    permission_classes = [IsAuthenticated]

    class QuerySerializer(serializers.Serializer):
        q = serializers.CharField(max_length=NAME_MAX, allow_blank=True, default="")
        limit = serializers.IntegerField(min_value=1, max_value=PUBLIC_LIMIT_MAX, default=50)

    @extend_schema(
        operation_id="groups_public",
        parameters=[QuerySerializer],
        responses={200: GroupSummarySerializer(many=True), **ERRORS},
        description="Public groups, newest first; `q` filters by name.",
    )
    def get(self, request: Request) -> Response:
        query = self.QuerySerializer(data=request.query_params)
        query.is_valid(raise_exception=True)
        groups = selectors.group_list_public(
            search=query.validated_data["q"], limit=query.validated_data["limit"]
        )
        return Response(GroupSummarySerializer(groups, many=True).data)


class GroupDetailApi(APIView):
    permission_classes = [IsAuthenticated]

    class InputSerializer(serializers.Serializer):
        name = serializers.CharField(min_length=2, max_length=NAME_MAX, required=False)
        description = serializers.CharField(
            max_length=DESCRIPTION_MAX, allow_blank=True, required=False
        )
        goal = serializers.SlugField(max_length=80, allow_null=True, required=False)
        visibility = serializers.ChoiceField(choices=StudyGroup.Visibility.choices, required=False)
        member_limit = serializers.IntegerField(
            min_value=2, max_value=MEMBER_LIMIT_MAX, allow_null=True, required=False
        )

    @extend_schema(
        operation_id="groups_get",
        responses={200: GroupDetailSerializer, **ERRORS},
        description="Members see the group and its members; others see a public group's summary.",
    )
    def get(self, request: Request, group_id: uuid.UUID) -> Response:
        group, _ = group_for(request, group_id)
        return _detail(group.pk, signed_in_user(request))

    @extend_schema(
        operation_id="groups_update",
        request=InputSerializer,
        responses={200: GroupDetailSerializer, **ERRORS},
        description="Owner and admins: change the name, description, goal, visibility or limit.",
    )
    def patch(self, request: Request, group_id: uuid.UUID) -> Response:
        actor = member_of(request, group_id)
        data = self.InputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        run(services.group_update, actor=actor, **data.validated_data)
        return _detail(actor.group_id, actor.user)

    @extend_schema(
        operation_id="groups_delete",
        responses={204: None, **ERRORS},
        description="Owner only: delete the group with its invites and discussions.",
    )
    def delete(self, request: Request, group_id: uuid.UUID) -> Response:
        run(services.group_delete, actor=member_of(request, group_id))
        return Response(status=status.HTTP_204_NO_CONTENT)


class GroupJoinApi(APIView):
    permission_classes = [IsAuthenticated]
    # codes are the secret: a learner can't try more than a few dozen an hour
    throttle_classes = [ScopedRateThrottle]
    throttle_scope = "invite-code"

    class InputSerializer(serializers.Serializer):
        code = serializers.CharField(max_length=64)

    @extend_schema(
        operation_id="groups_join",
        request=InputSerializer,
        responses={201: GroupDetailSerializer, **JOIN_ERRORS},
        description=(
            "Join a group with an invite code. 404 for an unknown code; 410 for a revoked, "
            "expired or used-up invite; 400 when already a member or the group is full."
        ),
    )
    def post(self, request: Request) -> Response:
        data = self.InputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        user = signed_in_user(request)
        membership = run(services.invite_join, user=user, code=data.validated_data["code"])
        return _detail(membership.group_id, user, status.HTTP_201_CREATED)


class GroupLeaveApi(APIView):
    permission_classes = [IsAuthenticated]

    class OutputSerializer(serializers.Serializer):
        group_deleted = serializers.BooleanField()

    @extend_schema(
        operation_id="groups_leave",
        request=None,
        responses={200: OutputSerializer, **ERRORS},
        description=(
            "Leave the group. The owner must transfer ownership first while others remain; "
            "an owner who is the last member deletes the group by leaving."
        ),
    )
    def post(self, request: Request, group_id: uuid.UUID) -> Response:
        deleted = run(services.membership_leave, membership=member_of(request, group_id))
        return Response(self.OutputSerializer({"group_deleted": deleted}).data)


class MySharingApi(APIView):
    permission_classes = [IsAuthenticated]

    class InputSerializer(serializers.Serializer):
        share_progress = serializers.BooleanField(required=False)
        share_hours = serializers.BooleanField(required=False)
        digest_email = serializers.BooleanField(
            required=False, help_text="The group's weekly digest by email."
        )

    class OutputSerializer(GroupMemberSerializer):
        digest_email = serializers.BooleanField()

    @extend_schema(
        operation_id="groups_sharing_update",
        request=InputSerializer,
        responses={200: OutputSerializer, **ERRORS},
        description=(
            "Choose what this group sees of your progress and study hours, and whether you "
            "get its weekly digest email."
        ),
    )
    def patch(self, request: Request, group_id: uuid.UUID) -> Response:
        membership = member_of(request, group_id)
        data = self.InputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        updated = services.membership_settings_update(membership=membership, **data.validated_data)
        return Response(self.OutputSerializer(updated).data)


class MemberApi(APIView):
    permission_classes = [IsAuthenticated]

    class InputSerializer(serializers.Serializer):
        role = serializers.ChoiceField(
            choices=Membership.Role.choices, help_text="admin or member (transfer makes an owner)."
        )

    @extend_schema(
        operation_id="groups_member_role",
        request=InputSerializer,
        responses={200: GroupMemberSerializer, **ERRORS},
        description="Owner only: make a member an admin or an admin a member.",
    )
    def patch(self, request: Request, group_id: uuid.UUID, user_id: int) -> Response:
        actor = member_of(request, group_id)
        data = self.InputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        target = target_member(actor, user_id)
        updated = run(
            services.member_role_set, actor=actor, target=target, role=data.validated_data["role"]
        )
        return Response(GroupMemberSerializer(updated).data)

    @extend_schema(
        operation_id="groups_member_remove",
        responses={204: None, **ERRORS},
        description="Owner: remove anyone else. Admins: remove plain members only.",
    )
    def delete(self, request: Request, group_id: uuid.UUID, user_id: int) -> Response:
        actor = member_of(request, group_id)
        run(services.member_remove, actor=actor, target=target_member(actor, user_id))
        return Response(status=status.HTTP_204_NO_CONTENT)


class OwnershipTransferApi(APIView):
    permission_classes = [IsAuthenticated]

    class InputSerializer(serializers.Serializer):
        user_id = serializers.IntegerField(min_value=1)

    @extend_schema(
        operation_id="groups_transfer",
        request=InputSerializer,
        responses={200: GroupDetailSerializer, **ERRORS},
        description="Owner only: hand ownership to another member; you stay on as an admin.",
    )
    def post(self, request: Request, group_id: uuid.UUID) -> Response:
        actor = member_of(request, group_id)
        data = self.InputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        target = target_member(actor, data.validated_data["user_id"])
        run(services.ownership_transfer, actor=actor, target=target)
        return _detail(actor.group_id, actor.user)


class InviteSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    code = serializers.CharField()
    created_at = serializers.DateTimeField()
    expires_at = serializers.DateTimeField()
    max_uses = serializers.IntegerField(allow_null=True)
    uses = serializers.IntegerField()
    revoked_at = serializers.DateTimeField(allow_null=True)


class InviteListApi(APIView):
    permission_classes = [IsAuthenticated]

    class InputSerializer(serializers.Serializer):
        expires_in_days = serializers.IntegerField(
            min_value=1, max_value=services.INVITE_DAYS_MAX, default=services.INVITE_DAYS_DEFAULT
        )
        max_uses = serializers.IntegerField(
            min_value=1, max_value=1000, allow_null=True, default=None
        )

    @extend_schema(
        operation_id="groups_invites",
        responses={200: InviteSerializer(many=True), **ERRORS},
        description="Owner and admins: the group's invites, newest first.",
    )
    def get(self, request: Request, group_id: uuid.UUID) -> Response:
        actor = manager_of(request, group_id)
        return Response(InviteSerializer(selectors.invite_list(group=actor.group), many=True).data)

    @extend_schema(
        operation_id="groups_invite_create",
        request=InputSerializer,
        responses={201: InviteSerializer, **ERRORS},
        description="Owner and admins: a new invite code (7 days by default, at most 30).",
    )
    def post(self, request: Request, group_id: uuid.UUID) -> Response:
        actor = member_of(request, group_id)
        data = self.InputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        invite: Invite = run(services.invite_create, actor=actor, **data.validated_data)
        return Response(InviteSerializer(invite).data, status=status.HTTP_201_CREATED)


class InviteRevokeApi(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(
        operation_id="groups_invite_revoke",
        request=None,
        responses={200: InviteSerializer, **ERRORS},
        description="Owner and admins: withdraw an invite; it can no longer be used.",
    )
    def post(self, request: Request, group_id: uuid.UUID, invite_id: int) -> Response:
        actor = manager_of(request, group_id)
        invite = selectors.invite_get(group=actor.group, pk=invite_id)
        if invite is None:
            raise NotFound("No such invite.")
        return Response(
            InviteSerializer(run(services.invite_revoke, actor=actor, invite=invite)).data
        )

"""What an invite link leads to, shown before joining: the group's public face (name,
description, goal, size) and whether the invite can be used. Any signed-in user with the code
may look; the code is the secret, so nothing else about the group is shown."""

from drf_spectacular.utils import extend_schema
from rest_framework import serializers
from rest_framework.permissions import IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.throttling import ScopedRateThrottle
from rest_framework.views import APIView

from . import selectors, services
from .access import ERRORS, GroupRefused

CODE_MAX = 64
REASONS = {
    "invite_revoked": "revoked",
    "invite_expired": "expired",
    "invite_used_up": "used_up",
}


class InviteLookupApi(APIView):
    permission_classes = [IsAuthenticated]
    # codes are the secret: a learner can't try more than a few dozen an hour
    throttle_classes = [ScopedRateThrottle]
    throttle_scope = "invite-code"

    class OutputSerializer(serializers.Serializer):
        name = serializers.CharField()
        description = serializers.CharField()
        goal_title = serializers.CharField(allow_null=True)
        member_count = serializers.IntegerField()
        usable = serializers.BooleanField()
        reason = serializers.ChoiceField(
            choices=["expired", "revoked", "used_up", "full"],
            allow_null=True,
            help_text="Why the invite cannot be used; null when it can.",
        )

    @extend_schema(
        operation_id="groups_invite_lookup",
        responses={200: OutputSerializer, **ERRORS},
        description="Preview the group an invite code leads to. 404 for an unknown code.",
    )
    def get(self, request: Request, code: str) -> Response:
        # NUL: no code has one, and PostgreSQL text cannot hold it (the lookup would fail).
        plausible = len(code) <= CODE_MAX and "\x00" not in code
        found = selectors.invite_by_code(code=code) if plausible else None
        if found is None:
            raise GroupRefused(services.Missing("invite_unknown", "This invite code is not valid."))
        invite, group = found
        member_count: int = group.member_count  # type: ignore[attr-defined]  # annotated
        refusal = services.invite_refusal(invite)
        reason = REASONS[refusal.code] if refusal is not None else None
        if reason is None and group.member_limit is not None:
            reason = "full" if member_count >= group.member_limit else None
        return Response(
            self.OutputSerializer(
                {
                    "name": group.name,
                    "description": group.description,
                    "goal_title": group.goal.title if group.goal else None,
                    "member_count": member_count,
                    "usable": reason is None,
                    "reason": reason,
                }
            ).data
        )

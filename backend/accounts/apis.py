"""Session authentication for the single-page app. Every write is CSRF-protected; signing in
and signing up are throttled per client address, and a username is locked after repeated
failed sign-ins (lockout.py)."""

import math

from django.contrib.auth import authenticate, login, logout, update_session_auth_hash
from django.contrib.auth.validators import UnicodeUsernameValidator
from django.core.exceptions import ValidationError as DjangoValidationError
from django.utils.decorators import method_decorator
from django.views.decorators.csrf import csrf_protect, ensure_csrf_cookie
from drf_spectacular.utils import extend_schema
from rest_framework import exceptions, serializers, status
from rest_framework.permissions import IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from common.serializers import ErrorSerializer
from common.throttling import AddressRateThrottle, ScopedRateThrottle

from . import lockout, services
from .models import User


class UserSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    username = serializers.CharField()
    email = serializers.EmailField(allow_blank=True)


def _raise_field_errors(exc: DjangoValidationError) -> None:
    raise exceptions.ValidationError(exc.message_dict) from exc


class SignInLocked(exceptions.APIException):
    status_code = status.HTTP_429_TOO_MANY_REQUESTS
    default_code = "login_locked"

    def __init__(self, seconds: int) -> None:
        minutes = max(1, math.ceil(seconds / 60))
        super().__init__(
            "Too many failed sign-ins for this account. "
            f"Try again in {minutes} minute{'' if minutes == 1 else 's'}."
        )
        self.wait = seconds  # sent as Retry-After


class CsrfApi(APIView):
    @extend_schema(operation_id="auth_csrf", responses={204: None})
    @method_decorator(ensure_csrf_cookie)
    def get(self, request: Request) -> Response:
        return Response(status=status.HTTP_204_NO_CONTENT)


class MeApi(APIView):
    class OutputSerializer(serializers.Serializer):
        authenticated = serializers.BooleanField()
        user = UserSerializer(allow_null=True)
        is_curator = serializers.BooleanField(
            help_text="Staff with the curriculum.curate permission: may use /api/curation/."
        )
        is_staff = serializers.BooleanField(
            help_text="Staff: may see the operations page (/api/ops/tasks/)."
        )

    @extend_schema(operation_id="auth_me", responses=OutputSerializer)
    @method_decorator(ensure_csrf_cookie)
    def get(self, request: Request) -> Response:
        user = request.user if request.user.is_authenticated else None
        is_curator = bool(user and user.is_staff and user.has_perm("curriculum.curate"))
        return Response(
            self.OutputSerializer(
                {
                    "authenticated": user is not None,
                    "user": user,
                    "is_curator": is_curator,
                    "is_staff": bool(user and user.is_staff),
                }
            ).data
        )


@method_decorator(csrf_protect, name="post")
class RegisterApi(APIView):
    throttle_classes = [AddressRateThrottle]
    throttle_scope = "register"

    class InputSerializer(serializers.Serializer):
        username = serializers.CharField(
            min_length=3, max_length=150, validators=[UnicodeUsernameValidator()]
        )
        email = serializers.EmailField(required=False, allow_blank=True, max_length=254)
        password = serializers.CharField(max_length=128, write_only=True, trim_whitespace=False)

    @extend_schema(
        operation_id="auth_register",
        request=InputSerializer,
        responses={
            201: UserSerializer,
            400: ErrorSerializer,
            403: ErrorSerializer,
            429: ErrorSerializer,
        },
    )
    def post(self, request: Request) -> Response:
        data = self.InputSerializer(data=request.data)
        if not data.is_valid():
            # Report a weak password together with the other fields' problems.
            errors = dict(data.errors)
            raw = request.data if isinstance(request.data, dict) else {}
            password = raw.get("password")
            if "password" not in errors and isinstance(password, str):
                problems = services.password_problems(
                    password=password,
                    username=str(raw.get("username", "")),
                    email=str(raw.get("email", "")),
                )
                if problems:
                    errors["password"] = problems
            raise exceptions.ValidationError(errors)
        try:
            user = services.user_create(**data.validated_data)
        except DjangoValidationError as exc:
            _raise_field_errors(exc)
        login(request._request, user, backend="django.contrib.auth.backends.ModelBackend")
        return Response(UserSerializer(user).data, status=status.HTTP_201_CREATED)


@method_decorator(csrf_protect, name="post")
class LoginApi(APIView):
    throttle_classes = [AddressRateThrottle]
    throttle_scope = "login"

    class InputSerializer(serializers.Serializer):
        username = serializers.CharField(max_length=150)
        password = serializers.CharField(max_length=128, write_only=True, trim_whitespace=False)

    @extend_schema(
        operation_id="auth_login",
        request=InputSerializer,
        responses={
            200: UserSerializer,
            400: ErrorSerializer,
            403: ErrorSerializer,
            429: ErrorSerializer,
        },
    )
    def post(self, request: Request) -> Response:
        data = self.InputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        username = data.validated_data["username"]
        # Checked before the password, so a locked account refuses even the right one.
        if locked_for := lockout.login_lock_remaining(username=username):
            raise SignInLocked(locked_for)
        user = authenticate(request._request, **data.validated_data)
        if user is None:
            if locked_for := lockout.login_failure_record(username=username):
                raise SignInLocked(locked_for)
            raise exceptions.ValidationError(
                {"non_field_errors": ["That username and password do not match an account."]}
            )
        lockout.login_failures_clear(username=username)
        login(request._request, user)
        return Response(UserSerializer(user).data)


class LogoutApi(APIView):
    @extend_schema(operation_id="auth_logout", request=None, responses={204: None})
    @method_decorator(csrf_protect)
    def post(self, request: Request) -> Response:
        logout(request._request)
        return Response(status=status.HTTP_204_NO_CONTENT)


class PasswordChangeApi(APIView):
    permission_classes = [IsAuthenticated]
    throttle_classes = [ScopedRateThrottle]
    throttle_scope = "password-check"  # shared with deleting the account

    class InputSerializer(serializers.Serializer):
        old_password = serializers.CharField(max_length=128, trim_whitespace=False)
        new_password = serializers.CharField(max_length=128, trim_whitespace=False)

    @extend_schema(
        operation_id="auth_password_change",
        request=InputSerializer,
        responses={204: None, 400: ErrorSerializer, 403: ErrorSerializer},
    )
    def post(self, request: Request) -> Response:
        data = self.InputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        user = request.user
        assert isinstance(user, User)  # guaranteed by IsAuthenticated
        try:
            services.user_change_password(user=user, **data.validated_data)
        except DjangoValidationError as exc:
            _raise_field_errors(exc)
        update_session_auth_hash(request._request, user)
        return Response(status=status.HTTP_204_NO_CONTENT)

"""Questions and answers about a topic inside a group (members only). Titles and bodies are
stored and returned as raw text; the client renders the Markdown."""

import uuid

from drf_spectacular.utils import extend_schema
from rest_framework import serializers, status
from rest_framework.exceptions import NotFound
from rest_framework.permissions import IsAuthenticated
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from . import selectors, services
from .access import ERRORS, member_of, run
from .models import BODY_MAX, DELETED_LEARNER, TITLE_MAX, Answer, Membership, Question
from .page_apis import GroupTopicSerializer

QUESTION_LIMIT_MAX = 50


class PostAuthorSerializer(serializers.Serializer):
    """Who wrote a question or answer (read from the post itself, so that a post whose author
    deleted their account still has one): user_id null and DELETED_LEARNER as the name."""

    user_id = serializers.IntegerField(source="author_id", allow_null=True)
    username = serializers.SerializerMethodField(
        help_text=f"'{DELETED_LEARNER}' when the author has deleted their account."
    )

    def get_username(self, post: Question | Answer) -> str:
        return post.author.username if post.author else DELETED_LEARNER


class GroupAnswerSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    author = PostAuthorSerializer(source="*")
    body = serializers.CharField()
    helpful = serializers.BooleanField()
    created_at = serializers.DateTimeField()


class GroupQuestionSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    topic = GroupTopicSerializer()
    author = PostAuthorSerializer(source="*")
    title = serializers.CharField()
    created_at = serializers.DateTimeField()


class GroupQuestionListItemSerializer(GroupQuestionSerializer):
    answer_count = serializers.IntegerField()
    helpful_count = serializers.IntegerField()


class GroupQuestionDetailSerializer(GroupQuestionSerializer):
    body = serializers.CharField()
    answers = GroupAnswerSerializer(many=True, source="answers.all")


def _question(membership: Membership, question_id: int) -> Question:
    question = selectors.question_get(group=membership.group, pk=question_id)
    if question is None:
        raise NotFound("No such question in this group.")
    return question


class QuestionListApi(APIView):
    permission_classes = [IsAuthenticated]

    class QuerySerializer(serializers.Serializer):
        topic = serializers.SlugField(max_length=80, required=False)
        before = serializers.DateTimeField(required=False)
        limit = serializers.IntegerField(min_value=1, max_value=QUESTION_LIMIT_MAX, default=20)

    class InputSerializer(serializers.Serializer):
        topic = serializers.SlugField(max_length=80)
        title = serializers.CharField(min_length=3, max_length=TITLE_MAX)
        body = serializers.CharField(
            max_length=BODY_MAX, trim_whitespace=False, help_text="Markdown, stored as written."
        )

    @extend_schema(
        operation_id="groups_questions",
        parameters=[QuerySerializer],
        responses={200: GroupQuestionListItemSerializer(many=True), **ERRORS},
        description="The group's questions, newest first, optionally on one topic.",
    )
    def get(self, request: Request, group_id: uuid.UUID) -> Response:
        membership = member_of(request, group_id)
        query = self.QuerySerializer(data=request.query_params)
        query.is_valid(raise_exception=True)
        questions = selectors.question_list(group=membership.group, **query.validated_data)
        return Response(GroupQuestionListItemSerializer(questions, many=True).data)

    @extend_schema(
        operation_id="groups_question_ask",
        request=InputSerializer,
        responses={201: GroupQuestionDetailSerializer, **ERRORS},
    )
    def post(self, request: Request, group_id: uuid.UUID) -> Response:
        membership = member_of(request, group_id)
        data = self.InputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        question = run(services.question_create, membership=membership, **data.validated_data)
        return Response(
            GroupQuestionDetailSerializer(_question(membership, question.pk)).data,
            status=status.HTTP_201_CREATED,
        )


class QuestionDetailApi(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(
        operation_id="groups_question_get",
        responses={200: GroupQuestionDetailSerializer, **ERRORS},
    )
    def get(self, request: Request, group_id: uuid.UUID, question_id: int) -> Response:
        membership = member_of(request, group_id)
        return Response(GroupQuestionDetailSerializer(_question(membership, question_id)).data)

    class UpdateSerializer(serializers.Serializer):
        title = serializers.CharField(min_length=3, max_length=TITLE_MAX, required=False)
        body = serializers.CharField(
            max_length=BODY_MAX,
            trim_whitespace=False,
            required=False,
            help_text="Markdown, stored as written.",
        )

    @extend_schema(
        operation_id="groups_question_edit",
        request=UpdateSerializer,
        responses={200: GroupQuestionDetailSerializer, **ERRORS},
        description="The author edits their own question's title and/or body.",
    )
    def patch(self, request: Request, group_id: uuid.UUID, question_id: int) -> Response:
        membership = member_of(request, group_id)
        question = _question(membership, question_id)
        data = self.UpdateSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        run(
            services.question_update,
            membership=membership,
            question=question,
            **data.validated_data,
        )
        return Response(GroupQuestionDetailSerializer(_question(membership, question_id)).data)

    @extend_schema(
        operation_id="groups_question_delete",
        responses={204: None, **ERRORS},
        description="The author or a group admin deletes the question and its answers.",
    )
    def delete(self, request: Request, group_id: uuid.UUID, question_id: int) -> Response:
        membership = member_of(request, group_id)
        question = _question(membership, question_id)
        run(services.question_delete, membership=membership, question=question)
        return Response(status=status.HTTP_204_NO_CONTENT)


class AnswerCreateApi(APIView):
    permission_classes = [IsAuthenticated]

    class InputSerializer(serializers.Serializer):
        body = serializers.CharField(
            max_length=BODY_MAX, trim_whitespace=False, help_text="Markdown, stored as written."
        )

    @extend_schema(
        operation_id="groups_answer",
        request=InputSerializer,
        responses={201: GroupAnswerSerializer, **ERRORS},
    )
    def post(self, request: Request, group_id: uuid.UUID, question_id: int) -> Response:
        membership = member_of(request, group_id)
        question = _question(membership, question_id)
        data = self.InputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        answer = run(
            services.answer_create,
            membership=membership,
            question=question,
            body=data.validated_data["body"],
        )
        return Response(GroupAnswerSerializer(answer).data, status=status.HTTP_201_CREATED)


def _answer(request: Request, group_id: uuid.UUID, question_id: int, answer_id: int) -> tuple:
    membership = member_of(request, group_id)
    answer = selectors.answer_get(question=_question(membership, question_id), pk=answer_id)
    if answer is None:
        raise NotFound("No such answer to this question.")
    return membership, answer


class AnswerHelpfulApi(APIView):
    permission_classes = [IsAuthenticated]

    @extend_schema(
        operation_id="groups_answer_helpful",
        request=None,
        responses={200: GroupAnswerSerializer, **ERRORS},
        description="The asker or a group admin marks the answer helpful.",
    )
    def post(
        self, request: Request, group_id: uuid.UUID, question_id: int, answer_id: int
    ) -> Response:
        membership, answer = _answer(request, group_id, question_id, answer_id)
        marked: Answer = run(
            services.answer_mark, membership=membership, answer=answer, helpful=True
        )
        return Response(GroupAnswerSerializer(marked).data)

    @extend_schema(
        operation_id="groups_answer_unhelpful",
        responses={200: GroupAnswerSerializer, **ERRORS},
        description="The asker or a group admin takes the helpful mark back.",
    )
    def delete(
        self, request: Request, group_id: uuid.UUID, question_id: int, answer_id: int
    ) -> Response:
        membership, answer = _answer(request, group_id, question_id, answer_id)
        marked = run(services.answer_mark, membership=membership, answer=answer, helpful=False)
        return Response(GroupAnswerSerializer(marked).data)


class AnswerDetailApi(APIView):
    permission_classes = [IsAuthenticated]

    class InputSerializer(serializers.Serializer):
        body = serializers.CharField(
            max_length=BODY_MAX, trim_whitespace=False, help_text="Markdown, stored as written."
        )

    @extend_schema(
        operation_id="groups_answer_edit",
        request=InputSerializer,
        responses={200: GroupAnswerSerializer, **ERRORS},
        description="The author edits their own answer.",
    )
    def patch(
        self, request: Request, group_id: uuid.UUID, question_id: int, answer_id: int
    ) -> Response:
        membership, answer = _answer(request, group_id, question_id, answer_id)
        data = self.InputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        edited = run(
            services.answer_update,
            membership=membership,
            answer=answer,
            body=data.validated_data["body"],
        )
        return Response(GroupAnswerSerializer(edited).data)

    @extend_schema(
        operation_id="groups_answer_delete",
        responses={204: None, **ERRORS},
        description="The author or a group admin deletes the answer.",
    )
    def delete(
        self, request: Request, group_id: uuid.UUID, question_id: int, answer_id: int
    ) -> Response:
        membership, answer = _answer(request, group_id, question_id, answer_id)
        run(services.answer_delete, membership=membership, answer=answer)
        return Response(status=status.HTTP_204_NO_CONTENT)

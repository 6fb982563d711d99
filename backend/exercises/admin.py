from django.contrib import admin

from .models import ExerciseInstance, ExerciseTemplate, Submission


@admin.register(ExerciseTemplate)
class ExerciseTemplateAdmin(admin.ModelAdmin):
    list_display = ["title", "slug", "topic", "difficulty", "kind", "retired_at"]
    list_filter = ["difficulty", "kind", "topic__area"]
    search_fields = ["title", "slug", "topic__title"]
    list_select_related = ["topic"]
    readonly_fields = ["created_at", "updated_at"]


@admin.register(Submission)
class SubmissionAdmin(admin.ModelAdmin):
    list_display = ["created_at", "instance", "status", "correct", "code", "misconception"]
    list_filter = ["status", "correct", "code"]
    search_fields = ["answer", "instance__template__slug", "misconception"]
    list_select_related = ["instance__template"]
    readonly_fields = [field.name for field in Submission._meta.fields]


@admin.register(ExerciseInstance)
class ExerciseInstanceAdmin(admin.ModelAdmin):
    list_display = ["template", "seed", "user", "hints_revealed", "solution_revealed_at"]
    list_select_related = ["template", "user"]
    search_fields = ["template__slug", "user__username"]

from django.contrib import admin

from .models import Assessment, Question


class QuestionInline(admin.TabularInline):
    model = Question
    extra = 0
    fields = ["position", "topic", "outcome", "guess", "answered_at"]
    readonly_fields = ["position", "topic", "outcome", "guess", "answered_at"]
    can_delete = False


@admin.register(Assessment)
class AssessmentAdmin(admin.ModelAdmin):
    list_display = ["user", "kind", "topic", "status", "stop_reason", "confidence", "created_at"]
    list_filter = ["kind", "status"]
    search_fields = ["user__username", "topic__slug"]
    readonly_fields = ["user", "kind", "topic", "topics", "seed", "result", "finished_at"]
    inlines = [QuestionInline]

from typing import Any

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html

from common.vite import entry_assets

from . import authoring, selectors
from .content import ContentErrors
from .models import ExerciseInstance, ExerciseTemplate, Submission


@admin.register(ExerciseTemplate)
class ExerciseTemplateAdmin(admin.ModelAdmin):
    """Templates come from roadmaps/exercises/ (edit the YAML, then load_roadmaps); the admin
    is where authors preview them, run their answer tests and see how learners fare."""

    list_display = [
        "title",
        "slug",
        "topic",
        "difficulty",
        "kind",
        "attempts",
        "success_rate",
        "preview_link",
        "retired_at",
    ]
    list_filter = ["difficulty", "kind", "topic__area", "retired_at"]
    search_fields = ["title", "slug", "topic__title"]
    list_select_related = ["topic"]
    readonly_fields = ["created_at", "updated_at"]
    change_form_template = "admin/exercises/exercisetemplate/change_form.html"

    def get_queryset(self, request: HttpRequest) -> QuerySet[ExerciseTemplate]:
        return selectors.templates_with_stats().select_related("topic")

    @admin.display(description="graded attempts", ordering="attempts")
    def attempts(self, template: ExerciseTemplate) -> int:
        return getattr(template, "attempts", 0)

    @admin.display(description="success rate")
    def success_rate(self, template: ExerciseTemplate) -> str:
        attempts = getattr(template, "attempts", 0)
        if not attempts:
            return "-"
        return f"{100 * getattr(template, 'correct_attempts', 0) / attempts:.0f}%"

    @admin.display(description="author tools")
    def preview_link(self, template: ExerciseTemplate) -> str:
        url = reverse("admin:exercises_exercisetemplate_preview", args=[template.pk])
        return format_html('<a href="{}">Preview &amp; check</a>', url)

    def get_urls(self) -> list[Any]:
        return [
            path(
                "<int:object_id>/preview/",
                self.admin_site.admin_view(self.preview_view),
                name="exercises_exercisetemplate_preview",
            ),
            *super().get_urls(),
        ]

    def preview_view(self, request: HttpRequest, object_id: int) -> HttpResponse:
        template = get_object_or_404(ExerciseTemplate.objects.select_related("topic"), pk=object_id)
        if not self.has_view_permission(request, template):
            raise PermissionDenied
        seeds, seed_problem = authoring.parse_seeds(request.GET.get("seeds"))
        context: dict[str, Any] = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "original": template,
            "title": f"Preview: {template.title}",
            "template": template,
            "seeds_text": ", ".join(str(seed) for seed in seeds),
            "seed_problem": seed_problem,
            "stats": selectors.template_stats(template),
            "assets": entry_assets("src/admin-preview.tsx"),
            "check_seeds": authoring.CHECK_SEEDS,
        }
        try:
            data = authoring.template_data(template)
        except ContentErrors as exc:
            context["content_errors"] = [str(error) for error in exc.errors]
        else:
            context["data"] = data
            context["columns"] = authoring.preview_columns(data, seeds)
            if request.GET.get("check"):
                context["report"] = authoring.run_checks(data)
        return TemplateResponse(request, "admin/exercises/exercisetemplate/preview.html", context)


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

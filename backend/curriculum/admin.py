from django.contrib import admin
from django.db.models import Count, QuerySet
from django.http import HttpRequest

from .models import Prerequisite, Resource, ResourceTopic, Role, RoleTopic, Topic


class RetiredFilter(admin.SimpleListFilter):
    title = "status"
    parameter_name = "status"

    def lookups(self, request: HttpRequest, model_admin: admin.ModelAdmin) -> list[tuple[str, str]]:
        return [("active", "Active"), ("retired", "Retired")]

    def queryset(self, request: HttpRequest, queryset: QuerySet) -> QuerySet:
        if self.value() == "active":
            return queryset.filter(retired_at__isnull=True)
        if self.value() == "retired":
            return queryset.filter(retired_at__isnull=False)
        return queryset


class PrerequisiteInline(admin.TabularInline):
    model = Prerequisite
    fk_name = "topic"
    extra = 0
    autocomplete_fields = ["prerequisite"]
    verbose_name = "prerequisite (study first)"
    verbose_name_plural = "prerequisites (study first)"


class DependentInline(admin.TabularInline):
    model = Prerequisite
    fk_name = "prerequisite"
    extra = 0
    autocomplete_fields = ["topic"]
    verbose_name = "dependent topic"
    verbose_name_plural = "dependent topics (study after)"


class TopicResourceInline(admin.TabularInline):
    model = ResourceTopic
    fk_name = "topic"
    extra = 0
    autocomplete_fields = ["resource"]


@admin.register(Topic)
class TopicAdmin(admin.ModelAdmin):
    list_display = ["title", "slug", "area", "estimated_hours", "prerequisite_count", "retired_at"]
    list_filter = ["area", RetiredFilter]
    search_fields = ["title", "slug", "summary"]
    readonly_fields = ["created_at", "updated_at"]
    inlines = [PrerequisiteInline, DependentInline, TopicResourceInline]

    def get_queryset(self, request: HttpRequest) -> QuerySet:
        return super().get_queryset(request).annotate(n_prereqs=Count("prerequisite_links"))

    @admin.display(description="prerequisites", ordering="n_prereqs")
    def prerequisite_count(self, topic: Topic) -> int:
        return topic.n_prereqs  # type: ignore[attr-defined]


@admin.register(Prerequisite)
class PrerequisiteAdmin(admin.ModelAdmin):
    list_display = ["prerequisite", "topic"]
    search_fields = ["topic__title", "prerequisite__title", "topic__slug", "prerequisite__slug"]
    list_filter = ["topic__area"]
    autocomplete_fields = ["topic", "prerequisite"]
    list_select_related = ["topic", "prerequisite"]


class RoleTopicInline(admin.TabularInline):
    model = RoleTopic
    extra = 0
    autocomplete_fields = ["topic"]


@admin.register(Role)
class RoleAdmin(admin.ModelAdmin):
    list_display = ["title", "slug", "position", "longer_than_plan", "retired_at"]
    list_filter = [RetiredFilter, "longer_than_plan"]
    search_fields = ["title", "slug"]
    inlines = [RoleTopicInline]


class ResourceTopicInline(admin.TabularInline):
    model = ResourceTopic
    fk_name = "resource"
    extra = 0
    autocomplete_fields = ["topic"]


@admin.register(Resource)
class ResourceAdmin(admin.ModelAdmin):
    list_display = ["title", "provider", "kind", "cost", "retired_at"]
    list_filter = ["kind", "cost", RetiredFilter]
    search_fields = ["title", "authors", "provider", "url"]
    inlines = [ResourceTopicInline]

from django.contrib import admin

from .models import LearnerProfile, LevelChange, Pause, TopicProgress


@admin.register(LearnerProfile)
class LearnerProfileAdmin(admin.ModelAdmin):
    list_display = ["user", "role", "hours_per_day", "study_days_per_week", "target_date"]
    list_select_related = ["user", "role"]
    search_fields = ["user__username"]
    filter_horizontal = ["custom_topics"]


class LevelChangeInline(admin.TabularInline):
    model = LevelChange
    extra = 0
    readonly_fields = ["at", "from_level", "to_level", "p_known", "reason"]
    can_delete = False


@admin.register(TopicProgress)
class TopicProgressAdmin(admin.ModelAdmin):
    list_display = ["user", "topic", "level", "p_known", "attempts", "correct", "due_at"]
    list_filter = ["level", "topic__area"]
    list_select_related = ["user", "topic"]
    search_fields = ["user__username", "topic__slug"]
    readonly_fields = [field.name for field in TopicProgress._meta.fields]
    inlines = [LevelChangeInline]


@admin.register(Pause)
class PauseAdmin(admin.ModelAdmin):
    list_display = ["user", "starts_on", "ends_on", "reason"]
    list_select_related = ["user"]
    search_fields = ["user__username"]

from django.contrib import admin

from .models import Invite, Membership, StudyGroup


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0
    raw_id_fields = ["user"]


@admin.register(StudyGroup)
class StudyGroupAdmin(admin.ModelAdmin):
    list_display = ["name", "visibility", "goal", "created_at"]
    list_filter = ["visibility"]
    search_fields = ["name"]
    inlines = [MembershipInline]


@admin.register(Invite)
class InviteAdmin(admin.ModelAdmin):
    list_display = ["group", "created_at", "expires_at", "uses", "max_uses", "revoked_at"]
    readonly_fields = ["code"]

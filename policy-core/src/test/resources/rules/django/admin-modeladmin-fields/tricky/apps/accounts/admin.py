from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin

from apps.accounts.models import Team, User


class TeamMemberInline(admin.StackedInline):  # ok: django/admin-modeladmin-fields
    model = Team.members.through


class TeamAdmin(admin.ModelAdmin):  # expect: django/admin-modeladmin-fields
    inlines = [TeamMemberInline]
    list_display = ["name"]
    readonly_fields = ["created"]

    def get_list_display(self, request):
        fields = ["name", "owner"]
        return fields


class UserAdmin(DjangoUserAdmin):  # ok: django/admin-modeladmin-fields  (inherits Django's fieldsets)
    list_display = ["email"]


class Options:  # ok: django/admin-modeladmin-fields
    fields = []

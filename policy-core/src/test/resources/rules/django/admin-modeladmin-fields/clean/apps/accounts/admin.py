from django.contrib import admin

from apps.accounts.models import Address, Profile, User


class AddressInline(admin.TabularInline):  # ok: django/admin-modeladmin-fields
    model = Address
    extra = 0


@admin.register(User)
class UserAdmin(admin.ModelAdmin):
    fieldsets = (
        (None, {"fields": ("email", "password")}),
        ("Permissions", {"fields": ("is_active", "is_staff", "groups")}),
    )
    list_display = ("email", "is_staff", "date_joined")
    readonly_fields = ("date_joined", "last_login")
    inlines = [AddressInline]


@admin.register(Profile)
class ProfileAdmin(admin.ModelAdmin):
    list_display = ["user", "created"]

    def get_fields(self, request, obj=None):
        return ["user", "avatar", "bio"] if obj else ["user"]

    def get_readonly_fields(self, request, obj=None):
        return ["user"] if obj else []

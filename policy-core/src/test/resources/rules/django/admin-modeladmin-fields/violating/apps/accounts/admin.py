from django.contrib import admin

from apps.accounts.models import Address, Profile, User


@admin.register(User)
class UserAdmin(admin.ModelAdmin):  # expect: django/admin-modeladmin-fields
    list_display = ["email", "is_staff", "date_joined"]
    search_fields = ["email"]


@admin.register(Profile)
class ProfileAdmin(admin.ModelAdmin):  # expect: django/admin-modeladmin-fields
    fields = ["user", "avatar", "bio"]
    list_display = ["user"]


class AddressAdmin(admin.ModelAdmin):  # expect: django/admin-modeladmin-fields
    pass


admin.site.register(Address, AddressAdmin)

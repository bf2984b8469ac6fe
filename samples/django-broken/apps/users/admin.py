from django.contrib import admin

from .models import User


@admin.register(User)
class UserAdmin(admin.ModelAdmin):
    fields = ["username", "email", "display_name", "is_active", "date_joined"]
    list_display = ["username", "email", "is_active"]
    readonly_fields = ["date_joined"]

from django.contrib import admin

from .models import Report


@admin.register(Report)
class ReportAdmin(admin.ModelAdmin):
    fields = ["title"]
    list_display = ["title", "generated_at"]
    readonly_fields = ["generated_at"]

from django.contrib import admin

from .models import Subscription


class SubscriptionAdmin(admin.ModelAdmin):
    fields = ["user", "plan", "status", "start_date", "end_date", "stripe_subscription_id"]
    list_display = ["user", "plan", "status", "start_date"]
    readonly_fields = ["stripe_subscription_id"]


admin.site.register(Subscription, SubscriptionAdmin)

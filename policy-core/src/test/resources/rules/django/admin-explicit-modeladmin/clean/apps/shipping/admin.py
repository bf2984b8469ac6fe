from django.contrib import admin

from apps.shipping.models import Carrier, Shipment


@admin.register(Shipment)
class ShipmentAdmin(admin.ModelAdmin):
    fields = ["order", "carrier", "tracking_number", "shipped_at"]
    list_display = ["order", "carrier", "tracking_number", "shipped_at"]
    readonly_fields = ["shipped_at"]


class CarrierAdmin(admin.ModelAdmin):
    fields = ["name", "tracking_url"]
    list_display = ["name"]
    readonly_fields = []


admin.site.register(Carrier, CarrierAdmin)

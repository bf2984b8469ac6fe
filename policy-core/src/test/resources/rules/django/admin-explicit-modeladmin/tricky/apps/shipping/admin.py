from django.contrib import admin
from django.contrib.admin import site

from apps.shipping.models import Carrier, Parcel, Shipment
from apps.shipping.registry import carriers
from apps.shipping.sites import ops_admin_site


class ParcelAdmin(admin.ModelAdmin):
    fields = ["shipment", "weight"]
    list_display = ["shipment", "weight"]
    readonly_fields = ["weight"]


admin.site.register(Parcel, admin_class=ParcelAdmin)  # ok: django/admin-explicit-modeladmin
admin.register(Shipment, site=ops_admin_site)(ParcelAdmin)  # ok: django/admin-explicit-modeladmin
site.register(Carrier)  # expect: django/admin-explicit-modeladmin
ops_admin_site.register(Shipment)  # expect: django/admin-explicit-modeladmin
carriers.register(Carrier)  # ok: django/admin-explicit-modeladmin  (not an admin site)

from django.contrib import admin

from apps.shipping.models import Carrier, Shipment, ShippingZone, Tracking

admin.site.register(Carrier)  # expect: django/admin-explicit-modeladmin
admin.site.register([ShippingZone, Tracking])  # expect: django/admin-explicit-modeladmin

for model in (Shipment,):
    admin.site.register(model)  # expect: django/admin-explicit-modeladmin

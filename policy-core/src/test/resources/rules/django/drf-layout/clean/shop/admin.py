from django.contrib import admin

admin.site.register(Product)

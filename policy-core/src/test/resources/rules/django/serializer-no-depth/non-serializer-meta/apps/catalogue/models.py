from django import forms
from django.db import models
from rest_framework import serializers


class Category(models.Model):
    name = models.CharField(max_length=128)
    depth = models.PositiveIntegerField(default=0)  # ok: django/serializer-no-depth
    parent = models.ForeignKey("self", null=True, blank=True, on_delete=models.CASCADE)

    class Meta:
        ordering = ["depth", "name"]
        depth = 1  # ok: django/serializer-no-depth  (not a serializer's Meta)


class CategoryForm(forms.ModelForm):
    class Meta:
        model = Category
        fields = ["name", "parent"]
        depth = 2  # ok: django/serializer-no-depth


class CategorySerializer(serializers.ModelSerializer):
    depth = 1  # ok: django/serializer-no-depth  (class attribute, DRF only reads Meta.depth)

    class Meta:
        model = Category
        fields = ["id", "name", "depth"]
        depth = 0  # ok: django/serializer-no-depth  (no nesting)

    def get_tree(self, obj):
        class Meta:
            depth = 1  # ok: django/serializer-no-depth  (local class, not the serializer's Meta)

        return Meta

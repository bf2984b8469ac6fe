from django import forms
from django.db import models
from rest_framework import serializers


class Customer(models.Model):
    nickname = models.CharField(max_length=40, blank=True, default="")
    notes = models.TextField(blank=True)
    tax_number = models.CharField(max_length=20, null=True, blank=True, unique=True)
    birthday = models.DateField(null=True, blank=True)
    is_vip = models.BooleanField(null=True)


class CustomerForm(forms.Form):
    nickname = forms.CharField(required=False)


class CustomerSerializer(serializers.Serializer):
    nickname = serializers.CharField(allow_null=True)

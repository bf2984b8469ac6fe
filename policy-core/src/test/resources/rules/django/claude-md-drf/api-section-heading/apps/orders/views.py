from rest_framework import viewsets

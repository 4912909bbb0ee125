from django.urls import path

from .site import api

urlpatterns = [path("", api.urls)]

from django.apps import AppConfig


class GitlabConfig(AppConfig):
    name = "addons.gitlab"

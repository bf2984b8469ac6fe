# Django's command-line utility

from .base import *  # noqa

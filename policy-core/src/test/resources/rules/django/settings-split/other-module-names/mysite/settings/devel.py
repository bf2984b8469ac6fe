from .defaults import *  # noqa
DEBUG = True

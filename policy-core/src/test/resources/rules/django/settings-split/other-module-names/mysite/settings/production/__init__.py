from ..defaults import *  # noqa

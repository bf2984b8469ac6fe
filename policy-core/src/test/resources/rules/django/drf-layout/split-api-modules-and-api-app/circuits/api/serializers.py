from .serializers_.circuits import CircuitSerializer

__all__ = ["CircuitSerializer"]

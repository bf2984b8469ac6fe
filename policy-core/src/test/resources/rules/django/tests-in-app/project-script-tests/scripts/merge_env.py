def merge(*parts):
    return "\n".join(parts)

def run():
    return "done"

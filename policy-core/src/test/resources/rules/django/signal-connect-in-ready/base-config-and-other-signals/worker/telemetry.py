from celery.signals import worker_process_init


@worker_process_init.connect(weak=False)  # ok: django/signal-connect-in-ready
def start_tracing(*args, **kwargs):
    from worker.tracing import configure

    configure()

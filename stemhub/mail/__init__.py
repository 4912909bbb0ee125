"""Mail through the outbox: a backend that queues (backend.py) and the worker's delivery."""

"""Local SMTP servers for the fault tests, each on a free port of its own.

`GoodServer` is aiosmtpd and keeps what it receives; `BusyServer` answers every connection
with "421 busy"; `HangingServer` accepts and never says a word; `refused_port()` is a port
nobody listens on. Each counts the connections it saw.
"""

import socket
import threading

from aiosmtpd.controller import Controller


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def refused_port():
    return free_port()  # closed again at once: connecting is refused


class Recorder:
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(envelope)
        return "250 OK"


class GoodServer:
    def __init__(self, port=None):
        self.recorder = Recorder()
        self.port = port or free_port()
        self.controller = Controller(self.recorder, hostname="127.0.0.1", port=self.port)

    @property
    def messages(self):
        return self.recorder.messages

    @property
    def recipients(self):
        return sorted(tuple(envelope.rcpt_tos) for envelope in self.messages)

    def start(self):
        self.controller.start()
        return self

    def stop(self):
        self.controller.stop()


class RawServer:
    """A plain socket server whose every connection gets `greeting` (or nothing at all)."""

    greeting = b""

    def __init__(self, port=None):
        self.port = port or free_port()
        self.connections = 0
        self._open = []
        self._listener = socket.socket()
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", self.port))
        self._listener.listen(16)
        self._listener.settimeout(0.2)
        self._running = True
        self._thread = threading.Thread(target=self._serve, daemon=True)

    def start(self):
        self._thread.start()
        return self

    def _serve(self):
        while self._running:
            try:
                conn, _address = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self.connections += 1
            if self.greeting:
                conn.sendall(self.greeting)
                conn.close()
            else:
                self._open.append(conn)  # keep it open and silent

    def stop(self):
        self._running = False
        self._thread.join(timeout=2)
        for conn in self._open:
            conn.close()
        self._listener.close()


class BusyServer(RawServer):
    greeting = b"421 mail.example busy, try again later\r\n"


class HangingServer(RawServer):
    greeting = b""

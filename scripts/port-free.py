"""Exit 0 when `make run` can serve on 127.0.0.1:PORT, else say what to do and exit 2.

`make run` sets up, replays and reports for a minute before it starts the service; a port
already taken (often a first `make run` still serving) is said before all that, with the
fix a `make run` user can apply (trial47 B1: `serve`'s own fix names `--port`, which
`make run` does not pass on).
"""

from __future__ import annotations

import socket
import sys


def main() -> int:
    port = int(sys.argv[1])
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            free = socket.socket()
            free.bind(("127.0.0.1", 0))
            other = free.getsockname()[1]
            free.close()
            print(
                f"Error: port {port} on 127.0.0.1 is already in use (is an earlier `make run` "
                f"still serving? Stop it with Ctrl-C in its terminal). Fix: stop it, or run on "
                f"another port: make run PORT={other}",
                file=sys.stderr,
            )
            return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())

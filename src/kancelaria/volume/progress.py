"""A progress bar on the terminal: items done of the total, rate, time left."""

import sys
import time


class Progress:
    def __init__(self, total, label="", stream=None, every=0.5):
        self.total = max(total, 1)
        self.label = label
        self.stream = stream or sys.stderr
        self.every = every
        self.done = 0
        self.started = time.monotonic()
        self._shown = 0.0
        self.tty = getattr(self.stream, "isatty", lambda: False)()

    def line(self):
        elapsed = max(time.monotonic() - self.started, 1e-6)
        rate = self.done / elapsed
        left = (self.total - self.done) / rate if rate else 0
        width = 30
        filled = int(width * self.done / self.total)
        bar = "#" * filled + "-" * (width - filled)
        return (
            f"{self.label} [{bar}] {self.done:,}/{self.total:,} "
            f"{rate:,.0f}/s ETA {int(left // 60)}:{int(left % 60):02d}"
        )

    def update(self, count=1):
        self.done += count
        now = time.monotonic()
        if now - self._shown >= (self.every if self.tty else 15) or self.done >= self.total:
            self._shown = now
            end = "\r" if self.tty and self.done < self.total else "\n"
            self.stream.write(self.line() + end)
            self.stream.flush()

    def close(self):
        elapsed = time.monotonic() - self.started
        self.stream.write(f"{self.label}: {self.done:,} items in {elapsed:,.0f} s\n")
        self.stream.flush()
        return elapsed

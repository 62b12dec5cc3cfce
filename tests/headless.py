"""Drive a headless Chromium from tests: open a page, run JavaScript, take a screenshot.

Talks the DevTools protocol over ``--remote-debugging-pipe`` (JSON messages ended
by a NUL byte, commands on the browser's fd 3, answers on its fd 4): no network
port, no extra package. Used by ``tests/test_html_browser.py`` and by
``scripts/docs_images.py`` (the README screenshots).

Example:
    >>> with Chromium() as browser:                              # doctest: +SKIP
    ...     browser.open("file:///tmp/page.html", width=390, height=900, mobile=True)
    ...     browser.evaluate("document.documentElement.scrollWidth")
    390
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
import select
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--no-first-run",
    "--no-default-browser-check",
    "--hide-scrollbars",
    "--mute-audio",
]

_TRAMPOLINE = (
    "import fcntl, os, sys\n"
    "high = [fcntl.fcntl(int(fd), fcntl.F_DUPFD, 10) for fd in sys.argv[1:3]]\n"
    "os.dup2(high[0], 3)\n"
    "os.dup2(high[1], 4)\n"
    "os.execv(sys.argv[3], sys.argv[3:])\n"
)


def find_chromium() -> str | None:
    """The Chromium executable on PATH (Debian's ``chromium``), or None."""
    for name in (os.environ.get("QAWL_CHROMIUM", ""), "chromium", "chromium-browser"):
        if name and shutil.which(name):
            return shutil.which(name)
    return None


class ChromiumError(RuntimeError):
    """The browser answered with an error, closed, or did not answer in time."""


class Chromium:
    """One headless Chromium with one page, driven over the DevTools pipe.

    Args:
        binary: The executable (default: :func:`find_chromium`).
        timeout: Seconds to wait for any one answer.
    """

    def __init__(self, binary: str | None = None, timeout: float = 30.0):
        binary = binary or find_chromium()
        if not binary:
            raise ChromiumError("no chromium on PATH (Debian: apt-get install chromium)")
        self.timeout = timeout
        self._profile = tempfile.mkdtemp(prefix="qawl-chromium-")
        to_browser_r, self._to_browser = os.pipe()
        self._from_browser, from_browser_w = os.pipe()
        # A Python trampoline moves our pipe ends onto the fds 3 and 4 the browser
        # expects (first above 9, so neither end is overwritten by the other's move).
        self._proc = subprocess.Popen(
            [
                sys.executable,
                "-c",
                _TRAMPOLINE,
                str(to_browser_r),
                str(from_browser_w),
                binary,
                *FLAGS,
                f"--user-data-dir={self._profile}",
                "--remote-debugging-pipe",
                "about:blank",
            ],
            pass_fds=(to_browser_r, from_browser_w),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        os.close(to_browser_r)
        os.close(from_browser_w)
        self._buffer = b""
        self._next_id = 0
        self._session: str | None = None
        try:
            targets = self.send("Target.getTargets")["targetInfos"]
            page = next((t for t in targets if t["type"] == "page"), None)
            target = (
                page["targetId"] if page else self.send("Target.createTarget", url="about:blank")["targetId"]
            )
            self._session = self.send("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
        except BaseException:
            self.close()  # a browser that started but does not answer is not left running
            raise

    def _read_message(self, deadline: float) -> dict:
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self._from_browser], [], [], left)[0]:
                raise ChromiumError(f"no answer from chromium within {self.timeout} s")
            chunk = os.read(self._from_browser, 1 << 16)
            if not chunk:
                raise ChromiumError("chromium closed the DevTools pipe")
            self._buffer += chunk
        raw, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(raw)

    def send(self, method: str, **params: Any) -> dict:
        """Send one DevTools command (to the page once attached) and return its result.

        Raises:
            ChromiumError: The browser reported an error or did not answer.
        """
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params}
        if self._session and not method.startswith(("Target.", "Browser.")):
            message["sessionId"] = self._session
        os.write(self._to_browser, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + self.timeout
        while True:
            answer = self._read_message(deadline)
            if answer.get("id") == self._next_id:  # anything else is an event
                if "error" in answer:
                    raise ChromiumError(f"{method}: {answer['error'].get('message')}")
                return answer.get("result", {})

    def open(self, url: str, width: int, height: int, mobile: bool = False, scale: float = 1.0) -> None:
        """Load ``url`` in a viewport of ``width`` × ``height`` CSS pixels and wait for it.

        ``mobile`` emulates a phone (the page's viewport meta tag applies);
        ``scale`` is the device pixel ratio of screenshots.
        """
        self.send(
            "Emulation.setDeviceMetricsOverride",
            width=width,
            height=height,
            deviceScaleFactor=scale,
            mobile=mobile,
        )
        self.send("Page.navigate", url=url)
        deadline = time.monotonic() + self.timeout
        while self.evaluate("document.readyState") != "complete" or self.evaluate(
            "location.href"
        ) != url.replace(" ", "%20"):
            if time.monotonic() > deadline:
                raise ChromiumError(f"{url} did not finish loading")
            time.sleep(0.05)
        self.evaluate("document.fonts.ready.then(() => true)")

    def evaluate(self, expression: str) -> Any:
        """The value of a JavaScript expression in the page (promises are awaited).

        Raises:
            ChromiumError: The expression threw.
        """
        result = self.send("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in result:
            raise ChromiumError(f"{expression[:60]}…: {result['exceptionDetails'].get('text')}")
        return result["result"].get("value")

    def screenshot(self, path: str | Path, full_page: bool = True) -> Path:
        """Save the page as a PNG: the whole page, or the viewport only."""
        params: dict[str, Any] = {"format": "png"}
        if full_page:
            size = self.evaluate(
                "[document.documentElement.scrollWidth, document.documentElement.scrollHeight]"
            )
            params.update(
                captureBeyondViewport=True,
                clip={"x": 0, "y": 0, "width": size[0], "height": size[1], "scale": 1},
            )
        data = self.send("Page.captureScreenshot", **params)["data"]
        path = Path(path)
        path.write_bytes(base64.b64decode(data))
        return path

    def close(self) -> None:
        """Close the browser and remove its throwaway profile."""
        try:
            if self._proc.poll() is None:
                self._session = None
                with contextlib.suppress(ChromiumError, OSError):
                    self.send("Browser.close")
                try:
                    self._proc.wait(timeout=10)
                except subprocess.TimeoutExpired:
                    self._proc.kill()
                    self._proc.wait()
        finally:
            for fd in (self._to_browser, self._from_browser):
                with contextlib.suppress(OSError):
                    os.close(fd)
            shutil.rmtree(self._profile, ignore_errors=True)

    def __enter__(self) -> Chromium:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

"""Upload a video at a slow line's pace to gunicorn started here, and say whether it finished.

    .venv/bin/python bench/uploads.py                  # 100 MiB at 2 MiB/s, gunicorn.conf.py
    .venv/bin/python bench/uploads.py --compare-sync   # also gunicorn's sync worker, 30 s timeout
    .venv/bin/python bench/uploads.py --mib 20 --rate 4

Builds a throwaway site (production settings, SQLite, demo content) under /tmp, starts
gunicorn on a free port, posts the partner video form with a streamed multipart body throttled
to --rate MiB/s, and prints the status, the time taken and whether the submission was stored.
"""

import argparse
import http.client
import io
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
GUNICORN = str(Path(sys.executable).with_name("gunicorn"))
FORM_PATH = "/nl/partners/video-indienen/"
BOUNDARY = "----stemhub-bench-boundary"
MIB = 2**20


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def environment(workdir):
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "stemhub.settings.production",
        "SECRET_KEY": "bench-" + "x" * 50,
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "false",
        "DATABASE_URL": f"sqlite:///{workdir}/db.sqlite3",
        "MEDIA_ROOT": f"{workdir}/media",
        "STATIC_ROOT": f"{workdir}/static",
        "STEMHUB_UPLOAD_TEMP_DIR": f"{workdir}/upload-tmp",
        "STEMHUB_SUBMISSION_RATE_LIMIT": "100",
        "LOG_LEVEL": "WARNING",
    }


def manage(env, *args):
    subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True)  # noqa: S603


def build_site(env):
    for command in (
        ["migrate", "--noinput", "-v0"],
        ["update_translation_fields"],
        ["set_translation_url_paths"],
        ["compile_catalogues"],
        ["collectstatic", "--noinput", "-v0"],
        ["load_demo", "--no-admin"],
    ):
        manage(env, *command)


def form_choices(env):
    """Ids the form needs: a partner, two profile types, an education route, a sector."""
    script = (
        "import django; django.setup()\n"
        "from videos.models import ProfileType, EducationRoute\n"
        "from partners.models import PartnerPage\n"
        "from taxonomy.models import Sector\n"
        "print(PartnerPage.objects.live().first().pk, "
        "*ProfileType.objects.values_list('pk', flat=True)[:2], "
        "EducationRoute.objects.values_list('pk', flat=True).first(), "
        "Sector.objects.values_list('pk', flat=True).first())\n"
    )
    out = subprocess.run(  # noqa: S603
        [PYTHON, "-c", script], cwd=ROOT, env=env, check=True, capture_output=True, text=True
    )
    return out.stdout.split()


def get_form(port):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    connection.request("GET", FORM_PATH)
    response = connection.getresponse()
    html = response.read().decode()
    cookie = response.getheader("Set-Cookie", "").split(";")[0]
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    return cookie, token


def poster_png():
    buffer = io.BytesIO()
    Image.new("RGB", (640, 360), (45, 42, 140)).save(buffer, format="PNG")
    return buffer.getvalue()


def multipart(fields, files, video_bytes):
    """(parts, length): a list of bytes objects and one ("video", size) placeholder."""
    parts = []
    for name, value in fields:
        parts.append(
            f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'
            f"{value}\r\n".encode()
        )
    for name, filename, content_type, data in files:
        head = (
            f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="{name}"; '
            f'filename="{filename}"\r\nContent-Type: {content_type}\r\n\r\n'
        ).encode()
        parts += [head, data, b"\r\n"]
    head = (
        f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="submission-video_file"; '
        f'filename="interview.mp4"\r\nContent-Type: video/mp4\r\n\r\n'
    ).encode()
    parts += [head, ("video", video_bytes), b"\r\n", f"--{BOUNDARY}--\r\n".encode()]
    length = sum(part[1] if isinstance(part, tuple) else len(part) for part in parts)
    return parts, length


def video_chunks(size, chunk=256 * 1024):
    header = b"\x00\x00\x00\x20ftypisom\x00\x00\x02\x00isomiso2avc1mp41"
    yield header
    left = size - len(header)
    filler = os.urandom(chunk)  # not all zeros: nothing on the way can compress it away
    while left > 0:
        yield filler[: min(chunk, left)]
        left -= chunk


def throttled(parts, rate_bytes, chunk=256 * 1024):
    start, sent = time.monotonic(), 0
    for part in parts:
        pieces = video_chunks(part[1], chunk) if isinstance(part, tuple) else [part]
        for piece in pieces:
            yield piece
            sent += len(piece)
            ahead = sent / rate_bytes - (time.monotonic() - start)
            if ahead > 0:
                time.sleep(ahead)


def upload(port, env, size, rate):
    cookie, token = get_form(port)
    partner, theory, practice, route, sector = form_choices(env)
    fields = [
        ("csrfmiddlewaretoken", token),
        ("submission-partner", partner),
        ("submission-sectors", sector),
        ("submission-contact_name", "An Peeters"),
        ("submission-email", "an.peeters@example.org"),
        ("submission-title_nl", f"Bench {time.time():.0f}"),
        ("submission-summary_nl", "Een grote video over een trage lijn."),
        ("submission-hero_1_name", "Sofie"),
        ("submission-hero_1_role", "Ingenieur"),
        ("submission-hero_1_profile_type", theory),
        ("submission-hero_1_education_route", route),
        ("submission-hero_2_name", "Jens"),
        ("submission-hero_2_role", "Operator"),
        ("submission-hero_2_profile_type", practice),
        ("submission-hero_2_education_route", route),
        ("submission-confirms_right_to_publish", "on"),
        ("submission-confirms_consent", "on"),
        ("submission-confirms_parental_consent", "on"),
        ("submission-confirms_privacy_notice", "on"),
    ]
    files = [("submission-poster", "poster.png", "image/png", poster_png())]
    parts, length = multipart(fields, files, size)
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
    start = time.monotonic()
    try:
        connection.putrequest("POST", FORM_PATH)
        connection.putheader("Content-Type", f"multipart/form-data; boundary={BOUNDARY}")
        connection.putheader("Content-Length", str(length))
        connection.putheader("Cookie", cookie)
        connection.putheader("Referer", f"http://127.0.0.1:{port}{FORM_PATH}")
        connection.endheaders()
        for piece in throttled(parts, rate * MIB):
            connection.send(piece)
        response = connection.getresponse()
        body = response.read().decode(errors="replace")
        outcome = f"HTTP {response.status} {response.getheader('Location', '')[:40]}"
        if response.status != 302:
            refused = re.findall(r'id="id_submission-([a-z_0-9]+)-error">([^<]*)<', body)
            outcome += f" {refused}"
    except (ConnectionError, http.client.HTTPException, TimeoutError) as error:
        outcome = f"cut off: {type(error).__name__}: {error}"
    return outcome, time.monotonic() - start


def stored_videos(workdir):
    folder = Path(workdir) / "media/partners/submissions/videos"
    return sorted((p.name, p.stat().st_size) for p in folder.iterdir()) if folder.exists() else []


def run(label, gunicorn_args, env, workdir, size, rate):
    port = free_port()
    server = subprocess.Popen(  # noqa: S603
        [GUNICORN, "stemhub.wsgi", *gunicorn_args, "--bind", f"127.0.0.1:{port}"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.2)
        before = stored_videos(workdir)
        outcome, seconds = upload(port, env, size, rate)
        stored = [video for video in stored_videos(workdir) if video not in before]
    finally:
        server.terminate()
        server.wait(timeout=30)
    print(
        f"{label:<34}{outcome:<48}{seconds:>7.1f} s  stored: {stored[0][1] / MIB:.0f} MiB"
        if stored
        else f"{label:<34}{outcome:<48}{seconds:>7.1f} s  stored: nothing"
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mib", type=int, default=100, help="video size in MiB (default 100)")
    parser.add_argument("--rate", type=float, default=2.0, help="MiB per second (default 2)")
    parser.add_argument("--compare-sync", action="store_true")
    options = parser.parse_args()
    workdir = tempfile.mkdtemp(prefix="stemhub-bench-uploads-")
    env = environment(workdir)
    Path(env["STEMHUB_UPLOAD_TEMP_DIR"]).mkdir(parents=True, exist_ok=True)
    print(f"Building a throwaway site in {workdir} …", flush=True)
    build_site(env)
    size = options.mib * MIB
    print(f"Uploading {options.mib} MiB at {options.rate:g} MiB/s")
    run("gunicorn.conf.py (gthread)", ["-c", "gunicorn.conf.py"], env, workdir, size, options.rate)
    if options.compare_sync:
        sync = ["--worker-class", "sync", "--workers", "1", "--timeout", "30"]
        run("sync worker, --timeout 30", sync, env, workdir, size, options.rate)
    shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()

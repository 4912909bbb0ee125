"""Steps the Chromium tests of the public forms share: an editor signs in and approves a draft
in the page editor's workflow menu; an image file to upload."""

from PIL import Image


def sign_in(admin, live_server, username, password):
    admin.goto(f"{live_server.url}/admin/login/")
    admin.locator("#id_username").fill(username)
    admin.locator("#id_password").fill(password)
    admin.locator("#id_password").press("Enter")
    admin.wait_for_url(f"{live_server.url}/admin/")


def approve_draft(admin):
    """On a page's edit view: "Approve" from the footer's workflow menu, and wait for it."""
    approve = admin.locator(
        'button[data-workflow-action-name="approve"]:not([data-workflow-action-modal-url])'
    )
    if not approve.is_visible():
        admin.locator("footer .dropdown-toggle, [data-w-dropdown-target='toggle']").last.click()
    with admin.expect_navigation():
        approve.click()


def png_file(path, width=640, height=360):
    Image.new("RGB", (width, height), (45, 42, 140)).save(path)
    return path

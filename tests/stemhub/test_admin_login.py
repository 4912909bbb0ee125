"""The admin sign-in: locked after repeated wrong passwords, unlocked by an administrator."""

import pytest
from axes.models import AccessAttempt
from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError

LOGIN = "/admin/login/"
PASSWORD = "een-lang-genoeg-wachtwoord"


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_user(
        "redacteur", "redactie@example.org", PASSWORD, is_staff=True
    )


def sign_in(client, password, address="192.0.2.10", language="nl"):
    return client.post(
        LOGIN,
        {"username": "redacteur", "password": password},
        REMOTE_ADDR=address,
        HTTP_ACCEPT_LANGUAGE=language,
    )


def test_wrong_passwords_lock_the_user_at_that_address(client, editor, settings):
    for _attempt in range(settings.AXES_FAILURE_LIMIT - 1):
        assert sign_in(client, "fout").status_code == 200  # the form again, with its error
    locked = sign_in(client, "fout")
    assert locked.status_code == 429
    # Now even the right password is refused, with a clear Dutch message.
    response = sign_in(client, PASSWORD)
    assert response.status_code == 429
    html = response.content.decode()
    assert "Aanmelden geblokkeerd" in html
    assert "5 keer na elkaar" in html
    assert "_auth_user_id" not in client.session


def test_lock_message_is_english_for_an_english_browser(client, editor, settings):
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, "wrong", language="en")
    html = sign_in(client, PASSWORD, language="en").content.decode()
    assert "Sign-in locked" in html
    assert "5 times in a row" in html


def test_another_address_is_not_locked(client, editor, settings):
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, "fout")
    response = sign_in(client, PASSWORD, address="198.51.100.7")
    assert response.status_code == 302
    assert response["Location"] == "/admin/"


def test_an_administrator_sees_and_unlocks_a_locked_editor(client, editor, admin_client, settings):
    for _attempt in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, "fout")
    attempt = AccessAttempt.objects.get(username="redacteur")
    listing = admin_client.get("/admin/stemhub_locked_sign_ins/")
    assert listing.status_code == 200
    html = listing.content.decode()
    assert "redacteur" in html and "192.0.2.10" in html
    delete_url = f"/admin/stemhub_locked_sign_ins/delete/{attempt.pk}/"
    assert admin_client.post(delete_url).status_code == 302
    assert not AccessAttempt.objects.exists()
    assert sign_in(client, PASSWORD).status_code == 302


def test_editors_cannot_see_or_unlock_sign_ins(client, editor):
    from django.contrib.auth.models import Permission

    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)
    assert client.get("/admin/stemhub_locked_sign_ins/").status_code in {302, 403}


@pytest.mark.parametrize("password", ["stemhelden", "password1234", "123456789012", "kort"])
def test_weak_passwords_are_refused(db, password):
    with pytest.raises(ValidationError):
        validate_password(password)


def test_a_long_uncommon_password_is_accepted(db):
    validate_password("drie-fietsen-op-een-dak")

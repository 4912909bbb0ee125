import pytest


@pytest.mark.parametrize("language", ["nl", "en"])
def test_home_page_renders_in_each_language(client, home_page, language):
    response = client.get(f"/{language}/")
    assert response.status_code == 200
    assert f'<html lang="{language}">'.encode() in response.content

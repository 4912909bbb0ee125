"""After an invalid send the error summary takes the focus and the title starts with "Fout:"."""

from bs4 import BeautifulSoup

from .conftest import SUBMIT_NL


def test_invalid_submission_focuses_its_error_summary(client, valid_data):
    response = client.post(SUBMIT_NL, valid_data(contact_name=""))
    assert response.status_code == 400  # the form answers a bad request, with the form
    html = BeautifulSoup(response.content, "html.parser")
    summary = html.find(id="error-summary")
    assert summary is not None and summary.has_attr("data-focus-on-load")
    assert html.title.get_text().startswith("Fout: ")
    assert html.select_one("form.submission-form")["action"] == SUBMIT_NL
    assert html.find("script", src=lambda src: src and src.endswith("js/focus.js"))

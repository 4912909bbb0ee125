from bs4 import BeautifulSoup


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def result_titles(response):
    return [
        a.get_text(strip=True) for a in soup(response).select(".initiative-card .card__title a")
    ]


def option_count(response, facet, value):
    """The count shown beside a facet option, or None when the option is not shown."""
    page = soup(response)
    node = page.find("input", attrs={"name": facet, "value": value})
    if node is not None:
        label = page.find("label", attrs={"for": node["id"]})
        text = label.select_one(".facet__count").get_text()
    else:
        option = page.select_one(f"select[name={facet}] option[value='{value}']")
        if option is None:
            return None
        text = option.get_text()
    return int(text.rsplit("(", 1)[1].split(")")[0].split()[0])

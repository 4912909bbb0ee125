"""Known crawlers and scripts, recognised by their user agent, so they are never counted.

The user agent is only read here, to decide whether to count; it is never stored. Browsers always
send one, so a request without it is not counted either.
"""

import re

# Words that crawlers, link previewers, monitors and HTTP libraries put in their user agent.
# Generic words first (they catch most: Googlebot, bingbot, YandexBot, AhrefsBot, …), then the
# well-known ones that use none of them.
KNOWN_CRAWLER_WORDS = [
    "bot",
    "crawl",
    "spider",
    "slurp",  # Yahoo
    "scraper",
    "archiver",
    "mediapartners",  # Google AdSense
    "adsbot",
    "apis-google",
    "google-inspectiontool",
    "googleother",
    "google-extended",
    "feedfetcher",
    "bingpreview",
    "facebookexternalhit",
    "facebookcatalog",
    "meta-externalagent",
    "embedly",
    "quora link preview",
    "outbrain",
    "pinterest",
    "vkshare",
    "w3c_validator",
    "lighthouse",
    "chrome-lighthouse",
    "pagespeed",
    "gtmetrix",
    "pingdom",
    "uptimerobot",
    "statuscake",
    "site24x7",
    "phantomjs",
    "gptbot",
    "chatgpt-user",
    "claudebot",
    "anthropic-ai",
    "ccbot",
    "perplexity",
    "bytespider",
    "petalbot",
    "semrush",
    "mj12",
    "dotbot",
    "seznam",
    "ia_archiver",
    "curl/",
    "wget/",
    "python-requests",
    "python-urllib",
    "python-httpx",
    "aiohttp",
    "go-http-client",
    "java/",
    "okhttp",
    "libwww-perl",
    "httpclient",
    "node-fetch",
    "axios/",
    "scrapy",
]
CRAWLER_PATTERN = re.compile("|".join(re.escape(word) for word in KNOWN_CRAWLER_WORDS), re.I)


def is_bot(request):
    user_agent = request.META.get("HTTP_USER_AGENT", "").strip()
    return not user_agent or CRAWLER_PATTERN.search(user_agent) is not None

"""Scrapy settings for jobwatch: politeness is code; crawl(settings=...) overrides per run."""

from jobwatch.crawlers import platforms

BOT_NAME = "jobwatch"
SPIDER_MODULES = platforms.SPIDER_MODULES  # every spider there with a `platform` is a platform
NEWSPIDER_MODULE = "jobwatch.crawlers.spiders"

# An honest User-Agent with a contact URL, and robots.txt obeyed.
USER_AGENT = "jobwatch/0.1 (+https://github.com/jobwatch/jobwatch)"
ROBOTSTXT_OBEY = True

# AutoThrottle adapts the delay to the server's latency; the per-host limit caps bursts on shared
# ATS hosts (every Greenhouse board lives on the same API host).
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
DOWNLOAD_DELAY = 0.25
CONCURRENT_REQUESTS = 8
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_TIMEOUT = 30
# No response a server sends may take a crawl past 1 GB: a body (after decompression, so a gzip
# bomb too) over DOWNLOAD_MAXSIZE is dropped and its board fails with the reason; real board
# pages are well under 10 MB (a 1,000-posting Greenhouse board with content: ~6 MB).
DOWNLOAD_MAXSIZE = 50 * 1024 * 1024
DOWNLOAD_WARNSIZE = 10 * 1024 * 1024
# Measured here: one item per page, fewer concurrent items is ~16% faster (docs/design.md notes).
CONCURRENT_ITEMS = 1

# Retries: our subclass of RetryMiddleware waits before each retry (Retry-After, else backoff).
RETRY_ENABLED = True
RETRY_TIMES = 3
RETRY_HTTP_CODES = [408, 429, 500, 502, 503, 504, 522, 524]
RETRY_BACKOFF_BASE = 1.0  # seconds before the first retry; doubles on every further attempt
RETRY_BACKOFF_MAX = 60.0
# A Retry-After longer than RETRY_AFTER_MAX, or one that would take a board's waits past
# RETRY_BOARD_WAIT_MAX in all, is not waited for: the board fails at once with the reason
# (a server asking for an hour must not hold a crawl for 15 minutes and fail anyway).
RETRY_AFTER_MAX = 120.0
RETRY_BOARD_WAIT_MAX = 180.0
# A cut-off body reaches the retry middleware (flag "dataloss") instead of failing outright, so it
# is retried and, when retries run out, quarantined with its bytes and reason "truncated".
DOWNLOAD_FAIL_ON_DATALOSS = False
# The spider logs one WARNING per failed board with the reason; the give-up line would repeat it.
RETRY_GIVE_UP_LOG_LEVEL = "INFO"

DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "jobwatch.crawlers.middlewares.budget.RequestBudgetMiddleware": 540,
    "jobwatch.crawlers.middlewares.retry.PoliteRetryMiddleware": 550,
    # Outside the retry middleware, so every attempt's status is counted per board.
    "jobwatch.crawlers.middlewares.board_stats.BoardStatsMiddleware": 560,
}

# Requests one crawl of a source may make (retries included), per source: SOURCE_REQUEST_BUDGET
# (from the declarations below, e.g. {"smartrecruiters": 20000}); sources not in it get this.
SOURCE_REQUEST_BUDGET_DEFAULT = 1000

ITEM_PIPELINES = {"jobwatch.crawlers.pipelines.lake_writer.LakeWriterPipeline": 500}
EXTENSIONS = {
    # Archived pages become postings before the run log counts them (spider_closed, in order).
    "jobwatch.crawlers.extraction.ArchiveExtraction": 400,
    "jobwatch.crawlers.extensions.run_log.RunLogExtension": 500,
    "scrapy.extensions.telnet.TelnetConsole": None,
}

# Per platform, from its declaration (crawlers/platforms.py): <NAME>_BASE_URL (and regional hosts
# such as LEVER_EU_BASE_URL), SOURCE_REQUEST_BUDGET, and knobs such as REMOTIVE_MIN_DELAY.
# Every one is a plain setting: crawl(settings=...) or `-s` overrides it.
globals().update(platforms.setting_defaults())

# Set per crawl by jobwatch.crawlers.run: where items, quarantine and run rows go.
JOBWATCH_CRAWL_ID = None
JOBWATCH_WEEK = None
JOBWATCH_CRAWL_DIR = None  # the .tmp-crawl=<id> directory (lake mode)
JOBWATCH_OUT = None  # a .jsonl file instead of the lake (out mode)
# Worker processes extracting the archived pages when the spider closes (None: every usable
# core; 1: in the crawl process). crawlers/archive/.
JOBWATCH_EXTRACT_WORKERS = None

# Quiet by default: INFO goes to the crawl's log file, only WARNING and above to the console.
LOG_LEVEL = "INFO"
JOBWATCH_CONSOLE_LOG_LEVEL = "WARNING"
JOBWATCH_LOG_FILE = None
LOGSTATS_INTERVAL = 0
LOG_INSTALL_ROOT_HANDLER = (
    False  # jobwatch.crawlers.logs installs the file + console handlers instead
)

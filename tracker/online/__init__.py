"""Daily bars from online providers (Yahoo Finance's chart JSON, Stooq's CSV download).

Like `tracker.importers`, nothing here writes to the database: a provider turns one HTTP answer
into the same validated `ParsedBars` a price file gives, plus the dividends and splits the
provider reported, so the facade's one write path serves files and providers alike. Only the
standard library speaks HTTP (urllib), always with a timeout.
"""

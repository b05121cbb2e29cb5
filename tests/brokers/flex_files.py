"""IBKR Flex statements written for tests, in the shape IBKR's Activity Flex Query gives them."""
from __future__ import annotations

from xml.sax.saxutils import quoteattr

ACCOUNT = "U7654321"
ADS = {"assetCategory": "STK", "symbol": "BABA", "isin": "US01609W1027", "listingExchange": "NYSE",
       "currency": "USD", "conid": "166090175", "description": "ALIBABA GROUP HOLDING-SP ADR"}
HK = {"assetCategory": "STK", "symbol": "9988", "isin": "KYG017191142", "listingExchange": "SEHK",
      "currency": "HKD", "conid": "407611987", "description": "ALIBABA GROUP HOLDING LTD"}


def element(tag: str, attrs: dict) -> str:
    return f"<{tag} " + " ".join(f"{k}={quoteattr(str(v))}" for k, v in attrs.items()) + " />"


def trade(trade_id, day, side, quantity, price, commission="-1", taxes="0", listing=ADS, **extra) -> dict:
    signed = quantity if side == "BUY" else f"-{quantity}"
    return {"accountId": ACCOUNT, **listing, "tradeID": trade_id, "transactionID": f"9{trade_id}",
            "tradeDate": day, "dateTime": f"{day};101500", "quantity": signed, "tradePrice": price,
            "taxes": taxes, "ibCommission": commission, "ibCommissionCurrency": listing["currency"],
            "buySell": side, "levelOfDetail": "EXECUTION", **extra}


def cash(transaction_id, day, kind, amount, listing=ADS, description="", **extra) -> dict:
    return {"accountId": ACCOUNT, "currency": listing.get("currency", "USD"), "assetCategory": "STK",
            "symbol": listing.get("symbol", ""), "isin": listing.get("isin", ""),
            "description": description or f"{listing.get('symbol', '')} {kind}", "dateTime": f"{day};202000",
            "amount": amount, "type": kind, "transactionID": transaction_id, "levelOfDetail": "DETAIL", **extra}


def statement(trades=(), cash_rows=(), actions=(), account=ACCOUNT) -> str:
    def section(name, tag, rows):
        return f"<{name}>\n" + "".join(element(tag, r) + "\n" for r in rows) + f"</{name}>\n"
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<FlexQueryResponse queryName="test" type="AF">\n'
            '<FlexStatements count="1">\n'
            f'<FlexStatement accountId="{account}" fromDate="20240101" toDate="20241231" period="LastYear">\n'
            + section("Trades", "Trade", trades) + section("CashTransactions", "CashTransaction", cash_rows)
            + section("CorporateActions", "CorporateAction", actions)
            + "</FlexStatement>\n</FlexStatements>\n</FlexQueryResponse>\n")

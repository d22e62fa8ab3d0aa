"""Reference for the CLV customer summary of UCI Online Retail, by the rules of the lifetimes
package's summary_data_from_transaction_data(freq='D', monetary_value_col=...), written out in
pandas (lifetimes itself is not packaged by Debian):
  purchases = lines with a CustomerID, InvoiceNo not starting with C, Quantity > 0, amount > 0;
  spend per customer and calendar day; frequency = days - 1; recency = last - first day;
  T = observation end (the last purchase day in the data) - first day;
  monetary_value = mean spend of the days after the first, 0 without a repeat day.
Run: /usr/bin/python3 clv_summary_reference.py online_retail_combined.csv > clv_summary_reference.csv
"""
import sys
import pandas as pd

df = pd.read_csv(sys.argv[1], dtype={"InvoiceNo": str, "StockCode": str, "CustomerID": str})
df = df[df["CustomerID"].notna()]
df["CustomerID"] = df["CustomerID"].str.replace(r"\.0+$", "", regex=True)
df["amount"] = df["Quantity"] * df["UnitPrice"]
df = df[~df["InvoiceNo"].str.upper().str.startswith("C") & (df["Quantity"] > 0) & (df["amount"] > 0)]
df["day"] = pd.to_datetime(df["InvoiceDate"]).dt.normalize()
daily = df.groupby(["CustomerID", "day"], as_index=False)["amount"].sum().sort_values(["CustomerID", "day"])
end = daily["day"].max()
first = daily.groupby("CustomerID")["day"].transform("min")
daily["first"] = daily["day"] == first
g = daily.groupby("CustomerID")
out = pd.DataFrame({
    "frequency": g["day"].count() - 1,
    "recency": (g["day"].max() - g["day"].min()).dt.days,
    "T": (end - g["day"].min()).dt.days,
})
repeat = daily[~daily["first"]].groupby("CustomerID")["amount"].mean()
out["monetary_value"] = repeat.reindex(out.index).fillna(0.0)
out.index.name = "customer_id"
out.to_csv(sys.stdout, float_format="%.10f")

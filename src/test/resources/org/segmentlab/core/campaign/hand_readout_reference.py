# Independent reference values for CampaignReadoutsTest (hand_readout.csv), computed with scipy.
# Run: python3 hand_readout_reference.py   (scipy 1.17)
import csv
from math import sqrt
from scipy import stats
from scipy.stats import norm, chi2_contingency

rows = [r for r in csv.DictReader(open("hand_readout.csv")) if r["arm"] in ("mail", "holdout")]
z = norm.ppf(0.975)

def wilson(x, n):
    p = x / n
    c = (2 * n * p + z * z) / (2 * (n + z * z))
    h = z * sqrt(z * z + 4 * n * p * (1 - p)) / (2 * (n + z * z))
    return p, c - h, c + h

def readout(sub):
    t = [r for r in sub if r["arm"] == "mail"]
    c = [r for r in sub if r["arm"] == "holdout"]
    x1 = sum(int(r["bought"]) for r in t); n1 = len(t)
    x2 = sum(int(r["bought"]) for r in c); n2 = len(c)
    p1, l1, u1 = wilson(x1, n1)
    p2, l2, u2 = wilson(x2, n2)
    d = p1 - p2
    lo = d - sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2)
    hi = d + sqrt((u1 - p1) ** 2 + (p2 - l2) ** 2)
    p = chi2_contingency([[x1, n1 - x1], [x2, n2 - x2]], correction=False)[1]
    w = stats.ttest_ind([float(r["spend"]) for r in t], [float(r["spend"]) for r in c], equal_var=False)
    ci = w.confidence_interval(0.95)
    return [n1, n2, x1, x2, d, lo, hi, p1 / p2 - 1, d * n1, p, w.statistic * 0 + (sum(float(r["spend"]) for r in t) / n1 - sum(float(r["spend"]) for r in c) / n2), ci.low, ci.high]

print("All", readout(rows))
seg = {}
for s in ("Gold", "Silver"):
    seg[s] = readout([r for r in rows if r["tier"] == s])
ps = sorted((v[9], k) for k, v in seg.items())
m = len(ps); run = 0; holm = {}
for k, (p, name) in enumerate(ps):
    run = max(run, min(1, (m - k) * p)); holm[name] = run
for s in seg:
    print(s, seg[s], "holm", holm[s])

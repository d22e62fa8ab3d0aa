# The peer of `segmentlab clv` for ClvBenchmark: the same job with pandas and SciPy, written from the
# published formulas (Fader, Hardie & Lee 2005; Fader & Hardie's Gamma-Gamma note): read the CDNOW
# sample, build the weekly summary to the as-of day, fit BG/NBD and Gamma-Gamma by maximum likelihood
# (BFGS on log-parameters, as SegmentLab does), compute P(alive), expected purchases over the horizon,
# expected spend and undiscounted CLV, and write one CSV row per customer.
# Run: /usr/bin/python3 clv_scipy.py CDNOW_sample.txt 1997-09-30 273 out.csv
import sys
import time

t0 = time.perf_counter()
import numpy as np
import pandas as pd
from scipy.optimize import minimize
from scipy.special import gammaln, hyp2f1

t1 = time.perf_counter()
path, asof, horizon_days, out = sys.argv[1], pd.Timestamp(sys.argv[2]), float(sys.argv[3]), sys.argv[4]
df = pd.read_csv(path, sep=r'\s+', header=None, names=['master', 'id', 'date', 'cds', 'amount'],
                 dtype={'id': str, 'date': str})
df['day'] = pd.to_datetime(df.date, format='%Y%m%d')
t2 = time.perf_counter()
days = df[df.day <= asof].groupby(['id', 'day']).amount.sum().reset_index()
g = days.groupby('id')
first = g.day.transform('min')
c = pd.DataFrame({'first': g.day.min(), 'last': g.day.max(), 'n': g.size(), 'spend': g.amount.sum(),
                  'first_spend': days[days.day == first].groupby('id').amount.sum()})
x = (c.n - 1).values.astype(float)
tx = ((c['last'] - c['first']).dt.days / 7).values
T = ((asof - c['first']).dt.days / 7).values
m = np.where(x > 0, (c.spend - c.first_spend).values / np.maximum(x, 1), 0.0)


def bg_nll(lp):
    r, al, a, b = np.exp(lp)
    a1 = gammaln(r + x) - gammaln(r) + r * np.log(al)
    a2 = gammaln(a + b) + gammaln(b + x) - gammaln(b) - gammaln(a + b + x)
    a3 = -(r + x) * np.log(al + T)
    a4 = np.where(x > 0, np.log(a) - np.log(np.maximum(b + x - 1, 1e-300)) - (r + x) * np.log(al + tx), -np.inf)
    return -(a1 + a2 + np.logaddexp(a3, a4)).mean()


fit = minimize(bg_nll, np.zeros(4), method='BFGS')
r, al, a, b = np.exp(fit.x)
rep = x > 0
xs, ms = x[rep], m[rep]


def gg_nll(lp):
    p, q, gm = np.exp(lp)
    return -(gammaln(p * xs + q) - gammaln(p * xs) - gammaln(q) + q * np.log(gm) + (p * xs - 1) * np.log(ms)
             + p * xs * np.log(xs) - (p * xs + q) * np.log(gm + ms * xs)).mean()


gg = minimize(gg_nll, np.zeros(3), method='BFGS')
p, q, gm = np.exp(gg.x)
h = horizon_days / 7
den = 1 + np.where(x > 0, a / (b + x - 1) * ((al + T) / (al + tx)) ** (r + x), 0)
alive = 1 / den
z = h / (al + T + h)
expected = (a + b + x - 1) / (a - 1) * (1 - ((al + T) / (al + T + h)) ** (r + x)
                                         * hyp2f1(r + x, b + x, a + b + x - 1, z)) / den
spend = p * (gm + m * x) / (p * x + q - 1)
pd.DataFrame({'customer_id': c.index, 'frequency': x.astype(int), 'recency': tx, 'T': T, 'monetary_mean': m,
              'p_alive': alive, 'expected_purchases': expected, 'expected_avg_spend': spend,
              'clv': expected * spend}).to_csv(out, index=False, float_format='%.17g')
t3 = time.perf_counter()
print(len(c), round(r, 3), round(al, 3), round(a, 3), round(b, 3), round(p, 2), round(q, 2), round(gm, 2),
      round(t1 - t0, 3), round(t2 - t1, 3), round(t3 - t2, 3))

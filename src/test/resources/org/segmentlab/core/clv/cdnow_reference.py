# Reference figures for ClvCalculatorTest: the CDNOW 1/10 sample with pandas and SciPy, written from
# the published formulas independently of the Java code (scipy's hyp2f1, gammaln, BFGS).
# Calibration to 1997-09-30 (included), holdout to 1998-06-30, weeks; CLV over 365 days at 1% a month,
# in months of 365.25/12 days.
# Run: /usr/bin/python3 src/test/resources/org/segmentlab/core/clv/cdnow_reference.py ../shared/datasets/cdnow/CDNOW_sample.txt
import sys
import numpy as np
import pandas as pd
from scipy.special import gammaln, hyp2f1
from scipy.optimize import minimize

df = pd.read_csv(sys.argv[1], sep=r'\s+', header=None, names=['master', 'id', 'date', 'cds', 'amount'],
                 dtype={'id': str, 'date': str})
df['day'] = pd.to_datetime(df.date, format='%Y%m%d')
asof, end = pd.Timestamp('1997-09-30'), pd.Timestamp('1998-06-30')
days = df[df.day <= end].groupby(['id', 'day']).amount.sum().reset_index()
cal = days[days.day <= asof]
hold = days[days.day > asof]
first = cal.groupby('id').day.min()
c = pd.DataFrame({'first': first, 'last': cal.groupby('id').day.max(), 'n': cal.groupby('id').size(),
                  'spend': cal.groupby('id').amount.sum()})
c['first_spend'] = cal.merge(first.rename('f'), left_on='id', right_index=True).query('day == f').groupby('id').amount.sum()
c['x'] = c.n - 1
c['tx'] = (c['last'] - c['first']).dt.days / 7
c['T'] = (asof - c['first']).dt.days / 7
c['m'] = np.where(c.x > 0, (c.spend - c.first_spend) / c.x.clip(lower=1), 0.0)
c['holdout'] = hold.groupby('id').size().reindex(c.index).fillna(0)
x, tx, T = c.x.values.astype(float), c.tx.values, c['T'].values


def bg_nll(lp):
    r, al, a, b = np.exp(lp)
    a1 = gammaln(r + x) - gammaln(r) + r * np.log(al)
    a2 = gammaln(a + b) + gammaln(b + x) - gammaln(b) - gammaln(a + b + x)
    a3 = -(r + x) * np.log(al + T)
    a4 = np.where(x > 0, np.log(a) - np.log(np.maximum(b + x - 1, 1e-300)) - (r + x) * np.log(al + tx), -np.inf)
    return -(a1 + a2 + np.logaddexp(a3, a4)).sum()


fit = minimize(bg_nll, np.log([1, 1, 1, 1]), method='Nelder-Mead', options={'maxiter': 10000, 'xatol': 1e-10, 'fatol': 1e-10})
fit = minimize(bg_nll, fit.x, method='BFGS', options={'gtol': 1e-10})
r, al, a, b = np.exp(fit.x)


def expected(t, x, tx, T):
    z = t / (al + T + t)
    num = 1 - ((al + T) / (al + T + t)) ** (r + x) * hyp2f1(r + x, b + x, a + b + x - 1, z)
    den = 1 + np.where(x > 0, a / (b + x - 1) * ((al + T) / (al + tx)) ** (r + x), 0)
    return (a + b + x - 1) / (a - 1) * num / den


rep = c[c.x > 0]
xs, ms = rep.x.values.astype(float), rep.m.values


def gg_nll(lp):
    p, q, g = np.exp(lp)
    return -(gammaln(p * xs + q) - gammaln(p * xs) - gammaln(q) + q * np.log(g) + (p * xs - 1) * np.log(ms)
             + p * xs * np.log(xs) - (p * xs + q) * np.log(g + ms * xs)).sum()


gg = minimize(gg_nll, np.log([1, 1, 1]), method='Nelder-Mead', options={'maxiter': 10000, 'xatol': 1e-10, 'fatol': 1e-10})
gg = minimize(gg_nll, gg.x, method='BFGS', options={'gtol': 1e-10})
p, q, g = np.exp(gg.x)
spend = p * (g + c.m.values * x) / (p * x + q - 1)

month = 365.25 / 12
months = 365 / month
clv = np.zeros(len(c))
prev = np.zeros(len(c))
k = 1
while k - 1 < months - 1e-9:
    end_m = min(k, months)
    e = expected(end_m * month / 7, x, tx, T)
    clv += spend * (e - prev) / 1.01 ** end_m
    prev = e
    k += 1

h = 273 / 7
eh = expected(h, x, tx, T)
print('bgnbd', repr(r), repr(al), repr(a), repr(b), repr(-fit.fun))
print('gg', repr(p), repr(q), repr(g), len(rep))
print('holdout actual', int(c.holdout.sum()), 'expected', repr(eh.sum()), 'mae', repr(np.abs(c.holdout.values - eh).mean()))
grp = np.minimum(x, 7)
for k in range(8):
    sel = grp == k
    print('group', k, int(sel.sum()), repr(c.holdout.values[sel].mean()), repr(eh[sel].mean()))
for cid in ['0001', '0002', '0018', '1516', '2357']:
    i = c.index.get_loc(cid)
    print('customer', cid, int(x[i]), repr(tx[i]), repr(T[i]), repr(c.m.values[i]), repr(expected(365 / 7, x[i], tx[i], T[i])),
          repr(spend[i]), repr(clv[i]))
print('total clv', repr(clv.sum()))

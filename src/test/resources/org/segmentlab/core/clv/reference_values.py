# Reference values for ClvModelsTest, computed at 40 significant digits with mpmath straight from
# the published formulas (Fader, Hardie & Lee 2005 for BG/NBD; FHL's 2005 Pareto/NBD note), with the
# Gauss hypergeometric function as mpmath evaluates it (no transformation).
# Run: /usr/bin/python3 src/test/resources/org/segmentlab/core/clv/reference_values.py
from mpmath import mp, mpf, loggamma, log, exp, hyp2f1, beta, quad

mp.dps = 40


def bgnbd_ll(r, al, a, b, x, tx, T):
    r, al, a, b, tx, T = map(mpf, (r, al, a, b, tx, T))
    first = beta(a, b + x) / beta(a, b) * exp(loggamma(r + x) - loggamma(r)) * al ** r / (al + T) ** (r + x)
    second = 0
    if x > 0:
        second = beta(a + 1, b + x - 1) / beta(a, b) * exp(loggamma(r + x) - loggamma(r)) * al ** r / (al + tx) ** (r + x)
    return log(first + second)


def bgnbd_expected(r, al, a, b, t, x, tx, T):
    r, al, a, b, t, tx, T = map(mpf, (r, al, a, b, t, tx, T))
    z = t / (al + T + t)
    num = 1 - ((al + T) / (al + T + t)) ** (r + x) * hyp2f1(r + x, b + x, a + b + x - 1, z)
    den = 1 + (a / (b + x - 1) * ((al + T) / (al + tx)) ** (r + x) if x > 0 else 0)
    return (a + b + x - 1) / (a - 1) * num / den


def bgnbd_expected_by_integral(r, al, a, b, t, x, tx, T):
    # P(alive) x E over the posterior of p ~ Beta(a, b+x), lambda ~ Gamma(r+x, al+T) of (1 - e^{-lambda p t}) / p
    r, al, a, b, t, tx, T = map(mpf, (r, al, a, b, t, tx, T))
    alive = 1 / (1 + (a / (b + x - 1) * ((al + T) / (al + tx)) ** (r + x) if x > 0 else 0))
    f = lambda p: p ** (a - 2) * (1 - p) ** (b + x - 1) / beta(a, b + x) * (1 - ((al + T) / (al + T + p * t)) ** (r + x))
    return alive * quad(f, [0, mpf('0.5'), 1])


def pareto_parts(r, al, s, be, x, tx, T):
    r, al, s, be, tx, T = map(mpf, (r, al, s, be, tx, T))
    if al >= be:
        f = lambda u: hyp2f1(r + s + x, s + 1, r + s + x + 1, (al - be) / (al + u)) / (al + u) ** (r + s + x)
    else:
        f = lambda u: hyp2f1(r + s + x, r + x, r + s + x + 1, (be - al) / (be + u)) / (be + u) ** (r + s + x)
    a0 = f(tx) - f(T)
    first = 1 / ((al + T) ** (r + x) * (be + T) ** s)
    second = s / (r + s + x) * a0
    return first, second


def pareto_ll(r, al, s, be, x, tx, T):
    first, second = pareto_parts(r, al, s, be, x, tx, T)
    r, al, s, be = map(mpf, (r, al, s, be))
    return loggamma(r + x) - loggamma(r) + r * log(al) + s * log(be) + log(first + second)


def pareto_alive(r, al, s, be, x, tx, T):
    first, second = pareto_parts(r, al, s, be, x, tx, T)
    return first / (first + second)


def pareto_expected(r, al, s, be, t, x, tx, T):
    alive = pareto_alive(r, al, s, be, x, tx, T)
    r, al, s, be, t, T = map(mpf, (r, al, s, be, t, T))
    return (r + x) * (be + T) / ((al + T) * (s - 1)) * (1 - ((be + T) / (be + T + t)) ** (s - 1)) * alive


BG = (0.243, 4.414, 0.793, 2.426)
PN = (0.553, 10.578, 0.606, 11.669)
print('bgnbd ll x=200 tx=100 T=104', mp.nstr(bgnbd_ll(*BG, 200, 100, 104), 17))
print('bgnbd ll x=0 T=38.86', mp.nstr(bgnbd_ll(*BG, 0, 0, 38.86), 17))
print('pareto ll x=200 tx=100 T=104 (alpha<beta)', mp.nstr(pareto_ll(*PN, 200, 100, 104), 17))
print('pareto ll x=200 tx=100 T=104 (alpha>beta)', mp.nstr(pareto_ll(0.553, 11.669, 0.606, 10.578, 200, 100, 104), 17))
print('pareto ll x=2 tx=30.43 T=38.86', mp.nstr(pareto_ll(*PN, 2, 30.43, 38.86), 17))
print('pareto alive x=2 tx=30.43 T=38.86', mp.nstr(pareto_alive(*PN, 2, 30.43, 38.86), 17))
print('pareto expected 39 x=2 tx=30.43 T=38.86', mp.nstr(pareto_expected(*PN, 39, 2, 30.43, 38.86), 17))
LOW = (0.5, 5.0, 0.3, 0.4)
for case in ((0, 0, 20), (0, 0, 0), (3, 15, 20)):
    print('bgnbd a+b<1 expected 39', case, mp.nstr(bgnbd_expected(*LOW, 39, *case), 17),
          mp.nstr(bgnbd_expected_by_integral(*LOW, 39, *case), 17))
print('bgnbd expected 39 x=2 tx=30.43 T=38.86', mp.nstr(bgnbd_expected(*BG, 39, 2, 30.43, 38.86), 17))
print('bgnbd expected 39 x=200 tx=100 T=104', mp.nstr(bgnbd_expected(*BG, 39, 200, 100, 104), 17))

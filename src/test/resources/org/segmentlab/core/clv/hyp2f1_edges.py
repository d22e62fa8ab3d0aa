# Reference values for ClvMathTest at the edges of ln 2F1(1, b; c; z): z within 1e-8 ... 1e-300 of 1
# (given, as the Pareto/NBD callers give it, by its exact distance g = 1 - z, the double z = 1 - g being
# rounded or even 1.0) and huge b, computed with mpmath at 60 digits from the exact doubles b, c, g.
# Also d ln 2F1 / dz at four of those edges, and P(alive) of Pareto/NBD customers whose 1 - z is tiny
# (alpha a billion or a trillion times beta, or beta a trillion times alpha), straight from FHL's 2005
# note with mpmath's hyp2f1 (no transformation), as reference_values.py computes it.
# Run: /usr/bin/python3 src/test/resources/org/segmentlab/core/clv/hyp2f1_edges.py \
#        > src/test/resources/org/segmentlab/core/clv/hyp2f1_edges.csv
import mpmath
from mpmath import mp, mpf, hyp2f1, log, log1p, exp, quad

mp.dps = 60

print("# mpmath %s, 60 digits: hyp,b,c,one_minus_z,ln_value | alive,r,alpha,s,beta,x,tx,T,p_alive"
      " | dlogdz,b,c,one_minus_z,d_ln_value_dz" % mpmath.__version__)
cases = []
for r, s, x in ((0.553, 0.606, 0), (0.553, 0.606, 2), (2.4, 0.093, 7), (0.3, 3.1, 60)):
    cases.append((r + x, r + x + s + 1))      # alpha >= beta
    cases.append((s + 1, r + s + x + 1))      # alpha < beta
for b, c in cases:
    for g in (1e-8, 3.7e-10, 1e-12, 2.5e-15, 1e-17, 1e-40, 1e-100, 1e-300):
        # z = 1 - g held exactly: 60 digits beyond those of g
        with mp.workdps(60 + int(-mpmath.log10(g))):
            v = hyp2f1(1, mpf(b), mpf(c), 1 - mpf(g))
            print("hyp,%r,%r,%r,%s" % (b, c, g, mp.nstr(log(v), 20)))


def by_euler_integral(b, c, g):
    # 2F1(1, b; c; z) = (c - 1) * integral over t in (0, 1) of (1 - t)^(c - 2) (1 - z t)^(-b): for huge b its
    # integrand falls from t = 0 at rate about b g + c - b - 2, so the rule is given breakpoints on that scale
    b, c, g = mpf(b), mpf(c), mpf(g)
    z = 1 - g
    rate = max(b * g + c - b - 2, mpf(1))
    points = [mpf(0)] + [min(mpf(10) ** k / rate, mpf(1)) for k in range(-2, 60) if mpf(10) ** k / rate < 1] + [mpf(1)]
    f = lambda t: exp((c - 2) * log1p(-t) - b * log1p(-z * t)) if t < 1 else mpf(0)
    return (c - 1) * quad(f, points)


# huge b (the fit reaches r up to e^36), where mpmath's hyp2f1 does not converge: by the integral instead;
# the double c is what the caller passes
for b, e in ((1e6, 1.606), (3.3e12, 1.606), (3.3e12, 0.7), (4e15, 1.5)):
    c = b + e
    for g in (0.5, 0.05, 1e-3, 1e-6):
        v = by_euler_integral(b, c, g)
        print("hyp,%r,%r,%r,%s" % (b, c, g, mp.nstr(log(v), 20)))


def pareto_alive(r, al, s, be, x, tx, T):
    r, al, s, be, tx, T = map(mpf, (r, al, s, be, tx, T))
    if al >= be:
        f = lambda u: hyp2f1(r + s + x, s + 1, r + s + x + 1, (al - be) / (al + u)) / (al + u) ** (r + s + x)
    else:
        f = lambda u: hyp2f1(r + s + x, r + x, r + s + x + 1, (be - al) / (be + u)) / (be + u) ** (r + s + x)
    first = 1 / ((al + T) ** (r + x) * (be + T) ** s)
    second = s / (r + s + x) * (f(tx) - f(T))
    return first / (first + second)


for theta in ((0.553, 1e12, 0.606, 0.01), (0.553, 0.01, 0.606, 1e12), (0.553, 3e9, 1.3, 0.2)):
    for x, tx, T in ((0, 0.0, 38.86), (2, 30.43, 38.86), (7, 5.0, 60.0)):
        print("alive,%r,%r,%r,%r,%d,%r,%r,%s" % (theta + (x, tx, T) + (mp.nstr(pareto_alive(*theta, x, tx, T), 20),)))

# d ln 2F1(1, b; c; z) / dz = (b / c) 2F1(2, b + 1; c + 1; z) / 2F1(1, b; c; z), near z = 1 and for a c in the
# millions and billions (by the integral above where hyp2f1 does not converge: d/dz of (c - 1) * integral of
# (1 - t)^(c - 2) (1 - z t)^(-b) is (c - 1) b * integral of t (1 - t)^(c - 2) (1 - z t)^(-b - 1))
def by_euler_integral_dz(b, c, g):
    b, c, g = mpf(b), mpf(c), mpf(g)
    z = 1 - g
    rate = max(b * g + c - b - 2, mpf(1))
    points = [mpf(0)] + [mpf(10) ** k / rate for k in range(-2, 60) if mpf(10) ** k / rate < 1] + [mpf(1)]
    f = lambda t: t * exp((c - 2) * log1p(-t) - (b + 1) * log1p(-z * t)) if t < 1 else mpf(0)
    return (c - 1) * b * quad(f, points)


for b, c, g in ((60.3, 64.4, 1e-12), (1.606, 2.159, 2.5e-12)):
    with mp.workdps(60 + int(-mpmath.log10(g))):
        z = 1 - mpf(g)
        v = mpf(b) / mpf(c) * hyp2f1(2, mpf(b) + 1, mpf(c) + 1, z) / hyp2f1(1, mpf(b), mpf(c), z)
        print("dlogdz,%r,%r,%r,%s" % (b, c, g, mp.nstr(v, 20)))
for b, c, g in ((1e6, 1e6 + 1.606, 1e-3), (3.3e9, 3.3e9 + 0.7, 0.05)):
    print("dlogdz,%r,%r,%r,%s" % (b, c, g, mp.nstr(by_euler_integral_dz(b, c, g) / by_euler_integral(b, c, g), 20)))

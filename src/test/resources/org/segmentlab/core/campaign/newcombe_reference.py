# Independent reference for CampaignStatisticsTest: Newcombe (1998) method 10 (hybrid score,
# no continuity correction) from Wilson intervals, computed with scipy.
# Run: python3 newcombe_reference.py
from math import sqrt
from scipy.stats import norm

z = norm.ppf(0.975)

def wilson(x, n):
    p = x / n
    centre = (2 * n * p + z * z) / (2 * (n + z * z))
    half = z * sqrt(z * z + 4 * n * p * (1 - p)) / (2 * (n + z * z))
    return p, centre - half, centre + half

def newcombe(x1, n1, x2, n2):
    p1, l1, u1 = wilson(x1, n1)
    p2, l2, u2 = wilson(x2, n2)
    d = p1 - p2
    return d - sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2), d + sqrt((u1 - p1) ** 2 + (p2 - l2) ** 2)

for case in [(56, 70, 48, 80), (9, 10, 3, 10), (6, 7, 2, 7), (5, 56, 0, 29), (0, 10, 0, 20), (0, 10, 0, 10),
             (10, 10, 0, 20), (10, 10, 0, 10)]:
    lo, hi = newcombe(*case)
    print("%d/%d - %d/%d: %.4f to %.4f" % (case + (lo, hi)))

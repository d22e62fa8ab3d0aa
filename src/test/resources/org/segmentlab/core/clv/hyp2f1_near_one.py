# Reference values of ln 2F1(1, b; c; z) near z = 1 for ClvModelsTest, from SciPy's scipy.special.hyp2f1,
# each checked against mpmath at 40 digits (the script stops if they differ by more than 1e-9 relative).
# (b, c) are the two forms the Pareto/NBD likelihood takes: b = r + x, c = b + s + 1 (alpha >= beta) and
# b = s + 1, c = r + s + x + 1 (alpha < beta).
# Run: /usr/bin/python3 src/test/resources/org/segmentlab/core/clv/hyp2f1_near_one.py \
#        > src/test/resources/org/segmentlab/core/clv/hyp2f1_near_one.csv
import math
import scipy
from scipy.special import hyp2f1
from mpmath import mp, mpf, hyp2f1 as mp_hyp2f1, log as mp_log

mp.dps = 40

cases = []
for r in (0.553, 2.4):
    for s in (0.093, 0.606, 3.1):
        for x in (0, 1, 7, 60):
            cases.append((r + x, r + x + s + 1))      # alpha >= beta
            cases.append((s + 1, r + s + x + 1))      # alpha < beta
gaps = (1e-1, 1e-2, 1e-3, 1e-4, 1e-5, 1e-6)

print("# scipy %s: ln hyp2f1(1, b, c, z); b,c,z,ln_value" % scipy.__version__)
print("b,c,z,ln_value")
for b, c in cases:
    for gap in gaps:
        z = 1 - gap
        v = float(hyp2f1(1.0, b, c, z))
        ref = mp_hyp2f1(1, mpf(b), mpf(c), mpf(z))
        if not math.isfinite(v) or abs(v - float(ref)) > 1e-9 * float(ref):
            raise SystemExit("scipy and mpmath differ at b=%r c=%r z=%r: %r vs %s" % (b, c, z, v, ref))
        print("%r,%r,%r,%r" % (b, c, z, math.log(v)))

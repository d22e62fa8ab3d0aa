# Makes mall_gmm_sklearn.csv: scikit-learn's best-of-10 Gaussian mixture log-likelihood per customer
# on Mall Customers (Annual Income, Spending Score; z-score with the population sd), k = 2..8.
# Run from the repository root (the shared data sets sit beside it):
#   python3 src/test/resources/org/segmentlab/core/segment/cluster/mall_gmm_sklearn.py ../shared/datasets/mall-customers/Mall_Customers.csv \
#       > src/test/resources/org/segmentlab/core/segment/cluster/mall_gmm_sklearn.csv
# (scikit-learn 1.2.1 from Debian; GaussianMixture defaults: full covariance, k-means init, reg_covar 1e-6, tol 1e-3.)
import sys
import pandas as pd
import sklearn
from sklearn.mixture import GaussianMixture
from sklearn.preprocessing import StandardScaler

data = pd.read_csv(sys.argv[1])
x = StandardScaler().fit_transform(data[["Annual Income (k$)", "Spending Score (1-100)"]].to_numpy(float))
print("# scikit-learn " + sklearn.__version__ + ", GaussianMixture(n_components=k, n_init=10, random_state=0)")
print("k,mean_log_likelihood")
for k in range(2, 9):
    gm = GaussianMixture(n_components=k, covariance_type="full", n_init=10, random_state=0).fit(x)
    print("%d,%.10f" % (k, gm.score(x)))

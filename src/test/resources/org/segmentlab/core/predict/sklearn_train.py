# scikit-learn peer of 'segmentlab train' + 'segmentlab score' for the README's comparison.
# Usage: /usr/bin/python3 sklearn_train.py DATA.csv ID LABEL POSITIVE SPLIT.csv logistic|forest|boosting
# SPLIT.csv is the customer_id,part file 'segmentlab train --split-out' wrote, so both fit the same rows.
# Preparation as SegmentLab's: numbers median-imputed and z-scored, text one-hot (20 most frequent levels).
# Models: LogisticRegression(C=1) (SegmentLab's lambda 1), RandomForestClassifier(500, n_jobs=-1),
# HistGradientBoostingClassifier() (defaults); fit on the train part, predict_proba on the test part.
# Prints: model, ROC AUC, PR AUC (average precision), fit+predict seconds.
import sys
import time
import numpy as np
import pandas as pd
from sklearn.ensemble import HistGradientBoostingClassifier, RandomForestClassifier
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import average_precision_score, roc_auc_score

data_file, id_col, label, positive, split_file, model = sys.argv[1:7]
# The delimiter from the header line (bank marketing's original file uses ';'), then pandas' C reader.
with open(data_file, encoding="utf-8") as f:
    header = f.readline()
sep = max([",", ";", "\t"], key=header.count)
data = pd.read_csv(data_file, sep=sep)
part = pd.read_csv(split_file, dtype={"customer_id": str}).set_index("customer_id")["part"]
data[id_col] = data[id_col].astype(str)
data = data[data[id_col].isin(part.index)]
y = (data[label].astype(str).str.strip() == positive).astype(int).to_numpy()
is_train = (data[id_col].map(part) == "train").to_numpy()
x = data.drop(columns=[id_col, label])
numeric = [c for c in x.columns if pd.api.types.is_numeric_dtype(x[c]) or pd.api.types.is_bool_dtype(x[c])]
blocks = []
for c in numeric:
    v = pd.to_numeric(x[c], errors="coerce").astype(float)
    v = v.fillna(v[is_train].median())
    sd = v[is_train].std(ddof=0) or 1.0
    blocks.append(((v - v[is_train].mean()) / sd).to_numpy()[:, None])
for c in x.columns:
    if c in numeric:
        continue
    v = x[c].astype(str).str.strip().where(x[c].notna() & (x[c].astype(str).str.strip() != ""))
    # Text that is all numbers with blanks (Telco's TotalCharges) is a number column.
    as_number = pd.to_numeric(v, errors="coerce")
    if as_number.notna().sum() == v.notna().sum():
        as_number = as_number.fillna(as_number[is_train].median())
        sd = as_number[is_train].std(ddof=0) or 1.0
        blocks.append(((as_number - as_number[is_train].mean()) / sd).to_numpy()[:, None])
        continue
    levels = v[is_train].value_counts().sort_index().sort_values(ascending=False, kind="stable").index[:20]
    blocks.append(np.stack([(v == level).to_numpy(float) for level in levels], axis=1))
X = np.hstack(blocks)
start = time.perf_counter()
if model == "logistic":
    clf = LogisticRegression(C=1.0, max_iter=1000)
elif model == "forest":
    clf = RandomForestClassifier(n_estimators=500, n_jobs=-1, random_state=7)
else:
    clf = HistGradientBoostingClassifier(random_state=7)
clf.fit(X[is_train], y[is_train])
p = clf.predict_proba(X[~is_train])[:, 1]
seconds = time.perf_counter() - start
print("%s roc_auc %.4f pr_auc %.4f fit_predict_s %.2f" % (model, roc_auc_score(y[~is_train], p),
                                                          average_precision_score(y[~is_train], p), seconds))

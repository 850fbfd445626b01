"""How much of the CAPP-130 topic labels can be learned from what the engine sees?

Trains a logistic regression on the labels themselves, with everything the engine reads and more: the line's
character 1-4-grams, its heading's 1-2-grams, the kind of section it stands in, the engine's own findings on it
and on its neighbours. Five folds grouped by policy, so no policy is both trained on and judged. If this learner,
fitted to the very labels it is judged against, ends close to the engine, the engine's remaining errors are not a
pattern in the text that more rules could catch.

Usage: npx tsx scripts/topic-features.ts | python3 scripts/topic-learnability.py
Needs numpy, scipy and scikit-learn (Debian: apt-get install python3-sklearn).
"""
import json
import sys

import numpy as np
from scipy.sparse import hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

rows = [json.loads(line) for line in sys.stdin if line.strip()]
gold = np.array([r["sharing"] for r in rows])
at = {(r["policy"], r["line"]): r for r in rows}


def f1(pred):
    tp, fp, fn = (pred & gold).sum(), (pred & ~gold).sum(), (~pred & gold).sum()
    return 2 * tp / (2 * tp + fp + fn)


def facts(r):
    out = ["section=" + r["section"], "heading=" + str(r["isHeading"]), "engine=" + str(bool(r["rules"]))]
    out += ["rule=" + x for x in r["rules"]]
    for d in (-1, 1):
        n = at.get((r["policy"], r["line"] + d))
        if n:
            out += [f"n{d}engine={bool(n['rules'])}", f"n{d}section={n['section']}"]
    return " ".join(out)


columns = {
    "text": ([r["text"] for r in rows], dict(analyzer="char", ngram_range=(1, 4), min_df=2, sublinear_tf=True)),
    "heading": ([r["heading"] for r in rows], dict(analyzer="char", ngram_range=(1, 2), min_df=2)),
    "facts": ([facts(r) for r in rows], dict(analyzer=str.split, lowercase=False, use_idf=False, norm=None)),
}


def cross_validated(names):
    prob = np.zeros(len(rows))
    for train, test in GroupKFold(n_splits=5).split(rows, gold, [r["policy"] for r in rows]):
        fit, held = [], []
        for name in names:
            values, options = columns[name]
            vectorizer = TfidfVectorizer(**options)
            fit.append(vectorizer.fit_transform([values[i] for i in train]))
            held.append(vectorizer.transform([values[i] for i in test]))
        model = LogisticRegression(C=4.0, max_iter=4000).fit(hstack(fit).tocsr(), gold[train])
        prob[test] = model.predict_proba(hstack(held).tocsr())[:, 1]
    # the threshold is picked on the held-out predictions themselves: this flatters the learner
    return max((f1(prob >= t), t) for t in np.arange(0.2, 0.71, 0.05))


print(f"engine: topic F1 {f1(np.array([bool(r['rules']) for r in rows])):.3f}")
for names in (["text"], ["text", "heading"], ["facts"], ["text", "heading", "facts"]):
    best, threshold = cross_validated(names)
    print(f"learner on {' + '.join(names)}: topic F1 {best:.3f} (threshold {threshold:.2f}, 5 folds by policy)")

package org.segmentlab.core.predict;

import java.io.Serializable;
import java.util.List;

/**
 * Trees grown by SegmentLab's own learners, as a model file keeps them.
 *
 * @param trees     the trees; a forest's leaves hold the share of positives, boosting's the log-odds step
 * @param intercept boosting's starting log-odds (0 for a forest)
 * @param notes     what the learner chose on its own (early stopping), said with the results
 */
record TreeEnsemble(ModelKind kind, FlatTree[] trees, double intercept, List<String> notes) implements Serializable {

    private static final long serialVersionUID = 1L;

    private Object writeReplace() {
        return new SerialForm(SerialForm.TREE_ENSEMBLE, kind, trees, intercept, notes);
    }

    TreeEnsemble {
        trees = trees.clone();
        notes = List.copyOf(notes);
    }

    List<FlatTree> treeList() {
        return List.of(trees);
    }
}

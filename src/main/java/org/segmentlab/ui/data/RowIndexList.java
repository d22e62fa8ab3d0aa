package org.segmentlab.ui.data;

import javafx.collections.ObservableListBase;

/**
 * The row numbers 0..n-1 as an unmodifiable observable list, stored as nothing but n. A table
 * view over it asks only for the rows on screen, so a million-row preview costs no more than a
 * ten-row one.
 */
public final class RowIndexList extends ObservableListBase<Integer> {

    private final int size;

    public RowIndexList(int size) {
        if (size < 0) {
            throw new IllegalArgumentException("size " + size);
        }
        this.size = size;
    }

    @Override
    public Integer get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("row " + index + " of " + size);
        }
        return index;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public int indexOf(Object o) {
        if (o instanceof Integer) {
            int i = (Integer) o;
            return i >= 0 && i < size ? i : -1;
        }
        return -1;
    }

    @Override
    public int lastIndexOf(Object o) {
        return indexOf(o);
    }

    @Override
    public boolean contains(Object o) {
        return indexOf(o) >= 0;
    }
}

package org.segmentlab.ui.common;

import java.util.function.Function;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.value.ObservableValue;

/**
 * A value of whatever another value points to, e.g. the table of the selected source: it follows
 * both the selection and the table of the source selected. (The same as {@code flatMap} of
 * JavaFX 19, which the javafx-base on the class path may predate.)
 */
public final class Follow<S, T> extends ObjectBinding<T> {

    private final ObservableValue<S> outer;
    private final Function<S, ? extends ObservableValue<T>> inner;
    private final T absent;
    private ObservableValue<T> current;

    private Follow(ObservableValue<S> outer, Function<S, ? extends ObservableValue<T>> inner, T absent) {
        this.outer = outer;
        this.inner = inner;
        this.absent = absent;
        bind(outer);
    }

    /** The inner value, or {@code absent} while the outer value is null. */
    public static <S, T> Follow<S, T> of(ObservableValue<S> outer, Function<S, ? extends ObservableValue<T>> inner,
                                         T absent) {
        return new Follow<>(outer, inner, absent);
    }

    @Override
    protected T computeValue() {
        S source = outer.getValue();
        ObservableValue<T> next = source == null ? null : inner.apply(source);
        if (next != current) {
            if (current != null) {
                unbind(current);
            }
            current = next;
            if (next != null) {
                bind(next);
            }
        }
        T value = next == null ? null : next.getValue();
        return value == null ? absent : value;
    }
}

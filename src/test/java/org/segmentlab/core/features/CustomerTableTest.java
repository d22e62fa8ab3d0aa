package org.segmentlab.core.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class CustomerTableTest {

    private static CustomerTable table() {
        return new CustomerTable(List.of("a", "b", "c"), List.of(
                CustomerTable.Column.numeric(new CustomerTableFeature("frequency", FeatureFamily.TRANSACTIONS, "f"),
                        new double[] {1, 2, 3}),
                CustomerTable.Column.categorical(new CustomerTableFeature("plan", FeatureFamily.ATTRIBUTES, "p"),
                        new String[] {"x", null, "y"}),
                CustomerTable.Column.numeric(new CustomerTableFeature("monetary", FeatureFamily.TRANSACTIONS, "m"),
                        new double[] {10, 20, Double.NaN})));
    }

    @Test
    void featureMatrixHoldsTheNamedColumnsInTheOrderAsked() {
        FeatureMatrix matrix = table().toFeatureMatrix(List.of("monetary", "frequency"));

        assertThat(matrix.customerIds()).containsExactly("a", "b", "c");
        assertThat(matrix.featureNames()).containsExactly("monetary", "frequency");
        assertThat(matrix.rows()[1]).containsExactly(20, 2);
        assertThat(matrix.rows()[2][0]).isNaN();
        assertThat(table().toFeatureMatrix().featureNames()).containsExactly("frequency", "monetary");
    }

    @Test
    void categoricalFeatureCannotEnterTheMatrix() {
        assertThatThrownBy(() -> table().toFeatureMatrix(List.of("plan")))
                .hasMessageContaining("'plan' holds categories").hasMessageContaining("one-hot");
    }

    @Test
    void unknownFeatureIsNamed() {
        assertThatThrownBy(() -> table().numeric("tenure"))
                .hasMessage("no feature 'tenure'; the customer table has [frequency, plan, monetary]");
    }

    @Test
    void customerIdsAppearOnce() {
        assertThatThrownBy(() -> CustomerTable.of(List.of("a", "b", "a")))
                .hasMessageContaining("customer id 'a' appears twice");
    }

    @Test
    void replaceKeepsThePositionOfTheColumn() {
        CustomerTable replaced = table().replace("plan", List.of(
                CustomerTable.Column.numeric(new CustomerTableFeature("plan_x", FeatureFamily.ATTRIBUTES, "x"), new double[3]),
                CustomerTable.Column.numeric(new CustomerTableFeature("plan_y", FeatureFamily.ATTRIBUTES, "y"), new double[3])));

        assertThat(replaced.featureNames()).containsExactly("frequency", "plan_x", "plan_y", "monetary");
    }

    @Test
    void wholeNumberIdsAreOrderedByValueOthersAlphabetically() {
        assertThat(CustomerTable.inCustomerOrder(List.of("10", "9", "100", "09", "-3"))).containsExactly("-3", "09", "9", "10", "100");
        assertThat(CustomerTable.inCustomerOrder(List.of("u10", "u9", "10"))).containsExactly("10", "u10", "u9");
    }
}

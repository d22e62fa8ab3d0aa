package org.segmentlab.core.features;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class CustomerTableFeatureTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "MonthlyCharges|monthly_charges",
        "CustomerID|customer_id",
        "SeniorCitizen|senior_citizen",
        "Home & Garden|home_garden",
        "  Café au lait |cafe_au_lait",
        "page-view.count|page_view_count",
        "HTTPServer2Go|http_server2_go",
        "already_snake|already_snake",
        "Ünïcode Ümlauts|unicode_umlauts",
        "!!!|blank"
    })
    void labelsBecomeSnakeCase(String label, String expected) {
        assertThat(CustomerTableFeature.snakeCase(label)).isEqualTo(expected);
    }

    @Test
    void featureNamesMustBeSnakeCase() {
        assertThatThrownBy(() -> new CustomerTableFeature("Monetary", FeatureFamily.TRANSACTIONS, ""))
                .hasMessageContaining("not snake_case");
    }
}

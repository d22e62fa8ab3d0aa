package org.segmentlab.core.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Sizes against the textbook formula, evaluated with scipy (norm.ppf) for the figures in the comments. */
class TestPlannerTest {

    @Test
    void tenToTwelvePercentNeeds3841PerArmAtEightyPercentPower() {
        // (1.959964·√(2·0.11·0.89) + 0.841621·√(0.1·0.9 + 0.12·0.88))² / 0.02² = 3840.85
        TestPlanner.ArmSizes n = TestPlanner.customersNeeded(0.10, 0.02, 0.05, 0.80, 0.5);
        assertThat(n.treated()).isEqualTo(3841);
        assertThat(n.control()).isEqualTo(3841);
    }

    @Test
    void hillstromSizedLiftNeedsAboutThreeThousandPerArm() {
        // 0.57% to 1.25%: 3060.02 per arm
        TestPlanner.ArmSizes n = TestPlanner.customersNeeded(0.0057, 0.0068, 0.05, 0.80, 0.5);
        assertThat(n.treated()).isEqualTo(3061);
    }

    @Test
    void anUnevenSplitNeedsMoreCustomersInAll() {
        TestPlanner.ArmSizes even = TestPlanner.customersNeeded(0.10, 0.02, 0.05, 0.80, 0.5);
        TestPlanner.ArmSizes holdout = TestPlanner.customersNeeded(0.10, 0.02, 0.05, 0.80, 0.9);
        assertThat(holdout.total()).isGreaterThan(2 * even.total());
        assertThat((double) holdout.treated() / holdout.total()).isCloseTo(0.9, within(0.001));
    }

    @Test
    void detectableDifferenceInvertsTheSampleSize() {
        // scipy brentq on the same power equation with 1,000 per arm from 10%: 0.040745
        assertThat(TestPlanner.detectableDifference(0.10, 1000, 1000, 0.05, 0.80)).isCloseTo(0.0407452,
                within(1e-6));
        double d = TestPlanner.detectableDifference(0.10, 3841, 3841, 0.05, 0.80);
        assertThat(d).isCloseTo(0.02, within(0.0001));
    }
}

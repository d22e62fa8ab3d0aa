package org.segmentlab.core.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.segmentlab.core.Progress;

/**
 * The fits against the published CDNOW figures: Fader, Hardie and Lee (2005) for BG/NBD and
 * Pareto/NBD on the 2,357 customers of the 1/10 sample (39 calibration weeks), and Fader and Hardie's
 * Gamma-Gamma note (p 6.25, q 3.74, γ 15.44 on its 946 repeat customers).
 */
class ClvFitterTest {

    private final ClvFitter fitter = new ClvFitter();

    @Test
    void bgNbdOnTheCdnowSampleGivesThePublishedParameters() throws Exception {
        CustomerSummary summary = CdnowSample.summary();
        FittedPurchaseModel fit = fitter.fitPurchases(summary, PurchaseModelKind.BG_NBD, 0, Progress.none());

        assertThat(fit.customers()).isEqualTo(2357);
        assertThat(fit.parameter("r")).isCloseTo(0.243, within(0.0006));
        assertThat(fit.parameter("alpha")).isCloseTo(4.414, within(0.0006));
        assertThat(fit.parameter("a")).isCloseTo(0.793, within(0.0006));
        assertThat(fit.parameter("b")).isCloseTo(2.426, within(0.0006));
        assertThat(fit.logLikelihood()).isCloseTo(-9582.4, within(0.06));
        assertThat(fit.converged()).isTrue();
        assertThat(fit.notes()).isEmpty();
    }

    @Test
    void paretoNbdOnTheCdnowSampleGivesThePublishedParameters() throws Exception {
        CustomerSummary summary = CdnowSample.summary();
        FittedPurchaseModel fit = fitter.fitPurchases(summary, PurchaseModelKind.PARETO_NBD, 0, Progress.none());

        assertThat(fit.parameter("r")).isCloseTo(0.553, within(0.0006));
        assertThat(fit.parameter("alpha")).isCloseTo(10.578, within(0.0006));
        assertThat(fit.parameter("s")).isCloseTo(0.606, within(0.0006));
        assertThat(fit.parameter("beta")).isCloseTo(11.669, within(0.0006));
        assertThat(fit.logLikelihood()).isCloseTo(-9595.0, within(0.06));
        assertThat(fit.converged()).isTrue();
    }

    @Test
    void gammaGammaOnTheCdnowRepeatCustomersGivesThePublishedParameters() throws Exception {
        CustomerSummary summary = CdnowSample.summary();
        List<String> notes = new ArrayList<>();
        FittedSpendModel spend = fitter.fitSpend(summary, 0, notes, Progress.none());

        assertThat(spend.customers()).isEqualTo(946);
        assertThat(spend.p()).isCloseTo(6.25, within(0.006));
        assertThat(spend.q()).isCloseTo(3.74, within(0.006));
        assertThat(spend.gamma()).isCloseTo(15.44, within(0.006));
        assertThat(notes).isEmpty();
    }
}

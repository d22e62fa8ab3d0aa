package org.segmentlab.core.clv;

import java.util.Locale;

/** The model of how often customers buy and when they stop. */
public enum PurchaseModelKind {
    /** Beta-geometric/NBD (Fader, Hardie and Lee 2005): a customer may drop out right after a purchase. */
    BG_NBD("bgnbd", new String[] {"r", "alpha", "a", "b"}),
    /** Pareto/NBD (Schmittlein, Morrison and Colombo 1987): a customer may drop out at any time. */
    PARETO_NBD("pareto", new String[] {"r", "alpha", "s", "beta"});

    private final String label;
    private final String[] parameterNames;

    PurchaseModelKind(String label, String[] parameterNames) {
        this.label = label;
        this.parameterNames = parameterNames;
    }

    /** bgnbd or pareto, as on the command line and in params.json. */
    public String label() {
        return label;
    }

    /** The parameter names in order: r, alpha, a, b or r, alpha, s, beta. */
    public String[] parameterNames() {
        return parameterNames.clone();
    }

    public static PurchaseModelKind parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT).replace("-", "").replace("/", "").replace("_", "");
        switch (t) {
            case "bgnbd":
                return BG_NBD;
            case "pareto":
            case "paretonbd":
                return PARETO_NBD;
            default:
                throw new IllegalArgumentException("'" + text + "' is not a purchase model: bgnbd or pareto");
        }
    }
}

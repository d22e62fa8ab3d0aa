package org.segmentlab.cli;

import java.nio.file.Path;
import org.segmentlab.core.campaign.CampaignColumns;
import picocli.CommandLine.Option;

/**
 * The results file of a campaign and how it names its arms and outcome, as every campaign command
 * (abtest, uplift) reads them.
 */
final class CampaignArmOptions {

    @Option(names = "--input", required = true, paramLabel = "FILE", description = "The campaign's results, one row per customer.")
    Path input;

    @Option(names = "--group", required = true, paramLabel = "COLUMN", description = "The column naming each customer's arm.")
    String group;

    @Option(names = "--treatment", required = true, paramLabel = "VALUE", description = "The group value of the treated.")
    String treatment;

    @Option(names = "--control", required = true, paramLabel = "VALUE", description = "The group value of the control.")
    String control;

    @Option(names = "--outcome", required = true, paramLabel = "COLUMN", description = "0/1 (yes/no, true/false): converted.")
    String outcome;

    /** The arms and the outcome as the campaign core reads them. */
    CampaignColumns columns() {
        return CampaignColumns.of(group, treatment, control, outcome);
    }
}

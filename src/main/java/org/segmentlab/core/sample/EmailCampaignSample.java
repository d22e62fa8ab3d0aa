package org.segmentlab.core.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.segmentlab.core.Progress;
import org.segmentlab.core.campaign.CampaignOutcomes;
import org.segmentlab.core.campaign.CampaignReadout;
import org.segmentlab.core.campaign.CampaignReadouts;
import org.segmentlab.core.campaign.ReadoutParams;
import org.segmentlab.core.campaign.SegmentReadout;
import org.segmentlab.core.data.ColumnRole;
import org.segmentlab.core.project.CampaignSettings;
import org.segmentlab.core.project.DataSourceRef;
import org.segmentlab.core.project.ImportSettings;
import org.segmentlab.core.project.Project;
import org.segmentlab.core.project.ProjectSettings;
import org.segmentlab.core.project.ReportSettings;
import org.segmentlab.core.project.SourceKind;

/**
 * An e-mail campaign of an online shop, run as a randomised test: 20,000 customers in five segments,
 * half sent the e-mail and half held back, and who bought in the two weeks after. The e-mail's effect
 * was planted per segment: it helps lapsing customers most, loyal ones a little, new customers barely,
 * deal seekers not at all (they buy anyway), and it hurts customers with a full inbox.
 */
public final class EmailCampaignSample implements SampleGenerator {

    public static final String NAME = "email-campaign";
    static final String FILE = "campaign.csv";
    static final int CUSTOMERS = 20_000;
    static final String TREATMENT = "email";
    static final String CONTROL = "holdout";

    /**
     * The planted segments: their share, their conversion rate without and with the e-mail, and the
     * centre of their behaviour (days since last order, orders and spend in 12 months, e-mails opened
     * in 90 days, complaints in 12 months, months as a customer).
     */
    enum Segment {
        LOYAL("Loyal regulars", 0.22, 0.090, 0.115, 15, 8, 620, 6, 0.05, 40),
        LAPSING("Lapsing customers", 0.20, 0.025, 0.080, 140, 3, 210, 2, 0.10, 30),
        NEW("New customers", 0.18, 0.050, 0.060, 25, 1, 60, 3, 0.05, 2),
        DEALS("Deal seekers", 0.22, 0.070, 0.070, 40, 5, 160, 9, 0.05, 20),
        FATIGUED("Inbox fatigued", 0.18, 0.050, 0.025, 60, 3, 260, 0.5, 1.5, 28);

        final String label;
        final double share;
        final double base;
        final double withEmail;
        final double recency;
        final double orders;
        final double spend;
        final double opens;
        final double complaints;
        final double tenure;

        Segment(String label, double share, double base, double withEmail, double recency, double orders,
                double spend, double opens, double complaints, double tenure) {
            this.label = label;
            this.share = share;
            this.base = base;
            this.withEmail = withEmail;
            this.recency = recency;
            this.orders = orders;
            this.spend = spend;
            this.opens = opens;
            this.complaints = complaints;
            this.tenure = tenure;
        }

        double uplift() {
            return withEmail - base;
        }
    }

    private record Customer(String id, Segment segment, int recency, int orders, long spendCents, int opens,
                            int complaints, int tenure, boolean emailed, boolean converted, long revenueCents) {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String summary() {
        return "e-mail campaign test: 20,000 customers in five segments, half held back, planted uplift per segment";
    }

    @Override
    public SampleResult write(Path folder, long seed, Progress progress) throws IOException {
        progress.checkCancelled();
        Draws draws = new Draws(seed);
        List<Segment> segments = new ArrayList<>();
        Segment[] all = Segment.values();
        int assigned = 0;
        for (int s = 0; s < all.length; s++) {
            int count = s == all.length - 1 ? CUSTOMERS - assigned : (int) StrictMath.round(all[s].share * CUSTOMERS);
            for (int i = 0; i < count; i++) {
                segments.add(all[s]);
            }
            assigned += count;
        }
        draws.shuffle(segments);
        List<Customer> customers = new ArrayList<>(CUSTOMERS);
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            int recency = (int) StrictMath.min(365, StrictMath.round(draws.logNormal(s.recency, 0.5)));
            int orders = StrictMath.max(1, draws.poisson(s.orders));
            long spend = StrictMath.round(orders * draws.logNormal(s.spend / s.orders, 0.4) * 100);
            int opens = draws.poisson(s.opens);
            int complaints = draws.poisson(s.complaints);
            int tenure = StrictMath.max(orders == 1 && s == Segment.NEW ? 0 : 1,
                    (int) StrictMath.round(draws.logNormal(s.tenure, 0.4)));
            boolean emailed = draws.chance(0.5);
            boolean converted = draws.chance(emailed ? s.withEmail : s.base);
            long revenue = converted ? StrictMath.round(draws.logNormal(s.spend / s.orders, 0.35) * 100) : 0;
            customers.add(new Customer(String.format(Locale.ROOT, "E%05d", i + 1), s, recency, orders, spend, opens,
                    complaints, tenure, emailed, converted, revenue));
        }
        progress.update(0.5, "Writing " + FILE);

        SampleFolder out = new SampleFolder(NAME, folder);
        out.csv(FILE, csv -> {
            csv.row("customer_id", "segment", "recency_days", "orders_12m", "spend_12m", "email_opens_90d",
                    "complaints_12m", "tenure_months", "group", "converted", "revenue");
            for (Customer c : customers) {
                csv.row(c.id(), c.segment().label, Integer.toString(c.recency()), Integer.toString(c.orders()),
                        SampleText.money(c.spendCents()), Integer.toString(c.opens()), Integer.toString(c.complaints()),
                        Integer.toString(c.tenure()), c.emailed() ? TREATMENT : CONTROL, c.converted() ? "1" : "0",
                        SampleText.money(c.revenueCents()));
            }
        });
        out.csv("answers.csv", csv -> {
            csv.row("segment", "customers", "planted_rate_without_email", "planted_rate_with_email",
                    "planted_uplift");
            for (Segment s : all) {
                long n = customers.stream().filter(c -> c.segment() == s).count();
                csv.row(s.label, Long.toString(n), SampleText.decimal(s.base, 3), SampleText.decimal(s.withEmail, 3),
                        SampleText.decimal(s.uplift(), 3));
            }
        });
        progress.update(0.7, "Reading out the planted campaign for the guide");
        out.text("README.md", guide(customers, readout(customers), seed));
        SampleResult result = out.finish(project(seed));
        progress.update(1.0, "Done");
        return result;
    }

    /** The readout the guide quotes: the same service and settings as {@code segmentlab abtest}. */
    private static CampaignReadout readout(List<Customer> customers) {
        List<String> ids = new ArrayList<>();
        boolean[] treated = new boolean[customers.size()];
        int[] converted = new int[customers.size()];
        double[] revenue = new double[customers.size()];
        String[] segments = new String[customers.size()];
        for (int i = 0; i < customers.size(); i++) {
            Customer c = customers.get(i);
            ids.add(c.id());
            treated[i] = c.emailed();
            converted[i] = c.converted() ? 1 : 0;
            revenue[i] = c.revenueCents() / 100.0;
            segments[i] = c.segment().label;
        }
        return new CampaignReadouts().read(new CampaignOutcomes(ids, treated, converted, revenue, segments),
                ReadoutParams.defaults(), Progress.none());
    }

    private static Project project(long seed) {
        Map<String, ColumnRole> roles = new LinkedHashMap<>();
        roles.put("customer_id", ColumnRole.CUSTOMER_ID);
        for (String c : List.of("segment", "recency_days", "orders_12m", "spend_12m", "email_opens_90d",
                "complaints_12m", "tenure_months", "group", "revenue")) {
            roles.put(c, ColumnRole.ATTRIBUTE);
        }
        roles.put("converted", ColumnRole.LABEL);
        ImportSettings options = ImportSettings.DETECT.withDelimiter(',').withHeader(true).withRoleOverrides(roles);
        CampaignSettings.ReadoutSettings readout = new CampaignSettings.ReadoutSettings(FILE, "group", TREATMENT,
                CONTROL, "converted", "revenue", "segment", "customer_id", ReadoutParams.DEFAULT_CONFIDENCE, 0.5);
        return Project.named("E-mail campaign sample").withSeed(seed)
                .withSource(new DataSourceRef("campaign", SourceKind.CUSTOMERS, FILE, options))
                .withSettings(ProjectSettings.EMPTY
                        .withReport(new ReportSettings("Did the e-mail campaign work, and for whom", null, null))
                        .withCampaign(CampaignSettings.EMPTY.withReadout(readout)));
    }

    private static String guide(List<Customer> customers, CampaignReadout readout, long seed) {
        StringBuilder md = new StringBuilder();
        md.append("# Sample project: email-campaign\n\n")
          .append("An online shop sent a promotional e-mail as a randomised test: of ")
          .append(SampleText.count(customers.size())).append(" customers, a coin decided who got the e-mail ")
          .append("(`group` = `email`) and who was held back (`holdout`). `converted` says whether the customer ")
          .append("ordered in the two weeks after, `revenue` how much. Each customer carries the segment the shop ")
          .append("had given them and what was known before the send. The data are made up by SegmentLab's ")
          .append("generator (seed ").append(seed).append(").\n\n");

        md.append("## Files\n\n| file | what it holds |\n|---|---|\n")
          .append("| `campaign.csv` | `customer_id, segment, recency_days, orders_12m, spend_12m, email_opens_90d, ")
          .append("complaints_12m, tenure_months, group, converted, revenue` |\n")
          .append("| `answers.csv` | the conversion rates planted in each segment without and with the e-mail |\n")
          .append("| `email-campaign.slproj.json` | the SegmentLab project: the file, its roles and the readout's ")
          .append("columns |\n\n");

        md.append("## What was planted\n\n")
          .append("| segment | customers | without e-mail | with e-mail | planted uplift | who they are |\n")
          .append("|---|---:|---:|---:|---:|---|\n");
        String[] who = {
            "recent, frequent, open some e-mails",
            "no order for months; the reminder brings them back",
            "one order so far; the e-mail barely moves them",
            "open every e-mail and buy on their own schedule: the e-mail changes nothing",
            "rarely open, have complained: the e-mail annoys them and they buy less"
        };
        Segment[] all = Segment.values();
        for (int s = 0; s < all.length; s++) {
            Segment seg = all[s];
            long n = customers.stream().filter(c -> c.segment() == seg).count();
            md.append("| ").append(seg.label).append(" | ").append(SampleText.count(n)).append(" | ")
              .append(SampleText.percent(seg.base)).append(" | ").append(SampleText.percent(seg.withEmail))
              .append(" | ").append(points(seg.uplift())).append(" | ").append(who[s]).append(" |\n");
        }
        md.append("\nThe e-mail's effect depends only on the segment; within a segment it is the same for ")
          .append("everyone. The behaviour columns overlap between segments, so a model that sees only them ")
          .append("(not `segment`) has to work for its answer.\n\n");

        md.append("## The readout\n\n```\n")
          .append("segmentlab abtest --input campaign.csv --group group --treatment email --control holdout \\\n")
          .append("    --outcome converted --revenue revenue --by segment --out readout.csv\n```\n\n")
          .append("gives (rates in percent, differences in percentage points, 95% Newcombe intervals, ")
          .append("p-values Holm-adjusted across the five segments):\n\n")
          .append("| segment | e-mailed | held back | rate e-mailed | rate held back | difference (95% CI) | ")
          .append("p (Holm) |\n|---|---:|---:|---:|---:|---|---:|\n");
        for (SegmentReadout r : readout.rows()) {
            md.append("| ").append(r.segment()).append(" | ").append(SampleText.count(r.treated())).append(" | ")
              .append(SampleText.count(r.control())).append(" | ").append(SampleText.percent(r.rateTreated()))
              .append(" | ").append(SampleText.percent(r.rateControl())).append(" | ")
              .append(points(r.difference().estimate())).append(" (").append(points(r.difference().low()))
              .append(" to ").append(points(r.difference().high())).append(") | ")
              .append(pValue(r.pValueHolm())).append(" |\n");
        }
        md.append("\n## Who to target next\n\n```\n")
          .append("segmentlab uplift --input campaign.csv --group group --treatment email --control holdout \\\n")
          .append("    --outcome converted --features recency_days,orders_12m,spend_12m,email_opens_90d,")
          .append("complaints_12m,tenure_months \\\n    --out uplift.csv --metrics metrics.json\n```\n\n")
          .append("learns each customer's uplift from the behaviour columns alone (30% of the customers, ")
          .append("stratified by group and outcome, are held out to measure it). `metrics.json` has the Qini ")
          .append("area against random targeting and the observed uplift by decile of predicted uplift; sort ")
          .append("`uplift.csv` by `uplift` for the customers to e-mail first, and look at the bottom: those are ")
          .append("the customers the e-mail puts off.\n\n");
        md.append("To plan the next test, `TestPlanner` (in `org.segmentlab.core.campaign`) gives the customers ")
          .append("each arm needs: from the held-back rate of the new customers (5%) to detect their 1-point ")
          .append("rise with 80% power at 5% significance takes about 8,200 customers per arm — more than the ")
          .append("segment has, which is why its interval still spans zero.\n\n");
        md.append("## The report\n\n```\n")
          .append("segmentlab report --project email-campaign.slproj.json --out report.html\n```\n\n")
          .append("(or the workbench's Report step) describes the five segments of the `segment` column by the ")
          .append("behaviour columns, places them on the value-and-engagement and priority matrices, and says in ")
          .append("\"Did the campaign work\" where the e-mail lifted conversion and where it did harm (each ")
          .append("segment's card too, and where nobody wrote an action the suggestion follows the test: keep ")
          .append("the lapsing customers in the next send, leave the fatigued ones out); ")
          .append("`group`, `converted` and `revenue` are left out of the profiles, being measured after the ")
          .append("send. The activation lists are one CSV of customers per segment.\n\n");

        md.append("## What you should find\n\n")
          .append("- Overall the e-mail works: the difference in `All` is ").append(found(readout, "All"))
          .append(", clearly above zero.\n")
          .append("- `Lapsing customers` gain the most (").append(found(readout, Segment.LAPSING.label))
          .append("); `Loyal regulars` gain too (").append(found(readout, Segment.LOYAL.label)).append(").\n")
          .append("- `Deal seekers` (").append(found(readout, Segment.DEALS.label)).append(") and `New customers` (")
          .append(found(readout, Segment.NEW.label)).append(") show no clear effect: their intervals span zero.\n")
          .append("- `Inbox fatigued` customers buy less when e-mailed (").append(found(readout, Segment.FATIGUED.label))
          .append("): their whole interval lies below zero. Leave them out of the next send.\n")
          .append("- The uplift model ranks lapsing customers first and fatigued ones last, although it never ")
          .append("sees the `segment` column; compare the mean of `uplift` per segment with `answers.csv`.\n");
        return md.toString();
    }

    /** "+3.81 points, from +2.59 to +5.07" for one row of the readout. */
    private static String found(CampaignReadout readout, String segment) {
        SegmentReadout r = readout.rows().stream().filter(x -> x.segment().equals(segment)).findFirst().orElseThrow();
        return points(r.difference().estimate()) + " points, from " + points(r.difference().low()) + " to "
                + points(r.difference().high());
    }

    private static String points(double difference) {
        return String.format(Locale.ROOT, "%+.2f", 100 * difference);
    }

    private static String pValue(double p) {
        return p < 0.0001 ? "< 0.0001" : String.format(Locale.ROOT, "%.4f", p);
    }
}

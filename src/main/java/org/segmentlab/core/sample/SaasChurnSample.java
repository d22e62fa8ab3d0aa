package org.segmentlab.core.sample;

import org.segmentlab.core.segment.cluster.SegmentProfile;
import org.segmentlab.core.project.ProjectStore;
import org.segmentlab.core.project.ClusteringRun;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.segmentlab.core.Progress;
import org.segmentlab.core.data.ColumnRole;
import org.segmentlab.core.data.DataFileException;
import org.segmentlab.core.project.DataSourceRef;
import org.segmentlab.core.project.FeatureSettings;
import org.segmentlab.core.project.ImportSettings;
import org.segmentlab.core.project.PredictSettings;
import org.segmentlab.core.project.Project;
import org.segmentlab.core.project.ProjectSettings;
import org.segmentlab.core.project.ReportSettings;
import org.segmentlab.core.project.SavedPrediction;
import org.segmentlab.core.project.SavedSources;
import org.segmentlab.core.project.SourceKind;

/**
 * Accounts of a software-as-a-service product with 26 weeks of usage each and a churn label.
 * Churn is more likely on the basic plan, in the first year and for less engaged accounts, and
 * most churners use the product less and less over their last weeks, so usage trends predict it.
 */
public final class SaasChurnSample implements SampleGenerator {

    public static final String NAME = "saas-churn";

    static final int ACCOUNTS = 5000;
    static final int WEEKS = 26;
    static final LocalDate FIRST_WEEK = LocalDate.of(2024, 7, 1);
    static final LocalDate AS_OF = FIRST_WEEK.plusWeeks(WEEKS);
    static final double CHURN_RATE = 0.225;
    /** Weeks at each end of the window compared to show the usage trend. */
    static final int TREND_WEEKS = 6;

    private static final LocalDate FIRST_SIGNUP = LocalDate.of(2021, 1, 4);
    private static final LocalDate LAST_SIGNUP = FIRST_WEEK.minusDays(14);

    private static final String[] PLANS = {"Basic", "Pro", "Enterprise"};
    private static final double[] PLAN_WEIGHTS = {45, 35, 20};
    private static final String[] REGIONS = {"NA", "EMEA", "APAC", "LATAM"};
    private static final double[] REGION_WEIGHTS = {40, 35, 18, 7};
    private static final String[] COMPANY_SIZES = {"1-10", "11-50", "51-200", "201-1000", "1001+"};
    private static final int[] COMPANY_SIZE_UPPER = {10, 50, 200, 1000, Integer.MAX_VALUE};

    private static final class Account {
        String id;
        int plan;
        int seats;
        String companySize;
        String region;
        LocalDate signup;
        double engagement;
        double churnScore;
        boolean churned;
        int[] logins = new int[WEEKS];
        int[] featureUses = new int[WEEKS];
        int[] tickets = new int[WEEKS];
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String summary() {
        return "software subscriptions: 5,000 accounts, 26 weeks of usage, ~22% churn driven by falling use";
    }

    @Override
    public SampleResult write(Path folder, long seed, Progress progress) throws IOException {
        Draws draws = new Draws(seed);
        List<Account> accounts = new ArrayList<>();
        for (int i = 0; i < ACCOUNTS; i++) {
            accounts.add(describe(i, draws));
        }
        double offset = offsetForChurnRate(accounts, CHURN_RATE);
        for (int i = 0; i < accounts.size(); i++) {
            if (i % 250 == 0) {
                progress.checkCancelled();
                progress.update(0.6 * i / accounts.size(), "Drawing weekly usage");
            }
            Account account = accounts.get(i);
            account.churned = draws.chance(sigmoid(offset + account.churnScore));
            drawUsage(account, draws);
        }

        SampleFolder out = new SampleFolder(NAME, folder);
        out.csv("accounts.csv", csv -> {
            csv.row("account_id", "plan", "seats", "company_size", "region", "signup_date", "churned");
            for (Account a : accounts) {
                csv.row(a.id, PLANS[a.plan], Integer.toString(a.seats), a.companySize, a.region,
                        SampleText.DATE.format(a.signup), a.churned ? "Yes" : "No");
            }
        });
        progress.update(0.65, "Writing weekly_usage.csv");
        out.csv("weekly_usage.csv", csv -> {
            csv.row("account_id", "week_start", "logins", "feature_uses", "support_tickets");
            String[] weeks = new String[WEEKS];
            for (int w = 0; w < WEEKS; w++) {
                weeks[w] = SampleText.DATE.format(FIRST_WEEK.plusWeeks(w));
            }
            for (int i = 0; i < accounts.size(); i++) {
                Account a = accounts.get(i);
                if (i % 500 == 0) {
                    progress.checkCancelled();
                    progress.update(0.65 + 0.3 * i / accounts.size(), "Writing weekly_usage.csv");
                }
                for (int w = 0; w < WEEKS; w++) {
                    csv.row(a.id, weeks[w], Integer.toString(a.logins[w]), Integer.toString(a.featureUses[w]),
                            Integer.toString(a.tickets[w]));
                }
            }
        });
        Path projectFile = folder.resolve(NAME + ProjectStore.EXTENSION);
        Project project = project(seed, projectFile, progress.slice(0.95, 0.97));
        out.text("README.md", guide(accounts, seed, modelAuc(project, projectFile, progress.slice(0.97, 1))));
        SampleResult result = out.finish(project);
        progress.update(1.0, "Done");
        return result;
    }

    private static Account describe(int index, Draws draws) {
        Account a = new Account();
        a.id = String.format(Locale.ROOT, "A%04d", index + 1);
        a.plan = draws.weighted(PLAN_WEIGHTS);
        switch (a.plan) {
            case 0:
                a.seats = draws.between(1, 5);
                break;
            case 1:
                a.seats = (int) Math.max(3, Math.min(50, StrictMath.round(draws.logNormal(10, 0.5))));
                break;
            default:
                a.seats = (int) Math.max(20, Math.min(500, StrictMath.round(draws.logNormal(60, 0.7))));
                break;
        }
        long employees = StrictMath.round(a.seats * draws.logNormal(4, 0.6));
        int size = 0;
        while (employees > COMPANY_SIZE_UPPER[size]) {
            size++;
        }
        a.companySize = COMPANY_SIZES[size];
        a.region = REGIONS[draws.weighted(REGION_WEIGHTS)];
        // More signups lately, as a growing product has: density rises linearly with time.
        long span = ChronoUnit.DAYS.between(FIRST_SIGNUP, LAST_SIGNUP);
        a.signup = FIRST_SIGNUP.plusDays(StrictMath.round(span * StrictMath.sqrt(draws.uniform())));
        a.engagement = draws.normal(0, 1);
        boolean firstYear = ChronoUnit.DAYS.between(a.signup, FIRST_WEEK) < 365;
        a.churnScore = (a.plan == 0 ? 0.7 : 0) + (a.plan == 2 ? -0.8 : 0) + (firstYear ? 0.6 : 0)
                + (a.seats <= 2 ? 0.3 : 0) - 0.9 * a.engagement;
        return a;
    }

    /** The intercept that makes the mean churn probability equal {@code rate} (bisection; the mean rises with it). */
    private static double offsetForChurnRate(List<Account> accounts, double rate) {
        double low = -10;
        double high = 10;
        for (int i = 0; i < 60; i++) {
            double mid = (low + high) / 2;
            double mean = 0;
            for (Account a : accounts) {
                mean += sigmoid(mid + a.churnScore);
            }
            mean /= accounts.size();
            if (mean < rate) {
                low = mid;
            } else {
                high = mid;
            }
        }
        return (low + high) / 2;
    }

    private static double sigmoid(double x) {
        return 1 / (1 + StrictMath.exp(-x));
    }

    private static void drawUsage(Account a, Draws draws) {
        double planUse = a.plan == 0 ? 0.9 : a.plan == 1 ? 1.0 : 0.8;
        double weeklyLogins = a.seats * 2.2 * planUse * StrictMath.exp(0.35 * a.engagement);
        double usesPerLogin = draws.logNormal(2.0, 0.35) * (a.plan == 2 ? 1.2 : 1.0);
        double ticketRate = 0.04 + 0.015 * StrictMath.sqrt(a.seats);

        double[] level = new double[WEEKS];
        double[] ticketLevel = new double[WEEKS];
        for (int w = 0; w < WEEKS; w++) {
            level[w] = seasonal(w, a.region) * draws.logNormal(1.0, 0.15);
            ticketLevel[w] = 1;
        }
        if (a.churned) {
            // Most churners fade out; some stop dead; some leave for reasons usage does not show.
            double kind = draws.uniform();
            int start = draws.between(12, 21);
            if (kind < 0.70) {
                for (int w = start; w < WEEKS; w++) {
                    level[w] *= StrictMath.pow(0.78, w - start + 1);
                }
            } else if (kind < 0.85) {
                int stop = Math.min(WEEKS - 1, start + draws.between(1, 3));
                for (int w = stop; w < WEEKS; w++) {
                    level[w] = 0;
                }
            }
            if (kind < 0.85) {
                for (int w = Math.max(0, start - 2); w <= Math.min(WEEKS - 1, start + 3); w++) {
                    ticketLevel[w] = 3;
                }
            }
        } else if (draws.chance(0.12)) {
            int dip = draws.between(0, WEEKS - 3);
            for (int w = dip; w < dip + 3; w++) {
                level[w] *= 0.5;
            }
        }
        for (int w = 0; w < WEEKS; w++) {
            a.logins[w] = draws.poisson(weeklyLogins * level[w]);
            a.featureUses[w] = a.logins[w] == 0 ? 0 : draws.poisson(a.logins[w] * usesPerLogin);
            a.tickets[w] = draws.poisson(ticketRate * ticketLevel[w]);
        }
    }

    /** Summer holidays in Europe and the Christmas weeks everywhere. */
    private static double seasonal(int week, String region) {
        LocalDate start = FIRST_WEEK.plusWeeks(week);
        double factor = 1.0;
        if ("EMEA".equals(region) && start.getMonthValue() == 8) {
            factor *= 0.8;
        }
        if (start.getMonthValue() == 12 && start.getDayOfMonth() >= 16) {
            factor *= start.getDayOfMonth() >= 23 ? 0.55 : 0.9;
        }
        return factor;
    }

    /** Logins in the last {@link #TREND_WEEKS} weeks divided by logins in the first ones. */
    static double lateToEarly(int[] logins) {
        double early = 0;
        double late = 0;
        for (int w = 0; w < TREND_WEEKS; w++) {
            early += logins[w];
            late += logins[logins.length - 1 - w];
        }
        return early == 0 ? (late == 0 ? 1 : 2) : late / early;
    }

    /** Probability that a random churner scores higher than a random retained account (ties count half). */
    private static double auc(List<Account> accounts) {
        List<double[]> scored = new ArrayList<>();
        for (Account a : accounts) {
            scored.add(new double[] {-lateToEarly(a.logins), a.churned ? 1 : 0});
        }
        scored.sort((x, y) -> Double.compare(x[0], y[0]));
        double positives = 0;
        double rankSum = 0;
        int i = 0;
        while (i < scored.size()) {
            int j = i;
            while (j < scored.size() && scored.get(j)[0] == scored.get(i)[0]) {
                j++;
            }
            double rank = (i + 1 + j) / 2.0;
            for (int k = i; k < j; k++) {
                if (scored.get(k)[1] == 1) {
                    positives++;
                    rankSum += rank;
                }
            }
            i = j;
        }
        double negatives = scored.size() - positives;
        return (rankSum - positives * (positives + 1) / 2) / (positives * negatives);
    }

    /** Usage segments of the accounts of the weekly usage log (log, then z-scores: usage is skewed). */
    static final ClusteringRun RUN = new ClusteringRun("clusters", "Customers of weekly_usage.csv",
            List.of("count_logins", "count_feature_uses", "activity_trend", "support_contacts",
                    "days_since_last_visit"), "log-zscore", "kmeans", 3, "2..8", null, null, null, 42L, null,
            "weekly_usage", ClusteringRun.CUSTOMERS_INPUT, null);

    /**
     * The features of the saved model: columns of the customer table (usage in the recent window, its
     * trend, support contacts, plan, seats and tenure), where the churn signal lives.
     */
    static final List<String> MODEL_FEATURES = List.of("count_logins", "count_feature_uses", "activity_trend",
            "support_contacts", "days_since_last_visit", "days_active", "plan", "seats", "days_since_signup_date");

    /** The hold-out ROC AUC of the project's saved model, trained again as the report trains it. */
    static double modelAuc(Project project, Path projectFile, Progress progress) throws IOException {
        try {
            return new SavedPrediction().replay(new SavedSources(project, projectFile), progress)
                    .orElseThrow(() -> new IOException("the sample project keeps no model"))
                    .training().evaluation().rocAuc();
        } catch (DataFileException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static Project project(long seed, Path projectFile, Progress progress) throws IOException {
        Map<String, ColumnRole> accountRoles = new LinkedHashMap<>();
        accountRoles.put("account_id", ColumnRole.CUSTOMER_ID);
        accountRoles.put("plan", ColumnRole.ATTRIBUTE);
        accountRoles.put("seats", ColumnRole.ATTRIBUTE);
        accountRoles.put("company_size", ColumnRole.ATTRIBUTE);
        accountRoles.put("region", ColumnRole.ATTRIBUTE);
        accountRoles.put("signup_date", ColumnRole.ATTRIBUTE);
        accountRoles.put("churned", ColumnRole.LABEL);
        Map<String, ColumnRole> usageRoles = new LinkedHashMap<>();
        usageRoles.put("account_id", ColumnRole.CUSTOMER_ID);
        usageRoles.put("week_start", ColumnRole.TIMESTAMP);
        usageRoles.put("logins", ColumnRole.ATTRIBUTE);
        usageRoles.put("feature_uses", ColumnRole.ATTRIBUTE);
        usageRoles.put("support_tickets", ColumnRole.ATTRIBUTE);
        ImportSettings csv = ImportSettings.DETECT.withDelimiter(',').withHeader(true);
        ProjectSettings settings = ProjectSettings.EMPTY
                .withFeatures(FeatureSettings.DEFAULTS.withAsOf(AS_OF).withWindowDays(TREND_WEEKS * 7))
                .withPredict(new PredictSettings(PredictSettings.CUSTOMERS_INPUT, "churned", "Yes", MODEL_FEATURES,
                        "logistic", "stratified:0.2", seed))
                .withReport(new ReportSettings("Which accounts are about to churn?", null, null));
        Project project = Project.named("SaaS churn sample").withSeed(seed)
                .withSource(new DataSourceRef("accounts", SourceKind.ATTRIBUTES, "accounts.csv",
                        csv.withRoleOverrides(accountRoles)))
                .withSource(new DataSourceRef("weekly_usage", SourceKind.EVENTS, "weekly_usage.csv",
                        csv.withRoleOverrides(usageRoles)))
                .withSettings(settings);
        return SampleSegments.withNamedRun(project, projectFile, RUN.withSeed(seed), SaasChurnSample::naming,
                progress);
    }

    /** Names from how much and how lately the accounts use the product. */
    static SampleSegments.Naming naming(SegmentProfile profile) {
        if (SampleSegments.z(profile, "days_since_last_visit") > 1) {
            return new SampleSegments.Naming("Gone quiet", "Call the account owner this week: find out what "
                    + "stopped them and offer a guided restart; the highest churn risk.", 2);
        }
        if (SampleSegments.z(profile, "count_logins") > 0.5) {
            return new SampleSegments.Naming("Power users", "Look after them: a customer success check-in, "
                    + "quick support and an upgrade path; watch their falling trend.", 4);
        }
        return new SampleSegments.Naming("Steady users", "Nudge deeper use with in-app tips on the features "
                + "they have not tried; renewal reminders in good time.", 5);
    }

    private static String guide(List<Account> accounts, long seed, double modelAuc) {
        int churned = 0;
        int[] perPlan = new int[PLANS.length];
        int[] churnedPerPlan = new int[PLANS.length];
        double[] early = new double[2];
        double[] late = new double[2];
        int[] members = new int[2];
        double[] tickets = new double[2];
        for (Account a : accounts) {
            int group = a.churned ? 1 : 0;
            churned += group;
            perPlan[a.plan]++;
            churnedPerPlan[a.plan] += group;
            members[group]++;
            for (int w = 0; w < TREND_WEEKS; w++) {
                early[group] += a.logins[w];
                late[group] += a.logins[WEEKS - 1 - w];
            }
            for (int w = 0; w < WEEKS; w++) {
                tickets[group] += a.tickets[w];
            }
        }
        StringBuilder md = new StringBuilder();
        md.append("# Sample project: saas-churn\n\n")
          .append(SampleText.count(accounts.size())).append(" accounts of a software-as-a-service product, each with ")
          .append(WEEKS).append(" weeks of usage (weeks starting ").append(FIRST_WEEK).append(" to ")
          .append(FIRST_WEEK.plusWeeks(WEEKS - 1)).append(") and whether it churned at the end: ")
          .append(SampleText.count(churned)).append(" did (")
          .append(SampleText.percent((double) churned / accounts.size())).append("). ")
          .append("The data are made up by SegmentLab's generator (seed ").append(seed)
          .append(") so you can practise churn modelling on data whose causes you know.\n\n");

        md.append("## Files\n\n| file | what it holds |\n|---|---|\n")
          .append("| `accounts.csv` | one row per account: `account_id, plan, seats, company_size, region, ")
          .append("signup_date, churned (Yes/No)` |\n")
          .append("| `weekly_usage.csv` | one row per account and week: `account_id, week_start, logins, ")
          .append("feature_uses, support_tickets` |\n")
          .append("| `saas-churn.slproj.json` | the SegmentLab project: both sources with their roles ")
          .append("(`churned` is the label, positive class `Yes`), usage segments and a churn model on the ")
          .append("customer table |\n\n");

        md.append("## What was planted\n\n")
          .append("- Churn is more likely on the Basic plan, in an account's first year, for accounts with one or ")
          .append("two seats and for accounts whose users are less engaged. Churn by plan: ");
        for (int p = 0; p < PLANS.length; p++) {
            md.append(p == 0 ? "" : ", ").append(PLANS[p]).append(' ')
              .append(SampleText.percent((double) churnedPerPlan[p] / perPlan[p]));
        }
        md.append(".\n")
          .append("- Most churners use the product less and less in their last weeks; some stop at once; about ")
          .append("one in seven leaves with no warning in the usage at all. Churners also open more support ")
          .append("tickets around the time their use starts to fall.\n")
          .append("- Some accounts that stay have a dip of a few weeks, and everybody uses the product less in ")
          .append("the Christmas weeks (and EMEA in August), so a single bad week is not a sure sign.\n\n")
          .append("| | accounts | logins per week, first ").append(TREND_WEEKS).append(" weeks | last ")
          .append(TREND_WEEKS).append(" weeks | last ÷ first | support tickets per account |\n")
          .append("|---|---:|---:|---:|---:|---:|\n");
        String[] labels = {"stayed", "churned"};
        for (int g = 0; g < 2; g++) {
            md.append("| ").append(labels[g]).append(" | ").append(SampleText.count(members[g]))
              .append(" | ").append(SampleText.decimal(early[g] / members[g] / TREND_WEEKS, 1))
              .append(" | ").append(SampleText.decimal(late[g] / members[g] / TREND_WEEKS, 1))
              .append(" | ").append(SampleText.decimal(late[g] / early[g], 2))
              .append(" | ").append(SampleText.decimal(tickets[g] / members[g], 2)).append(" |\n");
        }
        md.append("\nOn its own, one number per account, logins in the last ").append(TREND_WEEKS)
          .append(" weeks divided by logins in the first ").append(TREND_WEEKS)
          .append(", already ranks churners above stayers with an AUC of ")
          .append(SampleText.decimal(auc(accounts), 2)).append(".\n\n");

        md.append("## Steps in the workbench\n\n")
          .append("1. Open `saas-churn.slproj.json`. The Data view shows both files and their roles.\n")
          .append("2. Build the customer table as of ").append(AS_OF).append(" with a recent window of ")
          .append(TREND_WEEKS * 7).append(" days: usage totals, trends (recent vs earlier weeks), tenure, ")
          .append("and the account attributes.\n")
          .append("3. Open the Predict view. It learns from the customer table of step 2, with the outcome ")
          .append("`churned` (positive class `Yes`) joined from `accounts.csv`, a stratified 80/20 split and seed ")
          .append(seed).append(". Train a logistic regression, then a random forest.\n")
          .append("4. Compare ROC and precision-recall curves, pick a threshold, and read which features the ")
          .append("model leans on.\n")
          .append("5. Score all accounts and look at the highest-risk ones that have not churned yet.\n\n");

        md.append("## The same from the command line\n\n```\n")
          .append("segmentlab inspect --input weekly_usage.csv\n")
          .append("segmentlab features --events weekly_usage.csv --attributes accounts.csv --as-of ").append(AS_OF)
          .append(" --window-days ").append(TREND_WEEKS * 7).append(" --out customers.csv\n")
          .append("segmentlab train --input customers.csv --id customer_id --label churned --features FEATURES \\\n")
          .append("    --model forest --split stratified:0.2 --seed ").append(seed)
          .append(" --save churn.slm --metrics metrics.json\n")
          .append("segmentlab score --model churn.slm --input customers.csv --out scores.csv\n")
          .append("segmentlab report --project saas-churn.slproj.json --out report.pdf\n")
          .append("segmentlab export --project saas-churn.slproj.json --out activation --with-scores\n```\n\n")
          .append("The project keeps usage segments of the accounts (their weekly usage, k-means with k = 3) and ")
          .append("its Predict settings; `segmentlab report` runs both again and shows each segment's mean churn ")
          .append("risk and what drives it; `segmentlab export --with-scores` adds each account's score. ")
          .append("Its model is a logistic regression on the customer table, as the Predict step trains it, with ")
          .append("the features ").append(String.join(", ", MODEL_FEATURES))
          .append(": on the 20% of accounts held out it reaches a ROC AUC of ")
          .append(SampleText.decimal(modelAuc, 3)).append(".\n\n")
          .append("`FEATURES` is a comma-separated list of columns of `customers.csv` (see its first line); ")
          .append("leave out `customer_id` and `churned`.\n\n");

        md.append("## What you should find\n\n")
          .append("- Features that compare recent use with earlier use (trends, last weeks vs first weeks) ")
          .append("matter most; plan, tenure and seats help a little.\n")
          .append("- A model on trend, support, plan and tenure features beats that single ratio by a few ")
          .append("points of AUC, but none gets near 1.0: the churners who left without warning cannot be ")
          .append("told from usage.\n")
          .append("- The support tickets column helps: tickets rise when use starts to fall.\n");
        return md.toString();
    }
}

package org.segmentlab.core.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.segmentlab.core.Progress;
import org.segmentlab.core.data.ColumnRole;
import org.segmentlab.core.project.ClusteringRun;
import org.segmentlab.core.project.DataSourceRef;
import org.segmentlab.core.project.ImportSettings;
import org.segmentlab.core.project.Project;
import org.segmentlab.core.project.ProjectSettings;
import org.segmentlab.core.project.ProjectStore;
import org.segmentlab.core.project.ReportSettings;
import org.segmentlab.core.project.SourceKind;
import org.segmentlab.core.segment.cluster.SegmentProfile;

/**
 * Members of a shopping-mall loyalty card, in the layout of the classic mall customers table:
 * gender, age, annual income and a spending score. Five groups are planted in income × score,
 * so k-means with k = 5 on those two columns finds them, and the elbow and silhouette point at 5.
 */
public final class MallDemographicsSample implements SampleGenerator {

    public static final String NAME = "mall-demographics";
    static final String INCOME = "Annual Income (k$)";
    static final String SPENDING = "Spending Score (1-100)";

    static final int CUSTOMERS = 300;

    /** The planted groups: centre and spread of income (k$), spending score and age. */
    enum Group {
        AVERAGE("average", 0.39, "middle income, middle spending", 55, 8, 50, 6, 42, 15),
        HIGH_INCOME_HIGH_SPEND("high_income_high_spend", 0.20, "high income, spend a lot; young", 87, 12, 82, 8, 32, 4),
        HIGH_INCOME_LOW_SPEND("high_income_low_spend", 0.18, "high income, spend little; older", 88, 12, 17, 8, 41, 11),
        LOW_INCOME_HIGH_SPEND("low_income_high_spend", 0.12, "low income, spend a lot; young", 25, 7, 79, 9, 25, 5),
        LOW_INCOME_LOW_SPEND("low_income_low_spend", 0.11, "low income, spend little", 26, 7, 20, 9, 45, 13);

        final String label;
        final double share;
        final String planted;
        final double income;
        final double incomeSd;
        final double score;
        final double scoreSd;
        final double age;
        final double ageSd;

        Group(String label, double share, String planted, double income, double incomeSd, double score,
              double scoreSd, double age, double ageSd) {
            this.label = label;
            this.share = share;
            this.planted = planted;
            this.income = income;
            this.incomeSd = incomeSd;
            this.score = score;
            this.scoreSd = scoreSd;
            this.age = age;
            this.ageSd = ageSd;
        }
    }

    private record Customer(int id, String gender, int age, int income, int score, Group group) {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String summary() {
        return "mall loyalty card: 300 customers, age, income and spending score, five planted groups";
    }

    @Override
    public SampleResult write(Path folder, long seed, Progress progress) throws IOException {
        progress.checkCancelled();
        Draws draws = new Draws(seed);
        List<Group> groups = new ArrayList<>();
        Group[] all = Group.values();
        int assigned = 0;
        for (int g = 0; g < all.length; g++) {
            int count = g == all.length - 1 ? CUSTOMERS - assigned : (int) StrictMath.round(all[g].share * CUSTOMERS);
            for (int i = 0; i < count; i++) {
                groups.add(all[g]);
            }
            assigned += count;
        }
        draws.shuffle(groups);
        List<Customer> customers = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            Group g = groups.get(i);
            String gender = draws.chance(0.56) ? "Female" : "Male";
            int age = draws.normalInt(g.age, g.ageSd, 18, 70);
            int income = draws.normalInt(g.income, g.incomeSd, 15, 140);
            int score = draws.normalInt(g.score, g.scoreSd, 1, 99);
            customers.add(new Customer(i + 1, gender, age, income, score, g));
        }
        progress.update(0.5, "Writing customers.csv");

        SampleFolder out = new SampleFolder(NAME, folder);
        out.csv("customers.csv", csv -> {
            csv.row("CustomerID", "Gender", "Age", INCOME, SPENDING);
            for (Customer c : customers) {
                csv.row(Integer.toString(c.id()), c.gender(), Integer.toString(c.age()), Integer.toString(c.income()),
                        Integer.toString(c.score()));
            }
        });
        out.csv("answers.csv", csv -> {
            csv.row("customer_id", "planted_group");
            for (Customer c : customers) {
                csv.row(Integer.toString(c.id()), c.group().label);
            }
        });
        out.text("README.md", guide(customers, seed));
        SampleResult result = out.finish(project(seed, folder.resolve(NAME + ProjectStore.EXTENSION),
                progress.slice(0.8, 1)));
        progress.update(1.0, "Done");
        return result;
    }

    /** The clustering the guide walks through: k-means on income and spending score, k = 5 of a 2..10 sweep. */
    static final ClusteringRun RUN = new ClusteringRun("clusters", "customers.csv",
            List.of(INCOME, SPENDING), "zscore", "kmeans", 5, "2..10", null, null, null, 42L, null, "customers",
            ClusteringRun.TABLE_INPUT, "CustomerID");

    private static Project project(long seed, Path projectFile, Progress progress) throws IOException {
        Map<String, ColumnRole> roles = new LinkedHashMap<>();
        roles.put("CustomerID", ColumnRole.CUSTOMER_ID);
        roles.put("Gender", ColumnRole.ATTRIBUTE);
        roles.put("Age", ColumnRole.ATTRIBUTE);
        roles.put(INCOME, ColumnRole.ATTRIBUTE);
        roles.put(SPENDING, ColumnRole.ATTRIBUTE);
        ImportSettings options = ImportSettings.DETECT.withDelimiter(',').withHeader(true).withRoleOverrides(roles);
        Project project = Project.named("Mall customers sample").withSeed(seed)
                .withSource(new DataSourceRef("customers", SourceKind.CUSTOMERS, "customers.csv", options))
                .withSettings(ProjectSettings.EMPTY.withReport(
                        new ReportSettings("Mall customers: five segments", null, null)));
        return SampleSegments.withNamedRun(project, projectFile, RUN.withSeed(seed),
                MallDemographicsSample::naming, progress);
    }

    /** Names from the two clustered measures, as an analyst reads the profile. */
    static SampleSegments.Naming naming(SegmentProfile profile) {
        double income = SampleSegments.z(profile, INCOME);
        double spending = SampleSegments.z(profile, SPENDING);
        if (Math.abs(income) < 0.5 && Math.abs(spending) < 0.5) {
            return new SampleSegments.Naming("Middle of the road", "Keep them in the loyalty programme with broad "
                    + "seasonal offers; test which categories lift their spending.", 4);
        }
        if (income >= 0 && spending >= 0) {
            return new SampleSegments.Naming("Affluent big spenders", "Protect and reward: VIP evenings, early "
                    + "access to new collections, a personal shopper.", 4);
        }
        if (income >= 0) {
            return new SampleSegments.Naming("Affluent but careful", "Win a larger share of their wallet with "
                    + "quality and service rather than discounts; invite them to try premium brands.", 2);
        }
        if (spending >= 0) {
            return new SampleSegments.Naming("Young enthusiasts", "Reach them on social media with trend-led "
                    + "campaigns and student offers; keep an eye on how much they can afford.", 5);
        }
        return new SampleSegments.Naming("Budget-conscious", "Low-cost reach only: sale alerts and value bundles "
                + "by e-mail.", 2);
    }

    private static String guide(List<Customer> customers, long seed) {
        Map<Group, List<Customer>> byGroup = new EnumMap<>(Group.class);
        int women = 0;
        for (Customer c : customers) {
            byGroup.computeIfAbsent(c.group(), g -> new ArrayList<>()).add(c);
            women += "Female".equals(c.gender()) ? 1 : 0;
        }
        StringBuilder md = new StringBuilder();
        md.append("# Sample project: mall-demographics\n\n")
          .append(SampleText.count(customers.size())).append(" members of a shopping mall's loyalty card (")
          .append(SampleText.percent((double) women / customers.size())).append(" women), with their age, ")
          .append("annual income and a spending score the mall gives from their purchases. It has the layout ")
          .append("of the classic mall customers table used to teach clustering. The data are made up by ")
          .append("SegmentLab's generator (seed ").append(seed).append(").\n\n");

        md.append("## Files\n\n| file | what it holds |\n|---|---|\n")
          .append("| `customers.csv` | `CustomerID, Gender, Age, Annual Income (k$), Spending Score (1-100)` |\n")
          .append("| `answers.csv` | the group planted for each customer (`customer_id, planted_group`) |\n")
          .append("| `mall-demographics.slproj.json` | the SegmentLab project: the customer table and its roles |\n\n");

        md.append("## What was planted\n\nFive groups in income × spending score (means over each group):\n\n")
          .append("| planted group | customers | who they are | income (k$) | spending score | age |\n")
          .append("|---|---:|---|---:|---:|---:|\n");
        for (Group group : Group.values()) {
            List<Customer> members = byGroup.getOrDefault(group, List.of());
            double income = 0;
            double score = 0;
            double age = 0;
            for (Customer c : members) {
                income += c.income();
                score += c.score();
                age += c.age();
            }
            int n = Math.max(1, members.size());
            md.append("| `").append(group.label).append("` | ").append(members.size()).append(" | ")
              .append(group.planted).append(" | ").append(SampleText.decimal(income / n, 1))
              .append(" | ").append(SampleText.decimal(score / n, 1))
              .append(" | ").append(SampleText.decimal(age / n, 1)).append(" |\n");
        }
        md.append("\nGender was drawn the same way in every group: it does not separate them.\n\n");

        md.append("## Steps in the workbench\n\n")
          .append("1. Open `mall-demographics.slproj.json`. The Data view shows the five columns; CustomerID is ")
          .append("the customer id.\n")
          .append("2. Plot Annual Income against Spending Score: you can see the groups by eye.\n")
          .append("3. Cluster on `Annual Income (k$)` and `Spending Score (1-100)` (z-score scaling, k-means, ")
          .append("sweep k from 2 to 10). Read the elbow (WCSS) and the silhouette per k.\n")
          .append("4. Take k = 5, name the segments from their profiles, then compare with `answers.csv`.\n")
          .append("5. Add Age and see what changes; add Gender (encoded) and see that it only adds noise.\n\n");

        md.append("## The same from the command line\n\n```\n")
          .append("segmentlab inspect --input customers.csv\n")
          .append("segmentlab cluster --input customers.csv --id CustomerID \\\n")
          .append("    --features \"Annual Income (k\\$),Spending Score (1-100)\" --scale zscore \\\n")
          .append("    --algorithm kmeans --k-range 2..10 --seed ").append(seed)
          .append(" --out assignments.csv --metrics metrics.json\n")
          .append("segmentlab report --project mall-demographics.slproj.json --out report.pdf\n```\n\n")
          .append("The project keeps that run (k = 5) with a name, an action and an ease of reach for each segment: ")
          .append("`segmentlab report` runs it again and writes the stakeholder report (`.pdf` or `.html`), ")
          .append("`segmentlab export --project mall-demographics.slproj.json --out activation` the customer lists.\n\n");

        md.append("## What you should find\n\n")
          .append("- The silhouette is highest at k = 5, and the WCSS curve bends there.\n")
          .append("- With k = 5 the clusters match the planted groups for nearly every customer; the few ")
          .append("mismatches sit where two groups' clouds touch.\n")
          .append("- The two young groups (`high_income_high_spend`, `low_income_high_spend`) are the mall's ")
          .append("best targets; `high_income_low_spend` is the group with room to grow.\n");
        return md.toString();
    }
}

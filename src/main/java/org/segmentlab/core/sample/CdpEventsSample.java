package org.segmentlab.core.sample;

import org.segmentlab.core.segment.cluster.SegmentProfile;
import org.segmentlab.core.project.ProjectStore;
import org.segmentlab.core.project.ClusteringRun;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.segmentlab.core.Progress;
import org.segmentlab.core.data.ColumnRole;
import org.segmentlab.core.project.DataSourceRef;
import org.segmentlab.core.project.FeatureSettings;
import org.segmentlab.core.project.ImportSettings;
import org.segmentlab.core.project.Project;
import org.segmentlab.core.project.ProjectSettings;
import org.segmentlab.core.project.ReportSettings;
import org.segmentlab.core.project.SourceKind;

/**
 * Six months of web-shop events from a customer data platform: users visit in sessions (bursts
 * of events minutes apart, sessions hours or days apart), browse, search, fill carts and buy, or
 * drop out of the funnel on the way. Six kinds of users are planted through how often they come,
 * what they do in a session and when they stop coming.
 */
public final class CdpEventsSample implements SampleGenerator {

    public static final String NAME = "cdp-events";

    static final int USERS = 2000;
    static final LocalDate FIRST_DAY = LocalDate.of(2024, 7, 1);
    static final LocalDate LAST_DAY = LocalDate.of(2024, 12, 31);
    static final LocalDate AS_OF = LAST_DAY.plusDays(1);

    private static final int FIRST_USER_ID = 1001;
    private static final long FIRST_SECOND = FIRST_DAY.atStartOfDay().toEpochSecond(ZoneOffset.UTC);
    private static final long LAST_SECOND = AS_OF.atStartOfDay().toEpochSecond(ZoneOffset.UTC) - 1;
    private static final long DAY = 86_400;
    /** Black Friday week, when deal hunters come far more often and buy. */
    private static final long SALE_FROM = LocalDate.of(2024, 11, 25).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
    private static final long SALE_TO = LocalDate.of(2024, 12, 3).atStartOfDay().toEpochSecond(ZoneOffset.UTC);

    static final String[] EVENT_TYPES = {"page_viewed", "search", "item_added", "checkout_started", "purchased",
        "support_contacted"};
    private static final int VIEW = 0;
    private static final int SEARCH = 1;
    private static final int ADD = 2;
    private static final int CHECKOUT = 3;
    private static final int PURCHASE = 4;
    private static final int SUPPORT = 5;

    private static final String[] CATEGORIES = {"tech", "home", "style", "beauty", "books", "toys", "sport", "food"};
    private static final String[] PLANS = {"free", "plus", "premium"};
    private static final String[] COUNTRIES = {"US", "UK", "DE", "FR", "ES", "IT", "NL"};
    private static final double[] COUNTRY_WEIGHTS = {40, 15, 12, 10, 8, 7, 8};
    /** Sessions start more often at lunch and in the evening. */
    private static final double[] HOUR_WEIGHTS = {1, 0.5, 0.3, 0.2, 0.2, 0.4, 1, 2, 3, 3.5, 4, 4.5,
        6, 5.5, 4.5, 4, 4, 4.5, 5.5, 7, 8, 7.5, 5, 2.5};

    /** The kinds of user planted in the data; {@code label} is what answers.csv says. */
    enum Persona {
        LOYAL_BUYER("loyal_buyer", 0.15, "come most weeks, all along, and buy in many visits",
                0.70, new double[] {0.42, 0.10, 0.25, 0.23}, 0.70, 0.80, 0.02, new double[] {0.3, 0.4, 0.3}, 41, 11),
        BROWSER("browser", 0.30, "look at many pages, rarely put anything in the cart",
                0.44, new double[] {0.57, 0.08, 0.06, 0.29}, 0.25, 0.50, 0.01, new double[] {0.75, 0.2, 0.05}, 35, 13),
        DEAL_HUNTER("deal_hunter", 0.15, "search a lot, abandon carts, buy in the Black Friday week",
                0.40, new double[] {0.33, 0.28, 0.18, 0.21}, 0.35, 0.45, 0.02, new double[] {0.6, 0.35, 0.05}, 29, 7),
        NEW_USER("new_user", 0.15, "first came in the last six weeks",
                0.85, new double[] {0.46, 0.12, 0.15, 0.27}, 0.45, 0.60, 0.04, new double[] {0.8, 0.15, 0.05}, 30, 10),
        LAPSED("lapsed", 0.15, "active buyers in the summer, gone since September or October",
                0.66, new double[] {0.42, 0.10, 0.20, 0.28}, 0.55, 0.70, 0.03, new double[] {0.6, 0.3, 0.1}, 38, 12),
        SUPPORT_HEAVY("support_heavy", 0.10, "contact support in many sessions, often after a failed checkout",
                0.42, new double[] {0.42, 0.10, 0.15, 0.33}, 0.50, 0.40, 0.30, new double[] {0.4, 0.4, 0.2}, 52, 12);

        final String label;
        final double share;
        final String planted;
        final double sessionsPerWeek;
        /** Chances of the next step in a session: view a page, search, add to cart, leave. */
        final double[] nextStep;
        final double checkoutChance;
        final double purchaseChance;
        final double supportChance;
        final double[] planWeights;
        final double meanAge;
        final double ageSd;

        Persona(String label, double share, String planted, double sessionsPerWeek, double[] nextStep,
                double checkoutChance, double purchaseChance, double supportChance, double[] planWeights,
                double meanAge, double ageSd) {
            this.label = label;
            this.share = share;
            this.planted = planted;
            this.sessionsPerWeek = sessionsPerWeek;
            this.nextStep = nextStep;
            this.checkoutChance = checkoutChance;
            this.purchaseChance = purchaseChance;
            this.supportChance = supportChance;
            this.planWeights = planWeights;
            this.meanAge = meanAge;
            this.ageSd = ageSd;
        }
    }

    private record Event(long second, int user, int type, int category) {
    }

    private static final class User {
        final int id;
        final Persona persona;
        final double[] categoryWeights;
        final int age;
        final String plan;
        final String country;
        int sessions;
        int purchases;
        int supportContacts;
        long lastSecond;

        User(int id, Persona persona, Draws draws) {
            this.id = id;
            this.persona = persona;
            this.categoryWeights = favouriteCategories(draws);
            this.age = draws.normalInt(persona.meanAge, persona.ageSd, 18, 80);
            this.plan = PLANS[draws.weighted(persona.planWeights)];
            this.country = COUNTRIES[draws.weighted(COUNTRY_WEIGHTS)];
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String summary() {
        return "web-shop event log: 2,000 users, ~110k events in sessions with a purchase funnel, six planted user kinds";
    }

    @Override
    public SampleResult write(Path folder, long seed, Progress progress) throws IOException {
        Draws draws = new Draws(seed);
        List<Persona> personas = personasInRandomOrder(draws);
        List<User> users = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < personas.size(); i++) {
            if (i % 100 == 0) {
                progress.checkCancelled();
                progress.update(0.6 * i / personas.size(), "Drawing sessions");
            }
            User user = new User(FIRST_USER_ID + i, personas.get(i), draws);
            users.add(user);
            for (long start : sessionStarts(user.persona, draws)) {
                long end = session(user, start, draws, events);
                if (end >= 0) {
                    user.sessions++;
                    user.lastSecond = end;
                }
            }
        }
        progress.update(0.65, "Sorting events");
        events.sort(Comparator.comparingLong(Event::second).thenComparingInt(Event::user));

        SampleFolder out = new SampleFolder(NAME, folder);
        out.csv("events.csv", csv -> {
            csv.row("user_id", "timestamp", "event_type", "category");
            for (int i = 0; i < events.size(); i++) {
                if (i % 10_000 == 0) {
                    progress.checkCancelled();
                    progress.update(0.7 + 0.25 * i / events.size(), "Writing events.csv");
                }
                Event e = events.get(i);
                csv.row(Integer.toString(e.user()),
                        SampleText.DATE_TIME.format(LocalDateTime.ofEpochSecond(e.second(), 0, ZoneOffset.UTC)),
                        EVENT_TYPES[e.type()], e.category() < 0 ? "" : CATEGORIES[e.category()]);
            }
        });
        out.csv("users.csv", csv -> {
            csv.row("user_id", "age", "plan", "country");
            for (User u : users) {
                csv.row(Integer.toString(u.id), Integer.toString(u.age), u.plan, u.country);
            }
        });
        out.csv("answers.csv", csv -> {
            csv.row("user_id", "planted_group");
            for (User u : users) {
                csv.row(Integer.toString(u.id), u.persona.label);
            }
        });
        out.text("README.md", guide(users, events, seed));
        SampleResult result = out.finish(project(seed, folder.resolve(NAME + ProjectStore.EXTENSION),
                progress.slice(0.95, 1)));
        progress.update(1.0, "Done");
        return result;
    }

    private static List<Persona> personasInRandomOrder(Draws draws) {
        List<Persona> personas = new ArrayList<>();
        Persona[] all = Persona.values();
        int assigned = 0;
        for (int p = 0; p < all.length; p++) {
            int count = p == all.length - 1 ? USERS - assigned : (int) StrictMath.round(all[p].share * USERS);
            for (int i = 0; i < count; i++) {
                personas.add(all[p]);
            }
            assigned += count;
        }
        draws.shuffle(personas);
        return personas;
    }

    /** A main interest, a second one, and a little of everything else. */
    private static double[] favouriteCategories(Draws draws) {
        double[] weights = new double[CATEGORIES.length];
        Arrays.fill(weights, 0.15 / CATEGORIES.length);
        int main = draws.between(0, CATEGORIES.length - 1);
        int second = (main + draws.between(1, CATEGORIES.length - 1)) % CATEGORIES.length;
        weights[main] += 0.60;
        weights[second] += 0.25;
        return weights;
    }

    /** When the user's sessions start (epoch seconds, in order). */
    private static List<Long> sessionStarts(Persona persona, Draws draws) {
        long from = FIRST_SECOND;
        long to = LAST_SECOND;
        if (persona == Persona.NEW_USER) {
            from = LAST_SECOND - draws.between(1, 42) * DAY;
        } else if (persona == Persona.LAPSED) {
            to = FIRST_SECOND + draws.between(60, 110) * DAY;
        }
        double weeks = (to - from) / (7.0 * DAY);
        int count = Math.max(1, draws.poisson(persona.sessionsPerWeek * weeks));
        if (persona == Persona.DEAL_HUNTER) {
            count += 2 + draws.poisson(2);
        }
        List<Long> starts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            boolean sale = persona == Persona.DEAL_HUNTER && draws.chance(0.25);
            long day = sale
                    ? SALE_FROM + draws.between(0, (int) ((SALE_TO - SALE_FROM) / DAY) - 1) * DAY
                    : from - Math.floorMod(from, DAY) + draws.between(0, (int) ((to - from) / DAY)) * DAY;
            long start = day + draws.weighted(HOUR_WEIGHTS) * 3600L + draws.between(0, 3599);
            if (start >= from && start <= to - 3600) {
                starts.add(start);
            }
        }
        if (starts.isEmpty()) {
            starts.add(from + (to - from) / 2);
        }
        starts.sort(Long::compare);
        return starts;
    }

    /**
     * Plays one session from {@code start}, appending its events; returns the time of its last
     * event, or -1 when the session would start too late (after the previous one ran long).
     */
    private static long session(User user, long start, Draws draws, List<Event> events) {
        Persona persona = user.persona;
        long lastEnd = events.isEmpty() ? 0 : lastEventOf(user, events);
        // a new session starts at least half an hour after the previous one ended
        long t = Math.max(start, lastEnd + 1800 + StrictMath.round(draws.exponential(3600)));
        if (t > LAST_SECOND - 600) {
            return -1;
        }
        boolean sale = t >= SALE_FROM && t < SALE_TO;
        int category = draws.weighted(user.categoryWeights);
        events.add(new Event(t, user.id, VIEW, category));
        int firstInCart = -1;
        for (int step = 0; step < 40; step++) {
            int next = draws.weighted(persona.nextStep);
            if (next == 3) {
                break;
            }
            if (next == VIEW) {
                t += 5 + StrictMath.round(draws.exponential(45));
                if (draws.chance(0.3)) {
                    category = draws.weighted(user.categoryWeights);
                }
                events.add(new Event(t, user.id, VIEW, category));
            } else if (next == SEARCH) {
                t += 5 + StrictMath.round(draws.exponential(30));
                events.add(new Event(t, user.id, SEARCH, -1));
                t += 2 + StrictMath.round(draws.exponential(10));
                category = draws.weighted(user.categoryWeights);
                events.add(new Event(t, user.id, VIEW, category));
            } else {
                t += 10 + StrictMath.round(draws.exponential(30));
                events.add(new Event(t, user.id, ADD, category));
                if (firstInCart < 0) {
                    firstInCart = category;
                }
            }
        }
        boolean dealDay = persona == Persona.DEAL_HUNTER && sale;
        boolean failedCheckout = false;
        if (firstInCart >= 0 && draws.chance(dealDay ? 0.85 : persona.checkoutChance)) {
            t += 20 + StrictMath.round(draws.exponential(60));
            events.add(new Event(t, user.id, CHECKOUT, -1));
            if (draws.chance(dealDay ? 0.8 : persona.purchaseChance)) {
                t += 30 + StrictMath.round(draws.exponential(90));
                events.add(new Event(t, user.id, PURCHASE, firstInCart));
                user.purchases++;
            } else {
                failedCheckout = true;
            }
        }
        double supportChance = persona.supportChance + (failedCheckout && persona == Persona.SUPPORT_HEAVY ? 0.5 : 0);
        if (draws.chance(supportChance)) {
            t += 30 + StrictMath.round(draws.exponential(120));
            events.add(new Event(t, user.id, SUPPORT, -1));
            user.supportContacts++;
        }
        return Math.min(t, LAST_SECOND);
    }

    /** The time of the user's latest event so far; events of one user are appended together. */
    private static long lastEventOf(User user, List<Event> events) {
        Event last = events.get(events.size() - 1);
        return last.user() == user.id ? last.second() : 0;
    }

    /** Behaviour segments of the users of the events log, the sweep's k (log, then z-scores: counts are skewed). */
    static final ClusteringRun RUN = new ClusteringRun("clusters", "Customers of events.csv",
            List.of("session_count", "count_purchased", "days_since_last_visit", "support_contacts",
                    "cart_abandonment_rate"), "log-zscore", "kmeans", 6, "2..10", null, null, null, 42L, null,
            "events", ClusteringRun.CUSTOMERS_INPUT, null);

    private static Project project(long seed, Path projectFile, Progress progress) throws IOException {
        Map<String, ColumnRole> eventRoles = new LinkedHashMap<>();
        eventRoles.put("user_id", ColumnRole.CUSTOMER_ID);
        eventRoles.put("timestamp", ColumnRole.TIMESTAMP);
        eventRoles.put("event_type", ColumnRole.EVENT_TYPE);
        eventRoles.put("category", ColumnRole.ATTRIBUTE);
        Map<String, ColumnRole> userRoles = new LinkedHashMap<>();
        userRoles.put("user_id", ColumnRole.CUSTOMER_ID);
        userRoles.put("age", ColumnRole.ATTRIBUTE);
        userRoles.put("plan", ColumnRole.ATTRIBUTE);
        userRoles.put("country", ColumnRole.ATTRIBUTE);
        ImportSettings csv = ImportSettings.DETECT.withDelimiter(',').withHeader(true);
        ProjectSettings settings = ProjectSettings.EMPTY
                .withFeatures(FeatureSettings.DEFAULTS.withAsOf(AS_OF).withWindowDays(30))
                .withReport(new ReportSettings("Web-shop users: behaviour segments", null, null));
        Project project = Project.named("CDP events sample").withSeed(seed)
                .withSource(new DataSourceRef("events", SourceKind.EVENTS, "events.csv", csv.withRoleOverrides(eventRoles)))
                .withSource(new DataSourceRef("users", SourceKind.ATTRIBUTES, "users.csv", csv.withRoleOverrides(userRoles)))
                .withSettings(settings);
        return SampleSegments.withNamedRun(project, projectFile, RUN.withSeed(seed), CdpEventsSample::naming,
                progress);
    }

    /** Names from the trait that sets each segment apart most, as an analyst reads the profiles. */
    static SampleSegments.Naming naming(SegmentProfile profile) {
        if (SampleSegments.z(profile, "support_contacts") > 1) {
            return new SampleSegments.Naming("Support-heavy", "Fix what sends them to support (failed checkouts "
                    + "first); a named contact for repeat callers.", 3);
        }
        if (SampleSegments.z(profile, "days_since_last_visit") > 1) {
            return new SampleSegments.Naming("Lapsed", "Win-back mail with what is new since their last visit; "
                    + "stop after two unanswered tries.", 2);
        }
        if (SampleSegments.z(profile, "count_purchased") > 0.8) {
            return new SampleSegments.Naming("Loyal buyers", "Thank and keep them: early access, a loyalty tier, "
                    + "no discounts they would not need.", 5);
        }
        if (SampleSegments.z(profile, "session_count") < -1) {
            return new SampleSegments.Naming("Newcomers", "Welcome series: show the best sellers and the search, "
                    + "and a first-order incentive.", 4);
        }
        if (SampleSegments.z(profile, "cart_abandonment_rate") < -1) {
            return new SampleSegments.Naming("Occasional decisive buyers", "They buy what they put in the cart but "
                    + "come rarely: reminders timed to their last purchase.", 3);
        }
        if (SampleSegments.z(profile, "cart_abandonment_rate") > 0.5) {
            return new SampleSegments.Naming("Window shoppers", "Cart reminders and price-drop alerts on the items "
                    + "they looked at; test free delivery.", 4);
        }
        return new SampleSegments.Naming(profile.suggestedName(), "Watch how this group moves before acting.", 3);
    }

    private static String guide(List<User> users, List<Event> events, long seed) {
        long[] perType = new long[EVENT_TYPES.length];
        for (Event e : events) {
            perType[e.type()]++;
        }
        int sessions = 0;
        for (User u : users) {
            sessions += u.sessions;
        }
        Map<Persona, List<User>> byPersona = new EnumMap<>(Persona.class);
        for (User u : users) {
            byPersona.computeIfAbsent(u.persona, p -> new ArrayList<>()).add(u);
        }

        StringBuilder md = new StringBuilder();
        md.append("# Sample project: cdp-events\n\n")
          .append("Six months (").append(FIRST_DAY).append(" to ").append(LAST_DAY)
          .append(") of events from a web shop's customer data platform: ").append(SampleText.count(users.size()))
          .append(" users, ").append(SampleText.count(sessions)).append(" sessions, ")
          .append(SampleText.count(events.size())).append(" events. The data are made up by SegmentLab's ")
          .append("generator (seed ").append(seed).append(") so you can practise turning an event log into ")
          .append("customer features and segments, on users whose behaviour you know.\n\n");

        md.append("## Files\n\n| file | what it holds |\n|---|---|\n")
          .append("| `events.csv` | one row per event, in time order: `user_id, timestamp (yyyy-MM-dd HH:mm:ss), ")
          .append("event_type, category` (category is empty for searches, checkouts and support contacts) |\n")
          .append("| `users.csv` | one row per user: `user_id, age, plan (free/plus/premium), country` |\n")
          .append("| `answers.csv` | the kind of user planted for each user (`user_id, planted_group`) |\n")
          .append("| `cdp-events.slproj.json` | the SegmentLab project: both sources with their roles |\n\n");

        md.append("Events by type, a funnel with drop-off at every step:\n\n| event_type | events |\n|---|---:|\n");
        for (int t = 0; t < EVENT_TYPES.length; t++) {
            md.append("| `").append(EVENT_TYPES[t]).append("` | ").append(SampleText.count(perType[t])).append(" |\n");
        }
        md.append("\nA session is a burst of events a few seconds to minutes apart; sessions of one user are ")
          .append("hours or days apart. Sessions start most often at lunch time and in the evening.\n\n");

        md.append("## What was planted\n\n| planted group | users | how they behave | sessions | purchases ")
          .append("| support contacts | days since last visit |\n|---|---:|---|---:|---:|---:|---:|\n");
        for (Persona persona : Persona.values()) {
            List<User> members = byPersona.getOrDefault(persona, List.of());
            List<Integer> sessionCounts = new ArrayList<>();
            List<Integer> purchases = new ArrayList<>();
            List<Integer> support = new ArrayList<>();
            List<Long> recency = new ArrayList<>();
            for (User u : members) {
                sessionCounts.add(u.sessions);
                purchases.add(u.purchases);
                support.add(u.supportContacts);
                LocalDate lastDay = LocalDateTime.ofEpochSecond(u.lastSecond, 0, ZoneOffset.UTC).toLocalDate();
                recency.add(ChronoUnit.DAYS.between(lastDay, AS_OF));
            }
            md.append("| `").append(persona.label).append("` | ").append(SampleText.count(members.size()))
              .append(" | ").append(persona.planted)
              .append(" | ").append(SampleText.decimal(SampleText.median(sessionCounts), 0))
              .append(" | ").append(SampleText.decimal(SampleText.median(purchases), 0))
              .append(" | ").append(SampleText.decimal(SampleText.median(support), 0))
              .append(" | ").append(SampleText.decimal(SampleText.median(recency), 0)).append(" |\n");
        }
        md.append("\nFigures are medians over the group, as of ").append(AS_OF).append(". ")
          .append("Age and plan differ a little between the groups too (deal hunters are younger, ")
          .append("loyal buyers more often pay for a plan).\n\n");

        md.append("## Steps in the workbench\n\n")
          .append("1. Open `cdp-events.slproj.json`. The Data view shows the events (user id, timestamp, event ")
          .append("type) and the user attributes.\n")
          .append("2. Build the customer table as of ").append(AS_OF).append(": events per type, sessions, ")
          .append("funnel conversion (cart adds that reach a purchase), days since the last visit, trend over ")
          .append("the last 30 days, plus age and plan.\n")
          .append("3. Cluster (z-score or log-zscore scaling, k-means, sweep k from 2 to 10) and read the ")
          .append("profiles: which clusters buy, which only browse, which have gone quiet.\n")
          .append("4. Name the clusters, then compare them with `answers.csv`.\n\n");

        md.append("## The same from the command line\n\n```\n")
          .append("segmentlab inspect --input events.csv\n")
          .append("segmentlab features --events events.csv --attributes users.csv --as-of ").append(AS_OF)
          .append(" --window-days 30 --out customers.csv\n")
          .append("segmentlab cluster --input customers.csv --id customer_id --features FEATURES \\\n")
          .append("    --scale log-zscore --algorithm kmeans --k-range 2..10 --seed ").append(seed)
          .append(" --out assignments.csv --metrics metrics.json\n")
          .append("segmentlab report --project cdp-events.slproj.json --out report.pdf\n```\n\n")
          .append("The project keeps a named clustering of the users of the events log (their whole history, ")
          .append("five behaviour features, log then z-scores, k-means with k = 6 from a 2..10 sweep): ")
          .append("`segmentlab report` runs it again and writes the stakeholder report.\n\n")
          .append("`FEATURES` is a comma-separated list of columns of `customers.csv` (see its first line).\n\n");

        md.append("## What you should find\n\n")
          .append("- `lapsed` users stand out by the time since their last visit; `new_user` by their short ")
          .append("history and recent first visit.\n")
          .append("- `loyal_buyer` and `browser` both view many pages; what sets them apart is how often a ")
          .append("visit ends in a purchase. Page views alone tell them apart poorly; purchases and ")
          .append("cart-to-purchase conversion do.\n")
          .append("- `deal_hunter` users search far more than others and abandon carts, except in the Black ")
          .append("Friday week.\n")
          .append("- `support_heavy` users are the only ones with many support contacts, often right after a ")
          .append("checkout that did not end in a purchase.\n");
        return md.toString();
    }
}

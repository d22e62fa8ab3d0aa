package org.segmentlab.core.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Guesses what each column means from its name (compared without case, spaces or punctuation, so
 * {@code Customer ID}, {@code customer_id} and {@code CustomerID} are the same) and its values. Each
 * role goes to at most one column, the best-named one whose values fit; everything else is an
 * attribute. Roles the user set win and are not guessed again.
 */
final class RoleGuesser {

    /** Names in order of preference; a name earlier in the list beats a later one. */
    private static final List<String> CUSTOMER_ID_NAMES = List.of(
            "customerid", "customer", "custid", "customerno", "customernumber", "customercode", "customerkey",
            "clientid", "client", "clientno", "userid", "user", "accountid", "account", "accountno",
            "accountnumber", "masterid", "memberid", "member", "buyerid", "shopperid", "visitorid",
            "personid", "contactid", "uid", "id");
    private static final List<String> CUSTOMER_ID_ENDINGS = List.of("customerid", "userid", "clientid", "custid");

    private static final List<String> INVOICE_NAMES = List.of(
            "invoiceno", "invoice", "invoiceid", "invoicenumber", "invoicenum", "orderid", "orderno",
            "ordernumber", "order", "transactionid", "transaction", "transactionno", "txid", "txnid",
            "basketid", "receiptid", "receiptno", "billno", "purchaseid");

    private static final List<String> TIMESTAMP_NAMES = List.of(
            "invoicedate", "timestamp", "eventtime", "eventtimestamp", "datetime", "date", "time",
            "orderdate", "transactiondate", "purchasedate", "txdate", "saledate", "eventdate",
            "createdat", "occurredat", "ts");

    private static final List<String> QUANTITY_NAMES = List.of(
            "quantity", "qty", "numberofcds", "units", "unitssold", "quantityordered", "numitems",
            "itemcount", "items", "pieces", "cds");

    private static final List<String> UNIT_PRICE_NAMES = List.of(
            "unitprice", "price", "priceeach", "itemprice", "priceperunit", "unitcost", "saleprice", "listprice");

    private static final List<String> AMOUNT_NAMES = List.of(
            "amount", "revenue", "sales", "sale", "dollarvalue", "total", "value", "spend", "spending",
            "totalamount", "totalspend", "totalsales", "salesamount", "orderamount", "ordervalue",
            "ordertotal", "purchaseamount", "transactionamount", "monetary", "totalprice", "linetotal",
            "netamount", "grossamount", "payment", "paymentamount", "dollars");

    private static final List<String> EVENT_TYPE_NAMES = List.of(
            "event", "eventtype", "action", "eventname", "activity", "activitytype", "eventcategory");

    private static final List<String> LABEL_NAMES = List.of(
            "churn", "churned", "label", "target", "y", "response", "class", "outcome", "converted",
            "conversion", "exited", "attrition", "revenue", "purchased", "purchase", "bought", "responded");

    private RoleGuesser() {
    }

    /** Lower case letters and digits only. */
    static String normalise(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** True for names that say "customer id" or "invoice": such columns are never numbers or dates. */
    static boolean looksLikeId(String name) {
        return rank(normalise(name), CUSTOMER_ID_NAMES, CUSTOMER_ID_ENDINGS) >= 0
                || INVOICE_NAMES.contains(normalise(name));
    }

    /**
     * One role per column.
     *
     * @param overrides roles the user set, by column name
     */
    static List<ColumnRole> guess(List<String> names, List<ColumnType> types, List<ColumnProfile> profiles,
                                  Map<String, ColumnRole> overrides) {
        int n = names.size();
        ColumnRole[] roles = new ColumnRole[n];
        for (int i = 0; i < n; i++) {
            roles[i] = overrides.get(names.get(i));
        }
        assign(roles, ColumnRole.CUSTOMER_ID, names, CUSTOMER_ID_NAMES, CUSTOMER_ID_ENDINGS,
                i -> types.get(i) != ColumnType.DATE && types.get(i) != ColumnType.DATE_TIME
                        && types.get(i) != ColumnType.BOOLEAN);
        assign(roles, ColumnRole.INVOICE, names, INVOICE_NAMES, List.of(),
                i -> types.get(i) != ColumnType.DATE && types.get(i) != ColumnType.DATE_TIME
                        && types.get(i) != ColumnType.BOOLEAN);
        assign(roles, ColumnRole.TIMESTAMP, names, TIMESTAMP_NAMES, List.of(),
                i -> isDate(types.get(i)) || profiles.get(i).mostlyDates());
        assign(roles, ColumnRole.QUANTITY, names, QUANTITY_NAMES, List.of(), i -> isNumeric(profiles.get(i)));
        assign(roles, ColumnRole.UNIT_PRICE, names, UNIT_PRICE_NAMES, List.of(), i -> isNumeric(profiles.get(i)));
        assign(roles, ColumnRole.AMOUNT, names, AMOUNT_NAMES, List.of("amount"), i -> isNumeric(profiles.get(i)));
        assign(roles, ColumnRole.EVENT_TYPE, names, EVENT_TYPE_NAMES, List.of(),
                i -> types.get(i) == ColumnType.TEXT);
        assign(roles, ColumnRole.LABEL, names, LABEL_NAMES, List.of(),
                i -> types.get(i) == ColumnType.BOOLEAN || profiles.get(i).isBinary());
        if (!Arrays.asList(roles).contains(ColumnRole.TIMESTAMP)) {
            assignFirstDate(roles, names, types);
        }
        List<ColumnRole> result = new ArrayList<>(n);
        for (ColumnRole r : roles) {
            result.add(r == null ? ColumnRole.ATTRIBUTE : r);
        }
        return result;
    }

    private interface Fits {
        boolean test(int column);
    }

    private static void assign(ColumnRole[] roles, ColumnRole role, List<String> names, List<String> exact,
                               List<String> endings, Fits fits) {
        if (Arrays.asList(roles).contains(role)) {
            return;
        }
        int best = -1;
        int bestRank = Integer.MAX_VALUE;
        for (int i = 0; i < names.size(); i++) {
            if (roles[i] != null || !fits.test(i)) {
                continue;
            }
            int r = rank(normalise(names.get(i)), exact, endings);
            if (r >= 0 && r < bestRank) {
                best = i;
                bestRank = r;
            }
        }
        if (best >= 0) {
            roles[best] = role;
        }
    }

    /** Without a timestamp-like name, the first date-time column (else date column) is the timestamp. */
    private static void assignFirstDate(ColumnRole[] roles, List<String> names, List<ColumnType> types) {
        for (ColumnType wanted : List.of(ColumnType.DATE_TIME, ColumnType.DATE)) {
            for (int i = 0; i < names.size(); i++) {
                String n = normalise(names.get(i));
                if (roles[i] == null && types.get(i) == wanted && !n.contains("birth") && !n.equals("dob")) {
                    roles[i] = ColumnRole.TIMESTAMP;
                    return;
                }
            }
        }
    }

    /** Position in the preferred names, then after them the names with a known ending; -1 when neither. */
    private static int rank(String normalised, List<String> exact, List<String> endings) {
        int r = exact.indexOf(normalised);
        if (r >= 0) {
            return r;
        }
        for (int k = 0; k < endings.size(); k++) {
            if (normalised.endsWith(endings.get(k))) {
                return exact.size() + k;
            }
        }
        return -1;
    }

    private static boolean isDate(ColumnType t) {
        return t == ColumnType.DATE || t == ColumnType.DATE_TIME;
    }

    private static boolean isNumeric(ColumnProfile p) {
        return p.values > 0 && p.mostlyNumbers();
    }
}

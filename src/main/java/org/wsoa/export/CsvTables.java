package org.wsoa.export;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A table as CSV that Excel and Power BI open as written (RFC 4180): UTF-8 with a byte-order mark,
 * so that Excel reads names such as "Siân" or "Zoë" correctly; CRLF at the end of every record;
 * a field in double quotes when it holds a comma, a quote or a line break, its quotes doubled.
 * Dates are YYYY-MM-DD, numbers plain, true and false as such, and nothing for a missing value.
 *
 * <p>Text that starts with {@code = + - @}, a tab or a carriage return would be run as a formula
 * by a spreadsheet (CSV injection), so it is written with an apostrophe before it, which Excel
 * does not show.
 */
public final class CsvTables {

    private static final String BOM = "\uFEFF";
    private static final String CRLF = "\r\n";

    private CsvTables() {
    }

    public static byte[] write(Table table) {
        StringBuilder out = new StringBuilder(BOM);
        record(out, List.copyOf(table.columns()));
        for (List<Object> row : table.rows()) {
            record(out, row);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void record(StringBuilder out, List<?> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(values.get(i)));
        }
        out.append(CRLF);
    }

    static String field(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        String text = value.toString();
        if (value instanceof String && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}

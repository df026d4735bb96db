package org.wsoa.model;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;

/**
 * The name a plan's published files take ({@code NAME.html}, {@code NAME.pdf},
 * {@code NAME-progress-DATE.html}...): the plan's own {@code output-name}, or one made from its area,
 * its kind and the year its report was received, {@code warwickshire-wsoa-2021}; never the name of
 * the folder the plan happens to be in.
 */
public final class OutputName {

    /** The rule, as documentation and messages give it: the rule for IDs, less the names Windows keeps. */
    public static final String RULE = Ids.RULE + ", and not a name Windows keeps for a device (con, nul, com1...)";

    /** What stands for the area when it gives no letter or digit. */
    private static final String NO_AREA = "plan";
    /** The most characters the area gives a made name, so that a long area still makes a short name. */
    private static final int MAX_AREA = 48;

    private OutputName() {
    }

    /** Whether {@code name} can be the start of a file's name on any system that publishes plans. */
    public static boolean isWellFormed(String name) {
        return Ids.isWellFormed(name) && !isWindowsDevice(name);
    }

    /**
     * The name made from the plan: its area in lower case, accents dropped and every run of other
     * characters than letters and digits one {@code -}; its kind's code; and the year its report was
     * received, when known. "Bournemouth, Christchurch and Poole", a WSoA, 2021:
     * {@code bournemouth-christchurch-and-poole-wsoa-2021}.
     */
    public static String made(String area, PlanKind kind, LocalDate received) {
        String slug = slug(area == null ? "" : area);
        StringBuilder name = new StringBuilder(slug.isEmpty() ? NO_AREA : slug);
        if (kind != null) {
            name.append('-').append(kind.code());
        }
        if (received != null) {
            name.append('-').append(received.getYear());
        }
        return name.toString();
    }

    private static String slug(String words) {
        String plain = Normalizer.normalize(words, Normalizer.Form.NFKD).toLowerCase(Locale.ROOT);
        StringBuilder slug = new StringBuilder();
        boolean separated = true;
        for (int i = 0; i < plain.length() && slug.length() <= MAX_AREA; ) {
            int c = plain.codePointAt(i);
            if (Character.isLetterOrDigit(c)) {
                slug.appendCodePoint(c);
                separated = false;
            } else if (!separated && Character.getType(c) != Character.NON_SPACING_MARK) {
                slug.append('-');
                separated = true;
            }
            i += Character.charCount(c);
        }
        int end = slug.length();
        if (end > MAX_AREA) {
            // Whole words only, where the area has a break to cut at.
            int cut = slug.lastIndexOf("-", MAX_AREA);
            end = cut > 0 ? cut : MAX_AREA;
        }
        while (end > 0 && slug.charAt(end - 1) == '-') {
            end--;
        }
        return slug.substring(0, end);
    }

    private static boolean isWindowsDevice(String name) {
        int dot = name.indexOf('.');
        String stem = (dot < 0 ? name : name.substring(0, dot)).toLowerCase(Locale.ROOT);
        return stem.equals("con") || stem.equals("prn") || stem.equals("aux") || stem.equals("nul")
                || stem.length() == 4 && (stem.startsWith("com") || stem.startsWith("lpt"))
                && stem.charAt(3) >= '1' && stem.charAt(3) <= '9';
    }
}

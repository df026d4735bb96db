package org.wsoa.render;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps references such as "W1.2" and "(K1.1)" whole on the printed page: the PDF renderer may
 * break a line after the full stop inside one ("(K1." / "1)"), so each reference in the running
 * text is wrapped in {@code <span class="nobreak">}, which {@code pdf.css} keeps on one line.
 * The words are unchanged; only the page for the PDF is changed, never the HTML edition.
 */
final class WholeReferences {

    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*?(/?)>");
    /** A reference with at least one full stop, with its brackets when it has them. */
    private static final Pattern REFERENCE = Pattern.compile("\\(?\\b[A-Z]{1,3}[0-9]+(?:\\.[0-9]+)+\\b\\)?");
    /** Where text is not running text: a span there would be wrong (SVG, styles) or useless. */
    private static final Set<String> SKIP = Set.of("head", "svg", "style", "title", "script");

    private WholeReferences() {
    }

    static String keep(String html) {
        int body = html.indexOf("<body");
        if (body < 0) {
            return html;
        }
        StringBuilder out = new StringBuilder(html.length() + 1024);
        out.append(html, 0, body);
        Matcher tag = TAG.matcher(html);
        int position = body;
        int skipping = 0;
        while (tag.find(position)) {
            String text = html.substring(position, tag.start());
            out.append(skipping > 0 ? text : wrap(text));
            out.append(tag.group());
            String name = tag.group(2).toLowerCase(Locale.ROOT);
            if (tag.group(3).isEmpty() && SKIP.contains(name)) {
                skipping += tag.group(1).isEmpty() ? 1 : -1;
            }
            position = tag.end();
        }
        out.append(html.substring(position));
        return out.toString();
    }

    private static String wrap(String text) {
        Matcher reference = REFERENCE.matcher(text);
        return reference.find() ? reference.replaceAll("<span class=\"nobreak\">$0</span>") : text;
    }
}

package org.wsoa.render;

/**
 * The one escape for markup that wsoa builds in Java (SVG charts, glossary expansions, the error
 * page of {@code wsoa preview}).
 */
public final class Xml {

    private Xml() {
    }

    /** The text with {@code < > & " '} escaped, for element content and attribute values alike. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A number for an SVG attribute: at most one decimal, never in exponent form. */
    static String num(double value) {
        long tenths = Math.round(value * 10);
        String whole = (tenths < 0 ? "-" : "") + Math.abs(tenths / 10);
        return tenths % 10 == 0 ? whole : whole + "." + Math.abs(tenths % 10);
    }
}

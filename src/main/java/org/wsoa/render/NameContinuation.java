package org.wsoa.render;

import java.util.List;

/**
 * What, after a glossary term in running text, shows that the term is part of a name or a
 * possessive, where expanding it would break the phrase: "NHS (National Health Service) England",
 * "the DfE (Department for Education)'s date". Read by hand at one place, so that the page is still
 * read once.
 */
final class NameContinuation {

    /** {@code 's} as author text keeps it and as the templates escape it. */
    private static final List<String> POSSESSIVES = List.of("'s", "\u2019s", "&#39;s", "&#x27;s", "&apos;s");

    private NameContinuation() {
    }

    /**
     * Whether the text from {@code end} (just after a term) makes the term part of something larger:
     * a space and a capitalised word ("NHS England", "SEND Code of Practice", "EHC Plans Workstream"),
     * or a possessive {@code 's}.
     */
    static boolean follows(String text, int end) {
        return capitalisedWordAt(text, end) || possessiveAt(text, end);
    }

    private static boolean capitalisedWordAt(String text, int end) {
        if (end + 2 >= text.length() || !isSpace(text.charAt(end))) {
            return false;
        }
        int first = text.codePointAt(end + 1);
        int after = end + 1 + Character.charCount(first);
        return after < text.length() && Character.isUpperCase(first) && Character.isLowerCase(text.codePointAt(after));
    }

    private static boolean possessiveAt(String text, int end) {
        for (String possessive : POSSESSIVES) {
            int after = end + possessive.length();
            if (text.startsWith(possessive, end)
                    && (after == text.length() || !Acronyms.isLetterOrNumber(text.codePointAt(after)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\u00a0';
    }
}

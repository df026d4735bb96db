package org.wsoa.load;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.wsoa.calendar.IsoDates;
import org.wsoa.diagnostic.Diagnostic;
import org.wsoa.diagnostic.Excerpt;
import org.wsoa.diagnostic.Suggestions;
import org.wsoa.model.Dated;
import org.wsoa.model.Ids;
import org.wsoa.model.Ref;
import org.wsoa.model.SourceRef;
import org.wsoa.model.Stated;
import org.wsoa.model.Text;
import org.wsoa.model.Undecided;

/**
 * Reads the fields of one YAML mapping into model values, reporting every problem (missing,
 * wrongly typed or unknown keys, badly written dates) as a located diagnostic instead of failing.
 * Each getter names a key it knows; {@link #finish()} reports the keys nobody asked for.
 *
 * <p>A reader made with a list of {@link Undecided} values (a weakness file's) also takes a date or
 * number still to decide, written as a placeholder ({@code "[insert the new due date]"}): the value
 * reads as absent, without a finding, and the placeholder goes on the list for the placeholders check.
 */
final class MappingReader {

    private final Node.Mapping mapping;
    private final SourceRef at;
    private final String what;
    private final List<Diagnostic> diagnostics;
    private final String subject;
    /** Where a placeholder for a date or number goes, or null where one is not allowed. */
    private final List<Undecided> undecided;
    private final Set<String> known = new LinkedHashSet<>();
    /** Keys that have moved to another file: not unknown, but not offered as allowed either. */
    private final Set<String> movedAway = new LinkedHashSet<>();

    private MappingReader(Node.Mapping mapping, SourceRef at, String what, List<Diagnostic> diagnostics,
                          String subject, List<Undecided> undecided) {
        this.mapping = mapping;
        this.at = at;
        this.what = what;
        this.diagnostics = diagnostics;
        this.subject = subject;
        this.undecided = undecided;
    }

    /**
     * A reader over {@code node}, which should be a mapping; anything else is reported and read as an
     * empty mapping. {@code what} names the element in messages, e.g. "action W1.3".
     */
    static MappingReader of(Node node, SourceRef fallback, String what, List<Diagnostic> diagnostics) {
        return of(node, fallback, what, diagnostics, Diagnostic.PLAN, null);
    }

    /**
     * A reader that also takes a date or number still to decide, written as a placeholder, and adds it
     * to {@code undecided}; so do the readers of the elements inside it.
     */
    static MappingReader allowingPlaceholders(Node node, SourceRef fallback, String what,
                                              List<Diagnostic> diagnostics, List<Undecided> undecided) {
        return of(node, fallback, what, diagnostics, Diagnostic.PLAN, undecided);
    }

    /** A reader for an element inside this one: its findings are about this element until it is named. */
    MappingReader child(Node node, String childWhat) {
        return of(node, at, childWhat, diagnostics, subject, undecided);
    }

    private static MappingReader of(Node node, SourceRef fallback, String what, List<Diagnostic> diagnostics,
                                    String subject, List<Undecided> undecided) {
        if (node instanceof Node.Mapping m) {
            return new MappingReader(m, m.at(), what, diagnostics, subject, undecided);
        }
        SourceRef at = node == null ? fallback : node.at();
        // An empty value ("inspection:" with every line below it commented out) is an empty mapping.
        if (node != null && !(node instanceof Node.Scalar s && (s.isNull() || s.text().isBlank()))) {
            diagnostics.add(Diagnostic.of(LoadCheck.WRONG_TYPE, at,
                    what + " should be a mapping of keys to values, but it is " + node.describe(), null).about(subject));
        }
        return new MappingReader(null, at, what, diagnostics, subject, undecided);
    }

    SourceRef at() {
        return at;
    }

    /** Whether there is a mapping to read: false for an absent or empty value, or one of another type. */
    boolean isPresent() {
        return mapping != null;
    }

    /** Renames the element for later messages, once its ID is known ("action" becomes "action W1.3"). */
    MappingReader named(String newWhat) {
        return named(newWhat, null);
    }

    /**
     * Renames the element and makes {@code id} the subject of its findings, so that authors can accept
     * one of them; a null ID keeps the subject it had.
     */
    MappingReader named(String newWhat, String id) {
        MappingReader renamed = new MappingReader(mapping, at, newWhat, diagnostics, id == null ? subject : id,
                undecided);
        renamed.known.addAll(known);
        renamed.movedAway.addAll(movedAway);
        return renamed;
    }

    /** The element as messages name it, e.g. "action W1.3". */
    String what() {
        return what;
    }

    /** The ID of the element that this reader's findings are about. */
    String subject() {
        return subject;
    }

    private void report(Diagnostic diagnostic) {
        diagnostics.add(diagnostic.about(subject));
    }

    boolean has(String key) {
        known.add(key);
        Node node = mapping == null ? null : mapping.values().get(key);
        return node != null && !(node instanceof Node.Scalar s && s.isNull());
    }

    /** Where the value of {@code key} was written, or where the mapping starts if it is absent. */
    SourceRef at(String key) {
        Node node = mapping == null ? null : mapping.values().get(key);
        return node == null ? at : node.at();
    }

    /** Where {@code key} itself is written, or where the mapping is when it is absent. */
    SourceRef keyAt(String key) {
        Node.Key written = mapping == null ? null : mapping.keys().get(key);
        return written == null ? at : written.at();
    }

    /**
     * The value written under {@code key}, as a node, for readers of values that take more than one
     * shape; null when absent (reported as missing if {@code required}, {@code expected} being the
     * hint's example).
     */
    Node value(String key, boolean required, String expected) {
        known.add(key);
        Node node = mapping == null ? null : mapping.values().get(key);
        if (node == null || node instanceof Node.Scalar s && s.isNull()) {
            // A reader without a mapping stands for an absent or unreadable part, already reported.
            if (required && mapping != null) {
                SourceRef where = node == null ? at : node.at();
                report(Diagnostic.of(LoadCheck.MISSING_FIELD, where,
                        "missing required field `" + key + "` in " + what,
                        "add `" + key + ": " + expected + "`"));
            }
            return null;
        }
        return node;
    }

    /** Reports that {@code first} and {@code second}, both written, say the same thing in two ways. */
    void conflicting(String first, String second, String hint) {
        report(Diagnostic.of(LoadCheck.CONFLICTING_KEYS, keyAt(second), what + " has both `" + first + "` (line "
                + keyAt(first).line() + ") and `" + second + "`, which say the same thing", hint));
    }

    /** Reports that {@code node}, under {@code key}, is not {@code expected}. */
    void wrongType(String key, Node node, String expected) {
        report(Diagnostic.of(LoadCheck.WRONG_TYPE, node.at(),
                "`" + key + "` in " + what + " should be " + expected + ", but it is " + node.describe(), null));
    }

    /** Prose or a short text; numbers and booleans are taken as written. */
    Text text(String key, boolean required) {
        Node node = value(key, required, "<text>");
        if (node == null) {
            return null;
        }
        if (node instanceof Node.Scalar s) {
            if (required && s.text().isBlank()) {
                report(Diagnostic.of(LoadCheck.MISSING_FIELD, s.at(),
                        "`" + key + "` in " + what + " is empty", "write the " + key + ", or remove the key"));
            }
            return new Text(s.text(), s.at());
        }
        wrongType(key, node, "text");
        return null;
    }

    /**
     * A reason: text that reports print on one line after {@code reason:}, so without the line break
     * that a folded ({@code >}) or literal ({@code |}) block ends with, nor the spaces around it.
     */
    Text reason(String key, boolean required) {
        Text text = text(key, required);
        return text == null || text.value() == null ? text : new Text(text.value().strip(), text.at());
    }

    /** An ID, written as text or a number (a plain {@code 3} is the ID "3"). */
    String id(String key, boolean required) {
        Node node = value(key, required, "<ID>");
        if (node == null) {
            return null;
        }
        // A word that YAML would read as true or false (`ON`, `yes`) is an ID as written.
        if (node instanceof Node.Scalar s && !s.text().isBlank()) {
            return s.text().strip();
        }
        wrongType(key, node, "an ID such as W1 or W1.3");
        return null;
    }

    /**
     * The ID of an element that others refer to, which must follow {@link Ids#RULE}: one that does
     * not is reported and read as no ID, so that it never reaches a link anchor or a message whole.
     */
    String elementId(String key, boolean required) {
        String id = id(key, required);
        if (id != null && !Ids.isWellFormed(id)) {
            report(Diagnostic.of(LoadCheck.WRONG_TYPE, at(key), "`" + key + "` of " + what + " should be an ID ("
                    + Ids.RULE + "), but it is the text `" + Excerpt.of(id) + "`", "write an ID such as W1, W1.3 or amorgan"));
            return null;
        }
        return id;
    }

    Ref ref(String key, boolean required) {
        Node node = value(key, required, "<ID>");
        return node == null ? null : toRef(key, node);
    }

    /** One or more references: a single ID or a list of IDs. */
    List<Ref> refs(String key) {
        Node node = value(key, false, "[<ID>, ...]");
        List<Ref> refs = new ArrayList<>();
        if (node instanceof Node.Sequence seq) {
            for (Node item : seq.items()) {
                Ref ref = toRef(key, item);
                if (ref != null) {
                    refs.add(ref);
                }
            }
        } else if (node != null) {
            Ref ref = toRef(key, node);
            if (ref != null) {
                refs.add(ref);
            }
        }
        return refs;
    }

    private Ref toRef(String key, Node node) {
        if (node instanceof Node.Scalar s && !s.isNull() && !s.text().isBlank()) {
            return new Ref(s.text().strip(), s.at());
        }
        wrongType(key, node, "an ID");
        return null;
    }

    Dated date(String key, boolean required) {
        Node node = value(key, required, "YYYY-MM-DD");
        if (node == null) {
            return null;
        }
        return toDate(key, node);
    }

    Dated toDate(String key, Node node) {
        if (isUndecided(node)) {
            return null;
        }
        if (!(node instanceof Node.Scalar s)) {
            wrongType(key, node, "a date written YYYY-MM-DD");
            return null;
        }
        try {
            LocalDate date = IsoDates.parse(s.text());
            if (date.getYear() < InputLimits.FIRST_YEAR || date.getYear() > InputLimits.LAST_YEAR) {
                report(Diagnostic.of(LoadCheck.DATE_FORMAT, s.at(), "`" + key + "` in " + what + " is " + date
                        + ", outside the years a plan's dates fall in (" + InputLimits.FIRST_YEAR + " to "
                        + InputLimits.LAST_YEAR + ")", "check the year"));
                return null;
            }
            return new Dated(date, s.at());
        } catch (IsoDates.BadDateException e) {
            report(Diagnostic.of(LoadCheck.DATE_FORMAT, s.at(),
                    "`" + key + "` in " + what + " is written `" + Excerpt.of(s.text()) + "`; " + e.getMessage(), null));
            return null;
        }
    }

    BigDecimal number(String key, boolean required) {
        Node node = value(key, required, "<number>");
        return node == null ? null : toNumber(key, node);
    }

    BigDecimal toNumber(String key, Node node) {
        if (isUndecided(node)) {
            return null;
        }
        BigDecimal number = Numbers.parse(node);
        if (number == null) {
            wrongType(key, node, Numbers.isWritten(node) ? Numbers.IN_RANGE : "a number (without units or commas, e.g. 1250.50)");
        }
        return number;
    }

    /**
     * Whether {@code node} is a placeholder for a value still to decide, where this reader allows one:
     * then it is noted for the placeholders check, and the value reads as absent.
     */
    private boolean isUndecided(Node node) {
        if (undecided != null && node instanceof Node.Scalar s && s.type() == Node.ScalarType.STRING
                && isPlaceholder(s.text().strip())) {
            undecided.add(new Undecided(subject, what, new Text(s.text(), s.at())));
            return true;
        }
        return false;
    }

    /**
     * Whether {@code value} is only a placeholder, {@code [insert ...]} (any case, spaces allowed after
     * the bracket): the form {@code wsoa init} writes for what is still to decide. Scanned by hand, as
     * the loader scans all authors' text, rather than with a regular expression.
     */
    static boolean isPlaceholder(String value) {
        if (value.length() < 2 || value.charAt(0) != '[' || value.indexOf(']') != value.length() - 1) {
            return false;
        }
        int word = 1;
        while (word < value.length() && Character.isWhitespace(value.charAt(word))) {
            word++;
        }
        int end = word + "insert".length();
        return value.regionMatches(true, word, "insert", 0, "insert".length())
                && !isWordCharacter(value.charAt(end));
    }

    private static boolean isWordCharacter(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /** A whole number between {@code min} and {@code max}. */
    Integer integer(String key, boolean required, int min, int max) {
        Node node = value(key, required, "<whole number>");
        if (node == null) {
            return null;
        }
        return toInteger(key, node, min, max);
    }

    /** {@code node} as a whole number between {@code min} and {@code max}, or null (reported). */
    Integer toInteger(String key, Node node, int min, int max) {
        String expected = "a whole number from " + min + " to " + max;
        BigDecimal number = Numbers.parse(node);
        if (number == null || number.stripTrailingZeros().scale() > 0 || number.compareTo(BigDecimal.valueOf(min)) < 0
                || number.compareTo(BigDecimal.valueOf(max)) > 0) {
            wrongType(key, node, expected);
            return null;
        }
        return number.intValueExact();
    }

    /** The words YAML reads as true; every other boolean scalar is false. */
    private static final Set<String> TRUE_WORDS = Set.of("true", "yes", "on", "y");

    /** {@code true} or {@code false}. */
    Boolean bool(String key, boolean required) {
        Node node = value(key, required, "true");
        if (node == null) {
            return null;
        }
        if (node instanceof Node.Scalar s && s.type() == Node.ScalarType.BOOLEAN) {
            return TRUE_WORDS.contains(s.text().strip().toLowerCase(java.util.Locale.ROOT));
        }
        wrongType(key, node, "true or false");
        return null;
    }

    /** One of a fixed set of words; a near miss gets a suggestion. */
    <E extends Enum<E>> E choice(String key, boolean required, E[] values, Function<E, String> code) {
        Node node = value(key, required, code.apply(values[0]));
        return node == null ? null : choiceOf(key, node, values, code);
    }

    /** An optional word from a fixed set, with where it was written; null when absent or not one of them. */
    <E extends Enum<E>> Stated<E> stated(String key, E[] values, Function<E, String> code) {
        E value = choice(key, false, values, code);
        return value == null ? null : new Stated<>(value, at(key));
    }

    /** {@code node}, written under {@code key}, as one of a fixed set of words, or null (reported). */
    <E extends Enum<E>> E choiceOf(String key, Node node, E[] values, Function<E, String> code) {
        List<String> codes = new ArrayList<>();
        for (E value : values) {
            codes.add(code.apply(value));
        }
        if (node instanceof Node.Scalar s && !s.isNull()) {
            for (E value : values) {
                if (code.apply(value).equals(s.text().strip())) {
                    return value;
                }
            }
            report(Diagnostic.of(LoadCheck.WRONG_TYPE, s.at(),
                    "`" + key + "` in " + what + " is `" + Excerpt.of(s.text()) + "`, which is not one of: "
                            + String.join(", ", codes) + Suggestions.didYouMean(s.text(), codes), null));
            return null;
        }
        wrongType(key, node, "one of: " + String.join(", ", codes));
        return null;
    }

    /** A nested mapping; absent gives an empty reader whose getters find nothing. */
    MappingReader mapping(String key, String nestedWhat, boolean required) {
        Node node = value(key, required, "<mapping>");
        return of(node, at(key), nestedWhat, diagnostics, subject, undecided);
    }

    /** A list of items; a single item is not a list and is reported. */
    <T> List<T> list(String key, boolean required, Function<Node, T> item) {
        Node node = value(key, required, "[...]");
        List<T> items = new ArrayList<>();
        if (node == null) {
            return items;
        }
        if (!(node instanceof Node.Sequence seq)) {
            wrongType(key, node, "a list (each item on its own line starting with `- `)");
            return items;
        }
        for (Node element : seq.items()) {
            T value = item.apply(element);
            if (value != null) {
                items.add(value);
            }
        }
        return items;
    }

    /** A list of texts, each item a line of prose. */
    List<Text> texts(String key) {
        return list(key, false, node -> {
            if (node instanceof Node.Scalar s && !s.isNull()) {
                return new Text(s.text(), s.at());
            }
            wrongType(key, node, "text");
            return null;
        });
    }

    /** Every entry of the mapping, for mappings whose keys are data (financial years, partner types). */
    List<Map.Entry<Node.Key, Node>> entries() {
        List<Map.Entry<Node.Key, Node>> entries = new ArrayList<>();
        if (mapping == null) {
            return entries;
        }
        for (Map.Entry<String, Node.Key> key : mapping.keys().entrySet()) {
            known.add(key.getKey());
            entries.add(Map.entry(key.getValue(), mapping.values().get(key.getKey())));
        }
        return entries;
    }

    /**
     * A key that wsoa no longer reads here: where it is written, it is reported with where it now
     * belongs ({@code whereNow}, e.g. "an action's status is recorded ... in a progress file").
     */
    void moved(String key, String whereNow, String hint) {
        movedAway.add(key);
        Node.Key written = mapping == null ? null : mapping.keys().get(key);
        if (written != null) {
            report(Diagnostic.of(LoadCheck.MOVED_KEY, written.at(),
                    "`" + key + "` no longer belongs in " + what + ": " + whereNow, hint));
        }
    }

    /** Reports every key of the mapping that no getter asked for, with the closest known key. */
    void finish() {
        if (mapping == null) {
            return;
        }
        for (Node.Key key : mapping.keys().values()) {
            if (!known.contains(key.name()) && !movedAway.contains(key.name())) {
                report(Diagnostic.of(LoadCheck.UNKNOWN_KEY, key.at(),
                        "unknown key `" + Excerpt.of(key.name()) + "` in " + what + Suggestions.didYouMean(key.name(), known),
                        "the keys allowed here are: " + String.join(", ", known)));
            }
        }
    }
}

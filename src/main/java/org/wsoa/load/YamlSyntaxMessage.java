package org.wsoa.load;

import java.util.List;
import org.wsoa.diagnostic.Diagnostic;
import org.wsoa.diagnostic.Excerpt;
import org.wsoa.model.SourceRef;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A YAML syntax error in plain English. SnakeYAML says what its parser expected ("mapping values
 * are not allowed here"); an author needs to know what they wrote and how to write it instead. The
 * slips that authors make most (a second {@code : } in a value, a value starting with {@code %}, a
 * tab, a quote left open, a key or list item out of line) each get their own message and a hint
 * built from the author's own line; anything else gets SnakeYAML's words and a general hint.
 */
final class YamlSyntaxMessage {

    static final String GENERAL_HINT = "check the indentation, and put text containing `: ` or ` #` in quotes";

    /** A quoted value in a hint shows at most this many characters of the author's text. */
    private static final int SHOWN = 40;

    private final String file;
    private final List<String> lines;

    private YamlSyntaxMessage(String file, String content) {
        this.file = file;
        this.lines = YamlLine.lines(content);
    }

    /** The finding for the syntax error {@code e} in {@code content}, the text of {@code file}. */
    static Diagnostic of(String file, String content, MarkedYAMLException e) {
        return new YamlSyntaxMessage(file, content).explain(e);
    }

    private Diagnostic explain(MarkedYAMLException e) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        String context = e.getContext() == null ? "" : e.getContext();
        Mark at = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        Mark opened = e.getContextMark() != null ? e.getContextMark() : at;
        if (problem.startsWith("mapping values are not allowed")) {
            return colonInValue(at);
        }
        if (problem.contains("cannot start any token") || problem.contains("tab character")) {
            return problem.contains("\\t") || problem.contains("tab character") ? tab(at) : reservedCharacter(at);
        }
        if (context.contains("quoted scalar") && (problem.contains("end of stream") || problem.contains("document separator"))) {
            String quote = charAt(opened);
            return finding(opened, "the " + quote + " that opens this text is never closed",
                    "add the closing " + quote + " where the text ends");
        }
        if (context.contains("double-quoted scalar") && problem.contains("escape")) {
            return badEscape(at);
        }
        if (problem.startsWith("expected <block end>, but found '<scalar>'")) {
            return textWhereAKeyShouldBe(at);
        }
        if (problem.startsWith("expected <block end>, but found '?'")) {
            return finding(at, "the key `" + Excerpt.of(keyAt(at)) + "` follows the items of a list at their own"
                    + " indentation, where YAML expects another `- ` item", "indent the list's items further than"
                    + " their key, or line this key up with the keys above the list");
        }
        if (problem.startsWith("expected <block end>, but found '<block mapping start>'")) {
            return finding(at, "the key `" + Excerpt.of(keyAt(at)) + "` is indented differently from the keys above it",
                    "indent it exactly as far as the other keys of its block, with spaces");
        }
        if (problem.startsWith("expected <block end>, but found '<block sequence start>'")
                || problem.startsWith("expected <block end>, but found '-'")) {
            return finding(at, "this list item is indented differently from the items before it",
                    "start its `-` in the same column as the `-` of the other items of its list");
        }
        if (context.contains("block scalar") && problem.startsWith("expected a comment or a line break")) {
            return finding(at, "text follows the `" + blockIndicator(at) + "` on its line; the text of a `>` or `|`"
                    + " block starts on the next line", "move the text to the next line, indented under its key,"
                    + " or remove the `" + blockIndicator(at) + "`");
        }
        if (context.contains("block scalar") && problem.startsWith("expected chomping or indentation indicators")) {
            String written = blockIndicatorAsWritten(at);
            return finding(at, "`" + Excerpt.of(written) + "` is not a block indicator: after `>` or `|` only `-`, `+`"
                    + " or a digit may follow", "end the line with `" + written.charAt(0) + "` alone and start the"
                    + " text on the next line, indented under its key");
        }
        if (problem.startsWith("could not find expected ':'")) {
            return keyWithoutColon(opened);
        }
        if (problem.startsWith("sequence entries are not allowed here")) {
            return listOnTheKeysLine(at);
        }
        if (problem.startsWith("expected ',' or ']'")) {
            return finding(opened, "the list in brackets that starts here is not closed with `]`",
                    "close it with `]`, and put any item that holds a comma, a bracket or `: ` in quotes");
        }
        if (problem.startsWith("expected ',' or '}'")) {
            return finding(opened, "the mapping in braces that starts here is not closed with `}`",
                    "close it with `}`, and put any value that holds a comma, a brace or `: ` in quotes");
        }
        return finding(at, "this is not valid YAML: " + general(problem, context), GENERAL_HINT);
    }

    /** {@code impact: Target: every ...}: a second {@code : } on the line, or a key inside the value above. */
    private Diagnostic colonInValue(Mark at) {
        String line = line(at);
        YamlLine.Key key = YamlLine.key(line);
        if (key != null && key.end() < index(line, at.getColumn())) {
            String value = line.substring(key.end()).strip();
            return finding(at, "this line has a second `: ` after the key `" + Excerpt.of(key.name().strip())
                            + "`, which YAML reads as the start of another key",
                    "put the value in quotes: " + Excerpt.of(key.name().strip()) + ": " + quoted(value));
        }
        String before = line.substring(0, Math.min(line.length(), index(line, at.getColumn())));
        String written = before.strip();
        written = written.startsWith("- ") ? written.substring(2).strip() : written;
        // The finding points at the key, not at the colon that SnakeYAML stopped at.
        int keyStart = before.lastIndexOf(written);
        Mark keyAt = keyStart < 0 ? at : new Mark(at.getName(), at.getIndex(), at.getLine(),
                before.codePointCount(0, keyStart), at.getBuffer(), at.getPointer());
        return finding(keyAt, "`" + Excerpt.of(written) + ":` cannot start a key here: YAML reads this line as part"
                        + " of the value above it",
                "if `" + Excerpt.of(written) + "` is a key, line it up with the keys above it; if the line continues"
                        + " the text above, put the whole text in quotes");
    }

    private Diagnostic tab(Mark at) {
        return finding(at, "this line has a tab where YAML allows only spaces",
                "replace the tab with spaces (most editors can be set to insert spaces when Tab is pressed)");
    }

    /** {@code unit: %}: a value that starts with one of YAML's reserved characters. */
    private Diagnostic reservedCharacter(Mark at) {
        String line = line(at);
        String character = charAt(at);
        String value = line.substring(Math.min(line.length(), index(line, at.getColumn()))).strip();
        YamlLine.Key key = YamlLine.key(line);
        String written = key != null && key.end() <= index(line, at.getColumn())
                ? Excerpt.of(key.name().strip()) + ": " + quoted(value)
                : line.strip().startsWith("-") ? "- " + quoted(value) : quoted(value);
        return finding(at, character + " cannot start a value in YAML", "put it in quotes: " + written);
    }

    /** {@code "C:\Users"}: a backslash in double quotes that starts no escape. */
    private Diagnostic badEscape(Mark at) {
        String line = line(at);
        int backslash = line.lastIndexOf('\\', Math.max(0, Math.min(line.length() - 1, index(line, at.getColumn()))));
        String escape = backslash < 0 || backslash + 1 >= line.length() ? "\\"
                : line.substring(backslash, line.offsetByCodePoints(backslash, 2));
        Mark backslashAt = backslash < 0 ? at : new Mark(at.getName(), at.getIndex(), at.getLine(),
                line.codePointCount(0, backslash), at.getBuffer(), at.getPointer());
        return finding(backslashAt, "in double quotes a backslash starts an escape such as `\\n`, and `" + Excerpt.of(escape)
                + "` is not one", "write the backslash twice (`\\\\`), or put the text in single quotes instead");
    }

    /** Text where the parser wanted a key: after a closing quote or bracket, or out of line. */
    private Diagnostic textWhereAKeyShouldBe(Mark at) {
        String line = line(at);
        String before = line.substring(0, Math.min(line.length(), index(line, at.getColumn()))).stripTrailing();
        char closing = before.isEmpty() ? ' ' : before.charAt(before.length() - 1);
        if (closing == '"' || closing == '\'') {
            return finding(at, "more text follows the closing `" + closing + "` of a quoted value",
                    "a quote mark inside quoted text ends it early: inside \"...\" write \\\", inside '...' write ''"
                            + " (two single quotes), or quote the value with the other kind of quote mark");
        }
        if (closing == ']' || closing == '}') {
            return finding(at, "more text follows the closing `" + closing + "` of a value in brackets",
                    "if the value is text that starts with `[` or `{`, put it all in quotes");
        }
        return finding(at, "YAML expected a key or the end of a block here, but found text",
                "check this line's indentation against the lines above: text that runs over several lines is"
                        + " indented further than its key, and the next key lines up with its key");
    }

    /** {@code due:2022-05-31}: no space after the colon, so no key. */
    private Diagnostic keyWithoutColon(Mark at) {
        YamlLine.KeyWithoutSpace written = YamlLine.keyWithoutSpace(line(at));
        if (written != null) {
            String key = Excerpt.of(written.name());
            return finding(at, "`" + Excerpt.of(written.name() + ":" + written.value()) + "` has no space after"
                    + " its colon, so YAML does not read `" + key + "` as a key",
                    "write a space after the colon: " + key + ": " + Excerpt.of(written.value()));
        }
        return finding(at, "YAML cannot tell where the key on this line ends: it has no `: `",
                "write `key: value`, with a space after the colon; if the line continues the text above, indent it"
                        + " further than that text's key");
    }

    /** {@code partners: - ecc}: a list item on its key's line. */
    private Diagnostic listOnTheKeysLine(Mark at) {
        String line = line(at);
        YamlLine.Key key = YamlLine.key(line);
        String item = line.substring(Math.min(line.length(), index(line, at.getColumn()))).strip();
        item = item.startsWith("-") ? item.substring(1).strip() : item;
        String example = key != null ? " (" + Excerpt.of(key.name().strip()) + ": [" + Excerpt.of(item) + "])" : "";
        return finding(at, "a list cannot start on the same line as its key",
                "put each item on its own line below the key, starting with `- `, or write the list in brackets"
                        + example);
    }

    private Diagnostic finding(Mark mark, String message, String hint) {
        SourceRef at = mark == null ? SourceRef.file(file) : new SourceRef(file, mark.getLine() + 1, mark.getColumn() + 1);
        return Diagnostic.of(LoadCheck.YAML_SYNTAX, at, message, hint);
    }

    /** SnakeYAML's own words, less its internal names for things. */
    static String general(String problem, String context) {
        String said = problem.replace("<block end>", "the end of the block")
                .replace("'<block mapping start>'", "a key at a different indentation")
                .replace("'<block sequence start>'", "a list item at a different indentation")
                .replace("'<scalar>'", "text");
        said = withoutCodePoints(said).strip();
        return context.isEmpty() ? said : said + " (" + context + ")";
    }

    /** SnakeYAML's "found x(120)" as "found `x`": the character, without its code point number. */
    private static String withoutCodePoints(String said) {
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (int found = said.indexOf("found "); found >= 0; found = said.indexOf("found ", found + 1)) {
            int character = found + "found ".length();
            if (character >= said.length() || Character.isWhitespace(said.codePointAt(character))) {
                continue;
            }
            int open = said.offsetByCodePoints(character, 1);
            int close = open + 1;
            while (close < said.length() && Character.isDigit(said.charAt(close)) && said.charAt(close) < 128) {
                close++;
            }
            if (open < said.length() && said.charAt(open) == '(' && close > open + 1 && close < said.length()
                    && said.charAt(close) == ')') {
                out.append(said, from, character).append('`').append(said, character, open).append('`');
                from = close + 1;
            }
        }
        return out.append(said.substring(from)).toString();
    }

    private String line(Mark mark) {
        return mark == null || mark.getLine() < 0 || mark.getLine() >= lines.size() ? "" : lines.get(mark.getLine());
    }

    /** The character at {@code mark}, in backticks ("`%`"), or named if it is a backtick. */
    private String charAt(Mark mark) {
        String line = line(mark);
        int i = index(line, mark == null ? 0 : mark.getColumn());
        if (i >= line.length()) {
            return "quote";
        }
        String character = line.substring(i, line.offsetByCodePoints(i, 1));
        return character.equals("`") ? "a backtick (`)" : "`" + Excerpt.of(character) + "`";
    }

    /** The {@code >} or {@code |} (with any {@code -} or {@code +}) that starts the block scalar on the line of {@code mark}. */
    private String blockIndicator(Mark mark) {
        return YamlLine.blockIndicator(line(mark), false);
    }

    /** The {@code >} or {@code |} on the line of {@code mark} with whatever the author wrote after it ({@code >x}). */
    private String blockIndicatorAsWritten(Mark mark) {
        return YamlLine.blockIndicator(line(mark), true);
    }

    /** The key that starts at {@code mark}: the text up to its colon. */
    private String keyAt(Mark mark) {
        String line = line(mark);
        String rest = line.substring(Math.min(line.length(), index(line, mark.getColumn())));
        int colon = rest.indexOf(':');
        return (colon < 0 ? rest : rest.substring(0, colon)).strip();
    }

    /** The index in {@code line} of the code point at {@code column} (SnakeYAML counts code points). */
    private static int index(String line, int column) {
        int points = line.codePointCount(0, line.length());
        return line.offsetByCodePoints(0, Math.max(0, Math.min(column, points)));
    }

    /** {@code value} in quotes as YAML reads it back, shortened to its start if it is long. */
    static String quoted(String value) {
        String shown = value;
        if (shown.length() > SHOWN) {
            int space = shown.lastIndexOf(' ', SHOWN);
            shown = shown.substring(0, space > 0 ? space : SHOWN) + " ...";
        }
        shown = Excerpt.of(shown);
        // Double quotes read a backslash as an escape; single quotes read everything as written.
        return shown.contains("\"") || shown.contains("\\")
                ? "'" + shown.replace("'", "''") + "'"
                : "\"" + shown + "\"";
    }
}

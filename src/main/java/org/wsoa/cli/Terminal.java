package org.wsoa.cli;

/** Whether output may be coloured: only on a terminal, and never when NO_COLOR is set (no-color.org). */
final class Terminal {

    private Terminal() {
    }

    static boolean colour() {
        String noColour = System.getenv("NO_COLOR");
        return System.console() != null && (noColour == null || noColour.isEmpty()) && !"dumb".equals(System.getenv("TERM"));
    }
}

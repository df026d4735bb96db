package org.wsoa.model;

/** Which way a KPI must move to show improvement. */
public enum Direction {
    UP("up"),
    DOWN("down");

    private final String code;

    Direction(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}

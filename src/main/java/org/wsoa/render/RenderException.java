package org.wsoa.render;

/** Rendering failed: a template has an error (the message names it, with line and column), or output could not be written. */
public final class RenderException extends Exception {
    private static final long serialVersionUID = 1L;

    public RenderException(String message) {
        super(message, null, false, false);
    }
}

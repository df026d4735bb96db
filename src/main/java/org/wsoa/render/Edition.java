package org.wsoa.render;

import org.wsoa.resolve.ResolvedPlan;

/**
 * One form in which a plan is published: the HTML page, the PDF, and whatever comes next (a
 * progress report, a CSV export, a calendar). An edition is a small class registered by name in
 * {@link Editions}; it turns the resolved plan into the bytes of one file, and never writes files
 * itself: {@code wsoa build} writes every edition it made, or none.
 */
public interface Edition {

    /** The name {@code --format} takes, e.g. {@code html}. */
    String name();

    /** The extension of the file it makes, without the dot, e.g. {@code pdf}. */
    String extension();

    /** One line for {@code --help}. */
    String description();

    /** The edition's bytes for the plan; the same plan and publication always give the same bytes. */
    byte[] render(ResolvedPlan plan, Publication publication) throws RenderException;
}

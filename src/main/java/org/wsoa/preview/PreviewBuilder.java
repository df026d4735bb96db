package org.wsoa.preview;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.wsoa.calendar.WorkingDays;
import org.wsoa.load.LoadResult;
import org.wsoa.load.PlanLoader;
import org.wsoa.load.PlanNotFoundException;
import org.wsoa.render.Edition;
import org.wsoa.render.Editions;
import org.wsoa.render.Publication;
import org.wsoa.render.RenderException;
import org.wsoa.render.TemplateLimits;
import org.wsoa.render.Templates;
import org.wsoa.rules.CheckRegistry;
import org.wsoa.rules.Validation;
import org.wsoa.rules.Validator;

/**
 * Builds the preview page again and again in one process. What does not change between builds is
 * made once and kept warm: the FreeMarker configuration with its parsed templates, the checks and
 * the calendar. Each build reads the plan afresh, validates it as {@code wsoa validate} does, and
 * renders the HTML edition as {@code wsoa build} does, so the page is the one that would be published.
 */
public final class PreviewBuilder {

    /** How many builds {@link #warmUp} makes: enough to bring the first save's build near the later ones'. */
    private static final int WARM_UP_BUILDS = 3;

    private final Path plan;
    private final Templates templates;
    private final Publication publication;
    private final Validator validator;
    private final Edition html = Editions.named("html");

    /**
     * @param plan             the plan directory
     * @param templates        the council's templates directory, or null for the built-in templates
     * @param limits           what the templates may take of time, output and nesting, as for a build
     * @param calendar         the working days to count in
     * @param sourceDateEpoch  SOURCE_DATE_EPOCH, or null, as {@code wsoa build} takes it
     * @throws RenderException if the templates directory does not exist or cannot be read
     */
    public PreviewBuilder(Path plan, Path templates, TemplateLimits limits, WorkingDays calendar, String sourceDateEpoch)
            throws RenderException {
        this.plan = plan;
        this.templates = Templates.create(templates, limits);
        List<Path> resourceRoots = new ArrayList<>();
        resourceRoots.add(plan);
        if (templates != null) {
            resourceRoots.add(templates);
        }
        this.publication = new Publication(this.templates, resourceRoots, sourceDateEpoch);
        this.validator = new Validator(CheckRegistry.standard(), calendar);
    }

    /**
     * Builds the page a few times and throws the results away, so that the Java compiler has
     * compiled the code a build runs before the author's first save rather than during it.
     */
    void warmUp() {
        for (int i = 0; i < WARM_UP_BUILDS; i++) {
            build();
        }
    }

    /** A council template was edited, added or removed: read the templates again at the next build. */
    public void templatesChanged() {
        templates.forgetCached();
    }

    /** The page for the plan as it is on disk now. Never throws: whatever goes wrong is the page. */
    public PreviewPage build() {
        try {
            LoadResult loaded = PlanLoader.load(plan);
            Validation validation = validator.validate(loaded);
            String counts = count(validation.errors(), "error") + ", " + count(validation.warnings(), "warning");
            if (validation.errors() > 0) {
                return new PreviewPage(bytes(ErrorPage.findings(validation)), false, counts);
            }
            try {
                return new PreviewPage(html.render(validation.resolved(), publication), true, counts);
            } catch (RenderException e) {
                return new PreviewPage(bytes(ErrorPage.failure(plan.toString(), e.getMessage(),
                        "correct the template; the page comes back when it is saved")), false,
                        "the page could not be made: " + e.getMessage());
            }
        } catch (PlanNotFoundException e) {
            return new PreviewPage(bytes(ErrorPage.failure(plan.toString(), e.getMessage(),
                    "stop the preview with Ctrl-C, and start it again on the plan's folder")),
                    false, e.getMessage());
        } catch (RuntimeException e) {
            // A fault in wsoa itself must not stop the preview: the next save may well build.
            String message = "internal error: " + e;
            return new PreviewPage(bytes(ErrorPage.failure(plan.toString(), message,
                    "please report this, with the plan if you can")), false, message);
        }
    }

    private static byte[] bytes(String html) {
        return html.getBytes(StandardCharsets.UTF_8);
    }

    private static String count(long n, String noun) {
        return (n == 0 ? "no" : Long.toString(n)) + " " + noun + (n == 1 ? "" : "s");
    }
}

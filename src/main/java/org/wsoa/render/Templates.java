package org.wsoa.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.SimpleObjectWrapper;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.core.TemplateClassResolver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * The FreeMarker set-up for the published plan, locked down so that a council's own templates can
 * change wording and design but cannot reach Java: HTML auto-escaping, no {@code ?new}, no
 * {@code ?api}, and a data model of maps, lists, text and numbers only; and run in a sandbox
 * ({@link TemplateSandbox}) with limits on time, output and nesting. Templates are looked up
 * first in the council's directory ({@code --templates DIR}), then among the tool's own.
 */
public final class Templates {

    /** Where the tool's own templates are in the jar (they are the repository's templates/ directory). */
    static final String BUILT_IN = "/org/wsoa/templates";

    private final Configuration configuration;
    private final Path overrides;
    private final TemplateSandbox sandbox;

    private Templates(Configuration configuration, Path overrides, TemplateLimits limits) {
        this.configuration = configuration;
        this.overrides = overrides;
        this.sandbox = new TemplateSandbox(limits);
    }

    /**
     * Templates with the given directory's files taking precedence over the built-in ones, within
     * the default limits.
     *
     * @param overrides a directory of templates, or null for the built-in ones only
     */
    public static Templates create(Path overrides) throws RenderException {
        return create(overrides, TemplateLimits.DEFAULT);
    }

    /**
     * Templates with the given directory's files taking precedence over the built-in ones, each
     * page filled in within {@code limits} of time, size and nesting.
     *
     * @param overrides a directory of templates, or null for the built-in ones only
     */
    public static Templates create(Path overrides, TemplateLimits limits) throws RenderException {
        Configuration cfg = new SandboxedConfiguration(Configuration.VERSION_2_3_34);
        List<TemplateLoader> loaders = new ArrayList<>();
        if (overrides != null) {
            if (!Files.isDirectory(overrides)) {
                throw new RenderException("no templates directory at " + overrides);
            }
            try {
                // FileTemplateLoader refuses paths that lead outside the directory.
                loaders.add(new FileTemplateLoader(overrides.toFile()));
            } catch (IOException e) {
                throw new RenderException("cannot read the templates in " + overrides + ": " + e.getMessage());
            }
        }
        loaders.add(new ClassTemplateLoader(Templates.class, BUILT_IN));
        cfg.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(new TemplateLoader[0])));
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
        cfg.setAutoEscapingPolicy(Configuration.ENABLE_IF_SUPPORTED_AUTO_ESCAPING_POLICY);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setObjectWrapper(new SimpleObjectWrapper(Configuration.VERSION_2_3_34));
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setLocale(Locale.UK);
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setNumberFormat("computer");
        cfg.setLocalizedLookup(false);
        return new Templates(cfg, overrides, limits);
    }

    /**
     * Forgets every template read so far, so that the next render reads them again: for
     * {@code wsoa preview}, after a council's template was edited, added or removed. The rest of
     * the configuration stays as it is, warm.
     */
    public void forgetCached() {
        configuration.clearTemplateCache();
    }

    /**
     * Renders {@code name} with the data model; a template error, or a limit it reaches, names
     * template, line and column (or the template alone, where FreeMarker cannot say the line).
     */
    public String render(String name, Map<String, Object> model) throws RenderException {
        try {
            return sandbox.fill(configuration.getTemplate(name), model);
        } catch (TemplateSandbox.Stopped e) {
            TemplateSandbox.Place at = e.place();
            throw new RenderException((at == null ? where(name, null, null) : where(at.template(), at.line(), at.column()))
                    + ": " + e.getMessage());
        } catch (ParseException e) {
            throw new RenderException(where(e.getTemplateName(), e.getLineNumber(), e.getColumnNumber())
                    + ": the template has an error: " + firstLine(e.getEditorMessage()));
        } catch (TemplateException e) {
            throw new RenderException(where(e.getTemplateSourceName(), e.getLineNumber(), e.getColumnNumber())
                    + ": the template failed: " + firstLine(e.getMessageWithoutStackTop()));
        } catch (IOException e) {
            throw new RenderException("cannot read the template " + name + ": " + e.getMessage());
        } catch (SecurityException e) {
            // FileTemplateLoader refuses a template whose real path, links resolved, is outside --templates.
            throw new RenderException(outsideMessage(e));
        }
    }

    /** The one line for a template (a page's, or one it includes) that is a link leading out of --templates. */
    private String outsideMessage(SecurityException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        int resolves = message.indexOf(" resolves to ");
        String template = resolves > 0 ? message.substring(0, resolves) : String.valueOf(overrides);
        return template + " leads outside the templates directory " + overrides
                + " (it is a link); wsoa reads templates only from inside --templates";
    }

    private String where(String template, Integer line, Integer column) {
        String name = template == null ? "a template" : template;
        if (overrides != null && template != null && Files.exists(overrides.resolve(template))) {
            name = overrides.resolve(template).toString();
        } else if (template != null) {
            name = "templates/" + template;
        }
        return line == null ? name : name + ":" + line + ":" + (column == null ? 1 : column);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        return message.strip().lines().findFirst().orElse(message);
    }
}

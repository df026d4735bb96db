package org.wsoa.render;

import freemarker.core._CoreAPI;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.Version;
import java.io.IOException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;

/**
 * FreeMarker's configuration, with a check for an interrupted thread added to every loop of
 * every template it loads (the page's, and each it includes or imports), so that
 * {@link TemplateSandbox} can stop a loop that writes nothing when its time is up. FreeMarker
 * offers the check only through its internal {@code _CoreAPI}; the version is pinned in pom.xml
 * and {@code TemplateSandboxTest} notices if it stops working.
 */
final class SandboxedConfiguration extends Configuration {

    private final Set<Template> checked = Collections.newSetFromMap(new IdentityHashMap<>());

    SandboxedConfiguration(Version version) {
        super(version);
    }

    /** Every other {@code getTemplate}, and FreeMarker's includes and imports, come here. */
    @Override
    public Template getTemplate(String name, Locale locale, Object customLookupCondition, String encoding,
            boolean parseAsFTL, boolean ignoreMissing) throws IOException {
        Template template = super.getTemplate(name, locale, customLookupCondition, encoding, parseAsFTL, ignoreMissing);
        if (template != null) {
            synchronized (checked) {
                if (checked.add(template)) {
                    _CoreAPI.addThreadInterruptedChecks(template);
                }
            }
        }
        return template;
    }
}

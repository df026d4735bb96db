package org.wsoa.render;

import java.awt.Font;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * Keeps the PDF libraries to the font in wsoa's jar, so that a build reads no system font and
 * writes nothing outside its output directory. Left alone, three libraries write elsewhere:
 * PDFBox scans every system font and caches the list in {@code ~/.pdfbox.cache} (openhtmltopdf
 * asks it for Helvetica whenever it makes a PDF); Java's font manager, which Batik uses to lay
 * out any text left in an SVG drawing (the charts' own text is drawn as outlines by
 * {@link SvgText}), caches fontconfig's answers in {@code ~/.java/fonts}; and ImageIO caches
 * images it reads in the shared temporary directory. {@link #install(boolean)} turns all three
 * off, once per process.
 */
final class EmbeddedFonts {

    /**
     * Where Java's font manager is told the home directory is while it starts: a path below
     * a device, under which no directory can be made, so that its cache is never written.
     */
    private static final String NO_HOME = "/dev/null";

    private static boolean installed;
    private static boolean fontManagerStarted;

    private EmbeddedFonts() {
    }

    /**
     * Makes PDFBox, Java's font manager and ImageIO keep to the jar and the output directory.
     *
     * @param svgText whether the page has SVG text for Batik to lay out, and so needs Java's font
     *                manager (started here without its cache); a page without any never starts
     *                it, nor loads fontconfig and FreeType
     */
    static synchronized void install(boolean svgText) {
        if (!installed) {
            FontMappers.set(new JarFontMapper());
            ImageIO.setUseCache(false);
            installed = true;
        }
        if (svgText && !fontManagerStarted) {
            startFontManagerWithoutCache();
            fontManagerStarted = true;
        }
    }

    /**
     * Starts Java's font manager with the home directory pointed where its cache cannot be
     * written. It reads and writes that cache only while it starts, and it starts once per
     * process, so the home directory is set back at once.
     */
    private static void startFontManagerWithoutCache() {
        String home = System.getProperty("user.home");
        System.setProperty("user.home", NO_HOME);
        try {
            new Font(Font.SANS_SERIF, Font.PLAIN, 10).canDisplay('a');
        } finally {
            if (home == null) {
                System.clearProperty("user.home");
            } else {
                System.setProperty("user.home", home);
            }
        }
    }

    /**
     * Answers every request for a font PDFBox has no file for with DejaVu Sans from the jar: the
     * regular face this thread already parsed for its PDFs, not a copy of its own. Such requests
     * come only for fonts wsoa never draws with (openhtmltopdf's defaults for form fields), so the
     * answer does not change the PDF.
     */
    private static final class JarFontMapper implements FontMapper {

        private static TrueTypeFont font() {
            try {
                return FontFaces.parsed(FontFaces.Face.REGULAR);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the font in the wsoa jar", e);
            }
        }

        @Override
        public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor descriptor) {
            return new FontMapping<>(font(), true);
        }

        @Override
        public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor descriptor) {
            return new FontMapping<>(font(), true);
        }

        @Override
        public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor descriptor, PDCIDSystemInfo cidSystemInfo) {
            return new CIDFontMapping(null, font(), true);
        }
    }
}

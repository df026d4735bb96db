package org.wsoa.render;

import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxRawPDFontMetrics;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.fontbox.ttf.CmapSubtable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The four faces of the font embedded in every PDF, each parsed when a thread that makes PDFs
 * first draws with it (a build of several plans makes them on two threads), not once or twice for
 * each PDF, and a face no PDF uses (most plans use no italic) never. A face is held with its glyph substitutions (GSUB) off, as the PDF's
 * text needs it (see {@link PdfRenderer}); FontBox reads a parsed face's tables on demand, under its
 * own locks, and each document embeds its own subset of it, so one face serves the PDFs of a thread
 * one after another.
 *
 * <p>The faces' metrics (ascent, descent, underline and strike-through) are given to the renderer
 * before it starts, so that it does not parse the font a second time, as a fallback, just to read
 * them: the fallback is the same file and has the same metrics. A parsed face holds about 3 MB
 * (its file and FontBox's maps of its character codes), so what a PDF does not need is not kept.
 */
final class FontFaces {

    static final String FAMILY = "DejaVu Sans";
    private static final String FONTS = "/org/wsoa/fonts/";

    /** One face: its file in the jar, weight and style. */
    enum Face {
        REGULAR("DejaVuSans.ttf", 400, FontStyle.NORMAL,
                new PdfBoxRawPDFontMetrics(1232.4219f, 462.89062f, -410.80728f, 100.0f, 235.83984f, 50.0f)),
        BOLD("DejaVuSans-Bold.ttf", 700, FontStyle.NORMAL,
                new PdfBoxRawPDFontMetrics(1175.293f, 415.03906f, -391.7643f, 100.0f, 235.83984f, 50.0f)),
        OBLIQUE("DejaVuSans-Oblique.ttf", 400, FontStyle.ITALIC,
                new PdfBoxRawPDFontMetrics(1067.8711f, 350.09766f, -355.95703f, 100.0f, 235.83984f, 50.0f)),
        BOLD_OBLIQUE("DejaVuSans-BoldOblique.ttf", 700, FontStyle.ITALIC,
                new PdfBoxRawPDFontMetrics(1120.6055f, 385.2539f, -373.53516f, 100.0f, 235.83984f, 50.0f));

        final String file;
        final int weight;
        final FontStyle style;
        /**
         * Ascent, descent, strike-through offset and thickness, underline position and thickness,
         * as the renderer works them out from the file (FontFacesTest holds them to it): written
         * out, so that a PDF that does not use a face (most use no italic) never parses it.
         */
        final PdfBoxRawPDFontMetrics metrics;

        Face(String file, int weight, FontStyle style, PdfBoxRawPDFontMetrics metrics) {
            this.file = file;
            this.weight = weight;
            this.style = style;
            this.metrics = metrics;
        }
    }

    /** The faces parsed on this thread, and the locale they were parsed in. */
    private record Parsed(Locale locale, TrueTypeFont[] faces) {
    }

    private static final ThreadLocal<Parsed> PARSED = new ThreadLocal<>();
    private static MetricsStore metrics;

    private FontFaces() {
    }

    /**
     * The face's file, as in the jar: read when a thread first parses the face, or when the
     * renderer falls back to it, and not kept (a parsed face holds a copy of its own).
     */
    static byte[] bytes(Face face) throws IOException {
        try (InputStream in = FontFaces.class.getResourceAsStream(FONTS + face.file)) {
            if (in == null) {
                throw new IOException("the wsoa jar is missing the font " + face.file);
            }
            return in.readAllBytes();
        }
    }

    /** The face parsed for this thread, its glyph substitutions off (parsed on the thread's first use). */
    static TrueTypeFont parsed(Face face) throws IOException {
        // FontBox reads the face's dates (its head table) with a calendar of the default locale and
        // writes them into each PDF's subset with one of the locale current then: a face parsed in
        // one locale and written in another (a calendar of other eras: ja-JP-u-ca-japanese) gives
        // other bytes. So a face is reused only in the locale it was parsed in.
        Locale locale = Locale.getDefault(Locale.Category.FORMAT);
        Parsed cached = PARSED.get();
        if (cached == null || !cached.locale().equals(locale)) {
            cached = new Parsed(locale, new TrueTypeFont[Face.values().length]);
            PARSED.set(cached);
        }
        TrueTypeFont[] parsed = cached.faces();
        TrueTypeFont font = parsed[face.ordinal()];
        if (font == null) {
            font = new TTFParser().parse(new RandomAccessReadBuffer(bytes(face)));
            font.setEnableGsub(false);
            keepOnlyTheUnicodeCmap(font);
            parsed[face.ordinal()] = font;
        }
        return font;
    }

    /**
     * Drops the face's character maps but the one every reader of it uses (its Unicode map, as
     * {@link TrueTypeFont#getUnicodeCmapLookup()} chooses it): DejaVu Sans has five, each of which
     * FontBox holds as a map of boxed numbers, 0.8 MB a face for four maps nothing reads.
     */
    private static void keepOnlyTheUnicodeCmap(TrueTypeFont font) throws IOException {
        if (font.getUnicodeCmapLookup() instanceof CmapSubtable unicode && font.getCmap() != null) {
            font.getCmap().setCmaps(new CmapSubtable[] {unicode});
        }
    }

    /** The renderer's store of font metrics, holding the four faces'. */
    static synchronized MetricsStore metrics() {
        if (metrics == null) {
            Map<String, FSCacheValue> faces = new HashMap<>();
            for (Face face : Face.values()) {
                faces.put(metricsName(face), face.metrics);
            }
            metrics = new MetricsStore(faces);
        }
        return metrics;
    }

    /** All four faces, in order. */
    static List<Face> all() {
        return List.of(Face.values());
    }

    /**
     * The end of the key under which openhtmltopdf's font resolver keeps a face's metrics: family,
     * weight and style ("DejaVu Sans:700:italic"); the resolver puts a prefix of its own before it
     * ("font-metrics:" in 1.1.24, "font-metrics2:" later), which changes when its metrics do.
     */
    static String metricsName(Face face) {
        IdentValue style = face.style == FontStyle.NORMAL ? IdentValue.NORMAL : IdentValue.ITALIC;
        return FAMILY + ":" + face.weight + ":" + style;
    }

    /**
     * openhtmltopdf's store of font metrics, answering for the four faces from the start and keeping
     * what the renderer puts in it for other fonts (a council's own, by {@code @font-face}). The
     * metrics are worked out with the renderer's own code, from the same files, so they are what it
     * would work out itself.
     */
    static final class MetricsStore implements FSCacheEx<String, FSCacheValue> {
        private final Map<String, FSCacheValue> faces;
        private final Map<String, FSCacheValue> others = new ConcurrentHashMap<>();
        private final AtomicInteger facesPut = new AtomicInteger();
        private final AtomicInteger facesAnswered = new AtomicInteger();

        MetricsStore(Map<String, FSCacheValue> faces) {
            this.faces = Map.copyOf(faces);
        }

        @Override
        public void put(String key, FSCacheValue value) {
            if (face(key) != null) {
                // The renderer loaded one of the faces to read its metrics: what this store is to spare.
                facesPut.incrementAndGet();
                return;
            }
            others.put(key, value);
        }

        @Override
        public FSCacheValue get(String key, Callable<? extends FSCacheValue> loader) {
            FSCacheValue value = get(key);
            if (value != null) {
                return value;
            }
            try {
                value = loader.call();
            } catch (Exception e) {
                return null;
            }
            if (value != null) {
                put(key, value);
            }
            return value;
        }

        @Override
        public FSCacheValue get(String key) {
            FSCacheValue face = face(key);
            if (face != null) {
                facesAnswered.incrementAndGet();
                return face;
            }
            return others.get(key);
        }

        /** How many times the renderer asked for a face's metrics and was given them. */
        int facesAnswered() {
            return facesAnswered.get();
        }

        /** How many times the renderer worked out a face's metrics itself (none, when this store does its work). */
        int facesLoadedByRenderer() {
            return facesPut.get();
        }

        private FSCacheValue face(String key) {
            int family = key.indexOf(":" + FAMILY + ":");
            return family < 0 ? null : faces.get(key.substring(family + 1));
        }
    }

}

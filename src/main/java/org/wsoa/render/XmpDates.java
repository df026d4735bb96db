package org.wsoa.render;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;

/**
 * Sets the dates in a PDF's XMP metadata, which PDF/A requires to match the document information,
 * to the build's fixed date rather than the moment the renderer ran. The XML is edited as text so
 * that everything else in it (the PDF/A and PDF/UA extension schemas) stays exactly as written.
 */
final class XmpDates {

    private static final Pattern CREATE_DATE = Pattern.compile("<xmp:CreateDate>[^<]*</xmp:CreateDate>");
    private static final Pattern OTHER_DATES = Pattern.compile("\\s*<xmp:(ModifyDate|MetadataDate)>[^<]*</xmp:\\1>");

    private XmpDates() {
    }

    static void set(PDDocument document, Instant date) throws IOException {
        PDMetadata metadata = document.getDocumentCatalog().getMetadata();
        if (metadata == null) {
            return;
        }
        String xmp;
        try (InputStream in = metadata.exportXMPMetadata()) {
            xmp = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String when = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(date.atOffset(ZoneOffset.UTC)).replace("Z", "+00:00");
        Matcher create = CREATE_DATE.matcher(OTHER_DATES.matcher(xmp).replaceAll(""));
        if (!create.find()) {
            throw new IOException("the PDF's metadata has no creation date to set");
        }
        String dates = "<xmp:CreateDate>" + when + "</xmp:CreateDate><xmp:ModifyDate>" + when
                + "</xmp:ModifyDate><xmp:MetadataDate>" + when + "</xmp:MetadataDate>";
        String fixed = create.replaceFirst(Matcher.quoteReplacement(dates));
        metadata.importXMPMetadata(fixed.getBytes(StandardCharsets.UTF_8));
    }
}

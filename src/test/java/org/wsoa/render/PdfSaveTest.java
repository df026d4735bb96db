package org.wsoa.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.wsoa.load.PlanFixtures;

class PdfSaveTest {

    @Test
    void thisPdfBoxLetsTheWritersQueueBeReplaced() {
        assertThat(PdfSave.fast()).isTrue();
    }

    /** A plan's PDF, loaded back and saved both ways: the same bytes. */
    @Test
    void savesTheSameBytesAsPdfBoxsOwnSave() throws Exception {
        var plan = PlanFixtures.resolved(PlanFixtures.EVERY_FIELD);
        byte[] pdf = new PdfRenderer(new HtmlRenderer(Templates.create(null)), List.of(Path.of(plan.plan().directory())))
                .render(plan, Instant.parse("2021-12-24T00:00:00Z"));
        ByteArrayOutputStream own = new ByteArrayOutputStream();
        ByteArrayOutputStream fast = new ByteArrayOutputStream();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            document.save(own, CompressParameters.NO_COMPRESSION);
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PdfSave.save(document, fast);
        }

        assertThat(own.size()).isGreaterThan(10_000);
        assertThat(fast.toByteArray()).isEqualTo(own.toByteArray());
    }

    @Test
    void theQueueKeepsItsOrderAndKnowsWhatItHolds() {
        PdfSave.CountedQueue queue = new PdfSave.CountedQueue();
        COSDictionary first = new COSDictionary();
        COSDictionary second = new COSDictionary();
        queue.add(first);
        queue.addAll(List.of(second, COSInteger.get(7)));

        assertThat(queue.contains(first)).isTrue();
        assertThat(queue.contains(new COSDictionary())).isFalse();
        assertThat(queue.contains(COSInteger.get(7))).isTrue();
        assertThat(queue.removeFirst()).isSameAs(first);
        assertThat(queue.contains(first)).isFalse();
        assertThat(queue.contains(second)).isTrue();
        queue.add(first);
        assertThat(queue).containsExactly(second, COSInteger.get(7), first);
        assertThat(queue.poll()).isSameAs(second);
        assertThat(queue.pollLast()).isSameAs(first);
        assertThat(queue.contains(first)).isFalse();
        assertThat(queue.contains(COSInteger.get(7))).isTrue();
        assertThatThrownBy(() -> queue.remove(COSInteger.get(7))).isInstanceOf(UnsupportedOperationException.class);
        queue.clear();
        assertThat(queue.contains(COSInteger.get(7))).isFalse();
    }
}

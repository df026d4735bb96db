package org.wsoa.render;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdfwriter.COSWriter;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Saves a PDF as {@code PDDocument.save(out, CompressParameters.NO_COMPRESSION)} does, byte for byte,
 * without its quadratic cost: PDFBox's writer asks, for every reference it writes, whether the object
 * is already in its queue of objects to write, by searching the queue from end to end; a tagged PDF's
 * structure tree (BCP's: over 20,000 objects) keeps that queue long, and the search took a tenth of a
 * build. Here the queue also counts its objects, so that the question costs one lookup; the queue's
 * order, and so the file, are the same. Where the writer is not as this expects (another PDFBox),
 * the document is saved by PDFBox's own {@code save}.
 */
final class PdfSave {

    private static final Field QUEUE = field(COSWriter.class, "objectsToWrite");
    private static final Method SUBSET_FONTS = method(PDDocument.class, "subsetDesignatedFonts");

    private PdfSave() {
    }

    /** Whether this PDFBox lets the writer's queue be replaced (else {@link #save} is PDFBox's own). */
    static boolean fast() {
        return QUEUE != null && SUBSET_FONTS != null;
    }

    /** The document with a classic cross-reference table and no object streams. */
    static void save(PDDocument document, OutputStream out) throws IOException {
        if (!fast()) {
            document.save(out, CompressParameters.NO_COMPRESSION);
            return;
        }
        // What PDDocument.save(out, NO_COMPRESSION) does, with the writer's queue replaced.
        if (document.getDocument().isClosed()) {
            throw new IOException("Cannot save a document which has been closed");
        }
        document.getDocument().setIsXRefStream(false);
        try {
            SUBSET_FONTS.invoke(document);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
        COSWriter writer = new COSWriter(out, CompressParameters.NO_COMPRESSION);
        try {
            QUEUE.set(writer, new CountedQueue());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
        writer.write(document);
    }

    private static Field field(Class<?> type, String name) {
        try {
            Field field = type.getDeclaredField(name);
            if (!field.getType().isAssignableFrom(CountedQueue.class)) {
                return null;
            }
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException | RuntimeException e) {
            return null;
        }
    }

    private static Method method(Class<?> type, String name) {
        try {
            Method method = type.getDeclaredMethod(name);
            method.setAccessible(true);
            return method;
        } catch (NoSuchMethodException | RuntimeException e) {
            return null;
        }
    }

    /**
     * A first-in, first-out queue that knows, in one lookup, whether it holds an object equal to a
     * given one: {@link ArrayDeque} with a count of each element. The writer adds at the end, takes
     * from the front and asks {@code contains}; every other way of taking elements out is refused,
     * so that the counts cannot go wrong unnoticed.
     */
    static final class CountedQueue extends ArrayDeque<COSBase> {
        private final Map<COSBase, Integer> counts = new HashMap<>();

        @Override
        public void addLast(COSBase element) {
            super.addLast(element);
            counts.merge(element, 1, Integer::sum);
        }

        @Override
        public void addFirst(COSBase element) {
            super.addFirst(element);
            counts.merge(element, 1, Integer::sum);
        }

        @Override
        public COSBase pollFirst() {
            COSBase element = super.pollFirst();
            if (element != null) {
                counts.computeIfPresent(element, (key, count) -> count == 1 ? null : count - 1);
            }
            return element;
        }

        @Override
        public COSBase pollLast() {
            COSBase element = super.pollLast();
            if (element != null) {
                counts.computeIfPresent(element, (key, count) -> count == 1 ? null : count - 1);
            }
            return element;
        }

        @Override
        public boolean contains(Object element) {
            return element != null && counts.containsKey(element);
        }

        @Override
        public void clear() {
            super.clear();
            counts.clear();
        }

        @Override
        public boolean remove(Object element) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean removeFirstOccurrence(Object element) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean removeLastOccurrence(Object element) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean removeIf(Predicate<? super COSBase> filter) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean removeAll(Collection<?> elements) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean retainAll(Collection<?> elements) {
            throw new UnsupportedOperationException();
        }

        @Override
        public java.util.Iterator<COSBase> iterator() {
            java.util.Iterator<COSBase> inner = super.iterator();
            return new java.util.Iterator<>() {
                @Override
                public boolean hasNext() {
                    return inner.hasNext();
                }

                @Override
                public COSBase next() {
                    return inner.next();
                }
            };
        }
    }
}

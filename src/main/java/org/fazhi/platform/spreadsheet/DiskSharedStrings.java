package org.fazhi.platform.spreadsheet;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;

/**
 * A workbook's shared strings (every distinct text of the workbook: a million-row sheet has millions) kept in a
 * temporary file and read back through a memory map; the heap holds only their offsets, 8 bytes each. POI's own
 * tables hold every string on the heap, which a large import cannot afford.
 */
final class DiskSharedStrings implements SharedStrings, AutoCloseable {

    private static final long CHUNK = 1L << 30;

    private final Path file;
    private long[] offsets = new long[1024];
    private int count;
    private MappedByteBuffer[] chunks = new MappedByteBuffer[0];

    DiskSharedStrings(InputStream sharedStringsXml, Path directory) throws IOException {
        this.file = Files.createTempFile(directory, "sst", ".bin");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            long position = 0;
            XMLStreamReader xml = secureFactory().createXMLStreamReader(sharedStringsXml);
            StringBuilder text = new StringBuilder();
            boolean inItem = false;
            int phonetic = 0;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName();
                    if (name.equals("si")) {
                        inItem = true;
                        text.setLength(0);
                    } else if (name.equals("rPh")) {
                        phonetic++;
                    } else if (name.equals("t") && inItem && phonetic == 0) {
                        text.append(xml.getElementText());
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String name = xml.getLocalName();
                    if (name.equals("rPh")) {
                        phonetic--;
                    } else if (name.equals("si")) {
                        inItem = false;
                        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
                        add(position);
                        out.write(bytes);
                        position += bytes.length;
                    }
                }
            }
            add(position);
            count--;
        } catch (XMLStreamException e) {
            Files.deleteIfExists(file);
            throw new IOException("unreadable shared strings", e);
        }
        map();
    }

    /** Uploaded files are untrusted: no DTDs, no external entities. */
    private static XMLInputFactory secureFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }

    /** A workbook without shared strings (every text inline). */
    static DiskSharedStrings none(Path directory) throws IOException {
        return new DiskSharedStrings(new java.io.ByteArrayInputStream("<sst/>".getBytes(StandardCharsets.UTF_8)),
                directory);
    }

    private void add(long offset) {
        if (count == offsets.length) {
            offsets = Arrays.copyOf(offsets, offsets.length * 2);
        }
        offsets[count++] = offset;
    }

    private void map() throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            chunks = new MappedByteBuffer[(int) (size / CHUNK) + 1];
            for (int i = 0; i < chunks.length; i++) {
                long start = i * CHUNK;
                // Each map reaches past its chunk (a cell holds at most 32,767 characters, under 128 KiB of UTF-8)
                // so a string that starts in it ends in it too.
                chunks[i] = channel.map(FileChannel.MapMode.READ_ONLY, start, Math.min(size - start, CHUNK + 131_072));
            }
        }
    }

    @Override
    public RichTextString getItemAt(int index) {
        if (index < 0 || index >= count) {
            throw new IllegalArgumentException("no shared string " + index);
        }
        long start = offsets[index];
        int length = (int) (offsets[index + 1] - start);
        byte[] bytes = new byte[length];
        chunks[(int) (start / CHUNK)].get((int) (start % CHUNK), bytes);
        return new XSSFRichTextString(new String(bytes, StandardCharsets.UTF_8));
    }

    @Override
    public int getCount() {
        return count;
    }

    @Override
    public int getUniqueCount() {
        return count;
    }

    @Override
    public void close() {
        chunks = new MappedByteBuffer[0];
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

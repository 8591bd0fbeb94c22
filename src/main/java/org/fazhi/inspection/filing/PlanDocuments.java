package org.fazhi.inspection.filing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.fazhi.platform.InvalidInput;
import org.fazhi.shared.Sm3;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Plan documents on disk, under {@code ${fazhi.data-dir}/files/inspection/plan-filings/}, named by their SM3 digest:
 * the same document filed twice is kept once, and a file whose content no longer matches its name has been altered.
 * Only PDF and Word documents are taken, recognised by their first bytes, up to {@value #MAX_BYTES} bytes.
 */
@Component
class PlanDocuments {

    static final int MAX_BYTES = 10 * 1024 * 1024;
    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1};
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    private final Path folder;

    PlanDocuments(@Value("${fazhi.data-dir}") Path dataDirectory) {
        this.folder = dataDirectory.resolve("files").resolve("inspection").resolve("plan-filings");
    }

    /** Checks and keeps an uploaded document; refuses (beside the field) anything but a PDF or Word file. */
    PlanDocument store(String uploadedName, byte[] content) {
        if (content.length == 0) {
            throw InvalidInput.of("document", "inspection.filing.document.required");
        }
        if (content.length > MAX_BYTES) {
            throw InvalidInput.of("document", "inspection.filing.document.too-large", MAX_BYTES / 1024 / 1024);
        }
        PlanDocument.Type type = sniff(content)
                .orElseThrow(() -> InvalidInput.of("document", "inspection.filing.document.type"));
        String sm3 = Sm3.hex(Sm3.digest(content));
        Path target = pathOf(sm3, type);
        try {
            if (!Files.exists(target)) {
                Files.createDirectories(folder);
                Path temporary = Files.createTempFile(folder, "upload-", ".part");
                try {
                    Files.write(temporary, content);
                    move(temporary, target);
                } finally {
                    Files.deleteIfExists(temporary);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep a plan document", e);
        }
        return new PlanDocument(cleanName(uploadedName, type), type, content.length, sm3);
    }

    /** The document's bytes, after checking they still hash to its digest. */
    byte[] read(PlanDocument document) {
        try {
            byte[] content = Files.readAllBytes(pathOf(document.sm3(), document.type()));
            if (!Sm3.hex(Sm3.digest(content)).equals(document.sm3())) {
                throw new IllegalStateException("Plan document " + document.sm3() + " was altered on disk");
            }
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException("Plan document " + document.sm3() + " is missing", e);
        }
    }

    /** PDF by its header; Word 97-2003 by the OLE2 signature; .docx as a zip holding word/document.xml. */
    static Optional<PlanDocument.Type> sniff(byte[] content) {
        if (startsWith(content, PDF)) {
            return Optional.of(PlanDocument.Type.PDF);
        }
        if (startsWith(content, OLE2)) {
            return Optional.of(PlanDocument.Type.DOC);
        }
        if (startsWith(content, ZIP) && holdsWordDocument(content)) {
            return Optional.of(PlanDocument.Type.DOCX);
        }
        return Optional.empty();
    }

    private static boolean holdsWordDocument(byte[] content) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("word/document.xml")) {
                    return true;
                }
            }
            return false;
        } catch (IOException | IllegalArgumentException notAZip) {
            return false;
        }
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }

    /** The uploaded name without any folder, of sane length, ending in the sniffed type's extension. */
    static String cleanName(String uploaded, PlanDocument.Type type) {
        String name = uploaded.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        stem = stem.isEmpty() ? "plan" : stem.substring(0, Math.min(stem.length(), 100));
        return stem + "." + type.extension();
    }

    private Path pathOf(String sm3, PlanDocument.Type type) {
        return folder.resolve(sm3 + "." + type.extension());
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}

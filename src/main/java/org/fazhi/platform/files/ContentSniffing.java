package org.fazhi.platform.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * What a file is, from its content. Signatures decide for most kinds; a zip or an OLE2 compound file is a Word
 * document only if it holds one: a .docx names {@code word/} parts (and no macros: a renamed .docm is refused), a
 * .doc has a {@code WordDocument} stream (a spreadsheet or an installer is also OLE2). Only the directories of the
 * containers are read, never their compressed contents, so a zip bomb costs nothing.
 */
final class ContentSniffing {

    private ContentSniffing() {
    }

    /** The kind of the file, if it is one the store keeps. */
    static Optional<FileKind> of(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(FileKind.HEAD_LENGTH);
        }
        return FileKind.claimedBy(head).filter(kind -> confirms(kind, file));
    }

    /** Whether the whole file bears out what its first bytes claim. */
    static boolean confirms(FileKind claimed, Path file) {
        return switch (claimed) {
            case DOCX -> holdsWordParts(file);
            case DOC -> holdsWordStream(file);
            default -> true;
        };
    }

    private static boolean holdsWordParts(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            List<String> names = zip.stream().map(ZipEntry::getName).toList();
            return names.stream().anyMatch(name -> name.startsWith("word/"))
                    && names.stream().noneMatch(name -> name.equalsIgnoreCase("word/vbaProject.bin"));
        } catch (IOException | RuntimeException notAZip) {
            return false;
        }
    }

    private static boolean holdsWordStream(Path file) {
        try (POIFSFileSystem compound = new POIFSFileSystem(file.toFile(), true)) {
            return compound.getRoot().hasEntry("WordDocument");
        } catch (IOException | RuntimeException notACompoundFile) {
            return false;
        }
    }
}

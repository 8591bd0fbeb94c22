package org.fazhi.platform.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.UUID;

import org.bouncycastle.crypto.digests.SM3Digest;
import org.fazhi.shared.Sm3;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The files directory on disk, {@code ${fazhi.data-dir}/files/}: a new file goes to
 * {@code <owner type>/<region>/<owner id>/<random>.<extension>} (never the uploaded name), written to a temporary
 * file beside it and moved into place, so a file either is whole or is not there. Paths are kept relative to the
 * directory, so the data directory can move.
 */
@Component
class FileFolder {

    /** A temporary file as written, with its size and SM3 digest. */
    record Received(Path temporary, long size, String sm3) {
    }

    private final Path root;

    FileFolder(@Value("${fazhi.data-dir}") Path dataDirectory) {
        this.root = dataDirectory.resolve("files").toAbsolutePath().normalize();
    }

    String placeFor(FileOwner owner, FileKind kind) {
        return owner.type() + "/" + owner.region().value() + "/" + owner.id() + "/" + UUID.randomUUID() + "."
                + kind.extension();
    }

    /** The file at a stored path; a path that leads outside the files directory is refused. */
    Path resolve(String relative) {
        Path path = root.resolve(relative).normalize();
        if (!path.startsWith(root) || path.equals(root)) {
            throw new IllegalArgumentException("not a stored file path: " + relative);
        }
        return path;
    }

    /**
     * Writes {@code head} and the rest of {@code in} to a temporary file in the folder of {@code relative}, digesting
     * as it goes; stops and deletes it once it holds more than {@code limit} bytes (empty).
     */
    Optional<Received> receive(byte[] head, InputStream in, String relative, long limit) {
        try {
            Path folder = resolve(relative).getParent();
            Files.createDirectories(folder);
            Path temporary = Files.createTempFile(folder, "upload-", ".part");
            Optional<Digested> digested;
            try (OutputStream out = Files.newOutputStream(temporary)) {
                digested = copy(new SequenceInputStream(new ByteArrayInputStream(head), in), out, limit);
            } catch (IOException | RuntimeException failed) {
                Files.deleteIfExists(temporary);
                throw failed;
            }
            if (digested.isEmpty()) {
                Files.deleteIfExists(temporary);
            }
            return digested.map(whole -> new Received(temporary, whole.size(), whole.sm3()));
        } catch (IOException e) {
            throw new UncheckedIOException("could not receive a file", e);
        }
    }

    /** Moves a received file to its place: atomically where the file system can, so readers never see half a file. */
    void moveIntoPlace(Path temporary, String relative) {
        Path target = resolve(relative);
        try {
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not keep a file", e);
        }
    }

    void delete(String relative) {
        try {
            Files.deleteIfExists(resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException("could not remove a file", e);
        }
    }

    /** The SM3 digest and size of a stored file as it is now; empty when it is not there. */
    Optional<Digested> digest(String relative) {
        Path path = resolve(relative);
        if (!Files.isRegularFile(path)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(path)) {
            return copy(in, OutputStream.nullOutputStream(), Long.MAX_VALUE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read a stored file", e);
        }
    }

    /** The SM3 digest of some bytes and how many there were. */
    record Digested(String sm3, long size) {
    }

    /** Copies and digests {@code in}; empty once more than {@code limit} bytes went by. */
    private static Optional<Digested> copy(InputStream in, OutputStream out, long limit) throws IOException {
        SM3Digest sm3 = new SM3Digest();
        long size = 0;
        byte[] buffer = new byte[64 * 1024];
        for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
            size += read;
            if (size > limit) {
                return Optional.empty();
            }
            sm3.update(buffer, 0, read);
            out.write(buffer, 0, read);
        }
        byte[] result = new byte[Sm3.DIGEST_LENGTH];
        sm3.doFinal(result, 0);
        return Optional.of(new Digested(Sm3.hex(result), size));
    }
}

package org.fazhi.inspection.checklist;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

import org.fazhi.shared.RegionCode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Photo files under {@code ${fazhi.data-dir}/files/inspection/<county>/<task>/}, named by a random id (never by the
 * uploaded name). Written to a temporary file and moved into place, so a file either is whole or is not there.
 */
@Component
class PhotoStore {

    private final Path root;

    PhotoStore(@Value("${fazhi.data-dir}") Path dataDirectory) {
        this.root = dataDirectory.resolve("files").toAbsolutePath().normalize();
    }

    /** Writes the bytes and returns their path relative to the files directory. */
    String write(RegionCode county, long taskId, ImageType type, byte[] bytes) {
        String relative = "inspection/" + county.value() + "/" + taskId + "/" + UUID.randomUUID() + "."
                + type.extension();
        Path target = resolve(relative);
        try {
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), "upload", ".part");
            Files.write(temporary, bytes);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not store a check photo", e);
        }
        return relative;
    }

    byte[] read(String relative) {
        try {
            return Files.readAllBytes(resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read a check photo", e);
        }
    }

    /** The file of a stored path; a path that leads outside the files directory is refused. */
    Path resolve(String relative) {
        Path path = root.resolve(relative).normalize();
        if (!path.startsWith(root)) {
            throw new IllegalArgumentException("not a stored photo path");
        }
        return path;
    }
}

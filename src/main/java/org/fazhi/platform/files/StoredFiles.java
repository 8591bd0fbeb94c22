package org.fazhi.platform.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.NotFound;
import org.fazhi.platform.files.FileCheck.Mismatch;
import org.fazhi.platform.files.FileCheck.Problem;
import org.fazhi.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.FileSystemResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one file store: photos, documents, recordings and videos of any module, kept on disk under the data directory
 * and recorded in {@code platform.stored_file} with their owner, sniffed kind, size and SM3 digest.
 *
 * <p>A file is stored inside the caller's transaction: if that transaction rolls back, the file is removed again, so
 * a refused or failed change leaves no file behind. A file is read back only after its digest is checked again; one
 * that is missing or altered is refused, logged and reported to the audit trail ({@link FileAltered}). Callers check
 * that the user may see the owner before they read; the store checks the file is of the owner type they expect.
 */
@Service
public class StoredFiles {

    private static final Logger log = LoggerFactory.getLogger(StoredFiles.class);
    private static final long MEGABYTE = 1024 * 1024;
    private static final int VERIFY_BATCH = 500;

    private final StoredFileRepository repository;
    private final FileFolder folder;
    private final FilesProperties limits;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate separately;

    StoredFiles(StoredFileRepository repository, FileFolder folder, FilesProperties limits,
                ApplicationEventPublisher events, PlatformTransactionManager transactions) {
        this.repository = repository;
        this.folder = folder;
        this.limits = limits;
        this.events = events;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Keeps an uploaded file for its owner if its content is of a kind the owner accepts and within the limits;
     * otherwise refuses it beside the owner's field ({@link InvalidInput}) and keeps nothing. A refusal comes before
     * anything is written, so it leaves the caller's transaction usable (to collect the problems of several files).
     */
    @Transactional(noRollbackFor = InvalidInput.class)
    public StoredFile store(FileOwner owner, Upload upload, Acceptance acceptance, String storedBy) {
        String name = FileNames.withoutFolder(upload.name());
        try (InputStream in = upload.content().getInputStream()) {
            byte[] head = in.readNBytes(FileKind.HEAD_LENGTH);
            FileKind kind = FileKind.claimedBy(head).filter(acceptance.kinds()::contains)
                    .orElseThrow(() -> refusedKind(name, acceptance));
            long limit = Math.min(acceptance.maxBytes(), limits.maxBytes(kind.category()));
            String path = folder.placeFor(owner, kind);
            FileFolder.Received received = folder.receive(head, in, path, limit)
                    .orElseThrow(() -> InvalidInput.of(acceptance.field(), acceptance.messages() + ".too-large", name,
                            Math.max(1, limit / MEGABYTE)));
            try {
                if (!ContentSniffing.confirms(kind, received.temporary())) {
                    throw refusedKind(name, acceptance);
                }
                folder.moveIntoPlace(received.temporary(), path);
            } finally {
                Files.deleteIfExists(received.temporary());
            }
            removeOnRollback(path);
            StoredFile file = repository.insert(owner, FileNames.ofKind(name, kind), kind, received.size(),
                    received.sm3(), path, storedBy);
            events.publishEvent(new FileStored(file.id(), owner.type(), owner.id(), owner.region(), kind,
                    file.sizeBytes(), file.sm3()));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("could not store a file", e);
        }
    }

    /** The stored file and its bytes, once they are found to have the recorded digest; 404 for another owner type. */
    public FileContent read(String ownerType, long id) {
        StoredFileRepository.Row row = repository.find(id).filter(found -> found.file().ownerType().equals(ownerType))
                .orElseThrow(() -> new NotFound("platform.stored_file", id));
        Optional<Problem> problem = problemWith(row);
        if (problem.isPresent()) {
            report(row.file(), problem.get());
            throw RuleViolation.of(problem.get() == Problem.MISSING ? "files.missing" : "files.altered",
                    row.file().name(), row.file().sm3());
        }
        return new FileContent(row.file(), new FileSystemResource(folder.resolve(row.path())));
    }

    /**
     * Whether a file of that owner type still has the digest recorded for it: empty when it does. Reads every byte;
     * reports nothing (a page may ask on every view), unlike {@link #read}.
     */
    public Optional<Problem> check(String ownerType, long id) {
        return problemWith(repository.find(id).filter(found -> found.file().ownerType().equals(ownerType))
                .orElseThrow(() -> new NotFound("platform.stored_file", id)));
    }

    /** The files of an owner, oldest first. */
    public List<StoredFile> ofOwner(FileOwner owner) {
        return repository.ofOwner(owner);
    }

    /** Checks every stored file against its record. Reads every byte: minutes for many gigabytes. */
    public FileCheck verify() {
        return verify(null);
    }

    /** Checks the stored files of one owner type (all types when null). */
    public FileCheck verify(@Nullable String ownerType) {
        long checked = 0;
        List<Mismatch> mismatches = new ArrayList<>();
        long after = 0;
        for (List<StoredFileRepository.Row> batch = repository.batchAfter(after, ownerType, VERIFY_BATCH);
             !batch.isEmpty(); batch = repository.batchAfter(after, ownerType, VERIFY_BATCH)) {
            for (StoredFileRepository.Row row : batch) {
                checked++;
                problemWith(row).ifPresent(problem -> {
                    log.warn("Stored file {} ({} {}) is {}", row.file().id(), row.file().ownerType(),
                            row.file().ownerId(), problem);
                    mismatches.add(new Mismatch(row.file(), problem));
                });
                after = row.file().id();
            }
        }
        return new FileCheck(checked, mismatches);
    }

    private Optional<Problem> problemWith(StoredFileRepository.Row row) {
        Optional<FileFolder.Digested> now = folder.digest(row.path());
        if (now.isEmpty()) {
            return Optional.of(Problem.MISSING);
        }
        boolean unchanged = now.get().sm3().equals(row.file().sm3()) && now.get().size() == row.file().sizeBytes();
        return unchanged ? Optional.empty() : Optional.of(Problem.ALTERED);
    }

    private void report(StoredFile file, Problem problem) {
        log.warn("Refused to serve stored file {} ({} {}): {}", file.id(), file.ownerType(), file.ownerId(), problem);
        separately.executeWithoutResult(status -> events.publishEvent(new FileAltered(file.id(), file.ownerType(),
                file.ownerId(), file.region(), problem)));
    }

    private void removeOnRollback(String path) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status == STATUS_ROLLED_BACK) {
                    folder.delete(path);
                }
            }
        });
    }

    private static InvalidInput refusedKind(String name, Acceptance acceptance) {
        String kinds = acceptance.kinds().stream().sorted().map(FileKind::name).collect(Collectors.joining("、"));
        return InvalidInput.of(acceptance.field(), acceptance.messages() + ".type", name, kinds);
    }
}

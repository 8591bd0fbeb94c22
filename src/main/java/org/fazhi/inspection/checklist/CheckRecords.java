package org.fazhi.inspection.checklist;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.fazhi.identity.Role;
import org.fazhi.identity.SignedInUser;
import org.fazhi.inspection.task.InspectionTask;
import org.fazhi.inspection.task.Tasks;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.InvalidInput.FieldProblem;
import org.fazhi.platform.NotFound;
import org.fazhi.platform.StaleEdit;
import org.fazhi.platform.files.Acceptance;
import org.fazhi.platform.files.FileContent;
import org.fazhi.platform.files.FileKind;
import org.fazhi.platform.files.FileOwner;
import org.fazhi.platform.files.StoredFile;
import org.fazhi.platform.files.StoredFiles;
import org.fazhi.platform.files.Upload;
import org.fazhi.shared.DataChanged;
import org.fazhi.shared.RuleViolation;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Filling in a task's form (检查表单) during the visit: while the visit code is valid (approved or checked in, or an
 * emergency inspection under way), an officer or the legal office of the agency whose point it is records it;
 * the justice bureau and read-only roles read the whole form. Photos are accepted only if their bytes are a JPEG or
 * PNG within the size limit; they go to the file store as files of their task, with their SM3 digest, which is
 * checked again whenever a photo is served.
 */
@Service
public class CheckRecords {

    static final String RECORD_TYPE = "inspection.check_record";
    static final String PHOTO_TYPE = "inspection.check_photo";
    /** Photos are stored as files of their task. */
    static final String PHOTO_OWNER = "inspection.task";

    /** What the inspector records at a point; {@code version} is the record's as read, null for a first record. */
    public record Entry(@Nullable CheckOutcome outcome, @Nullable String note, @Nullable Integer version) {
    }

    private final Tasks tasks;
    private final InspectionForms forms;
    private final CheckRecordRepository repository;
    private final StoredFiles files;
    private final CheckPhotoProperties limits;
    private final ApplicationEventPublisher events;

    CheckRecords(Tasks tasks, InspectionForms forms, CheckRecordRepository repository, StoredFiles files,
                 CheckPhotoProperties limits, ApplicationEventPublisher events) {
        this.tasks = tasks;
        this.forms = forms;
        this.repository = repository;
        this.files = files;
        this.limits = limits;
        this.events = events;
    }

    /** The task, if the user may see it (404 otherwise). */
    public InspectionTask task(SignedInUser user, long taskId) {
        return tasks.get(user, taskId);
    }

    public InspectionForm form(InspectionTask task) {
        return forms.of(task);
    }

    /** Whether the user may record the points of {@code agencyId} on the task now. */
    public boolean mayRecord(SignedInUser user, InspectionTask task, long agencyId) {
        return user.hasRole(Role.OFFICER, Role.AGENCY_ADMIN) && Long.valueOf(agencyId).equals(user.agencyId())
                && task.hasValidCode();
    }

    /** Records the point (or changes its record) and adds the photos; all or nothing. */
    @Transactional
    public CheckRecord record(SignedInUser user, long taskId, long checkPointId, Entry entry, List<Upload> photos) {
        InspectionTask task = tasks.get(user, taskId);
        InspectionForm.Entry point = recordable(user, task, checkPointId);
        List<FieldProblem> problems = new ArrayList<>(problemsWith(entry));
        List<StoredFile> stored = storedPhotos(user, task, point, photos, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        CheckOutcome outcome = Objects.requireNonNull(entry.outcome());
        String note = entry.note() == null || entry.note().isBlank() ? null : entry.note().strip();
        CheckRecord before = point.record();
        if (before == null) {
            CheckRecord first = new CheckRecord(taskId, checkPointId, point.item().id(), point.agencyId(),
                    point.point().position(), point.point().content(), point.point().standard(),
                    point.point().legalBasis(), point.point().keyPoint(), outcome, note, false, user.getUsername(),
                    Instant.now(), 0, List.of());
            if (entry.version() != null || !repository.insert(first, task.county())) {
                throw new StaleEdit(RECORD_TYPE, taskId + "/" + checkPointId);
            }
            events.publishEvent(DataChanged.created(RECORD_TYPE, taskId + "/" + checkPointId, task.county(),
                    List.of("outcome", "note")));
        } else {
            if (entry.version() == null || !repository.update(taskId, checkPointId, outcome, note, user.getUsername(),
                    entry.version())) {
                throw new StaleEdit(RECORD_TYPE, taskId + "/" + checkPointId);
            }
            events.publishEvent(DataChanged.updated(RECORD_TYPE, taskId + "/" + checkPointId, task.county(),
                    List.of("outcome", "note")));
        }
        stored.forEach(file -> attach(task, checkPointId, file));
        return recordOf(task, checkPointId);
    }

    /** Adds one photo to a point already recorded (the API's separate upload). */
    @Transactional
    public CheckPhoto addPhoto(SignedInUser user, long taskId, long checkPointId, Upload photo) {
        InspectionTask task = tasks.get(user, taskId);
        InspectionForm.Entry point = recordable(user, task, checkPointId);
        if (point.record() == null) {
            throw RuleViolation.of("inspection.checklist.photo.record-first");
        }
        List<FieldProblem> problems = new ArrayList<>();
        List<StoredFile> stored = storedPhotos(user, task, point, List.of(photo), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        long id = attach(task, checkPointId, stored.get(0));
        return recordOf(task, checkPointId).photos().stream().filter(p -> p.id() == id).findFirst().orElseThrow();
    }

    /** A photo of a task the user may see, after checking the file still has the digest recorded for it. */
    public FileContent photo(SignedInUser user, long taskId, long photoId) {
        tasks.get(user, taskId);
        long file = repository.photoFile(taskId, photoId).orElseThrow(() -> new NotFound(PHOTO_TYPE, photoId));
        return files.read(PHOTO_OWNER, file);
    }

    private InspectionForm.Entry recordable(SignedInUser user, InspectionTask task, long checkPointId) {
        if (!user.hasRole(Role.OFFICER, Role.AGENCY_ADMIN) || user.agencyId() == null) {
            throw new AccessDeniedException("the agencies fill in the form; others read it");
        }
        InspectionForm.Entry point = forms.of(task).entry(checkPointId)
                .orElseThrow(() -> new NotFound("catalog.check_point", checkPointId));
        if (point.agencyId() != user.agencyId()) {
            throw new AccessDeniedException("each agency records its own points of a joint visit");
        }
        if (!task.hasValidCode()) {
            throw RuleViolation.of("inspection.checklist.not-open");
        }
        return point;
    }

    private static List<FieldProblem> problemsWith(Entry entry) {
        List<FieldProblem> problems = new ArrayList<>();
        if (entry.outcome() == null) {
            problems.add(FieldProblem.of("outcome", "inspection.checklist.outcome.required"));
        }
        boolean blank = entry.note() == null || entry.note().isBlank();
        if (entry.outcome() == CheckOutcome.NONCONFORMING && blank) {
            problems.add(FieldProblem.of("note", "inspection.checklist.note.required"));
        } else if (!blank && entry.note().strip().length() > 500) {
            problems.add(FieldProblem.of("note", "inspection.checklist.note.size"));
        }
        return problems;
    }

    /**
     * Stores the photos that are JPEG or PNG images within the size limit (the store sniffs their bytes), and adds a
     * problem for each that is not, or for too many; the caller then refuses all, and the rollback takes the stored
     * files away again.
     */
    private List<StoredFile> storedPhotos(SignedInUser user, InspectionTask task, InspectionForm.Entry point,
                                          List<Upload> photos, List<FieldProblem> problems) {
        int kept = point.record() == null ? 0 : point.record().photos().size();
        if (kept + photos.size() > limits.maxPerPoint()) {
            problems.add(FieldProblem.of("photos", "inspection.checklist.photo.too-many", limits.maxPerPoint()));
            return List.of();
        }
        Acceptance images = Acceptance.of("photos", "inspection.checklist.photo", FileKind.JPEG, FileKind.PNG)
                .atMost(limits.maxBytes());
        List<StoredFile> stored = new ArrayList<>();
        for (Upload photo : photos) {
            try {
                stored.add(files.store(FileOwner.of(PHOTO_OWNER, task.id(), task.county()), photo, images,
                        user.getUsername()));
            } catch (InvalidInput refused) {
                problems.addAll(refused.problems());
            }
        }
        return stored;
    }

    private long attach(InspectionTask task, long checkPointId, StoredFile file) {
        long id = repository.addPhoto(task.id(), checkPointId, task.county(), file);
        events.publishEvent(DataChanged.created(PHOTO_TYPE, id, task.county(), List.of("photo")));
        return id;
    }

    private CheckRecord recordOf(InspectionTask task, long checkPointId) {
        return repository.ofTask(task.id()).stream().filter(record -> record.checkPointId() == checkPointId)
                .findFirst().orElseThrow();
    }
}

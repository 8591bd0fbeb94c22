package org.fazhi.disputes.litigation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.LongSupplier;

import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.InvalidInput.FieldProblem;
import org.fazhi.platform.NotFound;
import org.fazhi.platform.Page;
import org.fazhi.platform.PageRequest;
import org.fazhi.shared.DataChanged;
import org.fazhi.shared.RegionCode;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 府院联动: the followers record the county's meetings with the courts; leaders and the agencies' legal offices read
 * them. The issues a meeting lists are {@link CourtLinkIssues}.
 */
@Service
class CourtLinks {

    /** A meeting as recorded. */
    record MeetingForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate heldOn,
                       @Nullable String participants, @Nullable String topics) {
    }

    private final CourtLinkRepository repository;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CourtLinks(CourtLinkRepository repository, TransactionTemplate transaction, ApplicationEventPublisher events,
               Clock clock) {
        this.repository = repository;
        this.transaction = transaction;
        this.events = events;
        this.clock = clock;
    }

    List<CourtLinkMeeting> meetings(SignedInUser user, int year) {
        Followers.requireReader(user);
        return repository.meetings(user.region().county(), year);
    }

    /** The county's meetings as the list's filters say; each with the counts of the issues the user may see. */
    Page<CourtLinkRepository.MeetingRow> search(SignedInUser user, CourtLinkRepository.Search search,
                                                PageRequest page) {
        Followers.requireReader(user);
        return repository.search(user.region().county(), user.scope(), search, today(), page);
    }

    /** A meeting of the user's county; another county's is not found. */
    CourtLinkMeeting meeting(SignedInUser user, long id) {
        Followers.requireReader(user);
        return repository.meeting(id).filter(m -> m.county().equals(user.region().county()))
                .orElseThrow(() -> new NotFound(CourtLinkRepository.MEETING_TYPE, id));
    }

    boolean mayFollow(SignedInUser user) {
        return Followers.mayFollow(user);
    }

    List<CourtLinkRepository.MeetingOption> meetingOptions(SignedInUser user) {
        Followers.requireReader(user);
        return repository.meetingOptions(user.region().county());
    }

    CourtLinkMeeting hold(SignedInUser user, MeetingForm f) {
        Followers.requireFollower(user);
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate held = f.heldOn() == null ? today() : f.heldOn();
        if (held.isAfter(today())) {
            problems.add(FieldProblem.of("heldOn", "disputes.court-link.heldOn.future"));
        }
        String participants = text(problems, "participants", f.participants());
        String topics = text(problems, "topics", f.topics());
        check(problems);
        CourtLinkMeeting m = new CourtLinkMeeting(0, user.region().county(), held, participants, topics);
        long id = audited(CourtLinkRepository.MEETING_TYPE, m.county(), List.of("heldOn", "participants", "topics"),
                () -> repository.insert(m));
        return repository.meeting(id).orElseThrow();
    }

    /** Inserts a record and its audit entry in one transaction; the record's id. */
    long audited(String recordType, RegionCode county, List<String> fields, LongSupplier insert) {
        return Objects.requireNonNull(transaction.execute(status -> {
            long id = insert.getAsLong();
            events.publishEvent(DataChanged.created(recordType, id, county, fields));
            return id;
        }));
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    static void check(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    /** A required text of a form (meeting or issue), stripped; its problem if blank or too long. */
    static String text(List<FieldProblem> problems, String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            problems.add(FieldProblem.of(field, "disputes.court-link." + field + ".required"));
            return "";
        }
        if (value.strip().length() > LawsuitForm.TEXT_MAX) {
            problems.add(FieldProblem.of(field, "disputes.litigation.text.too-long", LawsuitForm.TEXT_MAX));
        }
        return value.strip();
    }
}

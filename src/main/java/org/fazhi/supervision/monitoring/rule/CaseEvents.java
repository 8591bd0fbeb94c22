package org.fazhi.supervision.monitoring.rule;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import org.fazhi.casework.CaseClosed;
import org.fazhi.casework.CaseFiled;
import org.fazhi.casework.PenaltyDecided;
import org.fazhi.inspection.InspectionConcluded;
import org.fazhi.shared.DataChanged;
import org.fazhi.shared.RegionCode;
import org.fazhi.supervision.monitoring.AlertCause;
import org.fazhi.supervision.monitoring.Reassessment;
import org.fazhi.supervision.monitoring.Subject;

/** The record an event is about, for rules that look again at one case or one inspection task. */
final class CaseEvents {

    static final String CASE = "casework.case";
    static final String TASK = "inspection.task";
    static final String OFFICER = "registry.officer";
    static final String CERTIFICATE = "registry.certificate";

    /** A record named by an event: its type ({@link DataChanged}'s naming), id, county and code when the event has it. */
    record Touched(String type, long id, RegionCode county, String reference) {
    }

    private CaseEvents() {
    }

    /** The case or task the event touches directly (a decision, a filing, a closing, a change of the record). */
    static Optional<Touched> touched(Object event) {
        if (event instanceof PenaltyDecided decided) {
            return Optional.of(new Touched(CASE, decided.caseId(), decided.county(), decided.caseCode()));
        }
        if (event instanceof CaseFiled filed) {
            return Optional.of(new Touched(CASE, filed.caseId(), filed.county(), filed.caseCode()));
        }
        if (event instanceof CaseClosed closed) {
            return Optional.of(new Touched(CASE, closed.caseId(), closed.county(), closed.caseCode()));
        }
        if (event instanceof InspectionConcluded concluded) {
            return Optional.of(new Touched(TASK, concluded.taskId(), concluded.county(), concluded.taskCode()));
        }
        if (event instanceof DataChanged changed) {
            return id(changed).map(id -> new Touched(changed.recordType(), id, changed.region().county(),
                    String.valueOf(id)));
        }
        return Optional.empty();
    }

    /** The records a batch of events touches, by county, in the order first touched. */
    static Map<RegionCode, List<Touched>> byCounty(List<?> events) {
        Map<RegionCode, List<Touched>> byCounty = new LinkedHashMap<>();
        for (Object event : events) {
            touched(event).ifPresent(record -> byCounty.computeIfAbsent(record.county(), county -> new ArrayList<>())
                    .add(record));
        }
        return byCounty;
    }

    /** The ids of the touched records of one type, each once, in order. */
    static Set<Long> ids(Collection<Touched> touched, String type) {
        Set<Long> ids = new LinkedHashSet<>();
        touched.stream().filter(record -> record.type().equals(type)).forEach(record -> ids.add(record.id()));
        return ids;
    }

    /** Every county's touched records together. */
    static List<Touched> all(Map<RegionCode, List<Touched>> byCounty) {
        return byCounty.values().stream().flatMap(List::stream).toList();
    }

    /** The codes the events gave their records, by type and id (the first given). */
    static Map<String, String> references(List<Touched> touched) {
        Map<String, String> references = new LinkedHashMap<>();
        touched.stream().filter(record -> !record.reference().isEmpty()).forEach(record ->
                references.putIfAbsent(record.type() + "#" + record.id(), record.reference()));
        return references;
    }

    /** A record as a subject, by the code an event gave it, or its id. */
    static Subject subject(String type, long id, Map<String, String> references) {
        return new Subject(type, id, references.getOrDefault(type + "#" + id, String.valueOf(id)));
    }

    /**
     * For a rule that looks again at the cases the events touch: the cases' records read once ({@code read}), then
     * each county's causes from its cases' records.
     */
    static <T> Optional<Reassessment> reassessCases(List<?> events, Function<Set<Long>, List<T>> read,
                                                    ToLongFunction<T> caseOf,
                                                    BiFunction<List<T>, RegionCode, List<AlertCause>> causes) {
        Map<RegionCode, List<Touched>> byCounty = byCounty(events);
        List<Touched> all = all(byCounty);
        Set<Long> caseIds = ids(all, CASE);
        if (caseIds.isEmpty()) {
            return Optional.empty();
        }
        List<T> found = read.apply(caseIds);
        Map<String, String> references = references(all);
        List<Reassessment> answers = new ArrayList<>();
        byCounty.forEach((county, touched) -> {
            Set<Long> ofCounty = ids(touched, CASE);
            if (!ofCounty.isEmpty()) {
                answers.add(new Reassessment(ofCounty.stream().map(id -> subject(CASE, id, references)).toList(),
                        causes.apply(found.stream().filter(one -> ofCounty.contains(caseOf.applyAsLong(one)))
                                .toList(), county)));
            }
        });
        return Optional.of(Reassessment.merge(answers));
    }

    /** A changed record's id, when it is a number (some records are named by a pair). */
    static Optional<Long> id(DataChanged changed) {
        try {
            return Optional.of(Long.parseLong(changed.recordId()));
        } catch (NumberFormatException notOne) {
            return Optional.empty();
        }
    }
}

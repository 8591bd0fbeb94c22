package org.fazhi.supervision.round;

import java.util.List;

import org.fazhi.platform.InvalidInput;
import org.fazhi.shared.DataChanged;
import org.fazhi.supervision.NewFinding;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where findings are written, whoever found them ({@link org.fazhi.supervision.SupervisionFindings} for the other
 * parts of the module, rounds and individual opinions here).
 */
@Component
public class FindingBook {

    static final String RECORD_TYPE = "supervision.finding";

    private final JdbcClient jdbc;
    private final ProblemCategories categories;
    private final ApplicationEventPublisher events;

    FindingBook(JdbcClient jdbc, ProblemCategories categories, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.categories = categories;
        this.events = events;
    }

    /** Checks and writes the finding; {@code roundId} when it was found in a round. */
    public long record(NewFinding f, @Nullable Long roundId) {
        ProblemCategories.ProblemType type = categories.type(f.typeCode())
                .orElseThrow(() -> InvalidInput.of("typeCode", "supervision.finding.type.required"));
        String description = f.description() == null ? "" : f.description().strip();
        if (description.length() < 2 || description.length() > 2000) {
            throw InvalidInput.of("description", "supervision.finding.description.length");
        }
        if (!f.source().matches("[a-z]+(:[0-9]+)?")) {
            throw new IllegalArgumentException("not a finding's source: " + f.source());
        }
        long id = jdbc.sql("""
                insert into supervision.finding (region_code, agency_id, source, round_id, category_code, type_code,
                       description, subject_type, subject_id, subject_label, recorded_by)
                values (:region, :agency, :source, :round, :category, :type, :description, :subjectType, :subjectId,
                        :label, :by)
                returning id""")
                .param("region", f.county().county().value()).param("agency", f.agencyId())
                .param("source", f.source()).param("round", roundId).param("category", type.categoryCode())
                .param("type", type.code()).param("description", description)
                .param("subjectType", f.subject() == null ? null : f.subject().type())
                .param("subjectId", f.subject() == null ? null : f.subject().id())
                .param("label", f.subject() == null ? null : f.subject().toString())
                .param("by", f.recordedBy()).query(Long.class).single();
        events.publishEvent(DataChanged.created(RECORD_TYPE, id, f.county(),
                List.of("agencyId", "typeCode", "description", "subject")));
        return id;
    }
}

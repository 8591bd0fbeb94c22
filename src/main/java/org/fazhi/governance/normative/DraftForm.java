package org.fazhi.governance.normative;

import java.util.ArrayList;
import java.util.List;

import org.fazhi.identity.SignedInUser;
import org.fazhi.platform.InvalidInput;
import org.fazhi.registry.AgencyDirectory;
import org.jspecify.annotations.Nullable;

/**
 * A new normative document as the drafting agency registers it; an agency's legal office drafts only for its own
 * agency, the justice bureau for any agency of the county.
 */
public record DraftForm(@Nullable String title, @Nullable Long agencyId, @Nullable Boolean businessRelated,
                        @Nullable Boolean provisional) {

    static final int TITLE_MAX = 200;

    /** The checked draft, or every problem at once, each naming its field. */
    NormativeDocument.Draft check(SignedInUser user, AgencyDirectory agencies) {
        List<InvalidInput.FieldProblem> problems = new ArrayList<>();
        if (title == null || title.isBlank()) {
            problems.add(InvalidInput.FieldProblem.of("title", "governance.normative.title.required"));
        } else if (title.strip().length() > TITLE_MAX) {
            problems.add(InvalidInput.FieldProblem.of("title", "governance.normative.text.too-long", TITLE_MAX));
        }
        Long agency = user.agencyId() != null ? user.agencyId() : agencyId;
        if (agency == null || agencies.within(user.scope()).stream().noneMatch(a -> a.id() == agency)) {
            problems.add(InvalidInput.FieldProblem.of("agencyId", "governance.normative.agencyId.required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new NormativeDocument.Draft(user.region().county(), java.util.Objects.requireNonNull(agency),
                title.strip(), Boolean.TRUE.equals(businessRelated), Boolean.TRUE.equals(provisional));
    }
}

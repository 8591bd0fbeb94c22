package org.fazhi.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The officers (执法人员) an officer's account can belong to. Identity cannot know the registry (the registry depends
 * on identity), so the registry provides this for the account pages and the demo account.
 */
public interface OfficerOptions {

    /** The officer holding this enforcement certificate (执法证号). */
    Optional<Option> byCertificateNumber(String number);

    Optional<Option> find(long officerId);

    /** The names of these officers in one read, by id (an id not found is absent): for lists that name many. */
    Map<Long, String> namesOf(Collection<Long> officerIds);

    /** An agency's officers with a certificate, by id: a stable choice for the demo account. */
    List<Option> certifiedOf(long agencyId);

    record Option(long id, String name, long agencyId) {
    }
}

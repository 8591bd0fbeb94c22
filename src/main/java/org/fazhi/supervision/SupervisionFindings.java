package org.fazhi.supervision;

import org.fazhi.supervision.round.FindingBook;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How every part of supervision records a problem for rectification: rounds, case-file reviews and individual
 * cases alike. A recorded finding waits for the agency's next 监督意见书, which lists it and sets the deadline.
 */
@Service
public class SupervisionFindings {

    private final FindingBook book;

    SupervisionFindings(FindingBook book) {
        this.book = book;
    }

    /**
     * Records the finding and answers its id; refuses an unknown or inactive type, or a description missing or too
     * long, beside the field ({@code typeCode}, {@code description}).
     */
    @Transactional
    public long record(NewFinding finding) {
        return book.record(finding, null);
    }
}

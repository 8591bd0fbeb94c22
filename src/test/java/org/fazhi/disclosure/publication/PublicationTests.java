package org.fazhi.disclosure.publication;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.fazhi.casework.DecisionText;
import org.fazhi.disclosure.redaction.Redaction;
import org.fazhi.disclosure.redaction.RedactionContext;
import org.fazhi.platform.InvalidInput;
import org.fazhi.shared.RegionCode;
import org.fazhi.shared.RuleViolation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The life of a publication: pending, published for its period, withdrawn with a reason; no Spring. */
class PublicationTests {

    private static final LocalDate DECIDED = LocalDate.of(2026, 9, 29);
    private static final LocalDate DUE = LocalDate.of(2026, 10, 14);
    private static final Instant NOW = Instant.parse("2026-10-09T02:00:00Z");

    private final Publication pending = Publication.pending(new Publication.Decision(1, "郏市监罚〔2026〕1号", 2,
                    RegionCode.of("410425"), DECIDED, "PENALTY", "张三", true, false, "WARNING,FINE", 200_000, "无证经营",
                    List.of(new DecisionText.Section("违法事实", "当事人张三无证经营"))), DUE, false,
            Redaction.of("违法事实：当事人张三无证经营", RedactionContext.aboutPerson("张三")));

    @Test
    void isOverdueOnlyWhilePendingAfterItsDueDay() {
        assertThat(pending.isOverdueOn(DUE)).isFalse();
        assertThat(pending.isOverdueOn(DUE.plusDays(1))).isTrue();
        assertThat(published().isOverdueOn(DUE.plusDays(1))).isFalse();
    }

    @Test
    void publishingFixesTheTextAndEndsAfterItsPeriod() {
        Publication published = published();

        assertThat(published.state()).isEqualTo(PublicationState.PUBLISHED);
        assertThat(published.publishedOn()).isEqualTo(LocalDate.of(2026, 10, 9));
        assertThat(published.expiresOn()).isEqualTo(LocalDate.of(2029, 10, 9));
        assertThat(published.redaction().apply()).isEqualTo("违法事实：当事人张某无证经营");
        assertThatThrownBy(() -> published.published("legal", NOW, DUE, Period.ofYears(3)))
                .isInstanceOfSatisfying(RuleViolation.class, refusal -> assertThat(refusal.messageKey())
                        .isEqualTo("disclosure.publication.not-pending"));
        assertThatThrownBy(() -> published.redacted(published.redaction()))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void withdrawingNeedsAReasonWhichIsKept() {
        assertThatThrownBy(() -> published().withdrawn("  ", "legal", NOW))
                .isInstanceOfSatisfying(InvalidInput.class, invalid -> assertThat(invalid.problems())
                        .extracting(InvalidInput.FieldProblem::field).containsExactly("reason"));

        Publication withdrawn = published().withdrawn(" 复议决定撤销原处罚决定 ", "legal", NOW);

        assertThat(withdrawn.state()).isEqualTo(PublicationState.WITHDRAWN);
        assertThat(withdrawn.withdrawalReason()).isEqualTo("复议决定撤销原处罚决定");
        assertThatThrownBy(() -> withdrawn.withdrawn("again", "legal", NOW)).isInstanceOf(RuleViolation.class);
    }

    private Publication published() {
        return pending.published("legal", NOW, LocalDate.of(2026, 10, 9), Period.ofYears(3));
    }
}

package org.fazhi.catalog.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.fazhi.catalog.PenaltyKind;
import org.fazhi.catalog.ProposedPenalty;
import org.fazhi.platform.InvalidInput;
import org.fazhi.platform.InvalidInput.FieldProblem;
import org.fazhi.shared.InvalidValueException;
import org.fazhi.shared.Money;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A proposed penalty as the 试算 form and the API's check take it: amounts in yuan as written ({@code 1,234.50}),
 * the decision day today unless given. {@code itemId} is needed only by the API; the page knows its item.
 */
public record ProposalForm(@Nullable Long itemId, @Nullable String tier, @Nullable List<PenaltyKind> kinds,
                           @Nullable String fine, @Nullable String illegalGains, @Nullable String goodsValue,
                           @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate decidedOn) {

    public static ProposalForm empty(String tier, LocalDate today) {
        return new ProposalForm(null, tier, List.of(), "", "", "", today);
    }

    /** The proposal, or the problems with its amounts by field. */
    public ProposedPenalty toProposal(LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        Money fineAmount = money("fine", fine, problems);
        Money gains = money("illegalGains", illegalGains, problems);
        Money goods = money("goodsValue", goodsValue, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new ProposedPenalty(kinds == null ? Set.of() : Set.copyOf(kinds), fineAmount, gains, goods,
                decidedOn == null ? today : decidedOn);
    }

    public String tierName() {
        return tier == null ? "" : tier.strip();
    }

    private static @Nullable Money money(String field, @Nullable String yuan, List<FieldProblem> problems) {
        if (yuan == null || yuan.isBlank()) {
            return null;
        }
        try {
            Money amount = Money.ofYuan(yuan);
            if (amount.isNegative()) {
                problems.add(FieldProblem.of(field, "shared.money.invalid"));
            }
            return amount;
        } catch (InvalidValueException invalid) {
            problems.add(FieldProblem.of(field, invalid.messageKey()));
            return null;
        }
    }
}

package org.fazhi.casework.casefile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import org.fazhi.casework.CaseworkProperties;
import org.fazhi.casework.document.DocumentFields;
import org.fazhi.casework.procedure.Proposal;
import org.fazhi.catalog.PenaltyKind;
import org.fazhi.shared.Money;
import org.jspecify.annotations.Nullable;

import static org.fazhi.casework.document.Placeholder.DISCRETION_REASONS;
import static org.fazhi.casework.document.Placeholder.PENALTY;

/**
 * How the documents word a penalty (处罚内容, one numbered line per kind, amounts in figures and 大写), its
 * discretion (the benchmark tier, and the reason when outside it), what the party said, and how to pay.
 */
final class DecisionWording {

    private final BiFunction<String, Object[], String> texts;
    private final CaseworkProperties rules;

    /** {@code texts} resolves a message key with its arguments, in Chinese. */
    DecisionWording(BiFunction<String, Object[], String> texts, CaseworkProperties rules) {
        this.texts = texts;
        this.rules = rules;
    }

    /** The penalty and its discretion; nothing for no proposal (a blank to fill in). */
    DocumentFields penalty(DocumentFields fields, @Nullable Proposal proposal) {
        if (proposal == null) {
            return fields;
        }
        return fields.with(PENALTY, content(proposal)).with(DISCRETION_REASONS, discretion(proposal));
    }

    String content(Proposal proposal) {
        List<String> lines = new ArrayList<>();
        List<PenaltyKind> kinds = proposal.penalties().stream().sorted().toList();
        for (PenaltyKind kind : kinds) {
            String line = switch (kind) {
                case FINE -> text("casework.document.penalty.fine", amount(proposal.fine()));
                case CONFISCATE_GAINS, CONFISCATE_PROPERTY -> proposal.confiscation().isZero()
                        ? text("catalog.benchmark.penalty-kind." + kind)
                        : text("casework.document.penalty.confiscation", text("catalog.benchmark.penalty-kind." + kind),
                        amount(proposal.confiscation()));
                default -> text("catalog.benchmark.penalty-kind." + kind);
            };
            boolean last = lines.size() == kinds.size() - 1;
            lines.add(text(last ? "casework.document.penalty.last-line" : "casework.document.penalty.line",
                    lines.size() + 1, line));
        }
        return String.join("\n", lines);
    }

    /** {@code 人民币2,000.00元（大写：贰仟元整）}. */
    String amount(Money amount) {
        return text("casework.document.amount", amount.display().replace("¥", ""), CapitalYuan.of(amount));
    }

    String discretion(Proposal proposal) {
        if (proposal.tier() == null) {
            return "";
        }
        return proposal.isOutsideBenchmark()
                ? text("casework.document.discretion.outside", proposal.tier(), String.valueOf(proposal.outsideReason()))
                : text("casework.document.discretion.within", proposal.tier());
    }

    /** 陈述申辩情况: the hearing's record, the party's statement, its waiver, or its silence. */
    String statements(PenaltyCase c) {
        if (c.hearing().record() != null) {
            return text("casework.document.statement.hearing", c.hearing().record());
        }
        if (c.notice().statement() != null) {
            return text("casework.document.statement.made", c.notice().statement());
        }
        return text(c.notice().waived() ? "casework.document.statement.waived" : "casework.document.statement.none");
    }

    /** 履行方式和期限 (第六十七条、第七十二条): a fine within the days to pay, with the surcharge; else nothing to pay. */
    String performance(Proposal decided) {
        if (decided.fine().isZero() && decided.confiscation().isZero()) {
            return text("casework.document.performance.none");
        }
        BigDecimal percent = rules.latePaymentDailyRate().movePointRight(2).stripTrailingZeros();
        String rate = percent.scale() <= 0 ? CapitalYuan.count(percent.intValue()) : percent.toPlainString();
        return text("casework.document.performance.fine", CapitalYuan.count(rules.paymentCalendarDays()), rate);
    }

    private String text(String key, Object... arguments) {
        return texts.apply(key, arguments);
    }
}

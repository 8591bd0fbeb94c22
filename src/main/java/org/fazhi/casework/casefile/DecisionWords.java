package org.fazhi.casework.casefile;

import java.util.ArrayList;
import java.util.List;

import org.fazhi.casework.DecisionKind;
import org.fazhi.casework.DecisionText;
import org.fazhi.catalog.PenaltyKind;
import org.fazhi.shared.Money;
import org.jspecify.annotations.Nullable;

import static org.fazhi.casework.document.Placeholder.DISCRETION_REASONS;
import static org.fazhi.casework.document.Placeholder.EVIDENCE;
import static org.fazhi.casework.document.Placeholder.FACTS;
import static org.fazhi.casework.document.Placeholder.LEGAL_REPRESENTATIVE;
import static org.fazhi.casework.document.Placeholder.NO_PENALTY_BASIS;
import static org.fazhi.casework.document.Placeholder.NO_PENALTY_REASONS;
import static org.fazhi.casework.document.Placeholder.PARTY_NAME;
import static org.fazhi.casework.document.Placeholder.PENALTY;
import static org.fazhi.casework.document.Placeholder.PENALTY_BASIS;
import static org.fazhi.casework.document.Placeholder.PERFORMANCE;
import static org.fazhi.casework.document.Placeholder.VIOLATED_PROVISION;

/**
 * A decision's sections worded from the case record, for a case decided without an issued document (generated
 * history): the same headings and order as {@link PublishableDecisions} reads from a document, the penalty in
 * numbered lines with the amount in figures and 大写, the 15 days to pay and the 3% surcharge (第六十七条、第七十二条).
 */
record DecisionWords(DecisionKind kind, List<PenaltyKind> penalties, Money fine, @Nullable String tier,
                     @Nullable String reason) {

    private static final String EVIDENCE_TEXT = "现场检查笔录、询问笔录、现场照片、当事人主体资格证明材料等，"
            + "上述证据经查证属实，足以认定。";

    List<DecisionText.Section> sections(String party, @Nullable String representative, String facts, String basis) {
        List<DecisionText.Section> sections = new ArrayList<>();
        sections.add(section(PARTY_NAME.text(), party));
        if (representative != null) {
            sections.add(section(LEGAL_REPRESENTATIVE.text(), representative));
        }
        sections.add(section(FACTS.text(), facts));
        sections.add(section(EVIDENCE.text(), EVIDENCE_TEXT));
        sections.add(section(VIOLATED_PROVISION.text(), "当事人的上述行为违反了" + basis + "的规定。"));
        if (kind.imposesPenalty()) {
            sections.add(section(PENALTY_BASIS.text(), "依据" + basis + "的规定。"));
            if (tier != null) {
                sections.add(section(DISCRETION_REASONS.text(), "当事人的违法行为属于裁量基准中的“" + tier
                        + "”情形，在基准范围内裁量。"));
            }
            sections.add(section(PENALTY.text(), penalty()));
            sections.add(section(PERFORMANCE.text(), fine.isZero() ? "无需缴纳罚没款。"
                    : "当事人应当自收到本决定书之日起十五日内缴纳罚款。到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款。"));
        } else {
            sections.add(section(NO_PENALTY_REASONS.text(), reason != null && !reason.isBlank() ? reason
                    : kind == DecisionKind.FACTS_UNPROVEN ? "违法事实不能成立。" : "违法行为轻微并及时改正，没有造成危害后果。"));
            sections.add(section(NO_PENALTY_BASIS.text(), kind == DecisionKind.FACTS_UNPROVEN
                    ? "《中华人民共和国行政处罚法》第五十七条第一款第三项。" : "《中华人民共和国行政处罚法》第三十三条第一款。"));
        }
        return sections;
    }

    private String penalty() {
        List<PenaltyKind> kinds = penalties.stream().sorted().toList();
        List<String> lines = new ArrayList<>();
        for (PenaltyKind each : kinds) {
            String line = switch (each) {
                case WARNING -> "警告";
                case FINE -> "罚款人民币" + fine.display().replace("¥", "") + "元（大写：" + CapitalYuan.of(fine) + "）";
                case PUBLIC_CRITICISM -> "通报批评";
                case CONFISCATE_GAINS -> "没收违法所得";
                case CONFISCATE_PROPERTY -> "没收非法财物";
                case SUSPEND_LICENCE -> "暂扣许可证件";
                case LOWER_QUALIFICATION -> "降低资质等级";
                case REVOKE_LICENCE -> "吊销许可证件";
                case RESTRICT_BUSINESS -> "限制开展生产经营活动";
                case ORDER_SUSPENSION -> "责令停产停业";
                case ORDER_CLOSURE -> "责令关闭";
                case RESTRICT_PRACTICE -> "限制从业";
                case DETENTION -> "行政拘留";
                case OTHER -> "法律、行政法规规定的其他行政处罚";
            };
            lines.add((lines.size() + 1) + "．" + line + (lines.size() == kinds.size() - 1 ? "。" : "；"));
        }
        return String.join("\n", lines);
    }

    private static DecisionText.Section section(String heading, String text) {
        return new DecisionText.Section(heading, text);
    }
}

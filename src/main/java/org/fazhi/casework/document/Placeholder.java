package org.fazhi.casework.document;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import static org.fazhi.casework.document.DocumentKind.CASE_EXTENSION_APPROVAL;
import static org.fazhi.casework.document.DocumentKind.CLOSING_APPROVAL;
import static org.fazhi.casework.document.DocumentKind.EXTENSION_NOTICE;
import static org.fazhi.casework.document.DocumentKind.FILING_APPROVAL;
import static org.fazhi.casework.document.DocumentKind.HEARING_NOTICE;
import static org.fazhi.casework.document.DocumentKind.HEARING_RIGHTS_NOTICE;
import static org.fazhi.casework.document.DocumentKind.NO_PENALTY_DECISION;
import static org.fazhi.casework.document.DocumentKind.ON_THE_SPOT_DECISION;
import static org.fazhi.casework.document.DocumentKind.PAYMENT_REMINDER;
import static org.fazhi.casework.document.DocumentKind.PENALTY_DECISION;
import static org.fazhi.casework.document.DocumentKind.PRIOR_NOTICE;
import static org.fazhi.casework.document.DocumentKind.RELEASE_DECISION;
import static org.fazhi.casework.document.DocumentKind.SEIZURE_DECISION;
import static org.fazhi.casework.document.DocumentKind.SEIZURE_LIST;
import static org.fazhi.casework.document.DocumentKind.SERVICE_RECEIPT;

/**
 * The placeholder vocabulary of the document templates, written {@code {{name}}} in a template. Those declared
 * without kinds belong to every document; the others only to the kinds named. A name with a dot belongs to a table:
 * the template row holding it repeats once per row ({@code {{物品.名称}}}). {@code docs/case-documents.md} gives each
 * one's meaning and an example.
 */
public enum Placeholder {

    AGENCY_NAME("机关名称"),
    DOCUMENT_NUMBER("文书编号"),
    DATE("日期"),
    CASE_NUMBER("案件编号"),
    CASE_CAUSE("案由"),
    PARTY_NAME("当事人名称"),
    CREDIT_CODE("统一社会信用代码"),
    ID_NUMBER("身份证件号码"),
    ADDRESS("地址"),
    LEGAL_REPRESENTATIVE("法定代表人"),
    PHONE("联系电话"),
    OFFICERS("执法人员"),
    AGENCY_ADDRESS("机关地址"),
    AGENCY_CONTACT("联系人"),
    AGENCY_PHONE("机关联系电话"),

    CASE_SOURCE("案件来源", FILING_APPROVAL),
    CASE_SUMMARY("简要案情", FILING_APPROVAL),
    FILING_BASIS("立案依据", FILING_APPROVAL),
    HANDLER_OPINION("承办人意见", FILING_APPROVAL, CLOSING_APPROVAL, CASE_EXTENSION_APPROVAL),
    REVIEW_OPINION("审核意见", FILING_APPROVAL, CLOSING_APPROVAL, CASE_EXTENSION_APPROVAL),
    APPROVAL_OPINION("审批意见", FILING_APPROVAL, CLOSING_APPROVAL, CASE_EXTENSION_APPROVAL),

    INVESTIGATION("调查经过", PENALTY_DECISION, NO_PENALTY_DECISION),
    FACTS("违法事实", PRIOR_NOTICE, HEARING_RIGHTS_NOTICE, PENALTY_DECISION, NO_PENALTY_DECISION, SEIZURE_DECISION,
            ON_THE_SPOT_DECISION),
    EVIDENCE("证据", PRIOR_NOTICE, HEARING_RIGHTS_NOTICE, PENALTY_DECISION, NO_PENALTY_DECISION),
    VIOLATED_PROVISION("违反条款", PRIOR_NOTICE, HEARING_RIGHTS_NOTICE, PENALTY_DECISION, NO_PENALTY_DECISION,
            ON_THE_SPOT_DECISION),
    PENALTY_BASIS("处罚依据", PRIOR_NOTICE, HEARING_RIGHTS_NOTICE, PENALTY_DECISION, ON_THE_SPOT_DECISION),
    DISCRETION_REASONS("裁量理由", PRIOR_NOTICE, HEARING_RIGHTS_NOTICE, PENALTY_DECISION),
    PENALTY("处罚内容", PRIOR_NOTICE, HEARING_RIGHTS_NOTICE, PENALTY_DECISION, PAYMENT_REMINDER, CLOSING_APPROVAL,
            ON_THE_SPOT_DECISION),
    FINE("罚款金额", PAYMENT_REMINDER, CLOSING_APPROVAL),
    STATEMENT_PERIOD("陈述申辩期限", PRIOR_NOTICE, HEARING_RIGHTS_NOTICE),
    HEARING_REQUEST_PERIOD("听证申请期限", HEARING_RIGHTS_NOTICE),
    STATEMENTS_HEARD("陈述申辩情况", PENALTY_DECISION, ON_THE_SPOT_DECISION),
    PERFORMANCE("履行方式和期限", PENALTY_DECISION, ON_THE_SPOT_DECISION),
    NO_PENALTY_REASONS("不予处罚理由", NO_PENALTY_DECISION),
    NO_PENALTY_BASIS("不予处罚依据", NO_PENALTY_DECISION),
    RECONSIDERATION_BODY("复议机关", PENALTY_DECISION, NO_PENALTY_DECISION, SEIZURE_DECISION, EXTENSION_NOTICE,
            ON_THE_SPOT_DECISION, RELEASE_DECISION),
    COURT("人民法院", PENALTY_DECISION, NO_PENALTY_DECISION, SEIZURE_DECISION, EXTENSION_NOTICE, ON_THE_SPOT_DECISION,
            RELEASE_DECISION),

    HEARING_REQUESTED_ON("申请听证日期", HEARING_NOTICE),
    HEARING_TIME("听证时间", HEARING_NOTICE),
    HEARING_PLACE("听证地点", HEARING_NOTICE),
    HEARING_HOST("听证主持人", HEARING_NOTICE),
    HEARING_MEMBERS("听证员", HEARING_NOTICE),
    HEARING_CLERK("记录员", HEARING_NOTICE),

    MEASURE("强制措施", SEIZURE_DECISION, SEIZURE_LIST, EXTENSION_NOTICE, RELEASE_DECISION),
    MEASURE_BASIS("措施依据", SEIZURE_DECISION),
    MEASURE_PERIOD("措施期限", SEIZURE_DECISION),
    MEASURE_FROM("措施起始日期", SEIZURE_DECISION, EXTENSION_NOTICE, RELEASE_DECISION),
    MEASURE_UNTIL("措施截止日期", SEIZURE_DECISION, EXTENSION_NOTICE),
    STORAGE_PLACE("存放地点", SEIZURE_DECISION, SEIZURE_LIST, RELEASE_DECISION),
    ITEM_NUMBER("物品.序号", SEIZURE_LIST),
    ITEM_NAME("物品.名称", SEIZURE_LIST),
    ITEM_SPECIFICATION("物品.规格", SEIZURE_LIST),
    ITEM_QUANTITY("物品.数量", SEIZURE_LIST),
    ITEM_REMARK("物品.备注", SEIZURE_LIST),
    DECISION_NUMBER("决定书编号", EXTENSION_NOTICE, PAYMENT_REMINDER, CLOSING_APPROVAL, RELEASE_DECISION),
    EXTENSION_REASONS("延长理由", EXTENSION_NOTICE, CASE_EXTENSION_APPROVAL),
    EXTENDED_UNTIL("延长至", EXTENSION_NOTICE, CASE_EXTENSION_APPROVAL),
    LIFTING_REASON("解除理由", RELEASE_DECISION),
    LIFTING_BASIS("解除依据", RELEASE_DECISION),
    LIFTED_ON("解除日期", RELEASE_DECISION),

    FILED_ON("立案日期", CASE_EXTENSION_APPROVAL),
    DECISION_DUE("原办案期限", CASE_EXTENSION_APPROVAL),
    EXTENSION_DAYS("延长天数", CASE_EXTENSION_APPROVAL),

    DECIDED_ON("决定日期", PAYMENT_REMINDER),
    OBLIGATION("履行义务", PAYMENT_REMINDER),
    PERFORMANCE_PERIOD("履行期限", PAYMENT_REMINDER),
    SURCHARGE("加处罚款", PAYMENT_REMINDER),
    PAYMENT_METHOD("缴款方式", PAYMENT_REMINDER),
    EXECUTION("执行情况", CLOSING_APPROVAL),
    CLOSING_REASONS("结案理由", CLOSING_APPROVAL),

    ADDRESSEE("受送达人", SERVICE_RECEIPT),
    SERVICE_PLACE("送达地点", SERVICE_RECEIPT),
    SERVICE_METHOD("送达方式", SERVICE_RECEIPT),
    SERVER("送达人", SERVICE_RECEIPT),
    SERVED_DOCUMENT("送达文书.名称", SERVICE_RECEIPT),
    SERVED_DOCUMENT_NUMBER("送达文书.文号", SERVICE_RECEIPT);

    private static final Map<String, Placeholder> BY_NAME = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(Placeholder::text, Function.identity()));

    private final String text;
    private final Set<DocumentKind> kinds;

    Placeholder(String text, DocumentKind... kinds) {
        this.text = text;
        this.kinds = kinds.length == 0 ? EnumSet.allOf(DocumentKind.class) : EnumSet.copyOf(List.of(kinds));
    }

    /** The name as written between the braces in a template. */
    public String text() {
        return text;
    }

    /** The table a row placeholder belongs to ({@code 物品} for {@code 物品.名称}); null for a single value. */
    public @Nullable String table() {
        int dot = text.indexOf('.');
        return dot < 0 ? null : text.substring(0, dot);
    }

    public boolean belongsTo(DocumentKind kind) {
        return kinds.contains(kind);
    }

    /** The placeholders a document of this kind may hold: what the case side fills for it. */
    public static Set<Placeholder> of(DocumentKind kind) {
        return Arrays.stream(values()).filter(placeholder -> placeholder.belongsTo(kind))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Placeholder.class)));
    }

    public static Optional<Placeholder> named(String text) {
        return Optional.ofNullable(BY_NAME.get(text));
    }
}

package org.fazhi.casework.document;

import org.fazhi.platform.documents.OfficialLayout;

import static org.fazhi.platform.documents.OfficialLayout.opinion;
import static org.fazhi.platform.documents.OfficialLayout.row;
import static org.fazhi.platform.documents.OfficialLayout.tall;

/**
 * The text of the shipped templates (src/main/resources/casework/documents/), written the way counties' documents
 * read. The .docx files are made from this ({@code ShippedTemplatesTests}); a county edits its copy in Word instead.
 */
final class ShippedTemplates {

    private static final String APPEAL = "自收到本%s之日起六十日内依法向{{复议机关}}申请行政复议，或者自收到本%s之日起"
            + "六个月内依法向{{人民法院}}提起行政诉讼。";

    private ShippedTemplates() {
    }

    static byte[] of(DocumentKind kind) {
        return switch (kind) {
            case FILING_APPROVAL -> filingApproval();
            case PRIOR_NOTICE -> priorNotice(kind, false);
            case HEARING_RIGHTS_NOTICE -> priorNotice(kind, true);
            case HEARING_NOTICE -> hearingNotice();
            case PENALTY_DECISION -> penaltyDecision();
            case NO_PENALTY_DECISION -> noPenaltyDecision();
            case ON_THE_SPOT_DECISION -> onTheSpotDecision();
            case SEIZURE_DECISION -> seizureDecision();
            case SEIZURE_LIST -> seizureList();
            case EXTENSION_NOTICE -> extensionNotice();
            case RELEASE_DECISION -> releaseDecision();
            case CASE_EXTENSION_APPROVAL -> caseExtensionApproval();
            case PAYMENT_REMINDER -> paymentReminder();
            case SERVICE_RECEIPT -> serviceReceipt();
            case CLOSING_APPROVAL -> closingApproval();
        };
    }

    private static byte[] filingApproval() {
        return new OfficialLayout(DocumentKind.FILING_APPROVAL.title()).form(
                row("案由", "{{案由}}"),
                row("案件来源", "{{案件来源}}", "案件编号", "{{案件编号}}"),
                row("当事人", "{{当事人名称}}", "联系电话", "{{联系电话}}"),
                row("统一社会信用代码（身份证件号码）", "{{统一社会信用代码}}{{身份证件号码}}", "法定代表人（负责人）",
                        "{{法定代表人}}"),
                row("住所（住址）", "{{地址}}"),
                tall(2000, "简要案情", "{{简要案情}}"),
                row("立案依据", "{{立案依据}}"),
                row("承办人员", "{{执法人员}}"),
                opinion("承办人意见", "{{承办人意见}}"),
                opinion("审核意见", "{{审核意见}}"),
                opinion("审批意见", "{{审批意见}}")).bytes();
    }

    private static byte[] priorNotice(DocumentKind kind, boolean hearing) {
        OfficialLayout notice = new OfficialLayout(kind.title())
                .line("{{当事人名称}}：")
                .text("本机关在办理{{案由}}中查明，你（单位）{{违法事实}}")
                .text("上述事实有以下证据证明：{{证据}}")
                .text("本机关认为，你（单位）的上述行为违反了{{违反条款}}的规定。{{裁量理由}}")
                .text("依据{{处罚依据}}的规定，本机关拟对你（单位）作出如下行政处罚：")
                .text("{{处罚内容}}")
                .text("根据《中华人民共和国行政处罚法》第四十四条、第四十五条的规定，你（单位）享有陈述、申辩的权利。"
                        + "你（单位）可以自收到本告知书之日起{{陈述申辩期限}}内向本机关提出陈述、申辩意见；逾期未提出的，"
                        + "视为放弃此权利。");
        if (hearing) {
            notice.text("根据《中华人民共和国行政处罚法》第六十三条、第六十四条的规定，你（单位）有要求听证的权利。"
                    + "你（单位）要求听证的，应当自收到本告知书之日起{{听证申请期限}}内向本机关提出；逾期未提出的，"
                    + "视为放弃听证权利。");
        }
        return contact(notice).signature().bytes();
    }

    private static byte[] hearingNotice() {
        return contact(new OfficialLayout(DocumentKind.HEARING_NOTICE.title())
                .line("{{当事人名称}}：")
                .text("根据你（单位）于{{申请听证日期}}提出的听证申请，本机关决定于{{听证时间}}在{{听证地点}}就{{案由}}"
                        + "举行听证。除涉及国家秘密、商业秘密或者个人隐私依法予以保密外，听证公开举行。")
                .text("本次听证由{{听证主持人}}主持，听证员：{{听证员}}，记录员：{{记录员}}。你（单位）认为主持人与本案"
                        + "有直接利害关系的，有权申请回避。")
                .text("你（单位）可以亲自参加听证，也可以委托一至二人代理；委托代理人参加的，应当在听证举行前提交授权"
                        + "委托书。请携带身份证明和有关证据材料按时参加。无正当理由拒不出席听证或者未经许可中途退出听证的，"
                        + "视为放弃听证权利，本机关终止听证。"))
                .signature().bytes();
    }

    private static byte[] penaltyDecision() {
        return party(new OfficialLayout(DocumentKind.PENALTY_DECISION.title()))
                .text("{{调查经过}}")
                .text("经查，{{违法事实}}")
                .text("上述事实，主要有以下证据证明：{{证据}}")
                .text("{{陈述申辩情况}}")
                .text("本机关认为，当事人的上述行为违反了{{违反条款}}的规定。{{裁量理由}}")
                .text("依据{{处罚依据}}的规定，本机关决定对当事人作出如下行政处罚：")
                .text("{{处罚内容}}")
                .text("{{履行方式和期限}}")
                .text("当事人如不服本行政处罚决定，可以" + APPEAL.formatted("决定书", "决定书")
                        + "申请行政复议或者提起行政诉讼的，行政处罚决定不停止执行，法律另有规定的除外。")
                .signature().bytes();
    }

    private static byte[] noPenaltyDecision() {
        return party(new OfficialLayout(DocumentKind.NO_PENALTY_DECISION.title()))
                .text("{{调查经过}}")
                .text("经查，{{违法事实}}")
                .text("上述事实，主要有以下证据证明：{{证据}}")
                .text("本机关认为，当事人的上述行为违反了{{违反条款}}的规定。{{不予处罚理由}}")
                .text("依据{{不予处罚依据}}的规定，本机关决定对当事人不予行政处罚。")
                .text("当事人如不服本决定，可以" + APPEAL.formatted("决定书", "决定书"))
                .signature().bytes();
    }

    /** 简易程序: filled in and handed over on the spot, signed by the officers and the party. */
    private static byte[] onTheSpotDecision() {
        return party(new OfficialLayout(DocumentKind.ON_THE_SPOT_DECISION.title()))
                .text("经查，{{违法事实}}")
                .text("{{陈述申辩情况}}")
                .text("当事人的上述行为违反了{{违反条款}}的规定。依据{{处罚依据}}和《中华人民共和国行政处罚法》第五十一条、"
                        + "第五十二条的规定，适用简易程序，当场作出如下行政处罚：")
                .text("{{处罚内容}}")
                .text("{{履行方式和期限}}")
                .text("当事人如不服本行政处罚决定，可以" + APPEAL.formatted("决定书", "决定书"))
                .line("执法人员（签名）：{{执法人员}}")
                .line("当事人（签名）：________　　收到日期：________")
                .signature().bytes();
    }

    private static byte[] seizureDecision() {
        return party(new OfficialLayout(DocumentKind.SEIZURE_DECISION.title()))
                .text("本机关在办理{{案由}}中发现，当事人{{违法事实}}")
                .text("依据{{措施依据}}的规定，本机关决定对当事人的有关场所、设施或者财物（详见《查封（扣押）清单》）"
                        + "实施{{强制措施}}，期限为{{措施期限}}，自{{措施起始日期}}起至{{措施截止日期}}止，"
                        + "相关财物存放于{{存放地点}}。")
                .text("{{强制措施}}期间，当事人不得擅自转移、隐匿、损毁、变卖被{{强制措施}}的场所、设施或者财物。"
                        + "情况复杂需要延长期限的，本机关将依照《中华人民共和国行政强制法》第二十五条的规定书面告知。")
                .text("当事人如不服本决定，可以" + APPEAL.formatted("决定书", "决定书"))
                .text("附件：查封（扣押）清单")
                .signature().bytes();
    }

    private static byte[] seizureList() {
        int[] widths = {900, 2600, 2000, 1400, 1945};
        return new OfficialLayout(DocumentKind.SEIZURE_LIST.title())
                .line("当事人：{{当事人名称}}")
                .line("强制措施：{{强制措施}}　　存放地点：{{存放地点}}")
                .grid(widths,
                        row("序号", "名称", "规格（型号）", "数量", "备注"),
                        row("{{物品.序号}}", "{{物品.名称}}", "{{物品.规格}}", "{{物品.数量}}", "{{物品.备注}}"))
                .line("当事人（签名）：________　　见证人（签名）：________")
                .line("执法人员：{{执法人员}}（签名）")
                .line("本清单一式两份，一份交当事人，一份附卷。")
                .signature().bytes();
    }

    private static byte[] extensionNotice() {
        return new OfficialLayout(DocumentKind.EXTENSION_NOTICE.title())
                .line("{{当事人名称}}：")
                .text("本机关于{{措施起始日期}}以{{决定书编号}}《查封（扣押）决定书》对你（单位）的有关场所、设施或者"
                        + "财物实施了{{强制措施}}，期限至{{措施截止日期}}。因{{延长理由}}，经本机关负责人批准，依据"
                        + "《中华人民共和国行政强制法》第二十五条第一款的规定，决定将{{强制措施}}期限延长至{{延长至}}。")
                .text("如不服本决定，可以" + APPEAL.formatted("通知书", "通知书"))
                .signature().bytes();
    }

    /** 行政强制法第二十八条: lifted, and the items to be collected where they are kept (解除后应当立即退还财物). */
    private static byte[] releaseDecision() {
        return contact(party(new OfficialLayout(DocumentKind.RELEASE_DECISION.title()))
                .text("本机关于{{措施起始日期}}以{{决定书编号}}《查封（扣押）决定书》对你（单位）的有关场所、设施或者"
                        + "财物实施了{{强制措施}}。因{{解除理由}}，依据{{解除依据}}的规定，本机关决定自{{解除日期}}起解除"
                        + "{{强制措施}}。")
                .text("请你（单位）持本决定书到{{存放地点}}，按《查封（扣押）清单》清点、领取有关财物。")
                .text("如不服本决定，可以" + APPEAL.formatted("决定书", "决定书")))
                .signature().bytes();
    }

    /** 行政处罚法第六十条: a form approved inside the agency; nothing is sent to the party. */
    private static byte[] caseExtensionApproval() {
        return new OfficialLayout(DocumentKind.CASE_EXTENSION_APPROVAL.title()).form(
                row("案由", "{{案由}}"),
                row("案件编号", "{{案件编号}}", "立案日期", "{{立案日期}}"),
                row("当事人", "{{当事人名称}}", "联系电话", "{{联系电话}}"),
                row("住所（住址）", "{{地址}}"),
                row("原办案期限", "{{原办案期限}}", "延长天数", "{{延长天数}}"),
                row("延长至", "{{延长至}}"),
                tall(1400, "延长理由", "{{延长理由}}"),
                row("承办人员", "{{执法人员}}"),
                opinion("承办人意见", "{{承办人意见}}"),
                opinion("审核意见", "{{审核意见}}"),
                opinion("审批意见", "{{审批意见}}")).bytes();
    }

    private static byte[] paymentReminder() {
        return contact(new OfficialLayout(DocumentKind.PAYMENT_REMINDER.title())
                .line("{{当事人名称}}：")
                .text("本机关于{{决定日期}}对你（单位）作出{{决定书编号}}《行政处罚决定书》，决定：{{处罚内容}}")
                .text("你（单位）在法定期限内未履行该决定。依据《中华人民共和国行政强制法》第三十五条、第五十四条的"
                        + "规定，现催告你（单位）自收到本催告书之日起{{履行期限}}内履行下列义务：{{履行义务}}")
                .text("应缴纳罚款{{罚款金额}}，加处罚款{{加处罚款}}。{{缴款方式}}")
                .text("根据《中华人民共和国行政强制法》第三十六条的规定，你（单位）收到本催告书后有权进行陈述和申辩。"
                        + "逾期仍不履行的，本机关将依法申请人民法院强制执行。"))
                .signature().bytes();
    }

    private static byte[] serviceReceipt() {
        return new OfficialLayout(DocumentKind.SERVICE_RECEIPT.title()).form(
                row("案由", "{{案由}}"),
                row("受送达人", "{{受送达人}}"),
                row("送达地点", "{{送达地点}}"),
                row("送达方式", "{{送达方式}}"),
                row("送达文书名称", "文书编号", "收件人签名（盖章）", "收到日期"),
                tall(700, "{{送达文书.名称}}", "{{送达文书.文号}}", "", ""),
                tall(900, "代收人及代收理由", ""),
                tall(700, "送达人", "{{送达人}}", "见证人", ""),
                tall(900, "备注", ""))
                .signature().bytes();
    }

    private static byte[] closingApproval() {
        return new OfficialLayout(DocumentKind.CLOSING_APPROVAL.title()).form(
                row("案由", "{{案由}}"),
                row("案件编号", "{{案件编号}}", "当事人", "{{当事人名称}}"),
                row("决定书编号", "{{决定书编号}}", "罚款金额", "{{罚款金额}}"),
                row("处罚内容", "{{处罚内容}}"),
                tall(1400, "执行情况", "{{执行情况}}"),
                row("结案理由", "{{结案理由}}"),
                row("承办人员", "{{执法人员}}"),
                opinion("承办人意见", "{{承办人意见}}"),
                opinion("审核意见", "{{审核意见}}"),
                opinion("审批意见", "{{审批意见}}")).bytes();
    }

    /** The party's particulars that head a decision. */
    private static OfficialLayout party(OfficialLayout document) {
        return document.line("当事人：{{当事人名称}}")
                .line("统一社会信用代码（身份证件号码）：{{统一社会信用代码}}{{身份证件号码}}")
                .line("住所（住址）：{{地址}}")
                .line("法定代表人（负责人）：{{法定代表人}}")
                .line("联系电话：{{联系电话}}");
    }

    /** Where the party answers a notice. */
    private static OfficialLayout contact(OfficialLayout document) {
        return document.text("本机关地址：{{机关地址}}")
                .text("联系人：{{联系人}}　　联系电话：{{机关联系电话}}");
    }
}

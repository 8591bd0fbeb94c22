package org.fazhi.disputes.reconsideration;

import org.fazhi.platform.documents.OfficialLayout;

/**
 * The text of the shipped reconsideration templates (src/main/resources/disputes/documents/), in the official layout
 * of the enforcement documents. The .docx files are made from this ({@code ReconsiderationTemplatesTests}).
 */
final class ReconsiderationTemplates {

    private static final String SUIT = "申请人如不服本决定，可以自收到本决定书之日起十五日内依法向人民法院提起行政诉讼。";

    private ReconsiderationTemplates() {
    }

    static byte[] of(ReconsiderationDocumentKind kind) {
        OfficialLayout layout = new OfficialLayout(kind.title());
        OfficialLayout written = switch (kind) {
            case ACCEPTANCE_NOTICE -> acceptance(layout);
            case NON_ACCEPTANCE_DECISION -> nonAcceptance(layout);
            case CORRECTION_NOTICE -> correction(layout);
            case ANSWER_NOTICE -> answer(layout);
            case HEARING_NOTICE -> hearing(layout);
            case DECISION -> decision(layout);
            case MEDIATION_STATEMENT -> mediation(layout);
        };
        return written.signature().bytes();
    }

    private static OfficialLayout acceptance(OfficialLayout layout) {
        return layout.line("{{申请人}}：")
                .text("你（单位）不服{{被申请人}}{{行政行为}}，于{{收到日期}}提出的行政复议申请收悉。经审查，该申请符合"
                        + "《中华人民共和国行政复议法》第三十条规定的受理条件，本机关决定自{{受理日期}}起予以受理，"
                        + "适用{{审理程序}}审理。")
                .text("本机关将依法审理，并于{{决定期限}}前作出行政复议决定；情况复杂需要延长的，将依法告知。");
    }

    private static OfficialLayout nonAcceptance(OfficialLayout layout) {
        return parties(layout)
                .text("申请人不服被申请人{{行政行为}}，于{{收到日期}}向本机关提出行政复议申请。")
                .text("经审查，本机关认为：{{不予受理理由}}")
                .text("根据《中华人民共和国行政复议法》第三十条的规定，本机关决定不予受理。")
                .text(SUIT);
    }

    private static OfficialLayout correction(OfficialLayout layout) {
        return layout.line("{{申请人}}：")
                .text("你（单位）于{{收到日期}}提出的不服{{被申请人}}{{行政行为}}的行政复议申请，申请材料不齐全或者表述不"
                        + "清楚。根据《中华人民共和国行政复议法》第三十一条的规定，请你（单位）自收到本通知之日起十个"
                        + "工作日内（{{补正期限}}前）补正下列事项：")
                .text("{{补正事项}}")
                .text("无正当理由逾期不补正的，视为你（单位）放弃行政复议申请，并记录在案。");
    }

    private static OfficialLayout answer(OfficialLayout layout) {
        return layout.line("{{被申请人}}：")
                .text("{{申请人}}不服你单位{{行政行为}}，向本机关申请行政复议，本机关已于{{受理日期}}依法受理。现将行政复议"
                        + "申请书副本发送你单位。根据《中华人民共和国行政复议法》第四十八条的规定，请你单位自收到申请书"
                        + "副本之日起十日内（{{答复期限}}前）提出书面答复，并提交作出该行政行为的证据、依据和其他有关材料。")
                .text("被申请人不按照规定提出书面答复、提交证据、依据和其他有关材料的，视为该行政行为没有证据、依据，"
                        + "本机关将依照《中华人民共和国行政复议法》第七十条的规定作出决定。");
    }

    private static OfficialLayout hearing(OfficialLayout layout) {
        return layout.line("{{申请人}}、{{被申请人}}：")
                .text("本机关受理的{{申请人}}不服{{被申请人}}{{行政行为}}一案（{{文书编号}}），决定于{{听证日期}}举行听证。"
                        + "根据《中华人民共和国行政复议法》第五十条、第五十一条的规定，请按时参加。")
                .text("被申请人的负责人应当参加听证；不能参加的，应当说明理由并委托相应的工作人员参加。申请人无正当理由"
                        + "拒不参加听证的，视为放弃听证权利。");
    }

    private static OfficialLayout decision(OfficialLayout layout) {
        return parties(layout)
                .text("申请人不服被申请人{{行政行为}}，于{{收到日期}}向本机关申请行政复议，本机关于{{受理日期}}依法受理，"
                        + "适用{{审理程序}}，以{{审理方式}}方式审理。本案现已审理终结。")
                .text("本机关认为：{{决定理由}}")
                .text("根据《中华人民共和国行政复议法》{{决定依据}}的规定，本机关决定：{{决定种类}}。")
                .text(SUIT);
    }

    private static OfficialLayout mediation(OfficialLayout layout) {
        return parties(layout)
                .text("申请人不服被申请人{{行政行为}}，于{{收到日期}}向本机关申请行政复议，本机关于{{受理日期}}依法受理。"
                        + "经本机关主持调解，双方自愿达成如下协议：")
                .text("{{调解内容}}")
                .text("根据《中华人民共和国行政复议法》第七十三条的规定，本调解书经双方当事人签字，即具有法律效力。")
                .line("申请人（签字）：")
                .line("被申请人（盖章）：");
    }

    private static OfficialLayout parties(OfficialLayout layout) {
        return layout.line("申请人：{{申请人}}").line("被申请人：{{被申请人}}");
    }
}

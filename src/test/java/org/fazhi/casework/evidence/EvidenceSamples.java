package org.fazhi.casework.evidence;

import java.time.LocalDateTime;
import java.util.List;

import org.fazhi.casework.CaseworkTestData.Handling;

/** 笔录 as officers fill them in, for the tests: each complete, about the last hour. */
public final class EvidenceSamples {

    /** A valid resident ID number (check digit included). */
    public static final String RESIDENT_ID = "410425198803151235";

    private EvidenceSamples() {
    }

    public static RecordInput siteInspection(Handling h) {
        return siteInspection(h.handlers());
    }

    public static RecordInput siteInspection(List<Long> officers) {
        LocalDateTime end = LocalDateTime.now().minusMinutes(5).withSecond(0).withNano(0);
        return new RecordInput(RecordKind.SITE_INSPECTION, "郏县城关镇人民路18号门店", end.minusMinutes(40), end,
                officers, "王某", RecordInput.PresentRole.PARTY, "经营场所及仓库",
                "经营场所未悬挂食品经营许可证，仓库存放预包装食品约40箱。", null, null, null, null, null, false, null);
    }

    public static RecordInput inquiry(Handling h, String idNumber) {
        LocalDateTime end = LocalDateTime.now().minusMinutes(5).withSecond(0).withNano(0);
        return new RecordInput(RecordKind.INQUIRY, "郏县市场监督管理局询问室", end.minusMinutes(30), end, h.handlers(),
                null, null, null, null, "王某", RecordInput.IdKind.RESIDENT_ID, idNumber,
                RecordInput.Relation.LEGAL_REPRESENTATIVE, List.of(
                        new RecordInput.Answer("你是否取得食品经营许可证？", "没有，正在办理。"),
                        new RecordInput.Answer("你从何时开始经营？", "今年三月。")), true, "李某（社区网格员）");
    }

    public static RecordInput examination(Handling h) {
        LocalDateTime end = LocalDateTime.now().minusMinutes(5).withSecond(0).withNano(0);
        return new RecordInput(RecordKind.EXAMINATION, "郏县城关镇人民路18号仓库", end.minusMinutes(20), end,
                h.handlers(), "赵某", RecordInput.PresentRole.WITNESS, "冷藏柜两台",
                "冷藏柜温度显示12摄氏度，柜内存放乳制品。", null, null, null, null, null, false, null);
    }
}

package org.fazhi.disclosure.feed;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

/**
 * One entry of the feed: what the portal showed or stopped showing, redacted, never the original text or a
 * person's particulars.
 */
@Schema(description = "公示动态条目：公开、撤回或到期下线")
record FeedEntry(
        @Schema(description = "本条的游标；下次请求以 since=此值 继续") long cursor,
        @Schema(description = "PUBLISHED 公开；WITHDRAWN 撤回（请删除该公示）；EXPIRED 公示期满（请删除该公示）") Kind kind,
        @Schema(description = "公示编号") long publicationId,
        @Schema(description = "行政处罚决定书文号") String decisionNumber,
        @Schema(description = "处罚机关编号") long agencyId,
        @Schema(description = "处罚机关") String agencyName,
        @Schema(description = "行政区划代码") String county,
        @Schema(description = "处罚决定日期") LocalDate decidedOn,
        @Schema(description = "决定类型") String decisionKind,
        @Schema(description = "处罚种类") List<String> penalties,
        @Schema(description = "罚款金额（元）") BigDecimal fineYuan,
        @Schema(description = "违法事项") String items,
        @Schema(description = "当事人（法人或其他组织的名称；自然人为隐去后的姓名）") @Nullable String party,
        @Schema(description = "公开日期") @Nullable LocalDate publishedOn,
        @Schema(description = "公示截止日期") @Nullable LocalDate expiresOn,
        @Schema(description = "撤回日期") @Nullable LocalDate withdrawnOn,
        @Schema(description = "撤回理由") @Nullable String withdrawalReason,
        @Schema(description = "期满下线日期") @Nullable LocalDate expiredOn,
        @Schema(description = "该公示现在是否仍在公示") boolean onPortal,
        @Schema(description = "隐去个人信息后的决定书文本；仅公开条目且仍在公示时提供") @Nullable String text) {

    /** What happened to the publication. */
    enum Kind { PUBLISHED, WITHDRAWN, EXPIRED }
}

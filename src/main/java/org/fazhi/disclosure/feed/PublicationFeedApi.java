package org.fazhi.disclosure.feed;

import java.nio.charset.StandardCharsets;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fazhi.platform.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The feed for the province's credit platform and anyone else, without login: the entries after a cursor, as JSON
 * or CSV. Served as a published page (ETag, 304, kept renderings per version), so its answer depends only on the
 * query string (the Accept header is turned into {@code format=csv} before, by {@link FeedFormat}).
 */
@RestController
@RequestMapping("/api/v1/public/disclosure/feed")
@Tag(name = "行政处罚决定公示动态（公开）", description = "公开、撤回、期满下线的处罚决定公示，按提交顺序，带游标，供信用平台等同步")
class PublicationFeedApi {

    static final int DEFAULT_SIZE = 100;
    static final int MAX_SIZE = 1000;

    private final FeedRepository repository;

    PublicationFeedApi(FeedRepository repository) {
        this.repository = repository;
    }

    @GetMapping
    @Operation(summary = "取游标之后的公示动态（JSON；format=csv 或 Accept: text/csv 时为 CSV）",
            description = "从 since=0 开始，每次以上次返回的 next（CSV 为最后一行的 cursor）继续，直到 more 为 false；"
                    + "保存游标的使用方不会漏掉也不会重复任何条目。WITHDRAWN、EXPIRED 条目表示该公示应从使用方删除。")
    @ApiResponse(responseCode = "200", content = {
            @Content(mediaType = "application/json", schema = @Schema(implementation = FeedPage.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = "string",
                    description = "UTF-8（带 BOM），首行为字段名，与 JSON 条目字段相同"))})
    @ApiResponse(responseCode = "400", description = "游标、每页条数或格式无效",
            content = @Content(mediaType = "application/problem+json"))
    ResponseEntity<?> entries(
            @Parameter(description = "游标：上次返回的 next，首次为 0") @RequestParam(required = false)
            @Nullable String since,
            @Parameter(description = "每页条数，1 至 1000，默认 100") @RequestParam(required = false)
            @Nullable String size,
            @Parameter(description = "json（默认）或 csv") @RequestParam(required = false) @Nullable String format) {
        long cursor = cursor(since);
        int limit = size(size);
        boolean csv = csv(format);
        FeedPage page = FeedPage.of(repository.after(cursor, limit + 1), cursor, limit);
        if (!csv) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(page);
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"disclosure-feed.csv\"")
                .body(FeedCsv.of(page.entries()));
    }

    private long cursor(@Nullable String since) {
        if (since == null || since.isBlank()) {
            return 0;
        }
        try {
            long cursor = Long.parseLong(since.strip());
            if (cursor >= 0 && cursor <= repository.latest()) {
                return cursor;
            }
        } catch (NumberFormatException notANumber) {
            // refused below, as a cursor never handed out
        }
        throw InvalidInput.of("since", "disclosure.feed.since.invalid", since);
    }

    private static int size(@Nullable String size) {
        if (size == null || size.isBlank()) {
            return DEFAULT_SIZE;
        }
        try {
            int value = Integer.parseInt(size.strip());
            if (value >= 1 && value <= MAX_SIZE) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // refused below
        }
        throw InvalidInput.of("size", "disclosure.feed.size.invalid", MAX_SIZE);
    }

    private static boolean csv(@Nullable String format) {
        if (format == null || format.isBlank() || format.equalsIgnoreCase("json")) {
            return false;
        }
        if (format.equalsIgnoreCase("csv")) {
            return true;
        }
        throw InvalidInput.of("format", "disclosure.feed.format.invalid");
    }
}

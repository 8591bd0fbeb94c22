package org.fazhi.inspection.publication;

import java.io.IOException;
import java.io.InputStream;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.fazhi.inspection.draw.DrawVerifier;
import org.fazhi.inspection.draw.PublishedDraw;
import org.fazhi.inspection.draw.Verification;
import org.fazhi.inspection.plan.PublishedDraws;
import org.fazhi.platform.NotFound;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The public verification API: recompute a published draw, stored here or sent in as its JSON document. */
@RestController
@RequestMapping("/api/v1/public/inspection")
@Tag(name = "双随机抽取核验（公开）")
class PublicDrawApi {

    private final PublishedDraws published;

    PublicDrawApi(PublishedDraws published) {
        this.published = published;
    }

    @Operation(summary = "按公布的名录、规则和种子复算某计划的抽取结果")
    @GetMapping("/plans/{id}/verification")
    Verification verifyStored(@PathVariable long id) {
        return published.verify(id).orElseThrow(() -> new NotFound("inspection.draw", id));
    }

    @Operation(summary = "复算提交的抽取结果文件（fazhi-draw/2，或旧的 fazhi-draw/1）")
    @PostMapping(path = "/draw-verifications", consumes = "application/json")
    ResponseEntity<?> verifyDocument(HttpServletRequest request) throws IOException {
        PublishedDraw document;
        try (InputStream in = request.getInputStream()) {
            document = PublishedDraw.readFrom(in);
        } catch (IOException | IllegalArgumentException unreadable) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    "无法读取抽取结果文件：" + unreadable.getMessage());
            problem.setTitle("抽取结果文件格式错误");
            return ResponseEntity.badRequest().body(problem);
        }
        return ResponseEntity.ok(new DrawVerifier().verify(document));
    }
}

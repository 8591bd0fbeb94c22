package org.fazhi.supervision.review;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.fazhi.inspection.draw.Verification;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public record of each campaign's draw and its verification, open to anyone like the inspection plans':
 * the directory of eligible files as announced, the whole draw as a JSON document, the draw recomputed from it, and
 * the recomputation of a document sent in.
 */
@RestController
@RequestMapping("/api/v1/public/supervision/reviews")
@Tag(name = "案卷抽取核验（公开）")
class PublicSampleApi {

    private final ReviewCampaigns campaigns;

    PublicSampleApi(ReviewCampaigns campaigns) {
        this.campaigns = campaigns;
    }

    @GetMapping("/{id}/directory")
    @Operation(summary = "评查活动发布时冻结的可抽取案卷名录（规范行，摘要为各行加换行后的 SM3）")
    List<String> directory(@PathVariable long id) {
        return campaigns.directory(id);
    }

    @GetMapping("/{id}/sample")
    @Operation(summary = "抽取结果文件（fazhi-file-sample/1）：名录、抽取数量、种子及抽中案卷")
    PublishedSample sample(@PathVariable long id) {
        return campaigns.publishedSample(id);
    }

    @GetMapping("/{id}/verification")
    @Operation(summary = "按公布的名录、抽取数量和种子复算抽中案卷")
    Verification verifyStored(@PathVariable long id) {
        return new SampleVerifier().verify(campaigns.publishedSample(id));
    }

    @PostMapping(path = "/sample-verifications", consumes = "application/json")
    @Operation(summary = "复算提交的抽取结果文件")
    Verification verifyDocument(@RequestBody PublishedSample sample) {
        return new SampleVerifier().verify(sample);
    }
}
